"""The IMAP account against a real Dovecot: a pinned self-signed certificate, and folder
names in Cyrillic and Chinese (modified UTF-7), read and filed away."""

from __future__ import annotations

import itertools

import pytest

from app.adapters.imap import ImapMailbox, ImapSettings, MailboxError
from app.adapters.imap_utf7 import decode_folder, encode_folder
from tests import mail_samples as mail
from tests.imap_server import DovecotServer

_folders = itertools.count(1)


def settings(server: DovecotServer, **changes: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1", "port": server.port, "security": "none", "user": server.user,
        "password": server.password, "folder": "INBOX", "timeout": 10.0,
    }  # fmt: skip
    values.update(changes)
    return ImapSettings(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "wire"),
    [
        ("INBOX", "INBOX"),
        ("Входящие", "&BBIERQQ+BDQETwRJBDgENQ-"),
        ("已发送", "&XfJT0ZAB-"),
        ("R&D", "R&-D"),
        ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's example
    ],
)
def test_modified_utf7_round_trips(name: str, wire: str) -> None:
    assert encode_folder(name) == wire
    assert decode_folder(wire) == name


def test_a_malformed_run_is_left_as_sent() -> None:
    assert decode_folder("&%%%-x") == "&%%%-x"


def test_a_self_signed_certificate_is_refused_then_trusted_by_its_pin(
    dovecot_tls: DovecotServer,
) -> None:
    for port, security in ((dovecot_tls.tls_port, "ssl"), (dovecot_tls.port, "starttls")):
        untrusted = settings(dovecot_tls, port=port, security=security)
        with pytest.raises(MailboxError) as caught:
            ImapMailbox(untrusted).open()
        assert caught.value.code == "certificate"
        shown = str(caught.value.arguments["fingerprint"])
        assert len(shown) == 64
        with ImapMailbox(settings(dovecot_tls, port=port, security=security,
                                  pinned_fingerprint=shown)) as box:  # fmt: skip
            assert box.state().uidvalidity > 0
        wrong = settings(dovecot_tls, port=port, security=security, pinned_fingerprint="0" * 64)
        with pytest.raises(MailboxError) as refused:
            ImapMailbox(wrong).open()
        assert refused.value.code == "certificate"
        assert refused.value.arguments["fingerprint"] == shown


@pytest.mark.parametrize("name", ["Заявки с сайта", "网站表单", "Формы & 表单"])
def test_folders_with_non_ascii_names_are_read_and_messages_moved(
    dovecot: DovecotServer, name: str
) -> None:
    folder = f"{name} {next(_folders)}"
    wire = f'"{encode_folder(folder)}"'  # imaplib sends names as given: quoted, encoded
    dovecot.new_folder(wire)
    dovecot.append([mail.newsletter(i) for i in range(2)], wire)
    done = f"{folder} — Обработано"  # a sibling: separators differ between servers
    with ImapMailbox(settings(dovecot, folder=folder), writable=True) as box:
        assert box.state().exists == 2
        box.move([1], done)
    with ImapMailbox(settings(dovecot, folder=folder)) as box:
        assert box.state().exists == 1
    with ImapMailbox(settings(dovecot, folder=done)) as box:
        assert box.state().exists == 1
    client = dovecot.client()
    try:
        status, listed = client.list()
        names = [decode_folder(line.decode().rsplit(' "', 1)[-1].strip('"')) for line in listed]
    finally:
        client.logout()
    assert status == "OK"
    assert folder in names and done in names


def test_a_read_only_mailbox_refuses_to_move(dovecot: DovecotServer) -> None:
    with ImapMailbox(settings(dovecot)) as box, pytest.raises(MailboxError):
        box.move([1], "Elsewhere")
