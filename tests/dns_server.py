"""A tiny authoritative DNS server on 127.0.0.1 for tests of the mail-domain (MX) checks.

Shared by the core tests (``tests/core/test_validation_dns.py``) and the storage tests
(``tests/storage/test_validation.py``): real UDP queries answered by dnspython's
message classes from a small zone, so no test needs the network or mocks a resolver.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter

import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.resolver
import dns.rrset

from app.adapters.dns import DnspythonResolver

__all__ = ["SERVFAIL", "ZONE", "LocalDnsServer"]

# name -> record type -> rdata texts; names missing here get NXDOMAIN.
ZONE: dict[str, dict[str, list[str]]] = {
    "acme-corp.com.": {"MX": ["20 mx2.acme-corp.com.", "10 mx1.acme-corp.com."]},
    "a-only.com.": {"A": ["192.0.2.10"]},
    "aaaa-only.com.": {"AAAA": ["2001:db8::1"]},
    "null-mx.com.": {"MX": ["0 ."]},
    "no-mail.com.": {"TXT": ['"v=spf1 -all"']},
}
SERVFAIL = {"broken-dns.com."}


class LocalDnsServer:
    """A tiny authoritative DNS server on a UDP socket, answering from ZONE."""

    def __init__(self, *, silent: bool = False) -> None:
        self.silent = silent
        self.queries: Counter[tuple[str, str]] = Counter()
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> LocalDnsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()

    def resolver(self) -> DnspythonResolver:
        """The app's DNS adapter, asking this server (real UDP queries)."""
        resolver = dns.resolver.Resolver(configure=False)
        resolver.nameservers = ["127.0.0.1"]
        resolver.port = self.port
        return DnspythonResolver(resolver)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, address = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            query = dns.message.from_wire(wire)
            question = query.question[0]
            name = question.name.to_text().lower()
            rdtype = dns.rdatatype.to_text(question.rdtype)
            self.queries[(name, rdtype)] += 1
            if self.silent:
                continue
            response = dns.message.make_response(query)
            response.flags |= dns.flags.AA
            if name in SERVFAIL:
                response.set_rcode(dns.rcode.SERVFAIL)
            elif name not in ZONE:
                response.set_rcode(dns.rcode.NXDOMAIN)
            elif rdtype in ZONE[name]:
                response.answer.append(
                    dns.rrset.from_text_list(question.name, 300, "IN", rdtype, ZONE[name][rdtype])
                )
            self.sock.sendto(response.to_wire(), address)
