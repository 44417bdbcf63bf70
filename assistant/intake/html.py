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
    if tag.name in _FURNITURE_TAGS:
        return True
    if (tag.get("role") or "").lower() in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    if tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        return True
    marks = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
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
    for tag in list(soup.find_all(True)):
        if isinstance(tag, Tag) and not tag.decomposed and _is_furniture(tag, page_text):
            tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    paras: list[Para] = []
    section = ""
    for node in root.find_all([*_BLOCKS, "div", "section", "article"]):
        if node.find_parent(_BLOCKS) is not None:
            continue  # read as part of the block that holds it (a <p> inside an <li>)
        if node.name in ("div", "section", "article") and (
            node.find(_BLOCKS) is not None or node.find("div")
        ):
            continue  # a container; a leaf <div> holding text is read as a paragraph
        if node.name == "tr":
            cells = [clean(c.get_text(" ")) for c in node.find_all(["td", "th"], recursive=False)]
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
        kind = (
            "item" if node.name in ("li", "dd") else "heading" if node.name in ("dt", "summary") else "para"
        )
        para = Para(text=text, kind=kind, level=4 if kind == "heading" else 0, section=section)
        para.lead, para.bold = _lead(node, text)
        if node.name == "li" and node.parent is not None and node.parent.name == "ol":
            para.number = _list_number(node)
        paras.append(para)
    if not paras:
        raise ReportError("no text found in the web page; save the whole page (HTML), not a link to it")
    return paras, declared


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
