"""Readable labels for what the import pipeline speaks in codes.

Fields, encodings, delimiters and plan categories are codes in the pipeline
(``first_name``, ``cp1251``, ``;``, ``in_file``); the wizard shows people words. Labels
are translated when asked for (not at import time), so a language switch applies.
"""

from __future__ import annotations

import codecs

from PySide6.QtCore import QCoreApplication

from app.core.importing import CUSTOM_PREFIX, IGNORE, TARGET_FIELDS


def field_labels() -> dict[str, str]:
    """The canonical target fields with their labels, in the pipeline's order."""
    labels = {
        "first_name": QCoreApplication.translate("ImportChoices", "First name"),
        "middle_name": QCoreApplication.translate("ImportChoices", "Middle name / patronymic"),
        "last_name": QCoreApplication.translate("ImportChoices", "Last name"),
        "full_name": QCoreApplication.translate("ImportChoices", "Full name"),
        "email": QCoreApplication.translate("ImportChoices", "Email"),
        "email_2": QCoreApplication.translate("ImportChoices", "Second email"),
        "phone": QCoreApplication.translate("ImportChoices", "Phone"),
        "mobile_phone": QCoreApplication.translate("ImportChoices", "Mobile phone"),
        "phone_e164": QCoreApplication.translate("ImportChoices", "Phone (E.164)"),
        "company": QCoreApplication.translate("ImportChoices", "Company"),
        "title": QCoreApplication.translate("ImportChoices", "Job title"),
        "industry": QCoreApplication.translate("ImportChoices", "Industry"),
        "employees": QCoreApplication.translate("ImportChoices", "Employees"),
        "country": QCoreApplication.translate("ImportChoices", "Country"),
        "city": QCoreApplication.translate("ImportChoices", "City"),
        "website": QCoreApplication.translate("ImportChoices", "Website"),
        "linkedin_url": QCoreApplication.translate("ImportChoices", "LinkedIn URL"),
        "stage": QCoreApplication.translate("ImportChoices", "Stage"),
        "owner": QCoreApplication.translate("ImportChoices", "Owner"),
        "source": QCoreApplication.translate("ImportChoices", "Lead source"),
        "tags": QCoreApplication.translate("ImportChoices", "Tags"),
        "notes": QCoreApplication.translate("ImportChoices", "Notes"),
        "lead_type": QCoreApplication.translate("ImportChoices", "Lead type"),
        "arrived_at": QCoreApplication.translate("ImportChoices", "Arrived (inbound)"),
        "contact_id": QCoreApplication.translate("ImportChoices", "Contact id (export)"),
    }
    # A field the pipeline adds later still shows, under its code.
    return {f: labels.get(f, f) for f in TARGET_FIELDS}


def target_label(target: str) -> str:
    """The label of a mapping target: a field, ``custom:<name>`` or ``ignore``."""
    if target == IGNORE:
        return QCoreApplication.translate("ImportChoices", "Ignore this column")
    if target.startswith(CUSTOM_PREFIX):
        return QCoreApplication.translate("ImportChoices", "Custom field: %1").replace(
            "%1", target[len(CUSTOM_PREFIX) :]
        )
    return field_labels().get(target, target)


def target_note(target: str) -> str:
    """What happens to a column's values, said plainly."""
    if target == "full_name":
        return QCoreApplication.translate("ImportChoices", "Will be split into first and last name")
    if target == IGNORE:
        return QCoreApplication.translate("ImportChoices", "Not imported")
    if target.startswith(CUSTOM_PREFIX):
        return QCoreApplication.translate("ImportChoices", "Kept as a custom field, never dropped")
    if target == "email_2":
        return QCoreApplication.translate("ImportChoices", "Kept as an extra email of the contact")
    if target == "mobile_phone":
        return QCoreApplication.translate("ImportChoices", "Kept as the contact's mobile number")
    return ""


def basis_label(origin: str, basis: str = "") -> str:
    """How a column's target was chosen: automatically (and from what), remembered, yours."""
    if origin == "remembered":
        return QCoreApplication.translate("ImportChoices", "remembered")
    if origin == "yours":
        return QCoreApplication.translate("ImportChoices", "yours")
    by = {
        "header": QCoreApplication.translate("ImportChoices", "auto · column name"),
        "keyword": QCoreApplication.translate("ImportChoices", "auto · word in the name"),
        "content": QCoreApplication.translate("ImportChoices", "auto · values"),
        "custom": QCoreApplication.translate("ImportChoices", "auto · unknown column"),
    }
    return by.get(basis, QCoreApplication.translate("ImportChoices", "auto"))


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
        "cp1251": QCoreApplication.translate("ImportChoices", "Windows-1251 (Cyrillic)"),
        "koi8-r": QCoreApplication.translate("ImportChoices", "KOI8-R (Cyrillic)"),
        "cp866": QCoreApplication.translate("ImportChoices", "DOS cp866 (Cyrillic)"),
        "iso8859-5": QCoreApplication.translate("ImportChoices", "ISO-8859-5 (Cyrillic)"),
        "gb18030": QCoreApplication.translate("ImportChoices", "GB18030 (Chinese)"),
        "gbk": QCoreApplication.translate("ImportChoices", "GBK (Chinese)"),
        "big5": QCoreApplication.translate("ImportChoices", "Big5 (Chinese, traditional)"),
        "shift_jis": QCoreApplication.translate("ImportChoices", "Shift-JIS (Japanese)"),
        "cp932": QCoreApplication.translate("ImportChoices", "Shift-JIS (Japanese, Windows)"),
        "euc_jp": QCoreApplication.translate("ImportChoices", "EUC-JP (Japanese)"),
        "euc_kr": QCoreApplication.translate("ImportChoices", "EUC-KR (Korean)"),
        "iso8859-1": QCoreApplication.translate("ImportChoices", "Latin-1 (Western European)"),
        "cp1252": QCoreApplication.translate("ImportChoices", "Windows-1252 (Western European)"),
        "cp1250": QCoreApplication.translate("ImportChoices", "Windows-1250 (Central European)"),
        "iso8859-2": QCoreApplication.translate("ImportChoices", "ISO-8859-2 (Central European)"),
        "cp1257": QCoreApplication.translate("ImportChoices", "Windows-1257 (Baltic)"),
        "iso8859-13": QCoreApplication.translate("ImportChoices", "ISO-8859-13 (Baltic)"),
        "cp1254": QCoreApplication.translate("ImportChoices", "Windows-1254 (Turkish)"),
        "cp1256": QCoreApplication.translate("ImportChoices", "Windows-1256 (Arabic)"),
        "mac-roman": QCoreApplication.translate("ImportChoices", "Mac Roman"),
    }
    return labels.get(encoding_key(name), name)


def delimiter_choices() -> list[tuple[str, str]]:
    """The field separators offered: (label, character)."""
    return [
        (QCoreApplication.translate("ImportChoices", "Comma ( , )"), ","),
        (QCoreApplication.translate("ImportChoices", "Semicolon ( ; )"), ";"),
        (QCoreApplication.translate("ImportChoices", "Tab"), "\t"),
        (QCoreApplication.translate("ImportChoices", "Pipe ( | )"), "|"),
    ]


def delimiter_label(delimiter: str | None) -> str:
    """The label of a separator character ("Semicolon ( ; )")."""
    for label, char in delimiter_choices():
        if char == delimiter:
            return label
    return repr(delimiter) if delimiter else QCoreApplication.translate("ImportChoices", "none")


def format_label(file_format: str) -> str:
    """The label of a detected format code."""
    labels = {
        "csv": QCoreApplication.translate("ImportChoices", "Delimited text (CSV/TSV)"),
        "xlsx": QCoreApplication.translate("ImportChoices", "Excel workbook (XLSX)"),
        "xls": QCoreApplication.translate("ImportChoices", "Excel 97–2003 workbook (XLS)"),
        "ods": QCoreApplication.translate("ImportChoices", "OpenDocument spreadsheet (ODS)"),
        "vcard": QCoreApplication.translate("ImportChoices", "vCard contacts (VCF)"),
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
        "created": QCoreApplication.translate("ImportChoices", "New contacts"),
        "updated": QCoreApplication.translate("ImportChoices", "Will update contacts you have"),
        "in_file": QCoreApplication.translate("ImportChoices", "Duplicates inside the file"),
        "unchanged": QCoreApplication.translate(
            "ImportChoices", "Duplicates of contacts you have (nothing to add)"
        ),
        "invalid": QCoreApplication.translate(
            "ImportChoices", "Invalid email or phone (imported, raw value kept)"
        ),
        "rejected": QCoreApplication.translate("ImportChoices", "Rejected (cannot be stored)"),
    }
    return labels.get(category, category)


def reason_labels() -> dict[str, str]:
    """Readable names of the fuzzy-suggestion reason codes."""
    return {
        "same_email": QCoreApplication.translate("ImportChoices", "same email"),
        "same_company": QCoreApplication.translate("ImportChoices", "same company"),
        "same_name": QCoreApplication.translate("ImportChoices", "same name"),
        "similar_name": QCoreApplication.translate("ImportChoices", "similar name"),
        "nickname": QCoreApplication.translate("ImportChoices", "nickname"),
        "transliteration": QCoreApplication.translate("ImportChoices", "different alphabets"),
        "name_order": QCoreApplication.translate("ImportChoices", "first and last name swapped"),
        "different_email": QCoreApplication.translate("ImportChoices", "different emails"),
    }
