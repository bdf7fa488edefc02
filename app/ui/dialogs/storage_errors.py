"""Storage's demo, export and backup errors in the user's language.

Storage raises these with a ``code`` and the values it names (its ``str()`` is English,
for logs and the CLI); this module words them with ``tr()``. It goes by ``code``, not by
class, so showing an error never imports the storage modules behind it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

# Literal QCoreApplication.translate("StorageErrors", …) calls below: lupdate finds only
# those, and a helper that wraps them hides the texts from it.


def storage_error_text(error: BaseException) -> str | None:
    """The sentence for a demo, export or backup error, or None for another error.

    Args:
        error: The error a job or command stopped on.

    Returns:
        The translated sentence when ``error`` carries a code this module knows.
    """
    code = getattr(error, "code", None)
    path = str(getattr(error, "path", None) or "")
    match code:
        case "demo_not_empty":
            prospects = QLocale().toString(int(getattr(error, "prospects", 0)))
            return (
                QCoreApplication.translate(
                    "StorageErrors",
                    "%1 already holds %2 prospects; demo data is only added to an empty database.",
                )
                .replace("%2", prospects)
                .replace("%1", str(getattr(error, "database", "")))
            )
        case "unsupported_format":
            return QCoreApplication.translate(
                "StorageErrors",
                "Cannot export to %1: the file name must end in .csv, .xlsx or .vcf.",
            ).replace("%1", Path(path).name)
        case "export_over_database":
            return QCoreApplication.translate(
                "StorageErrors", "Refusing to export over the database file %1."
            ).replace("%1", path)
        case "cannot_write":
            reason = str(getattr(error, "reason", ""))
            return (
                QCoreApplication.translate("StorageErrors", "Cannot write %1: %2.")
                .replace("%2", reason)
                .replace("%1", path)
            )
        case "unknown_list":
            name = str(getattr(error, "name", ""))
            lists: tuple[str, ...] = getattr(error, "lists", ())
            if not lists:
                return QCoreApplication.translate(
                    "StorageErrors", 'There is no list named "%1": this database has no lists.'
                ).replace("%1", name)
            shown = ", ".join(f'"{n}"' for n in lists)
            return (
                QCoreApplication.translate(
                    "StorageErrors", 'There is no list named "%1". Lists: %2.'
                )
                .replace("%2", shown)
                .replace("%1", name)
            )
        case "backup_onto_itself":
            return QCoreApplication.translate(
                "StorageErrors", "A backup cannot overwrite the database it copies."
            )
        case "backup_failed":
            detail = str(getattr(error, "detail", ""))
            return (
                QCoreApplication.translate("StorageErrors", "The backup to %1 failed: %2")
                .replace("%2", detail)
                .replace("%1", path)
            )
        case "backup_server_database":
            return QCoreApplication.translate(
                "StorageErrors",
                "A server database is backed up with the server's own tools (pg_dump).",
            )
        case "restore_from_itself":
            return QCoreApplication.translate(
                "StorageErrors", "A database cannot be restored from itself."
            )
    return None
