"""Delivery failures: which recipients bounced, hard (5.x.x) or soft (4.x.x).

flufl.bounce reads RFC 3464 delivery reports (``multipart/report;
report-type=delivery-status``, as Postfix, Exim, Gmail and Exchange Online send) and many
non-standard formats (older Exchange, qmail, Yahoo, ...). This module adds what matching
needs on top: the DSN ``Status`` code per recipient (a ``failed`` action with a 4.x.x
status is soft, whatever the action says), and the Message-ID of the bounced message
when the report includes it (``message/rfc822`` or ``text/rfc822-headers``), so a bounce
whose recipient cannot be read is still matched to the email we sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser
from email.utils import parseaddr
from typing import Final

from app.core.inbox.message import MessageFacts

_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_BOUNCE_SENDERS: Final = ("mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon")
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|failure notice|returned mail|"
    r"mail delivery (failed|failure|subsystem)|delivery has failed|could not be delivered|"
    r"delivery failure|non remis|не доставлено|недоставлен|退信|无法投递|未送达|"
    r"nepristatyt|unzustellbar|nicht zugestellt",
    re.IGNORECASE,
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class BounceReport:
    """What a delivery failure says.

    Attributes:
        hard: Recipients that failed permanently (lower case).
        soft: Recipients that failed for now (the outbox retries them).
        status: Recipient → DSN status code (``5.1.1``) where the report gives one.
        original_ids: Message-IDs of the bounced message, when the report includes it.
        code: The first status code anywhere in the report ("" when none).
    """

    hard: tuple[str, ...] = ()
    soft: tuple[str, ...] = ()
    status: dict[str, str] = field(default_factory=dict)
    original_ids: tuple[str, ...] = ()
    code: str = ""


def looks_like_bounce(facts: MessageFacts) -> bool:
    """From the headers alone: could this be a delivery failure (worth fetching)?"""
    if facts.content_type == "multipart/report" and facts.report_type == "delivery-status":
        return True
    local = (facts.sender or "").split("@", 1)[0].lower()
    if local in _BOUNCE_SENDERS:
        return True
    return _BOUNCE_SUBJECT.search(facts.subject) is not None


def _dsn_status(message: Message) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        blocks = payload if isinstance(payload, list) else []
        for block in blocks:
            if not isinstance(block, Message):
                continue
            recipient = str(block.get("final-recipient", "") or block.get("original-recipient", ""))
            address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
            status = _STATUS.search(str(block.get("status", "")))
            if address and status:
                found[address] = status.group(0)
    return found


def _original_ids(message: Message) -> tuple[str, ...]:
    ids: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, Message):
                ids.extend(_MESSAGE_ID.findall(str(inner.get("message-id", ""))))
        elif kind == "text/rfc822-headers":
            text = part.get_payload(decode=True)
            if isinstance(text, bytes):
                headers = HeaderParser().parsestr(text.decode("utf-8", "replace"))
                ids.extend(_MESSAGE_ID.findall(str(headers.get("message-id", ""))))
    return tuple(dict.fromkeys(ids))


def _text(message: Message) -> str:
    chunks: list[str] = []
    for part in message.walk():
        if (
            part.get_content_maintype() == "text"
            and part.get_content_type() != "text/rfc822-headers"
        ):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                chunks.append(payload.decode("utf-8", "replace"))
    return "\n".join(chunks)


def _decode(addresses: frozenset[bytes]) -> set[str]:
    out: set[str] = set()
    for raw in addresses:
        address = parseaddr(raw.decode("ascii", "replace"))[1].strip().lower()
        if "@" in address:
            out.add(address)
    return out


def read_bounce(message: Message) -> BounceReport | None:
    """The failures a bounce reports, or None when it reports none.

    Args:
        message: The whole message (compat32 parse).
    """
    from flufl.bounce import all_failures

    try:
        temporary, permanent = all_failures(message)
    except Exception:  # noqa: BLE001 - a detector that trips on odd input: read the DSN alone
        temporary, permanent = frozenset(), frozenset()
    status = _dsn_status(message)
    hard, soft = _decode(permanent), _decode(temporary)
    for address, code in status.items():
        (soft if code.startswith("4") else hard if code.startswith("5") else set()).add(address)
    # A "failed" action with a 4.x.x status is still a temporary failure.
    hard -= {a for a, code in status.items() if code.startswith("4")}
    soft -= hard
    found = _STATUS.search(_text(message))
    code = next(iter(status.values()), "") or (found.group(0) if found else "")
    original = _original_ids(message)
    if not hard and not soft and not (original and code[:1] in ("4", "5")):
        return None
    return BounceReport(
        hard=tuple(sorted(hard)), soft=tuple(sorted(soft)), status=status,
        original_ids=original, code=code,
    )  # fmt: skip


__all__ = ["BounceReport", "looks_like_bounce", "read_bounce"]
