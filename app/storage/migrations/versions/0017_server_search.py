"""Search on PostgreSQL gives the same answers as SQLite's FTS5, as fast.

Until now a server searched with ``ILIKE '%…%'`` over four columns: it matched inside
words, did not fold accents (``sanchez`` missed "Sánchez") and read every row (125–300 ms
per keystroke at 100,000 contacts). This adds, on PostgreSQL only:

- ``contacts_fts_words``: each contact's words as a GIN-indexed ``tsvector``. The words
  are made in Python by SQLite's own tokenizer (``app.storage.server_search``), so both
  backends split and fold text identically without the ``unaccent`` extension (whose
  folding differs from SQLite's and which a team's login may not be allowed to create);
- ``contacts_fts_stale``: ids of contacts whose words must be made again, filled by
  triggers on contacts (insert; update of a name, email, title or company) and on
  companies (a rename), emptied before every write transaction commits.

The upgrade makes every existing contact's words in its own transaction. SQLite: nothing
(its FTS5 index already answers).

Revision ID: 0017_server_search
Revises: 0016_inbound_routing
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017_server_search"
down_revision: str | None = "0016_inbound_routing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UP = [
    "CREATE TABLE contacts_fts_words ("
    "contact_id integer PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE, "
    "words tsvector NOT NULL)",
    "CREATE INDEX contacts_fts_words_gin ON contacts_fts_words USING gin (words)",
    "CREATE TABLE contacts_fts_stale (contact_id integer PRIMARY KEY)",
    # Inserts: one statement-level trigger over the new rows (an import adds thousands).
    "CREATE FUNCTION contacts_fts_stale_added() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO contacts_fts_stale (contact_id) SELECT id FROM added "
    "ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts REFERENCING NEW TABLE AS added "
    "FOR EACH STATEMENT EXECUTE FUNCTION contacts_fts_stale_added()",
    "CREATE FUNCTION contacts_fts_stale_changed() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO contacts_fts_stale (contact_id) VALUES (NEW.id) "
    "ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER contacts_fts_au AFTER UPDATE OF "
    "first_name, last_name, full_name, email, email_raw, company_id, title ON contacts "
    "FOR EACH ROW WHEN ((OLD.first_name, OLD.last_name, OLD.full_name, OLD.email, "
    "OLD.email_raw, OLD.company_id, OLD.title) IS DISTINCT FROM (NEW.first_name, "
    "NEW.last_name, NEW.full_name, NEW.email, NEW.email_raw, NEW.company_id, NEW.title)) "
    "EXECUTE FUNCTION contacts_fts_stale_changed()",
    "CREATE FUNCTION contacts_fts_stale_company() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO contacts_fts_stale (contact_id) SELECT id FROM contacts "
    "WHERE company_id = NEW.id ON CONFLICT DO NOTHING; RETURN NULL; END $$",
    "CREATE TRIGGER companies_fts_au AFTER UPDATE OF name ON companies FOR EACH ROW "
    "WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION contacts_fts_stale_company()",
]

_DOWN = [
    "DROP TRIGGER IF EXISTS companies_fts_au ON companies",
    "DROP TRIGGER IF EXISTS contacts_fts_au ON contacts",
    "DROP TRIGGER IF EXISTS contacts_fts_ai ON contacts",
    "DROP FUNCTION IF EXISTS contacts_fts_stale_company()",
    "DROP FUNCTION IF EXISTS contacts_fts_stale_changed()",
    "DROP FUNCTION IF EXISTS contacts_fts_stale_added()",
    "DROP TABLE IF EXISTS contacts_fts_stale",
    "DROP TABLE IF EXISTS contacts_fts_words",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for statement in _UP:
        op.execute(statement)
    # The words of the contacts already there. Imported here, not copied: the words must
    # be made exactly as the running app makes them, or old and new contacts would fold
    # differently.
    from app.storage.server_search import rebuild_words

    rebuild_words(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _DOWN:
        op.execute(statement)
