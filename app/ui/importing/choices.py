"""Readable labels for what the import pipeline speaks in codes.

Fields, encodings, delimiters and plan categories are codes in the pipeline
(``first_name``, ``cp1251``, ``;``, ``in_file``); the wizard shows people words. Labels
are translated when asked for (not at import time), so a language switch applies.
"""

from __future__ import annotations

import codecs

from PySide6.QtCore import QCoreApplication

from app.core.importing import CUSTOM_PREFIX, IGNORE, TARGET_FIELDS

_CTX = "ImportChoices"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_labels() -> dict[str, str]:
    """The canonical target fields with their labels, in the pipeline's order."""
    labels = {
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "full_name": _tr("Full name"),
        "email": _tr("Email"),
        "email_2": _tr("Second email"),
        "phone": _tr("Phone"),
        "mobile_phone": _tr("Mobile phone"),
        "phone_e164": _tr("Phone (E.164)"),
        "company": _tr("Company"),
        "title": _tr("Job title"),
        "industry": _tr("Industry"),
        "employees": _tr("Employees"),
        "country": _tr("Country"),
        "city": _tr("City"),
        "website": _tr("Website"),
        "linkedin_url": _tr("LinkedIn URL"),
        "stage": _tr("Stage"),
        "owner": _tr("Owner"),
        "source": _tr("Lead source"),
        "tags": _tr("Tags"),
        "notes": _tr("Notes"),
        "lead_type": _tr("Lead type"),
    }
    # A field the pipeline adds later still shows, under its code.
    return {f: labels.get(f, f) for f in TARGET_FIELDS}


def target_label(target: str) -> str:
    """The label of a mapping target: a field, ``custom:<name>`` or ``ignore``."""
    if target == IGNORE:
        return _tr("Ignore this column")
    if target.startswith(CUSTOM_PREFIX):
        return _tr("Custom field: %1").replace("%1", target[len(CUSTOM_PREFIX) :])
    return field_labels().get(target, target)


def target_note(target: str) -> str:
    """What happens to a column's values, said plainly."""
    if target == "full_name":
        return _tr("Will be split into first and last name")
    if target == IGNORE:
        return _tr("Not imported")
    if target.startswith(CUSTOM_PREFIX):
        return _tr("Kept as a custom field, never dropped")
    if target == "email_2":
        return _tr("Kept as an extra email of the contact")
    if target == "mobile_phone":
        return _tr("Kept as the contact's mobile number")
    return ""


def basis_label(origin: str, basis: str = "") -> str:
    """How a column's target was chosen: automatically (and from what), remembered, yours."""
    if origin == "remembered":
        return _tr("remembered")
    if origin == "yours":
        return _tr("yours")
    by = {
        "header": _tr("auto · column name"),
        "keyword": _tr("auto · word in the name"),
        "content": _tr("auto · values"),
        "custom": _tr("auto · unknown column"),
    }
    return by.get(basis, _tr("auto"))


#: Encodings always offered for an override, besides the detector's candidates.
COMMON_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "cp1251",
    "gb18030",
    "shift_jis",
    "latin-1",
    "utf-16",
)


def encoding_key(name: str) -> str:
    """Python's canonical name of a codec (``latin-1`` → ``iso8859-1``), for de-duplication."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def encoding_label(name: str) -> str:
    """A codec name as people know it: ``cp1251`` → "Windows-1251 (Cyrillic)"."""
    labels = {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
        "cp1251": _tr("Windows-1251 (Cyrillic)"),
        "koi8-r": _tr("KOI8-R (Cyrillic)"),
        "cp866": _tr("DOS cp866 (Cyrillic)"),
        "iso8859-5": _tr("ISO-8859-5 (Cyrillic)"),
        "gb18030": _tr("GB18030 (Chinese)"),
        "gbk": _tr("GBK (Chinese)"),
        "big5": _tr("Big5 (Chinese, traditional)"),
        "shift_jis": _tr("Shift-JIS (Japanese)"),
        "cp932": _tr("Shift-JIS (Japanese, Windows)"),
        "euc_jp": _tr("EUC-JP (Japanese)"),
        "euc_kr": _tr("EUC-KR (Korean)"),
        "iso8859-1": _tr("Latin-1 (Western European)"),
        "cp1252": _tr("Windows-1252 (Western European)"),
        "cp1250": _tr("Windows-1250 (Central European)"),
        "iso8859-2": _tr("ISO-8859-2 (Central European)"),
        "cp1257": _tr("Windows-1257 (Baltic)"),
        "iso8859-13": _tr("ISO-8859-13 (Baltic)"),
        "cp1254": _tr("Windows-1254 (Turkish)"),
        "cp1256": _tr("Windows-1256 (Arabic)"),
        "mac-roman": _tr("Mac Roman"),
    }
    return labels.get(encoding_key(name), name)


def delimiter_choices() -> list[tuple[str, str]]:
    """The field separators offered: (label, character)."""
    return [
        (_tr("Comma ( , )"), ","),
        (_tr("Semicolon ( ; )"), ";"),
        (_tr("Tab"), "\t"),
        (_tr("Pipe ( | )"), "|"),
    ]


def delimiter_label(delimiter: str | None) -> str:
    """The label of a separator character ("Semicolon ( ; )")."""
    for label, char in delimiter_choices():
        if char == delimiter:
            return label
    return repr(delimiter) if delimiter else _tr("none")


def format_label(file_format: str) -> str:
    """The label of a detected format code."""
    labels = {
        "csv": _tr("Delimited text (CSV/TSV)"),
        "xlsx": _tr("Excel workbook (XLSX)"),
        "xls": _tr("Excel 97–2003 workbook (XLS)"),
        "ods": _tr("OpenDocument spreadsheet (ODS)"),
        "vcard": _tr("vCard contacts (VCF)"),
    }
    return labels.get(file_format, file_format)


#: The order the dry run lists its numbers in.
PLAN_CATEGORIES: tuple[str, ...] = (
    "created",
    "updated",
    "in_file",
    "unchanged",
    "invalid",
    "rejected",
)


def category_label(category: str) -> str:
    """What a plan category means, as the dry run lists it."""
    labels = {
        "created": _tr("New contacts"),
        "updated": _tr("Will update contacts you have"),
        "in_file": _tr("Duplicates inside the file"),
        "unchanged": _tr("Duplicates of contacts you have (nothing to add)"),
        "invalid": _tr("Invalid email or phone (imported, raw value kept)"),
        "rejected": _tr("Rejected (cannot be stored)"),
    }
    return labels.get(category, category)


def reason_labels() -> dict[str, str]:
    """Readable names of the fuzzy-suggestion reason codes."""
    return {
        "same_email": _tr("same email"),
        "same_company": _tr("same company"),
        "same_name": _tr("same name"),
        "similar_name": _tr("similar name"),
        "nickname": _tr("nickname"),
        "transliteration": _tr("different alphabets"),
        "name_order": _tr("first and last name swapped"),
        "different_email": _tr("different emails"),
    }
