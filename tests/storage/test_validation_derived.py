"""The derived columns of a contact: one function, the same values from every writer."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core.validation import check_phone, region_for_country
from app.storage.contacts.derived import DERIVED_COLUMNS
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo, validate_records
from app.storage.importing import run_import
from app.storage.validation import validate_database
from tests.storage.test_validation import add_people

# (first, last, company, title, email, phone, country): no two rows are the same person,
# so an import creates one contact for each.
RAW: list[tuple[str, str, str, str, str, str, str]] = [
    ("Иван", "Петров", "ООО Ромашка", "Директор", "Ivan.Petrov@Example.COM",
     "8 (495) 123-45-67", "Россия"),
    ("伟", "王", "北京科技有限公司", "经理", "wang.wei@qq.com", "010-12345678", "中国"),
    ("Rūta", "Kazlauskienė", "UAB Įmonė", "Vadovė", "ruta@yahooo.com", "8 612 34567",
     "Lietuva"),
    ("John", "Smith", "Acme Corp", "", "info@acme-corp.com", "n/a", "USA"),
    ("Mary", "Smith", "Acme Corp", "VP Sales", "mary@@acme-corp.com", "(650) 253-0000 x12",
     "USA"),
    ("Jane", "Doe", "Globex", "CFO", "jane@globex.com", "+44 7911 123456", "United Kingdom"),
    ("Anna", "Lee", "", "CTO", "", "+1 650 253 0001", "USA"),
]  # fmt: skip


def derived_by_first_name(db: Database) -> dict[str, tuple[Any, ...]]:
    columns = ", ".join(DERIVED_COLUMNS)
    with db.reading() as conn:
        found = conn.execute(text(f"SELECT first_name, {columns} FROM contacts"))  # noqa: S608
        return {row[0]: tuple(row[1:]) for row in found}


def test_import_demo_and_validation_derive_the_same_columns(
    db: Database, tmp_path: Path, migrated_template: Path
) -> None:
    # The import path: a CSV file.
    path = tmp_path / "people.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "Company", "Title", "Email", "Phone",
                         "Country"])  # fmt: skip
        writer.writerows(RAW)
    assert run_import(db, path).created == len(RAW)
    imported = derived_by_first_name(db)

    # The validation path: raw columns only, then a validation run.
    other_path = tmp_path / "validated.sqlite3"
    shutil.copyfile(migrated_template, other_path)
    other = open_database(other_path)
    try:
        add_people(other, [tuple(value or None for value in row) for row in RAW])
        validate_database(other, workers=1)
        validated = derived_by_first_name(other)
    finally:
        other.close()

    # The demo path: the loader's worker function on the same raw values.
    records = [
        (email, phone, region_for_country(country), first, last, company, title)
        for first, last, company, title, email, phone, country in RAW
    ]
    demo = {
        row[0]: tuple(fields[name] for name in DERIVED_COLUMNS)
        for row, fields in zip(RAW, validate_records(records), strict=True)
    }

    assert len(imported) == len(validated) == len(demo) == len(RAW)
    for first, *_ in RAW:
        assert imported[first] == validated[first] == demo[first], first
    # The rows cover what the columns can hold: zones, suggestions, invalid values.
    zones = {values[DERIVED_COLUMNS.index("time_zone")] for values in demo.values()}
    assert "Europe/Moscow" in zones and None in zones
    assert demo["Rūta"][DERIVED_COLUMNS.index("email_suggestion")] == "ruta@yahoo.com"
    assert demo["Mary"][DERIVED_COLUMNS.index("email_status")] == "invalid"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Database:
    path = tmp_path_factory.mktemp("derived-demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    populate_demo(db, contacts=400, seed=11, now=dt.datetime(2026, 11, 23, tzinfo=dt.UTC))
    return db


def test_demo_contacts_get_their_phones_time_zone(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        rows = conn.execute(
            text("SELECT phone_raw, country, time_zone FROM contacts WHERE phone_raw IS NOT NULL")
        ).all()
    assert rows
    with_zone = 0
    for phone_raw, country, time_zone in rows:
        zones = check_phone(phone_raw, region_for_country(country)).time_zones
        # As on import: the phone's zone when it has exactly one, else none (no guess).
        assert time_zone == (zones[0] if len(zones) == 1 else None), phone_raw
        with_zone += time_zone is not None
    assert with_zone >= len(rows) * 3 // 4


def test_revalidating_demo_data_changes_nothing(demo_db: Database) -> None:
    run = validate_database(demo_db, workers=1)
    assert run.checked == 400 and run.updated == 0
