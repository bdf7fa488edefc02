"""``replies``, ``suppress`` and ``erase`` from the command line (docs/headless.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, main
from app.storage.database import open_database
from app.storage.mail.accounts import ImapAccount, save_imap_account, set_imap_password
from tests import mail_samples as mail
from tests.imap_server import DovecotServer
from tests.inbox_data import record_sent, world

NOW = "2026-12-07T12:00:00Z"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    try:
        ids = world(db, ["jonas@example.net", "ana@example.net"])
    finally:
        db.close()
    return path, ids


def test_replies_without_an_account_says_so(
    capsys: pytest.CaptureFixture[str], db_file: tuple[Path, dict[str, int]],
    temp_keyring: object,
) -> None:  # fmt: skip
    code, out, err = run(capsys, "replies", "--db", str(db_file[0]), "--json")
    assert code == EXIT_FAILURE
    assert json.loads(out)["ok"] is False
    assert "no IMAP account is set up" in err and len(err.strip().splitlines()) == 1


def test_replies_checks_the_stored_account(
    capsys: pytest.CaptureFixture[str], db_file: tuple[Path, dict[str, int]],
    temp_keyring: object, dovecot: DovecotServer,
) -> None:  # fmt: skip
    path, ids = db_file
    folder = dovecot.new_folder("CliReplies")
    db = open_database(path)
    try:
        account = ImapAccount("127.0.0.1", dovecot.port, "none", dovecot.user, folder)
        save_imap_account(db, account)
        set_imap_password(account, dovecot.password)
    finally:
        db.close()
    record_sent(path, ids["jonas@example.net"], "<sent.jonas@sales.example.lt>")
    answer = mail.reply(
        "jonas@example.net", "Yes, Tuesday.", in_reply_to="<sent.jonas@sales.example.lt>"
    )
    dovecot.append([answer, mail.newsletter(3)], folder)
    code, out, err = run(capsys, "replies", "--db", str(path), "--now", NOW, "--json")
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert set(payload) >= {
        "ok", "checked", "new", "replies", "auto_replies", "bounces", "unsubscribes",
        "unmatched", "invalid", "items",
    }  # fmt: skip
    assert (payload["checked"], payload["new"], payload["replies"], payload["unmatched"]) == (
        2, 2, 1, 1,
    )  # fmt: skip
    first = payload["items"][0]
    assert set(first) >= {"uid", "kind", "contact_id", "from", "subject", "action"}
    assert (first["kind"], first["contact_id"], first["action"]) == (
        "reply", ids["jonas@example.net"], "stopped",
    )  # fmt: skip
    # The reply's first line waits in the rep's Today queue, due now.
    code, out, _ = run(capsys, "today", "--db", str(path), "--now", NOW, "--json")
    assert code == EXIT_OK
    jonas_items = [i for i in json.loads(out)["items"] if i["contact_id"] == first["contact_id"]]
    assert [(i["channel"], i["due"]) for i in jonas_items] == [
        ("task", "2026-12-07T12:00:00+00:00")
    ]
    code, out, _ = run(capsys, "replies", "--db", str(path), "--now", NOW, "--json")
    assert code == EXIT_OK and json.loads(out)["checked"] == 0
    code, out, _ = run(capsys, "replies", "--db", str(path), "--now", NOW)
    assert code == EXIT_OK and out.startswith("Checked 0 message(s)")


def test_replies_reports_an_unreachable_server_in_one_line(
    capsys: pytest.CaptureFixture[str], db_file: tuple[Path, dict[str, int]],
    temp_keyring: object, dovecot: DovecotServer,
) -> None:  # fmt: skip
    path, _ = db_file
    db = open_database(path)
    try:
        account = ImapAccount("127.0.0.1", dovecot.port, "none", dovecot.user, "INBOX")
        save_imap_account(db, account)
        set_imap_password(account, "not the password")
    finally:
        db.close()
    code, _, err = run(capsys, "replies", "--db", str(path))
    assert code == EXIT_FAILURE
    assert "refused the login" in err and len(err.strip().splitlines()) == 1


def test_suppress_and_erase(
    capsys: pytest.CaptureFixture[str], db_file: tuple[Path, dict[str, int]]
) -> None:
    path, ids = db_file
    code, out, err = run(
        capsys, "suppress", "--db", str(path), "--email", "Ana@Example.net", "--reason", "asked",
        "--json",
    )  # fmt: skip
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload == {
        "ok": True, "kind": "email", "value": "Ana@example.net", "added": True,
        "contacts_affected": 1, "enrollments_stopped": 1,
    }  # fmt: skip
    code, out, _ = run(capsys, "suppress", "--db", str(path), "--domain", "example.net")
    assert code == EXIT_OK and "1 contact(s) flagged" in out
    code, _, err = run(capsys, "suppress", "--db", str(path), "--phone", "12")
    assert code == EXIT_FAILURE and "is not a phone number" in err
    code, _, _ = run(capsys, "suppress", "--db", str(path))
    assert code == EXIT_USAGE

    code, out, err = run(
        capsys, "erase", "--db", str(path), "--contact", str(ids["jonas@example.net"]), "--json"
    )
    assert code == EXIT_OK, err
    payload = json.loads(out)
    assert payload["ok"] and len(payload["erasure_id"]) == 32
    assert payload["rows"]["contacts"] == 1 and payload["suppressions_kept"] == 2
    code, _, err = run(
        capsys, "erase", "--db", str(path), "--contact", str(ids["jonas@example.net"])
    )
    assert code == EXIT_FAILURE and f"there is no contact {ids['jonas@example.net']}" in err
