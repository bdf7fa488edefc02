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
#: The headers the rules read; others are not decoded (decoding costs on 10,000 messages).
WANTED_HEADERS: Final = frozenset({
    "message-id", "in-reply-to", "references", "from", "subject", "date", "content-type",
    "auto-submitted", "x-autoreply", "x-autorespond", "precedence",
})  # fmt: skip
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
        headers: Lower-cased header name → decoded value (the last one wins), for the
            headers the rules read (:data:`WANTED_HEADERS`).
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
    headers: dict[str, str]
    content_type: str
    report_type: str
    invalid: str | None = None

    @property
    def date(self) -> dt.datetime | None:
        """The Date header, aware UTC; None when missing or unreadable (read on demand:
        most messages of a check never need it)."""
        return _date(self.headers.get("date", ""))


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
    if isinstance(value, str) and "=?" not in value and value.isascii():
        return " ".join(value.split())  # the common case, without the decoder's cost
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


def _header_items(raw: bytes) -> list[tuple[str, str]]:
    """The wanted header fields of a header block, unfolded (a fast path for thousands of
    header blocks: the standard parser builds a whole message object for each)."""
    items: list[tuple[str, str]] = []
    text = raw.decode("utf-8", "replace")
    for line in text.splitlines():
        if not line.strip():
            break  # the end of the header block
        if line[0] in " \t":
            if items:  # a folded continuation of the field above
                name, value = items[-1]
                items[-1] = (name, value + " " + line.strip())
            continue
        name, colon, value = line.partition(":")
        if colon and name and " " not in name.strip():
            items.append((name.strip().lower(), value.strip()))
    return [(name, value) for name, value in items if name in WANTED_HEADERS]


_ANGLE_ADDRESS = re.compile(r"^(?P<name>[^<>\",]*)<(?P<address>[^<>\s]+@[^<>\s]+)>\s*$")


def _sender(value: str) -> tuple[str, str | None]:
    """(display name, address) of a From value; the library's parser for unusual forms."""
    plain = value.strip()
    match = _ANGLE_ADDRESS.match(plain)
    if match:
        return match.group("name").strip(), match.group("address")
    if "@" in plain and " " not in plain and "<" not in plain and '"' not in plain:
        return "", plain
    found = getaddresses([plain])
    if found and "@" in found[0][1]:
        return found[0][0], found[0][1].strip()
    return "", None


def _content_type(value: str) -> tuple[str, str]:
    """(content type, report-type parameter) of a Content-Type value."""
    main = value.split(";", 1)[0].strip().lower()
    if main != "multipart/report" and main.count("/") == 1 and " " not in main:
        return main, ""  # only a report's parameters matter here
    holder = Message()
    holder["Content-Type"] = value
    return holder.get_content_type(), str(holder.get_param("report-type", "") or "")


def parse_facts(raw: bytes, message: Message | None = None) -> MessageFacts:
    """Read the headers of a message (its header block alone is enough).

    Args:
        raw: The raw header block (or the fields the check fetched) or the whole message.
        message: The parsed message when the caller has it already; without it the header
            block is read by a fast path that never builds a message object.

    Returns:
        The facts; ``invalid`` carries a reason code when the headers are unusable.
    """
    headers: dict[str, str] = {}
    try:
        items: list[tuple[str, object]] = (
            [(name.lower(), value) for name, value in message.items()]
            if message is not None
            else list(_header_items(raw))
        )
        for key, value in items:
            if key in WANTED_HEADERS:
                headers[key] = decode_header_text(value)
    except Exception:  # noqa: BLE001 - a header the library cannot fold
        headers = {}
    message_ids = _ids(headers.get("message-id", ""))
    message_id = message_ids[0] if message_ids else None
    thread = _ids(headers.get("in-reply-to", "")) + _ids(headers.get("references", ""))[::-1]
    sender_name, sender = _sender(headers.get("from", ""))
    content_type, report_type = "text/plain", ""
    if "content-type" in headers:
        content_type, report_type = _content_type(headers["content-type"])
    invalid = None
    if not any(h in headers for h in ("from", "subject", "message-id", "date")):
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
    "WANTED_HEADERS",
    "MessageFacts",
    "body_problem",
    "decode_header_text",
    "parse_facts",
    "parse_message",
]
