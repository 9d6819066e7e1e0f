"""A small, offline accessibility checker for server-rendered pages (the parts of axe that matter here).

It parses a page with the standard library and reports: missing ``lang``/``<title>``, not exactly one
``<h1>``, a skip link without its target, duplicate ids, images without ``alt``, form controls without an
accessible name (``<label for>``, a wrapping ``<label>``, ``aria-label`` or ``aria-labelledby``) and
buttons or links without text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

UNLABELLED_INPUT_TYPES = {"hidden", "submit", "button", "reset", "image"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    in_label: bool = False
    children: list[Element] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: (v or "") for k, v in attrs}, in_label=any(e.tag == "label" for e in self.stack))
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element.text += data
        if self.stack and self.stack[-1].tag == "title":
            self.title += data


def problems(html: str) -> list[str]:
    parser = _Parser()
    parser.feed(html)
    elements = parser.elements
    found: list[str] = []
    html_tag = next((e for e in elements if e.tag == "html"), None)
    if html_tag is None or not html_tag.attrs.get("lang"):
        found.append("<html> has no lang attribute")
    if not parser.title.strip():
        found.append("page has no <title>")
    h1 = [e for e in elements if e.tag == "h1"]
    if len(h1) != 1:
        found.append(f"page has {len(h1)} <h1> elements")
    ids = [e.attrs["id"] for e in elements if e.attrs.get("id")]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        found.append(f"duplicate ids: {duplicates}")
    skip = [e for e in elements if "skip-link" in e.attrs.get("class", "").split()]
    if not skip or skip[0].attrs.get("href", "").lstrip("#") not in ids:
        found.append("no skip link to an element of the page")
    labelled = {e.attrs.get("for") for e in elements if e.tag == "label" and e.text.strip()}
    for element in elements:
        name = element.attrs.get("name") or element.attrs.get("id") or element.tag
        if element.tag == "img" and "alt" not in element.attrs:
            found.append(f"image without alt: {element.attrs.get('src')}")
        is_control = element.tag in ("select", "textarea") or (
            element.tag == "input" and element.attrs.get("type", "text") not in UNLABELLED_INPUT_TYPES)
        if is_control and not (
            element.in_label or element.attrs.get("aria-label", "").strip() or element.attrs.get("aria-labelledby")
            or (element.attrs.get("id") and element.attrs["id"] in labelled) or element.attrs.get("title", "").strip()
        ):
            found.append(f"form control without a label: <{element.tag} name={name!r}>")
        if element.tag == "button" and not (element.text.strip() or element.attrs.get("aria-label", "").strip()):
            found.append(f"button without text: {name!r}")
        if element.tag == "a" and element.attrs.get("href") is not None and not (
            element.text.strip() or element.attrs.get("aria-label", "").strip()
        ) and not any(child.tag == "img" for child in element.children):
            found.append(f"link without text: {element.attrs.get('href')}")
    return found
