"""The contact-data validator over the database: runs, summaries, problems and bulk fixes.

The core (``app.core.validation``) judges plain values; this module reads the raw columns
of contacts, runs the core's batch validation and writes the *derived* columns next to
them (normalized email, dedupe key, statuses, reasons, suggestion, E.164, extension,
kind, time zone, quality score, ``validated_with``). Raw columns (``email_raw``,
``phone_raw``) are only ever written by a user's explicit fix (accept a suggestion, edit
a value), and every such fix is a change set that can be undone as a unit.

Design choices:

- A validation run reads in keyset batches (``id > last ORDER BY id``) inside one read
  snapshot, validates everything in memory, then writes only the rows whose derived
  values changed, with ``executemany`` in ONE transaction. A cancel or an error before
  the commit leaves the database exactly as it was, DNS cache included (answers found
  during a run are written in that same transaction).
- Derived writes do not bump ``version``: they are a function of the raw values, not a
  user's edit, and bumping would make every open editor fail with a conflict after a
  revalidation. They are guarded by the version read, though: a row edited between the
  read and the write is left alone (its editor revalidated it already).
- Bulk fixes bump ``version`` (through :class:`~app.storage.changes.ChangeRecorder`).
- Do-not-contact entries a fix adds to ``suppressions`` are recorded as *inserted* rows
  of its change set, so undoing the fix removes exactly the entries it added; entries
  that existed before the fix are never touched by it or by its undo. One consequence:
  if a later fix found an entry already there (the same mailbox on another contact) and
  the earlier fix is undone, the entry goes with the earlier fix while the later
  contact keeps its ``do_not_contact`` flag (its address is then no longer in
  ``suppressions``; marking it again adds the entry back).
"""

from __future__ import annotations

import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from sqlalchemy import Table, bindparam, delete, insert, select, text, update
from sqlalchemy.engine import Connection, RowMapping

from app.core.validation import (
    REASONS,
    VALIDATOR_VERSION,
    ContactRecord,
    ContactResult,
    EmailCheck,
    ListSummary,
    MailDomainCheck,
    PhoneCheck,
    QualityScore,
    ValidationCancelled,
    check_email,
    check_phone,
    email_dedupe_key,
    region_for_country,
    score_contact,
    validate_contacts,
)
from app.core.validation.dns_check import DEFAULT_DNS_TIMEOUT
from app.storage import errors
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.schema import Company, Contact, DomainCheck, utcnow
from app.storage.suppressions import flag_do_not_contact

if TYPE_CHECKING:
    import dns.resolver

    from app.storage.database import Database

__all__ = [
    "BULK_ACTIONS",
    "DERIVED_COLUMNS",
    "PROBLEM_STATUSES",
    "BulkAction",
    "DbDomainCache",
    "Field",
    "ProblemRow",
    "ReasonCount",
    "ValidationCancelled",
    "ValidationRun",
    "ValidationSummary",
    "accept_suggestions",
    "apply_to_reason",
    "derived_values",
    "edit_field",
    "problem_counts",
    "problem_rows",
    "validate_database",
    "validation_summary",
]

_CONTACTS: Table = Contact.__table__  # type: ignore[assignment]
_COMPANIES: Table = Company.__table__  # type: ignore[assignment]
_DOMAIN_CHECKS: Table = DomainCheck.__table__  # type: ignore[assignment]

#: The contact columns a validation run writes, in this order. Never a raw column.
DERIVED_COLUMNS: Final[tuple[str, ...]] = (
    "email", "email_key", "email_status", "email_reasons", "email_suggestion",
    "phone_e164", "phone_extension", "phone_kind", "phone_status", "phone_reasons",
    "time_zone", "quality_score", "validated_with",
)  # fmt: skip

#: Statuses that put a field in the problem table (``valid`` is not a problem).
PROBLEM_STATUSES: Final[tuple[str, ...]] = ("invalid", "unknown", "risky")

Field = Literal["email", "phone"]
BulkAction = Literal["accept_suggestion", "mark_do_not_contact", "delete"]
#: The actions :func:`apply_to_reason` knows.
BULK_ACTIONS: Final[tuple[BulkAction, ...]] = ("accept_suggestion", "mark_do_not_contact", "delete")

#: Called with (steps done, steps in total); totals may grow as phases start.
ProgressCallback = Callable[[int, int], None]
CancelFlag = threading.Event | Callable[[], bool]

_READ_BATCH: Final = 5_000
_WRITE_BATCH: Final = 5_000
_ID_CHUNK: Final = 500
# Progress weights of the three phases of a run, out of _PROGRESS_TOTAL.
_PROGRESS_TOTAL: Final = 1_000
_READ_SHARE: Final = 100
_CHECK_SHARE: Final = 700

_Derived = tuple[Any, ...]


# --- derived values -----------------------------------------------------------------------


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def derived_values(
    email: EmailCheck | None, phone: PhoneCheck | None, quality: QualityScore
) -> _Derived:
    """The derived column values of one contact, in :data:`DERIVED_COLUMNS` order.

    Args:
        email: The email check, None when the contact has no email.
        phone: The phone check, None when the contact has no phone.
        quality: The contact's quality score.

    Returns:
        A tuple of column values (reasons space-separated, None when there are none).
    """
    normalized = email.normalized if email is not None else None
    zones = phone.time_zones if phone is not None else ()
    return (
        normalized,
        email_dedupe_key(normalized) if normalized else None,
        email.status if email is not None else None,
        " ".join(email.reasons) or None if email is not None else None,
        email.suggestion if email is not None else None,
        phone.e164 if phone is not None else None,
        phone.extension if phone is not None else None,
        phone.kind if phone is not None else None,
        phone.status if phone is not None else None,
        " ".join(phone.reasons) or None if phone is not None else None,
        # Only an unambiguous zone is stored: a US mobile number "may be" in nine zones,
        # and guessing one would put calls at the wrong local hour.
        zones[0] if len(zones) == 1 else None,
        quality.score,
        VALIDATOR_VERSION,
    )


def _check_one(  # noqa: PLR0917 - one positional per raw field, called in one place
    email_raw: str | None,
    phone_raw: str | None,
    country: str | None,
    first_name: str | None,
    last_name: str | None,
    company: str | None,
    title: str | None,
) -> dict[str, Any]:
    """Validate one contact in this thread (for fixes of a few rows) as column values."""
    email = None if _blank(email_raw) else check_email(email_raw)
    phone = None if _blank(phone_raw) else check_phone(phone_raw, region_for_country(country))
    quality = score_contact(
        email=email, phone=phone, first_name=first_name, last_name=last_name,
        company=company, title=title,
    )  # fmt: skip
    return dict(zip(DERIVED_COLUMNS, derived_values(email, phone, quality), strict=True))


# --- the DNS cache ------------------------------------------------------------------------


class DbDomainCache:
    """The core's ``DomainCache`` over the ``domain_checks`` table (TTL via ``expires_at``).

    Thread-safe: the core looks domains up from several threads. Reads go to the
    database (one primary-key lookup) unless this object already holds the answer.

    Args:
        db: The database.
        write_through: When True (default) each ``put`` is committed at once. When
            False answers are kept in memory until :meth:`flush` writes them inside the
            caller's transaction, so a cancelled run leaves no trace.
        clock: Returns the current time in seconds since the epoch (tests pass a fake).
    """

    def __init__(
        self,
        db: Database,
        *,
        write_through: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._write_through = write_through
        self._clock = clock
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[MailDomainCheck, float]] = {}
        self.hits = 0
        self.misses = 0

    def get(self, domain: str) -> MailDomainCheck | None:
        """Return the stored, unexpired result for ``domain``, else None."""
        now = self._clock()
        with self._lock:
            pending = self._pending.get(domain)
        if pending is not None and pending[1] > now:
            return pending[0]
        t = _DOMAIN_CHECKS
        with self._db.reading() as conn:
            row = conn.execute(
                select(t.c.status, t.c.records, t.c.checked_at, t.c.expires_at).where(
                    t.c.domain == domain
                )
            ).first()
        with self._lock:
            if row is None or row.expires_at.timestamp() <= now:
                self.misses += 1
                return None
            self.hits += 1
        return MailDomainCheck(
            domain, row.status, tuple(row.records or ()), row.checked_at.timestamp()
        )

    def put(self, result: MailDomainCheck, ttl_seconds: float) -> None:
        """Store ``result`` for ``ttl_seconds`` (now, or at :meth:`flush`)."""
        expires = self._clock() + ttl_seconds
        if not self._write_through:
            with self._lock:
                self._pending[result.domain] = (result, expires)
            return
        with self._db.transaction() as conn:
            self._write(conn, [(result, expires)])

    def flush(self, conn: Connection) -> int:
        """Write the answers kept in memory through ``conn`` (the caller's transaction).

        Returns:
            How many domains were written.
        """
        with self._lock:
            entries = list(self._pending.values())
            self._pending.clear()
        self._write(conn, entries)
        return len(entries)

    @staticmethod
    def _write(conn: Connection, entries: Sequence[tuple[MailDomainCheck, float]]) -> None:
        import datetime as dt

        t = _DOMAIN_CHECKS
        for start in range(0, len(entries), _ID_CHUNK):
            chunk = entries[start : start + _ID_CHUNK]
            # Delete + insert is an upsert both SQLite and PostgreSQL run the same way.
            conn.execute(delete(t).where(t.c.domain.in_([r.domain for r, _ in chunk])))
            conn.execute(
                insert(t),
                [
                    {
                        "domain": r.domain,
                        "status": r.status,
                        "records": list(r.mx_hosts),
                        "checked_at": dt.datetime.fromtimestamp(
                            r.checked_at or time.time(), dt.UTC
                        ),
                        "expires_at": dt.datetime.fromtimestamp(expires, dt.UTC),
                    }
                    for r, expires in chunk
                ],
            )


# --- validation runs ----------------------------------------------------------------------


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


def _cancel_checker(cancel: CancelFlag | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


_READ_COLUMNS: Final[tuple[str, ...]] = (
    "id", "version", "email_raw", "phone_raw", "country", "first_name", "last_name", "title",
)  # fmt: skip


def _read_statement(list_id: int | None, only_stale: bool) -> Any:
    c = _CONTACTS
    columns: list[Any] = [c.c[name] for name in _READ_COLUMNS]
    columns.append(_COMPANIES.c.name.label("company"))
    columns.extend(c.c[name] for name in DERIVED_COLUMNS)
    source = c.outerjoin(_COMPANIES, _COMPANIES.c.id == c.c.company_id)
    stmt = select(*columns).select_from(source)
    if list_id is not None:
        members = Table("list_members", c.metadata)
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
    is_cancelled: Callable[[], bool],
) -> Iterator[Sequence[Any]]:
    """Yield contact rows in id order, a keyset batch at a time (never OFFSET)."""
    base = _read_statement(list_id, only_stale)
    params: dict[str, Any] = {"version_now": VALIDATOR_VERSION}
    if list_id is not None:
        params["list_id"] = list_id
    c = _CONTACTS
    if contact_ids is not None:
        ids = sorted(set(contact_ids))
        for start in range(0, len(ids), _ID_CHUNK):
            if is_cancelled():
                raise ValidationCancelled
            stmt = base.where(c.c.id.in_(ids[start : start + _ID_CHUNK])).order_by(c.c.id)
            yield from conn.execute(stmt, params).all()
        return
    last = 0
    stmt = base.where(c.c.id > bindparam("last_id")).order_by(c.c.id).limit(_READ_BATCH)
    while True:
        if is_cancelled():
            raise ValidationCancelled
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
        processor = _CONTACTS.c.updated_at.type.bind_processor(conn.dialect)
        now = utcnow()
        self._now = processor(now) if processor is not None else now
        self._mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def add(self, mask: int, values: _Derived, row_id: int, version: int) -> bool:
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
    resolver: dns.resolver.Resolver | None = None,
    only_stale: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
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
        resolver: The DNS resolver (tests point one at 127.0.0.1); the system's if None.
        only_stale: Revalidate only contacts whose ``validated_with`` is not the current
            ``VALIDATOR_VERSION`` (never validated, or validated by older rules or
            libraries).
        progress: Called with (done, total) now and then, from this thread.
        cancel: An event or callable; when set the run stops and writes nothing.
        workers: Processes for the core's phone/email checks (None: every core).
        domain_cache: The DNS cache to use; by default a :class:`DbDomainCache` whose
            new answers are written in the run's transaction.
        dns_timeout: Seconds allowed per domain lookup.

    Returns:
        What the run did.

    Raises:
        ValidationCancelled: ``cancel`` was set; the database is unchanged.
    """
    started = time.perf_counter()
    is_cancelled = _cancel_checker(cancel)

    def report(done: int) -> None:
        if progress is not None:
            progress(min(done, _PROGRESS_TOTAL), _PROGRESS_TOTAL)

    report(0)
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
            is_cancelled=is_cancelled,
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
                    None if _blank(email_raw) else email_raw,
                    None if _blank(phone_raw) else phone_raw,
                    country,
                    first,
                    last,
                    company,
                    title,
                )  # fmt: skip
            )
    report(_READ_SHARE)

    cache = domain_cache
    if check_dns and cache is None:
        cache = DbDomainCache(db, write_through=False)

    def core_progress(done: int, total: int) -> None:
        if total:
            report(_READ_SHARE + _CHECK_SHARE * done // total)

    batch = validate_contacts(
        records, workers=workers, check_dns=check_dns, resolver=resolver,
        domain_cache=cache, dns_timeout=dns_timeout, progress=core_progress,
        cancel=is_cancelled,
    )  # fmt: skip
    del records
    report(_READ_SHARE + _CHECK_SHARE)

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
            values = derived_values(result.email, result.phone, result.quality)
            if hash(values) == current[index]:
                continue
            base = index * width
            mask = 0
            for position in range(width):
                if hash(values[position]) != column_hashes[base + position]:
                    mask |= 1 << position
            if writer.add(mask, values, ids[index], versions[index]):
                if is_cancelled():
                    raise ValidationCancelled
                report(_READ_SHARE + _CHECK_SHARE + 200 * index // max(1, total))
        writer.flush_all()
        matched, updated = writer.matched, writer.written
        if isinstance(cache, DbDomainCache) and domain_cache is None:
            dns_cached = cache.flush(conn)
        if is_cancelled():
            raise ValidationCancelled
    report(_PROGRESS_TOTAL)
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


# --- scope of summaries and problem lists -----------------------------------------------

_SCOPE_TABLE: Final = "pd_validation_scope"


@dataclass(frozen=True)
class _Scope:
    """Join fragments narrowing ``contacts`` to the scope, as a template over the alias."""

    template: str
    params: dict[str, Any]

    def join(self, alias: str = "c") -> str:
        return self.template.format(a=alias)


def _open_scope(
    conn: Connection, *, list_id: int | None, contact_ids: Sequence[int] | None
) -> _Scope:
    """SQL that narrows ``contacts c`` to a list or to a set of ids (in a temp table)."""
    if contact_ids is not None:
        # A temporary table rather than IN (...): a segment can have a million members,
        # far past the bound-parameter limits of SQLite and PostgreSQL.
        conn.exec_driver_sql(
            f"CREATE TEMPORARY TABLE IF NOT EXISTS {_SCOPE_TABLE} (id INTEGER PRIMARY KEY)"
        )
        conn.exec_driver_sql(f"DELETE FROM {_SCOPE_TABLE}")
        ids = sorted(set(contact_ids))
        if ids:
            conn.execute(
                text(f"INSERT INTO {_SCOPE_TABLE} (id) VALUES (:id)"),
                [{"id": i} for i in ids],
            )
        join = f"JOIN {_SCOPE_TABLE} s_{{a}} ON s_{{a}}.id = {{a}}.id"
        if list_id is not None:
            join += " " + _MEMBERS_JOIN
        return _Scope(join, {"list_id": list_id})
    if list_id is not None:
        return _Scope(_MEMBERS_JOIN, {"list_id": list_id})
    return _Scope("", {})


_MEMBERS_JOIN: Final = (
    "JOIN list_members m_{a} ON m_{a}.contact_id = {a}.id AND m_{a}.list_id = :list_id"
)


def _close_scope(conn: Connection, scope: _Scope) -> None:
    if _SCOPE_TABLE in scope.template:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_SCOPE_TABLE}")


# --- summary ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValidationSummary:
    """Data-quality figures of a list, a selection or the whole database.

    Attributes:
        contacts: Contacts in scope.
        email: Contacts per email state: ``valid``, ``risky``, ``invalid``, ``unknown``,
            ``unchecked`` (an address that was never validated) and ``missing`` (no
            address). Every key is present.
        phone: The same for phones (``unknown`` stays 0: phones have no network check).
        email_reasons: How many contacts carry each email reason code.
        phone_reasons: How many contacts carry each phone reason code.
        duplicate_emails: Contacts whose ``email_key`` another contact in scope shares.
        duplicate_phones: Contacts whose E.164 number *and* last name another contact in
            scope shares (a switchboard number alone is not a duplicate person).
        duplicates: Contacts in either group.
        missing: Contacts missing ``email``, ``phone``, ``name`` (first and last),
            ``company`` or ``title``.
        average_quality: Mean quality score of validated contacts, None if none is.
        stale: Contacts not validated with the current ``VALIDATOR_VERSION``.
        do_not_contact: Contacts flagged do-not-contact.
    """

    contacts: int
    email: dict[str, int]
    phone: dict[str, int]
    email_reasons: dict[str, int] = field(default_factory=dict)
    phone_reasons: dict[str, int] = field(default_factory=dict)
    duplicate_emails: int = 0
    duplicate_phones: int = 0
    duplicates: int = 0
    missing: dict[str, int] = field(default_factory=dict)
    average_quality: float | None = None
    stale: int = 0
    do_not_contact: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (the CLI's ``--json`` output uses it).

        Returns:
            Plain dicts and numbers; ``duplicates`` groups the three duplicate counts.
        """
        return {
            "contacts": self.contacts,
            "email": dict(self.email),
            "phone": {k: v for k, v in self.phone.items() if k != "unknown"},
            "email_reasons": dict(self.email_reasons),
            "phone_reasons": dict(self.phone_reasons),
            "duplicates": {
                "total": self.duplicates,
                "by_email": self.duplicate_emails,
                "by_phone_and_last_name": self.duplicate_phones,
            },
            "missing": dict(self.missing),
            "average_quality": (
                None if self.average_quality is None else round(self.average_quality, 1)
            ),
            "stale": self.stale,
            "do_not_contact": self.do_not_contact,
        }


_STATES: Final[tuple[str, ...]] = ("valid", "risky", "invalid", "unknown", "unchecked", "missing")
_MISSING_KEYS: Final[tuple[str, ...]] = ("email", "phone", "name", "company", "title")


def _blank_sql(column: str) -> str:
    return f"coalesce(trim(c.{column}), '') = ''"


def _state_sql(field_name: str) -> str:
    return (
        f"CASE WHEN {_blank_sql(field_name + '_raw')} THEN 'missing' "
        f"ELSE coalesce(c.{field_name}_status, 'unchecked') END"
    )


def validation_summary(
    conn: Connection, *, list_id: int | None = None, contact_ids: Sequence[int] | None = None
) -> ValidationSummary:
    """Count statuses, reasons, duplicates and missing fields with SQL aggregates.

    One scan with flat aggregates gives statuses, missing fields and scores; a grouped
    scan of the rows with reason codes gives the reason counts; duplicates start from
    the ``email_key`` and ``phone_e164`` indexes.

    Args:
        conn: A connection (``db.reading()``).
        list_id: Only the members of this list.
        contact_ids: Only these contacts.

    Returns:
        The summary.
    """
    scope = _open_scope(conn, list_id=list_id, contact_ids=contact_ids)
    try:
        return _summary(conn, scope)
    finally:
        _close_scope(conn, scope)


def _summary(conn: Connection, scope: _Scope) -> ValidationSummary:
    # One scan with flat aggregates (no grouping: a sort of every row would cost more
    # than the scan), then the reason lists grouped over the rows that have any.
    states = [(f, state) for f in ("email", "phone") for state in _STATES]
    sums = ",\n".join(
        f"sum(CASE WHEN {_state_sql(f)} = '{state}' THEN 1 ELSE 0 END) AS {f}_{state}"
        for f, state in states
    )
    sql = f"""
        SELECT count(*) AS n, {sums},
          sum(CASE WHEN {_blank_sql("first_name")} AND {_blank_sql("last_name")}
                   THEN 1 ELSE 0 END) AS no_name,
          sum(CASE WHEN c.company_id IS NULL THEN 1 ELSE 0 END) AS no_company,
          sum(CASE WHEN {_blank_sql("title")} THEN 1 ELSE 0 END) AS no_title,
          sum(CASE WHEN c.validated_with IS NULL OR c.validated_with <> :version
                   THEN 1 ELSE 0 END) AS stale,
          sum(CASE WHEN c.do_not_contact THEN 1 ELSE 0 END) AS dnc,
          sum(c.quality_score) AS score_sum, count(c.quality_score) AS scored
        FROM contacts c {scope.join()}
    """  # noqa: S608 - only our own fragments are interpolated; values are bound
    row = conn.execute(text(sql), {**scope.params, "version": VALIDATOR_VERSION}).one()
    values = row._mapping

    def count(name: str) -> int:
        return int(values[name] or 0)

    email_reasons: Counter[str] = Counter()
    phone_reasons: Counter[str] = Counter()
    grouped = f"""
        SELECT c.email_reasons, c.phone_reasons, count(*) FROM contacts c {scope.join()}
        WHERE c.email_reasons IS NOT NULL OR c.phone_reasons IS NOT NULL
        GROUP BY c.email_reasons, c.phone_reasons
    """  # noqa: S608
    for email_codes, phone_codes, n in conn.execute(text(grouped), scope.params):
        for code in (email_codes or "").split():
            email_reasons[code] += int(n)
        for code in (phone_codes or "").split():
            phone_reasons[code] += int(n)
    dup_emails, dup_phones, dup_any = _duplicates(conn, scope)
    scored = count("scored")
    return ValidationSummary(
        contacts=count("n"),
        email={state: count(f"email_{state}") for state in _STATES},
        phone={state: count(f"phone_{state}") for state in _STATES},
        email_reasons=dict(email_reasons.most_common()),
        phone_reasons=dict(phone_reasons.most_common()),
        duplicate_emails=dup_emails,
        duplicate_phones=dup_phones,
        duplicates=dup_any,
        missing={
            "email": count("email_missing"),
            "phone": count("phone_missing"),
            "name": count("no_name"),
            "company": count("no_company"),
            "title": count("no_title"),
        },
        average_quality=count("score_sum") / scored if scored else None,
        stale=count("stale"),
        do_not_contact=count("dnc"),
    )


def _duplicates(conn: Connection, scope: _Scope) -> tuple[int, int, int]:
    """Contacts sharing an email key, sharing E.164 + last name, and in either group.

    The email groups come from the ``email_key`` index alone (covering); "in either" is
    both counts minus the contacts in both, found among the email duplicates only.
    """
    email_groups = f"""
        SELECT c.email_key, count(*) AS n FROM contacts c {scope.join()}
        WHERE c.email_key IS NOT NULL GROUP BY c.email_key HAVING count(*) > 1
    """  # noqa: S608
    # Numbers shared at all come from the phone_e164 index alone (covering); only their
    # rows are read for the last name: 2-3x faster than grouping every row with a phone.
    phone_groups = f"""
        SELECT count(*) AS n FROM contacts c {scope.join()}
        WHERE c.phone_e164 IN (
                SELECT p.phone_e164 FROM contacts p {scope.join("p")}
                WHERE p.phone_e164 IS NOT NULL GROUP BY p.phone_e164 HAVING count(*) > 1)
          AND c.last_name IS NOT NULL
        GROUP BY c.phone_e164, c.last_name HAVING count(*) > 1
    """  # noqa: S608
    both = f"""
        SELECT count(*) FROM contacts c {scope.join()}
        WHERE c.email_key IN (SELECT g.email_key FROM ({email_groups}) g)
          AND c.phone_e164 IS NOT NULL AND c.last_name IS NOT NULL
          AND EXISTS (SELECT 1 FROM contacts d {scope.join("d")}
                      WHERE d.phone_e164 = c.phone_e164 AND d.last_name = c.last_name
                        AND d.id <> c.id)
    """  # noqa: S608
    params = scope.params
    by_email = conn.execute(text(f"SELECT sum(n) FROM ({email_groups}) g"), params).scalar()  # noqa: S608
    by_phone = conn.execute(text(f"SELECT sum(n) FROM ({phone_groups}) g"), params).scalar()  # noqa: S608
    in_both = conn.execute(text(both), params).scalar()
    by_email, by_phone = int(by_email or 0), int(by_phone or 0)
    return by_email, by_phone, by_email + by_phone - int(in_both or 0)


# --- problems -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemRow:
    """One problem field of one contact, as the Validate workspace's table shows it.

    Attributes:
        contact_id: The contact.
        version: The contact's version, to pass to :func:`edit_field`.
        name: The contact's name (full name, else first + last).
        company: The company's name, or None.
        field: ``"email"`` or ``"phone"``.
        raw: The value as imported or typed.
        normalized: The normalized email or the E.164 number, or None.
        status: ``"invalid"``, ``"risky"``, ``"unknown"`` (or ``"valid"`` when a
            reason filter such as ``free_mail`` matched a valid field).
        reasons: Reason codes (see ``REASONS`` for the explanations).
        suggestion: The suggested correction (emails only), or None.
    """

    contact_id: int
    version: int
    name: str
    company: str | None
    field: Field
    raw: str | None
    normalized: str | None
    status: str | None
    reasons: tuple[str, ...]
    suggestion: str | None


@dataclass(frozen=True)
class ReasonCount:
    """How many contacts have a reason code in a field, for the problem filter list.

    Attributes:
        field: ``"email"`` or ``"phone"``.
        reason: The reason code.
        count: Contacts with it.
        explanation: The human explanation (``REASONS[reason]``).
    """

    field: Field
    reason: str
    count: int
    explanation: str


def _like_code(reason: str) -> str:
    escaped = reason.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def _field_condition(
    field_name: Field, reason: str | None, params: dict[str, Any], *, id_order: bool = False
) -> str:
    if reason is not None:
        params[f"{field_name}_like"] = _like_code(reason)
        return f"(' ' || c.{field_name}_reasons || ' ') LIKE :{field_name}_like ESCAPE '\\'"
    statuses = ", ".join(f"'{s}'" for s in PROBLEM_STATUSES)
    # SQLite's unary + keeps the planner off the status index: a page is then read in
    # id order and stops after `limit` hits, instead of collecting and sorting every
    # problem row (a tenth of a million-row table) for each page.
    column = f"+c.{field_name}_status" if id_order else f"c.{field_name}_status"
    return f"{column} IN ({statuses})"


def _fields(field_name: Field | None) -> tuple[Field, ...]:
    if field_name is None:
        return ("email", "phone")
    if field_name not in ("email", "phone"):
        raise ValueError(f"field must be 'email', 'phone' or None, not {field_name!r}")
    return (field_name,)


def problem_rows(
    conn: Connection,
    *,
    reason: str | None = None,
    field: Field | None = None,
    list_id: int | None = None,
    after_id: int | None = None,
    limit: int = 200,
) -> list[ProblemRow]:
    """One page of problem fields, in contact id order (keyset paging, never OFFSET).

    Args:
        conn: A connection.
        reason: Only fields with this reason code (any status, so ``free_mail`` works);
            None: every field whose status is invalid, unknown or risky.
        field: ``"email"``, ``"phone"`` or None for both.
        list_id: Only members of this list.
        after_id: The ``contact_id`` of the last row of the previous page.
        limit: Contacts per page. A contact with a problem in both fields gives two
            rows (email first), always on the same page.

    Returns:
        The rows; fewer than ``limit`` contacts means the last page.
    """
    fields = _fields(field)
    params: dict[str, Any] = {"after": after_id or 0, "limit": limit, "list_id": list_id}
    id_order = conn.dialect.name == "sqlite"
    conditions = {f: _field_condition(f, reason, params, id_order=id_order) for f in fields}
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    flags = ", ".join(
        f"CASE WHEN {cond} THEN 1 ELSE 0 END AS {f}_hit" for f, cond in conditions.items()
    )
    sql = f"""
        SELECT c.id, c.version, c.full_name, c.first_name, c.last_name, co.name AS company,
               c.email_raw, c.email, c.email_status, c.email_reasons, c.email_suggestion,
               c.phone_raw, c.phone_e164, c.phone_status, c.phone_reasons, {flags}
        FROM contacts c {join}
        LEFT JOIN companies co ON co.id = c.company_id
        WHERE c.id > :after AND ({" OR ".join(conditions.values())})
        ORDER BY c.id
        LIMIT :limit
    """  # noqa: S608 - fragments are ours; values are bound
    out: list[ProblemRow] = []
    for row in conn.execute(text(sql), params).mappings():
        name = row["full_name"] or " ".join(
            part for part in (row["first_name"], row["last_name"]) if part
        )
        for f in fields:
            if not row[f"{f}_hit"]:
                continue
            normalized = row["email"] if f == "email" else row["phone_e164"]
            out.append(
                ProblemRow(
                    contact_id=row["id"],
                    version=row["version"],
                    name=name,
                    company=row["company"],
                    field=f,
                    raw=row[f"{f}_raw"],
                    normalized=normalized,
                    status=row[f"{f}_status"],
                    reasons=tuple((row[f"{f}_reasons"] or "").split()),
                    suggestion=row["email_suggestion"] if f == "email" else None,
                )
            )
    return out


def problem_counts(
    conn: Connection, *, field: Field | None = None, list_id: int | None = None
) -> list[ReasonCount]:
    """Contacts per (field, reason code), most frequent first, for the filter list.

    Codes on ``valid`` fields (``free_mail``, ``a_record_fallback``) are included: the
    count of each entry equals the rows :func:`problem_rows` gives for that reason.

    Args:
        conn: A connection.
        field: ``"email"``, ``"phone"`` or None for both.
        list_id: Only members of this list.

    Returns:
        The counts.
    """
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    counts: list[ReasonCount] = []
    for f in _fields(field):
        sql = f"""
            SELECT c.{f}_reasons, count(*) FROM contacts c {join}
            WHERE c.{f}_reasons IS NOT NULL GROUP BY c.{f}_reasons
        """  # noqa: S608
        per_code: Counter[str] = Counter()
        for reasons, n in conn.execute(text(sql), {"list_id": list_id}):
            for code in set(reasons.split()):
                per_code[code] += int(n)
        counts.extend(
            ReasonCount(f, code, n, REASONS.get(code, code)) for code, n in per_code.items()
        )
    counts.sort(key=lambda rc: (-rc.count, rc.field, rc.reason))
    return counts


# --- bulk fixes ---------------------------------------------------------------------------

_FIX_COLUMNS: Final[tuple[str, ...]] = (
    "email_raw", "phone_raw", "country", "first_name", "last_name", "title",
)  # fmt: skip


def _fix_rows(conn: Connection, ids: Sequence[int]) -> Iterator[RowMapping]:
    c = _CONTACTS
    columns: list[Any] = [c.c.id, c.c.version, c.c.email_suggestion, c.c.email, c.c.email_key,
                          c.c.phone_e164]  # fmt: skip
    columns.extend(c.c[name] for name in _FIX_COLUMNS)
    columns.append(_COMPANIES.c.name.label("company"))
    source = c.outerjoin(_COMPANIES, _COMPANIES.c.id == c.c.company_id)
    unique = sorted(set(ids))
    for start in range(0, len(unique), _ID_CHUNK):
        chunk = unique[start : start + _ID_CHUNK]
        stmt = select(*columns).select_from(source).where(c.c.id.in_(chunk)).order_by(c.c.id)
        yield from conn.execute(stmt).mappings().all()


def _revalidated(row: RowMapping, **changes: str | None) -> dict[str, Any]:
    values = {name: row[name] for name in _FIX_COLUMNS}
    values.update(changes)
    derived = _check_one(
        values["email_raw"], values["phone_raw"], values["country"], values["first_name"],
        values["last_name"], row["company"], values["title"],
    )  # fmt: skip
    return {**changes, **derived}


def _accept(rec: ChangeRecorder, ids: Sequence[int]) -> int:
    done = 0
    for row in _fix_rows(rec.conn, ids):
        suggestion = row["email_suggestion"]
        if not suggestion:
            continue
        rec.update("contacts", row["id"], _revalidated(row, email_raw=suggestion))
        done += 1
    return done


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def accept_suggestions(db: Database, contact_ids: Sequence[int]) -> int:
    """Replace each contact's email with its suggested correction and revalidate it.

    The typed value becomes the new ``email_raw`` (it is what the user chose); the
    old raw value stays in the change set, and undo brings it back.

    Args:
        db: The database.
        contact_ids: The contacts; those without a suggestion are left alone.

    Returns:
        The change set id (for undo).
    """
    with record_changes(db, kind="bulk_fix", description="Accept email suggestions") as rec:
        done = _accept(rec, contact_ids)
        _describe(rec, f"Accept {_plural(done, 'email suggestion', 'email suggestions')}")
    return rec.change_set_id


def edit_field(
    db: Database, contact_id: int, field: Field, value: str | None, *, expected_version: int
) -> int:
    """Set a contact's raw email or phone to a typed value and revalidate the contact.

    Args:
        db: The database.
        contact_id: The contact.
        field: ``"email"`` or ``"phone"``.
        value: The new raw value (None or "" clears it).
        expected_version: The contact's ``version`` when the user started editing.

    Returns:
        The change set id (for undo).

    Raises:
        ConcurrentEditError: the contact was changed (or deleted) since that version;
            nothing was written.
        ValueError: ``field`` is not ``"email"`` or ``"phone"``.
    """
    (field_name,) = _fields(field)
    c = _CONTACTS
    with record_changes(db, kind="bulk_edit", description=f"Edit {field_name}") as rec:
        # FOR UPDATE locks the row on PostgreSQL; SQLite already holds the write lock.
        found = rec.conn.execute(
            select(c.c.version).where(c.c.id == contact_id).with_for_update()
        ).first()
        if found is None or found.version != expected_version:
            raise errors.ConcurrentEditError(
                "Someone else changed this contact while you were editing it. Your change "
                "was not saved; reload the contact to see theirs, then edit again."
            )
        (row,) = list(_fix_rows(rec.conn, [contact_id]))
        clean = None if _blank(value) else value
        rec.update("contacts", contact_id, _revalidated(row, **{f"{field_name}_raw": clean}))
    return rec.change_set_id


def _ids_with_reason(
    conn: Connection, reason: str, field: Field | None, list_id: int | None
) -> list[int]:
    params: dict[str, Any] = {"list_id": list_id}
    conditions = [_field_condition(f, reason, params) for f in _fields(field)]
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    sql = f"SELECT c.id FROM contacts c {join} WHERE {' OR '.join(conditions)} ORDER BY c.id"  # noqa: S608
    return [int(r[0]) for r in conn.execute(text(sql), params)]


def apply_to_reason(
    db: Database,
    reason: str,
    action: BulkAction,
    *,
    field: Field | None = None,
    list_id: int | None = None,
    dnc_reason: str | None = None,
) -> int:
    """Apply one action to every contact whose email or phone has a reason code.

    The rows are found and changed in the same transaction, so a row that gains the
    reason meanwhile is either fully in or fully out.

    Args:
        db: The database.
        reason: The reason code (e.g. ``"possible_typo"``, ``"disposable_domain"``).
        action: ``"accept_suggestion"``, ``"mark_do_not_contact"`` or ``"delete"``.
        field: Only that field's reasons; None looks at both.
        list_id: Only members of this list.
        dnc_reason: The suppression reason for ``"mark_do_not_contact"``.

    Returns:
        The change set id (for undo).

    Raises:
        ValueError: an unknown action or field.
    """
    if action not in BULK_ACTIONS:
        raise ValueError(f"unknown action {action!r}; expected one of {BULK_ACTIONS}")
    kind = "delete" if action == "delete" else "bulk_fix"
    with record_changes(db, kind=kind, description=f"{action} for {reason}") as rec:
        ids = _ids_with_reason(rec.conn, reason, field, list_id)
        if action == "accept_suggestion":
            done = _accept(rec, ids)
            what = f"Accept {_plural(done, 'suggestion', 'suggestions')}"
        elif action == "mark_do_not_contact":
            done = flag_do_not_contact(rec, ids, dnc_reason or reason)
            what = f"Mark {_plural(done, 'contact', 'contacts')} do-not-contact"
        else:
            done = rec.delete("contacts", ids)
            what = f"Delete {_plural(done, 'contact', 'contacts')}"
        _describe(rec, f"{what} ({reason})")
    return rec.change_set_id


def _describe(rec: ChangeRecorder, description: str) -> None:
    """Replace a change set's description once the count of changed rows is known.

    A fix that changed nothing still records its (empty) change set: callers, the UI
    among them, rely on always getting a change set id back.
    """
    from app.storage.schema import ChangeSet

    table: Table = ChangeSet.__table__  # type: ignore[assignment]
    rec.conn.execute(
        update(table).where(table.c.id == rec.change_set_id).values(description=description)
    )
