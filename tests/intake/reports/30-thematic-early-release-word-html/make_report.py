"""Fixture 30: a national thematic report saved from Microsoft Word as "Web Page" (not filtered).
Fenmoor was NOT inspected (four other forces were).

Layout features: Word HTML (xmlns:o/w, windows-1252 encoding with raw 0x92/0x96 bytes for curly
apostrophes and dashes in body text, MsoNormal classes, <o:p> tags, &nbsp; inside dates and labels,
<span style='font-weight:bold'> labels, source lines hard-wrapped mid-sentence), a <title> taken from
the template ("HMICFRS report template v4") that differs from the <h1>, a Word TOC with hidden page
numbers, recommendations as a bold label paragraph "Recommendation&nbsp;N" followed by a separate
text paragraph inside a bordered "para-border-div", areas for improvement as a Word list whose numbers
exist only inside <![if !supportLists]> blocks, a Word footnote, and a document-control table with a
later version date. The summary says six recommendations; the report contains seven.

Runs under any Python 3 (imports _kit for the YAML writer). All wording is synthetic.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
for _p in (HERE.parent, HERE.parent.parent / "reports"):
    if (_p / "_kit.py").exists():
        sys.path.insert(0, str(_p))
        break
from _kit import d, esc, rec, write_expected  # noqa: E402

TITLE = "Released and at risk: An inspection of how the police manage people released early from prison"
PUBLISHED = d(2026, 1, 22)
FORCES = ["Coldharbour Police", "Easterly Vale Police", "Kingsmere Constabulary", "Redcastle Police"]

CH_SUMMARY = "Summary"
CH_ABOUT = "About this inspection"
CH_INFO = "Information sharing before release"
CH_RISK = "Managing risk after release"
CH_VICTIMS = "Keeping victims informed and safe"
CH_DATA = "Data and oversight"
CH_AFI = "Areas for improvement"
CH_ANNEX = "Annex: Methodology"

RECS = [
    ("1",
     "By 31 May 2026, the Home Office and the Ministry of Justice should agree how information about "
     "each prisoner released early is shared with the police force for the area where the person will "
     "live, and how quickly it must be shared.",
     d(2026, 5, 31), ["Home Office", "Ministry of Justice"], CH_INFO),
    ("2",
     "HM Prison and Probation Service should, within 6 months, make sure that release addresses are "
     "confirmed and passed to the police at least five working days before release.",
     "within 6 months", ["other"], CH_INFO),
    ("3",
     "Chief constables should make sure that every person released early who is assessed as posing a "
     "high risk of harm is reviewed by a supervisor in the relevant neighbourhood team within 48 hours "
     "of release.",
     None, ["chief constables"], CH_RISK),
    ("4",
     "Chief constables, working with local authorities, should identify the people released early who "
     "have nowhere to live and agree who will help them to find accommodation.",
     None, ["chief constables", "local authorities"], CH_RISK),
    ("5",
     "By the end of 2026, the NPCC lead for integrated offender management should publish guidance on "
     "how forces prioritise people released early alongside their existing offender cohorts.",
     "by the end of 2026", ["NPCC"], CH_RISK),
    ("6",
     "Police and crime commissioners should use their commissioning budgets to fund support for victims "
     "who are told that the person who harmed them is being released early.",
     None, ["PCCs"], CH_VICTIMS),
    ("7",
     "By 30 April 2026, the Ministry of Justice should publish, for each police force area, the number "
     "of people released early under each scheme.",
     d(2026, 4, 30), ["Ministry of Justice"], CH_DATA),
]

AFIS = [
    ("1", "Forces should make sure that neighbourhood officers can see, on one system, which people "
          "living in their area have been released early."),
    ("2", "Forces should record the outcome of every visit made to a person released early, including "
          "visits where nobody was at home."),
    ("3", "Forces should check that information received from prisons on a Friday is reviewed before "
          "the following Monday."),
]

SUMMARY_TOTAL = ("We make six recommendations and identify three areas for improvement. Most of the "
                 "recommendations are for national bodies, because the problems we found start before a "
                 "person leaves prison.")
TRAP_SHOULD = ("Neighbourhood officers told us that prisons should telephone them, and not only send an "
               "email, when a person assessed as high risk is released on a Friday afternoon.")
COMPARATOR = ("Lindhurst Constabulary, which was not part of this inspection, has set up a single "
              "mailbox for release notifications; we were told about it by one of the forces we visited.")


def wrap(html: str) -> str:
    """Word hard-wraps source lines at about 76 characters."""
    return "\n".join(textwrap.wrap(html, 76, break_long_words=False, break_on_hyphens=False))


def nb(s: str) -> str:
    """Word keeps a non-breaking space inside dates such as 31 May 2026."""
    import re

    s = esc(s)
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    return re.sub(rf"(\d{{1,2}}) ({months}) (\d{{4}})", r"\1&nbsp;\2&nbsp;\3", s)


def msop(text_html: str, cls: str = "MsoNormal", style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    return wrap(f"<p class={cls}{st}><span lang=EN-GB>{text_html}<o:p></o:p></span></p>")


def empty() -> str:
    return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


TOC_IDS = {}


def h2(text: str, n: int) -> str:
    anchor = f"_Toc19{n:06d}"
    TOC_IDS[text] = anchor
    return f"<h2><a name=\"{anchor}\"><span lang=EN-GB>{esc(text)}</span></a></h2>"


def rec_box(rid: str, text: str) -> str:
    bg = "#DEEAF6"
    return "\n".join([
        f"<div style='mso-element:para-border-div;border:solid #2F5496 1.0pt;padding:4.0pt 4.0pt 4.0pt "
        f"4.0pt;background:{bg}'>",
        msop(f"<span style='font-weight:bold'>Recommendation&nbsp;{rid}</span>",
             style=f"background:{bg};border:none;padding:0cm"),
        msop(nb(text), style=f"background:{bg};border:none;padding:0cm"),
        "</div>",
        empty(),
    ])


def afi_item(i: int, n: int, text: str) -> str:
    cls = "MsoListParagraphCxSpFirst" if i == 0 else ("MsoListParagraphCxSpLast" if i == n - 1
                                                      else "MsoListParagraphCxSpMiddle")
    return wrap(
        f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
        f"<span lang=EN-GB>{i + 1}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;"
        f"&nbsp;&nbsp; </span></span><![endif]><span lang=EN-GB>{esc(text)}<o:p></o:p></span></p>"
    )


def recs_for(ch: str) -> str:
    return "\n".join(rec_box(r[0], r[1]) for r in RECS if r[4] == ch)


def body() -> str:
    out = []
    n = 100
    def H(t):
        nonlocal n
        n += 1
        out.append(h2(t, n))

    out.append("<h1><a name=\"_Toc19000001\"><span lang=EN-GB>" + esc(TITLE) + "</span></a></h1>")
    out.append(msop("<b>Date of publication:</b> 22&nbsp;January&nbsp;2026"))
    out.append(msop("His Majesty\u2019s Inspectorate of Constabulary and Fire &amp; Rescue Services"))
    out.append(empty())
    out.append("@@TOC@@")
    H(CH_SUMMARY)
    out.append(msop("Since 2024, several schemes have allowed prisoners to be released before the point "
                    "at which they would normally have been released. Each scheme was introduced quickly "
                    "to ease pressure on prison places. We wanted to know whether the police were told "
                    "enough, early enough, to manage the risks."))
    out.append(msop(SUMMARY_TOTAL))
    H(CH_ABOUT)
    out.append(msop("We visited four forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1]
                    + ". In each force we spoke to neighbourhood officers, offender managers and senior "
                    "leaders, and we examined the records of people released early into the force area."))
    out.append(msop("Our fieldwork took place in September and October 2025.<a style='mso-footnote-id:ftn1' "
                    "href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference>"
                    "<span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]>"
                    "</span></span></a>"))
    H(CH_INFO)
    out.append(msop("In the cases we examined, the police were told about a release a median of two "
                    "working days before it happened. In a fifth of cases they were told on the day, "
                    "or afterwards. Staff in the offender management units said this left them "
                    "\u2018chasing the release\u2019 rather than planning for it."))
    out.append(msop(esc(TRAP_SHOULD)))
    out.append(recs_for(CH_INFO))
    H(CH_RISK)
    out.append(msop("Most people released early were not subject to any police offender management "
                    "scheme. Neighbourhood teams were expected to know about them, but the information "
                    "often sat in a shared mailbox that nobody owned \u2013 and in one force it was "
                    "reviewed only twice a week."))
    out.append(msop(esc(COMPARATOR)))
    out.append(recs_for(CH_RISK))
    H(CH_VICTIMS)
    out.append(msop("Victims who had signed up to the victim contact scheme were usually told about a "
                    "release. Victims who had not signed up, including many victims of domestic abuse, "
                    "were often not told at all."))
    out.append(recs_for(CH_VICTIMS))
    H(CH_DATA)
    out.append(msop("None of the forces we visited could tell us how many people had been released "
                    "early into their area. The national figures that have been published do not "
                    "break the numbers down by police force area."))
    out.append(recs_for(CH_DATA))
    H(CH_AFI)
    out.append(msop("We also identified the following areas for improvement, which apply to all forces."))
    out += [afi_item(i, len(AFIS), t) for i, (_a, t) in enumerate(AFIS)]
    out.append(empty())
    H(CH_ANNEX)
    out.append(msop("We examined 180 records of people released early, 45 in each force. We also "
                    "interviewed 62 officers and staff and held four focus groups."))
    out.append(msop("<b>Document control</b>"))
    out.append(
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        "border:none'>\n"
        "<tr><td width=120 valign=top><p class=MsoNormal><b>Version</b></p></td>"
        "<td width=160 valign=top><p class=MsoNormal><b>Date</b></p></td>"
        "<td width=240 valign=top><p class=MsoNormal><b>Status</b></p></td></tr>\n"
        "<tr><td><p class=MsoNormal>1.2</p></td><td><p class=MsoNormal>9&nbsp;January&nbsp;2026</p></td>"
        "<td><p class=MsoNormal>Final for publication</p></td></tr>\n"
        "<tr><td><p class=MsoNormal>1.3</p></td><td><p class=MsoNormal>3&nbsp;February&nbsp;2026</p></td>"
        "<td><p class=MsoNormal>Accessibility corrections after publication</p></td></tr>\n"
        "</table>"
    )
    out.append(empty())
    toc = ["<p class=MsoTocHeading><span lang=EN-GB>Contents<o:p></o:p></span></p>"]
    for i, (t, a) in enumerate(TOC_IDS.items()):
        toc.append(wrap(
            f"<p class=MsoToc1><span class=MsoHyperlink><span lang=EN-GB><a href=\"#{a}\">{esc(t)}<span "
            f"style='color:windowtext;display:none;mso-hide:screen;text-decoration:none'>. </span><span "
            f"style='color:windowtext;display:none;mso-hide:screen;text-decoration:none'>{i + 2}</span>"
            f"</a></span></span></p>"))
    html = "\n".join(out).replace("@@TOC@@", "\n".join(toc) + "\n" + empty())
    return html


STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	margin-top:12.0pt;
	margin-bottom:0cm;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-priority:9;
	margin-top:2.0pt;
	font-size:13.0pt;
	color:#2F5496;
	font-weight:normal;}
p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{margin-left:36.0pt;
	mso-add-space:auto;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1193417265;
	mso-list-template-ids:-1034178922;}
@list l0:level1
	{mso-level-text:"%1\\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
-->
</style>"""


def page() -> str:
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="report_files/filelist.xml">
<title>HMICFRS report template v4</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Title>HMICFRS report template v4</o:Title>
  <o:Author>Inspection team</o:Author>
  <o:LastAuthor>Publishing</o:LastAuthor>
  <o:Revision>14</o:Revision>
  <o:Created>2025-11-03T10:12:00Z</o:Created>
  <o:LastSaved>2026-01-20T16:40:00Z</o:LastSaved>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="report_files/themedata.thmx">
<link rel=colorSchemeMapping href="report_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
 </w:WordDocument>
</xml><![endif]-->
{STYLE}
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1>

{body()}

</div>

<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>

<hr align=left size=1 width="33%">

<![endif]>

<div style='mso-element:footnote' id=ftn1>

<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span
class=MsoFootnoteReference><span lang=EN-GB><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></span></a><span
lang=EN-GB> One force asked us to delay our visit by a week because of a major incident.<o:p></o:p></span></p>

</div>

</div>

</body>

</html>
"""


def main() -> None:
    html = page()
    out = HERE / "report.html"
    out.write_bytes(html.replace("\n", "\r\n").encode("cp1252", errors="xmlcharrefreplace"))
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 6, "areas_for_improvement": 3, "causes_of_concern": None},
        "recommendations": [rec(r[0], r[1], r[2], r[3], None, r[4]) for r in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [{"id": a, "text": t} for a, t in AFIS],
        "graded_judgments": [],
    }
    write_expected(str(HERE), data, header=(
        "Word 'Save as Web Page' export, windows-1252, CRLF. The file's <title> is the template name;\n"
        "the title is the <h1>. Published = 'Date of publication' (not LastSaved, not the document-\n"
        "control versions). The summary says six recommendations; seven are printed: the stated 6 is\n"
        "kept. Texts contain &nbsp; inside dates (whitespace). AFI ids come only from Word list numbers\n"
        "in <![if !supportLists]> blocks. 'HM Prison and Probation Service' -> other. Rec 5 deadline\n"
        "'by the end of 2026' kept as words (no README rule for a year-only deadline).\n"
        "Traps: officers' 'prisons should telephone them' (findings); Lindhurst Constabulary (comparator)."
    ))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
