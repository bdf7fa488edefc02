"""Email address checks for prospecting: syntax, normalization, fit and risk signals.

Built on email-validator's syntax functions (the same steps its ``validate_email``
runs), called one by one so that each failure maps to a stable reason code and so
that everything about the *domain* is worked out once per distinct domain and
cached: a list of a million addresses has only a few thousand domains.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final
from urllib.parse import unquote, urlsplit

import email_validator
from email_validator import EmailSyntaxError
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES
from email_validator.syntax import (
    split_email,
    validate_email_domain_name,
    validate_email_local_part,
)

from app.core.validation.dns_check import (
    DEFAULT_DNS_TIMEOUT,
    DnsResolver,
    DomainCache,
    MailDomainCheck,
    check_mail_domain,
)
from app.core.validation.mail_domains import (
    is_disposable_domain,
    is_free_mail_domain,
    is_role_local_part,
    typo_suggestion,
)
from app.core.validation.reasons import Status
from app.core.validation.tlds import is_known_tld

__all__ = ["EmailCheck", "EmailFields", "check_email", "email_dedupe_key", "email_fields"]

_LOCAL_MAX_OCTETS: Final = 64
_ADDRESS_MAX_OCTETS: Final = 254
# Characters that surround addresses pasted from lists, mail headers and web pages.
_EDGE_JUNK: Final = " \t\r\n\u00a0\u200b\u200e\u200f\ufeff"
_TRAILING_LIST_PUNCTUATION: Final = ",;."
# C0/C1 controls and DEL; CR/LF followed by a blank is folding white space, told apart.
_CONTROL_CHARS: Final = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FOLDING_WHITE_SPACE: Final = re.compile(r"\r?\n[ \t]")


@dataclass(frozen=True, slots=True)
class EmailCheck:
    """The verdict on one email address.

    Attributes:
        status: ``"valid"``, ``"risky"``, ``"invalid"`` or ``"unknown"`` (the last only
            after a DNS check that could not finish).
        normalized: The address to store and send to (white space, ``mailto:``, display
            name and list punctuation removed, domain lower-cased and IDNA/NFC
            normalized, local part's case kept), or None when invalid.
        reasons: Reason codes (see ``REASONS``), most serious first.
        suggestion: For a probable typo, the corrected address (``john@gmail.com`` for
            ``john@gmial.com``), else None.
        domain: The normalized domain (Unicode form), when one could be parsed.
        ascii_domain: The domain in ASCII (punycode) form, for DNS and matching.
        display_name: A display name that was stripped (``John Doe`` in
            ``John Doe <john@x.com>``), else None.
    """

    status: Status
    normalized: str | None
    reasons: tuple[str, ...] = ()
    suggestion: str | None = None
    domain: str | None = None
    ascii_domain: str | None = None
    display_name: str | None = None

    @property
    def free_mail(self) -> bool:
        """True when the address is on a free mail provider."""
        return "free_mail" in self.reasons


#: EmailCheck's fields in order: status, normalized, reasons, suggestion, domain,
#: ascii_domain, display_name.
EmailFields = tuple[
    Status, str | None, tuple[str, ...], str | None, str | None, str | None, str | None
]


@dataclass(frozen=True, slots=True)
class _DomainVerdict:
    """Everything about a domain that does not depend on the local part."""

    invalid: tuple[str, ...]
    risky: tuple[str, ...]
    info: tuple[str, ...]
    domain: str | None
    ascii_domain: str | None
    suggestion: str | None


def _invalid(
    reason: str, *, domain: _DomainVerdict | None = None, display_name: str | None = None
) -> EmailFields:
    if domain is None:
        return ("invalid", None, (reason,), None, None, None, display_name)
    return ("invalid", None, (reason,), domain.suggestion, domain.domain, domain.ascii_domain,
            display_name)  # fmt: skip


def _clean(text: str) -> str:
    """Strip what surrounds an address in the wild, keeping the address untouched."""
    cleaned = text.strip(_EDGE_JUNK)
    if cleaned[:7].lower() == "mailto:":
        # A mailto: URL may carry ?subject=... and percent-escapes (RFC 6068).
        cleaned = unquote(urlsplit(cleaned).path).strip(_EDGE_JUNK)
    return cleaned.rstrip(_TRAILING_LIST_PUNCTUATION + _EDGE_JUNK)


def _with_suggestion(verdict: _DomainVerdict, local_part: str) -> str | None:
    return f"{local_part}@{verdict.suggestion}" if verdict.suggestion else None


@lru_cache(maxsize=65536)
def _check_domain(domain_part: str) -> _DomainVerdict:
    """Judge a domain once; the cache makes repeated domains nearly free."""
    lowered = domain_part.lower()

    def bad(reason: str, suggestion: str | None = None) -> _DomainVerdict:
        return _DomainVerdict((reason,), (), (), None, None, suggestion)

    if domain_part.startswith("[") and domain_part.endswith("]"):
        return bad("ip_domain")
    try:
        ipaddress.ip_address(domain_part)
    except ValueError:
        pass
    else:
        return bad("ip_domain")
    for special in email_validator.SPECIAL_USE_DOMAIN_NAMES:
        if lowered == special or lowered.endswith("." + special):
            return bad("special_use_domain")
    if "." not in domain_part:
        return bad("no_dot_domain", typo_suggestion(lowered))
    if lowered.rsplit(".", 1)[-1].isdigit():
        return bad("numeric_tld")
    try:
        info = validate_email_domain_name(
            domain_part, test_environment=False, globally_deliverable=True
        )
    except EmailSyntaxError:
        return bad("bad_domain", typo_suggestion(lowered))
    ascii_domain = info["ascii_domain"]
    domain = info["domain"]
    if not is_known_tld(ascii_domain):
        return _DomainVerdict(
            ("unknown_tld",), (), (), domain, ascii_domain, typo_suggestion(ascii_domain)
        )
    risky: list[str] = []
    info_reasons: list[str] = []
    suggestion = None
    if is_disposable_domain(ascii_domain):
        risky.append("disposable_domain")
    if is_free_mail_domain(ascii_domain):
        info_reasons.append("free_mail")
    else:
        suggestion = typo_suggestion(ascii_domain)
        if suggestion is not None:
            risky.append("possible_typo")
    return _DomainVerdict((), tuple(risky), tuple(info_reasons), domain, ascii_domain, suggestion)


def check_email(
    text: str | None,
    *,
    check_dns: bool = False,
    resolver: DnsResolver | None = None,
    cache: DomainCache | None = None,
    dns_timeout: float = DEFAULT_DNS_TIMEOUT,
) -> EmailCheck:
    """Check and normalize one email address for prospecting.

    Never raises on bad input: anything that is not a usable address comes back
    ``invalid`` with a reason code.

    Args:
        text: The raw value as imported (may carry ``mailto:``, a display name, list
            punctuation, white space). None counts as empty.
        check_dns: Also look up the domain's MX (or A/AAAA) records. Off by default:
            it needs the network and may take seconds.
        resolver: Asks DNS for ``check_dns`` (``app.adapters.dns`` has the network one);
            required when ``check_dns`` is set.
        cache: A domain cache for ``check_dns`` results, shared across calls.
        dns_timeout: Seconds allowed for the DNS lookup of the domain.

    Returns:
        The verdict; see :class:`EmailCheck`.

    Raises:
        ValueError: ``check_dns`` without a ``resolver``.

    Example:
        >>> check_email("Ivan.Petrov@Example.COM").normalized
        'Ivan.Petrov@example.com'
    """
    return EmailCheck(*email_fields(text, check_dns=check_dns, resolver=resolver, cache=cache,
                                    dns_timeout=dns_timeout))  # fmt: skip


def email_fields(
    text: str | None,
    *,
    check_dns: bool = False,
    resolver: DnsResolver | None = None,
    cache: DomainCache | None = None,
    dns_timeout: float = DEFAULT_DNS_TIMEOUT,
) -> EmailFields:
    """:func:`check_email`'s verdict as a plain tuple, in :class:`EmailCheck`'s field order.

    Batch checks use it: a tuple costs less to build and to pickle than the dataclass.
    """
    if not text or not isinstance(text, str):
        return _invalid("empty")
    cleaned = _clean(text)
    if not cleaned:
        return _invalid("empty")
    if _FOLDING_WHITE_SPACE.search(cleaned):
        return _invalid("comment")
    if _CONTROL_CHARS.search(cleaned):
        return _invalid("control_char")
    if cleaned.isascii() and "@" in cleaned and '"' not in cleaned and "<" not in cleaned:
        # What split_email returns for a plain ASCII address (no quotes, no display name:
        # nothing can combine with the @), without its per-character loop: about half
        # the cost of a whole check for the addresses that make up almost every list.
        local_raw, _, domain_part = cleaned.partition("@")
        display_name, local_part, is_quoted = None, local_raw, False
    else:
        try:
            display_name, local_raw, local_part, is_quoted, domain_part = split_email(cleaned)
        except EmailSyntaxError:
            return _invalid("comment" if "(" in cleaned else "syntax")
    # "<john@x.com>" has an empty display name: nothing was stripped worth keeping.
    display_name = unicodedata.normalize("NFC", display_name) if display_name else None
    if is_quoted:
        return _invalid("quoted_local_part", display_name=display_name)
    if "(" in local_raw or "(" in domain_part:
        return _invalid("comment", display_name=display_name)
    if not domain_part:
        return _invalid("syntax", display_name=display_name)

    verdict = _check_domain(domain_part)
    if verdict.invalid:
        return ("invalid", None, verdict.invalid, _with_suggestion(verdict, local_part),
                verdict.domain, verdict.ascii_domain, display_name)  # fmt: skip

    if len(local_part.encode("utf-8")) > _LOCAL_MAX_OCTETS:
        return _invalid("local_too_long", domain=verdict, display_name=display_name)
    # Same order as email_validator.validate_email: the raw local part must be valid,
    # and so must its NFC form (RFC 6532 section 3.1), which is what we keep.
    try:
        local_info = validate_email_local_part(
            local_part, allow_smtputf8=True, allow_empty_local=False, quoted_local_part=False
        )
        if not unicodedata.is_normalized("NFC", local_part):
            local_part = unicodedata.normalize("NFC", local_part)
            local_info = validate_email_local_part(
                local_part,
                allow_smtputf8=True,
                allow_empty_local=False,
                quoted_local_part=False,
            )
    except EmailSyntaxError:
        return _invalid("bad_local_part", domain=verdict, display_name=display_name)
    local = local_info["local_part"]
    ascii_local = local_info["ascii_local_part"]
    if ascii_local is not None and ascii_local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        # RFC 2142 mailboxes (postmaster, abuse) are case-insensitive by definition.
        local = local.lower()
        ascii_local = ascii_local.lower()
    assert verdict.domain is not None and verdict.ascii_domain is not None
    normalized = f"{local}@{verdict.domain}"
    too_long = len(normalized.encode("utf-8")) > _ADDRESS_MAX_OCTETS or (
        ascii_local is not None
        and len(ascii_local) + 1 + len(verdict.ascii_domain) > _ADDRESS_MAX_OCTETS
    )
    if too_long:
        return _invalid("too_long", domain=verdict, display_name=display_name)

    reasons: list[str] = []
    status: Status = "valid"
    if check_dns:
        if resolver is None:
            raise ValueError("check_dns needs a resolver (see app.adapters.dns)")
        mail_domain = check_mail_domain(
            verdict.ascii_domain, resolver=resolver, cache=cache, timeout=dns_timeout
        )
        dns_reason = _dns_reason(mail_domain)
        if mail_domain.status in ("no_mail_server", "null_mx"):
            return _invalid(dns_reason or "no_mail_server", domain=verdict,
                            display_name=display_name)  # fmt: skip
        if not mail_domain.finished:
            status = "unknown"
        if dns_reason:
            reasons.append(dns_reason)

    risky: list[str] = []
    if is_role_local_part(local):
        risky.append("role_account")
    risky.extend(verdict.risky)
    if local_info["smtputf8"]:
        risky.append("smtputf8")
    if risky and status == "valid":
        status = "risky"
    # Most serious first: unknown (DNS) findings, then risks, then information.
    info = [r for r in reasons if r == "a_record_fallback"]
    ordered = [r for r in reasons if r not in info] + risky + info + list(verdict.info)
    return (status, normalized, tuple(ordered), _with_suggestion(verdict, local), verdict.domain,
            verdict.ascii_domain, display_name)  # fmt: skip


def _dns_reason(result: MailDomainCheck) -> str | None:
    return {
        "mx": None,
        "a_fallback": "a_record_fallback",
        "no_mail_server": "no_mail_server",
        "null_mx": "null_mx",
        "timeout": "dns_timeout",
        "error": "dns_error",
    }[result.status]


def email_dedupe_key(normalized: str) -> str:
    """Return the key under which two addresses count as the same mailbox.

    Local parts are case-sensitive in theory (RFC 5321) and case-insensitive at every
    real provider, so duplicates are found by a case-folded key while the stored
    address keeps the case the contact gave. Sub-addresses (``+tag``) and Gmail dots
    are kept: they may be deliberate and merging them is a human decision.

    Args:
        normalized: An address as returned in :attr:`EmailCheck.normalized`.

    Returns:
        The case-folded, NFC-normalized address.
    """
    return unicodedata.normalize("NFC", normalized.strip().casefold())
