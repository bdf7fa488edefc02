"""vCard 4.0 export (RFC 6350), one card per contact, written by our own small serializer.

Why not vobject: version 0.9.9 writes vCard 3.0 only (its behaviour emits
``VERSION:3.0``), and it would bring ``pytz``, ``six`` and ``python-dateutil`` into the
installer for some sixty lines of escaping and folding, which are tested here instead.

What a card holds: ``FN`` (the full name, else the email, company or phone: FN is
required), ``N``, ``ORG``, ``TITLE``, ``EMAIL;TYPE=work``, ``TEL;TYPE=work`` (the E.164
number as a ``tel:`` URI when known, else the phone as imported, as text),
``ADR;TYPE=work`` with the city and country, ``URL;TYPE=work`` (the company website),
``X-SOCIALPROFILE;TYPE=linkedin`` (understood by Apple and Google contacts) and
``CATEGORIES`` (the tags).

Text values escape ``\\``, ``,``, ``;`` and line breaks (RFC 6350 section 3.4); other
control characters, which the grammar does not allow, are dropped. Lines longer than 75
octets are folded with CRLF and a space, never inside a UTF-8 sequence (section 3.2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from app.core.exporting.atomic import atomic_output
from app.core.exporting.fields import (
    REPORT_EVERY,
    CellValue,
    ExportRow,
    cell_text,
    checkpoint,
)
from app.core.ops import CancelToken, Progress, check_cancelled, report

#: Longest line in octets, CRLF not counted (RFC 6350 section 3.2).
MAX_LINE_OCTETS = 75
CRLF = "\r\n"

# Control characters the vCard grammar does not allow in a value (TAB is allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_TEXT_SPECIALS = re.compile(r"([\\,;])")


def escape_text(value: str) -> str:
    """Escape a text value or a component of a structured one (RFC 6350 section 3.4).

    Backslash, comma and semicolon get a backslash; any line break becomes ``\\n``.
    """
    value = _CONTROL.sub("", value)
    return _LINE_BREAK.sub(r"\\n", _TEXT_SPECIALS.sub(r"\\\1", value))


def clean_uri(value: str) -> str:
    """Return a URI value with whitespace at the ends and every control character removed.

    URIs are not backslash-escaped, but a line break in one would start a new property.
    """
    return re.sub(r"[\x00-\x1f\x7f]", "", value).strip()


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character.

    Continuation lines begin with one space, which counts toward their 75 octets.

    Returns:
        The line, with ``CRLF SPACE`` inserted where it was folded (no final CRLF).
    """
    data = line.encode("utf-8")
    if len(data) <= MAX_LINE_OCTETS:
        return line
    parts: list[bytes] = []
    start = 0
    width = MAX_LINE_OCTETS
    while len(data) - start > width:
        end = start + width
        # Step back off UTF-8 continuation bytes (10xxxxxx) to a character boundary.
        while data[end] & 0xC0 == 0x80:
            end -= 1
        parts.append(data[start:end])
        start = end
        width = MAX_LINE_OCTETS - 1
    parts.append(data[start:])
    return b"\r\n ".join(parts).decode("utf-8")


def _text(row: ExportRow, field: str) -> str:
    value: CellValue = row.get(field)
    return cell_text(value).strip()


def contact_card(row: ExportRow) -> str:
    """Return one contact as a vCard 4.0 text, lines folded, ending with CRLF.

    Args:
        row: the contact keyed by export field name; ``full_name`` is used for FN when
            present, else first and last name.
    """
    first = _text(row, "first_name")
    last = _text(row, "last_name")
    email = _text(row, "email")
    company = _text(row, "company")
    e164 = _text(row, "phone_e164")
    phone = _text(row, "phone")
    full = _text(row, "full_name") or " ".join(p for p in (first, last) if p)
    formatted = full or email or company or e164 or phone or "?"

    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{escape_text(formatted)}"]
    if first or last:
        middle = _text(row, "middle_name")
        lines.append(f"N:{escape_text(last)};{escape_text(first)};{escape_text(middle)};;")
    if company:
        lines.append(f"ORG:{escape_text(company)}")
    if title := _text(row, "title"):
        lines.append(f"TITLE:{escape_text(title)}")
    if email:
        lines.append(f"EMAIL;TYPE=work:{escape_text(email)}")
    if e164 and (uri := clean_uri(e164)):
        lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{uri}")
    elif phone:
        lines.append(f"TEL;VALUE=text;TYPE=work:{escape_text(phone)}")
    city = _text(row, "city")
    country = _text(row, "country")
    if city or country:
        # ADR components: PO box; extended; street; locality; region; postal code; country.
        lines.append(f"ADR;TYPE=work:;;;{escape_text(city)};;;{escape_text(country)}")
    if website := clean_uri(_text(row, "website")):
        lines.append(f"URL;TYPE=work:{website}")
    if linkedin := clean_uri(_text(row, "linkedin_url")):
        lines.append(f"X-SOCIALPROFILE;TYPE=linkedin:{linkedin}")
    tags = [t.strip() for t in _text(row, "tags").split(",") if t.strip()]
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape_text(t) for t in tags))
    lines.append("END:VCARD")
    return "".join(fold_line(line) + CRLF for line in lines)


def write_vcard(
    path: Path,
    rows: Iterable[ExportRow],
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    scratch: Path | None = None,
) -> int:
    """Write ``rows`` as vCard 4.0 cards to ``path`` (UTF-8), replacing it only when done.

    Args:
        path: the target file; its folder must exist.
        rows: contacts keyed by field name.
        total: how many rows ``rows`` holds, for progress (0: not known).
        progress: called with (cards written, ``total``), now and then and at the end.
        cancel: checked now and then; once cancelled the export stops.
        scratch: the app's scratch folder for the temporary file (None: beside the
            target).

    Returns:
        The number of cards written.

    Raises:
        OperationCancelled: ``cancel`` was cancelled; no file was written.
        OSError: the file could not be written; no file was left behind.
    """
    count = 0
    with atomic_output(path, scratch) as temp:
        # newline="": the cards carry their own CRLFs, which must not be translated.
        with temp.open("w", encoding="utf-8", newline="") as fh:
            for row in rows:
                fh.write(contact_card(row))
                count += 1
                if count % REPORT_EVERY == 0:
                    checkpoint(count, total, cancel, progress)
            check_cancelled(cancel)
    report(progress, count, total)
    return count
