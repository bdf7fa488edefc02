"""Indexes for the list builder's filters, the validator's views and the Today queue.

The list builder filters contacts by email and phone status, by source and by
do-not-contact; the pipeline board and "my contacts" look up an owner's contacts per
stage; the Today queue reads a rep's open tasks in due order. Without these indexes each
of those is a full scan of the contacts or tasks table, which the 1,000,000-contact target
cannot afford. The single-column ``owner_id`` and ``rep_id`` indexes become redundant
(the new composite indexes start with those columns), so they go.

Revision ID: 0002_list_and_queue_indexes
Revises: 0001_initial
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002_list_and_queue_indexes"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (index name, table, columns): created by upgrade, dropped by downgrade.
NEW_INDEXES = [
    ("ix_contacts_email_status", "contacts", ["email_status"]),
    ("ix_contacts_phone_status", "contacts", ["phone_status"]),
    ("ix_contacts_do_not_contact", "contacts", ["do_not_contact"]),
    ("ix_contacts_source", "contacts", ["source"]),
    ("ix_contacts_owner_stage", "contacts", ["owner_id", "stage_id"]),
    ("ix_tasks_rep_status_due", "tasks", ["rep_id", "status", "due_at"]),
]
# Indexes the composite ones above make redundant.
REDUNDANT_INDEXES = [
    ("ix_contacts_owner_id", "contacts", ["owner_id"]),
    ("ix_tasks_rep_id", "tasks", ["rep_id"]),
]


def upgrade() -> None:
    for name, table, columns in NEW_INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, table, _columns in REDUNDANT_INDEXES:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in REDUNDANT_INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, table, _columns in reversed(NEW_INDEXES):
        op.drop_index(name, table_name=table)
