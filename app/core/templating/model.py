"""The values rendering takes and gives: a template's content, the sender, the email."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ContactData", "RenderedEmail", "Sender", "TemplateContent"]


@dataclass(frozen=True, slots=True)
class Sender:
    """Who sends: merged as ``sender_name``, ``sender_email``, ``signature``,
    ``postal_address``.

    Attributes:
        name: The rep's name as it signs emails.
        email: The From address.
        signature: The signature block (plain text, may have several lines); empty for none.
        postal_address: The sender's postal address (required in commercial email by
            CAN-SPAM and similar laws); empty for none.
    """

    name: str
    email: str
    signature: str = ""
    postal_address: str = ""


@dataclass(frozen=True, slots=True)
class ContactData:
    """What a template may say about a prospect and their company.

    Empty strings and None mean "unknown": such a field is left out of the merge, so a
    template that uses it is blocked unless it gives a fallback.
    """

    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    full_name: str | None = None
    title: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    country: str | None = None
    website: str | None = None
    industry: str | None = None
    custom: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TemplateContent:
    """One variant's text: a subject and a body, plain text or simple HTML.

    Attributes:
        subject: The subject line template (plain text; never HTML).
        body: The body template.
        is_html: True when ``body`` is HTML: values are escaped and a plain-text part is
            made from the result.
    """

    subject: str
    body: str
    is_html: bool = False


@dataclass(frozen=True, slots=True)
class RenderedEmail:
    """An email ready for the outbox.

    Attributes:
        subject: One line, no CR/LF.
        text: The plain-text part (made from ``html`` for HTML templates).
        html: The HTML part, or None for a plain-text email.
        template_id: The stored template it came from; None for inline text.
        variant: The A/B label (``"A"``, ``"B"``, ...), recorded per send for reports;
            None when the template has a single variant.
        language: The language of the variant used (``"en"``, ``"ru"``, ...).
    """

    subject: str
    text: str
    html: str | None
    template_id: int | None
    variant: str | None
    language: str
