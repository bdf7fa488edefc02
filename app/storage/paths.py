"""The user's data, config and log folders (platformdirs), and the default database."""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_ID, ORG_NAME

# Tests and portable installs point the app elsewhere with this variable.
DATA_DIR_ENV = "PROSPECT_DESK_DATA_DIR"


def user_data_dir() -> Path:
    """Where databases and backups live by default."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, ORG_NAME))


def user_log_dir() -> Path:
    """Where the rotating log file lives."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, ORG_NAME))


def default_database_path() -> Path:
    """The database the app opens when none is named."""
    return user_data_dir() / "prospect-desk.sqlite3"


def scratch_dir() -> Path:
    """Where reports, exports and backups are written before they take their final name.

    A crash leaves its temporary here, out of the user's folders, and the next run
    sweeps it (``app.core.scratch.sweep``).
    """
    return user_data_dir() / "tmp"


def import_reports_dir() -> Path:
    """Where a rejected-rows report goes when the imported file's folder cannot take it."""
    return user_data_dir() / "import-reports"
