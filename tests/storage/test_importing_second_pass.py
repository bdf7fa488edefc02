"""The importer's second pass on real files: every address, codes, regions, long fields."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.storage.database import Database
from app.storage.demo import DEFAULT_STAGES
from app.storage.duplicates import (
    dismiss_duplicates,
    find_duplicate_groups,
    find_import_suggestions,
)
from app.storage.importing import plan_import, run_import

NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.reading() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def seed_pipeline_and_reps(db: Database) -> None:
    with db.transaction() as conn:
        for position, spec in enumerate(DEFAULT_STAGES):
            conn.execute(
                text(
                    "INSERT INTO pipeline_stages (key, name, position, is_terminal) "
                    "VALUES (:k, :n, :p, :t)"
                ),
                {"k": spec.key, "n": spec.name, "p": position, "t": spec.is_terminal},
            )
        for name, email in (
            ("Rūta Kazlauskienė", "ruta@desk.example"),
            ("Tom Ng", "tom@desk.example"),
        ):
            conn.execute(
                text(
                    "INSERT INTO reps (name, email, role, active, created_at, updated_at) "
                    "VALUES (:n, :e, 'sdr', TRUE, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                ),
                {"n": name, "e": email},
            )


@pytest.fixture
def seeded(db: Database, tmp_path: Path) -> Database:
    """Four stored contacts, one with a second address kept as a contact point."""
    base = write_csv(
        tmp_path / "base.csv",
        ["First Name", "Last Name", "Email", "Email 2", "Phone", "Country"],
        [
            ["Jane", "Reese", "jane@acme.com", "jane.reese@gmail.com", "+1 415 555 0101", "US"],
            ["Bob", "Stone", "bob@acme.com", "", "+1 415 555 0102", "US"],
            ["Ivan", "Petrov", "ivan@stroymash.ru", "", "+7 495 123-45-67", "Russia"],
            ["Mary", "Major", "mary@major.io", "", "", ""],
        ],
    )
    assert run_import(db, base, report_dir=tmp_path).created == 4
    return db


def test_dedupe_through_every_address_with_exact_counts(seeded: Database, tmp_path: Path) -> None:
    # Known truth, row by row (file rows 2-9):
    source = write_csv(
        tmp_path / "second.csv",
        ["First Name", "Last Name", "E-mail 1 - Value", "E-mail 2 - Value", "Phone", "Mobile"],
        [
            ["Jane", "R.", "jane+news@acme.com", "", "", ""],  # 2: contact 1 by a +tag
            ["Jane", "Reese", "", "JANE.REESE@gmail.com", "", ""],  # 3: 1 again (point) -> in file
            ["Bob", "S.", "", "", "415-555-0102", ""],  # 4: contact 2 by phone + initial
            ["Bob", "Stone", "mary@major.io", "", "415 555 0102", ""],  # 5: contacts 4 and 2
            ["New", "Person", "new@x.com", "", "", ""],  # 6: new
            ["New", "Person", "new+tag@x.com", "", "", ""],  # 7: repeats row 6
            ["Jane", "Reese", "", "", "", "(415) 555-0101"],  # 8: 1 by phone + name -> in file
            ["", "", "Ivan Petrov <ivan@stroymash.ru>", "", "", ""],  # 9: contact 3
        ],
    )  # fmt: skip
    plan = plan_import(seeded, source, default_region="US")
    assert (plan.rows, plan.created, plan.in_file) == (8, 1, 3)
    assert plan.updated + plan.unchanged == 4
    assert plan.facts.matched_by == {"email": 5, "phone_initial": 1, "phone_name": 1}
    [suggestion] = plan.facts.merge_suggestions
    assert (suggestion.row, set(suggestion.contact_ids)) == (5, {2, 4})
    payload = plan.to_json()
    assert payload["matched_by"] == {"email": 5, "phone_initial": 1, "phone_name": 1}

    result = run_import(seeded, source, default_region="US", report_dir=tmp_path)
    assert (result.created, result.in_file, result.updated + result.unchanged) == (1, 3, 4)
    assert rows(seeded, "SELECT count(*) FROM contacts") == [(5,)]
    # The ambiguous row changed neither contact; the suggestion waits for review.
    stored = rows(seeded, "SELECT mapping FROM import_batches ORDER BY id DESC LIMIT 1")[0][0]
    batch = json.loads(stored) if isinstance(stored, str) else stored
    assert batch["merge_suggestions"] == [{"row": 5, "contact_ids": [4, 2], "key": "email"}]
    assert rows(seeded, "SELECT email FROM contacts WHERE id = 2") == [("bob@acme.com",)]
    # The duplicates screen shows the pair until someone decides.
    with seeded.reading() as conn:
        groups = [g for g in find_duplicate_groups(conn) if g.kind == "import"]
    assert [(g.contact_ids, g.key, g.exact) for g in groups] == [
        ((2, 4), "second.csv row 5", False),
    ]  # fmt: skip
    dismiss_duplicates(seeded, [2, 4])
    with seeded.reading() as conn:
        assert find_import_suggestions(conn) == []


def test_google_multi_values_swaps_and_display_names(db: Database, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "google.csv",
        ["Given Name", "Additional Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value"],
        [
            ["Anna", "Maria", "Berg", "anna@berg.se ::: anna.berg@gmail.com ::: ab@old.se",
             "+46 8 123 456 78 ::: +46 70 123 45 67"],
            ["Иван", "Петрович", "Сидоров", "+7 495 222-33-44", "i.sidorov@stroymash.ru"],
            ["", "", "", '"Иванов, Иван" <i.ivanov@stroymash.ru>', "+7 495 111-22-33"],
        ],
    )  # fmt: skip
    result = run_import(db, source, report_dir=tmp_path)
    assert result.created == 3
    contacts = rows(
        db,
        "SELECT id, first_name, middle_name, last_name, email, phone_raw FROM contacts ORDER BY id",
    )
    assert contacts[0][1:] == ("Anna", "Maria", "Berg", "anna@berg.se", "+46 8 123 456 78")
    # A phone in the email column and an address in the phone column trade places.
    assert contacts[1][1:] == (
        "Иван",
        "Петрович",
        "Сидоров",
        "i.sidorov@stroymash.ru",
        "+7 495 222-33-44",
    )
    # The display name names a row without name columns.
    assert (
        contacts[2][1:4] == ("Иван", None, "Иванов") and contacts[2][4] == "i.ivanov@stroymash.ru"
    )
    points = rows(
        db, f"SELECT kind, raw FROM contact_points WHERE contact_id = {contacts[0][0]} ORDER BY id"
    )
    assert points == [
        ("email", "anna.berg@gmail.com"), ("email", "ab@old.se"), ("phone", "+46 70 123 45 67"),
    ]  # fmt: skip


def test_long_notes_and_custom_fields_are_kept(db: Database, tmp_path: Path) -> None:
    notes = "Called twice.\n" + "n" * 10_000
    custom = "c" * 1_048_576
    source = write_csv(
        tmp_path / "long.csv",
        ["Email", "Notes", "History"],
        [["a@x.io", notes, custom], ["b@x.io", "short", ""], ["c@x.io", "x" * 2_000_001, ""]],
    )
    result = run_import(db, source, report_dir=tmp_path)
    assert (result.created, result.rejected) == (2, 1)
    [(stored,)] = rows(db, "SELECT custom_fields FROM contacts WHERE email = 'a@x.io'")
    fields = json.loads(stored) if isinstance(stored, str) else stored
    assert fields["notes"] == notes.strip() and fields["History"] == custom
    [detail] = result.ledger.samples["rejected"]
    # Row numbers are lines: the notes cell spans two.
    assert (detail.number, detail.reason, detail.args) == (5, "field_too_long", ("2000000",))


def test_owners_stages_and_sources_as_text(db: Database, tmp_path: Path) -> None:
    seed_pipeline_and_reps(db)
    source = write_csv(
        tmp_path / "crm.csv",
        ["Email", "Owner", "Stage", "Lead Source"],
        [
            ["a@x.io", "RUTA KAZLAUSKIENE", "New Lead", "Website form"],
            ["b@x.io", "tom@desk.example", "Closed Lost", "Cold call"],
            ["c@x.io", "Nobody Here", "Квалифицирован", "Partner"],
            ["d@x.io", "Nobody Here", "Someday maybe", "telepathy"],
        ],
    )
    plan = plan_import(db, source)
    assert plan.facts.unknown_values == {
        "owner": {"Nobody Here": 2}, "stage": {"Someday maybe": 1}, "source": {"telepathy": 1},
    }  # fmt: skip
    run_import(db, source, report_dir=tmp_path)
    got = rows(
        db,
        "SELECT c.email, r.name, s.key, c.source, c.lead_type, c.custom_fields FROM contacts c "
        "LEFT JOIN reps r ON r.id = c.owner_id LEFT JOIN pipeline_stages s ON s.id = c.stage_id "
        "ORDER BY c.email",
    )
    custom = {email: json.loads(c) if isinstance(c, str) else c for email, *_, c in got}
    assert [g[:5] for g in got] == [
        ("a@x.io", "Rūta Kazlauskienė", "new", "inbound", "net"),
        ("b@x.io", "Tom Ng", "disqualified", "outbound", "spear"),
        ("c@x.io", None, "qualified", "referral", "seed"),
        ("d@x.io", None, "new", None, None),
    ]
    assert custom["b@x.io"]["disqualified_reason"] == "closed_lost"
    assert custom["c@x.io"]["owner"] == "Nobody Here"  # the raw text is kept
    assert custom["d@x.io"] == {
        "owner": "Nobody Here",
        "stage": "Someday maybe",
        "source": "telepathy",
    }
    assert rows(db, "SELECT count(*) FROM reps") == [(2,)]  # nothing created unasked


def test_inbound_arrival_from_a_column_else_the_clock(db: Database, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "inbound.csv",
        ["Email", "Дата создания"],
        [["a@x.io", "01.12.2026 14:03"], ["b@x.io", ""], ["c@x.io", "not a date"]],
    )
    run_import(db, source, source="inbound", now=NOW, report_dir=tmp_path)
    got = rows(db, "SELECT email, source, lead_type, arrived_at FROM contacts ORDER BY email")
    assert [g[:3] for g in got] == [("a@x.io", "inbound", "net")] * 1 + [
        ("b@x.io", "inbound", "net"), ("c@x.io", "inbound", "net"),
    ]  # fmt: skip
    assert [str(g[3])[:16] for g in got] == [
        "2026-12-01 14:03",
        "2026-12-07 09:30",
        "2026-12-07 09:30",
    ]
    outbound = write_csv(
        tmp_path / "out.csv", ["Email", "Source"], [["d@x.io", ""], ["e@x.io", "Partner"]]
    )
    run_import(db, outbound, source="outbound", now=NOW, report_dir=tmp_path)
    later = "SELECT email, source, arrived_at FROM contacts WHERE email >= 'd' ORDER BY email"
    assert rows(db, later) == [("d@x.io", "outbound", None), ("e@x.io", "referral", None)]


def test_file_region_reads_national_numbers(db: Database, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "ru.csv",
        ["Фамилия", "Имя", "Отчество", "Телефон", "Город"],
        [
            ["Иванов", "Иван", "Петрович", "+7 495 123-45-67", "Москва"],
            ["Петров", "Пётр", "Иванович", "8 (495) 765-43-21", "Москва"],
            ["Сидоров", "Олег", "", "+7 812 555-11-22", "Санкт-Петербург"],
            ["Смирнова", "Анна", "", "8 (812) 555-33-44", "Санкт-Петербург"],
        ],
    )
    plan = plan_import(db, source)
    assert (plan.facts.region, plan.facts.region_from) == ("RU", "file")
    assert (plan.facts.phones, plan.facts.phones_parsed) == (4, 4)
    run_import(db, source, report_dir=tmp_path)
    assert rows(db, "SELECT middle_name, phone_e164 FROM contacts ORDER BY id")[:2] == [
        ("Петрович", "+74951234567"), ("Иванович", "+74957654321"),
    ]  # fmt: skip
