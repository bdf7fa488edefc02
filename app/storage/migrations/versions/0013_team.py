"""Team mode: who made each change, live sessions, claims and versions.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0013_team
Revises: 0012_pipeline
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0013_team"
down_revision: str | None = "0012_pipeline"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
