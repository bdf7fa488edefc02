"""One email written to one prospect (the composer's "Send now" / "Queue") into the outbox.

Such an email is no cadence step, but it is still prospecting mail: it carries the same
``List-Unsubscribe`` headers and foot (unsubscribe line, postal address) as cadence emails,
and it is refused for a prospect on the do-not-contact list or without an address. It goes
out with the next sending run (the window's "Send now" starts one at once).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.core.ops import Changes
from app.storage import tables
from app.storage.mail.accounts import smtp_account_in
from app.storage.mail.compliance import footer, unsubscribe_secret, unsubscribe_token
from app.storage.mail.errors import MailStoreError
from app.storage.mail.messages import NewMessage, insert_message
from app.storage.suppressions import is_suppressed

if TYPE_CHECKING:
    from app.storage.database import Database


def queue_for_contact(
    db: Database,
    contact_id: int,
    *,
    subject: str,
    text: str,
    html: str | None,
    now: dt.datetime,
    template_id: int | None = None,
    variant: str | None = None,
    language: str | None = None,
) -> tuple[int, Changes]:
    """Queue an email the user wrote (or edited) for one contact.

    Returns:
        The outbox id and the change.

    Raises:
        MailStoreError: ``no_account``, ``no_postal_address``, ``no_email``,
            ``do_not_contact`` or ``line_break``; nothing was queued.
    """
    c = tables.contacts
    with db.reading() as conn:
        contact = conn.execute(
            select(c.c.email, c.c.full_name, c.c.do_not_contact, c.c.owner_id).where(
                c.c.id == contact_id
            )
        ).first()
    if contact is None or not contact.email:
        raise MailStoreError("no_email")
    address = str(contact.email)
    domain = address.rpartition("@")[2]
    if (
        contact.do_not_contact
        or is_suppressed(db, "email", address)
        or (domain and is_suppressed(db, "domain", domain))
    ):
        raise MailStoreError("do_not_contact")
    with db.transaction() as conn:
        account = smtp_account_in(conn)
        if account is None:
            raise MailStoreError("no_account")
        if not account.postal_address:
            raise MailStoreError("no_postal_address")
        token = unsubscribe_token(unsubscribe_secret(conn), contact_id)
        foot = footer(account, token, text, html)
        new_id, _ = insert_message(
            conn,
            NewMessage(
                to=address, to_name=str(contact.full_name or ""), subject=subject,
                text=foot.text, html=foot.html, kind="manual", contact_id=contact_id,
                rep_id=contact.owner_id, headers=foot.headers, template_id=template_id,
                variant=variant, language=language,
            ),
            account.from_address,
            now,
        )  # fmt: skip
    return new_id, Changes.of({"outbox"}, ids={"outbox": [new_id]}, operation="queue_email")


__all__ = ["queue_for_contact"]
