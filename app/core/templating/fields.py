"""The merge fields a template can use, built from a contact, its company and the sender.

============== ==========================================================================
field          value
============== ==========================================================================
first_name     the given name
middle_name    the patronymic (Russian) or middle name
last_name      the family name
full_name      the name as stored (or first + last)
greeting_name  the name as a greeting in the email's language (see ``greetings``)
title          the job title
company        the company's name
email          the contact's address
phone          the phone number (E.164 when validated)
city, country  where the contact is (else the company)
website        the company's website
industry       the company's industry
custom         the custom fields: ``custom.key`` or ``custom["key with spaces"]``
sender_name    the rep's name; ``sender_first_name`` its first word
sender_email   the From address
signature      the sender's signature block
postal_address the sender's postal address
language       the email's language code
============== ==========================================================================

A field whose value is unknown (None, empty or only spaces) is left out, so a template
that uses it without a fallback is blocked with ``missing_field``.
"""

from __future__ import annotations

from typing import Final

from app.core.templating.greetings import greeting_name
from app.core.templating.model import ContactData, Sender

__all__ = ["MERGE_FIELDS", "merge_values"]

#: Every merge field's name, in the order the editor offers them.
MERGE_FIELDS: Final[tuple[str, ...]] = (
    "first_name", "middle_name", "last_name", "full_name", "greeting_name", "title",
    "company", "email", "phone", "city", "country", "website", "industry", "custom",
    "sender_name", "sender_first_name", "sender_email", "signature", "postal_address",
    "language",
)  # fmt: skip


def _known(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def merge_values(contact: ContactData, sender: Sender, language: str) -> dict[str, object]:
    """The merge values for one prospect and sender, unknown fields left out.

    Args:
        contact: The prospect and their company.
        sender: Who sends.
        language: The language of the variant being rendered (greetings depend on it).
    """
    full = contact.full_name
    if not _known(full):
        full = " ".join(
            p.strip() for p in (contact.first_name, contact.last_name) if p and p.strip()
        )
    raw: dict[str, object] = {
        "first_name": contact.first_name,
        "middle_name": contact.middle_name,
        "last_name": contact.last_name,
        "full_name": full,
        "greeting_name": greeting_name(
            language, contact.first_name, contact.middle_name, contact.last_name
        ),
        "title": contact.title,
        "company": contact.company,
        "email": contact.email,
        "phone": contact.phone,
        "city": contact.city,
        "country": contact.country,
        "website": contact.website,
        "industry": contact.industry,
        "sender_name": sender.name,
        "sender_first_name": sender.name.split()[0] if sender.name.split() else None,
        "sender_email": sender.email,
        "signature": sender.signature,
        "postal_address": sender.postal_address,
        "language": language,
    }
    values: dict[str, object] = {
        k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if _known(v)
    }
    # Multi-line values keep their inner line breaks (a signature, an address).
    for key in ("signature", "postal_address"):
        if key in values:
            values[key] = str(raw[key]).strip("\n ")
    values["custom"] = {str(k): v for k, v in contact.custom.items() if _known(v)}
    return values
