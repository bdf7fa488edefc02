"""English one-liners for team mode's codes (claims and copy).

Storage raises :class:`~app.storage.team.TeamError` with a code and arguments; the CLI
words it with this table (``app.commands.messages.describe_error``), the GUI with ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

#: ``TeamError`` codes (``app.storage.team.errors``).
TEAM: Final[Mapping[str, str]] = {
    "unknown_rep": "there is no rep with the address {email} (see: rep list)",
    "unknown_contact": "there is no contact {contact_id}",
    "not_sqlite": "copy reads an SQLite file; {source} is not one",
    "not_server": "copy writes to a PostgreSQL database (postgresql://...); {target} is not one",
    "target_not_empty": "the database at {target} is not empty (it has {tables}); "
    "copy only fills an empty database: create a new one and try again",
    "count_mismatch": "the copy of {table} has {found} rows instead of {expected}; the copy "
    "is not usable: drop the target database and try again",
}


def team_arguments(code: str, arguments: Mapping[str, object]) -> dict[str, object]:
    """The arguments a code's line needs (a rep known by id is shown as ``#id``)."""
    shown = dict(arguments)
    if code == "unknown_rep" and "email" not in shown:
        shown["email"] = f"#{shown.get('rep_id', '?')}"
    return shown


__all__ = ["TEAM", "team_arguments"]
