"""``outbox``: --send --now --json against a real aiosmtpd server (STARTTLS, trustme)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.storage.database import open_database
from tests.mail_data import PASSWORD, enroll_prospects
from tests.smtp_server import SmtpTestServer

NOW = "2026-12-07T09:00:00Z"  # Monday, 11:00 in Vilnius


@pytest.fixture
def server() -> Iterator[SmtpTestServer]:
    running = SmtpTestServer(password=PASSWORD).start()
    yield running
    running.stop()


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


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    try:
        enroll_prospects(db, 2)
    finally:
        db.close()
    return path


def account(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    desk: Path,
    server: SmtpTestServer,
    *extra: str,
) -> None:
    code, _out, err = run(
        capsys, monkeypatch, "mail-account", "--db", str(desk), "--host", "127.0.0.1",
        "--port", str(server.port), "--security", "starttls", "--user", "anna",
        "--from", "anna@seller.example", "--postal-address", "Gedimino pr. 1, Vilnius",
        "--password-stdin", *extra, stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == EXIT_OK, err


def test_outbox_send_json_with_a_cap(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    desk: Path,
    server: SmtpTestServer,
    temp_keyring: object,
) -> None:
    account(
        capsys, monkeypatch, desk, server, "--trust-fingerprint", server.fingerprint,
        "--per-hour", "1",
    )  # fmt: skip
    code, out, err = run(
        capsys, monkeypatch, "outbox", "--db", str(desk), "--send", "--now", NOW, "--json"
    )
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload["ok"] is True
    assert (payload["queued"], payload["sent"], payload["failed"], payload["deferred"]) == (
        1, 1, 0, 0,
    )  # fmt: skip
    assert payload["run"]["queued"] == 2
    by_status = {m["status"]: m for m in payload["messages"]}
    assert set(by_status["sent"]) >= {"id", "to", "status", "reason"}
    assert by_status["queued"]["reason"] == "hourly_cap"
    assert by_status["queued"]["next_attempt_at"] == "2026-12-07T10:00:00+00:00"
    assert len(server.received) == 1
    # A later run sends what the cap held back; showing the outbox sends nothing.
    code, out, err = run(capsys, monkeypatch, "outbox", "--db", str(desk), "--json")
    assert json.loads(out)["queued"] == 1 and len(server.received) == 1
    code, out, err = run(
        capsys, monkeypatch, "outbox", "--db", str(desk), "--send", "--now",
        "2026-12-07T10:00:00Z", "--json",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert json.loads(out)["sent"] == 2
    assert len(server.received) == 2


def test_outbox_send_names_an_untrusted_certificate_and_its_fingerprint(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    desk: Path,
    server: SmtpTestServer,
    temp_keyring: object,
) -> None:
    account(capsys, monkeypatch, desk, server)
    code, out, err = run(
        capsys, monkeypatch, "outbox", "--db", str(desk), "--send", "--now", NOW, "--json"
    )
    assert code == EXIT_FAILURE
    payload = json.loads(out)
    assert payload["ok"] is False and payload["error_code"] == "certificate"
    assert payload["fingerprint"] == server.fingerprint
    assert err.count("\n") == 1 and f"--trust-fingerprint {server.fingerprint}" in err
    assert payload["queued"] == 2 and server.received == []


def test_outbox_text_and_settling_a_message(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    desk: Path,
    server: SmtpTestServer,
    temp_keyring: object,
) -> None:
    account(capsys, monkeypatch, desk, server, "--trust-fingerprint", server.fingerprint)
    code, out, _err = run(capsys, monkeypatch, "outbox", "--db", str(desk), "--send", "--now", NOW)
    assert code == EXIT_OK and "sent 2" in out
    code, _out, err = run(capsys, monkeypatch, "outbox", "--db", str(desk), "--resend", "1")
    assert code == EXIT_FAILURE and "only messages in doubt" in err


def test_outbox_send_without_a_keychain_says_why(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    desk: Path,
    server: SmtpTestServer,
    temp_keyring: object,
) -> None:
    import keyring
    from keyring.backends import fail

    account(capsys, monkeypatch, desk, server, "--trust-fingerprint", server.fingerprint)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _out, err = run(
            capsys, monkeypatch, "outbox", "--db", str(desk), "--send", "--now", NOW
        )
    finally:
        keyring.set_keyring(previous)
    assert code == EXIT_FAILURE
    assert "no keychain is available" in err and err.count("\n") == 1
    assert server.received == []
