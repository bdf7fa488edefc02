"""Spreadsheet reader: real XLSX files, formulas, sheets, zip bombs."""

from __future__ import annotations

import datetime as dt
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from app.core.importing import (
    EmptySheetError,
    NoDataRowsError,
    SheetNotFoundError,
    UnsafeArchiveError,
    open_table,
)
from app.core.importing.xlsx_reader import cell_text, check_archive


def make_workbook(path: Path) -> None:
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Cover")  # empty first sheet, as many exports have
    people = wb.add_worksheet("Контакты")
    people.write_row(0, 0, ["Имя", "Фамилия", "Email", "Phone", "Employees", "Since", "Full"])
    people.write_row(1, 0, ["Иван", "Петров", "ivan@example.ru", 79161234567, 250])
    people.write_datetime(
        1, 5, dt.datetime(2024, 5, 1), wb.add_format({"num_format": "yyyy-mm-dd"})
    )
    people.write_formula(1, 6, '=A2&" "&B2', None, "Иван Петров")  # cached value given
    people.write_row(3, 0, ["王", "伟", "wang@example.cn", "+86 138 0000 0000", 12.5])
    people.write_formula(3, 6, '=A4&" "&B4', None, "王 伟")
    other = wb.add_worksheet("Second")
    other.write_row(0, 0, ["email", "company"])
    other.write_row(1, 0, ["a@x.com", "Acme"])
    wb.close()


def test_xlsx_reads_first_sheet_with_data_and_cached_formulas(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    make_workbook(path)
    with open_table(str(path)) as table:
        assert table.detected.format == "xlsx"
        assert table.detected.sheets == ("Cover", "Контакты", "Second")
        assert table.detected.sheet == "Контакты"
        assert table.headers == ["Имя", "Фамилия", "Email", "Phone", "Employees", "Since", "Full"]
        rows = list(table.iter_rows())
    assert [r.number for r in rows] == [2, 4]  # Excel's row numbers; the blank row is skipped
    assert rows[0].values == [
        "Иван",
        "Петров",
        "ivan@example.ru",
        "79161234567",
        "250",
        "2024-05-01",
        "Иван Петров",
    ]
    assert rows[1].values[3:5] == ["+86 138 0000 0000", "12.5"]
    assert rows[1].values[6] == "王 伟"
    assert rows[0].raw.split("\t")[0] == "Иван"
    assert table.detected.warnings == ()


@pytest.mark.parametrize("sheet", ["Second", 2])
def test_sheet_picker(tmp_path: Path, sheet: str | int) -> None:
    path = tmp_path / "contacts.xlsx"
    make_workbook(path)
    with open_table(str(path), sheet=sheet) as table:
        assert table.headers == ["email", "company"]
        assert [r.values for r in table.iter_rows()] == [["a@x.com", "Acme"]]


def test_missing_and_empty_sheets(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    make_workbook(path)
    with pytest.raises(SheetNotFoundError) as missing:
        open_table(str(path), sheet="Nope")
    assert missing.value.sheets == ("Cover", "Контакты", "Second")
    assert missing.value.key == "no_such_sheet"
    assert missing.value.message_args == ("'Nope'", "Cover", "Контакты", "Second")
    with pytest.raises(EmptySheetError) as empty:
        open_table(str(path), sheet="Cover")
    assert "Second" in empty.value.message
    assert empty.value.key == "sheet_empty_others"
    assert empty.value.message_args == ("Cover", "Контакты", "Second")


def test_empty_only_sheet_lists_no_others(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet("Only")
    wb.close()
    with pytest.raises(EmptySheetError) as empty:
        open_table(str(path))
    assert empty.value.message == "The sheet “Only” is empty."
    assert (empty.value.key, empty.value.message_args) == ("sheet_empty", ("Only",))


def test_header_only_sheet(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet().write_row(0, 0, ["First Name", "Email"])
    wb.close()
    with pytest.raises(NoDataRowsError) as info:
        open_table(str(path))
    assert (info.value.key, info.value.message_args) == ("sheet_header_only", ("Sheet1",))


def test_formula_without_cached_value_is_reported(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First Name", "Last Name", "Full"])
    ws.append(["Ann", "Lee", '=A2&" "&B2'])  # openpyxl saves formulas without a value
    ws.append(["Bo", "Kim", "Bo Kim"])
    wb.save(path)
    with open_table(str(path)) as table:
        assert table.formulas_without_value == ("C2",)  # type: ignore[attr-defined]
        (warning,) = table.detected.warnings
        assert warning.key == "formulas_without_value"
        assert "C2" in warning.message and "C2" in warning.args[2:]
        assert warning.args[:2] == (str(len(warning.args) - 2), "0")
        rows = [r.values for r in table.iter_rows()]
    assert rows == [["Ann", "Lee", ""], ["Bo", "Kim", "Bo Kim"]]


def test_long_cell_rejects_its_row(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["email", "notes"])
    ws.write_row(1, 0, ["a@x.com", "n" * 10_000])
    ws.write_row(2, 0, ["b@x.com", "ok"])
    wb.close()
    with open_table(str(path), max_field_chars=8192) as table:
        rows = list(table.iter_rows())
    assert rows[0].problem is not None and rows[0].problem.code == "field_too_long"
    assert rows[0].problem.args == ("8192",)
    assert rows[1].problem is None


def test_xlsx_renamed_csv_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"
    make_workbook(path)
    renamed = tmp_path / "contacts.csv"
    path.rename(renamed)
    with open_table(str(renamed)) as table:
        assert table.detected.format == "xlsx"


def _bomb(path: Path, size: int) -> None:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(size // len(chunk)):
                member.write(chunk)


def test_zip_bomb_is_refused_quickly_with_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    _bomb(path, 64 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(UnsafeArchiveError) as info:
            open_table(str(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "zip bomb" in info.value.message
    assert info.value.key == "part_ratio"
    part, ratio = info.value.message_args
    assert part == "xl/worksheets/sheet1.xml"
    assert int(ratio) > 100
    assert peak < 5 * 1024 * 1024  # only the central directory was read


def test_zip_bomb_lying_about_its_size_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"\0" * (8 * 1024 * 1024))
    data = bytearray(path.read_bytes())
    # Declare 1000 bytes in both the local header and the central directory.
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 1000)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 1000)
    path.write_bytes(bytes(data))
    with pytest.raises(UnsafeArchiveError) as info:
        check_archive(str(path))
    assert info.value.key == "part_mismatch"
    assert info.value.message_args[0] == "xl/workbook.xml"


def test_too_many_members_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.importing import xlsx_reader

    monkeypatch.setattr(xlsx_reader, "MAX_MEMBERS", 5)
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(6):
            zf.writestr(f"xl/part{i}.xml", "<x/>")
    with pytest.raises(UnsafeArchiveError) as info:
        open_table(str(path))
    assert (info.value.key, info.value.message_args) == ("too_many_parts", ("6",))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (79161234567.0, "79161234567"),
        (1.5, "1.5"),
        (True, "TRUE"),
        (dt.datetime(2024, 1, 2, 3, 4, 5), "2024-01-02 03:04:05"),
        (dt.date(2024, 1, 2), "2024-01-02"),
        ("  keep  ", "  keep  "),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@pytest.mark.parametrize("root", [b"<worksheet " + _MAIN + b">", b"<x:worksheet xmlns:x=''>", b""])
@pytest.mark.parametrize(
    ("cell", "found"),
    [
        (b'<c r="C2"><f>A2&amp;B2</f><v>x</v></c>', True),
        (b'<c r="C2"><f t="shared" ref="C2:C9" si="0"/></c>', True),
        (b'<c r="C3"><f\nt="shared" si="0"/></c>', True),
        (b'<autoFilter ref="A1:C9"><filterColumn colId="0"/></autoFilter>', False),
        (b'<c r="A2" t="inlineStr"><is><t>mailto:f &lt;f&gt; x:f y</t></is></c>', False),
        (b"<c><v>1</v></c><f", False),  # cut off: the next chunk decides
    ],
)
def test_formula_tag_scan(root: bytes, cell: bytes, found: bool) -> None:
    from app.core.importing.xlsx_reader import _FormulaFinder

    if root.startswith(b"<x:"):  # a prefixed document prefixes its cells too
        cell = cell.replace(b"<", b"<x:").replace(b"<x:/", b"</x:")
    finder = _FormulaFinder()
    finder.feed(b'<?xml version="1.0"?>\n' + root + b"<sheetData>" + cell)
    assert finder.found is found


def test_archive_check_names_the_parts_with_formulas(tmp_path: Path) -> None:
    from app.core.importing.xlsx_reader import formulas_without_value

    path = tmp_path / "contacts.xlsx"
    make_workbook(path)  # "Контакты" has formulas (with values), the others none
    parts = check_archive(str(path))
    assert parts is not None
    assert [p for p in parts if "worksheets/" in p] == ["xl/worksheets/sheet2.xml"]
    assert check_archive(str(path), verify_sizes=False) is None
    # The formulas all have saved values: nothing to report, with or without the hint.
    assert formulas_without_value(str(path), "Контакты", parts_with_formulas=parts) == (0, ())
    assert formulas_without_value(str(path), "Контакты") == (0, ())


@pytest.mark.parametrize("chunk", [1, 7])
def test_formula_found_across_a_chunk_boundary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    import openpyxl

    from app.core.importing import xlsx_reader

    path = tmp_path / "f.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First Name", "Full"])
    for i in range(50):
        ws.append([f"n{i}", "x"])
    ws.append(["Ann", '=A1&" "&A2'])  # near the end, saved without a value
    wb.save(path)
    # Tiny chunks put every tag across chunk boundaries.
    monkeypatch.setattr(xlsx_reader, "_CHUNK", chunk)
    parts = check_archive(str(path))
    assert parts is not None and "xl/worksheets/sheet1.xml" in parts
    assert xlsx_reader.formulas_without_value(str(path), "Sheet") == (1, ("B52",))


def test_sheet_is_kept_after_a_preview_and_reloaded_after_a_full_pass(tmp_path: Path) -> None:
    path = tmp_path / "contacts.xlsx"

    def write(emails: list[str]) -> None:
        wb = xlsxwriter.Workbook(str(path))
        ws = wb.add_worksheet()
        ws.write_row(0, 0, ["email"])
        for i, email in enumerate(emails, 1):
            ws.write_row(i, 0, [email])
        wb.close()

    write(["a@x.com", "b@x.com"])
    with open_table(str(path)) as table:
        assert [r.values for r in table.preview(1)] == [["a@x.com"]]
        path.unlink()  # the loaded sheet serves the next pass; the file is not read
        assert [r.values for r in table.iter_rows()] == [["a@x.com"], ["b@x.com"]]
        assert table.progress() == 1.0
        # A full pass released the cells; another pass loads the file again.
        write(["c@x.com"])
        assert [r.values for r in table.iter_rows()] == [["c@x.com"]]
