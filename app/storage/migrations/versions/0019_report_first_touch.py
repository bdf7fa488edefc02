"""Reports: each inbound lead's first-touch minutes kept in the roll-up.

Reserved in the migration chain so work on reports and server search can land side by
side; each fills in its own revision.

Revision ID: 0019_report_first_touch
Revises: 0018_review_steps
Create Date: 2026-12-07 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0019_report_first_touch"
down_revision: str | None = "0018_review_steps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
