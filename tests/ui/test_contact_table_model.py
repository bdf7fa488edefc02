"""The contact table model over a real SQLite file: pages, sort, search, qtmodeltester."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage import contact_table as ct
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
    """Pages of 50 and 120 ids, so a few hundred contacts span several pages."""
    monkeypatch.setattr(ctm, "FIRST_PAGE", 50)
    monkeypatch.setattr(ctm, "PAGE", 120)


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
    assert not model.is_loading and model.sort_order == ct.Sort(ct.SortKey.FIT_SCORE, True)
    assert model.sort_column() == fit


def test_search_narrows_the_same_model(
    qtbot: QtBot, demo: Database, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    with demo.reading() as conn:
        [row] = ct.rows_for_ids(conn, [7]).values()
    word = row.name.split()[-1]
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_search(word)
    with demo.reading() as conn:
        expected = ct.count(conn, ct.Scope(search=word))
    fetch_all(qtbot, model)
    assert 1 <= model.rowCount() == expected
    assert 7 in model.ids
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(model.reloaded, timeout=WAIT_MS):
        model.set_search("zzqqxxnothing")
    assert model.rowCount() == 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_load_in_batches_and_refresh(
    qtbot: QtBot, demo: Database, small_pages: None
) -> None:
    model = open_model(qtbot, demo)
    fetch_all(qtbot, model)
    model.rows.clear()
    assert text(model, 300, "name")
    assert len(model.rows) == ctm.ROW_BATCH  # the painted row and its neighbours at once
    contact_id = model.contact_id(300)
    assert contact_id is not None
    ct.add_tag(demo, "Перезвонить", [contact_id])
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    model.refresh_ids([contact_id])
    assert changed == [300] and "Перезвонить" in text(model, 300, "tags")


def test_remove_ids_keeps_the_rest(
    qtbot: QtBot, demo: Database, small_pages: None, qtmodeltester: object
) -> None:
    model = open_model(qtbot, demo)
    gone = [model.ids[3], model.ids[4], model.ids[10]]
    keep = [i for i in model.ids if i not in gone]
    model.remove_ids(gone)
    assert model.ids == keep and model.row_of(keep[5]) == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]
