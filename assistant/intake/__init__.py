"""Starting from the report: an inspection report file (PDF, saved web page, Word) read into the fields
of an inspection, each with where it was found, and what a person must check (see ``report.py``)."""

from assistant.intake.paras import ReportError
from assistant.intake.report import ReportIntake, read_report

__all__ = ["ReportError", "ReportIntake", "read_report"]
