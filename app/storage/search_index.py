"""Instant contact search over the full-text index (SQLite FTS5, kept by triggers).

The user's text is never handed to FTS5's query language as it is: every word becomes a
quoted prefix term (``"ivan"*``), so quotes, ``AND``/``NOT``/``NEAR``, colons and
parentheses in a search box are just text. Results are contact ids in pages, ordered by
id so the caller can page by keyset (``after_id``) instead of OFFSET.

On PostgreSQL (team mode) the same functions give the same answers from a tsvector index
whose words SQLite's own tokenizer made (``app.storage.server_search``).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.storage.server_search import (
    INDEX_ROWS_SELECT,
    ServerQuery,
    rebuild_words,
    server_query,
)

# A "word" for the search box: letters, digits and the characters people type inside
# emails and names. Everything else separates words.
_WORD = re.compile(r"[\w@.+'-]+", re.UNICODE)
_MAX_TERMS = 8


def search_terms(query: str) -> list[str]:
    """Split what the user typed into search words (at most eight)."""
    return [w.strip(".'-") for w in _WORD.findall(query) if w.strip(".'-")][:_MAX_TERMS]


def fts_match_expression(query: str) -> str | None:
    """Build a safe FTS5 MATCH expression: every word a quoted prefix term, all required."""
    terms = search_terms(query)
    if not terms:
        return None
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def server_search(query: str) -> ServerQuery | None:
    """How the server finds what the user typed (None: nothing can match)."""
    return server_query(search_terms(query))


def count_matches(conn: Connection, query: str) -> int:
    """How many contacts match ``query``."""
    if conn.dialect.name == "sqlite":
        expr = fts_match_expression(query)
        if expr is None:
            return 0
        sql = "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH :q"
        return int(conn.execute(text(sql), {"q": expr}).scalar_one())
    found = server_search(query)
    if found is None:
        return 0
    sql = f"SELECT count(*) FROM ({found.matches_sql()}) AS m"
    return int(conn.exec_driver_sql(sql).scalar_one())


def search_contact_ids(
    conn: Connection, query: str, *, limit: int = 200, after_id: int | None = None
) -> list[int]:
    """Return up to ``limit`` ids of contacts matching ``query``, ascending, after ``after_id``.

    Args:
        conn: an open connection.
        query: what the user typed; every word must match the start of a word in the
            contact's name, email, company or title.
        limit: the page size.
        after_id: the last id of the previous page (keyset paging).
    """
    start = after_id if after_id is not None else -1
    if conn.dialect.name == "sqlite":
        expr = fts_match_expression(query)
        if expr is None:
            return []
        sql = (
            "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q AND rowid > :after "
            "ORDER BY rowid LIMIT :limit"
        )
        rows = conn.execute(text(sql), {"q": expr, "after": start, "limit": limit})
        return [int(r[0]) for r in rows]
    found = server_search(query)
    if found is None:
        return []
    sql = (
        f"SELECT contact_id FROM ({found.matches_sql()}) AS m "
        f"WHERE contact_id > {int(start)} ORDER BY contact_id LIMIT {int(limit)}"
    )
    # Fetched at once: psycopg hands out 2,000 rows one by one ten times slower.
    return [int(r[0]) for r in conn.exec_driver_sql(sql).all()]


def some_contact_ids(conn: Connection, query: str, *, limit: int) -> list[int]:
    """Up to ``limit`` ids matching ``query``, ascending, but not necessarily the lowest.

    On SQLite these are the lowest (the index is read in id order anyway), and so on
    PostgreSQL when only one- and two-letter words were typed (their prefix index is read
    in id order too). Otherwise the GIN index gives matches in no order: reading the first
    ``limit`` of them stops early, while asking for the lowest ids would read and sort
    every match. When fewer than ``limit`` come back, they are every match on both
    backends.
    """
    if conn.dialect.name == "sqlite":
        return search_contact_ids(conn, query, limit=limit)
    found = server_search(query)
    if found is None:
        return []
    if found.indexed is None:
        return search_contact_ids(conn, query, limit=limit)
    sql = f"{found.matches_sql()} LIMIT {int(limit)}"
    return sorted(int(r[0]) for r in conn.exec_driver_sql(sql).all())


#: The index rows of contacts: ``INDEX_ROWS_SELECT`` (in ``app.storage.server_search``,
#: which makes the server's words from the same rows).
INDEX_CONTACTS_SQL = (
    "INSERT INTO contacts_fts(rowid, name, email, company, title) " + INDEX_ROWS_SELECT
)
#: :data:`INDEX_CONTACTS_SQL` for the contacts with ids from ``?`` to ``?``.
INDEX_CONTACT_RANGE_SQL = INDEX_CONTACTS_SQL + " WHERE c.id BETWEEN ? AND ?"


def rebuild_search_index(conn: Connection) -> None:
    """Refill the index from the contacts table (after a bulk load with triggers off)."""
    if conn.dialect.name != "sqlite":
        rebuild_words(conn)
        return
    conn.exec_driver_sql("DELETE FROM contacts_fts")
    conn.exec_driver_sql(INDEX_CONTACTS_SQL)
