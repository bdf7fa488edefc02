"""Team mode in the window: who else is here (status bar) and other people's edits.

On a shared file or a server the window registers a session, and every few seconds a
background job looks at the database: the other live sessions (shown as "Also here: …"
in the status bar, the full list in its tooltip) and, on a shared file, the change feed
(on a server the writes are pushed through LISTEN/NOTIFY). Writes other people committed
since the last look are broadcast on the change bus as ``Changes`` with
``source == "remote"``, so every page refreshes as after the user's own edit. The
heartbeat is a write job of its own (it queues behind a long import instead of failing);
a failed look is logged and tried again at the next tick, never shown as a dialog.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import os
import socket
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.core.ops import NO_CHANGES, Changes
from app.ui.changes import change_bus
from app.ui.jobs import Job, JobContext
from app.ui.locale_format import short_time

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.team import ChangeFeedPoller, ChangeListener, SessionInfo

log = logging.getLogger(__name__)

#: How many names the status bar shows before "+N".
NAMES_SHOWN = 2


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a service account, a container)
        return "?"


@dataclass(frozen=True)
class TeamLook:
    """What one look at the database found (the job's result).

    Attributes:
        others: The other live sessions.
        changes: Other people's writes since the last look, for the change bus.
    """

    others: tuple[SessionInfo, ...] = ()
    changes: Changes = field(default=NO_CHANGES)


def team_mode(db: Database | None) -> bool:
    """True for a database other people may use at the same time (shared file, server)."""
    return db is not None and not db.read_only and str(db.mode) in ("shared", "server")


class TeamStatus(QObject):
    """The status bar's "Also here" label and the polling behind it.

    On a server other people's writes are pushed instead of polled: a
    :class:`~app.storage.team.ChangeListener` thread hears them, and :attr:`remote_writes`
    (queued to the GUI thread) broadcasts them as the polling would.

    Args:
        window: The window whose status bar shows the label (and parents the jobs).
        label: The label to fill (added to the status bar by the caller).

    Attributes:
        session_id: This window's session on the open database, once registered.
        others: The other live sessions from the last look.
    """

    #: Other people's writes heard by the listener thread (RESYNC: refresh everything).
    remote_writes = Signal(int)

    def __init__(self, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.database: Database | None = None
        self.session_id: int | None = None
        self.others: tuple[SessionInfo, ...] = ()
        self._poller: ChangeFeedPoller | None = None
        self._listener: ChangeListener | None = None
        self._looking: Job[Any] | None = None
        self._last_beat = 0.0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.look)
        self.remote_writes.connect(self._announce_remote_writes)
        self._show()

    # --- the database ---------------------------------------------------------------------

    def attach(self, db: Database) -> None:
        """Start watching ``db`` (nothing happens for a solo or read-only database)."""
        from app.storage.team import POLL_SECONDS, ChangeFeedPoller, ChangeListener

        self._stop_listening()
        self.database = db
        self.others = ()
        self.session_id = None
        self._poller = ChangeFeedPoller(db) if team_mode(db) else None
        self._show()
        if self._poller is None:
            self.timer.stop()
            return
        if not db.is_sqlite:
            self._listener = ChangeListener(db, self.remote_writes.emit)
            self._listener.start()
        self._beat()
        self.timer.start(POLL_SECONDS * 1000)
        self.look()

    def detach(self) -> tuple[Database, int] | None:
        """Stop watching; return (database, session) for the caller to end before closing."""
        self.timer.stop()
        self._stop_listening()
        db, session = self.database, self.session_id
        self.database = None
        self.session_id = None
        self._poller = None
        self.others = ()
        self._show()
        return (db, session) if db is not None and session is not None else None

    def _stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    def _announce_remote_writes(self, count: int) -> None:
        from app.storage.team import remote_changes

        if self.database is None:
            return  # heard just before the database was closed
        # A resync (count < 0) after a reconnect: the same everything-changed broadcast.
        change_bus().publish(remote_changes(max(count, 1)))

    # --- the periodic look ----------------------------------------------------------------

    def look(self) -> Job[TeamLook] | None:
        """Look at the sessions and the change feed in the background (skipped while busy)."""
        db, poller, me = self.database, self._poller, self.session_id
        pushed = self._listener is not None  # a server: writes come through LISTEN
        if db is None or poller is None or (self._looking is not None and self._looking.is_running):
            return None
        from app.storage.team import HEARTBEAT_SECONDS

        now = _utcnow()
        if now.timestamp() - self._last_beat >= HEARTBEAT_SECONDS:
            self._beat()

        def work(_ctx: JobContext) -> TeamLook:
            from app.storage.team import live_sessions, remote_changes

            count = 0 if pushed else poller.poll()
            here = (socket.gethostname(), os.getpid())
            with db.reading() as conn:
                # By (host, pid) too: the first look may run before the registration.
                others = tuple(
                    s for s in live_sessions(conn, now, exclude=me) if (s.host, s.pid) != here
                )
            return TeamLook(others, remote_changes(count) if count else NO_CHANGES)

        job: Job[TeamLook] = Job(
            self.window, work, on_success=lambda look: self._looked(db, look),
            on_failure=self._quietly, background=True, cancellable=False,
        )  # fmt: skip
        self._looking = job
        return job.start()

    def _looked(self, db: Database, look: TeamLook) -> None:
        if db is not self.database:
            return  # another database was opened meanwhile
        self.others = look.others
        self._show()

    def _beat(self) -> None:
        """Register (first time, or after being swept as stale) or refresh the session."""
        db = self.database
        if db is None:
            return
        self._last_beat = _utcnow().timestamp()
        session = self.session_id

        def work(_ctx: JobContext) -> int:
            from app.storage.team import heartbeat, register_session

            now = _utcnow()
            if session is not None and heartbeat(db, session, now):
                return session
            return register_session(
                db, user_name=_user_name(), host=socket.gethostname(), pid=os.getpid(), now=now
            )

        def registered(session_id: int) -> None:
            if db is self.database:
                self.session_id = session_id

        Job(self.window, work, on_success=registered, on_failure=self._quietly,
            writes=True, cancellable=False).start()  # fmt: skip

    def _quietly(self, error: BaseException) -> None:
        # The next tick tries again; a network hiccup must not pop up a dialog every 3 s.
        log.warning("team status: %s", error)

    # --- the label ------------------------------------------------------------------------

    def _show(self) -> None:
        others = self.others
        self.label.setVisible(bool(others))
        if not others:
            self.label.setText("")
            self.label.setToolTip("")
            return
        names = list(dict.fromkeys(s.who for s in others))
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown += " " + self.tr("+%1").replace("%1", str(len(names) - NAMES_SHOWN))
        self.label.setText(self.tr("Also here: %1").replace("%1", shown))
        lines = [
            self.tr("%1 on %2, since %3")
            .replace("%1", s.who)
            .replace("%2", s.host)
            .replace("%3", short_time(s.started_at))
            for s in others
        ]
        self.label.setToolTip("\n".join(lines))


def end_session_quietly(db: Database, session_id: int) -> None:
    """Remove this window's session before its database closes (any thread; never raises)."""
    from app.storage.team import end_session

    try:
        end_session(db, session_id)
    except Exception as exc:  # noqa: BLE001 - closing must go on; the row goes stale anyway
        log.warning("could not end the session: %s", exc)


__all__ = ["TeamLook", "TeamStatus", "end_session_quietly", "team_mode"]
