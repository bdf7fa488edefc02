"""Team mode in the window: "Also here" in the status bar, other people's edits broadcast."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from app.core.ops import Changes
from app.storage.database import Database, open_database
from app.storage.team import end_session, live_sessions, register_session
from app.ui.changes import change_bus
from app.ui.locale_format import short_time
from app.ui.main_window import MainWindow
from app.ui.shell.team import TeamStatus, end_session_quietly
from tests.team_data import add_contacts, add_reps

WAIT_MS = 15_000


@pytest.fixture
def shared_pair(db_path: Path, migrated_template: Path) -> Iterator[tuple[Database, Database]]:
    """The same file opened twice in shared mode: this window's and a colleague's app."""
    shutil.copyfile(migrated_template, db_path)
    mine = open_database(db_path, shared=True)
    theirs = open_database(db_path, shared=True)
    yield mine, theirs
    theirs.close()
    mine.close()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_the_status_bar_names_who_else_is_here_and_their_edits_refresh(
    qtbot: QtBot, shared_pair: tuple[Database, Database], tmp_path: Path
) -> None:
    mine, theirs = shared_pair
    (rep,) = add_reps(theirs, 1)
    register_session(theirs, user_name="jonas", host="desk-2", pid=22, now=_now(), rep_id=rep)
    register_session(theirs, user_name="олег", host="ноутбук", pid=23, now=_now())

    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel(window)
    window.statusBar().addPermanentWidget(label)
    team = TeamStatus(window, label)
    team.attach(mine)
    qtbot.waitUntil(lambda: label.text() == "Also here: Rep 0, олег", timeout=WAIT_MS)
    assert "олег on ноутбук" in label.toolTip()
    # This window registered itself too (the colleagues see it).
    qtbot.waitUntil(lambda: team.session_id is not None, timeout=WAIT_MS)
    with theirs.reading() as conn:
        assert len(live_sessions(conn, _now())) == 3

    window.resize(700, 80)
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(str(tmp_path / "team-status.png"))

    # A colleague's edit reaches this window's change bus as a remote change.
    add_contacts(theirs, 2)
    with qtbot.waitSignal(
        change_bus().changed,
        timeout=WAIT_MS,
        check_params_cb=lambda changes: isinstance(changes, Changes) and changes.source == "remote",
    ) as blocker:
        job = team.look()
        assert job is not None
    remote = blocker.args[0]
    assert remote.touches("contacts")
    assert remote.count == 1

    # Leaving: the session goes, and the label empties.
    farewell = team.detach()
    assert farewell is not None
    end_session_quietly(*farewell)
    assert label.text() == ""
    assert not label.isVisible()
    with theirs.reading() as conn:
        assert len(live_sessions(conn, _now())) == 2


def test_a_solo_database_registers_no_session(qtbot: QtBot, window: MainWindow) -> None:
    assert window.database is not None
    assert window.team.session_id is None
    assert not window.status.team_label.isVisible()
    assert not window.team.timer.isActive()
    with window.database.reading() as conn:
        assert live_sessions(conn, _now()) == []


def test_switching_databases_ends_the_session_on_the_old_one(
    qtbot: QtBot, shared_pair: tuple[Database, Database]
) -> None:
    mine, theirs = shared_pair
    team = TeamStatus(QMainWindow(), QLabel())
    team.attach(mine)
    qtbot.waitUntil(lambda: team.session_id is not None, timeout=WAIT_MS)
    farewell = team.detach()
    assert farewell is not None and farewell[0] is mine
    end_session(*farewell)
    with theirs.reading() as conn:
        assert live_sessions(conn, _now()) == []
    assert team.detach() is None


def test_the_contact_panel_says_who_is_on_the_prospect(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    from app.storage.team import claim, release
    from app.ui.widgets.contact_detail import ContactDetail

    (rep,) = add_reps(db, 1)
    (contact,) = add_contacts(db, 1)
    lease = claim(db, contact, rep, now=_now(), minutes=30)
    panel = ContactDetail()
    qtbot.addWidget(panel)
    panel.resize(420, 300)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.show_contact(db, contact)
    until = short_time(lease.holder.expires_at)
    assert panel.claim_label.text() == f"Rep 0 is on this prospect until {until}"
    assert panel.claim_label.isVisible()
    panel.grab().save(str(tmp_path / "claim-banner.png"))

    release(db, contact, rep)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.reload()
    assert not panel.claim_label.isVisible()


@pytest.mark.postgres
def test_on_a_server_other_peoples_edits_are_pushed_without_polling(
    qtbot: QtBot, postgres_url: str
) -> None:
    mine, theirs = open_database(postgres_url), open_database(postgres_url)
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel(window)
    team = TeamStatus(window, label)
    try:
        team.attach(mine)
        team.timer.stop()  # no polling tick: only the listener can deliver the change
        listener = team._listener  # noqa: SLF001 - waiting for it to listen
        assert listener is not None
        qtbot.waitUntil(listener.connected.is_set, timeout=WAIT_MS)
        with qtbot.waitSignal(
            change_bus().changed,
            timeout=WAIT_MS,
            check_params_cb=lambda changes: (
                isinstance(changes, Changes) and changes.source == "remote"
            ),
        ) as blocker:
            add_contacts(theirs, 1)
        assert blocker.args[0].touches("contacts")
    finally:
        farewell = team.detach()
        if farewell is not None:
            end_session_quietly(*farewell)
        theirs.close()
        mine.close()
    assert team._listener is None  # noqa: SLF001 - stopped with the database
