"""Reports read daily roll-ups, and the board's filters have indexes.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0015_report_rollups
Revises: 0014_import_fields
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0015_report_rollups"
down_revision: str | None = "0014_import_fields"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
