"""Replies, bounces and erasure: what the mailbox check and erasure record.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0011_mail_replies
Revises: 0010_mail_templates
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0011_mail_replies"
down_revision: str | None = "0010_mail_templates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
