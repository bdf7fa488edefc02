"""The Lists page as an SDR uses it: search, sort, select, add to a list, undo, segments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.storage.contacts import browse, choices
from app.storage.database import Database
from app.storage.lists import lists_with_counts
from app.ui.lists.contact_table_model import COLUMN_KEYS
from app.ui.lists.page import ListsPage, ScopeRef
from app.ui.lists.segment_editor import SegmentEditor
from tests.ui.conftest import make_demo_file, window_on_copy

WAIT_MS = 15_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    return make_demo_file(tmp_path_factory.mktemp("lists-page"), migrated_template, 300)


@pytest.fixture
def page(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[ListsPage]:
    win = window_on_copy(qtbot, demo_file, tmp_path)
    win.show_page("lists")
    lists = win.current_page()
    assert isinstance(lists, ListsPage)
    qtbot.waitUntil(lambda: lists.count_label.text() == "300 contacts", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: lists.model.rowCount() > 0 and not lists.model.is_loading)
    yield lists  # the window stays referenced here until the test ends
    win.close()


def visible_names(page: ListsPage) -> list[str]:
    column = COLUMN_KEYS.index("name")
    return [str(page.model.data(page.model.index(r, column))) for r in range(page.model.rowCount())]


def db_of(page: ListsPage) -> Database:
    assert page.database is not None
    return page.database


def test_typing_narrows_rows_to_search_matches(qtbot: QtBot, page: ListsPage) -> None:
    # QTest types ASCII only (it asserts on other keys): pick a Latin-script surname.
    with db_of(page).reading() as conn:
        rows = browse.rows_for_ids(conn, list(range(1, 60)))
    target = next(r for r in rows.values() if r.name.isascii() and len(r.name.split()[-1]) > 4)
    word = target.name.split()[-1][:4]
    with db_of(page).reading() as conn:
        expected = browse.count(conn, browse.Scope(search=word))
    model = page.model
    qtbot.keyClicks(page.search_field, word)
    qtbot.waitUntil(lambda: model.scope.search == word and not model.is_loading, timeout=WAIT_MS)
    assert model.rowCount() == expected < 300
    assert target.id in model.ids
    qtbot.waitUntil(lambda: "match" in page.count_label.text(), timeout=WAIT_MS)
    assert page.count_label.text().endswith(f"{expected} match" + ("es" if expected > 1 else ""))

    page.search_field.clear()
    qtbot.keyClicks(page.search_field, "zzqqxx")
    qtbot.waitUntil(lambda: page.table_stack.currentWidget() is page.table_empty, timeout=WAIT_MS)
    assert page.table_empty.title_label.text() == "No contacts match “zzqqxx”"
    qtbot.mouseClick(page.table_empty.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.scope.search, timeout=WAIT_MS)


def test_clicking_a_header_sorts(qtbot: QtBot, page: ListsPage) -> None:
    header = page.table.horizontalHeader()
    fit = COLUMN_KEYS.index("fit_score")
    x = header.sectionViewportPosition(fit) + header.sectionSize(fit) // 2
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    order = page.model.sort_order
    assert order.key is browse.SortKey.FIT_SCORE
    rows = [page.model.row_tuple(r) for r in range(page.model.rowCount())]
    scores = [row.fit_score for row in rows if row is not None]
    keyed = [-1 if s is None else s for s in scores]
    assert keyed == sorted(keyed, reverse=order.descending)
    # A column without an index keeps the sort (and its arrow) where it was.
    tags = COLUMN_KEYS.index("tags")
    x = header.sectionViewportPosition(tags) + header.sectionSize(tags) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == fit and page.model.sort_order == order


def select_rows(page: ListsPage, rows: list[int]) -> list[int]:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return page.selected_ids()


def test_add_to_list_and_undo(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = select_rows(page, [0, 2, 4])
    assert page.bulk_buttons["add_to_list"].isEnabled()
    target = "Top accounts Q3"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (target, True))
    with db_of(page).reading() as conn:
        [info] = [i for i in lists_with_counts(conn) if i.name == target]
        before = set(every(conn, info.id))
    assert not set(ids) & before
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["add_to_list"], Qt.MouseButton.LeftButton)
    assert page.message_bar.label.text() == f"Added 3 contacts to “{target}”."
    with db_of(page).reading() as conn:
        assert set(every(conn, info.id)) == before | set(ids)
    qtbot.waitUntil(
        lambda: page._find_item(ScopeRef("list", info.id)).text(1) == str(info.count + 3),  # type: ignore[union-attr]
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.message_bar.action_button, Qt.MouseButton.LeftButton)
    with db_of(page).reading() as conn:
        assert set(every(conn, info.id)) == before


def every(conn: object, list_id: int) -> list[int]:
    return browse.all_ids(conn, browse.Scope(list_id=list_id), browse.Sort())  # type: ignore[arg-type]


def test_new_list_from_selection_then_empty_list_state(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = select_rows(page, [1, 3])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Звонки 周一", True))
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["new_list"], Qt.MouseButton.LeftButton)
    with db_of(page).reading() as conn:
        [info] = [i for i in lists_with_counts(conn) if i.name == "Звонки 周一"]
    assert info.count == 2
    qtbot.waitUntil(lambda: page._find_item(ScopeRef("list", info.id)) is not None)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.select_scope(ScopeRef("list", info.id, info.name))
    assert sorted(page.model.ids) == sorted(ids)
    select_rows(page, [0, 1])
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["remove_from_list"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table_stack.currentWidget() is page.table_empty, timeout=WAIT_MS)
    assert page.table_empty.title_label.text() == "This list is empty"


def test_delete_and_undo_keep_the_table_in_step(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = select_rows(page, [0, 1])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["delete"], Qt.MouseButton.LeftButton)
    assert page.message_bar.label.text() == "Deleted 2 contacts."
    assert not set(ids) & set(page.model.ids)
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        page.undo_last()
    qtbot.waitUntil(lambda: set(ids) <= set(page.model.ids), timeout=WAIT_MS)


def test_do_not_contact_from_the_lists_page_suppresses_email_and_phone(
    qtbot: QtBot, page: ListsPage
) -> None:
    """Compliance: the flag alone would not stop a cadence email or a dial."""
    from sqlalchemy import select

    from app.storage.schema import Contact
    from app.storage.suppressions import is_suppressed

    [contact_id] = select_rows(page, [0])
    with db_of(page).reading() as conn:
        email, phone = conn.execute(
            select(Contact.email, Contact.phone_e164).where(Contact.id == contact_id)
        ).one()
    assert email and phone  # the demo's first rows have both
    assert not is_suppressed(db_of(page), "email", email)
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["dnc"], Qt.MouseButton.LeftButton)
    assert page.message_bar.label.text() == "Marked 1 contact do not contact."
    assert is_suppressed(db_of(page), "email", email)
    assert is_suppressed(db_of(page), "phone", phone)
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        page.undo_last()
    assert not is_suppressed(db_of(page), "email", email)


def test_segment_editor_saves_and_the_count_matches(qtbot: QtBot, page: ListsPage) -> None:
    editor = page.edit_segment(None)
    assert isinstance(editor, SegmentEditor)
    editor.name.setText("Высокий fit")  # QTest cannot type Cyrillic
    row = editor.rows[0]
    row.field.setCurrentIndex(row.field.findData("fit_score"))
    row.op.setCurrentIndex(row.op.findData(">="))
    with qtbot.waitSignal(editor.preview_counted, timeout=WAIT_MS) as counted:
        qtbot.keyClicks(row.number, "60")
    with db_of(page).reading() as conn:
        from app.core.segments import parse_segment

        expected = browse.count(
            conn,
            browse.Scope(
                segment=parse_segment({"all": [{"field": "fit_score", "op": ">=", "value": 60}]})
            ),  # fmt: skip
        )
    assert counted.args == [expected] and expected > 0
    with qtbot.waitSignal(page.counts_updated, timeout=WAIT_MS):
        editor.buttons.button(editor.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.current_scope.kind == "segment", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.count_label.text() == f"{expected} contacts", timeout=WAIT_MS)
    item = page._find_item(page.current_scope)
    assert item is not None and item.text(0) == "Высокий fit" and item.text(1) == str(expected)
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=WAIT_MS)
    while page.model.canFetchMore():
        with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
            page.model.fetchMore()
    assert page.model.rowCount() == expected


def test_column_chooser_hides_and_remembers(qtbot: QtBot, page: ListsPage) -> None:
    from app.ui import settings

    title = COLUMN_KEYS.index("title")
    page.set_column_visible(title, False)
    assert page.table.isColumnHidden(title)
    assert not settings.LISTS_TABLE_HEADER.get().isEmpty()
    fresh = ListsPage()
    qtbot.addWidget(fresh)
    assert fresh.table.isColumnHidden(title)
    fresh.reset_columns()
    assert not fresh.table.isColumnHidden(title)


def test_select_all_takes_the_whole_scope_not_only_loaded_rows(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.lists import contact_table_model as ctm

    monkeypatch.setattr(ctm, "FIRST_PAGE", 40)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.model.reload()
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=WAIT_MS)
    assert page.model.rowCount() < 300 and page.model.canFetchMore()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selection_label.text() == "All 300 contacts selected"
    assert page.bulk_buttons["new_list"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Everyone", True))
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["new_list"], Qt.MouseButton.LeftButton)
    assert page.message_bar.label.text() == "Created “Everyone” with 300 contacts."
    with db_of(page).reading() as conn:
        [info] = [i for i in lists_with_counts(conn) if i.name == "Everyone"]
    assert info.count == 300
    # Clicking one row narrows "everything" back to that row.
    rect = page.table.visualRect(page.model.index(2, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.all_selected is None and page.selection_label.text() == "1 selected"


def test_typing_quickly_shows_only_the_last_words_results(qtbot: QtBot, page: ListsPage) -> None:
    with db_of(page).reading() as conn:
        rows = browse.rows_for_ids(conn, list(range(1, 60)))
    word = next(
        w.casefold() for r in rows.values() for w in r.name.split() if w.isascii() and len(w) > 4
    )
    shown: list[str] = []
    page.model.reloaded.connect(lambda: shown.append(page.model.scope.search))
    for n in range(2, len(word) + 1):  # "iv", "iva", "ivan"… each a search of its own
        page.search_field.setText(word[:n])
        page._search_now()
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=WAIT_MS)
    assert set(shown) == {word}
    with db_of(page).reading() as conn:
        expected = browse.all_ids(conn, browse.Scope(search=word), page.model.sort_order)
    assert list(page.model.ids) == expected
    qtbot.waitUntil(lambda: "match" in page.count_label.text(), timeout=WAIT_MS)
    n = len(expected)
    assert page.count_label.text() == f"300 contacts · {n} match" + ("es" if n > 1 else "")


def test_a_keystroke_searches_at_once_unless_rows_are_still_on_their_way(
    qtbot: QtBot, page: ListsPage
) -> None:
    model = page.model
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)
    page.search_field.setText("an")
    # No wait for a pause: the search started with the keystroke.
    assert model.scope.search == "an" and model.search_pending
    assert not page.search_timer.isActive()
    page.search_field.setText("ann")
    # Typing on before its rows came: that search stops, the newest waits for a pause.
    assert model.scope.search == "an" and page.search_timer.isActive()
    qtbot.waitUntil(lambda: model.scope.search == "ann" and not model.is_loading, timeout=WAIT_MS)
    assert not model.search_pending
    with db_of(page).reading() as conn:
        expected = browse.all_ids(conn, browse.Scope(search="ann"), model.sort_order)
    assert list(model.ids) == expected
    # Back to the text of the search that was stopped: it is searched again.
    page.search_field.setText("an")  # searches at once
    page.search_field.setText("ann")  # stops it, waits for a pause
    page.search_field.setText("an")
    qtbot.waitUntil(lambda: not (model.is_loading or page.search_timer.isActive()), timeout=WAIT_MS)
    with db_of(page).reading() as conn:
        expected = browse.all_ids(conn, browse.Scope(search="an"), model.sort_order)
    assert model.scope.search == "an" and list(model.ids) == expected[: model.rowCount()]
    assert model.rowCount() > 0


def test_the_scope_buttons_never_clip_their_text(qtbot: QtBot, page: ListsPage) -> None:
    # Russian is the longest translation; the pane's minimum follows the buttons' text.
    page.new_list_button.setText("Новый список…")
    page.new_segment_button.setText("Новый сегмент…")
    page.splitter.setSizes([0, 5000])  # the splitter dragged as far left as it goes
    buttons = (page.new_list_button, page.new_segment_button)
    qtbot.wait(50)  # the layouts settle
    assert all(b.width() >= b.sizeHint().width() for b in buttons), [
        (b.width(), b.sizeHint().width()) for b in buttons
    ]
    assert page.splitter.sizes()[0] >= 180  # and the tree keeps its old minimum


def test_moving_rows_along_the_sort_never_lists_them_twice(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by stage, "Set stage" moves rows further down: pages read after it must not
    bring them back a second time (keyset pages follow the new values)."""
    from app.ui.lists import contact_table_model as ctm

    monkeypatch.setattr(ctm, "FIRST_PAGE", 40)
    monkeypatch.setattr(ctm, "PAGE", 40)
    monkeypatch.setattr(ctm, "MAX_PAGE", 40)
    with qtbot.waitSignal(page.model.reloaded, timeout=WAIT_MS):
        page.model.sort(COLUMN_KEYS.index("stage"))
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=WAIT_MS)
    assert page.model.canFetchMore()
    from sqlalchemy import select

    from app.core.pipeline.stages import Gate, gate_of
    from app.storage import tables

    with db_of(page).reading() as conn:
        stages = choices.stages(conn)
    # The last stage "Set stage…" offers (the gated ones are set on the board).
    last = [s for s in stages if gate_of(s.key) is Gate.NONE][-1]
    moved = select_rows(page, [0, 1, 2])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: (last.name, True))
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["stage"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=WAIT_MS)
    while page.model.canFetchMore():
        with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
            page.model.fetchMore()
    ids = [page.model.contact_id(r) for r in range(page.model.rowCount())]
    assert len(ids) == 300 and len(set(ids)) == 300
    with db_of(page).reading() as conn:
        contacts = tables.contacts
        query = select(contacts.c.stage_id).where(contacts.c.id.in_(moved))
        assert set(conn.execute(query).scalars()) == {last.id}


def test_a_refused_name_is_told_in_words_not_as_a_code() -> None:
    from app.storage.names import NameRefusedError
    from app.ui.lists.messages import error_text

    assert error_text(NameRefusedError("taken", "Звонки Q4")) == "The name “Звонки Q4” is taken."
    assert error_text(NameRefusedError("empty")) == "A name is required."
    assert error_text(RuntimeError("disk full")) == "disk full"


def test_selecting_a_contact_does_not_resize_the_window(qtbot: QtBot, page: ListsPage) -> None:
    window = page.window()
    qtbot.wait(50)
    before = window.size()
    for row in (0, 1, 2):
        page.table.selectRow(row)
        qtbot.waitUntil(page.detail.isVisible, timeout=WAIT_MS)
        qtbot.wait(100)  # the detail's read and the layout pass that follows
        assert window.size() == before
    assert before.width() == 1280 and before.height() == 800


def test_the_table_shows_the_calling_columns_at_1280_by_800(qtbot: QtBot, page: ListsPage) -> None:
    """Name, email, phone, company, stage and local time fit without scrolling; the empty
    detail panel does not take the room."""
    viewport = page.table.viewport().rect()
    header = page.table.horizontalHeader()
    page.table.horizontalScrollBar().setValue(0)
    for key in ("name", "email", "phone", "company", "stage", "local_time"):
        column = COLUMN_KEYS.index(key)
        assert not header.isSectionHidden(column), key
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        assert 0 <= left and right <= viewport.width(), (key, left, right, viewport.width())
    assert not page.detail.isVisible()  # nothing selected: no empty panel beside the table
    page.table.selectRow(0)
    qtbot.waitUntil(page.detail.isVisible, timeout=WAIT_MS)
    assert 260 <= page.detail.width() < page.window().width() // 3


def test_a_write_elsewhere_refreshes_the_rows_it_touched(qtbot: QtBot, page: ListsPage) -> None:
    """Another screen's write reaches the table through the change broadcast only."""
    from app.storage.suppressions import mark_do_not_contact
    from app.ui.jobs import Job

    contact_id = page.model.contact_id(0)
    assert contact_id is not None
    column = COLUMN_KEYS.index("do_not_contact")

    def flag() -> str:
        return str(page.model.data(page.model.index(0, column)))

    assert flag() == ""
    job = Job(None, lambda _ctx: mark_do_not_contact(db_of(page), [contact_id]), writes=True)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        job.start()
    qtbot.waitUntil(lambda: flag() == "Do not contact", timeout=WAIT_MS)


def test_enroll_the_selection_in_a_cadence_and_undo(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from app.storage.schema import Enrollment
    from app.ui.cadences.enroll_dialog import EnrollDialog

    ids = select_rows(page, [0, 1, 2, 3, 4, 5])
    asked: list[EnrollDialog] = []

    def accept(dialog: EnrollDialog) -> int:
        asked.append(dialog)
        dialog.cadence_combo.setCurrentIndex(dialog.cadence_combo.findData("Outbound — 17 days"))
        dialog.force_box.setChecked(True)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EnrollDialog, "exec", accept)

    def active(contact_ids: list[int]) -> set[int]:
        with db_of(page).reading() as conn:
            query = select(Enrollment.contact_id).where(
                Enrollment.contact_id.in_(contact_ids), Enrollment.status == "active"
            )
            return set(conn.execute(query).scalars())

    def total() -> int:
        with db_of(page).reading() as conn:
            return int(conn.execute(select(func.count()).select_from(Enrollment)).scalar_one())

    before_active, before_total = active(ids), total()
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.bulk_buttons["enroll"], Qt.MouseButton.LeftButton)
    [dialog] = asked
    assert dialog.rep_combo.count() > 0
    text = page.message_bar.label.text()
    added = total() - before_total
    assert text.startswith(f"Enrolled {added} contact") and "“Outbound — 17 days”" in text
    # Everyone not already in a cadence (and not on the do-not-contact list) is in it now.
    assert added == len(active(ids) - before_active) and added > 0
    if len(ids) - added:
        assert "Left out:" in text
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert (active(ids), total()) == (before_active, before_total)


def test_assign_owner_round_robin_hands_the_selection_out_and_undoes(
    qtbot: QtBot, page: ListsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.storage.routing import set_rotation

    db = db_of(page)
    with db.reading() as conn:
        reps = [c.id for c in choices.reps(conn)][:2]
    for rep in reps:
        set_rotation(db, rep, in_rotation=True)
    ids = select_rows(page, [0, 1, 2, 3])
    owners_before = _owners_of(db, ids)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[0], True))
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        page.run_bulk("owner")
    assert page.message_bar.label.text().startswith("Handed 4 contact")
    owners = _owners_of(db, ids)
    assert sorted(owners.values()) == sorted([reps[0], reps[0], reps[1], reps[1]])
    with qtbot.waitSignal(page.bulk_finished, timeout=WAIT_MS):
        qtbot.mouseClick(page.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert _owners_of(db, ids) == owners_before


def _owners_of(db: Database, ids: list[int]) -> dict[int, int | None]:
    from sqlalchemy import select

    from app.storage import tables

    c = tables.contacts.c
    with db.reading() as conn:
        return {
            int(r[0]): r[1] for r in conn.execute(select(c.id, c.owner_id).where(c.id.in_(ids)))
        }
