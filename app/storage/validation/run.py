"""A validation run: read the raw columns, validate in the core, write the derived ones.

The core (``app.core.validation``) judges plain values; a run reads the raw columns of
contacts, runs the core's batch validation and writes the *derived* columns next to them
(see :mod:`app.storage.contacts.derived`). Raw columns (``email_raw``, ``phone_raw``) are
never written by a run: only a user's explicit fix changes them (see ``fixes``).

Design choices:

- A run reads in keyset batches (``id > last ORDER BY id``) inside one read snapshot,
  validates everything in memory, then writes only the rows whose derived values
  changed, with ``executemany`` in ONE transaction. A cancel or an error before the
  commit leaves the database exactly as it was, DNS cache included (answers found
  during a run are written in that same transaction).
- Derived writes do not bump ``version``: they are a function of the raw values, not a
  user's edit, and bumping would make every open editor fail with a conflict after a
  revalidation. They are guarded by the version read, though: a row edited between the
  read and the write is left alone (its editor revalidated it already).
"""

from __future__ import annotations

import time
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from app.core.ops import CancelToken, Progress, check_cancelled, report, scaled_progress
from app.core.validation import (
    VALIDATOR_VERSION,
    ContactRecord,
    ContactResult,
    ListSummary,
    validate_contacts,
)
from app.core.validation.dns_check import DEFAULT_DNS_TIMEOUT, DnsResolver
from app.storage import tables
from app.storage.contacts.derived import DERIVED_COLUMNS, DerivedValues, derived_values, is_blank
from app.storage.types import utcnow
from app.storage.validation.dns_cache import DbDomainCache

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["ValidationRun", "validate_database"]


_READ_BATCH: Final = 5_000
_WRITE_BATCH: Final = 5_000
_ID_CHUNK: Final = 500
# Progress weights of the three phases of a run, out of _PROGRESS_TOTAL.
_PROGRESS_TOTAL: Final = 1_000
_READ_SHARE: Final = 100
_CHECK_SHARE: Final = 700


@dataclass(frozen=True)
class ValidationRun:
    """What :func:`validate_database` did.

    Attributes:
        checked: Contacts read and validated.
        updated: Contacts whose derived fields changed and were written.
        unchanged: Contacts whose derived fields were already current.
        skipped_edited: Contacts edited by someone between the read and the write
            (left as their editor saved them; -1 when the driver cannot tell).
        distinct_domains: Distinct email domains seen.
        distinct_phones: Distinct (phone, region) pairs checked.
        dns_checked: True when mail domains were looked up in DNS.
        dns_cached: Domain answers written to the ``domain_checks`` cache.
        validator_version: The ``VALIDATOR_VERSION`` written to ``validated_with``.
        summary: The core's counts over the checked contacts.
        seconds: Wall-clock duration of the run.
    """

    checked: int
    updated: int
    unchanged: int
    skipped_edited: int
    distinct_domains: int
    distinct_phones: int
    dns_checked: bool
    dns_cached: int
    validator_version: str
    summary: ListSummary
    seconds: float


_READ_COLUMNS: Final[tuple[str, ...]] = (
    "id", "version", "email_raw", "phone_raw", "country", "first_name", "last_name", "title",
)  # fmt: skip


def _read_statement(list_id: int | None, only_stale: bool) -> Any:
    c = tables.contacts
    columns: list[Any] = [c.c[name] for name in _READ_COLUMNS]
    columns.append(tables.companies.c.name.label("company"))
    columns.extend(c.c[name] for name in DERIVED_COLUMNS)
    source = c.outerjoin(tables.companies, tables.companies.c.id == c.c.company_id)
    stmt = select(*columns).select_from(source)
    if list_id is not None:
        members = tables.list_members
        stmt = stmt.where(
            c.c.id.in_(
                select(members.c.contact_id).where(members.c.list_id == bindparam("list_id"))
            )
        )
    if only_stale:
        stmt = stmt.where(
            (c.c.validated_with.is_(None)) | (c.c.validated_with != bindparam("version_now"))
        )
    return stmt


def _iter_rows(
    conn: Connection,
    *,
    contact_ids: Sequence[int] | None,
    list_id: int | None,
    only_stale: bool,
    cancel: CancelToken | None,
) -> Iterator[Sequence[Any]]:
    """Yield contact rows in id order, a keyset batch at a time (never OFFSET)."""
    base = _read_statement(list_id, only_stale)
    params: dict[str, Any] = {"version_now": VALIDATOR_VERSION}
    if list_id is not None:
        params["list_id"] = list_id
    c = tables.contacts
    if contact_ids is not None:
        ids = sorted(set(contact_ids))
        for start in range(0, len(ids), _ID_CHUNK):
            check_cancelled(cancel)
            stmt = base.where(c.c.id.in_(ids[start : start + _ID_CHUNK])).order_by(c.c.id)
            yield from conn.execute(stmt, params).all()
        return
    last = 0
    stmt = base.where(c.c.id > bindparam("last_id")).order_by(c.c.id).limit(_READ_BATCH)
    while True:
        check_cancelled(cancel)
        rows = conn.execute(stmt, {**params, "last_id": last}).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


class _ChangedColumnsWriter:
    """Writes derived values with ``executemany``, setting only the columns that changed.

    Rows are grouped by which columns changed (a bit mask over ``DERIVED_COLUMNS``; a
    run has a handful of distinct masks) and each group gets its own statement:

    - every index on a named column is rewritten even when the value is the same, and
      the full-text trigger fires whenever ``email`` is named: after a library upgrade
      most rows change only ``validated_with``, which is in no index;
    - ``updated_at`` (change polling) moves only when a value users see changed;
    - the statements go to the driver as plain SQL with positional parameters: building
      SQLAlchemy's per-row parameter dicts cost more than SQLite's own work.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.matched = 0
        self.written = 0
        self._pending: dict[int, list[tuple[Any, ...]]] = {}
        self._sql: dict[int, str] = {}
        processor = tables.contacts.c.updated_at.type.bind_processor(conn.dialect)
        now = utcnow()
        self._now = processor(now) if processor is not None else now
        self._mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def add(self, mask: int, values: DerivedValues, row_id: int, version: int) -> bool:
        """Queue one row; True when its group was written (a batch boundary)."""
        if not mask:
            return False
        row: list[Any] = [values[i] for i in range(len(DERIVED_COLUMNS)) if mask >> i & 1]
        if mask & _VISIBLE_MASK:
            row.append(self._now)
        row.extend((row_id, version))
        group = self._pending.setdefault(mask, [])
        group.append(tuple(row))
        if len(group) >= _WRITE_BATCH:
            self._flush(mask)
            return True
        return False

    def flush_all(self) -> None:
        """Write every queued row."""
        for mask in list(self._pending):
            self._flush(mask)

    def _flush(self, mask: int) -> None:
        rows = self._pending.pop(mask, [])
        if not rows:
            return
        sql = self._sql.get(mask)
        if sql is None:
            names = [name for i, name in enumerate(DERIVED_COLUMNS) if mask >> i & 1]
            if mask & _VISIBLE_MASK:
                names.append("updated_at")
            assignments = ", ".join(f"{name} = {self._mark}" for name in names)
            sql = self._sql[mask] = (
                f"UPDATE contacts SET {assignments} "  # noqa: S608 - our column names
                f"WHERE id = {self._mark} AND version = {self._mark}"
            )
        self.matched += self.conn.exec_driver_sql(sql, rows).rowcount
        self.written += len(rows)


#: Every derived column but ``validated_with`` (bookkeeping, seen by nobody).
_VISIBLE_MASK: Final = sum(
    1 << i for i, name in enumerate(DERIVED_COLUMNS) if name != "validated_with"
)


@contextmanager
def _large_page_cache(conn: Connection, rows: int) -> Iterator[None]:
    """Give SQLite a page cache sized to a bulk update while it runs, then restore it.

    A million-row update touches the table and six indexes at random places; with the
    default 2 MB cache most of those pages are read again and again (measured: 46 s of
    CPU for the writes at 1,000,000 rows). About 256 bytes per row, at most 256 MB.
    """
    if conn.dialect.name != "sqlite" or rows < 10_000:
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{min(262_144, rows // 4)}")  # KiB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


def validate_database(
    db: Database,
    *,
    contact_ids: Sequence[int] | None = None,
    list_id: int | None = None,
    check_dns: bool = False,
    resolver: DnsResolver | None = None,
    only_stale: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    domain_cache: DbDomainCache | None = None,
    dns_timeout: float = DEFAULT_DNS_TIMEOUT,
) -> ValidationRun:
    """Validate contacts and store their derived fields in one transaction.

    Args:
        db: The database.
        contact_ids: Validate only these contacts (a selection, a segment's members).
        list_id: Validate only the members of this static list.
        check_dns: Also look up each distinct mail domain's MX/A records once (cached in
            ``domain_checks``); a lookup that cannot finish makes the address
            ``unknown``, never ``invalid``.
        resolver: Asks DNS for ``check_dns`` (tests point one at 127.0.0.1); None plugs
            in the system's (:func:`app.adapters.dns.system_resolver`).
        only_stale: Revalidate only contacts whose ``validated_with`` is not the current
            ``VALIDATOR_VERSION`` (never validated, or validated by older rules or
            libraries).
        progress: Called with (done, total) now and then, from this thread.
        cancel: When cancelled, the run stops and writes nothing.
        workers: Processes for the core's phone/email checks (None: every core).
        domain_cache: The DNS cache to use; by default a :class:`DbDomainCache` whose
            new answers are written in the run's transaction.
        dns_timeout: Seconds allowed per domain lookup.

    Returns:
        What the run did.

    Raises:
        OperationCancelled: ``cancel`` was cancelled; the database is unchanged.
    """
    started = time.perf_counter()

    def step(done: int) -> None:
        report(progress, min(done, _PROGRESS_TOTAL), _PROGRESS_TOTAL)

    step(0)
    # Compact per-row state: a million Python ints in lists would cost ~100 MB.
    ids = array("q")
    versions = array("q")
    current = array("q")  # hash of the stored derived values, to skip unchanged rows
    # Per-column hashes of the stored values (len(DERIVED_COLUMNS) per row): a write
    # then sets only the columns that changed (see _write_changed).
    column_hashes = array("q")
    records: list[ContactRecord] = []
    derived_slice = slice(len(_READ_COLUMNS) + 1, None)
    with db.reading() as conn:
        for row in _iter_rows(
            conn, contact_ids=contact_ids, list_id=list_id, only_stale=only_stale,
            cancel=cancel,
        ):  # fmt: skip
            contact_id, version, email_raw, phone_raw, country, first, last, title, company = row[
                : len(_READ_COLUMNS) + 1
            ]
            ids.append(contact_id)
            versions.append(version or 0)
            derived_now = tuple(row[derived_slice])
            current.append(hash(derived_now))
            column_hashes.extend(map(hash, derived_now))
            records.append(
                ContactRecord(
                    None if is_blank(email_raw) else email_raw,
                    None if is_blank(phone_raw) else phone_raw,
                    country,
                    first,
                    last,
                    company,
                    title,
                )  # fmt: skip
            )
    step(_READ_SHARE)

    cache = domain_cache
    if check_dns and cache is None:
        cache = DbDomainCache(db, write_through=False)
    if check_dns and resolver is None:
        from app.adapters.dns import system_resolver

        resolver = system_resolver()

    batch = validate_contacts(
        records, workers=workers, check_dns=check_dns, resolver=resolver,
        domain_cache=cache, dns_timeout=dns_timeout, cancel=cancel,
        progress=scaled_progress(progress, _READ_SHARE, _CHECK_SHARE, _PROGRESS_TOTAL),
    )  # fmt: skip
    del records
    step(_READ_SHARE + _CHECK_SHARE)

    rowcount_known = True
    dns_cached = 0
    results: list[ContactResult] = batch.results
    total = len(results)
    width = len(DERIVED_COLUMNS)
    with db.transaction() as conn, _large_page_cache(conn, total):
        rowcount_known = bool(conn.dialect.supports_sane_multi_rowcount)
        writer = _ChangedColumnsWriter(conn)
        for index in range(total):
            result = results[index]
            values = derived_values(result.email, result.phone, result.quality.score)
            if hash(values) == current[index]:
                continue
            base = index * width
            mask = 0
            for position in range(width):
                if hash(values[position]) != column_hashes[base + position]:
                    mask |= 1 << position
            if writer.add(mask, values, ids[index], versions[index]):
                check_cancelled(cancel)
                step(_READ_SHARE + _CHECK_SHARE + 200 * index // max(1, total))
        writer.flush_all()
        matched, updated = writer.matched, writer.written
        if isinstance(cache, DbDomainCache) and domain_cache is None:
            dns_cached = cache.flush(conn)
        check_cancelled(cancel)
    step(_PROGRESS_TOTAL)
    return ValidationRun(
        checked=total,
        updated=matched if rowcount_known else updated,
        unchanged=total - updated,
        skipped_edited=updated - matched if rowcount_known else -1,
        distinct_domains=batch.distinct_domains,
        distinct_phones=batch.distinct_phones,
        dns_checked=check_dns,
        dns_cached=dns_cached,
        validator_version=batch.validator_version,
        summary=batch.summary,
        seconds=time.perf_counter() - started,
    )
