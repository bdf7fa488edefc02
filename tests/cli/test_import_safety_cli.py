"""``import`` tells what it could not do well: formula cells without a value, a homeless report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import EXIT_OK, main
from tests.disks import read_only_folder
from tests.storage.test_import_safety import BAD, GOOD, HEADER, _formula_workbook


def test_formula_warnings_reach_the_text_the_json_and_the_dry_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = _formula_workbook(tmp_path / "book.xlsx")
    db = str(tmp_path / "x.sqlite3")
    assert main(["import", str(book), "--db", db]) == EXIT_OK
    out = capsys.readouterr().out
    assert "3 new" in out and "Warnings: 2" in out
    assert "row 3: cell C3 (Email) holds a formula saved without its value" in out
    assert "row 4: cell D4 (Company) holds a formula saved without its value" in out

    assert main(["import", str(book), "--db", db, "--dry-run", "--json"]) == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] is True and payload["row_warning_count"] == 2
    first = payload["row_warnings"][0]
    assert (first["row"], first["code"], first["args"]) == (3, "formula_without_value",
                                                            ["C3", "Email"])  # fmt: skip
    assert "formula saved without its value" in first["message"]

    assert main(["import", str(book), "--db", db, "--dry-run"]) == EXIT_OK
    assert "row 4: cell D4 (Company)" in capsys.readouterr().out

    assert main(["import", str(book), "--db", db, "--json"]) == EXIT_OK
    assert [w["row"] for w in json.loads(capsys.readouterr().out)["row_warnings"]] == [3, 4]


def test_a_report_beside_a_read_only_file_goes_to_the_data_folder_and_says_where(
    tmp_path: Path, isolated_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.sqlite3")
    with read_only_folder(tmp_path / "share", {"leads.csv": (HEADER + GOOD + BAD).encode()}):
        source = str(tmp_path / "share" / "leads.csv")
        assert main(["import", source, "--db", db]) == EXIT_OK
        out = capsys.readouterr().out
        assert main(["import", source, "--db", db, "--json"]) == EXIT_OK
        payload = json.loads(capsys.readouterr().out)
    reports = isolated_data_dir / "import-reports"
    assert (
        f"The rejected-rows report could not be written to {tmp_path / 'share'} "
        "(the folder is read-only); it went to the data folder instead." in out
    )
    assert f"Rejected rows and reasons: {reports / 'leads.rejected.csv'}" in out
    assert payload["report_fallback"] == "read_only"
    assert payload["report_wanted"] == str(tmp_path / "share")
    assert payload["report_path"] == str(reports / "leads.rejected-2.csv")
    assert payload["report_error"] is None
