"""The inbound watcher: one SLA notification per lead, and the watched folder imported."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from app.adapters.clock import FixedClock
from app.storage import tables
from app.storage.database import Database
from app.storage.routing import RoutingSettings, save_routing_settings, set_rotation
from app.ui import settings
from app.ui.routing.watcher import InboundWatcher
from tests.team_data import add_contacts, add_reps

MONDAY_9 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def _watcher(
    qtbot: QtBot, db: Database, clock: FixedClock
) -> tuple[InboundWatcher, list[tuple[str, str]]]:
    window = QWidget()
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    watcher = InboundWatcher(window, lambda title, text: shown.append((title, text)), clock)
    watcher.set_database(db)
    return watcher, shown


def _finish(qtbot: QtBot, job: object) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running, timeout=15_000)  # type: ignore[attr-defined]


def test_a_lead_past_the_sla_is_notified_once_to_its_rep_and_reassigned(
    qtbot: QtBot, db: Database
) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ben, in_rotation=True)
    save_routing_settings(db, RoutingSettings(reassign_on_sla=True))
    (lead,) = add_contacts(db, 1, prefix="Ivan")
    with db.transaction() as conn:
        conn.execute(
            update(tables.contacts).values(source="inbound", arrived_at=MONDAY_9, owner_id=ana)
        )
    settings.TODAY_REP.set("rep0@team.example")
    clock = FixedClock(MONDAY_9 + dt.timedelta(minutes=1))
    watcher, shown = _watcher(qtbot, db, clock)
    assert watcher.timer.isActive()

    _finish(qtbot, watcher.check_sla())
    assert shown == []
    clock.set(MONDAY_9 + dt.timedelta(minutes=7))
    with qtbot.waitSignal(watcher.breached, timeout=15_000):
        watcher.check_sla()
    assert shown == [("Inbound lead waiting",
                      "Ivan 0 broke the speed-to-lead SLA and went to Rep 1.")]  # fmt: skip
    clock.set(MONDAY_9 + dt.timedelta(minutes=8))
    _finish(qtbot, watcher.check_sla())
    assert len(shown) == 1  # told once
    with db.reading() as conn:
        owner = conn.execute(
            select(tables.contacts.c.owner_id).where(tables.contacts.c.id == lead)
        ).scalar_one()
    assert owner == ben
    watcher.set_database(None)
    assert not watcher.timer.isActive() and watcher.check_sla() is None


def test_a_file_dropped_in_the_watched_folder_is_imported_once_it_is_stable(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "marketing"
    folder.mkdir()
    clock = FixedClock(MONDAY_9)
    watcher, shown = _watcher(qtbot, db, clock)
    watcher.set_folder(folder)
    assert watcher.rescan.isActive()
    path = folder / "webinar.csv"
    path.write_text("Name,Email\nOlga Ivanova,olga@acme.example\n", encoding="utf-8")
    stamp = (MONDAY_9 - dt.timedelta(minutes=3)).timestamp()
    os.utime(path, (stamp, stamp))

    _finish(qtbot, watcher.scan())  # first sighting: not read yet
    assert path.exists() and shown == []
    with qtbot.waitSignal(watcher.file_imported, timeout=15_000) as imported:
        watcher.scan()
    dropped = imported.args[0]
    assert dropped.outcome == "processed"
    assert (folder / "processed" / "webinar.csv").exists() and not path.exists()
    # (The plural's English forms come with the translations: "1 new lead".)
    ((title, text),) = shown
    assert title == "Inbound leads"
    assert text.startswith("1 new lead") and text.endswith(" from webinar.csv.")
    with db.reading() as conn:
        row = conn.execute(select(tables.contacts.c.full_name, tables.contacts.c.arrived_at)).one()
    assert tuple(row) == ("Olga Ivanova", MONDAY_9 - dt.timedelta(minutes=3))


def test_web_form_mails_are_read_in_the_background(
    qtbot: QtBot, db: Database, dovecot: object, temp_keyring: object
) -> None:
    from app.storage.mail.accounts import ImapAccount, save_imap_account, set_imap_password
    from app.storage.routing.webforms import WebFormSettings, save_web_form_settings
    from tests.imap_server import DovecotServer
    from tests.storage.test_routing_webforms import TILDA, form_mail

    assert isinstance(dovecot, DovecotServer)
    account = ImapAccount("127.0.0.1", dovecot.port, "none", dovecot.user)
    set_imap_password(account, dovecot.password)
    save_imap_account(db, account)
    clock = FixedClock(MONDAY_9)
    watcher, shown = _watcher(qtbot, db, clock)
    _finish(qtbot, watcher.check_web_forms())  # no folder set up: nothing happens
    assert shown == []
    dovecot.new_folder("WatcherForms")
    dovecot.append(
        [form_mail(TILDA, sender="robot@tilda.ws", subject="Заявка", sent=MONDAY_9, n=31)],
        "WatcherForms",
    )
    save_web_form_settings(db, WebFormSettings("WatcherForms"))
    with qtbot.waitSignal(watcher.web_forms_read, timeout=15_000) as read:
        watcher.check_web_forms()
    assert read.args == [1]
    assert shown and shown[0][0] == "Inbound leads"
