"""The Validate workspace on a real demo database file, driven like a person."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import dns.resolver
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.adapters.dns import DnspythonResolver
from app.core.validation import REASONS
from app.storage.database import Database
from app.storage.validation import validation_summary
from app.ui.jobs import wait_for_jobs
from app.ui.main_window import MainWindow
from app.ui.validation.page import ValidatePage
from app.ui.validation.problems_model import NAME, STATUS, SUGGESTION, VALUE, ProblemsModel
from tests.ui.validation_data import BadIds, column, fill, type_text

TIMEOUT = 15_000


@pytest.fixture
def bad(db: Database) -> BadIds:
    return fill(db)


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, bad: BadIds) -> ValidatePage:
    del bad
    window.refresh_summary()
    qtbot.waitUntil(lambda: window.summary_contacts > 0, timeout=TIMEOUT)
    window.show_page("validate")
    validate = window.page("validate")
    assert isinstance(validate, ValidatePage)
    settle(qtbot, validate)
    return validate


def settle(qtbot: QtBot, page: ValidatePage) -> None:
    """Wait until every read the page started has landed on screen."""
    qtbot.waitUntil(
        lambda: wait_for_jobs(0) and not page.model.loading and page.model.rowCount() > 0,
        timeout=TIMEOUT,
    )
    qtbot.wait(20)  # deliver the queued results of the last jobs
    qtbot.waitUntil(lambda: wait_for_jobs(0) and not page.model.loading, timeout=TIMEOUT)


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(
    model: ProblemsModel, row: int, column_: int, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return model.data(model.index(row, column_), role)


def row_of(page: ValidatePage, contact_id: int, field: str = "email") -> int:
    return next(
        i for i, r in enumerate(page.model.rows) if r.contact_id == contact_id and r.field == field
    )


def select_reason(qtbot: QtBot, page: ValidatePage, field: str, reason: str) -> None:
    page.reason_filter.select(field, reason)
    settle(qtbot, page)


def select_contact(page: ValidatePage, contact_id: int, field: str = "email") -> None:
    page.table.selectRow(row_of(page, contact_id, field))


def wait_job(qtbot: QtBot, page: ValidatePage) -> None:
    job = page.last_job
    assert job is not None
    if job.is_running:
        with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
            pass
    settle(qtbot, page)


def test_models_pass_the_model_tester(qtmodeltester: Any, page: ValidatePage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.reason_filter.model())


def test_summary_matches_the_database(page: ValidatePage, db: Database) -> None:
    with db.reading() as conn:
        expected = validation_summary(conn)
    view = page.summary_view
    for field, counts in (("email", expected.email), ("phone", expected.phone)):
        for status in ("valid", "risky", "invalid", "unknown"):
            assert view.number(f"{field}_{status}") == page.locale().toString(counts[status])
    assert view.number("duplicates") == str(expected.duplicates)
    assert view.number("quality") == f"{expected.average_quality:.0f}"
    assert view.chart.rows[0][1]["invalid"] == expected.email["invalid"]


def test_filter_by_reason_shows_only_those_rows(qtbot: QtBot, page: ValidatePage) -> None:
    select_reason(qtbot, page, "email", "role_account")
    model = page.model
    assert model.rowCount() == page.reason_filter.count_of("email", "role_account") > 0
    for row in range(model.rowCount()):
        assert REASONS["role_account"] in cell(model, row, STATUS, Qt.ItemDataRole.ToolTipRole)
        assert cell(model, row, STATUS) == "Risky"
    assert "Role mailbox" in page.reason_filter.currentItem().text()


def test_accept_suggestion_then_undo(
    qtbot: QtBot, page: ValidatePage, bad: BadIds, db: Database
) -> None:
    select_reason(qtbot, page, "email", "possible_typo")
    row = row_of(page, bad.cyrillic)
    assert cell(page.model, row, NAME) == "Анна Кузнецова-Римская"
    assert cell(page.model, row, SUGGESTION) == "anna.kuznetsova@gmail.com"
    select_contact(page, bad.cyrillic)
    click(qtbot, page.accept_button)
    wait_job(qtbot, page)
    assert page.message_bar.label.text() == "1 suggestion accepted."
    row = row_of(page, bad.cyrillic)
    assert cell(page.model, row, VALUE) == "anna.kuznetsova@gmail.com"
    assert cell(page.model, row, STATUS) == "Valid"
    assert column(db, bad.cyrillic, "email_raw") == "anna.kuznetsova@gmail.com"

    click(qtbot, page.message_bar.action_button)
    wait_job(qtbot, page)
    assert column(db, bad.cyrillic, "email_raw") == "anna.kuznetsova@gmial.com"
    row = row_of(page, bad.cyrillic)
    assert cell(page.model, row, VALUE) == "anna.kuznetsova@gmial.com"
    assert cell(page.model, row, STATUS) == "Risky"


def test_mark_do_not_contact(qtbot: QtBot, page: ValidatePage, bad: BadIds, db: Database) -> None:
    # No empty detail panel beside the problems until a contact is picked.
    assert page.detail.isHidden()
    select_contact(page, bad.chinese)
    assert not page.detail.isHidden()
    click(qtbot, page.dnc_button)
    wait_job(qtbot, page)
    assert page.message_bar.label.text() == "1 contact marked do-not-contact."
    assert column(db, bad.chinese, "do_not_contact") == 1
    qtbot.waitUntil(page.detail.dnc_label.isVisible, timeout=TIMEOUT)


def test_delete_and_undo(qtbot: QtBot, page: ValidatePage, bad: BadIds, db: Database) -> None:
    select_contact(page, bad.long_name)
    click(qtbot, page.delete_button)
    wait_job(qtbot, page)
    assert page.message_bar.label.text() == "1 contact deleted."
    assert column(db, bad.long_name, "id") is None
    assert all(r.contact_id != bad.long_name for r in page.model.rows)
    click(qtbot, page.message_bar.action_button)
    wait_job(qtbot, page)
    assert column(db, bad.long_name, "id") == bad.long_name
    assert any(r.contact_id == bad.long_name for r in page.model.rows)


def test_bulk_apply_to_reason_with_confirmation(
    qtbot: QtBot, page: ValidatePage, db: Database
) -> None:
    select_reason(qtbot, page, "email", "possible_typo")
    count = page.reason_filter.count_of("email", "possible_typo")
    page.apply_actions["accept_suggestion"].trigger()
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert str(count) in box.text()
    yes = box.findChild(QPushButton, "applyYesButton")
    assert yes is not None
    click(qtbot, yes)
    qtbot.waitUntil(lambda: page.last_change_set is not None, timeout=TIMEOUT)
    settle_counts(qtbot, page)
    with db.reading() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM contacts WHERE email_reasons LIKE '%possible_typo%'")
        ).scalar_one()
    assert left == 0
    assert page.reason_filter.count_of("email", "possible_typo") == 0
    assert page.message_bar.label.text().endswith("suggestions accepted.")


def settle_counts(qtbot: QtBot, page: ValidatePage) -> None:
    qtbot.waitUntil(lambda: wait_for_jobs(0) and not page.model.loading, timeout=TIMEOUT)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: wait_for_jobs(0) and not page.model.loading, timeout=TIMEOUT)


def test_inline_edit_with_concurrent_change(
    qtbot: QtBot, page: ValidatePage, bad: BadIds, db: Database
) -> None:
    row = row_of(page, bad.chinese)
    with db.transaction() as conn:  # someone else fixes the address meanwhile
        conn.execute(
            text("UPDATE contacts SET email_raw = 'wei@sinotech.cn', version = version + 1"
                 " WHERE id = :i"),
            {"i": bad.chinese},
        )  # fmt: skip
    index = page.model.index(row, VALUE)
    page.table.scrollTo(index)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, editor, "王伟@example.cn")
    with qtbot.waitSignal(page.model.edit_failed, timeout=TIMEOUT):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.conflict_box is not None, timeout=TIMEOUT)
    box = page.conflict_box
    assert box is not None and box.isVisible()
    assert "Someone else changed this contact" in box.text_label.text()
    assert column(db, bad.chinese, "email_raw") == "wei@sinotech.cn"
    reload_button = box.findChild(QPushButton, "takeTheirsButton")
    assert reload_button is not None
    with qtbot.waitSignal(page.model.row_refreshed, timeout=TIMEOUT):
        click(qtbot, reload_button)
    assert cell(page.model, row_of(page, bad.chinese), VALUE) == "wei@sinotech.cn"
    assert column(db, bad.chinese, "email_raw") == "wei@sinotech.cn"


class _SlowResolver(dns.resolver.Resolver):
    """A real resolver asking a server that never answers, with a tiny time budget."""

    def resolve(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["lifetime"] = 0.05
        return super().resolve(*args, **kwargs)


@pytest.fixture
def silent_dns() -> Iterator[dns.resolver.Resolver]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    resolver = _SlowResolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = sock.getsockname()[1]
    resolver.timeout = 0.05
    resolver.lifetime = 0.05
    yield resolver
    sock.close()


def test_dns_check_cancel_leaves_database_unchanged(
    qtbot: QtBot, page: ValidatePage, db: Database, silent_dns: dns.resolver.Resolver
) -> None:
    def snapshot() -> list[Any]:
        with db.reading() as conn:
            return [
                *conn.execute(
                    text("SELECT id, email_status, email_reasons, version FROM contacts")
                ),
                conn.execute(text("SELECT count(*) FROM domain_checks")).scalar_one(),
            ]

    before = snapshot()
    page.resolver = DnspythonResolver(silent_dns)
    click(qtbot, page.dns_button)
    job = page.last_job
    assert job is not None
    qtbot.waitUntil(lambda: job.progress_dialog is not None, timeout=TIMEOUT)
    dialog = job.progress_dialog
    assert dialog is not None
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(job.cancelled, timeout=TIMEOUT):
        click(qtbot, cancel)
    assert page.message_bar.label.text() == "Stopped. Nothing was changed."
    assert snapshot() == before


def test_edit_menu_undoes_the_last_fix(
    qtbot: QtBot, window: MainWindow, page: ValidatePage, bad: BadIds, db: Database
) -> None:
    select_contact(page, bad.chinese)
    click(qtbot, page.dnc_button)
    wait_job(qtbot, page)
    assert column(db, bad.chinese, "do_not_contact") == 1
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: column(db, bad.chinese, "do_not_contact") == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Undone" in window.statusBar().currentMessage(), timeout=TIMEOUT)
    settle_counts(qtbot, page)


def test_a_conflict_is_worded_by_the_ui(qapp: object) -> None:
    """Storage raises a code with the row; the words come from the UI's translations."""
    from app.storage.errors import ConcurrentEditError
    from app.ui.dialogs.error import readable_message

    error = ConcurrentEditError(table="contacts", row_id=3)
    assert str(error) == "concurrent_edit (contacts 3)"
    assert readable_message(error).startswith("Someone else changed this contact")


def test_every_reason_is_explained_in_the_users_language_with_the_cores_english() -> None:
    from app.core.validation import REASONS
    from app.ui.widgets.validation_status import reason_text

    # English (no translation installed) reads what the CLI prints; another language reads
    # the .ts's words, because each explanation is a literal lupdate sees.
    assert {code: reason_text(code) for code in REASONS} == dict(REASONS)
    assert reason_text("no_such_code") == "no_such_code"
