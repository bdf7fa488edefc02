"""Contact-data validation: emails, phones, names, companies, quality scores.

The stable interface (docs/headless.md)::

    from app.core.validation import check_email, check_phone

Plain Python only: no Qt, no SQLAlchemy, no network I/O (a DNS check asks through the
resolver its caller passes; ``app.adapters.dns`` has the network one).
"""

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
from app.core.validation.names import NameParts, clean_whitespace, fix_name_case, split_full_name
from app.core.validation.phones import PhoneCheck, check_phone
from app.core.validation.quality import ListSummary, QualityScore, score_contact, summarize
from app.core.validation.reasons import REASONS, Status
from app.core.validation.version import VALIDATOR_VERSION

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
