"""The command palette (Ctrl+K): actions, page keys, contacts, lists, segments, cadences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.storage.database import open_database
from app.storage.lists import create_list
from app.storage.segments import save_segment
from app.ui.cadences.page import CadencesPage
from app.ui.lists.page import ListsPage
from app.ui.main_window import MainWindow
from app.ui.palette.entries import PaletteEntry, plain_text
from app.ui.palette.matching import fold, match_score
from app.ui.palette.model import PaletteModel
from app.ui.palette.popup import CommandPalette
from tests.ui.conftest import make_demo_file, window_on_copy

WAIT_MS = 15_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = make_demo_file(tmp_path_factory.mktemp("palette"), migrated_template, 200)
    db = open_database(path)
    try:
        create_list(db, "Élan partners")
        save_segment(
            db, "Zürich CFOs", {"all": [{"field": "title", "op": "contains", "value": "CFO"}]}
        )
        with db.transaction() as conn:
            conn.execute(
                text(
                    "UPDATE contacts SET full_name = 'Ørjan Ångström', first_name = 'Ørjan',"
                    " last_name = 'Ångström' WHERE id = (SELECT MIN(id) FROM contacts)"
                )
            )
    finally:
        db.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = window_on_copy(qtbot, demo_file, tmp_path)
    yield win
    win.close()


def open_palette(qtbot: QtBot, window: MainWindow) -> CommandPalette:
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    palette = window.navigation.palette
    assert palette is not None
    qtbot.waitUntil(palette.isVisible)
    assert palette.search.hasFocus()
    return palette


def titles(palette: CommandPalette) -> list[str]:
    return [e.title for e in palette.model.entries]


def type_and_wait_contacts(qtbot: QtBot, palette: CommandPalette, query: str) -> None:
    with qtbot.waitSignal(palette.contacts_found, timeout=WAIT_MS):
        qtbot.keyClicks(palette.search, query)


def test_matching_is_word_prefix_case_and_accent_insensitive() -> None:
    assert match_score("imp con", "&Import contacts…") is not None
    assert match_score("con imp", "Import contacts…") is not None  # any order
    assert match_score("port", "Import contacts…") is None  # the start of a word only
    assert match_score("zur", "Zürich CFOs") is not None
    assert match_score("ЁЛК", "ёлка новая") is not None
    assert fold("Ångström") == "angstrom"
    # The first word first; words in order before words out of order.
    first = match_score("imp", "Import contacts")
    later = match_score("imp", "Recent imports")
    assert first is not None and later is not None and first < later


def test_plain_text_drops_mnemonics_keeps_ampersands() -> None:
    assert plain_text("&Open database…") == "Open database…"
    assert plain_text("R&&D") == "R&D"


def test_ctrl_k_finds_an_action_with_its_shortcut_and_enter_runs_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.search, "xyzzy")
    assert titles(palette) == []
    qtbot.waitUntil(lambda: palette.hint.text() == "Nothing found for “xyzzy”", timeout=WAIT_MS)
    palette.search.clear()
    qtbot.keyClicks(palette.search, "repo")
    entry = palette.current_entry()
    assert entry is not None and entry.title == "Reports" and entry.kind == "action"
    assert entry.detail == QKeySequence("Ctrl+8").toString(QKeySequence.SequenceFormat.NativeText)
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().key == "reports")
    assert not palette.isVisible()


def test_arrows_move_and_escape_closes(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.search, "data")  # New database…, Open database…
    assert len(palette.model.entries) >= 2
    assert palette.view.currentIndex().row() == 0
    qtbot.keyClick(palette.search, Qt.Key.Key_Down)
    assert palette.view.currentIndex().row() == 1
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)  # stays on the first
    assert palette.view.currentIndex().row() == 0
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_page_keys_are_listed_with_their_key(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    qtbot.keyClicks(palette.search, "next item")
    entry = palette.current_entry()
    assert entry is not None
    assert (entry.kind, entry.section, entry.detail) == ("key", "Today", "J")
    palette.search.clear()
    qtbot.keyClicks(palette.search, "move selected card")
    entry = palette.current_entry()
    assert entry is not None and entry.section == "Pipeline" and entry.detail == "1–9"


def test_a_contact_is_found_off_the_gui_thread_and_opened_in_lists(
    qtbot: QtBot, window: MainWindow
) -> None:
    palette = open_palette(qtbot, window)
    type_and_wait_contacts(qtbot, palette, "angst")
    contacts = [e for e in palette.model.entries if e.kind == "contact"]
    assert [e.title for e in contacts] == ["Ørjan Ångström"]
    row = palette.model.entries.index(contacts[0])
    palette.view.setCurrentIndex(palette.model.index(row, 0))
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().key == "lists")
    lists = window.current_page()
    assert isinstance(lists, ListsPage)
    contact_id = int(contacts[0].ident.split(":")[1])

    def selected() -> bool:
        rows = lists.table.selectionModel().selectedRows()
        return [lists.model.contact_id(i.row()) for i in rows] == [contact_id]

    qtbot.waitUntil(selected, timeout=WAIT_MS)
    assert lists.detail.isVisible()


def test_contact_results_are_bounded(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    type_and_wait_contacts(qtbot, palette, "a")
    contacts = [e for e in palette.model.entries if e.kind == "contact"]
    assert 0 < len(contacts) <= 20


def test_lists_segments_and_cadences_open_on_their_pages(qtbot: QtBot, window: MainWindow) -> None:
    palette = open_palette(qtbot, window)
    assert palette.names_job is not None
    qtbot.waitUntil(lambda: not palette.names_job.is_running, timeout=WAIT_MS)  # type: ignore[union-attr]
    qtbot.keyClicks(palette.search, "elan")
    entry = palette.current_entry()
    assert entry is not None and (entry.kind, entry.title) == ("list", "Élan partners")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().key == "lists")
    lists = window.current_page()
    assert isinstance(lists, ListsPage)
    qtbot.waitUntil(lambda: lists.current_scope.name == "Élan partners", timeout=WAIT_MS)

    palette = open_palette(qtbot, window)
    qtbot.waitUntil(lambda: "Zürich CFOs" in titles(palette), timeout=WAIT_MS)
    qtbot.keyClicks(palette.search, "zurich")
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lists.current_scope.kind == "segment", timeout=WAIT_MS)
    assert lists.current_scope.name == "Zürich CFOs"

    palette = open_palette(qtbot, window)
    qtbot.waitUntil(
        lambda: any(e.kind == "cadence" for e in palette.model.entries), timeout=WAIT_MS
    )
    qtbot.keyClicks(palette.search, "inbound speed")  # "Inbound — speed to lead"
    cadence = palette.current_entry()
    assert cadence is not None and cadence.kind == "cadence"
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page().key == "cadences")
    page = window.current_page()
    assert isinstance(page, CadencesPage)
    qtbot.waitUntil(lambda: page.name_edit.text() == cadence.title, timeout=WAIT_MS)


def test_palette_model_is_sound(qtmodeltester, qtbot: QtBot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    palette = open_palette(qtbot, window)
    qtmodeltester.check(palette.model)
    model = PaletteModel()
    model.set_entries([PaletteEntry("action", "A", "Ctrl+A", "File", lambda: None, "a")])
    qtmodeltester.check(model)


def test_the_palette_opens_from_inside_a_text_field(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("lists")
    lists = window.current_page()
    assert isinstance(lists, ListsPage)
    qtbot.waitUntil(lists.search_field.isVisible, timeout=WAIT_MS)
    lists.search_field.setFocus()
    qtbot.keySequence(lists.search_field, QKeySequence("Ctrl+Shift+K"))
    palette = window.navigation.palette
    assert palette is not None and palette.isVisible() and palette.search.hasFocus()
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    assert lists.search_field.hasFocus()  # back where the user was
