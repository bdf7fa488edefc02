"""Optional mail-domain check over DNS: MX records with the A/AAAA fallback of RFC 5321.

The check runs only when a caller asks for it (it needs the network and can take
seconds), always through a ``dns.resolver.Resolver`` the caller may pass (tests point
one at a DNS server on 127.0.0.1), and its answers can be kept in a
:class:`DomainCache` so a list of a million contacts asks about each domain once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final, Literal, Protocol

if TYPE_CHECKING:
    # dnspython costs ~70 ms to import; only runs that check DNS pay for it.
    import dns.resolver

__all__ = [
    "DEFAULT_DNS_TIMEOUT",
    "DomainCache",
    "InMemoryDomainCache",
    "MailDomainCheck",
    "MailDomainStatus",
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
    resolver: dns.resolver.Resolver | None = None,
    cache: DomainCache | None = None,
    timeout: float = DEFAULT_DNS_TIMEOUT,
) -> MailDomainCheck:
    """Look up whether a domain can receive mail (MX, then A/AAAA), using a cache.

    Never raises for DNS trouble: a timeout or an unreachable server gives a result
    with status ``"timeout"`` or ``"error"`` that callers must report as *unknown*.

    Args:
        ascii_domain: The domain in ASCII (A-label) form.
        resolver: The resolver to ask; a default system resolver when None.
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


def _lookup(domain: str, resolver: dns.resolver.Resolver | None, timeout: float) -> MailDomainCheck:
    import dns.exception
    import dns.name
    import dns.resolver

    if resolver is None:
        resolver = dns.resolver.Resolver()
    deadline = time.monotonic() + timeout

    def remaining() -> float:
        # Each query gets what is left of the budget so the whole check honours it.
        return max(0.01, deadline - time.monotonic())

    try:
        try:
            answer = resolver.resolve(domain, "MX", lifetime=remaining(), search=False)
        except dns.resolver.NoAnswer:
            for rdtype in ("A", "AAAA"):
                try:
                    resolver.resolve(domain, rdtype, lifetime=remaining(), search=False)
                except dns.resolver.NoAnswer:
                    continue
                return MailDomainCheck(domain, "a_fallback")
            return MailDomainCheck(domain, "no_mail_server", detail="no MX, A or AAAA")
        preferred = sorted(answer, key=lambda rdata: rdata.preference)
        # RFC 7505: a single MX "." (the root name) declares that no mail is accepted.
        if len(preferred) == 1 and preferred[0].exchange == dns.name.root:
            return MailDomainCheck(domain, "null_mx")
        hosts = tuple(rdata.exchange.to_text(omit_final_dot=True) for rdata in preferred)
        return MailDomainCheck(domain, "mx", mx_hosts=hosts)
    except dns.resolver.NXDOMAIN:
        return MailDomainCheck(domain, "no_mail_server", detail="NXDOMAIN")
    except dns.resolver.YXDOMAIN as exc:
        return MailDomainCheck(domain, "no_mail_server", detail=str(exc))
    except dns.exception.Timeout as exc:
        return MailDomainCheck(domain, "timeout", detail=str(exc))
    except (dns.exception.DNSException, OSError) as exc:
        # NoNameservers (every server failed, e.g. SERVFAIL), no network, and so on.
        return MailDomainCheck(domain, "error", detail=f"{type(exc).__name__}: {exc}")
