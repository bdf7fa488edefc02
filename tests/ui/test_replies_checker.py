"""The background replies checker: checks at start, then wakes on the server's IDLE push."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.ops import Changes
from app.storage.database import Database
from app.storage.inbox import CheckResult
from app.storage.mail.accounts import ImapAccount, save_imap_account, set_imap_password
from app.ui.changes import change_bus
from app.ui.jobs import wait_for_jobs
from app.ui.mail.replies_checker import RepliesChecker
from tests import mail_samples as mail
from tests.imap_server import DovecotServer
from tests.inbox_data import open_items, record_sent, world


def test_the_checker_checks_at_start_and_again_when_mail_arrives(
    qtbot: QtBot, db: Database, db_path: Path, dovecot: DovecotServer, temp_keyring: object
) -> None:
    ids = world(db, ["jonas@example.net"])
    jonas = ids["jonas@example.net"]
    record_sent(db_path, jonas, "<sent.jonas.ui@sales.example.lt>")
    folder = dovecot.new_folder("UiChecker")
    account = ImapAccount("127.0.0.1", dovecot.port, "none", dovecot.user, folder)
    save_imap_account(db, account)
    set_imap_password(account, dovecot.password)
    dovecot.append([mail.newsletter(5)], folder)
    window = QWidget()
    qtbot.addWidget(window)
    # An hour between polls: a second check within the test can only come from IDLE.
    checker = RepliesChecker(window, lambda: db, poll_minutes=60)
    broadcast: list[Changes] = []
    change_bus().changed.connect(broadcast.append)
    try:
        with qtbot.waitSignal(checker.checked, timeout=20_000) as first:
            checker.start()
        result: CheckResult = first.args[0]
        assert (result.checked, result.counts["unmatched"]) == (1, 1)
        qtbot.wait(300)  # the IDLE wait is set up
        answer = mail.reply("jonas@example.net", "Yes, Tuesday.",
                            in_reply_to="<sent.jonas.ui@sales.example.lt>")  # fmt: skip
        with qtbot.waitSignal(checker.checked, timeout=30_000) as second:
            dovecot.append([answer], folder)
        assert second.args[0].counts["replies"] == 1
        assert open_items(db, jonas)[-1][:2] == ("follow_up", "Yes, Tuesday.")
        assert any(c.touches("tasks", "enrollments") for c in broadcast)  # pages refresh
    finally:
        checker.stop()
        change_bus().changed.disconnect(broadcast.append)
        assert wait_for_jobs(10_000)


def test_without_an_account_the_checker_says_so_and_stops(
    qtbot: QtBot, db: Database, temp_keyring: object
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    checker = RepliesChecker(window, lambda: db)
    with qtbot.waitSignal(checker.check_failed, timeout=10_000) as failed:
        checker.start()
    assert failed.args == ["no_account"]
    checker.stop()
    assert wait_for_jobs(5_000)
