"""Filling an empty PostgreSQL database fast: ``COPY``, with the indexes built afterwards.

A team moving to the server copies everything it has at once (a million contacts, four
million activities). Written row by row through ``INSERT``, with every index, foreign-key
check and trigger paid per row, that took hours: the stage tally trigger alone updates
the same nine rows a million times inside one transaction, each update walking past the
versions the earlier ones left. So, inside the copy's one transaction:

- rows go in with ``COPY … FROM STDIN`` (psycopg's ``cursor.copy``), each value converted
  exactly as an ``INSERT`` through SQLAlchemy would convert it (the column's own bind
  processing: JSON, aware datetimes, booleans);
- :func:`loading_in_bulk` drops the loaded tables' foreign keys and secondary indexes and
  switches off the triggers named in :data:`TRIGGERS_REDONE_AFTER`, then builds the
  indexes in one pass each and adds the foreign keys back (which checks every row, so a
  copy that breaks one still fails and rolls back), and switches the triggers on again.

Primary keys and unique constraints stay: they are checked as the rows arrive, and rows
come in primary-key order, so their indexes only grow at the right edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    import psycopg

__all__ = ["TRIGGERS_REDONE_AFTER", "copy_rows", "driver_connection", "loading_in_bulk"]

#: Triggers switched off while a copy loads (table, trigger), each because what it keeps
#: is made again, set-wise, once the rows are in: the board tallies are counted again
#: (``app.storage.team.copy``), every contact's search words are made again, and the
#: report roll-up only forgets built days, of which a fresh server has none. Any other
#: trigger keeps firing.
TRIGGERS_REDONE_AFTER: Final = (
    ("contacts", "tr_contacts_tally_insert"),
    ("contacts", "tr_contacts_tally_update"),
    ("contacts", "tr_contacts_tally_delete"),
    ("contacts", "contacts_fts_ai"),
    ("activities", "tr_activities_rollup"),
)


def driver_connection(conn: Connection) -> psycopg.Connection[Any]:
    """The psycopg connection under ``conn`` (for ``COPY``)."""
    import psycopg  # here: SQLite users never load the server's driver

    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return raw


def copy_rows(
    conn: Connection,
    table: Table,
    chunks: Iterable[Sequence[Sequence[Any]]],
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """``COPY`` rows (values in ``table.columns`` order) into ``table``; returns how many.

    Each value goes through the column's bind processing for this dialect, as an INSERT
    would send it. ``on_chunk`` runs after each chunk with its size (progress, cancel).
    """
    from psycopg import sql

    dialect = conn.dialect
    processors = [
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in table.columns
    ]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name),
        sql.SQL(", ").join(sql.Identifier(c.name) for c in table.columns),
    )
    copied = 0
    with driver_connection(conn).cursor() as cursor, cursor.copy(statement) as copy:
        for chunk in chunks:
            for row in chunk:
                copy.write_row(
                    [
                        value if process is None or value is None else process(value)
                        for process, value in zip(processors, row, strict=True)
                    ]
                )
            copied += len(chunk)
            if on_chunk is not None:
                on_chunk(len(chunk))
    return copied


def _in_schema(conn: Connection, names: Sequence[str], sql_text: str) -> list[Any]:
    return list(conn.execute(text(sql_text), {"names": list(names)}).all())


@contextmanager
def loading_in_bulk(conn: Connection, table_names: Sequence[str]) -> Iterator[None]:
    """Foreign keys, secondary indexes and the redone triggers of these tables off while
    the block loads them; everything back, and every foreign key checked, after it.

    Runs inside the caller's transaction: an error anywhere rolls all of it back.
    """
    foreign_keys = _in_schema(
        conn,
        table_names,
        "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
        "JOIN pg_class c ON c.oid = k.conrelid "
        "WHERE k.contype = 'f' AND c.relname = ANY(:names) "
        "AND c.relnamespace = current_schema()::regnamespace ORDER BY k.oid",
    )
    for table, name, _definition in foreign_keys:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    # Indexes no constraint owns (primary keys and unique constraints stay) and no
    # remaining foreign key leans on.
    indexes = _in_schema(
        conn,
        table_names,
        "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
        "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
        "WHERE c.relname = ANY(:names) AND c.relnamespace = current_schema()::regnamespace "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid) "
        "ORDER BY i.oid",
    )
    for name, _definition in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    present = {
        (table, trigger)
        for table, trigger in _in_schema(
            conn,
            table_names,
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relname = ANY(:names) "
            "AND c.relnamespace = current_schema()::regnamespace",
        )
    }
    switched = [pair for pair in TRIGGERS_REDONE_AFTER if pair in present]
    for table, trigger in switched:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DISABLE TRIGGER "{trigger}"')
    yield
    for table, trigger in switched:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ENABLE TRIGGER "{trigger}"')
    for _name, definition in indexes:
        conn.exec_driver_sql(definition)
    for table, name, definition in foreign_keys:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
