"""The watched folder: stable files imported as inbound, filed away, routed; nothing lost."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import func, select

from app.storage import tables
from app.storage.database import Database
from app.storage.routing import RoutingSettings, save_routing_settings, set_rotation
from app.storage.routing.folder import (
    FileState,
    import_dropped_file,
    ready_files,
    scan_folder,
)
from tests.team_data import add_reps

NOW = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)
DROPPED = dt.datetime(2026, 12, 7, 9, 10, tzinfo=dt.UTC)

CSV = (
    "First name,Last name,Email,Company,Arrived at\n"
    "Ivan,Petrov,ivan@acme.example,Acme,2026-12-07T09:01:00Z\n"
    "Jonas,Jonaitis,jonas@acme.example,Acme,\n"
    "Bad,Row,not-an-email,,\n"
)
VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\nN:张;伟;;;\r\nEMAIL:zhang@huawei.example\r\n"
    "ORG:Huawei\r\nEND:VCARD\r\n"
)


def _drop(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    stamp = DROPPED.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def _leads(db: Database) -> dict[str, tuple[str | None, dt.datetime | None, int | None]]:
    c = tables.contacts.c
    with db.reading() as conn:
        rows = conn.execute(select(c.email_raw, c.source, c.arrived_at, c.owner_id))
        return {str(r[0]): (r[1], r[2], r[3]) for r in rows}


def test_a_file_still_growing_waits_until_two_scans_agree(tmp_path: Path) -> None:
    path = _drop(tmp_path, "leads.csv", CSV)
    _drop(tmp_path, ".hidden.csv", CSV)
    _drop(tmp_path, "leads.csv.part", CSV)
    _drop(tmp_path, "notes.pdf", b"%PDF-1.4")
    first = scan_folder(tmp_path)
    assert list(first) == [path]
    assert ready_files({}, first) == []  # seen once: maybe still being copied
    with path.open("a", encoding="utf-8") as growing:
        growing.write("Olga,Ivanova,olga@acme.example,Acme,\n")
    second = scan_folder(tmp_path)
    assert ready_files(first, second) == []  # it grew between the scans
    third = scan_folder(tmp_path)
    assert ready_files(second, third) == [path]
    assert ready_files({path: FileState(0, 1)}, {path: FileState(0, 1)}) == []  # empty: wait
    assert scan_folder(tmp_path / "offline-share") == {}


def test_a_csv_is_imported_as_inbound_filed_away_and_routed(db: Database, tmp_path: Path) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True)
    set_rotation(db, ben, in_rotation=True)
    save_routing_settings(db, RoutingSettings(round_robin=True))
    folder = tmp_path / "drop"
    folder.mkdir()
    path = _drop(folder, "leads.csv", CSV)

    done = import_dropped_file(db, path, folder, now=NOW)

    assert done.outcome == "processed"
    assert done.moved_to == folder / "processed" / "leads.csv"
    assert done.moved_to.exists() and not path.exists()
    assert done.result is not None and done.result.created == 3
    leads = _leads(db)
    assert leads["ivan@acme.example"][:2] == (
        "inbound",
        dt.datetime(2026, 12, 7, 9, 1, tzinfo=dt.UTC),
    )
    # No arrival column value: the file's own arrival (when it was dropped).
    assert leads["jonas@acme.example"][1] == DROPPED
    assert done.routing is not None
    assert {a.to_rep for a in done.routing.assignments} == {ana, ben}
    assert all(owner is not None for _s, _a, owner in leads.values())
    assert done.changes.import_batch_id == done.result.batch_id
    assert "activities" in done.changes.tables
    # Nothing left to import; the folder holds only the filed-away copy (and no report:
    # the bad address is stored as invalid, not rejected).
    assert scan_folder(folder) == {}


def test_a_vcard_is_imported_with_vobject(db: Database, tmp_path: Path) -> None:
    path = _drop(tmp_path, "card.vcf", VCARD)
    done = import_dropped_file(db, path, tmp_path, now=NOW)
    assert done.outcome == "processed"
    c = tables.contacts.c
    with db.reading() as conn:
        row = conn.execute(select(c.full_name, c.source, c.arrived_at, c.owner_id)).one()
    assert tuple(row) == ("张伟", "inbound", DROPPED, None)  # routing is off by default


def test_an_unreadable_file_goes_to_failed_with_its_reason_and_the_database_unchanged(
    db: Database, tmp_path: Path
) -> None:
    path = _drop(tmp_path, "broken.csv", b"First name,Email\n")  # a header and nothing else
    done = import_dropped_file(db, path, tmp_path, now=NOW)
    assert done.outcome == "failed"
    assert done.moved_to == tmp_path / "failed" / "broken.csv"
    report = tmp_path / "failed" / "broken.csv.error.txt"
    assert report.read_text(encoding="utf-8").startswith(str(done.error_code))
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(tables.contacts)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(tables.import_batches)).scalar() == 0


def test_a_file_another_app_took_first_is_left_to_it(db: Database, tmp_path: Path) -> None:
    path = _drop(tmp_path, "leads.csv", CSV)
    path.unlink()  # the other app renamed it into processing/ a moment ago
    assert import_dropped_file(db, path, tmp_path, now=NOW).outcome == "gone"


def test_a_name_already_processed_gets_a_new_name_and_a_stale_claim_is_offered_again(
    db: Database, tmp_path: Path
) -> None:
    first = _drop(tmp_path, "leads.csv", CSV)
    import_dropped_file(db, first, tmp_path, now=NOW)
    again = _drop(tmp_path, "leads.csv", CSV)
    done = import_dropped_file(db, again, tmp_path, now=NOW)
    assert done.moved_to == tmp_path / "processed" / "leads (1).csv"
    assert done.result is not None and done.result.created == 0

    # An app that died mid-import left this one in processing/.
    stuck = _drop(tmp_path / "processing", "stuck.csv", CSV)
    wall = DROPPED.timestamp()
    assert scan_folder(tmp_path, wall_now=wall + 60) == {}
    assert list(scan_folder(tmp_path, wall_now=wall + 3600)) == [stuck]
    assert import_dropped_file(db, stuck, tmp_path, now=NOW).outcome == "processed"
