"""Duplicate dismissals: pairs of contacts somebody said are different people.

"Not duplicates" on the merge screen used to last one session; stored here it lasts, and
everybody sharing the database file stops seeing the pair. Each row is one ordered pair
(smaller id first); deleting either contact drops it.

Revision ID: 0006_duplicate_dismissals
Revises: 0005_phone_last_name_index
Create Date: 2026-11-23 02:50:16
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_duplicate_dismissals"
down_revision: str | None = "0005_phone_last_name_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id_low", sa.Integer(), nullable=False),
        sa.Column("contact_id_high", sa.Integer(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("dismissed_by", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "contact_id_low < contact_id_high",
            name=op.f("ck_duplicate_dismissals_ordered_pair"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id_high"],
            ["contacts.id"],
            name=op.f("fk_duplicate_dismissals_contact_id_high_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id_low"],
            ["contacts.id"],
            name=op.f("fk_duplicate_dismissals_contact_id_low_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["dismissed_by"],
            ["reps.id"],
            name=op.f("fk_duplicate_dismissals_dismissed_by_reps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissals")),
        sa.UniqueConstraint(
            "contact_id_low",
            "contact_id_high",
            name=op.f("uq_duplicate_dismissals_contact_id_low_contact_id_high"),
        ),
    )
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_duplicate_dismissals_contact_id_high"), ["contact_id_high"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissals_contact_id_high"))
    op.drop_table("duplicate_dismissals")
