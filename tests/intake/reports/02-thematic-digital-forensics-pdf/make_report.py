"""Fixture 02: national thematic (real title, date and recommendation count from INSPECTIONS.tsv;
all body text and recommendation wording invented). PDF with two-column chapters, footnotes,
a table of contents, recommendations inline after findings (bold lead-in) AND repeated in an
annex, and a page break inside one recommendation's text.

Run: /tmp/intake-venv/bin/python make_report.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _kit  # noqa: E402
from _kit import d, esc, rec  # noqa: E402

K = _kit.pdf_kit()
P, cm = K.P, K.cm

TITLE = (
    "An inspection into how well the police and other agencies use digital forensics in their investigations"
)
SHORT = "Digital forensics in investigations"
PUBLISHED = d(2022, 12, 1)
PUBLISHED_TEXT = "1 December 2022"
FORCES = [
    "Ashby Vale Police",
    "Cresford Police",
    "Dunmere Police",
    "Fenmoor Police",
    "Kelder Constabulary",
    "Northmarsh Police",
    "Saltby Constabulary",
    "West Tamar Police",
]

# (id, lead-in in bold, rest, deadline, addressees)
R = [
    (
        "1",
        "By 31 March 2023, the Home Office, working with the NPCC, should",
        "review how digital forensic services are funded and set out a funding model that lets "
        "forces plan beyond a single financial year.",
        d(2023, 3, 31),
        ["Home Office", "NPCC"],
    ),
    (
        "2",
        "By 30 June 2023, the NPCC should",
        "appoint a single national lead for digital forensics, with responsibility for standards, "
        "procurement and workforce planning across all forces.",
        d(2023, 6, 30),
        ["NPCC"],
    ),
    (
        "3",
        "By 31 December 2023, the College of Policing should",
        "publish national learning standards for digital media investigators, and chief constables "
        "should make sure that enough of their officers and staff are trained to those standards.",
        d(2023, 12, 31),
        ["College of Policing", "chief constables"],
    ),
    (
        "4",
        "By 31 March 2023, chief constables should",
        "make sure that their forces have a clear and up-to-date picture of the number of devices "
        "awaiting examination, how long each device has waited, and the risk that the delay creates "
        "for the investigation and for the victim.",
        d(2023, 3, 31),
        ["chief constables"],
    ),
    (
        "5",
        "Chief constables should",
        "make sure that officers who seize digital devices record why each device is needed and what "
        "the examination is expected to find, so that examiners can prioritise their work.",
        None,
        ["chief constables"],
    ),
    (
        "6",
        "By 30 September 2023, chief constables should",
        "make sure that every digital forensic unit in their force either holds accreditation to the "
        "Forensic Science Regulator's code of practice or has a realistic, funded plan to achieve it. "
        "The plan should say which methods will be accredited first, who is responsible for the work, "
        "how progress will be reported to the chief officer team, and what the force will do in the "
        "meantime to make sure that the results of unaccredited examinations are reliable and can be "
        "explained to a court.",
        d(2023, 9, 30),
        ["chief constables"],
    ),
    (
        "7",
        "The Home Office should",
        "work with the Forensic Science Regulator to make sure that the accreditation requirements for "
        "self-service kiosks used by frontline officers are proportionate.",
        None,
        ["Home Office", "other"],
    ),
    (
        "8",
        "By 31 December 2023, the NPCC and the College of Policing should",
        "jointly produce guidance on what victims should be told when data is extracted from their "
        "devices, including how long they will be without the device and how their data will be "
        "handled.",
        d(2023, 12, 31),
        ["NPCC", "College of Policing"],
    ),
    (
        "9",
        "The CPS and the NPCC should",
        "agree, within six months, a shared approach to the proportionate review of digital material "
        "in cases that are charged and sent to court.",
        "within six months",
        ["CPS", "NPCC"],
    ),
]
RECS = [rec(i, f"{lead} {rest}", dl, who) for i, lead, rest, dl, who in R]
BY_ID = {r[0]: r for r in R}


LABEL_LOOSE = K.ParagraphStyle("RecLabelLoose", parent=K.styles["reclabel"], keepWithNext=0)


def rec_inline(i, tag=True, keep=True):
    _, lead, rest, _, _ = BY_ID[i]
    return [
        P(f"Recommendation {i}", "reclabel" if keep else LABEL_LOOSE, toc=False),
        P(f"<b>{esc(lead)}</b> {esc(rest)}", "rec", tag=("rec" + i) if tag else None),
    ]


def paras(*texts):
    return [P(t) for t in texts]


def build():
    s = []
    s += [
        K.Spacer(1, 4 * cm),
        P(esc(TITLE), "title"),
        P("His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services", "subtitle"),
        P(PUBLISHED_TEXT, "subtitle"),
        K.Spacer(1, 8 * cm),
        P(
            "Synthetic test document. The forces, people and figures in it are fictional; only the "
            "title, date and number of recommendations follow a real publication.",
            "small",
        ),
        K.NextPageTemplate("normal"),
        K.PageBreak(),
    ]
    s += [P("Contents", "h1", toc=False), K.toc(), K.PageBreak()]
    s += [P("Foreword", "h1")]
    s += paras(
        "Almost every crime now leaves a digital trace. Phones, laptops, cars, doorbells and "
        "fitness watches all hold information that can help investigators to find the truth, to "
        "protect victims and to bring offenders to justice. But the police service has not kept "
        "pace with the volume of digital material it now has to handle.",
        "In too many forces, devices wait months to be examined. Victims are left without their "
        "phones, and some withdraw from investigations as a result. Investigators do not always "
        "know what to ask for, and examiners do not always know what they are looking for. The "
        "way digital forensic services are organised and funded has grown up piecemeal, force by "
        "force, and it is not fit for the demand it now faces.",
        "This inspection looked at how well the police, and the agencies that work with them, "
        "use digital forensics. We found dedicated and skilled people working hard in difficult "
        "circumstances. We also found a system that needs national direction, sustainable "
        "funding and a better understanding of its own demand.",
    )
    s += [P("Summary", "h1")]
    s += paras(
        "We make 9 recommendations. They are set out in the chapters where we explain the findings "
        "behind them, and they are listed together in Annex A. Four of the recommendations are "
        "for chief constables, in one case jointly with the College of Policing. The others are for "
        "the Home Office, the National Police Chiefs' Council (NPCC), the College of Policing and "
        "the Crown Prosecution Service.",
        "We have not identified any areas for improvement in this inspection.",
    )
    s += [
        P("About our inspection", "h2"),
        P(
            "We inspected eight police forces: "
            + ", ".join(FORCES[:-1])
            + " and "
            + FORCES[-1]
            + ". We also spoke to the National Crime Agency, two regional organised crime units and "
            "the Crown Prosecution Service, and we surveyed digital forensic practitioners in every "
            "force in England and Wales.",
            footnotes=[
                (
                    1,
                    "Fieldwork took place between January and May 2022. The practitioner "
                    "survey received 1,214 responses.",
                )
            ],
        ),
        P(
            "In each force we interviewed senior leaders, digital forensic managers, examiners, "
            "digital media investigators and frontline officers. We reviewed 240 case files in "
            "which digital devices had been seized, and we held focus groups with victims' "
            "advocates in three force areas."
        ),
    ]
    # ----- chapters in two columns -----
    s += [K.NextPageTemplate("twocol"), K.PageBreak()]
    s += [P("1. Organisation and funding", "h1")]
    s += paras(
        "Digital forensic services in England and Wales are organised in many different ways. "
        "Some forces run their own laboratories; some share units with neighbouring forces; "
        "others buy much of their work from private providers. We found no national picture of "
        "what capacity exists, what it costs, or where it is most needed.",
        "Forces told us that funding is their biggest obstacle. Most money for digital forensics "
        "comes from annual force budgets, and the posts and equipment that units need are often "
        "paid for with one-off grants. This makes it hard to recruit and keep skilled staff, or to "
        "plan the replacement of expensive equipment.",
        "In Kelder Constabulary, a grant that had paid for four examiners ended part-way through "
        "the year, and the backlog of devices grew by a third in the following six months. In "
        "Fenmoor Police, the unit had to delay buying software licences because the force could "
        "not commit money beyond the current financial year.",
        "Without a stable funding model, we do not believe forces can build the capacity they "
        "need. The Home Office and the NPCC should work together on this.",
    )
    s += rec_inline("1")
    s += paras(
        "We also found that there is no single person in policing who is accountable for digital "
        "forensics as a whole. Responsibility is split between several national portfolios, and "
        "forces told us they receive advice that is sometimes inconsistent."
    )
    s += rec_inline("2")
    s += [P("2. Skills and training", "h1")]
    s += [
        P(
            "Digital media investigators (DMIs) advise investigators on what digital evidence may "
            "exist and how to obtain it. All the forces we inspected had DMIs, but the number "
            "varied widely, from one for every 180 officers to one for every 900.",
            footnotes=[
                (
                    2,
                    "Ratios are based on the number of full-time equivalent officers in each "
                    "force at 31 March 2022.",
                )
            ],
        )
    ]
    s += paras(
        "There is no national standard for the training of DMIs. Each force has developed its own "
        "course, and some DMIs had received only a few days of instruction. Frontline officers "
        "told us they did not know when to ask a DMI for help.",
        "Examiners themselves are highly skilled, but many told us that their training had not "
        "kept up with new technology. Some had paid for courses themselves.",
    )
    s += rec_inline("3")
    s += [P("3. Understanding demand", "h1")]
    s += paras(
        "Most forces could tell us how many devices were waiting to be examined, but few could tell "
        "us how long each had been waiting, or what the delay meant for the investigation. Across "
        "the eight forces we inspected, more than 6,000 devices were waiting for examination.",
        "Where forces did have good information, they used it well. Cresford Police reviews every "
        "device that has waited more than 90 days and asks the investigator whether it is still "
        "needed. This has removed hundreds of devices from its queue.",
        "In several forces, devices were seized as a matter of routine, without any record of why "
        "they were needed. Examiners then had to contact investigators to find out what to look "
        "for, which added to the delay.",
    )
    s += rec_inline("4")
    s += rec_inline("5")
    # ----- back to one column for chapter 4 (with the page break inside recommendation 6) -----
    s += [K.NextPageTemplate("normal"), K.PageBreak()]
    s += [P("4. Quality and accreditation", "h1")]
    s += paras(
        "Forces must meet the Forensic Science Regulator's code of practice for the methods their "
        "digital forensic units use. Progress towards accreditation has been slow. Of the eight "
        "forces we inspected, two had accredited most of the methods they use, four had accredited "
        "some, and two had accredited none.",
        "Managers told us that accreditation takes a great deal of time and money, and that the "
        "work competes with the need to reduce backlogs. We understand these pressures. But courts "
        "and the public need to be able to rely on the results of digital examinations, and "
        "accreditation is the means by which that reliability is shown.",
        "Some forces did not have a plan for achieving accreditation, and in those forces we were "
        "not assured that the quality of unaccredited work was being checked in other ways.",
        "In the forces that had made most progress, chief officers had given the work a clear "
        "priority, a named senior lead and a budget. Quality managers had been appointed and "
        "given the time to write procedures and to validate methods. Staff told us that this had "
        "been demanding, but that they now had more confidence in their results and found it "
        "easier to explain their methods when challenged in court.",
        "In the forces that had made least progress, accreditation was seen as something that "
        "would happen once the backlog had been cleared. We think this is the wrong way round. A "
        "unit that cannot show its results are reliable is not reducing risk by working faster.",
    )
    s += [K.FillTo(5 * 14)]  # room for the label and about three lines; the rest runs onto the next page
    s += rec_inline("6", keep=False)
    s += paras(
        "Self-service kiosks allow trained frontline officers to download data from phones without "
        "sending them to a laboratory. Kiosks can reduce delays for victims, but forces told us "
        "that the accreditation requirements for kiosks are the same as for a laboratory, which "
        "has led some to stop using them."
    )
    s += rec_inline("7")
    s += [P("5. Victims and the criminal justice system", "h1")]
    s += paras(
        "Victims told their advocates that being without a phone for weeks or months is one of the "
        "hardest parts of reporting a crime. Few victims were told how long they would be without "
        "their device, what data would be taken from it, or who would see that data.",
        "Some forces have developed good leaflets and conversations for victims, but practice is "
        "inconsistent. National guidance would help.",
    )
    s += rec_inline("8")
    s += paras(
        "Prosecutors and investigators told us that they sometimes disagree about how much digital "
        "material needs to be reviewed before a case can proceed. This leads to delays and, in "
        "some cases, to large volumes of material being reviewed unnecessarily."
    )
    s += rec_inline("9")
    # ----- annexes -----
    s += [
        K.PageBreak(),
        P("Annex A: Summary of recommendations", "h1"),
        P("This annex repeats the recommendations made in this report, in the order in which they appear."),
    ]
    for i, lead, rest, _, _ in R:
        s += [P(f"Recommendation {i}", "reclabel", toc=False), P(esc(f"{lead} {rest}"), "rec")]
    s += [K.PageBreak(), P("Annex B: Methodology", "h1")]
    s += paras(
        "We used a range of methods in this inspection: document review, interviews and focus "
        "groups, a case file review, a survey of practitioners, and visits to digital forensic "
        "units. Our inspection framework was published before fieldwork began.",
        "The case file review covered 30 files in each of the eight forces. Files were selected "
        "at random from investigations in which at least one digital device had been seized "
        "between April and September 2021.",
    )
    return s


def main():
    out = os.path.join(HERE, "report.pdf")
    doc = K.FixtureDoc(
        out, title=TITLE, header=SHORT + " | HMICFRS", footer_left="Published " + PUBLISHED_TEXT
    )
    doc.multiBuild(build())
    recs = []
    for r in RECS:
        r = dict(r)
        pages = doc.tag_pages["rec" + r["id"]]
        r["where"] = f"page {pages[0]}"
        recs.append(r)
    split = doc.tag_pages["rec6"]
    assert len(split) == 2, f"recommendation 6 should run over a page break, pages {split}"
    data = {
        "file": "report.pdf",
        "title": TITLE,
        "published": PUBLISHED,
        "inspectorates": ["HMICFRS"],
        "type": "national thematic",
        "forces_visited": FORCES,
        "fenmoor_inspected": True,
        "totals": {"recommendations": 9, "areas_for_improvement": 0, "causes_of_concern": None},
        "recommendations": recs,
        "causes_of_concern": [],
        "areas_for_improvement": [],
        "graded_judgments": [],
    }
    _kit.write_expected(
        HERE,
        data,
        header=(
            f"Recommendation 6 starts on page {split[0]} and continues on page {split[1]}.\n"
            "Each recommendation appears inline (bold lead-in) and again in Annex A; listed once.\n"
            "The report says 'We make 9 recommendations' and 'We have not identified any areas for\n"
            "improvement' (recorded as a stated total of 0); it says nothing about causes of concern."
        ),
    )
    print("wrote", out, "pages", doc.page, "rec6 pages", split)


if __name__ == "__main__":
    main()
