"""English one-liners for team mode's codes (claims and copy).

Storage raises :class:`~app.storage.team.TeamError` with a code and arguments; the CLI
words it here, the GUI with ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.commands.messages import describe

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


def describe_team_error(exc: Exception) -> str | None:
    """The line for a team-mode error, or None for any other error."""
    from app.storage.team.errors import TeamError

    if not isinstance(exc, TeamError):
        return None
    arguments = dict(exc.arguments)
    if exc.code == "unknown_rep" and "email" not in arguments:
        arguments["email"] = f"#{arguments.get('rep_id', '?')}"
    return describe(exc.code, arguments, TEAM)


__all__ = ["TEAM", "describe_team_error"]
