"""The call workspace's commands: rep, cadence, enroll, today and done, good and bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from app.core.cadences import shipped_cadence_text
from app.storage.database import open_database
from app.storage.lists import add_to_list, create_list
from app.storage.segments import save_segment
from tests.cadences_data import CALLS_CADENCE, add_contact

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-12-07T08:00:00Z"  # Monday, 10:00 in Vilnius


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """Three Lithuanian prospects (one inbound), a list of two, a segment of the inbound one."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    try:
        ids = [add_contact(db, email=f"p{i}@example.lt", fit_score=10 * i) for i in range(2)]
        ids.append(add_contact(db, email="in@example.lt", source="inbound"))
        add_to_list(db, create_list(db, "Webinar"), ids[:2])
        save_segment(db, "Inbound", {"all": [{"field": "source", "op": "=", "value": "inbound"}]})
    finally:
        db.close()
    return path


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


def add_rep(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _out, err = run(
        capsys,
        "rep",
        "add",
        "--db",
        str(db),
        "--name",
        "Rūta",
        "--email",
        "ruta@example.lt",
        "--time-zone",
        "Europe/Vilnius",
    )
    assert code == EXIT_OK, err


def test_rep_add_and_list(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "rep",
        "add",
        "--db",
        str(db_file),
        "--name",
        "Ana",
        "--email",
        "ana@example.com",
        "--role",
        "ae",
    )
    assert code == EXIT_OK and "Added rep Ana <ana@example.com> (ae" in out
    add_rep(capsys, db_file)
    listed = run_json(capsys, "rep", "list", "--db", str(db_file))
    assert listed["reps"] == [
        {
            "id": 1,
            "name": "Ana",
            "email": "ana@example.com",
            "role": "ae",
            "time_zone": None,
            "active": True,
            "country": None,
        },
        {
            "id": 2,
            "name": "Rūta",
            "email": "ruta@example.lt",
            "role": "sdr",
            "time_zone": "Europe/Vilnius",
            "active": True,
            "country": None,
        },
    ]


@pytest.mark.parametrize(
    ("extra", "exit_code", "says"),
    [
        (["--time-zone", "Mars/Olympus"], EXIT_FAILURE, "'Mars/Olympus' is not a time zone"),
        (["--role", "boss"], EXIT_USAGE, "invalid choice: 'boss'"),
        (["--country", "Atlantis"], EXIT_FAILURE, "'Atlantis' is not a country"),
    ],
)
def test_rep_add_refuses_bad_input(
    db_file: Path, capsys: pytest.CaptureFixture[str], extra: list[str], exit_code: int, says: str
) -> None:
    code, out, err = run(
        capsys,
        "rep",
        "add",
        "--db",
        str(db_file),
        "--name",
        "A",
        "--email",
        "a@example.com",
        *extra,
    )
    assert code == exit_code
    assert says in err and len(err.strip().splitlines()) == 1
    assert run_json(capsys, "rep", "list", "--db", str(db_file))["reps"] == []


def test_cadence_list_import_and_export(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = [
        c["name"] for c in run_json(capsys, "cadence", "list", "--db", str(db_file))["cadences"]
    ]  # type: ignore[index, union-attr]
    assert names == ["Inbound — speed to lead", "Outbound — 17 days"]
    source = tmp_path / "calls.json"
    source.write_text(CALLS_CADENCE, encoding="utf-8")
    imported = run_json(capsys, "cadence", "import", str(source), "--db", str(db_file))
    assert (imported["name"], imported["replaced"]) == ("Test calls", False)
    code, _out, err = run(capsys, "cadence", "import", str(source), "--db", str(db_file))
    assert code == EXIT_FAILURE and 'a cadence named "Test calls" exists already' in err
    again = run_json(capsys, "cadence", "import", str(source), "--db", str(db_file), "--replace")
    assert again["replaced"] is True
    out = tmp_path / "out" / "outbound.json"
    out.parent.mkdir()
    code, _out, err = run(
        capsys, "cadence", "export", "Outbound — 17 days", "--db", str(db_file), "--out", str(out)
    )
    assert code == EXIT_OK, err
    assert out.read_text(encoding="utf-8") == shipped_cadence_text("outbound_17_days.json")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("{oops", "is not JSON (line 1, column 2)"),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 1, "channel": "fax"}]}',
            "unknown channel 'fax'",
        ),
        ('{"format_version": 1, "name": "x", "steps": []}', "has no steps"),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 0, "channel": "call"}]}',
            "step 1 is on day 0; days run from 1 to 365",
        ),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 400, "channel": "call"}]}',
            "step 1 is on day 400",
        ),
    ],
)
def test_cadence_import_refuses_a_bad_file_in_one_line(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, says: str
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "cadence", "import", str(source), "--db", str(db_file))
    assert code == EXIT_FAILURE
    assert says in err and len(err.strip().splitlines()) == 1
    listed = run_json(capsys, "cadence", "list", "--db", str(db_file))["cadences"]
    assert len(listed) == 2  # type: ignore[arg-type]


def test_cadence_import_of_a_missing_file_and_export_of_an_unknown_cadence(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        capsys, "cadence", "import", str(tmp_path / "no.json"), "--db", str(db_file)
    )
    assert code == EXIT_FAILURE and "there is no file" in err
    out = tmp_path / "x.json"
    code, _out, err = run(
        capsys, "cadence", "export", "Nope", "--db", str(db_file), "--out", str(out)
    )
    assert code == EXIT_FAILURE and 'no cadence named "Nope"' in err
    assert not out.exists()


def test_enroll_then_today_then_done(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_rep(capsys, db_file)
    db = str(db_file)
    enrolled = run_json(
        capsys,
        "enroll",
        "--db",
        db,
        "--cadence",
        "Inbound — speed to lead",
        "--segment",
        "Inbound",
        "--now",
        NOW,
    )
    assert (enrolled["enrolled"], enrolled["skipped"]) == (1, {})
    by_list = run_json(
        capsys,
        "enroll",
        "--db",
        db,
        "--cadence",
        "Outbound — 17 days",
        "--list",
        "Webinar",
        "--rep",
        "ruta@example.lt",
        "--now",
        NOW,
    )
    assert by_list["enrolled"] == 2
    again = run_json(
        capsys,
        "enroll",
        "--db",
        db,
        "--cadence",
        "Outbound — 17 days",
        "--contacts",
        "1,3,99",
        "--now",
        NOW,
    )
    assert again["skipped"] == {"not_found": 1, "already_enrolled": 2}

    queue = run_json(capsys, "today", "--db", db, "--now", NOW)
    items = queue["items"]
    assert isinstance(items, list) and len(items) == 3
    first = items[0]
    required = {
        "id",
        "contact_id",
        "name",
        "channel",
        "due",
        "local_time",
        "time_zone",
        "callable_now",
        "why_not",
        "cadence",
        "step",
    }
    assert required <= set(first)
    # The inbound lead first: a call within five minutes, callable at 10:00 in Vilnius.
    assert (first["contact_id"], first["channel"], first["callable_now"]) == (3, "call", True)
    assert (first["cadence"], first["step"], first["why_not"]) == ("Inbound — speed to lead", 1, [])
    assert (first["due"], first["local_time"]) == (
        "2026-12-07T08:00:00+00:00",
        "2026-12-07T10:00:00+02:00",
    )
    assert first["time_zone"] == "Europe/Vilnius"
    assert [i["channel"] for i in items[1:]] == ["email", "email"]
    assert items[1]["callable_now"] is None

    done = run_json(
        capsys,
        "done",
        "--db",
        db,
        "--item",
        str(first["id"]),
        "--outcome",
        "voicemail",
        "--note",
        "left a message",
        "--now",
        "2026-12-07T08:03:00Z",
    )
    assert done["enrollment_status"] == "active" and done["next_item"] is not None
    code, out, _ = run(capsys, "today", "--db", db, "--now", "2026-12-07T08:04:00Z")
    assert code == EXIT_OK and "items for Rūta" in out


@pytest.mark.parametrize(
    ("argv", "exit_code", "says"),
    [
        (["--cadence", "Nope", "--contacts", "1"], EXIT_FAILURE, 'no cadence named "Nope"'),
        (
            ["--cadence", "Outbound — 17 days", "--list", "Nope"],
            EXIT_FAILURE,
            'no list named "Nope"',
        ),
        (
            ["--cadence", "Outbound — 17 days", "--segment", "Nope"],
            EXIT_FAILURE,
            'no segment named "Nope"',
        ),
        (
            ["--cadence", "Outbound — 17 days", "--contacts", "1", "--rep", "x@example.com"],
            EXIT_FAILURE,
            "no rep with the address x@example.com",
        ),
        (["--cadence", "Outbound — 17 days", "--contacts", ","], EXIT_FAILURE, "nobody to enroll"),
        (
            ["--cadence", "Outbound — 17 days", "--contacts", "1", "--now", "yesterday"],
            EXIT_USAGE,
            "'yesterday' is not an ISO 8601 date",
        ),
        (["--cadence", "Outbound — 17 days", "--contacts", "one"], EXIT_USAGE, "not a list of ids"),
        (["--cadence", "Outbound — 17 days"], EXIT_USAGE, "one of the arguments"),
        (
            ["--cadence", "Outbound — 17 days", "--list", "Webinar", "--contacts", "1"],
            EXIT_USAGE,
            "not allowed with",
        ),
    ],
)
def test_enroll_refuses_bad_input_and_enrolls_nobody(
    db_file: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    exit_code: int,
    says: str,
) -> None:
    add_rep(capsys, db_file)
    code, _out, err = run(capsys, "enroll", "--db", str(db_file), *argv)
    assert code == exit_code
    assert says in err and len(err.strip().splitlines()) == 1
    queue = run_json(capsys, "today", "--db", str(db_file), "--now", NOW)
    assert queue["items"] == []


def test_done_refuses_an_unknown_item_or_outcome(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_rep(capsys, db_file)
    db = str(db_file)
    run_json(
        capsys,
        "enroll",
        "--db",
        db,
        "--cadence",
        "Outbound — 17 days",
        "--contacts",
        "1",
        "--now",
        NOW,
    )
    code, out, err = run(capsys, "done", "--db", db, "--item", "999", "--outcome", "done", "--json")
    assert code == EXIT_FAILURE and "there is no item 999" in err
    assert json.loads(out)["ok"] is False
    [item] = run_json(capsys, "today", "--db", db, "--now", NOW)["items"]  # type: ignore[misc]
    code, _out, err = run(capsys, "done", "--db", db, "--item", str(item["id"]), "--outcome", "zzz")
    assert code == EXIT_FAILURE and "'zzz' is not an outcome" in err
    code, _out, err = run(capsys, "done", "--db", db, "--item", "x", "--outcome", "done")
    assert code == EXIT_USAGE
    item_id = str(item["id"])
    code, _out, err = run(capsys, "done", "--db", db, "--item", item_id, "--outcome", "sent",
                          "--duration", "30", "--now", NOW)  # fmt: skip
    assert code == EXIT_FAILURE and "only calls have a duration; this is a email step" in err
    code, _out, err = run(capsys, "done", "--db", db, "--item", item_id, "--outcome", "done",
                          "--callback", "2026-12-09T10:00:00+00:00", "--now", NOW)  # fmt: skip
    assert code == EXIT_FAILURE and "only call_back_later takes a call-back time" in err


def test_today_needs_a_rep_when_there_are_several(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_rep(capsys, db_file)
    run(capsys, "rep", "add", "--db", str(db_file), "--name", "B", "--email", "b@example.com")
    code, _out, err = run(capsys, "today", "--db", str(db_file), "--now", NOW)
    assert code == EXIT_FAILURE and "there are 2 reps; say which one with --rep EMAIL" in err


def _journal_mode(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


def test_shared_forces_shared_file_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared, local = tmp_path / "shared.sqlite3", tmp_path / "local.sqlite3"
    assert run(capsys, "rep", "list", "--db", str(shared), "--shared")[0] == EXIT_OK
    assert run(capsys, "rep", "list", "--db", str(local))[0] == EXIT_OK
    # Shared-file mode never turns WAL on: other machines could not see the WAL file.
    assert (_journal_mode(shared), _journal_mode(local)) == ("delete", "wal")


def test_the_commands_through_a_real_process(db_file: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(tmp_path))

    def main_py(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args, "--db", str(db_file)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    added = main_py("rep", "add", "--name", "Rūta", "--email", "ruta@example.lt")
    assert added.returncode == 0, added.stderr
    enrolled = main_py(
        "enroll", "--cadence", "Outbound — 17 days", "--contacts", "1,2", "--now", NOW
    )
    assert enrolled.returncode == 0, enrolled.stderr
    queue = main_py("today", "--now", NOW, "--json")
    assert queue.returncode == 0 and queue.stderr == ""
    assert len(json.loads(queue.stdout)["items"]) == 2
    bad = main_py("today", "--now", "soon")
    assert bad.returncode == EXIT_USAGE and len(bad.stderr.strip().splitlines()) == 1


def test_pause_and_resume_a_cadence_by_hand(
    db_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    add_rep(capsys, db_file)
    cadence = tmp_path / "calls.json"
    cadence.write_text(CALLS_CADENCE, encoding="utf-8")
    assert run(capsys, "cadence", "import", str(cadence), "--db", str(db_file))[0] == EXIT_OK
    enrolled = run_json(capsys, "enroll", "--db", str(db_file), "--cadence", "Test calls",
                        "--list", "Webinar", "--now", NOW)  # fmt: skip
    assert enrolled["enrolled"] == 2
    paused = run_json(capsys, "enroll", "--db", str(db_file), "--pause", "--contacts", "1",
                      "--now", NOW)  # fmt: skip
    assert (paused["action"], paused["enrollments"], paused["contacts"]) == ("pause", 1, 1)
    items = run_json(capsys, "today", "--db", str(db_file), "--now", NOW)["items"]
    assert [i["contact_id"] for i in items] == [2]  # the paused one is not in Today
    # Still in a cadence: enrolling again is refused, and pausing twice changes nothing.
    again = run_json(capsys, "enroll", "--db", str(db_file), "--cadence", "Test calls",
                     "--contacts", "1", "--now", NOW)  # fmt: skip
    assert again["skipped"]["already_enrolled"] == 1
    twice = run_json(capsys, "enroll", "--db", str(db_file), "--pause", "--contacts", "1")
    assert twice["enrollments"] == 0
    later = "2026-12-09T08:00:00Z"
    resumed = run_json(capsys, "enroll", "--db", str(db_file), "--resume", "--contacts", "1",
                       "--now", later)  # fmt: skip
    assert resumed["enrollments"] == 1
    items = run_json(capsys, "today", "--db", str(db_file), "--now", later)["items"]
    back = next(i for i in items if i["contact_id"] == 1)
    # Due when resumed, not two days overdue: no burst of old steps.
    assert back["due"] == "2026-12-09T08:00:00+00:00" and not back["overdue"]
    code, _out, err = run(capsys, "enroll", "--db", str(db_file), "--contacts", "1")
    assert code == EXIT_USAGE and "--cadence NAME is required" in err


def test_a_reps_country_holidays_are_not_business_days(
    db_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Day 2 of a cadence started on Wednesday 23 June 2027 skips Lithuania's 24 June."""
    code, out, err = run(capsys, "rep", "add", "--db", str(db_file), "--name", "Rūta",
                         "--email", "ruta@example.lt", "--time-zone", "Europe/Vilnius",
                         "--country", "Lithuania", "--json")  # fmt: skip
    assert code == EXIT_OK, err
    assert json.loads(out)["country"] == "LT"
    cadence = tmp_path / "two.json"
    cadence.write_text(
        json.dumps(
            {
                "format_version": 1,
                "name": "Two calls",
                "steps": [{"day": 1, "channel": "call"}, {"day": 2, "channel": "call"}],
            }
        ),
        encoding="utf-8",
    )
    assert run(capsys, "cadence", "import", str(cadence), "--db", str(db_file))[0] == EXIT_OK
    wednesday = "2027-06-23T07:00:00Z"
    run_json(capsys, "enroll", "--db", str(db_file), "--cadence", "Two calls", "--contacts",
             "1", "--now", wednesday)  # fmt: skip
    [item] = run_json(capsys, "today", "--db", str(db_file), "--now", wednesday)["items"]
    code, _out, err = run(capsys, "done", "--db", str(db_file), "--item", str(item["id"]),
                          "--outcome", "no_answer", "--now", wednesday)  # fmt: skip
    assert code == EXIT_OK, err
    friday = "2027-06-25T12:00:00Z"
    [step2] = run_json(capsys, "today", "--db", str(db_file), "--now", friday)["items"]
    # Thursday 24 June (Joninės) is skipped: day 2 is Friday, at the start of the day there.
    assert step2["due"].startswith("2027-06-25T")
