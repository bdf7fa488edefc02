"""``python main.py export``: CSV/XLSX/vCard by suffix, lists, raw CSV, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.core.exporting import CANONICAL_FIELDS
from app.storage.database import open_database
from app.storage.demo import populate_demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.sqlite3"
    db = open_database(path)
    try:
        populate_demo(db, contacts=80, seed=11)
    finally:
        db.close()
    return path


def test_csv_export_has_the_canonical_header_and_every_contact(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "contacts.csv"
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == EXIT_OK
    assert "Exported 80 contacts" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0][: len(CANONICAL_FIELDS)]) == CANONICAL_FIELDS
    assert len(rows) == 81


def test_export_of_one_list_as_json(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(demo_db, read_only=True)
    with db.reading() as conn:
        name, members = conn.exec_driver_sql(
            "SELECT l.name, count(m.contact_id) FROM lists l JOIN list_members m "
            "ON m.list_id = l.id GROUP BY l.id ORDER BY l.id LIMIT 1"
        ).one()
    db.close()
    out = tmp_path / "list.xlsx"
    code = main(["export", "--db", str(demo_db), "--out", str(out), "--list", name, "--json"])
    assert code == EXIT_OK
    payload = json.loads(capsys.readouterr().out)
    assert payload == {"ok": True, "database": str(demo_db), "out": str(out),
                       "format": "xlsx", "rows": members, "list": name}  # fmt: skip
    assert out.stat().st_size > 0


def test_raw_csv_has_no_bom_and_keeps_cells_as_they_are(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "raw.csv"
    assert main(["export", "--db", str(demo_db), "--out", str(out), "--raw"]) == EXIT_OK
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_vcard_export(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.vcf"
    assert main(["export", "--db", str(demo_db), "--out", str(out)]) == EXIT_OK
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == 80


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--out", "contacts.pdf"], "pdf"),
        (["--out", "contacts.csv", "--list", "No such list"], "No such list"),
    ],
)
def test_export_errors_are_one_line_and_write_nothing(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], args: list[str], fragment: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    before = demo_db.read_bytes()
    assert main(["export", "--db", str(demo_db), *args]) == EXIT_FAILURE
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and fragment in err
    assert list(tmp_path.iterdir()) == []
    assert demo_db.read_bytes() == before
