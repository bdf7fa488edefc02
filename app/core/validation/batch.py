"""Validate a whole list: each distinct domain and (phone, region) pair is checked once.

Works on plain Python data (tuples, named tuples or mappings), never on database rows:
the storage layer reads raw values, calls :func:`validate_contacts`, and writes the
derived fields next to the raw ones, which are never overwritten. Phone parsing is the
expensive part (~30 µs a number), so distinct numbers are spread over worker
processes in chunks while this process checks the emails.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Final, NamedTuple

from app.core.ops import CancelToken, Progress, check_cancelled
from app.core.validation.countries import region_for_country
from app.core.validation.dns_check import (
    DEFAULT_DNS_TIMEOUT,
    DnsResolver,
    DomainCache,
    MailDomainCheck,
    check_mail_domain,
    ttl_for,
)
from app.core.validation.emails import EmailCheck, check_email
from app.core.validation.phones import PhoneCheck, check_phone
from app.core.validation.quality import ListSummary, QualityScore, score_contact
from app.core.validation.reasons import Status
from app.core.validation.version import VALIDATOR_VERSION

__all__ = [
    "BatchResult",
    "ContactRecord",
    "ContactResult",
    "validate_contacts",
]

#: Below this many contacts starting worker processes costs more than it saves (a
#: spawned worker needs ~0.5 s to import the validators).
PARALLEL_THRESHOLD: Final = 20_000
_PHONE_CHUNK: Final = 10_000
_EMAIL_CHUNK: Final = 5_000
_DNS_THREADS: Final = 8

_PhoneKey = tuple[str, str | None]
_PhoneFields = tuple[
    Status, str | None, str | None, str | None, str | None, tuple[str, ...], tuple[str, ...],
    str | None,
]  # fmt: skip


class ContactRecord(NamedTuple):
    """The raw fields of one contact that validation reads.

    A plain tuple in this order works too (shorter tuples leave the rest None).
    """

    email: str | None = None
    phone: str | None = None
    country: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ContactResult:
    """Derived fields of one contact, in the order of the input records.

    Attributes:
        email: The email check, or None when the contact has no email.
        phone: The phone check, or None when the contact has no phone. Its
            ``international`` display form is None: batches skip that formatting (a
            fifth of a check's cost); ``check_phone`` gives it for a number on screen.
        phone_region: The region used to read a number without ``+`` (from the
            contact's country), or None.
        quality: The contact's quality score.
    """

    email: EmailCheck | None
    phone: PhoneCheck | None
    phone_region: str | None
    quality: QualityScore


@dataclass(frozen=True)
class BatchResult:
    """The outcome of validating a list.

    Attributes:
        results: One result per input record, same order.
        summary: Counts by status and reason, missing fields, average score.
        validator_version: ``VALIDATOR_VERSION`` to store with the derived fields.
        distinct_domains: How many distinct email domains were seen.
        distinct_phones: How many distinct (phone, region) pairs were checked.
        workers: Worker processes used for phones (0 means in this process).
    """

    results: list[ContactResult]
    summary: ListSummary
    validator_version: str
    distinct_domains: int
    distinct_phones: int
    workers: int


_Row = ContactRecord | Sequence[str | None] | Mapping[str, str | None]


def _as_record(row: _Row) -> ContactRecord:
    if isinstance(row, ContactRecord):
        return row
    if isinstance(row, Mapping):
        return ContactRecord(**{name: row.get(name) for name in ContactRecord._fields})
    return ContactRecord(*row)


def _phone_fields(check: PhoneCheck) -> _PhoneFields:
    # Tuples of strings pickle several times faster than dataclass instances.
    return (
        check.status, check.e164, check.extension, check.kind, check.region,
        check.time_zones, check.reasons, check.international,
    )  # fmt: skip


def _check_phone_chunk(keys: list[_PhoneKey]) -> list[_PhoneFields]:
    """Worker entry point: check a chunk of distinct (phone, region) pairs."""
    return [_phone_fields(check_phone(raw, region, formatted=False)) for raw, region in keys]


_EmailFields = tuple[
    Status, str | None, tuple[str, ...], str | None, str | None, str | None, str | None
]


def _check_email_chunk(raws: list[str]) -> list[_EmailFields]:
    """Worker entry point: check a chunk of distinct raw addresses (no DNS)."""
    results = []
    for raw in raws:
        c = check_email(raw)
        results.append(
            (c.status, c.normalized, c.reasons, c.suggestion, c.domain, c.ascii_domain,
             c.display_name)
        )  # fmt: skip
    return results


class _RunDomainCache:
    """Remembers every DNS answer for one run, including failures, over a shared cache.

    Failed lookups are not stored in the shared cache (they say nothing about the
    domain) but must not be retried a thousand times within one run either.
    """

    def __init__(self, shared: DomainCache | None) -> None:
        self._shared = shared
        self._lock = threading.Lock()
        self._results: dict[str, MailDomainCheck] = {}

    def get(self, domain: str) -> MailDomainCheck | None:
        with self._lock:
            found = self._results.get(domain)
        if found is None and self._shared is not None:
            found = self._shared.get(domain)
        return found

    def put(self, result: MailDomainCheck, ttl_seconds: float) -> None:
        with self._lock:
            self._results[result.domain] = result
        if self._shared is not None and ttl_seconds > 0:
            self._shared.put(result, ttl_seconds)

    def remember(self, result: MailDomainCheck) -> None:
        with self._lock:
            self._results[result.domain] = result


def validate_contacts(
    records: Iterable[_Row],
    *,
    workers: int | None = None,
    check_dns: bool = False,
    resolver: DnsResolver | None = None,
    domain_cache: DomainCache | None = None,
    dns_timeout: float = DEFAULT_DNS_TIMEOUT,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    parallel_threshold: int = PARALLEL_THRESHOLD,
) -> BatchResult:
    """Validate every contact of a list and score it.

    Args:
        records: The contacts: :class:`ContactRecord`, tuples in its field order, or
            mappings with its field names.
        workers: Processes for phone checks; None uses every CPU core, 1 or 0 keeps all
            work in this process.
        check_dns: Also look up MX/A records, once per distinct domain (in threads).
        resolver: Asks DNS for ``check_dns`` (``app.adapters.dns`` has the network one);
            required when ``check_dns`` is set.
        domain_cache: A persistent domain cache (e.g. a database table) for
            ``check_dns``.
        dns_timeout: Seconds allowed per domain lookup.
        progress: Called with (done, total) steps now and then, from the calling thread
            (a UI job forwards it to the GUI thread by a signal).
        cancel: When cancelled, the run stops at the next chunk.
        parallel_threshold: Minimum contacts before worker processes are used.

    Returns:
        The results, in the input order, with a summary.

    Raises:
        OperationCancelled: If ``cancel`` was cancelled before the run finished.
        ValueError: ``check_dns`` without a ``resolver``.
    """
    if check_dns and resolver is None:
        raise ValueError("check_dns needs a resolver (see app.adapters.dns)")
    # Millions of small acyclic objects (tuples, results) make the cyclic garbage
    # collector rescan the growing heap again and again: the run becomes quadratic.
    # Nothing here creates cycles, so collection waits until the run is over.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _validate_contacts(
            records, workers=workers, check_dns=check_dns, resolver=resolver,
            domain_cache=domain_cache, dns_timeout=dns_timeout, progress=progress,
            cancel=cancel, parallel_threshold=parallel_threshold,
        )  # fmt: skip
    finally:
        if gc_was_enabled:
            gc.enable()


def _validate_contacts(
    records: Iterable[_Row],
    *,
    workers: int | None,
    check_dns: bool,
    resolver: DnsResolver | None,
    domain_cache: DomainCache | None,
    dns_timeout: float,
    progress: Progress | None,
    cancel: CancelToken | None,
    parallel_threshold: int,
) -> BatchResult:
    rows = [row if type(row) is ContactRecord else _as_record(row) for row in records]
    distinct_emails = list(dict.fromkeys(row.email for row in rows if row.email))

    cpu_count = os.cpu_count() or 1
    worker_count = cpu_count if workers is None else workers
    use_processes = worker_count > 1 and len(rows) >= parallel_threshold
    # With worker processes, emails go to them too (unless DNS is asked for: its cache
    # and resolver live here), so that this process only assembles the results.
    emails_in_workers = use_processes and not check_dns
    executor: ProcessPoolExecutor | None = None
    futures: dict[Future[list[_PhoneFields]], int] = {}
    email_futures: dict[Future[list[_EmailFields]], list[str]] = {}
    email_results: dict[str, EmailCheck] = {}
    try:
        if use_processes:
            # "spawn" everywhere: the app ships on Windows and macOS where it is the only
            # (safe) choice, and forking a process that runs Qt threads is unsafe. The
            # emails go first, so the workers start (~0.5 s of imports each) and work
            # while this process is still collecting the distinct phone numbers.
            executor = ProcessPoolExecutor(
                max_workers=worker_count, mp_context=multiprocessing.get_context("spawn")
            )
            if emails_in_workers:
                for start in range(0, len(distinct_emails), _PHONE_CHUNK):
                    email_chunk = distinct_emails[start : start + _PHONE_CHUNK]
                    email_futures[executor.submit(_check_email_chunk, email_chunk)] = email_chunk

        # Dedupe first: only distinct addresses and distinct (phone, region) pairs are
        # checked (and shipped to workers); each row keeps the index of its phone pair.
        phone_index: dict[_PhoneKey, int] = {}
        row_phones: list[int] = []
        append_phone = row_phones.append
        regions = [region_for_country(row.country) for row in rows]
        for row, region in zip(rows, regions, strict=True):
            phone = row.phone
            if phone and (phone := phone.strip()):
                # Keyed on the region even for numbers with "+" (where it is ignored): it
                # keeps the rule simple and costs little (most lists have one per number).
                append_phone(phone_index.setdefault((phone, region), len(phone_index)))
            else:
                append_phone(-1)
        keys = list(phone_index)
        del phone_index
        if executor is not None:
            for start in range(0, len(keys), _PHONE_CHUNK):
                chunk = keys[start : start + _PHONE_CHUNK]
                futures[executor.submit(_check_phone_chunk, chunk)] = start

        # The DNS pass (when asked for) is part of the progress: one step per domain.
        mail_domains = _mail_domains(distinct_emails) if check_dns else []
        total = len(mail_domains) + len(distinct_emails) + len(keys)
        done = 0

        def report(step: int) -> None:
            nonlocal done
            done += step
            if progress is not None:
                progress(done, total)

        report(0)
        run_cache = _RunDomainCache(domain_cache) if check_dns else None
        phone_results: list[PhoneCheck | None] = [None] * len(keys)
        shared: dict[Any, Any] = {}  # one object per distinct domain, reasons, zones

        if run_cache is not None and resolver is not None:
            _prefetch_domains(
                mail_domains, run_cache, resolver, timeout=dns_timeout,
                cancel=cancel, report=report,
            )  # fmt: skip

        for start in range(0, 0 if emails_in_workers else len(distinct_emails), _EMAIL_CHUNK):
            check_cancelled(cancel)
            for raw in distinct_emails[start : start + _EMAIL_CHUNK]:
                email_results[raw] = check_email(
                    raw, check_dns=check_dns, resolver=resolver, cache=run_cache,
                    dns_timeout=dns_timeout,
                )  # fmt: skip
            report(min(_EMAIL_CHUNK, len(distinct_emails) - start))

        for email_future in as_completed(email_futures):
            check_cancelled(cancel)
            email_chunk = email_futures.pop(email_future)
            email_results.update(
                zip(
                    email_chunk,
                    _email_checks(email_chunk, email_future.result(), shared),
                    strict=True,
                )
            )
            report(len(email_chunk))
        if executor is not None:
            for future in as_completed(futures):
                check_cancelled(cancel)
                start = futures.pop(future)
                fields_list = future.result()
                phone_results[start : start + len(fields_list)] = _phone_checks(fields_list, shared)
                report(len(fields_list))
        else:
            for start in range(0, len(keys), _EMAIL_CHUNK):
                check_cancelled(cancel)
                chunk = keys[start : start + _EMAIL_CHUNK]
                phone_results[start : start + len(chunk)] = [
                    check_phone(raw, region, formatted=False) for raw, region in chunk
                ]
                report(len(chunk))
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)

    check_cancelled(cancel)
    distinct_domains = len({r.ascii_domain for r in email_results.values() if r.ascii_domain})
    results, summary = _assemble(rows, regions, row_phones, email_results, phone_results)
    return BatchResult(
        results=results,
        summary=summary,
        validator_version=VALIDATOR_VERSION,
        distinct_domains=distinct_domains,
        distinct_phones=len(keys),
        workers=worker_count if use_processes else 0,
    )


def _email_checks(
    raws: list[str], fields_list: list[_EmailFields], shared: dict[Any, Any]
) -> list[EmailCheck]:
    """Turn a worker's tuples into checks, sharing equal strings and tuples.

    Unpickling makes a new object for every domain, reasons tuple and normalized address;
    a million results would hold a million copies of a few thousand domains. Mapping each
    through ``shared`` (and reusing the raw string when normalization changed nothing)
    keeps one of each: ~200 MB less at 1,000,000 contacts.
    """
    checks: list[EmailCheck] = []
    append = checks.append
    for raw, fields in zip(raws, fields_list, strict=True):
        status, normalized, reasons, suggestion, domain, ascii_domain, display_name = fields
        if normalized == raw:
            normalized = raw
        domain = shared.setdefault(domain, domain)
        ascii_domain = (
            domain if ascii_domain == domain else shared.setdefault(ascii_domain, ascii_domain)
        )
        append(EmailCheck(status, normalized, shared.setdefault(reasons, reasons), suggestion,
                          domain, ascii_domain, display_name))  # fmt: skip
    return checks


def _phone_checks(fields_list: list[_PhoneFields], shared: dict[Any, Any]) -> list[PhoneCheck]:
    """Turn a worker's tuples into checks, sharing the time-zone and reasons tuples."""
    return [
        PhoneCheck(status, e164, extension, kind, region, shared.setdefault(zones, zones),
                   shared.setdefault(reasons, reasons), international)
        for status, e164, extension, kind, region, zones, reasons, international in fields_list
    ]  # fmt: skip


# Per distinct check: the class that decides the quality score and the summary counts.
# None stands for "missing" (no value, or an empty one).
_CheckClass = tuple[Status, tuple[str, ...]] | None


def _check_class(check: EmailCheck | PhoneCheck | None) -> _CheckClass:
    if check is None or "empty" in check.reasons:
        return None
    return (check.status, check.reasons)


def _assemble(
    rows: list[ContactRecord],
    regions: list[str | None],
    row_phones: list[int],
    email_results: dict[str, EmailCheck],
    phone_results: list[PhoneCheck | None],
) -> tuple[list[ContactResult], ListSummary]:
    """Map results back to rows, score each contact and count, in one tight loop.

    The score depends only on the classes of the two checks (status and reasons) and on
    which of four fields are present, so it is computed once per combination; the
    summary is counted per combination too and expanded at the end. Both keep a million
    rows from costing a million ``score_contact`` calls and ``Counter`` updates.
    """
    class_ids: dict[_CheckClass, int] = {}
    classes: list[_CheckClass] = []

    def class_id(check: EmailCheck | PhoneCheck | None) -> int:
        cls = _check_class(check)
        found = class_ids.get(cls)
        if found is None:
            found = class_ids[cls] = len(classes)
            classes.append(cls)
        return found

    email_ids = {raw: class_id(check) for raw, check in email_results.items()}
    phone_ids = [class_id(check) for check in phone_results]
    missing_id = class_id(None)

    # One slot per combination of (email class, phone class, four fields present): its
    # score, computed once, and how many rows have it. One dict lookup per row.
    slots: dict[tuple[int, int, bool, bool, bool, bool], int] = {}
    slot_quality: list[QualityScore] = []
    slot_classes: list[tuple[int, int]] = []
    slot_count: list[int] = []
    results: list[ContactResult] = []
    append = results.append
    for row, region, phone_at in zip(rows, regions, row_phones, strict=True):
        raw_email = row.email
        if raw_email:
            email = email_results[raw_email]
            email_id = email_ids[raw_email]
        else:
            email = None
            email_id = missing_id
        if phone_at >= 0:
            phone = phone_results[phone_at]
            phone_id = phone_ids[phone_at]
        else:
            phone = None
            phone_id = missing_id
        first, last, company, title = row.first_name, row.last_name, row.company, row.title
        # "x and not x.isspace()" is _has() inline: a call per field costs more than the
        # rest of the loop body.
        key = (
            email_id, phone_id, bool(first and not first.isspace()),
            bool(last and not last.isspace()), bool(company and not company.isspace()),
            bool(title and not title.isspace()),
        )  # fmt: skip
        slot = slots.get(key)
        if slot is None:
            slot = slots[key] = len(slot_quality)
            slot_quality.append(
                score_contact(
                    email=email,
                    phone=phone,
                    first_name=first,
                    last_name=last,
                    company=company,
                    title=title,
                )  # fmt: skip
            )
            slot_classes.append((email_id, phone_id))
            slot_count.append(0)
        slot_count[slot] += 1
        append(ContactResult(email, phone, region, slot_quality[slot]))
    combos: Counter[tuple[int, int, QualityScore]] = Counter()
    for (email_id, phone_id), quality, count in zip(
        slot_classes, slot_quality, slot_count, strict=True
    ):
        combos[(email_id, phone_id, quality)] += count
    return results, _summary_of(combos, classes)


def _summary_of(
    combos: Counter[tuple[int, int, QualityScore]], classes: list[_CheckClass]
) -> ListSummary:
    """The same :class:`ListSummary` as ``summarize``, from counted combinations."""
    summary = ListSummary()
    total = 0
    for (email_id, phone_id, quality), count in combos.items():
        summary.contacts += count
        total += quality.score * count
        for cls, counter in (
            (classes[email_id], summary.email_status),
            (classes[phone_id], summary.phone_status),
        ):
            if cls is None:
                counter["missing"] += count
            else:
                counter[cls[0]] += count
                for reason in cls[1]:
                    summary.reasons[reason] += count
        for reason in quality.reasons:
            summary.reasons[reason] += count
            if reason.startswith("missing_"):
                summary.missing[reason] += count
    if summary.contacts:
        summary.average_score = total / summary.contacts
    return summary


def _mail_domains(emails: list[str]) -> list[str]:
    """The distinct ASCII domains of the addresses worth a DNS lookup (not invalid)."""
    return sorted(
        {
            check.ascii_domain
            for check in (check_email(raw) for raw in emails)
            if check.status != "invalid" and check.ascii_domain
        }
    )


def _prefetch_domains(
    domains: list[str],
    cache: _RunDomainCache,
    resolver: DnsResolver,
    *,
    timeout: float,
    cancel: CancelToken | None,
    report: Callable[[int], None],
) -> None:
    """Resolve every distinct domain once, in threads, before the emails are judged.

    Progress is reported per finished domain from the calling thread; a cancel stops
    the lookups not yet started (those running finish within their timeout).
    """
    if not domains:
        return

    def lookup(domain: str) -> None:
        if cancel is not None and cancel.cancelled:
            return
        result = check_mail_domain(domain, resolver=resolver, cache=cache, timeout=timeout)
        if ttl_for(result) <= 0:
            cache.remember(result)

    with ThreadPoolExecutor(max_workers=_DNS_THREADS) as pool:
        for future in as_completed([pool.submit(lookup, domain) for domain in domains]):
            future.result()
            report(1)
    check_cancelled(cancel)
