"""Replies, bounces and erasure: what the mailbox check and erasure record.

- ``mail_processed``: the messages the mailbox check has applied, by a hash of their
  Message-ID, so the same reply, bounce or opt-out is never applied twice.
- ``erasures``: the audit trail of GDPR erasures (when, a random erasure id, counts per
  table) without any personal data.

The mailbox position (UIDVALIDITY and last UID) and the salt of erased people's hashed
suppressions live in the ``settings`` table and need no schema.

Revision ID: 0011_mail_replies
Revises: 0010_mail_templates
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_mail_replies"
down_revision: str | None = "0010_mail_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mail_processed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_processed")),
        sa.UniqueConstraint("message_hash", name=op.f("uq_mail_processed_message_hash")),
    )
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erasure_id", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(none_as_null=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
        sa.UniqueConstraint("erasure_id", name=op.f("uq_erasures_erasure_id")),
    )
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_erasures_erased_at"), ["erased_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasures_erased_at"))
    op.drop_table("erasures")
    op.drop_table("mail_processed")
