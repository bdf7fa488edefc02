"""IMAP's modified UTF-7 for folder names (RFC 3501 §5.1.3).

IMAP folder names travel in a 7-bit form: printable ASCII stands for itself, except
``&``, which is written ``&-``; any other run of characters is written ``&`` + the
base64 of its UTF-16BE bytes (``,`` instead of ``/``, no ``=`` padding) + ``-``. So
"Входящие" is ``&BBIERQQ+BDQETwRJBDgENQ-`` and "已发送" ``&XfJT0ZAB-``.

No maintained library for this is among the app's dependencies (``imaplib`` lacks it),
so this small codec is built on the standard library's base64 and UTF-16 codecs.
"""

from __future__ import annotations

import base64
import binascii
import re

__all__ = ["decode_folder", "encode_folder"]

_SHIFTED = re.compile(r"&([^-]*)-")


def _printable(char: str) -> bool:
    return 0x20 <= ord(char) <= 0x7E


def _encode_run(run: str) -> str:
    raw = base64.b64encode(run.encode("utf-16-be")).rstrip(b"=")
    return "&" + raw.decode("ascii").replace("/", ",") + "-"


def encode_folder(name: str) -> str:
    """A folder name in modified UTF-7 (ASCII names other than ``&`` come back as they are)."""
    out: list[str] = []
    run: list[str] = []
    for char in name:
        if _printable(char):
            if run:
                out.append(_encode_run("".join(run)))
                run = []
            out.append("&-" if char == "&" else char)
        else:
            run.append(char)
    if run:
        out.append(_encode_run("".join(run)))
    return "".join(out)


def _decode_run(match: re.Match[str]) -> str:
    body = match.group(1)
    if not body:
        return "&"
    padded = body.replace(",", "/") + "=" * (-len(body) % 4)
    try:
        return base64.b64decode(padded, validate=True).decode("utf-16-be")
    except (binascii.Error, UnicodeDecodeError):
        return match.group(0)  # not ours to fix: show it as the server sent it


def decode_folder(name: str) -> str:
    """A modified UTF-7 folder name as text (a malformed run is left as it was)."""
    return _SHIFTED.sub(_decode_run, name)
