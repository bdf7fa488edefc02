"""Fixtures of the contacts, lists and segments storage tests: one demo file, fresh copies.

The demo file is built once per session (300 prospects plus the awkward rows of
``tests.storage.contacts_data.ODD_PEOPLE``); read-only tests share one open database per
module, tests that write get a private copy.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from tests.storage.contacts_data import ODD_PEOPLE


@pytest.fixture(scope="session")
def contacts_demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A demo database (300 prospects) plus hand-made rows, built once for the session."""
    path = tmp_path_factory.mktemp("contact-table") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        populate_demo(db, contacts=300)
        with db.transaction() as conn:
            for first, last, full, title, country, fit, status, seniority in ODD_PEOPLE:
                conn.execute(
                    text(
                        "INSERT INTO contacts (first_name, last_name, full_name, title, country,"
                        " fit_score, email_status, do_not_contact, custom_fields, version,"
                        " created_at, updated_at) VALUES (:f, :l, :full, :t, :c, :fit, :s, 0,"
                        " :cf, 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
                    ),
                    {
                        "f": first, "l": last, "full": full, "t": title, "c": country,
                        "fit": fit, "s": status,
                        "cf": json.dumps({"seniority": seniority} if seniority else {}),
                    },
                )  # fmt: skip
    finally:
        db.close()
    return path


@pytest.fixture
def contacts_demo(contacts_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database (tests that write do not disturb the others)."""
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(contacts_demo_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def contacts_shared(contacts_demo_file: Path) -> Iterator[Database]:
    """The demo database, opened once per module, for read-only tests."""
    db = open_database(contacts_demo_file)
    yield db
    db.close()
