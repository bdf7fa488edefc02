"""Reading the mailbox: what a received message is and what it means for a prospect.

Feature ``inbox`` (docs/email.md, "Replies, bounces and opt-outs"). Pure rules, no I/O:

- :mod:`.message`: parse raw header or full bytes into :class:`MessageFacts`, robustly;
- :mod:`.text`: the new text of a reply (quoted history cut off) and its first lines;
- :mod:`.autoreply`: RFC 3834 headers and out-of-office subjects in five languages;
- :mod:`.dates`: the return date an out-of-office message names;
- :mod:`.bounces`: delivery failures (RFC 3464 and common non-standard formats);
- :mod:`.unsubscribe`: an opt-out asked for in a reply;
- :mod:`.classify`: the decision, one :class:`Verdict` per message;
- :mod:`.source`: the protocol a mailbox (the IMAP adapter) offers the check.
"""

from app.core.inbox.classify import Verdict, classify, is_candidate
from app.core.inbox.message import MessageFacts, parse_facts, parse_message
from app.core.inbox.source import Mailbox, MailboxState

__all__ = [
    "Mailbox",
    "MailboxState",
    "MessageFacts",
    "Verdict",
    "classify",
    "is_candidate",
    "parse_facts",
    "parse_message",
]
