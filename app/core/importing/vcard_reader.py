"""vCard files (.vcf, versions 2.1, 3.0 and 4.0) read as a table of contacts.

The file is cut into cards line by line (``BEGIN:VCARD`` ... ``END:VCARD``, nested
cards counted), and each card is parsed by the ``vobject`` library, which does the
RFC work: line unfolding, quoted-printable with charsets, escaping, structured
N/ADR/ORG values. Cards are streamed; photos and other binary properties are
dropped before parsing since a contact list never needs them.

The columns are fixed (:data:`VCARD_HEADERS`) and named so the automatic mapping
recognises them; several emails and phones are kept in their own columns.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Iterator
from typing import Any

from app.core.importing.encoding import MARK, MARK_ERRORS, EncodingGuess, codec_name
from app.core.importing.encoding import detect_encoding as _detect
from app.core.importing.errors import EmptyFileError, FileAccessError
from app.core.importing.table import (
    DEFAULT_MAX_FIELD_CHARS,
    ENCODING_ERROR,
    FIELD_TOO_LONG,
    MALFORMED_RECORD,
    DetectedFormat,
    RowProblem,
    SourceRow,
    TableSource,
)

VCARD_HEADERS: tuple[str, ...] = (
    "Full name",
    "First name",
    "Last name",
    "Middle name",
    "Name prefix",
    "Name suffix",
    "Email",
    "Email 2",
    "Other emails",
    "Phone",
    "Mobile phone",
    "Other phones",
    "Company",
    "Department",
    "Title",
    "Street",
    "City",
    "Region",
    "Postal code",
    "Country",
    "Website",
    "LinkedIn",
    "Notes",
    "Categories",
)
_COLUMN = {name: i for i, name in enumerate(VCARD_HEADERS)}
# Binary or bulky properties nobody imports as contact data.
_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
#: A card longer than this (without photos) is not a contact card.
MAX_CARD_LINES = 5000


def _property_name(line: str) -> str:
    name = line.split(":", 1)[0].split(";", 1)[0]
    return name.rsplit(".", 1)[-1].strip().upper()  # drop a group prefix ("item1.")


def _types(line: Any) -> set[str]:
    params = getattr(line, "params", {}) or {}
    found: set[str] = set()
    for key, values in params.items():
        if key.upper() == "TYPE":
            for value in values:
                found.update(part.strip().strip('"').lower() for part in str(value).split(","))
        elif key.upper() == "PREF":
            found.add("pref")
    # vCard 2.1 bare types (TEL;CELL:...) land in vobject's singletonparams.
    found.update(str(p).lower() for p in getattr(line, "singletonparams", []) or [])
    return found


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def _by_preference(lines: list[Any]) -> list[Any]:
    # A stable sort: preferred entries first, file order otherwise.
    return sorted(lines, key=lambda line: "pref" not in _types(line))


def card_values(card: Any) -> list[str]:
    """Flatten a parsed vCard into one value per :data:`VCARD_HEADERS` column.

    Args:
        card: A ``vobject`` vCard component.

    Returns:
        The column values, empty strings where the card has nothing.
    """
    values = [""] * len(VCARD_HEADERS)
    contents: dict[str, list[Any]] = card.contents

    def put(column: str, value: Any) -> None:
        text = _text(value)
        if text and not values[_COLUMN[column]]:
            values[_COLUMN[column]] = text

    for line in contents.get("fn", [])[:1]:
        put("Full name", line.value)
    for line in contents.get("n", [])[:1]:
        name = line.value
        put("Last name", getattr(name, "family", ""))
        put("First name", getattr(name, "given", ""))
        put("Middle name", getattr(name, "additional", ""))
        put("Name prefix", getattr(name, "prefix", ""))
        put("Name suffix", getattr(name, "suffix", ""))

    emails = [_text(line.value) for line in _by_preference(contents.get("email", []))]
    emails = [e for e in emails if e]
    for column, email in zip(("Email", "Email 2"), emails, strict=False):
        put(column, email)
    values[_COLUMN["Other emails"]] = "; ".join(emails[2:])

    mobiles: list[str] = []
    others: list[str] = []
    for line in _by_preference(contents.get("tel", [])):
        number = _text(line.value)
        number = number[4:] if number.lower().startswith("tel:") else number
        if number:
            (mobiles if _types(line) & {"cell", "mobile"} else others).append(number)
    if mobiles:
        put("Mobile phone", mobiles.pop(0))
    rest = others + mobiles
    if rest:
        put("Phone", rest.pop(0))
    values[_COLUMN["Other phones"]] = "; ".join(rest)

    for line in contents.get("org", [])[:1]:
        org = line.value if isinstance(line.value, list) else [line.value]
        put("Company", org[0] if org else "")
        put("Department", [part for part in org[1:] if part])
    for line in contents.get("title", [])[:1]:
        put("Title", line.value)
    for line in sorted(contents.get("adr", []), key=lambda ln: "work" not in _types(ln))[:1]:
        address = line.value
        put("Street", getattr(address, "street", ""))
        put("City", getattr(address, "city", ""))
        put("Region", getattr(address, "region", ""))
        put("Postal code", getattr(address, "code", ""))
        put("Country", getattr(address, "country", ""))

    urls = [_text(line.value) for line in contents.get("url", [])]
    urls += [
        _text(line.value)
        for key in ("x-socialprofile", "x-linkedin")
        for line in contents.get(key, [])
    ]
    for url in urls:
        put("LinkedIn" if "linkedin.com" in url.lower() else "Website", url)
    for line in contents.get("note", [])[:1]:
        put("Notes", line.value)
    for line in contents.get("categories", [])[:1]:
        put("Categories", line.value)
    return values


class VCardTable(TableSource):
    """A vCard file opened for import.

    Args:
        path: The .vcf file.
        encoding: Codec to use instead of detection.
        max_field_chars: Longest value accepted; longer ones reject their card.

    Raises:
        FileAccessError: The file cannot be opened.
        EmptyFileError: No card in the file.
        BinaryFileError: The file is not text.
    """

    def __init__(
        self,
        path: str,
        *,
        encoding: str | None = None,
        max_field_chars: int = DEFAULT_MAX_FIELD_CHARS,
    ) -> None:
        self.path = path
        self.max_field_chars = max_field_chars
        guess = _detect(path) if encoding is None else None
        self.encoding = guess.encoding if guess else codec_name(encoding or "utf-8")
        self.headers = list(VCARD_HEADERS)
        first = self.preview(1)
        if not first:
            raise EmptyFileError(
                "The file holds no vCard (no BEGIN:VCARD line).", path=path, key="no_vcard"
            )
        self.detected = DetectedFormat(
            format="vcard",
            encoding=self.encoding,
            encoding_confidence=guess.confidence if guess else 1.0,
            bom=guess.bom if guess else False,
            encoding_candidates=_candidates(guess, self.encoding),
        )

    def _open(self) -> io.TextIOWrapper:
        try:
            return open(self.path, encoding=self.encoding, errors=MARK_ERRORS)  # noqa: SIM115
        except OSError as exc:
            raise FileAccessError.cannot_open(self.path, exc) from exc

    def _cards(self, f: io.TextIOWrapper) -> Generator[tuple[int, list[str], bool], None, None]:
        """Yield ``(line of BEGIN, card lines, complete)`` for each card."""
        lines: list[str] = []
        depth = 0
        start = 0
        skipping = False
        for number, line in enumerate(f, 1):
            stripped = line.rstrip("\r\n").lstrip("\ufeff")
            upper = stripped.strip().upper()
            if depth == 0:
                if upper == "BEGIN:VCARD":
                    depth, start, lines, skipping = 1, number, [stripped], False
                continue
            if skipping and (stripped[:1] in (" ", "\t") or not stripped):
                continue  # continuation of a photo
            skipping = False
            if upper == "BEGIN:VCARD":
                depth += 1
            elif upper == "END:VCARD":
                depth -= 1
                if depth == 0:
                    lines.append(stripped)
                    yield start, lines, True
                    lines = []
                    continue
            if _property_name(stripped) in _SKIPPED:
                skipping = True
                continue
            if len(lines) < MAX_CARD_LINES:
                lines.append(stripped)
        if depth:
            yield start, lines, False

    def iter_rows(self) -> Iterator[SourceRow]:
        """Yield one row per card; see :meth:`TableSource.iter_rows`."""
        import vobject

        with self._open() as f:
            for number, lines, complete in self._cards(f):
                raw = "\r\n".join(lines) + "\r\n"
                if MARK in raw:
                    yield SourceRow(
                        number,
                        raw.replace(MARK, ""),
                        [],
                        RowProblem(
                            ENCODING_ERROR,
                            f"The card has bytes that are not valid {self.encoding}.",
                            (self.encoding, "card"),
                        ),
                    )
                    continue
                if not complete:
                    yield SourceRow(
                        number,
                        raw,
                        [],
                        RowProblem(MALFORMED_RECORD, "The card has no END:VCARD line."),
                    )
                    continue
                try:
                    card = vobject.readOne(raw, ignoreUnreadable=True)
                    values = card_values(card)
                except Exception as exc:  # noqa: BLE001 - vobject raises many kinds
                    yield SourceRow(
                        number,
                        raw,
                        [],
                        RowProblem(MALFORMED_RECORD, f"The card cannot be read ({exc})."),
                    )
                    continue
                if max(map(len, values)) > self.max_field_chars:
                    yield SourceRow(
                        number,
                        raw,
                        values,
                        RowProblem(
                            FIELD_TOO_LONG,
                            f"A value is longer than {self.max_field_chars:,} characters.",
                            (str(self.max_field_chars),),
                        ),
                    )
                elif any(values):
                    yield SourceRow(number, raw, values, None)


def _candidates(guess: EncodingGuess | None, encoding: str) -> tuple[str, ...]:
    if guess is None:
        return (encoding, "utf-8")
    return guess.candidates
