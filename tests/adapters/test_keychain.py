"""The keychain adapter, against an in-memory keyring backend (never the user's keychain)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from app.adapters import keychain


def test_set_get_replace_delete(temp_keyring: KeyringBackend) -> None:
    assert keychain.get_password("smtp", "ann@example.com") is None
    keychain.set_password("smtp", "ann@example.com", "s3cret")
    assert keychain.get_password("smtp", "ann@example.com") == "s3cret"
    keychain.set_password("smtp", "ann@example.com", "n3w")
    assert keychain.get_password("smtp", "ann@example.com") == "n3w"
    assert keychain.get_password("imap", "ann@example.com") is None  # services are apart
    assert keychain.delete_password("smtp", "ann@example.com") is True
    assert keychain.get_password("smtp", "ann@example.com") is None
    assert keychain.delete_password("smtp", "ann@example.com") is False


def test_entries_are_stored_under_the_app_prefix(temp_keyring: KeyringBackend) -> None:
    keychain.set_password("smtp", "bob", "pw")
    assert keyring.get_password("prospect-desk/smtp", "bob") == "pw"
    assert keychain.service_name("prospect-desk/imap") == "prospect-desk/imap"


class _NoKeychain(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no backend")


def test_a_missing_keychain_is_one_error_code(temp_keyring: KeyringBackend) -> None:
    keyring.set_keyring(_NoKeychain())  # the fixture puts the previous backend back
    for call in (
        lambda: keychain.get_password("smtp", "x"),
        lambda: keychain.set_password("smtp", "x", "pw"),
        lambda: keychain.delete_password("smtp", "x"),
    ):
        with pytest.raises(keychain.KeychainError) as caught:
            call()
        assert caught.value.code == "unavailable"
