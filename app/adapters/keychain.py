"""Passwords in the operating system's keychain (``keyring``): get, set and delete.

Secrets (SMTP/IMAP passwords, a team server's password) never go into the database or
the settings file. Each is stored under a service name (``prospect-desk/smtp``) and an
account (the user name). Tests swap in an in-memory backend (the ``temp_keyring``
fixture), never the user's real keychain.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

#: Prefix of every service name, so our entries are recognisable in the keychain app.
SERVICE_PREFIX = "prospect-desk"


class KeychainError(Exception):
    """The keychain could not be used, as a code: ``unavailable`` (no backend, locked)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def service_name(service: str) -> str:
    """``smtp`` -> ``prospect-desk/smtp`` (a name already prefixed is kept)."""
    if service == SERVICE_PREFIX or service.startswith(f"{SERVICE_PREFIX}/"):
        return service
    return f"{SERVICE_PREFIX}/{service}"


def get_password(service: str, account: str) -> str | None:
    """The stored password, or ``None`` when there is none.

    Raises:
        KeychainError: the keychain is unavailable.
    """
    try:
        value = keyring.get_password(service_name(service), account)
    except KeyringError as exc:
        raise KeychainError("unavailable", exc.__class__.__name__) from exc
    return None if value is None else str(value)


def set_password(service: str, account: str, password: str) -> None:
    """Store (or replace) a password.

    Raises:
        KeychainError: the keychain is unavailable or refused the secret.
    """
    try:
        keyring.set_password(service_name(service), account, password)
    except KeyringError as exc:
        raise KeychainError("unavailable", exc.__class__.__name__) from exc


def delete_password(service: str, account: str) -> bool:
    """Forget a password; False when none was stored.

    Raises:
        KeychainError: the keychain is unavailable.
    """
    if get_password(service, account) is None:
        return False
    try:
        keyring.delete_password(service_name(service), account)
    except PasswordDeleteError:
        return False  # gone meanwhile
    except KeyringError as exc:
        raise KeychainError("unavailable", exc.__class__.__name__) from exc
    return True
