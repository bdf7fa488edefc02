"""The pipeline: stage history, qualification answers, hand-offs the AE confirms.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0012_pipeline
Revises: 0011_mail_replies
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0012_pipeline"
down_revision: str | None = "0011_mail_replies"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
