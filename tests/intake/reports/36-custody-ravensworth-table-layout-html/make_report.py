"""Fixture 36: joint custody inspection (HMIP with HMICFRS) of a force other than Fenmoor, saved
from an old table-layout CMS.

Layout features: the whole page is nested <TABLE>s with upper-case tags, <FONT> and <BR><BR>
instead of <p>; causes of concern, recommendations and areas for improvement are rows whose label
("Cause of concern 1", "Recommendation 2") and text sit in separate <TD>s of the same row; areas for
improvement in a three-column table with a ROWSPAN group cell; the publication date only in the
breadcrumb trail (the page also shows inspection dates and a "Last modified" date); windows-1252
style numeric references (&#146;) for apostrophes; HMIP "Expected outcomes" written with "should";
a progress table of the previous report's recommendations using the same label/text row layout
with a status column; detainees from Fenmoor Police mentioned (Fenmoor was not inspected).

Run: python3 make_report.py  (standard library + _kit only)
"""
from __future__ import annotations

import html
import os
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.dirname(HERE), os.path.join(os.path.dirname(HERE), "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
import _kit  # noqa: E402
from _kit import d, norm, rec  # noqa: E402

TITLE = "Report on an unannounced inspection visit to police custody suites in Ravensworth"
PUBLISHED = d(2026, 10, 14)
FORCE = "Ravensworth Police"
H2_COC = "Causes of concern and recommendations"

# "'" in these strings is written to the page as &#146; (a windows-1252 numeric reference, which
# browsers and html.unescape show as U+2019); the answer text uses U+2019.
COCS = [
    ("1", "The force did not have effective oversight of the use of force in custody. Incidents were not "
          "always recorded, and the data that was recorded was not analysed to identify patterns or "
          "learning."),
    ("2", "Detainees who were vulnerable because of their mental health were not always identified or "
          "given the support they needed. Some waited many hours for a mental health assessment, and "
          "records of the care they received were poor."),
]
RECS = [
    ("1", "1", "The force should make sure that every use of force in custody is recorded, and that the data "
               "is analysed and scrutinised by senior leaders so that any concerning patterns are identified "
               "and addressed.",
     None, ["force"]),
    ("2", "2", "The force and the police and crime commissioner should make sure that custody staff have "
               "immediate access to mental health practitioners at all times, and that detainees who need a "
               "Mental Health Act assessment receive one without delay.",
     None, ["force", "PCCs"]),
    ("3", "2", "Within three months, the force, working with its healthcare provider, should introduce a way "
               "of recording the care given to detainees with mental health needs, including the outcome of "
               "each referral to the liaison and diversion service.",
     "within three months", ["force", "other"]),
]
AFI_GROUPS = [
    ("Leadership, accountability and collaboration", [
        ("1", "The force should make sure that custody managers have enough time to carry out their "
              "oversight role, including regular checks of detainees' records."),
        ("2", "The police and crime commissioner should make sure that independent custody visitors' "
              "reports are followed up and that the outcomes are fed back to the visitors."),
    ]),
    ("In the custody suite: booking in, individual needs and legal rights", [
        ("3", "The force should make sure that detainees are booked in promptly and in private, so that "
              "they can disclose sensitive information."),
        ("4", "The force should make sure that professional interpreting services are used whenever a "
              "detainee's first language is not English."),
        ("5", "The force should make sure that children are not held in custody after charge unless it is "
              "unavoidable, and that the reasons are recorded."),
    ]),
    ("In the custody suite: effective care", [
        ("6", "The force should improve the cleanliness of cells and make sure that graffiti and ligature "
              "points are removed quickly."),
        ("7", "The force should make sure that detainees are offered a shower, reading material and outside "
              "exercise when they are held for long periods."),
        ("8", "The force should make sure that all custody staff carry anti-ligature knives and are trained "
              "to use them."),
    ]),
    ("Release and transfer from custody", [
        ("9", "The force should make sure that detainees who are vulnerable are released with a plan for "
              "their safe return home."),
    ]),
]
AFIS = [a for _, group in AFI_GROUPS for a in group]
OLD = [
    ("1", "The force should make sure that detainees' rights are explained in a way they understand.",
     "Achieved"),
    ("2", "The force should make sure that custody records accurately reflect the care given to detainees.",
     "Partially achieved"),
    ("3", "The force and the police and crime commissioner should make sure that a health-based place of "
          "safety is available at all times.", "Not achieved"),
]


def h(s: str) -> str:
    return html.escape(s, quote=False).replace("'", "&#146;")


def shown(s: str) -> str:
    return s.replace("'", "\u2019")


F = '<FONT FACE="Verdana, Arial, Helvetica" SIZE="2">'


def label_row(label: str, text: str, bg: str = "#FFFFFF") -> str:
    return (f'<TR BGCOLOR="{bg}">\n  <TD WIDTH="24%" VALIGN="top">{F}<B>{label}</B></FONT></TD>\n'
            f'  <TD VALIGN="top">{F}{h(text)}</FONT></TD>\n</TR>')


coc_rows = []
for cid, ctext in COCS:
    coc_rows.append(label_row(f"Cause of concern {cid}", ctext, "#F2E6D9"))
    for rid, rc, rtext, *_ in RECS:
        if rc == cid:
            coc_rows.append(label_row(f"Recommendation {rid}", rtext))
COC_TABLE = ('<TABLE WIDTH="100%" BORDER="1" CELLPADDING="6" CELLSPACING="0" BORDERCOLOR="#999999">\n'
             + "\n".join(coc_rows) + "\n</TABLE>")

afi_rows = []
for gname, group in AFI_GROUPS:
    for i, (aid, atext) in enumerate(group):
        first = (f'  <TD ROWSPAN="{len(group)}" WIDTH="24%" VALIGN="top" BGCOLOR="#EEEEEE">{F}<I>{h(gname)}</I>'
                 "</FONT></TD>\n") if i == 0 else ""
        afi_rows.append(f'<TR>\n{first}  <TD WIDTH="5%" VALIGN="top" ALIGN="right">{F}{aid}</FONT></TD>\n'
                        f'  <TD VALIGN="top">{F}{h(atext)}</FONT></TD>\n</TR>')
AFI_TABLE = ('<TABLE WIDTH="100%" BORDER="1" CELLPADDING="5" CELLSPACING="0" BORDERCOLOR="#999999">\n'
             f'<TR BGCOLOR="#CCCCCC"><TD>{F}<B>Expectation area</B></FONT></TD><TD>{F}<B>No.</B></FONT></TD>'
             f'<TD>{F}<B>Area for improvement</B></FONT></TD></TR>\n' + "\n".join(afi_rows) + "\n</TABLE>")

old_rows = []
for oid, otext, status in OLD:
    old_rows.append(f'<TR>\n  <TD WIDTH="24%" VALIGN="top">{F}<B>Recommendation {oid}</B></FONT></TD>\n'
                    f'  <TD VALIGN="top">{F}{h(otext)}</FONT></TD>\n'
                    f'  <TD WIDTH="16%" VALIGN="top">{F}<I>{status}</I></FONT></TD>\n</TR>')
OLD_TABLE = ('<TABLE WIDTH="100%" BORDER="1" CELLPADDING="6" CELLSPACING="0" BORDERCOLOR="#999999">\n'
             + "\n".join(old_rows) + "\n</TABLE>")


def section(title: str, inner: str) -> str:
    return (f'<TR><TD>\n<H2><FONT FACE="Verdana, Arial, Helvetica" COLOR="#663300">{h(title)}</FONT></H2>\n'
            f"{inner}\n</TD></TR>")


def prose(*paras: str) -> str:
    return F + "<BR><BR>\n".join(h(p) for p in paras) + "</FONT><BR><BR>"


SECTIONS = [
    section("Introduction", prose(
        "This report describes our findings following an unannounced inspection of police custody suites "
        "in Ravensworth. The inspection was part of a joint programme of inspection by HM Inspectorate of "
        "Prisons and His Majesty's Inspectorate of Constabulary and Fire & Rescue Services.",
        "Ravensworth Police has three custody suites, at Kingsholt, Aldermoor and Sandy Lane, with 58 cells "
        "in total. Kingsholt also holds detainees arrested by Fenmoor Police officers near the county "
        "boundary, under a collaboration agreement. We did not inspect Fenmoor Police's own custody "
        "suites.",
        "Inspection dates: 9 to 20 March 2026.")),
    section("Summary", prose(
        "Most detainees were treated with courtesy, and custody staff were calm and professional. However, "
        "the force did not know how often force was used in custody, and the care of detainees with mental "
        "health needs was not good enough.",
        "We identified two causes of concern and made three recommendations to address them. We also "
        "identified nine areas for improvement.",
        "Of the 14 recommendations in our 2021 report, the force had achieved six, partially achieved five "
        "and not achieved three.")),
    section(H2_COC, COC_TABLE + "<BR>"),
    section("Areas for improvement", AFI_TABLE + "<BR>"),
    section("Leadership, accountability and collaboration", prose(
        "Expected outcomes: There is a strategic focus on custody that drives the improvement of "
        "outcomes for detainees. Leaders should make sure that custody is properly staffed and that "
        "staff are trained and supported.",
        "The chief superintendent responsible for custody met the healthcare provider every month. "
        "Custody managers told us they spent most of their shifts covering gaps in the rota rather than "
        "checking the quality of detainees' care.")),
    section("In the custody suite: effective care", prose(
        "Expected outcomes: Detainees should be held in a safe and clean environment, and their health "
        "and well-being should be protected.",
        "Cells at Aldermoor were dirty, and several had graffiti. We found two ligature points that had "
        "been reported more than a month earlier but not removed. The force told us it would repair them "
        "within a week.")),
    section("Progress on recommendations from the last report (2021)", prose(
        "The table below shows a selection of the recommendations we made in 2021 and our assessment of "
        "progress.") + OLD_TABLE + "<BR>"),
]

PAGE = f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<TITLE>Justice Inspectorates :: Custody :: Ravensworth</TITLE>
<META NAME="keywords" CONTENT="custody, police, inspection, Ravensworth">
<SCRIPT LANGUAGE="JavaScript" SRC="./report_files/menu.js"></SCRIPT>
<LINK REL="stylesheet" HREF="./report_files/style.css" TYPE="text/css">
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">
<TABLE WIDTH="960" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="2" BGCOLOR="#663300" HEIGHT="70">
  <IMG SRC="./report_files/logo.gif" ALT="Criminal Justice Joint Inspection" WIDTH="300" HEIGHT="60">
</TD></TR>
<TR><TD COLSPAN="2" BGCOLOR="#F2E6D9">{F}
  <A HREF="#">Home</A> &gt; <A HREF="#">Inspections</A> &gt; <A HREF="#">Police custody</A> &gt;
  <A HREF="#">2026</A> &gt; Ravensworth (published 14 October 2026)</FONT>
</TD></TR>
<TR>
<TD WIDTH="190" VALIGN="top" BGCOLOR="#F7F7F7">
  <TABLE WIDTH="100%" BORDER="0" CELLPADDING="4">
  <TR><TD>{F}<B>Custody reports</B></FONT></TD></TR>
  <TR><TD>{F}<A HREF="#">Kelder (2026)</A></FONT></TD></TR>
  <TR><TD>{F}<A HREF="#">Dunmere (2025)</A></FONT></TD></TR>
  <TR><TD>{F}<A HREF="#">Ravensworth (2021)</A></FONT></TD></TR>
  <TR><TD>{F}<A HREF="#">Expectations for police custody</A></FONT></TD></TR>
  </TABLE>
</TD>
<TD WIDTH="770" VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="10" CELLSPACING="0">
<TR><TD>
<H1><FONT FACE="Verdana, Arial, Helvetica" COLOR="#663300">{h(TITLE)}</FONT></H1>
{F}<I>A joint inspection by HM Inspectorate of Prisons and His Majesty's Inspectorate of
Constabulary and Fire &amp; Rescue Services</I></FONT><BR><BR>
{F}<A HREF="./report_files/ravensworth-custody-2026.pdf">Full report (PDF)</A> |
<A HREF="./report_files/ravensworth-action-plan.pdf">Force action plan</A></FONT>
</TD></TR>
{chr(10).join(SECTIONS)}
</TABLE>
</TD>
</TR>
<TR><TD COLSPAN="2" BGCOLOR="#EEEEEE" ALIGN="center">{F}
  Last modified: 21/10/2026 09:14 | <A HREF="#">Accessibility</A> | <A HREF="#">Privacy</A></FONT>
</TD></TR>
</TABLE>
</BODY>
</HTML>
"""
with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
    fh.write(PAGE)

HEADER = """Conventions decided for this fixture (the README has no rule for them):
- published comes from the breadcrumb "(published 14 October 2026)": it is the only publication
  date on the page (the inspection dates and "Last modified" are not).
- &#146; (a windows-1252 numeric reference) is shown by browsers as U+2019; answer texts use U+2019.
- Rec 2's "immediate access" describes the service, not a timescale: deadline null.
- Rec 3: "the force, working with its healthcare provider" -> [force, other] (README "working with" rule).
- Rec 2: "The force and the police and crime commissioner" -> [force, PCCs].
- Areas for improvement take the number in the "No." column; the group cell is not part of the text.
- The "Recommendation 1-3" rows under "Progress on recommendations from the last report (2021)" are
  the 2021 report's recommendations with a status: not recommendations of this report. "14" (the
  2021 count) is not a total of this report.
- type is custody (README vocabulary); inspectorates as printed: HMIP first."""

data = {
    "file": "report.html",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMIP", "HMICFRS"],
    "type": "custody",
    "forces_visited": [FORCE],
    "fenmoor_inspected": False,
    "totals": {"recommendations": 3, "areas_for_improvement": 9, "causes_of_concern": 2},
    "recommendations": [rec(r[0], shown(r[2]), r[3], r[4], r[1], H2_COC) for r in RECS],
    "causes_of_concern": [{"id": c[0], "text": shown(c[1])} for c in COCS],
    "areas_for_improvement": [{"id": a[0], "text": shown(a[1])} for a in AFIS],
    "graded_judgments": [],
}
_kit.write_expected(HERE, data, HEADER)


# --------------------------------------------------------------------------------------------------
# self-check with html.parser: for each table row, its cells' text; nearest <h2> above
# --------------------------------------------------------------------------------------------------
class Rows(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows = []  # (h2, [cell texts]) for innermost rows
        self.stack = []
        self.h2 = None
        self.in_h = None
        self.hbuf = ""
        self.h1 = ""
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2"):
            self.in_h, self.hbuf = tag, ""
        if tag == "tr":
            self.stack.append([])
        if tag == "td" and self.stack:
            self.stack[-1].append("")

    def handle_endtag(self, tag):
        if tag in ("h1", "h2") and self.in_h == tag:
            if tag == "h2":
                self.h2 = norm(self.hbuf)
            else:
                self.h1 = norm(self.hbuf)
            self.in_h = None
        if tag == "tr" and self.stack:
            cells = self.stack.pop()
            self.rows.append((self.h2, [norm(c) for c in cells]))

    def handle_data(self, data):
        self.text.append(data)
        if self.in_h:
            self.hbuf += data
        if self.stack and self.stack[-1]:
            self.stack[-1][-1] += data


p = Rows()
p.feed(PAGE)
assert p.h1 == TITLE, p.h1
found = {}
for h2, cells in p.rows:
    if len(cells) >= 2 and cells[0].startswith("Recommendation "):
        found.setdefault(cells[0], []).append((h2, cells[1]))
for r in RECS:
    h2, t = found["Recommendation " + r[0]][0]
    assert h2 == H2_COC and t == norm(shown(r[2])), (r[0], h2, t)
allt = norm("".join(p.text))
for c in COCS:
    assert norm(shown(c[1])) in allt
for a in AFIS:
    assert any(cells[-2:] == [a[0], norm(shown(a[1]))] for _, cells in p.rows), a[0]
assert "\u2019" in allt and "published 14 October 2026" in allt and FORCE in allt
print("ok", os.path.basename(HERE), len(p.rows), "rows")
