"""Templates: language variants, A/B variants, snippets and A/B assignments.

- ``templates.language``: the language of the template's own subject and body (its
  default); ``templates.is_html``: the body is simple HTML.
- ``template_variants``: the other variants of a template, each an A/B label and a
  language (label "A" in the default language is the template row itself).
- ``template_snippets``: named reusable pieces (``{% include "snippet:NAME" %}``), per
  language or for all ("").
- ``template_assignments``: the A/B label each enrollment got for a template, so a
  prospect keeps seeing one variant and the labels are handed out evenly.

The shipped templates are not seeded here: storage seeds them once per database on first
use (a settings flag), as it does the shipped cadences.

Revision ID: 0010_mail_templates
Revises: 0009_mail_outbox
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_mail_templates"
down_revision: str | None = "0009_mail_outbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds a NOT NULL column with a default in place.
    op.add_column(
        "templates",
        sa.Column("language", sa.String(length=16), nullable=False, server_default="en"),
    )
    op.add_column(
        "templates",
        sa.Column("is_html", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "template_variants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=8), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["templates.id"],
            name=op.f("fk_template_variants_template_id_templates"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_variants")),
        sa.UniqueConstraint(
            "template_id",
            "label",
            "language",
            name=op.f("uq_template_variants_template_id_label_language"),
        ),  # fmt: skip
    )
    op.create_table(
        "template_snippets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_snippets")),
        sa.UniqueConstraint("name", "language", name=op.f("uq_template_snippets_name_language")),
    )
    op.create_table(
        "template_assignments",
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=8), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_template_assignments_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["templates.id"],
            name=op.f("fk_template_assignments_template_id_templates"),
            ondelete="CASCADE",
        ),  # fmt: skip
        sa.PrimaryKeyConstraint(
            "template_id", "enrollment_id", name=op.f("pk_template_assignments")
        ),
    )
    op.create_index(
        op.f("ix_template_assignments_enrollment_id"),
        "template_assignments",
        ["enrollment_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_template_assignments_enrollment_id"), table_name="template_assignments")
    op.drop_table("template_assignments")
    op.drop_table("template_snippets")
    op.drop_table("template_variants")
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.drop_column("is_html")
        batch_op.drop_column("language")
