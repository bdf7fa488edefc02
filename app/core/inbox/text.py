"""The new text of a reply: the plain text part, with the quoted history cut off.

Mail clients quote the message they answer below an attribution line whose wording
depends on the client and the language ("On Mon, … wrote:", "Am … schrieb …:",
"… написал(а):", "在 … 写道：", "… rašė:", Outlook's "-----Original Message-----" or
its "From:/От:/Von:/发件人:" header block). Everything from the first such line on is
history, not the prospect's answer; quoted lines (``>``) are history too.
"""

from __future__ import annotations

import html
import re
from email.message import Message
from typing import Final

#: How many lines of the answer the activity and the Today item show.
FIRST_LINES: Final = 3
#: At most this many characters of them.
FIRST_LINES_CHARS: Final = 300

_ATTRIBUTION = re.compile(
    r"""^(
        on\s.+wrote:?                         # Gmail, Apple Mail (en)
      | am\s.+schrieb.*:?                     # de
      | .+\s(написал|написала|пишет)\(?а?\)?:?  # ru
      | 在.+写道[:：]?                          # zh
      | .+\srašė:?                            # lt
      | -{2,}\s*(original\smessage|ursprüngliche\snachricht|исходное\sсообщение
                 |原始邮件|pradinis\slaiškas|forwarded\smessage)\s*-{2,}
      | _{10,}                                # Outlook's rule above its header block
      | (from|von|от|发件人|nuo|sent|gesendet|отправлено):\s.+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/tr)\b[^>]*>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(style|script|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _decoded(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", "replace")


def html_to_text(markup: str) -> str:
    """Plain text of an HTML body: enough for the first lines (not a renderer)."""
    without = _HIDDEN.sub("", markup)
    with_breaks = _BREAK.sub("\n", without)
    return html.unescape(_TAG.sub("", with_breaks))


def body_text(message: Message) -> str:
    """The message's text: the first text/plain part, else the first text/html as text.

    Attachments and forwarded messages (``message/rfc822``) are not read.
    """
    html_text = ""
    for part in message.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "message":
            continue
        disposition = str(part.get("content-disposition", "")).lower()
        if disposition.startswith("attachment"):
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            return _decoded(part)
        if kind == "text/html" and not html_text:
            html_text = html_to_text(_decoded(part))
    return html_text


def new_text(text: str) -> str:
    """The answer above the quoted history (see the module docstring)."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">"):
            break
        if stripped in {"--", "-- "}:
            break  # the signature separator
        if _ATTRIBUTION.match(stripped):
            break
        kept.append(stripped)
    return "\n".join(kept).strip()


def first_lines(text: str, count: int = FIRST_LINES, limit: int = FIRST_LINES_CHARS) -> str:
    """The first ``count`` non-empty lines of ``text``, at most ``limit`` characters."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:count]
    joined = "\n".join(lines)
    return joined if len(joined) <= limit else joined[: limit - 1].rstrip() + "…"


__all__ = [
    "FIRST_LINES",
    "FIRST_LINES_CHARS",
    "body_text",
    "first_lines",
    "html_to_text",
    "new_text",
]
