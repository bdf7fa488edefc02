"""A real SMTP server on 127.0.0.1 for the tests: aiosmtpd with STARTTLS (trustme).

The server records every message it accepted, and can be told to answer like real ones:
greylist a recipient (451 on the first try, then accept), refuse one (550), log in only
with one password, or not offer SMTPUTF8. aiosmtpd's Controller cannot bind port 0, so
a free port is picked first.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    """One accepted message: the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    message: EmailMessage


@dataclass
class Behaviour:
    """How the server answers (tests change it while it runs)."""

    greylist: set[str] = field(default_factory=set)  # 451 once per address
    refuse: set[str] = field(default_factory=set)  # 550 at RCPT
    password: str | None = None  # require AUTH with this password
    data_delay: float = 0.0  # seconds the server takes to answer DATA (a slow server)
    parse: bool = True  # parse what arrives (the benchmark keeps the raw bytes only)
    greylisted: set[str] = field(default_factory=set)


class _Handler:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.received: list[Received] = []
        self.lock = threading.Lock()

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        b = self.behaviour
        if address in b.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        if address in b.greylist and address not in b.greylisted:
            b.greylisted.add(address)
            return "451 4.7.1 Greylisted, please try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        if self.behaviour.data_delay:
            await asyncio.sleep(self.behaviour.data_delay)
        raw = envelope.original_content or b""
        parsed = (
            message_from_bytes(raw, policy=policy.default)
            if self.behaviour.parse
            else EmailMessage()
        )
        assert isinstance(parsed, EmailMessage)
        with self.lock:
            self.received.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), raw, parsed)
            )
        return f"250 2.0.0 Ok: queued as TEST{len(self.received)}"


class SmtpTestServer:
    """An SMTP server on 127.0.0.1 with STARTTLS and a trustme certificate.

    Attributes:
        port: Where it listens.
        ca: The trustme CA that signed its certificate (``ca_file`` for clients).
        fingerprint: The SHA-256 of its certificate (for pinning).
        received: The messages it accepted.
    """

    def __init__(
        self,
        *,
        smtputf8: bool = True,
        password: str | None = None,
        tls: bool = True,
        hostname: str = "localhost",
    ) -> None:
        import hashlib

        self.ca = trustme.CA()
        cert = self.ca.issue_cert(hostname, "127.0.0.1")
        self.tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.tls_context)
        der = ssl.PEM_cert_to_DER_cert(cert.cert_chain_pems[0].bytes().decode("ascii"))
        self.fingerprint = hashlib.sha256(der).hexdigest()
        self.behaviour = Behaviour(password=password)
        self.handler = _Handler(self.behaviour)
        self.port = free_port()
        self.smtputf8 = smtputf8
        self.tls = tls
        self._controller: Controller | None = None
        self._ca_path: str | None = None

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password.decode() == self.behaviour.password
        return AuthResult(success=ok, handled=False)

    def start(self) -> SmtpTestServer:
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": self.smtputf8}
        if self.tls:
            kwargs.update(tls_context=self.tls_context, require_starttls=True)
        if self.behaviour.password is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=True)
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def ca_file(self, folder: Any) -> str:
        """Write the CA certificate to ``folder`` and return its path."""
        path = folder / "ca.pem"
        self.ca.cert_pem.write_to_path(str(path))
        return str(path)

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)
