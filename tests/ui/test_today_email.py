"""E in Today: a "review first" cadence email opens in the composer, is edited and queued."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.adapters.clock import FixedClock
from app.storage import tables
from app.storage.cadences import add_rep, enroll, import_cadence
from app.storage.database import Database
from app.storage.mail.due import queue_due_steps
from app.ui.templates.composer import ComposerDialog
from app.ui.today.page import TodayPage
from app.ui.widgets.page import PageContext
from tests.cadences_data import MONDAY, add_contact
from tests.mail_data import REVIEWED, SEND_AT, outbox_rows, set_up_account
from tests.ui.today_support import LOAD_MS, task_status


@pytest.fixture
def page(qtbot: QtBot, db: Database, temp_keyring: object) -> TodayPage:
    """Today at Monday 10:00 Vilnius with one prospect whose first email waits for review."""
    set_up_account(db, 2525)  # queued only here: the sending is the outbox tests' concern
    import_cadence(db, REVIEWED)
    rep = add_rep(db, "Anna Berg", "anna@seller.example", time_zone="Europe/Vilnius").rep
    contact_id = add_contact(
        db, first_name="Jurgis", email="p0@example.lt", email_key="p0@example.lt"
    )
    enroll(db, "Two emails, reviewed", [contact_id], rep, MONDAY)
    assert [b.reason for b in queue_due_steps(db, SEND_AT).blocked] == ["review_first"]
    shown = TodayPage(clock=FixedClock(SEND_AT))
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    with qtbot.waitSignal(shown.loaded, timeout=LOAD_MS):
        shown.database_changed(PageContext(database=db, contacts=1))
    return shown


def _composer(page: TodayPage) -> ComposerDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposerDialog)]
    found += page.findChildren(ComposerDialog)
    assert found, "E opened no composer"
    return found[-1]


def test_e_opens_the_steps_email_and_queueing_it_completes_the_step(
    qtbot: QtBot, page: TodayPage, db: Database
) -> None:
    item = page.current_item()
    assert item is not None and item.channel == "email" and "review_first" in item.why_not
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    composer = _composer(page)
    qtbot.waitUntil(lambda: composer.email is not None, timeout=LOAD_MS)
    assert composer.task_id == item.id
    assert composer.subject_edit.text() == "A plan for your team"
    assert "Hello Jurgis," in composer.body_edit.toPlainText()
    assert not composer.template_combo.isVisibleTo(composer)
    composer.subject_edit.setText("A plan for you, Jurgis")
    composer.queue_button.click()
    qtbot.waitUntil(lambda: len(outbox_rows(db)) == 1, timeout=LOAD_MS)
    [row] = outbox_rows(db)
    assert (row.subject, row.task_id, row.status) == ("A plan for you, Jurgis", item.id, "queued")
    qtbot.waitUntil(lambda: task_status(db, item.id) == "done", timeout=LOAD_MS)
    with db.reading() as conn:
        t = tables.tasks
        statuses = conn.execute(select(t.c.status).order_by(t.c.id)).scalars().all()
    assert statuses == ["done", "open"]  # the reply step is scheduled


def test_e_on_a_prospect_without_email_says_so(qtbot: QtBot, page: TodayPage, db: Database) -> None:
    with db.transaction() as conn:
        conn.execute(tables.contacts.update().values(email=None))
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.reload()
    qtbot.keyClick(page.table, Qt.Key.Key_E)
    assert "has no email address" in page.problem_label.text()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposerDialog)
                and w.isVisible()]  # fmt: skip
