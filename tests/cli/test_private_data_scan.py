"""No person's data in an error, a log line or a crash report, whatever goes wrong.

A contact file carries a unique marker in every field. It is imported (with bad rows),
imported onto a full disk (SQLite's ``max_page_count``), imported into a database another
process keeps locked, validated (also on a full disk) and exported (also into a folder
that refuses it). Every exception message with its whole chain (what a crash report
holds), every logging record, the app's log file, everything on stderr and every crash
report the app wrote is searched for the markers. Standard output is the user's own
result (it may name an unknown owner): it is not searched.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.storage.database import open_database
from app.storage.exporting import export_contacts
from app.storage.importing import run_import
from app.storage.validation import validate_database
from tests.disks import read_only_folder

ROOT = Path(__file__).resolve().parents[2]
#: In every marker (compared case-folded: emails are stored in lower case).
TAG = "qx7mk"
PHONE = "+1 212 867 5309"
PHONE_FORMS = ("8675309", "867 5309", "867-5309")

HEADER = (
    "First Name,Middle Name,Last Name,Email,Phone,Company,Title,City,Country,Website,"
    "Owner,Stage,Lead Source,Notes,Segment\n"
)


def _row(i: int, *, email: str | None = None, first: str | None = None) -> str:
    m = f"{TAG}{i}"
    cells = [
        first or f"Fn{m}", f"Mn{m}", f"Ln{m}", email or f"em{m}@co{m}.example",
        PHONE if i % 3 == 0 else f"+1 646 555 {1000 + i}", f"Co{m}", f"Ti{m}", f"Ci{m}",
        "USA", f"https://w{m}.example", f"Ow{m}", f"St{m}", f"Src{m}", f"Note {m}",
        f"Seg{m}",
    ]  # fmt: skip
    return ",".join(cells) + "\n"


def _marked_file(path: Path, rows: int = 300) -> Path:
    lines = [HEADER, *(_row(i) for i in range(rows))]
    lines.append(_row(900)[:-1] + f",extra{TAG}900\n")  # too many fields
    lines.append(_row(901, first="F" * 250 + TAG))  # longer than a first name may be
    lines.append(_row(902, email=f"bad{TAG}902@@nowhere"))  # an invalid address, kept
    lines.append(_row(903, first=f"Long{TAG}903" + "x" * 2_100_000))  # over the cell limit
    path.write_text("".join(lines), encoding="utf-8")
    return path


def _leaks(text: str) -> list[str]:
    folded = text.casefold()
    found = [TAG] if TAG in folded else []
    return found + [form for form in PHONE_FORMS if form in text]


@pytest.fixture
def small_disk() -> Iterator[Callable[[int], None]]:
    """``limit(pages)``: every SQLite file opened from now on may grow by that much only."""
    extra: list[int] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if extra and isinstance(dbapi_connection, sqlite3.Connection):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {int(pages) + extra[0]}")

    event.listen(Engine, "connect", on_connect)
    try:
        yield lambda pages: extra[:].clear() or extra.__setitem__(slice(None), [pages])
    finally:
        event.remove(Engine, "connect", on_connect)


def _busy_import(source: Path, db: Path, data: Path) -> subprocess.Popen[bytes]:
    """A real ``import`` into ``db``, which the caller keeps locked."""
    env = {**os.environ, "PROSPECT_DESK_DATA_DIR": str(data)}
    return subprocess.Popen(
        [sys.executable, "main.py", "import", str(source), "--db", str(db)], cwd=ROOT,
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def test_no_marker_reaches_an_error_a_log_or_a_crash_report(
    tmp_path: Path,
    isolated_data_dir: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    small_disk: Callable[[int], None],
) -> None:
    caplog.set_level(logging.DEBUG)
    source = _marked_file(tmp_path / "people.csv")
    evidence: list[str] = []  # every message, chain and stderr line produced

    def cli(*args: str, expect: int) -> None:
        code = main(list(args))
        captured = capsys.readouterr()
        evidence.append(captured.err)
        assert code == expect, (args, captured.err)

    def crash_report(call: Callable[[], object]) -> BaseException:
        with pytest.raises(Exception) as caught:  # noqa: PT011 - any failure will do
            call()
        evidence.append("".join(traceback.format_exception(caught.value)))
        return caught.value

    # A busy database: another process holds the write lock past every retry.
    busy_db = tmp_path / "busy.sqlite3"
    cli("import", str(tmp_path / "none.csv"), "--db", str(busy_db), expect=EXIT_FAILURE)
    open_database(busy_db).close()
    locker = sqlite3.connect(busy_db)
    locker.execute("BEGIN IMMEDIATE")
    busy = _busy_import(source, busy_db, isolated_data_dir)
    try:
        # Meanwhile, the rest: an import with bad rows, its dry run, the report.
        db = tmp_path / "crm.sqlite3"
        cli("import", str(source), "--db", str(db), expect=EXIT_OK)
        cli("import", str(source), "--db", str(db), "--dry-run", "--json", expect=EXIT_OK)
        cli("validate", "--db", str(db), "--json", expect=EXIT_OK)
        cli("export", "--db", str(db), "--out", str(tmp_path / "out.xlsx"), expect=EXIT_OK)
        cli("export", "--db", str(db), "--out", str(tmp_path / "no" / "o.csv"),
            expect=EXIT_FAILURE)  # fmt: skip
        with read_only_folder(tmp_path / "ro", {}) as refusing:
            cli("export", "--db", str(db), "--out", str(refusing / "o.vcf"), expect=EXIT_FAILURE)
            database = open_database(db)
            try:
                crash_report(lambda: export_contacts(database, refusing / "o.csv"))
            finally:
                database.close()

        # A full disk: the import and the validation fail, whole, in one line.
        full = tmp_path / "full.sqlite3"
        open_database(full).close()
        small_disk(3)
        cli("import", str(source), "--db", str(full), expect=EXIT_FAILURE)
        assert "disk holding the database is full" in evidence[-1]
        database = open_database(full)
        try:
            crash_report(lambda: run_import(database, source))
        finally:
            database.close()
        # Validation must rewrite every contact (an older validator's results, packed
        # tight), and the file may not grow by one page.
        raw = sqlite3.connect(db)
        raw.execute("UPDATE contacts SET validated_with = 'rules=0'")
        raw.commit()
        raw.execute("VACUUM")
        raw.close()
        small_disk(0)
        cli("validate", "--db", str(db), expect=EXIT_FAILURE)
        database = open_database(db)
        try:
            crash_report(lambda: validate_database(database, check_dns=False))
        finally:
            database.close()
    finally:
        deadline = time.monotonic() + 120
        while busy.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        locker.rollback()
        locker.close()
    _out, busy_err = busy.communicate(timeout=60)
    assert busy.returncode == EXIT_FAILURE
    evidence.append(busy_err.decode())
    assert "busy" in evidence[-1]

    records = [
        f"{r.name} {r.getMessage()} {r.exc_text or ''}"
        + ("".join(traceback.format_exception(*r.exc_info)) if r.exc_info else "")
        for r in caplog.records
    ]
    files = [
        p for p in isolated_data_dir.rglob("*") if p.is_file() and "import-reports" not in p.parts
    ]
    logs = [p for p in files if p.suffix in (".log", ".txt") or ".log." in p.name]
    assert logs, "the app wrote no log file"
    written = {str(p): p.read_text(encoding="utf-8", errors="replace") for p in logs}
    assert "failed" in "\n".join(written.values())  # the failures were logged
    leaks = {
        where: _leaks(text)
        for where, text in [
            *(("error/stderr", e) for e in evidence),
            *(("logging record", r) for r in records),
            *written.items(),
        ]
        if _leaks(text)
    }
    assert leaks == {}
    # The markers are real: the data went in, and the report (the user's own file) has them.
    assert TAG in (tmp_path / "people.rejected.csv").read_text(encoding="utf-8-sig").casefold()
