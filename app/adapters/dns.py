"""DNS queries through dnspython: the network side of the mail-domain check.

The core (:mod:`app.core.validation.dns_check`) decides what answers mean (MX, the
A/AAAA fallback, null MX, what to cache and for how long) and asks its questions through
a :class:`~app.core.validation.dns_check.DnsResolver`; :class:`DnspythonResolver` is that
resolver over the system's DNS configuration, or over a dnspython resolver a caller
configured (tests point one at a DNS server on 127.0.0.1).

dnspython costs ~70 ms to import, so it is imported when a resolver is made, never when
this module is: only runs that check DNS pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.validation.dns_check import DnsAnswer, DnsResolver, RecordType

if TYPE_CHECKING:
    import dns.resolver

__all__ = ["DnspythonResolver", "system_resolver"]


class DnspythonResolver:
    """The core's :class:`DnsResolver` over a dnspython resolver; safe to share by threads.

    Never raises for DNS trouble: every failure becomes a :class:`DnsAnswer` outcome.

    Args:
        resolver: A configured dnspython resolver; the system's (``/etc/resolv.conf``,
            the Windows registry) when None.
    """

    def __init__(self, resolver: dns.resolver.Resolver | None = None) -> None:
        if resolver is None:
            import dns.resolver

            resolver = dns.resolver.Resolver()
        self.resolver = resolver

    def __call__(self, domain: str, rdtype: RecordType, lifetime: float) -> DnsAnswer:
        """Ask for ``domain``'s records of one type within ``lifetime`` seconds.

        Args:
            domain: An ASCII domain name.
            rdtype: ``"MX"``, ``"A"`` or ``"AAAA"``.
            lifetime: Seconds allowed for this query, all servers and retries included.

        Returns:
            The answer: the MX records (preference, host; ``"."`` for the root name) or
            the outcome that stood for them.
        """
        import dns.exception
        import dns.name
        import dns.resolver

        try:
            answer = self.resolver.resolve(domain, rdtype, lifetime=lifetime, search=False)
        except dns.resolver.NoAnswer:
            return DnsAnswer("no_answer")
        except dns.resolver.NXDOMAIN:
            return DnsAnswer("nxdomain")
        except dns.resolver.YXDOMAIN as exc:
            return DnsAnswer("yxdomain", detail=str(exc))
        except dns.exception.Timeout as exc:
            return DnsAnswer("timeout", detail=str(exc))
        except (dns.exception.DNSException, OSError) as exc:
            # NoNameservers (every server failed, e.g. SERVFAIL), no network, and so on.
            return DnsAnswer("error", detail=f"{type(exc).__name__}: {exc}")
        if rdtype != "MX":
            return DnsAnswer("answer")
        return DnsAnswer(
            "answer",
            mx=tuple(
                (
                    int(rdata.preference),
                    "."
                    if rdata.exchange == dns.name.root
                    else rdata.exchange.to_text(omit_final_dot=True),
                )  # fmt: skip
                for rdata in answer
            ),
        )


def system_resolver() -> DnsResolver:
    """A resolver over the system's DNS configuration (what ``--mx`` and the GUI use)."""
    return DnspythonResolver()
