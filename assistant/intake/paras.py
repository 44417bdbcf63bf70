"""The common shape every report format is read into: paragraphs in reading order, each knowing where
it is (page or section), whether it is a heading, its bold lead-in and any automatic list number."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pydantic import BaseModel, Field

ParaKind = Literal["heading", "para", "item", "row", "note", "quote"]  # quote: words quoted from elsewhere


class Para(BaseModel):
    text: str
    kind: ParaKind = "para"
    level: int = 0  # heading level, 1 the highest
    lead: str = ""  # the bold words the paragraph opens with ("Recommendation 3:", "By 31 March, ...")
    bold: bool = False  # the whole paragraph is bold
    number: str = ""  # the number a list gives it automatically (HTML <ol>, Word numbering)
    page: int = 0  # 1-based physical page, where the format has pages
    section: str = ""  # the nearest heading above (level 1 or 2)
    cells: list[str] = Field(default_factory=list)  # a table row's cells

    @property
    def where(self) -> str:
        return f"page {self.page}" if self.page else (f"section “{self.section}”" if self.section else "")


# A label standing alone ("Recommendation 4", "Cause of concern 2:", "AFI 3"), its text below it: the PDF
# reader keeps it as its own paragraph and the ask finder reads it even when it is set in small type.
LABEL_ONLY = re.compile(
    r"^(?:recommendation|area for improvement|cause of concern|key concern|priority concern|afi|coc)s?"
    r"\s*[\w().]{0,8}\s*[:.–-]?$",
    re.I,
)


class ReportError(ValueError):
    """A report file that cannot be read, with the file and the fix named."""


def clean(text: str) -> str:
    """Whitespace made single; soft hyphens and zero-width characters dropped; ligatures and other
    compatibility characters as plain letters (NFKC: 'ﬁle' -> 'file')."""
    text = unicodedata.normalize("NFKC", re.sub(r"[\u00ad\u200b\u200c\u200d\ufeff]", "", text or ""))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
