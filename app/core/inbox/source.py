"""What the mailbox check needs from a mailbox (the IMAP adapter implements it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class MailboxState:
    """A folder as SELECT reports it.

    Attributes:
        uidvalidity: Changes when the server renumbered the folder (UIDs start over).
        uidnext: The UID the next message will get; every existing UID is below it.
        exists: How many messages the folder holds.
    """

    uidvalidity: int
    uidnext: int
    exists: int


class Mailbox(Protocol):
    """One opened folder of one account."""

    def state(self) -> MailboxState:
        """The folder's UIDVALIDITY, UIDNEXT and size (from SELECT)."""
        ...

    def uids_after(self, last_uid: int) -> list[int]:
        """The UIDs above ``last_uid``, ascending."""
        ...

    def headers(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """``(uid, raw header bytes)`` of the messages, in batches, without marking them read."""
        ...

    def bodies(self, uids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """``(uid, raw message bytes)`` of the messages, without marking them read."""
        ...


__all__ = ["Mailbox", "MailboxState"]
