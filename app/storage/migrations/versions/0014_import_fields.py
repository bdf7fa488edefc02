"""The list builder's second pass: middle names, inbound arrival times.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0014_import_fields
Revises: 0013_team
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0014_import_fields"
down_revision: str | None = "0013_team"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
