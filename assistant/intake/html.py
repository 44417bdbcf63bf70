"""A report saved from the inspectorate's website read into paragraphs by its structure: headings,
paragraphs, list items (with the numbers an ordered list gives them), table rows and the bold words a
paragraph opens with. The site's furniture (navigation, cookie banner, sidebars, footer) is left out."""

from __future__ import annotations

import re

from assistant.intake.paras import Para, ReportError, clean

_FURNITURE_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "template",
)
_FURNITURE_WORDS = re.compile(
    r"cookie|banner|breadcrumb|sidebar|side-bar|related|skip|search|feedback|menu|share|social|"
    r"newsletter|subscribe|site-header|site-footer|masthead|toolbar|print|latest-news|in-this-section",
    re.I,
)
_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "dt",
    "dd",
    "tr",
    "summary",
    "blockquote",
    "figcaption",
    "caption",
)


def _is_furniture(tag, page_text: int = 0) -> bool:
    if (
        page_text
        and len(tag.get_text(" ", strip=True)) > page_text * 0.3
        and tag.name not in ("nav", "footer")
    ):
        return (
            False  # a container of the report itself ("govuk-grid-row sidebar-with-body"), whatever its name
        )
    if (
        tag.find("h1") is not None
        or tag.find_parent(["article", "main"]) is not None
        and tag.name == "header"
    ):
        return False  # the report's own header (its title), not the site's
    if tag.name == "button" and tag.find_parent(["h1", "h2", "h3", "h4", "h5", "h6"]) is not None:
        return False  # an accordion's heading is its button: "Recommendation 1: Identifying repeat victims"
    if tag.name in _FURNITURE_TAGS:
        return True
    if (tag.get("role") or "").lower() in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    marks = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
    if tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        # a collapsed accordion or tab panel is the report's text, shown when the reader opens it
        return not (
            tag.get("aria-labelledby") or re.search(r"accordion|collapse|tab-?panel|disclosure", marks)
        )
    return bool(marks and _FURNITURE_WORDS.search(marks))


def read_html(data: bytes) -> tuple[list[Para], dict[str, str]]:
    """The paragraphs, and what the page declares about itself (its <title>, <time> elements, meta)."""
    from bs4 import BeautifulSoup, Tag

    if not data.strip():
        raise ReportError("the file is empty (0 bytes); save the web page again (File > Save as > Web page)")
    soup = BeautifulSoup(data, "lxml")
    declared: dict[str, str] = {}
    if soup.title and soup.title.get_text(strip=True):
        declared["html_title"] = clean(soup.title.get_text(" "))
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or meta.get("property") or "").lower()
        if key and meta.get("content"):
            declared[f"meta:{key}"] = meta["content"]
    times = []
    for t in soup.find_all("time"):
        label = clean(t.parent.get_text(" ")) if t.parent else ""
        times.append(f"{t.get('datetime', '')}|{label}")
    if times:
        declared["times"] = "\n".join(times)
    page_text = len(soup.get_text(" ", strip=True))
    furniture: list[str] = []
    for tag in list(soup.find_all(True)):
        if isinstance(tag, Tag) and not tag.decomposed and _is_furniture(tag, page_text):
            furniture.append(clean(tag.get_text(" ")))
            tag.decompose()
    # A date said only in the site's furniture ("Published: 14 March 2025" in a sidebar, a breadcrumb)
    # is kept for the date finder, which marks it for checking.
    declared["furniture"] = "\n".join(t for t in furniture if re.search(r"publish", t, re.I))[:4000]
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    for cell in root.find_all(["td", "th"]):
        if _layout_row(cell.find_parent("tr")):
            _wrap_loose_text(soup, cell)
    paras: list[Para] = []
    section = ""
    spans: dict[int, dict[int, tuple[str, int]]] = {}  # table -> column -> (text, rows still to cover)
    for node in root.find_all([*_BLOCKS, "div", "section", "article"]):
        if _inside_block(node):
            continue  # read as part of the block that holds it (a <p> inside an <li>)
        if node.name in ("div", "section", "article") and (
            node.find(_BLOCKS) is not None or node.find("div")
        ):
            continue  # a container; a leaf <div> holding text is read as a paragraph
        if node.name == "tr":
            if _layout_row(node):
                continue  # an old site's page layout: its cells' contents are read as paragraphs
            cells = _row_cells(node, spans)
            if any(cells):
                paras.append(
                    Para(text=" | ".join(c for c in cells if c), kind="row", cells=cells, section=section)
                )
            continue
        text = clean(node.get_text(" "))
        if not text:
            continue
        if node.name[0] == "h" and node.name[1:].isdigit():
            level = int(node.name[1])
            paras.append(Para(text=text, kind="heading", level=level, section=section))
            if level <= 2:
                section = text
            continue
        kind = {"li": "item", "dd": "item", "dt": "heading", "summary": "heading", "blockquote": "quote"}.get(
            node.name, "para"
        )
        para = Para(text=text, kind=kind, level=4 if kind == "heading" else 0, section=section)
        para.lead, para.bold = _lead(node, text)
        if node.name == "li" and node.parent is not None and node.parent.name == "ol":
            para.number = _list_number(node)
        paras.append(para)
    if not paras:
        raise ReportError("no text found in the web page; save the whole page (HTML), not a link to it")
    return paras, declared


_LAYOUT_CONTENT = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl", "blockquote")


def _row_cells(tr, spans: dict) -> list[str]:
    """A data row's cells, with the cells of rows above that span down into it (rowspan) put back in
    their columns, so every row of a table has the same columns."""
    table = tr.find_parent("table")
    pending = spans.setdefault(id(table), {})
    cells: list[str] = []
    own = iter(tr.find_all(["td", "th"], recursive=False))
    col = 0
    while True:
        if col in pending:
            text, left = pending[col]
            cells.append(text)
            if left <= 1:
                del pending[col]
            else:
                pending[col] = (text, left - 1)
            col += 1
            continue
        cell = next(own, None)
        if cell is None:
            break
        text = clean(cell.get_text(" "))
        try:
            rows = int(cell.get("rowspan", 1))
        except ValueError:
            rows = 1
        if rows > 1:
            pending[col] = (text, rows - 1)
        cells.append(text)
        col += 1
    return cells


def _layout_row(tr) -> bool:
    """A table row that lays out a page (an old site's design), not a row of data: it holds headings,
    paragraphs, lists or another table."""
    return tr is not None and tr.find(_LAYOUT_CONTENT) is not None


def _inside_block(node) -> bool:
    """Whether a block sits inside another block that is read whole; a layout row does not count."""
    parent = node.parent
    while parent is not None:
        if parent.name in _BLOCKS and not (parent.name == "tr" and _layout_row(parent)):
            return True
        parent = parent.parent
    return False


_INLINE = {"font", "b", "strong", "i", "em", "a", "span", "u", "small", "sup", "sub", "abbr", "br", "img"}


def _wrap_loose_text(soup, cell) -> None:
    """Text set straight into a layout cell, paragraphs parted by <br><br>: each run made a <p>, so it
    is read like any paragraph."""
    from bs4 import NavigableString, Tag

    runs: list[list] = [[]]
    for child in list(cell.children):
        if isinstance(child, NavigableString) or (isinstance(child, Tag) and child.name in _INLINE):
            runs[-1].append(child)
        else:
            runs.append([])
    for run in runs:
        pieces: list[list] = [[]]
        for child in run:  # a double <br> (also inside a <font>) ends a paragraph
            pieces[-1].append(child)
            if (
                isinstance(child, Tag)
                and child.name == "br"
                and pieces[-1][-2:-1]
                and getattr(pieces[-1][-2], "name", "") == "br"
            ):
                pieces.append([])
        for piece in pieces:
            if not any(clean(c.get_text(" ") if isinstance(c, Tag) else str(c)) for c in piece):
                continue
            p = soup.new_tag("p")
            piece[0].insert_before(p)
            for child in piece:
                p.append(child.extract())


def _lead(node, text: str) -> tuple[str, bool]:
    """The bold words the block opens with, and whether the whole block is bold."""
    from bs4 import NavigableString

    words: list[str] = []
    for child in node.descendants:
        if isinstance(child, NavigableString):
            if not child.strip():
                continue
            if child.find_parent(["strong", "b"]) is None and not _bold_style(child.parent):
                break
            words.append(str(child))
    lead = clean(" ".join(words))
    if lead and lead == text:
        return "", True
    return (lead if lead and text.startswith(lead[:20]) else ""), False


def _bold_style(tag) -> bool:
    style = (tag.get("style") or "").replace(" ", "").lower() if tag is not None else ""
    return "font-weight:bold" in style or "font-weight:700" in style


def _list_number(li) -> str:
    """The number a reader sees beside an item of an ordered list (its start and value attributes
    honoured)."""
    ol = li.parent
    try:
        n = int(ol.get("start", 1))
    except ValueError:
        n = 1
    for sibling in ol.find_all("li", recursive=False):
        if sibling.get("value", "").isdigit():
            n = int(sibling["value"])
        if sibling is li:
            break
        n += 1
    if (ol.get("type") or "") in ("a", "A"):
        letter = chr(ord("a") + n - 1)
        return letter.upper() if ol.get("type") == "A" else letter
    return str(n)
