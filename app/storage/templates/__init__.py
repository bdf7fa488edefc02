"""Storage of email templates: variants per language and A/B label, snippets, rendering.

Feature ``templates`` (docs/templates.md): the rendering rules live in
``app.core.templating``; this package stores templates and renders them for prospects::

    from app.storage.templates import render_step_email, render_for_contact, Sender
    email = render_step_email(conn, enrollment_id, sender=Sender("Anna", "anna@x.example"))
    email.subject, email.text, email.html, email.variant, email.language

Rendering raises the core's :class:`RenderBlocked` (a code and its arguments); writes
raise :class:`TemplateStoreError` and return ``Changes`` (or a result with ``changes``).
"""

from app.core.templating import RenderBlocked, RenderedEmail, Sender, TemplateContent
from app.storage.templates.errors import TemplateStoreError
from app.storage.templates.library import (
    DEFAULT_LABEL,
    SnippetRecord,
    TemplateDraft,
    TemplateInfo,
    TemplateRecord,
    TemplateSaved,
    VariantText,
    create_template,
    delete_snippet,
    delete_template,
    list_snippets,
    list_templates,
    load_template,
    save_snippet,
    snippets_for,
    update_template,
)
from app.storage.templates.render import (
    ab_counts,
    load_contact,
    parse_inline_text,
    render_for_contact,
    render_step_email,
    render_text,
)
from app.storage.templates.shipped import SEEDED_KEY, seed_shipped_templates
from app.storage.templates.workspace import (
    PreviewContact,
    default_sender,
    log_mail_client_email,
    preview_contacts,
    render_draft,
    render_task_email,
)

__all__ = [
    "DEFAULT_LABEL",
    "PreviewContact",
    "SEEDED_KEY",
    "RenderBlocked",
    "RenderedEmail",
    "Sender",
    "SnippetRecord",
    "TemplateContent",
    "TemplateDraft",
    "TemplateInfo",
    "TemplateRecord",
    "TemplateSaved",
    "TemplateStoreError",
    "VariantText",
    "ab_counts",
    "create_template",
    "delete_snippet",
    "default_sender",
    "delete_template",
    "list_snippets",
    "list_templates",
    "load_contact",
    "load_template",
    "log_mail_client_email",
    "parse_inline_text",
    "preview_contacts",
    "render_for_contact",
    "render_draft",
    "render_step_email",
    "render_task_email",
    "render_text",
    "save_snippet",
    "seed_shipped_templates",
    "snippets_for",
    "update_template",
]
