"""Change sets: before/after images of rows touched by bulk fixes, deletes and merges.

They make every multi-row change other than an import undoable as a unit (imports keep
their own batches), and let undo refuse to overwrite an edit made after the change.

Revision ID: 0003_change_sets
Revises: 0002_list_and_queue_indexes
Create Date: 2026-11-23 01:01:16.756673
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_change_sets"
down_revision: str | None = "0002_list_and_queue_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["reps.id"],
            name=op.f("fk_change_sets_created_by_reps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_sets")),
    )
    with op.batch_alter_table("change_sets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_sets_created_at"), ["created_at"], unique=False)

    op.create_table(
        "change_set_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_set_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_key", sa.JSON(), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["change_set_id"],
            ["change_sets.id"],
            name=op.f("fk_change_set_rows_change_set_id_change_sets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_set_rows")),
    )
    with op.batch_alter_table("change_set_rows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_set_rows_change_set_id"), ["change_set_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("change_set_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_set_rows_change_set_id"))

    op.drop_table("change_set_rows")
    with op.batch_alter_table("change_sets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_sets_created_at"))

    op.drop_table("change_sets")
