"""Cells that hold more than one value, or more than the value: how an import reads them.

- **Several values in one cell.** Google Contacts joins a field's values with ``" ::: "``
  (``"jane@acme.com ::: jane@gmail.com"``); spreadsheets often put one per line. The
  first value is the field's value, the others become contact points.
- **Display names in email cells.** ``Иванов Иван <i.ivanov@stroymash.ru>``,
  ``"Doe, Jane" <jane@acme.com>``: the address is what the field holds; the name is kept
  apart (it can name a row that has no name columns). Parsed by the standard library's
  :func:`email.utils.parseaddr`, in any script, quoted or not.
- **An email in a phone column, a phone in an email column**: moved to the right field.
"""

from __future__ import annotations

import re
from email.utils import parseaddr
from typing import Final

__all__ = ["MULTI_SEPARATOR", "is_multi", "looks_like_phone", "split_address", "split_multi"]

#: Google Contacts' separator between the values of one field.
MULTI_SEPARATOR: Final = ":::"
_MULTI: Final = re.compile(r"\s*:::\s*|\s*[\r\n]+\s*")
_PHONE_LIKE: Final = re.compile(r"^(tel:)?\+?[\d\s().\-/]{6,24}(\s*(x|ext\.?|доб\.?)\s*\d{1,6})?$")


def is_multi(cell: str) -> bool:
    """Whether a cell may hold several values (cheap: one or two ``in`` tests)."""
    return MULTI_SEPARATOR in cell or "\n" in cell


def split_multi(cell: str) -> list[str]:
    """The values of a cell, in order, stripped, empty ones dropped.

    ``"a@x.com ::: b@y.com"`` -> ``["a@x.com", "b@y.com"]``; ``"+1 555\\n+1 666"`` ->
    ``["+1 555", "+1 666"]``; a cell with one value -> ``[value]`` (``[]`` when blank).
    """
    return [part for part in _MULTI.split(cell.strip()) if part]


def split_address(cell: str) -> tuple[str, str]:
    """Split an email cell into (address, display name).

    ``Иванов Иван <i.ivanov@stroymash.ru>`` -> (``i.ivanov@stroymash.ru``, ``Иванов Иван``);
    ``"Doe, Jane" <jane@acme.com>`` -> (``jane@acme.com``, ``Doe, Jane``); a bare address
    comes back as it is with an empty name. A cell the parser cannot read keeps its text,
    so the validator can say what is wrong with it.
    """
    if "<" not in cell or ">" not in cell:
        return cell, ""
    name, address = parseaddr(cell)
    if not address or "@" not in address:
        return cell, ""
    return address, name.strip()


def looks_like_phone(text: str) -> bool:
    """Whether a cell's text reads as a phone number (digits, spaces, ``+()-./``, an extension)."""
    return bool(_PHONE_LIKE.match(text)) and sum(ch.isdigit() for ch in text) >= 6
