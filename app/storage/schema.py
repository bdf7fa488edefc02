"""The ORM classes of the domain, mapped onto the Core tables of ``app.storage.tables``.

Each table is defined once, in ``app.storage.tables``; a class here maps it (``__table__``),
adds relationships and turns on optimistic locking (``version_id_col``) for the rows that
several people may edit at once: an update that finds another version fails instead of
overwriting someone's edit silently. ``Base.metadata`` is ``tables.metadata``.

Longer than ~700 lines on purpose, for the same reason as ``tables``: one mapping per table,
in one place.

Item models in the UI never hold these objects for a whole table (docs/architecture.md): they
fetch ids and small row tuples through the query functions in ``app.storage``. The ORM
classes are for repositories, migrations and tests. Importing this module builds the ORM
mapping (about 180 ms), so nothing on the window's start-up path imports it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from app.storage import tables
from app.storage.types import NAMING_CONVENTION, UtcDateTime, utcnow


class Base(DeclarativeBase):
    """Declarative base on the schema's one MetaData (``app.storage.tables.metadata``)."""

    metadata = tables.metadata


class Rep(Base):
    """A user of the app: an SDR, an account executive (AE) or a manager."""

    __table__ = tables.reps
    id: Mapped[int]
    name: Mapped[str]
    email: Mapped[str | None]
    role: Mapped[str]
    active: Mapped[bool]
    time_zone: Mapped[str | None]
    country: Mapped[str | None]
    in_rotation: Mapped[bool]
    rotation_weight: Mapped[int]
    away: Mapped[bool]
    rotation_pass: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class Company(Base):
    """An organisation that prospects work for."""

    __table__ = tables.companies
    id: Mapped[int]
    name: Mapped[str]
    normalized_name: Mapped[str]
    domain: Mapped[str | None]
    website: Mapped[str | None]
    industry: Mapped[str | None]
    employee_count: Mapped[int | None]
    country: Mapped[str | None]
    city: Mapped[str | None]
    linkedin_url: Mapped[str | None]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    __mapper_args__ = {"version_id_col": tables.companies.c.version}


class PipelineStage(Base):
    """One column of the pipeline board; the order and names are configurable."""

    __table__ = tables.pipeline_stages
    id: Mapped[int]
    key: Mapped[str]
    name: Mapped[str]
    position: Mapped[int]
    is_terminal: Mapped[bool]
    color: Mapped[str | None]


class Contact(Base):
    """A prospect: a person at a company, with raw and validated contact data."""

    __table__ = tables.contacts
    id: Mapped[int]
    company_id: Mapped[int | None]
    first_name: Mapped[str | None]
    middle_name: Mapped[str | None]
    last_name: Mapped[str | None]
    full_name: Mapped[str]
    title: Mapped[str | None]
    email_raw: Mapped[str | None]
    email: Mapped[str | None]
    email_key: Mapped[str | None]
    email_status: Mapped[str | None]
    email_reasons: Mapped[str | None]
    email_suggestion: Mapped[str | None]
    phone_raw: Mapped[str | None]
    phone_e164: Mapped[str | None]
    phone_extension: Mapped[str | None]
    phone_kind: Mapped[str | None]
    phone_status: Mapped[str | None]
    phone_reasons: Mapped[str | None]
    time_zone: Mapped[str | None]
    country: Mapped[str | None]
    city: Mapped[str | None]
    linkedin_url: Mapped[str | None]
    source: Mapped[str | None]
    arrived_at: Mapped[dt.datetime | None]
    lead_type: Mapped[str | None]
    stage_id: Mapped[int | None]
    owner_id: Mapped[int | None]
    fit_score: Mapped[int | None]
    quality_score: Mapped[int | None]
    do_not_contact: Mapped[bool]
    validated_with: Mapped[str | None]
    last_touched_at: Mapped[dt.datetime | None]
    custom_fields: Mapped[dict[str, Any]]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    company: Mapped[Company | None] = relationship(lazy="raise")
    __mapper_args__ = {"version_id_col": tables.contacts.c.version}


class ContactPoint(Base):
    """An extra email or phone of a contact (mobile, second work address, ...)."""

    __table__ = tables.contact_points
    id: Mapped[int]
    contact_id: Mapped[int]
    kind: Mapped[str]
    label: Mapped[str | None]
    raw: Mapped[str]
    normalized: Mapped[str | None]
    status: Mapped[str | None]
    reasons: Mapped[str | None]


class Tag(Base):
    """A free label on contacts."""

    __table__ = tables.tags
    id: Mapped[int]
    name: Mapped[str]


class ContactTag(Base):
    """Link between a contact and a tag."""

    __table__ = tables.contact_tags
    contact_id: Mapped[int]
    tag_id: Mapped[int]


class ContactList(Base):
    """A static list: contacts added and removed by hand or by an import."""

    __table__ = tables.lists
    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str | None]
    owner_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ListMember(Base):
    """Membership of a contact in a static list."""

    __table__ = tables.list_members
    list_id: Mapped[int]
    contact_id: Mapped[int]
    added_at: Mapped[dt.datetime]


class Segment(Base):
    """A saved filter ("smart list"); its members are computed, never stored."""

    __table__ = tables.segments
    id: Mapped[int]
    name: Mapped[str]
    definition: Mapped[dict[str, Any]]
    owner_id: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class IcpProfile(Base):
    """An ideal customer profile; contacts get a fit score against the active one."""

    __table__ = tables.icp_profiles
    id: Mapped[int]
    name: Mapped[str]
    industries: Mapped[list[Any]]
    title_keywords: Mapped[list[Any]]
    seniorities: Mapped[list[Any]]
    min_employees: Mapped[int | None]
    max_employees: Mapped[int | None]
    countries: Mapped[list[Any]]
    excluded_domains: Mapped[list[Any]]
    active: Mapped[bool]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    __mapper_args__ = {"version_id_col": tables.icp_profiles.c.version}


class ImportBatch(Base):
    """One import of one file: what it did, so it can be reported and undone as a unit."""

    __table__ = tables.import_batches
    id: Mapped[int]
    file_name: Mapped[str]
    file_format: Mapped[str | None]
    file_sha256: Mapped[str | None]
    mapping: Mapped[dict[str, Any]]
    list_id: Mapped[int | None]
    row_count: Mapped[int]
    created_count: Mapped[int]
    updated_count: Mapped[int]
    duplicate_count: Mapped[int]
    invalid_count: Mapped[int]
    rejected_count: Mapped[int]
    report_path: Mapped[str | None]
    created_by: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    undone: Mapped[bool]
    undone_at: Mapped[dt.datetime | None]


class ImportBatchItem(Base):
    """A contact an import created or changed, with what it looked like before."""

    __table__ = tables.import_batch_items
    id: Mapped[int]
    batch_id: Mapped[int]
    contact_id: Mapped[int]
    action: Mapped[str]
    row_number: Mapped[int | None]
    before: Mapped[dict[str, Any] | None]
    raw: Mapped[dict[str, Any] | None]


class ImportMapping(Base):
    """A column mapping remembered per header signature, for the next file of that source."""

    __table__ = tables.import_mappings
    signature: Mapped[str]
    headers: Mapped[list[Any]]
    mapping: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class Template(Base):
    """An email (or call script / LinkedIn note) template with merge fields."""

    __table__ = tables.templates
    id: Mapped[int]
    name: Mapped[str]
    channel: Mapped[str]
    subject: Mapped[str | None]
    body: Mapped[str]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    language: Mapped[str]
    is_html: Mapped[bool]

    __mapper_args__ = {"version_id_col": tables.templates.c.version}


class TemplateVariant(Base):
    """Another variant of a template: an A/B label and a language."""

    __table__ = tables.template_variants
    id: Mapped[int]
    template_id: Mapped[int]
    label: Mapped[str]
    language: Mapped[str]
    subject: Mapped[str | None]
    body: Mapped[str]


class TemplateSnippet(Base):
    """A named reusable piece of template text, per language or for all."""

    __table__ = tables.template_snippets
    id: Mapped[int]
    name: Mapped[str]
    language: Mapped[str]
    body: Mapped[str]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class TemplateAssignment(Base):
    """The A/B label an enrollment got for a template."""

    __table__ = tables.template_assignments
    template_id: Mapped[int]
    enrollment_id: Mapped[int]
    label: Mapped[str]
    language: Mapped[str]
    assigned_at: Mapped[dt.datetime]


class Cadence(Base):
    """A sequence of touches (emails, calls, LinkedIn) spread over days."""

    __table__ = tables.cadences
    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str | None]
    active: Mapped[bool]
    definition: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    steps: Mapped[list[CadenceStep]] = relationship(
        back_populates="cadence", order_by="CadenceStep.position", lazy="raise"
    )


class CadenceStep(Base):
    """One step of a cadence: on day N, do this on that channel."""

    __table__ = tables.cadence_steps
    id: Mapped[int]
    cadence_id: Mapped[int]
    position: Mapped[int]
    day_offset: Mapped[int]
    channel: Mapped[str]
    template_id: Mapped[int | None]
    instructions: Mapped[str | None]

    cadence: Mapped[Cadence] = relationship(back_populates="steps", lazy="raise")


class Enrollment(Base):
    """A contact working through a cadence."""

    __table__ = tables.enrollments
    id: Mapped[int]
    contact_id: Mapped[int]
    cadence_id: Mapped[int]
    rep_id: Mapped[int | None]
    current_step: Mapped[int]
    status: Mapped[str]
    stop_reason: Mapped[str | None]
    next_due_at: Mapped[dt.datetime | None]
    enrolled_at: Mapped[dt.datetime]
    time_zone: Mapped[str | None]
    time_zone_guessed: Mapped[bool]
    last_done_at: Mapped[dt.datetime | None]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    __mapper_args__ = {"version_id_col": tables.enrollments.c.version}


class Task(Base):
    """Something a rep has to do for a contact, often a cadence step that fell due."""

    __table__ = tables.tasks
    id: Mapped[int]
    contact_id: Mapped[int]
    rep_id: Mapped[int | None]
    kind: Mapped[str]
    title: Mapped[str | None]
    due_at: Mapped[dt.datetime]
    status: Mapped[str]
    priority: Mapped[int]
    enrollment_id: Mapped[int | None]
    cadence_step_id: Mapped[int | None]
    completed_at: Mapped[dt.datetime | None]
    notes: Mapped[str | None]
    send_blocked: Mapped[str | None]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    __mapper_args__ = {"version_id_col": tables.tasks.c.version}


class Activity(Base):
    """A touch or event on a contact: call, email, LinkedIn, note, meeting, stage change."""

    __table__ = tables.activities
    id: Mapped[int]
    contact_id: Mapped[int]
    rep_id: Mapped[int | None]
    kind: Mapped[str]
    occurred_at: Mapped[dt.datetime]
    outcome: Mapped[str | None]
    duration_seconds: Mapped[int | None]
    subject: Mapped[str | None]
    body: Mapped[str | None]
    task_id: Mapped[int | None]
    details: Mapped[dict[str, Any] | None]


class Qualification(Base):
    """BANT-style qualification notes for a contact (one row per contact)."""

    __table__ = tables.qualifications
    id: Mapped[int]
    contact_id: Mapped[int]
    budget: Mapped[str | None]
    authority: Mapped[str | None]
    need: Mapped[str | None]
    timing: Mapped[str | None]
    notes: Mapped[str | None]
    answers: Mapped[dict[str, Any] | None]
    disqualify_reason: Mapped[str | None]
    nurture_until: Mapped[dt.datetime | None]
    rep_id: Mapped[int | None]
    version: Mapped[int]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    __mapper_args__ = {"version_id_col": tables.qualifications.c.version}


class Handoff(Base):
    """A qualified prospect handed to an account executive, with the meeting."""

    __table__ = tables.handoffs
    id: Mapped[int]
    contact_id: Mapped[int]
    ae_id: Mapped[int | None]
    rep_id: Mapped[int | None]
    meeting_at: Mapped[dt.datetime | None]
    minutes: Mapped[int | None]
    time_zone: Mapped[str | None]
    summary: Mapped[str | None]
    status: Mapped[str]
    decided_at: Mapped[dt.datetime | None]
    decision_reason: Mapped[str | None]
    ics_uid: Mapped[str | None]
    created_at: Mapped[dt.datetime]


class Suppression(Base):
    """A do-not-contact entry: an email, a whole domain or a phone number.

    For people who asked to be erased only ``value_hash`` is kept, so they stay suppressed
    without their address being stored.
    """

    __table__ = tables.suppressions
    id: Mapped[int]
    kind: Mapped[str]
    value: Mapped[str | None]
    value_hash: Mapped[str]
    reason: Mapped[str | None]
    created_at: Mapped[dt.datetime]


class MailProcessed(Base):
    """A message the mailbox check has applied (by a hash of its Message-ID)."""

    __table__ = tables.mail_processed
    id: Mapped[int]
    message_hash: Mapped[str]
    kind: Mapped[str]
    processed_at: Mapped[dt.datetime]


class Erasure(Base):
    """One erasure in the audit trail: when, a random id and counts, never who."""

    __table__ = tables.erasures
    id: Mapped[int]
    erasure_id: Mapped[str]
    action: Mapped[str]
    erased_at: Mapped[dt.datetime]
    counts: Mapped[dict[str, Any]]


class Claim(Base):
    """A lease one rep holds on a contact so two people do not call them at once."""

    __table__ = tables.claims
    contact_id: Mapped[int]
    rep_id: Mapped[int]
    claimed_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class SlaBreach(Base):
    """An inbound lead whose speed-to-lead SLA broke, recorded once (and whom it went to)."""

    __table__ = tables.sla_breaches
    contact_id: Mapped[int]
    broken_at: Mapped[dt.datetime]
    owner_id: Mapped[int | None]
    reassigned_to: Mapped[int | None]


class Session(Base):
    """One running copy of the app on a shared database, with its last heartbeat."""

    __table__ = tables.sessions
    id: Mapped[int]
    rep_id: Mapped[int | None]
    user_name: Mapped[str]
    host: Mapped[str]
    pid: Mapped[int]
    started_at: Mapped[dt.datetime]
    heartbeat_at: Mapped[dt.datetime]


class ChangeFeed(Base):
    """The one-row counter every write transaction bumps (polled for live refresh)."""

    __table__ = tables.change_feed
    id: Mapped[int]
    counter: Mapped[int]


class DomainCheck(Base):
    """Cached result of a mail-domain DNS check (MX, then A/AAAA), with an expiry."""

    __table__ = tables.domain_checks
    domain: Mapped[str]
    status: Mapped[str]
    records: Mapped[list[Any]]
    checked_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime]


class OutboxMessage(Base):
    """An email on its way out (queued, sending, sent, failed, deferred or unknown)."""

    __table__ = tables.outbox
    id: Mapped[int]
    contact_id: Mapped[int | None]
    enrollment_id: Mapped[int | None]
    task_id: Mapped[int | None]
    rep_id: Mapped[int | None]
    kind: Mapped[str]
    to_address: Mapped[str]
    to_name: Mapped[str | None]
    subject: Mapped[str]
    text: Mapped[str]
    html: Mapped[str | None]
    headers: Mapped[dict[str, Any] | None]
    message_id: Mapped[str]
    in_reply_to: Mapped[str | None]
    references: Mapped[str | None]
    status: Mapped[str]
    attempts: Mapped[int]
    next_attempt_at: Mapped[dt.datetime | None]
    reason: Mapped[str | None]
    server_response: Mapped[str | None]
    queued_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    template_id: Mapped[int | None]
    variant: Mapped[str | None]
    language: Mapped[str | None]


class Setting(Base):
    """A database-wide setting (per-user settings live in QSettings instead)."""

    __table__ = tables.settings
    key: Mapped[str]
    value: Mapped[Any]


class ChangeSet(Base):
    """One user action that changed many rows (a bulk fix, a delete, a merge), undoable as a unit.

    Imports keep their own record (``ImportBatch``); everything else multi-row records here.
    """

    __table__ = tables.change_sets
    id: Mapped[int]
    kind: Mapped[str]
    description: Mapped[str]
    row_count: Mapped[int]
    created_by: Mapped[int | None]
    created_at: Mapped[dt.datetime]
    undone: Mapped[bool]
    undone_at: Mapped[dt.datetime | None]


class ChangeSetRow(Base):
    """What one row looked like before (and after) a change set touched it.

    ``before`` holds the old values of the changed columns for an update, and the whole row
    for a delete; ``after`` holds the values the change wrote, so undo can tell whether
    somebody edited the row since and refuse to overwrite their edit.
    """

    __table__ = tables.change_set_rows
    id: Mapped[int]
    change_set_id: Mapped[int]
    table_name: Mapped[str]
    row_key: Mapped[dict[str, Any]]
    action: Mapped[str]
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]


class BoardTally(Base):
    """Contacts per stage, owner, source and lead type, kept by triggers on ``contacts``
    (derived; never written here)."""

    __table__ = tables.board_tallies
    stage_id: Mapped[int]
    owner_id: Mapped[int]
    source: Mapped[str]
    lead_type: Mapped[str]
    contacts: Mapped[int]


class ReportDay(Base):
    """A UTC day whose report roll-up is built (deleting it deletes the day's roll-up)."""

    __table__ = tables.report_days
    day: Mapped[str]
    built_at: Mapped[dt.datetime]


class ActivityDaily(Base):
    """A built day's activities, grouped as the report's live pass groups them."""

    __table__ = tables.activity_daily
    id: Mapped[int]
    day: Mapped[str]
    kind: Mapped[str]
    outcome: Mapped[str | None]
    rep_id: Mapped[int | None]
    source: Mapped[str | None]
    lead_type: Mapped[str | None]
    long_call: Mapped[int]
    booked: Mapped[int | None]
    variant: Mapped[str | None]
    replied: Mapped[int]
    activities: Mapped[int]
    books: Mapped[int]


class StageStay(Base):
    """A built day's stage change: the stay it began, when it ended, the entry before."""

    __table__ = tables.stage_stays
    activity_id: Mapped[int]
    day: Mapped[str]
    contact_id: Mapped[int]
    rep_id: Mapped[int | None]
    to_key: Mapped[str | None]
    left_at: Mapped[dt.datetime | None]
    days: Mapped[float | None]
    rep_left_at: Mapped[dt.datetime | None]
    rep_days: Mapped[float | None]
    entered_before: Mapped[dt.datetime | None]
    rep_entered_before: Mapped[dt.datetime | None]


class FirstTouch(Base):
    """An inbound lead of a built day with its first touch (kept by triggers)."""

    __table__ = tables.first_touches
    contact_id: Mapped[int]
    day: Mapped[str]
    owner_id: Mapped[int | None]
    arrived_at: Mapped[dt.datetime]
    first_at: Mapped[dt.datetime | None]


class DuplicateDismissal(Base):
    """Two contacts somebody said are different people ("Not duplicates" on the merge screen).

    Stored in the database, not per user, so a team sharing one file does not review the
    same pair twice. The pair is ordered (smaller id first) so the unique constraint holds
    whichever way round it was dismissed; a dismissed group of n contacts is n·(n-1)/2 rows.
    Deleting either contact drops the row.
    """

    __table__ = tables.duplicate_dismissals
    id: Mapped[int]
    contact_id_low: Mapped[int]
    contact_id_high: Mapped[int]
    dismissed_at: Mapped[dt.datetime]
    dismissed_by: Mapped[int | None]


# The type and helpers are re-exported: callers knew them here before app.storage.types.
__all__ = [
    "Activity",
    "Base",
    "BoardTally",
    "Cadence",
    "CadenceStep",
    "ChangeSet",
    "ChangeSetRow",
    "Claim",
    "ActivityDaily",
    "Company",
    "Contact",
    "ContactList",
    "ContactPoint",
    "ContactTag",
    "DomainCheck",
    "DuplicateDismissal",
    "Enrollment",
    "Handoff",
    "IcpProfile",
    "ImportBatch",
    "ImportBatchItem",
    "ImportMapping",
    "ListMember",
    "NAMING_CONVENTION",
    "PipelineStage",
    "Qualification",
    "Rep",
    "ReportDay",
    "Segment",
    "Setting",
    "SlaBreach",
    "StageStay",
    "Suppression",
    "Tag",
    "Task",
    "Template",
    "TemplateAssignment",
    "TemplateSnippet",
    "TemplateVariant",
    "UtcDateTime",
    "utcnow",
]
