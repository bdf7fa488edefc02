"""Two reps on one shared file: the call panel takes a lease, or says who is on the prospect.

Rūta works the Today page on her connection; Jonas claims and releases through his own
connection to the same file, as his app would.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.storage.cadences import RepInfo, add_rep
from app.storage.database import Database, open_database
from app.storage.team import claim, holder, release, remote_changes
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.today.model import COLUMNS
from app.ui.today.page import TodayPage
from tests.ui.today_support import NOW, Opener, make_rep, press, show_page

TIMEOUT = 10_000


@pytest.fixture
def shared(migrated_template: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Rūta's and Jonas's connections to one file in shared-file mode."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(migrated_template, path)
    ruta_db = open_database(path, shared=True)
    jonas_db = open_database(path, shared=True)
    try:
        yield ruta_db, jonas_db
    finally:
        jonas_db.close()
        ruta_db.close()


@pytest.fixture
def team(shared: tuple[Database, Database]) -> tuple[Database, Database, RepInfo, RepInfo]:
    ruta_db, jonas_db = shared
    ruta = make_rep(ruta_db)
    jonas = add_rep(jonas_db, "Jonas Žukauskas", "jonas@example.lt").rep
    settings.TODAY_REP.set(ruta.email or "")
    return ruta_db, jonas_db, ruta, jonas


def _open_panel(qtbot: QtBot, page: TodayPage, row: int) -> int:
    page.select_row(row)
    item = page.current_item()
    assert item is not None
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.panel.isVisible()
    return item.contact_id


def _claim_label(page: TodayPage) -> str:
    return page.panel.claim_label.text() if page.panel.claim_label.isVisible() else ""


def test_opening_the_panel_takes_the_lease_and_closing_lets_go(
    qtbot: QtBot, team: tuple[Database, Database, RepInfo, RepInfo]
) -> None:
    ruta_db, jonas_db, ruta, jonas = team
    page = show_page(qtbot, ruta_db, Opener())
    with qtbot.waitSignal(page.claims.claimed, timeout=TIMEOUT):
        contact = _open_panel(qtbot, page, 0)
    with jonas_db.reading() as conn:
        on_it = holder(conn, contact, NOW)
    assert on_it is not None and on_it.rep_id == ruta.id
    assert on_it.expires_at == NOW + dt.timedelta(minutes=15)
    # Jonas, on his own connection, cannot take it while Rūta's panel is open.
    refused = claim(jonas_db, contact, jonas.id, now=NOW)
    assert not refused.claimed and refused.holder.name == "Rūta"
    assert page.panel.call_button.isEnabled()
    page.close_panel()  # the release is a write job; Jonas gets the prospect once it ran
    qtbot.waitUntil(lambda: claim(jonas_db, contact, jonas.id, now=NOW).claimed, timeout=TIMEOUT)


def test_someone_elses_lease_blocks_dialling_until_it_ends(
    qtbot: QtBot, team: tuple[Database, Database, RepInfo, RepInfo], qtmodeltester: Any
) -> None:
    ruta_db, jonas_db, ruta, jonas = team
    opener = Opener()
    first = show_page(qtbot, ruta_db, opener).model.item(0)
    assert first is not None
    # Jonas is on Rūta's first prospect before her queue loads.
    assert claim(jonas_db, first.contact_id, jonas.id, now=NOW).claimed
    page = show_page(qtbot, ruta_db, opener)
    # The queue row says who is on it.
    column = COLUMNS.index("claimed")
    assert page.model.index(0, column).data() == "Jonas Žukauskas"
    assert page.model.index(1, column).data() == ""
    assert not page.table.isColumnHidden(column)
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.claims.refused, timeout=TIMEOUT):
        _open_panel(qtbot, page, 0)
    assert _claim_label(page).startswith("Jonas Žukauskas is on this prospect")
    assert not page.panel.call_button.isEnabled()
    assert not page.panel.allows("connected") and page.panel.allows("skipped")
    press(qtbot, page, Qt.Key.Key_C)
    assert opener.urls == []  # nothing dialled
    page.grab().save("/tmp/pt-teamgui-today-claim.png")

    # Jonas lets go; the change feed tells Rūta's app, which takes the lease at once.
    release(jonas_db, first.contact_id, jonas.id)
    with qtbot.waitSignal(page.claims.claimed, timeout=TIMEOUT):
        change_bus().publish(remote_changes(1))
    assert _claim_label(page) == ""
    assert page.panel.call_button.isEnabled()
    press(qtbot, page, Qt.Key.Key_C)
    assert len(opener.urls) == 1
    assert not claim(jonas_db, first.contact_id, jonas.id, now=NOW).claimed


def test_a_solo_database_takes_no_leases(qtbot: QtBot, db: Database) -> None:
    make_rep(db)
    page = show_page(qtbot, db, Opener())
    contact = _open_panel(qtbot, page, 0)
    assert not page.claims.active and page.panel.call_button.isEnabled()
    assert page.table.isColumnHidden(COLUMNS.index("claimed"))
    with db.reading() as conn:
        assert holder(conn, contact, NOW) is None


def test_the_composer_holds_the_lease_or_says_who_is_on_the_prospect(
    qtbot: QtBot, team: tuple[Database, Database, RepInfo, RepInfo]
) -> None:
    from app.adapters.urls import UrlHandler
    from app.storage.templates import seed_shipped_templates
    from app.ui.templates.composer import ComposerDialog
    from tests.cadences_data import add_contact

    ruta_db, jonas_db, ruta, jonas = team
    seed_shipped_templates(ruta_db)
    emma = add_contact(ruta_db, full_name="Emma Stone", first_name="Emma", last_name="Stone",
                       email="emma@example.co.uk", email_key="emma@example.co.uk",
                       country="United Kingdom")  # fmt: skip
    assert claim(jonas_db, emma, jonas.id, now=dt.datetime.now(dt.UTC)).claimed

    blocked = ComposerDialog(ruta_db, emma, UrlHandler(Opener()))
    qtbot.addWidget(blocked)
    with qtbot.waitSignal(blocked.claims.refused, timeout=TIMEOUT):
        blocked.load("Outbound: introduction")
    qtbot.waitUntil(lambda: blocked.email is not None, timeout=TIMEOUT)
    assert blocked.claimed_by == "Jonas Žukauskas"
    assert blocked.blocked_label.text().startswith("Jonas Žukauskas is on this prospect")
    assert not blocked.send_button.isEnabled() and not blocked.mail_client_button.isEnabled()
    blocked.reject()

    release(jonas_db, emma, jonas.id)
    free = ComposerDialog(ruta_db, emma, UrlHandler(Opener()))
    qtbot.addWidget(free)
    with qtbot.waitSignal(free.claims.claimed, timeout=TIMEOUT):
        free.load("Outbound: introduction")
    qtbot.waitUntil(free.send_button.isEnabled, timeout=TIMEOUT)
    with ruta_db.reading() as conn:
        on_it = holder(conn, emma, dt.datetime.now(dt.UTC))
    assert on_it is not None and on_it.rep_id == ruta.id
    free.reject()  # closing lets go
    qtbot.waitUntil(
        lambda: claim(jonas_db, emma, jonas.id, now=dt.datetime.now(dt.UTC)).claimed,
        timeout=TIMEOUT,
    )


def test_closing_the_database_lets_go_of_the_open_panels_lease(
    qtbot: QtBot, team: tuple[Database, Database, RepInfo, RepInfo]
) -> None:
    from app.ui.widgets.claims import release_held_leases

    ruta_db, jonas_db, _ruta, jonas = team
    page = show_page(qtbot, ruta_db, Opener())
    with qtbot.waitSignal(page.claims.claimed, timeout=TIMEOUT):
        contact = _open_panel(qtbot, page, 0)
    assert not claim(jonas_db, contact, jonas.id, now=NOW).claimed
    assert release_held_leases(jonas_db) == 0  # only leases on the database that closes
    assert release_held_leases(ruta_db) == 1  # what the window does as it lets go
    assert claim(jonas_db, contact, jonas.id, now=NOW).claimed
