"""Exporting contacts from a real SQLite database file to CSV, XLSX and vCard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.core.exporting import CANONICAL_FIELDS
from app.core.ops import CancelToken, OperationCancelled
from app.storage import exporting
from app.storage.database import Database
from app.storage.exporting import (
    ExportError,
    UnknownListError,
    UnsupportedExportFormatError,
    export_contacts,
)
from app.storage.schema import (
    Company,
    Contact,
    ContactList,
    ContactTag,
    ListMember,
    PipelineStage,
    Rep,
    Tag,
)


@pytest.fixture
def filled(db: Database) -> Database:
    """Three contacts with a company, stage, owner, tags, and two lists."""
    with db.session() as s:
        anna = Rep(name="Anna Smirnova")
        qualified = PipelineStage(key="qualified", name="Qualified", position=5)
        acme = Company(
            name="ООО «Ромашка»",
            normalized_name="ромашка",
            industry="Retail",
            employee_count=250,
            website="https://romashka.example",
        )
        s.add_all([anna, qualified, acme])
        s.flush()
        ivan = Contact(
            first_name="Иван",
            last_name="Петров",
            full_name="Иван Петров",
            email_raw="Ivan.Petrov@Example.RU",
            email="Ivan.Petrov@example.ru",
            phone_raw="8 (495) 123-45-67",
            phone_e164="+74951234567",
            company_id=acme.id,
            title='=HYPERLINK("http://evil.example")',
            country="RU",
            city="Москва",
            linkedin_url="https://www.linkedin.com/in/ivan",
            stage_id=qualified.id,
            owner_id=anna.id,
            source="outbound",
        )
        wang = Contact(first_name="伟", last_name="王", full_name="王伟", email="wang@example.cn")
        blocked = Contact(first_name="Do", last_name="Not", full_name="Do Not", do_not_contact=True)
        s.add_all([ivan, wang, blocked])
        s.flush()
        vip, hot = Tag(name="vip"), Tag(name="Hot lead")
        march = ContactList(name="March webinar")
        s.add_all([vip, hot, march, ContactList(name="Empty list")])
        s.flush()
        s.add_all(
            [
                ContactTag(contact_id=ivan.id, tag_id=vip.id),
                ContactTag(contact_id=ivan.id, tag_id=hot.id),
                ContactTag(contact_id=blocked.id, tag_id=vip.id),
                ListMember(list_id=march.id, contact_id=ivan.id),
                ListMember(list_id=march.id, contact_id=blocked.id),
            ]
        )
    return db


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    """An empty folder for export files, apart from the database and its journal files."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames is not None
        assert tuple(reader.fieldnames[: len(CANONICAL_FIELDS)]) == CANONICAL_FIELDS
        return list(reader)


def test_csv_export_of_all_contacts(filled: Database, outdir: Path) -> None:
    out = outdir / "all.csv"
    seen: list[tuple[int, int]] = []
    summary = export_contacts(filled, out, progress=lambda d, t: seen.append((d, t)))
    assert (summary.rows, summary.path, summary.format) == (3, out, "csv")
    assert seen[-1] == (3, 3)
    ivan, wang, blocked = read_csv(out)
    assert ivan == {
        "first_name": "Иван",
        "last_name": "Петров",
        "email": "Ivan.Petrov@example.ru",
        "phone": "8 (495) 123-45-67",
        "phone_e164": "+74951234567",
        "company": "ООО «Ромашка»",
        "title": '\'=HYPERLINK("http://evil.example")',
        "industry": "Retail",
        "employees": "250",
        "country": "RU",
        "city": "Москва",
        "website": "https://romashka.example",
        "linkedin_url": "https://www.linkedin.com/in/ivan",
        "stage": "Qualified",
        "owner": "Anna Smirnova",
        "source": "outbound",
        "tags": "Hot lead, vip",
        "middle_name": "",
        "do_not_contact": "false",
        "id": ivan["id"],
    }
    assert ivan["id"].isdigit()
    assert (wang["first_name"], wang["company"], wang["tags"], wang["stage"]) == ("伟", "", "", "")
    assert (blocked["first_name"], blocked["do_not_contact"], blocked["tags"]) == (
        "Do",
        "true",
        "vip",
    )


def test_raw_csv_keeps_values_as_stored(filled: Database, outdir: Path) -> None:
    out = outdir / "raw.csv"
    export_contacts(filled, out, raw=True)
    assert out.read_bytes().startswith(b"first_name,")
    assert read_csv(out, encoding="utf-8")[0]["title"] == '=HYPERLINK("http://evil.example")'


def test_list_export_has_only_its_members(filled: Database, outdir: Path) -> None:
    out = outdir / "march.csv"
    summary = export_contacts(filled, out, list_name="March webinar")
    rows = read_csv(out)
    assert summary.rows == 2
    assert [(r["first_name"], r["tags"]) for r in rows] == [
        ("Иван", "Hot lead, vip"),
        ("Do", "vip"),
    ]


def test_list_name_differing_only_in_case_is_found(filled: Database, outdir: Path) -> None:
    assert export_contacts(filled, outdir / "m.csv", list_name="march WEBINAR").rows == 2


def test_empty_list_exports_a_header_only(filled: Database, outdir: Path) -> None:
    out = outdir / "empty.csv"
    assert export_contacts(filled, out, list_name="Empty list").rows == 0
    assert read_csv(out) == []


def test_unknown_list_names_the_lists_there_are(filled: Database, outdir: Path) -> None:
    out = outdir / "x.csv"
    with pytest.raises(UnknownListError) as info:
        export_contacts(filled, out, list_name="April")
    assert (
        str(info.value) == 'There is no list named "April". Lists: "Empty list", "March webinar".'
    )
    assert (info.value.code, info.value.name) == ("unknown_list", "April")
    assert info.value.lists == ("Empty list", "March webinar")
    assert not out.exists()


def test_unknown_list_in_a_database_without_lists(db: Database, outdir: Path) -> None:
    with pytest.raises(UnknownListError, match="has no lists"):
        export_contacts(db, outdir / "x.csv", list_name="April")


@pytest.mark.parametrize("name", ["out.txt", "out", "out.xls", "out.json"])
def test_unsupported_suffix_is_refused(db: Database, outdir: Path, name: str) -> None:
    with pytest.raises(UnsupportedExportFormatError, match=r"\.csv, \.xlsx or \.vcf") as info:
        export_contacts(db, outdir / name)
    assert (info.value.code, info.value.path) == ("unsupported_format", outdir / name)
    with pytest.raises(ValueError):
        export_contacts(db, outdir / name)
    assert list(outdir.iterdir()) == []


def test_export_over_the_database_file_is_refused(outdir: Path) -> None:
    from app.storage.database import open_database

    db = open_database(outdir / "contacts.csv")
    try:
        with pytest.raises(ExportError, match="database file") as info:
            export_contacts(db, outdir / "contacts.csv")
        assert info.value.code == "export_over_database"
    finally:
        db.close()


def test_missing_folder_is_a_clear_export_error(filled: Database, outdir: Path) -> None:
    with pytest.raises(ExportError, match="Cannot write") as info:
        export_contacts(filled, outdir / "nowhere" / "out.csv")
    assert (info.value.code, info.value.path) == ("cannot_write", outdir / "nowhere" / "out.csv")
    assert info.value.reason


def test_xlsx_export(filled: Database, outdir: Path) -> None:
    import openpyxl

    out = outdir / "all.XLSX"
    assert export_contacts(filled, out).format == "xlsx"
    rows = list(openpyxl.load_workbook(out, read_only=True).worksheets[0].values)
    assert rows[0] == (*CANONICAL_FIELDS, "middle_name", "do_not_contact", "id")
    ivan = dict(zip(rows[0], rows[1], strict=True))
    assert ivan["employees"] == 250
    assert ivan["title"] == '=HYPERLINK("http://evil.example")'  # text, not a formula
    assert ivan["do_not_contact"] == "false"
    assert len(rows) == 4


def test_vcard_export(filled: Database, outdir: Path) -> None:
    out = outdir / "all.vcf"
    summary = export_contacts(filled, out, list_name="March webinar")
    assert (summary.rows, summary.format) == (2, "vcard")
    text = out.read_bytes().decode("utf-8").replace("\r\n ", "")
    assert text.count("BEGIN:VCARD") == 2
    assert "FN:Иван Петров\r\n" in text
    assert "ORG:ООО «Ромашка»\r\n" in text
    assert "TEL;VALUE=uri;TYPE=work:tel:+74951234567\r\n" in text
    assert "CATEGORIES:Hot lead,vip\r\n" in text
    assert "王伟" not in text


def test_keyset_batches_cover_every_contact_once(
    db: Database, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BATCH_SIZE", 3)
    with db.session() as s:
        tag = Tag(name="t")
        club = ContactList(name="Odd ones")
        s.add_all([tag, club])
        s.flush()
        people = [Contact(first_name=f"P{i:02d}", full_name=f"P{i:02d}") for i in range(11)]
        s.add_all(people)
        s.flush()
        # Delete one in the middle: keyset paging must not care about gaps in ids.
        s.delete(people[4])
        s.flush()
        kept = [p for i, p in enumerate(people) if i != 4]
        s.add_all(ContactTag(contact_id=p.id, tag_id=tag.id) for p in kept[::2])
        s.add_all(ListMember(list_id=club.id, contact_id=p.id) for p in kept[1::2])
    out = outdir / "all.csv"
    assert export_contacts(db, out).rows == 10
    rows = read_csv(out)
    assert [r["first_name"] for r in rows] == [p.first_name for p in kept]
    assert [r["tags"] for r in rows] == ["t", ""] * 5
    odd = outdir / "odd.csv"
    assert export_contacts(db, odd, list_name="Odd ones").rows == 5
    assert [r["first_name"] for r in read_csv(odd)] == [p.first_name for p in kept[1::2]]
    assert all(r["tags"] == "" for r in read_csv(odd))


def test_cancelled_export_leaves_no_file(filled: Database, outdir: Path) -> None:
    out = outdir / "all.csv"
    cancelled = CancelToken()
    cancelled.cancel()
    with pytest.raises(OperationCancelled):
        export_contacts(filled, out, cancel=cancelled)
    assert list(outdir.iterdir()) == []
