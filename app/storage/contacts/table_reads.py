"""The contact table's reads for the Lists page, loading SQLAlchemy on their first call.

The Lists page is the window's first page, and ``app.storage.contacts.browse`` loads
SQLAlchemy: importing it while the page is built would put a few hundred milliseconds of
CPU before the first paint. Each function here imports ``browse`` when it is first called,
which is from a worker thread after the window painted, and does what ``browse``'s function
of the same name does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.storage.contacts.browse import SearchScreen
    from app.storage.contacts.table_data import ContactRow, Cursor, IdPage, Scope, Sort


def rows_for_ids(conn: Connection, ids: Sequence[int]) -> dict[int, ContactRow]:
    """``browse.rows_for_ids``: the rows of these contacts, by id."""
    from app.storage.contacts import browse

    return browse.rows_for_ids(conn, ids)


def page_ids(
    conn: Connection, scope: Scope, sort: Sort, *, after: Cursor | None = None, limit: int = 500
) -> IdPage:
    """``browse.page_ids``: the next ``limit`` ids of ``scope`` in ``sort`` after ``after``."""
    from app.storage.contacts import browse

    return browse.page_ids(conn, scope, sort, after=after, limit=limit)


def count(conn: Connection, scope: Scope) -> int:
    """``browse.count``: how many contacts ``scope`` holds."""
    from app.storage.contacts import browse

    return browse.count(conn, scope)


def search_first_screen(conn: Connection, scope: Scope, sort: Sort, *, limit: int) -> SearchScreen:
    """``browse.search_first_screen``: the first screen of a search, read while typing."""
    from app.storage.contacts import browse

    return browse.search_first_screen(conn, scope, sort, limit=limit)


def interruptible(conn: Connection, stop: Callable[[], bool]) -> AbstractContextManager[None]:
    """``browse.interruptible``: statements in the block stop once ``stop()`` is true."""
    from app.storage.contacts import browse

    return browse.interruptible(conn, stop)


def cancelled_if_interrupted(
    raise_if_cancelled: Callable[[], None],
) -> AbstractContextManager[None]:
    """``app.storage.database.cancelled_if_interrupted``: an interrupted read is a cancel."""
    from app.storage.database import cancelled_if_interrupted as report_cancelled

    return report_cancelled(raise_if_cancelled)


__all__ = [
    "cancelled_if_interrupted",
    "count",
    "interruptible",
    "page_ids",
    "rows_for_ids",
    "search_first_screen",
]
