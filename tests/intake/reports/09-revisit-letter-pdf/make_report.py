"""Fixture 09: revisit / cause-of-concern letter from HM Inspector to the Chief Constable of
fictional Fenmoor Police, as a short PDF. It restates the cause of concern and recommendation 1
from fixture 01 (same strings, imported from ../01-peel-fenmoor-pdf/make_report.py), reports what the
revisit found, and restates two areas for improvement. The letter is dated 11 February 2027; the
publication stamp at the top says 18 February 2027 (the expected publication date).

Run: /tmp/intake-venv/bin/python make_report.py
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import _kit  # noqa: E402
from _kit import d, esc  # noqa: E402

spec = importlib.util.spec_from_file_location(
    "peel01", os.path.join(ROOT, "01-peel-fenmoor-pdf", "make_report.py")
)
peel = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peel)

K = _kit.pdf_kit()
P, cm = K.P, K.cm

TITLE = "Fenmoor Police: revisit of the cause of concern about responding to the public"
PUBLISHED = d(2027, 2, 18)
REC1 = dict(peel.RECS[0])
COC1 = peel.COC["1"]
AFI3, AFI8 = peel.AFI["3"], peel.AFI["8"]

BOX = K.ParagraphStyle(
    "Quote",
    parent=K.styles["rec"],
    leftIndent=18,
    rightIndent=18,
    backColor=K.colors.HexColor("#eef2f6"),
    borderPadding=6,
    spaceBefore=6,
    spaceAfter=10,
)


def build():
    s = [
        P("<b>His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</b>"),
        P("Published on 18 February 2027", "small"),
        K.Spacer(1, 0.6 * cm),
        P(
            "Sarah Whitlock<br/>Chief Constable<br/>Fenmoor Police<br/>Police Headquarters<br/>"
            "Harbour Road<br/>Harnmouth"
        ),
        P("11 February 2027"),
        P("Dear Sarah,"),
        P(esc(TITLE), "h2", toc=False),
        P(
            "In our PEEL 2025–27 inspection report on Fenmoor Police, published on 17 September "
            "2026, we identified a cause of concern about how the force responds to the public. "
            "This letter sets out what we found when we revisited the force to assess its progress."
        ),
        P("Cause of concern", "h3", toc=False),
        P("In our report, we said:"),
        P(esc(COC1), BOX, tag="coc1"),
        P("Recommendation", "h3", toc=False),
        P(
            "To address this cause of concern, we made the following recommendation (recommendation "
            "1 in our report):"
        ),
        P(esc(REC1["text"]), BOX, tag="rec1"),
        P("What we found", "h3", toc=False),
        P(
            "We revisited the force between 12 and 16 January 2027. We listened to 70 calls, "
            "observed the control room over three shifts, spoke to call handlers and supervisors, "
            "and examined the force's performance data."
        ),
        P(
            "The force has made good progress. In December 2026 it answered 84.9 percent of "
            "emergency calls within 10 seconds, compared with 64.2 percent in the period we "
            "inspected. A dedicated team now reviews every abandoned non-emergency call, and calls "
            "back those callers assessed as being at risk. Call handlers used the structured risk "
            "assessment in 61 of the 70 calls we listened to."
        ),
        P(
            "But the force does not yet meet the national standard for answering emergency calls, "
            "and in nine calls the risk to the caller was not properly assessed. Performance also "
            "falls at weekends, when fewer call handlers are on duty."
        ),
        P("Our assessment", "h3", toc=False),
        P(
            "We consider that the force has made good progress but has not yet fully addressed the "
            "cause of concern. The cause of concern therefore remains open. We will revisit the "
            "force again before the end of June 2027."
        ),
        P("Areas for improvement", "h3", toc=False),
        P(
            "During the revisit we also looked at the force's progress against two areas for "
            "improvement from our report:"
        ),
        P(f"<b>Area for improvement 3:</b> {esc(AFI3)}", BOX, tag="afi3"),
        P(f"<b>Area for improvement 8:</b> {esc(AFI8)}", BOX, tag="afi8"),
        P(
            "The force has completed a detailed review of demand in the control room and has "
            "changed its shift pattern as a result. We consider area for improvement 8 to have been "
            "addressed. Attendance times have improved, but the force still does not meet its own "
            "targets in the rural areas around Otterby, so area for improvement 3 remains open."
        ),
        P(
            "I am copying this letter to Priya Lockwood, the Police and Crime Commissioner for "
            "Fenmoor. We will publish it on our website."
        ),
        P("Yours sincerely,"),
        K.Spacer(1, 0.8 * cm),
        P("Rachel Denholm<br/>His Majesty's Inspector of Constabulary"),
        P("cc: Priya Lockwood, Police and Crime Commissioner for Fenmoor", "small"),
        K.PageBreak(),
        P("Annex: Call handling data supplied by the force", "h2", toc=False),
        K.grid_table(
            [
                [
                    "Month",
                    "Emergency calls answered within 10 seconds",
                    "Non-emergency calls abandoned",
                    "Abandoned calls reviewed for risk",
                ],
                ["September 2026", "71.8%", "24%", "38%"],
                ["October 2026", "77.0%", "19%", "81%"],
                ["November 2026", "82.3%", "16%", "100%"],
                ["December 2026", "84.9%", "14%", "100%"],
            ],
            [3.5 * cm, 4.5 * cm, 4 * cm, 4 * cm],
        ),
        K.Spacer(1, 8),
        P(
            "Figures are as supplied by the force and have not been audited by HMICFRS. The national "
            "standard is that 90 percent of emergency calls are answered within 10 seconds.",
            "small",
        ),
    ]
    return s


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = K.FixtureDoc(
        out,
        title=TITLE,
        header="Revisit letter: Fenmoor Police",
        footer_left="HMICFRS | OFFICIAL",
        two_column=False,
    )
    doc.multiBuild(build())
    rec1 = dict(REC1, where=f"page {doc.first_page('rec1')}")
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "revisit",
        "forces_visited": ["Fenmoor Police"],
        "fenmoor_inspected": True,
        "totals": {"recommendations": None, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [rec1],
        "causes_of_concern": [{"id": "1", "text": COC1}],
        "areas_for_improvement": [{"id": "3", "text": AFI3}, {"id": "8", "text": AFI8}],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            "Revisit letter. It restates (verbatim) cause of concern 1, recommendation 1 and areas for\n"
            "improvement 3 and 8 from the PEEL report in fixture 01, keeping their original ids. The\n"
            "letter is dated 11 February 2027; 'Published on 18 February 2027' is the publication date.\n"
            "The letter does not label the cause of concern with a number; its id is 1 because the\n"
            "recommendation is called 'recommendation 1 in our report'."
        ),
    )
    print("wrote", out, "pages", doc.page)


if __name__ == "__main__":
    main()
