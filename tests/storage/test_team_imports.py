"""Concurrent imports into one server database never create the same contact twice."""

from __future__ import annotations

import csv
import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from app.storage.database import open_database
from app.storage.importing import run_import

pytestmark = pytest.mark.postgres

IMPORTS = 4
PER_FILE = 40
STEP = 15  # consecutive files share PER_FILE - STEP people


def _write_file(path: Path, first: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["First name", "Last name", "Email", "Company"])
        for n in range(first, first + PER_FILE):
            out.writerow([f"Person{n}", f"Family{n}", f"person{n}@firm{n % 7}.example",
                          f"Firm {n % 7} Ltd"])  # fmt: skip


def _import(url: str, path: str, start: Any, results: Any) -> None:
    db = open_database(url)
    try:
        start.wait(timeout=60)
        result = run_import(db, path, fuzzy=False)
        results.put((result.created, result.updated + result.duplicates))
    except Exception as exc:  # noqa: BLE001 - the test shows what went wrong
        results.put(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()


def test_four_overlapping_imports_at_once_create_each_contact_and_company_once(
    postgres_url: str, tmp_path: Path
) -> None:
    open_database(postgres_url).close()  # the schema first: the imports race on data only
    files = []
    for k in range(IMPORTS):
        path = tmp_path / f"people{k}.csv"
        _write_file(path, k * STEP)
        files.append(str(path))
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(IMPORTS)
    results = context.Queue()
    importers = [context.Process(target=_import, args=(postgres_url, f, start, results))
                 for f in files]  # fmt: skip
    for importer in importers:
        importer.start()
    try:
        answers = [results.get(timeout=240) for _ in importers]
    finally:
        for importer in importers:
            importer.join(timeout=60)
    assert all(isinstance(a, tuple) for a in answers), answers
    people = STEP * (IMPORTS - 1) + PER_FILE
    assert sum(created for created, _ in answers) == people
    assert sum(matched for _, matched in answers) == IMPORTS * PER_FILE - people

    db = open_database(postgres_url)
    try:
        with db.reading() as conn:
            contacts = conn.exec_driver_sql(
                "SELECT count(*), count(DISTINCT email_raw) FROM contacts"
            )
            assert tuple(contacts.one()) == (people, people)
            companies = conn.exec_driver_sql(
                "SELECT count(*), count(DISTINCT normalized_name) FROM companies"
            )
            assert tuple(companies.one()) == (7, 7)
    finally:
        db.close()
