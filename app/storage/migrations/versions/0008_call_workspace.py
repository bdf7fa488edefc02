"""The call workspace: a rep's time zone, a cadence's file, an enrollment's clock.

- ``reps.time_zone``: the rep's own IANA zone, the end of their working day for the Today
  queue and the last-resort guess for a prospect's zone.
- ``cadences.definition``: the canonical cadence file (docs/cadences.md); the rows of
  ``cadence_steps`` mirror its steps.
- ``enrollments.time_zone`` / ``time_zone_guessed``: the zone the prospect's steps are
  scheduled in, and whether it was a fallback the rep should check;
  ``enrollments.last_done_at``: when the last step was done, the floor of the next one.

The shipped cadences are not seeded here: storage seeds them once per database on first
use (a settings flag), so a cadence the user deleted does not come back.

Revision ID: 0008_call_workspace
Revises: 0007_search_name_once
Create Date: 2026-12-07 02:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_call_workspace"
down_revision: str | None = "0007_search_name_once"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))
    with op.batch_alter_table("cadences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("definition", sa.Text(), nullable=True))
    # Plain ADD COLUMN (no batch copy of the table): SQLite adds a NOT NULL column with a
    # default in place, and a recreated table would list its foreign keys in another order.
    op.add_column("enrollments", sa.Column("time_zone", sa.String(length=64), nullable=True))
    op.add_column(
        "enrollments",
        sa.Column("time_zone_guessed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "enrollments", sa.Column("last_done_at", sa.DateTime(timezone=True), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_column("last_done_at")
        batch_op.drop_column("time_zone_guessed")
        batch_op.drop_column("time_zone")
    with op.batch_alter_table("cadences", schema=None) as batch_op:
        batch_op.drop_column("definition")
    with op.batch_alter_table("reps", schema=None) as batch_op:
        batch_op.drop_column("time_zone")
