"""Recognise a file's format from its first bytes, then its name."""

from __future__ import annotations

import codecs
import os
import zipfile

from app.core.importing.errors import (
    CorruptSpreadsheetError,
    FileAccessError,
    UnsupportedFormatError,
)
from app.core.importing.table import FileFormat

_SPREADSHEET_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
_VCARD_SUFFIXES = {".vcf", ".vcard"}


def _starts_like_vcard(head: bytes) -> bool:
    for bom, codec in (
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, "ignore")
            break
    else:
        text = head.decode("latin-1")
    return text.lstrip().upper().startswith("BEGIN:VCARD")


def sniff_format(path: str) -> FileFormat:
    """Say which reader a file needs, trusting its content over its name.

    A spreadsheet renamed to .csv is still read as a spreadsheet; a zip archive that is
    no workbook is refused. Only the zip central directory is read here, never a
    member, so this is safe on zip bombs.

    Args:
        path: The file.

    Returns:
        ``csv`` (any delimited text), ``xlsx``, ``xls``, ``ods`` or ``vcard``.

    Raises:
        FileAccessError: Missing, a folder, or not readable.
        UnsupportedFormatError: A zip archive that is not a workbook.
        CorruptSpreadsheetError: A spreadsheet-named file that is a damaged archive.
    """
    if os.path.isdir(path):
        raise FileAccessError("This is a folder, not a file.", path=path, key="folder")
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError as exc:
        raise FileAccessError.cannot_open(path, exc) from exc
    suffix = os.path.splitext(path)[1].lower()

    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
        except zipfile.BadZipFile as exc:
            raise CorruptSpreadsheetError(
                f"The file is a damaged archive ({exc}).",
                path=path,
                key="damaged_archive",
                message_args=(str(exc),),
            ) from exc
        if "xl/workbook.xml" in names:
            return "xlsx"
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return "ods"
        if suffix in _SPREADSHEET_SUFFIXES:
            # Let the spreadsheet reader run its archive checks and say what is wrong.
            return "ods" if suffix == ".ods" else "xlsx"
        raise UnsupportedFormatError(
            "This is a zip archive, not a spreadsheet. Unpack it and import the CSV or "
            "XLSX file inside.",
            path=path,
            key="zip_not_spreadsheet",
        )
    if head.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".xls", ".csv", ".txt", ""):
        return "xls"
    if suffix in _VCARD_SUFFIXES or _starts_like_vcard(head):
        return "vcard"
    return "csv"
