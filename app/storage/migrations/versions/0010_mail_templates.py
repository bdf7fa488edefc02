"""Templates: language variants, A/B variants and snippets.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0010_mail_templates
Revises: 0009_mail_outbox
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0010_mail_templates"
down_revision: str | None = "0009_mail_outbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
