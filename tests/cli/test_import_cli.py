"""``python main.py import``: JSON keys, exit codes, one-line errors, nothing half-written."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main

ROOT = Path(__file__).resolve().parents[2]
CSV = (
    "First Name,Last Name,Email,Phone,Country\n"
    "Ivan,Petrov,ivan@acme.ru,8 495 123-45-67,Russia\n"
    "Anna,Lee,not-an-email,,USA\n"
    "Ivan,Petrov,IVAN@acme.ru,,Russia\n"
    "Too,Many,x@y.io,1,2,3\n"
)
KEYS = {"rows", "created", "updated", "duplicates", "invalid", "rejected", "batch_id"}


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_import_json(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite3"
    assert main(["import", str(source), "--db", str(db), "--list", "Q3", "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert KEYS <= payload.keys() and payload["ok"] is True
    assert {k: payload[k] for k in KEYS - {"batch_id"}} == {
        "rows": 4, "created": 2, "updated": 0, "duplicates": 1, "invalid": 1, "rejected": 1,
    }  # fmt: skip
    assert payload["batch_id"] == 1
    assert payload["report_path"] == str(tmp_path / "leads.rejected.csv")
    assert count(db, "SELECT count(*) FROM contacts") == 2
    assert count(db, "SELECT count(*) FROM list_members") == 2


def test_dry_run_writes_nothing(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "x.sqlite3"
    assert main(["import", str(source), "--db", str(db)]) == EXIT_OK
    capsys.readouterr()
    before = db.read_bytes()
    assert main(["import", str(source), "--db", str(db), "--dry-run", "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] is True and payload["batch_id"] is None
    assert (payload["created"], payload["duplicates"], payload["rejected"]) == (0, 3, 1)
    assert payload["rejected_rows"][0]["reason"] == "too_many_fields"
    assert db.read_bytes() == before


def test_text_summary(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(source), "--db", str(tmp_path / "x.sqlite3")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Imported 4 rows" in out and "2 new" in out and "1 rejected" in out
    assert "leads.rejected.csv" in out and "Import batch 1" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"Email,Name\n", "The file has a header row but no data rows."),
    ],
)
def test_unreadable_file_is_one_line_and_creates_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    db = tmp_path / "new.sqlite3"
    assert main(["import", str(path), "--db", str(db), "--json"]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("prospect-desk: ") and message in err
    assert json.loads(out) == {"ok": False, "error": message, "exit_code": EXIT_FAILURE}
    assert not db.exists()


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "x.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be opened" in err


def test_through_main_py_in_a_subprocess(source: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", str(source), "--db",
         str(tmp_path / "x.sqlite3"), "--json"],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["created"] == 2
    assert done.stderr == ""  # no progress line when stderr is not a terminal


def test_progress_line_on_a_terminal_ends_with_the_import(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main(["import", str(source), "--db", str(tmp_path / "x.sqlite3")]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.startswith("\r\x1b[2KImporting… ") and err.endswith("\n")
    assert "100% 4 rows" in err.splitlines()[-1]


def test_ctrl_c_mid_import_exits_130_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import signal

    import app.commands.import_cmd as import_command
    from app.cli import EXIT_INTERRUPTED

    class Interrupting:
        """Presses Ctrl+C at the first progress report."""

        def __call__(self, done: int, _total: int) -> None:
            if done:
                os.kill(os.getpid(), signal.SIGINT)

        def close(self) -> None:
            pass

    db = tmp_path / "x.sqlite3"
    assert main(["import", str(_write_seed(tmp_path)), "--db", str(db)]) == EXIT_OK
    before = count(db, "SELECT count(*) FROM contacts")
    monkeypatch.setattr(import_command, "_progress", lambda _label: Interrupting())
    big = tmp_path / "big.csv"
    big.write_text(
        "Email\n" + "".join(f"p{i}@example.org\n" for i in range(30_000)), encoding="utf-8"
    )
    assert main(["import", str(big), "--db", str(db)]) == EXIT_INTERRUPTED
    assert "interrupted" in capsys.readouterr().err
    assert count(db, "SELECT count(*) FROM contacts") == before
    assert count(db, "SELECT count(*) FROM import_batches") == 1
    assert not list(tmp_path.glob("big.rejected*"))


def _write_seed(tmp_path: Path) -> Path:
    path = tmp_path / "seed.csv"
    path.write_text("Email\nseed@example.org\n", encoding="utf-8")
    return path
