"""English one-liners for the templates' codes: why an email is blocked, why a save failed.

Core raises :class:`~app.core.templating.RenderBlocked` and storage
:class:`~app.storage.templates.TemplateStoreError`, each a code with arguments; the CLI
(the outbox's send, for one) words them here, the GUI with ``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final


def _describe(code: str, arguments: Mapping[str, object], table: Mapping[str, str]) -> str:
    # The same wording rule as app.commands.messages.describe, kept here so the two
    # tables do not import each other (that module dispatches to this one).
    template = table.get(code)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in arguments.items())
        return f"{code} ({detail})" if detail else code
    try:
        return template.format(**arguments)
    except (KeyError, IndexError, ValueError):
        return template


#: ``RenderBlocked`` codes: why a template cannot become an email.
RENDER: Final[Mapping[str, str]] = {
    "missing_field": "the merge field '{field}' has no value and no fallback",
    "syntax_error": "line {line} of the template's {part} does not parse: {message}",
    "too_large": "the template's {part} is too long ({size} characters; at most {limit})",
    "output_too_large": "the template's {part} renders to more than {limit} characters",
    "loop_limit": "the template loops more than {limit} times",
    "too_deep": "a snippet or macro of the template includes itself",
    "header_injection": "the value of '{field}' has a line break and cannot go into the subject",
    "unknown_snippet": "the template includes an unknown snippet '{name}'",
    "unsafe": "the template uses something templates may not use: {message}",
    "render_error": "the template fails on its {part}: {message}",
    "empty_subject": "the email's subject is empty",
    "unknown_template": "no template is called '{name}'",
    "unknown_contact": "contact {id} does not exist",
    "unknown_enrollment": "enrollment {id} does not exist",
    "enrollment_finished": "enrollment {id} has no step left",
    "not_an_email_step": "step {step} is a {channel} step, not an email",
    "no_template": "email step {step} names no template",
}

#: ``TemplateStoreError`` codes: why a template or snippet was not saved.
STORE: Final[Mapping[str, str]] = {
    "unknown_template": "no template is called '{name}'",
    "template_exists": "the name '{name}' is taken",
    "no_name": "a template or snippet needs a name",
    "stale_version": "'{name}' was saved by someone else (version {current}, you had "
    "{expected}); nothing was overwritten",
    "missing_default_variant": "a template needs variant A in its language '{language}'",
    "duplicate_variant": "variant {label} in '{language}' is given twice",
    "bad_label": "'{label}' is not a variant label (A, B, C, ...)",
    "bad_language": "'{language}' is not a language code (en, ru, zh, lt, ...)",
    "unknown_snippet": "no snippet is called '{name}'",
}


def describe_template_error(exc: Exception) -> str | None:
    """The line for a coded templates error, or None for any other error."""
    from app.core.templating import RenderBlocked
    from app.storage.templates import TemplateStoreError

    if isinstance(exc, RenderBlocked):
        return "email blocked: " + _describe(exc.code, exc.arguments, RENDER)
    if isinstance(exc, TemplateStoreError):
        return _describe(exc.code, exc.arguments, STORE)
    return None


__all__ = ["RENDER", "STORE", "describe_template_error"]
