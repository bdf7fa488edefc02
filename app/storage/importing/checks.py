"""Email and phone checks for an import, chunk by chunk, in worker processes.

``validate_contacts`` starts a process pool per call, which suits one big list; an import
streams the file in chunks, so it keeps one pool for the whole run and sends each chunk's
distinct addresses and (number, region) pairs to it while the main process reads the next
chunks. Small files are checked in this process (starting workers would cost more).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Final, NamedTuple, TypeVar

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
from app.core.validation import EmailCheck, PhoneCheck, check_email, check_phone

__all__ = [
    "Checker",
    "ChunkChecks",
    "PendingChecks",
    "PhoneKey",
    "check_email_values",
    "check_phone_values",
    "company_values",
    "default_workers",
]

_T = TypeVar("_T")

#: Distinct values per task sent to a worker: large enough to amortise pickling.
_TASK_SIZE: Final = 5_000


class ChunkChecks(NamedTuple):
    """The verdicts of one chunk's distinct values."""

    emails: dict[str, EmailCheck]
    phones: dict[PhoneKey, PhoneCheck]
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
        company_future: Future[tuple[list[str], list[str | None]]] | None = None,
    ) -> None:
        self._emails = emails
        self._phones = phones
        self._email_futures = email_futures
        self._phone_futures = phone_futures
        self._companies = companies or []
        self._websites = websites or []
        self._company_future = company_future

    def result(self) -> ChunkChecks:
        """Wait for (or run) the checks.

        Returns:
            Raw address -> check, (number, region) -> check, company name -> normalized
            name, website -> domain.
        """
        if self._email_futures is None:
            emails = {raw: check_email(raw) for raw in self._emails}
        else:
            fields = [f for future in self._email_futures for f in future.result()]
            emails = {raw: EmailCheck(*f) for raw, f in zip(self._emails, fields, strict=True)}  # type: ignore[arg-type]
        if self._phone_futures is None:
            phones = {key: check_phone(*key, formatted=False) for key in self._phones}
        else:
            pfields = [f for future in self._phone_futures for f in future.result()]
            phones = {key: PhoneCheck(*f) for key, f in zip(self._phones, pfields, strict=True)}  # type: ignore[arg-type]
        if self._company_future is None:
            keys, domains = company_values(self._companies, self._websites)
        else:
            keys, domains = self._company_future.result()
        return ChunkChecks(
            emails, phones, dict(zip(self._companies, keys, strict=True)),
            dict(zip(self._websites, domains, strict=True)),
        )  # fmt: skip

    def cancel(self) -> None:
        """Drop work not started yet."""
        for future in [*(self._email_futures or ()), *(self._phone_futures or ())]:
            future.cancel()
        if self._company_future is not None:
            self._company_future.cancel()


class Checker:
    """Runs the checks of each chunk, in a process pool when one is worth it.

    Args:
        workers: Worker processes; 0 or 1 checks everything in this process.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers if workers > 1 else 0
        self._pool: ProcessPoolExecutor | None = None
        if self.workers:
            # "spawn" everywhere: the app ships on Windows and macOS, where it is the only
            # safe choice, and forking a process that runs Qt threads is unsafe.
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=init_worker,
            )
            # Start every worker now: a spawned one needs a new interpreter and the
            # validators (~0.3 s), which it then loads while this process reads rows.
            for _ in range(self.workers):
                self._pool.submit(warm_up)

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
        pool = self._pool
        if pool is None:
            return PendingChecks(emails, phones, None, None, companies=companies, websites=websites)
        submit: Callable[..., Future[list[tuple[object, ...]]]] = pool.submit
        # Phones first: they are the slow part and should start before the emails.
        phone_futures = [
            submit(check_phone_values, phones[i : i + _TASK_SIZE])
            for i in range(0, len(phones), _TASK_SIZE)
        ]
        email_futures = [
            submit(check_email_values, emails[i : i + _TASK_SIZE])
            for i in range(0, len(emails), _TASK_SIZE)
        ]
        company_future = (
            pool.submit(company_values, companies or [], websites or [])
            if companies or websites
            else None
        )
        return PendingChecks(
            emails, phones, email_futures, phone_futures,
            companies=companies, websites=websites, company_future=company_future,
        )  # fmt: skip

    def call(self, fn: Callable[..., _T], *args: object) -> Future[_T] | _T:
        """Run other CPU-bound work in the pool when there is one, else here and now.

        Args:
            fn: A module-level function (it is pickled by name for the worker).
            *args: Its arguments (picklable).

        Returns:
            A future of the result (pool), or the result itself.
        """
        if self._pool is None:
            return fn(*args)
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        """Stop the worker processes (pending work is dropped)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def default_workers() -> int:
    """Worker processes for a large import: one per CPU core."""
    return os.cpu_count() or 1
