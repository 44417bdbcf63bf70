"""The team's work: every inspection being answered, its statutory due date, days left and state.

The state is read from the audit log, never stored on its own, so it cannot disagree with what was
done: published (a person recorded where and when), exported (a publication copy was made), approved
(the latest version was approved; an edit after approval sends it back to review), in review (a person
has accepted, edited or rejected wording), else drafting.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

STATES = ("drafting", "in review", "approved", "exported", "published")


class WorkItem(BaseModel):
    draft_id: str
    title: str
    published: date  # the report's publication date (day 1 of the 56)
    due_date: date
    days_left: int  # negative: overdue
    state: str
    version: int  # the latest
    updated_at: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0 and self.state != "published"


def work_state(versions: list[dict], events: list[dict]) -> str:
    """The draft's state from its versions (each with ``version`` and ``instruction``) and its events
    (each with ``action``, ``version`` and ``detail``)."""
    latest = max(v["version"] for v in versions)
    if any(e["action"] == "publish" for e in events):
        return "published"
    if any(e["action"] == "export" and (e.get("detail") or {}).get("mode") == "publication" for e in events):
        return "exported"
    if any(e["action"] == "approve" and e["version"] == latest for e in events):
        return "approved"
    reviewed = any((v.get("instruction") or "").startswith(("review:", "edit:")) for v in versions)
    if reviewed or any(e["action"] == "approve" for e in events):  # approved, then changed again
        return "in review"
    return "drafting"


def days_left(due: date, today: date) -> int:
    """Whole days from today to the due date: 0 on the due date itself, -1 the day after."""
    return (due - today).days
