"""The list builder's second pass: middle names, inbound arrival times.

- ``contacts.middle_name``: a patronymic or middle name, a field of its own.
- ``contacts.arrived_at``: when an inbound lead arrived, the speed-to-lead clock.

Revision ID: 0014_import_fields
Revises: 0013_team
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_import_fields"
down_revision: str | None = "0013_team"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contacts", sa.Column("middle_name", sa.String(length=200), nullable=True))
    op.add_column("contacts", sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_contacts_arrived_at", "contacts", ["arrived_at"])


def downgrade() -> None:
    op.drop_index("ix_contacts_arrived_at", table_name="contacts")
    # Plain DROP COLUMN: a batch copy of contacts would break the search triggers on it.
    op.drop_column("contacts", "arrived_at")
    op.drop_column("contacts", "middle_name")
