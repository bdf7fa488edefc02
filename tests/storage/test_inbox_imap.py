"""The mailbox check against a real Dovecot: replies, automatic replies, bounces, opt-outs.

The mailbox is filled with IMAP APPEND in the shapes real senders use; the database is a
real file with sent emails recorded the way the sending side records them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.adapters.imap import ImapMailbox, ImapSettings
from app.core.ops import CancelToken, OperationCancelled
from app.storage import tables
from app.storage.database import Database
from app.storage.inbox import check_mailbox, load_position
from app.storage.inbox.position import MailboxPosition, save_position
from app.storage.suppressions import is_suppressed
from tests import mail_samples as mail
from tests.imap_server import DovecotServer
from tests.inbox_data import contact_row, enrollment_states, open_items, record_sent, world

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
_folders = itertools.count(1)

PEOPLE = [
    "jonas@example.net", "ana@example.net", "petras@example.net", "en.ooo@example.net",
    "ru.ooo@example.ru", "zh.ooo@example.cn", "de.ooo@example.de", "lt.ooo@example.lt",
    "gone@example.net", "nobody@example.net", "full@example.net", "left@corp.example.net",
    "unsub.en@example.net", "unsub.ru@example.ru", "unsub.zh@example.cn", "broken@example.net",
]  # fmt: skip


def sent_id(email: str) -> str:
    return f"<sent.{email.replace('@', '.at.')}@sales.example.lt>"


def settings(server: DovecotServer, folder: str) -> ImapSettings:
    return ImapSettings("127.0.0.1", server.port, "none", server.user, server.password, folder)


def run_check(db: Database, server: DovecotServer, folder: str, **kwargs: Any) -> Any:
    imap = settings(server, folder)
    with ImapMailbox(imap) as box:
        return check_mailbox(db, box, imap.position_key, NOW, **kwargs)


@pytest.fixture
def folder(dovecot: DovecotServer) -> str:
    return dovecot.new_folder(f"Test{next(_folders)}")


def the_mailbox() -> list[bytes]:
    """One message per prospect, plus mail that is not about prospects."""
    return [
        # 1 threaded reply; 2 the same person's address without threading; 3 a colleague
        # answering in the thread from another address.
        mail.reply("Jonas <jonas@example.net>", "Sounds good.\nTuesday 14:00?",
                   in_reply_to=sent_id("jonas@example.net")),
        mail.reply("Ana <Ana@Example.NET>", "Please call me next week.", quoted=""),
        mail.reply("Assistant <assistant@example.net>", "Petras asked me to book a slot.",
                   in_reply_to="<other@x>",
                   references=f"<older@x> {sent_id('petras@example.net')}"),
        # 4-8 out of office: en/ru/zh/lt with a date, de without.
        mail.out_of_office("en.ooo@example.net", "Out of Office: Faster month-end close",
                           "I am out of the office until December 14, 2026."),
        mail.out_of_office("ru.ooo@example.ru", "Автоматический ответ: Faster month-end close",
                           "Я в отпуске до 21 декабря. Срочно: +7 495 000-00-00.",
                           headers={"X-Autoreply": "yes"}),
        mail.out_of_office("zh.ooo@example.cn", "自动回复: Faster month-end close",
                           "我将于2026年12月16日返回办公室。",
                           headers={"Precedence": "auto_reply"}),
        mail.out_of_office("de.ooo@example.de", "Abwesenheitsnotiz: Faster month-end close",
                           "Ich bin derzeit nicht im Büro.", headers={}),
        mail.out_of_office("lt.ooo@example.lt", "Automatinis atsakymas",
                           "Grįšiu gruodžio 18 d.", headers={"X-Autorespond": "yes"}),
        # 9-12 bounces: Postfix hard, Gmail hard, Gmail soft (delay), Exchange hard.
        mail.postfix_bounce("gone@example.net", sent_id("gone@example.net")),
        mail.gmail_bounce("nobody@example.net", sent_id("nobody@example.net")),
        mail.gmail_bounce("full@example.net", sent_id("full@example.net"), status="4.2.2"),
        mail.exchange_bounce("left@corp.example.net"),
        # 13-15 unsubscribe replies.
        mail.reply("unsub.en@example.net", "Please remove me from your list.",
                   in_reply_to=sent_id("unsub.en@example.net")),
        mail.reply("unsub.ru@example.ru", "Отписаться", in_reply_to=sent_id("unsub.ru@example.ru")),
        mail.reply("unsub.zh@example.cn", "请退订，谢谢。", quoted=""),
        # 16-18 not valid MIME, and mail that is nobody's business.
        mail.broken_multipart("broken@example.net", sent_id("broken@example.net")),
        mail.not_mime_at_all(),
        mail.newsletter(1),
    ]  # fmt: skip


def test_one_check_applies_every_kind_once(
    db: Database, db_path: Path, dovecot: DovecotServer, folder: str
) -> None:
    ids = world(db, PEOPLE)
    for email, contact_id in ids.items():
        record_sent(db, contact_id, sent_id(email))
    dovecot.append(the_mailbox(), folder)

    result = run_check(db, dovecot, folder)

    assert (result.checked, result.new) == (18, 18)
    assert result.counts == {
        "replies": 3, "auto_replies": 5, "bounces": 4, "unsubscribes": 3, "unmatched": 1,
        "invalid": 2,
    }  # fmt: skip
    by_uid = {item.uid: item for item in result.items}
    assert [by_uid[u].kind for u in range(1, 4)] == ["reply"] * 3
    assert by_uid[3].contact_id == ids["petras@example.net"]  # by thread, not by sender
    assert by_uid[2].contact_id == ids["ana@example.net"]  # by sender, case-insensitively
    assert (by_uid[16].kind, by_uid[16].reason) == ("invalid", "broken_multipart")
    assert (by_uid[17].kind, by_uid[17].reason) == ("invalid", "no_headers")
    assert (by_uid[18].kind, by_uid[18].action) == ("unmatched", "none")

    # A reply stops the cadence, is logged with its first lines, and is due now in Today.
    jonas = ids["jonas@example.net"]
    assert enrollment_states(db, jonas) == [("stopped", "reply")]
    assert open_items(db, jonas) == [("follow_up", "Sounds good.", NOW)]
    a = tables.activities
    with db.reading() as conn:
        logged = conn.execute(
            select(a.c.body).where(a.c.contact_id == jonas, a.c.kind == "reply")
        ).scalar_one()
    assert logged == "Sounds good.\nTuesday 14:00?"

    # Automatic replies pause until the day back, else for seven days.
    def resumes(email: str) -> dt.datetime:
        item = next(i for i in result.items if i.contact_id == ids[email])
        assert (item.kind, item.action) == ("auto_reply", "paused")
        assert enrollment_states(db, ids[email]) == [("active", None)]
        assert all(due >= item.until for _, _, due in open_items(db, ids[email]))
        return item.until

    def day(d: int) -> dt.datetime:
        return dt.datetime(2026, 12, d, tzinfo=dt.UTC)

    assert resumes("en.ooo@example.net") == day(15)
    assert resumes("ru.ooo@example.ru") == day(22)
    assert resumes("zh.ooo@example.cn") == day(16)
    assert resumes("lt.ooo@example.lt") == day(18)
    assert resumes("de.ooo@example.de") == NOW + dt.timedelta(days=7)

    # Hard bounces: the address is invalid (raw kept), the cadence stops; soft: noted only.
    for email in ("gone@example.net", "nobody@example.net", "left@corp.example.net"):
        row = contact_row(db, ids[email])
        assert (row.email_status, row.email_raw) == ("invalid", email)
        assert "bounced" in row.email_reasons.split()
        assert enrollment_states(db, ids[email]) == [("stopped", "bounce")]
    full = contact_row(db, ids["full@example.net"])
    assert full.email_status != "invalid"
    assert enrollment_states(db, ids["full@example.net"]) == [("active", None)]

    # Opt-outs: do not contact, suppressed, cadence stopped.
    for email in ("unsub.en@example.net", "unsub.ru@example.ru", "unsub.zh@example.cn"):
        assert contact_row(db, ids[email]).do_not_contact
        assert is_suppressed(db, "email", email)
        assert enrollment_states(db, ids[email]) == [("stopped", "opt_out")]

    # The broken message changed nothing.
    assert enrollment_states(db, ids["broken@example.net"]) == [("active", None)]
    assert load_position(db, settings(dovecot, folder).position_key).last_uid == 18


def test_an_unchanged_mailbox_is_not_read_again_and_nothing_is_applied_twice(
    db: Database, db_path: Path, dovecot: DovecotServer, folder: str
) -> None:
    ids = world(db, ["jonas@example.net"])
    record_sent(db, ids["jonas@example.net"], sent_id("jonas@example.net"))
    first = mail.reply("jonas@example.net", "Yes.", in_reply_to=sent_id("jonas@example.net"))
    dovecot.append([first], folder)
    assert run_check(db, dovecot, folder).counts["replies"] == 1

    unchanged = run_check(db, dovecot, folder)
    assert (unchanged.checked, unchanged.new, unchanged.items) == (0, 0, ())

    # The same message again (a copy moved back by a mail client), and the folder renumbered.
    dovecot.append([first, mail.newsletter(2)], folder)
    again = run_check(db, dovecot, folder)
    assert (again.checked, again.new, again.counts["replies"]) == (2, 1, 0)
    imap = settings(dovecot, folder)
    with db.transaction() as conn:
        save_position(conn, imap.position_key, MailboxPosition(uidvalidity=1, last_uid=99))
    renumbered = run_check(db, dovecot, folder)
    assert renumbered.checked == 3 and renumbered.counts["replies"] == 0
    a = tables.activities
    with db.reading() as conn:
        replies = conn.execute(select(a.c.id).where(a.c.kind == "reply")).all()
    assert len(replies) == 1


def test_a_cancelled_check_writes_nothing(
    db: Database, db_path: Path, dovecot: DovecotServer, folder: str
) -> None:
    ids = world(db, ["jonas@example.net"])
    record_sent(db, ids["jonas@example.net"], sent_id("jonas@example.net"))
    dovecot.append(
        [mail.reply("jonas@example.net", "Yes.", in_reply_to=sent_id("jonas@example.net"))],
        folder,
    )
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelled):
        run_check(db, dovecot, folder, cancel=token)
    assert enrollment_states(db, ids["jonas@example.net"]) == [("active", None)]
    assert load_position(db, settings(dovecot, folder).position_key) == MailboxPosition()
    assert run_check(db, dovecot, folder).counts["replies"] == 1


def test_the_pause_for_an_undated_out_of_office_is_configurable(
    db: Database, dovecot: DovecotServer, folder: str
) -> None:
    ids = world(db, ["de.ooo@example.de"])
    dovecot.append(
        [mail.out_of_office("de.ooo@example.de", "Abwesenheitsnotiz", "Nicht im Büro.")], folder
    )
    result = run_check(db, dovecot, folder, pause_days=3)
    assert result.items[0].until == NOW + dt.timedelta(days=3)
    assert result.items[0].contact_id == ids["de.ooo@example.de"]


def test_a_check_is_not_offered_as_the_users_undo(
    db: Database, db_path: Path, dovecot: DovecotServer, folder: str
) -> None:
    from app.storage.history import newest_undoable
    from app.storage.suppressions import suppress

    ids = world(db, ["jonas@example.net", "gone@example.net"])
    for email, contact_id in ids.items():
        record_sent(db, contact_id, sent_id(email))
    mine = suppress(db, "email", "someone@example.org").changes  # the user's own last action
    dovecot.append([
        mail.reply("jonas@example.net", "Yes.", in_reply_to=sent_id("jonas@example.net")),
        mail.postfix_bounce("gone@example.net", sent_id("gone@example.net")),
    ], folder)  # fmt: skip
    result = run_check(db, dovecot, folder)
    # The screens learn what changed; Edit → Undo still offers the user's action.
    assert result.changes.touches("enrollments", "tasks", "activities", "contacts")
    assert ids["gone@example.net"] in (result.changes.ids_in("contacts") or frozenset())
    assert not result.changes.undoable
    with db.reading() as conn:
        top = newest_undoable(conn)
    assert top is not None and top.change_set_id == mine.change_set_id
