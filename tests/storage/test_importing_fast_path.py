"""The import's fast paths give the same stored data as the plain ones.

The engine writes through the raw DBAPI cursor, scores fuzzy suggestions in worker
processes and serialises JSON with a reused encoder; these tests pin that the results do
not depend on which path ran.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from app.storage import tables
from app.storage.database import Database, open_database
from app.storage.importing import run_import
from app.storage.importing.writer import json_text
from app.storage.types import utcnow

pytestmark = pytest.mark.sqlite_only(
    reason="the import's SQLite fast paths: raw sqlite3 cursor, bulk-load mode, FTS5 buffers"
)

HEADER = "First Name,Last Name,Email,Phone,Company,Country,Tags,Segment\n"


def _people(count: int) -> str:
    # Pairs of look-alike names at shared companies, so fuzzy suggestions exist in
    # every chunk; a custom column (Segment) and tags on some rows.
    lines = []
    for i in range(count):
        first = ("Bill", "William", "Anna", "Ann")[i % 4]
        lines.append(
            f"{first},Gates{i // 4},p{i}@firm{i % 13}.example,+1 650 253 {i:04d},"
            f"Firm{i % 13} Inc,USA,{'vip' if i % 5 == 0 else ''},{'A' if i % 3 else ''}\n"
        )
    return HEADER + "".join(lines)


def _stored(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT first_name, last_name, email, phone_e164, custom_fields, quality_score, "
            "company_id FROM contacts ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_worker_pool_gives_the_same_contacts_and_suggestions(tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(_people(600), encoding="utf-8")
    results = {}
    stored = {}
    for workers in (0, 2):
        db_path = tmp_path / f"w{workers}.sqlite3"
        db = open_database(db_path)
        try:
            results[workers] = run_import(
                db, source, workers=workers, chunk_rows=150, bulk_threshold=10,
                report_dir=tmp_path,
            )  # fmt: skip
        finally:
            db.close()
        stored[workers] = _stored(db_path)
    serial, pooled = results[0], results[2]
    assert serial.created == pooled.created == 600
    assert serial.fuzzy  # the data has look-alikes in every chunk
    assert [(s.row, s.other_row, s.score, s.reasons) for s in pooled.fuzzy] == [
        (s.row, s.other_row, s.score, s.reasons) for s in serial.fuzzy
    ]
    assert stored[0] == stored[2]


def test_imported_timestamps_are_stored_like_a_core_insert(db: Database, tmp_path: Path) -> None:
    """Text comparisons and sorts in SQLite need one timestamp format in every row."""
    source = tmp_path / "people.csv"
    source.write_text(_people(40), encoding="utf-8")
    run_import(db, source, list_name="Imported", bulk_threshold=10, report_dir=tmp_path)
    with db.transaction() as conn:  # a row written the ordinary way, for comparison
        now = utcnow()
        conn.execute(insert(tables.tags).values(name="core-written"))
        conn.execute(insert(tables.lists).values(name="Core list", created_at=now, updated_at=now))
    with db.reading() as conn:
        core = conn.exec_driver_sql(
            "SELECT created_at FROM lists WHERE name = 'Core list'"
        ).scalar_one()
        stamps = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT created_at FROM contacts UNION ALL SELECT updated_at FROM contacts "
                "UNION ALL SELECT created_at FROM companies "
                "UNION ALL SELECT added_at FROM list_members"
            )
        ]
    assert stamps and isinstance(core, str)
    assert all(isinstance(s, str) and len(s) == len(core) and "+" not in s for s in stamps)
    assert all(s[10] == core[10] for s in stamps)  # the same date/time separator


def test_reused_json_encoder_matches_json_dumps() -> None:
    values: list[Any] = [
        {"values": ["Ivan", "Петров", "", 'a"b\\c', "\u2028", "😀"]},
        {"fields": {"title": None, "quality_score": 80, "x": 1.5}, "version": 3, "points": []},
        {"nan": float("nan"), "inf": float("inf"), "t": True, "f": False},
        "plain",
        [],
        {},
    ]
    for value in values:
        assert json_text(value) == json.dumps(value, ensure_ascii=False)


def test_bulk_load_leaves_the_search_index_and_connection_settings_as_they_were(
    db: Database, tmp_path: Path
) -> None:
    def config() -> list[tuple[Any, ...]]:
        with db.reading() as conn:
            return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM contacts_fts_config")]

    def pragmas() -> list[int]:
        # The pooled connection the import used (one at a time here: the same one).
        with db.reading() as conn:
            return [
                int(conn.exec_driver_sql(f"PRAGMA {name}").scalar_one())
                for name in ("cache_size", "threads", "wal_autocheckpoint", "foreign_keys")
            ]

    before, connection_before = config(), pragmas()
    source = tmp_path / "people.csv"
    source.write_text(_people(300), encoding="utf-8")
    result = run_import(db, source, bulk_threshold=10, report_dir=tmp_path)
    assert result.bulk_load
    assert config() == before
    assert pragmas() == connection_before
    with db.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contacts_fts").scalar_one() == 300
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'gates7'"
        ).scalar_one()
    assert found == 4


def test_checks_sent_in_slices_keep_chunks_and_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slices smaller than a chunk (and not dividing it) change nothing but timing."""
    from app.storage.importing import engine

    source = tmp_path / "people.csv"
    source.write_text(_people(230), encoding="utf-8")
    outcomes = []
    for slice_rows in (10_000, 7):
        monkeypatch.setattr(engine, "SLICE_ROWS", slice_rows)
        db_path = tmp_path / f"s{slice_rows}.sqlite3"
        db = open_database(db_path)
        seen: list[int] = []
        try:
            result = run_import(
                db, source, workers=0, chunk_rows=20, report_dir=tmp_path,
                progress=lambda done, _total, seen=seen: seen.append(done),
            )  # fmt: skip
        finally:
            db.close()
        outcomes.append((
            result.created, result.duplicates, [(s.row, s.other_row) for s in result.fuzzy],
            _stored(db_path), seen,
        ))  # fmt: skip
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][0] == 230 and outcomes[0][2]


def test_reimporting_the_same_file_changes_nothing_without_merging(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows equal to their stored contacts skip the merge planner (the 1M re-import case)."""
    from app.storage.importing import existing

    source = tmp_path / "people.csv"
    source.write_text(_people(120), encoding="utf-8")
    run_import(db, source, report_dir=tmp_path)
    with db.reading() as conn:
        scores = conn.exec_driver_sql("SELECT id, quality_score FROM contacts").all()
    planned: list[object] = []
    real_plan = existing.plan_merge

    def counting_plan(*args: Any, **kwargs: Any) -> Any:
        planned.append(args)
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(existing, "plan_merge", counting_plan)
    again = run_import(db, source, report_dir=tmp_path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 120)
    assert planned == []
    with db.reading() as conn:
        assert conn.exec_driver_sql("SELECT id, quality_score FROM contacts").all() == scores


def test_json_columns_are_written_as_json_dumps_writes_them(db: Database, tmp_path: Path) -> None:
    import csv

    source = tmp_path / "people.csv"
    source.write_text(_people(30), encoding="utf-8")
    run_import(db, source, report_dir=tmp_path)
    cells = list(csv.reader(source.read_text(encoding="utf-8").splitlines()))[1:]
    with db.reading() as conn:
        items = conn.exec_driver_sql(
            "SELECT row_number, raw, before FROM import_batch_items ORDER BY row_number"
        ).all()
        customs = [r[0] for r in conn.exec_driver_sql("SELECT custom_fields FROM contacts")]
    assert len(items) == 30
    for number, raw, before in items:
        assert raw == json.dumps(
            {"values": cells[number - 2]}, ensure_ascii=False
        )  # line 1 is the header
        assert before is None
    assert {json.dumps(json.loads(c), ensure_ascii=False) for c in customs} == set(customs)
    assert "{}" in customs and any(c != "{}" for c in customs)


def test_bulk_load_fills_the_search_index_with_a_big_buffer_and_wider_merges(db: Database) -> None:
    """During the load FTS5 buffers 64 MB and merges 8 segments at a time; after it, the
    settings (and the config table) are as before: absent rows stay absent, stored ones
    come back."""
    from app.storage.importing.writer import BulkLoad

    def settings(conn: Any) -> dict[str, int]:
        rows = conn.exec_driver_sql("SELECT k, v FROM contacts_fts_config").all()
        return {str(k): int(v) for k, v in rows if k in ("hashsize", "automerge")}

    with db.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('automerge', 2)")
    with db.transaction() as conn:
        assert settings(conn) == {"automerge": 2}
        bulk = BulkLoad(conn)
        bulk.suspend()
        assert settings(conn) == {"hashsize": 64 * 1024 * 1024, "automerge": 8}
        bulk.restore(None)
        assert settings(conn) == {"automerge": 2}
    with db.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM contacts_fts_config WHERE k = 'automerge'")
        bulk = BulkLoad(conn)
        bulk.suspend()
        assert settings(conn) == {"hashsize": 64 * 1024 * 1024, "automerge": 8}
        bulk.restore(None)
        assert settings(conn) == {}


def test_cancel_while_rebuilding_indexes_with_a_worker_pool_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    """The rebuild runs while the workers still score suggestions; a cancel there rolls
    everything back, indexes, triggers and search settings included."""
    from app.core.ops import CancelToken, OperationCancelled
    from app.storage.importing import is_finishing

    run_import(db, _write(tmp_path, "seed.csv", HEADER + "Seed,Row,s@x.io,,,,,\n"))

    def snapshot() -> list[tuple[Any, ...]]:
        with db.reading() as conn:
            return [
                tuple(r)
                for sql in (
                    "SELECT type, name, sql FROM sqlite_master ORDER BY name",
                    "SELECT id, email FROM contacts ORDER BY id",
                    "SELECT * FROM contacts_fts_config ORDER BY k",
                    "SELECT * FROM board_tallies ORDER BY 1, 2, 3, 4",
                    "SELECT count(*) FROM import_batches",
                )
                for r in conn.exec_driver_sql(sql)
            ]

    before = snapshot()
    seen: list[tuple[int, int]] = []
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if is_finishing(done, total):
            cancel.cancel()

    with pytest.raises(OperationCancelled):
        run_import(
            db, _write(tmp_path, "people.csv", _people(400)), workers=2, chunk_rows=100,
            bulk_threshold=10, report_dir=tmp_path, progress=progress, cancel=cancel,
        )  # fmt: skip
    assert any(is_finishing(done, total) for done, total in seen)
    assert snapshot() == before


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_without_email_or_phone_are_keyed_by_name_and_company(
    db: Database, tmp_path: Path
) -> None:
    text = (
        "First Name,Last Name,Email,Phone,Company\n"
        "Olga,Smirnova,,,Romashka LLC\n"
        "olga,SMIRNOVA,,,Romashka\n"  # the same person: same name, same normalized company
        "Olga,Smirnova,,,Vector\n"  # another company: another person
        "Olga,Smirnova,olga@romashka.example,,Romashka\n"  # an email: keyed by it instead
    )
    path = _write(tmp_path, "names.csv", text)
    first = run_import(db, path, report_dir=tmp_path)
    assert (first.created, first.in_file) == (3, 1)
    again = run_import(db, path, report_dir=tmp_path)
    assert (again.created, again.unchanged, again.in_file) == (0, 3, 1)


def test_bulk_load_indexes_new_and_merged_contacts_for_search(db: Database, tmp_path: Path) -> None:
    """New rows reach the search index chunk by chunk (from the background writer);
    stored contacts the file fills in keep theirs through the update trigger."""
    seed = "".join(f"Seed{i},Person{i},seed{i}@old.example,,,,,\n" for i in range(40))
    run_import(db, _write(tmp_path, "seed.csv", HEADER + seed), report_dir=tmp_path)
    # The same 40 people now with a company (fills an empty field: an update), and 300 new.
    again = "".join(
        f"Seed{i},Person{i},seed{i}@old.example,,Zyxwvut Holdings,,,\n" for i in range(40)
    )
    result = run_import(
        db, _write(tmp_path, "more.csv", HEADER + again + _people(300).split("\n", 1)[1]),
        bulk_threshold=10, chunk_rows=64, report_dir=tmp_path,
    )  # fmt: skip
    assert result.bulk_load
    assert (result.created, result.updated) == (300, 40)
    with db.reading() as conn:
        run = conn.exec_driver_sql
        assert run("SELECT count(*) FROM contacts_fts").scalar_one() == 340
        assert (
            run("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'zyxw*'").scalar_one()
            == 40
        )
        assert (
            run("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'gates7'").scalar_one()
            == 4
        )
        # FTS5's own check that the index agrees with the indexed text.
        run("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")
        # Every trigger and index is back.
        names = {
            r[0] for r in run("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")
        }
    assert {
        "contacts_fts_ai",
        "contacts_fts_au",
        "contacts_fts_ad",
        "ix_contacts_email_key",
    } <= names


def test_background_writer_raises_a_failed_statement_and_keeps_order(db: Database) -> None:
    from app.storage.importing.writer import Writer

    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        with db.transaction() as conn:
            writer = Writer(conn)
            writer.start_background()
            try:
                writer.insert("tags", ("id", "name"), [(i, f"t{i}") for i in range(1, 30_001)])
                writer.execute_later("DELETE FROM tags WHERE id > ?", (10,))
                writer.sync()
                # Statements ran in order: all inserted, then all but ten deleted.
                assert conn.exec_driver_sql("SELECT count(*) FROM tags").scalar_one() == 10
                writer.execute_later("INSERT INTO no_such_table VALUES (?)", (1,))
                writer.sync()
            finally:
                writer.stop_background()
    with db.reading() as conn:  # the failed transaction left nothing behind
        assert conn.exec_driver_sql("SELECT count(*) FROM tags").scalar_one() == 0


def test_checker_workers_answer_like_this_process() -> None:
    """Values split between workers by domain and by value come back under their keys."""
    from app.storage.importing.checks import Checker

    domains = [f"firm{i}.example.com" for i in range(12)] + ["gmail.com", "gmial.com"]
    emails = [f"user{i}@{domains[i % len(domains)]}" for i in range(60)]
    emails += ["John Doe <john@firm1.example.com>", "not an address", "a@b"]
    phones: list[tuple[str, str | None]] = [
        (f"8 (495) 123-45-{i:02d}", "RU") for i in range(30)
    ] + [("+1 212 555 0100 ext. 12", None), ("n/a", "DE"), ("020 7946 0000", None)]
    companies = [f"Firm {i} GmbH" for i in range(20)] + ["ACME, Inc."]
    websites = [f"https://www.{d}/about" for d in domains] + ["пример.рф", "not a site"]
    serial = Checker(0).submit(emails, phones, companies, websites).result()
    checker = Checker(2)
    try:
        pending = [checker.submit(emails, phones, companies, websites) for _ in range(2)]
        extra = checker.call(sorted, [3, 1, 2])
        pooled = [p.result() for p in pending]
        assert not isinstance(extra, list)
        assert extra.result() == [1, 2, 3]
    finally:
        checker.close()
    assert len(serial.emails) == len(emails)
    assert len(serial.phones) == len(phones)
    assert pooled == [serial, serial]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX niceness; Windows uses a priority class")
def test_check_workers_run_below_the_importing_process() -> None:
    """Workers yield the CPU to the thread that classifies and writes the rows."""
    import os

    from app.core.importing.check_values import WORKER_NICENESS
    from app.storage.importing.checks import Checker

    checker = Checker(2)
    try:
        niceness = checker.call(os.nice, 0)
        assert not isinstance(niceness, int)
        worker = niceness.result()
    finally:
        checker.close()
    assert worker == min(19, os.nice(0) + WORKER_NICENESS)


def test_statement_constants_are_stored_like_bound_values(db: Database) -> None:
    """Constants written into the INSERT store what binding them would have stored."""
    from app.storage.importing.writer import Writer, sql_literal

    assert sql_literal("O'Brien") == "'O''Brien'"
    assert [sql_literal(v) for v in (None, True, False, 7)] == ["NULL", "1", "0", "7"]
    with pytest.raises(TypeError):
        sql_literal(1.5)  # type: ignore[arg-type]
    with db.transaction() as conn:
        writer = Writer(conn)
        writer.insert("tags", ("id",), [(1,)], constants={"name": "it's"})
        writer.insert("tags", ("id", "name"), [(2, "bound")])
        stored = conn.exec_driver_sql(
            "SELECT id, name, typeof(id), typeof(name) FROM tags ORDER BY id"
        ).all()
    assert [tuple(r) for r in stored] == [
        (1, "it's", "integer", "text"),
        (2, "bound", "integer", "text"),
    ]


def test_verdict_tuples_mirror_the_check_dataclasses() -> None:
    """The import's named tuples keep EmailCheck's and PhoneCheck's fields, in order."""
    from dataclasses import fields

    from app.core.validation import EmailCheck, PhoneCheck, check_email, check_phone
    from app.storage.importing.checks import EmailVerdict, PhoneVerdict

    assert EmailVerdict._fields == tuple(f.name for f in fields(EmailCheck))
    assert PhoneVerdict._fields == tuple(f.name for f in fields(PhoneCheck))
    email = check_email("Ivan <ivan@gmial.com>")
    assert EmailVerdict(*(getattr(email, n) for n in EmailVerdict._fields)).check() == email
    phone = check_phone("+7 495 123-45-67 доб. 12", None, formatted=False)
    assert PhoneVerdict(*(getattr(phone, n) for n in PhoneVerdict._fields)).check() == phone


def test_pending_checks_say_whether_they_would_wait() -> None:
    """The engine reads on instead of waiting while a chunk's checks are out (look-ahead)."""
    from concurrent.futures import Future

    from app.storage.importing.checks import PendingChecks

    assert PendingChecks(["a@x.io"], [], None, None).done()  # checked in this process
    emails: Future[list[Any]] = Future()
    phones: Future[list[Any]] = Future()
    pending = PendingChecks(["a@x.io"], [("+1", None)], [emails], [phones])
    assert not pending.done()
    emails.set_result([("valid", "a@x.io", (), None, "x.io", "x.io", None)])
    assert not pending.done()
    phones.set_result([("invalid", None, None, None, None, (), ("empty",), None)])
    assert pending.done()
    assert pending.result().emails["a@x.io"].normalized == "a@x.io"


def test_bulk_load_counts_the_board_tallies_once_for_new_merged_and_updated_contacts(
    db: Database, tmp_path: Path
) -> None:
    """The tally triggers are off during a bulk load and the tallies counted again after:
    stored contacts the file fills in, new ones, and rows that repeat a new one all land
    in the right (stage, owner, source, lead type) rows, each contact once."""
    from app.storage.pipeline.board import tallied_counts

    header = "First Name,Last Name,Email,Lead Source,Lead Status\n"
    seed = "".join(f"Seed,P{i},seed{i}@old.example,,\n" for i in range(30))
    run_import(db, _write(tmp_path, "seed.csv", header + seed), report_dir=tmp_path)
    rows = [f"Seed,P{i},seed{i}@old.example,Referral,Qualified\n" for i in range(30)]
    rows += [f"New,P{i},new{i}@firm.example,,\n" for i in range(200)]
    # The same people again further down: they fill the source and status left empty.
    rows += [f"New,P{i},new{i}@firm.example,Website Form,Contacted\n" for i in range(0, 200, 3)]
    result = run_import(
        db, _write(tmp_path, "more.csv", header + "".join(rows)),
        bulk_threshold=10, chunk_rows=64, report_dir=tmp_path,
    )  # fmt: skip
    assert result.bulk_load and result.created == 200

    c = tables.contacts.c
    with db.reading() as conn:
        truth: dict[tuple[Any, ...], int] = {}
        for row in conn.execute(select(c.stage_id, c.owner_id, c.source, c.lead_type)):
            key = tuple(row)
            truth[key] = truth.get(key, 0) + 1
        stored = {
            tuple(r[:4]): r[4]
            for r in conn.exec_driver_sql(
                "SELECT stage_id, owner_id, source, lead_type, contacts FROM board_tallies "
                "WHERE contacts <> 0"
            )
        }
        by_stage = tallied_counts(conn)
        referral = tallied_counts(conn, source="referral")
    expected = {(s or 0, o or 0, src or "", lt or ""): n for (s, o, src, lt), n in truth.items()}
    assert stored == expected
    assert sum(by_stage.values()) == 230
    assert sum(referral.values()) == 30  # the stored contacts the file filled in
    # The triggers are back: a contact added now is counted by them.
    with db.transaction() as conn:
        conn.execute(tables.contacts.insert().values(full_name="After", custom_fields={}))
    with db.reading() as conn:
        assert sum(tallied_counts(conn).values()) == 231
