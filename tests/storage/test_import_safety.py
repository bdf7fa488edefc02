"""The import's promises under stress: bounded reports, reports that find a home, warnings.

- A 20 MB one-line row is rejected and its report line is a 1,000-character excerpt with
  the row's byte offset: the report never copies the row.
- A report the file's folder cannot take (read-only, full) goes to the data folder; the
  result and the batch say where and why, and the import stands.
- Formula cells saved without a value (openpyxl writes them so) are a warning per row in
  the dry run and in the import.
"""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from app.storage.database import Database
from app.storage.importing import plan_import, run_import
from app.storage.importing.prepare import Rejection
from app.storage.importing.report import EXCERPT_CHARS, RejectReport
from tests.disks import IS_ROOT, full_disk_folder, read_only_folder

HEADER = "First Name,Last Name,Email,Notes\n"
GOOD = "Ann,Lee,ann@lee.io,hello\nBo,Li,bo@li.io,hi\n"
BAD = "Too,Many,x@y.io,1,2,3\n"


def _report_rows(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_a_huge_row_is_reported_as_a_bounded_excerpt_with_its_byte_offset(
    db: Database, tmp_path: Path
) -> None:
    huge = "Big,Row,big@row.io," + "Ж" * 10 + "x" * 20_000_000 + "\n"  # over the 2M limit
    source = tmp_path / "leads.csv"
    source.write_text(HEADER + GOOD + huge + BAD, encoding="utf-8")
    offset_huge = len((HEADER + GOOD).encode())
    offset_bad = offset_huge + len(huge.encode())

    result = run_import(db, source)

    assert (result.created, result.rejected) == (2, 2)
    assert result.report_path is not None
    report = Path(result.report_path)
    assert report.stat().st_size < 8_000
    rows = _report_rows(report)
    assert [r["reason"] for r in rows] == ["field_too_long", "too_many_fields"]
    assert rows[0]["raw"] == huge[:EXCERPT_CHARS] + "…"
    assert (rows[0]["offset"], rows[0]["characters"]) == (str(offset_huge), str(len(huge) - 1))
    assert (rows[1]["raw"], rows[1]["offset"]) == (BAD.strip(), str(offset_bad))
    # The row's text is in the file at that offset.
    with source.open("rb") as fh:
        fh.seek(int(rows[1]["offset"]))
        assert fh.readline().decode() == BAD


def test_writing_a_huge_rejected_row_copies_only_its_excerpt(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    source.write_text(HEADER, encoding="utf-8")
    raw = "y" * 20_000_000 + "\r\n"
    report = RejectReport(str(source), encoding="utf-8")
    report.add(Rejection(2, "x,y\n", "too_many_fields", "The row has 2 fields."))  # opens it
    tracemalloc.start()
    try:
        report.add(Rejection(3, raw, "field_too_long", "A field is longer than the limit."))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    report.final_path(1)
    report.commit()
    # The row is 20 MB; the report reads the file by 1 MB chunks for offsets, no copy.
    assert peak < len(raw) // 10
    assert report.path is not None and report.path.stat().st_size < 4_000
    assert _report_rows(report.path)[1]["characters"] == "20000000"


def test_offsets_follow_every_kind_of_line_end(tmp_path: Path) -> None:
    source = tmp_path / "mixed.csv"
    data = b"h1,h2\r\na,b\rc,d\ne,f,g\r\n"
    source.write_bytes(data)
    report = RejectReport(str(source), encoding="utf-8")
    report.add(Rejection(4, "e,f,g\r\n", "too_many_fields", "x"))
    report.final_path(1)
    report.commit()
    assert report.path is not None
    assert _report_rows(report.path)[0]["offset"] == str(data.index(b"e,f,g"))


@pytest.mark.parametrize(
    "disk",
    [
        "read_only",
        pytest.param(
            "disk_full",
            marks=pytest.mark.skipif(not IS_ROOT, reason="a full disk is a tmpfs: needs root"),
        ),
    ],
)
def test_a_report_the_folder_cannot_take_goes_to_the_data_folder_and_says_so(
    db: Database, tmp_path: Path, isolated_data_dir: Path, disk: str
) -> None:
    make = read_only_folder if disk == "read_only" else full_disk_folder
    with make(tmp_path / "share", {"leads.csv": (HEADER + GOOD + BAD).encode()}) as folder:
        result = run_import(db, folder / "leads.csv")
        assert sorted(p.name for p in folder.iterdir() if p.name != ".filler") == ["leads.csv"]
    assert (result.created, result.rejected) == (2, 1)
    assert result.report_fallback == disk
    assert result.report_wanted == str(tmp_path / "share")
    assert result.report_path == str(isolated_data_dir / "import-reports" / "leads.rejected.csv")
    assert _report_rows(result.report_path)[0]["reason"] == "too_many_fields"
    with db.reading() as conn:
        stored = conn.execute(text("SELECT report_path FROM import_batches")).scalar_one()
    assert stored == result.report_path
    assert result.to_json()["report_fallback"] == disk
    assert not list((isolated_data_dir / "tmp").iterdir())


def _formula_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["First Name", "Last Name", "Email", "Company"])
    sheet.append(["Ivan", "Petrov", "ivan@acme.ru", "Acme"])
    sheet.append(["Anna", "Lee", '=LOWER("ANNA@ACME.COM")', "Acme"])  # saved without a value
    sheet.append(["Jo", "Fox", "jo@fox.io", '=UPPER("fox")'])
    book.save(path)
    return path


def test_formulas_without_a_value_are_a_warning_per_row(db: Database, tmp_path: Path) -> None:
    path = _formula_workbook(tmp_path / "book.xlsx")
    plan = plan_import(db, path)
    expected = [(3, "formula_without_value", ("C3", "Email")),
                (4, "formula_without_value", ("D4", "Company"))]  # fmt: skip
    assert [(w.row, w.code, w.args) for w in plan.row_warnings] == expected
    assert plan.row_warning_count == 2
    assert plan.to_json()["row_warnings"][0] == {
        "row": 3, "code": "formula_without_value", "args": ["C3", "Email"],
    }  # fmt: skip
    result = run_import(db, path)
    assert [(w.row, w.code, w.args) for w in result.row_warnings] == expected
    assert result.to_json()["row_warning_count"] == 2
    assert result.created == 3  # imported all the same, the fields left empty


@pytest.mark.skipif(not IS_ROOT, reason="a full disk is a tmpfs: needs root")
def test_an_import_completes_when_no_report_can_be_written_anywhere(
    db: Database, tmp_path: Path, isolated_data_dir: Path
) -> None:
    source = tmp_path / "leads.csv"
    source.write_text(HEADER + GOOD + BAD * 2000, encoding="utf-8")
    with full_disk_folder(isolated_data_dir / "tmp", {}):
        result = run_import(db, source)
        assert [p.name for p in (isolated_data_dir / "tmp").iterdir()] == [".filler"]
    assert (result.created, result.rejected) == (2, 2000)
    assert (result.report_path, result.report_error) == (None, "disk_full")
    assert not list(tmp_path.glob("*.rejected*"))
    with db.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() == 2
        assert conn.execute(text("SELECT report_path FROM import_batches")).scalar_one() is None
