"""Status values and the reason codes every check can report, documented in one place.

Reason codes are short, stable machine strings: they are stored next to contacts,
counted in list summaries and turned into tooltips through :data:`REASONS`. Never
rename one; add a new code instead (and bump ``RULES_VERSION`` in ``version.py``).
"""

from __future__ import annotations

from typing import Final, Literal

__all__ = [
    "EMAIL_REASONS",
    "PHONE_REASONS",
    "QUALITY_REASONS",
    "REASONS",
    "STATUS_ORDER",
    "Status",
]

Status = Literal["valid", "risky", "invalid", "unknown"]

#: Worst first: when several findings disagree the first status in this order wins.
#: "unknown" ranks above "risky" because a DNS check that could not finish says nothing
#: about deliverability, while "risky" findings are certain facts about the address.
STATUS_ORDER: Final[tuple[Status, ...]] = ("invalid", "unknown", "risky", "valid")

EMAIL_REASONS: Final[dict[str, str]] = {
    # --- invalid: not usable for prospecting ---
    "empty": "The field is empty.",
    "syntax": "This is not an email address (no @, stray characters or spaces).",
    "quoted_local_part": 'The part before the @ is quoted ("john doe"@…); few systems accept it.',
    "comment": "The address contains a comment in parentheses or folded white space.",
    "control_char": "The address contains invisible control characters.",
    "bad_local_part": "The part before the @ has characters or dots that are not allowed.",
    "local_too_long": "The part before the @ is longer than 64 characters.",
    "too_long": "The address is longer than 254 characters.",
    "ip_domain": "The domain is an IP address, not a name.",
    "no_dot_domain": "The domain has no dot (e.g. john@localhost).",
    "bad_domain": "The domain is not a valid host name.",
    "numeric_tld": "The domain ends in a number, which is never a top-level domain.",
    "unknown_tld": "The domain does not end in a known top-level domain.",
    "special_use_domain": "The domain is reserved for special use (.local, .test, .invalid…).",
    "no_mail_server": "The domain does not exist or has neither an MX nor an A/AAAA record.",
    "null_mx": "The domain publishes a null MX: it states that it accepts no mail.",
    # --- risky: deliverable in principle, but a problem for prospecting ---
    "role_account": "A role or shared mailbox (info@, sales@, noreply@…), not a person.",
    "disposable_domain": "A disposable / throwaway mail domain.",
    "possible_typo": "The domain looks like a typo of a popular mail domain.",
    "smtputf8": "The part before the @ has non-ASCII letters; the sender must support SMTPUTF8.",
    # --- unknown: only after an explicit DNS check that could not finish ---
    "dns_timeout": "The DNS check timed out; deliverability is unknown.",
    "dns_error": "The DNS check failed (offline or no DNS server answered).",
    # --- informational on an otherwise valid address ---
    "free_mail": "A free mail provider (gmail.com, mail.ru, qq.com…): not a company address.",
    "a_record_fallback": "The domain has no MX record; mail goes to its A/AAAA address.",
}

PHONE_REASONS: Final[dict[str, str]] = {
    # "empty" is shared with emails.
    "not_a_number": "This does not look like a phone number.",
    "excel_mangled": "A spreadsheet turned the number into scientific notation (4.15555E+09).",
    "placeholder": "A placeholder such as 0000000 rather than a real number.",
    "no_region": "The number has no + country code and the contact's country is unknown.",
    "bad_country_code": "The country calling code does not exist.",
    "too_short": "The number is too short for its country.",
    "too_long": "The number is too long for its country.",
    "bad_length": "The number's length does not fit any number type of its country.",
    "not_assigned": "The length is possible but the number is not in an assigned range.",
}

QUALITY_REASONS: Final[dict[str, str]] = {
    "missing_email": "No email address.",
    "email_invalid": "The email address is invalid.",
    "email_risky": "The email address is risky.",
    "email_unknown": "The email address could not be verified.",
    "email_free_mail": "The email address is on a free mail provider, not the company's domain.",
    "missing_phone": "No phone number.",
    "phone_invalid": "The phone number is invalid.",
    "phone_risky": "The phone number may not be assigned.",
    "missing_first_name": "No first name.",
    "missing_last_name": "No last name.",
    "missing_company": "No company.",
    "missing_title": "No job title.",
}

#: Every reason code any validator can return, code -> human explanation (tooltips).
REASONS: Final[dict[str, str]] = {**EMAIL_REASONS, **PHONE_REASONS, **QUALITY_REASONS}
