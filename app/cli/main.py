"""The CLI's entry point: parse, run one command, turn failures into one line and a code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app.cli.backup import cmd_backup
from app.cli.check import cmd_check
from app.cli.common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    PROG,
    CommandError,
    emit_json,
    log,
    one_line,
)
from app.cli.demo import cmd_demo
from app.cli.export import cmd_export
from app.cli.import_cmd import cmd_import
from app.cli.parser import build_parser
from app.cli.validate import cmd_validate

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "import": cmd_import,
    "export": cmd_export,
    "validate": cmd_validate,
}


def _setup_logging() -> str | None:
    """Log to the app's rotating log file when ``app.logs`` is there; return its path."""
    try:
        from app.logs import setup_logging
    except ImportError:
        return None
    try:
        return str(setup_logging())
    except Exception:  # noqa: BLE001 - logging trouble must never stop a command
        return None


def _fail(message: str, code: int, *, as_json: bool) -> int:
    if as_json:
        emit_json({"ok": False, "error": message, "exit_code": code})
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str]) -> int:
    """Run one CLI command and return the process exit code.

    Args:
        argv: The arguments after the program name, e.g. ``["check", "--db", "x.sqlite3"]``.

    Returns:
        The exit code (see the module docstring).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help (0) and usage errors (2), already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    log_path = _setup_logging()
    as_json = bool(getattr(args, "json", False))
    log.info("command: %s", " ".join(argv))
    from app.storage.errors import StorageError

    try:
        return COMMANDS[args.command](args)
    except CommandError as exc:
        log.error("%s failed: %s", args.command, exc)
        return _fail(str(exc), exc.code, as_json=as_json)
    except StorageError as exc:
        log.error("%s failed: %s", args.command, exc)
        return _fail(one_line(str(exc)), EXIT_FAILURE, as_json=as_json)
    except KeyboardInterrupt:
        log.warning("%s interrupted", args.command)
        return _fail("interrupted; nothing was changed.", EXIT_INTERRUPTED, as_json=as_json)
    except Exception as exc:
        log.exception("%s failed unexpectedly", args.command)
        where = f"see the log: {log_path}" if log_path else "see the log"
        message = f"{args.command} failed unexpectedly ({exc.__class__.__name__}: {exc}); {where}"
        return _fail(one_line(message), EXIT_FAILURE, as_json=as_json)
