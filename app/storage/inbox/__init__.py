"""Storage of the mailbox check: where the check stopped, whom a message is from, and what
a reply, an automatic reply, a bounce or an opt-out changes.

Feature ``inbox`` (docs/email.md, "Replies, bounces and opt-outs")::

    from app.storage.inbox import check_mailbox
    result = check_mailbox(db, mailbox, settings.position_key, now)

The mailbox is anything with the :class:`app.core.inbox.Mailbox` protocol (the IMAP
adapter); storage never opens a connection itself.
"""

from app.storage.inbox.check import CheckItem, CheckResult, check_mailbox
from app.storage.inbox.position import MailboxPosition, load_position, save_position

__all__ = [
    "CheckItem",
    "CheckResult",
    "MailboxPosition",
    "check_mailbox",
    "load_position",
    "save_position",
]
