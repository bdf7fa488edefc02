"""The one operations contract every long or multi-row operation honours, in every layer.

A long operation (an import, a validation run, a duplicate search, a demo load, an export,
a backup, a rescore) takes the same two things from its caller and raises the same one
exception when told to stop:

- a :class:`CancelToken`, which the caller (a GUI job, Ctrl+C in the CLI, a test) cancels
  and the operation checks between steps;
- a :data:`Progress` callback, ``progress(done, total)``, where ``total == 0`` means "not
  known yet" (a busy bar);
- :class:`OperationCancelled`, raised by the operation once it has undone whatever it had
  started, so that "cancelled" always means "the database is exactly as before".

Every write returns a :class:`Changes` value: which tables and ids it touched and, where it
can be undone as a unit, the change set or import batch that undoes it. The GUI's job
helper broadcasts each ``Changes`` and every page refreshes from it; shared-file polling and
PostgreSQL notifications feed the same broadcast, so other people's edits refresh the same
way (after Anki's ``OpChanges`` and ``operation_did_execute``).

Nothing here imports Qt or SQLAlchemy: the contract is plain Python, so core, storage, the
CLI and the GUI all speak it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

#: ``progress(done, total)``; ``total == 0`` means the total is not known yet.
Progress = Callable[[int, int], None]


class OperationCancelled(Exception):  # noqa: N818 - a request honoured, not a failure
    """Raised by an operation that stopped because its :class:`CancelToken` was cancelled.

    Whoever raises it has already rolled back what it started: a cancelled operation leaves
    the database exactly as it found it.
    """


class CodedError(ValueError):
    """A refused operation as a code and its arguments, never a sentence; nothing was written.

    Each domain subclasses it with its codes listed in its module (``MailStoreError``,
    ``CadenceStoreError``…); the CLI words the codes in ``app.commands.messages*`` and the
    GUI with ``tr()``.

    Attributes:
        code: One of the subclass's codes.
        arguments: The values the code names (ints for numbers, strings for the rest).
    """

    def __init__(self, code: str, arguments: Mapping[str, str | int] | None = None) -> None:
        self.code = code
        self.arguments: dict[str, str | int] = dict(arguments or {})
        super().__init__(code, self.arguments)


class CancelToken:
    """A thread-safe "please stop" flag, set by one thread and checked by another.

    The GUI thread (or a signal handler) calls :meth:`cancel`; the worker checks
    :attr:`cancelled` or calls :meth:`raise_if_cancelled` between steps.
    """

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise :class:`OperationCancelled` once :meth:`cancel` was called."""
        if self._event.is_set():
            raise OperationCancelled

    def __repr__(self) -> str:
        return f"CancelToken(cancelled={self.cancelled})"


def check_cancelled(token: CancelToken | None) -> None:
    """Raise :class:`OperationCancelled` when ``token`` is given and was cancelled."""
    if token is not None:
        token.raise_if_cancelled()


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call ``progress`` when one was given (saves an ``if`` at every call site)."""
    if progress is not None:
        progress(done, total)


def scaled_progress(
    progress: Progress | None, start: int, share: int, scale: int = 100
) -> Progress | None:
    """A :data:`Progress` for one phase of a longer operation.

    The phase's own ``done/total`` is mapped onto ``start … start + share`` of ``scale``,
    so a three-phase operation reports one bar that moves forward only.

    Args:
        progress: the whole operation's callback, or None.
        start: where this phase begins on the ``0 … scale`` bar.
        share: how much of the bar the phase covers.
        scale: the bar's length (100 by default: percent).
    """
    if progress is None:
        return None
    outer = progress

    def phase(done: int, total: int) -> None:
        fraction = done / total if total else 0.0
        outer(start + int(share * min(max(fraction, 0.0), 1.0)), scale)

    return phase


def _frozen_ids(ids: Mapping[str, Iterable[int]] | None) -> dict[str, frozenset[int]]:
    return {table: frozenset(values) for table, values in (ids or {}).items()}


@dataclass(frozen=True)
class Changes:
    """What one write changed, for refreshing screens and for undo.

    Attributes:
        tables: every table the write touched.
        ids: for tables where the touched rows are known, their ids; a table in
            ``tables`` but not in ``ids`` means "any row may have changed" (a bulk load).
        operation: a code naming what happened ("import", "bulk_fix", "merge", "delete",
            "bulk_edit", "do_not_contact", "demo", "restore", ...). The UI turns it into
            words through ``tr()``; storage never composes sentences.
        count: how many records the operation changed, for "Undo merge of 3 contacts".
        change_set_id: the change set that undoes this write as a unit, if any.
        import_batch_id: the import batch that undoes this write as a unit, if any.
        source: "local" for the user's own writes; "remote" for changes other people made
            to a shared database (polling or notifications), which are not undoable here.
    """

    tables: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    operation: str = ""
    count: int = 0
    change_set_id: int | None = None
    import_batch_id: int | None = None
    source: str = "local"

    @classmethod
    def of(
        cls,
        tables: Iterable[str],
        *,
        ids: Mapping[str, Iterable[int]] | None = None,
        operation: str = "",
        count: int = 0,
        change_set_id: int | None = None,
        import_batch_id: int | None = None,
        source: str = "local",
    ) -> Changes:
        """Build a value from plain iterables (``Changes.of({"contacts"}, ids=...)``)."""
        frozen = _frozen_ids(ids)
        return cls(
            tables=frozenset(tables) | frozenset(frozen),
            ids=frozen,
            operation=operation,
            count=count,
            change_set_id=change_set_id,
            import_batch_id=import_batch_id,
            source=source,
        )

    @property
    def empty(self) -> bool:
        """True when nothing was changed."""
        return not self.tables

    @property
    def undoable(self) -> bool:
        """True when one undo can take the whole write back."""
        return self.source == "local" and (
            self.change_set_id is not None or self.import_batch_id is not None
        )

    def touches(self, *tables: str) -> bool:
        """True when the write touched any of ``tables``."""
        return not self.tables.isdisjoint(tables)

    def ids_in(self, table: str) -> frozenset[int] | None:
        """The touched ids of ``table``; None when unknown (any row may have changed)."""
        if table not in self.tables:
            return frozenset()
        return self.ids.get(table)

    def merged(self, other: Changes) -> Changes:
        """Both writes' changes as one value (the later write's undo and name win)."""
        ids: dict[str, frozenset[int]] = {}
        for table in self.tables | other.tables:
            mine, theirs = self.ids_in(table), other.ids_in(table)
            # Unknown on either side stays unknown: a screen must then reload the table.
            if mine is not None and theirs is not None:
                ids[table] = mine | theirs
        return Changes(
            tables=self.tables | other.tables,
            ids=ids,
            operation=other.operation or self.operation,
            count=self.count + other.count,
            change_set_id=other.change_set_id or self.change_set_id,
            import_batch_id=other.import_batch_id or self.import_batch_id,
            source=other.source if other.source == self.source else "local",
        )


@runtime_checkable
class HasChanges(Protocol):
    """A write's result that carries its :class:`Changes` besides other figures.

    The GUI's job helper broadcasts ``result.changes`` for such results, and ``result``
    itself when it is a ``Changes`` (after Anki's ``HasChangesProperty``).
    """

    @property
    def changes(self) -> Changes: ...


#: The value of a write that changed nothing.
NO_CHANGES = Changes()

__all__ = [
    "NO_CHANGES",
    "CancelToken",
    "Changes",
    "CodedError",
    "HasChanges",
    "OperationCancelled",
    "Progress",
    "check_cancelled",
    "report",
    "scaled_progress",
]
