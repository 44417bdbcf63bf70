"""Builds report.html and expected.yaml for fixture 18 (synthetic; all wording invented).

Super-complaint report (HMICFRS, College of Policing, IOPC) saved from a web page with yet another
site template. Fenmoor was NOT one of the forces examined. Recommendations are numbered with roman
numerals, "Recommendation (iv)", inside <div class="recommendation"> boxes in the chapters, and are
repeated in a definition list (<dl><dt>(iv)</dt><dd>...</dd>) in an annex. The page has an in-page
"Contents" list, "Published: 14 March 2025" as plain text (with a received date and a "Last
reviewed" date as traps), and a "Print this page" footer. The super-complainant's own proposal (quoted)
and the College of Policing's and IOPC's "We will ..." commitments are not recommendations.

Run: /tmp/intake-venv/bin/python make_report.py
"""

from __future__ import annotations

import os
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
for _cand in (os.path.join(HERE, ".."), os.path.join(HERE, "..", "..", "reports")):
    if os.path.exists(os.path.join(_cand, "_kit.py")):
        sys.path.insert(0, os.path.abspath(_cand))
        break
from _kit import d, esc, norm, rec, write_expected  # noqa: E402

TITLE = ("Lost in translation: Report on the Migrant Victims Alliance super-complaint about police "
         "use of interpreters for victims of crime")
PUBLISHED = d(2025, 3, 14)
FORCES = ["Eastfold Police", "Hollin Vale Police", "Marrick Constabulary", "Tallis Bay Constabulary"]

# id, chapter, text, deadline, addressees
RECS = [
    ("(i)", 3,
     "Chief constables should make sure that a professional interpreter is used whenever a first "
     "account is taken from a victim who is not fluent in English, and that family members, "
     "including children, are never used to interpret a victim's account of a crime.",
     None, ["chief constables"]),
    ("(ii)", 3,
     "By 31 December 2025, chief constables should make sure that their forces record, for every "
     "victim of crime, whether an interpreter was needed and whether one was provided, so that they "
     "can monitor how well they meet victims' language needs.",
     d(2025, 12, 31), ["chief constables"]),
    ("(iii)", 4,
     "The Home Office, with the College of Policing, should set a national standard for the "
     "qualifications and vetting of interpreters used by the police, and should make sure that "
     "forces' contracts with language service providers require it.",
     None, ["Home Office", "College of Policing"]),
    ("(iv)", 4,
     "The Ministry of Justice should amend the Victims' Code so that the entitlement to "
     "interpretation applies at every stage of an investigation, including when a victim is told "
     "that a suspect will not be charged.",
     None, ["Ministry of Justice"]),
    ("(v)", 5,
     "Within 12 months, the CPS and the National Police Chiefs' Council should agree a joint protocol "
     "for arranging interpreters for victims at pre-trial meetings and at court, so that victims do "
     "not have to explain their needs more than once.",
     "within 12 months", ["CPS", "NPCC"]),
    ("(vi)", 6,
     "Police and crime commissioners should make sure that the victim services they commission can "
     "support victims in the languages most widely spoken in their areas, and should consult "
     "community organisations about those needs.",
     None, ["PCCs"]),
    ("(vii)", 6,
     "The National Police Chiefs' Council should, by the end of September 2025, publish guidance for "
     "forces on the use of telephone and video interpreting in urgent cases, including the "
     "circumstances in which it is not suitable.",
     d(2025, 9, 30), ["NPCC"]),
    ("(viii)", 7,
     "Chief constables should make sure that their force's complaints process can be used by people "
     "who do not speak English, by providing translated information and, where needed, an "
     "interpreter.",
     None, ["chief constables"]),
]

CHAPTERS = {
    1: ("1. The super-complaint", [
        "The Migrant Victims Alliance is a designated super-complainant. It submitted this "
        "super-complaint on 2 May 2023. It argued that victims of crime who do not speak English "
        "well are being denied justice, because the police often do not provide a qualified "
        "interpreter.",
        "The Alliance asked that \u201cevery force should appoint a language access lead at chief "
        "officer level\u201d. We have not made this a recommendation, because the forces we examined "
        "already give this responsibility to a chief officer; the problem lies in how the "
        "responsibility is carried out.",
    ]),
    2: ("2. How we investigated", [
        "We examined the work of four forces in detail: " + ", ".join(FORCES[:-1]) + " and "
        + FORCES[-1] + ". We reviewed 120 crime records in which the victim's first language was not "
        "English, interviewed officers and staff, and spoke to 38 victims through community "
        "organisations. We also received written evidence from 21 other forces.",
    ]),
    3: ("3. First contact and taking accounts", [
        "In 47 of the 120 records, a relative or friend of the victim had interpreted the first "
        "account. In six cases, the interpreter was the victim's child. Several victims told us that "
        "officers should have realised they did not understand the questions they were being asked.",
        "None of the four forces could tell us how often an interpreter was needed but not provided.",
    ]),
    4: ("4. Interpreting standards and contracts", [
        "Forces buy interpreting services through a range of contracts. Some require interpreters to "
        "hold a recognised qualification and to be vetted; others do not. Officers were rarely aware "
        "of the difference.",
    ]),
    5: ("5. Through the criminal justice system", [
        "Victims who were supported by an interpreter at the police station sometimes had none at "
        "their pre-trial meeting or at court. Arrangements between the police and the CPS were "
        "informal and depended on individual officers.",
    ]),
    6: ("6. Support for victims", [
        "Support services commissioned by police and crime commissioners varied in how well they "
        "could work with victims in their own language. In urgent cases, officers often used "
        "telephone interpreting, which worked well for simple questions but not for taking a "
        "detailed account.",
    ]),
    7: ("7. Complaints", [
        "Victims who were unhappy with the service they received rarely complained. Most did not know "
        "how to, and complaints information was published only in English in three of the four "
        "forces.",
    ]),
}

RESPONSES = [
    ("The College of Policing",
     "We accept the findings of this report. We will publish revised guidance on working with "
     "interpreters by December 2025, and we will include the use of interpreters in our initial "
     "training for investigators."),
    ("The Independent Office for Police Conduct",
     "The IOPC will review the accessibility of its own complaints information and will, from April "
     "2025, monitor how forces handle complaints from people who need an interpreter."),
]


def recbox(rid, text):
    return (f'<div class="recommendation" id="rec-{rid.strip("()")}">\n'
            f'<p class="recommendation__label"><strong>Recommendation {rid}</strong></p>\n'
            f"<p>{esc(text)}</p>\n</div>\n")


def build_html() -> str:
    out: list[str] = []
    a = out.append
    a('<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
      "<title>Lost in translation: super-complaint report | Justice Inspectorates</title>\n"
      '<meta name="viewport" content="width=device-width">\n'
      '<link rel="stylesheet" href="./report_files/ji-theme.css">\n'
      "<style>.recommendation{background:#eef3f8;border:1px solid #9bb;padding:.8em;margin:1em 0}"
      "dl.recs dt{font-weight:bold}.print-bar{border-top:1px solid #ccc;margin-top:2em}</style>\n"
      "</head>\n<body>\n")
    a('<div id="global-header"><a href="/" class="logo">Justice Inspectorates</a>\n'
      '<nav><a href="/hmicfrs/">HMICFRS</a> <a href="/publications/">Publications</a> '
      '<a href="/super-complaints/">Super-complaints</a> <a href="/contact/">Contact</a></nav></div>\n')
    a('<div class="wrapper">\n<p class="breadcrumb"><a href="/">Home</a> / '
      '<a href="/super-complaints/">Super-complaints</a> / Lost in translation</p>\n')
    a('<div class="doc-header">\n<p class="doc-type">Super-complaint report</p>\n')
    a(f"<h1>{esc(TITLE)}</h1>\n")
    a('<p class="doc-meta">Published: 14 March 2025</p>\n'
      '<p class="doc-meta">From: HM Inspectorate of Constabulary and Fire &amp; Rescue Services, '
      "the College of Policing and the Independent Office for Police Conduct</p>\n</div>\n")
    # in-page contents
    a('<div class="contents-list">\n<h2 class="contents-list__title">Contents</h2>\n<ol>\n'
      '<li><a href="#summary">Summary</a></li>\n')
    for n, (heading, _paras) in CHAPTERS.items():
        a(f'<li><a href="#ch{n}">{esc(heading)}</a></li>\n')
    a('<li><a href="#responses">8. Responses from the College of Policing and the IOPC</a></li>\n'
      '<li><a href="#annex">Annex: Summary of recommendations</a></li>\n</ol>\n</div>\n')
    a('<div class="govspeak">\n')
    a('<h2 id="summary">Summary</h2>\n')
    a("<p>This report sets out what we found when we investigated the super-complaint, and what we "
      "think should change. We found that the police too often rely on family members to interpret, "
      "that forces do not know how often victims go without an interpreter, and that standards for "
      "interpreters vary from one contract to the next.</p>\n")
    a("<p>We make eight recommendations. They are addressed to chief constables, police and crime "
      "commissioners, the National Police Chiefs' Council, the CPS, the Home Office, the Ministry of "
      "Justice and the College of Policing.</p>\n")
    for n, (heading, paras) in CHAPTERS.items():
        a(f'<h2 id="ch{n}">{esc(heading)}</h2>\n')
        for p in paras:
            a(f"<p>{esc(p)}</p>\n")
        for rid, ch, text, _dl, _ad in RECS:
            if ch == n:
                a(recbox(rid, text))
    a('<h2 id="responses">8. Responses from the College of Policing and the IOPC</h2>\n')
    a("<p>The College of Policing and the IOPC are co-authors of this report. Their own commitments "
      "are set out below in their words.</p>\n")
    for who, said in RESPONSES:
        a(f'<h3>{esc(who)}</h3>\n<blockquote><p>{esc(said)}</p></blockquote>\n')
    a('<h2 id="annex">Annex: Summary of recommendations</h2>\n<dl class="recs">\n')
    for rid, _ch, text, _dl, _ad in RECS:
        a(f"<dt>{rid}</dt>\n<dd>{esc(text)}</dd>\n")
    a("</dl>\n</div>\n")
    a('<div class="print-bar"><p><a href="#" onclick="window.print();return false;">Print this '
      'page</a></p>\n<p class="last-reviewed">Last reviewed: 20 March 2025</p></div>\n</div>\n')
    a('<footer id="footer"><p><a href="/accessibility/">Accessibility</a> '
      '<a href="/cookies/">Cookies</a> <a href="/privacy/">Privacy</a></p>\n'
      "<p>Synthetic page for software testing. The Migrant Victims Alliance, the forces and all "
      "findings are invented.</p></footer>\n</body>\n</html>\n")
    return "".join(out)


class _Flat(HTMLParser):
    """Flattens the page to text, remembering where each <h2> starts."""

    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "div", "section", "article", "summary", "dt", "dd",
             "ul", "ol", "nav", "header", "footer", "details", "br", "tr", "td", "th", "blockquote"}

    def __init__(self):
        super().__init__()
        self.buf: list[str] = []
        self.h2: list[tuple[int, str]] = []
        self._in_h2 = None
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self._skip += 1
        if tag in self.BLOCK:
            self.buf.append(" ")
        if tag == "h2":
            self._in_h2 = []

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self._skip -= 1
        if tag == "h2" and self._in_h2 is not None:
            self.h2.append((len(norm("".join(self.buf))), norm("".join(self._in_h2))))
            self._in_h2 = None
        if tag in self.BLOCK:
            self.buf.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self.buf.append(data)
        if self._in_h2 is not None:
            self._in_h2.append(data)


def main():
    html = build_html()
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    f = _Flat()
    f.feed(html)
    text = norm("".join(f.buf))
    recs = []
    for rid, ch, rtext, dl, ad in RECS:
        pos = text.index(norm(rtext))
        where = [t for off, t in f.h2 if off <= pos][-1]
        assert where == CHAPTERS[ch][0], (rid, where)
        assert text.count(norm(rtext)) == 2, rid  # chapter box + annex <dl>
        recs.append(rec(rid, rtext, dl, ad, None, where))
    write_expected(os.path.join(HERE), {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS", "College of Policing", "IOPC"],
        "type": "super-complaint",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 8, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }, header="Fixture 18: roman-numeral ids printed as \"Recommendation (iv)\" / \"(iv)\" - the id keeps\n"
               "the brackets as printed. Each rec appears in a chapter box and again in the annex <dl>.")
    assert f"<h1>{esc(TITLE)}</h1>" in html
    for fo in FORCES:
        assert fo in text
    assert "Fenmoor" not in text
    print("ok:", [(r["id"], r["where"]) for r in recs])


if __name__ == "__main__":
    main()
