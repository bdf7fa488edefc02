"""Search on PostgreSQL gives the same answers as SQLite's FTS5, as fast.

Reserved in the migration chain so the workspaces can land side by side; each fills in its
own revision.

Revision ID: 0017_server_search
Revises: 0016_inbound_routing
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0017_server_search"
down_revision: str | None = "0016_inbound_routing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
