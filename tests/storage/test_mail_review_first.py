"""Cadence email steps marked "review first": they wait in Today until the rep sends them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.core.cadences import cadence_to_json, parse_cadence
from app.core.templating import RenderedEmail
from app.storage import tables
from app.storage.cadences import RepInfo, add_rep, enroll, import_cadence, today
from app.storage.database import Database
from app.storage.mail.due import queue_due_steps, queue_reviewed_step
from app.storage.mail.errors import MailStoreError
from app.storage.mail.outbox import keychain_connector, send_due
from app.storage.suppressions import mark_do_not_contact
from tests.cadences_data import MONDAY, add_contact
from tests.mail_data import (
    PASSWORD,
    POSTAL,
    REVIEWED,
    SEND_AT,
    TWO_EMAILS,
    outbox_rows,
    set_up_account,
)
from tests.smtp_server import SmtpTestServer


@pytest.fixture
def server() -> Iterator[SmtpTestServer]:
    running = SmtpTestServer(password=PASSWORD).start()
    yield running
    running.stop()


def _enroll(db: Database) -> tuple[RepInfo, int]:
    """One prospect in the reviewed cadence; (the rep, the contact's id)."""
    import_cadence(db, REVIEWED)
    rep = add_rep(db, "Anna Berg", "anna@seller.example", time_zone="Europe/Vilnius").rep
    contact_id = add_contact(
        db, first_name="Jurgis", email="p0@example.lt", email_key="p0@example.lt"
    )
    enroll(db, "Two emails, reviewed", [contact_id], rep, MONDAY)
    return rep, contact_id


def _open_email_task(db: Database) -> int:
    with db.reading() as conn:
        t = tables.tasks
        return int(
            conn.execute(
                select(t.c.id).where(t.c.status == "open", t.c.kind == "email")
            ).scalar_one()
        )


def test_the_review_flag_round_trips_through_the_cadence_file() -> None:
    cadence = parse_cadence(REVIEWED)
    assert [s.review for s in cadence.steps] == [True, False]
    again = parse_cadence(cadence_to_json(cadence))
    assert again == cadence
    with pytest.raises(ValueError, match="wrong_type"):
        parse_cadence(REVIEWED.replace('"review": true', '"review": "yes"'))
    with pytest.raises(ValueError, match="field_not_for_channel"):
        parse_cadence(TWO_EMAILS.replace('"channel": "email", "thread": "new",',
                                         '"channel": "call", "review": true,'))  # fmt: skip


def test_a_reviewed_step_waits_in_today_and_goes_as_the_rep_edited_it(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    rep, contact_id = _enroll(db)
    result = send_due(db, SEND_AT, keychain_connector())
    # Nothing went by itself: the step waits for the rep, and Today says why.
    assert (result.queued, result.sent) == (0, 0)
    assert result.due is not None
    assert [b.reason for b in result.due.blocked] == ["review_first"]
    assert server.received == []
    [item] = today(db, rep, SEND_AT)
    assert item.channel == "email" and item.why_not == ("review_first",)
    # The rep edits and sends it.
    task_id = _open_email_task(db)
    edited = RenderedEmail(
        subject="Our talk, Jurgis", text="Hello Jurgis,\nas promised: the plan.", html=None,
        template_id=None, variant=None, language="en",
    )  # fmt: skip
    outbox_id, changes = queue_reviewed_step(db, task_id, edited, SEND_AT)
    assert changes.touches("outbox") and changes.touches("tasks")
    assert send_due(db, SEND_AT, keychain_connector()).sent == 1
    [got] = server.received
    assert got.message["Subject"] == "Our talk, Jurgis"
    text = got.message.get_body(("plain",)).get_content()
    assert "as promised: the plan." in text and POSTAL in text  # the compliance foot is added
    [row] = outbox_rows(db)
    assert (row.id, row.contact_id, row.task_id) == (outbox_id, contact_id, task_id)
    # The step is done and the next one (the automatic reply) is scheduled and threads.
    tuesday = SEND_AT + dt.timedelta(days=1)
    assert send_due(db, tuesday, keychain_connector()).sent == 1
    reply = server.received[1].message
    assert reply["In-Reply-To"] == row.message_id
    assert reply["Subject"] == "Re: Our talk, Jurgis"


def test_a_reviewed_step_is_refused_when_it_is_no_longer_open_or_the_person_opted_out(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    _rep, contact_id = _enroll(db)
    queue_due_steps(db, SEND_AT)
    task_id = _open_email_task(db)
    email = RenderedEmail(
        subject="Hi", text="Hello", html=None, template_id=None, variant=None, language="en"
    )
    mark_do_not_contact(db, [contact_id])
    before = outbox_rows(db)
    with pytest.raises(MailStoreError) as caught:
        queue_reviewed_step(db, task_id, email, SEND_AT)
    assert caught.value.code == "do_not_contact"
    with pytest.raises(MailStoreError) as caught:
        queue_reviewed_step(db, task_id + 1000, replace(email, subject="x"), SEND_AT)
    assert caught.value.code == "step_not_open"
    assert outbox_rows(db) == before == []
