"""Shared set-up of the sending tests: an account, a rep, prospects in a two-email cadence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.storage import tables
from app.storage.cadences import RepInfo, add_rep, enroll, import_cadence
from app.storage.database import Database
from app.storage.mail.accounts import SmtpAccount, save_smtp_account, set_smtp_password
from tests.cadences_data import MONDAY, add_contact

PASSWORD = "Smtp-pw-5f1e-Ωmega"
POSTAL = "Seller Ltd, Gedimino pr. 1, LT-01103 Vilnius"
#: Monday 10:00 in Vilnius: the first email is due.
SEND_AT = MONDAY + dt.timedelta(hours=1)

#: Two emails: a new thread on day 1 and a reply in it on day 2 (inline templates).
TWO_EMAILS = """{"format_version": 1, "name": "Two emails", "steps": [
  {"day": 1, "channel": "email", "thread": "new",
   "template": "Subject: A plan for {{ company | default('your team') }}\\n\\nHello {{ first_name }},\\nshall we talk?"},
  {"day": 2, "channel": "email", "thread": "reply",
   "template": "Subject: ignored for a reply\\n\\nJust following up, {{ first_name }}."}
]}"""  # noqa: E501 - the cadence file reads best as written


#: The same cadence with its first email marked "review first" (it waits in Today).
REVIEWED = TWO_EMAILS.replace('"thread": "new",', '"thread": "new", "review": true,').replace(
    '"Two emails"', '"Two emails, reviewed"'
)


def account(server_port: int, **changes: Any) -> SmtpAccount:
    values: dict[str, Any] = {
        "host": "127.0.0.1", "port": server_port, "security": "starttls", "user": "anna",
        "from_address": "anna@seller.example", "display_name": "Anna Berg",
        "postal_address": POSTAL, "unsubscribe_url": "https://seller.example/unsubscribe",
    }  # fmt: skip
    values.update(changes)
    return SmtpAccount(**values)


def set_up_account(db: Database, server_port: int, **changes: Any) -> SmtpAccount:
    saved = account(server_port, **changes)
    save_smtp_account(db, saved)
    set_smtp_password(saved, PASSWORD)
    return saved


def enroll_prospects(db: Database, count: int = 1, **contact: Any) -> tuple[RepInfo, list[int]]:
    """``count`` Lithuanian prospects enrolled on Monday 08:00 UTC in the two-email cadence."""
    import_cadence(db, TWO_EMAILS)
    rep = add_rep(db, "Anna Berg", "anna@seller.example", time_zone="Europe/Vilnius").rep
    ids = []
    for i in range(count):
        values = {
            "first_name": f"Jurgis{i}" if count > 1 else "Jurgis",
            "email": f"p{i}@example.lt",
            "email_key": f"p{i}@example.lt",
        }
        values.update(contact)
        ids.append(add_contact(db, **values))
    enroll(db, "Two emails", ids, rep, MONDAY)
    return rep, ids


def outbox_rows(db: Database) -> list[Any]:
    with db.reading() as conn:
        return list(conn.execute(select(tables.outbox).order_by(tables.outbox.c.id)))


def contact_row(db: Database, contact_id: int) -> Any:
    with db.reading() as conn:
        c = tables.contacts
        return conn.execute(select(c).where(c.c.id == contact_id)).one()
