"""Claims from the Today page: a lease on the prospect whose call panel is open.

On a shared file or a server, opening the panel for a prospect takes a lease on them
(``app.storage.team.claim``: one conditional statement, so of two reps exactly one gets
it), renewed while the panel stays open and released when it closes or moves on; an app
that dies leaves a lease that simply expires. When someone else holds it, the panel says
"<rep> is on this prospect" and dialling and logging stay off until the lease ends: the
keeper tries again whenever the change feed reports other people's writes, and on a timer
(a lease that expires writes nothing anybody could hear of).

Who "I" am is the rep this machine works as (``settings.TODAY_REP``), else the rep whose
queue is shown. A solo database takes no leases: nobody else could be on the prospect.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any, Final, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core.ops import Changes
from app.ui import settings
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.shell.team import team_mode

if TYPE_CHECKING:
    from app.adapters.clock import Clock
    from app.storage.database import Database
    from app.storage.team import ClaimHolder, ClaimResult
    from app.ui.today.loading import TodayLoad
    from app.ui.today.panel import CallPanel

log = logging.getLogger(__name__)

#: How long one lease lasts; the keeper renews it well before.
LEASE_MINUTES: Final = 15
#: How often a held lease is renewed while the panel is open.
RENEW_SECONDS: Final = 5 * 60
#: How often a prospect someone else is on is looked at again.
RECHECK_SECONDS: Final = 30


class ClaimHost(Protocol):
    """What the keeper needs of the Today page."""

    clock: Clock
    load: TodayLoad

    @property
    def database(self) -> Database | None: ...


def someone_else_on(load: TodayLoad, contact_id: int, now: dt.datetime) -> ClaimHolder | None:
    """Another rep's live lease on the prospect as the queue's load saw it, or None."""
    held = load.claims.get(contact_id)
    if held is None or held.rep_id == my_rep_id(load) or held.expires_at <= now:
        return None
    return held


def my_rep_id(load: TodayLoad) -> int | None:
    """This machine's rep (the setting), else the rep whose queue is shown."""
    wanted = settings.TODAY_REP.get().strip().lower()
    mine = next((r for r in load.reps if wanted and (r.email or "").lower() == wanted), None)
    rep = mine or load.rep
    return None if rep is None else rep.id


class ClaimKeeper(QObject):
    """Holds the lease on the open panel's prospect, or says who does.

    Args:
        page: The Today page (its database, clock and loaded data).
        panel: The call panel to tell.

    Attributes:
        contact_id: The prospect followed (the panel's), or None.
        holder: Another rep's live lease on it (dialling is off), or None.
        mine: True once the lease is ours.

    Signals:
        claimed: the lease on the followed prospect is ours now; carries the contact id.
        refused: someone else is on it; carries the contact id.
    """

    claimed = Signal(int)
    refused = Signal(int)

    def __init__(self, page: ClaimHost, panel: CallPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = page
        self.panel = panel
        self.widget = parent
        self.contact_id: int | None = None
        self.holder: ClaimHolder | None = None
        self.mine = False
        self.call_when_claimed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.renew)
        self._jobs: list[Job[Any]] = []
        change_bus().changed.connect(self._on_changes)

    @property
    def active(self) -> bool:
        """Leases are taken: a shared database and a rep to take them as."""
        return team_mode(self.page.database) and my_rep_id(self.page.load) is not None

    @property
    def pending(self) -> bool:
        """The lease was asked for and the answer is not in yet."""
        return self.active and self.contact_id is not None and not self.mine and not self.holder

    def follow(self, contact_id: int | None) -> Job[Any] | None:
        """Follow the panel onto ``contact_id`` (None: it closed); let go of the last one."""
        if contact_id == self.contact_id:
            return None
        previous, was_mine = self.contact_id, self.mine
        self.contact_id, self.mine, self.call_when_claimed = contact_id, False, False
        self.timer.stop()
        # Known from the queue's load: block at once, before the claim's answer is in.
        self.holder = self._known_holder(contact_id)
        self._show()
        if previous is not None and was_mine:
            self._release(previous)
        return self.renew() if contact_id is not None else None

    def reset(self) -> None:
        """Forget everything (another database: its leases are not ours to release)."""
        self.contact_id, self.holder, self.mine, self.call_when_claimed = None, None, False, False
        self.timer.stop()
        self._show()

    def _known_holder(self, contact_id: int | None) -> ClaimHolder | None:
        if contact_id is None or not self.active:
            return None
        return someone_else_on(self.page.load, contact_id, self.page.clock.now())

    def renew(self) -> Job[ClaimResult] | None:
        """Take, renew or ask again for the lease on the followed prospect."""
        db, contact_id, me = self.page.database, self.contact_id, my_rep_id(self.page.load)
        if db is None or contact_id is None or me is None or not self.active:
            return None
        now = self.page.clock.now()

        def work(_ctx: JobContext) -> ClaimResult:
            from app.storage.team import claim

            return claim(db, contact_id, me, now=now, minutes=LEASE_MINUTES)

        job: Job[ClaimResult] = Job(
            self.widget, work, on_success=lambda result: self._answered(db, contact_id, result),
            on_failure=self._quietly, writes=True, cancellable=False,
        )  # fmt: skip
        return self._keep(job.start())

    def _answered(self, db: Database, contact_id: int, result: ClaimResult) -> None:
        if db is not self.page.database or contact_id != self.contact_id:
            if result.claimed:  # the panel moved on meanwhile: do not keep it
                self._release(contact_id, db)
            return
        self.mine = result.claimed
        self.holder = None if result.claimed else result.holder
        self.timer.start((RENEW_SECONDS if result.claimed else self._recheck_seconds()) * 1000)
        self._show()
        if result.claimed:
            self.claimed.emit(contact_id)
        else:
            self.call_when_claimed = False
            self.refused.emit(contact_id)

    def _recheck_seconds(self) -> int:
        """Look again at the lease's end if that comes before the next regular look."""
        holder = self.holder
        if holder is None:
            return RECHECK_SECONDS
        left = (holder.expires_at - self.page.clock.now()) / dt.timedelta(seconds=1)
        return int(min(max(left + 1, 1), RECHECK_SECONDS))

    def _release(self, contact_id: int, db: Database | None = None) -> None:
        db = db or self.page.database
        me = my_rep_id(self.page.load)
        if db is None or me is None or db.read_only:
            return

        def work(_ctx: JobContext) -> Changes:
            from app.storage.team import release

            return release(db, contact_id, me)

        self._keep(
            Job(self.widget, work, on_failure=self._quietly, writes=True, cancellable=False).start()
        )

    def _on_changes(self, changes: Changes) -> None:
        # Other people's writes may include the holder letting go: ask again at once.
        if self.holder is not None and changes.source == "remote":
            self.renew()

    def _show(self) -> None:
        holder = self.holder
        self.panel.set_claim(None if holder is None else holder.name,
                             None if holder is None else holder.expires_at)  # fmt: skip

    def _quietly(self, error: BaseException) -> None:
        # A busy share must not pop a dialog each renewal; the next one tries again.
        log.warning("claim: %s", error)

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


__all__ = [
    "LEASE_MINUTES", "RECHECK_SECONDS", "RENEW_SECONDS", "ClaimKeeper", "my_rep_id",
    "someone_else_on",
]  # fmt: skip
