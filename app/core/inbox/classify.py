"""One decision per received message: reply, automatic reply, bounce, unsubscribe, or not ours.

The order matters, because the kinds overlap:

1. unreadable headers or MIME → ``invalid`` with a reason code;
2. a delivery failure (:mod:`.bounces`) → ``bounce`` (bounces also carry
   ``Auto-Submitted``, so this comes before the automatic check);
3. an automatic reply (:mod:`.autoreply`) → ``auto_reply``, with the return date when the
   text names one (:mod:`.dates`);
4. an opt-out asked for in the answer (:mod:`.unsubscribe`) → ``unsubscribe``;
5. anything else from a prospect → ``reply``.

Which prospect a message belongs to is decided by the caller (storage knows the sent
Message-IDs and the contacts' addresses): :func:`is_candidate` tells it from the headers
which messages are worth fetching in full.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import Message
from typing import Final

from app.core.inbox.autoreply import is_automatic
from app.core.inbox.bounces import BounceReport, looks_like_bounce, read_bounce
from app.core.inbox.dates import return_date
from app.core.inbox.message import MessageFacts, body_problem
from app.core.inbox.text import body_text, first_lines, new_text
from app.core.inbox.unsubscribe import asks_to_unsubscribe

#: The kinds of :class:`Verdict`.
KINDS: Final = ("reply", "auto_reply", "bounce", "unsubscribe", "invalid")


@dataclass(frozen=True)
class Verdict:
    """What one message is.

    Attributes:
        kind: One of :data:`KINDS`.
        first_lines: The first lines of the answer (replies, auto-replies, opt-outs).
        back_on: The return day an automatic reply names, if any.
        bounce: The failures a bounce reports.
        reason: For ``invalid``, a code of
            :data:`app.core.inbox.message.INVALID_REASONS`.
    """

    kind: str
    first_lines: str = ""
    back_on: dt.date | None = None
    bounce: BounceReport | None = None
    reason: str = ""


def is_candidate(facts: MessageFacts, *, matched: bool) -> bool:
    """Worth fetching in full: it belongs to a prospect, or it may be a bounce.

    Args:
        facts: The message's headers.
        matched: The caller matched it to a prospect (thread or sender).
    """
    if facts.invalid is not None:
        return False
    return matched or looks_like_bounce(facts)


def classify(facts: MessageFacts, message: Message, now: dt.datetime) -> Verdict:
    """Decide what a fully fetched message is (see the module docstring).

    Args:
        facts: Its headers (:func:`app.core.inbox.message.parse_facts`).
        message: The whole message, parsed.
        now: The check's moment (aware), for a message without a Date.
    """
    if facts.invalid is not None:
        return Verdict("invalid", reason=facts.invalid)
    problem = body_problem(message)
    if problem is not None:
        return Verdict("invalid", reason=problem)
    if looks_like_bounce(facts) or facts.content_type == "multipart/report":
        report = read_bounce(message)
        if report is not None:
            return Verdict("bounce", bounce=report)
    answer = new_text(body_text(message))
    lines = first_lines(answer) or facts.subject
    if is_automatic(facts.headers, facts.subject):
        sent = facts.date or now
        back = return_date(f"{facts.subject}\n{answer}", sent)
        return Verdict("auto_reply", first_lines=lines, back_on=back)
    if asks_to_unsubscribe(facts.subject, answer):
        return Verdict("unsubscribe", first_lines=lines)
    return Verdict("reply", first_lines=lines)


__all__ = ["KINDS", "Verdict", "classify", "is_candidate"]
