"""Integrity and schema check of a database, without changing a byte of it.

``python main.py check --db PATH`` calls :func:`run_checks` and exits 1 when the report
is not ``ok``. For an SQLite file the check runs ``PRAGMA integrity_check``,
``PRAGMA foreign_key_check`` and compares the schema revision with the one this version
of the app writes; for a server (PostgreSQL) only the schema revision is checked, since
the server keeps its own storage consistent.

The file is opened read-only. A WAL file with no ``-wal`` next to it (nobody has it open
and nothing is waiting to be checkpointed) is opened ``immutable``, so SQLite does not
even create the ``-wal``/``-shm`` side files a read-only WAL reader would otherwise leave
behind (``sqlite_file.readonly_uri``). If the file changes while it is being read (someone
opened it meanwhile), the check runs again in the ordinary read-only mode.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.storage import errors
from app.storage.database import is_url, normalize_server_url
from app.storage.schema_version import SCHEMA_HEAD
from app.storage.sqlite_file import check_sqlite_header, readonly_uri

# PRAGMA integrity_check stops after this many problems; more would not help anyone.
_MAX_INTEGRITY_ROWS = 20


@dataclass(frozen=True)
class IntegrityReport:
    """The outcome of :func:`run_checks`.

    Attributes:
        ok: True when no problem was found.
        problems: one readable sentence per problem, for the CLI and the UI.
        revision: the schema revision stored in the database, ``None`` when it has none.
        details: machine-readable facts: ``schema_status`` ("current" | "needs upgrade" |
            "newer version" | "missing"), ``schema_head``, and for SQLite ``integrity``
            (the integrity_check lines), ``foreign_key_violations``, ``journal_mode``,
            ``page_count``, ``size_bytes``.
    """

    ok: bool
    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    details: dict[str, object] = field(default_factory=dict)


def run_checks(target: str | os.PathLike[str]) -> IntegrityReport:
    """Check a database file (or server URL) and report what is wrong, modifying nothing.

    Args:
        target: an SQLite file path, or a SQLAlchemy URL (``sqlite:///...`` or a server).

    Returns:
        The report; ``ok`` is False when any problem was found.

    Raises:
        MissingDatabaseError: there is no file at ``target``.
        NotADatabaseError: the file is not an SQLite database.
        CorruptDatabaseError: the file is truncated or too damaged to be read at all.
        DatabaseOpenError: a server could not be reached.
    """
    text = os.fspath(target)
    if is_url(text) and not text.startswith("sqlite"):
        return _check_server(text)
    if text.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        text = make_url(text).database or ""
    path = Path(text).expanduser().absolute()
    if path.is_dir():
        raise errors.DatabaseOpenError(f"{path} is a folder, not a database file.")
    if not check_sqlite_header(path):
        # An empty file: SQLite would call it a new database, but it holds nothing of ours.
        return IntegrityReport(
            ok=False,
            problems=[f"{path.name} is empty: it holds no Prospect Desk data."],
            details={"schema_status": "missing", "schema_head": SCHEMA_HEAD, "size_bytes": 0},
        )
    before = _fingerprint(path)
    uri = readonly_uri(path)
    report = _check_sqlite(path, uri)
    if "immutable=1" in uri and _fingerprint(path) != before:
        # Someone wrote to the file while we read it as immutable: read it again properly.
        report = _check_sqlite(path, f"file:{path.as_posix()}?mode=ro")
    return report


def _fingerprint(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def schema_status(revision: str | None) -> str:
    """Classify a stored revision: "current", "needs upgrade", "newer version" or "missing"."""
    if revision is None:
        return "missing"
    if revision == SCHEMA_HEAD:
        return "current"
    from app.storage.migrate import is_known_revision

    return "needs upgrade" if is_known_revision(revision) else "newer version"


def _schema_problem(status: str, revision: str | None, where: str) -> str | None:
    if status == "missing":
        return f"{where} has no Prospect Desk schema."
    if status == "needs upgrade":
        return (
            f"{where} has schema {revision}, older than this version's {SCHEMA_HEAD}: "
            "it needs an upgrade (the app does it, after a backup, when it opens the database)."
        )
    if status == "newer version":
        return (
            f"{where} has schema {revision}, made by a newer version of Prospect Desk: "
            "install the newer version to work in it."
        )
    return None


def _check_sqlite(path: Path, uri: str) -> IntegrityReport:
    problems: list[str] = []
    details: dict[str, object] = {"schema_head": SCHEMA_HEAD, "size_bytes": path.stat().st_size}
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise errors.CorruptDatabaseError(
            f"{path.name} cannot be opened ({exc}). Restore it from a backup."
        ) from exc
    revision: str | None = None
    names: set[str] = set()
    try:
        integrity = [
            str(r[0])
            for r in conn.execute(f"PRAGMA integrity_check({_MAX_INTEGRITY_ROWS})").fetchall()
        ]
        details["integrity"] = integrity
        if integrity != ["ok"]:
            problems.extend(f"Damaged: {line}" for line in integrity)
        fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        details["foreign_key_violations"] = len(fk_rows)
        if fk_rows:
            tables = sorted({str(r[0]) for r in fk_rows})
            problems.append(
                f"{len(fk_rows):,} rows point at rows that no longer exist "
                f"(in {', '.join(tables)})."
            )
        # From the header: an immutable connection reports "delete" whatever the file uses.
        with path.open("rb") as fh:
            write_version = fh.read(20)[18:19]
        details["journal_mode"] = "wal" if write_version == b"\x02" else "rollback"
        details["page_count"] = int(conn.execute("PRAGMA page_count").fetchone()[0])
        names = {
            str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" in names:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        elif names:
            problems.append(f"{path.name} is an SQLite database made by another program.")
    except sqlite3.DatabaseError as exc:
        raise errors.CorruptDatabaseError(
            f"{path.name} is damaged and cannot be read ({exc}). Restore it from a backup."
        ) from exc
    finally:
        conn.close()
    status = schema_status(revision)
    details["schema_status"] = status
    # A database of another program was already reported; otherwise say what the revision means.
    problem = (
        None if (status == "missing" and names) else _schema_problem(status, revision, path.name)
    )
    if problem:
        problems.append(problem)
    return IntegrityReport(ok=not problems, problems=problems, revision=revision, details=details)


def _check_server(url: str) -> IntegrityReport:
    from sqlalchemy import create_engine, inspect, text

    parsed = normalize_server_url(url)
    shown = parsed.render_as_string(hide_password=True)
    engine = create_engine(parsed)
    try:
        with engine.connect() as conn:
            revision: str | None = None
            if inspect(conn).has_table("alembic_version"):
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
                revision = str(row[0]) if row else None
            conn.rollback()
    except Exception as exc:
        raise errors.DatabaseOpenError(
            f"Cannot connect to {shown}: {exc.__class__.__name__}: {exc}"
        ) from exc
    finally:
        engine.dispose()
    status = schema_status(revision)
    problem = _schema_problem(status, revision, shown)
    return IntegrityReport(
        ok=problem is None,
        problems=[problem] if problem else [],
        revision=revision,
        details={
            "schema_status": status,
            "schema_head": SCHEMA_HEAD,
            "backend": parsed.get_backend_name(),
        },
    )
