"""The import pipeline on real files and a real database: dry run, import, undo, bad input."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from sqlalchemy import inspect, text

from app.core.duplicates.merge import MergeRule
from app.core.importing import ImportFileError
from app.core.ops import CancelToken, OperationCancelled
from app.storage.database import Database, open_database
from app.storage.importing import (
    AlreadyUndoneError,
    MappingMismatchError,
    inspect_file,
    is_finishing,
    plan_import,
    recent_imports,
    run_import,
    undo_import,
)
from app.storage.importing.prepare import MAX_LENGTHS
from app.storage.search_index import search_contact_ids

HEADER = "First Name,Last Name,Email,Phone,Company,Country,Website,Tags,Segment,Mobile,Email 2\n"
PEOPLE = (
    "Ivan,Petrov,ivan.petrov@acme.ru,8 (495) 123-45-67,ACME LLC,Russia,acme.ru,vip;hot,A,,\n"
    "anna,SMITH,anna@acme.ru,+1 650 253 0000,Acme,USA,,,B,+1 415 555 0100,anna.s@gmail.com\n"
    "Bob,Jones,not-an-email,,Globex,USA,,,,,\n"
    "Ivan,Petrov,IVAN.PETROV@acme.ru,,ACME,Russia,,,,,\n"
    "Too,Many,x@y.com,1,2,3,4,5,6,7,8,9\n"
    "Bill,Gates,bill@globex.com,,Globex,USA,,,,,\n"
    "William,Gates,wgates@globex.com,,Globex Inc,USA,,,,,\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.reading() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def contact(db: Database, email: str) -> dict[str, Any]:
    with db.reading() as conn:
        found = conn.execute(
            text("SELECT * FROM contacts WHERE email_key = :e OR email_raw = :e"), {"e": email}
        ).mappings().one()  # fmt: skip
        return dict(found)


def dump(db: Database) -> list[str]:
    if not db.is_sqlite:  # a server: every row of every table, in a fixed order
        with db.reading() as conn:
            return [
                f"{name}: {tuple(row)!r}"
                for name in sorted(inspect(conn).get_table_names())
                for row in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1'))
            ]
    assert db.path is not None
    db.close()
    conn = sqlite3.connect(db.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def people(tmp_path: Path) -> Path:
    return write(tmp_path, "people.csv", HEADER + PEOPLE)


# --- dry run --------------------------------------------------------------------------


def test_dry_run_counts_with_the_rows_behind_them_and_writes_nothing(
    db: Database, people: Path
) -> None:
    before = dump(db)
    plan = plan_import(db, people)
    assert (plan.rows, plan.created, plan.updated, plan.in_file, plan.rejected) == (7, 5, 0, 1, 1)
    assert plan.invalid == 1 and plan.duplicates == 1 and plan.companies_created == 2
    # Line 1 is the header: Ivan is on line 2, his repeat on line 5, the bad row on line 6.
    assert list(plan.row_numbers("created")) == [2, 3, 4, 7, 8]
    assert list(plan.row_numbers("in_file")) == [5]
    assert plan.samples("in_file")[0].first_row == 2
    assert [(d.number, d.reason) for d in plan.samples("rejected")] == [(6, "too_many_fields")]
    assert plan.samples("invalid")[0].number == 4
    assert plan.samples("invalid")[0].reason.startswith("email_invalid")
    assert [(s.row, s.other_row) for s in plan.fuzzy] == [(8, 7)]  # Bill = William Gates
    assert "nickname" in plan.fuzzy[0].reasons
    assert dump(db) == before
    assert not list(people.parent.glob("*.rejected*"))


def test_dry_run_sees_updates_and_unchanged_rows(
    db: Database, people: Path, tmp_path: Path
) -> None:
    run_import(db, people)
    changed = write(
        tmp_path, "changed.csv",
        "Email,Job Title\nivan.petrov@acme.ru,CEO\nanna@acme.ru,\nnew@person.io,CTO\n",
    )  # fmt: skip
    plan = plan_import(db, changed)
    assert (plan.created, plan.updated, plan.unchanged) == (1, 1, 1)
    assert plan.samples("updated")[0].contact_id == contact(db, "ivan.petrov@acme.ru")["id"]
    # The changed columns travel as args: the wizard names them without reading the
    # English sentence.
    assert plan.samples("updated")[0].args == ("title",)


def test_sample_size_bounds_the_examples_not_the_row_numbers(db: Database, tmp_path: Path) -> None:
    body = "".join(f"P{i},Q,p{i}@example.org\n" for i in range(50))
    path = write(tmp_path, "many.csv", "First Name,Last Name,Email\n" + body)
    plan = plan_import(db, path, sample_size=5)
    assert plan.created == 50 and len(plan.row_numbers("created")) == 50
    assert len(plan.samples("created")) == 5


# --- the import, field by field -------------------------------------------------------


def test_import_stores_raw_and_derived_fields(db: Database, people: Path) -> None:
    result = run_import(db, people, list_name="Moscow")
    assert (result.rows, result.created, result.updated, result.duplicates) == (7, 5, 0, 1)
    assert (result.invalid, result.rejected, result.companies_created) == (1, 1, 2)

    ivan = contact(db, "ivan.petrov@acme.ru")
    assert (ivan["first_name"], ivan["last_name"], ivan["full_name"]) == (
        "Ivan",
        "Petrov",
        "Ivan Petrov",
    )
    assert ivan["email_raw"] == "ivan.petrov@acme.ru" and ivan["email_status"] == "valid"
    assert ivan["phone_raw"] == "8 (495) 123-45-67" and ivan["phone_e164"] == "+74951234567"
    assert ivan["phone_status"] == "valid" and ivan["time_zone"] == "Europe/Moscow"
    assert ivan["quality_score"] is not None and ivan["validated_with"]
    assert json.loads(ivan["custom_fields"]) == {"Segment": "A"}
    assert ivan["version"] == 1

    anna = contact(db, "anna@acme.ru")
    assert (anna["first_name"], anna["last_name"]) == ("Anna", "Smith")  # casing fixed
    assert anna["company_id"] == ivan["company_id"]  # "Acme" = "ACME LLC", created once
    companies = rows(db, "SELECT name, normalized_name, domain FROM companies ORDER BY id")
    assert companies == [("ACME LLC", "acme", "acme.ru"), ("Globex", "globex", None)]
    points = rows(
        db, f"SELECT kind, label, raw, normalized, status FROM contact_points "
        f"WHERE contact_id = {anna['id']} ORDER BY kind",
    )  # fmt: skip
    assert points == [
        ("email", "other", "anna.s@gmail.com", "anna.s@gmail.com", "valid"),
        ("phone", "mobile", "+1 415 555 0100", "+14155550100", "valid"),
    ]

    bob = contact(db, "not-an-email")  # invalid, but stored with its raw value
    assert bob["email"] is None and bob["email_status"] == "invalid" and bob["email_key"] is None

    tags = rows(
        db, "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
        f"WHERE ct.contact_id = {ivan['id']} ORDER BY t.name",
    )  # fmt: skip
    assert tags == [("hot",), ("vip",)]
    members = rows(
        db,
        "SELECT l.name, count(*) FROM list_members m JOIN lists l ON l.id = m.list_id "
        "GROUP BY l.name",
    )
    assert members == [("Moscow", 5)]

    items = rows(
        db, f"SELECT contact_id, action, row_number, before, raw FROM import_batch_items "
        f"WHERE batch_id = {result.batch_id} ORDER BY row_number",
    )  # fmt: skip
    assert [(i[1], i[2]) for i in items] == [("created", n) for n in (2, 3, 4, 7, 8)]
    assert items[0][3] is None
    assert json.loads(items[0][4])["values"][:3] == ["Ivan", "Petrov", "ivan.petrov@acme.ru"]

    batch = recent_imports(db.engine.connect())[0]
    assert (batch.batch_id, batch.file_name, batch.rows, batch.created) == (
        result.batch_id,
        "people.csv",
        7,
        5,
    )
    assert (batch.duplicates, batch.invalid, batch.rejected) == (1, 1, 1)
    info = rows(db, f"SELECT mapping, file_sha256 FROM import_batches WHERE id = {result.batch_id}")
    # A JSON column read with plain SQL: text from SQLite's driver, a dict from psycopg.
    stored = info[0][0] if isinstance(info[0][0], dict) else json.loads(info[0][0])
    assert stored["mapping"]["targets"]["2"] == "email" and len(info[0][1]) == 64
    assert stored["fuzzy_suggestions"][0]["row"] == 8 and stored["list_created"] is True


def test_search_index_finds_imported_contacts(db: Database, people: Path) -> None:
    run_import(db, people)
    with db.reading() as conn:
        assert search_contact_ids(conn, "petrov") == [contact(db, "ivan.petrov@acme.ru")["id"]]
        assert len(search_contact_ids(conn, "globex")) == 3


def test_rejected_rows_report_next_to_the_file(db: Database, people: Path) -> None:
    result = run_import(db, people)
    assert result.report_path == str(people.parent / "people.rejected.csv")
    text = Path(result.report_path).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "row,raw,reason,message,offset,characters"
    assert lines[1].startswith('6,"Too,Many,x@y.com,1,2,3,4,5,6,7,8,9",too_many_fields,')
    second = run_import(db, people)  # the first report is kept, the second gets its batch id
    assert second.report_path == str(people.parent / f"people.rejected-{second.batch_id}.csv")


@pytest.mark.parametrize("how", ["unwritable folder", "not a folder"])
def test_report_falls_back_to_the_data_folder_when_the_folder_cannot_be_written(
    db: Database, tmp_path: Path, isolated_data_dir: Path, how: str
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = write(folder, "x.csv", "Email,Name\na@b.co,Ann\nb@b.co,Bo,extra\n")
    report_dir = None
    fd: int | None = None
    if how == "unwritable folder":
        # The report goes next to the source by default. Permissions do not stop root
        # (tests may run as root in CI), so the source is reached through a folder in
        # which nobody can create a file: /proc/self/fd. Elsewhere, a read-only folder.
        if Path("/proc/self/fd").is_dir():
            fd = os.open(path, os.O_RDONLY)
            path = Path(f"/proc/self/fd/{fd}")
        else:
            if os.geteuid() == 0:
                pytest.skip("root writes into read-only folders and there is no /proc")
            folder.chmod(0o555)
    else:
        report_dir = write(tmp_path, "a-file", "")  # root cannot make a folder inside a file
    try:
        result = run_import(db, path, report_dir=report_dir)
    finally:
        folder.chmod(0o755)
        if fd is not None:
            os.close(fd)
    assert result.report_path is not None
    assert Path(result.report_path).parent == isolated_data_dir / "import-reports"
    assert Path(result.report_path).read_text(encoding="utf-8-sig").count("\n") == 2


# --- duplicates and merge rules -------------------------------------------------------


def test_reimport_creates_nothing(db: Database, people: Path) -> None:
    run_import(db, people)
    count = rows(db, "SELECT count(*) FROM contacts")[0][0]
    again = run_import(db, people)
    assert again.created == 0 and again.updated == 0
    assert again.duplicates == 6 and again.unchanged == 5
    assert rows(db, "SELECT count(*) FROM contacts")[0][0] == count


def test_reimport_keeps_the_stored_company_without_creating_the_rows_one(
    db: Database, tmp_path: Path
) -> None:
    """A stored contact's company stays; the row's other company is not even created."""
    header = "First Name,Last Name,Email,Company,Website,Country\n"
    first = write(tmp_path, "first.csv", header + "Ivan,Petrov,ivan@acme.ru,Acme,acme.ru,Russia\n")
    run_import(db, first)
    stored = contact(db, "ivan@acme.ru")
    moved = write(
        tmp_path, "moved.csv", header + "Ivan,Petrov,ivan@acme.ru,Globex,globex.com,Russia\n"
    )
    again = run_import(db, moved)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert again.companies_created == 0
    assert rows(db, "SELECT name FROM companies") == [("Acme",)]
    after = contact(db, "ivan@acme.ru")
    assert after["company_id"] == stored["company_id"]
    assert after["quality_score"] == stored["quality_score"]


def test_phone_plus_name_is_a_key_but_a_shared_phone_alone_is_not(
    db: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path, "phones.csv",
        "First Name,Last Name,Phone,Country\n"
        "Ivan,Petrov,8 495 123-45-67,Russia\n"
        "IVAN,PETROV,+7 (495) 1234567,Russia\n"  # the same person, written differently
        "Olga,Sidorova,8 495 123-45-67,Russia\n",  # a colleague on the switchboard
    )  # fmt: skip
    result = run_import(db, path)
    assert (result.created, result.in_file) == (2, 1)


@pytest.mark.parametrize(
    ("rule", "title", "city"),
    [
        (MergeRule.FILL_EMPTY, "Director", "Moscow"),
        (MergeRule.KEEP_EXISTING, "Director", None),
        (MergeRule.TAKE_INCOMING, "CEO", "Moscow"),
    ],
)
def test_merge_rules(
    db: Database, tmp_path: Path, rule: MergeRule, title: str, city: str | None
) -> None:
    first = write(tmp_path, "a.csv", "Email,Job Title\nivan@acme.ru,Director\n")
    second = write(tmp_path, "b.csv", "Email,Job Title,City\nIvan@ACME.ru,CEO,Moscow\n")
    run_import(db, first)
    result = run_import(db, second, merge_rule=rule)
    stored = contact(db, "ivan@acme.ru")
    assert (stored["title"], stored["city"]) == (title, city)
    assert result.created == 0
    assert (result.updated, result.unchanged) == (
        (0, 1) if rule is MergeRule.KEEP_EXISTING else (1, 0)
    )


def test_a_different_phone_becomes_a_contact_point_not_lost(db: Database, tmp_path: Path) -> None:
    run_import(db, write(tmp_path, "a.csv", "Email,Phone\nivan@acme.ru,+74951234567\n"))
    run_import(db, write(tmp_path, "b.csv", "Email,Phone\nivan@acme.ru,+74957654321\n"))
    stored = contact(db, "ivan@acme.ru")
    assert stored["phone_e164"] == "+74951234567"
    assert rows(db, "SELECT kind, raw FROM contact_points") == [("phone", "+74957654321")]


# --- undo -----------------------------------------------------------------------------


def test_undo_removes_created_and_restores_updated(db: Database, tmp_path: Path) -> None:
    base = write(tmp_path, "a.csv", "Email,Job Title,Tags\nivan@acme.ru,,lead\n")
    run_import(db, base)
    before = contact(db, "ivan@acme.ru")
    second = write(
        tmp_path, "b.csv",
        "Email,Job Title,Tags,Mobile\nivan@acme.ru,CEO,vip,+1 415 555 0100\nnew@x.io,CTO,,\n",
    )  # fmt: skip
    result = run_import(db, second, list_name="Q3")
    assert (result.created, result.updated) == (1, 1)
    changes = result.changes
    assert (changes.operation, changes.count) == ("import", 2)
    assert changes.import_batch_id == result.batch_id and changes.undoable
    assert changes.touches("contacts", "lists") and changes.ids_in("contacts") is None
    touched = {contact(db, "ivan@acme.ru")["id"], contact(db, "new@x.io")["id"]}
    undo = undo_import(db, result.batch_id)
    assert (undo.applied, undo.deleted, undo.restored, undo.conflicts) == (True, 1, 1, ())
    assert (undo.changes.operation, undo.changes.count) == ("undo_import", 2)
    assert undo.changes.ids_in("contacts") == touched and not undo.changes.undoable
    after = contact(db, "ivan@acme.ru")
    assert after["title"] is None and after["version"] == before["version"] + 2
    assert rows(db, "SELECT count(*) FROM contacts")[0][0] == 1
    assert rows(db, "SELECT count(*) FROM contact_points")[0][0] == 0
    assert rows(db, "SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id") == [
        ("lead",)
    ]
    assert rows(db, "SELECT count(*) FROM lists")[0][0] == 0  # the list it made, now empty
    assert recent_imports(db.engine.connect())[0].undone
    with pytest.raises(AlreadyUndoneError):
        undo_import(db, result.batch_id)


def test_undo_refuses_to_overwrite_a_later_edit(db: Database, tmp_path: Path) -> None:
    run_import(db, write(tmp_path, "a.csv", "Email,Job Title\nivan@acme.ru,\n"))
    result = run_import(
        db, write(tmp_path, "b.csv", "Email,Job Title\nivan@acme.ru,CEO\nnew@x.io,CTO\n")
    )
    with db.transaction() as conn:  # a rep edits both contacts after the import
        conn.exec_driver_sql(
            "UPDATE contacts SET title = 'Chief', version = version + 1 "
            "WHERE email_key = 'ivan@acme.ru'"
        )
        conn.exec_driver_sql(
            "UPDATE contacts SET city = 'Riga', version = version + 1 WHERE email_key = 'new@x.io'"
        )
    refused = undo_import(db, result.batch_id)
    assert not refused.applied and refused.changes.empty
    assert sorted((c.action, c.reason) for c in refused.conflicts) == [
        ("created", "edited since the import"), ("updated", "edited since the import"),
    ]  # fmt: skip
    assert contact(db, "ivan@acme.ru")["title"] == "Chief"
    skipped = undo_import(db, result.batch_id, skip_conflicts=True)
    assert skipped.applied and len(skipped.conflicts) == 2
    assert contact(db, "ivan@acme.ru")["title"] == "Chief"
    assert rows(db, "SELECT count(*) FROM contacts")[0][0] == 2


# --- progress and cancel ---------------------------------------------------------------


@pytest.mark.sqlite_only(
    reason="SQLite's bulk-load mode reports its index rebuild as a finishing step"
)
def test_progress_is_rows_read_of_rows_in_the_file_then_finishing(
    db: Database, tmp_path: Path
) -> None:
    body = "".join(f"P{i},Q,p{i}@example.org\n" for i in range(300))
    path = write(tmp_path, "big.csv", "First Name,Last Name,Email\n" + body)
    seen: list[tuple[int, int]] = []
    result = run_import(
        db, path, chunk_rows=50, bulk_threshold=1, progress=lambda d, t: seen.append((d, t))
    )
    assert result.bulk_load
    reading = [(d, t) for d, t in seen if not is_finishing(d, t)]
    assert all(0 < d <= t for d, t in reading) and reading[-1] == (300, 300)
    finishing = seen.index((300, 0))  # the index rebuild: how long is not known
    assert seen[finishing + 1 :] == [(300, 300)]  # committed


@pytest.mark.sqlite_only(reason="reopens the database file by its path")
def test_cancel_mid_import_leaves_the_database_and_no_report(db: Database, tmp_path: Path) -> None:
    body = "".join(f"P{i},Q,p{i}@example.org\n" for i in range(300)) + "bad,row,x,y\n"
    path = write(tmp_path, "big.csv", "First Name,Last Name,Email\n" + body)
    run_import(db, write(tmp_path, "seed.csv", "Email\nseed@x.io\n"))
    before = dump(db)
    seen: list[tuple[int, int]] = []
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) >= 2:  # after two chunks were written
            cancel.cancel()

    db2 = open_database(db.path)  # type: ignore[arg-type]
    with pytest.raises(OperationCancelled):
        run_import(db2, path, chunk_rows=50, bulk_threshold=1, progress=progress, cancel=cancel)
    assert dump(db2) == before
    assert not list(tmp_path.glob("big.rejected*")) and not list(tmp_path.glob(".big.*"))


# --- the bulk-load path ---------------------------------------------------------------


def _schema_objects(db: Database) -> list[tuple[str, str, str]]:
    return sorted(
        (str(t), str(n), str(s))
        for t, n, s in rows(db, "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    )


@pytest.mark.sqlite_only(reason="SQLite's bulk-load mode drops and rebuilds indexes and triggers")
def test_bulk_load_restores_indexes_triggers_and_search(db: Database, tmp_path: Path) -> None:
    before = _schema_objects(db)
    body = "".join(f"Name{i},Surname{i},p{i}@example.org,Firm{i % 7}\n" for i in range(400))
    path = write(tmp_path, "bulk.csv", "First Name,Last Name,Email,Company\n" + body)
    result = run_import(db, path, chunk_rows=100, bulk_threshold=10)
    assert result.bulk_load and result.created == 400
    assert _schema_objects(db) == before  # every index and trigger came back, same SQL
    with db.reading() as conn:
        assert len(search_contact_ids(conn, "surname399")) == 1
        assert len(search_contact_ids(conn, "firm3")) > 50
    # The triggers work again: a later small import is searchable too.
    run_import(db, write(tmp_path, "one.csv", "First Name,Email\nZebedee,z@z.io\n"))
    with db.reading() as conn:
        assert len(search_contact_ids(conn, "zebedee")) == 1
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]


# --- languages and formats ------------------------------------------------------------


def test_cp1251_csv_with_russian_headers(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path, "ru.csv",
        "Имя;Фамилия;Эл. почта;Телефон;Компания;Страна\n"
        "Иван;Петров;ivan@romashka.ru;8 (495) 123-45-67;ООО \"Ромашка\";Россия\n"
        "Мария;Иванова;maria@romashka.ru;8 912 123 45 67;Ромашка;Россия\n",
        encoding="cp1251",
    )  # fmt: skip
    info = inspect_file(path)
    assert info.detected.encoding == "cp1251" and info.detected.delimiter == ";"
    result = run_import(db, path)
    assert result.created == 2 and result.companies_created == 1
    ivan = contact(db, "ivan@romashka.ru")
    assert (ivan["first_name"], ivan["last_name"], ivan["phone_e164"]) == (
        "Иван",
        "Петров",
        "+74951234567",
    )


def test_utf8_chinese_and_lithuanian_headers(db: Database, tmp_path: Path) -> None:
    zh = write(
        tmp_path, "zh.csv",
        "姓名,邮箱,手机,公司,国家\n王小明,wang@example.cn,138 0013 8000,示例科技有限公司,中国\n",
    )  # fmt: skip
    lt = write(
        tmp_path, "lt.csv",
        "Vardas,Pavardė,El. paštas,Įmonė\nJonas,Jonaitis,jonas@pavyzdys.lt,UAB Pavyzdys\n",
    )  # fmt: skip
    assert run_import(db, zh).created == 1 and run_import(db, lt).created == 1
    wang = contact(db, "wang@example.cn")
    assert (wang["last_name"], wang["first_name"]) == ("王", "小明")
    assert wang["phone_e164"] == "+8613800138000"
    jonas = contact(db, "jonas@pavyzdys.lt")
    assert (jonas["first_name"], jonas["last_name"]) == ("Jonas", "Jonaitis")


def test_xlsx_import(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("People")
    ws.write_row(0, 0, ["First Name", "Last Name", "Email", "Employees"])
    ws.write_row(1, 0, ["Ann", "Lee", "ann@lee.io", 250])
    ws.write_formula(2, 0, '="Bo"', None, "Bo")
    ws.write_row(2, 1, ["Kim", "bo@kim.io"])
    wb.close()
    result = run_import(db, path, list_name="xlsx")
    assert result.created == 2
    assert contact(db, "bo@kim.io")["first_name"] == "Bo"
    assert rows(db, "SELECT file_format FROM import_batches") == [("xlsx",)]


def test_vcard_import(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path, "c.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Петров;Иван;;;\r\nFN:Иван Петров\r\nORG:ООО Ромашка\r\n"
        "EMAIL;TYPE=WORK:ivan@example.ru\r\nTEL;TYPE=CELL:+7 916 123-45-67\r\nEND:VCARD\r\n",
    )  # fmt: skip
    result = run_import(db, path)
    assert result.created == 1
    ivan = contact(db, "ivan@example.ru")
    assert ivan["last_name"] == "Петров" and ivan["phone_e164"] == "+79161234567"


def test_remembered_mapping_is_offered_for_the_same_headers(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", "Nick,Mail\nann,ann@x.io\n")
    info = inspect_file(path, db=db)
    assert info.remembered_mapping is None
    mapping = info.auto_mapping.with_target(0, "first_name").with_target(1, "email")
    run_import(db, path, mapping=mapping)
    again = inspect_file(write(tmp_path, "m2.csv", "Nick,Mail\nbo,bo@x.io\n"), db=db)
    assert again.remembered_mapping is not None
    assert again.mapping.targets == {0: "first_name", 1: "email"}
    assert run_import(db, tmp_path / "m2.csv").created == 1
    assert contact(db, "bo@x.io")["first_name"] == "Bo"


def test_a_mapping_made_for_other_columns_is_refused_with_a_code(
    db: Database, tmp_path: Path
) -> None:
    mapping = inspect_file(write(tmp_path, "a.csv", "Nick,Mail\nann,ann@x.io\n")).mapping
    other = write(tmp_path, "b.csv", "Name,Email,Phone\nbo,bo@x.io,1\n")
    with pytest.raises(ValueError, match="other columns") as info:
        plan_import(db, other, mapping=mapping)
    assert isinstance(info.value, MappingMismatchError) and info.value.code == "mapping_mismatch"


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.csv", b"", "empty_file"),
        ("header.csv", b"First Name,Email\n", "header_only"),
        ("binary.csv", bytes(range(256)) * 40, "binary_file"),
    ],
)
def test_unreadable_files_get_a_clear_message_and_write_nothing(
    db: Database, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(db)
    with pytest.raises(ImportFileError) as info:
        run_import(db, path)
    assert info.value.code == code and info.value.message.endswith(".")
    assert dump(db) == before


def test_zip_bomb_renamed_xlsx_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(64):
                member.write(b"\0" * (1024 * 1024))
    with pytest.raises(ImportFileError) as info:
        run_import(db, path)
    assert info.value.code == "unsafe_archive"
    assert rows(db, "SELECT count(*) FROM import_batches") == [(0,)]


def test_xlsx_formula_without_value_keeps_the_good_rows(db: Database, tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First Name", "Email"])
    ws.append(['=UPPER("ann")', "ann@x.io"])  # no saved value: the cell reads empty
    ws.append(["Bo", "bo@x.io"])
    wb.save(path)
    assert any(w.key == "formulas_without_value" for w in inspect_file(path).detected.warnings)
    assert run_import(db, path).created == 2


def test_bad_rows_are_rejected_with_reasons_and_good_rows_kept(
    db: Database, tmp_path: Path
) -> None:
    long_title = "x" * 10_000
    text = (
        "Email,Name,Name,Title\n"  # a duplicate header name
        "a@x.io,Ann,Lee,CEO\n"
        f"b@x.io,Bo,Kim,{long_title}\n"  # 10,000 characters: over the title's column
        "c@x.io,Cy\n"  # too few fields
        "d@x.io,Di,Ng,CTO,extra\n"  # too many fields
        ",,,\n"  # nothing to store
        'e@x.io,"Eve,Ng,CFO\n'  # a quote that never closes
        "f@x.io,Fay,Li,COO\n"
        f"g@x.io,Gil,Ox,{'y' * 400}\n"  # longer than the title column
    )
    path = write(tmp_path, "bad.csv", text)
    result = run_import(db, path)
    assert result.created == 2
    assert {r[0] for r in rows(db, "SELECT email FROM contacts")} == {"a@x.io", "f@x.io"}
    report = Path(result.report_path or "").read_text(encoding="utf-8-sig").splitlines()[1:]
    codes = [line.split(",")[0] + ":" + line.split(",")[-2] for line in report]
    assert codes[0].startswith("3:")
    reasons = {line.split(",")[0]: line for line in report}
    assert "value_too_long" in reasons["3"] and "too_few_fields" in reasons["4"]
    assert "too_many_fields" in reasons["5"] and "unbalanced_quote" in reasons["7"]
    assert "value_too_long" in reasons["9"]
    assert result.rejected == len(report)
    # What the sentences name travels beside them, for the wizard's translations.
    args = {d.number: (d.reason, d.args) for d in result.ledger.samples["rejected"]}
    assert args[3] == ("value_too_long", ("title", "300"))
    assert args[4] == ("too_few_fields", ("2", "4"))
    assert args[5] == ("too_many_fields", ("5", "4"))
    assert args[9] == ("value_too_long", ("title", str(MAX_LENGTHS["title"])))


def test_mixed_encodings_reject_only_the_broken_lines(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Email,Name\na@x.io,Анна\n".encode() + "b@x.io,Борис\n".encode("cp1251")
        + "".join(f"c{i}@x.io,Вера\n" for i in range(50)).encode()
    )  # fmt: skip
    result = run_import(db, path)
    assert result.rejected == 1 and result.created == 51
    assert all("\ufffd" not in (n or "") for (n,) in rows(db, "SELECT first_name FROM contacts"))


# --- PostgreSQL -----------------------------------------------------------------------


@pytest.mark.postgres
def test_import_and_undo_on_postgresql(postgres_url: str, people: Path) -> None:
    db = open_database(postgres_url)
    try:
        result = run_import(db, people, list_name="PG")
        assert (result.created, result.in_file, result.rejected) == (5, 1, 1)
        again = run_import(db, people)
        assert again.created == 0 and again.unchanged == 5
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one() == 5
            assert conn.exec_driver_sql("SELECT count(*) FROM list_members").scalar_one() == 5
        assert undo_import(db, result.batch_id).deleted == 5
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one() == 0
    finally:
        db.close()


def test_rejected_rows_report_cannot_run_formulas(db: Database, tmp_path: Path) -> None:
    """A hostile source line shows as text when the report is opened in a spreadsheet."""
    source = tmp_path / "hostile.csv"
    source.write_text(
        "first_name,last_name,email\n"
        "Ann,Lee,ann@example.com\n"
        '=HYPERLINK("http://evil.example","x"),Lee,bad@example.com,extra,fields\n',
        encoding="utf-8",
    )
    result = run_import(db, source)
    assert result.rejected == 1 and result.report_path is not None
    with Path(result.report_path).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][1].startswith("'=HYPERLINK(")
