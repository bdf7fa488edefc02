"""Rendering stored templates for a prospect: the API the outbox and the composer use.

- :func:`render_step_email` renders an enrollment's current email step: the step's
  ``template`` names a stored template (or is the text itself), the prospect's language
  picks the language variant, the A/B label is assigned evenly and kept per enrollment.
- :func:`render_for_contact` renders a template for any contact (previews, the composer).

Both raise the core's :class:`~app.core.templating.RenderBlocked` with a code naming what
blocks the send (a missing field, a syntax error, an unknown template, ...).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from app.core.cadences import Channel
from app.core.templating import (
    ContactData,
    RenderBlocked,
    RenderedEmail,
    Sender,
    TemplateContent,
    contact_language,
    merge_values,
    pick_ab_label,
    pick_language,
    render_content,
)
from app.storage import tables
from app.storage.templates.errors import TemplateStoreError
from app.storage.templates.library import TemplateRecord, load_template, snippets_for
from app.storage.types import utcnow

__all__ = [
    "ab_counts",
    "render_record",
    "load_contact",
    "parse_inline_text",
    "render_for_contact",
    "render_step_email",
    "render_text",
]

_SUBJECT_LINE = re.compile(r"^subject:[ \t]*(.*)$", re.IGNORECASE)


def _text(value: Any) -> str | None:
    return str(value) if value is not None else None


def load_contact(conn: Connection, contact_id: int) -> tuple[ContactData, str | None]:
    """A contact and its company as merge data, and the language to write to them in.

    Raises:
        RenderBlocked: ``unknown_contact``.
    """
    c, co = tables.contacts, tables.companies
    row = conn.execute(
        select(
            c.c.first_name, c.c.middle_name, c.c.last_name, c.c.full_name, c.c.title,
            c.c.email, c.c.phone_e164, c.c.phone_raw, c.c.city, c.c.country,
            c.c.custom_fields, co.c.name.label("company"), co.c.website, co.c.domain,
            co.c.industry, co.c.city.label("company_city"),
            co.c.country.label("company_country"),
        )
        .select_from(c.outerjoin(co, co.c.id == c.c.company_id))
        .where(c.c.id == contact_id)
    ).first()  # fmt: skip
    if row is None:
        raise RenderBlocked("unknown_contact", {"id": contact_id})
    custom = row.custom_fields if isinstance(row.custom_fields, dict) else {}
    country = row.country or row.company_country
    website = row.website or (f"https://{row.domain}" if row.domain else None)
    contact = ContactData(
        first_name=row.first_name, middle_name=row.middle_name, last_name=row.last_name,
        full_name=row.full_name, title=row.title, company=row.company, email=row.email,
        phone=row.phone_e164 or _text(row.phone_raw), city=row.city or row.company_city,
        country=country, website=website, industry=row.industry, custom=custom,
    )  # fmt: skip
    return contact, contact_language(custom, country)


def ab_counts(conn: Connection, template_id: int) -> dict[str, int]:
    """How many enrollments got each A/B label of a template so far."""
    a = tables.template_assignments
    rows = conn.execute(
        select(a.c.label, func.count()).where(a.c.template_id == template_id).group_by(a.c.label)
    )
    return {str(label): int(count) for label, count in rows}


def render_record(
    conn: Connection,
    record: TemplateRecord,
    contact: ContactData,
    wanted: str | None,
    *,
    sender: Sender,
    label: str | None,
) -> RenderedEmail:
    """Render a template record for a contact: language variant, then A/B label."""
    language = pick_language(record.languages, wanted, record.language)
    labels = record.labels(language)
    if label is None or label not in labels:
        label = pick_ab_label(labels, ab_counts(conn, record.id))
    variant = record.variant(label, language)
    assert variant is not None  # the label was picked among this language's labels
    return render_content(
        TemplateContent(variant.subject, variant.body, record.is_html),
        merge_values(contact, sender, language),
        snippets=snippets_for(conn, language),
        language=language,
        template_id=record.id,
        variant=label,
        require_subject=record.channel == "email",
    )


def _load_record(conn: Connection, template: int | str) -> TemplateRecord:
    try:
        return load_template(conn, template)
    except TemplateStoreError:
        raise RenderBlocked("unknown_template", {"name": str(template)}) from None


def render_for_contact(
    conn: Connection,
    template: int | str,
    contact_id: int,
    *,
    sender: Sender,
    variant: str | None = None,
) -> RenderedEmail:
    """Render a stored template for one contact (a preview or a personal email).

    Args:
        conn: An open connection (a read is enough: nothing is written).
        template: The template's id or name.
        contact_id: The prospect.
        sender: Who sends.
        variant: The A/B label to render; None picks the least used one (not recorded).

    Returns:
        The email, with the template id, the A/B label and the language used.

    Raises:
        RenderBlocked: ``unknown_template``, ``unknown_contact`` or a rendering code.
    """
    record = _load_record(conn, template)
    contact, wanted = load_contact(conn, contact_id)
    return render_record(conn, record, contact, wanted, sender=sender, label=variant)


def parse_inline_text(text: str) -> TemplateContent:
    """A step's own text as a template: a first line ``Subject: ...`` gives the subject."""
    lines = text.strip("\n").split("\n")
    match = _SUBJECT_LINE.match(lines[0]) if lines else None
    if match:
        return TemplateContent(match.group(1).strip(), "\n".join(lines[1:]).strip("\n"))
    return TemplateContent("", text.strip("\n"))


def render_text(
    conn: Connection,
    content: TemplateContent,
    contact_id: int,
    *,
    sender: Sender,
    language: str | None = None,
) -> RenderedEmail:
    """Render text that is not stored (a step's own text, an edited draft) for a contact.

    Args:
        conn: An open connection.
        content: The subject and body templates.
        contact_id: The prospect.
        sender: Who sends.
        language: The text's language; None takes the contact's (else English).

    Raises:
        RenderBlocked: ``unknown_contact`` or a rendering code.
    """
    contact, wanted = load_contact(conn, contact_id)
    lang = language or wanted or "en"
    return render_content(
        content, merge_values(contact, sender, lang), snippets=snippets_for(conn, lang),
        language=lang,
    )  # fmt: skip


def render_step_email(
    conn: Connection, enrollment_id: int, *, sender: Sender, record_assignment: bool = True
) -> RenderedEmail:
    """Render the email of an enrollment's current step.

    The step's ``template`` is a stored template's name, else the email's own text (a
    first line ``Subject: ...`` gives the subject). The language variant follows the
    prospect's language; the A/B label is the one this enrollment got before, else the
    least used one, recorded in ``template_assignments`` (so call it inside the
    transaction that queues the email; ``record_assignment=False`` for a preview).

    Args:
        conn: An open connection; with ``record_assignment`` it must be able to write.
        enrollment_id: The enrollment.
        sender: Who sends.
        record_assignment: Remember the A/B label given to this enrollment.

    Returns:
        The email, with the template id, the A/B label and the language.

    Raises:
        RenderBlocked: ``unknown_enrollment``, ``enrollment_finished``,
            ``not_an_email_step``, ``no_template`` or a rendering code.
    """
    from app.storage.cadences.library import load_cadences_by_id

    e = tables.enrollments
    row = conn.execute(
        select(e.c.contact_id, e.c.cadence_id, e.c.current_step).where(e.c.id == enrollment_id)
    ).first()
    if row is None:
        raise RenderBlocked("unknown_enrollment", {"id": enrollment_id})
    cadence = load_cadences_by_id(conn, {int(row.cadence_id)})[int(row.cadence_id)][1]
    position = int(row.current_step)
    if not 1 <= position <= len(cadence.steps):
        raise RenderBlocked("enrollment_finished", {"id": enrollment_id})
    step = cadence.steps[position - 1]
    if step.channel != Channel.EMAIL:
        raise RenderBlocked("not_an_email_step", {"step": position, "channel": str(step.channel)})
    if not step.template.strip():
        raise RenderBlocked("no_template", {"step": position})
    contact_id = int(row.contact_id)
    try:
        record = load_template(conn, step.template.strip())
    except TemplateStoreError:
        return render_text(conn, parse_inline_text(step.template), contact_id, sender=sender)
    contact, wanted = load_contact(conn, contact_id)
    a = tables.template_assignments
    label = conn.execute(
        select(a.c.label).where(a.c.template_id == record.id, a.c.enrollment_id == enrollment_id)
    ).scalar()
    email = render_record(conn, record, contact, wanted, sender=sender, label=label)
    if record_assignment and label is None and email.variant is not None:
        conn.execute(
            insert(a).values(
                template_id=record.id,
                enrollment_id=enrollment_id,
                label=email.variant,
                assigned_at=utcnow(),
            )  # fmt: skip
        )
    return email
