"""The rep's country, whose public holidays cadences skip; "review first" email steps.

- ``reps.country``: the rep's ISO country code; its public holidays are not business days
  when a cadence step is scheduled.
- "Review first" lives in the cadence file (``"review": true`` on an email step), which
  ``cadences.definition`` already stores; the waiting step is ``tasks.send_blocked =
  'review_first'``, an existing column. Nothing else changes in the schema.

Revision ID: 0018_review_steps
Revises: 0017_server_search
Create Date: 2026-12-07 06:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_review_steps"
down_revision: str | None = "0017_server_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("reps", sa.Column("country", sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.drop_column("reps", "country")
