"""Parsers of team mode's commands: ``claim`` and ``copy`` (docs/headless.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.arg_types import add_db, add_json, add_now, positive


def add_team_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add team mode's commands through ``command(name, help)``."""
    claim = command("claim", "take a lease on a prospect (exit 0 claimed, 1 held by another)")
    add_db(claim)
    claim.add_argument(
        "--contact", metavar="ID", type=positive, required=True, help="the contact's id"
    )
    claim.add_argument("--rep", metavar="EMAIL", required=True, help="who takes the lease")
    claim.add_argument(
        "--minutes",
        metavar="N",
        type=positive,
        default=15,
        help="how long the lease lasts (default 15)",
    )
    claim.add_argument(
        "--release",
        action="store_true",
        help="let go of the lease the rep holds instead of taking one",
    )
    add_now(claim)
    add_json(claim)

    copy = command("copy", "copy this SQLite database into an empty PostgreSQL database")
    add_db(copy)
    copy.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help="the server database, e.g. postgresql+psycopg://user@host/db",
    )
    add_json(copy)
