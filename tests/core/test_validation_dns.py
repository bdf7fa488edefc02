"""MX / A fallback checks against a real DNS server on 127.0.0.1 (dnspython answers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.validation import (
    ContactRecord,
    InMemoryDomainCache,
    check_email,
    check_mail_domain,
    validate_contacts,
)
from tests.dns_server import LocalDnsServer


@pytest.fixture
def server() -> Iterator[LocalDnsServer]:
    with LocalDnsServer() as running:
        yield running


def test_mx_records_sorted_by_preference(server: LocalDnsServer) -> None:
    result = check_mail_domain("acme-corp.com", resolver=server.resolver(), timeout=2)
    assert result.status == "mx"
    assert result.mx_hosts == ("mx1.acme-corp.com", "mx2.acme-corp.com")
    assert result.accepts_mail and result.finished


@pytest.mark.parametrize(
    ("domain", "status"),
    [
        ("a-only.com", "a_fallback"),
        ("aaaa-only.com", "a_fallback"),
        ("null-mx.com", "null_mx"),
        ("no-mail.com", "no_mail_server"),
        ("does-not-exist.com", "no_mail_server"),
        ("broken-dns.com", "error"),
    ],
)
def test_domain_statuses(server: LocalDnsServer, domain: str, status: str) -> None:
    assert check_mail_domain(domain, resolver=server.resolver(), timeout=2).status == status


@pytest.mark.parametrize(
    ("address", "status", "reasons"),
    [
        ("john@acme-corp.com", "valid", ()),
        ("info@acme-corp.com", "risky", ("role_account",)),
        ("john@a-only.com", "valid", ("a_record_fallback",)),
        ("john@null-mx.com", "invalid", ("null_mx",)),
        ("john@no-mail.com", "invalid", ("no_mail_server",)),
        ("john@does-not-exist.com", "invalid", ("no_mail_server",)),
        ("john@broken-dns.com", "unknown", ("dns_error",)),
    ],
)
def test_check_email_with_dns(
    server: LocalDnsServer, address: str, status: str, reasons: tuple[str, ...]
) -> None:
    result = check_email(address, check_dns=True, resolver=server.resolver(), dns_timeout=2)
    assert (result.status, result.reasons) == (status, reasons)


def test_syntax_errors_never_reach_dns(server: LocalDnsServer) -> None:
    result = check_email("john@@acme-corp.com", check_dns=True, resolver=server.resolver())
    assert result.status == "invalid"
    assert not server.queries


def test_timeout_is_unknown_not_invalid() -> None:
    with LocalDnsServer(silent=True) as silent:
        result = check_email(
            "john@acme-corp.com", check_dns=True, resolver=silent.resolver(), dns_timeout=0.3
        )
        assert silent.queries  # the question did reach the server
    assert (result.status, result.reasons) == ("unknown", ("dns_timeout",))
    assert result.normalized == "john@acme-corp.com"


def test_cache_answers_repeat_lookups_and_expires(server: LocalDnsServer) -> None:
    now = [1000.0]
    cache = InMemoryDomainCache(clock=lambda: now[0])
    resolver = server.resolver()
    for _ in range(3):
        check_mail_domain("acme-corp.com", resolver=resolver, cache=cache)
    assert server.queries[("acme-corp.com.", "MX")] == 1
    now[0] += 8 * 86400  # past the 7-day TTL of a positive answer
    assert cache.get("acme-corp.com") is None
    check_mail_domain("acme-corp.com", resolver=resolver, cache=cache)
    assert server.queries[("acme-corp.com.", "MX")] == 2


def test_failures_are_not_cached() -> None:
    cache = InMemoryDomainCache()
    with LocalDnsServer(silent=True) as silent:
        check_mail_domain("acme-corp.com", resolver=silent.resolver(), cache=cache, timeout=0.2)
    assert len(cache) == 0


def test_batch_asks_once_per_domain(server: LocalDnsServer) -> None:
    records = [ContactRecord(email=f"person{i}@acme-corp.com") for i in range(50)]
    records += [ContactRecord(email=f"person{i}@broken-dns.com") for i in range(20)]
    cache = InMemoryDomainCache()
    batch = validate_contacts(
        records, check_dns=True, resolver=server.resolver(), domain_cache=cache, dns_timeout=2
    )
    assert server.queries[("acme-corp.com.", "MX")] == 1
    # The failure is remembered for the run (not retried per address) but not stored.
    assert server.queries[("broken-dns.com.", "MX")] == 1
    assert cache.get("acme-corp.com") is not None
    assert cache.get("broken-dns.com") is None
    assert batch.summary.email_status == {"valid": 50, "unknown": 20}


def test_dns_pass_reports_progress_per_domain(server: LocalDnsServer) -> None:
    records = [ContactRecord(email=f"p{i}@acme-corp.com") for i in range(10)]
    records += [ContactRecord(email="x@no-mail.com"), ContactRecord(email="bad@@x")]
    calls: list[tuple[int, int]] = []
    validate_contacts(
        records, workers=1, check_dns=True, resolver=server.resolver(), dns_timeout=2,
        progress=lambda done, total: calls.append((done, total)),
    )  # fmt: skip
    # Two domains worth a lookup (the invalid address is not), then 12 distinct emails.
    assert {total for _, total in calls} == {2 + 12}
    assert [done for done, _ in calls[:3]] == [0, 1, 2]
    assert calls[-1] == (14, 14)


def test_a_dns_check_needs_a_resolver() -> None:
    """The core does no network I/O of its own: the caller plugs the DNS adapter in."""
    with pytest.raises(ValueError, match="resolver"):
        check_email("john@acme-corp.com", check_dns=True)
    with pytest.raises(ValueError, match="resolver"):
        validate_contacts([ContactRecord("john@acme-corp.com")], workers=1, check_dns=True)
    # Without DNS no resolver is needed.
    assert check_email("john@acme-corp.com").status == "valid"
