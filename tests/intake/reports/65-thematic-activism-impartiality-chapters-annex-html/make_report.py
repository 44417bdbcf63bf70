"""Fixture 65: national thematic inspection on activism and impartiality (saved web page).

Real title, publication date and recommendation count (22, eight for chief constables) from
INSPECTIONS.tsv; every sentence, recommendation wording, force and name is invented.
Writes report.html and expected.yaml from the same strings. Runs under any Python 3.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "reports"))
sys.path.insert(0, os.path.dirname(HERE))

from _kit import d, esc, html_page, rec, write_expected  # noqa: E402

TITLE = "An inspection into activism and impartiality in policing"
PUBLISHED = d(2024, 9, 10)
PUBLISHED_TEXT = "10 September 2024"
FORCES = [
    "Kelder Constabulary",
    "Northmarsh Police",
    "Ashby Vale Police",
    "Cresford Police",
    "Saltby Constabulary",
]

CH_OPS = "Impartiality in operational policing"
CH_EXT = "Engagement with campaign groups and external organisations"
CH_NET = "Staff networks and support associations"
CH_ACT = "Personal activism and social media"
CH_CMP = "Complaints, misconduct and public confidence"
CH_LDR = "Leadership, training and guidance"

# (chapter, rec) in the order they are printed ----------------------------------------------------
RECS = [
    (CH_OPS, rec("1",
        "By 31 March 2025, chief constables should make sure that briefings for public order "
        "commanders include a clear reminder of the duty to police protests impartially, whatever "
        "the cause being promoted.",
        d(2025, 3, 31), ["chief constables"])),
    (CH_OPS, rec("2",
        "The College of Policing should update its authorised professional practice on public order "
        "to include guidance on maintaining and demonstrating impartiality, including on the wearing "
        "of badges, symbols and lanyards while on duty.",
        None, ["College of Policing"])),
    (CH_OPS, rec("3",
        "By 31 March 2025, chief constables should review their forces’ policies on the display of "
        "symbols and emblems on uniform and on police premises, and make sure those policies are "
        "applied consistently.",
        d(2025, 3, 31), ["chief constables"])),
    (CH_OPS, rec("4",
        "The NPCC lead for public order and public safety should, by the end of December 2024, "
        "publish national guidance on how officers should engage with protesters, including on "
        "social media, without creating a perception of partiality.",
        d(2024, 12, 31), ["NPCC"])),
    (CH_OPS, rec("5",
        "The Home Office, working with the National Police Chiefs’ Council, should consider whether "
        "the data it collects from forces about the policing of protests would allow the public to "
        "judge whether protests are being policed fairly.",
        None, ["Home Office", "NPCC"])),
    (CH_EXT, rec("6",
        "By 30 June 2025, chief constables should make sure their forces have a policy on engagement "
        "with external organisations and campaign groups that includes a proportionate due "
        "diligence process.",
        d(2025, 6, 30), ["chief constables"])),
    (CH_EXT, rec("7",
        "The College of Policing should develop a model due diligence framework that forces can use "
        "before they enter into partnerships with, or accept training or accreditation from, "
        "external organisations.",
        None, ["College of Policing"])),
    (CH_EXT, rec("8",
        "Police and crime commissioners should make sure that organisations they commission or fund "
        "to work with their force are subject to the same due diligence as the force applies to its "
        "own partners.",
        None, ["PCCs"])),
    (CH_EXT, rec("9",
        "Chief constables should make sure that any training delivered to their workforce by an "
        "external organisation is quality assured, and that its content is consistent with the law "
        "and with national guidance.",
        None, ["chief constables"])),
    (CH_EXT, rec("10",
        "The NPCC, working with the College of Policing, should review the national schemes through "
        "which forces seek accreditation or awards from external bodies, and publish advice on which "
        "schemes are compatible with police impartiality.",
        None, ["NPCC", "College of Policing"])),
    (CH_NET, rec("11",
        "Within six months of the publication of this report, chief constables should make sure that "
        "staff networks and support associations in their forces have clear terms of reference that "
        "set out how they can and cannot take part in public debate.",
        "within six months of the publication of this report", ["chief constables"])),
    (CH_NET, rec("12",
        "The NPCC should publish guidance for national staff networks on making public statements "
        "and on the use of official social media accounts.",
        None, ["NPCC"])),
    (CH_NET, rec("13",
        "The Home Office should clarify whether the restrictions on political activity in the Police "
        "Regulations 2003 apply to the activities of staff networks, and amend the regulations if "
        "necessary.",
        None, ["Home Office"])),
    (CH_ACT, rec("14",
        "By 31 March 2025, chief constables should make sure their social media policies explain to "
        "officers and staff what personal activism is permitted and what could undermine public "
        "confidence in their impartiality.",
        d(2025, 3, 31), ["chief constables"])),
    (CH_ACT, rec("15",
        "The College of Policing should amend its guidance on the Code of Ethics to include examples "
        "of personal activism that could breach the standards of professional behaviour.",
        None, ["College of Policing"])),
    (CH_ACT, rec("16",
        "Chief constables should make sure that their professional standards departments record and "
        "monitor reports about officers’ and staff’s activism, so that they can identify themes and "
        "trends.",
        None, ["chief constables"])),
    (CH_ACT, rec("17",
        "The Home Office should review the restrictions on the private life of police officers in "
        "Schedule 1 to the Police Regulations 2003, to make sure they remain proportionate and clear.",
        None, ["Home Office"])),
    (CH_CMP, rec("18",
        "The Independent Office for Police Conduct should, by 30 September 2025, publish guidance "
        "for forces on handling complaints that allege the police have acted partially in relation "
        "to a protest or campaign.",
        d(2025, 9, 30), ["IOPC"])),
    (CH_CMP, rec("19",
        "Police and crime commissioners should make sure that, when they review the outcomes of "
        "complaints, they consider whether their force has dealt fairly with complaints about "
        "impartiality.",
        None, ["PCCs"])),
    (CH_CMP, rec("20",
        "Chief constables and police and crime commissioners should, by 31 March 2025, publish "
        "information explaining how their force makes sure that it polices impartially.",
        d(2025, 3, 31), ["chief constables", "PCCs"])),
    (CH_LDR, rec("21",
        "The College of Policing should include impartiality in the national curriculum for initial "
        "police learning and in the leadership programmes it provides.",
        None, ["College of Policing"])),
    (CH_LDR, rec("22",
        "The NPCC, working with the College of Policing and the Home Office, should by the end of "
        "March 2025 agree a shared national definition of police impartiality and promote it across "
        "all forces.",
        d(2025, 3, 31), ["NPCC", "College of Policing", "Home Office"])),
]

# findings prose per chapter (each ends before its recommendations) ------------------------------
PROSE = {
    CH_OPS: [
        ("Policing protests", [
            "Most of the protest policing we observed was fair and proportionate. Officers told us "
            "they understood that they must not take sides, whatever their own views.",
            "But in two of the forces we inspected, commanders’ briefings did not mention "
            "impartiality at all. In one force, officers had been allowed to wear campaign badges "
            "on duty at a public event, and some members of the public saw this as a sign that the "
            "force supported one side of a contested debate.",
            "Forces should be alert to how their actions are perceived, not only to what they "
            "intend. We found that policies on symbols and emblems differed widely between forces "
            "and were not always followed.",
        ]),
        ("National guidance and data", [
            "The national guidance available to officers on engaging with protesters is limited, "
            "and it says little about the use of social media. The data the Home Office collects "
            "does not show how many protests are policed, or how.",
        ]),
    ],
    CH_EXT: [
        ("Working with external organisations", [
            "Forces work with a wide range of charities, campaign groups and other organisations. "
            "These relationships bring real benefits, including access to expertise and to "
            "communities that may not trust the police.",
            "However, none of the forces we inspected had a formal process for checking whether an "
            "organisation’s aims or public statements might compromise the force’s impartiality. "
            "Some training delivered by external organisations contained content that was "
            "inconsistent with the law.",
            "Some forces had paid for accreditation schemes run by external bodies without "
            "considering whether the conditions attached to them were compatible with their duties.",
        ]),
    ],
    CH_NET: [
        ("The role of staff networks", [
            "Staff networks and support associations provide valuable support to officers and staff. "
            "We spoke to members of 23 networks across the five forces.",
            "Several networks had made public statements on contested political issues, using "
            "official social media accounts. Force leaders were often unsure whether they had the "
            "authority to intervene, and the law is unclear.",
        ]),
    ],
    CH_ACT: [
        ("What officers and staff told us", [
            "In our survey of 6,812 officers and staff, 41 percent said they were unsure what "
            "personal activism was acceptable. Many said their force’s social media policy did not "
            "help them.",
            "Professional standards departments dealt with reports about activism case by case. "
            "None of them could tell us how many reports they had received, or what the outcomes "
            "had been.",
        ]),
    ],
    CH_CMP: [
        ("Complaints about impartiality", [
            "We reviewed 96 complaints alleging that officers had acted partially. Most were dealt "
            "with appropriately, but some were closed without a proper explanation to the "
            "complainant.",
            "Police and crime commissioners have an important role in reviewing complaints, and in "
            "reassuring the public that their force is impartial.",
        ]),
    ],
    CH_LDR: [
        ("Leadership and training", [
            "Impartiality is not covered in a consistent way in national training. There is no "
            "shared definition of what it means for the police, and leaders at every level "
            "interpreted it differently.",
        ]),
    ],
}


def build_html() -> str:
    b: list[str] = []
    b.append('<nav class="contents" aria-label="Contents"><h2 class="contents__title">Contents</h2><ol>')
    toc = ["Foreword", "Summary", "Introduction", CH_OPS, CH_EXT, CH_NET, CH_ACT, CH_CMP, CH_LDR,
           "Conclusion", "Annex A: Recommendations"]
    for i, t in enumerate(toc):
        b.append(f'<li><a href="#s{i}">{esc(t)}</a></li>')
    b.append("</ol></nav>")

    b.append('<h2 id="s0">Foreword</h2>')
    b.append("<p>In March 2024, the Home Secretary asked us to inspect how the police maintain "
             "impartiality, both in their operational work and in their engagement with external "
             "groups. The public expect the police to be neutral. Any perception that officers take "
             "sides on contested issues undermines the principle of policing by consent.</p>")
    b.append("<p>We found much that was reassuring. But forces need clearer guidance, and they need "
             "to think harder about how their actions are seen by people who do not share the views "
             "of the groups they work with.</p>")
    b.append("<p>Dr Helen Marsh<br>His Majesty’s Inspector of Constabulary</p>")

    b.append('<h2 id="s1">Summary</h2>')
    b.append("<p>Overall, we found that the police act impartially in most of their work. But we "
             "found inconsistencies between forces, gaps in national guidance and some practices "
             "that risk undermining public confidence.</p>")
    b.append("<p>We make 22 recommendations. Eight are for chief constables. The others are for the "
             "College of Policing, the National Police Chiefs’ Council, the Home Office, police and "
             "crime commissioners and the Independent Office for Police Conduct. They are listed in "
             "full in <a href=\"#s10\">Annex A</a>.</p>")

    b.append('<h2 id="s2">Introduction</h2>')
    b.append('<h3>Terms of reference</h3>')
    b.append("<p>The Home Secretary commissioned this inspection under section 54(2B) of the Police "
             "Act 1996. We examined operational policing, engagement with external organisations, "
             "staff networks, personal activism and the handling of complaints.</p>")
    b.append('<h3>Methodology</h3>')
    b.append("<p>We inspected five forces: " + ", ".join(FORCES[:-1]) + " and " + FORCES[-1] + ". "
             "In each force we interviewed chief officers, held focus groups and reviewed policies "
             "and records. We also surveyed officers and staff in all 43 forces in England and "
             "Wales, and we spoke to national bodies and campaign groups.</p>")

    sid = 3
    for ch in (CH_OPS, CH_EXT, CH_NET, CH_ACT, CH_CMP, CH_LDR):
        b.append(f'<h2 id="s{sid}">{esc(ch)}</h2>')
        sid += 1
        for h3, paras in PROSE[ch]:
            b.append(f"<h3>{esc(h3)}</h3>")
            for p in paras:
                b.append(f"<p>{esc(p)}</p>")
        for c, r in RECS:
            if c == ch:
                b.append('<div class="recommendation">')
                b.append(f'<h3 class="recommendation__title">Recommendation {r["id"]}</h3>')
                b.append(f"<p>{esc(r['text'])}</p>")
                b.append("</div>")
                r["where"] = ch

    b.append(f'<h2 id="s{sid}">Conclusion</h2>')
    b.append("<p>Impartiality is fundamental to policing by consent. We will monitor progress on "
             "our recommendations through our PEEL inspections and our routine contact with "
             "forces.</p>")
    b.append('<h2 id="s10">Annex A: Recommendations</h2>')
    b.append("<p>This annex lists all the recommendations in this report.</p>")
    for _, r in RECS:
        b.append(f"<p><strong>Recommendation {r['id']}</strong><br>{esc(r['text'])}</p>")
    return "\n".join(b)


def main():
    body = build_html()
    meta = (
        '<div class="publication__meta"><dl>'
        "<dt>Published</dt><dd><time datetime=\"2024-09-10\">" + PUBLISHED_TEXT + "</time></dd>"
        "<dt>Type</dt><dd>Thematic inspection</dd>"
        "<dt>Subject</dt><dd>Police legitimacy</dd></dl>"
        '<p><a href="./report_files/activism-and-impartiality-in-policing.pdf">Download the report '
        "(PDF, 1.2 MB)</a></p></div>"
    )
    sidebar = (
        "<h2>Related publications</h2><ul>"
        '<li><a href="#">Police legitimacy: a spotlight on public confidence</a></li>'
        '<li><a href="#">An inspection of vetting, misconduct, and misogyny in the police service</a></li>'
        '<li><a href="#">PEEL 2023–2025: national findings</a></li></ul>'
        "<h2>Share this page</h2><ul><li><a href=\"#\">Email</a></li><li><a href=\"#\">LinkedIn</a></li></ul>"
    )
    html = html_page(
        doc_title=TITLE + " - His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
        h1=TITLE,
        meta_html=meta,
        body_html=body,
        sidebar_html=sidebar,
        breadcrumbs=["Home", "Publications", "Thematic inspections"],
        saved_from="https://www.example.org/hmicfrs/publication-html/activism-and-impartiality-in-policing/",
    )
    with open(os.path.join(HERE, "report.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    data = {
        "file": "report.html",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": False,
        "totals": {"recommendations": 22, "areas_for_improvement": None, "causes_of_concern": None},
        "recommendations": [r for _, r in RECS],
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    write_expected(
        HERE,
        data,
        header="National thematic web page: recommendations in boxes at each chapter's end and\n"
        "repeated in Annex A; five forces in prose; Fenmoor not inspected.",
    )


if __name__ == "__main__":
    main()
