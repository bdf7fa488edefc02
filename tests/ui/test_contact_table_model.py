"""The contact table model over a real SQLite file: pages, sort, search, qtmodeltester."""

from __future__ import annotations

import gc
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import text as text_sql

from app.storage.contacts import browse, bulk, search
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from app.ui.lists import contact_table_model as ctm
from app.ui.lists.contact_table_model import COLUMN_KEYS, ContactTableModel

WAIT_MS = 10_000


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A demo database with 450 prospects (more than one page at the sizes used here)."""
    path = tmp_path_factory.mktemp("model") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        populate_demo(db, contacts=450)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 50, 120 and 240 ids, so a few hundred contacts span several pages."""
    monkeypatch.setattr(ctm, "FIRST_PAGE", 50)
    monkeypatch.setattr(ctm, "PAGE", 120)
    monkeypatch.setattr(ctm, "MAX_PAGE", 240)


def loaded(qtbot: QtBot, model: ContactTableModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading, timeout=WAIT_MS)


def open_model(qtbot: QtBot, db: Database) -> ContactTableModel:
    model = ContactTableModel()
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_database(db)
    return model


def text(model: ContactTableModel, row: int, key: str) -> str:
    return str(model.data(model.index(row, COLUMN_KEYS.index(key))))


def fetch_all(qtbot: QtBot, model: ContactTableModel) -> None:
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
            model.fetchMore()


def test_pages_grow_with_fetch_more(
    qtbot: QtBot, demo: Database, small_pages: None, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    assert model.rowCount() == 50 and model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        model.fetchMore()
    assert model.rowCount() == 170 and inserted == [(50, 169)]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    fetch_all(qtbot, model)
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert len(set(model.ids)) == 450
    names = [text(model, r, "name") for r in range(5)]
    assert all(names)


def test_later_pages_grow_until_the_next_reload(
    qtbot: QtBot, demo: Database, small_pages: None
) -> None:
    """Scrolling far fetches bigger and bigger pages (fewer inserts, so fewer repaints)."""
    model = open_model(qtbot, demo)
    sizes: list[int] = []
    model.page_loaded.connect(sizes.append)
    fetch_all(qtbot, model)
    assert sizes == [120, 240, 40] and model.rowCount() == 450
    with demo.reading() as conn:
        assert list(model.ids) == browse.all_ids(conn, model.scope, model.sort_order)
    sizes.clear()
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.sort(COLUMN_KEYS.index("fit_score"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
        model.fetchMore()
    assert sizes == [120]  # a new order starts small again


def test_sort_requeries_in_the_database(
    qtbot: QtBot, demo: Database, small_pages: None, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    fit = COLUMN_KEYS.index("fit_score")
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.sort(fit, Qt.SortOrder.DescendingOrder)
    scores = [model.row_tuple(r).fit_score for r in range(model.rowCount())]  # type: ignore[union-attr]  # noqa: E501
    assert scores == sorted(scores, key=lambda s: -1 if s is None else s, reverse=True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # A column without a sort (Tags) changes nothing.
    loaded(qtbot, model)  # the tester's fetchMore
    model.sort(COLUMN_KEYS.index("tags"))
    assert not model.is_loading and model.sort_order == browse.Sort(browse.SortKey.FIT_SCORE, True)
    assert model.sort_column() == fit


def test_search_narrows_the_same_model(qtbot: QtBot, demo: Database, qtmodeltester: object) -> None:
    model = open_model(qtbot, demo)
    with demo.reading() as conn:
        [row] = browse.rows_for_ids(conn, [7]).values()
    word = row.name.split()[-1]
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_search(word)
    with demo.reading() as conn:
        expected = browse.count(conn, browse.Scope(search=word))
    fetch_all(qtbot, model)
    assert 1 <= model.rowCount() == expected
    assert 7 in model.ids
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_search("zzqqxxnothing")
    assert model.rowCount() == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def foreground(model: ContactTableModel, row: int) -> str:
    brush = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    return "" if brush is None else brush.color().name()


def test_unloaded_rows_show_a_placeholder_then_fill_in(
    qtbot: QtBot, demo: Database, small_pages: None
) -> None:
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.forget_rows()
    reads: list[int] = []
    model.rows_loaded.connect(reads.append)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    # One paint asks for thirty rows: none is read on this thread, all show "…" in grey.
    for row in range(300, 330):
        assert text(model, row, "name") == ctm.PLACEHOLDER
        assert text(model, row, "email") == "None"
    assert not model.rows and foreground(model, 300) == "#8a8a8a"
    with qtbot.waitSignal(model.rows_loaded, timeout=WAIT_MS):
        pass
    # ONE read for the whole paint, with rows ahead of the scroll direction.
    assert len(reads) == 1 and reads[0] == len(model.rows)
    first, last = changed[0]
    assert first == 300 - ctm.BEHIND and last == min(model.rowCount() - 1, 329 + ctm.PREFETCH)
    with demo.reading() as conn:
        expected = browse.rows_for_ids(conn, [model.ids[300]])[model.ids[300]]
    assert text(model, 300, "name") == expected.name != ctm.PLACEHOLDER

    contact_id = model.contact_id(300)
    assert contact_id is not None
    bulk.add_tag(demo, "Перезвонить", [contact_id])
    changed.clear()
    model.refresh_ids([contact_id])
    assert changed == [(300, 300)]
    with qtbot.waitSignal(model.rows_loaded, timeout=WAIT_MS):
        assert text(model, 300, "name") == ctm.PLACEHOLDER  # read again, in the background
    assert "Перезвонить" in text(model, 300, "tags")


def test_a_fast_scroll_reads_only_where_it_stopped(
    qtbot: QtBot, demo: Database, small_pages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.forget_rows()
    # The first read waits (as on a cold disk) until the scroll has moved on.
    release = threading.Event()
    read_ids: list[list[int]] = []

    def slow_first_read(conn: Any, ids: list[int]) -> dict[int, browse.ContactRow]:
        read_ids.append(list(ids))
        if len(read_ids) == 1:
            release.wait(WAIT_MS / 1000)
        return browse.rows_for_ids(conn, ids)

    monkeypatch.setattr(ctm, "rows_for_ids", slow_first_read)
    text(model, 10, "name")
    qtbot.waitUntil(lambda: len(read_ids) == 1, timeout=WAIT_MS)
    for row in (100, 200, 300, 440):  # four paints while the first read runs
        text(model, row, "name")
        qtbot.waitUntil(lambda: not model._read_timer.isActive(), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)
    # The paints in between were superseded: two reads, the second around row 440 only.
    assert len(read_ids) == 2
    assert model.ids[440] in read_ids[1] and model.ids[300] not in read_ids[1]
    assert text(model, 440, "name") != ctm.PLACEHOLDER


def test_model_tester_while_rows_are_pending(
    qtbot: QtBot, demo: Database, small_pages: None, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.forget_rows()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rows_pending
    qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # And while a search's first screen is on its way.
    model.set_search("a")
    assert model.is_loading
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    loaded(qtbot, model)


def test_typing_on_supersedes_the_running_search(qtbot: QtBot, demo: Database) -> None:
    model = open_model(qtbot, demo)
    with demo.reading() as conn:
        words = [r.name.split()[0] for r in browse.rows_for_ids(conn, list(range(1, 100))).values()]
    word = next(w for w in words if len(w) >= 4).casefold()
    shown: list[str] = []
    model.reloaded.connect(lambda: shown.append(model.scope.search))
    # "iv", "iva", "ivan": each keystroke's search starts before the last one answered.
    for n in range(2, len(word) + 1):
        model.set_search(word[:n])
    loaded(qtbot, model)
    assert set(shown) == {word}
    with demo.reading() as conn:
        expected = browse.all_ids(conn, browse.Scope(search=word), model.sort_order)
    fetch_all(qtbot, model)
    assert list(model.ids) == expected and expected
    qtbot.waitUntil(lambda: model.match_count_exact, timeout=WAIT_MS)
    assert model.match_count == len(expected)


Screen = tuple[list[int], int | None, bool]  # ids shown, match count, whether exact


def _screens_of_a_broad_search(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> tuple[ContactTableModel, list[Screen]]:
    """Search "a" with the sorted first screen capped at 20 matches; every screen the
    model showed until the exact count arrived."""
    monkeypatch.setattr(
        ctm,
        "search_first_screen",
        lambda conn, scope, sort, limit: browse.search_first_screen(
            conn, scope, sort, limit=limit, cap=20
        ),
    )
    model = open_model(qtbot, demo)
    screens: list[Screen] = []
    model.reloaded.connect(
        lambda: screens.append((list(model.ids), model.match_count, model.match_count_exact))
    )
    model.set_search("a")
    loaded(qtbot, model)
    qtbot.waitUntil(lambda: model.match_count_exact, timeout=WAIT_MS)
    return model, screens


def test_a_broad_search_shows_matches_at_once_then_sorted(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browse, "SORTED_SEARCH_CAP", 20)
    # No plan sorts this screen cheaply (here every one would: the table is small).
    monkeypatch.setattr(search, "SCREEN_DRIVE_BELOW", 0)
    monkeypatch.setattr(search, "PROBE_MIN_SHARE", 2.0)
    model, screens = _screens_of_a_broad_search(qtbot, demo, monkeypatch)
    with demo.reading() as conn:
        total = browse.count(conn, browse.Scope(search="a"))
        first_sorted = browse.page_ids(
            conn, browse.Scope(search="a"), model.sort_order, limit=ctm.FIRST_PAGE
        )
    assert total > 20
    (interim, interim_count, interim_exact), (final, _count, _exact) = screens
    # First: matches in id order with "20+"; then the sorted page; then the exact count.
    assert interim == sorted(interim) and (interim_count, interim_exact) == (20, False)
    assert final == first_sorted.ids
    assert model.match_count == total


def test_a_broad_search_with_a_cheap_sorted_plan_shows_sorted_rows_at_once(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    model, screens = _screens_of_a_broad_search(qtbot, demo, monkeypatch)
    with demo.reading() as conn:
        total = browse.count(conn, browse.Scope(search="a"))
        expected = browse.all_ids(conn, browse.Scope(search="a"), model.sort_order)
    # One screen, already sorted, "20+" until the exact count arrives.
    [(first, count, exact)] = screens
    assert first == expected[: len(first)] and (count, exact) == (20, False)
    assert model.match_count == total > 20
    fetch_all(qtbot, model)
    assert list(model.ids) == expected


def test_remove_ids_keeps_the_rest(
    qtbot: QtBot, demo: Database, small_pages: None, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    gone = [model.ids[3], model.ids[4], model.ids[10]]
    keep = [i for i in model.ids if i not in gone]
    model.remove_ids(gone)
    assert list(model.ids) == keep and model.row_of(keep[5]) == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]


class _NoScan(list[int]):
    """The id list, refusing any walk over it: indexing and slicing only."""

    def __iter__(self) -> Any:
        raise AssertionError("walked every loaded id")

    def __contains__(self, _item: object) -> bool:
        raise AssertionError("searched every loaded id")

    def index(self, *_args: Any) -> int:
        raise AssertionError("searched every loaded id")


def test_pages_and_reads_never_walk_the_loaded_ids(
    qtbot: QtBot,
    demo: Database,
    small_pages: None,
    qtmodeltester: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # At a million ids any per-page or per-paint pass over them (or a dict of them all,
    # resized as it grows) stalls the GUI thread while the scrollbar is flung.
    monkeypatch.setattr(ctm, "MAX_CACHED_ROWS", 200)
    model = open_model(qtbot, demo)
    model.ids = _NoScan(model.ids)
    while model.canFetchMore():
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
            model.fetchMore()
        last = model.rowCount() - 1
        text(model, last, "name")  # a paint at the new end: a background read
        qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)
    assert isinstance(model.ids, _NoScan) and model.rowCount() == 450
    assert len(set(model.ids[:])) == 450
    # Nothing else grows with the ids: every dict and set is bounded by the row cache.
    sizes = {k: len(v) for k, v in vars(model).items() if isinstance(v, dict | set)}
    assert max(sizes.values()) <= 200, sizes
    assert text(model, 449, "name") != ctm.PLACEHOLDER
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_jump_reads_what_it_shows_then_a_steady_scroll_reads_ahead(
    qtbot: QtBot, demo: Database, small_pages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctm, "PREFETCH", 60)
    monkeypatch.setattr(ctm, "BEHIND", 10)
    monkeypatch.setattr(ctm, "READ_AHEAD_TRIGGER", 30)
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.forget_rows()
    reads: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: reads.append((top.row(), bottom.row())))

    def paint(first: int, last: int) -> None:
        for row in range(first, last + 1):
            text(model, row, "name")
        qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)

    paint(0, 19)  # the first screen: read ahead
    assert reads == [(0, 19 + 60)]
    # The scrollbar dragged far past everything read: the screen only, since rows read
    # ahead would be jumped over by the next frame.
    paint(300, 319)
    assert reads[-1] == (300, 319)
    # Scrolling on from there: a row near the edge of what was read reads ahead again.
    paint(300, 300)
    assert reads[-1] == (330 - 10, 330 + 60)
    assert len(reads) == 3


def test_the_row_cache_drops_the_oldest_reads_and_keeps_the_screen(
    qtbot: QtBot, demo: Database, small_pages: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctm, "MAX_CACHED_ROWS", 150)
    monkeypatch.setattr(ctm, "PREFETCH", 60)
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.forget_rows()
    for screen in (0, 100, 200, 300, 400):
        for row in range(screen, screen + 20):
            text(model, row, "name")
        qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)
        assert len(model.rows) <= ctm.MAX_CACHED_ROWS
        assert all(model.ids[r] in model.rows for r in range(screen, screen + 20))
    assert model.ids[0] not in model.rows  # read first, dropped first


def test_an_edited_contact_listed_again_by_a_later_page_keeps_one_row(
    qtbot: QtBot, demo: Database, small_pages: None
) -> None:
    model = open_model(qtbot, demo)  # sorted by name, 50 of 450 loaded
    contact_id = model.ids[3]
    with demo.transaction() as conn:
        # Its name now sorts last: the keyset pages still to come list it again.
        conn.execute(
            text_sql("UPDATE contacts SET last_name = 'Zzzzz', full_name = 'Zoe Zzzzz'"
                     " WHERE id = :id"),
            {"id": contact_id},
        )  # fmt: skip
    model.refresh_ids([contact_id])
    fetch_all(qtbot, model)
    assert model.rowCount() == 450 and len(set(model.ids)) == 450
    assert model.row_of(contact_id) == 3


def test_cached_rows_are_invisible_to_the_garbage_collector(qtbot: QtBot, demo: Database) -> None:
    # A full collection walks every tracked object; 20,000 tracked cached rows cost each
    # pass milliseconds on the GUI thread (or on a worker, holding the GIL).
    model = open_model(qtbot, demo)
    assert model.rows
    # A tuple is untracked by the pass that finds all it holds untracked; the tags tuple
    # inside may be examined after its row, so it takes two passes.
    gc.collect()
    gc.collect()
    assert not any(gc.is_tracked(row) for row in model.rows.values())
    # Nor the loaded ids: a list of a million ints is walked item by item on every full
    # collection (its referents are the ints); the array refers to its type only.
    assert len(model.ids) > 100 and len(gc.get_referents(model.ids)) <= 1
    row = model.row_tuple(0)
    assert isinstance(row, browse.ContactRow) and row.name == text(model, 0, "name")


def multi_data(model: ContactTableModel, row: int, column: int, role: int) -> Any:
    """What ``multiData`` answers for one role (a one-role span, as Python can build)."""
    role_data = QModelRoleData(role)
    model.multiData(model.index(row, column), QModelRoleDataSpan(role_data))
    return role_data.data()


def test_multi_data_answers_as_data_does(qtbot: QtBot, demo: Database, small_pages: None) -> None:
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    roles = [int(r) for r in Qt.ItemDataRole if r < Qt.ItemDataRole.UserRole]
    roles.append(int(ctm.ContactIdRole))
    model.forget_rows()
    for loaded_rows in (False, True):
        for row in (0, 310):
            for column in range(model.columnCount()):
                for role in roles:
                    expected = model.data(model.index(row, column), role)
                    got = multi_data(model, row, column, role)
                    if isinstance(expected, QBrush):
                        expected, got = expected.color().name(), got.color().name()
                    assert got == expected, (loaded_rows, row, column, role)
        if not loaded_rows:  # the unloaded pass asked for the rows: wait for them
            assert multi_data(model, 310, 0, int(Qt.ItemDataRole.DisplayRole)) == ctm.PLACEHOLDER
            qtbot.waitUntil(lambda: not model.rows_pending, timeout=WAIT_MS)
    assert text(model, 310, "name") != ctm.PLACEHOLDER
    # Outside the table: every role is invalid.
    assert multi_data(model, model.rowCount(), 0, int(Qt.ItemDataRole.DisplayRole)) is None


def test_the_delegate_paints_from_multi_data(qtbot: QtBot, demo: Database) -> None:
    """Qt's delegate asks all its roles in one multiData call: what it gets is what data() says."""
    model = open_model(qtbot, demo)
    delegate = QStyledItemDelegate()
    calls: list[int] = []
    original = model.multiData

    def counting(index: Any, span: Any) -> None:
        calls.append(index.row())
        original(index, span)

    model.multiData = counting  # type: ignore[method-assign]
    score = COLUMN_KEYS.index("fit_score")
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, score))
    assert calls == [0]
    assert option.text == model.data(model.index(0, score)) != ""
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, 0))
    assert (
        option.text == text(model, 0, "name")
        and not option.displayAlignment & Qt.AlignmentFlag.AlignRight
    )


def test_local_time_is_the_contacts_clock_in_their_zone(qtbot: QtBot, demo: Database) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QLocale, QTime

    model = open_model(qtbot, demo)
    zones = {
        row: model.row_tuple(row).time_zone  # type: ignore[union-attr]
        for row in range(min(model.rowCount(), 60))
        if model.row_tuple(row) is not None
    }
    with_zone = {row: zone for row, zone in zones.items() if zone}
    assert len(set(with_zone.values())) >= 2  # the demo's prospects live in several zones
    for row, zone in with_zone.items():
        now = dt.datetime.now(ZoneInfo(zone))
        expected = {
            QLocale().toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)
            for t in (now, now - dt.timedelta(minutes=1))  # the minute may turn meanwhile
        }
        assert text(model, row, "local_time") in expected, zone
    without = [row for row, zone in zones.items() if not zone]
    assert all(text(model, row, "local_time") == "" for row in without)


def test_the_painter_shows_what_data_says(qtbot: QtBot, demo: Database) -> None:
    """The table's plain-text painter asks ``paint_values``: the same text, colour and
    alignment as ``data()`` gives the accessibility tools, for every cell of loaded rows."""
    model = open_model(qtbot, demo)
    rows = min(model.rowCount(), 40)
    for row in range(rows):
        model.data(model.index(row, 0))  # asks for the row
    qtbot.waitUntil(lambda: all(model.ids[r] in model.rows for r in range(rows)), timeout=WAIT_MS)
    display, fg = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
    for row in range(rows):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text, brush, right = model.paint_values(row, column)
            assert text == (model.data(index, display) or "")
            shown = model.data(index, fg)
            assert (brush.color() if brush else None) == (shown.color() if shown else None)
            assert right == (model.data(index, Qt.ItemDataRole.TextAlignmentRole) is not None)
    assert model.paint_values(-1, 0) == ("", None, False)
