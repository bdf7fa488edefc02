"""Web-form mails read from a real Dovecot folder: leads with the mail's arrival, routed,
filed away and read once."""

from __future__ import annotations

import datetime as dt
import itertools
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlalchemy import select

from app.adapters.imap import ImapMailbox, ImapSettings
from app.adapters.imap_utf7 import encode_folder
from app.storage import tables
from app.storage.database import Database
from app.storage.routing import RoutingError, RoutingSettings, save_routing_settings, set_rotation
from app.storage.routing.webforms import (
    WebFormSettings,
    load_web_form_settings,
    read_web_forms,
    rules_from_json,
    save_web_form_settings,
)
from tests.core.test_routing import CUSTOM, TILDA
from tests.imap_server import DovecotServer
from tests.team_data import add_reps

NOW = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
_folders = itertools.count(1)


def form_mail(body: str, *, sender: str, subject: str, sent: dt.datetime, n: int) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "sales@desk.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<form-{n}-{sent.timestamp()}@site.example>"
    message.set_content(body)
    return bytes(message)


def test_bad_rules_are_refused(db: Database) -> None:
    with pytest.raises(RoutingError) as bad:
        rules_from_json([{"sender": "x", "labels": {"Name": "nickname"}}])
    assert bad.value.code == "bad_rule"
    rules = rules_from_json([{"sender": "forms@", "subject": "", "labels": {"Org": "company"}}])
    save_web_form_settings(db, WebFormSettings("Заявки", None, rules))
    with db.reading() as conn:
        stored = load_web_form_settings(conn)
    assert stored.folder == "Заявки" and stored.done == "Заявки – done"
    assert stored.rules == rules


def test_form_mails_become_routed_inbound_leads_and_are_read_once(
    db: Database, dovecot: DovecotServer
) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True)
    set_rotation(db, ben, in_rotation=True)
    save_routing_settings(db, RoutingSettings(round_robin=True))
    folder = f"Заявки веб-форм {next(_folders)}"
    wire = f'"{encode_folder(folder)}"'
    dovecot.new_folder(wire)
    sent = dt.datetime(2026, 12, 7, 9, 41, tzinfo=dt.UTC)
    dovecot.append([
        form_mail(TILDA, sender="Tilda <robot@tilda.ws>", subject="Новая заявка", sent=sent, n=1),
        form_mail(CUSTOM, sender="forms@uab.lt", subject="Lead", sent=sent, n=2),
        form_mail("Newsletter: no labels here", sender="news@x.example", subject="News",
                  sent=sent, n=3),
    ], wire)  # fmt: skip
    rules = rules_from_json([
        {"sender": "tilda", "labels": {}},
        {"sender": "forms@uab", "labels": {"Your full name": "name", "Work address": "email",
                                            "Org": "company"}},
    ])  # fmt: skip
    web = WebFormSettings(folder, None, rules)
    settings = ImapSettings("127.0.0.1", dovecot.port, "none", dovecot.user, dovecot.password,
                            folder, timeout=10.0)  # fmt: skip

    with ImapMailbox(settings, writable=True) as box:
        result = read_web_forms(db, box, web, now=NOW)

    assert (result.mails, result.leads, result.skipped, result.repeated) == (3, 2, 1, 0)
    assert result.import_result is not None and result.import_result.created == 2
    assert result.routing is not None and len(result.routing.assignments) == 2
    c = tables.contacts.c
    with db.reading() as conn:
        rows = {
            r.email_raw: r
            for r in conn.execute(
                select(c.email_raw, c.full_name, c.source, c.arrived_at, c.owner_id,
                       c.phone_raw, c.custom_fields)
            )
        }  # fmt: skip
    ivan = rows["ivan.petrov@acme.ru"]
    assert (ivan.full_name, ivan.source, ivan.arrived_at) == ("Иван Петров", "inbound", sent)
    assert ivan.phone_raw == "+7 495 123-45-67"
    assert {r.owner_id for r in rows.values()} == {ana, ben}
    assert rows["jonas@uab.lt"].full_name == "Jonas Jonaitis"

    # Read once: the two forms went to the done folder; the newsletter stays.
    with ImapMailbox(settings, writable=True) as box:
        assert box.state().exists == 1
        again = read_web_forms(db, box, web, now=NOW + dt.timedelta(minutes=1))
    assert (again.leads, again.skipped) == (0, 1) and again.changes.empty
    done = ImapSettings("127.0.0.1", dovecot.port, "none", dovecot.user, dovecot.password,
                        web.done, timeout=10.0)  # fmt: skip
    with ImapMailbox(done) as box:
        assert box.state().exists == 2


def test_a_mail_seen_before_is_only_filed_away(db: Database, dovecot: DovecotServer) -> None:
    folder = f"StorageForms{next(_folders)}"
    dovecot.new_folder(folder)
    raw = form_mail(TILDA, sender="robot@tilda.ws", subject="Заявка", sent=NOW, n=9)
    dovecot.append([raw], folder)
    settings = ImapSettings("127.0.0.1", dovecot.port, "none", dovecot.user, dovecot.password,
                            folder, timeout=10.0)  # fmt: skip
    web = WebFormSettings(folder)
    with ImapMailbox(settings, writable=True) as box:
        assert read_web_forms(db, box, web, now=NOW).leads == 1
    dovecot.append([raw], folder)  # the same mail again (a move that failed, a re-send)
    with ImapMailbox(settings, writable=True) as box:
        result = read_web_forms(db, box, web, now=NOW)
    assert (result.leads, result.repeated) == (0, 1)
    with db.reading() as conn:
        assert len(conn.execute(select(tables.contacts.c.id)).all()) == 1
