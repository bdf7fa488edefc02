"""The IMAP adapter against a real Dovecot: TLS checks, incremental reads, PEEK, IDLE."""

from __future__ import annotations

import itertools
import threading

import pytest

from app.adapters.imap import ImapMailbox, ImapSettings, MailboxError, uid_set
from tests import mail_samples as mail
from tests.imap_server import DovecotServer, free_port

_folders = itertools.count(1)


def plain(server: DovecotServer, folder: str = "INBOX", **changes: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1", "port": server.port, "security": "none", "user": server.user,
        "password": server.password, "folder": folder, "timeout": 10.0,
    }  # fmt: skip
    values.update(changes)
    return ImapSettings(**values)  # type: ignore[arg-type]


def test_uid_sets_are_compact() -> None:
    assert uid_set([1, 2, 3, 5, 7, 8]) == "1:3,5,7:8"
    assert uid_set([4]) == "4"
    assert uid_set([]) == ""


def test_headers_first_bodies_on_demand_and_nothing_marked_read(
    dovecot: DovecotServer,
) -> None:
    folder = dovecot.new_folder(f"Adapter{next(_folders)}")
    dovecot.append([mail.newsletter(i) for i in range(3)], folder)
    with ImapMailbox(plain(dovecot, folder)) as box:
        state = box.state()
        assert (state.exists, state.uidnext) == (3, 4)
        assert box.uids_after(0) == [1, 2, 3]
        assert box.uids_after(3) == []  # "4:*" names the last message; it is filtered out
        headers = dict(box.headers([1, 2, 3]))
        assert sorted(headers) == [1, 2, 3]
        assert b"Subject: Weekly digest #1" in headers[2]
        assert b"Lorem ipsum" not in headers[2]
        ((uid, whole),) = box.bodies([2])
        assert uid == 2 and b"Lorem ipsum" in whole
    client = dovecot.client()
    try:
        client.select(folder, readonly=True)
        status, flags = client.fetch("1:3", "(FLAGS)")
        assert status == "OK" and all(b"\\Seen" not in f for f in flags if isinstance(f, bytes))
    finally:
        client.logout()


def test_implicit_tls_and_starttls_verify_the_certificate(dovecot_tls: DovecotServer) -> None:
    assert dovecot_tls.ca_file is not None
    secure = plain(dovecot_tls, port=dovecot_tls.tls_port, security="ssl",
                   ca_file=dovecot_tls.ca_file)  # fmt: skip
    with ImapMailbox(secure) as box:
        assert box.state().uidvalidity > 0
    upgraded = plain(dovecot_tls, security="starttls", ca_file=dovecot_tls.ca_file)
    with ImapMailbox(upgraded) as box:
        assert box.state().uidvalidity > 0
    # The system's trust store does not know the test CA: refused, not trusted blindly.
    for untrusted in (plain(dovecot_tls, port=dovecot_tls.tls_port, security="ssl"),
                      plain(dovecot_tls, security="starttls")):  # fmt: skip
        with pytest.raises(MailboxError) as caught:
            ImapMailbox(untrusted).open()
        # An untrusted certificate says so, with the fingerprint to pin it by.
        assert caught.value.code == "certificate"
        assert len(str(caught.value.arguments["fingerprint"])) == 64


def test_starttls_is_required_when_asked_for(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxError) as caught:
        ImapMailbox(plain(dovecot, security="starttls")).open()
    assert caught.value.code == "starttls_unsupported"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"password": "wrong"}, "login_failed"),
        ({"folder": "No such folder"}, "no_folder"),
        ({"port": 0}, "connect_failed"),
    ],
)
def test_failures_are_codes(dovecot: DovecotServer, changes: dict[str, object], code: str) -> None:
    if changes.get("port") == 0:
        changes = {"port": free_port()}
    with pytest.raises(MailboxError) as caught:
        ImapMailbox(plain(dovecot, **changes)).open()
    assert caught.value.code == code


def test_idle_reports_new_mail(dovecot: DovecotServer) -> None:
    folder = dovecot.new_folder(f"Idle{next(_folders)}")
    with ImapMailbox(plain(dovecot, folder)) as box:
        assert box.supports_idle
        assert box.wait_for_news(1.5) is False
        later = threading.Timer(0.5, lambda: dovecot.append([mail.newsletter(9)], folder))
        later.start()
        try:
            assert box.wait_for_news(20) is True
        finally:
            later.join()
        stop = threading.Event()
        stop.set()
        assert box.wait_for_news(20, should_stop=stop.is_set) is False
