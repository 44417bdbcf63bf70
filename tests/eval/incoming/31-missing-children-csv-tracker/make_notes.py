"""Builds notes.csv: an export from the force's recommendations tracking system (all open reports)."""
import csv

header = ["HMIC Ref", "Report", "Recommendation / AFI (summary)", "Action", "Owner (Dept)",
          "Target Completion", "BRAG", "Commentary (latest first)", "GSC", "Last Updated"]
MC = "Missing children thematic (Oct 26)"
AI = "Activism & impartiality (Sep 24)"
rows = [
    ["R3", AI, "Advisory groups - terms of reference",
     "Refresh terms of reference for all independent advisory groups",
     "Supt M. Dale (Corporate Comms & Engagement)", "31/12/2026", "Amber",
     "21/11/26 - 4 of 7 advisory group ToRs refreshed; remaining 3 by 31/12. | 12/09/26 - slipped from 30/09 due to abstractions.",
     "OFFICIAL", "21/11/2026"],
    ["R11", AI, "Social media guidance",
     "Revised social media policy issued to all staff",
     "Supt M. Dale (Corporate Comms & Engagement)", "30/09/2025", "Blue",
     "03/10/25 - Closed. Policy published on intranet 29/09/25.",
     "OFFICIAL", "03/10/2025"],
    ["Gen", MC, "Whole report - 5 recs (R1-3 CCs; R4 CoP; R5 NPCC) + 1 AFI",
     "Fenmoor one of 6 fieldwork forces (reality testing w/c 09/03/26). Plan owned by Vulnerability Board. OPCC deep dive on missing children at PCC Performance & Accountability Board.",
     "ACC L. Fairbairn (Crime & Vulnerability)", "Ongoing", "Green",
     "25/11/26 - OPCC confirmed deep dive at PAB 10/03/27; Vulnerability Board to receive plan bi-monthly (next 13/01/27). | 04/11/26 - Plan drafted following publication 22/10/26.",
     "OFFICIAL", "25/11/2026"],
    ["R1", MC, "Risk assessment by trained supervisor; reviewed at set intervals",
     "Missing persons risk assessment training (APP-based) for all patrol & custody sergeants and duty inspectors. COMPACT updated so high-risk cases prompt a 2-hourly supervisory review.",
     "Ch Insp R. Bexley (Local Policing)", "30/06/2027", "Green",
     "27/11/26 - 142 of 180 sgts & insps trained; remaining 38 booked Dec/Jan, all by 15/01/27. COMPACT 2-hourly review prompt live 16/11/26. | 21/10/26 - Training designed, starts 02/11/26.",
     "OFFICIAL", "27/11/2026"],
    ["R2 + R3", MC, "RHI findings shared within 72 hrs & recorded; RHI/missing info used to disrupt exploiters",
     "New information sharing agreement (ISA) with Fenmoor County Council Children's Services: RHI summaries to MASH within 72 hrs and attached to COMPACT record. Missing & Exploitation Hub analyst to review every RHI and feed intelligence into weekly MACE meeting.",
     "DCI K. Osei (Public Protection)", "31/03/2027", "Amber",
     "26/11/26 - FCC IT change (automatic transfer into COMPACT) delayed; ISA signing now 31/03/27 (was 31/01/27). Interim: FCC sending RHI summaries by Egress since 09/11/26 - 54 received in first 2 wks. Analyst in post from 07/12/26. | 30/10/26 - ISA draft with FCC legal; target 31/01/27.",
     "OFFICIAL", "26/11/2026"],
    ["R3", MC, "Disruption of exploiters",
     "Operation Hatchway - targeting 3 OCG-linked adults associated with children missing from Brackenford children's homes. 14 Child Abduction Warning Notices served since Aug 26; 2 arrests.",
     "DI T. Marsh (Exploitation Team)", "31/03/2027", "Green",
     "24/11/26 - 2 further CAWNs served 19/11; MACE reviewing 6 children. | 02/11/26 - Op Hatchway extended to Wexcombe.",
     "OFFICIAL-SENSITIVE", "24/11/2026"],
    ["R4", MC, "CoP - APP update (national)",
     "National rec. Force Missing Persons Coordinator sits on regional missing persons working group and will respond to CoP consultation. Force missing persons policy to be updated within 3 months of new APP.",
     "Missing Persons Coordinator (Local Policing)", "Awaiting national action", "Green",
     "18/11/26 - CoP consultation expected spring 2027.",
     "OFFICIAL", "18/11/2026"],
    ["R5", MC, "NPCC national data standard (national)",
     "No local action - force will adopt the standard when issued.",
     "", "TBC", "",
     "",
     "OFFICIAL", "04/11/2026"],
    ["AFI 1", MC, "Protected characteristics of missing children",
     "Ethnicity, gender and age made mandatory fields on COMPACT. Monthly disproportionality report to Vulnerability Board.",
     "Ch Insp R. Bexley (Local Policing)", "06/11/2026", "Blue",
     "20/11/26 - Mandatory fields live 06/11/26; first monthly report to Vulnerability Board 13/01/27. | 28/10/26 - Change request raised.",
     "OFFICIAL", "20/11/2026"],
]
with open("notes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(header)
    w.writerows(rows)
print("wrote notes.csv")
