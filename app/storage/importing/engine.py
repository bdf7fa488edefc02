"""The streaming import: read -> prepare -> check -> classify -> (count | write), by chunks.

One engine serves the dry run and the real import, so the plan's numbers are the import's
numbers. Rows stream through in chunks (``CHUNK_ROWS``), sent to the check workers in
slices (``SLICE_ROWS``) as they are read: while worker processes check the distinct
emails, phones, company names and websites, this process reads on; a chunk is then
classified in file order against the duplicate index (exact keys of the database and of the file's
earlier rows) and either counted (dry run) or written (import). Fuzzy suggestions are
scored in the workers too, and collected last. Nothing holds the whole file: per row,
only the dedupe keys and a row number per category stay in memory.

The loop and the chunk classification live here; the rest of a row's way is split by
responsibility: :mod:`~app.storage.importing.lookups` (what rows are matched against),
:mod:`~app.storage.importing.values` (a row's column values) and
:mod:`~app.storage.importing.existing` (rows that match stored contacts). The two latter
are mixins of :class:`ImportEngine`: the per-row code reads the chunk state through
``self`` attributes and locals on purpose (the million-row hot path, tuned against
``benchmarks/bench_import.py``).
"""

from __future__ import annotations

import gc
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import filterfalse
from operator import attrgetter, itemgetter
from typing import Any, Final

from sqlalchemy.engine import Connection

from app.core.duplicates.addresses import AddressIndex, AddressVerdict
from app.core.duplicates.matching import (
    FuzzyMatch,
    fuzzy_candidates,
)
from app.core.importing import ColumnMapping, TableSource
from app.core.ops import CancelToken, Progress, check_cancelled
from app.core.validation import (
    email_dedupe_key,
)
from app.storage.importing.checks import (
    Checker,
    EmailVerdict,
    PendingChecks,
    PhoneKey,
    PhoneVerdict,
)
from app.storage.importing.existing import ExistingRows, _invalid_reason
from app.storage.importing.lookups import load_duplicate_index, load_lookups, other_key
from app.storage.importing.model import (
    Counts,
    FuzzySuggestion,
    ImportOptions,
    MergeSuggestion,
    RowDetail,
    RowLedger,
)
from app.storage.importing.prepare import Incoming, Rejection, RowPreparer
from app.storage.importing.values import _Row
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


# Field pickers for Incoming records (C-level, for map() over a slice's rows).
_EMAIL: Final = attrgetter("email")
_EMAIL_2: Final = attrgetter("email_2")
_COMPANY: Final = attrgetter("company")
_WEBSITE: Final = attrgetter("website")
_PHONE_KEY: Final = attrgetter("phone", "region")
_MOBILE_KEY: Final = attrgetter("mobile_phone", "region")
_FIRST: Final = itemgetter(0)
_MORE: Final = attrgetter("more")


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
class _Chunk:
    records: list[Incoming]
    checks: list[PendingChecks]

    def checked(self) -> bool:
        """Whether every check of the chunk has finished (so classifying it won't wait)."""
        return all(c.done() for c in self.checks)


class ImportEngine(ExistingRows):
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
        self._index: AddressIndex | None = None
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
        self._codes: dict[tuple[str, str], Any] = {}
        self._virtual_rep = 0
        self._known_ids: set[int] | None = None
        self.id_matched: set[int] = set()

    @property
    def index(self) -> AddressIndex:
        """The duplicate index of the stored contacts, loaded when first asked for.

        That is when the first chunk is classified: by then the first chunks are read
        and in the check workers, so reading every stored contact's keys (seconds when
        re-importing into a million contacts) overlaps their checks instead of keeping
        the workers idle before the first row is read.
        """
        if self._index is None:
            self._index = load_duplicate_index(self.conn)
        return self._index

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
        for record in filter(_MORE, records):  # cells with several values (rare)
            for kind, value in record.more or ():
                if kind == "email":
                    emails[value] = None
                else:
                    phones[(value, record.region)] = None
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
        counts = self.counts
        matched_by = counts.matched_by
        by_id = self._by_id if self.mapping.column_of("contact_id") is not None else None
        note_codes = self.note_codes
        for record in chunk.records:
            e = emails.get(record.email) if record.email else None
            p = phones.get((record.phone, record.region)) if record.phone else None
            normalized = e.normalized if e is not None else None
            stored_key = email_dedupe_key(normalized) if normalized else None
            e164 = p.e164 if p is not None else None
            if record.phone:
                counts.phones += 1
                if e164:
                    counts.phones_parsed += 1
            email_keys = [stored_key] if stored_key else []
            phone_keys = [e164] if e164 else []
            if record.email_2 or record.mobile_phone or record.more:
                _more_keys(record, emails, phones, email_keys, phone_keys)
            # The company only keys rows with neither email nor phone (see other_key).
            company = record.company
            other = other_key(
                stored_key, record.email, e164, record.phone, record.first_name,
                record.last_name,
                company_key(company) if company and not record.email and not record.phone
                else None,
            )  # fmt: skip
            verdict = None
            if by_id is not None and record.contact_ref:
                verdict = by_id(record, email_keys, phone_keys, other)
            if verdict is None:
                verdict = classify(
                    record.number, email_keys, phone_keys, record.first_name,
                    record.last_name, other,
                )  # fmt: skip
            if record.stage or record.owner or record.source or record.lead_type or record.arrived:
                note_codes(record)
            row = _Row(record, e, p, stored_key)
            kind = verdict.kind
            if kind == "new":
                new.append(row)
                continue
            key_kind = verdict.key_kind or "email"
            matched_by[key_kind] = matched_by.get(key_kind, 0) + 1
            if kind == "existing" and verdict.contact_id not in self.matched:
                assert verdict.contact_id is not None
                self.matched.add(verdict.contact_id)
                matched.append((row, verdict.contact_id))
            elif kind == "ambiguous":
                self._ambiguous(record, verdict)
            else:
                counts.in_file += 1
                first_row = verdict.row
                contact_id = verdict.contact_id
                if ledger.count_row("in_file", record.number):
                    k = key_kind
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

    def _by_id(
        self, record: Incoming, email_keys: list[str], phone_keys: list[str], other: str | None
    ) -> AddressVerdict | None:
        """The stored contact an exported file's ``id`` column names (None: not ours)."""
        if self._known_ids is None:
            self._known_ids = {
                int(i) for (i,) in self.conn.exec_driver_sql("SELECT id FROM contacts")
            }
        try:
            contact_id = int(record.contact_ref)
        except ValueError:
            return None
        if contact_id not in self._known_ids:
            return None
        self.index.add_contact(
            contact_id, email_keys, phone_keys, record.first_name, record.last_name, other
        )
        self.id_matched.add(contact_id)
        return AddressVerdict("existing", contact_id, None, "id")

    def _ambiguous(self, record: Incoming, verdict: AddressVerdict) -> None:
        """A row leading to two stored contacts: merged into neither, suggested for review."""
        counts = self.counts
        counts.unchanged += 1
        assert verdict.contact_id is not None
        ids = (verdict.contact_id, *verdict.others)
        if len(counts.merge_suggestions) < MAX_FUZZY:
            counts.merge_suggestions.append(
                MergeSuggestion(record.number, ids, verdict.key_kind or "email")
            )
        if self.ledger.count_row("unchanged", record.number):
            self.ledger.keep(RowDetail(
                record.number, "unchanged", record.full_name, record.email, "ambiguous_match",
                f"Matches contacts {', '.join(map(str, ids))}; suggested for review, not merged.",
                contact_id=verdict.contact_id, args=tuple(map(str, ids)),
            ))  # fmt: skip

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


def _file_size(path: str) -> int:
    import os

    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _more_keys(
    record: Incoming,
    emails: dict[str, EmailVerdict],
    phones: dict[PhoneKey, PhoneVerdict],
    email_keys: list[str],
    phone_keys: list[str],
) -> None:
    """Add the keys of a row's further addresses and numbers (second email, mobile...)."""
    more = record.more or ()
    for value in (record.email_2, *(v for kind, v in more if kind == "email")):
        verdict = emails.get(value) if value else None
        if verdict is not None and verdict.normalized:
            email_keys.append(email_dedupe_key(verdict.normalized))
    for value in (record.mobile_phone, *(v for kind, v in more if kind == "phone")):
        number = phones.get((value, record.region)) if value else None
        if number is not None and number.e164:
            phone_keys.append(number.e164)
