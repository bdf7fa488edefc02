"""From a file's row to the contact fields it brings: picking, cleaning, first rejections.

No database and no validation here: the row's mapped values are picked in one C call,
names are cleaned and split, and rows that cannot be stored at all (unreadable, empty of
contact data, a value longer than its column) are turned into rejections with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import itemgetter
from typing import Any, Final, NamedTuple

from app.core.exporting.fields import FORMULA_TRIGGERS
from app.core.importing import CUSTOM_PREFIX, ColumnMapping, SourceRow
from app.core.importing.cells import looks_like_phone, split_address, split_multi
from app.core.validation import fix_name_case, region_for_country, split_full_name

#: The canonical fields an import reads, in the order of :class:`Incoming`'s value fields.
FIELDS: Final[tuple[str, ...]] = (
    "first_name", "last_name", "full_name", "title", "email", "phone", "country", "city",
    "linkedin_url", "company", "website", "industry", "employees", "source", "lead_type",
    "stage", "owner", "tags", "email_2", "mobile_phone", "phone_e164", "notes",
    "middle_name", "arrived_at", "contact_id",
)  # fmt: skip

#: Longest value per field, from the column sizes of ``app.storage.tables`` (PostgreSQL
#: enforces them; checking here makes SQLite and PostgreSQL reject the same rows).
MAX_LENGTHS: Final[dict[str, int]] = {
    "first_name": 200, "middle_name": 200, "last_name": 200, "full_name": 400, "title": 300,
    "country": 100, "city": 200, "linkedin_url": 500, "company": 300, "website": 500,
    "industry": 200,
}  # fmt: skip
_SHORTEST_LIMIT: Final = min(MAX_LENGTHS.values())

# Reason codes of rejections made here (the reader's own codes pass through unchanged).
NO_CONTACT_DATA: Final = "no_contact_data"
VALUE_TOO_LONG: Final = "value_too_long"


class Incoming(NamedTuple):
    """One good row's contact data, cleaned but not validated.

    Empty values are ``""``. ``custom`` holds unmapped columns (header -> value, only
    non-empty ones) or None.
    """

    number: int
    values: list[str]
    first_name: str
    last_name: str
    full_name: str
    title: str
    email: str
    phone: str
    country: str
    city: str
    linkedin_url: str
    company: str
    website: str
    industry: str
    employees: str
    source: str
    lead_type: str
    stage: str
    owner: str
    tags: str
    email_2: str
    mobile_phone: str
    region: str | None
    custom: dict[str, str] | None
    middle_name: str = ""
    arrived: str = ""
    contact_ref: str = ""
    more: tuple[tuple[str, str], ...] | None = None


_strip: Final = str.strip

#: ``Incoming(*fields)`` without NamedTuple's Python-level ``__new__`` (a C call; a
#: million rows go through here). The tuple must have all 28 fields, in order.
_new_incoming: Final[Callable[[tuple[Any, ...]], Incoming]] = partial(tuple.__new__, Incoming)


class Rejection(NamedTuple):
    """A row that cannot be stored: its number, raw text and why.

    ``args`` are the values ``message`` names: the reader's ``RowProblem.args``, or
    ``(field, limit)`` for ``value_too_long`` (see
    :class:`~app.storage.importing.model.RowDetail`).
    """

    number: int
    raw: str
    code: str
    message: str
    args: tuple[str, ...] = ()


class RowPreparer:
    """Turns :class:`SourceRow` values into :class:`Incoming` records for one mapping.

    Args:
        mapping: Which column goes where.
        default_region: Region for phones when the row names no (known) country.
    """

    def __init__(self, mapping: ColumnMapping, default_region: str | None = None) -> None:
        width = len(mapping.headers)
        self.width = width
        position = {target: col for col, target in mapping.targets.items()}
        # Missing fields read a sentinel "" appended after the row's last column.
        indices = [position.get(name, width) for name in FIELDS]
        self._pick: Callable[[list[str]], tuple[str, ...]] = itemgetter(*indices)
        self._custom = [
            (col, target[len(CUSTOM_PREFIX) :])
            for col, target in sorted(mapping.targets.items())
            if target.startswith(CUSTOM_PREFIX)
        ]
        self._notes_to_custom = "notes" in position
        # A file of our own CSV export: its cells were neutralised against formulas
        # ("'+1 555"); the apostrophe is ours, not the contact's.
        self._round_trip = "contact_id" in position
        self._default_region = default_region
        self._names: dict[str, str] = {}
        self._regions: dict[str, str | None] = {}

    def prepare(self, row: SourceRow) -> Incoming | Rejection:
        """Prepare one row; rows the reader rejected come back as rejections.

        Args:
            row: A row from ``TableSource.iter_rows()``.

        Returns:
            The record, or why it cannot be stored.
        """
        if row.problem is not None:
            problem = row.problem
            return Rejection(row.number, row.raw, problem.code, problem.message, problem.args)
        values = row.values
        if self._round_trip:
            values[:] = [_unneutralize(v) for v in values]
        values.append("")
        picked = self._pick(values)
        values.pop()
        # Every picked field is used trimmed (names too: fix_name_case trims), so they
        # are trimmed in one C-level pass rather than by ~20 method calls a row.
        (first, last, full, title, email, phone, country, city, linkedin, company, website,
         industry, employees, source, lead_type, stage, owner, tags, email_2, mobile,
         phone_e164, notes, middle, arrived, contact_ref) = map(_strip, picked)  # fmt: skip
        custom: dict[str, str] | None = None
        for col, name in self._custom:
            value = values[col]
            if value and value.strip():
                if custom is None:
                    custom = {}
                custom[name] = value.strip()
        if notes:
            custom = custom or {}
            custom["notes"] = notes

        phone = phone or phone_e164
        more: tuple[tuple[str, str], ...] | None = None
        cells = email + email_2 + phone + mobile
        if (
            "\n" in cells or ":::" in cells or "<" in cells or "@" in phone or "@" in mobile
            or (email and "@" not in email) or (email_2 and "@" not in email_2)
        ):  # fmt: skip
            email, email_2, phone, mobile, more, display = _addresses(email, email_2, phone, mobile)
            if display and not (first or last or full):
                full = display  # "Иванов Иван <i.ivanov@…>" names a row without names
        if not phone and mobile:
            phone, mobile = mobile, ""  # the only number becomes the main one
        first, last, full, middle = self._names_of(first, last, full, middle)
        if not (first or last or full or email or phone or company or linkedin):
            return Rejection(
                row.number, row.raw, NO_CONTACT_DATA,
                "The row has no name, email, phone, company or LinkedIn profile.",
            )  # fmt: skip
        record = _new_incoming((
            row.number, values, first, last, full, title, email, phone, country, city,
            linkedin, company, website, industry, employees, source, lead_type, stage,
            owner, tags, email_2, mobile, self._region(country), custom, middle, arrived,
            contact_ref, more,
        ))  # fmt: skip
        # One C-level pass over the cells first: almost every row has no cell that long.
        if len(row.raw) > _SHORTEST_LIMIT and max(map(len, values)) > _SHORTEST_LIMIT:
            too_long = _too_long(record)
            if too_long is not None:
                limit = MAX_LENGTHS[too_long]
                return Rejection(
                    row.number, row.raw, VALUE_TOO_LONG,
                    f"The {too_long} is longer than {limit} characters.",
                    (too_long, str(limit)),
                )  # fmt: skip
        return record

    def _clean_name(self, text: str) -> str:
        cached = self._names.get(text)
        if cached is None:
            if len(self._names) > 200_000:
                self._names.clear()  # a bounded cache: names repeat, addresses do not
            cached = self._names[text] = fix_name_case(text)
        return cached

    def _names_of(self, first: str, last: str, full: str, middle: str) -> tuple[str, str, str, str]:
        clean = self._clean_name
        first, last = clean(first) if first else "", clean(last) if last else ""
        full = clean(full) if full else ""
        middle = clean(middle) if middle else ""
        if full and not (first or last):
            parts = split_full_name(full)
            first, last = parts.first, parts.last
            middle = middle or parts.middle
        if not full:
            full = f"{first} {middle} {last}".strip() if middle else f"{first} {last}".strip()
        return first, last, full, middle

    def _region(self, country: str) -> str | None:
        if not country:
            return self._default_region
        region = self._regions.get(country, "")
        if region == "":
            region = self._regions[country] = region_for_country(country) or self._default_region
        return region


def _addresses(
    email: str, email_2: str, phone: str, mobile: str
) -> tuple[str, str, str, str, tuple[tuple[str, str], ...] | None, str]:
    """Sort out address cells holding several values, display names or swapped values.

    Returns:
        (email, email_2, phone, mobile, further contact points as (kind, value), the
        display name of the first email cell that had one).
    """
    emails: list[str] = []
    phones: list[str] = []
    display = ""
    for cell, is_email in ((email, True), (email_2, True), (phone, False), (mobile, False)):
        for value in split_multi(cell) if cell else ():
            if "@" in value:
                address, name = split_address(value)
                emails.append(address)
                display = display or name
            elif is_email and not looks_like_phone(value):
                emails.append(value)  # not an address: kept, so the validator says so
            else:
                phones.append(value)
    email, email_2 = (emails + ["", ""])[:2]
    phone, mobile = (phones + ["", ""])[:2]
    more = tuple(("email", e) for e in emails[2:]) + tuple(("phone", p) for p in phones[2:])
    return email, email_2, phone, mobile, more or None, display


def _unneutralize(cell: str) -> str:
    """A cell of our CSV export without the ``'`` it put before ``= + - @`` (formulas)."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_TRIGGERS:
        return cell[1:]
    return cell


def _too_long(record: Incoming) -> str | None:
    fields: dict[str, Any] = record._asdict()
    for name, limit in MAX_LENGTHS.items():
        if len(fields[name]) > limit:
            return name
    return None
