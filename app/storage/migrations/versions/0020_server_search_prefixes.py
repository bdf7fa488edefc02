"""Server search: one- and two-letter word prefixes read from their own index, in id order;
the contact table's name and company orders read from an index on the server too.

PostgreSQL's GIN index gives the contacts matching a prefix only as a bitmap of all of
them, built before the first row is read: for ``a`` at a million contacts that is 370,000
matches, and even a 2-letter prefix such as ``pe`` (40,000) took 50-60 ms per keystroke.
SQLite's FTS5 keeps prefix indexes for exactly this. This adds, on PostgreSQL only:

- ``contacts_fts_prefixes``: (prefix, contact_id) for every one- and two-character start
  of every word of every contact (about 18 rows a contact), with a unique btree index on
  both, so the first matches of a short prefix are one index range in id order and its
  count an index-only range count;
- ``contacts_fts_prefixes_of(tsvector)``: the prefixes of a contact's words (the words
  SQLite's tokenizer made, ``app.storage.server_search``), so the rows follow the words;
- triggers on ``contacts_fts_words`` (one per statement, over the rows it wrote) keeping
  the rows in step with every words row written, changed or deleted (a deleted contact's
  words go by cascade, and its prefixes with them).

The contact table sorts with NULL first, as SQLite does (``ORDER BY last_name NULLS FIRST,
first_name NULLS FIRST, id``); PostgreSQL's default index order puts NULL last, so it read
and sorted every contact for a page deep in the list (780 ms at a million, and 420 ms for
the first screen by company). ``ix_server_contacts_name`` and ``ix_server_companies_name``
have the NULLS FIRST order (read backwards for a descending sort). Models leave them out
(``app.storage.migrate.SERVER_INDEX_PREFIX``): SQLite's own indexes already serve it.

The upgrade fills the table from the words already there. SQLite: nothing (its FTS5 prefix
indexes already answer).

Revision ID: 0020_server_search_prefixes
Revises: 0019_report_first_touch
Create Date: 2026-12-07 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0020_server_search_prefixes"
down_revision: str | None = "0019_report_first_touch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out rather than imported, so this migration keeps meaning what it meant when it
# was written. left() and length() count characters (the database is UTF-8), as Python's
# slicing does; a prefix of whole characters is a prefix of the word's bytes, which is what
# both FTS5 and tsquery's ':*' compare.
_UP = [
    "CREATE TABLE contacts_fts_prefixes (prefix text NOT NULL, contact_id integer NOT NULL)",
    "CREATE FUNCTION contacts_fts_prefixes_of(words tsvector) RETURNS SETOF text "
    # ROWS: about how many a contact has, so a join over a few rows' prefixes is planned
    # as index lookups, not as a scan of the whole table.
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE ROWS 18 AS $$ "
    "SELECT DISTINCT left(w, n) FROM unnest(tsvector_to_array(words)) AS w, "
    "(VALUES (1), (2)) AS k(n) WHERE length(w) >= n $$",
    "INSERT INTO contacts_fts_prefixes (prefix, contact_id) "
    "SELECT p, contact_id FROM contacts_fts_words, contacts_fts_prefixes_of(words) AS p",
    # A plain unique index, not a primary key: a bulk load (copy --to URL) drops and
    # builds it again after the rows, in one sorted pass.
    "CREATE UNIQUE INDEX contacts_fts_prefixes_key ON contacts_fts_prefixes (prefix, contact_id)",
    # Statement-level triggers over the rows a statement wrote: an import's words come
    # in batches of thousands, and one statement per batch costs a fifth of one per row.
    "CREATE FUNCTION contacts_fts_prefixes_added() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO contacts_fts_prefixes (prefix, contact_id) "
    "SELECT p, a.contact_id FROM added a, contacts_fts_prefixes_of(a.words) AS p; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER contacts_fts_prefixes_ai AFTER INSERT ON contacts_fts_words "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT "
    "EXECUTE FUNCTION contacts_fts_prefixes_added()",
    "CREATE FUNCTION contacts_fts_prefixes_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "DELETE FROM contacts_fts_prefixes t USING before b, after a, "
    "contacts_fts_prefixes_of(b.words) AS p WHERE a.contact_id = b.contact_id "
    "AND a.words <> b.words AND t.prefix = p AND t.contact_id = b.contact_id; "
    "INSERT INTO contacts_fts_prefixes (prefix, contact_id) "
    "SELECT p, a.contact_id FROM after a JOIN before b ON b.contact_id = a.contact_id, "
    "contacts_fts_prefixes_of(a.words) AS p WHERE a.words <> b.words; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER contacts_fts_prefixes_au AFTER UPDATE ON contacts_fts_words "
    "REFERENCING OLD TABLE AS before NEW TABLE AS after FOR EACH STATEMENT "
    "EXECUTE FUNCTION contacts_fts_prefixes_changed()",
    "CREATE FUNCTION contacts_fts_prefixes_removed() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN DELETE FROM contacts_fts_prefixes t USING removed r, "
    "contacts_fts_prefixes_of(r.words) AS p WHERE t.prefix = p "
    "AND t.contact_id = r.contact_id; RETURN NULL; END $$",
    "CREATE TRIGGER contacts_fts_prefixes_ad AFTER DELETE ON contacts_fts_words "
    "REFERENCING OLD TABLE AS removed FOR EACH STATEMENT "
    "EXECUTE FUNCTION contacts_fts_prefixes_removed()",
    "CREATE INDEX ix_server_contacts_name ON contacts "
    "(last_name NULLS FIRST, first_name NULLS FIRST, id NULLS FIRST)",
    "CREATE INDEX ix_server_companies_name ON companies "
    "(normalized_name NULLS FIRST, id NULLS FIRST)",
]

_DOWN = [
    "DROP INDEX IF EXISTS ix_server_companies_name",
    "DROP INDEX IF EXISTS ix_server_contacts_name",
    "DROP TRIGGER IF EXISTS contacts_fts_prefixes_ad ON contacts_fts_words",
    "DROP TRIGGER IF EXISTS contacts_fts_prefixes_au ON contacts_fts_words",
    "DROP TRIGGER IF EXISTS contacts_fts_prefixes_ai ON contacts_fts_words",
    "DROP FUNCTION IF EXISTS contacts_fts_prefixes_removed()",
    "DROP FUNCTION IF EXISTS contacts_fts_prefixes_changed()",
    "DROP FUNCTION IF EXISTS contacts_fts_prefixes_added()",
    "DROP TABLE IF EXISTS contacts_fts_prefixes",
    "DROP FUNCTION IF EXISTS contacts_fts_prefixes_of(tsvector)",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _UP:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DOWN:
        op.execute(statement)
