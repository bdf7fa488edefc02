"""Inbound routing: round-robin among chosen reps, and the speed-to-lead SLA's breaches.

- ``reps``: ``in_rotation`` (takes round-robin leads), ``rotation_weight`` (its share),
  ``away`` (skipped until back) and ``rotation_pass`` (its place in the rotation, kept in
  the database so a team sharing it rotates once).
- ``sla_breaches``: one row per inbound lead whose SLA broke (written once: the guard that
  notifies and reassigns each lead once), with the owner then and who it went to.

Revision ID: 0016_inbound_routing
Revises: 0015_report_rollups
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_inbound_routing"
down_revision: str | None = "0015_report_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with server defaults: existing reps start outside the rotation.
    op.add_column(
        "reps",
        sa.Column("in_rotation", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "reps",
        sa.Column("rotation_weight", sa.Integer(), server_default="1", nullable=False),
    )
    op.add_column(
        "reps", sa.Column("away", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column(
        "reps",
        sa.Column("rotation_pass", sa.BigInteger(), server_default="0", nullable=False),
    )
    op.create_table(
        "sla_breaches",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("broken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("reassigned_to", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_sla_breaches_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["reps.id"],
            name=op.f("fk_sla_breaches_owner_id_reps"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reassigned_to"],
            ["reps.id"],
            name=op.f("fk_sla_breaches_reassigned_to_reps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_sla_breaches")),
    )
    op.create_index(op.f("ix_sla_breaches_broken_at"), "sla_breaches", ["broken_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sla_breaches_broken_at"), table_name="sla_breaches")
    op.drop_table("sla_breaches")
    # Plain DROP COLUMN (SQLite >= 3.35): a batch copy of reps would rebuild every table
    # that points at it for nothing.
    op.drop_column("reps", "rotation_pass")
    op.drop_column("reps", "away")
    op.drop_column("reps", "rotation_weight")
    op.drop_column("reps", "in_rotation")
