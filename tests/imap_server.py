"""A throwaway Dovecot IMAP server on 127.0.0.1, for the replies tests and the benchmark.

Dovecot runs as root from a temporary config: its sockets, state and log live in a temp
folder, the user and password come from a static passdb/userdb, the login and internal
processes run as ``nobody`` without a chroot, and the mailbox is a Maildir in the same
folder (owned by ``nobody`` so the mail processes can write it). ``dovecot -c FILE``
daemonizes; ``dovecot -c FILE stop`` ends it.

Plain IMAP (``ssl = no``) by default, or implicit TLS and STARTTLS with trustme
certificates, so the adapter's certificate checks are exercised against a real server.
"""

from __future__ import annotations

import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

__all__ = ["DOVECOT", "DovecotServer", "free_port", "require_dovecot"]

DOVECOT = "/usr/sbin/dovecot"
USER = "sdr"
PASSWORD = "secret-pass"


def require_dovecot() -> str:
    """The dovecot binary, or a failure that says how to get it (tests never skip)."""
    found = shutil.which("dovecot") or (DOVECOT if Path(DOVECOT).exists() else None)
    if found is None:
        raise RuntimeError(
            "Dovecot is missing: the IMAP tests need Debian's dovecot-imapd "
            "(.ci/run installs it: apt-get install dovecot-imapd)"
        )
    return found


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = nobody
default_internal_group = nogroup
default_login_user = nobody
auth_mechanisms = plain login
disable_plaintext_auth = no
mail_location = maildir:{root}/mail/%u
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = 0
ssl = {ssl}
{ssl_files}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


class DovecotServer:
    """One running Dovecot with one user (``sdr``) and an empty INBOX.

    Attributes:
        port: Plain IMAP (STARTTLS offered when started with a certificate).
        tls_port: Implicit TLS (only with a certificate).
        user, password: The login.
        ca_file: The trustme CA to verify the server with (None without TLS).
    """

    def __init__(self, root: Path, *, tls: bool = False) -> None:
        self.binary = require_dovecot()
        self.root = root
        self.port = free_port()
        self.tls_port = free_port()
        self.user = USER
        self.password = PASSWORD
        self.ca_file: str | None = None
        self.config = root / "dovecot.conf"
        self._write_config(tls=tls)

    def _write_config(self, *, tls: bool) -> None:
        nobody = pwd.getpwnam("nobody")
        # The mail processes run as nobody: they must be able to walk into the folder.
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, 0o755)
        for folder in ("run", "state", "mail"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        os.chown(self.root / "mail", nobody.pw_uid, nobody.pw_gid)
        ssl_files = ""
        if tls:
            import trustme

            authority = trustme.CA()
            certificate = authority.issue_cert("localhost", "127.0.0.1")
            key_path, cert_path = self.root / "server.key", self.root / "server.pem"
            certificate.private_key_pem.write_to_path(str(key_path))
            certificate.cert_chain_pems[0].write_to_path(str(cert_path))
            ca_path = self.root / "ca.pem"
            authority.cert_pem.write_to_path(str(ca_path))
            self.ca_file = str(ca_path)
            ssl_files = f"ssl_cert = <{cert_path}\nssl_key = <{key_path}"
        self.config.write_text(
            _CONFIG.format(
                root=self.root,
                uid=nobody.pw_uid,
                gid=nobody.pw_gid,
                ssl="yes" if tls else "no",
                ssl_files=ssl_files,
                password=self.password,
                port=self.port,
                tls_port=self.tls_port,
            ),  # fmt: skip
            encoding="utf-8",
        )

    def start(self) -> DovecotServer:
        """Start the daemon and wait until it answers on its port."""
        # Output to a file, not a pipe: the daemon's children inherit the descriptors and
        # a pipe would never reach end-of-file.
        errors = self.root / "start.err"
        with errors.open("wb") as sink:
            done = subprocess.run(
                [self.binary, "-c", str(self.config)],
                stdin=subprocess.DEVNULL, stdout=sink, stderr=sink, check=False,
            )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"dovecot did not start: {errors.read_text()} {self._log()}")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                    if conn.recv(100).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self._log()}")

    def stop(self) -> None:
        """Stop the daemon (waits for it to go)."""
        subprocess.run(
            [self.binary, "-c", str(self.config), "stop"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            check=False,
        )  # fmt: skip

    def _log(self) -> str:
        log = self.root / "dovecot.log"
        return log.read_text(encoding="utf-8", errors="replace")[-2000:] if log.exists() else ""

    def client(self) -> imaplib.IMAP4:
        """A logged-in plain client, for filling and emptying the mailbox."""
        client = imaplib.IMAP4("127.0.0.1", self.port, timeout=30)
        client.login(self.user, self.password)
        return client

    def append(self, messages: list[bytes], folder: str = "INBOX") -> None:
        """APPEND raw messages in order (their UIDs follow that order)."""
        client = self.client()
        try:
            for raw in messages:
                status, detail = client.append(folder, None, None, raw)
                if status != "OK":
                    raise RuntimeError(f"APPEND failed: {detail!r}")
        finally:
            client.logout()

    def new_folder(self, name: str) -> str:
        """Create an empty folder (its own UIDVALIDITY and UIDs) and return its name."""
        client = self.client()
        try:
            status, detail = client.create(name)
            if status != "OK":
                raise RuntimeError(f"CREATE failed: {detail!r}")
        finally:
            client.logout()
        return name

    def recreate(self, name: str) -> None:
        """Delete a folder and create it empty again: a new UIDVALIDITY, UIDs from 1."""
        client = self.client()
        try:
            client.delete(name)
            client.create(name)
        finally:
            client.logout()

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
