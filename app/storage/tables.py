"""Every table of the domain, defined once as a SQLAlchemy Core ``Table``.

This is the one place a table is named. Storage modules read and write through these
objects (``from app.storage.tables import contacts``); the ORM classes of
``app.storage.schema`` map onto the same objects for repositories and tests, and Alembic
compares :data:`metadata` with the migrated database. Core only, on purpose: importing the
ORM mapping costs about 180 ms, and the window's start-up path reads through this module
(building the tables here costs about 25 ms).

Longer than the house's ~700-line limit on purpose: this file is the one place a table is
named, and splitting it by domain would bring back the scattered declarations it replaced.

Conventions:
- Every table has an integer ``id`` primary key unless it is a pure link table.
- Timestamps are timezone-aware UTC (``UtcDateTime``); ``created_at``/``updated_at`` are set
  by the application (Python-side defaults), not by database defaults, so SQLite and
  PostgreSQL agree.
- Rows that several people may edit at once carry ``version`` for optimistic locking (the
  ORM's ``version_id_col``): an update that finds another version fails instead of
  overwriting someone's edit silently.
- Raw imported values are kept next to derived ones (``email_raw`` / ``email``), and each
  import batch records what every row looked like before it touched it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from app.storage.types import NAMING_CONVENTION, UtcDateTime, utcnow

#: The one MetaData of the schema (``app.storage.schema.Base.metadata`` is this object).
metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _timestamps() -> tuple[Column[datetime], Column[datetime]]:
    """When a row was created and last changed; set by the code, not the database, so
    SQLite and PostgreSQL agree."""
    return (
        Column("created_at", UtcDateTime(), default=utcnow, nullable=False),
        Column("updated_at", UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False),
    )


#: A user of the app: an SDR, an account executive (AE) or a manager.
reps = Table(
    "reps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), unique=True),
    Column("role", String(16), default="sdr", nullable=False),  # sdr | ae | manager
    Column("active", Boolean, default=True, nullable=False),
    # The rep's own IANA zone: their working day, and the guess for prospects without one.
    Column("time_zone", String(64)),
    # The rep's country (ISO code): its public holidays are not business days of cadences.
    Column("country", String(100)),
    # Inbound routing (server defaults only, so bulk loaders that name every column they
    # fill need not know them): whether the rep takes round-robin leads, their share (a rep of
    # weight 2 gets twice the leads of weight 1), and "away" (skipped until back).
    Column("in_rotation", Boolean, server_default=false(), nullable=False),
    Column("rotation_weight", Integer, server_default="1", nullable=False),
    Column("away", Boolean, server_default=false(), nullable=False),
    # The rep's place in the rotation (stride scheduling's "pass"): the next lead goes to
    # the rep with the lowest, who then moves on by 1/weight. Kept in the database so a
    # team sharing it rotates once, whoever's app routes the lead.
    Column("rotation_pass", BigInteger, server_default="0", nullable=False),
    *_timestamps(),
)

#: An organisation that prospects work for.
companies = Table(
    "companies",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    # Legal forms stripped and case-folded, for matching "ACME, Inc." with "Acme".
    Column("normalized_name", String(300), index=True, nullable=False),
    Column("domain", String(255), index=True),
    Column("website", String(500)),
    Column("industry", String(200), index=True),
    Column("employee_count", Integer),
    Column("country", String(100)),
    Column("city", String(200)),
    Column("linkedin_url", String(500)),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
)

#: One column of the pipeline board; the order and names are configurable.
pipeline_stages = Table(
    "pipeline_stages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(40), unique=True, nullable=False),
    Column("name", String(100), nullable=False),
    Column("position", Integer, nullable=False),
    # Terminal stages (Handed off, Disqualified) end a prospect's active life.
    Column("is_terminal", Boolean, default=False, nullable=False),
    Column("color", String(16)),
)

#: A prospect: a person at a company, with raw and validated contact data.
contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("company_id", Integer, ForeignKey("companies.id", ondelete="SET NULL"), index=True),
    Column("first_name", String(200)),
    # A patronymic (Russian "Отчество") or middle name; greetings use it.
    Column("middle_name", String(200)),
    Column("last_name", String(200)),
    Column("full_name", String(400), default="", nullable=False),
    Column("title", String(300)),
    Column("email_raw", Text),
    Column("email", String(320)),  # normalized
    # Case-folded normalized address: the exact dedupe key.
    Column("email_key", String(320), index=True),
    # valid | risky | invalid | unknown; indexed for the list builder's filters.
    Column("email_status", String(16), index=True),
    Column("email_reasons", String(200)),  # space-separated codes
    Column("email_suggestion", String(320)),
    Column("phone_raw", Text),
    Column("phone_e164", String(32)),
    Column("phone_extension", String(16)),
    Column("phone_kind", String(32)),
    Column("phone_status", String(16), index=True),
    Column("phone_reasons", String(200)),
    Column("time_zone", String(64)),
    Column("country", String(100), index=True),
    Column("city", String(200)),
    Column("linkedin_url", String(500)),
    # inbound|outbound|referral; indexed with the stage (ix_contacts_source_stage), which
    # also serves the source alone.
    Column("source", String(16)),
    # When an inbound lead arrived (from the file, else the import): the speed-to-lead clock.
    Column("arrived_at", UtcDateTime(), index=True),
    Column("lead_type", String(16)),  # seed | net | spear
    Column("stage_id", Integer, ForeignKey("pipeline_stages.id", ondelete="SET NULL"), index=True),
    # Indexed together with stage_id (ix_contacts_owner_stage), which also serves owner alone.
    Column("owner_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("fit_score", Integer, index=True),
    Column("quality_score", Integer, index=True),
    Column("do_not_contact", Boolean, default=False, index=True, nullable=False),
    Column("validated_with", String(100)),  # validator version
    Column("last_touched_at", UtcDateTime(), index=True),
    # Columns an import could not map go here, never to the bin.
    Column("custom_fields", JSON(none_as_null=True), default=dict, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
    Index("ix_contacts_last_first", "last_name", "first_name"),
    Index("ix_contacts_updated_at", "updated_at"),
    Index("ix_contacts_owner_stage", "owner_id", "stage_id"),
    Index("ix_contacts_created_at", "created_at"),
    # Phone + name dedupe and the validator's duplicate count; also serves E.164 lookups.
    Index("ix_contacts_phone_last", "phone_e164", "last_name"),
    # The board's source and lead-type filters count each column on its own index range.
    Index("ix_contacts_source_stage", "source", "stage_id"),
    Index("ix_contacts_lead_type_stage", "lead_type", "stage_id"),
)

#: An extra email or phone of a contact (mobile, second work address, ...).
contact_points = Table(
    "contact_points",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("kind", String(8), nullable=False),  # email | phone
    Column("label", String(40)),  # work | mobile | home | ...
    Column("raw", Text, nullable=False),
    Column("normalized", String(320), index=True),
    Column("status", String(16)),
    Column("reasons", String(200)),
)

#: A free label on contacts.
tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), unique=True, nullable=False),
)

#: Link between a contact and a tag.
contact_tags = Table(
    "contact_tags",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)

#: A static list: contacts added and removed by hand or by an import.
lists = Table(
    "lists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("description", Text),
    Column("owner_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    *_timestamps(),
)

#: Membership of a contact in a static list.
list_members = Table(
    "list_members",
    metadata,
    Column("list_id", Integer, ForeignKey("lists.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("added_at", UtcDateTime(), default=utcnow, nullable=False),
)

#: A saved filter ("smart list"); its members are computed, never stored.
segments = Table(
    "segments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    # The filter as data: {"all": [{"field": "stage", "op": "in", "value": [...]}, ...]}.
    Column("definition", JSON(none_as_null=True), default=dict, nullable=False),
    Column("owner_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    *_timestamps(),
)

#: An ideal customer profile; contacts get a fit score against the active one.
icp_profiles = Table(
    "icp_profiles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("industries", JSON(none_as_null=True), default=list, nullable=False),
    Column("title_keywords", JSON(none_as_null=True), default=list, nullable=False),
    Column("seniorities", JSON(none_as_null=True), default=list, nullable=False),
    Column("min_employees", Integer),
    Column("max_employees", Integer),
    Column("countries", JSON(none_as_null=True), default=list, nullable=False),
    Column("excluded_domains", JSON(none_as_null=True), default=list, nullable=False),
    Column("active", Boolean, default=False, nullable=False),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
)

#: One import of one file: what it did, so it can be reported and undone as a unit.
import_batches = Table(
    "import_batches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String(500), nullable=False),
    Column("file_format", String(16)),  # csv | xlsx | vcf
    Column("file_sha256", String(64)),
    Column("mapping", JSON(none_as_null=True), default=dict, nullable=False),
    Column("list_id", Integer, ForeignKey("lists.id", ondelete="SET NULL")),
    Column("row_count", Integer, default=0, nullable=False),
    Column("created_count", Integer, default=0, nullable=False),
    Column("updated_count", Integer, default=0, nullable=False),
    Column("duplicate_count", Integer, default=0, nullable=False),
    Column("invalid_count", Integer, default=0, nullable=False),
    Column("rejected_count", Integer, default=0, nullable=False),
    Column("report_path", String(1000)),
    Column("created_by", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("created_at", UtcDateTime(), default=utcnow, nullable=False),
    Column("undone", Boolean, default=False, nullable=False),
    Column("undone_at", UtcDateTime()),
)

#: A contact an import created or changed, with what it looked like before.
import_batch_items = Table(
    "import_batch_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "batch_id",
        Integer,
        ForeignKey("import_batches.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    # No foreign key: undo must still find the item after the contact was deleted.
    Column("contact_id", Integer, index=True, nullable=False),
    Column("action", String(8), nullable=False),  # created | updated
    Column("row_number", Integer),
    Column("before", JSON(none_as_null=True)),  # changed fields' old values
    Column("raw", JSON(none_as_null=True)),  # the source row as read
)

#: A column mapping remembered per header signature, for the next file of that source.
import_mappings = Table(
    "import_mappings",
    metadata,
    Column("signature", String(64), primary_key=True),
    Column("headers", JSON(none_as_null=True), default=list, nullable=False),
    Column("mapping", JSON(none_as_null=True), default=dict, nullable=False),
    *_timestamps(),
)

#: An email (or call script / LinkedIn note) template with merge fields.
templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("channel", String(16), default="email", nullable=False),
    Column("subject", String(500)),
    Column("body", Text, default="", nullable=False),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
    # The language of subject/body above (variant "A" in the default language); a prospect
    # whose language has no variant gets this one.
    Column("language", String(16), default="en", nullable=False),
    # The body is simple HTML (values escaped, a plain-text part made from it).
    Column("is_html", Boolean, default=False, nullable=False),
)

#: A template's other variants: an A/B label and a language each. Label "A" in the
#: template's own language is the template row itself, never a row here.
template_variants = Table(
    "template_variants",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "template_id",
        Integer,
        ForeignKey("templates.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("label", String(8), nullable=False),  # A | B | C ...
    Column("language", String(16), nullable=False),  # en | ru | zh | lt | ...
    Column("subject", String(500)),
    Column("body", Text, default="", nullable=False),
    UniqueConstraint("template_id", "label", "language"),
)

#: A named reusable piece of template text: ``{% include "snippet:NAME" %}``.
template_snippets = Table(
    "template_snippets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    # "" for every language; a row in the email's language wins over it.
    Column("language", String(16), default="", nullable=False),
    Column("body", Text, default="", nullable=False),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
    UniqueConstraint("name", "language"),
)

#: Which A/B label an enrollment got for a template: kept so a prospect always sees the
#: same variant, and counted per language so the labels are handed out evenly.
template_assignments = Table(
    "template_assignments",
    metadata,
    Column(
        "template_id",
        Integer,
        ForeignKey("templates.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "enrollment_id",
        Integer,
        ForeignKey("enrollments.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("label", String(8), nullable=False),
    # The variant's language: each language's labels are balanced on their own.
    Column("language", String(16), nullable=False),
    Column("assigned_at", UtcDateTime(), default=utcnow, nullable=False),
)

#: A sequence of touches (emails, calls, LinkedIn) spread over days.
cadences = Table(
    "cadences",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), unique=True, nullable=False),
    Column("description", Text),
    Column("active", Boolean, default=True, nullable=False),
    # The canonical cadence file (docs/cadences.md); cadence_steps mirrors its steps.
    Column("definition", Text),
    *_timestamps(),
)

#: One step of a cadence: on day N, do this on that channel.
cadence_steps = Table(
    "cadence_steps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "cadence_id",
        Integer,
        ForeignKey("cadences.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("position", Integer, nullable=False),
    Column("day_offset", Integer, nullable=False),
    Column("channel", String(16), nullable=False),  # email | call | linkedin | task
    Column("template_id", Integer, ForeignKey("templates.id", ondelete="SET NULL")),
    Column("instructions", Text),
    UniqueConstraint("cadence_id", "position"),
)

#: A contact working through a cadence.
enrollments = Table(
    "enrollments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column(
        "cadence_id",
        Integer,
        ForeignKey("cadences.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("current_step", Integer, default=1, nullable=False),  # a step position
    Column("status", String(16), default="active", nullable=False),
    # Why it stopped: reply | meeting | bounce | opt_out | finished | manual.
    Column("stop_reason", String(16)),
    Column("next_due_at", UtcDateTime(), index=True),
    Column("enrolled_at", UtcDateTime(), default=utcnow, nullable=False),
    # The prospect's zone the steps are scheduled in, and whether it was a fallback guess.
    Column("time_zone", String(64)),
    Column("time_zone_guessed", Boolean, default=False, nullable=False),
    # When the last step was done: the floor of the next step's due moment (no bursts).
    Column("last_done_at", UtcDateTime()),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
    Index("ix_enrollments_status_due", "status", "next_due_at"),
)

#: Something a rep has to do for a contact, often a cadence step that fell due.
tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    # Indexed with status and due_at (ix_tasks_rep_status_due) for a rep's Today queue.
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("kind", String(16), nullable=False),  # email | call | linkedin | follow_up
    Column("title", String(300)),
    Column("due_at", UtcDateTime(), nullable=False),
    Column("status", String(16), default="open", nullable=False),  # open | done | skipped
    Column("priority", Integer, default=0, nullable=False),
    Column("enrollment_id", Integer, ForeignKey("enrollments.id", ondelete="CASCADE"), index=True),
    Column("cadence_step_id", Integer, ForeignKey("cadence_steps.id", ondelete="SET NULL")),
    Column("completed_at", UtcDateTime()),
    Column("notes", Text),
    # Why an automatic email step could not be queued (a code: do_not_contact,
    # no_postal_address, a template's missing field...); it stays in Today with it.
    Column("send_blocked", String(32)),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
    Index("ix_tasks_status_due", "status", "due_at"),
    Index("ix_tasks_rep_status_due", "rep_id", "status", "due_at"),
)

#: A touch or event on a contact: call, email, LinkedIn, note, meeting, stage change.
activities = Table(
    "activities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL"), index=True),
    Column("kind", String(16), nullable=False),
    Column("occurred_at", UtcDateTime(), default=utcnow, index=True, nullable=False),
    Column("outcome", String(32)),  # connected | voicemail | ...
    Column("duration_seconds", Integer),
    Column("subject", String(500)),
    Column("body", Text),
    Column("task_id", Integer, ForeignKey("tasks.id", ondelete="SET NULL")),
    Column("details", JSON(none_as_null=True)),  # e.g. old/new stage
    Index("ix_activities_contact_time", "contact_id", "occurred_at"),
)

#: BANT-style qualification notes for a contact (one row per contact).
qualifications = Table(
    "qualifications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        unique=True,
        nullable=False,
    ),
    Column("budget", String(16)),  # yes | no | unknown
    Column("authority", String(16)),
    Column("need", String(16)),
    Column("timing", String(16)),
    Column("notes", Text),
    # The checklist's answers as a JSON object (key -> text, number or yes/no): the
    # checklist is configurable, so its answers cannot be fixed columns.
    Column("answers", JSON(none_as_null=True)),
    Column("disqualify_reason", String(200)),
    Column("nurture_until", UtcDateTime()),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("version", Integer, default=1, nullable=False),
    *_timestamps(),
)

#: A qualified prospect handed to an account executive, with the meeting.
handoffs = Table(
    "handoffs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("ae_id", Integer, ForeignKey("reps.id", ondelete="SET NULL"), index=True),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("meeting_at", UtcDateTime()),
    Column("minutes", Integer),
    # The meeting's zone as booked (the invitation is written in it).
    Column("time_zone", String(64)),
    Column("summary", Text),
    # pending until the AE accepts it or sends it back (with a reason).
    Column("status", String(16), default="pending", nullable=False),
    Column("decided_at", UtcDateTime()),
    Column("decision_reason", String(200)),
    # The invitation's UID, so an update or a cancellation replaces the same event.
    Column("ics_uid", String(200)),
    Column("created_at", UtcDateTime(), default=utcnow, nullable=False),
)

#: A do-not-contact entry: an email, a whole domain or a phone number.
#:
#: For people who asked to be erased only ``value_hash`` is kept, so they stay suppressed
#: without their address being stored.
suppressions = Table(
    "suppressions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(8), nullable=False),  # email | domain | phone
    Column("value", String(320)),
    Column("value_hash", String(64), nullable=False),  # sha256 of the case-folded value
    Column("reason", String(200)),
    Column("created_at", UtcDateTime(), default=utcnow, nullable=False),
    UniqueConstraint("kind", "value_hash"),
)

#: A message the mailbox check has applied (a reply, a bounce, an opt-out ...), so checking
#: again never applies the same message twice. Only a hash of its Message-ID is kept: the
#: row holds nothing personal and needs no erasure.
mail_processed = Table(
    "mail_processed",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("message_hash", String(64), unique=True, nullable=False),  # sha256 of the Message-ID
    Column("kind", String(16), nullable=False),  # reply | auto_reply | bounce | unsubscribe | ...
    Column("processed_at", UtcDateTime(), default=utcnow, nullable=False),
)

#: The audit trail of erasures: when, which action, a random id and counts, never who.
erasures = Table(
    "erasures",
    metadata,
    Column("id", Integer, primary_key=True),
    # A random id the user can quote (e.g. to the person who asked) without naming them.
    Column("erasure_id", String(32), unique=True, nullable=False),
    Column("action", String(16), nullable=False),  # erase
    Column("erased_at", UtcDateTime(), default=utcnow, index=True, nullable=False),
    # Rows removed per table, and hashed suppression entries kept: numbers only.
    Column("counts", JSON(none_as_null=True), default=dict, nullable=False),
)

#: A lease one rep holds on a contact so two people do not call them at once.
claims = Table(
    "claims",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="CASCADE"), nullable=False),
    Column("claimed_at", UtcDateTime(), default=utcnow, nullable=False),
    Column("expires_at", UtcDateTime(), index=True, nullable=False),
)

#: One running copy of the app on a shared database: who, where, and when last seen.
#:
#: Each app registers a row when it opens the database and refreshes ``heartbeat_at``
#: every half minute; a row not refreshed for a few minutes is a crashed or disconnected
#: app and is swept away. Shown in the status bar ("Also here: ..."), and a schema
#: upgrade refuses to run while someone else has a live row.
sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    # The operating system's login name: who it is when no rep was chosen.
    Column("user_name", String(200), nullable=False),
    Column("host", String(255), nullable=False),
    Column("pid", Integer, nullable=False),
    Column("started_at", UtcDateTime(), default=utcnow, nullable=False),
    Column("heartbeat_at", UtcDateTime(), default=utcnow, index=True, nullable=False),
)

#: A single row counting committed write transactions, polled by every open app.
#:
#: Every write bumps ``counter`` as its last statement (inside the same transaction, so a
#: rolled-back write bumps nothing); an app that sees the number move since its last look
#: refreshes its pages as for its own edits (``Changes.source == "remote"``).
change_feed = Table(
    "change_feed",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("counter", Integer, default=0, nullable=False),
)

#: Cached result of a mail-domain DNS check (MX, then A/AAAA), with an expiry.
domain_checks = Table(
    "domain_checks",
    metadata,
    Column("domain", String(255), primary_key=True),
    Column("status", String(16), nullable=False),  # ok | no_mail_server | unknown
    Column("records", JSON(none_as_null=True), default=list, nullable=False),
    Column("checked_at", UtcDateTime(), default=utcnow, nullable=False),
    Column("expires_at", UtcDateTime(), index=True, nullable=False),
)

#: An email on its way out: queued, being sent, sent, failed, deferred, or in doubt.
#:
#: Life cycle (docs/email.md): queued -> sending -> sent | failed | deferred (-> sending
#: again when next_attempt_at comes); a message found ``sending`` by a later run becomes
#: ``unknown`` (the app stopped mid-send) until the user resends it or marks it sent.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), index=True),
    Column("enrollment_id", Integer, ForeignKey("enrollments.id", ondelete="SET NULL"), index=True),
    Column("task_id", Integer, ForeignKey("tasks.id", ondelete="SET NULL")),
    Column("rep_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    # cadence (unsubscribe line, postal address and List-Unsubscribe required) | manual
    Column("kind", String(16), nullable=False),
    Column("to_address", String(320), nullable=False),
    Column("to_name", String(400)),
    Column("subject", String(998), nullable=False),
    Column("text", Text, nullable=False),
    Column("html", Text),
    Column("headers", JSON(none_as_null=True)),  # extra headers, name -> value
    Column("message_id", String(255), index=True, nullable=False),
    Column("in_reply_to", String(255)),
    Column("references", Text),  # earlier Message-IDs of the thread, space-separated
    # queued | sending | sent | failed | deferred | unknown
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, default=0, nullable=False),
    Column("next_attempt_at", UtcDateTime()),
    # Why it is held or failed: a code (hourly_cap, transient, bounced, ...).
    Column("reason", String(32)),
    Column("server_response", Text),
    Column("queued_at", UtcDateTime(), nullable=False),
    Column("sent_at", UtcDateTime()),
    Column("template_id", Integer),
    Column("variant", String(16)),  # the A/B variant label
    Column("language", String(16)),
    Index("ix_outbox_status_next", "status", "next_attempt_at"),
    Index("ix_outbox_sent_at", "sent_at"),
)

#: An inbound lead whose speed-to-lead SLA broke: one row per lead, written once.
#:
#: Inserting it is the "once per lead" guard: of several apps watching the same
#: database, only the one whose insert lands notifies and (when the team turned it on)
#: hands the lead to the next rep.
sla_breaches = Table(
    "sla_breaches",
    metadata,
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("broken_at", UtcDateTime(), nullable=False, index=True),
    # Who owned the lead when it broke, and who it went to (None: not reassigned).
    Column("owner_id", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("reassigned_to", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
)

#: A database-wide setting (per-user settings live in QSettings instead).
settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON(none_as_null=True), nullable=False),
)

#: One user action that changed many rows (a bulk fix, a delete, a merge), undoable as a unit.
#:
#: Imports keep their own record (``ImportBatch``); everything else multi-row records here.
change_sets = Table(
    "change_sets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(24), nullable=False),  # bulk_fix | delete | merge | bulk_edit
    Column("description", String(500), nullable=False),
    Column("row_count", Integer, default=0, nullable=False),
    Column("created_by", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    Column("created_at", UtcDateTime(), default=utcnow, index=True, nullable=False),
    Column("undone", Boolean, default=False, nullable=False),
    Column("undone_at", UtcDateTime()),
)

#: What one row looked like before (and after) a change set touched it.
#:
#: ``before`` holds the old values of the changed columns for an update, and the whole row
#: for a delete; ``after`` holds the values the change wrote, so undo can tell whether
#: somebody edited the row since and refuse to overwrite their edit.
change_set_rows = Table(
    "change_set_rows",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "change_set_id",
        Integer,
        ForeignKey("change_sets.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("table_name", String(64), nullable=False),
    # The row's primary key as a JSON object, e.g. {"id": 5} or {"list_id": 1, "contact_id": 5}.
    Column("row_key", JSON(none_as_null=True), nullable=False),
    Column("action", String(8), nullable=False),  # updated | deleted | inserted
    Column("before", JSON(none_as_null=True)),
    Column("after", JSON(none_as_null=True)),
)

#: Two contacts somebody said are different people ("Not duplicates" on the merge screen).
#:
#: Stored in the database, not per user, so a team sharing one file does not review the
#: same pair twice. The pair is ordered (smaller id first) so the unique constraint holds
#: whichever way round it was dismissed; a dismissed group of n contacts is n·(n-1)/2 rows.
#: Deleting either contact drops the row.
duplicate_dismissals = Table(
    "duplicate_dismissals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id_low", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False
    ),
    # Indexed for the cascade: the unique constraint's index only serves the low side.
    Column(
        "contact_id_high",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("dismissed_at", UtcDateTime(), default=utcnow, nullable=False),
    Column("dismissed_by", Integer, ForeignKey("reps.id", ondelete="SET NULL")),
    UniqueConstraint("contact_id_low", "contact_id_high"),
    CheckConstraint("contact_id_low < contact_id_high", name="ordered_pair"),
)

# --- derived tables: counts kept by triggers, report roll-ups ------------------------------
#
# Every row below is derived from the tables above and can be rebuilt from them; the
# triggers that keep them right are created by migrations 0015 and 0021 (SQLite and
# PostgreSQL).

#: Contacts per (stage, owner, source, lead type), kept by triggers on ``contacts`` (insert,
#: delete, a change of any of the four), so the board's column counts under any mix of
#: owner, source and lead type filters are a sum over a few hundred rows, not a million
#: index entries. The key is NOT NULL so each mix has one row: 0 is "no stage" / "no
#: owner", ``''`` no source / lead type. Rows left at 0 stay (readers skip them).
board_tallies = Table(
    "board_tallies",
    metadata,
    Column("stage_id", Integer, primary_key=True, autoincrement=False),
    Column("owner_id", Integer, primary_key=True, autoincrement=False),
    Column("source", String(16), primary_key=True),
    Column("lead_type", String(16), primary_key=True),
    Column("contacts", Integer, nullable=False),
)

#: The UTC days whose report roll-up rows are built. Deleting a day's row (the triggers do,
#: on any write to an activity of that day) deletes its roll-up rows too.
report_days = Table(
    "report_days",
    metadata,
    Column("day", String(10), primary_key=True),  # YYYY-MM-DD, a UTC day
    Column("built_at", UtcDateTime(), default=utcnow, nullable=False),
)

#: A built day's activities, grouped exactly as the report's live pass groups them.
activity_daily = Table(
    "activity_daily",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("day", String(10), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("outcome", String(32)),
    Column("rep_id", Integer),  # no foreign key: a rep's deletion rewrites the activities
    Column("source", String(16)),
    Column("lead_type", String(16)),
    Column("long_call", Integer, nullable=False),
    Column("booked", Integer),  # the contact, for a meeting booked
    Column("variant", String(100)),
    Column("replied", Integer, nullable=False),
    Column("activities", Integer, nullable=False),
    # 1 on the group a booked contact's meeting of the day is credited to (the first of its
    # groups in the live pass's order), else 0: everybody's report counts meetings with no
    # window over a month of booked groups.
    Column("books", Integer, nullable=False, server_default="0"),
    # Covering, in the live pass's order: a report reads a month's groups in order, no sort.
    Index(
        "ix_activity_daily_day",
        "day",
        "kind",
        "outcome",
        "rep_id",
        "source",
        "lead_type",
        "long_call",
        "booked",
        "variant",
        "replied",
        "activities",
    ),  # fmt: skip
    # A range's meetings per day, rep and kind of lead, in the grouping's order.
    Index("ix_activity_daily_books", "books", "day", "rep_id", "source", "lead_type"),
)

#: One row per stage change of a built day: the stay it began, with when it ended (the
#: contact's next stage change, and the next one logged by the same rep) and its length in
#: days, and when the contact last entered the same stage before (so a range counts each
#: contact once without a DISTINCT): the funnel needs no window over the log.
stage_stays = Table(
    "stage_stays",
    metadata,
    Column("activity_id", Integer, primary_key=True, autoincrement=False),
    Column("day", String(10), nullable=False),
    Column("contact_id", Integer, nullable=False),
    Column("rep_id", Integer),
    Column("to_key", String(40)),
    Column("left_at", UtcDateTime()),
    Column("days", Float),
    Column("rep_left_at", UtcDateTime()),
    Column("rep_days", Float),
    Column("entered_before", UtcDateTime()),
    Column("rep_entered_before", UtcDateTime()),
    Index("ix_stage_stays_day", "day"),
    # Counting a range's first entries and finished stays per stage reads this index only.
    Index("ix_stage_stays_key_day", "to_key", "day", "entered_before", "left_at"),
    Index("ix_stage_stays_contact", "contact_id", "to_key"),
    # The same two reads for one rep's report (their moves, the stays their next move ended).
    Index(
        "ix_stage_stays_rep_key_day", "rep_id", "to_key", "day", "rep_entered_before", "rep_left_at"
    ),
    Index("ix_stage_stays_rep_key_days", "rep_id", "to_key", "rep_days", "day", "rep_left_at"),
    Index("ix_stage_stays_key_days", "to_key", "days", "day", "left_at"),
)

#: Each inbound lead that arrived on a built day, with its first touch: speed-to-lead reads
#: a range's minutes from here. Filled with its arrival day and, unlike the other roll-ups,
#: kept current by triggers (migration 0019) rather than forgotten: a lead's first touch
#: usually comes on a later day, and rebuilding its arrival day for it would cost a second.
first_touches = Table(
    "first_touches",
    metadata,
    Column("contact_id", Integer, primary_key=True, autoincrement=False),
    Column("day", String(10), nullable=False),  # the UTC day it arrived
    Column("owner_id", Integer),
    Column("arrived_at", UtcDateTime(), nullable=False),
    Column("first_at", UtcDateTime()),  # its first touch, or None while untouched
    # Covering: a range's (or one owner's) minutes without a table look-up.
    Index("ix_first_touches_day", "day", "owner_id", "arrived_at", "first_at"),
)

# --- the search index ---------------------------------------------------------------------

#: Tables the migrations create by hand and Alembic must not compare or create: the FTS5
#: search index (a virtual table with its shadow tables, kept in step by triggers).
search_metadata = MetaData()

#: The contacts' full-text index; ``rowid`` is the contact's id.
contacts_fts = Table("contacts_fts", search_metadata, Column("rowid", Integer))
#: PostgreSQL's search index (migration 0017): a contact's words as a GIN-indexed tsvector,
#: made by SQLite's tokenizer (``app.storage.server_search``). Only ``contact_id`` is read
#: through SQLAlchemy.
contacts_fts_words = Table(
    "contacts_fts_words", search_metadata, Column("contact_id", Integer, primary_key=True)
)
