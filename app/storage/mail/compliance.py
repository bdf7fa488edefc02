"""What every cadence email must carry: a way out and who sent it.

- An unsubscribe line and the sender's postal address at the foot of the text (and the
  HTML). Cadence emails are not queued or sent until a postal address is set
  (``no_postal_address``).
- ``List-Unsubscribe: <mailto:FROM?subject=unsubscribe-TOKEN>`` on every cadence email,
  and when an https unsubscribe page is configured, that page first plus
  ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058 one-click).

The token names the contact and is signed with an HMAC-SHA256 over a per-database
secret kept in ``settings`` (made with :mod:`secrets` on first use), so a reply
"unsubscribe-TOKEN" can be traced back to the contact and nobody can forge one for
somebody else. :func:`contact_of_token` checks a token (the replies reader uses it).
"""

from __future__ import annotations

import hashlib
import hmac
import html as html_lib
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final
from urllib.parse import quote

from app.storage.mail.accounts import SmtpAccount, read_setting, write_setting

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

#: The settings key of the per-database secret the unsubscribe tokens are signed with.
SECRET_KEY: Final = "mail.unsubscribe_secret"
#: The prefix of the subject a mailto unsubscribe sends.
SUBJECT_PREFIX: Final = "unsubscribe-"
_MAC_LENGTH: Final = 24  # hex digits of the HMAC kept in a token (96 bits)


def unsubscribe_secret(conn: Connection) -> bytes:
    """The database's signing secret, made on first use (inside a write transaction)."""
    value = read_setting(conn, SECRET_KEY)
    if not isinstance(value, str) or len(value) < 32:
        value = secrets.token_hex(32)
        write_setting(conn, SECRET_KEY, value)
    return bytes.fromhex(value)


def _mac(secret: bytes, contact_id: int) -> str:
    digest = hmac.new(secret, f"unsubscribe:{contact_id}".encode(), hashlib.sha256)
    return digest.hexdigest()[:_MAC_LENGTH]


def unsubscribe_token(secret: bytes, contact_id: int) -> str:
    """``ID-MAC``: the contact's unsubscribe token."""
    return f"{contact_id}-{_mac(secret, contact_id)}"


def contact_of_token(conn: Connection, token: str) -> int | None:
    """The contact a token (``unsubscribe-`` prefix allowed) was made for, or None.

    Args:
        conn: A connection (the secret is only read; no secret means no valid token).
        token: The token, e.g. from a reply's subject.
    """
    text = token.strip()
    if text.lower().startswith(SUBJECT_PREFIX):
        text = text[len(SUBJECT_PREFIX) :]
    head, _, mac = text.partition("-")
    value = read_setting(conn, SECRET_KEY)
    if not head.isdigit() or not isinstance(value, str):
        return None
    contact_id = int(head)
    expected = _mac(bytes.fromhex(value), contact_id)
    return contact_id if hmac.compare_digest(expected, mac.lower()) else None


@dataclass(frozen=True)
class Footer:
    """What compliance adds to one cadence email."""

    text: str
    html: str | None
    headers: dict[str, str]


def _https_link(url: str, token: str) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}token={quote(token)}"


def footer(account: SmtpAccount, token: str, text: str, html: str | None) -> Footer:
    """The text and HTML with signature, postal address and unsubscribe line, and the
    ``List-Unsubscribe`` headers.

    A template whose footer already carries the postal address (the shipped templates'
    ``footer`` snippet does, with a way out in the prospect's language) gets no second
    copy; the signature likewise.

    Args:
        account: The sender (its postal address must be set; the caller checks).
        token: The contact's unsubscribe token.
        text: The rendered plain-text body.
        html: The rendered HTML body, if any.
    """
    mailto = f"mailto:{account.from_address}?subject={SUBJECT_PREFIX}{token}"
    links = [f"<{mailto}>"]
    headers: dict[str, str] = {}
    if account.unsubscribe_url:
        page = _https_link(account.unsubscribe_url, token)
        links.insert(0, f"<{page}>")
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        way_out = f"To stop these emails, open {page} or reply with the word unsubscribe."
    else:
        way_out = "To stop these emails, reply with the word unsubscribe."
    headers["List-Unsubscribe"] = ", ".join(links)
    parts = [text.rstrip()]
    signature = account.signature.strip()
    if signature and signature not in text:
        parts.append(signature)
    if account.postal_address not in text:
        parts.append(f"{account.postal_address}\n{way_out}")
    elif account.unsubscribe_url:
        # The template's own footer (in the prospect's language) has the address and a
        # way out by reply; the one-click page is added under it.
        parts.append(way_out)
    new_text = "\n\n".join(parts) + "\n"
    new_html = None
    if html is not None:
        extra = "".join(f"<p>{html_lib.escape(p).replace(chr(10), '<br>')}</p>" for p in parts[1:])
        closing = html.rfind("</body>")
        new_html = (html[:closing] + extra + html[closing:]) if closing >= 0 else html + extra
    return Footer(new_text, new_html, headers)


__all__ = [
    "SECRET_KEY",
    "SUBJECT_PREFIX",
    "Footer",
    "contact_of_token",
    "footer",
    "unsubscribe_secret",
    "unsubscribe_token",
]
