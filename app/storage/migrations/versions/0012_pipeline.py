"""The pipeline: stage history, qualification answers, hand-offs the AE confirms.

- ``handoffs``: the meeting's length and zone, the AE's decision (``status`` pending ->
  accepted | sent_back, when, why) and the invitation's UID.
- ``qualifications.answers``: the qualification checklist's answers as a JSON object (the
  checklist is configurable, so the answers cannot be fixed columns).

Revision ID: 0012_pipeline
Revises: 0011_mail_replies
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_pipeline"
down_revision: str | None = "0011_mail_replies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds a NOT NULL column with a default in place.
    op.add_column("handoffs", sa.Column("minutes", sa.Integer(), nullable=True))
    op.add_column("handoffs", sa.Column("time_zone", sa.String(length=64), nullable=True))
    op.add_column(
        "handoffs",
        sa.Column("status", sa.String(length=16), nullable=False, server_default="pending"),
    )
    op.add_column("handoffs", sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("handoffs", sa.Column("decision_reason", sa.String(length=200), nullable=True))
    op.add_column("handoffs", sa.Column("ics_uid", sa.String(length=200), nullable=True))
    op.add_column("qualifications", sa.Column("answers", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("qualifications", schema=None) as batch_op:
        batch_op.drop_column("answers")
    with op.batch_alter_table("handoffs", schema=None) as batch_op:
        for name in ("ics_uid", "decision_reason", "decided_at", "status", "time_zone", "minutes"):
            batch_op.drop_column(name)
