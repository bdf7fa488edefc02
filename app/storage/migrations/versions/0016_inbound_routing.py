"""Inbound leads arrive from a watched folder and web-form mails, and are routed round-robin.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0016_inbound_routing
Revises: 0015_report_rollups
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0016_inbound_routing"
down_revision: str | None = "0015_report_rollups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
