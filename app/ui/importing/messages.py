"""Translated texts for what the import pipeline reports in English.

Storage and core stay free of Qt, so they describe rows and files in English with a
stable code beside the sentence: ``RowDetail.reason`` (plus ``first_row``,
``contact_id``), ``RowProblem.code`` and ``ImportFileError.key``. The wizard shows
people's words in their language, so this module turns each known code into a
``QCoreApplication.translate`` text. The arguments come from the detail's or error's
fields (``args``, ``first_row``, ``contact_id``, ``message_args``), never from the
English sentence, which is free to change (only ``malformed_record``, which names no
values, still tells a card from a line by how its sentence starts). Whole-file warnings
are ``FileWarning``s with a key and values too. Anything not recognised (a new code or key, an error
without a key, arguments of another shape) is shown as the English sentence, never as
nothing.

Rows and file errors have no regex fallback for values missing from ``args``: an
``ImportFileError`` is raised and shown in the same process, and a ``RowDetail`` or
``RowProblem`` lives only in memory (a plan, a result, a preview), made by this
version's pipeline; the batch record keeps counts and fuzzy suggestions, not details, and
the rejected-rows report is for people, never read back. So no detail from an older
version can reach this module, and parsing the English would only bring back the silent
mistranslation that ``args`` removes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app.core.importing import FileWarning, ImportFileError, RowWarning
from app.core.importing.encoding import MARK
from app.core.ops import OperationCancelled
from app.storage.importing import MappingMismatchError, RowDetail
from app.ui.importing.choices import field_labels
from app.ui.widgets.validation_status import reason_label


def _number(text: str) -> str:
    """An English-formatted count ("1,234") in the interface's number format."""
    try:
        return QLocale().toString(int(text.replace(",", "")))
    except ValueError:
        return text


def _field(name: str) -> str:
    """The label of a contact column or field name as the pipeline writes it."""
    labels = field_labels()
    if name in labels:
        return labels[name]
    for prefix in ("email", "phone"):  # email_raw, phone_e164, phone_status...
        if name.startswith(prefix):
            return labels[prefix]
    if name.endswith("_id") and name[:-3] in labels:  # company_id, stage_id, owner_id
        return labels[name[:-3]]
    others = {
        "custom_fields": QCoreApplication.translate("ImportReasons", "custom fields"),
        "time_zone": QCoreApplication.translate("ImportReasons", "time zone"),
        "quality_score": QCoreApplication.translate("ImportReasons", "quality score"),
        "validated_with": QCoreApplication.translate("ImportReasons", "validation"),
    }
    return others.get(name, name)


# --- rows of the dry run and the result ------------------------------------------------


def row_reason(detail: RowDetail) -> str:
    """What the plan page says about one row, in the interface's language.

    Args:
        detail: A row behind a number of a plan or result.

    Returns:
        The translated sentence; the pipeline's English one for an unknown code.
    """
    code = detail.reason
    fallback = detail.message or code
    base, _, listed = code.partition(" (")
    if detail.category == "rejected":
        return problem_text(code, detail.message, detail.args)
    if code == "new":
        return QCoreApplication.translate("ImportReasons", "A new contact.")
    if base in ("email_invalid", "phone_invalid") and detail.category in ("created", "invalid"):
        codes = [c.strip() for c in listed.rstrip(")").split(",") if c.strip()]
        why = ", ".join(reason_label(c) for c in codes) or QCoreApplication.translate(
            "ImportReasons", "no reason given"
        )
        if detail.category == "created":
            if base == "email_invalid":
                text = QCoreApplication.translate(
                    "ImportReasons", "A new contact, stored with an invalid email (%1)."
                )
            else:
                text = QCoreApplication.translate(
                    "ImportReasons", "A new contact, stored with an invalid phone (%1)."
                )
        elif base == "email_invalid":
            text = QCoreApplication.translate(
                "ImportReasons", "Stored with an invalid email (%1); the raw value is kept."
            )
        else:
            text = QCoreApplication.translate(
                "ImportReasons", "Stored with an invalid phone (%1); the raw value is kept."
            )
        return text.replace("%1", why)
    if code.startswith("duplicate_"):
        kind = code[len("duplicate_") :]
        kinds = {
            "email": QCoreApplication.translate("ImportReasons", "same email"),
            "phone_name": QCoreApplication.translate("ImportReasons", "same phone and name"),
            "company": QCoreApplication.translate("ImportReasons", "same company"),
        }
        if detail.first_row:
            return (
                QCoreApplication.translate("ImportReasons", "Repeats row %1 (%2).")
                .replace("%1", QLocale().toString(detail.first_row))
                .replace("%2", kinds.get(kind, kind))
            )
        if detail.contact_id is not None:
            return QCoreApplication.translate(
                "ImportReasons", "Matches contact %1 like an earlier row of this file."
            ).replace("%1", str(detail.contact_id))
        return fallback
    if code == "same_as_stored" and detail.contact_id is not None:
        return QCoreApplication.translate(
            "ImportReasons", "Matches contact %1; nothing new to add."
        ).replace("%1", str(detail.contact_id))
    if code == "merge":
        if not detail.args:  # no column changes: only new contact points or tags
            return QCoreApplication.translate("ImportReasons", "Adds contact points or tags.")
        labels = dict.fromkeys(_field(name) for name in detail.args)
        return QCoreApplication.translate("ImportReasons", "Changes %1.").replace(
            "%1", ", ".join(labels)
        )
    return fallback


def problem_text(code: str, message: str, args: tuple[str, ...] = ()) -> str:
    """Why a row cannot be read or stored (a reader's or the importer's rejection).

    Args:
        code: ``RowProblem.code`` or a rejection's code (``too_many_fields``...).
        message: The English sentence that came with it.
        args: What the sentence names, by code (see ``RowProblem`` and ``RowDetail``);
            the sentence itself is never parsed for them.

    Returns:
        The translated sentence; ``message`` for an unknown code or for arguments of
        another shape.
    """
    message = message.replace(MARK, "")
    match code, args:
        case ("too_many_fields" | "too_few_fields", (found, expected)):
            return _fill(
                QCoreApplication.translate(
                    "ImportReasons", "The row has %1 fields; the header has %2."
                ),
                _number(found),
                _number(expected),
            )
        case ("field_too_long", (limit,)):
            return _fill(
                QCoreApplication.translate(
                    "ImportReasons", "A value is longer than %1 characters."
                ),
                _number(limit),
            )
        case ("field_too_long", _):  # the csv module's own limit stopped the row
            return QCoreApplication.translate("ImportReasons", "A field is longer than the limit.")
        case ("value_too_long", (name, limit)):
            return _fill(
                QCoreApplication.translate(
                    "ImportReasons", "The field “%1” is longer than %2 characters."
                ),
                _field(name),
                _number(limit),
            )
        case ("unbalanced_quote", _):
            return QCoreApplication.translate(
                "ImportReasons",
                "A quote opens a field that is never closed; this line was skipped and the "
                "lines after it were read again.",
            )
        case ("encoding_error", (encoding, "card")):
            return _fill(
                QCoreApplication.translate(
                    "ImportReasons", "The card has bytes that are not valid %1."
                ),
                encoding,
            )
        case ("encoding_error", (encoding, "line")):
            return _fill(
                QCoreApplication.translate(
                    "ImportReasons",
                    "The line has bytes that are not valid %1 (shown as \\x.. escapes).",
                ),
                encoding,
            )
        case ("malformed_record", _):
            if message.startswith("The card has no END:VCARD"):
                return QCoreApplication.translate(
                    "ImportReasons", "The card has no END:VCARD line."
                )
            if message.startswith("The card"):
                return QCoreApplication.translate("ImportReasons", "The card cannot be read.")
            return QCoreApplication.translate(
                "ImportReasons", "The line cannot be read as delimited text."
            )
        case ("no_contact_data", _):
            return QCoreApplication.translate(
                "ImportReasons",
                "The row has no name, email, phone, company or LinkedIn profile.",
            )
    return message


# --- whole-file errors -------------------------------------------------------------------

_BINARY_KINDS: dict[str, Callable[[], str]] = {
    "a PDF document": lambda: QCoreApplication.translate("ImportErrors", "a PDF document"),
    "a PNG image": lambda: QCoreApplication.translate("ImportErrors", "a PNG image"),
    "a JPEG image": lambda: QCoreApplication.translate("ImportErrors", "a JPEG image"),
    "a GIF image": lambda: QCoreApplication.translate("ImportErrors", "a GIF image"),
    "an old-style Office document": lambda: QCoreApplication.translate(
        "ImportErrors", "an old-style Office document"
    ),
    "a zip archive": lambda: QCoreApplication.translate("ImportErrors", "a zip archive"),
    "a Windows program": lambda: QCoreApplication.translate("ImportErrors", "a Windows program"),
    "a program": lambda: QCoreApplication.translate("ImportErrors", "a program"),
    "a gzip archive": lambda: QCoreApplication.translate("ImportErrors", "a gzip archive"),
    "a RAR archive": lambda: QCoreApplication.translate("ImportErrors", "a RAR archive"),
    "a 7-Zip archive": lambda: QCoreApplication.translate("ImportErrors", "a 7-Zip archive"),
    "a database file": lambda: QCoreApplication.translate("ImportErrors", "a database file"),
    "a binary file": lambda: QCoreApplication.translate("ImportErrors", "a binary file"),
}


def _fill(text: str, *args: str) -> str:
    """Put ``args`` in for %1, %2... (Qt's own arg() is not offered for str in Python)."""
    for i, arg in enumerate(args, 1):
        text = text.replace(f"%{i}", arg)
    return text


def _decimal(text: str) -> str:
    """A size with one decimal ("12.3") in the interface's number format."""
    try:
        return QLocale().toString(float(text), "f", 1)
    except ValueError:
        return text


def _file_error_text(key: str | None, args: tuple[str, ...]) -> str | None:
    """The translation of one of the readers' sentences, None for an unknown key or shape.

    Args:
        key: ``ImportFileError.key``.
        args: ``ImportFileError.message_args``; the English sentence is never parsed.
    """
    match key, args:
        case ("folder", ()):
            return QCoreApplication.translate("ImportErrors", "This is a folder, not a file.")
        case ("cannot_open", (reason,)):
            return _fill(
                QCoreApplication.translate("ImportErrors", "The file cannot be opened: %1."), reason
            )
        case ("damaged_archive", (detail,)):
            return _fill(
                QCoreApplication.translate("ImportErrors", "The file is a damaged archive (%1)."),
                detail,
            )
        case ("zip_not_spreadsheet", ()):
            return QCoreApplication.translate(
                "ImportErrors",
                "This is a zip archive, not a spreadsheet. Unpack it and import the CSV or "
                "XLSX file inside.",
            )
        case ("no_vcard", ()):
            return QCoreApplication.translate(
                "ImportErrors", "The file holds no vCard (no BEGIN:VCARD line)."
            )
        case ("too_many_parts", (count,)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors",
                    "The spreadsheet holds %1 parts; a real workbook has far fewer. "
                    "It was not opened.",
                ),
                _number(count),
            )
        case ("too_large", (size, limit)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors",
                    "The spreadsheet would unpack to %1 GB, more than the %2 GB limit. "
                    "It was not opened.",
                ),
                _decimal(size),
                _number(limit),
            )
        case ("part_ratio", (part, ratio)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors",
                    "The spreadsheet part “%1” is compressed %2 times, which only zip bombs "
                    "do. It was not opened.",
                ),
                part,
                _number(ratio),
            )
        case ("part_mismatch", (part, _)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors",
                    "The spreadsheet part “%1” does not match its declared size or checksum. "
                    "It was not opened.",
                ),
                part,
            )
        case ("password_protected", ()):
            return QCoreApplication.translate(
                "ImportErrors",
                "The spreadsheet is password-protected; save an unprotected copy first.",
            )
        case ("damaged_spreadsheet", (_,)):
            return QCoreApplication.translate(
                "ImportErrors", "The spreadsheet is damaged or not really a spreadsheet."
            )
        case ("sheet_empty_others", (sheet, *others)) if others:
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors", "The sheet “%1” is empty. Other sheets: %2."
                ),
                sheet,
                ", ".join(others),
            )
        case ("sheet_empty", (sheet,)):
            return _fill(
                QCoreApplication.translate("ImportErrors", "The sheet “%1” is empty."), sheet
            )
        case ("sheet_header_only", (sheet,)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors", "The sheet “%1” has a header row but no data rows."
                ),
                sheet,
            )
        case ("sheet_unreadable", (sheet, _)):
            return _fill(
                QCoreApplication.translate("ImportErrors", "The sheet “%1” cannot be read."), sheet
            )
        case ("no_such_sheet", (asked, *sheets)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors", "The workbook has no sheet %1. Sheets: %2."
                ),
                asked,
                ", ".join(sheets) or QCoreApplication.translate("ImportErrors", "none"),
            )
        case ("no_rows", ()):
            return QCoreApplication.translate("ImportErrors", "The file has no rows.")
        case ("header_only", ()):
            return QCoreApplication.translate(
                "ImportErrors", "The file has a header row but no data rows."
            )
        case ("unknown_encoding", (encoding,)):
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors", "“%1” is not a text encoding this app knows."
                ),
                encoding,
            )
        case ("empty", ()):
            return QCoreApplication.translate("ImportErrors", "The file is empty.")
        case ("binary", (kind,)):
            label = _BINARY_KINDS.get(kind)
            return _fill(
                QCoreApplication.translate(
                    "ImportErrors",
                    "This is %1, not a text table. Export the data as CSV, XLSX or vCard.",
                ),
                label() if label is not None else kind,
            )
    return None


def error_text(error: BaseException) -> str:
    """What the wizard says about a read, dry run or import that stopped on ``error``.

    Args:
        error: An ``ImportFileError`` (the file cannot be imported), an
            ``OperationCancelled``, or anything else (its own text is shown).

    Returns:
        The translated sentence; the error's English message when not recognised.
    """
    if isinstance(error, OperationCancelled):
        return QCoreApplication.translate(
            "ImportErrors", "The import was cancelled; nothing was written."
        )
    if isinstance(error, ImportFileError):
        return _file_error_text(error.key, error.message_args) or error.message
    if isinstance(error, MappingMismatchError):
        return QCoreApplication.translate(
            "ImportErrors",
            "The column mapping was made for a file with other columns; "
            "inspect this file again and map its columns.",
        )
    return str(error)


# --- warnings about a file and undo conflicts --------------------------------------------


def warning_text(warning: FileWarning) -> str:
    """A reader's warning about the whole file (check page), in the interface's language.

    Args:
        warning: One of ``DetectedFormat.warnings``.

    Returns:
        The translated warning, from its key and values; its English message for an
        unknown key or values of another shape.
    """
    key, args = warning.key, warning.args
    if key == "mixed_encoding":
        return QCoreApplication.translate(
            "ImportErrors",
            "Some lines are not valid UTF-8 (another encoding was pasted in); those rows "
            "will be rejected and listed in the report.",
        )
    if key == "uncertain_encoding" and len(args) == 1:
        return QCoreApplication.translate(
            "ImportErrors",
            "The text encoding is uncertain (guessed %1); check the preview and pick "
            "another encoding if names look wrong.",
        ).replace("%1", args[0])
    if key == "formulas_without_value" and len(args) >= 3 and args[0].isdigit():
        count, more, cells = args[0], args[1], ", ".join(args[2:])
        if more.isdigit() and int(more):
            cells = (
                QCoreApplication.translate("ImportErrors", "%1 and %2 more")
                .replace("%1", cells)
                .replace("%2", _number(more))
            )
        return (
            QCoreApplication.translate(
                "ImportErrors",
                "Formula cells without a saved value: %1 (%2); they are read as empty. "
                "Open and save the file in Excel to compute them.",
            )
            .replace("%1", _number(count))
            .replace("%2", cells)
        )
    return warning.message.replace(MARK, "")


def row_warning_text(warning: RowWarning) -> str:
    """One row warning (the row was imported; a field needs a look), translated.

    Args:
        warning: One of a plan's or result's ``row_warnings``.

    Returns:
        "Row 5, cell C5 (Email): …" in the interface's language; for an unknown code
        its code and values.
    """
    row = _number(str(warning.row))
    if warning.code == "formula_without_value" and len(warning.args) == 2:
        cell, column = warning.args
        return (
            QCoreApplication.translate(
                "ImportErrors",
                "Row %1, cell %2 (%3): a formula saved without its value; the field is left empty.",
            )
            .replace("%1", row)
            .replace("%2", cell)
            .replace("%3", column)
        )
    detail = ", ".join(warning.args)
    return (
        QCoreApplication.translate("ImportErrors", "Row %1: %2")
        .replace("%1", row)
        .replace("%2", f"{warning.code} ({detail})" if detail else warning.code)
    )


class ImportErrors(QObject):
    """The import's plural texts, in the same context as its other messages.

    PySide6's lupdate marks a text as plural (``%n``) only in a ``self.tr`` call, never in
    ``QCoreApplication.translate``, so these live on an object.
    """

    def formulas_without_value(self, count: int) -> str:
        """The heading when every row warning is a formula saved without its value."""
        return self.tr(
            "%n field(s) will be empty: formula cells saved without a value. Open and save "
            "the file in your spreadsheet program to compute them, then import it again.",
            "",
            count,
        )

    def row_warnings(self, count: int) -> str:
        """The heading of mixed row warnings."""
        return self.tr("%n warning(s) about rows (they are imported):", "", count)

    def more(self, count: int) -> str:
        """The last line when not every warning is listed."""
        return self.tr("… and %n more.", "", count)


def row_warnings_text(warnings: tuple[RowWarning, ...], count: int, shown: int = 8) -> str:
    """The row warnings of a plan or result as lines: a heading, the first rows, the rest.

    Returns:
        "" when there are none.
    """
    if not count:
        return ""
    words = ImportErrors()
    if all(w.code == "formula_without_value" for w in warnings):
        heading = words.formulas_without_value(count)
    else:
        heading = words.row_warnings(count)
    lines = [heading]
    listed = warnings[:shown]
    lines.extend(f"• {row_warning_text(w)}" for w in listed)
    if count > len(listed):
        lines.append(words.more(count - len(listed)))
    return "\n".join(lines)


def report_problem_text(code: str) -> str:
    """Why a rejected-rows report could not be written where it was wanted."""
    texts = {
        "read_only": QCoreApplication.translate("ImportErrors", "the folder is read-only"),
        "disk_full": QCoreApplication.translate("ImportErrors", "the disk is full"),
        "cannot_write": QCoreApplication.translate(
            "ImportErrors", "the folder cannot be written to"
        ),
    }
    return texts.get(code, code)


def conflict_text(reason: str) -> str:
    """Why undoing an import would touch a contact changed since (English code-like text)."""
    reasons = {
        "edited since the import": QCoreApplication.translate(
            "ImportReasons", "edited since the import"
        ),
        "worked on since the import": QCoreApplication.translate(
            "ImportReasons", "worked on since the import"
        ),
        "deleted since the import": QCoreApplication.translate(
            "ImportReasons", "deleted since the import"
        ),
    }
    return reasons.get(reason, reason)
