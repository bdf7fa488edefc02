"""Errors raised when a database cannot be opened or used, each with a readable message.

The UI shows ``str(error)`` to the user as it is and offers the safe choices listed in
``choices`` (open read-only, restore from a backup, cancel); the CLI prints it on one line.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class for storage problems a user can understand and act on."""

    #: Safe choices the UI may offer besides "Cancel": "read_only", "restore", "create".
    choices: tuple[str, ...] = ()


class DatabaseOpenError(StorageError):
    """The database could not be opened; nothing was modified."""


class NotADatabaseError(DatabaseOpenError):
    """The file exists but is not an SQLite database at all."""


class NotProspectDeskDatabaseError(DatabaseOpenError):
    """An SQLite database, but one that another program made (nothing to show in it)."""


class CorruptDatabaseError(DatabaseOpenError):
    """A truncated or damaged SQLite file."""

    choices = ("restore",)


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The file (or its folder) cannot be written; it can still be opened read-only."""

    choices = ("read_only",)


class NewerSchemaError(DatabaseOpenError):
    """The database was made by a newer version of Prospect Desk."""

    choices = ("read_only",)


class MissingDatabaseError(DatabaseOpenError):
    """The path does not exist and creating it was not asked for."""

    choices = ("create",)


class UpgradeBlockedError(DatabaseOpenError):
    """The schema needs an upgrade, but other people have the database open right now.

    Upgrading under running apps of an older version would change tables beneath them.

    Attributes:
        who: "name on host" of each other live app.
    """

    def __init__(self, message: str, who: tuple[str, ...]) -> None:
        super().__init__(message)
        self.who = who


class MigrationError(StorageError):
    """Upgrading the schema failed; the database was rolled back to how it was."""

    choices = ("restore",)


class DatabaseBusyError(StorageError):
    """Someone else kept the database locked for longer than the app waits; nothing changed.

    On a shared file every write waits its turn (the busy timeout), so this means another
    person's write ran for many seconds, or a crashed program left a lock behind.
    """


class ConcurrentEditError(StorageError):
    """Someone else changed (or deleted) the row since it was read; nothing was overwritten.

    Raised with a code and the row, not a sentence: the UI words it with ``tr()``
    (``app.ui.dialogs.conflict_message``). ``str()`` is a technical line
    for logs and the CLI.

    Attributes:
        code: ``"concurrent_edit"``.
        table: The row's table (``"contacts"``...), or None when not known.
        row_id: The row's id, or None when not known.
        expected: The ``version`` the editor read (and the write named), when known.
        found: The ``version`` the row has now; None when it was deleted or not known.
    """

    code = "concurrent_edit"

    def __init__(
        self,
        *,
        table: str | None = None,
        row_id: int | None = None,
        expected: int | None = None,
        found: int | None = None,
    ) -> None:
        self.table = table
        self.row_id = row_id
        self.expected = expected
        self.found = found
        where = f" ({table} {row_id})" if table is not None else ""
        versions = f" version {expected} -> {found}" if expected is not None else ""
        super().__init__(f"{self.code}{where}{versions}")
