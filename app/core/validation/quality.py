"""A 0-100 quality score per contact, with its reasons, and a summary per list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from app.core.validation.emails import EmailCheck
from app.core.validation.phones import PhoneCheck

__all__ = ["ListSummary", "QualityScore", "score_contact", "summarize"]

# Points per part of a contact; they add up to 100. The email carries most weight
# because every cadence starts with one; the phone comes next (calls book meetings).
_EMAIL_POINTS: Final[dict[str, int]] = {"valid": 40, "unknown": 25, "risky": 15, "invalid": 0}
_FREE_MAIL_PENALTY: Final = 10
_PHONE_POINTS: Final[dict[str, int]] = {"valid": 25, "risky": 10, "invalid": 0}
_FIRST_NAME_POINTS: Final = 10
_LAST_NAME_POINTS: Final = 5
_COMPANY_POINTS: Final = 10
_TITLE_POINTS: Final = 10


@dataclass(frozen=True, slots=True)
class QualityScore:
    """How usable a contact is for outreach.

    Attributes:
        score: 0 (unusable) to 100 (everything present and valid).
        reasons: Quality reason codes (see ``QUALITY_REASONS``) for each lost point.
    """

    score: int
    reasons: tuple[str, ...]


def score_contact(
    *,
    email: EmailCheck | None,
    phone: PhoneCheck | None,
    first_name: str | None = None,
    last_name: str | None = None,
    company: str | None = None,
    title: str | None = None,
) -> QualityScore:
    """Score one contact from its check results and its other fields.

    Args:
        email: The email check, or None when the contact has no email.
        phone: The phone check, or None when the contact has no phone.
        first_name: The first name as stored.
        last_name: The last name as stored.
        company: The company name as stored.
        title: The job title as stored.

    Returns:
        The score and the reasons for every point lost.
    """
    score = 0
    reasons: list[str] = []
    if email is None or "empty" in email.reasons:
        reasons.append("missing_email")
    else:
        score += _EMAIL_POINTS[email.status]
        if email.status != "valid":
            reasons.append(f"email_{email.status}")
        if email.free_mail:
            score -= _FREE_MAIL_PENALTY
            reasons.append("email_free_mail")
    if phone is None or "empty" in phone.reasons:
        reasons.append("missing_phone")
    else:
        score += _PHONE_POINTS[phone.status]
        if phone.status != "valid":
            reasons.append(f"phone_{phone.status}")
    for value, points, reason in (
        (first_name, _FIRST_NAME_POINTS, "missing_first_name"),
        (last_name, _LAST_NAME_POINTS, "missing_last_name"),
        (company, _COMPANY_POINTS, "missing_company"),
        (title, _TITLE_POINTS, "missing_title"),
    ):
        if value and value.strip():
            score += points
        else:
            reasons.append(reason)
    return QualityScore(max(0, min(100, score)), tuple(reasons))


@dataclass
class ListSummary:
    """Counts over a whole list, for the validator's overview.

    Attributes:
        contacts: Number of contacts.
        email_status: Contacts per email status (``"missing"`` for no email).
        phone_status: Contacts per phone status (``"missing"`` for no phone).
        reasons: How often each email, phone and quality reason code occurs.
        missing: Contacts missing each field, by quality reason code.
        average_score: Mean quality score (0 for an empty list).
    """

    contacts: int = 0
    email_status: Counter[str] = field(default_factory=Counter)
    phone_status: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    missing: Counter[str] = field(default_factory=Counter)
    average_score: float = 0.0


def summarize(
    results: Iterable[tuple[EmailCheck | None, PhoneCheck | None, QualityScore]],
) -> ListSummary:
    """Aggregate check results of a list.

    Args:
        results: One ``(email check, phone check, quality score)`` per contact; None
            for a field the contact does not have.

    Returns:
        The list summary.
    """
    summary = ListSummary()
    total = 0
    for email, phone, quality in results:
        summary.contacts += 1
        total += quality.score
        for check, counter in ((email, summary.email_status), (phone, summary.phone_status)):
            if check is None or "empty" in check.reasons:
                counter["missing"] += 1
            else:
                counter[check.status] += 1
                summary.reasons.update(check.reasons)
        summary.reasons.update(quality.reasons)
        summary.missing.update(r for r in quality.reasons if r.startswith("missing_"))
    if summary.contacts:
        summary.average_score = total / summary.contacts
    return summary
