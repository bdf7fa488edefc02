"""``mail-account``: the account is saved, the password goes to the keychain only."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.storage.database import open_database
from app.storage.mail.accounts import load_imap_account, load_smtp_account, smtp_password

SECRET = "pw-7Kq!ü-never-in-files"


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


BASE = (
    "mail-account", "--host", "smtp.example.org", "--port", "587", "--security", "starttls",
    "--user", "ana", "--from", "ana@example.org",
)  # fmt: skip


def test_mail_account_saves_and_keeps_the_password_in_the_keychain(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    temp_keyring: object,
    isolated_data_dir: Path,
) -> None:
    db_file = tmp_path / "desk.sqlite3"
    code, out, err = run(
        capsys, monkeypatch, *BASE, "--db", str(db_file), "--password-stdin",
        "--postal-address", "Gedimino pr. 1, Vilnius", "--per-hour", "20",
        "--window", "09:00-17:00", "--imap-host", "imap.example.org", "--json",
        stdin=SECRET + "\n",
    )  # fmt: skip
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload["ok"] and payload["password_stored"] is True
    assert payload["per_hour"] == 20 and payload["per_day"] == 400
    assert payload["window"] == "09:00-17:00"
    assert payload["imap"]["folder"] == "INBOX"
    db = open_database(db_file)
    try:
        account = load_smtp_account(db)
        assert account is not None and smtp_password(account) == SECRET
        assert load_imap_account(db) is not None
    finally:
        db.close()
    # Not in the database, not in the log.
    for path in [*tmp_path.iterdir(), *isolated_data_dir.rglob("*")]:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    # A second run without a password keeps it, and flags not given keep their values.
    code, out, err = run(capsys, monkeypatch, *BASE, "--db", str(db_file), "--json")
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload["password_stored"] is True and payload["per_hour"] == 20


def test_mail_account_without_keychain_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, out, err = run(
            capsys, monkeypatch, *BASE, "--db", str(tmp_path / "d.sqlite3"), "--password-stdin",
            stdin=SECRET + "\n",
        )  # fmt: skip
    finally:
        keyring.set_keyring(previous)
    assert code == EXIT_FAILURE
    assert "no keychain is available" in err and err.count("\n") == 1
    db = open_database(tmp_path / "d.sqlite3")
    try:
        assert load_smtp_account(db) is None  # nothing half-written
    finally:
        db.close()


def test_mail_account_refuses_a_bad_window(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    temp_keyring: object,
) -> None:
    code, _out, err = run(
        capsys, monkeypatch, *BASE, "--db", str(tmp_path / "d.sqlite3"), "--window", "9-5"
    )
    assert code == EXIT_FAILURE
    assert "'9-5' is not a sending window" in err


def test_the_imap_certificate_is_pinned_kept_and_dropped(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    temp_keyring: object,
    isolated_data_dir: Path,
) -> None:
    db_file = tmp_path / "desk.sqlite3"
    pin = "AB:" * 31 + "AB"
    imap = ("--imap-host", "imap.example.org", "--imap-security", "starttls",
            "--imap-port", "143")  # fmt: skip
    code, out, err = run(
        capsys, monkeypatch, *BASE, "--db", str(db_file), "--password-stdin", *imap,
        "--imap-trust-fingerprint", pin, "--json", stdin=SECRET + "\n",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert json.loads(out)["imap"]["pinned_fingerprint"] == "ab" * 32
    code, out, err = run(capsys, monkeypatch, *BASE, "--db", str(db_file), *imap, "--json")
    assert json.loads(out)["imap"]["pinned_fingerprint"] == "ab" * 32  # kept
    code, out, err = run(capsys, monkeypatch, *BASE, "--db", str(db_file), *imap,
                         "--imap-trust-fingerprint", "none", "--json")  # fmt: skip
    assert json.loads(out)["imap"]["pinned_fingerprint"] is None
    code, out, err = run(capsys, monkeypatch, *BASE, "--db", str(db_file), *imap,
                         "--imap-trust-fingerprint", "xyz")  # fmt: skip
    assert code != EXIT_OK and err.count("\n") == 1
