"""Demo data plus a few hand-made bad rows with Cyrillic and Chinese names, validated."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.storage.database import Database
from app.storage.demo import populate_demo
from app.storage.validation import validate_database

#: (first, last, raw email, raw phone, country)
BAD_ROWS = [
    ("Анна", "Кузнецова-Римская", "anna.kuznetsova@gmial.com", "8 (495) 123-45-67", "Russia"),
    ("伟", "王", "wang.wei@@example", "n/a", "China"),
    (
        "Maximilian Alexander",
        "von Hohenzollern-Sigmaringen",
        "info@hohenzollern-sigmaringen-strategic-partnerships.de",
        "+49 30 1234567",
        "Germany",
    ),
]


@dataclass(frozen=True)
class BadIds:
    """Ids of the hand-made rows."""

    cyrillic: int
    chinese: int
    long_name: int


def insert_bad_rows(db: Database) -> BadIds:
    """Insert :data:`BAD_ROWS` and validate them; returns their ids."""
    ids = []
    with db.transaction() as conn:
        for first, last, email, phone, country in BAD_ROWS:
            ids.append(
                conn.execute(
                    text(
                        "INSERT INTO contacts (first_name, last_name, full_name, email_raw,"
                        " phone_raw, country, do_not_contact, custom_fields, version,"
                        " created_at, updated_at) VALUES (:f, :l, :full, :e, :p, :c, 0, '{}',"
                        " 1, '2026-01-01', '2026-01-01') RETURNING id"
                    ),
                    {
                        "f": first,
                        "l": last,
                        "full": f"{first} {last}",
                        "e": email,
                        "p": phone,
                        "c": country,
                    },  # fmt: skip
                ).scalar_one()
            )
    validate_database(db, contact_ids=ids, workers=0)
    return BadIds(*ids)


def fill(db: Database) -> BadIds:
    """200 demo contacts plus the bad rows."""
    populate_demo(db, contacts=200)
    return insert_bad_rows(db)


def column(db: Database, contact_id: int, name: str) -> object:
    """One column of one contact, read straight from the file."""
    with db.reading() as conn:
        return conn.execute(
            text(f"SELECT {name} FROM contacts WHERE id = :i"),  # noqa: S608 (test helper)
            {"i": contact_id},
        ).scalar()


def type_text(qtbot: QtBot, widget: QWidget, value: str) -> None:
    """Type ``value``: ASCII as key clicks, anything else as an input method commits.

    QTest can only click ASCII keys; Cyrillic and Chinese arrive through the platform's
    input method, so that is how the test sends them too.
    """
    run = ""
    for char in value + "\0":
        if char.isascii() and char != "\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char != "\0":
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
