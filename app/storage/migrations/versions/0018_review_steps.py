"""Cadence email steps that wait for the rep's review before they are sent.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0018_review_steps
Revises: 0017_server_search
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0018_review_steps"
down_revision: str | None = "0017_server_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
