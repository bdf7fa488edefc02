"""The headless interface: commands, exit codes, one-line errors.

Most tests call ``app.cli.main`` in-process (fast, with capsys); a few run the real
``python main.py ...`` in a subprocess, the way scripts and installers call it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from app.storage.paths import default_database_path

ROOT = Path(__file__).resolve().parents[2]
SMALL = "120"  # prospects per demo: enough for every table, quick to make


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def digest(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its content hash: 'modifies nothing' made checkable."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("prospect-desk"), err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed demo database made once by the CLI; tests copy it before changing it."""
    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--contacts", SMALL]) == EXIT_OK
    return path


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_file, copy)
    return copy


# --- demo ------------------------------------------------------------------------------


def test_demo_creates_a_full_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--contacts", "200"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "Created 200 prospects" in out
    assert err == ""
    assert count(path, "contacts") == 200
    assert count(path, "companies") == 25
    assert count(path, "pipeline_stages") == 9
    assert count(path, "cadences") == 3
    assert count(path, "activities") > 200
    assert count(path, "tasks") > 0


def test_demo_json_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path), "--contacts", "60", "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True
    assert payload["contacts"] == 60 == count(path, "contacts")
    assert payload["activities"] == count(path, "activities")


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def people(name: str, seed: str) -> list[tuple[object, ...]]:
        path = tmp_path / name
        assert main(["demo", "--db", str(path), "--contacts", "80", "--seed", seed]) == 0
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT full_name, email_raw, phone_raw, title FROM contacts ORDER BY id"
            ).fetchall()
        finally:
            conn.close()

    assert people("a.sqlite3", "7") == people("b.sqlite3", "7")
    assert people("a2.sqlite3", "7") != people("c.sqlite3", "8")


def test_demo_refuses_a_database_with_prospects(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(demo_copy.parent)
    assert main(["demo", "--db", str(demo_copy), "--contacts", "10"]) == EXIT_FAILURE
    line = one_error_line(capsys.readouterr().err)
    assert f"already holds {SMALL} prospects" in line
    assert digest(demo_copy.parent) == before


def test_demo_requires_db(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--contacts", "10"]) == EXIT_USAGE
    assert "--db" in one_error_line(capsys.readouterr().err)
    assert not default_database_path().exists()


@pytest.mark.parametrize("bad", ["-1", "ten", "99999999999"])
def test_demo_rejects_a_bad_count(
    tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.sqlite3"
    assert main(["demo", "--db", str(path), "--contacts", bad]) == EXIT_USAGE
    assert "--contacts" in one_error_line(capsys.readouterr().err)
    assert not path.exists()


def test_demo_into_a_non_database_file_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n", encoding="utf-8")
    before = digest(tmp_path)
    assert main(["demo", "--db", str(path), "--contacts", "10"]) == EXIT_FAILURE
    assert "not a Prospect Desk database" in one_error_line(capsys.readouterr().err)
    assert digest(tmp_path) == before


def test_a_failed_demo_leaves_no_new_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.storage import demo

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("generator broke")

    monkeypatch.setattr(demo, "populate_demo", broken)
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == EXIT_FAILURE
    line = one_error_line(capsys.readouterr().err)
    assert "generator broke" in line and "log" in line
    assert list(tmp_path.iterdir()) == []


def test_errors_are_logged(tmp_path: Path, isolated_data_dir: Path) -> None:
    assert main(["check", "--db", str(tmp_path / "missing.sqlite3")]) == EXIT_FAILURE
    logs = list((isolated_data_dir / "logs").glob("*.log"))
    assert logs and "missing.sqlite3" in logs[0].read_text(encoding="utf-8")


# --- check -------------------------------------------------------------------------------


def test_check_a_good_database(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_copy.parent)
    assert main(["check", "--db", str(demo_copy)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "no problems found" in out and err == ""
    assert digest(demo_copy.parent) == before


def test_check_json(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_copy), "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload["ok"] is True and payload["problems"] == []
    assert payload["details"]["schema_status"] == "current"


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert main(["check", "--db", str(missing)]) == EXIT_FAILURE
    assert "no database" in one_error_line(capsys.readouterr().err).lower()
    assert not missing.exists()


def test_check_default_database_when_there_is_none(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == EXIT_FAILURE
    assert str(default_database_path()) in one_error_line(capsys.readouterr().err)
    assert not default_database_path().exists()


def test_check_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    before = digest(tmp_path)
    assert main(["check", "--db", str(path)]) == EXIT_FAILURE
    assert "not" in one_error_line(capsys.readouterr().err)
    assert digest(tmp_path) == before


def test_check_truncated_database(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_copy.read_bytes()
    demo_copy.write_bytes(data[: len(data) // 3])
    before = digest(demo_copy.parent)
    assert main(["check", "--db", str(demo_copy)]) == EXIT_FAILURE
    assert "damaged" in one_error_line(capsys.readouterr().err)
    assert digest(demo_copy.parent) == before


def test_check_corrupt_pages(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo_copy.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # Scribble over the middle of the file, keeping the header and length intact.
    start = (len(data) // page // 2) * page
    data[start : start + 3 * page] = b"\xa5" * (3 * page)
    demo_copy.write_bytes(bytes(data))
    before = digest(demo_copy.parent)
    code = main(["check", "--db", str(demo_copy)])
    out, err = capsys.readouterr()
    assert code == EXIT_FAILURE
    line = one_error_line(err)
    assert "problem" in line or "damaged" in line
    assert digest(demo_copy.parent) == before


def test_check_an_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    assert main(["check", "--db", str(path)]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert "empty" in out
    one_error_line(err)
    assert path.stat().st_size == 0


def test_check_broken_references(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_copy)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM companies WHERE id IN (SELECT company_id FROM contacts LIMIT 1)")
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_copy)]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert "References:" in out and "broken" in out
    assert "1 problem" in one_error_line(err)


# --- backup ------------------------------------------------------------------------------


def test_backup_makes_a_valid_copy(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "backups" / "copy-of-demo.sqlite3"
    assert main(["backup", "--db", str(demo_copy), "--out", str(out)]) == EXIT_OK
    assert "Backed up" in capsys.readouterr().out
    for table in ("contacts", "activities", "companies", "tasks"):
        assert count(out, table) == count(demo_copy, table)
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert main(["check", "--db", str(out)]) == EXIT_OK


def test_backup_shows_progress_on_a_terminal(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    out = tmp_path / "b.sqlite3"
    assert main(["backup", "--db", str(demo_copy), "--out", str(out)]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.startswith("\rBacking up… ") and err.endswith("100%\n")


def test_backup_refuses_to_overwrite(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "existing.sqlite3"
    out.write_text("precious", encoding="utf-8")
    assert main(["backup", "--db", str(demo_copy), "--out", str(out)]) == EXIT_FAILURE
    assert "--force" in one_error_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "precious"
    assert main(["backup", "--db", str(demo_copy), "--out", str(out), "--force"]) == EXIT_OK
    assert count(out, "contacts") == int(SMALL)


def test_backup_onto_itself_is_refused(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_copy.parent)
    code = main(["backup", "--db", str(demo_copy), "--out", str(demo_copy), "--force"])
    assert code == EXIT_FAILURE
    one_error_line(capsys.readouterr().err)
    assert digest(demo_copy.parent) == before


def test_backup_of_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.sqlite3"
    code = main(["backup", "--db", str(tmp_path / "nope.sqlite3"), "--out", str(out)])
    assert code == EXIT_FAILURE
    one_error_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


def test_backup_needs_out(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(demo_copy)]) == EXIT_USAGE
    assert "--out" in one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["import", "--db", "x.sqlite3"], "FILE"),
        (["export", "--db", "x.sqlite3"], "--out"),
        (["validate", "--db", "x.sqlite3", "--smtp"], "--smtp"),
        (["frobnicate"], "frobnicate"),
        ([], "COMMAND"),
        (["check", "--db"], "--db"),
    ],
)
def test_bad_arguments_exit_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_USAGE
    assert fragment in one_error_line(capsys.readouterr().err)


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    for command in ("demo", "import", "export", "validate", "check", "backup"):
        assert command in out
    assert "exit codes" in out


# --- through a real process ------------------------------------------------------------


def run_main(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, env=env, cwd=data_dir, timeout=120, check=False,
    )  # fmt: skip


def test_process_demo_check_backup(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    made = run_main("demo", "--db", str(db), "--contacts", "50", data_dir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    checked = run_main("check", "--db", str(db), data_dir=tmp_path)
    assert checked.returncode == 0, checked.stderr
    copy = tmp_path / "backup.sqlite3"
    backed = run_main("backup", "--db", str(db), "--out", str(copy), data_dir=tmp_path)
    assert backed.returncode == 0, backed.stderr
    assert count(copy, "contacts") == 50


def test_process_errors_are_one_line_with_the_right_code(tmp_path: Path) -> None:
    missing = run_main("check", "--db", str(tmp_path / "none.sqlite3"), data_dir=tmp_path)
    assert missing.returncode == 1
    one_error_line(missing.stderr)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 100)
    corrupt = run_main("check", "--db", str(bad), data_dir=tmp_path)
    assert corrupt.returncode == 1
    one_error_line(corrupt.stderr)
    usage = run_main("backup", "--db", str(bad), data_dir=tmp_path)
    assert usage.returncode == 2
    one_error_line(usage.stderr)
    export = run_main("export", "--db", str(bad), "--out", "x.csv", data_dir=tmp_path)
    assert export.returncode == 1
    one_error_line(export.stderr)
    assert not (tmp_path / "x.csv").exists()


# --- Ctrl+C ------------------------------------------------------------------------------


def test_ctrl_c_cancels_the_token_and_leaves_as_an_interrupt() -> None:
    import signal

    from app.commands.common import interruptible

    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), interruptible() as token:
        os.kill(os.getpid(), signal.SIGINT)  # handled at the next bytecode boundary
        assert token.cancelled
        token.raise_if_cancelled()
    assert signal.getsignal(signal.SIGINT) is before


def test_ctrl_c_during_demo_exits_130_and_leaves_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import signal

    import app.commands.demo as demo_command
    from app.cli import EXIT_INTERRUPTED

    def interrupting(_label: str) -> object:
        def progress(done: int, _total: int) -> None:
            if done:
                os.kill(os.getpid(), signal.SIGINT)

        return progress

    monkeypatch.setattr(demo_command, "progress_printer", interrupting)
    target = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(target), "--contacts", "6000"]) == EXIT_INTERRUPTED
    assert "interrupted" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_import_into_a_mistyped_folder_creates_nothing_but_demo_may(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    source = tmp_path / "people.csv"
    source.write_text("first_name,email\nRūta,ruta@example.lt\n", encoding="utf-8")
    typo = tmp_path / "Dokuments" / "team.sqlite3"
    assert main(["import", str(source), "--db", str(typo)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "Dokuments").exists()
    fresh = tmp_path / "new" / "folder" / "demo.sqlite3"
    assert main(["demo", "--db", str(fresh), "--contacts", "5"]) == 0
    assert fresh.exists()
