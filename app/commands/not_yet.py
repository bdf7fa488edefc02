"""The answer of a command that is part of the interface but not built in this version."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_NOT_AVAILABLE, CommandError


def cmd_not_yet(args: argparse.Namespace) -> int:
    """Refuse with exit code 3, so a script can tell "not yet" from "failed"."""
    raise CommandError(f"{args.command} is not available in this version yet", EXIT_NOT_AVAILABLE)
