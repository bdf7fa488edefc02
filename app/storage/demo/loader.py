"""Validation of the prospects' raw values and the chunked, cancellable loader."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Final

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection

from app.core.demo import DemoPerson
from app.core.ops import CancelToken, Progress, check_cancelled, report
from app.core.validation import PhoneCheck, check_email, check_phone, score_contact
from app.core.workers import shutdown_pools, spawn_pool
from app.storage.contacts.derived import DERIVED_COLUMNS, derived_values, is_blank

# Rows per executemany: big enough to amortise the call, small enough to cancel promptly.
_CHUNK: Final = 5_000
_PROGRESS_TOTAL: Final = 1_000


# --- validation ---------------------------------------------------------------------------

#: (raw email, raw phone, phone region, first name, last name, company, title) of one prospect.
ValidationRecord = tuple[str | None, str | None, str, str | None, str | None, str, str]

# Below this many prospects, starting a worker process costs more than it saves.
_PARALLEL_THRESHOLD: Final = 20_000
# Phone checks remembered per process: demo numbers come from small fictional ranges
# (US 555-01xx), so the same (number, region) recurs often.
_phone_cache: dict[tuple[str, str], PhoneCheck] = {}


def _record(person: DemoPerson, company: str) -> ValidationRecord:
    return (person.email, person.phone, person.country_code, person.first_name,
            person.last_name, company, person.title)  # fmt: skip


def validate_records(records: list[ValidationRecord]) -> list[dict[str, Any]]:
    """The derived columns of each record, as an import or a validation run writes them.

    Module-level and fed plain tuples so worker processes can run it.
    """
    return [_derived_fields(record) for record in records]


def _derived_fields(record: ValidationRecord) -> dict[str, Any]:
    raw_email, raw_phone, region, first_name, last_name, company, title = record
    # Blank values count as missing, as in a validation run.
    e = None if is_blank(raw_email) else check_email(raw_email)
    p = None
    if raw_phone is not None and not is_blank(raw_phone):
        p = _phone_cache.get((raw_phone, region))
        if p is None:
            # No display form: the derived columns do not store it (a fifth of a check).
            p = _phone_cache[(raw_phone, region)] = check_phone(raw_phone, region, formatted=False)
    quality = score_contact(
        email=e, phone=p, first_name=first_name, last_name=last_name, company=company,
        title=title,
    )  # fmt: skip
    return dict(zip(DERIVED_COLUMNS, derived_values(e, p, quality.score), strict=True))


class _Validator:
    """Runs ``validate_records`` inline, or in worker processes while the loader inserts.

    Validation is the most expensive part of a big demo (phone parsing above all) and
    depends on nothing but the raw values, so a chunk's records go to workers while this
    process builds and inserts the previous chunk. Workers are spawned, never forked: the
    caller may be a GUI application with threads. If workers cannot start or die, the
    work is done inline; the results are the same either way.
    """

    def __init__(self, parallel: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._workers = 0
        if parallel:
            self._workers = max(1, min(3, (os.cpu_count() or 2) - 1))
            try:
                # At normal priority, without an import's init_worker: the demo's
                # figures were measured so; lowering the workers' priority here is a
                # change to measure with bench_demo.py, not to make in passing.
                self._pool = spawn_pool(self._workers)
            except (OSError, ValueError, NotImplementedError):
                self._pool = None

    def submit(self, records: list[ValidationRecord]) -> Callable[[], list[dict[str, Any]]]:
        """Start validating ``records``; the returned function waits for the results."""
        if self._pool is None:
            results = validate_records(records)
            return lambda: results
        size = -(-len(records) // self._workers) or 1
        parts = [records[i : i + size] for i in range(0, len(records), size)]
        try:
            futures = [self._pool.submit(validate_records, part) for part in parts]
        except (BrokenProcessPool, RuntimeError):
            self.close()
            return self.submit(records)

        def wait() -> list[dict[str, Any]]:
            try:
                return [row for future in futures for row in future.result()]
            except BrokenProcessPool:
                self.close()
                return validate_records(records)

        return wait

    def close(self) -> None:
        """Stop the workers (pending work is dropped)."""
        if self._pool is not None:
            shutdown_pools([self._pool])
            self._pool = None


# --- the loader ---------------------------------------------------------------------------


class _Loader:
    """Inserts rows in chunks inside one transaction, counting, reporting and cancelling."""

    def __init__(
        self, conn: Connection, progress: Progress | None, cancel: CancelToken | None
    ) -> None:
        self.conn = conn
        self.progress = progress
        self.cancel = cancel
        self.counts: dict[str, int] = {}

    def check_cancel(self) -> None:
        """Raise ``OperationCancelled`` when the caller cancelled (the load then rolls back)."""
        check_cancelled(self.cancel)

    def report(self, done: int) -> None:
        """Tell the caller how far the load is (out of ``_PROGRESS_TOTAL``)."""
        report(self.progress, min(done, _PROGRESS_TOTAL), _PROGRESS_TOTAL)

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts with the same keys) into ``table``, a chunk at a time."""
        if rows:
            if self.conn.dialect.name == "sqlite":
                self._insert_sqlite(table, rows)
            else:
                for start in range(0, len(rows), _CHUNK):
                    self.check_cancel()
                    self.conn.execute(insert(table), list(rows[start : start + _CHUNK]))
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def _insert_sqlite(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """The same insert with the statement compiled once and values converted here.

        Per-row parameter handling in ``Connection.execute`` costs more than SQLite's own
        work at this volume. The values go through each column type's own bind processor,
        so they are stored exactly as a normal insert would store them.
        """
        dialect = self.conn.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
        keys = list(compiled.positiontup or ())
        # dialect_impl: the SQLite DATETIME processor, so timestamps get the text format a
        # normal insert writes (a generic DateTime processor would add "+00:00").
        processors = [
            table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
        ]
        plan = list(zip(keys, processors, strict=True))
        sql = str(compiled)
        for start in range(0, len(rows), _CHUNK):
            self.check_cancel()
            chunk = rows[start : start + _CHUNK]
            # Column by column: map() and zip() run in C, a per-value generator does not.
            columns = []
            for key, proc in plan:
                values = [row[key] for row in chunk]
                columns.append(list(map(proc, values)) if proc else values)
            self.conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))

    def next_id(self, table: Table) -> int:
        """The first free id of ``table`` (ids are assigned here so rows can refer to them)."""
        return (
            int(self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        )
