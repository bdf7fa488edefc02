"""Text readers: encodings, dialects, and every bad-input case of the list builder."""

from __future__ import annotations

import codecs
import tracemalloc
from pathlib import Path

import pytest

from app.core.importing import (
    BinaryFileError,
    EmptyFileError,
    EncodingError,
    FileAccessError,
    NoDataRowsError,
    UnsupportedFormatError,
    open_table,
)
from app.core.importing.csv_reader import CsvTable, sniff_dialect
from app.core.importing.table import DEFAULT_MAX_FIELD_CHARS


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def good_values(table: object) -> list[list[str]]:
    return [r.values for r in table.iter_rows() if r.problem is None]  # type: ignore[attr-defined]


RU = (
    "Имя;Фамилия;Эл. почта;Телефон;Компания\r\n"
    "Иван;Петров;ivan@example.ru;+7 495 123-45-67;ООО «Ромашка»\r\n"
    "Анна;Сидорова;anna@example.ru;8 (812) 000-00-00;АО Берёзка\r\n"
    "Пётр;Иванов;petr@example.ru;;Завод имени Ленина\r\n"
)


def test_cp1251_russian_with_semicolons(tmp_path: Path) -> None:
    table = open_table(write(tmp_path, "ru.csv", RU, "cp1251"))
    assert table.detected.format == "csv"
    assert table.detected.delimiter == ";"
    assert table.detected.encoding == "cp1251"
    assert table.headers == ["Имя", "Фамилия", "Эл. почта", "Телефон", "Компания"]
    rows = good_values(table)
    assert rows[0][4] == "ООО «Ромашка»"
    assert rows[1][4] == "АО Берёзка"
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8-sig", True), ("utf-16", True), ("utf-16-le", False), ("utf-8", False)],
)
def test_unicode_encodings_never_leave_a_bom(tmp_path: Path, encoding: str, bom: bool) -> None:
    text = "Email,Name\nzoe@example.com,Zoë Ñúñez\nli@example.cn,李娜\n"
    table = open_table(write(tmp_path, "u.csv", text, encoding))
    assert table.headers == ["Email", "Name"]
    assert "\ufeff" not in table.headers[0]
    assert good_values(table) == [["zoe@example.com", "Zoë Ñúñez"], ["li@example.cn", "李娜"]]
    assert table.detected.bom is bom


def test_gb18030_chinese(tmp_path: Path) -> None:
    rows = "".join(f"王{i}伟,wang{i}@example.cn,北京示例科技有限公司,销售经理\n" for i in range(30))
    table = open_table(write(tmp_path, "zh.csv", "姓名,邮箱,公司,职位\n" + rows, "gb18030"))
    assert table.headers == ["姓名", "邮箱", "公司", "职位"]
    assert good_values(table)[0] == [
        "王0伟",
        "wang0@example.cn",
        "北京示例科技有限公司",
        "销售经理",
    ]


def test_shift_jis_japanese(tmp_path: Path) -> None:
    rows = "".join(f"山田{i},太郎,yamada{i}@example.jp,株式会社テスト\n" for i in range(30))
    table = open_table(write(tmp_path, "ja.csv", "姓,名,メール,会社\n" + rows, "shift_jis"))
    assert table.headers == ["姓", "名", "メール", "会社"]
    assert good_values(table)[3] == ["山田3", "太郎", "yamada3@example.jp", "株式会社テスト"]


def test_latin1_accents(tmp_path: Path) -> None:
    text = (
        "Prénom;Nom;Société;Ville\n"
        "Éloïse;Müller;Crème Brûlée SARL;Besançon\n"
        "François;Façade;Café Noël;Nîmes\n"
        "José;Peña;Año Nuevo SA;Málaga\n"
    )
    table = open_table(write(tmp_path, "fr.csv", text, "latin-1"))
    assert table.headers == ["Prénom", "Nom", "Société", "Ville"]
    assert good_values(table)[0] == ["Éloïse", "Müller", "Crème Brûlée SARL", "Besançon"]
    assert "\ufffd" not in "".join(v for row in good_values(table) for v in row)


def test_lithuanian_headers_utf8(tmp_path: Path) -> None:
    text = "Vardas,Pavardė,El. paštas,Įmonė\nJonas,Žukauskas,jonas@example.lt,UAB „Šviesa“\n"
    table = open_table(write(tmp_path, "lt.csv", text))
    assert table.headers == ["Vardas", "Pavardė", "El. paštas", "Įmonė"]
    assert good_values(table) == [["Jonas", "Žukauskas", "jonas@example.lt", "UAB „Šviesa“"]]


@pytest.mark.parametrize(("delimiter", "name"), [("\t", "t.tsv"), ("|", "p.txt"), (",", "c.csv")])
def test_delimiters(tmp_path: Path, delimiter: str, name: str) -> None:
    lines = ["email", "name", "company"], ["a@x.com", "Ann, Jr.", "X; Y"], ["b@x.com", "Bo", "Z"]
    text = "".join(
        delimiter.join(f'"{v}"' if "," in v else v for v in line) + "\n" for line in lines
    )
    table = open_table(write(tmp_path, name, text))
    assert table.detected.delimiter == delimiter
    assert good_values(table)[0] == ["a@x.com", "Ann, Jr.", "X; Y"]


def test_single_quote_sniffing() -> None:
    sample = "name,company\n'Smith, Ann','Acme, Inc.'\n'Lee, Bo','Beta, LLC'\n"
    dialect = sniff_dialect(sample)
    assert (dialect.delimiter, dialect.quotechar) == (",", "'")


def test_manual_encoding_override_and_candidates(tmp_path: Path) -> None:
    path = write(tmp_path, "ru.csv", RU, "cp1251")
    table = open_table(path)
    assert "cp1251" in table.detected.encoding_candidates
    assert "koi8-r" in table.detected.encoding_candidates
    forced = open_table(path, encoding="koi8-r")
    assert forced.detected.encoding == "koi8-r"
    assert forced.headers != table.headers  # the user sees the mojibake in the preview


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError) as info:
        open_table(write(tmp_path, "e.csv", ""))
    assert info.value.message
    assert (info.value.key, info.value.message_args) == ("empty", ())
    with pytest.raises(EmptyFileError) as info:
        open_table(write(tmp_path, "ws.csv", "\ufeff \r\n\r\n", "utf-8"))
    assert info.value.key == "empty"


def test_header_only(tmp_path: Path) -> None:
    with pytest.raises(NoDataRowsError) as info:
        open_table(write(tmp_path, "h.csv", "first_name,last_name,email\r\n\r\n"))
    assert info.value.headers == ("first_name", "last_name", "email")
    assert "no data rows" in info.value.message
    assert (info.value.key, info.value.message_args) == ("header_only", ())


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
        b"%PDF-1.7\n" + bytes(range(256)) * 20,
        bytes((i * 37) % 256 for i in range(5000)),
    ],
)
def test_binary_file_renamed_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    with pytest.raises(BinaryFileError) as info:
        open_table(str(path))
    assert "not a text table" in info.value.message
    assert info.value.key == "binary"
    (kind,) = info.value.message_args
    assert f"This is {kind}, not a text table" in info.value.message


def test_plain_zip_renamed_csv_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "contacts.csv"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(UnsupportedFormatError) as info:
        open_table(str(path))
    assert (info.value.key, info.value.message_args) == ("zip_not_spreadsheet", ())


def test_file_errors_name_their_sentence_and_its_values(tmp_path: Path) -> None:
    """The wizard translates a file error from ``key`` and ``message_args`` alone."""
    with pytest.raises(FileAccessError) as info:
        open_table(str(tmp_path))
    assert (info.value.key, info.value.message_args) == ("folder", ())
    with pytest.raises(FileAccessError) as info:
        open_table(str(tmp_path / "missing.csv"))
    assert info.value.key == "cannot_open"
    (reason,) = info.value.message_args
    assert reason and reason in info.value.message
    with pytest.raises(EncodingError) as encoding:
        open_table(write(tmp_path, "a.csv", "a,b\r\n1,2\r\n"), encoding="no-such-codec")
    assert (encoding.value.key, encoding.value.message_args) == (
        "unknown_encoding",
        ("no-such-codec",),
    )
    with pytest.raises(EmptyFileError) as empty:
        CsvTable(write(tmp_path, "blank.csv", "\r\n\r\n"), encoding="utf-8")
    assert (empty.value.key, empty.value.message_args) == ("no_rows", ())


def test_field_over_the_limit_rejects_only_its_row(tmp_path: Path) -> None:
    long_note = "x" * 10_000
    text = f"email,notes\na@x.com,short\nb@x.com,{long_note}\nc@x.com,fine\n"
    path = write(tmp_path, "long.csv", text)
    rows = list(open_table(path, max_field_chars=8192).iter_rows())
    assert [r.values[0] for r in rows if r.problem is None] == ["a@x.com", "c@x.com"]
    rejected = [r for r in rows if r.problem]
    assert [(r.number, r.problem.code) for r in rejected] == [(3, "field_too_long")]  # type: ignore[union-attr]
    assert rejected[0].problem.args == ("8192",)  # type: ignore[union-attr]
    assert rejected[0].raw.startswith("b@x.com,xxx")
    # A larger limit accepts it.
    assert len(good_values(open_table(path, max_field_chars=20_000))) == 3


def test_megabyte_notes_are_read_and_only_the_sanity_limit_rejects(tmp_path: Path) -> None:
    megabyte = "y" * 1_048_576  # far over csv.field_size_limit()'s default of 131072
    too_long = "z" * (DEFAULT_MAX_FIELD_CHARS + 1)
    text = f'email,notes\na@x.com,"{megabyte}"\nb@x.com,ok\nc@x.com,"{too_long}"\n'
    rows = list(open_table(write(tmp_path, "huge.csv", text)).iter_rows())
    assert rows[0].problem is None and rows[0].values == ["a@x.com", megabyte]
    assert rows[1].values == ["b@x.com", "ok"]
    assert rows[2].problem is not None and rows[2].problem.code == "field_too_long"
    assert rows[2].problem.args == (str(DEFAULT_MAX_FIELD_CHARS),)


def test_mixed_encodings_reject_only_the_foreign_rows(tmp_path: Path) -> None:
    good = "".join(f"Zoë Müller {i},zoe{i}@example.com\n" for i in range(40)).encode()
    data = b"name,email\n" + good + "Пётр Иванов,petr@example.ru\n".encode("cp1251") + good
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    table = open_table(str(path))
    assert table.detected.encoding == "utf-8"
    assert [w.key for w in table.detected.warnings] == ["mixed_encoding"]
    rows = list(table.iter_rows())
    bad = [r for r in rows if r.problem]
    assert [(r.number, r.problem.code) for r in bad] == [(42, "encoding_error")]  # type: ignore[union-attr]
    assert bad[0].problem.args == ("utf-8", "line")  # type: ignore[union-attr]
    assert "\\xcf" in bad[0].raw or "\\xf2" in bad[0].raw
    good_rows = [r for r in rows if r.problem is None]
    assert len(good_rows) == 80
    assert all("\ufffd" not in v and "\ufdd0" not in v for r in good_rows for v in r.values)


def test_unbalanced_quote_loses_no_good_rows(tmp_path: Path) -> None:
    lines = ["name,email,company"]
    lines += [f"Person {i},p{i}@x.com,Acme" for i in range(5)]
    lines += ['Broken,"broken@x.com,Acme']  # the quote never closes
    lines += [f"After {i},a{i}@x.com,Beta" for i in range(300)]
    rows = list(open_table(write(tmp_path, "q.csv", "\n".join(lines) + "\n")).iter_rows())
    bad = [r for r in rows if r.problem]
    assert [(r.number, r.problem.code) for r in bad] == [(7, "unbalanced_quote")]  # type: ignore[union-attr]
    assert bad[0].raw.startswith("Broken,")
    assert len([r for r in rows if r.problem is None]) == 305
    assert rows[-1].values == ["After 299", "a299@x.com", "Beta"]
    assert rows[-1].number == 307


def test_quoted_multiline_field_is_kept(tmp_path: Path) -> None:
    text = 'name,notes\nAnn,"line one\nline two"\nBo,x\n'
    rows = list(open_table(write(tmp_path, "m.csv", text)).iter_rows())
    assert [(r.number, r.values) for r in rows] == [
        (2, ["Ann", "line one\nline two"]),
        (4, ["Bo", "x"]),
    ]
    assert rows[0].raw == 'Ann,"line one\nline two"\n'


def test_rows_with_too_many_and_too_few_fields(tmp_path: Path) -> None:
    text = "a,b,c\n1,2,3\n1,2,3,4\n1,2\n1,2,3,,\n\n,,\n5,6,7\n"
    path = write(tmp_path, "w.csv", text)
    rows = list(open_table(path).iter_rows())
    assert [(r.number, r.problem.code if r.problem else None) for r in rows] == [
        (2, None),
        (3, "too_many_fields"),
        (4, "too_few_fields"),
        (5, None),  # trailing empty separators are trimmed
        (8, None),  # blank line and separator-only row skipped
    ]
    assert rows[1].raw == "1,2,3,4\n"
    # The counts the sentences name travel beside them (the wizard translates from these).
    assert [r.problem.args for r in rows[1:3]] == [("4", "3"), ("2", "3")]  # type: ignore[union-attr]
    padded = list(CsvTable(path, pad_short_rows=True).iter_rows())
    assert padded[2].values == ["1", "2", ""] and padded[2].problem is None


def test_duplicate_and_empty_header_names(tmp_path: Path) -> None:
    text = "Email,Email,Phone,,email,Email (2)\n1,2,3,4,5,6\n"
    table = open_table(write(tmp_path, "d.csv", text))
    assert table.headers == ["Email", "Email (3)", "Phone", "Column 4", "email (4)", "Email (2)"]
    assert len(set(h.casefold() for h in table.headers)) == 6


def test_preview_and_progress(tmp_path: Path) -> None:
    text = "email\n" + "".join(f"u{i}@x.com\n" for i in range(100))
    table = open_table(write(tmp_path, "p.csv", text))
    assert [r.values[0] for r in table.preview(3)] == ["u0@x.com", "u1@x.com", "u2@x.com"]
    rows = table.iter_rows()
    next(rows)
    assert 0.0 < table.progress() <= 1.0
    assert sum(1 for _ in rows) == 99


def test_large_file_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("first_name,last_name,email,company,title,city\n")
        for i in range(100_000):
            f.write(f"Name{i},Surname{i},user{i}@example.com,Company {i % 97},CEO,Vilnius\n")
    table = open_table(str(path))
    tracemalloc.start()
    try:
        count = sum(1 for r in table.iter_rows() if r.problem is None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100_000
    # ~7 MB of text; holding it all as Python objects would take several times that.
    assert peak < 3 * 1024 * 1024


def test_utf16_decoding_helpers_agree() -> None:
    assert codecs.lookup("utf-16").name == "utf-16"
