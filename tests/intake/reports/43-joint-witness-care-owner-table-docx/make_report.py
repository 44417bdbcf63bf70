"""Round 6 fixture 43: the Word version of a joint HMCPSI / HMICFRS inspection (DOCX). Fenmoor visited.

Recommendations appear inline at the end of each chapter (a bold "Recommendation N" paragraph followed
by the text) and are repeated in Annex A as a four-column table: No. | Recommendation | Owner |
Timescale. Addressees include chief constables with Chief Crown Prosecutors, the CPS, the College of
Policing, HM Courts & Tribunals Service (other), the Ministry of Justice and PCCs.
Run with /tmp/intake-venv/bin/python (needs python-docx).
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(os.path.dirname(HERE), "..", "reports"), os.path.dirname(HERE)):
    sys.path.insert(0, os.path.abspath(_p))

import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

TITLE = (
    "Supporting witnesses to give their best evidence: a joint inspection of witness care by the police "
    "and the Crown Prosecution Service"
)
PUBLISHED_TEXT = "26 November 2026"
PUBLISHED = d(2026, 11, 26)

FORCES = ["Fenmoor Police", "Kingsmere Constabulary", "Lowfield Police", "Westerby Police"]

# id -> (text, deadline, addressees, owner column, timescale column)
RECS = {
    "1": (
        "By 31 March 2027, chief constables and Chief Crown Prosecutors should jointly review the staffing of "
        "witness care units in their areas, so that each witness care officer has a caseload that allows "
        "them to contact witnesses at every key stage of the case.",
        d(2027, 3, 31),
        ["chief constables", "CPS"],
        "Chief constables and Chief Crown Prosecutors",
        "31 March 2027",
    ),
    "2": (
        "Chief constables should make sure that the needs assessment carried out by witness care units is "
        "reviewed whenever a trial date changes, and that any new needs are passed to the prosecutor "
        "promptly.",
        None,
        ["chief constables"],
        "Chief constables",
        "–",
    ),
    "3": (
        "Within six months of the publication of this report, the CPS should introduce a check at the first "
        "hearing to make sure that an application for special measures has been made for every eligible "
        "witness.",
        "within six months of the publication of this report",
        ["CPS"],
        "CPS",
        "Six months",
    ),
    "4": (
        "By 30 September 2027, the College of Policing should update its guidance on achieving best evidence "
        "interviews so that officers explain the special measures available to vulnerable witnesses before "
        "the interview takes place.",
        d(2027, 9, 30),
        ["College of Policing"],
        "College of Policing",
        "30 September 2027",
    ),
    "5": (
        "HM Courts & Tribunals Service, working with the CPS, should make sure that a pre-trial visit to "
        "court is offered to every witness who asks for one.",
        None,
        ["other", "CPS"],
        "HMCTS, with the CPS",
        "–",
    ),
    "6": (
        "By December 2027, the Ministry of Justice should review the Witness Charter alongside the Victims' "
        "Code, so that witnesses who are not victims have clear and enforceable entitlements.",
        d(2027, 12, 31),
        ["Ministry of Justice"],
        "Ministry of Justice",
        "December 2027",
    ),
    "7": (
        "Police and crime commissioners should make sure that the witness support services they commission "
        "are available to prosecution witnesses from the point of charge, and not only once a trial date "
        "has been set.",
        None,
        ["PCCs"],
        "Police and crime commissioners",
        "–",
    ),
}

CHAPTERS = [
    (
        "2. Witness care units",
        [
            "Witness care units are run by the police in all four areas we inspected, with some CPS staff "
            "working alongside police staff in two of them. Their job is to keep victims and witnesses "
            "informed from the point of charge until the case ends, and to identify any help they need to "
            "attend court.",
            "In three of the four units, each witness care officer was responsible for more than 200 live "
            "cases. Staff told us they spent most of their time reacting to changes in court listings and had "
            "little time to make proactive contact. In the files we examined, a third of witnesses had not "
            "been contacted at one or more of the points the unit's own procedures required.",
            "When a trial was adjourned, the witness's needs were rarely looked at again, even where the new "
            "date was many months later. In one Fenmoor Police case, a witness who had become pregnant in the "
            "meantime was not asked whether she needed any additional support.",
        ],
        ["1", "2"],
    ),
    (
        "3. Special measures",
        [
            "Special measures, such as giving evidence by live link or from behind a screen, can make an "
            "enormous difference to a vulnerable or intimidated witness. Prosecutors should apply for them "
            "as early as possible so that the witness knows what to expect.",
            "We found that applications were often made late, sometimes on the morning of the trial. In 41 "
            "of the 150 cases we reviewed where a witness was eligible, no application had been made before "
            "the first day of the trial. Some witnesses told us that they had not known special measures "
            "existed until shortly before they went into court.",
            "Officers who conduct achieving best evidence interviews did not always explain special measures "
            "to witnesses before the interview, even though the choice of interview format can affect which "
            "measures are later available.",
        ],
        ["3", "4"],
    ),
    (
        "4. At court",
        [
            "Witnesses who had visited the court before their trial generally felt better prepared. But "
            "visits were offered inconsistently, and in two areas they were only available on one weekday "
            "afternoon a month.",
            "Many of the witnesses we spoke to were not victims of the crime being tried. They were unsure "
            "what they were entitled to, and the Witness Charter, which sets out the standards of care they "
            "can expect, has not been updated for many years.",
        ],
        ["5", "6"],
    ),
    (
        "5. Support commissioned by police and crime commissioners",
        [
            "Police and crime commissioners fund most of the practical and emotional support that victims "
            "receive. In all four areas we visited, this support was highly valued by the people who "
            "received it.",
            "However, the services commissioned in three areas were available to witnesses only once a trial "
            "date had been fixed. Witnesses whose cases took many months to reach that point received no "
            "support in the meantime.",
        ],
        ["7"],
    ),
]


def build(path: str) -> dict[str, str]:
    doc = Document()
    _kit.docx_core(doc, TITLE, author="HMCPSI")
    _kit.docx_header_footer(doc, "Joint inspection of witness care", "HMCPSI and HMICFRS")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    pages = _kit.DocxPages(doc)

    def para(text: str, style: str | None = None, bold: bool = False, size: float | None = None):
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        pages.count(text)
        return p

    # page 1: cover
    para("HM Crown Prosecution Service Inspectorate", bold=True)
    para("HM Inspectorate of Constabulary and Fire & Rescue Services", bold=True)
    doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run(TITLE)
    pages.count(TITLE, 2.0)
    para("A joint inspection by HMCPSI and HMICFRS", size=13)
    para(f"Published {PUBLISHED_TEXT}", size=13)
    para("Synthetic test document. All forces, CPS Areas, people and findings are fictional.", size=9)
    pages.page_break()

    # page 2: contents and foreword
    para("Contents", "Heading 1")
    for line in [
        "Foreword",
        "1. Summary and context",
        "2. Witness care units",
        "3. Special measures",
        "4. At court",
        "5. Support commissioned by police and crime commissioners",
        "Annex A: Recommendations",
    ]:
        para(line)
    para("Foreword", "Heading 1")
    for tx in [
        "A trial depends on witnesses. If they do not come to court, or cannot give their evidence clearly "
        "when they get there, justice suffers. This inspection looked at whether the police and the CPS are "
        "doing enough to help them.",
        "We are grateful to the witnesses who spoke to us, often about painful experiences, and to the staff "
        "of the four police forces and three CPS Areas who gave us their time.",
        "Marcus Redfern, HM Chief Inspector of the CPS Inspectorate",
        "Daniel Okafor, HM Inspector of Constabulary",
    ]:
        para(tx)
    pages.page_break()

    # page 3: summary and context
    para("1. Summary and context", "Heading 1")
    for tx in [
        "We inspected how the police and the CPS support prosecution witnesses from the point of charge to "
        "the end of the trial. Our fieldwork took place between February and May 2026 in four police forces "
        "and the CPS Areas that prosecute their cases. The forces were:",
    ]:
        para(tx)
    for f in FORCES:
        para(f, "List Bullet")
    for tx in [
        "We examined 200 case files, observed 24 trials, and interviewed witness care staff, prosecutors, "
        "police officers, court staff and the organisations that support witnesses. We also spoke to 46 "
        "witnesses.",
        "Overall, we found staff who cared about witnesses but were stretched too thinly to give them the "
        "attention they needed. Information about a witness's needs was not always passed on, special "
        "measures were often arranged late, and witnesses who were not themselves victims were unclear "
        "about what they could expect.",
        "We make seven recommendations. They ask the police and the CPS to resource and run witness care "
        "properly, ask the College of Policing and the courts service to improve how witnesses are prepared, "
        "and ask the Ministry of Justice and commissioners to close gaps in witnesses' entitlements and "
        "support. The full recommendations appear at the end of each chapter and are collected in Annex A.",
    ]:
        para(tx)
    pages.page_break()

    for heading, paras, ids in CHAPTERS:
        para(heading, "Heading 1")
        for tx in paras:
            para(tx)
        for rid in ids:
            lab = para(f"Recommendation {rid}", bold=True)
            lab.paragraph_format.keep_with_next = True
            p = para(RECS[rid][0])
            p.paragraph_format.left_indent = Cm(0.75)
            pages.tag(rid)
        pages.page_break()

    # Annex A table
    para("Annex A: Recommendations", "Heading 1")
    para(
        "The table below repeats the recommendations made in this report, with the body we expect to take "
        "each one forward and the timescale, where we have set one."
    )
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = [Cm(1.1), Cm(9.4), Cm(3.2), Cm(2.6)]
    for i, h in enumerate(["No.", "Recommendation", "Owner", "Timescale"]):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(9)
    for rid, (text, _dl, _ad, owner, when) in RECS.items():
        row = table.add_row()
        for i, val in enumerate([rid, text, owner, when]):
            c = row.cells[i]
            c.text = ""
            rr = c.paragraphs[0].add_run(val)
            rr.font.size = Pt(9)
        pages.count(text, 0.6)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    _kit.docx_save(doc, path)
    return pages.where


def main() -> None:
    where = build(os.path.join(HERE, "report.docx"))
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMCPSI", "HMICFRS"],
        "type": "joint",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 7, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [
            rec(rid, t, dl, ad, None, where[rid]) for rid, (t, dl, ad, _o, _w) in RECS.items()
        ],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header="""Round 6, fixture 43. Convention decisions (see NOTES.md):
- Each recommendation is listed once; Annex A's table repeats it. where = the chapter page (explicit
  page breaks), not the annex page.
- addressees come from the recommendation text; the annex "Owner" column agrees with them and is not
  a second source. "Chief Crown Prosecutors" -> CPS. "HM Courts & Tribunals Service" -> other.
- inspectorates in the order printed on the cover (HMCPSI first).
- The CPS Areas are not forces and are not in forces_visited.""",
    )


if __name__ == "__main__":
    main()
