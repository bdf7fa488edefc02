"""Reports: each inbound lead of a built day keeps its first touch, for speed-to-lead.

- ``first_touches``: one row per inbound lead whose arrival day is rolled up (its arrival,
  owner and first touch), so a report reads a range's speed-to-lead minutes instead of
  looking up the first touch of every lead in the activity log. Filled here for the days
  already built; ``app.storage.reports.rollup`` fills it with each day it builds.
- ``activity_daily.books``: 1 on the group a booked contact's meeting of the day is
  credited to (the first of its groups by kind, outcome, rep, source, lead type), marked
  here for the days already built: everybody's report counts a range's meetings on
  ``ix_activity_daily_books`` instead of ranking every booked group.
- Triggers keep ``first_touches`` current rather than forgetting the day: an activity that may be a
  first touch (a call, email or message with a rep) written, moved or deleted refreshes
  its contact's first touch; a contact inserted, deleted, or given a new source, owner or
  arrival time replaces its row; a forgotten day (a deleted ``report_days`` row) takes its
  leads with it, as it takes its other roll-up rows.

The triggers are written for SQLite and for PostgreSQL (a trigger function each).

Revision ID: 0019_report_first_touch
Revises: 0018_review_steps
Create Date: 2026-12-07 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_report_first_touch"
down_revision: str | None = "0018_review_steps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out rather than imported, so this migration keeps meaning what it meant when
# it was written (the kinds are ``app.core.reports.FIRST_TOUCH_KINDS``).
_KINDS = "('call', 'email', 'message', 'linkedin')"


def _first_at(contact: str, arrived: str) -> str:
    """The first touch of ``contact`` at or after ``arrived``, as the live report finds it."""
    return (
        f"(SELECT min(occurred_at) FROM activities WHERE contact_id = {contact} "
        f"AND kind IN {_KINDS} AND rep_id IS NOT NULL AND occurred_at >= {arrived})"
    )


def _refresh(row: str) -> str:
    """Work out again the first touch of the contact of activity ``row`` (NEW or OLD)."""
    return (
        "UPDATE first_touches SET first_at = "
        f"{_first_at('first_touches.contact_id', 'first_touches.arrived_at')} "
        f"WHERE contact_id = {row}.contact_id"
    )


def _is_touch(row: str) -> str:
    return f"{row}.kind IN {_KINDS} AND {row}.rep_id IS NOT NULL"


def _add_lead(day: str) -> str:
    """Insert NEW's row when it is an inbound lead that arrived on a built day."""
    return (
        "INSERT INTO first_touches (contact_id, day, owner_id, arrived_at, first_at) "
        f"SELECT NEW.id, {day}, NEW.owner_id, NEW.arrived_at, "
        f"{_first_at('NEW.id', 'NEW.arrived_at')} "
        "WHERE NEW.source = 'inbound' AND NEW.arrived_at IS NOT NULL "
        f"AND EXISTS (SELECT 1 FROM report_days WHERE day = {day})"
    )


_SQLITE_DAY = "substr(NEW.arrived_at, 1, 10)"
_LEAD_CHANGED = (
    "OLD.source IS NOT NEW.source OR OLD.owner_id IS NOT NEW.owner_id "
    "OR OLD.arrived_at IS NOT NEW.arrived_at"
)

SQLITE_TRIGGERS = {
    "tr_activities_first_touch_insert": (
        "CREATE TRIGGER tr_activities_first_touch_insert AFTER INSERT ON activities "
        f"WHEN {_is_touch('NEW')} BEGIN {_refresh('NEW')}; END"
    ),
    "tr_activities_first_touch_delete": (
        "CREATE TRIGGER tr_activities_first_touch_delete AFTER DELETE ON activities "
        f"WHEN {_is_touch('OLD')} BEGIN {_refresh('OLD')}; END"
    ),
    "tr_activities_first_touch_update": (
        "CREATE TRIGGER tr_activities_first_touch_update AFTER UPDATE OF contact_id, kind, "
        f"rep_id, occurred_at ON activities WHEN ({_is_touch('OLD')}) OR ({_is_touch('NEW')}) "
        f"BEGIN {_refresh('OLD')} AND {_is_touch('OLD')}; "
        f"{_refresh('NEW')} AND {_is_touch('NEW')}; END"
    ),
    "tr_contacts_first_touch_insert": (
        "CREATE TRIGGER tr_contacts_first_touch_insert AFTER INSERT ON contacts "
        "WHEN NEW.source = 'inbound' AND NEW.arrived_at IS NOT NULL "
        f"BEGIN {_add_lead(_SQLITE_DAY)}; END"
    ),
    "tr_contacts_first_touch_update": (
        "CREATE TRIGGER tr_contacts_first_touch_update AFTER UPDATE OF source, owner_id, "
        f"arrived_at ON contacts WHEN {_LEAD_CHANGED} BEGIN "
        f"DELETE FROM first_touches WHERE contact_id = OLD.id; {_add_lead(_SQLITE_DAY)}; END"
    ),
    "tr_contacts_first_touch_delete": (
        "CREATE TRIGGER tr_contacts_first_touch_delete AFTER DELETE ON contacts "
        "WHEN OLD.source = 'inbound' BEGIN "
        "DELETE FROM first_touches WHERE contact_id = OLD.id; END"
    ),
}

#: The day's roll-up rows go with its ``report_days`` row: now its leads as well.
SQLITE_REPORT_DAYS = (
    "CREATE TRIGGER tr_report_days_delete AFTER DELETE ON report_days BEGIN "
    "DELETE FROM activity_daily WHERE day = OLD.day; "
    "DELETE FROM stage_stays WHERE day = OLD.day; "
    "DELETE FROM first_touches WHERE day = OLD.day; END"
)
SQLITE_REPORT_DAYS_BEFORE = (
    "CREATE TRIGGER tr_report_days_delete AFTER DELETE ON report_days BEGIN "
    "DELETE FROM activity_daily WHERE day = OLD.day; "
    "DELETE FROM stage_stays WHERE day = OLD.day; END"
)

_PG_DAY = "to_char(timezone('UTC', NEW.arrived_at), 'YYYY-MM-DD')"

PG_FUNCTIONS = {
    "first_touch_activities": (
        "CREATE FUNCTION first_touch_activities() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"IF TG_OP IN ('UPDATE', 'DELETE') AND {_is_touch('OLD')} THEN {_refresh('OLD')}; "
        "END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') AND {_is_touch('NEW')} THEN {_refresh('NEW')}; "
        "END IF; RETURN NULL; END $$"
    ),
    "first_touch_contacts": (
        "CREATE FUNCTION first_touch_contacts() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        "IF TG_OP = 'UPDATE' AND OLD.source IS NOT DISTINCT FROM NEW.source "
        "AND OLD.owner_id IS NOT DISTINCT FROM NEW.owner_id "
        "AND OLD.arrived_at IS NOT DISTINCT FROM NEW.arrived_at THEN RETURN NULL; END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        "DELETE FROM first_touches WHERE contact_id = OLD.id; END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {_add_lead(_PG_DAY)}; END IF; "
        "RETURN NULL; END $$"
    ),
}

PG_TRIGGERS = {
    "tr_activities_first_touch": (
        "activities",
        "CREATE TRIGGER tr_activities_first_touch AFTER INSERT OR DELETE "
        "OR UPDATE OF contact_id, kind, rep_id, occurred_at ON activities "
        "FOR EACH ROW EXECUTE FUNCTION first_touch_activities()",
    ),
    "tr_contacts_first_touch": (
        "contacts",
        "CREATE TRIGGER tr_contacts_first_touch AFTER INSERT OR DELETE "
        "OR UPDATE OF source, owner_id, arrived_at ON contacts "
        "FOR EACH ROW EXECUTE FUNCTION first_touch_contacts()",
    ),
}

PG_REPORT_DAYS = (
    "CREATE OR REPLACE FUNCTION rollup_report_days() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN DELETE FROM activity_daily WHERE day = OLD.day; "
    "DELETE FROM stage_stays WHERE day = OLD.day; "
    "DELETE FROM first_touches WHERE day = OLD.day; RETURN NULL; END $$"
)
PG_REPORT_DAYS_BEFORE = (
    "CREATE OR REPLACE FUNCTION rollup_report_days() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN DELETE FROM activity_daily WHERE day = OLD.day; "
    "DELETE FROM stage_stays WHERE day = OLD.day; RETURN NULL; END $$"
)


def _fill(day: str) -> str:
    """The leads of the days built before this revision."""
    return (
        "INSERT INTO first_touches (contact_id, day, owner_id, arrived_at, first_at) "
        f"SELECT c.id, {day}, c.owner_id, c.arrived_at, {_first_at('c.id', 'c.arrived_at')} "
        "FROM contacts c WHERE c.source = 'inbound' AND c.arrived_at IS NOT NULL "
        f"AND {day} IN (SELECT day FROM report_days)"
    )


#: The first group of each booked contact and day (ties are the same meeting either way).
MARK_FIRST_BOOKINGS = (
    "UPDATE activity_daily SET books = 1 WHERE id IN (SELECT id FROM (SELECT id, "
    "row_number() OVER (PARTITION BY day, booked ORDER BY kind, outcome NULLS FIRST, "
    "rep_id NULLS FIRST, source NULLS FIRST, lead_type NULLS FIRST, long_call) AS nth "
    "FROM activity_daily WHERE booked IS NOT NULL) AS ranked WHERE nth = 1)"
)


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.add_column(
        "activity_daily",
        sa.Column("books", sa.Integer(), server_default="0", nullable=False),
    )
    op.execute(MARK_FIRST_BOOKINGS)
    op.create_index(
        "ix_activity_daily_books",
        "activity_daily",
        ["books", "day", "rep_id", "source", "lead_type"],
    )
    op.create_table(
        "first_touches",
        sa.Column("contact_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_first_touches")),
    )
    op.create_index(
        "ix_first_touches_day", "first_touches", ["day", "owner_id", "arrived_at", "first_at"]
    )
    if _is_sqlite():
        op.execute(_fill("substr(c.arrived_at, 1, 10)"))
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)
        op.execute("DROP TRIGGER tr_report_days_delete")
        op.execute(SQLITE_REPORT_DAYS)
    else:
        op.execute(_fill("to_char(timezone('UTC', c.arrived_at), 'YYYY-MM-DD')"))
        for statement in PG_FUNCTIONS.values():
            op.execute(statement)
        for _table, statement in PG_TRIGGERS.values():
            op.execute(statement)
        op.execute(PG_REPORT_DAYS)


def downgrade() -> None:
    if _is_sqlite():
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TRIGGER tr_report_days_delete")
        op.execute(SQLITE_REPORT_DAYS_BEFORE)
    else:
        for name, (table, _statement) in PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in PG_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute(PG_REPORT_DAYS_BEFORE)
    op.drop_index("ix_first_touches_day", table_name="first_touches")
    op.drop_table("first_touches")
    op.drop_index("ix_activity_daily_books", table_name="activity_daily")
    # Not a batch (a copy of the table): the roll-up's triggers name it.
    op.drop_column("activity_daily", "books")
