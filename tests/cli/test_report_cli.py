"""``report``: its JSON keys, the CSV files of --out, the text summary and bad ranges."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from app.storage.database import open_database
from tests.reports_data import seed_report_data

REQUIRED_KEYS = {
    "dials", "connects", "connect_rate", "emails_sent", "replies", "reply_rate",
    "meetings_booked", "handed_off", "touches_by_day", "funnel", "speed_to_lead_minutes",
}  # fmt: skip


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    try:
        seed_report_data(db)
    finally:
        db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_has_the_contract_keys(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, err = run(
        capsys, "report", "--db", str(db_file), "--from", "2026-12-01", "--to", "2026-12-07",
        "--json",
    )  # fmt: skip
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload["ok"] is True
    assert REQUIRED_KEYS <= set(payload)
    assert (payload["dials"], payload["connects"], payload["meetings_booked"]) == (7, 4, 2)
    assert payload["speed_to_lead_minutes"] == 21.0
    assert payload["funnel"]["meeting_booked"] == 1
    assert len(payload["touches_by_day"]) == 7


def test_default_range_is_30_days_to_now(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, _err = run(
        capsys, "report", "--db", str(db_file), "--now", "2026-12-07T18:00:00Z", "--json",
        "--rep", "bob@x.test",
    )  # fmt: skip
    assert code == EXIT_OK
    payload = json.loads(out)
    assert (payload["from"], payload["to"], payload["rep"]) == (
        "2026-11-08", "2026-12-07", "bob@x.test",
    )  # fmt: skip
    # Bob's calls in those 30 days: b1 b2 b7 and b10 (Nov 30); b11 (Dec 8) is after.
    assert payload["dials"] == 4


def test_out_writes_one_csv_per_figure(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "figures"
    code, out, err = run(
        capsys, "report", "--db", str(db_file), "--from", "2026-12-01", "--to", "2026-12-07",
        "--out", str(out_dir),
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert "Dials          7" in out
    assert "Wrote 13 CSV files" in out
    names = sorted(p.name for p in out_dir.iterdir())
    assert "touches_by_day.csv" in names and "funnel.csv" in names and "by_rep.csv" in names
    with (out_dir / "touches_by_day.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["day", "call", "email", "message", "task", "total"]
    assert rows[3] == ["2026-12-03", "2", "1", "1", "1", "5"]
    assert len(rows) == 8


def test_csv_cells_are_formula_neutralised(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    db = open_database(db_file)
    try:
        with db.transaction() as conn:
            conn.exec_driver_sql("UPDATE reps SET email = '=HYPERLINK(1)' WHERE id = 1")
    finally:
        db.close()
    out_dir = tmp_path / "figures"
    code, _out, err = run(
        capsys, "report", "--db", str(db_file), "--from", "2026-12-01", "--to", "2026-12-07",
        "--out", str(out_dir), "--json",
    )  # fmt: skip
    assert code == EXIT_OK, err
    text = (out_dir / "by_rep.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_reversed_dates_are_refused(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, out, err = run(
        capsys, "report", "--db", str(db_file), "--from", "2026-12-07", "--to", "2026-12-01",
    )  # fmt: skip
    assert code == EXIT_FAILURE
    assert out == ""
    assert "--from 2026-12-07 is after --to 2026-12-01" in err
    code, out, _err = run(
        capsys, "report", "--db", str(db_file), "--from", "2026-12-07", "--to", "2026-12-01",
        "--json",
    )  # fmt: skip
    assert code == EXIT_FAILURE
    assert json.loads(out)["ok"] is False


def test_bad_date_and_unknown_rep(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, _out, _err = run(capsys, "report", "--db", str(db_file), "--from", "yesterday")
    assert code == EXIT_USAGE
    code, _out, err = run(capsys, "report", "--db", str(db_file), "--rep", "zed@x.test")
    assert code == EXIT_FAILURE
    assert "no rep with the address zed@x.test" in err
