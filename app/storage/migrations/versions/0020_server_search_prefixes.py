"""Server search: short word prefixes answered without reading every match.

Reserved in the migration chain so work on reports and server search can land side by
side; each fills in its own revision.

Revision ID: 0020_server_search_prefixes
Revises: 0019_report_first_touch
Create Date: 2026-12-07 09:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "0020_server_search_prefixes"
down_revision: str | None = "0019_report_first_touch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
