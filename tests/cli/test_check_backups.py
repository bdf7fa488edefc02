"""``check`` on a damaged file names the latest good backup; ``--restore-latest`` uses it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main


@pytest.fixture
def damaged(migrated_template: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """(a damaged database, its backup folder, the good backup in it)."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(migrated_template, path)
    folder = tmp_path / "backups"
    folder.mkdir()
    good = folder / "team-scheduled-20261206-120000Z.sqlite3"
    assert main(["backup", "--db", str(path), "--out", str(good)]) == EXIT_OK
    older = folder / "team-scheduled-20261201-120000Z.sqlite3"
    shutil.copyfile(good, older)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # Scribble over pages in the middle, keeping the header and the length.
    start = (len(data) // page // 2) * page
    data[start : start + 3 * page] = b"\xa5" * (3 * page)
    path.write_bytes(bytes(data))
    return path, folder, good


def test_check_names_the_latest_good_backup(
    damaged: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, folder, good = damaged
    before = path.read_bytes()
    assert main(["check", "--db", str(path), "--backups", str(folder)]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert f"the latest good backup is {good}" in out
    assert "--restore-latest" in out
    assert len([line for line in err.splitlines() if line.strip()]) == 1
    assert path.read_bytes() == before  # check alone changes nothing

    assert main(["check", "--db", str(path), "--backups", str(folder), "--json"]) == EXIT_FAILURE
    report = json.loads(capsys.readouterr().out)
    assert report["latest_backup"] == str(good)


def test_restore_latest_puts_the_backup_back_and_keeps_the_damaged_file(
    damaged: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, folder, good = damaged
    broken = path.read_bytes()
    code = main(["check", "--db", str(path), "--backups", str(folder), "--restore-latest",
                 "--json"])  # fmt: skip
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_OK and report["ok"] is True
    assert report["restored_from"] == str(good)
    kept = Path(report["damaged_kept_as"])
    assert kept.read_bytes() == broken and "-damaged-" in kept.name
    assert main(["check", "--db", str(path)]) == EXIT_OK


def test_no_good_backup_is_said_plainly(
    damaged: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _folder, _good = damaged
    empty = tmp_path / "elsewhere"
    assert main(["check", "--db", str(path), "--backups", str(empty)]) == EXIT_FAILURE
    assert "no undamaged backup" in capsys.readouterr().out
