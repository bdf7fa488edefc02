"""Reading one IMAP folder with ``imaplib``: incremental, headers first, never marking read.

- Security: ``ssl`` (implicit TLS, port 993), ``starttls`` (port 143, upgraded before the
  login; a server that does not offer it is refused rather than used in the clear) or
  ``none`` (local test servers only). TLS verifies the certificate and the host name
  against the system's trust store, or against ``ca_file`` when given.
- Incremental: the caller keeps the folder's UIDVALIDITY and the last UID it saw;
  :meth:`ImapMailbox.state` (one SELECT) tells whether anything is new, so an unchanged
  folder costs a login and a SELECT.
- Headers first: ``UID FETCH … (BODY.PEEK[HEADER.FIELDS (…)])`` in batches (only the
  fields the check reads); whole messages
  (``BODY.PEEK[]``) only for the ones the caller asks for. ``PEEK`` leaves the ``\\Seen``
  flag alone: the user's own mail client still shows the replies as unread.
- IDLE (RFC 2177) where the server offers it: :meth:`ImapMailbox.wait_for_news` waits for
  an ``EXISTS`` push; the app's background checker polls instead when it is missing.

Errors are :class:`MailboxError` with a code and arguments (worded by the CLI and the UI).
No Qt here.
"""

from __future__ import annotations

import hashlib
import imaplib
import re
import select
import ssl
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from app.adapters.imap_utf7 import encode_folder
from app.core.inbox.source import MailboxState

#: ``security`` values.
SECURITIES: Final = ("ssl", "starttls", "none")
#: Messages per header FETCH.
HEADER_BATCH: Final = 500
#: Messages per whole-message FETCH.
BODY_BATCH: Final = 50
#: The header fields the check reads (matching, automatic replies, bounces): fetching only
#: these instead of whole header blocks (with their Received: chains and DKIM signatures)
#: cuts what a 10,000-message check transfers and parses several times over.
HEADER_FIELDS: Final = (
    "MESSAGE-ID", "IN-REPLY-TO", "REFERENCES", "FROM", "SUBJECT", "DATE", "CONTENT-TYPE",
    "AUTO-SUBMITTED", "X-AUTOREPLY", "X-AUTORESPOND", "PRECEDENCE",
)  # fmt: skip

_UID = re.compile(rb"UID (\d+)")


class MailboxError(Exception):
    """The mailbox could not be read.

    Codes: ``connect_failed`` ``{host, port, detail}``, ``tls_failed`` ``{host, detail}``,
    ``certificate`` ``{host, detail, fingerprint}`` (not trusted, or not the pinned one;
    ``fingerprint`` is the SHA-256 the server showed, to trust it by),
    ``starttls_unsupported`` ``{host}``, ``login_failed`` ``{user, detail}``,
    ``no_folder`` ``{folder}``, ``protocol`` ``{detail}``.
    """

    def __init__(self, code: str, arguments: Mapping[str, str | int] | None = None) -> None:
        self.code = code
        self.arguments: dict[str, str | int] = dict(arguments or {})
        super().__init__(code, self.arguments)


@dataclass(frozen=True)
class ImapSettings:
    """Where the mailbox is and how to log in.

    Attributes:
        host, port: The server.
        security: ``ssl``, ``starttls`` or ``none``.
        user, password: The login (the password comes from the keychain).
        folder: The folder to read (``INBOX``).
        ca_file: A CA bundle to verify the server with instead of the system's.
        timeout: Seconds per network operation.
        pinned_fingerprint: SHA-256 (lowercase hex) of a certificate the user trusts (a
            self-signed server): the server must show exactly that certificate; the
            certificate chain and host name are then not checked.
    """

    host: str
    port: int
    security: str
    user: str
    password: str
    folder: str = "INBOX"
    ca_file: str | None = None
    timeout: float = 30.0
    pinned_fingerprint: str | None = None

    @property
    def position_key(self) -> str:
        """Names this folder of this account (where its UIDs are remembered)."""
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"


def uid_set(uids: Sequence[int]) -> str:
    """An IMAP sequence set for ascending UIDs: ``1:5,9,12:14``."""
    parts: list[str] = []
    start = previous = None
    for uid in uids:
        if start is None:
            start = previous = uid
        elif previous is not None and uid == previous + 1:
            previous = uid
        else:
            parts.append(f"{start}:{previous}" if start != previous else str(start))
            start = previous = uid
    if start is not None:
        parts.append(f"{start}:{previous}" if start != previous else str(start))
    return ",".join(parts)


def _context(settings: ImapSettings) -> ssl.SSLContext:
    if settings.pinned_fingerprint:
        # The pinned certificate is checked byte for byte after the handshake.
        return _unverified_context()
    context = ssl.create_default_context(cafile=settings.ca_file)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def _unverified_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _peer_fingerprint(client: imaplib.IMAP4) -> str | None:
    sock = getattr(client, "sock", None)
    der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
    return hashlib.sha256(der).hexdigest() if der else None


def shown_fingerprint(settings: ImapSettings) -> str | None:
    """The SHA-256 of the certificate the server shows, read over a connection that
    verifies nothing and sends nothing (no login): only for offering to trust it."""
    client: imaplib.IMAP4 | None = None
    try:
        if settings.security == "ssl":
            client = imaplib.IMAP4_SSL(
                settings.host, settings.port, ssl_context=_unverified_context(),
                timeout=settings.timeout,
            )  # fmt: skip
        else:
            client = imaplib.IMAP4(settings.host, settings.port, timeout=settings.timeout)
            client.starttls(ssl_context=_unverified_context())
        return _peer_fingerprint(client)
    except (OSError, ssl.SSLError, imaplib.IMAP4.error):
        return None
    finally:
        if client is not None:
            try:
                client.shutdown()
            except OSError:
                pass


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


class ImapMailbox:
    """One logged-in connection with one folder selected (read-only).

    Use as a context manager::

        with ImapMailbox(settings) as box:
            state = box.state()
            for uid, header in box.headers(box.uids_after(last_uid)): ...
    """

    def __init__(self, settings: ImapSettings, *, writable: bool = False) -> None:
        self.settings = settings
        # Read-only unless the caller files messages away (web-form mails): a read-only
        # SELECT can never change a flag by mistake.
        self.writable = writable
        self._client: imaplib.IMAP4 | None = None
        self._state: MailboxState | None = None

    # --- connection -------------------------------------------------------------------

    def _connect(self) -> imaplib.IMAP4:
        s = self.settings
        if s.security not in SECURITIES:
            raise MailboxError("protocol", {"detail": f"unknown security {s.security}"})
        try:
            if s.security == "ssl":
                client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                    s.host, s.port, ssl_context=_context(s), timeout=s.timeout
                )
            else:
                client = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    if "STARTTLS" not in client.capabilities:
                        client.shutdown()
                        raise MailboxError("starttls_unsupported", {"host": s.host})
                    client.starttls(ssl_context=_context(s))
        except ssl.SSLCertVerificationError as exc:
            raise MailboxError(
                "certificate",
                {"host": s.host, "detail": str(exc.verify_message or exc),
                 "fingerprint": shown_fingerprint(s) or ""},
            ) from exc  # fmt: skip
        except ssl.SSLError as exc:
            raise MailboxError("tls_failed", {"host": s.host, "detail": str(exc)}) from exc
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailboxError(
                "connect_failed", {"host": s.host, "port": s.port, "detail": str(exc)}
            ) from exc
        if s.pinned_fingerprint and s.security != "none":
            shown = _peer_fingerprint(client)
            if shown != s.pinned_fingerprint:
                client.shutdown()
                raise MailboxError(
                    "certificate",
                    {"host": s.host, "detail": "the certificate is not the pinned one",
                     "fingerprint": shown or ""},
                )  # fmt: skip
        try:
            client.login(s.user, s.password)
        except imaplib.IMAP4.error as exc:
            client.shutdown()
            raise MailboxError("login_failed", {"user": s.user, "detail": str(exc)}) from exc
        return client

    def open(self) -> ImapMailbox:
        """Connect, log in and select the folder read-only."""
        client = self._connect()
        self._client = client
        self._state = self._select(client)
        return self

    def _select(self, client: imaplib.IMAP4) -> MailboxState:
        folder = self.settings.folder
        try:
            status, data = client.select(_quoted(folder), readonly=not self.writable)
        except imaplib.IMAP4.error as exc:
            raise MailboxError("no_folder", {"folder": folder}) from exc
        if status != "OK":
            raise MailboxError("no_folder", {"folder": folder})
        exists = int(_text(data[0]) or 0) if data and data[0] else 0
        validity = _first_number(client.response("UIDVALIDITY")[1])
        uidnext = _first_number(client.response("UIDNEXT")[1])
        if uidnext is None:
            # Servers must send UIDNEXT; if one does not, ask STATUS.
            status, data = client.status(_quoted(folder), "(UIDNEXT)")
            match = re.search(
                rb"UIDNEXT (\d+)", data[0] if data and isinstance(data[0], bytes) else b""
            )
            uidnext = int(match.group(1)) if match else 0
        return MailboxState(uidvalidity=validity or 0, uidnext=uidnext, exists=exists)

    def close(self) -> None:
        """Log out (quietly: the check's result does not depend on a clean goodbye)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            pass

    def __enter__(self) -> ImapMailbox:
        return self.open()

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def client(self) -> imaplib.IMAP4:
        if self._client is None:
            raise MailboxError("protocol", {"detail": "not connected"})
        return self._client

    # --- the Mailbox protocol ---------------------------------------------------------

    def state(self) -> MailboxState:
        """The selected folder's UIDVALIDITY, UIDNEXT and size."""
        if self._state is None:
            raise MailboxError("protocol", {"detail": "no folder selected"})
        return self._state

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid``, ascending (``UID SEARCH UID n:*``)."""
        status, data = self.client.uid("SEARCH", f"UID {last_uid + 1}:*")
        if status != "OK":
            raise MailboxError("protocol", {"detail": _text(data[0] if data else b"")})
        # "n:*" always includes the highest UID, even when it is below n: filter.
        found = [int(u) for chunk in data if chunk for u in _text(chunk).split()]
        return sorted(u for u in found if u > last_uid)

    def headers(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """``(uid, header bytes)`` of :data:`HEADER_FIELDS`, in batches of :data:`HEADER_BATCH`."""
        item = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
        yield from self._fetch(uids, item, HEADER_BATCH)

    def bodies(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """``(uid, whole message bytes)`` in batches of :data:`BODY_BATCH`."""
        yield from self._fetch(uids, "BODY.PEEK[]", BODY_BATCH)

    def _fetch(self, uids: Sequence[int], item: str, batch: int) -> Iterator[tuple[int, bytes]]:
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), batch):
            chunk = ordered[start : start + batch]
            status, data = self.client.uid("FETCH", uid_set(chunk), f"(UID {item})")
            if status != "OK":
                raise MailboxError("protocol", {"detail": _text(data[0] if data else b"")})
            for entry in data:
                # A literal comes as (b'12 (UID 57 BODY[HEADER] {342}', b'...raw...').
                if not isinstance(entry, tuple) or len(entry) < 2:
                    continue
                match = _UID.search(entry[0])
                if match is None:
                    continue
                yield int(match.group(1)), bytes(entry[1])

    # --- filing messages away (writable mailboxes only) ---------------------------------

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move messages to ``folder`` (created when missing) so they are read once.

        ``UID MOVE`` (RFC 6851) where the server has it, else copy, flag ``\\Deleted``
        and expunge.
        """
        if not uids:
            return
        if not self.writable:
            raise MailboxError("protocol", {"detail": "the folder was opened read-only"})
        client = self.client
        target = _quoted(folder)
        try:
            client.create(target)  # "already exists" is a NO: fine
        except imaplib.IMAP4.error:
            pass
        which = uid_set(sorted(set(uids)))
        try:
            if "MOVE" in client.capabilities:
                status, data = client.uid("MOVE", which, target)
            else:
                status, data = client.uid("COPY", which, target)
                if status == "OK":
                    status, data = client.uid("STORE", which, "+FLAGS.SILENT", "(\\Deleted)")
                if status == "OK":
                    status, data = client.expunge()
        except imaplib.IMAP4.error as exc:
            raise MailboxError("protocol", {"detail": str(exc)}) from exc
        if status != "OK":
            raise MailboxError("protocol", {"detail": _text(data[0] if data else b"")})

    # --- IDLE -------------------------------------------------------------------------

    @property
    def supports_idle(self) -> bool:
        """True when the server offers IDLE (RFC 2177)."""
        return "IDLE" in self.client.capabilities

    def wait_for_news(self, seconds: float, should_stop: object = None) -> bool:
        """IDLE up to ``seconds``; True when the server announced new mail (``EXISTS``).

        Args:
            seconds: The longest wait (servers drop IDLE after 30 minutes; stay below).
            should_stop: A callable returning True to end the wait early (checked each
                second), e.g. the background checker's stop flag.
        """
        client = self.client
        if not self.supports_idle:
            raise MailboxError("protocol", {"detail": "IDLE not offered"})
        tag = client._new_tag()  # noqa: SLF001 - imaplib before 3.14 has no idle()
        client.send(tag + b" IDLE\r\n")
        first = client.readline()
        if not first.startswith(b"+"):
            raise MailboxError("protocol", {"detail": _text(first).strip()})
        sock = client.socket()
        news = False
        deadline = time.monotonic() + seconds
        try:
            while time.monotonic() < deadline and not news:
                if callable(should_stop) and should_stop():
                    break
                # Wait on the socket, not in readline: a file object that timed out
                # mid-line is left in an undefined state.
                pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
                if not pending and not select.select([sock], [], [], 1.0)[0]:
                    continue
                line = client.readline()
                if not line:
                    raise MailboxError("protocol", {"detail": "connection closed"})
                news = b"EXISTS" in line or b"RECENT" in line
        finally:
            client.send(b"DONE\r\n")
            # Read up to the tagged end of IDLE; untagged lines before it are news too.
            while True:
                line = client.readline()
                if not line or line.startswith(tag):
                    break
                news = news or b"EXISTS" in line
        return news


def _quoted(folder: str) -> str:
    """A folder name as an IMAP quoted string, in modified UTF-7 (Cyrillic, Chinese...)."""
    encoded = encode_folder(folder)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _first_number(values: Sequence[object] | None) -> int | None:
    for value in values or ():
        if value is None:
            continue
        text = _text(value).strip()
        if text.isdigit():
            return int(text)
    return None


__all__ = [
    "BODY_BATCH",
    "HEADER_BATCH",
    "HEADER_FIELDS",
    "SECURITIES",
    "ImapMailbox",
    "ImapSettings",
    "MailboxError",
    "shown_fingerprint",
    "uid_set",
]
