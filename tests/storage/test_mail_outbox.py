"""The outbox against a real aiosmtpd server with STARTTLS (trustme) on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from app.adapters.smtp import Delivered, SmtpError
from app.storage import tables
from app.storage.cadences import today
from app.storage.database import Database
from app.storage.mail.compliance import contact_of_token
from app.storage.mail.errors import MailStoreError
from app.storage.mail.messages import (
    NewMessage,
    mark_sent,
    outbox_summary,
    queue_message,
    resend,
)
from app.storage.mail.outbox import Transport, keychain_connector, send_due
from app.storage.suppressions import mark_do_not_contact
from tests.mail_data import (
    PASSWORD,
    POSTAL,
    SEND_AT,
    contact_row,
    enroll_prospects,
    outbox_rows,
    set_up_account,
)
from tests.smtp_server import SmtpTestServer


@pytest.fixture
def server() -> Iterator[SmtpTestServer]:
    running = SmtpTestServer(password=PASSWORD).start()
    yield running
    running.stop()


@pytest.fixture
def pinned(db: Database, server: SmtpTestServer, temp_keyring: object) -> Database:
    """The account trusts the test server's self-signed certificate by its fingerprint."""
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    return db


def test_an_untrusted_certificate_stops_the_run_with_its_fingerprint(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port)
    enroll_prospects(db)
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.queued, result.sent, result.error) == (1, 0, "certificate")
    assert result.fingerprint == server.fingerprint
    assert server.received == []
    [row] = outbox_rows(db)
    assert (row.status, row.reason) == ("queued", "certificate")


def test_a_cadence_email_arrives_with_its_headers_body_and_compliance(
    pinned: Database, server: SmtpTestServer, db_path: Path
) -> None:
    db = pinned
    _rep, [contact_id] = enroll_prospects(db)
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.queued, result.sent, result.error) == (1, 1, None)
    [got] = server.received
    message = got.message
    [row] = outbox_rows(db)
    assert row.status == "sent" and row.sent_at == SEND_AT and "queued" in row.server_response
    assert message["Message-ID"] == row.message_id
    assert row.message_id.endswith("@seller.example>")
    assert message["Subject"] == "A plan for your team"
    assert str(message["From"]) == "Anna Berg <anna@seller.example>"
    unsubscribe = message["List-Unsubscribe"]
    assert "<https://seller.example/unsubscribe?token=" in unsubscribe
    assert "<mailto:anna@seller.example?subject=unsubscribe-" in unsubscribe
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = unsubscribe.split("subject=")[1].rstrip(">")
    with db.reading() as conn:
        assert contact_of_token(conn, token) == contact_id
        assert contact_of_token(conn, token[:-1] + "0") in (None, contact_id)
        assert contact_of_token(conn, f"unsubscribe-{contact_id + 1}-abc") is None
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Hello Jurgis," in text and POSTAL in text and "unsubscribe" in text
    # The sent email is logged as an activity the replies reader can match.
    with db.reading() as conn:
        a = tables.activities
        activity = conn.execute(select(a).where(a.c.kind == "email", a.c.outcome == "sent")).one()
        tasks = conn.execute(select(tables.tasks).order_by(tables.tasks.c.id)).all()
    assert activity.details["message_id"] == row.message_id
    assert activity.details["outbox_id"] == row.id
    assert set(activity.details) == {"message_id", "outbox_id", "variant", "template_id"}
    # Queueing did the step: the next one (the reply) is scheduled for Tuesday.
    assert [t.status for t in tasks] == ["done", "open"]
    # Tuesday: the reply goes in the same thread.
    tuesday = SEND_AT + dt.timedelta(days=1)
    result = send_due(db, tuesday, keychain_connector())
    assert result.sent == 1
    reply = server.received[1].message
    assert reply["In-Reply-To"] == row.message_id
    assert reply["References"] == row.message_id
    assert reply["Subject"] == "Re: A plan for your team"
    # The password is in the keychain only.
    db.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert PASSWORD.encode() not in path.read_bytes()


def test_greylisting_is_retried_later_and_a_550_bounces(
    pinned: Database, server: SmtpTestServer
) -> None:
    db = pinned
    _rep, ids = enroll_prospects(db, 2)
    server.behaviour.greylist.add("p0@example.lt")
    server.behaviour.refuse.add("p1@example.lt")
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.sent, result.deferred, result.failed) == (0, 1, 1)
    grey, gone = outbox_rows(db)
    assert (grey.status, grey.reason, grey.attempts) == ("deferred", "transient", 1)
    assert grey.next_attempt_at == SEND_AT + dt.timedelta(minutes=5)
    assert (gone.status, gone.reason) == ("failed", "bounced")
    assert "User unknown" in gone.server_response
    bounced = contact_row(db, ids[1])
    assert bounced.email_status == "invalid" and "bounced" in bounced.email_reasons.split()
    assert bounced.email == "p1@example.lt"  # the address itself is kept
    # Too early: nothing goes. Later: the greylisted one is accepted.
    assert send_due(db, SEND_AT + dt.timedelta(minutes=1), keychain_connector()).sent == 0
    assert send_due(db, SEND_AT + dt.timedelta(minutes=6), keychain_connector()).sent == 1
    assert [r.rcpt_tos for r in server.received] == [["p0@example.lt"]]
    # The bounced contact's next email step is skipped, not sent.
    tuesday = SEND_AT + dt.timedelta(days=1)
    result = send_due(db, tuesday, keychain_connector())
    assert result.due is not None and result.due.skipped == 1
    assert [r.rcpt_tos for r in server.received][-1] == ["p0@example.lt"]


class _Flaky:
    """A real connection that stops the server after some sends, or "crashes" after one."""

    def __init__(
        self, inner: Transport, server: SmtpTestServer, *, stop_after: int = 0, crash: bool = False
    ) -> None:
        self.inner, self.server, self.stop_after, self.crash = inner, server, stop_after, crash
        self.count = 0

    def send(self, message: EmailMessage) -> Delivered:
        if self.stop_after and self.count == self.stop_after:
            self.server.stop()
        self.count += 1
        delivered = self.inner.send(message)
        if self.crash:
            raise RuntimeError("the app died after the server took the message")
        return delivered

    def close(self) -> None:
        self.inner.close()


def test_the_server_going_away_mid_batch_loses_nothing_and_sends_nothing_twice(
    pinned: Database, server: SmtpTestServer
) -> None:
    db = pinned
    enroll_prospects(db, 5)
    connect = keychain_connector()
    result = send_due(db, SEND_AT, lambda a: _Flaky(connect(a), server, stop_after=2))
    assert (result.sent, result.deferred, result.error) == (2, 1, "unreachable")
    assert [r.status for r in outbox_rows(db)] == ["sent", "sent", "deferred", "queued", "queued"]
    server.start()
    later = SEND_AT + dt.timedelta(minutes=10)
    assert send_due(db, later, keychain_connector()).sent == 3
    received = sorted(r.rcpt_tos[0] for r in server.received)
    assert received == [f"p{i}@example.lt" for i in range(5)]


def test_a_crash_mid_send_leaves_the_message_in_doubt_never_resent(
    pinned: Database, server: SmtpTestServer
) -> None:
    db = pinned
    enroll_prospects(db)
    connect = keychain_connector()
    with pytest.raises(RuntimeError):
        send_due(db, SEND_AT, lambda a: _Flaky(connect(a), server, crash=True))
    assert [r.status for r in outbox_rows(db)] == ["sending"]
    result = send_due(db, SEND_AT + dt.timedelta(minutes=1), keychain_connector())
    assert (result.unknown, result.sent) == (1, 0)
    [row] = outbox_rows(db)
    assert (row.status, row.reason) == ("unknown", "interrupted")
    assert send_due(db, SEND_AT + dt.timedelta(hours=1), keychain_connector()).sent == 0
    assert len(server.received) == 1
    # The user found it in the Sent folder: marked sent, with its activity.
    mark_sent(db, row.id, SEND_AT + dt.timedelta(hours=2))
    assert outbox_rows(db)[0].status == "sent"
    with pytest.raises(MailStoreError) as caught:
        resend(db, row.id, SEND_AT)
    assert caught.value.code == "not_unknown"


def test_resend_queues_a_message_in_doubt_again(pinned: Database, server: SmtpTestServer) -> None:
    db = pinned
    enroll_prospects(db)
    connect = keychain_connector()
    with pytest.raises(RuntimeError):
        send_due(db, SEND_AT, lambda a: _Flaky(connect(a), server, crash=True))
    send_due(db, SEND_AT, keychain_connector())  # -> unknown
    [row] = outbox_rows(db)
    resend(db, row.id, SEND_AT)
    assert send_due(db, SEND_AT, keychain_connector()).sent == 1
    assert len(server.received) == 2  # the user chose to send it again


def test_caps_and_spacing_hold_messages_with_their_next_send_time(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint, per_hour=2)
    enroll_prospects(db, 5)
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.sent, result.held) == (2, 3)
    held = [r for r in outbox_rows(db) if r.status == "queued"]
    assert {(r.reason, r.next_attempt_at) for r in held} == {
        ("hourly_cap", SEND_AT + dt.timedelta(hours=1))
    }
    assert send_due(db, SEND_AT + dt.timedelta(minutes=30), keychain_connector()).sent == 0
    assert send_due(db, SEND_AT + dt.timedelta(hours=1), keychain_connector()).sent == 2
    # Spacing: one per run at a fixed clock, the next one 90 s later.
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint, spacing_seconds=90)
    later = SEND_AT + dt.timedelta(hours=3)
    result = send_due(db, later, keychain_connector())
    assert (result.sent, result.held) == (1, 0)
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint, per_day=5)
    assert send_due(db, later + dt.timedelta(hours=1), keychain_connector()).sent == 0
    assert len(server.received) == 5


def test_the_window_is_the_prospects_local_time_checked_at_send_time(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    from app.storage.mail.accounts import parse_window

    window = parse_window("09:00-17:00")
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    enroll_prospects(db)
    # Queued at 10:00 in Vilnius but the window is set before it goes at 18:00 there.
    from app.storage.mail.due import queue_due_steps

    assert queue_due_steps(db, SEND_AT).queued == 1
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint, window=window)
    evening = dt.datetime(2026, 12, 7, 16, 0, tzinfo=dt.UTC)  # 18:00 in Vilnius
    result = send_due(db, evening, keychain_connector())
    assert (result.sent, result.held) == (0, 1)
    [row] = outbox_rows(db)
    assert (row.reason, row.next_attempt_at) == (
        "outside_window", dt.datetime(2026, 12, 8, 7, 0, tzinfo=dt.UTC),  # 09:00 Vilnius
    )  # fmt: skip
    # 09:00 there: it goes, and so does Tuesday's reply, due at the same moment.
    assert send_due(db, row.next_attempt_at, keychain_connector()).sent == 2
    assert [r.status for r in outbox_rows(db)] == ["sent", "sent"]


def test_a_line_break_in_a_merge_value_is_refused_and_the_step_stays_in_today(
    pinned: Database, server: SmtpTestServer
) -> None:
    db = pinned
    import_text = "Acme\r\nBcc: everyone@evil.example"
    with db.transaction() as conn:
        company_id = conn.execute(
            tables.companies.insert()
            .values(name=import_text, normalized_name="acme")
            .returning(tables.companies.c.id)
        ).scalar_one()
    rep, [contact_id] = enroll_prospects(db, company_id=company_id)
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.queued, result.sent) == (0, 0)
    assert result.due is not None
    assert [b.reason for b in result.due.blocked] == ["header_injection"]
    [item] = today(db, rep, SEND_AT)
    assert item.channel == "email" and "header_injection" in item.why_not
    assert server.received == []
    with pytest.raises(MailStoreError) as caught:
        queue_message(
            db, NewMessage(to="b@example.com", subject="Hi\nBcc: x@evil.example", text="t"),
            "anna@seller.example", SEND_AT,
        )  # fmt: skip
    assert caught.value.code == "line_break"
    assert contact_id


def test_a_non_ascii_recipient_without_smtputf8_fails_clearly(
    db: Database, temp_keyring: object
) -> None:
    plain = SmtpTestServer(smtputf8=False, password=PASSWORD).start()
    try:
        set_up_account(db, plain.port, pinned_fingerprint=plain.fingerprint)
        enroll_prospects(db, email="иван@пример.рф", email_key="иван@пример.рф")
        result = send_due(db, SEND_AT, keychain_connector())
    finally:
        plain.stop()
    assert (result.sent, result.failed, result.error) == (0, 1, None)
    [row] = outbox_rows(db)
    assert (row.status, row.reason) == ("failed", "no_smtputf8")
    assert plain.received == []


def test_do_not_contact_is_checked_when_queueing_and_again_when_sending(
    pinned: Database, server: SmtpTestServer
) -> None:
    db = pinned
    rep, ids = enroll_prospects(db, 2)
    from app.storage.mail.due import queue_due_steps

    mark_do_not_contact(db, [ids[0]], "opt_out")
    due = queue_due_steps(db, SEND_AT)
    assert due.queued == 1 and [b.reason for b in due.blocked] == ["do_not_contact"]
    # Suppressed after queueing (and the contact re-imported unflagged): still not sent.
    mark_do_not_contact(db, [ids[1]], "opt_out")
    with db.transaction() as conn:
        conn.execute(tables.contacts.update().values(do_not_contact=False))
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.sent, result.failed) == (0, 1)
    assert outbox_rows(db)[0].reason == "do_not_contact"
    assert server.received == []
    assert rep.id


def test_cadence_emails_wait_for_a_postal_address(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint, postal_address="")
    rep, _ids = enroll_prospects(db)
    result = send_due(db, SEND_AT, keychain_connector())
    assert result.due is not None
    assert [b.reason for b in result.due.blocked] == ["no_postal_address"]
    [item] = today(db, rep, SEND_AT)
    assert "no_postal_address" in item.why_not
    summary = outbox_summary(db)
    assert summary.counts["queued"] == 0 and summary.messages == []


def test_a_wrong_password_is_an_auth_error(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    from app.storage.mail.accounts import set_smtp_password

    saved = set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    set_smtp_password(saved, "wrong")
    enroll_prospects(db)
    result = send_due(db, SEND_AT, keychain_connector())
    assert result.error == "auth"
    assert outbox_rows(db)[0].reason == "auth"


def test_smtp_errors_keep_their_codes() -> None:
    assert SmtpError("transient").retry and not SmtpError("permanent").retry


def test_queueing_due_steps_is_not_offered_as_an_undo(
    pinned: Database, server: SmtpTestServer
) -> None:
    from app.storage.history import newest_undoable
    from app.storage.mail.due import queue_due_steps

    db = pinned
    enroll_prospects(db)
    with db.reading() as conn:
        before = newest_undoable(conn)
    result = queue_due_steps(db, SEND_AT)
    assert result.queued == 1 and not result.changes.undoable
    assert result.changes.touches("outbox", "tasks")
    with db.reading() as conn:
        assert newest_undoable(conn) == before


def test_a_cadence_stored_as_step_rows_sends_its_steps_template(
    db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    """Cadences written before they had a file (the demo's) name templates by id."""
    from app.storage.cadences import add_rep, enroll
    from app.storage.mail.due import queue_due_steps
    from app.storage.templates import TemplateDraft, VariantText, create_template
    from tests.cadences_data import MONDAY, add_contact

    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    template_id = create_template(
        db, TemplateDraft("Legacy hello", (VariantText("A", "en", "Hello", "Hi {{ first_name }}"),))
    ).id
    with db.transaction() as conn:
        cadence_id = conn.execute(
            tables.cadences.insert().values(name="Old style", active=True)
            .returning(tables.cadences.c.id)
        ).scalar_one()  # fmt: skip
        conn.execute(
            tables.cadence_steps.insert().values(
                cadence_id=cadence_id,
                position=1,
                day_offset=0,
                channel="email",
                template_id=template_id,
            )  # fmt: skip
        )
    rep = add_rep(db, "Anna Berg", "anna@seller.example").rep
    enroll(db, "Old style", [add_contact(db)], rep, MONDAY)
    assert queue_due_steps(db, SEND_AT).queued == 1
    [row] = outbox_rows(db)
    assert row.subject == "Hello" and row.text.startswith("Hi Jurgis")
    assert row.template_id == template_id


def test_an_email_queued_before_the_cadence_stopped_is_not_sent(
    pinned: Database, server: SmtpTestServer
) -> None:
    from app.storage.mail.due import queue_due_steps

    db = pinned
    enroll_prospects(db)
    assert queue_due_steps(db, SEND_AT).queued == 1
    with db.transaction() as conn:  # the prospect replied meanwhile
        conn.execute(tables.enrollments.update().values(status="stopped", stop_reason="reply"))
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.sent, result.failed) == (0, 1)
    assert outbox_rows(db)[0].reason == "cadence_stopped"
    assert server.received == []


def test_a_composed_email_is_queued_with_the_compliance_foot_and_sent(
    pinned: Database, server: SmtpTestServer
) -> None:
    from app.storage.mail.compose import queue_for_contact
    from tests.cadences_data import add_contact

    db = pinned
    contact_id = add_contact(db)
    new_id, changes = queue_for_contact(
        db, contact_id, subject="Labas, Jurgi", text="Trumpas laiškas.", html=None, now=SEND_AT
    )
    assert changes.ids_in("outbox") == {new_id}
    assert send_due(db, SEND_AT, keychain_connector()).sent == 1
    [got] = server.received
    assert (
        got.message["List-Unsubscribe"].strip().startswith("<https://seller.example/unsubscribe?")
    )
    assert POSTAL in got.message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    mark_do_not_contact(db, [contact_id], "opt_out")
    with pytest.raises(MailStoreError) as caught:
        queue_for_contact(db, contact_id, subject="Again", text="t", html=None, now=SEND_AT)
    assert caught.value.code == "do_not_contact"


def test_an_erased_persons_address_is_never_emailed(
    pinned: Database, server: SmtpTestServer
) -> None:
    from app.storage.erasure import erase_contact
    from app.storage.mail.messages import NewMessage, queue_message

    db = pinned
    _rep, ids = enroll_prospects(db, 1)
    with db.reading() as conn:
        address = str(
            conn.execute(
                select(tables.contacts.c.email).where(tables.contacts.c.id == ids[0])
            ).scalar_one()
        )
    erase_contact(db, ids[0], now=SEND_AT)
    # The address typed into a manual email after the erasure: only the salted hash
    # remembers the person, and it is enough.
    queue_message(
        db, NewMessage(to=address, subject="Hello", text="Hi.", kind="manual"),
        "sdr@example.com", SEND_AT,
    )  # fmt: skip
    result = send_due(db, SEND_AT, keychain_connector())
    assert (result.sent, result.failed) == (0, 1)
    assert outbox_rows(db)[0].reason == "do_not_contact"
    assert server.received == []
