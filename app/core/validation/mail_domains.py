"""Data about mailboxes and mail domains: role accounts, free mail, disposable, typos.

The lists are deliberately plain data so that adding a provider is a one-line change.
"""

from __future__ import annotations

from functools import cache
from typing import Final

__all__ = [
    "FREE_MAIL_DOMAINS",
    "ROLE_LOCAL_PARTS",
    "TYPO_TARGETS",
    "is_disposable_domain",
    "is_free_mail_domain",
    "is_role_local_part",
    "typo_suggestion",
]

#: Mailboxes that belong to a function or a team rather than a person (RFC 2142 and
#: common practice), including transliterated Russian ones seen in CIS lists.
ROLE_LOCAL_PARTS: Final[frozenset[str]] = frozenset(
    {
        "abuse", "account", "accounts", "accounting", "admin", "administrator", "all",
        "billing", "booking", "bookings", "buh", "buhgalteria", "career", "careers",
        "ceo", "contact", "contacts", "contactus", "customercare", "customerservice",
        "do-not-reply", "donotreply", "enquiries", "enquiry", "everyone", "feedback",
        "finance", "hello", "help", "helpdesk", "hostmaster", "hr", "info", "information",
        "inquiries", "inquiry", "investors", "it", "jobs", "kadry", "kefu", "legal",
        "mail", "mailer-daemon", "marketing", "media", "news", "newsletter", "no-reply",
        "noc", "noreply", "notifications", "office", "orders", "postmaster", "pr",
        "press", "priemnaya", "privacy", "purchasing", "reception", "recruiting",
        "recruitment", "root", "sales", "secretary", "security", "service", "services",
        "shop", "staff", "store", "support", "sysadmin", "team", "tech", "webmaster",
        "welcome", "zakaz", "zakupki",
    }
)  # fmt: skip

#: Consumer mail providers. An address there is deliverable; for B2B prospecting it is
#: only a fit signal (the contact did not give a company address).
FREE_MAIL_DOMAINS: Final[frozenset[str]] = frozenset(
    {
        # Global
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "rocketmail.com",
        "hotmail.com", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com",
        "mac.com", "aol.com", "aim.com", "proton.me", "protonmail.com", "pm.me",
        "zoho.com", "zohomail.com", "gmx.com", "gmx.net", "mail.com", "email.com",
        "fastmail.com", "tutanota.com", "tuta.io", "hey.com", "yahoo.co.uk",
        "hotmail.co.uk", "live.co.uk", "outlook.co.uk", "btinternet.com",
        "yahoo.fr", "hotmail.fr", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr",
        "yahoo.de", "hotmail.de", "outlook.de", "yahoo.es", "hotmail.es", "yahoo.it",
        "hotmail.it", "libero.it", "comcast.net", "verizon.net", "att.net",
        "sbcglobal.net",
        # Germany
        "gmx.de", "web.de", "t-online.de", "freenet.de", "posteo.de",
        # Russia and CIS
        "yandex.ru", "ya.ru", "yandex.com", "yandex.by", "yandex.kz", "yandex.ua",
        "mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "rambler.ru", "lenta.ru",
        "ro.ru", "autorambler.ru", "myrambler.ru", "ukr.net", "i.ua", "tut.by",
        # China
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn",
        "sohu.com", "aliyun.com", "139.com", "189.cn", "wo.cn",
        # Lithuania and the Baltics
        "one.lt", "inbox.lt", "takas.lt", "mail.ee", "inbox.lv",
        # Other large providers
        "naver.com", "daum.net", "hanmail.net", "yahoo.co.jp", "rediffmail.com",
        "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl",
    }
)  # fmt: skip

#: Domains whose near misses are common typos worth a suggestion. Kept to the big
#: providers: near misses of small domains are usually other real domains.
TYPO_TARGETS: Final[tuple[str, ...]] = (
    "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
    "icloud.com", "aol.com", "protonmail.com", "yandex.ru", "mail.ru", "rambler.ru",
    "inbox.ru", "list.ru", "qq.com", "163.com", "126.com", "foxmail.com", "gmx.de",
    "web.de", "t-online.de", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
    "comcast.net", "one.lt",
)  # fmt: skip

# Short targets (qq.com, 163.com) are one edit away from many unrelated real domains.
_MIN_TYPO_TARGET_LENGTH: Final = 7


def is_role_local_part(local_part: str) -> bool:
    """Tell whether a local part names a role mailbox rather than a person.

    Sub-addressing is ignored (``sales+eu`` is still ``sales``).

    Args:
        local_part: The part before the @.

    Returns:
        True for role mailboxes such as ``info``, ``sales``, ``no-reply``.
    """
    base = local_part.split("+", 1)[0].casefold()
    return base in ROLE_LOCAL_PARTS


def is_free_mail_domain(ascii_domain: str) -> bool:
    """Tell whether a domain belongs to a free (consumer) mail provider.

    Args:
        ascii_domain: The domain, lower-case.

    Returns:
        True for domains such as gmail.com or mail.ru.
    """
    return ascii_domain in FREE_MAIL_DOMAINS


@cache
def _disposable_domains() -> frozenset[str]:
    # Imported on first use: the package is a 10,000-entry literal (~3 ms to import).
    from disposable_email_domains import blocklist

    return frozenset(blocklist)


def is_disposable_domain(ascii_domain: str) -> bool:
    """Tell whether a domain, or a domain it sits under, is a disposable mail service.

    Args:
        ascii_domain: The domain, lower-case.

    Returns:
        True if the domain or one of its parent domains is on the
        ``disposable-email-domains`` block list.
    """
    blocklist = _disposable_domains()
    labels = ascii_domain.split(".")
    # Throwaway services hand out sub-domains (x.mailinator.com): check every parent
    # down to two labels.
    return any(".".join(labels[i:]) in blocklist for i in range(len(labels) - 1))


def typo_suggestion(ascii_domain: str) -> str | None:
    """Suggest the popular mail domain that a domain is probably a typo of.

    Args:
        ascii_domain: The domain, lower-case.

    Returns:
        The suggested domain (``"gmail.com"`` for ``"gmial.com"``), or None when the
        domain is itself a known provider or is not one edit away from a popular one.
    """
    if ascii_domain in FREE_MAIL_DOMAINS:
        return None
    # Imported on first use (~25 ms); this runs once per distinct domain.
    from rapidfuzz.distance import OSA

    for target in TYPO_TARGETS:
        # Optimal string alignment counts a swap (gmial) as one edit, like people do.
        if (
            len(target) >= _MIN_TYPO_TARGET_LENGTH
            and OSA.distance(ascii_domain, target, score_cutoff=1) <= 1
        ):
            return target
    # A missing or swapped dot in front of the TLD (gmailcom, gmail.c.om) is a typo
    # too; compare without dots.
    undotted = ascii_domain.replace(".", "")
    for target in TYPO_TARGETS:
        if undotted == target.replace(".", ""):
            return target
    return None
