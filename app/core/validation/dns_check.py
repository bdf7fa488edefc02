"""Optional mail-domain check over DNS: MX records with the A/AAAA fallback of RFC 5321.

The check runs only when a caller asks for it (it needs the network and can take
seconds). This module holds its pure parts: what the answers mean, how long a result
may be reused, and the types. The queries themselves go through a :class:`DnsResolver`
the caller passes: ``app.adapters.dns`` has the one over dnspython (tests point it at a
DNS server on 127.0.0.1). Answers can be kept in a :class:`DomainCache` so a list of a
million contacts asks about each domain once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final, Literal, Protocol

__all__ = [
    "DEFAULT_DNS_TIMEOUT",
    "DnsAnswer",
    "DnsOutcome",
    "DnsResolver",
    "DomainCache",
    "InMemoryDomainCache",
    "MailDomainCheck",
    "MailDomainStatus",
    "RecordType",
    "check_mail_domain",
    "ttl_for",
]

MailDomainStatus = Literal["mx", "a_fallback", "no_mail_server", "null_mx", "timeout", "error"]

#: Seconds for the whole lookup of one domain (all record types, all servers).
DEFAULT_DNS_TIMEOUT: Final = 3.0

# A domain that receives mail rarely stops; one that does not rarely starts. A failed
# lookup says nothing about the domain, so it is never cached.
_TTL_SECONDS: Final[dict[MailDomainStatus, float]] = {
    "mx": 7 * 86400.0,
    "a_fallback": 7 * 86400.0,
    "no_mail_server": 86400.0,
    "null_mx": 7 * 86400.0,
    "timeout": 0.0,
    "error": 0.0,
}


@dataclass(frozen=True, slots=True)
class MailDomainCheck:
    """What DNS says about a domain's ability to receive mail.

    Attributes:
        domain: The domain asked about (ASCII, lower-case).
        status: ``"mx"`` (has MX records), ``"a_fallback"`` (no MX, but an A/AAAA
            record, which RFC 5321 section 5.1 treats as an implicit MX),
            ``"no_mail_server"`` (no such domain, or neither record),
            ``"null_mx"`` (RFC 7505: the domain says it takes no mail),
            ``"timeout"`` or ``"error"`` (the check could not finish).
        mx_hosts: Mail exchangers, most preferred first.
        checked_at: When the answer was obtained (seconds since the epoch).
        detail: A short technical note for logs (exception text), or "".
    """

    domain: str
    status: MailDomainStatus
    mx_hosts: tuple[str, ...] = ()
    checked_at: float = 0.0
    detail: str = ""

    @property
    def finished(self) -> bool:
        """True when DNS gave an answer (positive or negative), False on timeout/error."""
        return self.status not in ("timeout", "error")

    @property
    def accepts_mail(self) -> bool:
        """True when the domain has somewhere to deliver mail."""
        return self.status in ("mx", "a_fallback")


RecordType = Literal["MX", "A", "AAAA"]
DnsOutcome = Literal["answer", "no_answer", "nxdomain", "yxdomain", "timeout", "error"]


@dataclass(frozen=True, slots=True)
class DnsAnswer:
    """One DNS query's outcome, as a :class:`DnsResolver` reports it.

    Attributes:
        outcome: ``"answer"`` (records of the type asked for), ``"no_answer"`` (the name
            exists without such records), ``"nxdomain"`` (no such name), ``"yxdomain"``
            (the name is too long after substitution), ``"timeout"`` or ``"error"`` (no
            server answered, SERVFAIL, no network...).
        mx: For an MX answer, (preference, host) per record, in the server's order;
            the root name (a null MX) is ``"."``.
        detail: A short technical note for logs (exception text), or "".
    """

    outcome: DnsOutcome
    mx: tuple[tuple[int, str], ...] = ()
    detail: str = ""


class DnsResolver(Protocol):
    """Asks DNS one question; must be safe to call from several threads at once.

    Never raises for DNS trouble: failures are :class:`DnsAnswer` outcomes.
    """

    def __call__(self, domain: str, rdtype: RecordType, lifetime: float) -> DnsAnswer:
        """Ask for ``domain``'s records of type ``rdtype`` within ``lifetime`` seconds."""
        ...


def ttl_for(result: MailDomainCheck) -> float:
    """Return how long (seconds) a result may be reused; 0 means do not cache it.

    Args:
        result: A finished or failed domain check.

    Returns:
        The time to live in seconds.
    """
    return _TTL_SECONDS[result.status]


class DomainCache(Protocol):
    """Where domain check results are kept between runs.

    The storage layer implements it with a database table; :class:`InMemoryDomainCache`
    serves tests and the command line.
    """

    def get(self, domain: str) -> MailDomainCheck | None:
        """Return the stored result for ``domain`` if it has not expired, else None."""
        ...

    def put(self, result: MailDomainCheck, ttl_seconds: float) -> None:
        """Store ``result`` for ``ttl_seconds`` (callers never pass 0 or less)."""
        ...


class InMemoryDomainCache:
    """A thread-safe :class:`DomainCache` in a dict, for tests and the CLI.

    Args:
        clock: Returns the current time in seconds; tests pass a fake one.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, MailDomainCheck]] = {}

    def get(self, domain: str) -> MailDomainCheck | None:
        """Return the stored result for ``domain`` if it has not expired, else None."""
        with self._lock:
            entry = self._entries.get(domain)
            if entry is None:
                return None
            expires_at, result = entry
            if self._clock() >= expires_at:
                del self._entries[domain]
                return None
            return result

    def put(self, result: MailDomainCheck, ttl_seconds: float) -> None:
        """Store ``result`` for ``ttl_seconds``."""
        with self._lock:
            self._entries[result.domain] = (self._clock() + ttl_seconds, result)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


def check_mail_domain(
    ascii_domain: str,
    *,
    resolver: DnsResolver,
    cache: DomainCache | None = None,
    timeout: float = DEFAULT_DNS_TIMEOUT,
) -> MailDomainCheck:
    """Look up whether a domain can receive mail (MX, then A/AAAA), using a cache.

    Never raises for DNS trouble: a timeout or an unreachable server gives a result
    with status ``"timeout"`` or ``"error"`` that callers must report as *unknown*.

    Args:
        ascii_domain: The domain in ASCII (A-label) form.
        resolver: Asks the questions (``app.adapters.dns`` has the network one).
        cache: Where to look first and to store finished answers; optional.
        timeout: Seconds allowed for the whole lookup of this domain.

    Returns:
        The check result.
    """
    domain = ascii_domain.rstrip(".").lower()
    if cache is not None:
        cached = cache.get(domain)
        if cached is not None:
            return cached
    result = replace(_lookup(domain, resolver, timeout), checked_at=time.time())
    ttl = ttl_for(result)
    if cache is not None and ttl > 0:
        cache.put(result, ttl)
    return result


def _lookup(domain: str, resolver: DnsResolver, timeout: float) -> MailDomainCheck:
    deadline = time.monotonic() + timeout

    def remaining() -> float:
        # Each query gets what is left of the budget so the whole check honours it.
        return max(0.01, deadline - time.monotonic())

    answer = resolver(domain, "MX", remaining())
    if answer.outcome == "no_answer":
        for rdtype in ("A", "AAAA"):
            found = resolver(domain, rdtype, remaining())
            if found.outcome == "no_answer":
                continue
            if found.outcome == "answer":
                return MailDomainCheck(domain, "a_fallback")
            return _failed(domain, found)
        return MailDomainCheck(domain, "no_mail_server", detail="no MX, A or AAAA")
    if answer.outcome != "answer":
        return _failed(domain, answer)
    preferred = sorted(answer.mx, key=lambda record: record[0])
    # RFC 7505: a single MX "." (the root name) declares that no mail is accepted.
    if len(preferred) == 1 and preferred[0][1] == ".":
        return MailDomainCheck(domain, "null_mx")
    return MailDomainCheck(domain, "mx", mx_hosts=tuple(host for _, host in preferred))


def _failed(domain: str, answer: DnsAnswer) -> MailDomainCheck:
    """The result of a query that found no records of any kind."""
    if answer.outcome == "nxdomain":
        return MailDomainCheck(domain, "no_mail_server", detail="NXDOMAIN")
    if answer.outcome == "yxdomain":
        return MailDomainCheck(domain, "no_mail_server", detail=answer.detail)
    status: MailDomainStatus = "timeout" if answer.outcome == "timeout" else "error"
    return MailDomainCheck(domain, status, detail=answer.detail)
