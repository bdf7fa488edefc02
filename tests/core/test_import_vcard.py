"""vCard reader: 2.1/3.0/4.0 cards with Cyrillic and Chinese names."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.importing import EmptyFileError, auto_map, open_table

CARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Петров;Иван;Сергеевич;;\r\n"
    "FN:Иван Петров\r\n"
    "ORG:ООО Ромашка;Отдел продаж\r\n"
    "TITLE:Директор по продажам\r\n"
    "EMAIL;TYPE=INTERNET,WORK:ivan@example.ru\r\n"
    "EMAIL;TYPE=HOME:ivan.home@example.ru\r\n"
    "TEL;TYPE=CELL:+7 916 123-45-67\r\n"
    "TEL;TYPE=WORK,VOICE:+7 495 000-00-00\r\n"
    "ADR;TYPE=WORK:;;ул. Ленина\\, 1;Москва;;101000;Россия\r\n"
    "URL:https://www.linkedin.com/in/ivan-petrov\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r\n"
    " AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
    "NOTE:Встретились на выставке\\, \r\n"
    " перезвонить в мае\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:王伟\r\n"
    "N:王;伟;;;\r\n"
    "EMAIL;TYPE=work;PREF=1:wang@example.cn\r\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+86-138-0000-0000\r\n'
    "ORG:示例科技有限公司\r\n"
    "URL:https://example.cn\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9A=D0=B8=D0=BC;=D0=9E=D0=BB=D1=8F\r\n"
    "TEL;CELL:+370 600 00000\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Truncated Card\r\n"
)


@pytest.fixture
def vcf(tmp_path: Path) -> str:
    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8", newline="")
    return str(path)


def test_vcard_cards_become_rows(vcf: str) -> None:
    table = open_table(vcf)
    assert table.detected.format == "vcard"
    rows = list(table.iter_rows())
    by_header = [dict(zip(table.headers, r.values, strict=True)) for r in rows if not r.problem]
    ivan, wang, olya = by_header
    assert (ivan["First name"], ivan["Last name"], ivan["Full name"]) == (
        "Иван",
        "Петров",
        "Иван Петров",
    )
    assert ivan["Middle name"] == "Сергеевич"
    assert (ivan["Email"], ivan["Email 2"]) == ("ivan@example.ru", "ivan.home@example.ru")
    assert (ivan["Phone"], ivan["Mobile phone"]) == ("+7 495 000-00-00", "+7 916 123-45-67")
    assert (ivan["Company"], ivan["Department"]) == ("ООО Ромашка", "Отдел продаж")
    assert (ivan["City"], ivan["Country"], ivan["Street"]) == ("Москва", "Россия", "ул. Ленина, 1")
    assert ivan["LinkedIn"] == "https://www.linkedin.com/in/ivan-petrov"
    assert ivan["Notes"] == "Встретились на выставке, перезвонить в мае"
    assert "PHOTO" not in rows[0].raw
    assert (wang["Full name"], wang["Last name"], wang["First name"]) == ("王伟", "王", "伟")
    assert wang["Mobile phone"] == "+86-138-0000-0000"
    assert (wang["Company"], wang["Website"]) == ("示例科技有限公司", "https://example.cn")
    assert (olya["Last name"], olya["First name"], olya["Mobile phone"]) == (
        "Ким",
        "Оля",
        "+370 600 00000",
    )
    assert [r.number for r in rows] == [1, 18, 27, 32]
    assert rows[-1].problem is not None and rows[-1].problem.code == "malformed_record"


def test_vcard_columns_map_automatically(vcf: str) -> None:
    table = open_table(vcf)
    mapping = auto_map(table.headers, table.preview(10))
    record = mapping.apply(table.preview(1)[0].values)
    assert record["full_name"] == "Иван Петров"
    assert record["first_name"] == "Иван"
    assert record["email"] == "ivan@example.ru"
    assert record["email_2"] == "ivan.home@example.ru"
    assert record["mobile_phone"] == "+7 916 123-45-67"
    assert record["company"] == "ООО Ромашка"
    assert record["linkedin_url"].endswith("ivan-petrov")
    assert record["custom:Department"] == "Отдел продаж"


def test_rejected_cards_carry_what_their_sentence_names(tmp_path: Path) -> None:
    good = "".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Зоя Мюллер {i}\r\nEMAIL:z{i}@example.ru\r\nEND:VCARD\r\n"
        for i in range(40)
    ).encode()
    foreign = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Пётр Иванов\r\nEND:VCARD\r\n".encode("cp1251")
    long_note = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\nNOTE:{'x' * 300}\r\nEND:VCARD\r\n"
    path = tmp_path / "mixed.vcf"
    path.write_bytes(good + foreign + long_note.encode() + good)
    table = open_table(str(path), max_field_chars=200)
    bad = [r.problem for r in table.iter_rows() if r.problem]
    assert [(p.code, p.args) for p in bad] == [
        ("encoding_error", (table.detected.encoding, "card")),
        ("field_too_long", ("200",)),
    ]


def test_file_without_cards(tmp_path: Path) -> None:
    path = tmp_path / "none.vcf"
    path.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(EmptyFileError) as info:
        open_table(str(path))
    assert (info.value.key, info.value.message_args) == ("no_vcard", ())
