"""Parse raw message bytes into the facts the classification needs, never raising.

Real mailboxes hold messages that are not valid MIME: no header block, a multipart
without its boundary, headers in raw 8-bit, binary junk. The standard library's parser
is lenient and records *defects*; this module turns the fatal ones into a reason code
(:data:`INVALID_REASONS`) instead of an exception, so one bad message never stops a check.
"""

from __future__ import annotations

import datetime as dt
import email.errors
import hashlib
import re
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Final

#: Why a message could not be read: codes shown per message, never a crash.
INVALID_REASONS: Final = {
    "no_headers": "the message has no header block",
    "no_sender": "the message names no sender",
    "broken_multipart": "a multipart message without its boundary",
    "unreadable": "the parser could not read the message",
}

_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_PARSER = BytesParser(policy=policy.compat32)


@dataclass(frozen=True)
class MessageFacts:
    """What the headers of one message say.

    Attributes:
        message_id: ``<...>`` or None when the message has none.
        key: A stable hash naming the message (of its Message-ID, else of its headers),
            so the same message is never applied twice.
        thread_ids: The Message-IDs it answers (In-Reply-To, then References), in order.
        sender: The From address, case kept; None when there is none.
        sender_name: The From display name ("" when none).
        subject: The decoded subject ("" when none).
        date: The Date header, aware UTC; None when missing or unreadable.
        headers: Lower-cased header name → decoded value (the last one wins), for the rules.
        content_type: e.g. ``multipart/report``.
        report_type: The ``report-type`` parameter of a multipart/report.
        invalid: An :data:`INVALID_REASONS` code when the headers cannot be used.
    """

    message_id: str | None
    key: str
    thread_ids: tuple[str, ...]
    sender: str | None
    sender_name: str
    subject: str
    date: dt.datetime | None
    headers: dict[str, str]
    content_type: str
    report_type: str
    invalid: str | None = None


def parse_message(raw: bytes) -> Message:
    """The message object (compat32, the shape flufl.bounce expects); never raises."""
    try:
        return _PARSER.parsebytes(raw)
    except Exception:  # noqa: BLE001 - a parser bug must not stop the check
        return Message()


def _chunk_text(chunk: bytes | str, charset: str | None) -> str:
    if isinstance(chunk, str):
        return chunk
    name = (charset or "").lower()
    if name in ("", "unknown-8bit", "us-ascii"):
        # Raw 8-bit in a header is UTF-8 in practice; RFC 2047 ASCII stays as it is.
        return chunk.decode("utf-8", "replace")
    try:
        return chunk.decode(name, "replace")
    except LookupError:  # a charset name Python does not know
        return chunk.decode("utf-8", "replace")


def decode_header_text(value: object) -> str:
    """A header's value as text: RFC 2047 words decoded, raw 8-bit read as UTF-8."""
    from email.header import decode_header

    if value is None:
        return ""
    try:
        parts = decode_header(value)  # type: ignore[arg-type]
        decoded = "".join(_chunk_text(chunk, charset) for chunk, charset in parts)
    except (email.errors.HeaderParseError, LookupError, UnicodeError, ValueError, TypeError):
        decoded = str(value)
    return " ".join(decoded.split())


def _ids(text: str) -> list[str]:
    return _MESSAGE_ID.findall(text)


def _key(message_id: str | None, raw_headers: bytes) -> str:
    basis = message_id.encode("utf-8", "replace") if message_id else raw_headers
    return hashlib.sha256(basis).hexdigest()


def _raw_headers(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end >= 0:
            return raw[:end]
    return raw


def _date(value: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _broken_multipart(message: Message) -> bool:
    fatal = (
        email.errors.NoBoundaryInMultipartDefect,
        email.errors.StartBoundaryNotFoundDefect,
        email.errors.MultipartInvariantViolationDefect,
    )
    return any(isinstance(d, fatal) for part in message.walk() for d in part.defects)


def parse_facts(raw: bytes, message: Message | None = None) -> MessageFacts:
    """Read the headers of a message (its header block alone is enough).

    Args:
        raw: The raw header block or the whole message.
        message: The parsed message when the caller has it already.

    Returns:
        The facts; ``invalid`` carries a reason code when the headers are unusable.
    """
    parsed = message if message is not None else parse_message(raw)
    headers: dict[str, str] = {}
    try:
        for name, value in parsed.items():
            headers[name.lower()] = decode_header_text(value)
    except Exception:  # noqa: BLE001 - a header the library cannot fold
        headers = {}
    message_ids = _ids(headers.get("message-id", ""))
    message_id = message_ids[0] if message_ids else None
    thread = _ids(headers.get("in-reply-to", "")) + _ids(headers.get("references", ""))[::-1]
    sender_name, sender = "", None
    found = getaddresses([headers.get("from", "")])
    if found and "@" in found[0][1]:
        sender_name, sender = found[0][0], found[0][1].strip()
    content_type = parsed.get_content_type() if headers else "text/plain"
    report_type = str(parsed.get_param("report-type", "") or "") if headers else ""
    invalid = None
    if not headers or not any(h in headers for h in ("from", "subject", "message-id", "date")):
        invalid = "no_headers"
    elif sender is None and not headers.get("subject"):
        invalid = "no_sender"
    return MessageFacts(
        message_id=message_id,
        key=_key(message_id, _raw_headers(raw)),
        thread_ids=tuple(dict.fromkeys(thread)),
        sender=sender,
        sender_name=sender_name,
        subject=headers.get("subject", ""),
        date=_date(headers.get("date", "")),
        headers=headers,
        content_type=content_type,
        report_type=report_type.lower(),
        invalid=invalid,
    )


def body_problem(message: Message) -> str | None:
    """A reason code when the whole message cannot be read as MIME, else None."""
    if _broken_multipart(message):
        return "broken_multipart"
    return None


__all__ = [
    "INVALID_REASONS",
    "MessageFacts",
    "body_problem",
    "decode_header_text",
    "parse_facts",
    "parse_message",
]
