"""Email templates: rendering in a sandbox, greetings per language, variants.

Feature ``templates`` (docs/templates.md). Pure: no database, no Qt::

    from app.core.templating import ContactData, Sender, TemplateContent, merge_values
    values = merge_values(contact, sender, "ru")
    email = render_content(TemplateContent(subject, body), values, language="ru")

Errors are :class:`RenderBlocked` (a code and its arguments).
"""

from app.core.templating.engine import (
    MAX_LOOP_ITERATIONS,
    MAX_OUTPUT_CHARS,
    MAX_RANGE,
    MAX_TEMPLATE_CHARS,
    SNIPPET_PREFIX,
    Snippets,
    check_template,
    render_content,
    used_fields,
)
from app.core.templating.errors import RENDER_CODES, RenderBlocked
from app.core.templating.fields import MERGE_FIELDS, merge_values
from app.core.templating.greetings import greeting_name, lithuanian_vocative
from app.core.templating.html_text import html_to_text
from app.core.templating.languages import COUNTRY_LANGUAGES, contact_language, normalize_language
from app.core.templating.model import ContactData, RenderedEmail, Sender, TemplateContent
from app.core.templating.variants import pick_ab_label, pick_language

__all__ = [
    "COUNTRY_LANGUAGES",
    "MAX_LOOP_ITERATIONS",
    "MAX_OUTPUT_CHARS",
    "MAX_RANGE",
    "MAX_TEMPLATE_CHARS",
    "MERGE_FIELDS",
    "RENDER_CODES",
    "SNIPPET_PREFIX",
    "ContactData",
    "RenderBlocked",
    "RenderedEmail",
    "Sender",
    "Snippets",
    "TemplateContent",
    "check_template",
    "contact_language",
    "greeting_name",
    "html_to_text",
    "lithuanian_vocative",
    "merge_values",
    "normalize_language",
    "pick_ab_label",
    "pick_language",
    "render_content",
    "used_fields",
]
