"""The background reads that start the contact table: a first page, and a search's count.

Worker-side parts of ``ContactTableModel`` (``contact_table_model.py``): each function
returns the work of a :class:`~app.ui.jobs.Job`, which a newer search, scope or sort
cancels, interrupting its SQLite statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

# Not ``browse`` or ``database``: they load SQLAlchemy, and the Lists page (the window's
# first page) imports this module before the first paint.
from app.storage.contacts.table_data import ContactRow, IdPage, Scope, Sort
from app.storage.contacts.table_reads import (
    cancelled_if_interrupted,
    count,
    interruptible,
    page_ids,
    rows_for_ids,
)
from app.ui.lists.cells import _Row

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.ui.jobs import JobContext


def plain_rows(rows: dict[int, ContactRow]) -> dict[int, _Row]:
    """Rows as plain tuples for the cache (called in the worker that read them)."""
    return {contact_id: tuple(row) for contact_id, row in rows.items()}


@dataclass(frozen=True)
class FirstPage:
    """The first page of a scope, search or sort, with the rows of its first screen."""

    page: IdPage
    rows: dict[int, _Row]
    #: A search's stand-in screen (matches in id order); the sorted page follows.
    interim: bool = False
    #: How many contacts match the search (None: not known yet).
    matches: int | None = None
    #: True when ``matches`` is exact, False when it is a lower bound.
    exact: bool = False


def first_page_work(
    database: Database, scope: Scope, sort: Sort, limit: int, rows: int
) -> Callable[[JobContext], FirstPage]:
    """Read the first ``limit`` ids of ``scope`` and the rows of the first ``rows``."""

    def work(ctx: JobContext) -> FirstPage:
        with database.reading() as conn, interruptible(conn, ctx.cancelled):
            with cancelled_if_interrupted(ctx.raise_if_cancelled):
                page = page_ids(conn, scope, sort, limit=limit)
                # The first screen's rows come with the ids: the first paint needs no query.
                return FirstPage(page, plain_rows(rows_for_ids(conn, page.ids[:rows])))

    return work


def count_work(database: Database, scope: Scope) -> Callable[[JobContext], int]:
    """Count a search's matches exactly (after its first screen)."""

    def work(ctx: JobContext) -> int:
        with database.reading() as conn, interruptible(conn, ctx.cancelled):
            with cancelled_if_interrupted(ctx.raise_if_cancelled):
                return count(conn, scope)

    return work


__all__ = ["FirstPage", "count_work", "first_page_work", "plain_rows"]
