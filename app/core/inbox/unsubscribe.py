"""An opt-out asked for by reply: "unsubscribe", "remove me", "отписаться", "退订", ...

Only the prospect's own new text and the subject are read (never the quoted history,
which holds our own footer with its unsubscribe line). A long answer that merely
mentions the word somewhere is not an opt-out: the phrase must be in the subject or in
the first lines of the answer.
"""

from __future__ import annotations

import re
from typing import Final

#: Phrases that ask to be taken off the list, per language (lower case).
UNSUBSCRIBE_PHRASES: Final = (
    # en
    "unsubscribe", "remove me", "opt out", "opt-out", "take me off", "stop emailing",
    "stop sending", "do not contact", "don't contact",
    # ru
    "отписаться", "отпишите", "отписка", "удалите меня", "не пишите", "уберите меня",
    # zh
    "退订", "取消订阅", "不要再发",
    # lt
    "atsisakyti", "atsisakau", "išbraukite", "nebesiųskite",
    # de
    "abmelden", "abbestellen", "austragen", "keine e-mails mehr",
)  # fmt: skip

#: How many lines of the answer are read.
LINES_READ: Final = 5

_LATIN_WORD = re.compile(
    "|".join(
        rf"(?<!\w){re.escape(p)}(?!\w)" if p.isascii() else re.escape(p)
        for p in UNSUBSCRIBE_PHRASES
    ),
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|antw|ответ|回复|答复|ats)\s*[:：]", re.IGNORECASE)
_STOP_LINE = re.compile(r"^\s*(stop|стоп)\s*[.!]?\s*$", re.IGNORECASE)


def asks_to_unsubscribe(subject: str, answer: str) -> bool:
    """True when the subject or the first lines of the answer ask for an opt-out.

    Args:
        subject: The reply's subject.
        answer: The reply's new text (quoted history already cut off).
    """
    # A reply's subject is ours with "Re:" before it (our subject may say "stop sending
    # invoices by hand"); only a subject the prospect wrote counts.
    if not _REPLY_PREFIX.match(subject) and _LATIN_WORD.search(subject):
        return True
    lines = [line for line in answer.split("\n") if line.strip()][:LINES_READ]
    if lines and _STOP_LINE.match(lines[0]):
        return True
    return any(_LATIN_WORD.search(line) for line in lines)


__all__ = ["LINES_READ", "UNSUBSCRIBE_PHRASES", "asks_to_unsubscribe"]
