"""Fixture 13: national thematic (fictional title) as a Word DOCX WITHOUT Word numbering:
recommendations are plain paragraphs - a bold "Recommendation 3a" label paragraph followed by a
wholly bold text paragraph in the summary, and a bold lead-in ("By 30 June 2027, chief constables
should") in the chapters. Sub-lettered recommendations 3a/3b; recommendation 5 has lettered
sub-points (a)-(c) in separate paragraphs under one number (ONE recommendation). Recommendations
appear first in "Our recommendations" and again inline in the chapters. Fenmoor Police visited.
No total is stated.

Run: /work/main/.venv/bin/python make_report.py   (needs python-docx)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import docx  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402

import _kit  # noqa: E402
from _kit import d, rec  # noqa: E402

TITLE = (
    "Behind closed doors: An inspection of the police response to cuckooing and the "
    "exploitation of vulnerable adults"
)
PUBLISHED = d(2026, 10, 15)
FORCES = [
    "Dunmere Police",
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "Saltby Constabulary",
    "West Tamar Police",
]

# id -> (bold lead-in, rest or list of sub-points, deadline, addressees)
SPEC = [
    (
        "1",
        "By 30 June 2027, chief constables should",
        "make sure that cuckooing is recorded "
        "consistently in their forces, using the flag agreed nationally, so that they understand how "
        "often it happens and where.",
        d(2027, 6, 30),
        ["chief constables"],
    ),
    (
        "2",
        "By 31 December 2026, the NPCC should",
        "agree a national definition of cuckooing and a "
        "national flag for recording it, and share both with forces and their partners.",
        d(2026, 12, 31),
        ["NPCC"],
    ),
    (
        "3a",
        "Within six months, chief constables should",
        "make sure that neighbourhood officers are "
        "trained to recognise the signs that a vulnerable person's home has been taken over.",
        "within six months",
        ["chief constables"],
    ),
    (
        "3b",
        "Within six months, the College of Policing should",
        "add material on cuckooing to its "
        "initial learning programmes for police officers and police community support officers.",
        "within six months",
        ["College of Policing"],
    ),
    (
        "4",
        "Chief constables and police and crime commissioners should",
        "agree with housing "
        "providers how people whose homes have been taken over will be offered safe alternative "
        "accommodation.",
        None,
        ["chief constables", "PCCs"],
    ),
    (
        "5",
        "By 30 September 2027, the Home Office should:",
        [
            "(a) publish guidance for partners on using closure orders to protect victims of cuckooing;",
            "(b) review whether a specific offence of cuckooing is needed; and",
            "(c) fund an independent evaluation of the protective measures that forces are using.",
        ],
        d(2027, 9, 30),
        ["Home Office"],
    ),
    (
        "6",
        "Local authorities should",
        "make sure, by 31 March 2027, that their safeguarding adults "
        "boards include cuckooing in their strategic plans.",
        d(2027, 3, 31),
        ["local authorities"],
    ),
    (
        "7",
        "The National Crime Agency should",
        "include cuckooing in its national assessment of the threat from county lines drug supply.",
        None,
        ["NCA"],
    ),
]


def full_text(lead, rest):
    return lead + " " + (" ".join(rest) if isinstance(rest, list) else rest)


RECS = [rec(i, full_text(lead, rest), dl, who) for i, lead, rest, dl, who in SPEC]
BY = {s[0]: s for s in SPEC}


def main():
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    _kit.docx_core(doc, TITLE)
    _kit.docx_header_footer(doc, "Behind closed doors: cuckooing", "HMICFRS")
    pg = _kit.DocxPages(doc)

    def H(text, level=1):
        pg.count(text, 2)
        doc.add_heading(text, level)

    def para(text, bold=False, indent=False):
        pg.count(text)
        p = doc.add_paragraph()
        p.add_run(text).bold = bold
        if indent:
            p.paragraph_format.left_indent = Cm(1)
        return p

    def rec_summary(rid):
        """Label paragraph, then the recommendation wholly in bold."""
        _, lead, rest, _, _ = BY[rid]
        para(f"Recommendation {rid}", bold=True)
        if isinstance(rest, list):
            para(lead, bold=True)
            for sp in rest:
                para(sp, bold=True, indent=True)
        else:
            para(full_text(lead, rest), bold=True)
        pg.tag(rid)

    def rec_inline(rid):
        """Label paragraph, then bold lead-in + plain remainder."""
        _, lead, rest, _, _ = BY[rid]
        para(f"Recommendation {rid}", bold=True)
        pg.count(full_text(lead, rest))
        if isinstance(rest, list):
            p = doc.add_paragraph()
            p.add_run(lead).bold = True
            for sp in rest:
                q = doc.add_paragraph(sp)
                q.paragraph_format.left_indent = Cm(1)
        else:
            p = doc.add_paragraph()
            p.add_run(lead).bold = True
            p.add_run(" " + rest)

    # page 1 - cover
    pg.count(TITLE, 3)
    doc.add_heading(TITLE, 0)
    para("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
    para("15 October 2026")
    para("Synthetic test document. The forces, people and places in it are fictional.")
    pg.page_break()
    # page 2 - contents and foreword
    H("Contents")
    for line in [
        "Foreword",
        "Summary",
        "Our recommendations",
        "1. Understanding cuckooing",
        "2. Recognising and responding",
        "3. Protecting victims",
        "4. The national response",
    ]:
        para(line)
    H("Foreword")
    para(
        "Cuckooing happens when criminals take over the home of a vulnerable person and use it to "
        "deal drugs, store weapons or exploit others. The victims are often people with learning "
        "disabilities, mental ill-health or addictions, and many are too frightened to ask for "
        "help. It is a hidden crime, and the police and their partners have been slow to "
        "recognise it."
    )
    pg.page_break()
    # page 3 - summary and first recommendations
    H("Summary")
    para(
        "We inspected six forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". We "
        "found committed officers and some very effective partnership work, particularly in "
        "Harnmouth, where a joint police and housing team visits every address identified as "
        "at risk. But most forces do not know how often cuckooing happens in their areas, "
        "because it is not recorded consistently, and many frontline officers do not recognise "
        "the signs."
    )
    H("Our recommendations")
    rec_summary("1")
    rec_summary("2")
    pg.page_break()
    # page 4
    rec_summary("3a")
    rec_summary("3b")
    rec_summary("4")
    rec_summary("5")
    pg.page_break()
    # page 5
    rec_summary("6")
    rec_summary("7")
    H("1. Understanding cuckooing")
    para(
        "None of the forces we inspected could tell us with confidence how many cuckooing cases it "
        "had dealt with in the previous year. Some used a local flag on their crime system; others "
        "relied on officers mentioning cuckooing in free text."
    )
    rec_inline("1")
    pg.page_break()
    # page 6
    para(
        "Forces told us that the lack of a national definition made it harder to record cuckooing "
        "and to compare their experience with that of other forces."
    )
    rec_inline("2")
    H("2. Recognising and responding")
    para(
        "Neighbourhood officers are often best placed to spot the signs of cuckooing: a change in "
        "visitors to an address, a resident who seems frightened, or reports of drug dealing from "
        "a previously quiet home. But few had received any training on it."
    )
    rec_inline("3a")
    rec_inline("3b")
    pg.page_break()
    # page 7
    H("3. Protecting victims")
    para(
        "When a home has been taken over, the victim often needs somewhere safe to stay while the "
        "criminals are removed and the property is secured. Arrangements for this were ad hoc in "
        "most of the areas we visited."
    )
    rec_inline("4")
    para(
        "Closure orders can be an effective way of regaining control of a property, but partners "
        "told us they were unsure how to use them without making the victim homeless."
    )
    rec_inline("5")
    pg.page_break()
    # page 8
    H("4. The national response")
    para(
        "Safeguarding adults boards have an important role in making sure that local agencies "
        "work together to protect adults at risk. Few of the boards in the areas we visited had "
        "considered cuckooing."
    )
    rec_inline("6")
    para(
        "Cuckooing is closely linked to county lines drug supply, but it receives little "
        "attention in national threat assessments."
    )
    rec_inline("7")

    out = os.path.join(HERE, "report.docx")
    _kit.docx_save(doc, out)
    recs = [dict(r, where=pg.where[r["id"]]) for r in RECS]
    data = {
        "file": "report.docx",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": None, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "DOCX without Word numbering: bold label paragraphs. Recommendation 5 is ONE recommendation\n"
            "whose text runs over four paragraphs (lead-in + (a), (b), (c)). Each recommendation\n"
            "appears in 'Our recommendations' (pages 3-5) and again in the chapters; 'where' is the\n"
            "first. Pages are delimited by explicit page breaks."
        ),
    )
    print("wrote", out, "pages", pg.page)


if __name__ == "__main__":
    main()
