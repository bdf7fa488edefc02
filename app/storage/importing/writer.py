"""Fast, dialect-aware writes for an import: id allocation, executemany, bulk-load mode.

On SQLite the rows go straight to the DBAPI cursor's ``executemany`` with the statement
built once and values already in storage form (per-row parameter processing in
``Connection.execute`` costs more than SQLite's own work at this volume). On PostgreSQL
the same rows go through Core ``insert()`` executemany: correct, not tuned.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Final

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection

from app.core.ops import CancelToken, check_cancelled
from app.storage import tables
from app.storage.pipeline.tallies import TALLY_TRIGGERS, recount_tallies
from app.storage.search_index import INDEX_CONTACT_RANGE_SQL

#: Rows per executemany call: bounds the parameter list held at once.
_BATCH: Final = 10_000
#: Tables whose secondary indexes are dropped for a bulk load and rebuilt after it.
BULK_TABLES: Final = ("contacts", "contact_points", "contact_tags", "list_members",
                      "import_batch_items")  # fmt: skip
#: FTS5 pending-terms buffer while a bulk load fills the search index (bytes; FTS5's
#: default is 1 MiB). A bigger buffer writes fewer, larger segments and merges less:
#: indexing 1M contacts takes about a third less time. Set inside the import's
#: transaction and put back after, so a rollback restores it too.
_FTS_HASHSIZE: Final = 64 * 1024 * 1024
#: FTS5's automatic merging of index segments while a bulk load fills the search index:
#: once 8 segments of a level have gathered rather than FTS5's default 4. Merging fewer,
#: larger runs rewrites the index fewer times: filling it for 920k contacts took 64.1 G
#: instructions instead of 70.5 G (callgrind), on the core the check workers need. Off
#: entirely (0) it saved less, since FTS5 then merges 16 segments at once in one statement
#: (its "crisismerge"), which stalled the import's inserts for 2-4 s near the end. Searches
#: over the result are as fast (prefix queries from "a*" to "globex* vertex*" within 5%).
_FTS_AUTOMERGE: Final = 8
#: FTS5's defaults for the settings above, used when the config table holds none.
_FTS_DEFAULTS: Final[dict[str, int]] = {"hashsize": 1024 * 1024, "automerge": 4}
#: Page cache for a bulk load (KiB, negative as SQLite wants it): index builds sort in it.
_BULK_CACHE_KIB: Final = 200_000
#: Page cache while the indexes are built after a bulk load (KiB): the sorter's run size
#: (see :meth:`BulkLoad.restore`).
_INDEX_BUILD_CACHE_KIB: Final = 2_000
#: SQLite helper threads for those sorts.
_SORTER_THREADS: Final = 2
#: Statements queued for the background writer before the caller waits.
_MAX_QUEUED: Final = 4


def sequence_ids(conn: Connection, table_name: str, count: int) -> list[int]:
    """PostgreSQL: ``count`` new primary keys of ``table_name`` from its sequence.

    Rows written with ids chosen by the program must take them from the sequence: ids
    picked as max(id) + 1 leave the sequence behind, and the next row inserted without an
    id collides with them (and two writers picking at once collide with each other).
    """
    rows = conn.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{table_name}', 'id')) "
        f"FROM generate_series(1, {int(count)})"
    )
    return [int(r[0]) for r in rows]


class Writer:
    """Inserts and updates rows for one import inside one transaction.

    Args:
        conn: The connection holding the import's transaction.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self._next_id: dict[str, int] = {}
        self._background: BackgroundStatements | None = None

    # --- background writes (SQLite bulk loads) -------------------------------------------

    def start_background(self) -> None:
        """Run :meth:`execute_later` statements on a thread of their own (SQLite only).

        sqlite3 lets go of the GIL while SQLite steps a statement, so a set-wise
        statement (one chunk's search-index rows: a single step over thousands of rows)
        runs on the second core while this thread prepares the next chunk. Inserts stay
        on this thread: ``executemany`` takes the GIL back for every row, and a thread
        that needs it a million times only gets it when the other one waits. Any other
        use of the connection calls :meth:`sync` first, so only one thread uses it at a
        time.
        """
        if self.sqlite and self._background is None:
            self._background = BackgroundStatements(self.conn)

    def sync(self) -> None:
        """Wait for the queued statements; raise the first one's error, if any."""
        if self._background is not None:
            self._background.wait_all()

    def stop_background(self) -> None:
        """Drop queued statements, wait for the running one and go back to this thread."""
        background, self._background = self._background, None
        if background is not None:
            background.close()

    def execute_later(self, sql: str, parameters: Sequence[Any] = ()) -> None:
        """Run one statement after the queued ones (now, when nothing runs in background)."""
        if self._background is not None:
            self._background.execute(sql, parameters)
        else:
            self.conn.exec_driver_sql(sql, tuple(parameters))

    def storage_value(self, table_name: str, column: str, value: Any) -> Any:
        """A value as the column type would store it (for constants such as timestamps)."""
        if not self.sqlite:
            return value
        # dialect_impl: a TypeDecorator's own bind_processor() skips the dialect's type
        # (SQLite's DATETIME text format), storing text a Core insert would not.
        dialect = self.conn.dialect
        processor = (
            tables.metadata.tables[table_name]
            .c[column]
            .type.dialect_impl(dialect)
            .bind_processor(dialect)
        )
        return processor(value) if processor else value

    def allocate_ids(self, table_name: str, count: int) -> list[int]:
        """Reserve ``count`` primary keys so rows can refer to each other before insert.

        SQLite: the write lock (``BEGIN IMMEDIATE``) is held, so max(id)+1 onwards is ours.
        PostgreSQL: the table's sequence hands them out, safe beside other writers.
        """
        if count <= 0:
            return []
        t = tables.metadata.tables[table_name]
        if not self.sqlite:
            return sequence_ids(self.conn, table_name, count)
        start = self._next_id.get(table_name)
        if start is None:
            self.sync()
            start = (
                int(self.conn.execute(select(func.coalesce(func.max(t.c.id), 0))).scalar_one()) + 1
            )
        self._next_id[table_name] = start + count
        return list(range(start, start + count))

    def insert(
        self,
        table_name: str,
        columns: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        json_columns: Iterable[int] = (),
        ignore_conflicts: bool = False,
        constants: Mapping[str, Any] | None = None,
    ) -> None:
        """Insert rows given as tuples in ``columns`` order.

        Args:
            table_name: The table.
            columns: Column names, in the order of every row's values.
            rows: The rows; JSON columns hold Python objects, timestamps storage values
                (see :meth:`storage_value`).
            json_columns: Positions of JSON columns (serialised here).
            ignore_conflicts: Skip rows that break a unique key (list memberships, tags).
            constants: Columns with the same value in every row (storage values: None,
                bool, int or str). On SQLite they are written into the statement: a
                bound parameter costs ~0.1 µs per row, a million rows each.
        """
        if not rows:
            return
        json_at = tuple(json_columns)
        fixed = dict(constants or {})
        if self.sqlite:
            verb = "INSERT OR IGNORE" if ignore_conflicts else "INSERT"
            placeholders = ["?"] * len(columns) + [sql_literal(v) for v in fixed.values()]
            sql = (
                f"{verb} INTO {table_name} ({', '.join([*columns, *fixed])}) "
                f"VALUES ({', '.join(placeholders)})"
            )
            dumps = json_text
            for start in range(0, len(rows), _BATCH):
                part = rows[start : start + _BATCH]
                if json_at:
                    part = [_dump_json(row, json_at, dumps) for row in part]
                self.sync()
                self.conn.exec_driver_sql(sql, list(part))
            return
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        t = tables.metadata.tables[table_name]
        stmt = pg_insert(t).on_conflict_do_nothing() if ignore_conflicts else insert(t)
        for start in range(0, len(rows), _BATCH):
            part = rows[start : start + _BATCH]
            self.conn.execute(
                stmt, [{**dict(zip(columns, row, strict=True)), **fixed} for row in part]
            )

    def update_contacts(self, changes: list[tuple[int, dict[str, Any]]], now: Any) -> None:
        """Apply per-contact changes, bumping each row's version (optimistic locking).

        Rows with the same set of changed columns share one executemany.
        """
        self.sync()
        t = tables.contacts
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for contact_id, values in changes:
            key = tuple(sorted(values))
            groups.setdefault(key, []).append({"_id": contact_id, **values})
        for columns, params in groups.items():
            stmt = (
                update(t)
                .where(t.c.id == bindparam("_id"))
                .values(
                    {
                        **{c: bindparam(c) for c in columns},
                        "version": t.c.version + 1,
                        "updated_at": now,
                    }
                )
            )
            for start in range(0, len(params), _BATCH):
                self.conn.execute(stmt, params[start : start + _BATCH])


def sql_literal(value: None | bool | int | str) -> str:
    """An SQL literal for a constant of our own (never for user input in a query)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def _json_dumper() -> Callable[[Any], str]:
    """``json.dumps(value, ensure_ascii=False)``, minus its per-call set-up.

    ``json.dumps`` builds a new C encoder for every call (~3 µs); an import serialises
    two values per row, so one encoder is made here and reused. Same output as
    ``json.dumps`` with ``ensure_ascii=False``: a Cyrillic or Chinese cell is stored as
    its UTF-8 (2-3 bytes a letter) rather than as ``\\uXXXX`` escapes (6 bytes), which
    made the raw rows of a 1M-row import a third bigger to write. No cycle check
    (``markers=None``): rows hold plain values.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return lambda value: json.dumps(value, ensure_ascii=False)
    encode = make(
        None, json.JSONEncoder().default, json.encoder.encode_basestring, None,
        ": ", ", ", False, False, True,
    )  # fmt: skip

    def dumps(value: Any) -> str:
        return "".join(encode(value, 0))

    return dumps


#: ``json.dumps(value, ensure_ascii=False)`` with a reused encoder (same text).
json_text: Final = _json_dumper()


def _dump_json(
    row: Sequence[Any], json_at: tuple[int, ...], dumps: Callable[[Any], str]
) -> tuple[Any, ...]:
    values = list(row)
    for i in json_at:
        value = values[i]
        if value is not None:
            # Most contacts have no custom fields: skip the encoder for the empty dict.
            values[i] = "{}" if type(value) is dict and not value else dumps(value)
    return tuple(values)


class BackgroundStatements:
    """Executes statements in order on one worker thread, through the raw DBAPI connection.

    The worker never touches SQLAlchemy's ``Connection`` (not thread-safe); it uses the
    sqlite3 connection underneath, and only while the owner keeps off it (the owner
    calls :meth:`wait_all` before its own statements). At most ``_MAX_QUEUED`` statements
    wait at a time.

    Args:
        conn: The connection holding the import's transaction.
    """

    def __init__(self, conn: Connection) -> None:
        driver = conn.connection.driver_connection
        assert driver is not None
        self._driver: Any = driver
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-writer")
        self._queued: deque[Future[None]] = deque()

    def execute(self, sql: str, parameters: Sequence[Any]) -> None:
        """Queue ``execute(sql, parameters)``; raise an earlier statement's error, if any."""
        queued = self._queued
        while queued and queued[0].done():
            queued.popleft().result()
        if len(queued) >= _MAX_QUEUED:
            queued.popleft().result()
        queued.append(self._pool.submit(self._run, sql, tuple(parameters)))

    def _run(self, sql: str, parameters: tuple[Any, ...]) -> None:
        cursor = self._driver.cursor()
        try:
            cursor.execute(sql, parameters)
        finally:
            cursor.close()

    def wait_all(self) -> None:
        """Wait until every queued statement ran; raise the first error."""
        queued = self._queued
        try:
            while queued:
                queued.popleft().result()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Cancel what has not started and wait for the running statement."""
        for future in self._queued:
            future.cancel()
        self._queued.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


class BulkLoad:
    """Drops the search insert trigger, the board-tally triggers and secondary indexes for a
    large load; restores them (the tallies counted again first).

    It also gives the search index a bigger buffer and wider merges for the load (see
    ``_FTS_HASHSIZE`` and ``_FTS_AUTOMERGE``), and puts FTS5's settings back after.

    New contacts reach the search index a chunk at a time (:meth:`index_contacts`, on the
    background writer), so there is no rebuild at the end; the update and delete
    triggers stay, so contacts the import merges into keep their index rows right.

    The DDL is read from ``sqlite_master`` before dropping, so exactly what the migrations
    made comes back (they stay the single source of truth), and everything happens inside
    the import's transaction: SQLite DDL is transactional, so a rollback or a cancel
    restores the triggers and indexes too. PostgreSQL imports never use this.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.saved: list[tuple[str, str, str]] = []  # (type, name, sql)
        self._cache_size: int | None = None
        # FTS5 settings changed for the load: name -> (value to put back, stored?).
        self._fts_saved: dict[str, tuple[int, bool]] = {}
        self._recount_tallies = False

    def suspend(self) -> None:
        """Drop the contacts' FTS insert trigger, the tally triggers and the bulk tables'
        indexes."""
        placeholders = ", ".join(f"'{t}'" for t in BULK_TABLES)
        tallies = ", ".join(f"'{t}'" for t in TALLY_TRIGGERS)
        rows = self.conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
            f"(type = 'index' AND tbl_name IN ({placeholders})) OR "
            "(type = 'trigger' AND tbl_name = 'contacts' AND sql LIKE '%contacts_fts%') OR "
            f"(type = 'trigger' AND name IN ({tallies})))"
        ).all()
        for kind, name, sql in rows:
            statement = str(sql)
            head = statement.upper()
            if name in TALLY_TRIGGERS:
                # The board tallies are counted again at the end (every trigger of theirs
                # is off, so a contact the load inserts and then merges into counts once).
                self._recount_tallies = True
            elif kind == "trigger" and "AFTER INSERT" not in head:
                continue  # updates and deletes of stored contacts keep their index rows
            if kind == "index" and "UNIQUE" in head.split("INDEX")[0]:
                continue  # a unique index guards data; keep it checking every row
            self.saved.append((str(kind), str(name), statement))
            self.conn.exec_driver_sql(f'DROP {str(kind).upper()} "{name}"')
        self._cache_size = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
        self.conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        for name, value in (("hashsize", _FTS_HASHSIZE), ("automerge", _FTS_AUTOMERGE)):
            stored = self.conn.exec_driver_sql(
                "SELECT v FROM contacts_fts_config WHERE k = ?", (name,)
            ).scalar()
            before = int(stored) if stored is not None else _FTS_DEFAULTS[name]
            self._fts_saved[name] = (before, stored is not None)
            self._set_fts(name, value)

    def index_contacts(self, writer: Writer, first_id: int, last_id: int) -> None:
        """Add the search-index rows of the contacts ``first_id``..``last_id`` (inserted)."""
        writer.execute_later(INDEX_CONTACT_RANGE_SQL, (first_id, last_id))

    def restore(self, cancel: CancelToken | None) -> None:
        """Recreate what :meth:`suspend` dropped (the background writer must be stopped).

        Args:
            cancel: Checked between index builds; once cancelled, ``OperationCancelled``
                is raised (the transaction then rolls back and the dropped objects come
                back with it).
        """
        for name, (before, stored) in self._fts_saved.items():
            self._set_fts(name, before)
            if not stored:  # leave the config table as the migrations made it
                self.conn.exec_driver_sql("DELETE FROM contacts_fts_config WHERE k = ?", (name,))
        self._fts_saved.clear()
        if self._recount_tallies:
            recount_tallies(self.conn)  # before the triggers are back
            self._recount_tallies = False
        # CREATE INDEX sorts the keys in runs of the page cache's size (at least 250
        # pages: 1 MB at 4 KiB pages, 4 MB at the 16 KiB of a new file). With the load's
        # big cache one run holds every key and one thread sorts it; runs of a few MB
        # are sorted by SQLite's helper threads while the table is still being scanned,
        # then merged by them too: the 18 index builds after a 1M-row load went from
        # ~10 s to ~7.5 s, using the core that is otherwise idle then. (At 16 KiB pages,
        # caches of 0.5, 2 and 8 MB built them equally fast; 32 MB took 3 s longer.)
        threads = int(self.conn.exec_driver_sql("PRAGMA threads").scalar_one())
        self.conn.exec_driver_sql(f"PRAGMA cache_size = -{_INDEX_BUILD_CACHE_KIB}")
        self.conn.exec_driver_sql(f"PRAGMA threads = {_SORTER_THREADS}")
        try:
            for _kind, _name, statement in self.saved:
                check_cancelled(cancel)
                self.conn.exec_driver_sql(statement)
        finally:
            self.conn.exec_driver_sql(f"PRAGMA threads = {threads}")
        self.saved.clear()
        self.reset_cache()

    def _set_fts(self, name: str, value: int) -> None:
        self.conn.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES (?, ?)", (name, int(value))
        )

    def reset_cache(self) -> None:
        """Give the connection its page-cache size back (pooled connections are reused)."""
        if self._cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {self._cache_size}")
            self._cache_size = None
