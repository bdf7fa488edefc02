"""Company names for matching, and a company's web domain from its site or an email."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit

import idna

from app.core.validation.mail_domains import is_disposable_domain, is_free_mail_domain
from app.core.validation.names import clean_whitespace

__all__ = [
    "LEGAL_FORMS",
    "company_domain",
    "domain_from_email",
    "domain_from_website",
    "normalize_company",
]

#: Legal-form words stripped from either end of a company name, written as they look
#: after case folding and removing dots ("S.A." -> "sa", "Co., Ltd." -> "co ltd").
LEGAL_FORMS: Final[tuple[str, ...]] = (
    # English-speaking countries
    "inc", "incorporated", "llc", "llp", "lp", "ltd", "limited", "plc", "corp",
    "corporation", "co", "company", "pty", "pty ltd", "co ltd", "pvt ltd", "pte ltd",
    # German-speaking countries
    "gmbh", "ag", "kg", "ohg", "ug", "ug haftungsbeschränkt", "gmbh & co kg", "ev", "se",
    # Romance languages, Benelux, Nordics, Central Europe
    "sa", "sas", "sarl", "sarl", "srl", "spa", "sl", "bv", "nv", "vof", "oy", "oyj",
    "ab", "as", "asa", "aps", "a/s", "sp z oo", "spółka z oo", "sro", "as", "kft",
    # Lithuania and the Baltics
    "uab", "mb", "vši", "iį", "sia", "oü", "as",
    # Russia and the CIS (Cyrillic and transliterated)
    "ооо", "оао", "зао", "ао", "пао", "нао", "ип", "тоо", "чп", "ooo", "oao", "zao", "pao",
    "общество с ограниченной ответственностью", "акционерное общество",
    "публичное акционерное общество", "закрытое акционерное общество",
    "открытое акционерное общество", "индивидуальный предприниматель",
)  # fmt: skip

#: Legal forms written without spaces in Chinese and Japanese, longest first so that
#: 股份有限公司 wins over 有限公司.
CJK_LEGAL_FORMS: Final[tuple[str, ...]] = (
    "股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "有限公司", "株式会社",
    "有限会社", "合同会社", "公司", "주식회사", "(주)", "（주）",
)  # fmt: skip

_LEGAL_FORM_WORDS: Final[frozenset[tuple[str, ...]]] = frozenset(
    tuple(form.split(" ")) for form in LEGAL_FORMS
)
_LONGEST_FORM: Final = max(len(words) for words in _LEGAL_FORM_WORDS)
_QUOTES_AND_BRACKETS: Final = "\"'«»“”„‘’`()[]{}<>（）【】「」『』"


def _strip_punctuation(text: str) -> str:
    # "&" and "/" are kept: they belong to legal forms (GmbH & Co. KG, A/S) and names.
    return "".join(
        " " if unicodedata.category(ch)[0] in "PS" and ch not in "&/" else ch for ch in text
    )


def _strip_legal_forms(words: list[str]) -> list[str]:
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in range(min(_LONGEST_FORM, len(words) - 1), 0, -1):
            if tuple(words[-size:]) in _LEGAL_FORM_WORDS:
                words = words[:-size]
                changed = True
                break
            if tuple(words[:size]) in _LEGAL_FORM_WORDS:
                words = words[size:]
                changed = True
                break
    return words


@lru_cache(maxsize=65536)
def normalize_company(name: str | None) -> str:
    """Return the form of a company name used to match companies across lists.

    Case-folds, strips legal forms at either end (Inc, LLC, GmbH, ООО, UAB, 有限公司,
    株式会社, …), quotes and punctuation, and collapses white space: ``'ООО "Ромашка"'``,
    ``"Ромашка, ООО"`` and ``"ромашка"`` all give ``"ромашка"``. Never returns "" for a
    name that is only a legal form.

    Args:
        name: The company name as imported.

    Returns:
        The matching key ("" for an empty name).
    """
    cleaned = clean_whitespace(name)
    if not cleaned:
        return ""
    folded = unicodedata.normalize("NFKC", cleaned).casefold()
    for form in CJK_LEGAL_FORMS:
        if folded.endswith(form) and len(folded) > len(form):
            folded = folded[: -len(form)]
        elif folded.startswith(form) and len(folded) > len(form):
            folded = folded[len(form) :]
    # Dots go first so that S.A., B.V. and o.o. become single words.
    undotted = folded.replace(".", "")
    for ch in _QUOTES_AND_BRACKETS:
        undotted = undotted.replace(ch, " ")
    words = _strip_punctuation(undotted).replace(",", " ").split()
    words = _strip_legal_forms(words)
    key = " ".join(w for w in words if w not in ("&", "/"))
    return key or " ".join(words)


def _clean_host(host: str) -> str | None:
    host = host.strip().rstrip(".").lower()
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    if "." not in host or " " in host:
        return None
    try:
        # Store the ASCII form so that пример.рф and xn--e1afmkfd.xn--p1ai match.
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return None


def domain_from_website(website: str | None) -> str | None:
    """Return the host of a company website, without ``www.``.

    Args:
        website: ``"https://www.Acme.com/about"``, ``"acme.com"``, ``"//acme.com"``...

    Returns:
        ``"acme.com"`` (ASCII, lower-case), or None when no host name can be found.
    """
    text = clean_whitespace(website)
    if not text:
        return None
    # urlsplit only finds the host after "//": give bare "acme.com/x" one.
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return _clean_host(host) if host else None


def domain_from_email(normalized_email: str | None) -> str | None:
    """Return the company domain of a work address; None for free or disposable mail.

    Args:
        normalized_email: An address as returned by ``check_email(...).normalized``.

    Returns:
        The domain (ASCII, lower-case), or None.
    """
    if not normalized_email or "@" not in normalized_email:
        return None
    domain = _clean_host(normalized_email.rsplit("@", 1)[1])
    if domain is None or is_free_mail_domain(domain) or is_disposable_domain(domain):
        return None
    return domain


def company_domain(website: str | None = None, email: str | None = None) -> str | None:
    """Return a contact's company domain, from the website first, else the email.

    Args:
        website: The company website as imported.
        email: The contact's normalized email address.

    Returns:
        The domain (ASCII, lower-case), or None.
    """
    return domain_from_website(website) or domain_from_email(email)
