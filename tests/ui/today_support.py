"""What the Today page's tests share: a fixed moment, a recording opener, a shown page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.adapters.clock import FixedClock
from app.storage.cadences import RepInfo, add_rep, enroll, import_cadence
from app.storage.database import Database
from app.storage.schema import Activity, Task
from app.ui.today.page import TodayPage
from app.ui.widgets.page import PageContext
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact

#: A minute after the enrollment: 10:01 in Vilnius, inside calling hours.
NOW = MONDAY + dt.timedelta(minutes=1)
LOAD_MS = 10_000


class Opener:
    """Records the links the page hands to the operating system."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return True


def make_rep(db: Database) -> RepInfo:
    """Rūta (Vilnius) with three Lithuanian prospects in a call-first cadence."""
    import_cadence(db, CALLS_CADENCE)
    ruta = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    ids = [
        add_contact(db, full_name=name, email=f"{key}@example.lt", email_key=f"{key}@example.lt")
        for key, name in (("ona", "Ona Kazlauskienė"), ("jonas", "Jonas Petraitis"),
                          ("egle", "Eglė Vaitkutė"))
    ]  # fmt: skip
    assert enroll(db, "Test calls", ids, ruta, MONDAY).enrolled == tuple(ids)
    return ruta


def show_page(qtbot: QtBot, db: Database, opener: Opener) -> TodayPage:
    """A shown Today page on ``db`` at :data:`NOW`, its first load done."""
    page = TodayPage(clock=FixedClock(NOW), opener=opener)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=LOAD_MS):
        page.database_changed(PageContext(database=db, contacts=3))
    return page


def press(qtbot: QtBot, page: TodayPage, key: Qt.Key) -> None:
    """A key pressed where the rep's keyboard focus is: the queue."""
    qtbot.keyClick(page.table, key)


def activities(db: Database) -> list[Activity]:
    with db.session() as session:
        return list(session.scalars(select(Activity).order_by(Activity.id)))


def task_status(db: Database, task_id: int) -> str:
    with db.session() as session:
        task = session.get(Task, task_id)
        assert task is not None
        return task.status
