"""The cadences that come with the app, read from ``resources/cadences/``.

The files are ordinary cadence files (``docs/cadences.md``) in canonical form, so a test
can check that writing them back gives the same bytes. Storage seeds a new workspace
with them; a user's edits live in the database, never in these files.
"""

from __future__ import annotations

from typing import Final

from app.core.cadences.json_format import parse_cadence
from app.core.cadences.model import Cadence
from app.core.resources import resource_path

__all__ = ["SHIPPED_CADENCE_FILES", "shipped_cadence_text", "shipped_cadences"]

#: The shipped files, in the order a picker lists them.
SHIPPED_CADENCE_FILES: Final[tuple[str, ...]] = (
    "outbound_17_days.json",
    "inbound_speed_to_lead.json",
)


def shipped_cadence_text(file_name: str) -> str:
    """Return the text of one shipped cadence file.

    Args:
        file_name: One of :data:`SHIPPED_CADENCE_FILES`.

    Returns:
        The file's text (UTF-8).

    Raises:
        OSError: If the installation lacks the file.
    """
    return resource_path(f"cadences/{file_name}").read_text(encoding="utf-8")


def shipped_cadences() -> tuple[Cadence, ...]:
    """Return the shipped cadences, parsed, in :data:`SHIPPED_CADENCE_FILES` order.

    Returns:
        The cadences ("Outbound — 17 days", "Inbound — speed to lead").

    Raises:
        OSError: If the installation lacks a file.
        CadenceFormatError: If a shipped file is broken (a test keeps them valid).
    """
    return tuple(parse_cadence(shipped_cadence_text(name)) for name in SHIPPED_CADENCE_FILES)
