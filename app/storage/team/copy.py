"""Copying a team's SQLite file into an empty PostgreSQL database ("moving to a server").

The steps, each for a reason:

1. Refuse a target that is not PostgreSQL or not empty: copying into a database that
   already holds something would mix two histories, and there is no safe merge.
2. Create the schema through the app's own migrations (the same ones every server
   database gets), so the copy is a database the app opens like any other.
3. Copy every table of :data:`app.storage.tables.metadata` but the running apps'
   sessions, parents first, in chunks, inside ONE server transaction: a failure or a
   cancel leaves no half-copied rows (and the schema made in step 2 is taken down again,
   so the target is empty as it was). The rows go in with ``COPY``, the indexes and
   foreign keys are built after them (``app.storage.team.bulk_load``: a million contacts
   in minutes, not hours).
   SQLite's full-text index is not copied (the server searches its own way); whatever
   search data the server keeps is rebuilt after the copy, and the board tallies are
   counted once.
4. Move every id sequence past the largest copied id, so the next new row does not
   collide with a copied one.
5. Count every table on both sides after the commit. A difference means the copy cannot
   be trusted: the target is left as it is for the user to drop (the error says so).

Usage::

    result = copy_to_server(source_db, "postgresql+psycopg://user@host/db",
                            progress=..., cancel=token)
    result.tables    # {"contacts": 1000, ...}: every table's verified row count
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Table, create_engine, func, inspect, select, text
from sqlalchemy.engine import Connection

from app.core.ops import CancelToken, Progress, check_cancelled, report
from app.storage import tables
from app.storage.pipeline.tallies import recount_tallies
from app.storage.server_search import SERVER_SEARCH_TABLES
from app.storage.team.bulk_load import copy_rows, loading_in_bulk
from app.storage.team.errors import TeamError

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["COPY_CHUNK", "CopyResult", "copied_tables", "copy_to_server", "reset_sequences"]

#: Rows read from SQLite and sent to the server per statement.
COPY_CHUNK = 2000
#: How many of a non-empty target's tables the refusal names.
_TABLES_NAMED = 3


@dataclass(frozen=True)
class CopyResult:
    """What :func:`copy_to_server` copied.

    Attributes:
        tables: Every copied table's row count, the same on both sides (verified).
        seconds: How long the copy took, schema creation included.
        target: The target's URL without its password (for messages).
    """

    tables: Mapping[str, int]
    seconds: float
    target: str


#: Tables that describe the running apps, not the data: the file's sessions would show
#: people "here" on the server who are not. Nor the derived tables: the stages are counted
#: again after the copy, and reports roll their days up again there.
NOT_COPIED = frozenset(
    {"sessions", "board_tallies", "report_days", "activity_daily", "stage_stays"}
)


def copied_tables() -> list[Table]:
    """The tables a copy moves, parents before children (not the search index, not
    :data:`NOT_COPIED`)."""
    return [t for t in tables.metadata.sorted_tables if t.name not in NOT_COPIED]


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _check_target_is_empty(url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    from app.storage import errors

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = sorted(inspect(conn).get_table_names())
    except DBAPIError as exc:
        # No server there, a wrong password, a database not created yet: say which.
        detail = " ".join(str(exc.orig).split())
        raise errors.DatabaseOpenError(f"Cannot connect to {_hidden(url)}: {detail}") from exc
    finally:
        engine.dispose()
    if found:
        named = ", ".join(found[:_TABLES_NAMED]) + (", ..." if len(found) > _TABLES_NAMED else "")
        raise TeamError("target_not_empty", {"target": _hidden(url), "tables": named})


def _hidden(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _copy_table(
    source: Connection,
    target: Connection,
    table: Table,
    on_chunk: Callable[[int], None],
    cancel: CancelToken | None,
) -> int:
    """Copy one table in chunks, in primary-key order (``COPY``); returns the rows copied."""
    ordered = select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(stream_results=True).execute(ordered)

    def chunks() -> Iterator[Sequence[Row[Any]]]:
        for chunk in result.partitions(COPY_CHUNK):
            check_cancelled(cancel)
            yield chunk

    return copy_rows(target, table, chunks(), on_chunk)


def reset_sequences(target: Connection) -> None:
    """PostgreSQL: start every ``id`` sequence after the largest id (rows were written with
    ids chosen by the program: a copy, the demo)."""
    for table in copied_tables():
        if [c.name for c in table.primary_key.columns] != ["id"]:
            continue
        # setval(NULL, ...) is NULL, not an error: a table without a sequence is skipped.
        target.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:name, 'id'), "  # noqa: S608 - our own table names
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
            ),
            {"name": table.name},
        )


def _take_schema_down(url: str) -> None:
    """Undo step 2 after a failed or cancelled copy: the target is empty again."""
    from app.storage.database import open_database
    from app.storage.migrate import migrate

    target = open_database(url, upgrade=False)
    try:
        migrate(target, "base", downgrade=True)
        with target.engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    finally:
        target.close()


def copy_to_server(
    source: Database,
    url: str,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> CopyResult:
    """Copy an SQLite database into an empty PostgreSQL database and verify the counts.

    Args:
        source: The open SQLite database (its schema at head).
        url: The target, a PostgreSQL URL (``postgresql://`` uses psycopg 3).
        progress: ``progress(rows_done, rows_total)``.
        cancel: Stops the copy between chunks; the target is then empty again.

    Returns:
        Every table's verified row count and the time taken.

    Raises:
        TeamError: ``not_sqlite``, ``not_server``, ``target_not_empty`` (nothing done);
            ``count_mismatch`` (the target holds a copy that must not be used).
        OperationCancelled: cancelled; the target is as empty as it was.
    """
    from app.storage.database import normalize_server_url, open_database
    from app.storage.search_index import rebuild_search_index

    started = time.monotonic()
    if not source.is_sqlite:
        raise TeamError("not_sqlite", {"source": source.display_name})
    parsed = normalize_server_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise TeamError("not_server", {"target": _hidden(url)})
    target_url = parsed.render_as_string(hide_password=False)
    _check_target_is_empty(target_url)

    with source.reading() as reader:
        counts = {table.name: _count(reader, table) for table in copied_tables()}
        total = sum(counts.values())
        report(progress, 0, total)
        target = open_database(target_url)  # creates the schema through the migrations
        committed = False
        try:
            done = [0]

            def on_chunk(rows: int) -> None:
                done[0] += rows
                report(progress, done[0], total)

            with target.transaction(announce=False) as writer:
                # The migrations may seed rows (stages, settings, the change feed): the
                # copy brings the file's own, so whatever they made goes first, children
                # before parents.
                for table in reversed(copied_tables()):
                    writer.execute(table.delete())
                loaded = [t.name for t in copied_tables()] + list(SERVER_SEARCH_TABLES)
                with loading_in_bulk(writer, loaded):
                    for table in copied_tables():
                        check_cancelled(cancel)
                        _copy_table(reader, writer, table, on_chunk, cancel)
                    reset_sequences(writer)
                    recount_tallies(writer)
                    rebuild_search_index(writer)
            committed = True
        finally:
            target.close()
            if not committed:
                _take_schema_down(target_url)

    verify = open_database(target_url, upgrade=False)
    try:
        with verify.reading() as conn:
            for table in copied_tables():
                found = _count(conn, table)
                if found != counts[table.name]:
                    raise TeamError(
                        "count_mismatch",
                        {
                            "table": table.name,
                            "expected": counts[table.name],
                            "found": found,
                            "target": _hidden(url),
                        },
                    )
    finally:
        verify.close()
    report(progress, total, total)
    return CopyResult(
        tables=counts, seconds=round(time.monotonic() - started, 3), target=_hidden(url)
    )
