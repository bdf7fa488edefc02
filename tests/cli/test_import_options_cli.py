"""``python main.py import`` with --region, --source, --create-owners, and the export round trip."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import EXIT_OK, main

NATIONAL = (
    "First Name,Last Name,Email,Phone,Owner,Created\n"
    "Ann,Lee,ann@lee.io,(415) 555-0100,Tom Ng,2026-12-01 08:00\n"
    "Bo,Kim,bo@kim.io,415 555 0101,tom ng,\n"
    "Cy,Ray,cy@ray.io,212-555-0102,New Rep,\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert main(args) == EXIT_OK
    payload: dict[str, Any] = json.loads(capsys.readouterr().out)
    return payload


def query(db: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


@pytest.fixture
def national(tmp_path: Path) -> Path:
    path = tmp_path / "national.csv"
    path.write_text(NATIONAL, encoding="utf-8")
    return path


def test_region_reads_national_numbers(
    national: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    first = tmp_path / "first.csv"
    first.write_text("Email\nzed@z.io\n", encoding="utf-8")
    run(["import", str(first), "--db", str(db), "--json"], capsys)  # a dry run needs a database
    without = run(["import", str(national), "--db", str(db), "--dry-run", "--json"], capsys)
    assert without["phones"] == {"rows": 3, "parsed": 0} and without["region"] is None
    with_us = run(
        ["import", str(national), "--db", str(db), "--region", "us", "--dry-run", "--json"], capsys
    )
    assert with_us["phones"] == {"rows": 3, "parsed": 3}
    assert (with_us["region"], with_us["region_from"]) == ("US", "option")
    run(["import", str(national), "--db", str(db), "--region", "US", "--json"], capsys)
    assert query(db, "SELECT phone_e164 FROM contacts ORDER BY id") == [
        (None,), ("+14155550100",), ("+14155550101",), ("+12125550102",),
    ]  # fmt: skip


def test_unknown_owners_are_listed_and_created_only_when_asked(
    national: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    assert (
        main(["rep", "add", "--db", str(db), "--name", "Tom Ng", "--email", "tom@desk.example"])
        == 0
    )
    capsys.readouterr()
    plan = run(["import", str(national), "--db", str(db), "--dry-run", "--json"], capsys)
    assert plan["unknown_values"] == {"owner": {"New Rep": 1}} and plan["owners_created"] == 0
    done = run(["import", str(national), "--db", str(db), "--json"], capsys)
    assert done["owners_created"] == 0
    assert query(db, "SELECT count(*) FROM reps") == [(1,)]
    assert query(db, "SELECT r.name FROM contacts c JOIN reps r ON r.id = c.owner_id") == [
        ("Tom Ng",), ("Tom Ng",),
    ]  # fmt: skip

    again = tmp_path / "again.csv"
    again.write_text(NATIONAL.replace("@", "2@"), encoding="utf-8")
    created = run(["import", str(again), "--db", str(db), "--create-owners", "--json"], capsys)
    assert created["owners_created"] == 1 and created["unknown_values"] == {"owner": {"New Rep": 1}}
    assert query(db, "SELECT name FROM reps ORDER BY id") == [("Tom Ng",), ("New Rep",)]


def test_source_inbound_sets_source_and_arrival(
    national: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    run(
        ["import", str(national), "--db", str(db), "--source", "inbound",
         "--now", "2026-12-07T10:00:00+00:00", "--json"],
        capsys,
    )  # fmt: skip
    got = query(db, "SELECT source, lead_type, substr(arrived_at, 1, 16) FROM contacts ORDER BY id")
    assert got == [
        ("inbound", "net", "2026-12-01 08:00"),
        ("inbound", "net", "2026-12-07 10:00"),
        ("inbound", "net", "2026-12-07 10:00"),
    ]


def test_source_referral_only_fills_rows_without_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("Email,Lead Source\na@x.io,Cold email\nb@x.io,\n", encoding="utf-8")
    db = tmp_path / "x.sqlite3"
    run(["import", str(path), "--db", str(db), "--source", "referral", "--json"], capsys)
    assert query(db, "SELECT email, source, lead_type, arrived_at FROM contacts ORDER BY id") == [
        ("a@x.io", "outbound", "spear", None), ("b@x.io", "referral", "seed", None),
    ]  # fmt: skip


def test_export_round_trip_updates_by_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    source = tmp_path / "people.csv"
    source.write_text(
        "First Name,Last Name,Email,Phone,Country,Company\n"
        "Ann,Lee,ann@lee.io,+1 415 555 0100,US,Lee Labs\n"
        "Bo,Kim,bo@kim.io,,US,\n",
        encoding="utf-8",
    )
    run(["import", str(source), "--db", str(db), "--json"], capsys)
    exported = tmp_path / "export.csv"
    assert main(["export", "--db", str(db), "--out", str(exported)]) == EXIT_OK
    capsys.readouterr()
    with exported.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][-1] == "id" and table[0][17] == "middle_name"
    # Unchanged, the file changes nothing.
    same = run(["import", str(exported), "--db", str(db), "--dry-run", "--json"], capsys)
    assert (same["updated"], same["created"], same["matched_by"]) == (0, 0, {"id": 2})
    # Edited in a spreadsheet: a new title and company for Ann, a new address for Bo.
    table[1][6] = "Head of Sales"
    table[1][5] = "Lee Holdings"
    table[2][2] = "bo.kim@kim.io"
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    plan = run(["import", str(edited), "--db", str(db), "--dry-run", "--json"], capsys)
    assert (plan["updated"], plan["created"]) == (2, 0)
    assert {r["row"]: r["fields"] for r in plan["updated_rows"]} == {
        2: ["company_id", "title"], 3: ["email", "email_key", "email_raw"],
    }  # fmt: skip
    assert main(["import", str(edited), "--db", str(db), "--dry-run"]) == EXIT_OK
    said = capsys.readouterr().out
    assert "Matched by: id 2" in said
    assert "row 3 would change contact 2: email, email_key, email_raw" in said
    run(["import", str(edited), "--db", str(db), "--json"], capsys)
    assert query(
        db,
        "SELECT c.title, c.email, co.name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id",
    ) == [("Head of Sales", "ann@lee.io", "Lee Holdings"), (None, "bo.kim@kim.io", None)]
    # The old address is not lost: it stays as a contact point.
    assert query(db, "SELECT raw FROM contact_points WHERE kind = 'email'") == [("bo@kim.io",)]
