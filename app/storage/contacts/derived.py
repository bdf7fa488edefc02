"""A contact's derived columns from its check results: written once, used by every writer.

Three features write the columns a contact's raw email and phone determine (normalized
email and its dedupe key, statuses, reasons, the suggestion, E.164, extension, phone kind,
time zone, quality score and validator version): an import, the demo loader and a
validation run. They must agree to the value, or revalidating imported or demo data
rewrites rows that did not change (and demo contacts lacked their phone's time zone).

The function lives here, with the contacts table's storage, rather than in the validation
package: the columns belong to the contact, and the import and the demo write them
without running (or importing) the validation run's machinery.
"""

from __future__ import annotations

from typing import Final, Protocol

from app.core.validation import VALIDATOR_VERSION, email_dedupe_key

__all__ = [
    "DERIVED_COLUMNS",
    "DerivedValues",
    "EmailResult",
    "PhoneResult",
    "derived_values",
    "is_blank",
]

#: The contact columns derived from raw values, in the order of :func:`derived_values`.
#: Never a raw column: raw values are only changed by a user's explicit edit.
DERIVED_COLUMNS: Final[tuple[str, ...]] = (
    "email", "email_key", "email_status", "email_reasons", "email_suggestion",
    "phone_e164", "phone_extension", "phone_kind", "phone_status", "phone_reasons",
    "time_zone", "quality_score", "validated_with",
)  # fmt: skip

#: The values of :data:`DERIVED_COLUMNS`, in that order.
DerivedValues = tuple[
    str | None, str | None, str | None, str | None, str | None,
    str | None, str | None, str | None, str | None, str | None,
    str | None, int | None, str,
]  # fmt: skip


class EmailResult(Protocol):
    """What the derived columns read of an email check (``EmailCheck`` or an import's
    tuple-shaped verdict)."""

    @property
    def status(self) -> str: ...
    @property
    def normalized(self) -> str | None: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...
    @property
    def suggestion(self) -> str | None: ...


class PhoneResult(Protocol):
    """What the derived columns read of a phone check (``PhoneCheck`` or a verdict)."""

    @property
    def status(self) -> str: ...
    @property
    def e164(self) -> str | None: ...
    @property
    def extension(self) -> str | None: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def time_zones(self) -> tuple[str, ...]: ...
    @property
    def reasons(self) -> tuple[str, ...]: ...


def is_blank(value: str | None) -> bool:
    """True when a raw email or phone counts as missing (None, empty or white space)."""
    return value is None or not value.strip()


def derived_values(
    email: EmailResult | None,
    phone: PhoneResult | None,
    quality_score: int | None,
    email_key: str | None = None,
) -> DerivedValues:
    """The derived column values of one contact, in :data:`DERIVED_COLUMNS` order.

    Called once per row by an import of a million rows, so it builds one small tuple
    and nothing else (callers unpack it or compare it whole).

    Args:
        email: The email check, None when the contact has no email.
        phone: The phone check, None when the contact has no phone.
        quality_score: The contact's quality score.
        email_key: The normalized email's dedupe key when the caller has it already
            (an import computes it earlier, to match rows); computed here otherwise.

    Returns:
        The values (reasons space-separated, None when there are none).
    """
    if email is not None:
        normalized = email.normalized
        if email_key is None and normalized:
            email_key = email_dedupe_key(normalized)
        email_status: str | None = email.status
        email_reasons = " ".join(email.reasons) or None
        suggestion = email.suggestion
    else:
        normalized = email_key = email_status = email_reasons = suggestion = None
    if phone is None:
        return (
            normalized, email_key, email_status, email_reasons, suggestion,
            None, None, None, None, None, None, quality_score, VALIDATOR_VERSION,
        )  # fmt: skip
    zones = phone.time_zones
    return (
        normalized, email_key, email_status, email_reasons, suggestion,
        phone.e164, phone.extension, phone.kind, phone.status,
        " ".join(phone.reasons) or None,
        # Only an unambiguous zone is stored: a US mobile number "may be" in nine zones,
        # and guessing one would put calls at the wrong local hour.
        zones[0] if len(zones) == 1 else None,
        quality_score, VALIDATOR_VERSION,
    )  # fmt: skip
