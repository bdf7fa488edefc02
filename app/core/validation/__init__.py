"""Contact-data validation: emails, phones, names, companies, quality scores.

The stable interface (docs/headless.md)::

    from app.core.validation import check_email, check_phone

Plain Python only: no Qt, no SQLAlchemy, no network I/O (a DNS check asks through the
resolver its caller passes; ``app.adapters.dns`` has the network one).

The package loads its modules on first use (PEP 562), so a caller that needs one small
piece (a country's region for the calling calendar) does not pay for all of them at
start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.validation.batch import (
        BatchResult,
        ContactRecord,
        ContactResult,
        validate_contacts,
    )
    from app.core.validation.companies import (
        company_domain,
        domain_from_email,
        domain_from_website,
        normalize_company,
    )
    from app.core.validation.countries import region_for_country
    from app.core.validation.dns_check import (
        DnsAnswer,
        DnsResolver,
        DomainCache,
        InMemoryDomainCache,
        MailDomainCheck,
        check_mail_domain,
    )
    from app.core.validation.emails import EmailCheck, check_email, email_dedupe_key
    from app.core.validation.names import (
        NameParts,
        clean_whitespace,
        fix_name_case,
        split_full_name,
    )
    from app.core.validation.phones import PhoneCheck, check_phone
    from app.core.validation.quality import ListSummary, QualityScore, score_contact, summarize
    from app.core.validation.reasons import REASONS, Status
    from app.core.validation.version import VALIDATOR_VERSION

_LAZY: dict[str, str] = {
    "BatchResult": "app.core.validation.batch",
    "ContactRecord": "app.core.validation.batch",
    "ContactResult": "app.core.validation.batch",
    "DnsAnswer": "app.core.validation.dns_check",
    "DnsResolver": "app.core.validation.dns_check",
    "DomainCache": "app.core.validation.dns_check",
    "EmailCheck": "app.core.validation.emails",
    "InMemoryDomainCache": "app.core.validation.dns_check",
    "ListSummary": "app.core.validation.quality",
    "MailDomainCheck": "app.core.validation.dns_check",
    "NameParts": "app.core.validation.names",
    "PhoneCheck": "app.core.validation.phones",
    "QualityScore": "app.core.validation.quality",
    "REASONS": "app.core.validation.reasons",
    "Status": "app.core.validation.reasons",
    "VALIDATOR_VERSION": "app.core.validation.version",
    "check_email": "app.core.validation.emails",
    "check_mail_domain": "app.core.validation.dns_check",
    "check_phone": "app.core.validation.phones",
    "clean_whitespace": "app.core.validation.names",
    "company_domain": "app.core.validation.companies",
    "domain_from_email": "app.core.validation.companies",
    "domain_from_website": "app.core.validation.companies",
    "email_dedupe_key": "app.core.validation.emails",
    "fix_name_case": "app.core.validation.names",
    "normalize_company": "app.core.validation.companies",
    "region_for_country": "app.core.validation.countries",
    "score_contact": "app.core.validation.quality",
    "split_full_name": "app.core.validation.names",
    "summarize": "app.core.validation.quality",
    "validate_contacts": "app.core.validation.batch",
}


def __getattr__(name: str) -> object:
    """Import the module that defines ``name`` when it is first asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups are plain module attributes
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "REASONS",
    "VALIDATOR_VERSION",
    "BatchResult",
    "ContactRecord",
    "ContactResult",
    "DnsAnswer",
    "DnsResolver",
    "DomainCache",
    "EmailCheck",
    "InMemoryDomainCache",
    "ListSummary",
    "MailDomainCheck",
    "NameParts",
    "PhoneCheck",
    "QualityScore",
    "Status",
    "check_email",
    "check_mail_domain",
    "check_phone",
    "clean_whitespace",
    "company_domain",
    "domain_from_email",
    "domain_from_website",
    "email_dedupe_key",
    "fix_name_case",
    "normalize_company",
    "region_for_country",
    "score_contact",
    "split_full_name",
    "summarize",
    "validate_contacts",
]
