"""Is the sending domain set up for bulk mail? SPF, DMARC and MX through dnspython.

Since 2024 Gmail and Yahoo require SPF, DKIM and DMARC from bulk senders. SPF (a TXT
record starting ``v=spf1`` on the domain) and DMARC (a TXT record starting ``v=DMARC1``
on ``_dmarc.DOMAIN``) can be looked up by name; DKIM cannot (its selector is chosen by
the provider), so it is only mentioned. An MX record lets bounces and replies come back.

Results are codes (:data:`MISSING_CODES`); the UI words them. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from app.adapters.dns import DnspythonResolver

#: What may be missing or unknown: ``no_spf``, ``no_dmarc``, ``no_mx``, ``lookup_failed``.
MISSING_CODES: Final = ("no_spf", "no_dmarc", "no_mx", "lookup_failed")


@dataclass(frozen=True)
class SendingDomainCheck:
    """What the DNS says about a sending domain.

    Attributes:
        domain: The domain checked.
        spf: The SPF record, if any.
        dmarc: The DMARC record, if any.
        mx: The mail servers, if any.
        missing: Codes of what is missing (empty when all is there).
    """

    domain: str
    spf: str | None
    dmarc: str | None
    mx: tuple[str, ...]
    missing: tuple[str, ...]


def _txt(resolver: DnspythonResolver, name: str, lifetime: float) -> list[str] | None:
    """The TXT strings of ``name``; [] when there are none, None when the lookup failed."""
    import dns.exception
    import dns.resolver

    try:
        answer = resolver.resolver.resolve(name, "TXT", lifetime=lifetime, search=False)
    except (dns.resolver.NoAnswer, dns.resolver.NXDOMAIN):
        return []
    except (dns.exception.DNSException, OSError):
        return None
    return [b"".join(r.strings).decode("utf-8", "replace") for r in answer]


def check_sending_domain(
    domain: str, resolver: DnspythonResolver | None = None, lifetime: float = 3.0
) -> SendingDomainCheck:
    """Look up the domain's SPF, DMARC and MX records.

    Args:
        domain: The From address's domain.
        resolver: The DNS adapter; the system's when None.
        lifetime: Seconds per lookup.

    Returns:
        The records found and the codes of what is missing.
    """
    dns_resolver = resolver or DnspythonResolver()
    name = domain.strip().rstrip(".").encode("idna").decode("ascii")
    missing: list[str] = []
    spf_found = _txt(dns_resolver, name, lifetime)
    dmarc_found = _txt(dns_resolver, f"_dmarc.{name}", lifetime)
    mx_answer = dns_resolver(name, "MX", lifetime)
    spf = next((t for t in spf_found or [] if t.lower().startswith("v=spf1")), None)
    dmarc = next((t for t in dmarc_found or [] if t.lower().startswith("v=dmarc1")), None)
    mx = tuple(host for _pref, host in sorted(mx_answer.mx) if host != ".")
    if spf_found is None or dmarc_found is None or mx_answer.outcome in ("timeout", "error"):
        missing.append("lookup_failed")
    if spf is None and spf_found is not None:
        missing.append("no_spf")
    if dmarc is None and dmarc_found is not None:
        missing.append("no_dmarc")
    if not mx and mx_answer.outcome not in ("timeout", "error"):
        missing.append("no_mx")
    return SendingDomainCheck(name, spf, dmarc, mx, tuple(missing))


__all__ = ["MISSING_CODES", "SendingDomainCheck", "check_sending_domain"]
