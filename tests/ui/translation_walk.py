"""What a translation walk needs: the catalogue of English source texts, and the visible text
of a window or dialog.

A visible string is "still English" when it is one of our source texts (or one with its
placeholders filled in: "Moved %1 to %2" -> "Moved Ivan to Qualified") and the language's
``.ts`` translates that text into something else. Texts the translator kept as they are
("LinkedIn", "CSV…", "SDR") are allowed by that rule, without a hand-kept list.

A text that never reached the ``.ts`` (no ``tr()``, or a call lupdate cannot read) is not in
the catalogue; buttons, group boxes, tabs, menus, headers and placeholders hold no user
data, so there a text of ASCII letters only, made of English words the catalogue uses,
is reported as well (a translated text has letters of its language: "Пн", "周一", "Į eilę").
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from app.core.templating import MERGE_FIELDS
from app.ui.languages import INTERFACE_LANGUAGES

#: Shown as they are in every language: each language's own name in the language choice,
#: and the merge fields' names, which are what a template writer types ({{ company }}).
ALLOWED = frozenset(INTERFACE_LANGUAGES.values()) | frozenset(MERGE_FIELDS)

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"

# A placeholder in a source text: %1, %L1, %n, %Ln, {name}, %step (the cadence checks').
_PLACEHOLDER = re.compile(r"%L?\d|%L?n\b|\{[a-z_]+\}|%[a-z]+")
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[A-Za-z]{3,}")

#: Words of the source texts that are not English words to a reader of another language:
#: the brand, key names, formats, protocols and products.
NOT_ENGLISH = frozenset(
    {
        "prospect", "desk", "csv", "tsv", "txt", "xlsx", "xls", "ods", "vcf", "vcard",
        "json", "pdf", "png", "ics", "html", "smtp", "imap", "ssl", "tls", "starttls",
        "dns", "spf", "dkim", "dmarc", "linkedin", "wechat", "excel", "opendocument",
        "postgresql", "voip", "sla", "sdr", "sdrs", "icp", "esc", "enter", "ctrl", "shift",
        "tab", "utf", "ascii", "gmail", "yahoo", "windows", "mac", "roman", "latin",
        "gbk", "big", "jis", "euc", "koi", "iso", "dos", "zip", "gzip", "rar", "sha",
        "wal", "pg_dump", "https", "http", "mailto", "tel", "sip", "callto", "begin",
        "end", "acme", "com",
    }
)  # fmt: skip


def _mnemonic_free(text: str) -> str:
    """``text`` as shown: "&File" -> "File", "A && B" -> "A & B", "文件(&F)" -> "文件(F)"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass
class Catalogue:
    """The English source texts of one language's ``.ts`` that it translates differently."""

    language: str
    exact: set[str] = field(default_factory=set)
    patterns: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    _compiled: re.Pattern[str] | None = None

    @classmethod
    def load(cls, language: str) -> Catalogue:
        """Read ``prospect_desk_<language>.ts``."""
        catalogue = cls(language)
        kept: set[str] = set()
        root = ET.parse(I18N / f"prospect_desk_{language}.ts").getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            forms = [] if translation is None else translation.findall("numerusform")
            texts = (
                [f.text or "" for f in forms]
                if forms
                else ["" if translation is None else translation.text or ""]
            )
            if finished and all(t == source for t in texts):
                # Kept as it is on purpose ("LinkedIn", "%1 — %2"); the same text may be
                # translated in another context, but a visible string has no context.
                kept.add(source)
                continue
            catalogue.add(source)
        catalogue.exact -= {_mnemonic_free(k) for k in kept}
        catalogue._compiled = re.compile(
            "|".join(f"(?:{p})" for p in catalogue.patterns), re.DOTALL
        )
        return catalogue

    def add(self, source: str) -> None:
        """Record one source text that must not be seen in English."""
        shown = _mnemonic_free(source)
        self.words.update(w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", shown)))
        parts = _PLACEHOLDER.split(shown)
        if len(parts) == 1:
            self.exact.add(shown)
            for line in shown.splitlines():
                if line.strip():
                    self.exact.add(line.strip())
            return
        if not any(_WORD.search(p) for p in parts):
            return  # only placeholders and punctuation: nothing to translate in it
        # "(s)" plurals are shown as written when no translation resolves them.
        self.patterns.append(".+?".join(re.escape(p) for p in parts))

    def is_english(self, text: str) -> bool:
        """True when ``text`` is one of the catalogue's texts, placeholders filled in or not."""
        if text in self.exact:
            return True
        return self._compiled is not None and self._compiled.fullmatch(text) is not None

    def english_words(self, text: str) -> list[str]:
        """The English words of the catalogue in ``text`` when it reads as English, else [].

        English: at least two words, all of them the catalogue's; or, in a sentence of four
        words or more, all but one in five (a sentence may name a product or a standard,
        "SMTPUTF8", that no other text of the app uses).
        """
        words = [w for w in _WORD.findall(text) if w.lower() not in NOT_ENGLISH]
        english = [w for w in words if w.lower() in self.words]
        if len(english) >= 2 and len(english) == len(words):
            return english
        if len(words) >= 4 and len(english) >= 0.8 * len(words):
            return english
        return []


@dataclass(frozen=True)
class Seen:
    """One visible text and where it was seen."""

    text: str
    where: str
    chrome: bool  # a button, title, tab, menu, header or placeholder: never user data


def _lines(text: str) -> Iterator[str]:
    plain = html.unescape(_TAG.sub("\n", text)) if "<" in text else text
    for line in plain.splitlines():
        if line.strip():
            yield line.strip()


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    top = widget.window()
    return f"{top.objectName() or type(top).__name__}/{name}"


def _hover_texts(widget: QWidget, where: str) -> Iterator[Seen]:
    """What a widget says besides its text: tooltip, status tip, "What's this?", and what a
    screen reader reads out (accessible name and description).

    They are interface ("chrome"): an English text there is reported even when it is not in
    the ``.ts``; except a tooltip that repeats the widget's own text (a name or an address
    cut short on screen), which is as much user data as the text itself.
    """
    own = ""
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        own = _TAG.sub("", widget.text())
    for kind, text in (
        ("tooltip", widget.toolTip()),
        ("status tip", widget.statusTip()),
        ("what's this", widget.whatsThis()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    ):
        for line in _lines(text):
            repeats_own_text = bool(own) and (line == own or line.startswith(own.rstrip("…")))
            yield Seen(line, f"{where} {kind}", not repeats_own_text)


def _action_texts(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    """An action's text, tooltip and status tip (a tool bar's, a line edit's, a menu's)."""
    for action in actions:
        if not action.isVisible() or action.isSeparator():
            continue
        for kind, text in (
            ("action", _mnemonic_free(action.text())),
            ("action tooltip", action.toolTip()),
            ("action status tip", action.statusTip()),
        ):
            for line in _lines(text):
                yield Seen(line, f"{where} {kind}", True)


#: Rows of a table whose cell tooltips are read (the first screen of a long table).
TOOLTIP_ROWS = 25


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[Seen]:
    """A view's header texts and tooltips, and its first rows' cell tooltips.

    Cell tooltips often repeat data (a name cut short), so only exact catalogue texts count
    there; headers are interface.
    """
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    # A list model's columnCount is private (always one column).
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns if isinstance(view, QTableView | QTreeView) else 0):
        for role, kind in (
            (Qt.ItemDataRole.DisplayRole, "header"),
            (Qt.ItemDataRole.ToolTipRole, "header tooltip"),
        ):
            header = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                for line in _lines(header):
                    yield Seen(line, f"{where} {kind}", True)
    for row in range(min(model.rowCount(root), TOOLTIP_ROWS)):
        for column in range(columns):
            tip = model.index(row, column, root).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                for line in _lines(tip):
                    yield Seen(line, f"{where} cell tooltip", False)


def visible_texts(top: QWidget) -> Iterator[Seen]:
    """Every text a user sees in ``top`` and its visible children (menus included), and what
    each says on hover or to a screen reader (tooltips, status tips, accessible names)."""
    if top.windowTitle():
        yield Seen(top.windowTitle(), f"{_describe(top)} title", True)
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _describe(widget)
        yield from _hover_texts(widget, where)
        if not isinstance(widget, QMenu):  # a menu's actions are read with the menu bar
            yield from _action_texts(widget.actions(), f"{where} own")
        if isinstance(widget, QLabel):
            for line in _lines(widget.text()):
                yield Seen(line, where, False)
        elif isinstance(widget, QAbstractButton):
            for line in _lines(widget.text()):
                yield Seen(_mnemonic_free(line), where, True)
        elif isinstance(widget, QGroupBox):
            yield Seen(_mnemonic_free(widget.title()), where, True)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield Seen(_mnemonic_free(widget.tabText(i)), where, True)
                for line in _lines(widget.tabToolTip(i)):
                    yield Seen(line, f"{where} tab tooltip", True)
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            yield Seen(widget.placeholderText(), where, True)
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            yield from _model_texts(widget, where)
        if isinstance(widget, QComboBox):
            # Choices: the fixed ones are interface, others (lists, reps) are user data.
            for i in range(widget.count()):
                yield Seen(widget.itemText(i), f"{where} choice", False)
                tip = widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    for line in _lines(tip):
                        yield Seen(line, f"{where} choice tooltip", False)
        if isinstance(widget, QChartView):
            yield from _chart_texts(widget, where)
        if isinstance(widget, QListWidget):
            # The sidebar; other lists may hold user data, so only exact texts count there.
            for row in range(widget.count()):
                yield Seen(widget.item(row).text(), where, False)
                for line in _lines(widget.item(row).toolTip()):
                    yield Seen(line, f"{where} item tooltip", False)
    if isinstance(top, QMainWindow):
        yield from _menu_texts(top.menuBar().actions(), "menu")


def _chart_texts(view: QChartView, where: str) -> Iterator[Seen]:
    """A chart's title, series (its legend) and axes; category labels may be user data."""
    chart = view.chart()
    if chart.title():
        yield Seen(chart.title(), f"{where} chart title", True)
    for series in chart.series():
        if series.name():
            yield Seen(series.name(), f"{where} series", True)
    for axis in chart.axes():
        if axis.titleText():
            yield Seen(axis.titleText(), f"{where} axis", True)
        if isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield Seen(category, f"{where} category", False)


def _menu_texts(actions: Iterable[QAction], where: str) -> Iterator[Seen]:
    """Menu entries: text, tooltip (shown on hover where a menu allows it), status tip."""
    for action in actions:
        text = action.text()
        if text:
            yield Seen(_mnemonic_free(text), where, True)
        for kind, tip in (("tooltip", action.toolTip()), ("status tip", action.statusTip())):
            for line in _lines(tip):
                yield Seen(line, f"{where}/{_mnemonic_free(text)} {kind}", True)
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu.actions(), f"{where}/{_mnemonic_free(text)}")


def _latin_letters_only(text: str) -> bool:
    """True when every letter of ``text`` is ASCII ("• Not checked." yes, "Įmonė" no)."""
    return all(ch.isascii() for ch in text if ch.isalpha())


def untranslated(catalogue: Catalogue, seen: Iterable[Seen]) -> list[str]:
    """The visible texts still in English, each once, with where they were seen."""
    found: dict[str, str] = {}
    for item in seen:
        text = item.text.strip()
        if not text or text in found or text in ALLOWED:
            continue
        if catalogue.is_english(text):
            found[text] = item.where
        elif item.chrome and _latin_letters_only(text) and catalogue.english_words(text):
            found[text] = f"{item.where} (not in the .ts)"
    return [f"{text!r} at {where}" for text, where in sorted(found.items())]
