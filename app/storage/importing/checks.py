"""Email and phone checks for an import, chunk by chunk, in worker processes.

``validate_contacts`` starts a process pool per call, which suits one big list; an import
streams the file in chunks, so it keeps one pool for the whole run and sends each chunk's
distinct addresses and (number, region) pairs to it while the main process reads the next
chunks. Small files are checked in this process (starting workers would cost more).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from typing import Any, Final, NamedTuple, TypeVar

# The worker entry points live in app.core: a spawned worker imports only them and the
# validators (~0.1 s), not this package with SQLAlchemy and the schema (~0.5 s).
from app.core.importing.check_values import (
    EmailFields,
    PhoneFields,
    PhoneKey,
    check_email_values,
    check_phone_values,
    company_values,
    init_worker,
    warm_up,
)
from app.core.validation import EmailCheck, PhoneCheck, Status
from app.core.workers import shutdown_pools, spawn_pool

__all__ = [
    "Checker",
    "ChunkChecks",
    "EmailVerdict",
    "PendingChecks",
    "PhoneKey",
    "PhoneVerdict",
    "check_email_values",
    "check_phone_values",
    "company_values",
    "default_workers",
]

_T = TypeVar("_T")

#: Distinct values per task sent to a worker: large enough to amortise pickling.
_TASK_SIZE: Final = 5_000


class EmailVerdict(NamedTuple):
    """:class:`EmailCheck`'s fields as a tuple: what an import keeps per distinct address.

    An import holds a verdict for every distinct address and number of a chunk (about
    two million for a 1M-row file). Built from the workers' plain tuples by
    ``tuple.__new__`` alone, these cost a fifth of a frozen dataclass each (its
    ``__init__`` sets every field through ``object.__setattr__``): about 2 s less on the
    importing thread at a million rows. Same field names, so code reading them does not
    care which it has; :meth:`check` gives the dataclass where one is needed.
    """

    status: Status
    normalized: str | None
    reasons: tuple[str, ...] = ()
    suggestion: str | None = None
    domain: str | None = None
    ascii_domain: str | None = None
    display_name: str | None = None

    def check(self) -> EmailCheck:
        """The same verdict as an :class:`EmailCheck`."""
        return EmailCheck(*self)


class PhoneVerdict(NamedTuple):
    """:class:`PhoneCheck`'s fields as a tuple (see :class:`EmailVerdict` for why)."""

    status: Status
    e164: str | None
    extension: str | None = None
    kind: str | None = None
    region: str | None = None
    time_zones: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    international: str | None = None

    def check(self) -> PhoneCheck:
        """The same verdict as a :class:`PhoneCheck`."""
        return PhoneCheck(*self)


# tuple.__new__ bound to the class: a C call per verdict, no Python frame (``_make`` has one).
_email_verdict: Final = partial(tuple.__new__, EmailVerdict)
_phone_verdict: Final = partial(tuple.__new__, PhoneVerdict)


class ChunkChecks(NamedTuple):
    """The verdicts of one chunk's distinct values."""

    emails: dict[str, EmailVerdict]
    phones: dict[PhoneKey, PhoneVerdict]
    company_keys: dict[str, str]
    site_domains: dict[str, str | None]


class PendingChecks:
    """The checks of one chunk, running (in workers) or still to run (in this process)."""

    def __init__(
        self,
        emails: list[str],
        phones: list[PhoneKey],
        email_futures: list[Future[list[EmailFields]]] | None,
        phone_futures: list[Future[list[PhoneFields]]] | None,
        *,
        companies: list[str] | None = None,
        websites: list[str] | None = None,
        company_futures: list[Future[tuple[list[str], list[str | None]]]] | None = None,
    ) -> None:
        # With futures, every list is in the order of the tasks' results.
        self._emails = emails
        self._phones = phones
        self._email_futures = email_futures
        self._phone_futures = phone_futures
        self._companies = companies or []
        self._websites = websites or []
        self._company_futures = company_futures

    def result(self) -> ChunkChecks:
        """Wait for (or run) the checks.

        Returns:
            Raw address -> check, (number, region) -> check, company name -> normalized
            name, website -> domain.
        """
        if self._email_futures is None:
            fields = check_email_values(self._emails)
        else:
            fields = [f for future in self._email_futures for f in future.result()]
        emails = dict(zip(self._emails, map(_email_verdict, fields), strict=True))
        if self._phone_futures is None:
            pfields = check_phone_values(self._phones)
        else:
            pfields = [f for future in self._phone_futures for f in future.result()]
        phones = dict(zip(self._phones, map(_phone_verdict, pfields), strict=True))
        if self._company_futures is None:
            keys, domains = company_values(self._companies, self._websites)
        else:
            keys, domains = [], []
            for future in self._company_futures:
                part_keys, part_domains = future.result()
                keys += part_keys
                domains += part_domains
        return ChunkChecks(
            emails, phones, dict(zip(self._companies, keys, strict=True)),
            dict(zip(self._websites, domains, strict=True)),
        )  # fmt: skip

    def _futures(self) -> list[Future[Any]]:
        return [*(self._email_futures or ()), *(self._phone_futures or ()),
                *(self._company_futures or ())]  # fmt: skip

    def done(self) -> bool:
        """Whether :meth:`result` would return without waiting for a worker."""
        return all(future.done() for future in self._futures())

    def cancel(self) -> None:
        """Drop work not started yet."""
        for future in self._futures():
            future.cancel()


class Checker:
    """Runs the checks of each chunk, in worker processes when they are worth it.

    Each worker is a pool of its own, so that a value can be sent to the same worker
    every time: email addresses go by domain, company names and websites by value.
    Their verdicts are cached in the worker (a domain's costs ~50 µs, an IDNA website
    ~30 µs, and a 1M-row file has ~60,000 domains and 50,000 websites, each seen in many
    slices), so with one shared pool every worker worked out nearly every one of them.
    Phone numbers and other work go to the worker with the least still to do.

    Args:
        workers: Worker processes; 0 or 1 checks everything in this process.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers if workers > 1 else 0
        self._pools: list[ProcessPoolExecutor] = []
        # Per worker: its futures not seen done yet, with their sizes in values.
        self._queued: list[list[tuple[Future[Any], int]]] = []
        for _ in range(self.workers):
            pool = spawn_pool(1, initializer=init_worker)
            # Start the worker now: a spawned one needs a new interpreter and the
            # validators (~0.3 s), which it then loads while this process reads rows.
            pool.submit(warm_up)
            self._pools.append(pool)
            self._queued.append([])

    def _least_busy(self) -> int:
        """The worker with the fewest values still queued or running."""
        best, best_load = 0, -1
        for i, queued in enumerate(self._queued):
            queued[:] = [item for item in queued if not item[0].done()]
            load = sum(size for _, size in queued)
            if best_load < 0 or load < best_load:
                best, best_load = i, load
        return best

    def _send(self, worker: int, size: int, fn: Callable[..., _T], *args: object) -> Future[_T]:
        future = self._pools[worker].submit(fn, *args)
        self._queued[worker].append((future, size))
        return future

    def submit(
        self,
        emails: list[str],
        phones: list[PhoneKey],
        companies: list[str] | None = None,
        websites: list[str] | None = None,
    ) -> PendingChecks:
        """Start checking a chunk's distinct values.

        Args:
            emails: Distinct raw addresses.
            phones: Distinct (raw number, region) pairs.
            companies: Distinct company names to normalize.
            websites: Distinct websites to take the domain of.

        Returns:
            A handle whose :meth:`PendingChecks.result` gives the verdicts.
        """
        count = len(self._pools)
        if not count:
            return PendingChecks(emails, phones, None, None, companies=companies, websites=websites)
        # Phones first: they are the slow part and should start before the emails.
        phone_futures = []
        for i in range(0, len(phones), _TASK_SIZE):
            keys = phones[i : i + _TASK_SIZE]
            worker = self._least_busy()
            phone_futures.append(self._send(worker, len(keys), check_phone_values, keys))
        # By the text after the last "@" as written: the worker caches domain verdicts
        # under the domain part as written too. (One list of free-mail addresses would
        # all go to one worker: the phones, sent to the least busy, even the work out.)
        by_worker: list[list[str]] = [[] for _ in range(count)]
        for raw in emails:
            by_worker[hash(raw[raw.rfind("@") + 1 :]) % count].append(raw)
        email_futures = []
        for worker, part in enumerate(by_worker):
            for i in range(0, len(part), _TASK_SIZE):
                task = part[i : i + _TASK_SIZE]
                email_futures.append(self._send(worker, len(task), check_email_values, task))
        ordered_emails = [raw for part in by_worker for raw in part]
        company_futures = None
        ordered_companies, ordered_sites = companies, websites
        if companies or websites:
            names: list[list[str]] = [[] for _ in range(count)]
            sites: list[list[str]] = [[] for _ in range(count)]
            for name in companies or ():
                names[hash(name) % count].append(name)
            for site in websites or ():
                sites[hash(site) % count].append(site)
            company_futures = [
                self._send(worker, len(names[worker]) + len(sites[worker]), company_values,
                           names[worker], sites[worker])
                for worker in range(count)
                if names[worker] or sites[worker]
            ]  # fmt: skip
            ordered_companies = [name for part in names for name in part]
            ordered_sites = [site for part in sites for site in part]
        return PendingChecks(
            ordered_emails, phones, email_futures, phone_futures,
            companies=ordered_companies, websites=ordered_sites, company_futures=company_futures,
        )  # fmt: skip

    def call(self, fn: Callable[..., _T], *args: object) -> Future[_T] | _T:
        """Run other CPU-bound work in a worker when there are any, else here and now.

        Args:
            fn: A module-level function (it is pickled by name for the worker).
            *args: Its arguments (picklable).

        Returns:
            A future of the result (pool), or the result itself.
        """
        if not self._pools:
            return fn(*args)
        # Its size is unknown: count it as one task of checks.
        return self._send(self._least_busy(), _TASK_SIZE, fn, *args)

    def close(self, *, wait: bool = True) -> None:
        """Stop the worker processes (pending work is dropped).

        Args:
            wait: Wait until they have exited. Without waiting they exit in the
                background: an interpreter with warm caches takes ~0.2 s to shut down,
                which an import need not spend after its last statement.
        """
        shutdown_pools(self._pools, wait=wait)
        self._pools = []
        self._queued = []


def default_workers() -> int:
    """Worker processes for a large import: one per CPU core."""
    return os.cpu_count() or 1
