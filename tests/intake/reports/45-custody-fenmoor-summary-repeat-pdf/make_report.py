"""Fixture 45: joint HMIP/HMICFRS custody report on Fenmoor Police (PDF).

Run: /tmp/intake-venv/bin/python make_report.py  -> report.pdf + expected.yaml
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.join(HERE, "..", "..", "reports"), os.path.join(HERE, "..")):
    sys.path.insert(0, os.path.abspath(_p))
from _kit import d, esc, pdf_kit, rec, write_expected  # noqa: E402

K = pdf_kit()
P, S = K.P, K.styles

TITLE = "Report on an unannounced inspection visit to police custody suites in Fenmoor Police"
PUBLISHED = d(2027, 1, 14)
FORCE = "Fenmoor Police"

COC1 = ("The force did not have effective oversight of the use of force in custody. Use of force was not "
        "always recorded, and footage from custody cameras was not routinely reviewed when force was used "
        "against detainees.")
COC2 = ("Detainees in mental health crisis were held in custody for too long while they waited for an "
        "assessment or a hospital bed, and the arrangements with health partners were not good enough to "
        "prevent this.")
R1 = ("The force should immediately ensure that every use of force in custody is recorded, and that the "
      "camera footage of each incident is reviewed by a supervisor who was not involved in it.")
R2 = ("By 30 June 2027, the force and the police and crime commissioner should agree with the custody "
      "healthcare provider a contract that sets out clear response times for mental health assessments of "
      "detainees.")
R3 = ("The force, working with Fenmoor County Council and NHS Fenmoor Integrated Care Board, should make "
      "sure that no detainee waits in custody for a mental health bed for more than 24 hours after being "
      "assessed as needing one.")
AFIS = [
    "The force should make sure that custody inspectors carry out and record reviews of detention in person "
    "and at the time they are due.",
    "The force should improve the way it records the reasons for strip searches and the authority given for "
    "each search.",
    "The force should make sure that children in custody are seen by an appropriate adult within two hours "
    "of their detention being authorised.",
    "The force should provide female detainees with a private way to ask for and receive menstrual products.",
    "The force should repair the cell call bells at Brackenford custody suite and check them every day.",
    "The force should improve how it collects and uses data on the time detainees spend in custody, so that "
    "long detentions are identified and challenged.",
    "The force should make sure that detainees are told about, and can easily access, independent legal "
    "advice before interview.",
]

recs = [
    rec("1", R1, "immediately", ["force"], "1"),
    rec("2", R2, d(2027, 6, 30), ["force", "PCCs"], "2"),
    rec("3", R3, None, ["force", "local authorities", "other"], "2"),
]

story = []
# --- cover (inspection dates only) --------------------------------------------------------------
story += [
    K.Spacer(1, 3 * K.cm),
    P(esc(TITLE), "title"),
    P("by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire &amp; Rescue Services",
      "subtitle"),
    P("Inspection visit: 8 to 19 September 2026", "subtitle"),
    K.Spacer(1, 6 * K.cm),
    P("Criminal justice joint inspection", "small"),
]
story.append(K.PageBreak())
# --- page 2 --------------------------------------------------------------------------------------
story += [
    P("Contents", "h1", toc=False),
    P("1. Introduction", "body"), P("2. Leadership, accountability and partnerships", "body"),
    P("3. Pre-custody: first point of contact", "body"), P("4. In the custody suite", "body"),
    P("5. Health care", "body"), P("6. Summary of causes of concern, recommendations and areas for "
                                    "improvement", "body"),
    K.Spacer(1, 12),
    P("Published: 14 January 2027", "body"),
    P("This report is published by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire "
      "&amp; Rescue Services. The fieldwork took place in September 2026.", "small"),
    K.PageBreak(),
]
# --- page 3 --------------------------------------------------------------------------------------
story += [
    P("1. Introduction", "h1"),
    P("1.1 This inspection of custody services in Fenmoor Police is one of a programme of unannounced "
      "inspections of police custody in England and Wales. We visited the force's three custody suites at "
      "Harnmouth, Brackenford and Otterby, which together hold about 14,000 detainees a year."),
    P("1.2 We last inspected custody in Fenmoor in 2021. Of the 16 recommendations we made then, the force "
      "had achieved nine, partly achieved four and not achieved three. We do not repeat them here."),
    P("1.3 Overall, we found that staff treated detainees with respect and that the custody suites were clean "
      "and well maintained. However, we have identified two causes of concern, which lead to three "
      "recommendations, and seven areas for improvement."),
    P("1.4 We expect the force and the police and crime commissioner to produce an action plan within 12 "
      "weeks of the publication of this report."),
    P("2. Leadership, accountability and partnerships", "h1"),
    P("2.1 The assistant chief constable responsible for custody chaired a monthly custody board. The board "
      "received data on the number of detainees, but little about the outcomes for them, and it did not "
      "look at the use of force at all."),
    P("2.2 Partnership work with the local authority and health bodies was developing. Independent custody "
      "visitors, managed by the office of the police and crime commissioner, reported their findings "
      "regularly, and the force usually acted on them."),
    P("Cause of concern 1", "h3"),
    P(esc(COC1), "rec"),
    P("Recommendation 1", "reclabel"),
    P(esc(R1), "rec", tag="r1"),
    P("2.3 Of 38 custody records we examined where force had been used, only 21 had a use of force form "
      "attached. Supervisors told us that they did not have time to watch footage unless a complaint was "
      "made."),
    K.PageBreak(),
    P("3. Pre-custody: first point of contact", "h1"),
    P("3.1 Officers generally considered alternatives to custody, especially for children. Response officers "
      "we spoke to knew how to obtain advice from the street triage team."),
    P("3.2 Custody sergeants should, in our view, be more confident to refuse detention when it is not "
      "necessary; several told us they felt pressure to accept every arrest."),
    P("4. In the custody suite", "h1"),
    P("4.1 Detainees were booked in promptly and risk assessments were thorough."),
    P("Area for improvement 1", "reclabel"), P(esc(AFIS[0]), "rec", tag="a1"),
    P("4.2 Strip searches were authorised by an inspector, but the reasons recorded were often brief."),
    P("Area for improvement 2", "reclabel"), P(esc(AFIS[1]), "rec", tag="a2"),
    P("Area for improvement 3", "reclabel"), P(esc(AFIS[2]), "rec", tag="a3"),
    P("4.3 Female detainees were offered a female member of staff to talk to, but had to ask in front of "
      "others for hygiene products."),
    P("Area for improvement 4", "reclabel"), P(esc(AFIS[3]), "rec", tag="a4"),
    P("Area for improvement 5", "reclabel"), P(esc(AFIS[4]), "rec", tag="a5"),
    P("Notable positive practice", "h3"),
    P("4.4 At Otterby, detainees were given a short easy-read leaflet about their rights. Other suites should "
      "consider using it."),
    K.PageBreak(),
    P("5. Health care", "h1"),
    P("5.1 Health care was provided by a private contractor. Nurses were available in each suite, but "
      "mental health practitioners were only available in office hours."),
    P("Cause of concern 2", "h3"),
    P(esc(COC2), "rec"),
    P("Recommendation 2", "reclabel"), P(esc(R2), "rec", tag="r2"),
    P("Recommendation 3", "reclabel"), P(esc(R3), "rec", tag="r3"),
    P("5.2 In the six months before our visit, 19 detainees assessed under the Mental Health Act 1983 waited "
      "in custody for more than 24 hours for a bed. One waited 61 hours."),
    P("Area for improvement 6", "reclabel"), P(esc(AFIS[5]), "rec", tag="a6"),
    P("Area for improvement 7", "reclabel"), P(esc(AFIS[6]), "rec", tag="a7"),
    K.PageBreak(),
    P("6. Summary of causes of concern, recommendations and areas for improvement", "h1"),
    P("Cause of concern 1", "h3"), P(esc(COC1)),
    P("<b>Recommendation 1</b> " + esc(R1)),
    P("Cause of concern 2", "h3"), P(esc(COC2)),
    P("<b>Recommendation 2</b> " + esc(R2)),
    P("<b>Recommendation 3</b> " + esc(R3)),
    P("Areas for improvement", "h3"),
]
for i, a in enumerate(AFIS, 1):
    story.append(P(f"<b>{i}.</b> " + esc(a)))

doc = K.FixtureDoc(os.path.join(HERE, "report.pdf"), title=TITLE, two_column=False,
                   header="Fenmoor Police custody inspection",
                   footer_left="Report on an unannounced inspection visit to police custody suites")
doc.multiBuild(story)
for r in recs:
    r["where"] = f"page {doc.first_page('r' + r['id'])}"

write_expected(HERE, {
    "file": "report.pdf",
    "title": TITLE,
    "published": PUBLISHED,
    "inspectorates": ["HMIP", "HMICFRS"],
    "type": "custody",
    "forces_visited": [FORCE],
    "fenmoor_inspected": True,
    "totals": {"recommendations": 3, "areas_for_improvement": 7, "causes_of_concern": 2},
    "recommendations": recs,
    "causes_of_concern": [{"id": "1", "text": COC1}, {"id": "2", "text": COC2}],
    "areas_for_improvement": [{"id": str(i), "text": a} for i, a in enumerate(AFIS, 1)],
    "graded_judgments": [],
}, header="Custody report: cover shows only the inspection dates; published date on page 2.")
print("ok", [r["where"] for r in recs])
