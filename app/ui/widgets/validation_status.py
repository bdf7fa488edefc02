"""How a validation status looks everywhere in the UI: its name, colour and tooltip.

One place, so the problems table, the summary chart and the contact detail agree that
"risky" is amber and say the same thing about a reason code. Explanations come from
``app.core.validation.REASONS``; they, the reasons' short names and the status names are
translated here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from app.core.validation import REASONS

#: Statuses in the order the summary and chart show them ("unchecked": never validated).
STATUSES = ("valid", "risky", "invalid", "unknown", "unchecked")

#: Colours readable as text on a light background and as bar fills.
STATUS_COLORS: dict[str, str] = {
    "valid": "#2e7d32",
    "risky": "#b26a00",
    "invalid": "#c62828",
    "unknown": "#5c6bc0",
    "unchecked": "#8a8a8a",
}


def status_color(status: str | None) -> QColor:
    """The colour of ``status`` (grey for None or anything unexpected)."""
    return QColor(STATUS_COLORS.get(status or "unchecked", STATUS_COLORS["unchecked"]))


def status_text_color(status: str | None) -> QColor:
    """The colour of ``status`` as text on the palette in use (lighter in dark)."""
    from app.ui.theme import tone

    return tone(status if status in STATUS_COLORS else "unchecked")


def status_text(status: str | None) -> str:
    """The translated name of a status ("Risky"); "Not checked" for None."""
    names = {
        "valid": QCoreApplication.translate("ValidationStatus", "Valid"),
        "risky": QCoreApplication.translate("ValidationStatus", "Risky"),
        "invalid": QCoreApplication.translate("ValidationStatus", "Invalid"),
        "unknown": QCoreApplication.translate("ValidationStatus", "Unknown"),
        "unchecked": QCoreApplication.translate("ValidationStatus", "Not checked"),
    }
    return names.get(status or "unchecked", status or "")


def reason_label(code: str) -> str:
    """A short translated name for a reason code (for lists); its explanation otherwise."""
    labels = {
        "empty": QCoreApplication.translate("ValidationStatus", "Empty"),
        "syntax": QCoreApplication.translate("ValidationStatus", "Not an address"),
        "quoted_local_part": QCoreApplication.translate("ValidationStatus", "Quoted name part"),
        "comment": QCoreApplication.translate("ValidationStatus", "Comment in address"),
        "control_char": QCoreApplication.translate("ValidationStatus", "Invisible characters"),
        "bad_local_part": QCoreApplication.translate("ValidationStatus", "Bad characters before @"),
        "local_too_long": QCoreApplication.translate("ValidationStatus", "Name part too long"),
        "too_long": QCoreApplication.translate("ValidationStatus", "Too long"),
        "ip_domain": QCoreApplication.translate("ValidationStatus", "IP address as domain"),
        "no_dot_domain": QCoreApplication.translate("ValidationStatus", "Domain without a dot"),
        "bad_domain": QCoreApplication.translate("ValidationStatus", "Invalid domain"),
        "numeric_tld": QCoreApplication.translate("ValidationStatus", "Numeric top-level domain"),
        "unknown_tld": QCoreApplication.translate("ValidationStatus", "Unknown top-level domain"),
        "special_use_domain": QCoreApplication.translate("ValidationStatus", "Reserved domain"),
        "no_mail_server": QCoreApplication.translate("ValidationStatus", "No mail server"),
        "null_mx": QCoreApplication.translate("ValidationStatus", "Domain refuses mail"),
        "role_account": QCoreApplication.translate(
            "ValidationStatus", "Role mailbox (info@, sales@…)"
        ),
        "disposable_domain": QCoreApplication.translate("ValidationStatus", "Disposable domain"),
        "possible_typo": QCoreApplication.translate("ValidationStatus", "Probable typo"),
        "smtputf8": QCoreApplication.translate("ValidationStatus", "Non-ASCII name part"),
        "dns_timeout": QCoreApplication.translate("ValidationStatus", "DNS timed out"),
        "dns_error": QCoreApplication.translate("ValidationStatus", "DNS failed"),
        "free_mail": QCoreApplication.translate("ValidationStatus", "Free mail provider"),
        "a_record_fallback": QCoreApplication.translate("ValidationStatus", "No MX record"),
        "not_a_number": QCoreApplication.translate("ValidationStatus", "Not a phone number"),
        "excel_mangled": QCoreApplication.translate("ValidationStatus", "Mangled by a spreadsheet"),
        "placeholder": QCoreApplication.translate("ValidationStatus", "Placeholder number"),
        "no_region": QCoreApplication.translate("ValidationStatus", "No country code"),
        "bad_country_code": QCoreApplication.translate("ValidationStatus", "Unknown country code"),
        "too_short": QCoreApplication.translate("ValidationStatus", "Too short"),
        "bad_length": QCoreApplication.translate("ValidationStatus", "Wrong length"),
        "not_assigned": QCoreApplication.translate("ValidationStatus", "Not an assigned range"),
    }
    return labels.get(code) or reason_text(code)


#: The explanation of each reason code in the user's language. The English texts are
#: ``app.core.validation.REASONS``'s (the CLI prints those); one lambda per code keeps each
#: text a literal for lupdate, translated when it is shown.
_EXPLANATIONS: dict[str, Callable[[], str]] = {
    "empty": lambda: QCoreApplication.translate("ValidationReasons", "The field is empty."),
    "syntax": lambda: QCoreApplication.translate(
        "ValidationReasons", "This is not an email address (no @, stray characters or spaces)."
    ),
    "quoted_local_part": lambda: QCoreApplication.translate(
        "ValidationReasons",
        'The part before the @ is quoted ("john doe"@…); few systems accept it.',
    ),
    "comment": lambda: QCoreApplication.translate(
        "ValidationReasons", "The address contains a comment in parentheses or folded white space."
    ),
    "control_char": lambda: QCoreApplication.translate(
        "ValidationReasons", "The address contains invisible control characters."
    ),
    "bad_local_part": lambda: QCoreApplication.translate(
        "ValidationReasons", "The part before the @ has characters or dots that are not allowed."
    ),
    "local_too_long": lambda: QCoreApplication.translate(
        "ValidationReasons", "The part before the @ is longer than 64 characters."
    ),
    "too_long": lambda: QCoreApplication.translate(
        "ValidationReasons", "The number is too long for its country."
    ),
    "ip_domain": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain is an IP address, not a name."
    ),
    "no_dot_domain": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain has no dot (e.g. john@localhost)."
    ),
    "bad_domain": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain is not a valid host name."
    ),
    "numeric_tld": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain ends in a number, which is never a top-level domain."
    ),
    "unknown_tld": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain does not end in a known top-level domain."
    ),
    "special_use_domain": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain is reserved for special use (.local, .test, .invalid…)."
    ),
    "no_mail_server": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain does not exist or has neither an MX nor an A/AAAA record."
    ),
    "null_mx": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain publishes a null MX: it states that it accepts no mail."
    ),
    "role_account": lambda: QCoreApplication.translate(
        "ValidationReasons", "A role or shared mailbox (info@, sales@, noreply@…), not a person."
    ),
    "disposable_domain": lambda: QCoreApplication.translate(
        "ValidationReasons", "A disposable / throwaway mail domain."
    ),
    "possible_typo": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain looks like a typo of a popular mail domain."
    ),
    "smtputf8": lambda: QCoreApplication.translate(
        "ValidationReasons",
        "The part before the @ has non-ASCII letters; the sender must support SMTPUTF8.",
    ),
    "dns_timeout": lambda: QCoreApplication.translate(
        "ValidationReasons", "The DNS check timed out; deliverability is unknown."
    ),
    "dns_error": lambda: QCoreApplication.translate(
        "ValidationReasons", "The DNS check failed (offline or no DNS server answered)."
    ),
    "free_mail": lambda: QCoreApplication.translate(
        "ValidationReasons",
        "A free mail provider (gmail.com, mail.ru, qq.com…): not a company address.",
    ),
    "a_record_fallback": lambda: QCoreApplication.translate(
        "ValidationReasons", "The domain has no MX record; mail goes to its A/AAAA address."
    ),
    "not_a_number": lambda: QCoreApplication.translate(
        "ValidationReasons", "This does not look like a phone number."
    ),
    "excel_mangled": lambda: QCoreApplication.translate(
        "ValidationReasons",
        "A spreadsheet turned the number into scientific notation (4.15555E+09).",
    ),
    "placeholder": lambda: QCoreApplication.translate(
        "ValidationReasons", "A placeholder such as 0000000 rather than a real number."
    ),
    "no_region": lambda: QCoreApplication.translate(
        "ValidationReasons",
        "The number has no + country code and the contact's country is unknown.",
    ),
    "bad_country_code": lambda: QCoreApplication.translate(
        "ValidationReasons", "The country calling code does not exist."
    ),
    "too_short": lambda: QCoreApplication.translate(
        "ValidationReasons", "The number is too short for its country."
    ),
    "bad_length": lambda: QCoreApplication.translate(
        "ValidationReasons", "The number's length does not fit any number type of its country."
    ),
    "not_assigned": lambda: QCoreApplication.translate(
        "ValidationReasons", "The length is possible but the number is not in an assigned range."
    ),
    "missing_email": lambda: QCoreApplication.translate("ValidationReasons", "No email address."),
    "email_invalid": lambda: QCoreApplication.translate(
        "ValidationReasons", "The email address is invalid."
    ),
    "email_risky": lambda: QCoreApplication.translate(
        "ValidationReasons", "The email address is risky."
    ),
    "email_unknown": lambda: QCoreApplication.translate(
        "ValidationReasons", "The email address could not be verified."
    ),
    "email_free_mail": lambda: QCoreApplication.translate(
        "ValidationReasons",
        "The email address is on a free mail provider, not the company's domain.",
    ),
    "missing_phone": lambda: QCoreApplication.translate("ValidationReasons", "No phone number."),
    "phone_invalid": lambda: QCoreApplication.translate(
        "ValidationReasons", "The phone number is invalid."
    ),
    "phone_risky": lambda: QCoreApplication.translate(
        "ValidationReasons", "The phone number may not be assigned."
    ),
    "missing_first_name": lambda: QCoreApplication.translate("ValidationReasons", "No first name."),
    "missing_last_name": lambda: QCoreApplication.translate("ValidationReasons", "No last name."),
    "missing_company": lambda: QCoreApplication.translate("ValidationReasons", "No company."),
    "missing_title": lambda: QCoreApplication.translate("ValidationReasons", "No job title."),
}


def reason_text(code: str) -> str:
    """The explanation of one reason code, translated (the code itself when it is not known)."""
    explain = _EXPLANATIONS.get(code)
    return explain() if explain is not None else REASONS.get(code, code)


def reasons_tooltip(status: str | None, reasons: Iterable[str]) -> str:
    """A tooltip: the status, then one line per reason with its explanation.

    Rich text (so the lines wrap at a readable width in Qt's tooltip).
    """
    lines = [f"<b>{_escape(status_text(status))}</b>"]
    codes = [c for c in reasons if c]
    if codes:
        lines += [f"• {_escape(reason_text(code))}" for code in codes]
    elif status == "valid":
        lines.append(_escape(QCoreApplication.translate("ValidationStatus", "No problems found.")))
    elif status is None:
        lines.append(
            _escape(
                QCoreApplication.translate(
                    "ValidationStatus", "This value has not been validated yet."
                )
            )
        )
    return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StatusBadge(QLabel):
    """A small coloured pill naming a status, with the reasons in its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.status: str | None = None
        self.set_status(None, ())

    def set_status(self, status: str | None, reasons: Iterable[str]) -> None:
        """Show ``status`` and explain ``reasons`` in the tooltip."""
        self.status = status
        color = status_color(status).name()
        self.setText(status_text(status))
        self.setToolTip(reasons_tooltip(status, reasons))
        # No selector: the sheet applies to this label only (it has no children), so
        # callers may rename the badge ("emailBadge") without losing its look.
        self.setStyleSheet(
            f"color: white; background: {color}; border-radius: 8px; padding: 1px 8px;"
            " font-weight: 600;"
        )
