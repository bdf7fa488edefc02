"""``python main.py validate --db PATH [--mx] [--json]``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.core.validation import VALIDATOR_VERSION
from app.storage.database import open_database
from tests.dns_server import LocalDnsServer
from tests.storage.test_validation import PEOPLE, add_people

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def people_file(tmp_path: Path) -> Path:
    """A database with the eight hand-made prospects of the storage tests, not validated."""
    path = tmp_path / "people.sqlite3"
    db = open_database(path)
    try:
        add_people(db)
    finally:
        db.close()
    return path


def column(path: Path, sql: str) -> list[object]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(sql)]
    finally:
        conn.close()


def test_json_output(people_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--db", str(people_file), "--json"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""
    payload = json.loads(out)
    assert payload["ok"] is True
    assert (payload["checked"], payload["updated"], payload["contacts"]) == (8, 8, 8)
    assert payload["mx"] is False
    assert payload["validator_version"] == VALIDATOR_VERSION
    assert payload["email"] == {"valid": 3, "risky": 2, "invalid": 1, "unknown": 0,
                                "unchecked": 0, "missing": 2}  # fmt: skip
    assert payload["phone"] == {"valid": 5, "risky": 0, "invalid": 2, "unchecked": 0,
                                "missing": 1}  # fmt: skip
    assert payload["email_reasons"]["possible_typo"] == 1
    assert payload["phone_reasons"] == {"not_a_number": 1, "excel_mangled": 1}
    assert payload["duplicates"] == {"total": 4, "by_email": 2, "by_phone_and_last_name": 2}
    assert payload["missing"]["email"] == 2
    # The run stored its results: every contact carries the current validator version.
    versions = column(people_file, "SELECT DISTINCT validated_with FROM contacts")
    assert versions == [VALIDATOR_VERSION]
    # Raw values untouched.
    raws = column(people_file, "SELECT email_raw FROM contacts ORDER BY id")
    assert raws == [p[4] for p in PEOPLE]


def test_text_output(people_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--db", str(people_file)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert err == ""  # no progress line when stderr is not a terminal
    lines = out.splitlines()
    assert lines[0].startswith("Validated 8 contacts in ")
    assert "(8 updated, without DNS checks" in lines[0]
    assert "Emails: 3 valid, 2 risky, 1 invalid, 0 unknown, 0 unchecked, 2 missing" in lines
    assert "Phones: 5 valid, 0 risky, 2 invalid, 0 unchecked, 1 missing" in lines
    assert any(line.split()[:2] == ["possible_typo", "1"] for line in lines)
    assert any(line.split()[:2] == ["excel_mangled", "1"] for line in lines)
    assert "Duplicates: 4 (2 by email, 2 by phone and last name)" in lines
    # A second run finds everything current.
    assert main(["validate", "--db", str(people_file)]) == EXIT_OK
    assert "(0 updated," in capsys.readouterr().out


def test_missing_database_is_one_error_line_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nope.sqlite3"
    assert main(["validate", "--db", str(target), "--json"]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert json.loads(out)["ok"] is False
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("prospect-desk: ")
    assert list(tmp_path.iterdir()) == []


def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("this is not a database\n", encoding="utf-8")
    assert main(["validate", "--db", str(junk)]) == EXIT_FAILURE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("prospect-desk: ")
    assert junk.read_text(encoding="utf-8") == "this is not a database\n"


def test_mx_asks_the_dns_server(
    people_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--mx looks each domain up through dnspython's resolver, here a real local server."""
    import dns.resolver

    with LocalDnsServer() as server:

        class LocalResolver(dns.resolver.Resolver):
            """The system resolver, configured for the local server instead of resolv.conf."""

            def __init__(self, filename: str = "", configure: bool = True) -> None:
                super().__init__(configure=False)
                self.nameservers = ["127.0.0.1"]
                self.port = server.port

        monkeypatch.setattr(dns.resolver, "Resolver", LocalResolver)
        assert main(["validate", "--db", str(people_file), "--mx", "--json"]) == EXIT_OK
        payload = json.loads(capsys.readouterr().out)
        assert server.queries[("acme-corp.com.", "MX")] == 1
    assert payload["mx"] is True
    # acme-corp.com has MX records (info@ stays risky as a role account); example.com,
    # qq.com and yahooo.com do not exist in the local zone: no mail server, invalid.
    assert payload["email"] == {"valid": 0, "risky": 1, "invalid": 5, "unknown": 0,
                                "unchecked": 0, "missing": 2}  # fmt: skip
    assert payload["email_reasons"]["no_mail_server"] == 4
    cached = column(people_file, "SELECT domain FROM domain_checks ORDER BY domain")
    assert cached == ["acme-corp.com", "example.com", "qq.com", "yahooo.com"]


def test_real_process(people_file: Path) -> None:
    """``python main.py validate`` as scripts run it."""
    done = subprocess.run(
        [sys.executable, "main.py", "validate", "--db", str(people_file), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert json.loads(done.stdout)["checked"] == 8
