"""The streaming import: read -> prepare -> check -> classify -> (count | write), by chunks.

One engine serves the dry run and the real import, so the plan's numbers are the import's
numbers. Rows stream through in chunks (``CHUNK_ROWS``), sent to the check workers in
slices (``SLICE_ROWS``) as they are read: while worker processes check the distinct
emails, phones, company names and websites, this process reads on; a chunk is then
classified in file order against the duplicate index (exact keys of the database and of the file's
earlier rows) and either counted (dry run) or written (import). Fuzzy suggestions are
scored in the workers too, and collected last. Nothing holds the whole file: per row,
only the dedupe keys and a row number per category stay in memory.

Why this module is longer than the house's ~700 lines: it is the million-row import's hot
path, tuned call by call against ``benchmarks/bench_import.py`` (docs/benchmarks.md), and the
per-row code reads the chunk state through closures and locals on purpose. The planned cut —
per-row values and company lookups apart from the streaming loop — must be made with the
import benchmark run before and after, alternated, so it was not folded into a refactor.
"""

from __future__ import annotations

import gc
import json
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import attrgetter, itemgetter
from typing import Any, Final

from sqlalchemy.engine import Connection

from app.core.duplicates.matching import (
    DuplicateIndex,
    FuzzyMatch,
    fuzzy_candidates,
    name_key,
    phone_name_key,
)
from app.core.duplicates.merge import MergeRule, plan_merge
from app.core.importing import ColumnMapping, TableSource
from app.core.ops import CancelToken, Progress, check_cancelled
from app.core.validation import (
    company_domain,
    email_dedupe_key,
    normalize_company,
    score_contact,
)
from app.core.validation.companies import domain_from_website
from app.storage.contacts.derived import derived_values
from app.storage.importing.checks import (
    Checker,
    EmailVerdict,
    PendingChecks,
    PhoneKey,
    PhoneVerdict,
)
from app.storage.importing.model import (
    FuzzySuggestion,
    ImportOptions,
    RowDetail,
    RowLedger,
)
from app.storage.importing.prepare import Incoming, Rejection, RowPreparer
from app.storage.importing.writer import BulkLoad, Writer

#: Rows per chunk: large enough to keep the workers busy, small enough for memory.
CHUNK_ROWS: Final = 50_000
#: Rows read before their checks are sent to the workers (a chunk is sent in slices, so
#: the workers start while the rest of the chunk is read).
SLICE_ROWS: Final = 10_000
#: Chunks read ahead while the workers check earlier ones.
LOOKAHEAD: Final = 2
#: Chunks read ahead at most when the oldest one's checks are not done yet. The workers
#: fall behind at the start (each new mail domain, website and company costs tens of
#: microseconds until their caches fill): reading on instead of waiting moved ~2 s of
#: waits on a 1M-row import into useful work. Each extra chunk holds ~30 MB.
MAX_LOOKAHEAD: Final = 4
#: Expected rows from which the checks run in worker processes.
PARALLEL_ROWS: Final = 20_000
#: Expected new rows from which indexes and the search index are rebuilt after the load.
BULK_ROWS: Final = 50_000
#: Suggestions kept per import (the review screen shows the best ones).
MAX_FUZZY: Final = 1_000
#: New rows sharing a company that are compared for suggestions, per import.
FUZZY_ROW_BUDGET: Final = 100_000

CONTACT_COLUMNS: Final = (
    "id", "company_id", "first_name", "last_name", "full_name", "title", "email_raw",
    "email", "email_key", "email_status", "email_reasons", "email_suggestion", "phone_raw",
    "phone_e164", "phone_extension", "phone_kind", "phone_status", "phone_reasons",
    "time_zone", "country", "city", "linkedin_url", "source", "lead_type", "stage_id",
    "owner_id", "quality_score", "do_not_contact", "validated_with", "custom_fields",
    "version", "created_at", "updated_at",
)  # fmt: skip
_CUSTOM_AT: Final = CONTACT_COLUMNS.index("custom_fields")
#: Position of quality_score in :meth:`ImportEngine.contact_values` (no id column).
_QUALITY_AT: Final = CONTACT_COLUMNS.index("quality_score") - 1
#: Columns a re-imported row may change on an existing contact (by the merge rule).
MERGE_COLUMNS: Final = CONTACT_COLUMNS[1:27] + ("validated_with", "custom_fields")
COMPANY_COLUMNS: Final = (
    "id", "name", "normalized_name", "domain", "website", "industry", "employee_count",
    "country", "city", "version", "created_at", "updated_at",
)  # fmt: skip
POINT_COLUMNS: Final = (
    "id",
    "contact_id",
    "kind",
    "label",
    "raw",
    "normalized",
    "status",
    "reasons",
)
ITEM_COLUMNS: Final = ("batch_id", "contact_id", "action", "row_number", "before", "raw")

# Field pickers for Incoming records (C-level, for map() over a slice's rows).
_EMAIL: Final = attrgetter("email")
_EMAIL_2: Final = attrgetter("email_2")
_COMPANY: Final = attrgetter("company")
_WEBSITE: Final = attrgetter("website")
_PHONE_KEY: Final = attrgetter("phone", "region")
_MOBILE_KEY: Final = attrgetter("mobile_phone", "region")
_FIRST: Final = itemgetter(0)

_SOURCES: Final = frozenset({"inbound", "outbound", "referral"})
_LEAD_TYPES: Final = frozenset({"seed", "net", "spear"})
_TAG_SPLIT: Final = re.compile(r"\s*[,;|]\s*")
_DIGITS: Final = re.compile(r"\d+")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector for a long import.

    An import keeps millions of small acyclic objects (dedupe keys, rows, checks) alive;
    each full collection rescans all of them, which made a 1M-row import quadratic. The
    import makes no reference cycles worth collecting early, so collection waits until
    it is over.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class Counts:
    """Running totals of an import or dry run."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    in_file: int = 0
    invalid: int = 0
    rejected: int = 0
    companies_created: int = 0
    company_ids: list[int] = field(default_factory=list)
    fuzzy: list[FuzzySuggestion] = field(default_factory=list)
    fuzzy_truncated: bool = False


@dataclass
class _Chunk:
    records: list[Incoming]
    checks: list[PendingChecks]

    def checked(self) -> bool:
        """Whether every check of the chunk has finished (so classifying it won't wait)."""
        return all(c.done() for c in self.checks)


@dataclass
class _Lookups:
    """What the database already holds that rows are matched against."""

    companies_by_name: dict[str, int]
    companies_by_domain: dict[str, int]
    stages: dict[str, int]
    default_stage: int | None
    reps: dict[str, int]
    tags: dict[str, int]
    existing_contacts: int


def load_lookups(conn: Connection) -> _Lookups:
    """Read the companies, stages, reps and tags an import matches against."""
    by_name: dict[str, int] = {}
    by_domain: dict[str, int] = {}
    for cid, normalized, domain in conn.exec_driver_sql(
        "SELECT id, normalized_name, domain FROM companies ORDER BY id"
    ):
        if normalized:
            by_name.setdefault(normalized, cid)
        if domain:
            by_domain.setdefault(domain, cid)
    stages: dict[str, int] = {}
    default_stage = None
    for sid, key, name in conn.exec_driver_sql(
        "SELECT id, key, name FROM pipeline_stages ORDER BY position"
    ):
        stages.setdefault(str(key).casefold(), sid)
        stages.setdefault(str(name).casefold(), sid)
        if default_stage is None or key == "new":
            default_stage = sid if key == "new" or default_stage is None else default_stage
    reps: dict[str, int] = {}
    for rid, name, email in conn.exec_driver_sql("SELECT id, name, email FROM reps"):
        reps.setdefault(str(name).casefold(), rid)
        if email:
            reps.setdefault(str(email).casefold(), rid)
    tags = {str(n): int(i) for i, n in conn.exec_driver_sql("SELECT id, name FROM tags")}
    count = int(conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
    return _Lookups(by_name, by_domain, stages, default_stage, reps, tags, count)


def load_duplicate_index(conn: Connection) -> DuplicateIndex:
    """The exact dedupe keys of every stored contact (see :func:`dedupe_keys`)."""
    rows = conn.exec_driver_sql(
        "SELECT c.id, c.email_key, c.email_raw, c.phone_e164, c.phone_raw, c.first_name, "
        "c.last_name, co.normalized_name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id"
    )
    return DuplicateIndex.from_existing(
        (cid, *dedupe_keys(ekey, email_raw, e164, phone_raw, first, last, company))
        for cid, ekey, email_raw, e164, phone_raw, first, last, company in rows
    )


def dedupe_keys(  # noqa: PLR0917 - one positional per contact column, called per row
    email_key: str | None,
    email_raw: str | None,
    e164: str | None,
    phone_raw: str | None,
    first: str | None,
    last: str | None,
    normalized_company: str | None,
) -> tuple[str | None, str | None]:
    """The two exact keys of a contact, for :class:`DuplicateIndex`.

    1. The case-folded normalized email; for an address that did not validate, its
       case-folded raw text (``raw:``), so re-importing a row with the same bad address
       finds the contact stored the first time instead of adding another.
    2. E.164 phone + name (a shared switchboard number alone is not the same person);
       for a row with neither email nor phone, last + first name + normalized company
       (``nc:``): nothing else could tell two such rows apart, so they are one person.
    """
    ekey = email_key
    if ekey is None and email_raw and email_raw.strip():
        ekey = "raw:" + email_raw.strip().casefold()
    pkey = phone_name_key(e164, first, last) if e164 else None
    if (
        pkey is None
        and not (email_raw and email_raw.strip())
        and not (phone_raw and phone_raw.strip())
    ):
        last_key = name_key(last)
        if last_key and normalized_company:
            pkey = f"nc:{last_key}|{name_key(first)}|{normalized_company}"
    return ekey, pkey


class ImportEngine:
    """Streams one file through the import steps; the sink decides what happens to rows.

    Args:
        conn: A connection in a transaction (read-only use for a dry run).
        table: The opened file.
        mapping: The column mapping.
        options: Merge rule and the rest.
        write: True to write (``run_import``), False to count only (``plan_import``).
        progress: Called with (rows read, rows the file holds) after every chunk (see
            :func:`~app.storage.importing.model.is_finishing`).
        cancel: Checked between slices and chunks; once cancelled,
            ``OperationCancelled`` is raised.
        sample_size: Example rows kept per category.
        workers: Worker processes for the checks (None: decide by the file's size).
        bulk_threshold: Expected new rows from which the bulk-load path is taken.
        chunk_rows: Rows per chunk.
    """

    def __init__(
        self,
        conn: Connection,
        table: TableSource,
        mapping: ColumnMapping,
        options: ImportOptions,
        *,
        write: bool,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        sample_size: int = 200,
        workers: int | None = None,
        bulk_threshold: int = BULK_ROWS,
        chunk_rows: int = CHUNK_ROWS,
    ) -> None:
        self.conn = conn
        self.table = table
        self.mapping = mapping
        self.options = options
        self.write = write
        self.progress = progress
        self.cancel = cancel
        self.ledger = RowLedger(sample_size=sample_size)
        self.counts = Counts()
        self.workers = workers
        self.bulk_threshold = bulk_threshold
        self.chunk_rows = chunk_rows
        self.preparer = RowPreparer(mapping, options.default_region)
        self.lookups = load_lookups(conn)
        self.index = load_duplicate_index(conn)
        self.matched: set[int] = set()
        self.writer = Writer(conn)
        self.bulk: BulkLoad | None = None
        self.bulk_decided = False
        self.expected_rows = 0
        self._first_chunk_rows = 0
        self.sink: Any = None  # set by run_import: the batch writer
        self._virtual_company = 0
        self._domains: dict[str, str | None] = {}
        self._sites: dict[str, str | None] = {}
        self._company_keys: dict[str, str] = {}
        self._fuzzy_rows = 0
        self._fuzzy_over_budget = False
        self._fuzzy_jobs: list[tuple[list[int], Future[list[FuzzyMatch]] | list[FuzzyMatch]]] = []
        self._checker: Checker | None = None
        self._scores: dict[tuple[Any, ...], int] = {}

    # --- the loop ---------------------------------------------------------------------

    def check_cancel(self) -> None:
        """Raise ``OperationCancelled`` if the caller cancelled (the caller rolls back)."""
        check_cancelled(self.cancel)

    def run(
        self,
        on_rejected: Callable[[Rejection], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> Counts:
        """Stream the whole file through; return the totals.

        Args:
            on_rejected: Called with every row that cannot be stored.
            then: Called once every row is classified (and written), before the fuzzy
                suggestions are collected: the import rebuilds its indexes there while
                the workers still score suggestions.
        """
        expected = self.expected_rows = self._expected_rows()
        if self.chunk_rows == CHUNK_ROWS and expected:
            # A file of a few chunks would be read whole before the first chunk is
            # classified (the look-ahead): smaller chunks let writing overlap reading.
            self.chunk_rows = max(SLICE_ROWS, min(CHUNK_ROWS, expected // 4))
        workers = self.workers
        if workers is None:
            from app.storage.importing.checks import default_workers

            workers = default_workers() if expected >= PARALLEL_ROWS else 0
        checker = self._checker = Checker(workers)
        pending: deque[_Chunk] = deque()
        current: _Chunk | None = None
        try:
            for records, chunk_done in self._read_slices(on_rejected):
                self.check_cancel()
                # Each slice's checks start as soon as it is read, so the workers are
                # busy while the rest of the chunk is read.
                if current is None:
                    current = _Chunk([], [])
                current.records.extend(records)
                current.checks.append(self._submit(checker, records))
                if chunk_done:
                    pending.append(current)
                    current = None
                    # Past the look-ahead, classify the oldest chunk once its checks are
                    # in; while they are not, read on, up to MAX_LOOKAHEAD chunks.
                    while len(pending) > LOOKAHEAD and (
                        len(pending) > MAX_LOOKAHEAD or pending[0].checked()
                    ):
                        self._process(pending.popleft())
            if current is not None:
                pending.append(current)
                current = None
            while pending:
                self.check_cancel()
                self._process(pending.popleft())
            self._report(1.0)
            if then is not None:
                then()
            self._collect_fuzzy()
        except BaseException:
            for chunk in [*pending, *([current] if current is not None else [])]:
                for checks in chunk.checks:
                    checks.cancel()
            raise
        finally:
            checker.close(wait=False)
        return self.counts

    def _expected_rows(self) -> int:
        preview = self.table.preview(200)
        if not preview:
            return 0
        if len(preview) < 200:
            return len(preview)
        size = _file_size(self.table.path)
        if self.table.detected.format != "csv":
            # A workbook is compressed: its raw cell text says nothing about its size.
            # About 80 bytes a row is what a typical contact sheet takes zipped.
            return max(len(preview), size // 80)
        average = max(1, sum(len(r.raw) for r in preview) // len(preview))
        return size // average

    def _read_slices(
        self, on_rejected: Callable[[Rejection], None] | None
    ) -> Iterator[tuple[list[Incoming], bool]]:
        """Good rows in slices of up to ``SLICE_ROWS``, each with "this ends a chunk"."""
        prepare = self.preparer.prepare
        chunk_rows = self.chunk_rows
        slice_rows = min(SLICE_ROWS, chunk_rows)
        part: list[Incoming] = []
        in_chunk = 0
        counts = self.counts
        rows = self.table.iter_rows()
        try:
            for row in rows:
                counts.rows += 1
                record = prepare(row)
                if type(record) is Incoming:
                    part.append(record)
                    if len(part) >= slice_rows or in_chunk + len(part) >= chunk_rows:
                        in_chunk += len(part)
                        done = in_chunk >= chunk_rows
                        yield part, done
                        part = []
                        if done:
                            in_chunk = 0
                else:
                    assert isinstance(record, Rejection)
                    self._reject(record, on_rejected)
            if part:
                yield part, True
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()

    def _reject(
        self, rejection: Rejection, on_rejected: Callable[[Rejection], None] | None
    ) -> None:
        self.counts.rejected += 1
        self.ledger.add(RowDetail(
            rejection.number, "rejected", "", "", rejection.code, rejection.message,
            args=rejection.args,
        ))  # fmt: skip
        if on_rejected is not None:
            on_rejected(rejection)

    def _submit(self, checker: Checker, records: list[Incoming]) -> PendingChecks:
        # Distinct values in first-seen order, picked by C-level map/filter/fromkeys:
        # a Python loop over the rows cost ~3 µs a row, a second per million.
        emails = dict.fromkeys(filter(None, map(_EMAIL, records)))
        emails.update(dict.fromkeys(filter(None, map(_EMAIL_2, records))))
        phones = dict.fromkeys(filter(_FIRST, map(_PHONE_KEY, records)))
        phones.update(dict.fromkeys(filter(_FIRST, map(_MOBILE_KEY, records))))
        companies = dict.fromkeys(filter(None, map(_COMPANY, records)))
        websites = dict.fromkeys(filter(None, map(_WEBSITE, records)))
        return checker.submit(
            list(emails), list(phones),
            list(filterfalse(self._company_keys.__contains__, companies)),
            list(filterfalse(self._sites.__contains__, websites)),
        )  # fmt: skip

    def _report(self, fraction: float | None = None) -> None:
        """Report (rows read, rows the file holds), the total from the share read so far."""
        if self.progress is None:
            return
        rows = self.counts.rows
        share = self.table.progress() if fraction is None else fraction
        total = round(rows / share) if share > 0 else self.expected_rows
        # Never (rows, 0) while reading: that report means "finishing" (is_finishing).
        self.progress(rows, max(total, rows, 1))

    # --- one chunk ---------------------------------------------------------------------

    def _process(self, chunk: _Chunk) -> None:
        emails, phones, company_keys, site_domains = chunk.checks[0].result()
        for later in chunk.checks[1:]:
            more = later.result()
            emails.update(more.emails)
            phones.update(more.phones)
            company_keys.update(more.company_keys)
            site_domains.update(more.site_domains)
        # Bounded caches: a company's name and website repeat on its rows, but a file of
        # a million one-row companies must not keep them all.
        if len(self._company_keys) > 200_000:
            self._company_keys.clear()
        self._company_keys.update(company_keys)
        if len(self._sites) > 200_000:
            self._sites.clear()
        self._sites.update(site_domains)
        company_key = self._company_key
        self.check_cancel()
        new: list[_Row] = []
        matched: list[tuple[_Row, int]] = []
        classify = self.index.classify
        ledger = self.ledger
        for record in chunk.records:
            e = emails.get(record.email) if record.email else None
            p = phones.get((record.phone, record.region)) if record.phone else None
            normalized = e.normalized if e is not None else None
            stored_key = email_dedupe_key(normalized) if normalized else None
            # The company only keys rows with neither email nor phone (see dedupe_keys).
            company = record.company
            ekey, pkey = dedupe_keys(
                stored_key, record.email, p.e164 if p is not None else None, record.phone,
                record.first_name, record.last_name,
                company_key(company) if company and not record.email and not record.phone
                else None,
            )  # fmt: skip
            verdict = classify(record.number, ekey, pkey)
            row = _Row(record, e, p, stored_key)
            if verdict.kind == "new":
                new.append(row)
            elif verdict.kind == "existing" and verdict.contact_id not in self.matched:
                assert verdict.contact_id is not None
                self.matched.add(verdict.contact_id)
                matched.append((row, verdict.contact_id))
            else:
                self.counts.in_file += 1
                first_row = verdict.row
                contact_id = verdict.contact_id
                if ledger.count_row("in_file", record.number):
                    k = verdict.key_kind
                    ledger.keep(RowDetail(
                        record.number, "in_file", record.full_name, record.email,
                        f"duplicate_{k}",
                        f"Repeats row {first_row} ({k})." if first_row else
                        f"Matches contact {contact_id} like an earlier row of this file.",
                        contact_id=contact_id, first_row=first_row,
                    ))  # fmt: skip
        if not self.bulk_decided:
            self._first_chunk_rows = len(chunk.records)
            self._decide_bulk(len(new))
        self._new_rows(new, emails, phones)
        if matched:
            self._matched_rows(matched, emails, phones)
        self._report()

    def _decide_bulk(self, first_new: int) -> None:
        self.bulk_decided = True
        if not self.write or not self.writer.sqlite:
            return
        # The share of new rows in the first chunk, scaled to the rows the file's size
        # suggests (reading has run ahead by now, so the reader's position says little).
        first_chunk = max(1, self._first_chunk_rows)
        expected_new = max(first_new, self.expected_rows * first_new // first_chunk)
        if (
            expected_new >= self.bulk_threshold
            and expected_new * 4 >= self.lookups.existing_contacts
        ):
            self.bulk = BulkLoad(self.conn)
            self.bulk.suspend()
            self.writer.start_background()

    # --- derived fields ----------------------------------------------------------------

    def _quality(self, row: _Row) -> int:
        r, e, p = row.record, row.email, row.phone
        # score_contact reads only statuses, reasons and which name fields are present;
        # memoising on exactly those keeps a million calls down to a few hundred.
        key = (
            e.status if e else None, e.reasons if e else None,
            p.status if p else None, p.reasons if p else None,
            bool(r.first_name), bool(r.last_name), bool(r.company), bool(r.title),
        )  # fmt: skip
        score = self._scores.get(key)
        if score is None:
            score = self._scores[key] = score_contact(
                email=e.check() if e else None, phone=p.check() if p else None,
                first_name=r.first_name, last_name=r.last_name,
                company=r.company, title=r.title,
            ).score  # fmt: skip
        return score

    def _company_key(self, name: str) -> str:
        """The normalized company name (worked out by the check workers when possible)."""
        key = self._company_keys.get(name)
        if key is None:
            key = self._company_keys[name] = normalize_company(name)
        return key

    def _website_domain(self, website: str) -> str | None:
        # IDNA encoding costs ~20 µs; a company's website repeats on all its rows.
        if website not in self._sites:
            if len(self._sites) > 200_000:
                self._sites.clear()
            self._sites[website] = domain_from_website(website)
        return self._sites[website]

    def _email_domain(self, normalized: str | None) -> str | None:
        if not normalized:
            return None
        host = normalized.rpartition("@")[2]
        if host not in self._domains:
            self._domains[host] = company_domain(None, normalized)
        return self._domains[host]

    def company_id(
        self, r: Incoming, normalized_email: str | None, *, create: bool = True
    ) -> int | None:
        """Find the row's company, creating it once.

        By normalized name first, then by the website's domain. The email's domain only
        places rows that name no company: two firms may share a mail domain (a group, a
        hosting provider), while a website names one company.
        """
        look = self.lookups
        key = self._company_key(r.company) if r.company else ""
        if key:
            found = look.companies_by_name.get(key)
            if found is not None:
                return found
        site = self._website_domain(r.website) if r.website else None
        if site:
            found = look.companies_by_domain.get(site)
            if found is not None:
                if key:
                    look.companies_by_name[key] = found
                return found
        if not key:
            mail = self._email_domain(normalized_email)
            return look.companies_by_domain.get(mail) if mail else None
        if not create:
            return None
        return self._create_company(r, key, site or self._email_domain(normalized_email))

    def _create_company(self, r: Incoming, key: str, domain: str | None) -> int:
        counts = self.counts
        counts.companies_created += 1
        if self.sink is None:
            self._virtual_company -= 1
            company_id = self._virtual_company
        else:
            company_id = self.sink.add_company(r, key, domain, _employees(r.employees))
            counts.company_ids.append(company_id)
        self.lookups.companies_by_name[key] = company_id
        if domain:
            self.lookups.companies_by_domain.setdefault(domain, company_id)
        return company_id

    def contact_values(self, row: _Row) -> list[Any]:
        """The contact's column values (``CONTACT_COLUMNS`` without id/version/timestamps)."""
        r, e, p = row.record, row.email, row.phone
        look = self.lookups
        custom = dict(r.custom) if r.custom else {}
        stage_id = look.default_stage
        if r.stage:
            stage_id = look.stages.get(r.stage.casefold())
            if stage_id is None:
                custom["stage"] = r.stage
                stage_id = look.default_stage
        owner_id = None
        if r.owner:
            owner_id = look.reps.get(r.owner.casefold())
            if owner_id is None:
                custom["owner"] = r.owner
        source = r.source.casefold() if r.source else None
        if source and source not in _SOURCES:
            custom["source"] = r.source
            source = None
        lead_type = r.lead_type.casefold() if r.lead_type else None
        if lead_type and lead_type not in _LEAD_TYPES:
            custom["lead_type"] = r.lead_type
            lead_type = None
        # The derived columns as every writer computes them; unpacked into locals, so the
        # row costs one small tuple (from CPython's free list) on top of the list.
        (
            normalized, email_key, email_status, email_reasons, suggestion,
            e164, extension, phone_kind, phone_status, phone_reasons, time_zone,
            quality, validated_with,
        ) = derived_values(e, p, self._quality(row), row.email_key)  # fmt: skip
        # The common case inline (a company seen before, by its name): see company_id.
        company_id = look.companies_by_name.get(self._company_keys.get(r.company, ""))
        if company_id is None and (r.company or r.website or normalized):
            company_id = self.company_id(r, normalized)
        return [
            company_id,
            r.first_name or None, r.last_name or None, r.full_name, r.title or None,
            r.email or None, normalized, email_key, email_status, email_reasons, suggestion,
            r.phone or None, e164, extension, phone_kind, phone_status, phone_reasons,
            time_zone,
            r.country or None, r.city or None, r.linkedin_url or None, source, lead_type,
            stage_id, owner_id, quality, False, validated_with, custom,
        ]  # fmt: skip

    # --- new rows -----------------------------------------------------------------------

    def _new_rows(
        self,
        rows: list[_Row],
        emails: dict[str, EmailVerdict],
        phones: dict[PhoneKey, PhoneVerdict],
    ) -> None:
        ledger = self.ledger
        counts = self.counts
        for row in rows:
            r = row.record
            invalid = _invalid_reason(row)
            if ledger.count_row("created", r.number):
                ledger.keep(RowDetail(
                    r.number, "created", r.full_name, r.email, invalid or "new",
                    "A new contact." + (f" Stored with {invalid}." if invalid else ""),
                ))  # fmt: skip
            if invalid:
                counts.invalid += 1
                self._invalid(r, invalid)
        counts.created += len(rows)
        if self.sink is not None:
            self.sink.create_contacts(rows, emails, phones)
        elif rows:
            for row in rows:  # a dry run still counts the companies it would create
                r = row.record
                if r.company:
                    self.company_id(r, row.email.normalized if row.email else None)
        if self.options.fuzzy:
            self._fuzzy(rows)

    def _fuzzy(self, rows: list[_Row]) -> None:
        """Suggest look-alike pairs among this chunk's new contacts of the same company.

        The scoring runs in a worker process when there is a pool (it is pure CPU work
        on a few strings per row, and the pool has a core free while this process
        inserts and rebuilds indexes); :meth:`_collect_fuzzy` takes the results in chunk
        order, so the suggestions are the same as when scored here.
        """
        if self._fuzzy_over_budget:
            return
        company_key = self._company_key
        keys = [company_key(row.record.company) if row.record.company else "" for row in rows]
        shared = {k for k, n in Counter(keys).items() if k and n > 1}
        candidates = [row for row, k in zip(rows, keys, strict=True) if k in shared]
        if len(candidates) < 2:
            return
        self._fuzzy_rows += len(candidates)
        if self._fuzzy_rows > FUZZY_ROW_BUDGET:
            # Suggestions are for a person to review: past this many rows there are more
            # than anyone will read, and scoring them would cost seconds per 100k rows.
            self._fuzzy_over_budget = True
            return
        records = [
            {"first_name": c.record.first_name, "last_name": c.record.last_name,
             "company": c.record.company, "email": c.email.normalized if c.email else None}
            for c in candidates
        ]  # fmt: skip
        numbers = [c.record.number for c in candidates]
        assert self._checker is not None
        self._fuzzy_jobs.append((numbers, self._checker.call(fuzzy_candidates, records)))

    def _collect_fuzzy(self) -> None:
        """Turn the chunks' fuzzy matches into suggestions, in order, up to ``MAX_FUZZY``."""
        counts = self.counts
        jobs, self._fuzzy_jobs = self._fuzzy_jobs, []
        for numbers, pending in jobs:
            if counts.fuzzy_truncated:
                if isinstance(pending, Future):
                    pending.cancel()
                continue
            matches = pending.result() if isinstance(pending, Future) else pending
            for match in matches:
                if len(counts.fuzzy) >= MAX_FUZZY:
                    counts.fuzzy_truncated = True
                    break
                counts.fuzzy.append(
                    FuzzySuggestion(
                        numbers[match.right], numbers[match.left], None, match.score,
                        tuple(match.reasons),
                    )
                )  # fmt: skip
        if self._fuzzy_over_budget:
            counts.fuzzy_truncated = True

    # --- rows matching stored contacts ---------------------------------------------------

    def _matched_rows(
        self,
        matched: list[tuple[_Row, int]],
        emails: dict[str, EmailVerdict],
        phones: dict[PhoneKey, PhoneVerdict],
    ) -> None:
        existing = self._fetch_existing([cid for _, cid in matched])
        existing_tags = self._fetch_tags([cid for row, cid in matched if row.record.tags])
        rule = self.options.merge_rule
        per_field = dict(self.options.per_field or {})
        company_rule = per_field.get("company_id", rule)
        updates: list[_Update] = []
        for row, cid in matched:
            r = row.record
            old = existing[cid]
            if old["company_id"] is not None and company_rule != MergeRule.TAKE_INCOMING:
                # The stored company stays: resolve nothing (and create no orphan company).
                values = self.contact_values(
                    row._replace(record=r._replace(company="", website=""))
                )
                values[0] = old["company_id"]
                # The contact has a company (the stored one): score it with one, as the
                # first import did. Scored without, every re-imported row looked changed
                # and went through the full merge for nothing.
                values[_QUALITY_AT] = self._quality(row)
            else:
                values = self.contact_values(row)
            # do_not_contact never comes from a file: it is set on purpose, in the app.
            incoming = dict(zip(MERGE_COLUMNS, values[:26] + values[27:], strict=True))
            new_tags = [t for t in _tag_names(r.tags) if t not in existing_tags.get(cid, ())]
            extra = _extra_points(row, emails, phones)
            if _adds_nothing(old, incoming) and not new_tags and not _new_points(old, extra):
                self._unchanged(row, cid)
                continue
            plan = plan_merge(_parsed(old), incoming, rule, per_field=per_field or None)
            changes = plan.changes
            points = [
                (pt.kind, "other", pt.raw, pt.normalized, pt.status, pt.reasons)
                for pt in plan.secondary_points
            ] + [pt for pt in extra if not _known_point(old, pt)]
            if not changes and not points and not new_tags:
                self._unchanged(row, cid)
                continue
            updates.append(_Update(row, cid, old, changes, plan.before, points, new_tags))
            self.counts.updated += 1
            invalid = _invalid_reason(row)
            if self.ledger.count_row("updated", r.number):
                self.ledger.keep(RowDetail(
                    r.number, "updated", r.full_name, r.email, "merge",
                    "Changes " + (", ".join(sorted(changes)) or "contact points/tags") + ".",
                    contact_id=cid, args=tuple(sorted(changes)),
                ))  # fmt: skip
            if invalid:
                self.counts.invalid += 1
                self._invalid(r, invalid)
        if self.sink is not None:
            self.sink.update_contacts(updates)
            self.sink.list_existing([cid for row, cid in matched])

    def _invalid(self, r: Incoming, why: str) -> None:
        if self.ledger.count_row("invalid", r.number):
            self.ledger.keep(RowDetail(
                r.number, "invalid", r.full_name, r.email, why,
                f"Stored with {why}; the raw value is kept.",
            ))  # fmt: skip

    def _unchanged(self, row: _Row, cid: int) -> None:
        r = row.record
        self.counts.unchanged += 1
        if self.ledger.count_row("unchanged", r.number):
            self.ledger.keep(RowDetail(
                r.number, "unchanged", r.full_name, r.email, "same_as_stored",
                f"Matches contact {cid}; nothing new to add.", contact_id=cid,
            ))  # fmt: skip

    def _fetch_existing(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        columns = ("id", "version", *MERGE_COLUMNS)
        out: dict[int, dict[str, Any]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            part = ids[start : start + 900]
            placeholders = ", ".join(str(int(i)) for i in part)
            rows = self.conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM contacts WHERE id IN ({placeholders})"
            )
            for values in rows:
                record = dict(zip(columns, values, strict=True))
                out[int(record["id"])] = record
        points = self._fetch_points(ids)
        for cid, record in out.items():
            record["_points"] = points.get(cid, set())
        return out

    def _fetch_points(self, ids: list[int]) -> dict[int, set[tuple[str, str]]]:
        out: dict[int, set[tuple[str, str]]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            placeholders = ", ".join(str(int(i)) for i in ids[start : start + 900])
            for cid, kind, raw, normalized in self.conn.exec_driver_sql(
                "SELECT contact_id, kind, raw, normalized FROM contact_points "
                f"WHERE contact_id IN ({placeholders})"
            ):
                out.setdefault(int(cid), set()).add((str(kind), str(normalized or raw)))
        return out

    def _fetch_tags(self, ids: list[int]) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            placeholders = ", ".join(str(int(i)) for i in ids[start : start + 900])
            for cid, name in self.conn.exec_driver_sql(
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                f"WHERE ct.contact_id IN ({placeholders})"
            ):
                out.setdefault(int(cid), set()).add(str(name))
        return out


class _Row:
    """A classified row: the record with its checks and email key."""

    __slots__ = ("record", "email", "phone", "email_key")

    def __init__(
        self, record: Incoming, email: EmailVerdict | None, phone: PhoneVerdict | None,
        email_key: str | None,
    ) -> None:  # fmt: skip
        self.record = record
        self.email = email
        self.phone = phone
        self.email_key = email_key

    def _replace(self, *, record: Incoming) -> _Row:
        return _Row(record, self.email, self.phone, self.email_key)


@dataclass
class _Update:
    """A stored contact an import row changes."""

    row: _Row
    contact_id: int
    old: dict[str, Any]
    changes: dict[str, object]
    before: dict[str, object]
    points: list[tuple[Any, ...]]
    tags: list[str]


PointSpec = tuple[str, str, str, str | None, str | None, str | None]


def _extra_points(
    row: _Row, emails: dict[str, EmailVerdict], phones: dict[PhoneKey, PhoneVerdict]
) -> list[PointSpec]:
    """The row's second email and mobile phone as contact points (kind, label, raw, ...)."""
    r = row.record
    out: list[PointSpec] = []
    if r.email_2:
        e = emails.get(r.email_2)
        out.append(
            ("email", "other", r.email_2, e.normalized if e else None, e.status if e else None,
             " ".join(e.reasons) or None if e else None)
        )  # fmt: skip
    if r.mobile_phone:
        p = phones.get((r.mobile_phone, r.region))
        out.append(
            ("phone", "mobile", r.mobile_phone, p.e164 if p else None, p.status if p else None,
             " ".join(p.reasons) or None if p else None)
        )  # fmt: skip
    return out


def _known_point(old: dict[str, Any], point: tuple[Any, ...]) -> bool:
    kind, _label, raw, normalized = point[0], point[1], point[2], point[3]
    if kind == "email" and normalized and old.get("email_key") == email_dedupe_key(normalized):
        return True
    if kind == "phone" and normalized and old.get("phone_e164") == normalized:
        return True
    return (kind, normalized or raw) in old["_points"]


def _new_points(old: dict[str, Any], extra: list[PointSpec]) -> bool:
    return any(not _known_point(old, pt) for pt in extra)


def _parsed(old: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in old.items() if k in MERGE_COLUMNS}
    custom = record.get("custom_fields")
    if isinstance(custom, str):
        record["custom_fields"] = json.loads(custom) if custom else {}
    return record


def _adds_nothing(old: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """True when every non-empty incoming value equals the stored one (no merge needed)."""
    for name, value in incoming.items():
        if value is None or (isinstance(value, str | dict) and not value):
            continue
        if name == "custom_fields":
            stored = old["custom_fields"]
            stored = json.loads(stored) if isinstance(stored, str) and stored else stored or {}
            if any(stored.get(k) != v for k, v in value.items()):
                return False
        elif old[name] != value:
            return False
    return True


def _invalid_reason(row: _Row) -> str:
    e, p = row.email, row.phone
    if e is not None and e.status == "invalid":
        return "email_invalid" + (f" ({', '.join(e.reasons)})" if e.reasons else "")
    if p is not None and p.status == "invalid":
        return "phone_invalid" + (f" ({', '.join(p.reasons)})" if p.reasons else "")
    return ""


def _tag_names(text: str) -> list[str]:
    if not text:
        return []
    return list(dict.fromkeys(t[:100] for t in _TAG_SPLIT.split(text) if t))


def _employees(text: str) -> int | None:
    if not text:
        return None
    match = _DIGITS.search(text.replace(",", "").replace(" ", "").replace("\u00a0", ""))
    if match is None:
        return None
    value = int(match.group())
    return value if value < 2**31 else None


def _file_size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0
