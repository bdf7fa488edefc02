"""The plain-text part of an HTML email, made with the standard library's ``html.parser``.

Simple HTML only (what a sales email holds): paragraphs and line breaks become blank lines
and newlines, list items get a dash, a link whose text is not its address keeps the
address in brackets, ``<script>``/``<style>``/``<head>`` are dropped. This is not a
sanitiser: the template author writes the markup, and merged values are escaped by the
renderer before they reach it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Final

__all__ = ["html_to_text"]

_BLOCKS: Final = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
     "section", "article", "header", "footer", "hr"}
)  # fmt: skip
_LINES: Final = frozenset({"tr", "li", "dt", "dd"})
_HIDDEN: Final = frozenset({"script", "style", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_PRE_SPACE: Final = "\ue000"  # a private-use character, never in real mail text
_PRE_LINE_START = re.compile(r"(?:(?<=\n)|^) +")


class _TextMaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._links: list[tuple[str, int]] = []  # href, where its text starts in parts
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in _LINES:
            self.parts.append("\n- " if tag == "li" else "\n")
        elif tag == "pre":
            self._pre += 1
            self.parts.append("\n\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._links.append((href, len(self.parts)))
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS or tag == "pre":
            self.parts.append("\n\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
        elif tag == "a" and self._links:
            href, start = self._links.pop()
            text = "".join(self.parts[start:]).strip()
            shown = href.removeprefix("mailto:")
            if href and shown != text and not href.startswith("#"):
                self.parts.append(f" ({shown})" if text else shown)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._pre:
            # Leading spaces of preformatted lines survive the final strip as placeholders.
            self.parts.append(_PRE_LINE_START.sub(lambda m: _PRE_SPACE * len(m.group(0)), data))
        else:
            # Source line breaks inside a paragraph are spaces, as a browser shows them.
            self.parts.append(_SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> str:
    """The text a reader sees in ``html``, laid out with newlines.

    Args:
        html: Simple HTML (a fragment or a whole document).

    Returns:
        Plain text: no trailing spaces on lines, at most one blank line in a row, no
        leading or trailing blank lines.
    """
    maker = _TextMaker()
    maker.feed(html)
    maker.close()
    text = "".join(maker.parts)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip("\n").replace(_PRE_SPACE, " ")
