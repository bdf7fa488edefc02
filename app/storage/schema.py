"""The whole domain's schema as SQLAlchemy 2 typed declarative models.

Item models in the UI never hold these objects for a whole table (docs/architecture.md): they
fetch ids and small row tuples through the query functions in ``app.storage``. The ORM
classes are for repositories, migrations and tests.

Conventions:
- Every table has an integer ``id`` primary key unless it is a pure link table.
- Timestamps are timezone-aware UTC (``UtcDateTime``); ``created_at``/``updated_at`` are set
  by the repositories, not by database defaults, so SQLite and PostgreSQL agree.
- Rows that several people may edit at once carry ``version`` for optimistic locking
  (SQLAlchemy's ``version_id_col``): an update that finds another version fails instead of
  overwriting someone's edit silently.
- Raw imported values are kept next to derived ones (``email_raw`` / ``email``), and each
  import batch records what every row looked like before it touched it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Constraint names are deterministic so Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A datetime stored as UTC and always returned timezone-aware.

    SQLite has no time zone type; without this a naive value read back could not be
    compared with ``datetime.now(UTC)``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def utcnow() -> dt.datetime:
    """Return the current time in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # none_as_null: a Python None is stored as SQL NULL, not as the JSON text 'null'.
    type_annotation_map = {
        dt.datetime: UtcDateTime,
        dict[str, Any]: JSON(none_as_null=True),
        list[Any]: JSON(none_as_null=True),
    }


class Timestamped:
    """Columns for when a row was created and last changed."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- people who use the app -------------------------------------------------------------


class Rep(Base, Timestamped):
    """A user of the app: an SDR, an account executive (AE) or a manager."""

    __tablename__ = "reps"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="sdr")  # sdr | ae | manager
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The rep's own IANA zone: their working day, and the guess for prospects without one.
    time_zone: Mapped[str | None] = mapped_column(String(64))


# --- companies and contacts -------------------------------------------------------------


class Company(Base, Timestamped):
    """An organisation that prospects work for."""

    __tablename__ = "companies"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # Legal forms stripped and case-folded, for matching "ACME, Inc." with "Acme".
    normalized_name: Mapped[str] = mapped_column(String(300), index=True)
    domain: Mapped[str | None] = mapped_column(String(255), index=True)
    website: Mapped[str | None] = mapped_column(String(500))
    industry: Mapped[str | None] = mapped_column(String(200), index=True)
    employee_count: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(200))
    linkedin_url: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PipelineStage(Base):
    """One column of the pipeline board; the order and names are configurable."""

    __tablename__ = "pipeline_stages"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    # Terminal stages (Handed off, Disqualified) end a prospect's active life.
    is_terminal: Mapped[bool] = mapped_column(Boolean, default=False)
    color: Mapped[str | None] = mapped_column(String(16))


class Contact(Base, Timestamped):
    """A prospect: a person at a company, with raw and validated contact data."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("companies.id", ondelete="SET NULL"), index=True
    )
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    full_name: Mapped[str] = mapped_column(String(400), default="")
    title: Mapped[str | None] = mapped_column(String(300))

    email_raw: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320))  # normalized
    # Case-folded normalized address: the exact dedupe key.
    email_key: Mapped[str | None] = mapped_column(String(320), index=True)
    # valid | risky | invalid | unknown; indexed for the list builder's filters.
    email_status: Mapped[str | None] = mapped_column(String(16), index=True)
    email_reasons: Mapped[str | None] = mapped_column(String(200))  # space-separated codes
    email_suggestion: Mapped[str | None] = mapped_column(String(320))

    phone_raw: Mapped[str | None] = mapped_column(Text)
    phone_e164: Mapped[str | None] = mapped_column(String(32))
    phone_extension: Mapped[str | None] = mapped_column(String(16))
    phone_kind: Mapped[str | None] = mapped_column(String(32))
    phone_status: Mapped[str | None] = mapped_column(String(16), index=True)
    phone_reasons: Mapped[str | None] = mapped_column(String(200))

    time_zone: Mapped[str | None] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(100), index=True)
    city: Mapped[str | None] = mapped_column(String(200))
    linkedin_url: Mapped[str | None] = mapped_column(String(500))

    source: Mapped[str | None] = mapped_column(String(16), index=True)  # inbound|outbound|referral
    lead_type: Mapped[str | None] = mapped_column(String(16))  # seed | net | spear
    stage_id: Mapped[int | None] = mapped_column(
        ForeignKey("pipeline_stages.id", ondelete="SET NULL"), index=True
    )
    # Indexed together with stage_id (ix_contacts_owner_stage), which also serves owner alone.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    fit_score: Mapped[int | None] = mapped_column(Integer, index=True)
    quality_score: Mapped[int | None] = mapped_column(Integer, index=True)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    validated_with: Mapped[str | None] = mapped_column(String(100))  # validator version
    last_touched_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    # Columns an import could not map go here, never to the bin.
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    version: Mapped[int] = mapped_column(Integer, default=1)

    company: Mapped[Company | None] = relationship(lazy="raise")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_contacts_last_first", "last_name", "first_name"),
        Index("ix_contacts_updated_at", "updated_at"),
        Index("ix_contacts_owner_stage", "owner_id", "stage_id"),
        Index("ix_contacts_created_at", "created_at"),
        # Phone + name dedupe and the validator's duplicate count; also serves E.164 lookups.
        Index("ix_contacts_phone_last", "phone_e164", "last_name"),
    )


class ContactPoint(Base):
    """An extra email or phone of a contact (mobile, second work address, ...)."""

    __tablename__ = "contact_points"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # email | phone
    label: Mapped[str | None] = mapped_column(String(40))  # work | mobile | home | ...
    raw: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str | None] = mapped_column(String(320), index=True)
    status: Mapped[str | None] = mapped_column(String(16))
    reasons: Mapped[str | None] = mapped_column(String(200))


class Tag(Base):
    """A free label on contacts."""

    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ContactTag(Base):
    """Link between a contact and a tag."""

    __tablename__ = "contact_tags"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )


# --- lists, segments, ICP ---------------------------------------------------------------


class ContactList(Base, Timestamped):
    """A static list: contacts added and removed by hand or by an import."""

    __tablename__ = "lists"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))


class ListMember(Base):
    """Membership of a contact in a static list."""

    __tablename__ = "list_members"
    list_id: Mapped[int] = mapped_column(
        ForeignKey("lists.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Segment(Base, Timestamped):
    """A saved filter ("smart list"); its members are computed, never stored."""

    __tablename__ = "segments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # The filter as data: {"all": [{"field": "stage", "op": "in", "value": [...]}, ...]}.
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))


class IcpProfile(Base, Timestamped):
    """An ideal customer profile; contacts get a fit score against the active one."""

    __tablename__ = "icp_profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    industries: Mapped[list[Any]] = mapped_column(default=list)
    title_keywords: Mapped[list[Any]] = mapped_column(default=list)
    seniorities: Mapped[list[Any]] = mapped_column(default=list)
    min_employees: Mapped[int | None] = mapped_column(Integer)
    max_employees: Mapped[int | None] = mapped_column(Integer)
    countries: Mapped[list[Any]] = mapped_column(default=list)
    excluded_domains: Mapped[list[Any]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- imports ----------------------------------------------------------------------------


class ImportBatch(Base):
    """One import of one file: what it did, so it can be reported and undone as a unit."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str | None] = mapped_column(String(16))  # csv | xlsx | vcf
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    list_id: Mapped[int | None] = mapped_column(ForeignKey("lists.id", ondelete="SET NULL"))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    duplicate_count: Mapped[int] = mapped_column(Integer, default=0)
    invalid_count: Mapped[int] = mapped_column(Integer, default=0)
    rejected_count: Mapped[int] = mapped_column(Integer, default=0)
    report_path: Mapped[str | None] = mapped_column(String(1000))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    undone_at: Mapped[dt.datetime | None] = mapped_column()


class ImportBatchItem(Base):
    """A contact an import created or changed, with what it looked like before."""

    __tablename__ = "import_batch_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: undo must still find the item after the contact was deleted.
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(8))  # created | updated
    row_number: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True)
    )  # changed fields' old values
    raw: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True)
    )  # the source row as read


class ImportMapping(Base, Timestamped):
    """A column mapping remembered per header signature, for the next file of that source."""

    __tablename__ = "import_mappings"
    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    headers: Mapped[list[Any]] = mapped_column(default=list)
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- cadences, tasks, activities --------------------------------------------------------


class Template(Base, Timestamped):
    """An email (or call script / LinkedIn note) template with merge fields."""

    __tablename__ = "templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(16), default="email")
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Cadence(Base, Timestamped):
    """A sequence of touches (emails, calls, LinkedIn) spread over days."""

    __tablename__ = "cadences"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The canonical cadence file (docs/cadences.md); cadence_steps mirrors its steps.
    definition: Mapped[str | None] = mapped_column(Text)

    steps: Mapped[list[CadenceStep]] = relationship(
        back_populates="cadence", order_by="CadenceStep.position", lazy="raise"
    )


class CadenceStep(Base):
    """One step of a cadence: on day N, do this on that channel."""

    __tablename__ = "cadence_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    cadence_id: Mapped[int] = mapped_column(
        ForeignKey("cadences.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    day_offset: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))  # email | call | linkedin | task
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    instructions: Mapped[str | None] = mapped_column(Text)

    cadence: Mapped[Cadence] = relationship(back_populates="steps", lazy="raise")
    __table_args__ = (UniqueConstraint("cadence_id", "position"),)


class Enrollment(Base, Timestamped):
    """A contact working through a cadence."""

    __tablename__ = "enrollments"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    cadence_id: Mapped[int] = mapped_column(
        ForeignKey("cadences.id", ondelete="CASCADE"), index=True
    )
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    current_step: Mapped[int] = mapped_column(Integer, default=1)  # a step position
    status: Mapped[str] = mapped_column(String(16), default="active")
    # Why it stopped: reply | meeting | bounce | opt_out | finished | manual.
    stop_reason: Mapped[str | None] = mapped_column(String(16))
    next_due_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The prospect's zone the steps are scheduled in, and whether it was a fallback guess.
    time_zone: Mapped[str | None] = mapped_column(String(64))
    time_zone_guessed: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the last step was done: the floor of the next step's due moment (no bursts).
    last_done_at: Mapped[dt.datetime | None] = mapped_column()
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_enrollments_status_due", "status", "next_due_at"),)


class Task(Base, Timestamped):
    """Something a rep has to do for a contact, often a cadence step that fell due."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    # Indexed with status and due_at (ix_tasks_rep_status_due) for a rep's Today queue.
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))  # email | call | linkedin | follow_up
    title: Mapped[str | None] = mapped_column(String(300))
    due_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | done | skipped
    priority: Mapped[int] = mapped_column(Integer, default=0)
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    cadence_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("cadence_steps.id", ondelete="SET NULL")
    )
    completed_at: Mapped[dt.datetime | None] = mapped_column()
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_tasks_status_due", "status", "due_at"),
        Index("ix_tasks_rep_status_due", "rep_id", "status", "due_at"),
    )


class Activity(Base):
    """A touch or event on a contact: call, email, LinkedIn, note, meeting, stage change."""

    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    rep_id: Mapped[int | None] = mapped_column(
        ForeignKey("reps.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    outcome: Mapped[str | None] = mapped_column(String(32))  # connected | voicemail | ...
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(String(500))
    body: Mapped[str | None] = mapped_column(Text)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    details: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True)
    )  # e.g. old/new stage

    __table_args__ = (Index("ix_activities_contact_time", "contact_id", "occurred_at"),)


# --- qualification and hand-off ---------------------------------------------------------


class Qualification(Base, Timestamped):
    """BANT-style qualification notes for a contact (one row per contact)."""

    __tablename__ = "qualifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), unique=True
    )
    budget: Mapped[str | None] = mapped_column(String(16))  # yes | no | unknown
    authority: Mapped[str | None] = mapped_column(String(16))
    need: Mapped[str | None] = mapped_column(String(16))
    timing: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)
    disqualify_reason: Mapped[str | None] = mapped_column(String(200))
    nurture_until: Mapped[dt.datetime | None] = mapped_column()
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Handoff(Base):
    """A qualified prospect handed to an account executive, with the meeting."""

    __tablename__ = "handoffs"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    ae_id: Mapped[int | None] = mapped_column(
        ForeignKey("reps.id", ondelete="SET NULL"), index=True
    )
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    meeting_at: Mapped[dt.datetime | None] = mapped_column()
    summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --- do-not-contact, claims, caches, settings -------------------------------------------


class Suppression(Base):
    """A do-not-contact entry: an email, a whole domain or a phone number.

    For people who asked to be erased only ``value_hash`` is kept, so they stay suppressed
    without their address being stored.
    """

    __tablename__ = "suppressions"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # email | domain | phone
    value: Mapped[str | None] = mapped_column(String(320))
    value_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the case-folded value
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("kind", "value_hash"),)


class Claim(Base):
    """A lease one rep holds on a contact so two people do not call them at once."""

    __tablename__ = "claims"
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id", ondelete="CASCADE"))
    claimed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class DomainCheck(Base):
    """Cached result of a mail-domain DNS check (MX, then A/AAAA), with an expiry."""

    __tablename__ = "domain_checks"
    domain: Mapped[str] = mapped_column(String(255), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # ok | no_mail_server | unknown
    records: Mapped[list[Any]] = mapped_column(default=list)
    checked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(index=True)


class Setting(Base):
    """A database-wide setting (per-user settings live in QSettings instead)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON(none_as_null=True))


# --- undo of bulk changes ---------------------------------------------------------------


class ChangeSet(Base):
    """One user action that changed many rows (a bulk fix, a delete, a merge), undoable as a unit.

    Imports keep their own record (``ImportBatch``); everything else multi-row records here.
    """

    __tablename__ = "change_sets"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # bulk_fix | delete | merge | bulk_edit
    description: Mapped[str] = mapped_column(String(500))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    undone_at: Mapped[dt.datetime | None] = mapped_column()


class ChangeSetRow(Base):
    """What one row looked like before (and after) a change set touched it.

    ``before`` holds the old values of the changed columns for an update, and the whole row
    for a delete; ``after`` holds the values the change wrote, so undo can tell whether
    somebody edited the row since and refuse to overwrite their edit.
    """

    __tablename__ = "change_set_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    change_set_id: Mapped[int] = mapped_column(
        ForeignKey("change_sets.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(64))
    # The row's primary key as a JSON object, e.g. {"id": 5} or {"list_id": 1, "contact_id": 5}.
    row_key: Mapped[dict[str, Any]] = mapped_column()
    action: Mapped[str] = mapped_column(String(8))  # updated | deleted | inserted
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


# --- duplicates the user ruled out ------------------------------------------------------


class DuplicateDismissal(Base):
    """Two contacts somebody said are different people ("Not duplicates" on the merge screen).

    Stored in the database, not per user, so a team sharing one file does not review the
    same pair twice. The pair is ordered (smaller id first) so the unique constraint holds
    whichever way round it was dismissed; a dismissed group of n contacts is n·(n-1)/2 rows.
    Deleting either contact drops the row.
    """

    __tablename__ = "duplicate_dismissals"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id_low: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    # Indexed for the cascade: the unique constraint's index only serves the low side.
    contact_id_high: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    dismissed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    dismissed_by: Mapped[int | None] = mapped_column(ForeignKey("reps.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("contact_id_low", "contact_id_high"),
        CheckConstraint("contact_id_low < contact_id_high", name="ordered_pair"),
    )
