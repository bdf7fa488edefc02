"""What the palette can offer: one :class:`PaletteEntry` per action, page key or record.

Actions are read from the window's menus as they are now (a disabled action is not
offered: it could not run), page keys from :mod:`app.ui.palette.page_keys`, records
(contacts, lists, segments, cadences) from the database by :mod:`app.ui.palette.search`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.palette.page_keys import PageKey

#: The kinds of entry, in the order the palette lists them.
KINDS = ("action", "key", "list", "segment", "cadence", "contact")


@dataclass(frozen=True)
class PaletteEntry:
    """One line of the palette.

    Attributes:
        kind: one of :data:`KINDS`.
        title: the main text ("Import contacts…", "Anna Petrova").
        detail: shown on the right: the shortcut of an action, a contact's company.
        section: where it lives ("File", "Today", "Contact").
        run: what Enter does.
        ident: a stable name for tests and for keeping the selection ("action:actionImport",
            "contact:12").
    """

    kind: str
    title: str
    detail: str
    section: str
    run: Callable[[], object] = field(compare=False, repr=False)
    ident: str = ""


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marks ("&Open…" -> "Open…", "R&&D" -> "R&D")."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def shortcut_text(action: QAction) -> str:
    """The action's first shortcut as this platform writes it ("Ctrl+K"), or ""."""
    sequence = action.shortcut()
    return "" if sequence.isEmpty() else sequence.toString(QKeySequence.SequenceFormat.NativeText)


def menu_actions(menu_bar: QMenuBar) -> Iterator[tuple[str, QAction]]:
    """Every action of every menu, with the menu's title, submenus walked (not their own
    entry); separators left out. Menus filled only when they open contribute what they
    hold now."""

    def walk(menu: QMenu, title: str) -> Iterator[tuple[str, QAction]]:
        for action in menu.actions():
            if action.isSeparator():
                continue
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                yield from walk(submenu, title)
            else:
                yield title, action

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            yield from walk(menu, plain_text(top.text()))


def action_entries(menu_bar: QMenuBar) -> list[PaletteEntry]:
    """The menus' enabled, visible actions as palette entries."""
    out = []
    for section, action in menu_actions(menu_bar):
        if not action.isEnabled() or not action.isVisible() or not action.text():
            continue
        ident = action.objectName() or plain_text(action.text())
        out.append(
            PaletteEntry(
                "action",
                plain_text(action.text()),
                shortcut_text(action),
                section,
                action.trigger,
                f"action:{ident}",
            )
        )
    return out


def key_entries(
    keys: list[PageKey], page_titles: dict[str, str], run: Callable[[str, str], object]
) -> list[PaletteEntry]:
    """The pages' own keys as entries; ``run(page, command)`` shows the page and acts."""
    return [
        PaletteEntry(
            "key",
            key.title,
            key.keys,
            page_titles.get(key.page, key.page),
            partial(run, key.page, key.command),
            f"key:{key.page}:{key.command}:{key.keys}",
        )
        for key in keys
    ]


def section_name(kind: str) -> str:
    """The section shown for a record kind."""
    names = {
        "contact": QCoreApplication.translate("Palette", "Contact"),
        "list": QCoreApplication.translate("Palette", "List"),
        "segment": QCoreApplication.translate("Palette", "Segment"),
        "cadence": QCoreApplication.translate("Palette", "Cadence"),
    }
    return names.get(kind, kind)
