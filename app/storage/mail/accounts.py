"""The mailboxes cadence emails are sent from (SMTP) and replies are read from (IMAP).

Each account is one JSON value in the database's ``settings`` table (keys
:data:`SMTP_KEY` and :data:`IMAP_KEY`), never with its password: passwords live in the
operating system's keychain (:mod:`app.adapters.keychain`) under the service ``smtp`` or
``imap`` and the account name ``user@host`` (:func:`keychain_account`).

Every value that ends up in a mail header (the From address, the display name) is
refused when it holds a line break, so a setting can never inject a header.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import delete, insert, select

from app.adapters import keychain
from app.core.ops import Changes
from app.storage import tables
from app.storage.mail.errors import MailStoreError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.storage.database import Database

#: The settings key of the SMTP account.
SMTP_KEY: Final = "mail.smtp_account"
#: The settings key of the IMAP account.
IMAP_KEY: Final = "mail.imap_account"
#: Keychain service names.
SMTP_SERVICE: Final = "smtp"
IMAP_SERVICE: Final = "imap"
#: How a connection is protected: STARTTLS (587), implicit TLS (465) or none (local only).
SECURITIES: Final = ("starttls", "ssl", "none")
DEFAULT_PER_HOUR: Final = 100
DEFAULT_PER_DAY: Final = 400
DEFAULT_SPACING_SECONDS: Final = 0
DEFAULT_IMAP_FOLDER: Final = "INBOX"

_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SendWindow:
    """Hours of the prospect's local day when cadence emails may go out.

    ``end`` before ``start`` wraps past midnight (``22:00-06:00``).
    """

    start: dt.time
    end: dt.time

    def contains(self, local: dt.time) -> bool:
        """True when a local wall-clock time falls inside the window."""
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def text(self) -> str:
        """``HH:MM-HH:MM``."""
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class SmtpAccount:
    """The mailbox cadence emails are sent from (no password: that is in the keychain).

    Attributes:
        host: The SMTP server.
        port: Its port (587 STARTTLS, 465 SSL).
        security: ``starttls``, ``ssl`` or ``none``.
        user: The login name.
        from_address: The From address.
        display_name: The name shown with it.
        signature: Text put under every email.
        postal_address: The sender's postal address (cadence emails refuse to go without).
        per_hour: At most this many emails in any hour.
        per_day: At most this many emails in any day (24 hours).
        spacing_seconds: At least this long between two sends.
        window: Sending hours in the prospect's local time, or None for any hour.
        pinned_fingerprint: SHA-256 of a certificate the user chose to trust (lowercase
            hex), for servers with a self-signed certificate.
        unsubscribe_url: An https page for one-click unsubscribe (RFC 8058), if any.
    """

    host: str
    port: int
    security: str
    user: str
    from_address: str
    display_name: str = ""
    signature: str = ""
    postal_address: str = ""
    per_hour: int = DEFAULT_PER_HOUR
    per_day: int = DEFAULT_PER_DAY
    spacing_seconds: int = DEFAULT_SPACING_SECONDS
    window: SendWindow | None = None
    pinned_fingerprint: str | None = None
    unsubscribe_url: str | None = None

    @property
    def keychain_account(self) -> str:
        """The account name of its password in the keychain."""
        return keychain_account(self.user, self.host)

    @property
    def sender_domain(self) -> str:
        """The domain of the From address (Message-IDs and the DNS check use it)."""
        return self.from_address.rsplit("@", 1)[-1]


@dataclass(frozen=True)
class ImapAccount:
    """The mailbox replies, bounces and opt-outs are read from.

    Attributes:
        host: The IMAP server.
        port: Its port (993 SSL, 143 STARTTLS).
        security: ``starttls``, ``ssl`` or ``none``.
        user: The login name.
        folder: The folder to read (``INBOX``).
        pinned_fingerprint: SHA-256 of a self-signed certificate the user chose to trust
            (lowercase hex), as for the SMTP account.
    """

    host: str
    port: int
    security: str
    user: str
    folder: str = DEFAULT_IMAP_FOLDER
    pinned_fingerprint: str | None = None

    @property
    def keychain_account(self) -> str:
        """The account name of its password in the keychain."""
        return keychain_account(self.user, self.host)


def keychain_account(user: str, host: str) -> str:
    """``user@host``: the keychain's account name for a login on a server."""
    return f"{user}@{host}"


def parse_window(text: str) -> SendWindow:
    """``"08:30-17:00"`` as a window.

    Raises:
        MailStoreError: ``bad_window``.
    """
    match = _WINDOW.match(text)
    if match is None:
        raise MailStoreError("bad_window", {"window": text})
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    try:
        start, end = dt.time(h1, m1), dt.time(h2, m2)
    except ValueError:
        raise MailStoreError("bad_window", {"window": text}) from None
    if start == end:
        raise MailStoreError("bad_window", {"window": text})
    return SendWindow(start, end)


def normalize_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as 64 lowercase hex digits (colons and spaces dropped).

    Raises:
        MailStoreError: ``bad_fingerprint``.
    """
    digits = re.sub(r"[\s:]", "", text).lower()
    if not _HEX64.match(digits):
        raise MailStoreError("bad_fingerprint", {"fingerprint": text})
    return digits


def _no_line_break(field: str, value: str) -> None:
    if "\r" in value or "\n" in value:
        raise MailStoreError("line_break", {"field": field})


def _check_server(host: str, port: int, security: str, user: str) -> None:
    if not host.strip():
        raise MailStoreError("no_host")
    _no_line_break("host", host)
    if not 1 <= port <= 65535:
        raise MailStoreError("bad_port", {"port": port})
    if security not in SECURITIES:
        raise MailStoreError("unknown_security", {"security": security})
    if not user.strip():
        raise MailStoreError("no_user")
    _no_line_break("user", user)


def check_smtp_account(account: SmtpAccount) -> SmtpAccount:
    """The account with its values checked and tidied (fingerprint lowercased).

    Raises:
        MailStoreError: a code of :mod:`app.storage.mail.errors` for the first bad value.
    """
    _check_server(account.host, account.port, account.security, account.user)
    address = account.from_address.strip()
    _no_line_break("from_address", address)
    _no_line_break("display_name", account.display_name)
    local, _, domain = address.rpartition("@")
    if not local or not domain or any(ch.isspace() for ch in address) or "," in address:
        raise MailStoreError("bad_from", {"address": account.from_address})
    for field, value in (("per_hour", account.per_hour), ("per_day", account.per_day)):
        if value < 1:
            raise MailStoreError("bad_limit", {"field": field, "value": value})
    if account.spacing_seconds < 0:
        raise MailStoreError("bad_spacing", {"value": account.spacing_seconds})
    fingerprint = account.pinned_fingerprint
    if fingerprint:
        fingerprint = normalize_fingerprint(fingerprint)
    url = (account.unsubscribe_url or "").strip() or None
    if url is not None:
        _no_line_break("unsubscribe_url", url)
        if not url.lower().startswith("https://") or any(ch.isspace() for ch in url):
            raise MailStoreError("bad_unsubscribe_url", {"url": url})
    return replace(
        account,
        host=account.host.strip(),
        user=account.user.strip(),
        from_address=address,
        display_name=account.display_name.strip(),
        postal_address=account.postal_address.strip(),
        pinned_fingerprint=fingerprint or None,
        unsubscribe_url=url,
    )


def check_imap_account(account: ImapAccount) -> ImapAccount:
    """The IMAP account with its values checked.

    Raises:
        MailStoreError: a code of :mod:`app.storage.mail.errors`.
    """
    _check_server(account.host, account.port, account.security, account.user)
    folder = account.folder.strip() or DEFAULT_IMAP_FOLDER
    _no_line_break("folder", folder)
    pinned = account.pinned_fingerprint
    return replace(
        account, host=account.host.strip(), user=account.user.strip(), folder=folder,
        pinned_fingerprint=normalize_fingerprint(pinned) if pinned else None,
    )  # fmt: skip


def read_setting(conn: Connection, key: str) -> Any:
    """A ``settings`` value (JSON), or None."""
    return conn.execute(
        select(tables.settings.c.value).where(tables.settings.c.key == key)
    ).scalar()


def write_setting(conn: Connection, key: str, value: Any) -> None:
    """Store (or replace) a ``settings`` value inside an open transaction."""
    conn.execute(delete(tables.settings).where(tables.settings.c.key == key))
    conn.execute(insert(tables.settings).values(key=key, value=value))


def _smtp_to_json(account: SmtpAccount) -> dict[str, Any]:
    value = asdict(account)
    value["window"] = account.window.text() if account.window else None
    return value


def _smtp_from_json(value: Any) -> SmtpAccount | None:
    if not isinstance(value, dict):
        return None
    fields = {k: v for k, v in value.items() if k in SmtpAccount.__dataclass_fields__}
    window = fields.pop("window", None)
    try:
        account = SmtpAccount(**fields)
        return replace(account, window=parse_window(window) if window else None)
    except (TypeError, MailStoreError):
        return None


def save_smtp_account(db: Database, account: SmtpAccount) -> Changes:
    """Check and store the SMTP account (the password goes to :func:`set_smtp_password`).

    Raises:
        MailStoreError: a bad value; nothing was written.
    """
    checked = check_smtp_account(account)
    with db.transaction() as conn:
        write_setting(conn, SMTP_KEY, _smtp_to_json(checked))
    return Changes.of({"settings"}, operation="mail_account", count=1)


def load_smtp_account(db: Database) -> SmtpAccount | None:
    """The stored SMTP account, or None when none is set up (or it can no longer be read)."""
    with db.reading() as conn:
        return smtp_account_in(conn)


def smtp_account_in(conn: Connection) -> SmtpAccount | None:
    """:func:`load_smtp_account` on an open connection."""
    return _smtp_from_json(read_setting(conn, SMTP_KEY))


def save_imap_account(db: Database, account: ImapAccount) -> Changes:
    """Check and store the IMAP account (the password goes to :func:`set_imap_password`).

    Raises:
        MailStoreError: a bad value; nothing was written.
    """
    checked = check_imap_account(account)
    with db.transaction() as conn:
        write_setting(conn, IMAP_KEY, asdict(checked))
    return Changes.of({"settings"}, operation="mail_account", count=1)


def load_imap_account(db: Database) -> ImapAccount | None:
    """The stored IMAP account, or None when none is set up."""
    with db.reading() as conn:
        value = read_setting(conn, IMAP_KEY)
    if not isinstance(value, dict):
        return None
    fields = {k: v for k, v in value.items() if k in ImapAccount.__dataclass_fields__}
    try:
        return ImapAccount(**fields)
    except TypeError:
        return None


def _get(service: str, account: str) -> str | None:
    try:
        return keychain.get_password(service, account)
    except keychain.KeychainError as exc:
        raise MailStoreError("keychain_unavailable", {"detail": exc.detail}) from exc


def _set(service: str, account: str, password: str) -> None:
    try:
        keychain.set_password(service, account, password)
    except keychain.KeychainError as exc:
        raise MailStoreError("keychain_unavailable", {"detail": exc.detail}) from exc


def smtp_password(account: SmtpAccount) -> str | None:
    """The SMTP password from the keychain, or None when none is stored.

    Raises:
        MailStoreError: ``keychain_unavailable``.
    """
    return _get(SMTP_SERVICE, account.keychain_account)


def set_smtp_password(account: SmtpAccount, password: str) -> None:
    """Put the SMTP password into the keychain.

    Raises:
        MailStoreError: ``keychain_unavailable``.
    """
    _set(SMTP_SERVICE, account.keychain_account, password)


def imap_password(account: ImapAccount) -> str | None:
    """The IMAP password from the keychain, or None when none is stored.

    Raises:
        MailStoreError: ``keychain_unavailable``.
    """
    return _get(IMAP_SERVICE, account.keychain_account)


def set_imap_password(account: ImapAccount, password: str) -> None:
    """Put the IMAP password into the keychain.

    Raises:
        MailStoreError: ``keychain_unavailable``.
    """
    _set(IMAP_SERVICE, account.keychain_account, password)


__all__ = [
    "DEFAULT_IMAP_FOLDER",
    "DEFAULT_PER_DAY",
    "DEFAULT_PER_HOUR",
    "DEFAULT_SPACING_SECONDS",
    "IMAP_KEY",
    "IMAP_SERVICE",
    "SECURITIES",
    "SMTP_KEY",
    "SMTP_SERVICE",
    "ImapAccount",
    "SendWindow",
    "SmtpAccount",
    "check_imap_account",
    "check_smtp_account",
    "imap_password",
    "keychain_account",
    "load_imap_account",
    "load_smtp_account",
    "normalize_fingerprint",
    "parse_window",
    "read_setting",
    "save_imap_account",
    "save_smtp_account",
    "set_imap_password",
    "set_smtp_password",
    "smtp_account_in",
    "smtp_password",
    "write_setting",
]
