"""Everything the contact detail panel shows about one contact, and editing its name.

The panel (``app.ui.widgets.contact_detail``) calls :func:`load_contact_detail` from a
background job and gets a frozen, plain-data :class:`ContactDetailData` back: no ORM
objects cross into the GUI thread. Plain SQLAlchemy Core over the tables of
``app.storage.tables``, so this module does not import the ORM schema.

Usage::

    with db.reading() as conn:
        detail = load_contact_detail(conn, contact_id)
    if detail is None:
        ...  # deleted meanwhile
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.validation import EmailCheck, PhoneCheck, score_contact
from app.storage import errors, tables
from app.storage.contacts.tables import CONTACTS
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.storage.database import Database

# The contact's own columns the panel shows (``select`` reads only these).
_DETAIL_COLUMNS = (
    "id", "first_name", "middle_name", "last_name", "full_name", "title", "company_id", "email_raw",
    "email", "email_status", "email_reasons", "email_suggestion", "phone_raw", "phone_e164",
    "phone_extension", "phone_kind", "phone_status", "phone_reasons", "time_zone", "country",
    "city", "linkedin_url", "source", "lead_type", "stage_id", "owner_id", "fit_score",
    "quality_score", "do_not_contact", "validated_with", "version", "updated_at",
)  # fmt: skip

__all__ = ["ContactDetailData", "edit_name", "load_contact_detail", "split_reasons"]


def split_reasons(codes: str | None) -> tuple[str, ...]:
    """Turn the stored space-separated reason codes into a tuple (empty for None)."""
    return tuple(codes.split()) if codes else ()


@dataclass(frozen=True)
class ContactDetailData:
    """One contact as the detail panel shows it.

    Attributes:
        id: the contact's id.
        version: the row version read; an edit passes it back for optimistic locking.
        first_name: first name as stored.
        last_name: last name as stored.
        full_name: the full name as stored (may be the only name there is).
        title: job title.
        company: the company's name, or None.
        email_raw: the email as imported (never overwritten by validation).
        email: the normalized address, or None when invalid.
        email_status: valid | risky | invalid | unknown, None when never checked.
        email_reasons: reason codes (keys of ``app.core.validation.REASONS``).
        email_suggestion: a corrected address for a probable typo.
        phone_raw: the phone as imported.
        phone_e164: the number in E.164, without extension.
        phone_extension: the extension, if any.
        phone_kind: mobile, fixed_line, ...
        phone_status: valid | risky | invalid, None when never checked.
        phone_reasons: reason codes.
        time_zone: the contact's IANA time zone (from the phone or the country).
        country: country as stored.
        city: city as stored.
        linkedin_url: LinkedIn profile address.
        source: inbound | outbound | referral.
        lead_type: seed | net | spear.
        stage: the pipeline stage's name.
        owner: the owning rep's name.
        fit_score: ICP fit, 0-100.
        quality_score: data quality, 0-100.
        do_not_contact: True when the contact must not be contacted.
        validated_with: the validator version that computed the derived fields.
        updated_at: when the row last changed.
        tags: tag names, sorted.
        lists: names of the static lists the contact is in, sorted.
        claimed_by: the rep holding a live claim on the contact ("is on this prospect").
        claimed_until: when that claim ends unless renewed (UTC).
    """

    id: int
    version: int
    first_name: str | None
    last_name: str | None
    full_name: str
    title: str | None
    company: str | None
    email_raw: str | None
    email: str | None
    email_status: str | None
    email_reasons: tuple[str, ...]
    email_suggestion: str | None
    phone_raw: str | None
    phone_e164: str | None
    phone_extension: str | None
    phone_kind: str | None
    phone_status: str | None
    phone_reasons: tuple[str, ...]
    time_zone: str | None
    country: str | None
    city: str | None
    linkedin_url: str | None
    source: str | None
    lead_type: str | None
    stage: str | None
    owner: str | None
    fit_score: int | None
    quality_score: int | None
    do_not_contact: bool
    validated_with: str | None
    updated_at: dt.datetime | str | None
    tags: tuple[str, ...]
    lists: tuple[str, ...]
    claimed_by: str | None = None
    claimed_until: dt.datetime | None = None
    #: A middle name or patronymic (``Петрович``), when the contact has one.
    middle_name: str | None = None

    @property
    def display_name(self) -> str:
        """The name to show: the full name, else first and last joined, else ""."""
        if self.full_name.strip():
            return self.full_name.strip()
        return " ".join(p for p in (self.first_name, self.last_name) if p).strip()


def load_contact_detail(
    conn: Connection, contact_id: int, *, now: dt.datetime | None = None
) -> ContactDetailData | None:
    """Read one contact with its company, stage, owner, tags, lists and live claim.

    Args:
        conn: a connection, ideally inside ``Database.reading()`` so all reads share one
            snapshot.
        contact_id: the contact to read.
        now: the moment a claim must outlast to count (default: the clock's now).

    Returns:
        The contact's detail, or None when no such contact exists (deleted meanwhile).
    """
    c = CONTACTS.c
    row = (
        conn.execute(
            select(
                *(CONTACTS.c[name] for name in _DETAIL_COLUMNS),
                tables.companies.c.name.label("company_name"),
                tables.pipeline_stages.c.name.label("stage_name"),
                tables.reps.c.name.label("owner_name"),
            )
            .select_from(
                CONTACTS.outerjoin(tables.companies, tables.companies.c.id == c.company_id)
                .outerjoin(tables.pipeline_stages, tables.pipeline_stages.c.id == c.stage_id)
                .outerjoin(tables.reps, tables.reps.c.id == c.owner_id)
            )
            .where(c.id == contact_id)
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    tags = conn.execute(
        select(tables.tags.c.name)
        .select_from(
            tables.contact_tags.join(tables.tags, tables.tags.c.id == tables.contact_tags.c.tag_id)
        )
        .where(tables.contact_tags.c.contact_id == contact_id)
        .order_by(tables.tags.c.name)
    ).scalars()
    lists = conn.execute(
        select(tables.lists.c.name)
        .select_from(
            tables.list_members.join(
                tables.lists, tables.lists.c.id == tables.list_members.c.list_id
            )
        )
        .where(tables.list_members.c.contact_id == contact_id)
        .order_by(tables.lists.c.name)
    ).scalars()
    from app.storage.team.claims import holder

    claim = holder(conn, contact_id, now or utcnow())
    return ContactDetailData(
        id=int(row["id"]),
        version=int(row["version"] or 1),
        first_name=row["first_name"],
        last_name=row["last_name"],
        full_name=row["full_name"] or "",
        title=row["title"],
        company=row["company_name"],
        email_raw=row["email_raw"],
        email=row["email"],
        email_status=row["email_status"],
        email_reasons=split_reasons(row["email_reasons"]),
        email_suggestion=row["email_suggestion"],
        phone_raw=row["phone_raw"],
        phone_e164=row["phone_e164"],
        phone_extension=row["phone_extension"],
        phone_kind=row["phone_kind"],
        phone_status=row["phone_status"],
        phone_reasons=split_reasons(row["phone_reasons"]),
        time_zone=row["time_zone"],
        country=row["country"],
        city=row["city"],
        linkedin_url=row["linkedin_url"],
        source=row["source"],
        lead_type=row["lead_type"],
        stage=row["stage_name"],
        owner=row["owner_name"],
        fit_score=row["fit_score"],
        quality_score=row["quality_score"],
        do_not_contact=bool(row["do_not_contact"]),
        validated_with=row["validated_with"],
        updated_at=row["updated_at"],
        tags=tuple(str(t) for t in tags),
        lists=tuple(str(n) for n in lists),
        claimed_by=None if claim is None else claim.name,
        claimed_until=None if claim is None else claim.expires_at,
        middle_name=row["middle_name"],
    )


def _quality(row: Any, first_name: str | None, last_name: str | None) -> int:
    """The quality score with new names, from the stored email and phone verdicts."""
    email = (
        EmailCheck(row.email_status, row.email, split_reasons(row.email_reasons))
        if row.email_status and (row.email_raw or "").strip()
        else None
    )
    phone = (
        PhoneCheck(row.phone_status, row.phone_e164, reasons=split_reasons(row.phone_reasons))
        if row.phone_status and (row.phone_raw or "").strip()
        else None
    )
    return score_contact(
        email=email,
        phone=phone,
        first_name=first_name,
        last_name=last_name,
        company=row.company_name,
        title=row.title,
    ).score


def edit_name(
    db: Database,
    contact_id: int,
    first_name: str | None,
    last_name: str | None,
    *,
    expected_version: int,
) -> Changes:
    """Set a contact's first and last name (and full name), undoably, with optimistic locking.

    The quality score is recomputed (a missing name costs points); the email and phone
    verdicts are kept as they are.

    Args:
        db: The database.
        contact_id: The contact.
        first_name: The new first name (blank clears it).
        last_name: The new last name (blank clears it).
        expected_version: The contact's ``version`` when the user started editing.

    Returns:
        The change (one contact), with the change set that undoes it.

    Raises:
        ConcurrentEditError: the contact was changed (or deleted) since that version;
            nothing was written.
    """
    from app.storage.changes import record_changes

    first = (first_name or "").strip() or None
    last = (last_name or "").strip() or None
    c = CONTACTS.c
    with record_changes(db, kind="bulk_edit", description="name") as rec:
        row = rec.conn.execute(
            select(
                c.version,
                c.email_raw,
                c.email,
                c.email_status,
                c.email_reasons,
                c.phone_raw,
                c.phone_e164,
                c.phone_status,
                c.phone_reasons,
                c.title,
                tables.companies.c.name.label("company_name"),
            )
            .select_from(
                CONTACTS.outerjoin(tables.companies, tables.companies.c.id == c.company_id)
            )
            .where(c.id == contact_id)
        ).first()
        if row is None or row.version != expected_version:
            raise errors.ConcurrentEditError(
                table="contacts",
                row_id=contact_id,
                expected=expected_version,
                found=None if row is None else int(row.version),
            )
        values: dict[str, Any] = {
            "first_name": first,
            "last_name": last,
            "full_name": " ".join(p for p in (first, last) if p),
        }
        if row.email_status is not None or row.phone_status is not None:
            values["quality_score"] = _quality(row, first, last)
        # The version check again, inside the UPDATE: the read above takes no lock on
        # PostgreSQL, and another session's edit may have committed since.
        rec.update("contacts", contact_id, values, expected_version=expected_version)
    return rec.changes(count=1)
