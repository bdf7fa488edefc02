"""The app's log: a rotating file in the user's log folder, shared by the GUI and the CLI.

No Qt here: the CLI sets up the same log without loading a GUI toolkit.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.storage.paths import user_log_dir

LOG_FILE_NAME = "prospect-desk.log"
# Five files of 1 MB keep weeks of ordinary use and still attach to an e-mail.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"

# Marks the handler we installed, so a second call replaces it instead of adding another.
_HANDLER_ATTR = "_prospect_desk_handler"


def log_file_path() -> Path:
    """Where the current log file is (it need not exist yet)."""
    return user_log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records of ``level`` and above to the rotating log file.

    Safe to call more than once: the previous handler of ours is closed and replaced,
    which also follows a changed log folder (tests point it at a temporary one).

    Args:
        level: the lowest level written to the file.

    Returns:
        The log file's path.
    """
    path = log_file_path()
    root = logging.getLogger()
    for previous in list(root.handlers):
        if getattr(previous, _HANDLER_ATTR, False):
            root.removeHandler(previous)
            previous.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        # A read-only home folder must not stop the app; records then go to stderr.
        handler = logging.StreamHandler()
    setattr(handler, _HANDLER_ATTR, True)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def flush_logging() -> None:
    """Flush our log handler, so a record is on disk before a dialog points at the file."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_ATTR, False):
            handler.flush()
