"""Instant contact search over the full-text index (SQLite FTS5, kept by triggers).

The user's text is never handed to FTS5's query language as it is: every word becomes a
quoted prefix term (``"ivan"*``), so quotes, ``AND``/``NOT``/``NEAR``, colons and
parentheses in a search box are just text. Results are contact ids in pages, ordered by
id so the caller can page by keyset (``after_id``) instead of OFFSET.

On PostgreSQL (team mode) the same functions fall back to case-insensitive matching.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

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


def _server_where(terms: list[str]) -> tuple[str, dict[str, str]]:
    clauses = []
    params: dict[str, str] = {}
    for i, term in enumerate(terms):
        key = f"t{i}"
        params[key] = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            f"(c.full_name ILIKE :{key} OR c.email ILIKE :{key} OR c.title ILIKE :{key} "
            f"OR co.name ILIKE :{key})"
        )
    return " AND ".join(clauses), params


def count_matches(conn: Connection, query: str) -> int:
    """How many contacts match ``query``."""
    if conn.dialect.name == "sqlite":
        expr = fts_match_expression(query)
        if expr is None:
            return 0
        sql = "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH :q"
        return int(conn.execute(text(sql), {"q": expr}).scalar_one())
    terms = search_terms(query)
    if not terms:
        return 0
    where, params = _server_where(terms)
    sql = (
        "SELECT count(*) FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
        f"WHERE {where}"
    )
    return int(conn.execute(text(sql), params).scalar_one())


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
    terms = search_terms(query)
    if not terms:
        return []
    where, params = _server_where(terms)
    sql = (
        "SELECT c.id FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
        f"WHERE {where} AND c.id > :after ORDER BY c.id LIMIT :limit"
    )
    rows = conn.execute(text(sql), {**params, "after": start, "limit": limit})
    return [int(r[0]) for r in rows]


#: The index rows of contacts, set-wise; the same expressions as the triggers of
#: migration 0007 (the name once when the full name is just "First Last").
INDEX_CONTACTS_SQL = (
    "INSERT INTO contacts_fts(rowid, name, email, company, title) "
    "SELECT c.id, CASE WHEN coalesce(c.full_name, '') = '' OR c.full_name = "
    "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "THEN trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "ELSE trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' "
    "|| c.full_name) END, coalesce(c.email, c.email_raw, ''), "
    "coalesce(co.name, ''), coalesce(c.title, '') "
    "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
)
#: :data:`INDEX_CONTACTS_SQL` for the contacts with ids from ``?`` to ``?``.
INDEX_CONTACT_RANGE_SQL = INDEX_CONTACTS_SQL + " WHERE c.id BETWEEN ? AND ?"


def rebuild_search_index(conn: Connection) -> None:
    """Refill the index from the contacts table (after a bulk load with triggers off)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql("DELETE FROM contacts_fts")
    conn.exec_driver_sql(INDEX_CONTACTS_SQL)
