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


class MigrationError(StorageError):
    """Upgrading the schema failed; the database was rolled back to how it was."""

    choices = ("restore",)


class ConcurrentEditError(StorageError):
    """Someone else changed the row since it was read; nothing was overwritten."""
