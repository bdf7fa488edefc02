"""Every user setting, declared once with its key, type and default (Picard's options.py).

Settings live in an INI file through QSettings: the same value types on every platform, and
a file a support person can read. With ``PROSPECT_DESK_DATA_DIR`` set (tests, portable
installs) the file sits in that folder, so nothing touches the user's real settings.

Usage::

    from app.ui import settings
    settings.LAST_DATABASE.set(str(path))
    recent = settings.RECENT_DATABASES.get()

When a setting changes meaning, give it a new key and bump ``SETTINGS_VERSION`` (Spyder's
habit), so old values are not misread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from app import APP_ID, ORG_NAME
from app.storage.paths import DATA_DIR_ENV

SETTINGS_VERSION = 1
SETTINGS_FILE_NAME = "settings.ini"
MAX_RECENT = 8

T = TypeVar("T")


def store() -> QSettings:
    """The QSettings object all settings are read from and written to."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return QSettings(str(Path(override) / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_ID)


def _convert(value: Any, kind: type[Any], default: Any) -> Any:
    """Turn what an INI file gives back (often a string) into the declared type."""
    if value is None:
        return default
    if kind is bool:
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return bool(value)
    if kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if kind is list:
        # QSettings returns a lone string for a one-item list in INI files.
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list | tuple) else default
    if kind is QByteArray:
        return value if isinstance(value, QByteArray) else default
    if kind is str:
        return str(value)
    return value


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting.

    Attributes:
        key: the QSettings key, ``group/name``.
        kind: the Python type values are converted to.
        default: returned when the setting was never stored or cannot be read.
        description: what the setting is for, for people reading the INI file or this list.
    """

    key: str
    kind: type[T]
    default: T
    description: str = ""

    def get(self, settings: QSettings | None = None) -> T:
        """Return the stored value converted to ``kind``, or the default."""
        source = settings if settings is not None else store()
        default = list(self.default) if isinstance(self.default, list) else self.default
        return cast(T, _convert(source.value(self.key), self.kind, default))

    def set(self, value: T, settings: QSettings | None = None) -> None:
        """Store ``value`` (written to disk when the QSettings object syncs)."""
        target = settings if settings is not None else store()
        target.setValue(self.key, value)
        if settings is None:
            target.sync()

    def reset(self, settings: QSettings | None = None) -> None:
        """Forget the stored value, so the default applies again."""
        target = settings if settings is not None else store()
        target.remove(self.key)
        if settings is None:
            target.sync()


VERSION = Setting(
    "general/settings_version", int, SETTINGS_VERSION, "Version of this file's layout"
)
FIRST_RUN_DONE = Setting(
    "general/first_run_done", bool, False, "The first-run dialog has been answered"
)
WINDOW_GEOMETRY = Setting(
    "window/geometry", QByteArray, QByteArray(), "Main window position and size"
)
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Main window splitter state")
LAST_PAGE = Setting("window/last_page", str, "lists", "The page shown when the window closed")
LAST_DATABASE = Setting("database/last", str, "", "The database opened last")
RECENT_DATABASES = Setting(
    "database/recent", list, cast(list[str], []), "Recently opened databases, newest first"
)
SHARED_WARNING_SHOWN = Setting(
    "database/shared_warning_shown",
    list,
    cast(list[str], []),
    "Databases on a network share whose warning the user has seen",
)
LISTS_TABLE_HEADER = Setting(
    "lists/table_header",
    QByteArray,
    QByteArray(),
    "Contact table columns: which are shown, their order and widths (QHeaderView state)",
)
LISTS_TABLE_COLUMNS = Setting(
    "lists/table_columns",
    list,
    cast(list[str], []),
    "Column keys of the contact table in the saved header state, to detect a changed set",
)
TODAY_REP = Setting(
    "today/rep_email",
    str,
    "",
    "Who works the Today queue on this machine: a rep's address (empty: not chosen yet)",
)
DAILY_GOAL = Setting("today/daily_goal", int, 50, "Touches a rep aims to log each day")
CALL_URL_SCHEME = Setting(
    "today/call_url_scheme",
    str,
    "tel",
    "How Call dials: tel (the system's dialler), sip (a SIP softphone) or callto",
)

IMPORT_REGION = Setting(
    "import/default_region",
    str,
    "",
    "The rep's country (two letters): the import's phone region for numbers without one "
    "(empty: read it from each file)",
)
INTERFACE_LANGUAGE = Setting(
    "general/language",
    str,
    "",
    "Interface language: en, ru, zh_CN or lt (empty: the system's); applied at the next start",
)

BACKUP_FOLDER = Setting(
    "backup/folder",
    str,
    "",
    "Where scheduled backups go (empty: the data folder's backups folder)",
)
BACKUP_INTERVAL = Setting(
    "backup/interval", str, "daily", "How often the app backs the database up: daily, weekly, off"
)
BACKUP_KEEP_DAYS = Setting(
    "backup/keep_days", int, 14, "Scheduled backups older than this many days are deleted"
)
THEME = Setting(
    "appearance/theme",
    str,
    "system",
    "Colours: system (follow the operating system's light or dark), light or dark",
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    VERSION,
    FIRST_RUN_DONE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    LAST_DATABASE,
    RECENT_DATABASES,
    SHARED_WARNING_SHOWN,
    LISTS_TABLE_HEADER,
    LISTS_TABLE_COLUMNS,
    TODAY_REP,
    DAILY_GOAL,
    CALL_URL_SCHEME,
    IMPORT_REGION,
    BACKUP_FOLDER,
    BACKUP_INTERVAL,
    BACKUP_KEEP_DAYS,
    THEME,
    INTERFACE_LANGUAGE,
)


def remember_database(target: str) -> list[str]:
    """Record ``target`` as the last database and at the top of the recent list.

    Returns:
        The new recent list, newest first.
    """
    settings = store()
    recent = [target, *[r for r in RECENT_DATABASES.get(settings) if r != target]][:MAX_RECENT]
    RECENT_DATABASES.set(recent, settings)
    LAST_DATABASE.set(target, settings)
    VERSION.set(SETTINGS_VERSION, settings)
    settings.sync()
    return recent


def forget_recent(target: str) -> list[str]:
    """Drop ``target`` from the recent list (it could not be opened any more)."""
    settings = store()
    recent = [r for r in RECENT_DATABASES.get(settings) if r != target]
    RECENT_DATABASES.set(recent, settings)
    settings.sync()
    return recent


INBOUND_FOLDER = Setting(
    "inbound/watched_folder",
    str,
    "",
    "The folder where marketing drops CSV / vCard files of inbound leads (empty: none)",
)
