"""What the template editor and the composer need besides the library: contacts to preview
with, the sender, unsaved drafts rendered for a prospect, and mail-client emails logged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import insert, or_, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.core.templating import RenderBlocked, RenderedEmail, Sender
from app.storage import tables
from app.storage.templates.library import TemplateDraft, TemplateRecord
from app.storage.templates.render import load_contact, render_record, render_step_email
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "PreviewContact",
    "default_sender",
    "log_mail_client_email",
    "preview_contacts",
    "render_draft",
    "render_task_email",
]


@dataclass(frozen=True)
class PreviewContact:
    """A contact as the preview picker lists it."""

    id: int
    name: str
    company: str
    email: str
    country: str


def preview_contacts(conn: Connection, text: str = "", *, limit: int = 200) -> list[PreviewContact]:
    """Contacts whose name, email or company contains ``text`` (all when empty), by name.

    Args:
        conn: An open connection.
        text: What the user typed into the picker.
        limit: At most this many (a picker, not a table).
    """
    c, co = tables.contacts, tables.companies
    query = (
        select(
            c.c.id,
            c.c.full_name,
            c.c.first_name,
            c.c.last_name,
            c.c.email,
            c.c.country,
            co.c.name.label("company"),
        )  # fmt: skip
        .select_from(c.outerjoin(co, co.c.id == c.c.company_id))
        .order_by(c.c.last_name, c.c.first_name, c.c.id)
        .limit(limit)
    )
    needle = text.strip()
    if needle:
        pattern = f"%{needle.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(c.c.full_name.ilike(pattern), c.c.email.ilike(pattern), co.c.name.ilike(pattern))
        )
    out = []
    for row in conn.execute(query):
        name = row.full_name or " ".join(p for p in (row.first_name, row.last_name) if p)
        out.append(PreviewContact(int(row.id), name, row.company or "", row.email or "",
                                  row.country or ""))  # fmt: skip
    return out


def default_sender(conn: Connection, email: str = "") -> Sender:
    """The sender for previews: the rep with ``email``, else the only active rep.

    The signature is the rep's name and there is no postal address: the mail account's
    settings (the outbox's) fill those in for real sends.
    """
    r = tables.reps
    row = None
    if email.strip():
        row = conn.execute(
            select(r.c.name, r.c.email).where(r.c.email.ilike(email.strip()))
        ).first()
    if row is None:
        rows = conn.execute(select(r.c.name, r.c.email).where(r.c.active.is_(True))).all()
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        return Sender("", "")
    return Sender(row.name or "", row.email or "", row.name or "")


def render_task_email(conn: Connection, task_id: int, *, sender: Sender) -> RenderedEmail:
    """Render the email of an open cadence email step (a Today item) for the rep to review.

    A preview: the A/B label is not recorded until the email is queued.

    Raises:
        RenderBlocked: ``step_not_open`` when the item is not an open email step of an
            active enrollment, or any code of
            :func:`~app.storage.templates.render.render_step_email`.
    """
    t, e = tables.tasks, tables.enrollments
    enrollment_id = conn.execute(
        select(t.c.enrollment_id)
        .select_from(t.join(e, e.c.id == t.c.enrollment_id))
        .where(t.c.id == task_id, t.c.status == "open", t.c.kind == "email")
        .where(e.c.status == "active")
    ).scalar()
    if enrollment_id is None:
        raise RenderBlocked("step_not_open", {"task": task_id})
    return render_step_email(conn, int(enrollment_id), sender=sender, record_assignment=False)


def render_draft(
    conn: Connection,
    draft: TemplateDraft,
    contact_id: int,
    *,
    sender: Sender,
    label: str | None = None,
    template_id: int | None = None,
) -> RenderedEmail:
    """Render an unsaved draft for a contact, as the stored template would be rendered.

    Args:
        conn: An open connection.
        draft: The editor's content (not checked: the preview shows what it would send).
        contact_id: The prospect.
        sender: Who sends.
        label: The A/B label to show; None picks as a send would.
        template_id: The stored template being edited, for its A/B counts.

    Raises:
        RenderBlocked: ``unknown_contact`` or a rendering code.
    """
    record = TemplateRecord(
        template_id or 0, draft.name, draft.channel, draft.language, draft.is_html, 0, utcnow(),
        draft.variants,
    )  # fmt: skip
    contact, wanted = load_contact(conn, contact_id)
    return render_record(conn, record, contact, wanted, sender=sender, label=label)


def log_mail_client_email(
    db: Database, contact_id: int, email: RenderedEmail, *, rep_email: str = ""
) -> Changes:
    """Log an email handed to the user's mail client as an activity of the contact.

    The app cannot know whether it was sent; the activity records that it was prepared,
    with ``outcome = "mail_client"``, the subject and the text, the template and variant.
    """
    with db.transaction() as conn:
        rep_id = None
        if rep_email.strip():
            rep_id = conn.execute(
                select(tables.reps.c.id).where(tables.reps.c.email.ilike(rep_email.strip()))
            ).scalar()
        now = utcnow()
        activity_id = conn.execute(
            insert(tables.activities)
            .values(
                contact_id=contact_id,
                rep_id=rep_id,
                kind="email",
                occurred_at=now,
                outcome="mail_client",
                subject=email.subject[:500],
                body=email.text,
                details={
                    "template_id": email.template_id,
                    "variant": email.variant,
                    "language": email.language,
                },
            )  # fmt: skip
            .returning(tables.activities.c.id)
        ).scalar_one()
        conn.execute(
            tables.contacts.update()
            .where(tables.contacts.c.id == contact_id)
            .values(last_touched_at=now)
        )
    return Changes.of(
        {"activities", "contacts"},
        ids={"activities": [int(activity_id)], "contacts": [contact_id]},
        operation="log_email",
        count=1,
    )
