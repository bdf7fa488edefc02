"""The merge screen driven like a person: find, compare, pick, merge, undo, dismiss, page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select, update

from app.core.ops import OperationCancelled
from app.storage import duplicates
from app.storage.database import Database
from app.storage.duplicates import DuplicateGroup, dismissed_pairs
from app.storage.schema import Activity, Contact
from app.ui.duplicates.dialog import MergeDialog
from app.ui.duplicates.models import GroupListModel
from app.ui.jobs import JobContext
from tests.conftest import build_demo_template, open_copy
from tests.storage.test_duplicates import add_duplicates, add_history, dump

JOB_TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def demo_template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, dict[str, int]]:
    def prepare(database: Database) -> dict[str, int]:
        ids = add_duplicates(database)
        add_history(database, ids)
        return ids

    folder = tmp_path_factory.mktemp("merge-ui")
    path, ids = build_demo_template(folder, migrated_template, contacts=200, prepare=prepare)
    return path, cast(dict[str, int], ids)


@pytest.fixture
def demo_db(demo_template: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[Database]:
    yield from open_copy(demo_template[0], tmp_path)


@pytest.fixture
def ids(demo_template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return demo_template[1]


def open_dialog(qtbot: QtBot, database: Database, *, list_height: int = 0) -> MergeDialog:
    """Open the merge screen and wait for the whole search and the first group."""
    dlg = MergeDialog(database)
    qtbot.addWidget(dlg)
    if list_height:
        dlg.group_view.setFixedHeight(list_height)
    dlg.show()
    qtbot.waitExposed(dlg)
    # The first group loads as soon as the exact groups are on screen, usually before
    # the fuzzy pass ends: wait for both, in either order.
    with qtbot.waitSignals([dlg.groups_found, dlg.group_loaded], timeout=JOB_TIMEOUT_MS):
        dlg.search()
    return dlg


@pytest.fixture
def dialog(qtbot: QtBot, demo_db: Database) -> MergeDialog:
    return open_dialog(qtbot, demo_db)


def row_of(dialog: MergeDialog, contact_id: int) -> int:
    groups = dialog.group_model.groups
    return next(i for i, g in enumerate(groups) if contact_id in g.contact_ids)


def select_group(qtbot: QtBot, dialog: MergeDialog, contact_id: int) -> None:
    """Click the group that holds ``contact_id`` in the list, wait for its comparison."""
    index = dialog.group_model.index(row_of(dialog, contact_id), 0)
    view = dialog.group_view
    if view.currentIndex() == index:
        return  # on screen already (the first group loads when the search ends)
    view.scrollTo(index)
    with qtbot.waitSignal(dialog.group_loaded, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )


def cell(dialog: MergeDialog, field: str, column: int) -> QModelIndex:
    row = next(i for i, r in enumerate(dialog.comparison.rows) if r.name == field)
    return dialog.comparison.index(row, column)


def click_cell(qtbot: QtBot, dialog: MergeDialog, field: str, column: int) -> None:
    index = cell(dialog, field, column)
    dialog.table.scrollTo(index)
    rect = dialog.table.visualRect(index)
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def text_at(dialog: MergeDialog, field: str, column: int) -> str:
    return str(cell(dialog, field, column).data())


def checked(dialog: MergeDialog, field: str, column: int) -> bool:
    state = cell(dialog, field, column).data(Qt.ItemDataRole.CheckStateRole)
    return state in {Qt.CheckState.Checked, Qt.CheckState.Checked.value}


def test_groups_exact_first_then_fuzzy_and_no_switchboard(
    dialog: MergeDialog, ids: dict[str, int], qtmodeltester: object
) -> None:
    model = dialog.group_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.comparison)  # type: ignore[attr-defined]
    exact = [g.exact for g in model.groups]
    assert exact == sorted(exact, reverse=True)
    ivan = model.index(row_of(dialog, ids["ivan_upper"]), 0).data()
    assert ivan == "Ivan Petrov · Ivan Petrov\nsame email"
    jonas = model.index(row_of(dialog, ids["jonas_a"]), 0).data()
    assert jonas == "Jonas Meier · Meier Jonas\nsame phone and name"
    gates = model.index(row_of(dialog, ids["bill"]), 0).data()
    assert gates == "William Gates · Bill Gates\nfuzzy 100: same name, nickname, different emails"
    assert all(ids["anna"] not in g.contact_ids for g in model.groups)
    assert dialog.summary_label.text().endswith("possible duplicates to review.")


def test_side_by_side_with_picks_and_rules(
    qtbot: QtBot, dialog: MergeDialog, ids: dict[str, int], qtmodeltester: object
) -> None:
    select_group(qtbot, dialog, ids["bill"])
    model = dialog.comparison
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["William Gates (kept)", "Bill Gates", "After merge"]
    assert text_at(dialog, "company_id", 0) == "Microsoft"
    assert text_at(dialog, "company_id", 1) == "Microsoft Corp."
    # Fill only empty: William's email stays, Bill's phone fills the empty one.
    assert checked(dialog, "email", 0) and not checked(dialog, "email", 1)
    assert checked(dialog, "phone", 1)
    assert text_at(dialog, "email", 2) == "william.gates@microsoft.com"
    assert text_at(dialog, "phone", 2) == "+14255550100"
    assert text_at(dialog, "tags", 2) == "vip, golf"
    assert text_at(dialog, "activities", 2) == "3"

    click_cell(qtbot, dialog, "email", 1)
    assert checked(dialog, "email", 1) and not checked(dialog, "email", 0)
    assert text_at(dialog, "email", 2) == "bill@microsoft.com"
    click_cell(qtbot, dialog, "email", 1)  # clicking the chosen cell again keeps it
    assert checked(dialog, "email", 1)

    take = dialog.rule_combo.findText("Take the other contacts' values")
    dialog.rule_combo.setCurrentIndex(take)
    dialog.rule_combo.activated.emit(take)
    assert text_at(dialog, "first_name", 2) == "Bill"
    assert text_at(dialog, "email", 2) == "bill@microsoft.com"  # the rule, now
    assert text_at(dialog, "title", 2) == "Chairman"  # an empty value never wins

    bill = dialog.survivor_combo.findData(ids["bill"])
    # The id leads (a long name is cut at the right); the whole text is the tooltip.
    assert dialog.survivor_combo.itemText(bill) == f"#{ids['bill']} · Bill Gates"
    tip = dialog.survivor_combo.itemData(bill, Qt.ItemDataRole.ToolTipRole)
    assert tip == dialog.survivor_combo.itemText(bill)
    dialog.survivor_combo.setCurrentIndex(bill)
    dialog.survivor_combo.activated.emit(bill)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Bill Gates (kept)"
    assert text_at(dialog, "first_name", 2) == "William"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_merge_then_undo_restores_everything(
    qtbot: QtBot, dialog: MergeDialog, demo_db: Database, ids: dict[str, int]
) -> None:
    before = dump(demo_db)
    select_group(qtbot, dialog, ids["bill"])
    with qtbot.waitSignal(dialog.merged, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    bar = dialog.message_bar
    assert bar.isVisible()
    assert bar.label.text() == "Merged 2 contacts into William Gates."
    assert bar.action_button.text() == "Undo" and bar.action_button.isVisible()
    assert all(ids["bill"] not in g.contact_ids for g in dialog.group_model.groups)
    with demo_db.reading() as conn:
        assert conn.execute(select(Contact.id).where(Contact.id == ids["bill"])).first() is None
        owners = set(
            conn.execute(
                select(Activity.contact_id).where(Activity.subject.like("% bill"))
            ).scalars()
        )
    assert owners == {ids["william"]}

    with qtbot.waitSignal(dialog.groups_found, timeout=JOB_TIMEOUT_MS):
        with qtbot.waitSignal(dialog.undone, timeout=JOB_TIMEOUT_MS) as undone:
            qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert undone.args[0].applied
    assert bar.label.text() == "The merge was undone."
    assert dump(demo_db) == before
    assert any(ids["bill"] in g.contact_ids for g in dialog.group_model.groups)


def test_merging_a_contact_deleted_meanwhile_says_why(
    qtbot: QtBot, dialog: MergeDialog, demo_db: Database, ids: dict[str, int]
) -> None:
    select_group(qtbot, dialog, ids["ivan_upper"])
    with demo_db.transaction() as conn:  # a colleague deletes one of them meanwhile
        conn.execute(delete(Contact).where(Contact.id == ids["ivan_lower"]))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=JOB_TIMEOUT_MS)
    assert dialog.message_bar.label.text() == (
        "Not merged: a contact of this group no longer exists (someone deleted or merged it). "
        "Search again."
    )
    with demo_db.reading() as conn:
        assert conn.execute(select(Contact.id).where(Contact.id == ids["ivan_upper"])).first()


def test_undo_after_a_later_edit_says_why(
    qtbot: QtBot, dialog: MergeDialog, demo_db: Database, ids: dict[str, int]
) -> None:
    select_group(qtbot, dialog, ids["ivan_upper"])
    with qtbot.waitSignal(dialog.merged, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.message_bar.label.text() == "Merged 2 contacts into Ivan Petrov."
    with demo_db.transaction() as conn:
        # The merge filled the kept Ivan's empty city; a colleague corrects it afterwards.
        conn.execute(update(Contact).where(Contact.id == ids["ivan_upper"]).values(city="Kazan"))
    with qtbot.waitSignal(dialog.undone, timeout=JOB_TIMEOUT_MS) as undone:
        qtbot.mouseClick(dialog.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert not undone.args[0].applied
    assert dialog.message_bar.label.text() == (
        "Cannot undo: someone changed these contacts after the merge."
    )
    with demo_db.reading() as conn:
        assert (
            conn.execute(select(Contact.city).where(Contact.id == ids["ivan_upper"])).scalar()
            == "Kazan"
        )


def test_not_duplicates_lasts_is_shared_and_undoes(
    qtbot: QtBot, dialog: MergeDialog, demo_db: Database, ids: dict[str, int]
) -> None:
    select_group(qtbot, dialog, ids["jonas_a"])
    count = dialog.group_model.rowCount()
    with qtbot.waitSignal(dialog.group_loaded, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.group_model.rowCount() == count - 1
    assert all(ids["jonas_a"] not in g.contact_ids for g in dialog.group_model.groups)
    bar = dialog.message_bar
    assert bar.label.text() == "These contacts will not be suggested as duplicates again."
    assert bar.action_button.text() == "Undo" and bar.action_button.isVisible()
    assert dialog.group_view.currentIndex().data(GroupListModel.GroupRole) is not None
    with demo_db.reading() as conn:
        assert dismissed_pairs(conn) == {(ids["jonas_a"], ids["jonas_b"])}

    # Stored, not remembered by this window: a colleague's screen leaves it out too.
    other = open_dialog(qtbot, demo_db)
    assert all(ids["jonas_a"] not in g.contact_ids for g in other.group_model.groups)
    assert any(ids["bill"] in g.contact_ids for g in other.group_model.groups)
    other.close()

    with qtbot.waitSignals([dialog.undone, dialog.groups_found], timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(bar.action_button, Qt.MouseButton.LeftButton)
    assert bar.label.text() == "They are suggested as duplicates again."
    [jonas] = [g for g in dialog.group_model.groups if ids["jonas_a"] in g.contact_ids]
    assert jonas.contact_ids == (ids["jonas_a"], ids["jonas_b"])
    with demo_db.reading() as conn:
        assert dismissed_pairs(conn) == set()


def test_a_dismissed_fuzzy_pair_can_still_merge_the_rest(
    qtbot: QtBot, dialog: MergeDialog, ids: dict[str, int]
) -> None:
    select_group(qtbot, dialog, ids["bill"])
    with qtbot.waitSignal(dialog.group_loaded, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert all(ids["bill"] not in g.contact_ids for g in dialog.group_model.groups)
    select_group(qtbot, dialog, ids["ivan_upper"])
    with qtbot.waitSignal(dialog.merged, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.message_bar.label.text() == "Merged 2 contacts into Ivan Petrov."


def test_a_cancelled_job_stops_the_search_through_its_token(demo_db: Database) -> None:
    # The search jobs hand storage ``ctx.token``: cancelling the job must stop the pass.
    ctx = JobContext(lambda _done, _total, _text: None)
    assert not ctx.token.cancelled
    ctx.cancel()
    assert ctx.token.cancelled
    with demo_db.reading() as conn:
        with pytest.raises(OperationCancelled):
            duplicates.find_exact_groups(conn, progress=ctx.report, cancel=ctx.token)
        with pytest.raises(OperationCancelled):
            duplicates.find_fuzzy_pairs(conn, progress=ctx.report, cancel=ctx.token)


def test_the_group_list_pages_as_the_view_asks(qtbot: QtBot, qtmodeltester: object) -> None:
    model = GroupListModel()
    asked: list[list[int]] = []
    model.names_wanted.connect(asked.append)
    groups = [DuplicateGroup("email", (2 * n + 1, 2 * n + 2), f"k{n}") for n in range(450)]
    first = {i: f"Contact {i}" for g in groups[: model.PAGE_SIZE] for i in g.contact_ids}
    model.set_groups(groups, first)
    assert model.rowCount() == model.PAGE_SIZE and model.canFetchMore(QModelIndex())
    assert model.index(0, 0).data() == "Contact 1 · Contact 2\nsame email"

    model.fetchMore(QModelIndex())
    assert asked == [list(range(401, 801))]  # the next page's contacts, nothing else
    assert not model.canFetchMore(QModelIndex())  # one request at a time
    model.fetchMore(QModelIndex())
    assert len(asked) == 1
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.add_names({i: f"Contact {i}" for i in asked[0]})
    assert inserted.args[1:] == [200, 399]  # beginInsertRows takes the last row
    assert model.rowCount() == 400
    assert model.index(399, 0).data().startswith("Contact 799 · Contact 800")

    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert asked[1:] == [list(range(801, 901))]  # the tester fetched more, as a view does
    # Groups found later (the fuzzy pass) wait behind the page being read.
    late = [DuplicateGroup("fuzzy", (5000, 5001), None, 90.0, ("similar_name",))]
    model.add_groups(late, {5000: "Late A", 5001: "Late B"})
    assert model.rowCount() == 400 and len(model.groups) == 451
    model.add_names({i: f"Contact {i}" for i in asked[1]})
    assert model.rowCount() == 451 and not model.canFetchMore(QModelIndex())
    assert model.index(450, 0).data() == "Late A · Late B\nfuzzy 90: similar name"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_dialog_shows_a_page_and_reads_more_as_needed(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(GroupListModel, "PAGE_SIZE", 1)
    dialog = open_dialog(qtbot, demo_db)
    model = dialog.group_model
    assert len(model.groups) > 2  # noqa: PLR2004 (exact groups and fuzzy pairs)
    # The tall list asks for more until it is full: page after page of names, read in jobs.
    qtbot.waitUntil(lambda: model.rowCount() == len(model.groups), timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.names_job is None, timeout=JOB_TIMEOUT_MS)
    assert all("#" not in model.index(r, 0).data() for r in range(model.rowCount()))
    assert dialog.count_label.text() == f"Groups shown: {len(model.groups)} (all)."


def test_transliteration_finds_cyrillic_and_latin_spellings(
    qtbot: QtBot, dialog: MergeDialog, ids: dict[str, int]
) -> None:
    assert all(ids["ivan_cyr"] not in g.contact_ids for g in dialog.group_model.groups)
    qtbot.mouseClick(dialog.translit_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.groups_found, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    row = row_of(dialog, ids["ivan_cyr"])
    text = dialog.group_model.index(row, 0).data()
    assert text.startswith("Иван Петров · Ivan Petrov\nfuzzy ")
    assert "different alphabets" in text


def test_tools_menu_opens_the_merge_screen_and_searches(qtbot: QtBot, window: object) -> None:
    from app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert window.action_duplicates.isEnabled()
    window.action_duplicates.trigger()
    dialog = window.findChild(MergeDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.groups_found, timeout=JOB_TIMEOUT_MS) as found:
        pass
    assert found.args == [0]  # the empty test database has no duplicates
    assert dialog.summary_label.text() == "No duplicates found."
    dialog.close()


def test_a_short_list_says_there_is_more_and_loads_it_on_scrolling(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(GroupListModel, "PAGE_SIZE", 1)
    probe = MergeDialog(demo_db)
    qtbot.addWidget(probe)
    row_height = probe.group_model.row_size.height()
    dialog = open_dialog(qtbot, demo_db, list_height=row_height * 2)
    model, view = dialog.group_model, dialog.group_view
    qtbot.waitUntil(lambda: dialog.names_job is None, timeout=JOB_TIMEOUT_MS)
    shown, known = model.rowCount(), len(model.groups)
    assert 0 < shown < known
    assert dialog.count_label.text() == (f"Groups shown: {shown} of {known}. Scroll down for more.")
    # Scrolled to the end, the list reads the next page.
    for _ in range(known):
        if model.rowCount() == known:
            break
        rows = model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > rows, timeout=JOB_TIMEOUT_MS)  # noqa: B023
    assert model.rowCount() == known
    qtbot.waitUntil(
        lambda: dialog.count_label.text() == f"Groups shown: {known} (all).",
        timeout=JOB_TIMEOUT_MS,
    )
