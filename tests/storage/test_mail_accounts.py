"""Mail accounts: stored in settings without their password, which is in the keychain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.storage.database import Database
from app.storage.mail.accounts import (
    ImapAccount,
    SmtpAccount,
    imap_password,
    load_imap_account,
    load_smtp_account,
    parse_window,
    save_imap_account,
    save_smtp_account,
    set_imap_password,
    set_smtp_password,
    smtp_password,
)
from app.storage.mail.errors import MailStoreError

SECRET = "s3cret-Пароль-9f2c"


def account(**changes: object) -> SmtpAccount:
    values: dict[str, object] = {
        "host": "smtp.example.org", "port": 587, "security": "starttls",
        "user": "ana", "from_address": "ana@example.org",
    }  # fmt: skip
    values.update(changes)
    return SmtpAccount(**values)  # type: ignore[arg-type]


def test_smtp_account_round_trip_with_defaults(db: Database, temp_keyring: object) -> None:
    fingerprint = "AB:" * 31 + "AB"
    save_smtp_account(
        db,
        account(
            window=parse_window("08:30-17:00"),
            pinned_fingerprint=fingerprint,
            postal_address="Gedimino pr. 1, Vilnius",
            unsubscribe_url="https://example.org/u",
        ),
    )
    loaded = load_smtp_account(db)
    assert loaded is not None
    assert (loaded.per_hour, loaded.per_day) == (100, 400)
    assert loaded.window is not None and loaded.window.text() == "08:30-17:00"
    assert loaded.pinned_fingerprint == "ab" * 32
    assert loaded.postal_address == "Gedimino pr. 1, Vilnius"
    set_smtp_password(loaded, SECRET)
    assert smtp_password(loaded) == SECRET


def test_imap_account_and_password(db: Database, temp_keyring: object) -> None:
    assert load_imap_account(db) is None
    save_imap_account(db, ImapAccount("imap.example.org", 993, "ssl", "ana"))
    loaded = load_imap_account(db)
    assert loaded == ImapAccount("imap.example.org", 993, "ssl", "ana", "INBOX")
    assert imap_password(loaded) is None
    set_imap_password(loaded, SECRET)
    assert imap_password(loaded) == SECRET


def test_password_never_reaches_the_database_file(
    db: Database, db_path: Path, temp_keyring: object
) -> None:
    saved = account()
    save_smtp_account(db, saved)
    set_smtp_password(saved, SECRET)
    db.close()
    for path in db_path.parent.glob(db_path.name + "*"):
        assert SECRET.encode() not in path.read_bytes()


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"host": " "}, "no_host"),
        ({"port": 70000}, "bad_port"),
        ({"security": "tls"}, "unknown_security"),
        ({"from_address": "not an address"}, "bad_from"),
        ({"display_name": "Ana\r\nBcc: x@y.z"}, "line_break"),
        ({"from_address": "ana@example.org\nBcc: x@y.z"}, "line_break"),
        ({"per_hour": 0}, "bad_limit"),
        ({"pinned_fingerprint": "abc"}, "bad_fingerprint"),
        ({"unsubscribe_url": "http://example.org/u"}, "bad_unsubscribe_url"),
    ],
)
def test_bad_values_are_refused(db: Database, changes: dict[str, object], code: str) -> None:
    with pytest.raises(MailStoreError) as caught:
        save_smtp_account(db, account(**changes))
    assert caught.value.code == code
    assert load_smtp_account(db) is None


def test_windows() -> None:
    window = parse_window("22:00-06:00")
    assert window.contains(dt.time(23, 0)) and window.contains(dt.time(5, 59))
    assert not window.contains(dt.time(12, 0))
    for text in ("8-17", "25:00-26:00", "09:00-09:00"):
        with pytest.raises(MailStoreError):
            parse_window(text)


def test_no_keychain_is_a_clear_code(db: Database) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(MailStoreError) as caught:
            set_smtp_password(account(), SECRET)
    finally:
        keyring.set_keyring(previous)
    assert caught.value.code == "keychain_unavailable"
