"""Contact search on PostgreSQL that answers exactly as SQLite's FTS5 index does.

SQLite's index splits text into words with its ``unicode61`` tokenizer (letters, digits
and private-use characters are word characters; case and diacritics folded by its own
tables), and a search word matches the *start* of an indexed word. PostgreSQL has no such
tokenizer (its parser, ``lower()`` and the ``unaccent`` extension each disagree with
SQLite on some letters, and ``unaccent`` needs a privilege a team's login may lack), so
the words are made by SQLite itself: :class:`Tokenizer` feeds text through an in-memory
FTS5 table with the same tokenizer options and reads the words back, with their
positions, from ``fts5vocab``. Both backends therefore fold ``Sánchez`` to ``sanchez``,
``ИВАНОВА`` to ``иванова`` and split ``ivan.petrov@example.com`` the same way.

On the server a contact's words live in ``contacts_fts_words`` as a ``tsvector`` (GIN
index) whose positions keep each field apart; a search word becomes a ``tsquery`` phrase
with a prefix on its last part (``'ivan' <-> 'pet':*``), exactly FTS5's ``"ivan.pet"*``.

GIN gives the matches of a prefix only as a bitmap of all of them, built before the first
row is read (370,000 for ``a`` at a million contacts), so one- and two-letter search words
are read instead from ``contacts_fts_prefixes`` (prefix, contact_id; a btree, in id order:
migration ``0020_server_search_prefixes``), which triggers keep from the words; how a
query mixes the two is :class:`ServerQuery`.

Keeping the words current: triggers (migration ``0017_server_search``) put the id of every
contact whose name, email, title or company changed into ``contacts_fts_stale``, in the
writing transaction; :func:`refresh_stale` turns those ids into words before that same
transaction commits (``Database.transaction`` calls it), so a search never sees a change
without its words.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import text
from sqlalchemy.engine import Connection

__all__ = [
    "INDEX_ROWS_SELECT",
    "PREFIXES_TABLE",
    "SERVER_SEARCH_TABLES",
    "SHORT_PREFIX",
    "STALE_TABLE",
    "WORDS_TABLE",
    "ServerQuery",
    "Tokenizer",
    "contact_words",
    "rebuild_words",
    "refresh_stale",
    "server_query",
    "tsquery_for",
]

#: One row per contact: ``contact_id``, ``words`` (tsvector, GIN-indexed).
WORDS_TABLE: Final = "contacts_fts_words"
#: Ids of contacts whose words must be made again (filled by triggers).
STALE_TABLE: Final = "contacts_fts_stale"
#: (prefix, contact_id) for every one- and two-character start of a contact's words
#: (migration 0020), kept from the words by triggers on :data:`WORDS_TABLE`.
PREFIXES_TABLE: Final = "contacts_fts_prefixes"
#: Search words this long or shorter are read from :data:`PREFIXES_TABLE`.
SHORT_PREFIX: Final = 2
#: The server's search tables (a copy loads them in bulk, indexes built after).
SERVER_SEARCH_TABLES: Final = (WORDS_TABLE, PREFIXES_TABLE)

#: The index's fields, in the order of SQLite's ``contacts_fts`` columns.
FIELDS: Final = ("name", "email", "company", "title")
#: Positions of field k start at k * FIELD_SPAN + 1, so a phrase never spans two fields
#: (tsvector positions stop at 16,383; a field's words past FIELD_SPAN - 1 share the last).
FIELD_SPAN: Final = 4096
#: Contacts turned into words per round trip.
BATCH: Final = 5000

# The tokenizer options of SQLite's contacts_fts (migration 0001); the prefix indexes
# only make SQLite faster and change no answer.
_TOKENIZE = "unicode61 remove_diacritics 2"


class Tokenizer:
    """SQLite's word splitting and folding, used for the server's index and queries.

    One in-memory SQLite database per thread (sqlite3 connections are not shared across
    threads); a contentless FTS5 table takes a batch of texts and ``fts5vocab`` gives back
    every word with its field and position.
    """

    _local = threading.local()

    @classmethod
    def _conn(cls) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(cls._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(":memory:")
            columns = ", ".join(FIELDS)
            conn.execute(
                f"CREATE VIRTUAL TABLE t USING fts5({columns}, content='', "
                f"tokenize = '{_TOKENIZE}')"
            )
            conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
            cls._local.conn = conn
        return conn

    @classmethod
    def words(cls, rows: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """For each row of field texts, its words as (field index, position, word)."""
        conn = cls._conn()
        out: list[list[tuple[int, int, str]]] = [[] for _ in rows]
        field_index = {name: i for i, name in enumerate(FIELDS)}
        with conn:
            conn.executemany(
                "INSERT INTO t(rowid, name, email, company, title) VALUES (?, ?, ?, ?, ?)",
                [(i, *(list(row) + [""] * (4 - len(row)))) for i, row in enumerate(rows)],
            )
            for term, doc, col, offset in conn.execute("SELECT term, doc, col, offset FROM v"):
                out[doc].append((field_index[col], offset, term))
            conn.execute("INSERT INTO t(t) VALUES ('delete-all')")
        return out

    @classmethod
    def split(cls, text_: str) -> list[str]:
        """The words of one text, in order."""
        found = cls.words([(text_,)])[0]
        return [term for _field, _pos, term in sorted(found)]


def tsvector_literal(words: Iterable[tuple[int, int, str]]) -> str:
    """A tsvector in PostgreSQL's text form: every word with its positions, fields apart."""
    positions: dict[str, list[int]] = {}
    for field, offset, term in words:
        position = field * FIELD_SPAN + 1 + min(offset, FIELD_SPAN - 2)
        positions.setdefault(term, []).append(position)
    # unicode61 never makes a word of quotes or backslashes (they are punctuation), so the
    # words need no escaping inside the quotes.
    return " ".join(
        "'" + term + "':" + ",".join(str(p) for p in sorted(found))
        for term, found in positions.items()
    )


def _phrases(terms: Sequence[str]) -> list[list[str]]:
    """Each search word's parts as FTS5 makes them of ``"word"*`` (words with none left out:
    FTS5 leaves ``@`` out too)."""
    return [parts for parts in (Tokenizer.split(term) for term in terms) if parts]


def _tsquery(phrases: Sequence[Sequence[str]], *, prefix_last: bool = True) -> str:
    out = []
    for parts in phrases:
        quoted = ["'" + part + "'" for part in parts]
        if prefix_last:
            quoted[-1] += ":*"
        out.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(out)


def tsquery_for(terms: Sequence[str]) -> str | None:
    """The tsquery for the search words, or None when nothing is left to look for.

    Each word is what FTS5 makes of ``"word"*``: its parts as a phrase, the last one a
    prefix. A word with no parts (``@``) is left out, as FTS5 leaves it out; when no word
    has parts, FTS5 matches nothing, and so does None here.
    """
    phrases = _phrases(terms)
    return _tsquery(phrases) if phrases else None


@dataclass(frozen=True)
class ServerQuery:
    """How the server finds the contacts matching the search words.

    Attributes:
        full: the exact tsquery (:func:`tsquery_for`): every match satisfies it.
        indexed: what the GIN index looks up, or None when :data:`PREFIXES_TABLE` drives.
            A short last part (``'p':*`` of ``ivan.p``) would make GIN gather every word
            starting with ``p``, so a phrase ending in one is looked up by its whole words
            only and ``full`` checks the rest on the rows found.
        prefixes: the one- and two-character words, read from :data:`PREFIXES_TABLE` (in
            id order, no bitmap); when ``indexed`` is None they are the whole query.
    """

    full: str
    indexed: str | None
    prefixes: tuple[str, ...]

    def matches_sql(self) -> str:
        """A SELECT of the matching ``contact_id`` s.

        Its rows come in id order when read with ``ORDER BY contact_id``: both ways read
        an index whose order is the contact's id. The words are in the text, not bound:
        psycopg prepares a statement run five times, and PostgreSQL may then plan it once
        for any words, e.g. a GIN bitmap where ``mar`` (a fifth of all contacts) is found
        a hundred times faster by reading rows until 2,001 match.
        """
        if self.indexed is None:
            joins = [
                f"JOIN {PREFIXES_TABLE} p{k} ON p{k}.contact_id = p0.contact_id "
                f"AND p{k}.prefix = {_literal(prefix)}"
                for k, prefix in enumerate(self.prefixes)
                if k > 0
            ]
            return (
                f"SELECT p0.contact_id FROM {PREFIXES_TABLE} p0 {' '.join(joins)} "
                f"WHERE p0.prefix = {_literal(self.prefixes[0])}"
            )
        sql = (
            f"SELECT contact_id FROM {WORDS_TABLE} WHERE words @@ {_literal(self.indexed)}::tsquery"
        )
        if self.indexed != self.full:
            # The function, not the operator: the planner must not look this one up in the
            # GIN index too (that is the bitmap this avoids), only test the rows found.
            sql += f" AND ts_match_vq(words, {_literal(self.full)}::tsquery)"
        return sql


def _literal(value: str) -> str:
    """An SQL string literal of search words (letters, digits, our own quotes and
    operators: the tokenizer keeps no backslash, percent sign or colon in a word)."""
    return "'" + value.replace("'", "''") + "'"


def server_query(terms: Sequence[str]) -> ServerQuery | None:
    """How to find what the search words match on the server (None: nothing can match)."""
    phrases = _phrases(terms)
    if not phrases:
        return None
    full = _tsquery(phrases)
    short = [p for p in phrases if len(p) == 1 and len(p[0]) <= SHORT_PREFIX]
    prefixes = tuple(dict.fromkeys(p[0] for p in short))
    rest = [p for p in phrases if not (len(p) == 1 and len(p[0]) <= SHORT_PREFIX)]
    if not rest:
        return ServerQuery(full=full, indexed=None, prefixes=prefixes)
    looked_up: list[str] = []
    for parts in rest:
        if len(parts[-1]) > SHORT_PREFIX:
            looked_up.append(_tsquery([parts]))
        else:
            # Its whole words only (there is at least one: a single short part is short).
            looked_up.append(_tsquery([[w] for w in parts[:-1]], prefix_last=False))
    return ServerQuery(full=full, indexed=" & ".join(looked_up), prefixes=prefixes)


#: The index rows of contacts (id, name, email, company, title), set-wise; the same
#: expressions as the triggers of migration 0007 (the name once when the full name is just
#: "First Last"). SQLite's refill (``app.storage.search_index``) and the server's words
#: read the same rows.
INDEX_ROWS_SELECT = (
    "SELECT c.id, CASE WHEN coalesce(c.full_name, '') = '' OR c.full_name = "
    "trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "THEN trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')) "
    "ELSE trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '') || ' ' "
    "|| c.full_name) END, coalesce(c.email, c.email_raw, ''), "
    "coalesce(co.name, ''), coalesce(c.title, '') "
    "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
)


def contact_words(conn: Connection, ids: Sequence[int]) -> list[tuple[int, str]]:
    """(id, tsvector text) for the contacts with these ids that still exist."""
    if not ids:
        return []
    rows = conn.execute(
        text(INDEX_ROWS_SELECT + " WHERE c.id = ANY(:ids)"), {"ids": list(ids)}
    ).all()
    made = Tokenizer.words([tuple(str(v) for v in row[1:]) for row in rows])
    return [(int(row[0]), tsvector_literal(found)) for row, found in zip(rows, made, strict=True)]


def _store(conn: Connection, docs: Sequence[tuple[int, str]]) -> None:
    if not docs:
        return
    conn.execute(
        text(
            f"INSERT INTO {WORDS_TABLE} (contact_id, words) "
            "SELECT d.id, CAST(d.words AS tsvector) "
            "FROM unnest(CAST(:ids AS integer[]), CAST(:words AS text[])) AS d(id, words) "
            "ON CONFLICT (contact_id) DO UPDATE SET words = excluded.words"
        ),
        {"ids": [d[0] for d in docs], "words": [d[1] for d in docs]},
    )


def refresh_stale(conn: Connection) -> int:
    """Make the words of every contact marked stale; return how many were made.

    Called inside the writing transaction, so the words commit with the change. Rows
    another transaction is refreshing right now are skipped (it will store them).
    """
    total = 0
    while True:
        ids = [
            int(r[0])
            for r in conn.exec_driver_sql(
                f"DELETE FROM {STALE_TABLE} WHERE contact_id IN (SELECT contact_id "
                f"FROM {STALE_TABLE} ORDER BY contact_id LIMIT {BATCH} "
                "FOR UPDATE SKIP LOCKED) RETURNING contact_id"
            )
        ]
        if not ids:
            return total
        _store(conn, contact_words(conn, ids))
        total += len(ids)


def rebuild_words(conn: Connection) -> None:
    """Make every contact's words, and their prefixes, again (after a copy or a bulk load).

    Batches of contacts are read, turned into words and sent with ``COPY`` (the table was
    emptied first, so nothing conflicts); the prefixes are then made in one statement, with
    their triggers off meanwhile (they would make them batch by batch).
    """
    from app.storage.team.bulk_load import driver_connection

    prefixes = conn.exec_driver_sql(f"SELECT to_regclass('{PREFIXES_TABLE}')").scalar() is not None
    if prefixes:
        # (The words table's only triggers are the ones keeping the prefixes.)
        conn.exec_driver_sql(f"ALTER TABLE {WORDS_TABLE} DISABLE TRIGGER USER")
        conn.exec_driver_sql(f"DELETE FROM {PREFIXES_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {STALE_TABLE}")
    conn.exec_driver_sql(f"DELETE FROM {WORDS_TABLE}")
    raw = driver_connection(conn)
    after = -1
    while True:
        rows = conn.execute(
            text(INDEX_ROWS_SELECT + f" WHERE c.id > :after ORDER BY c.id LIMIT {BATCH}"),
            {"after": after},
        ).all()
        if not rows:
            break
        made = Tokenizer.words([tuple(str(v) for v in row[1:]) for row in rows])
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY {WORDS_TABLE} (contact_id, words) FROM STDIN") as copy,
        ):
            for row, found in zip(rows, made, strict=True):
                copy.write_row((int(row[0]), tsvector_literal(found)))
        after = int(rows[-1][0])
    if prefixes:
        conn.exec_driver_sql(
            f"INSERT INTO {PREFIXES_TABLE} (prefix, contact_id) SELECT p, contact_id "
            f"FROM {WORDS_TABLE}, contacts_fts_prefixes_of(words) AS p"
        )
        conn.exec_driver_sql(f"ALTER TABLE {WORDS_TABLE} ENABLE TRIGGER USER")
