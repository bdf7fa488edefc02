"""Shared pieces of the CLI: exit codes, the one-line error, output helpers."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

from app.core.ops import CancelToken, OperationCancelled, Progress

PROG = "prospect-desk"

#: The headless interface's commands (``app.cli.COMMANDS`` runs them); any other first
#: argument is for the window (``app.gui_args``).
CLI_COMMANDS = (
    "demo", "import", "export", "validate", "check", "backup",
    "rep", "cadence", "enroll", "today", "done",
    "mail-account", "outbox", "replies", "suppress", "erase",
    "stage", "handoff", "report", "claim", "copy",
)  # fmt: skip


EXIT_OK = 0


EXIT_FAILURE = 1


EXIT_USAGE = 2


EXIT_NOT_AVAILABLE = 3


EXIT_INTERRUPTED = 130


#: The largest demo the CLI makes; beyond that a demo stops being a demo.
MAX_DEMO_CONTACTS = 5_000_000


log = logging.getLogger("app.cli")


EPILOG = """\
exit codes: 0 success; 1 failure (or check found problems); 2 bad arguments;
3 not available in this version yet; 130 interrupted.
--db defaults to the default database in your data folder (demo needs it spelled out)."""


def database_failure(command: str, exc: BaseException) -> str | None:
    """A database driver's failure as one line without SQL or values; None for other errors.

    The engine hides statement parameters (they are people's data), and this keeps the
    SQL text out of the line too: the user needs what happened and that nothing changed
    (every command writes in one transaction, rolled back on failure).
    """
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    text = one_line(str(orig)) if orig is not None else exc.__class__.__name__
    if "disk is full" in text or getattr(orig, "sqlstate", None) == "53100":
        return (
            f"{command} failed: the disk holding the database is full; nothing was changed. "
            "Free some space and run it again."
        )
    return f"{command} failed in the database ({type(orig).__name__}: {text}); nothing was changed"


class CommandError(Exception):
    """A failure to report as one line on stderr, with the exit code to use."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """argparse with a one-line error message: a script reads one clear line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def db_target(args: argparse.Namespace) -> str:
    """The database named by ``--db``, or the default database."""
    if args.db:
        return str(args.db)
    from app.storage.paths import default_database_path

    return str(default_database_path())


def now_or_clock(args: argparse.Namespace) -> dt.datetime:
    """``--now`` when given (already parsed, aware), else the system clock's now in UTC."""
    moment = getattr(args, "now", None)
    if isinstance(moment, dt.datetime):
        return moment
    from app.adapters.clock import SystemClock

    return SystemClock().now()


def iso_utc(moment: dt.datetime | None) -> str | None:
    """A moment as ISO 8601 in UTC, to the second (``2026-12-07T09:00:00+00:00``)."""
    return None if moment is None else moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def is_file_target(target: str) -> bool:
    from app.storage.database import is_url

    return not is_url(target) or target.startswith("sqlite")


def file_path(target: str) -> Path:
    """The file behind a path or an ``sqlite:///`` URL."""
    if target.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        target = make_url(target).database or ""
    return Path(target).expanduser().absolute()


def progress_printer(label: str) -> Progress | None:
    """A progress callback writing ``label… NN%`` on one stderr line, only on a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != last[0]:
            last[0] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label}… {percent}%", end=end, file=sys.stderr, flush=True)

    return show


@contextmanager
def interruptible() -> Iterator[CancelToken]:
    """A cancel token that Ctrl+C cancels, for the long operation a command runs.

    The first Ctrl+C cancels the token: the operation stops at its next check, rolls
    back, stops its worker processes and raises ``OperationCancelled``, which leaves this
    block as ``KeyboardInterrupt``, so the command exits with 130 and nothing changed, as
    for an interrupt anywhere else. A second Ctrl+C interrupts at once (the handler
    before this block is back after the first). Off the main thread no handler can be
    installed, and Ctrl+C interrupts as it always does.

    Yields:
        The token to pass as the operation's ``cancel``.
    """
    token = CancelToken()
    previous: Any = None
    if threading.current_thread() is threading.main_thread():

        def on_interrupt(_signum: int, _frame: FrameType | None) -> None:
            token.cancel()
            signal.signal(signal.SIGINT, previous)

        previous = signal.signal(signal.SIGINT, on_interrupt)
        if previous is None:  # a handler not set from Python: the default one then
            previous = signal.default_int_handler
    try:
        yield token
    except OperationCancelled as exc:
        raise KeyboardInterrupt from exc
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def emit_json(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str))


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover - the loop always returns


def one_line(text: str) -> str:
    return " ".join(text.split())
