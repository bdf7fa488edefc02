"""The headless face of Prospect Desk: ``python main.py COMMAND ...``.

Commands::

    demo     --db PATH [--contacts N] [--seed S]      create a database with demo data
    import   FILE --db PATH [--list NAME] [--region CC] [--source S] [--dry-run] [--json]
    export   --db PATH --out FILE [--list NAME]
    validate --db PATH [--mx] [--json]
    check    --db PATH [--json]                       integrity and schema check
    backup   --db PATH --out FILE [--force]
    rep      add --db PATH --name NAME --email EMAIL [--role R] [--time-zone TZ] | list
    cadence  list | import FILE [--replace] | export NAME --out FILE
    enroll   --db PATH --cadence NAME (--list N | --segment N | --contacts ID,ID) [--rep E]
    today    --db PATH [--rep EMAIL] [--now ISO8601] [--json]
    done     --db PATH --item ID --outcome CODE [--note TEXT] [--now ISO8601] [--json]
    stage    --db PATH --contact ID --to STAGE [--answers F] [--reason C] [--revisit D] [--json]
    handoff  --db PATH --contact ID --ae EMAIL --at ISO8601 [--minutes N] [--summary T] --out DIR
    claim    --db PATH --contact ID --rep EMAIL [--minutes N] [--release] [--json]
    copy     --db PATH --to URL [--json]                SQLite -> an empty PostgreSQL

``--db`` may be omitted except for ``demo``; it then means the default database in the
user's data folder. A problem prints one line on stderr (``prospect-desk: ...``) and is
also written to the log file; nothing half-written is left behind. ``--json`` prints one
JSON object on stdout, on success and on failure.

Exit codes (scripts rely on them):

    0    success
    1    failure: the database is missing, damaged or refused, the operation failed,
         or ``check`` found problems
    2    bad arguments (usage error)
    3    the command is part of the interface but not available in this version yet
    130  interrupted (Ctrl+C); nothing was changed

Each command lives in its own module under ``app/commands/``; this module parses the
arguments, runs one command and turns failures into one line and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from app.commands.common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_NOT_AVAILABLE,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    CommandError,
    database_failure,
    emit_json,
    log,
    one_line,
)
from app.commands.parser import build_parser

#: Each command's module (``app.commands.<module>``, which defines ``cmd_<name>``): a
#: command imports only its own module, so ``today --json`` does not pay for ``import``'s
#: spreadsheet readers or ``mail-account``'s keychain at start-up.
COMMANDS: dict[str, str] = {
    "demo": "demo",
    "check": "check",
    "backup": "backup",
    "import": "import_cmd",
    "export": "export",
    "validate": "validate",
    "rep": "rep",
    "cadence": "cadence",
    "enroll": "enroll",
    "today": "today",
    "done": "done",
    # The email workspace.
    "mail-account": "mail_account",
    "outbox": "outbox",
    "replies": "replies",
    "suppress": "suppress",
    "erase": "erase",
    # The pipeline.
    "stage": "stage",
    "handoff": "handoff",
    "report": "report",
    # Team mode.
    "claim": "claim",
    "copy": "copy",
}


def command_function(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs the command ``name`` (its module imported now)."""
    module = importlib.import_module(f"app.commands.{COMMANDS[name]}")
    function: Callable[[argparse.Namespace], int] = getattr(module, f"cmd_{name.replace('-', '_')}")
    return function


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
    from app.commands.messages import describe_error
    from app.storage.errors import StorageError

    try:
        return command_function(args.command)(args)
    except ValueError as exc:
        # Codes from the core and storage (a cadence file, a rep, the queue) are worded
        # here; any other ValueError is unexpected.
        message = describe_error(exc)
        if message is None:
            return _unexpected(args.command, exc, log_path, as_json=as_json)
        log.error("%s failed: %s", args.command, exc)
        return _fail(message, EXIT_FAILURE, as_json=as_json)
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
        return _unexpected(args.command, exc, log_path, as_json=as_json)


def _unexpected(command: str, exc: Exception, log_path: str | None, *, as_json: bool) -> int:
    log.exception("%s failed unexpectedly", command)
    database = database_failure(command, exc)
    if database is not None:
        return _fail(database, EXIT_FAILURE, as_json=as_json)
    where = f"see the log: {log_path}" if log_path else "see the log"
    message = f"{command} failed unexpectedly ({exc.__class__.__name__}: {exc}); {where}"
    return _fail(one_line(message), EXIT_FAILURE, as_json=as_json)


__all__ = [
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_AVAILABLE",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "main",
]
