"""The pipeline's commands: stage and handoff, good and bad input, nothing half-written."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from icalendar import Calendar

from app.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from app.storage.database import open_database
from tests.pipeline_data import FULL_ANSWERS, setup_pipeline

NOW = "2026-12-07T08:00:00Z"  # Monday, 10:00 in Vilnius
AE = "marcus@example.com"


@pytest.fixture
def desk(tmp_path: Path, migrated_template: Path) -> tuple[Path, int]:
    """A database with the default stages, an SDR, an AE and one prospect in a cadence."""
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        contact_id = setup_pipeline(db, title="Head of Sales").contact_id
    finally:
        db.close()
    return path, contact_id


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code, out, err = run(capsys, *argv, "--json")
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert isinstance(payload, dict)
    return payload


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answers_file(tmp_path: Path, content: str) -> str:
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    return str(path)


def test_stage_moves_through_the_gate_and_prints_one_object(
    desk: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, contact = desk
    answers = answers_file(tmp_path, json.dumps(FULL_ANSWERS))
    base = ("--db", str(db), "--contact", str(contact), "--now", NOW)
    first = run_json(capsys, "stage", *base, "--to", "connected")
    assert first["from"] is None and first["to"] == "connected"
    by_id = run_json(capsys, "stage", *base, "--to", "3")  # the third stage: attempting
    assert (by_id["from"], by_id["to"]) == ("connected", "attempting")
    moved = run_json(capsys, "stage", *base, "--to", "Qualified", "--answers", answers)
    assert set(moved) >= {
        "ok", "contact_id", "from", "to", "activity_id", "enrollments_stopped", "task_id",
    }  # fmt: skip
    assert moved["ok"] is True
    assert (moved["from"], moved["to"], moved["contact_id"]) == ("attempting", "qualified", contact)
    assert moved["enrollments_stopped"] == 1 and moved["task_id"] is None
    code, out, _err = run(capsys, "stage", *base, "--to", "nurture", "--revisit", "2027-01-10")
    assert code == EXIT_OK and "Reminder: item" in out


def test_nurture_and_disqualified_report_their_reminder_and_reason(
    desk: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, contact = desk
    base = ("--db", str(db), "--contact", str(contact), "--now", NOW)
    parked = run_json(capsys, "stage", *base, "--to", "nurture", "--revisit", "2027-01-10")
    assert isinstance(parked["task_id"], int) and parked["enrollments_stopped"] == 1
    lost = run_json(capsys, "stage", *base, "--to", "disqualified", "--reason", "competitor")
    assert lost["from"] == "nurture" and lost["enrollments_stopped"] == 0


@pytest.mark.parametrize(
    ("extra", "answers", "expected"),
    [
        (("--to", "nowhere"), None, "there is no stage 'nowhere'"),
        (("--to", "qualified"), "{not json", "the answers file is not JSON (line 1, column 2)"),
        (("--to", "qualified"), "[1, 2]", "must hold one JSON object"),
        (("--to", "qualified"), json.dumps({"budget": "yes"}),
         "lacks required answers: company_size, industry_fit, authority, need, timing"),
        (("--to", "disqualified"), None, "needs a reason: --reason CODE"),
        (("--to", "disqualified", "--reason", "grumpy"), None, "'grumpy' is not a reason code"),
        (("--to", "nurture"), None, "needs a revisit date"),
        (("--to", "nurture", "--revisit", "2026-12-01"), None, "is in the past"),
        (("--to", "handed_off"), None, "through a hand-off"),
        (("--to", "qualified", "--rep", "ghost@example.com"), None, "no rep with the address"),
    ],
)  # fmt: skip
def test_bad_stage_moves_say_why_in_one_line_and_change_nothing(
    desk: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    answers: str | None,
    expected: str,
) -> None:
    db, contact = desk
    before = digest(db)
    argv = ["stage", "--db", str(db), "--contact", str(contact), "--now", NOW, *extra]
    if answers is not None:
        argv += ["--answers", answers_file(tmp_path, answers)]
    code, out, err = run(capsys, *argv)
    assert code == EXIT_FAILURE
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and expected in err
    assert digest(db) == before


def test_stage_of_an_unknown_contact_and_bad_arguments(
    desk: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _contact = desk
    code, _out, err = run(capsys, "stage", "--db", str(db), "--contact", "9999", "--to", "new")
    assert code == EXIT_FAILURE and "there is no contact 9999" in err
    code, _out, err = run(capsys, "stage", "--db", str(db), "--contact", "1")
    assert code == EXIT_USAGE and "--to" in err
    code, _out, err = run(
        capsys, "stage", "--db", str(db), "--contact", "1", "--to", "nurture", "--revisit", "soon"
    )
    assert code == EXIT_USAGE and "not an ISO 8601 date" in err
    missing = run(
        capsys, "stage", "--db", str(db), "--contact", "1", "--to", "qualified",
        "--answers", str(db.parent / "absent.json"),
    )  # fmt: skip
    assert missing[0] == EXIT_FAILURE and "cannot read the answers file" in missing[2]


def test_handoff_writes_the_invitation_and_the_packet(
    desk: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, contact = desk
    answers = answers_file(tmp_path, json.dumps(FULL_ANSWERS))
    run_json(
        capsys, "stage", "--db", str(db), "--contact", str(contact), "--to", "qualified",
        "--answers", answers, "--now", NOW,
    )  # fmt: skip
    out = tmp_path / "out"
    payload = run_json(
        capsys, "handoff", "--db", str(db), "--contact", str(contact), "--ae", AE,
        "--at", "2026-12-09T10:00:00-05:00", "--minutes", "45", "--summary", "Wants <a> demo",
        "--out", str(out), "--now", NOW,
    )  # fmt: skip
    assert set(payload) >= {
        "ok", "handoff_id", "contact_id", "ae", "meeting_at", "time_zone", "minutes", "ics",
        "packet", "status",
    }  # fmt: skip
    assert payload["ae"] == AE and payload["status"] == "pending"
    assert payload["meeting_at"] == "2026-12-09T15:00:00+00:00"
    assert payload["time_zone"] == "America/New_York"  # the AE's zone, as none was given
    assert payload["minutes"] == 45
    calendar = Calendar.from_ical(Path(str(payload["ics"])).read_bytes())
    event = calendar.events[0]
    assert str(calendar["method"]) == "REQUEST"
    assert event["dtstart"].dt.isoformat() == "2026-12-09T10:00:00-05:00"
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert (event["dtend"].dt - event["dtstart"].dt).total_seconds() == 45 * 60
    packet = Path(str(payload["packet"])).read_text(encoding="utf-8")
    assert "Wants &lt;a&gt; demo" in packet and "Head of Sales" in packet


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (("--ae", "ruta@example.lt"), "is not an account executive (role: sdr)"),
        (("--ae", "nobody@example.com"), "no rep with the address nobody@example.com"),
        (("--at", "2026-12-01T10:00:00Z"), "is not in the future"),
        (("--time-zone", "Atlantis/Capital"), "'Atlantis/Capital' is not a time zone"),
        (("--minutes", "1000"), "a meeting of 1000 minutes is not possible"),
    ],
)
def test_bad_handoffs_say_why_and_write_nothing(
    desk: tuple[Path, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: tuple[str, ...],
    expected: str,
) -> None:
    db, contact = desk
    out = tmp_path / "out"
    options = {"--ae": AE, "--at": "2026-12-09T15:00:00Z"}
    options.update(dict(zip(extra[::2], extra[1::2], strict=True)))
    before = digest(db)
    argv = ["handoff", "--db", str(db), "--contact", str(contact), "--out", str(out)]
    for flag, value in options.items():
        argv += [flag, value]
    code, _out, err = run(capsys, *argv, "--now", NOW)
    assert code == EXIT_FAILURE
    assert len(err.strip().splitlines()) == 1 and expected in err
    assert digest(db) == before
    assert list(out.glob("*")) == []


def test_a_handoff_without_qualification_names_the_missing_answers(
    desk: tuple[Path, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, contact = desk
    code, _out, err = run(
        capsys, "handoff", "--db", str(db), "--contact", str(contact), "--ae", AE,
        "--at", "2026-12-09T15:00:00Z", "--out", str(tmp_path / "o"), "--now", NOW, "--json",
    )  # fmt: skip
    assert code == EXIT_FAILURE
    assert "lacks required answers: company_size" in err


def test_main_py_runs_a_handoff_end_to_end(desk: tuple[Path, int], tmp_path: Path) -> None:
    """The real entry point, as a script would call it: one JSON object, files on disk."""
    import os
    import subprocess
    import sys

    db, contact = desk
    answers = answers_file(tmp_path, json.dumps(FULL_ANSWERS))
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(tmp_path / "data"))
    root = Path(__file__).resolve().parents[2]

    def main_py(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(root / "main.py"), *args, "--db", str(db), "--now", NOW],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
        )  # fmt: skip

    staged = main_py("stage", "--contact", str(contact), "--to", "qualified", "--answers", answers)
    assert staged.returncode == EXIT_OK, staged.stderr
    done = main_py(
        "handoff", "--contact", str(contact), "--ae", AE, "--at", "2026-12-08T09:30:00+01:00",
        "--time-zone", "Europe/Berlin", "--out", "docs", "--json",
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    payload = json.loads(done.stdout)
    assert (payload["meeting_at"], payload["time_zone"]) == (
        "2026-12-08T08:30:00+00:00", "Europe/Berlin",
    )  # fmt: skip
    assert Path(payload["ics"]).parent == tmp_path / "docs"
    again = main_py(
        "handoff", "--contact", str(contact), "--ae", AE, "--at", "2026-12-08T09:30:00+01:00",
        "--out", "docs",
    )  # fmt: skip
    assert again.returncode == EXIT_FAILURE
    assert again.stderr.strip() == f"prospect-desk: contact {contact} was handed off already"
