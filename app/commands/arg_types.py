"""Argument types and shared options for the headless commands' parsers.

Each type turns one command-line word into a value or raises ``ArgumentTypeError`` with a
sentence argparse prints as the usage error (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re

from app.commands.common import MAX_DEMO_CONTACTS


def count(text: str) -> int:
    """An argparse type: a whole number from 0 to ``MAX_DEMO_CONTACTS``."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_DEMO_CONTACTS:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_DEMO_CONTACTS:,}")
    return value


def moment(text: str) -> dt.datetime:
    """An argparse type: an ISO 8601 moment; without an offset it is read as UTC."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date and time (e.g. 2026-12-07T09:30:00+02:00)"
        ) from None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def ids(text: str) -> list[int]:
    """An argparse type: contact ids separated by commas (``12,40,41``)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    try:
        ids = [int(p) for p in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of ids like 12,40,41") from None
    if any(i <= 0 for i in ids):
        raise argparse.ArgumentTypeError("contact ids are positive whole numbers")
    return ids


def item_id(text: str) -> int:
    """An argparse type: a queue item's id."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an item id (a whole number)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("item ids are positive whole numbers")
    return value


def add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    help_text = "the database: an SQLite file or a SQLAlchemy URL"
    if not required:
        help_text += " (default: the default database in your data folder)"
    parser.add_argument("--db", metavar="PATH", required=required, help=help_text)
    parser.add_argument(
        "--shared",
        action="store_true",
        help="force shared-file mode (a network share the detector misses)",
    )


def positive(text: str) -> int:
    """An argparse type: a whole number greater than zero (an id, a count of minutes)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than zero")
    return value


def day(text: str) -> dt.date:
    """An argparse type: an ISO 8601 date (``2026-12-07``)."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date (e.g. 2026-12-07)"
        ) from None


def region(text: str) -> str:
    """An argparse type: a two-letter country code, upper-cased (``us`` -> ``US``)."""
    value = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a two-letter country code (e.g. US)")
    return value


def add_now(parser: argparse.ArgumentParser) -> None:
    """``--now ISO8601``: fix the command's clock (tests, scripts, checks)."""
    parser.add_argument("--now", metavar="ISO8601", type=moment, help="fix the clock")


def add_json(parser: argparse.ArgumentParser, what: str = "the result") -> None:
    """``--json``: print one JSON object on stdout."""
    parser.add_argument("--json", action="store_true", help=f"print {what} as JSON")
