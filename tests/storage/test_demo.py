"""populate_demo: one transaction, realistic counts, reproducible, cancellable."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core.ops import OperationCancelled
from app.storage.database import Database
from app.storage.demo import (
    DEFAULT_STAGES,
    DEMO_SETTING_KEY,
    DemoRefusedError,
    populate_demo,
)
from app.storage.search_index import count_matches
from tests.cancel_tokens import CountingToken

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
TABLES = (
    "reps", "pipeline_stages", "companies", "contacts", "contact_points", "tags",
    "contact_tags", "lists", "list_members", "segments", "icp_profiles", "templates",
    "cadences", "cadence_steps", "enrollments", "tasks", "activities", "qualifications",
    "handoffs", "suppressions", "settings", "contacts_fts",
)  # fmt: skip


def counts(db: Database) -> dict[str, int]:
    # The search index: SQLite's FTS5 table, or the server's words (one row per contact).
    index = "contacts_fts" if db.is_sqlite else "contacts_fts_words"
    with db.reading() as conn:
        return {
            t: int(
                conn.execute(
                    text(f"SELECT count(*) FROM {index if t == 'contacts_fts' else t}")
                ).scalar_one()
            )
            for t in TABLES
        }


def scalar(db: Database, sql: str) -> object:
    with db.reading() as conn:
        return conn.execute(text(sql)).scalar_one()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Database:
    """One demo database with 1,500 prospects, shared by the read-only tests below."""
    import shutil

    from app.storage.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    summary = populate_demo(db, contacts=1500, seed=5, now=NOW)
    assert summary.contacts == 1500
    return db


def test_summary_matches_what_was_written(tmp_path: Path, db: Database) -> None:
    summary = populate_demo(db, contacts=400, seed=1, now=NOW)
    rows = counts(db)
    assert rows["contacts"] == summary.contacts == 400
    assert rows["companies"] == summary.companies == 50
    assert rows["pipeline_stages"] == summary.stages == len(DEFAULT_STAGES)
    assert rows["reps"] == summary.reps == 7
    assert rows["cadences"] == summary.cadences == 3
    assert rows["enrollments"] == summary.enrollments > 0
    assert rows["tasks"] == summary.tasks > 0
    assert rows["activities"] == summary.activities > rows["contacts"]
    assert rows["qualifications"] == summary.qualifications > 0
    assert rows["contacts_fts"] == 400


def test_the_load_returns_its_changes(db: Database) -> None:
    changes = populate_demo(db, contacts=40, seed=1, now=NOW).changes
    assert (changes.operation, changes.count) == ("demo", 40)
    assert changes.touches("contacts") and changes.touches("companies", "activities")
    assert {"pipeline_stages", "reps", "settings", "list_members"} <= changes.tables
    assert changes.ids_in("contacts") is None  # a bulk load: any contact may be new
    assert not changes.undoable


def test_stages_are_the_default_pipeline(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        stages = conn.execute(
            text("SELECT key, name, is_terminal FROM pipeline_stages ORDER BY position")
        ).all()
    assert [s.key for s in stages] == [
        "new", "researching", "attempting", "connected", "qualified", "meeting_booked",
        "handed_off", "nurture", "disqualified",
    ]  # fmt: skip
    assert {s.key for s in stages if s.is_terminal} == {"handed_off", "disqualified"}


def test_most_prospects_sit_in_early_stages(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        per_stage = dict(
            conn.execute(
                text(
                    "SELECT s.key, count(*) FROM contacts c JOIN pipeline_stages s "
                    "ON s.id = c.stage_id GROUP BY s.key"
                )
            ).all()
        )
    assert set(per_stage) == {s.key for s in DEFAULT_STAGES}  # every column has cards
    early = per_stage["new"] + per_stage["researching"] + per_stage["attempting"]
    assert early > 1500 / 2
    assert per_stage["handed_off"] < per_stage["attempting"]


def test_every_screen_has_something_to_show(demo_db: Database) -> None:
    rows = counts(demo_db)
    for table in ("lists", "list_members", "segments", "icp_profiles", "templates",
                  "cadence_steps", "handoffs", "contact_points", "contact_tags",
                  "suppressions"):  # fmt: skip
        assert rows[table] > 0, table
    reps = dict(
        scalar_rows(demo_db, "SELECT role, count(*) FROM reps GROUP BY role")  # type: ignore[arg-type]
    )
    assert reps == {"sdr": 4, "ae": 2, "manager": 1}
    kinds = {r[0] for r in scalar_rows(demo_db, "SELECT DISTINCT kind FROM activities")}
    assert {"call", "email", "linkedin", "note", "stage_change", "meeting"} <= kinds
    assert scalar(demo_db, "SELECT count(*) FROM activities WHERE kind = 'call' "
                  "AND outcome = 'connected' AND duration_seconds > 0") != 0  # fmt: skip


def scalar_rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.reading() as conn:
        return [tuple(r) for r in conn.execute(text(sql)).all()]


def test_today_queue_has_due_and_overdue_tasks(demo_db: Database) -> None:
    due = scalar_rows(
        demo_db,
        "SELECT t.due_at FROM tasks t JOIN enrollments e ON e.id = t.enrollment_id "
        "WHERE t.status = 'open' AND e.status = 'active'",
    )
    assert due
    with demo_db.reading() as conn:
        parsed = [
            r[0] for r in conn.execute(text("SELECT due_at FROM tasks WHERE status = 'open'")).all()
        ]
    stamps = [dt.datetime.fromisoformat(str(p)) for p in parsed]
    stamps = [s if s.tzinfo else s.replace(tzinfo=dt.UTC) for s in stamps]
    assert any(s < NOW for s in stamps)  # overdue
    assert any(NOW <= s < NOW + dt.timedelta(hours=12) for s in stamps)  # later today
    assert all(s < NOW + dt.timedelta(hours=12) for s in stamps)


def test_activities_lie_in_the_past_weeks(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        oldest, newest = conn.execute(
            text("SELECT min(occurred_at), max(occurred_at) FROM activities")
        ).one()
    oldest_dt = dt.datetime.fromisoformat(str(oldest)).replace(tzinfo=dt.UTC)
    newest_dt = dt.datetime.fromisoformat(str(newest)).replace(tzinfo=dt.UTC)
    assert NOW - dt.timedelta(days=61) <= oldest_dt
    assert newest_dt <= NOW


def test_references_and_integrity_hold(demo_db: Database) -> None:
    assert scalar_rows(demo_db, "PRAGMA foreign_key_check") == []
    assert scalar(demo_db, "PRAGMA integrity_check") == "ok"


def test_search_index_is_built_and_kept_by_triggers_afterwards(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        name = conn.execute(text("SELECT last_name FROM contacts WHERE id = 1")).scalar_one()
        assert count_matches(conn, str(name)) >= 1
        triggers = {
            r[0]
            for r in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).all()
        }
    assert "contacts_fts_ai" in triggers
    with demo_db.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO contacts (first_name, last_name, full_name, custom_fields, "
                "do_not_contact, version, created_at, updated_at) VALUES ('Zebulon', "
                "'Quixotically', 'Zebulon Quixotically', '{}', 0, 1, :t, :t)"
            ),
            {"t": NOW.isoformat()},
        )
    with demo_db.reading() as conn:
        assert count_matches(conn, "Quixotically") == 1


def test_validated_columns_are_filled(demo_db: Database) -> None:
    statuses = {r[0] for r in scalar_rows(demo_db, "SELECT DISTINCT email_status FROM contacts")}
    assert {"valid", "invalid"} <= statuses
    assert scalar(demo_db, "SELECT count(*) FROM contacts WHERE phone_e164 LIKE '+%'") != 0


def test_demo_marker_setting(demo_db: Database) -> None:
    assert scalar(demo_db, f"SELECT count(*) FROM settings WHERE key = '{DEMO_SETTING_KEY}'") == 1


def test_same_seed_same_data(tmp_path: Path, migrated_template: Path) -> None:
    import shutil

    from app.storage.database import open_database

    def names(seed: int, name: str) -> list[tuple[object, ...]]:
        path = tmp_path / name
        shutil.copyfile(migrated_template, path)
        db = open_database(path)
        try:
            populate_demo(db, contacts=200, seed=seed, now=NOW)
            return scalar_rows(
                db, "SELECT full_name, email_raw, phone_raw, stage_id, owner_id FROM contacts "
                "ORDER BY id"
            )  # fmt: skip
        finally:
            db.close()

    first = names(9, "a.sqlite3")
    assert first == names(9, "b.sqlite3")
    assert first != names(10, "c.sqlite3")


def test_refuses_a_database_with_prospects(db: Database) -> None:
    populate_demo(db, contacts=30, now=NOW)
    before = counts(db)
    with pytest.raises(DemoRefusedError, match="already holds 30 prospects") as info:
        populate_demo(db, contacts=30, now=NOW)
    assert (info.value.code, info.value.prospects) == ("demo_not_empty", 30)
    assert counts(db) == before


@pytest.mark.sqlite_only(reason="compares the database file byte for byte")
def test_cancel_leaves_the_database_unchanged(db: Database, db_path: Path) -> None:
    before = counts(db)
    db.close()
    digest = file_digest(db_path)
    cancel = CountingToken(at=6)  # after reference data and a few chunks went in

    with pytest.raises(OperationCancelled):
        populate_demo(db, contacts=12_000, cancel=cancel, now=NOW)
    assert cancel.checks > 5
    assert counts(db) == before
    triggers = scalar_rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
    assert ("contacts_fts_ai",) in triggers
    db.close()
    assert file_digest(db_path) == digest


def test_an_error_half_way_rolls_back(db: Database) -> None:
    before = counts(db)

    def explode(done: int, total: int) -> None:
        if done > 100:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        populate_demo(db, contacts=6_000, progress=explode, now=NOW)
    assert counts(db) == before


def test_progress_reaches_the_end(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    populate_demo(db, contacts=50, progress=lambda d, t: seen.append((d, t)), now=NOW)
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_zero_contacts_still_sets_up_the_pipeline(db: Database) -> None:
    summary = populate_demo(db, contacts=0, now=NOW)
    assert summary.contacts == 0
    assert counts(db)["pipeline_stages"] == len(DEFAULT_STAGES)


def test_negative_count_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="zero or more"):
        populate_demo(db, contacts=-1)


def test_parallel_validation_gives_the_same_data(
    tmp_path: Path, migrated_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Worker processes validate while the loader inserts; the rows must not differ."""
    import shutil

    from app.storage import demo
    from app.storage.database import open_database

    pooled: list[bool] = []
    original = demo._Validator.submit

    def spy(self: demo._Validator, records: list[demo.ValidationRecord]) -> object:
        pooled.append(self._pool is not None)
        return original(self, records)

    monkeypatch.setattr(demo._Validator, "submit", spy)

    def rows(name: str, *, parallel: bool) -> list[tuple[object, ...]]:
        path = tmp_path / name
        shutil.copyfile(migrated_template, path)
        db = open_database(path)
        try:
            populate_demo(db, contacts=5_500, seed=3, now=NOW, parallel=parallel)
            return scalar_rows(
                db, "SELECT id, email, email_key, email_status, phone_e164, phone_status, "
                "quality_score, do_not_contact FROM contacts ORDER BY id"
            )  # fmt: skip
        finally:
            db.close()

    inline = rows("inline.sqlite3", parallel=False)
    assert len(inline) == 5_500
    assert pooled == [False, False]
    pooled.clear()
    assert rows("parallel.sqlite3", parallel=True) == inline
    assert pooled == [True, True]  # both chunks really went to a worker


def test_demo_segments_are_valid_segment_definitions(tmp_path: Path) -> None:
    """Every saved demo segment parses with the core, so the Lists page can show it."""
    from sqlalchemy import select

    from app.core.segments import parse_segment
    from app.storage.database import open_database
    from app.storage.demo import populate_demo
    from app.storage.schema import Segment

    db = open_database(tmp_path / "segments.sqlite3")
    try:
        populate_demo(db, contacts=60, seed=3)
        with db.reading() as conn:
            definitions = list(conn.execute(select(Segment.name, Segment.definition)))
    finally:
        db.close()
    assert definitions
    for name, definition in definitions:
        assert parse_segment(definition).to_definition(), name


def test_demo_timestamps_are_stored_like_any_other_insert(tmp_path: Path) -> None:
    """Text comparisons and sorts in SQLite need one timestamp format in every row."""
    import sqlite3

    from app.storage.database import open_database
    from app.storage.demo import populate_demo

    path = tmp_path / "times.sqlite3"
    db = open_database(path)
    try:
        populate_demo(db, contacts=40, seed=5)
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        stamps = [r[0] for r in conn.execute(
            "SELECT created_at FROM contacts UNION ALL SELECT due_at FROM tasks "
            "UNION ALL SELECT occurred_at FROM activities")]  # fmt: skip
    finally:
        conn.close()
    assert stamps
    assert all("+" not in s and len(s) == len("2026-11-20 09:30:00.000000") for s in stamps)
