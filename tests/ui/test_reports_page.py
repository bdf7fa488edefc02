"""The Reports page: charts for demo data, the filters, the empty states and the exports."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QLineSeries
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.adapters.clock import FixedClock
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from app.ui.reports.page import ReportsPage
from app.ui.widgets.page import PageContext
from tests.reports_data import seed_report_data
from tests.ui.conftest import add_contacts

NOW = dt.datetime(2026, 12, 7, 18, 0, tzinfo=dt.UTC)
LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    import shutil

    path = tmp_path_factory.mktemp("reports-demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        populate_demo(database, contacts=400, now=NOW)
    finally:
        database.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    import shutil

    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


def open_page(qtbot: QtBot, db: Database | None) -> ReportsPage:
    page = ReportsPage(clock=FixedClock(NOW))
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    if db is None:
        page.database_changed(PageContext())
        return page
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.database_changed(PageContext(database=db, contacts=1))
    return page


def test_demo_data_fills_every_chart(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_db)
    assert page.from_edit.date() == QDate(2026, 11, 8)
    assert page.to_edit.date() == QDate(2026, 12, 7)
    empty = [name for name, card in page.cards.items() if card.chart() is None]
    assert empty == []
    touches = page.cards["touches_by_day"].chart()
    assert touches is not None
    kinds = {type(s) for s in touches.series()}
    assert QLineSeries in kinds  # the goal line
    bars = [s for s in touches.series() if isinstance(s, QAbstractBarSeries)]
    assert [b.label() for b in bars[0].barSets()] == ["Calls", "Emails", "Messages", "Tasks"]
    assert bars[0].barSets()[0].count() == 30  # one bar per day
    assert "Dials" in page.tile_labels["dials"].text()

    card = page.cards["funnel"]
    csv_path, png_path = tmp_path / "funnel.csv", tmp_path / "funnel.png"
    card.save_csv(csv_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["stage", "name", "position", "current"]
    assert [r[0] for r in rows[1:]][:3] == ["new", "researching", "attempting"]
    assert card.save_png(png_path)
    picture = QImage(str(png_path))
    assert not picture.isNull()
    assert picture.width() > 200 and picture.height() > 200


def test_rep_filter_and_reversed_range(qtbot: QtBot, db: Database) -> None:
    seed_report_data(db)
    page = open_page(qtbot, db)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        page.set_rep("ann@x.test")
    report = page.load.report
    assert report is not None and report.rep_email == "ann@x.test"
    # Ann's calls in the 30 days to Dec 7: a1 a2 a3 a5.
    assert report.totals.dials == 4
    assert page.rep_combo.currentText() == "Ann Example"
    # Ann's calls and emails only: the rates chart has no per-rep rows then.
    assert page.cards["rates"].chart() is not None

    page.from_edit.setDate(QDate(2026, 12, 9))  # after the last day
    assert page.problem_label.isVisible()
    assert "2026-12-09" in page.problem_label.text()


def test_empty_states_say_what_to_do(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, None)
    assert "database" in page.empty_state.text_label.text()
    empty = ReportsPage(clock=FixedClock(NOW))
    qtbot.addWidget(empty)
    empty.database_changed(PageContext(database=db, contacts=0))
    assert empty.empty_state.title_label.text() == "No activity to report yet"
    with qtbot.waitSignal(empty.demo_requested):
        empty.empty_state.action_button.click()
    # Contacts but no activity in the range: the charts say what would fill them.
    add_contacts(db, [("Ona", "Kazlauskienė")])
    page = open_page(qtbot, db)
    card = page.cards["speed_to_lead"]
    assert card.chart() is None
    assert "inbound" in card.empty_label.text()
    assert not card.png_button.isEnabled()
    assert "Nothing happened in this range" in page.status_label.text()


def test_a_logged_call_refreshes_the_page(qtbot: QtBot, db: Database) -> None:
    from sqlalchemy import insert

    from app.core.ops import Changes
    from app.storage import tables
    from app.ui.changes import change_bus

    seed_report_data(db)
    page = open_page(qtbot, db)
    report = page.load.report
    assert report is not None and report.totals.dials == 8  # a1-a3 a5 b1 b2 b7 b10 (Nov 30)
    with db.transaction() as conn:
        conn.execute(
            insert(tables.activities).values(
                contact_id=2, rep_id=1, kind="call", outcome="connected", occurred_at=NOW
            )
        )
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT_MS):
        change_bus().publish(Changes.of({"activities"}, operation="complete"))
    report = page.load.report
    assert report is not None and report.totals.dials == 9
    assert "9" in page.tile_labels["dials"].text()
