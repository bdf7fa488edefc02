"""A lease on the prospect someone is working, kept while they work them (team mode).

On a shared file or a server, a screen where a rep works one prospect (the Today call
panel, the email composer) takes a lease on them (``app.storage.team.claim``: one
conditional statement, so of two reps exactly one gets it), renews it while the screen
stays open and releases it when the rep moves on or closes it; an app that dies leaves a
lease that simply expires. When someone else holds it, the screen says "<rep> is on this
prospect" and its dial or send actions stay off until the lease ends: the keeper asks
again whenever the change feed reports other people's writes, and on a timer (a lease that
expires writes nothing anybody could hear of). A solo database takes no leases.

Each screen plugs in through a :class:`ClaimHost`: the database, "now", who "I" am, what
it already knows of leases, and how to show a lease.
"""

from __future__ import annotations

import datetime as dt
import logging
import weakref
from typing import TYPE_CHECKING, Any, Final, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core.ops import Changes
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.shell.team import team_mode

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.team import ClaimHolder, ClaimResult

log = logging.getLogger(__name__)

#: Every live keeper, so closing a database can let go of the leases held on it.
_KEEPERS: weakref.WeakSet[ClaimKeeper] = weakref.WeakSet()

#: How long one lease lasts; the keeper renews it well before.
LEASE_MINUTES: Final = 15
#: How often a held lease is renewed while the screen is open.
RENEW_SECONDS: Final = 5 * 60
#: How often a prospect someone else is on is looked at again.
RECHECK_SECONDS: Final = 30


class ClaimHost(Protocol):
    """What the keeper needs of the screen it works for."""

    @property
    def claim_database(self) -> Database | None:
        """The open database."""

    def claim_now(self) -> dt.datetime:
        """The clock's now."""

    def claim_rep_id(self) -> int | None:
        """Who takes leases here (None: nobody chosen, no leases)."""

    def known_claim(self, contact_id: int) -> ClaimHolder | None:
        """Another rep's lease the screen already knows of (to block at once), or None."""

    def show_claim(self, holder: ClaimHolder | None) -> None:
        """Show another rep's lease (None: nobody else is on the prospect)."""


class ClaimKeeper(QObject):
    """Holds the lease on the open panel's prospect, or says who does.

    Args:
        parent: The screen's widget (parents the jobs).
        host: The screen's side of it.

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

    def __init__(self, parent: QWidget, host: ClaimHost) -> None:
        super().__init__(parent)
        self.host = host
        self.widget = parent
        self.contact_id: int | None = None
        self.holder: ClaimHolder | None = None
        self.mine = False
        self.call_when_claimed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.renew)
        self._jobs: list[Job[Any]] = []
        change_bus().changed.connect(self._on_changes)
        _KEEPERS.add(self)

    @property
    def active(self) -> bool:
        """Leases are taken: a shared database and a rep to take them as."""
        return team_mode(self.host.claim_database) and self.host.claim_rep_id() is not None

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
        return self.host.known_claim(contact_id)

    def renew(self) -> Job[ClaimResult] | None:
        """Take, renew or ask again for the lease on the followed prospect."""
        db, contact_id, me = self.host.claim_database, self.contact_id, self.host.claim_rep_id()
        if db is None or contact_id is None or me is None or not self.active:
            return None
        now = self.host.claim_now()

        def work(_ctx: JobContext) -> ClaimResult:
            from app.storage.team import claim

            return claim(db, contact_id, me, now=now, minutes=LEASE_MINUTES)

        job: Job[ClaimResult] = Job(
            self.widget, work, on_success=lambda result: self._answered(db, contact_id, result),
            on_failure=self._quietly, writes=True, cancellable=False,
        )  # fmt: skip
        return self._keep(job.start())

    def _answered(self, db: Database, contact_id: int, result: ClaimResult) -> None:
        if db is not self.host.claim_database or contact_id != self.contact_id:
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
        left = (holder.expires_at - self.host.claim_now()) / dt.timedelta(seconds=1)
        return int(min(max(left + 1, 1), RECHECK_SECONDS))

    def _release(self, contact_id: int, db: Database | None = None) -> None:
        db = db or self.host.claim_database
        me = self.host.claim_rep_id()
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
        self.host.show_claim(self.holder)

    def _quietly(self, error: BaseException) -> None:
        # A busy share must not pop a dialog each renewal; the next one tries again.
        log.warning("claim: %s", error)

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


def release_held_leases(db: Database) -> int:
    """Let go of every lease this app holds on ``db`` now (it is closing; any thread).

    Without this a closed app would keep others off its open prospect until the lease
    ran out. Never raises: a lease that cannot be released simply expires.

    Returns:
        How many leases were released.
    """
    from app.storage.team import release

    done = 0
    for keeper in list(_KEEPERS):
        contact_id, me = keeper.contact_id, keeper.host.claim_rep_id()
        if not keeper.mine or contact_id is None or me is None:
            continue
        if keeper.host.claim_database is not db:
            continue
        keeper.reset()
        try:
            release(db, contact_id, me)
            done += 1
        except Exception as exc:  # noqa: BLE001 - closing must go on; the lease expires
            log.warning("could not release the lease on %s: %s", contact_id, exc)
    return done


__all__ = [
    "LEASE_MINUTES",
    "RECHECK_SECONDS",
    "RENEW_SECONDS",
    "ClaimHost",
    "ClaimKeeper",
    "release_held_leases",
]
