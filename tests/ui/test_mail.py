"""The sending half in the window: the Outbox page, the background sender, the account dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.adapters.clock import FixedClock
from app.storage.database import Database
from app.storage.mail.accounts import load_smtp_account, smtp_password
from app.storage.mail.messages import NewMessage, outbox_summary, queue_message
from app.storage.mail.outbox import keychain_connector
from app.ui.jobs import wait_for_jobs
from app.ui.mail.account_dialog import MailAccountDialog
from app.ui.mail.outbox_model import OutboxModel
from app.ui.mail.outbox_page import OutboxPage
from app.ui.mail.sender import BackgroundSender
from app.ui.widgets.page import PageContext
from tests.mail_data import PASSWORD, SEND_AT, enroll_prospects, outbox_rows, set_up_account
from tests.smtp_server import SmtpTestServer

LOAD_MS = 15_000


@pytest.fixture(autouse=True)
def no_session_passwords() -> Iterator[None]:
    """Each test starts and ends without passwords kept in memory."""
    from app.ui.mail.sender import forget_session_passwords

    forget_session_passwords()
    yield
    forget_session_passwords()


@pytest.fixture
def server() -> Iterator[SmtpTestServer]:
    running = SmtpTestServer(password=PASSWORD).start()
    yield running
    running.stop()


def show_page(qtbot: QtBot, db: Database, sender: BackgroundSender) -> OutboxPage:
    page = OutboxPage(sender=sender, clock=FixedClock(SEND_AT))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.database_changed(PageContext(database=db, contacts=1))
    return page


def test_the_outbox_model_passes_the_model_tester(db: Database, qtmodeltester: Any) -> None:
    queue_message(db, NewMessage(to="a@example.com", subject="Hi", text="t"), "me@x.example",
                  SEND_AT)  # fmt: skip
    model = OutboxModel()
    model.set_rows(outbox_summary(db).messages)
    qtmodeltester.check(model)
    qtmodeltester.check(OutboxModel())


def test_a_queued_email_is_sent_while_the_window_stays_responsive(
    qtbot: QtBot, db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    enroll_prospects(db, 2)
    server.behaviour.data_delay = 0.3  # a slow server: each DATA takes 0.3 s
    sender = BackgroundSender(clock=FixedClock(SEND_AT), connector=keychain_connector())
    sender.set_database(db)
    page = show_page(qtbot, db, sender)
    ticks = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    with qtbot.waitSignal(sender.run_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.send_button, _left())
    heartbeat.stop()
    assert finished.args[0].sent == 2
    assert len(server.received) == 2
    # The event loop kept turning while the server took 0.6 s to answer.
    assert len(ticks) >= 10
    qtbot.waitUntil(lambda: page.summary.counts.get("sent") == 2, timeout=LOAD_MS)
    assert page.model.data(page.model.index(0, 0)) == "Sent"
    assert "2 sent" in page.counts_label.text()
    sender.set_database(None)


def test_a_message_in_doubt_offers_resend_and_mark_as_sent(
    qtbot: QtBot, db: Database, temp_keyring: object
) -> None:
    new_id, _ = queue_message(
        db, NewMessage(to="a@example.com", subject="Hello", text="t"), "me@x.example", SEND_AT
    )
    with db.transaction() as conn:
        from app.storage import tables

        conn.execute(tables.outbox.update().values(status="sending"))
    from app.storage.mail.messages import recover_interrupted

    assert recover_interrupted(db) == [new_id]
    sender = BackgroundSender(clock=FixedClock(SEND_AT))
    page = show_page(qtbot, db, sender)
    assert page.model.data(page.model.index(0, 0)) == "In doubt"
    assert "Sent folder" in str(page.model.data(page.model.index(0, 3)))
    assert not page.resend_button.isEnabled()
    page.table.selectRow(0)
    assert page.resend_button.isEnabled() and page.mark_sent_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(page.mark_sent_button, _left())
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Sent", timeout=LOAD_MS)
    assert not page.mark_sent_button.isEnabled()


def test_the_account_dialog_keeps_the_password_in_the_keychain_and_trusts_a_shown_certificate(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    server: SmtpTestServer,
    temp_keyring: object,
    isolated_data_dir: Path,
) -> None:
    dialog = MailAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.last_job is not None
    qtbot.waitUntil(lambda: not dialog.last_job.is_running, timeout=LOAD_MS)  # type: ignore[union-attr]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.user.setText("anna")
    dialog.password.setText(PASSWORD)
    dialog.from_address.setText("anna@seller.example")
    dialog.postal_address.setPlainText("Gedimino pr. 1, Vilnius")
    job = dialog.send_test()
    assert job is not None
    qtbot.waitUntil(dialog.trust_button.isVisible, timeout=LOAD_MS)
    assert server.fingerprint in dialog.result_label.text()
    qtbot.mouseClick(dialog.trust_button, _left())
    assert dialog.fingerprint.text() == server.fingerprint
    dialog.send_test()
    qtbot.waitUntil(lambda: "was sent" in dialog.result_label.text(), timeout=LOAD_MS)
    assert len(server.received) == 1
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_MS):
        dialog.save()
    account = load_smtp_account(db)
    assert account is not None and account.pinned_fingerprint == server.fingerprint
    assert smtp_password(account) == PASSWORD
    wait_for_jobs(10_000)
    db.close()
    for path in [*db_path.parent.glob(db_path.name + "*"), *isolated_data_dir.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_the_password_stays_out_of_a_crash_report_and_the_log(
    qtbot: QtBot,
    db: Database,
    server: SmtpTestServer,
    temp_keyring: object,
    isolated_data_dir: Path,
) -> None:
    import sys

    from app.logs import flush_logging, setup_logging
    from app.storage.mail.outbox import send_due
    from app.ui.crash import CrashReporter

    log_path = setup_logging()
    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    enroll_prospects(db)
    connect = keychain_connector()

    def crashing(account: Any) -> Any:
        transport = connect(account)
        raise RuntimeError(f"crash while connected: {transport.settings!r}")  # type: ignore[attr-defined]

    reporter = CrashReporter()
    try:
        send_due(db, SEND_AT, crashing)
    except RuntimeError:
        reporter.handle_exception(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=LOAD_MS)
    assert reporter.dialog is not None
    details = reporter.dialog.detailedText()
    reporter.dialog.close()
    assert "crash while connected: SmtpSettings(anna@127.0.0.1" in details
    assert PASSWORD not in details
    assert outbox_rows(db)[0].status == "queued"  # nothing was marked sending
    flush_logging()
    assert Path(log_path).is_file()
    for path in [Path(log_path), *isolated_data_dir.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_without_a_keychain_the_password_is_asked_once_and_kept_in_memory(
    qtbot: QtBot, db: Database, server: SmtpTestServer, db_path: Path, isolated_data_dir: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from app.storage.mail.accounts import save_smtp_account
    from app.ui.mail.sender import gui_connector
    from tests.mail_data import account

    save_smtp_account(db, account(server.port, pinned_fingerprint=server.fingerprint))
    enroll_prospects(db)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        sender = BackgroundSender(clock=FixedClock(SEND_AT), connector=gui_connector())
        sender.set_database(db)
        page = show_page(qtbot, db, sender)
        with qtbot.waitSignal(sender.run_finished, timeout=LOAD_MS) as first:
            page.send_now()
        assert first.args[0].error == "keychain_unavailable"
        dialog = page.password_dialog
        assert dialog is not None and dialog.isVisible()
        assert page.ask_password("anna@127.0.0.1") is None  # once per session
        with qtbot.waitSignal(sender.run_finished, timeout=30_000) as second:
            dialog.setTextValue(PASSWORD)
            dialog.accept()
        assert second.args[0].sent == 1 and len(server.received) == 1
        sender.set_database(None)
    finally:
        keyring.set_keyring(previous)
    wait_for_jobs(10_000)
    db.close()
    for path in [*db_path.parent.glob(db_path.name + "*"), *isolated_data_dir.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_the_window_lists_the_outbox_and_opens_the_mail_account_dialog(
    qtbot: QtBot, db_path: Path
) -> None:
    from app.ui.main_window import MainWindow
    from tests.ui.conftest import OPEN_TIMEOUT_MS

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        window.open_database_at(db_path, create=True)
    assert "outbox" in [e.key for e in window.page_entries]
    window.show_page("outbox")
    assert isinstance(window.current_page(), OutboxPage)
    assert window.action_mail_account.isEnabled()
    window.action_mail_account.trigger()
    dialog = window.findChild(MailAccountDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.close()


def test_the_composers_send_now_queues_and_sends(
    qtbot: QtBot, db: Database, server: SmtpTestServer, temp_keyring: object
) -> None:
    from app.core.templating import RenderedEmail
    from app.ui.mail.compose import queue_composed
    from tests.cadences_data import add_contact

    set_up_account(db, server.port, pinned_fingerprint=server.fingerprint)
    contact_id = add_contact(db)
    sender = BackgroundSender(clock=FixedClock(SEND_AT), connector=keychain_connector())
    email = RenderedEmail("Labas", "Trumpas laiškas.", None, None, None, "lt")
    with qtbot.waitSignal(sender.run_finished, timeout=30_000) as finished:
        queue_composed(None, db, contact_id, email, queue_only=False, sender=sender,
                       clock=FixedClock(SEND_AT))  # fmt: skip
    assert finished.args[0].sent == 1
    assert server.received[0].message["Subject"] == "Labas"
    sender.set_database(None)


def test_the_templates_pages_composer_queues_into_the_outbox(
    qtbot: QtBot, db_path: Path, temp_keyring: object
) -> None:
    from sqlalchemy import select

    from app.core.templating import RenderedEmail
    from app.storage import tables
    from app.storage.database import open_database
    from app.ui.jobs import wait_for_jobs
    from app.ui.main_window import MainWindow
    from tests.cadences_data import add_contact
    from tests.ui.conftest import OPEN_TIMEOUT_MS

    seed = open_database(db_path)
    try:
        contact_id = add_contact(seed)
        set_up_account(seed, 2525)  # queued only: no server is asked
    finally:
        seed.close()
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_opened, timeout=OPEN_TIMEOUT_MS):
        window.open_database_at(db_path, create=False)
    window.show_page("templates")
    page = window.current_page()
    email = RenderedEmail("Labas", "Trumpas laiškas.", None, None, None, "lt")
    page.send_requested.emit(contact_id, email, True)  # type: ignore[attr-defined]
    wait_for_jobs()
    db = window.database
    assert db is not None
    with db.reading() as conn:
        rows = conn.execute(select(tables.outbox.c.contact_id, tables.outbox.c.status)).all()
    assert [tuple(r) for r in rows] == [(contact_id, "queued")]
    window.close()


def test_the_account_dialog_sets_up_the_replies_mailbox(
    qtbot: QtBot, db: Database, temp_keyring: object
) -> None:
    from app.storage.mail.accounts import imap_password, load_imap_account

    set_up_account(db, 2525)
    dialog = MailAccountDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.last_job is not None
    qtbot.waitUntil(lambda: not dialog.last_job.is_running, timeout=LOAD_MS)  # type: ignore[union-attr]
    assert not dialog.imap.isChecked()  # no mailbox yet: the group is off
    dialog.imap.setChecked(True)
    dialog.imap.host.setText("imap.seller.example")
    dialog.imap.folder.setText("Входящие/Ответы")
    dialog.imap.fingerprint.setText("AB" * 32)
    dialog.imap.password.setText("Imap-pw-Ω")
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_MS):
        dialog.save()
    imap = load_imap_account(db)
    assert imap is not None
    assert (imap.host, imap.port, imap.security, imap.user, imap.folder) == (
        "imap.seller.example", 993, "ssl", "anna", "Входящие/Ответы"
    )  # the sending account's user name by default  # fmt: skip
    assert imap.pinned_fingerprint == "ab" * 32
    assert imap_password(imap) == "Imap-pw-Ω"
    # Opened again, the dialog shows it; a bad fingerprint is refused with nothing saved.
    again = MailAccountDialog(db)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.imap.isChecked, timeout=LOAD_MS)
    assert again.imap.host.text() == "imap.seller.example"
    assert again.imap.password.placeholderText() == "Stored; type to replace"
    again.imap.fingerprint.setText("not a fingerprint")
    assert again.save() is None
    assert "Please check the mailbox" in again.result_label.text()
