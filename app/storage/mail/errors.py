"""The one error the email workspace's storage raises: a code and its arguments.

Codes and their arguments (ints for numbers, strings for the rest):

- ``no_host`` ``{}``, ``bad_port`` ``{port}``, ``unknown_security`` ``{security}``.
- ``no_user`` ``{}``.
- ``bad_from`` ``{address}``: the From address is not an address.
- ``line_break`` ``{field}``: a value that goes into a header holds CR or LF.
- ``bad_window`` ``{window}``: not ``HH:MM-HH:MM``.
- ``bad_limit`` ``{field, value}``: a cap below 1.
- ``bad_spacing`` ``{value}``: a negative spacing.
- ``bad_fingerprint`` ``{fingerprint}``: not 64 hex digits (colons allowed).
- ``bad_unsubscribe_url`` ``{url}``: not an https URL.
- ``no_account`` ``{}``: no SMTP account is set up.
- ``no_password`` ``{account}``: the keychain holds no password for the account.
- ``keychain_unavailable`` ``{detail}``: no keychain could store or give the password.
- ``no_postal_address`` ``{}``: cadence emails need the sender's postal address.
- ``unknown_message`` ``{message}``: no outbox message with this id.
- ``not_unknown`` ``{message, status}``: resend / mark sent apply to ``unknown`` messages.
- ``step_not_open`` ``{task}``: a reviewed cadence email's step was done, skipped or
  stopped meanwhile.
- ``do_not_contact`` ``{}``, ``no_email`` ``{}``, ``header_injection`` ``{field}``: a
  reviewed cadence email cannot be queued for the prospect.
"""

from __future__ import annotations

from app.core.ops import CodedError


class MailStoreError(CodedError):
    """A refused mail account or outbox operation; nothing was written.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """


__all__ = ["MailStoreError"]
