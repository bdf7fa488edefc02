"""The SMTP adapter against a real aiosmtpd server with STARTTLS on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.adapters.smtp import SmtpConnection, SmtpError, SmtpSettings, build_message, send_one
from tests.smtp_server import SmtpTestServer


@pytest.fixture
def server() -> Iterator[SmtpTestServer]:
    running = SmtpTestServer(password="right").start()
    yield running
    running.stop()


def settings(server: SmtpTestServer, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1", "port": server.port, "security": "starttls",
        "user": "ana", "password": "right", "timeout": 10.0,
    }  # fmt: skip
    values.update(changes)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def message(to: str = "bob@example.com", **changes: object) -> object:
    values: dict[str, object] = {
        "from_address": "ana@example.org", "to": to, "subject": "Hello", "text": "Hi Bob",
    }  # fmt: skip
    values.update(changes)
    return build_message(**values)  # type: ignore[arg-type]


def test_an_untrusted_certificate_fails_with_its_fingerprint(server: SmtpTestServer) -> None:
    with pytest.raises(SmtpError) as caught:
        SmtpConnection(settings(server))
    assert caught.value.code == "certificate"
    assert caught.value.fingerprint == server.fingerprint
    assert server.received == []


def test_a_pinned_certificate_is_trusted_and_a_wrong_pin_is_not(server: SmtpTestServer) -> None:
    delivered = send_one(settings(server, pinned_fingerprint=server.fingerprint), message())
    assert delivered.smtp_code == 250 and "queued" in delivered.response
    with pytest.raises(SmtpError) as caught:
        SmtpConnection(settings(server, pinned_fingerprint="0" * 64))
    assert caught.value.code == "certificate"
    assert caught.value.fingerprint == server.fingerprint
    assert len(server.received) == 1


def test_a_trusted_ca_works_and_a_wrong_password_is_auth(
    server: SmtpTestServer, tmp_path: Path
) -> None:
    ca = server.ca_file(tmp_path)
    with SmtpConnection(settings(server, cafile=ca)) as smtp:
        smtp.send(message())  # type: ignore[arg-type]
    with pytest.raises(SmtpError) as caught:
        SmtpConnection(settings(server, cafile=ca, password="wrong"))
    assert caught.value.code == "auth"


def test_refused_and_greylisted_recipients(server: SmtpTestServer, tmp_path: Path) -> None:
    server.behaviour.refuse.add("gone@example.com")
    server.behaviour.greylist.add("grey@example.com")
    with SmtpConnection(settings(server, cafile=server.ca_file(tmp_path))) as smtp:
        with pytest.raises(SmtpError) as refused:
            smtp.send(message("gone@example.com"))  # type: ignore[arg-type]
        with pytest.raises(SmtpError) as grey:
            smtp.send(message("grey@example.com"))  # type: ignore[arg-type]
        smtp.send(message("grey@example.com"))  # type: ignore[arg-type]  # accepted now
    assert (refused.value.code, refused.value.stage, refused.value.smtp_code) == (
        "permanent", "rcpt", 550,
    )  # fmt: skip
    assert grey.value.code == "transient" and grey.value.retry
    assert [r.rcpt_tos for r in server.received] == [["grey@example.com"]]


def test_nobody_listening_is_unreachable() -> None:
    from tests.smtp_server import free_port

    with pytest.raises(SmtpError) as caught:
        SmtpConnection(SmtpSettings("127.0.0.1", free_port(), "starttls", timeout=5))
    assert caught.value.code == "unreachable"


def test_line_breaks_in_headers_are_refused() -> None:
    with pytest.raises(SmtpError) as caught:
        build_message(
            from_address="a@example.org", to="b@example.com", subject="Hi\r\nBcc: x@evil.test",
            text="t",
        )  # fmt: skip
    assert caught.value.code == "header_injection"
    with pytest.raises(SmtpError):
        build_message(
            from_address="a@example.org", to="b@example.com", subject="Hi", text="t",
            headers={"X-Note": "a\nBcc: x@evil.test"},
        )  # fmt: skip


def test_reply_in_thread_headers() -> None:
    built = build_message(
        from_address="a@example.org", to="b@example.com", subject="Plan", text="t",
        html="<p>t</p>", in_reply_to="<1@example.org>", references=["<0@example.org>"],
    )  # fmt: skip
    assert built["Subject"] == "Re: Plan"
    assert built["In-Reply-To"] == "<1@example.org>"
    assert built["References"] == "<0@example.org> <1@example.org>"
    assert built["Message-ID"].endswith("@example.org>")
    assert built.get_body(("html",)) is not None


def test_non_ascii_recipient_needs_smtputf8(tmp_path: Path) -> None:
    plain = SmtpTestServer(smtputf8=False).start()
    try:
        with SmtpConnection(
            SmtpSettings("127.0.0.1", plain.port, "starttls", cafile=plain.ca_file(tmp_path))
        ) as smtp:
            with pytest.raises(SmtpError) as caught:
                smtp.send(message("иван@пример.рф"))  # type: ignore[arg-type]
            # An internationalised domain alone is written as IDNA and goes through.
            smtp.send(message("ivan@пример.рф"))  # type: ignore[arg-type]
    finally:
        plain.stop()
    assert caught.value.code == "no_smtputf8"
    assert [r.rcpt_tos for r in plain.received] == [["ivan@xn--e1afmkfd.xn--p1ai"]]


def test_the_sending_domain_check_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.adapters.sender_dns import check_sending_domain
    from tests.dns_server import ZONE, LocalDnsServer

    monkeypatch.setitem(
        ZONE, "seller.example.", {"TXT": ['"v=spf1 include:_spf.example -all"'],
                                  "MX": ["10 mx.seller.example."]},
    )  # fmt: skip
    monkeypatch.setitem(ZONE, "_dmarc.seller.example.", {"TXT": ['"v=DMARC1; p=none"']})
    with LocalDnsServer() as server:
        good = check_sending_domain("seller.example", server.resolver())
        bare = check_sending_domain("a-only.com", server.resolver())
    assert good.missing == () and good.mx == ("mx.seller.example",)
    assert good.dmarc == "v=DMARC1; p=none"
    assert bare.missing == ("no_spf", "no_dmarc", "no_mx")
