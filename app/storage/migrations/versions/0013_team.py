"""Team mode: live sessions and the change feed.

- ``sessions``: one row per running app on the database (rep, OS user, host, pid, start,
  heartbeat), for "who else is here" and for refusing a schema upgrade while others
  are connected.
- ``change_feed``: one row whose counter every write transaction bumps; apps poll it to
  refresh after other people's edits.

Who made each change is already recorded: ``change_sets.created_by`` and
``import_batches.created_by`` (and ``activities.rep_id``).

Revision ID: 0013_team
Revises: 0012_pipeline
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_team"
down_revision: str | None = "0012_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["reps.id"], name=op.f("fk_sessions_rep_id_reps"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sessions_heartbeat_at"), ["heartbeat_at"], unique=False
        )
    feed = op.create_table(
        "change_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_feed")),
    )
    op.bulk_insert(feed, [{"id": 1, "counter": 0}])


def downgrade() -> None:
    op.drop_table("change_feed")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_heartbeat_at"))
    op.drop_table("sessions")
