"""Sending email through the user's own SMTP server (``smtplib``); no Qt.

Connections are STARTTLS (port 587) or implicit TLS (``ssl``, port 465) with the
certificate verified by ``ssl.create_default_context()``; there is no switch to ignore
a certificate. A server with a self-signed certificate is trusted only when the user
pinned its SHA-256 fingerprint: the certificate the server shows must then be exactly
that one (the hostname is not checked against a pinned certificate, the fingerprint is
stricter). ``none`` is for local test servers.

Failures are :class:`SmtpError` with a code, never a sentence:

- ``certificate``: the certificate is not trusted; ``fingerprint`` is the SHA-256 the
  server showed, so the UI can offer to pin it;
- ``no_tls``: the server does not offer STARTTLS;
- ``auth``: the login was refused;
- ``unreachable``: no connection, a time-out, or the server went away;
- ``transient``: a 4xx answer (greylisting, over quota): try again later;
- ``permanent``: a 5xx answer; ``stage == "rcpt"`` means the recipient was refused (a
  hard bounce);
- ``no_smtputf8``: an internationalised address and a server without SMTPUTF8;
- ``header_injection``: a header value holds CR or LF (raised while building).

Messages are :class:`email.message.EmailMessage` objects: plain text with an optional
HTML alternative, a ``Message-ID`` from :func:`email.utils.make_msgid` on the From
address's domain, and ``In-Reply-To``/``References`` plus ``Re:`` for a reply in a
thread.
"""

from __future__ import annotations

import base64
import email.policy
import hashlib
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from io import BytesIO
from types import TracebackType
from typing import Final

#: How long one network operation may take, in seconds.
DEFAULT_TIMEOUT: Final = 30.0
SECURITIES: Final = ("starttls", "ssl", "none")


class SmtpError(Exception):
    """A send or connection failure as a code (see the module docstring).

    Attributes:
        code: The code.
        smtp_code: The server's reply code, when it answered.
        response: The server's answer (or the exception's text), for the outbox.
        stage: ``connect``, ``login``, ``mail``, ``rcpt`` or ``data``.
        fingerprint: For ``certificate``: the SHA-256 of the certificate the server showed.
        field: For ``header_injection``: the header.
    """

    def __init__(
        self,
        code: str,
        *,
        smtp_code: int | None = None,
        response: str = "",
        stage: str = "",
        fingerprint: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(f"{code}: {response}" if response else code)
        self.code = code
        self.smtp_code = smtp_code
        self.response = response
        self.stage = stage
        self.fingerprint = fingerprint
        self.field = field

    @property
    def retry(self) -> bool:
        """True when trying again later may succeed (4xx, network trouble)."""
        return self.code in ("transient", "unreachable")


@dataclass(frozen=True)
class SmtpSettings:
    """How to reach and log in to one SMTP server.

    Attributes:
        host: The server.
        port: Its port.
        security: ``starttls``, ``ssl`` or ``none``.
        user: The login name ("" for no login).
        password: The password (from the keychain), or None for no login.
        pinned_fingerprint: SHA-256 (lowercase hex) of a certificate the user trusts.
        cafile: Extra certificate authorities to trust (tests; a company's own CA).
        timeout: Seconds per network operation.
    """

    host: str
    port: int
    security: str
    user: str = ""
    password: str | None = None
    pinned_fingerprint: str | None = None
    cafile: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __repr__(self) -> str:  # the password never reaches a log or a crash report
        return f"SmtpSettings({self.user}@{self.host}:{self.port}, {self.security})"


@dataclass(frozen=True)
class Delivered:
    """The server took the message: its final answer."""

    smtp_code: int
    response: str


def fingerprint_of(der: bytes) -> str:
    """SHA-256 of a DER certificate, 64 lowercase hex digits."""
    return hashlib.sha256(der).hexdigest()


def _refuse_line_breaks(field: str, value: str) -> None:
    if "\r" in value or "\n" in value:
        raise SmtpError("header_injection", field=field)


def _address(field: str, address: str, name: str = "") -> Address:
    _refuse_line_breaks(field, address)
    _refuse_line_breaks(field, name)
    local, _, domain = address.rpartition("@")
    if not local or not domain:
        raise SmtpError("permanent", response=f"not an address: {address}", stage="build")
    return Address(display_name=name, username=local, domain=domain)


def needs_smtputf8(address: str) -> bool:
    """True when an address cannot be written in ASCII (a non-ASCII local part).

    A non-ASCII domain alone is written as IDNA (``xn--``), which every server takes.
    """
    local, _, _domain = address.rpartition("@")
    return not local.isascii()


def ascii_domain(address: str) -> str:
    """The address with its domain in IDNA form when that makes it ASCII."""
    local, _, domain = address.rpartition("@")
    if domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return address


def make_message_id(from_address: str) -> str:
    """A new ``<…@domain>`` Message-ID on the From address's domain."""
    domain = ascii_domain(from_address).rpartition("@")[2] or "localhost"
    return make_msgid(domain=domain)


def reply_subject(subject: str) -> str:
    """``Re: subject`` (not twice)."""
    return subject if subject[:3].lower() == "re:" else f"Re: {subject}"


def build_message(
    *,
    from_address: str,
    to: str,
    subject: str,
    text: str,
    html: str | None = None,
    display_name: str = "",
    to_name: str = "",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    headers: Mapping[str, str] | None = None,
) -> EmailMessage:
    """One email, plain text with an optional HTML alternative.

    Args:
        from_address: The sender.
        to: The one recipient.
        subject: The subject (``Re:`` is added for a reply).
        text: The plain-text body.
        html: An HTML alternative, if any.
        display_name: The sender's name.
        to_name: The recipient's name.
        message_id: The Message-ID; a new one when None.
        in_reply_to: The Message-ID this replies to (a reply in the thread).
        references: The thread's earlier Message-IDs, oldest first.
        headers: Extra headers (``List-Unsubscribe``, ...).

    Returns:
        The message.

    Raises:
        SmtpError: ``header_injection`` when a header value holds CR or LF.
    """
    _refuse_line_breaks("subject", subject)
    message = EmailMessage()
    message["From"] = _address("from", from_address, display_name)
    message["To"] = _address("to", to, to_name)
    if in_reply_to:
        _refuse_line_breaks("in_reply_to", in_reply_to)
        subject = reply_subject(subject)
        message["In-Reply-To"] = in_reply_to
        chain = [r for r in references if r != in_reply_to] + [in_reply_to]
        for ref in chain:
            _refuse_line_breaks("references", ref)
        message["References"] = " ".join(chain)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id or make_message_id(from_address)
    for name, value in (headers or {}).items():
        _refuse_line_breaks(name, name)
        _refuse_line_breaks(name, value)
        message[name] = value
    message.set_content(text)
    if html:
        message.add_alternative(html, subtype="html")
    return message


def _flatten(message: EmailMessage, *, international: bool) -> bytes:
    buffer = BytesIO()
    policy = email.policy.SMTPUTF8 if international else message.policy
    BytesGenerator(buffer, policy=policy).flatten(message, linesep="\r\n")
    return buffer.getvalue()


def _text(response: bytes | str) -> str:
    if isinstance(response, bytes):
        return response.decode("utf-8", "replace")
    return str(response)


def _by_code(code: int, response: bytes | str, stage: str) -> SmtpError:
    kind = "transient" if 400 <= code < 500 else "permanent"
    return SmtpError(kind, smtp_code=code, response=_text(response), stage=stage)


class SmtpConnection:
    """One open, logged-in connection; send several messages over it, then close.

    Use as a context manager: ``with SmtpConnection(settings) as smtp: smtp.send(m)``.

    Raises:
        SmtpError: from the constructor (connection, TLS, login) and from :meth:`send`.
    """

    def __init__(self, settings: SmtpSettings) -> None:
        if settings.security not in SECURITIES:
            raise SmtpError("unreachable", response=f"unknown security {settings.security}")
        self.settings = settings
        self._smtp = self._connect()

    def __enter__(self) -> SmtpConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _context(self) -> ssl.SSLContext:
        if self.settings.pinned_fingerprint:
            # The pinned certificate is checked byte for byte after the handshake.
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            return context
        return ssl.create_default_context(cafile=self.settings.cafile)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        smtp: smtplib.SMTP | None = None
        try:
            if s.security == "ssl":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                smtp.ehlo()
                if s.security == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise SmtpError("no_tls", stage="connect")
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
            if s.security != "none":
                self._check_pin(smtp)
            smtp.ehlo_or_helo_if_needed()
            if s.password is not None and s.user and smtp.has_extn("auth"):
                _login(smtp, s.user, s.password)
        except SmtpError:
            _quietly_close(smtp)
            raise
        except ssl.SSLCertVerificationError as exc:
            _quietly_close(smtp)
            raise SmtpError(
                "certificate",
                response=str(exc.verify_message or exc),
                stage="connect",
                fingerprint=self._shown_fingerprint(),
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            _quietly_close(smtp)
            raise SmtpError(
                "auth", smtp_code=exc.smtp_code, response=_text(exc.smtp_error), stage="login"
            ) from None
        except smtplib.SMTPResponseException as exc:
            _quietly_close(smtp)
            raise _by_code(exc.smtp_code, exc.smtp_error, "connect") from None
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            _quietly_close(smtp)
            raise SmtpError(
                "unreachable", response=f"{type(exc).__name__}: {exc}", stage="connect"
            ) from None
        return smtp

    def _check_pin(self, smtp: smtplib.SMTP) -> None:
        pinned = self.settings.pinned_fingerprint
        if not pinned:
            return
        sock = smtp.sock
        der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        shown = fingerprint_of(der) if der else None
        if shown != pinned:
            raise SmtpError(
                "certificate",
                response="the certificate is not the pinned one",
                stage="connect",
                fingerprint=shown,
            )

    def _shown_fingerprint(self) -> str | None:
        """The fingerprint of the certificate the server shows, read over a connection
        that verifies nothing and sends nothing (no login, no mail), only for showing it."""
        s = self.settings
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        smtp: smtplib.SMTP | None = None
        try:
            if s.security == "ssl":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                smtp.ehlo()
                smtp.starttls(context=context)
            sock = smtp.sock
            if isinstance(sock, ssl.SSLSocket):
                der = sock.getpeercert(binary_form=True)
                return fingerprint_of(der) if der else None
            return None
        except (smtplib.SMTPException, OSError):
            return None
        finally:
            _quietly_close(smtp)

    def send(self, message: EmailMessage) -> Delivered:
        """Send one message to its ``To`` address.

        Returns:
            The server's final answer.

        Raises:
            SmtpError: ``no_smtputf8``, ``transient``, ``permanent`` (``stage`` says
                where: ``rcpt`` is a refused recipient) or ``unreachable``.
        """
        sender = ascii_domain(str(message["From"].addresses[0].addr_spec))
        recipient = ascii_domain(str(message["To"].addresses[0].addr_spec))
        international = needs_smtputf8(sender) or needs_smtputf8(recipient)
        smtp = self._smtp
        options: list[str] = []
        if international:
            if not smtp.has_extn("smtputf8"):
                raise SmtpError("no_smtputf8", stage="mail")
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        payload = _flatten(message, international=international)
        try:
            code, response = smtp.mail(sender, options)
            if code != 250:
                self._reset()
                raise _by_code(code, response, "mail")
            code, response = smtp.rcpt(recipient)
            if code not in (250, 251):
                self._reset()
                raise _by_code(code, response, "rcpt")
            code, response = smtp.data(payload)
        except smtplib.SMTPDataError as exc:
            raise _by_code(exc.smtp_code, exc.smtp_error, "data") from None
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise SmtpError(
                "unreachable", response=f"{type(exc).__name__}: {exc}", stage="data"
            ) from None
        if code != 250:
            raise _by_code(code, response, "data")
        return Delivered(code, _text(response))

    def _reset(self) -> None:
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            pass

    def close(self) -> None:
        """Say QUIT and close (quietly: the messages were sent or not already)."""
        try:
            self._smtp.quit()
        except (smtplib.SMTPException, OSError):
            _quietly_close(self._smtp)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a non-ASCII user or password goes as UTF-8 AUTH PLAIN (RFC 4616), which
    ``smtplib.login`` cannot send (it encodes as ASCII)."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    blob = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, response = smtp.docmd("AUTH", f"PLAIN {blob}")
    if code == 334:  # the server wants the credentials after an empty challenge
        code, response = smtp.docmd(blob)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, response)


def _quietly_close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.close()
    except OSError:
        pass


def send_one(settings: SmtpSettings, message: EmailMessage) -> Delivered:
    """Connect, send one message, close (the settings dialog's test email)."""
    with SmtpConnection(settings) as smtp:
        return smtp.send(message)


__all__ = [
    "DEFAULT_TIMEOUT",
    "Delivered",
    "SmtpConnection",
    "SmtpError",
    "SmtpSettings",
    "ascii_domain",
    "build_message",
    "fingerprint_of",
    "make_message_id",
    "needs_smtputf8",
    "reply_subject",
    "send_one",
]
