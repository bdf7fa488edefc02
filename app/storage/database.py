"""Opening a database safely and talking to it through one transaction helper.

A database is a file path (SQLite) or any SQLAlchemy URL (PostgreSQL for the team mode).
Opening checks the file before touching it, refuses what it cannot handle with a readable
error (``app.storage.errors``), backs the file up before a schema upgrade, and sets up
every pooled connection the same way:

- SQLite: ``foreign_keys=ON``, a busy timeout, and pysqlite's own transaction handling
  switched off (``isolation_level=None``) so that we emit ``BEGIN`` ourselves — deferred
  for reads, ``BEGIN IMMEDIATE`` for writes, which takes the write lock up front instead
  of failing half-way with "database is locked" (SQLAlchemy's documented recipe).
- Journal: WAL for a local file (readers never block the writer); the rollback (DELETE)
  journal for a file on a network share or in a sync folder, where WAL does not work.

This module imports SQLAlchemy's engine layer but not the ORM, so the window can paint
before the heavier modules load.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, RootTransaction, make_url
from sqlalchemy.exc import OperationalError

from app.storage import errors
from app.storage.location import Location, LocationKind, describe_location
from app.storage.schema_version import SCHEMA_HEAD
from app.storage.sqlite_binding import install_fast_adapters
from app.storage.sqlite_file import check_sqlite_header, readonly_uri

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 10_000
#: How many busy timeouts a write waits at ``BEGIN IMMEDIATE`` before giving up.
BEGIN_ATTEMPTS = 3
#: Page size of a new SQLite file, in bytes (SQLite's default is 4096; an existing file
#: keeps the size it was made with). A 1M-row import writes ~1.2 GB through the WAL, one
#: frame per page with a 24-byte header in front: at 4 KiB every frame is two small
#: writes that end part-way into a page of the OS cache (which the kernel zeroes first),
#: plus a search of the WAL index per page read back. Four times fewer, larger pages
#: took the 1M import from 48-51 s to 43-45 s in runs alternated minutes apart (the
#: importing thread's CPU 41-44 s -> 36-38 s); see docs/benchmarks.md, "Fifth pass".
NEW_FILE_PAGE_SIZE = 16384
# The change feed's one row (table ``change_feed``, migration 0013); raw SQL so that
# this module need not build the tables at start-up.
_BUMP_CHANGE_FEED = "UPDATE change_feed SET counter = counter + 1 WHERE id = 1"
# PostgreSQL: the same news pushed to listening apps (app.storage.team.listen); the
# payload names the writing app, so it can skip its own writes.
_NOTIFY_CHANGE = "SELECT pg_notify('prospect_desk_changes', %s)"
_LOCAL_WRITES_LOCK = threading.Lock()
# Files up to this size get a full quick_check when opened (about 60 ms at this size).
QUICK_CHECK_MAX_BYTES = 24 * 1024 * 1024
# Execution option telling the "begin" hook which kind of BEGIN to emit.
_BEGIN_OPTION = "prospect_begin"
# Connection.info key: checkpoint this transaction's WAL after the commit, in background
# (the value: the connection's wal_autocheckpoint to put back).
_CHECKPOINT_LATER = "prospect_checkpoint_later"

# Bind None and bool without sqlite3's adapter search (~2 s of a 1M-row import).
install_fast_adapters()


class Mode(StrEnum):
    """Deployment modes: a local file, a shared file, or a database server."""

    SOLO = "solo"
    SHARED = "shared"
    SERVER = "server"


@dataclass
class Database:
    """An open database: its engine, where it lives, and how to read and write it.

    Attributes:
        url: the SQLAlchemy URL the engine was made from.
        engine: the engine; connections are set up by ``_configure_sqlite``.
        mode: solo (local file), shared (network or sync folder) or server (PostgreSQL).
        path: the file for SQLite, ``None`` for a server.
        location: where the file sits, for messages (local for a server).
        read_only: True when opened read-only; writes then fail.
        backup_path: the backup taken before a schema upgrade during this open, if any.
        revision: the schema revision found when opening (before any upgrade); for a
            read-only database made by a newer version it is that newer revision.
    """

    url: URL
    engine: Engine
    mode: Mode
    path: Path | None
    location: Location
    read_only: bool = False
    backup_path: Path | None = None
    revision: str | None = None
    #: True once the schema has the change feed (at head): every write then bumps it.
    announces_writes: bool = False
    #: Write transactions this object committed that bumped the change feed, so the
    #: feed's poller can tell other people's writes from ours.
    local_writes: int = 0
    #: Names this app's writes in PostgreSQL change notifications.
    writer_token: str = field(default_factory=lambda: uuid.uuid4().hex)
    #: Told ``(seconds waited, seconds it will wait at most)`` each time a write finds the
    #: file still locked by another program and waits again (a command prints "waiting
    #: for another write to finish"; nothing is called when the lock is free at once).
    busy_waiting: Callable[[float, float], None] | None = field(default=None, repr=False)
    _checkpointer: threading.Thread | None = field(default=None, repr=False, compare=False)

    @property
    def is_sqlite(self) -> bool:
        """True for an SQLite file, False for a database server."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """The file path, or the URL without its password, for title bars and logs."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, *, announce: bool = True) -> Iterator[Connection]:
        """Run a write: ``BEGIN IMMEDIATE`` on SQLite, commit on success, roll back on error.

        Every write in the app goes through here, so a failed or cancelled operation
        leaves the database exactly as before. Its last statement bumps the change feed
        (``app.storage.team.feed``), so other apps on a shared database refresh; last, so
        that on PostgreSQL the feed's one row is locked only for the commit.

        Args:
            announce: False for bookkeeping nobody else needs to see (heartbeats).

        Raises:
            ReadOnlyDatabaseError: the database was opened read-only.
        """
        if self.read_only:
            raise errors.ReadOnlyDatabaseError(
                f"{self.display_name} is open read-only; changes cannot be saved."
            )
        with self.engine.connect() as conn:
            conn.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
            bumped = announce and self.announces_writes
            server = not self.is_sqlite and self.announces_writes
            try:
                with self._busy_is_readable(), self._begin(conn):
                    yield conn
                    if server:
                        # The search words of contacts this write changed commit with it.
                        from app.storage.server_search import refresh_stale

                        refresh_stale(conn)
                    if bumped:
                        conn.exec_driver_sql(_BUMP_CHANGE_FEED)
                        if server:
                            # Delivered at commit, to every app listening (not on rollback).
                            conn.exec_driver_sql(_NOTIFY_CHANGE, (self.writer_token,))
                if bumped:
                    with _LOCAL_WRITES_LOCK:
                        self.local_writes += 1
            finally:
                # Set by checkpoint_after_commit: the pooled connection gets its automatic
                # checkpoints back whether the transaction committed or not.
                pages = conn.info.pop(_CHECKPOINT_LATER, None)
                if pages is not None and not conn.invalidated:
                    driver = conn.connection.driver_connection
                    assert driver is not None
                    driver.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")
            if pages is not None:
                self._checkpoint_in_background()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """Run reads in one deferred transaction, so they see one consistent snapshot."""
        with self._busy_is_readable(), self.engine.connect() as conn, conn.begin():
            yield conn

    def _begin(self, conn: Connection) -> RootTransaction:
        """Begin, trying ``BEGIN IMMEDIATE`` again while another writer holds the file.

        SQLite's busy handler backs off up to 100 ms between tries, so with several
        writers hammering one shared file an unlucky one can miss every free moment of
        its busy timeout (seen with 8 writers). Nothing has happened before BEGIN, so
        starting over is safe: a write gives up only after ``BEGIN_ATTEMPTS`` timeouts.
        """
        for attempt in range(1, BEGIN_ATTEMPTS + 1):
            try:
                return conn.begin()
            except OperationalError as exc:
                if attempt == BEGIN_ATTEMPTS or not self.is_sqlite or not _is_busy(exc):
                    raise
                if self.busy_waiting is not None:
                    step = BUSY_TIMEOUT_MS / 1000
                    self.busy_waiting(attempt * step, BEGIN_ATTEMPTS * step)
        raise AssertionError("unreachable")  # pragma: no cover

    @contextmanager
    def _busy_is_readable(self) -> Iterator[None]:
        """Turn SQLite's raw "database is locked" into :class:`DatabaseBusyError`.

        SQLite itself has already waited (``busy_timeout``, retried by SQLite until
        ``BUSY_TIMEOUT_MS``) when this happens; the transaction was rolled back.
        """
        try:
            yield
        except OperationalError as exc:
            if not self.is_sqlite or not _is_busy(exc):
                raise
            seconds = BUSY_TIMEOUT_MS * BEGIN_ATTEMPTS // 1000
            raise errors.DatabaseBusyError(
                f"{self.display_name} is busy: someone else kept it locked for more than "
                f"{seconds} seconds. Nothing was changed; try again in a moment."
            ) from exc

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session inside ``transaction()``: committed on success, rolled back on error.

        Raises:
            ConcurrentEditError: a versioned row (``version_id_col``) was changed by someone
                else since this session read it; nothing was written.
            ReadOnlyDatabaseError: the database was opened read-only.
        """
        from sqlalchemy.orm import Session
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self.transaction() as conn:
                session = Session(bind=conn, expire_on_commit=False)
                try:
                    yield session
                    session.flush()
                finally:
                    session.close()
        except StaleDataError as exc:
            # Translated here so the UI needs to know one error, not SQLAlchemy's.
            raise errors.ConcurrentEditError() from exc

    def _checkpoint_in_background(self) -> None:
        """Copy the WAL into the database file on a thread of its own connection.

        A PASSIVE checkpoint waits for no reader or writer: the app reads and writes
        meanwhile (a later commit's own automatic checkpoint finishes whatever this one
        could not).
        """
        path = self.path
        if path is None:
            return
        self.wait_for_checkpoint()

        def run() -> None:
            try:
                conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    conn.close()
            except sqlite3.Error:
                pass  # best effort: the next commit or close checkpoints anyway

        thread = threading.Thread(target=run, name="wal-checkpoint", daemon=True)
        self._checkpointer = thread
        thread.start()

    def wait_for_checkpoint(self) -> None:
        """Wait until a checkpoint started after a large import has finished."""
        thread, self._checkpointer = self._checkpointer, None
        if thread is not None:
            thread.join()

    def close(self) -> None:
        """Close every pooled connection (lets the file be moved, backed up or deleted)."""
        self.wait_for_checkpoint()
        self.engine.dispose()


def _is_busy(exc: OperationalError) -> bool:
    """True for SQLite's "database is locked" / "database is busy" (SQLITE_BUSY)."""
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


def checkpoint_after_commit(conn: Connection) -> None:
    """Leave the WAL checkpoint of this write transaction to a background thread.

    A commit in WAL mode appends the transaction to the WAL; once the WAL is over
    ``wal_autocheckpoint`` pages, that same commit then copies the whole WAL into the
    database file before returning. After a million-row import that copy is ~1.2 GB and
    4-5 s, with the data already committed and readable. For such a transaction the
    commit only appends, and :meth:`Database.transaction` starts the checkpoint on a
    thread of its own right after. Durability is what ``synchronous=NORMAL`` in WAL mode
    gives anyway (a commit is safe from a crash of the app, and on disk at the next
    checkpoint). No-op unless the connection is an SQLite one in WAL mode.

    Args:
        conn: The connection of a transaction from :meth:`Database.transaction`.
    """
    if conn.dialect.name != "sqlite":
        return
    mode = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()).lower()
    if mode != "wal":
        return
    pages = int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())
    conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
    conn.info.setdefault(_CHECKPOINT_LATER, pages)


# --- engine set-up ----------------------------------------------------------------------


def _configure_sqlite(engine: Engine, *, wal: bool, read_only: bool) -> None:
    """Install the connection and transaction hooks on an SQLite engine."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let us emit BEGIN ourselves; pysqlite's implicit transactions get it wrong.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not read_only:
                # Takes effect only on an empty file (before its first table), and must
                # come before the journal mode; on any other file it changes nothing.
                cur.execute(f"PRAGMA page_size={NEW_FILE_PAGE_SIZE}")
                cur.execute(f"PRAGMA journal_mode={'WAL' if wal else 'DELETE'}")
                # NORMAL is durable in WAL mode and much faster; FULL for a rollback journal.
                cur.execute(f"PRAGMA synchronous={'NORMAL' if wal else 'FULL'}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        kind = conn.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {kind}")


def _sqlite_url(path: Path, *, read_only: bool) -> URL:
    if read_only:
        # mode=ro through a URI: SQLite then refuses every write itself.
        return make_url(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true")
    return URL.create("sqlite", database=str(path))


def make_sqlite_engine(path: Path, *, wal: bool, read_only: bool = False) -> Engine:
    """Create an engine for an SQLite file with the project's connection set-up."""
    engine = create_engine(
        _sqlite_url(path, read_only=read_only),
        # A pooled connection may be used by a background job's thread (never two at once).
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_pre_ping=False,
        # A failed statement's values are people's names, emails and phones: they must
        # never reach an error message, the log or a crash report.
        hide_parameters=True,
    )
    _configure_sqlite(engine, wal=wal, read_only=read_only)
    return engine


def normalize_server_url(url: str) -> URL:
    """Parse a server URL, defaulting PostgreSQL to the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


# --- checks before opening a file -------------------------------------------------------


def _probe_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or a damaged one, without writing.

    The header tells a truncated file; reading the schema tells a file whose first pages
    are garbage. ``PRAGMA quick_check`` reads every page, which for a 100,000-contact file
    (~240 MB) costs more than the whole start-up budget, so it runs only on files up to
    ``QUICK_CHECK_MAX_BYTES``; ``main.py check`` (``integrity.run_checks``) checks any
    file in full on demand.
    """
    if not check_sqlite_header(path):
        return  # an empty file is a new database (SQLite treats it so too)
    full_check = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            if full_check:
                row = conn.execute("PRAGMA quick_check(1)").fetchone()
            else:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                row = ("ok",)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise errors.CorruptDatabaseError(
            f"{path.name} is damaged and cannot be opened ({exc}). Restore it from a backup."
        ) from exc
    if not row or row[0] != "ok":
        raise errors.CorruptDatabaseError(
            f"{path.name} is damaged ({row[0] if row else 'no answer'}). Restore it from a backup."
        )


def _no_write_bits(path: Path) -> bool:
    return not stat.S_IMODE(path.stat().st_mode) & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _writable(path: Path) -> bool:
    """True when both the file and its folder can be written (SQLite needs both for journals).

    ``os.access`` answers yes to root (and to Windows administrators) for a file marked
    read-only, so a file or folder without any write permission bit also counts as
    read-only: whoever marked it so meant it.
    """
    folder = path.parent
    if path.exists() and (not os.access(path, os.W_OK) or _no_write_bits(path)):
        return False
    return os.access(folder, os.W_OK) and not _no_write_bits(folder)


def read_schema_revision(path: Path) -> str | None:
    """Return the Alembic revision stored in an SQLite file, ``None`` for a new/empty file.

    Raises:
        NotProspectDeskDatabaseError: the file has tables but no revision of ours.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            if names:
                raise errors.NotProspectDeskDatabaseError(
                    f"{path.name} is an SQLite database made by another program, "
                    "not by Prospect Desk."
                )
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        conn.close()


# --- for callers above storage (the UI must not import SQLAlchemy) -----------------------


@contextmanager
def cancelled_if_interrupted(raise_if_cancelled: Callable[[], None]) -> Iterator[None]:
    """Report a statement aborted on the caller's request as the caller's cancellation.

    A statement stopped through SQLite's progress handler (a superseded search) fails
    with SQLAlchemy's ``OperationalError``. Inside this block that error first gives
    ``raise_if_cancelled`` the chance to raise the caller's own "stopped" exception; an
    error while nobody asked to stop propagates unchanged.
    """
    try:
        yield
    except OperationalError:
        raise_if_cancelled()
        raise


def storage_versions() -> list[tuple[str, str]]:
    """(name, version) of the database libraries in use, for the About box and bug reports."""
    return [("SQLAlchemy", sqlalchemy.__version__), ("SQLite", sqlite3.sqlite_version)]


# --- opening ----------------------------------------------------------------------------


def is_url(target: str) -> bool:
    """True when ``target`` is a SQLAlchemy URL rather than a file path."""
    return "://" in target and not (len(target) > 1 and target[1] == ":")  # not C:\...


def open_database(
    target: str | os.PathLike[str],
    *,
    create: bool = True,
    read_only: bool = False,
    upgrade: bool = True,
    backup_dir: Path | None = None,
    shared: bool = False,
    create_folders: bool = False,
) -> Database:
    """Open (and if needed create or upgrade) a Prospect Desk database.

    Args:
        target: an SQLite file path or a SQLAlchemy URL.
        create: make a new database when the file does not exist.
        read_only: open without writing anything (no upgrade, no journal change).
        upgrade: bring an older schema up to date (after a backup).
        backup_dir: where the pre-upgrade backup goes (default: the user's backup folder).
        shared: treat an SQLite file as shared (no WAL, shared-file mode) even when the
            location detector sees a local disk: for network shares it misses.
        create_folders: a new database may also make its missing folders. Only explicit
            new-database actions ask for it (File → New, ``demo``): a typo in a path
            (``~/Dokuments/team.sqlite3``) must be refused, not become a folder chain and an
            empty database. The default database's own data folder is always made.

    Returns:
        The open database.

    Raises:
        DatabaseOpenError: a subclass saying what is wrong; the file is left untouched.
        MigrationError: the upgrade failed and was rolled back.
    """
    text = os.fspath(target)
    if is_url(text) and not text.startswith("sqlite"):
        return _open_server(text, upgrade=upgrade and not read_only)
    if text.startswith("sqlite"):
        parsed = make_url(text)
        text = parsed.database or ""
        if not text or text == ":memory:":
            raise errors.DatabaseOpenError("An in-memory database cannot be opened here.")
    path = Path(text).expanduser().absolute()
    return _open_sqlite(
        path, create=create, read_only=read_only, upgrade=upgrade, backup_dir=backup_dir,
        shared=shared, create_folders=create_folders,
    )  # fmt: skip


def _sweep_leftovers(path: Path) -> None:
    """Remove what killed runs left: temporaries beside the database and in scratch.

    Only our own names, older than this process and held by no live process (see
    :func:`app.core.scratch.sweep`); SQLite's ``-wal``/``-journal`` of the database
    itself are never touched (they may hold committed data).
    """
    from app.core.scratch import sweep
    from app.storage.paths import scratch_dir

    sweep(path.parent, scratch_dir())


def _open_sqlite(
    path: Path, *, create: bool, read_only: bool, upgrade: bool, backup_dir: Path | None,
    shared: bool = False, create_folders: bool = False,
) -> Database:  # fmt: skip
    if path.is_dir():
        raise errors.DatabaseOpenError(f"{path} is a folder, not a database file.")
    if not read_only:
        _sweep_leftovers(path)
    exists = path.exists()
    if not exists:
        if read_only:
            raise errors.MissingDatabaseError(f"{path} does not exist.")
        if not create:
            raise errors.MissingDatabaseError(f"There is no database at {path}.")
        if not path.parent.exists():
            from app.storage.paths import user_data_dir

            if not create_folders and path.parent != user_data_dir().absolute():
                raise errors.MissingDatabaseError(
                    f"The folder {path.parent} does not exist, so no database was created "
                    "there. Check the path for a typo."
                )
            path.parent.mkdir(parents=True, exist_ok=True)
    else:
        _probe_sqlite_file(path)
    if not read_only and not _writable(path):
        raise errors.ReadOnlyDatabaseError(
            f"{path} cannot be changed (the file or its folder is read-only). "
            "You can open it read-only to look at it."
        )

    revision = read_schema_revision(path) if exists else None
    # Read-only, a newer schema can still be looked at (the "open read-only" choice).
    if revision is not None and revision != SCHEMA_HEAD and not read_only:
        from app.storage.migrate import is_known_revision

        if not is_known_revision(revision):
            raise errors.NewerSchemaError(
                f"{path.name} was made by a newer version of Prospect Desk (schema "
                f"{revision}). Install the newer version to work in it, or open it "
                "read-only."
            )
    if read_only and revision is None and exists and path.stat().st_size > 0:
        raise errors.NotProspectDeskDatabaseError(f"{path.name} has no Prospect Desk schema.")

    location = describe_location(path)
    if shared and not location.is_shared:
        # --shared: a network share the detector cannot see (a mapped folder, a NAS).
        location = Location(LocationKind.NETWORK, "shared")
    mode = Mode.SHARED if location.is_shared else Mode.SOLO
    engine = make_sqlite_engine(path, wal=not location.is_shared, read_only=read_only)
    db = Database(
        url=engine.url,
        engine=engine,
        mode=mode,
        path=path,
        location=location,
        read_only=read_only,
        revision=revision,
    )
    if read_only:
        return db
    try:
        if revision is None:
            from app.storage.migrate import upgrade_to_head

            upgrade_to_head(db)
        elif revision != SCHEMA_HEAD:
            if not upgrade:
                raise errors.DatabaseOpenError(
                    f"{path.name} needs a schema upgrade ({revision} → {SCHEMA_HEAD})."
                )
            _refuse_upgrade_while_others_here(db)
            from app.storage.backup import backup_before_upgrade
            from app.storage.migrate import upgrade_to_head

            db.backup_path = backup_before_upgrade(db, revision, backup_dir=backup_dir)
            upgrade_to_head(db)
    except BaseException:
        db.close()
        if not exists and path.exists():
            # A new database that failed to initialise must not be left half-made.
            for leftover in (path, *[Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")]):
                leftover.unlink(missing_ok=True)
        raise
    db.announces_writes = True
    return db


def _refuse_upgrade_while_others_here(db: Database) -> None:
    """Raise :class:`UpgradeBlockedError` when other apps have the database open.

    Only a schema that already has sessions (0013 and later) can tell; an older one is
    upgraded as before.
    """
    from app.storage.team.presence import live_sessions
    from app.storage.types import utcnow

    with db.reading() as conn:
        others = live_sessions(conn, utcnow())
    if not others:
        return
    who = tuple(f"{s.who} on {s.host}" for s in others)
    raise errors.UpgradeBlockedError(
        f"{db.display_name} needs a schema upgrade, but {', '.join(who)} "
        f"{'has' if len(who) == 1 else 'have'} it open. Ask them to close Prospect Desk, "
        "then open it again.",
        who,
    )


def _open_server(url: str, *, upgrade: bool) -> Database:
    parsed = normalize_server_url(url)
    engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    # A list of rows goes to the server as multi-row INSERTs (1,000 a statement) rather
    # than one statement a row: fewer round trips, and the statement-level triggers (the
    # board tallies) fire once per thousand rows. SQLAlchemy's psycopg2 dialect does this
    # by default; its psycopg 3 dialect only for INSERT ... RETURNING.
    engine.dialect.use_insertmanyvalues_wo_returning = True
    db = Database(
        url=parsed,
        engine=engine,
        mode=Mode.SERVER,
        path=None,
        location=Location(LocationKind.NETWORK, parsed.get_backend_name()),
    )
    from app.storage.migrate import current_revision, is_known_revision, upgrade_to_head

    try:
        revision = db.revision = current_revision(db)
        if revision is not None and not is_known_revision(revision):
            raise errors.NewerSchemaError(
                f"The database at {db.display_name} was made by a newer version of "
                f"Prospect Desk (schema {revision}). Install the newer version."
            )
        if revision != SCHEMA_HEAD and upgrade:
            if revision is not None:
                _refuse_upgrade_while_others_here(db)
            upgrade_to_head(db)
        db.announces_writes = revision == SCHEMA_HEAD or upgrade
    except errors.StorageError:
        db.close()
        raise
    except Exception as exc:
        db.close()
        raise errors.DatabaseOpenError(
            f"Cannot connect to {db.display_name}: {exc.__class__.__name__}: {exc}"
        ) from exc
    return db
