"""Why a template cannot be sent or saved, in the user's language.

Core and storage give codes (:class:`~app.core.templating.RenderBlocked`,
:class:`~app.storage.templates.TemplateStoreError`); this module words them with ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.templating import RenderBlocked
from app.storage.templates import TemplateStoreError


def part_name(part: object) -> str:
    """``subject``, ``body`` or ``snippet:NAME`` in words."""
    text = str(part)
    if text == "subject":
        return QCoreApplication.translate("TemplateMessages", "the subject")
    if text == "body":
        return QCoreApplication.translate("TemplateMessages", "the body")
    if text.startswith("snippet:"):
        return QCoreApplication.translate("TemplateMessages", "snippet “%1”").replace(
            "%1", text.removeprefix("snippet:")
        )
    return text


def language_name(code: str) -> str:
    """A language code as its name (``ru`` -> "Russian"); unknown codes as they are."""
    names = {
        "en": QCoreApplication.translate("TemplateMessages", "English"),
        "ru": QCoreApplication.translate("TemplateMessages", "Russian"),
        "zh": QCoreApplication.translate("TemplateMessages", "Chinese"),
        "lt": QCoreApplication.translate("TemplateMessages", "Lithuanian"),
        "de": QCoreApplication.translate("TemplateMessages", "German"),
        "fr": QCoreApplication.translate("TemplateMessages", "French"),
        "es": QCoreApplication.translate("TemplateMessages", "Spanish"),
    }
    return names.get(code, code)


def blocked_text(error: RenderBlocked) -> str:
    """Why an email cannot be sent, in one or two plain sentences."""
    a = error.arguments
    texts = {
        "missing_field": QCoreApplication.translate(
            "TemplateMessages",
            "The field “%field” has no value for this prospect. Fill it in, or give a "
            'fallback: {{ %field | default("…") }}.',
        ),
        "syntax_error": QCoreApplication.translate(
            "TemplateMessages", "Line %line of %part: %message"
        ),
        "too_large": QCoreApplication.translate(
            "TemplateMessages", "%part is too long (%size characters; at most %limit)."
        ),
        "output_too_large": QCoreApplication.translate(
            "TemplateMessages", "%part would produce more than %limit characters."
        ),
        "loop_limit": QCoreApplication.translate(
            "TemplateMessages", "A loop runs too long (more than %limit steps)."
        ),
        "too_deep": QCoreApplication.translate(
            "TemplateMessages", "A snippet or macro includes itself without end."
        ),
        "header_injection": QCoreApplication.translate(
            "TemplateMessages",
            "The value of “%field” has a line break and cannot go into the subject line.",
        ),
        "unknown_snippet": QCoreApplication.translate(
            "TemplateMessages", "There is no snippet called “%name”."
        ),
        "unsafe": QCoreApplication.translate(
            "TemplateMessages", "The template uses something templates may not use: %message"
        ),
        "render_error": QCoreApplication.translate(
            "TemplateMessages", "The template fails on %part: %message"
        ),
        "empty_subject": QCoreApplication.translate("TemplateMessages", "The subject is empty."),
        "unknown_template": QCoreApplication.translate(
            "TemplateMessages", "There is no template called “%name”."
        ),
        "unknown_contact": QCoreApplication.translate(
            "TemplateMessages", "The prospect no longer exists."
        ),
        "unknown_enrollment": QCoreApplication.translate(
            "TemplateMessages", "The cadence enrollment no longer exists."
        ),
        "enrollment_finished": QCoreApplication.translate(
            "TemplateMessages", "The prospect has finished the cadence."
        ),
        "not_an_email_step": QCoreApplication.translate(
            "TemplateMessages", "Step %step of the cadence is not an email."
        ),
        "no_template": QCoreApplication.translate(
            "TemplateMessages", "Step %step of the cadence names no template."
        ),
        "step_not_open": QCoreApplication.translate(
            "TemplateMessages", "The step is no longer open: it was done, skipped or stopped."
        ),
    }
    text = texts.get(error.code, error.code)
    for key, value in sorted(a.items(), key=lambda kv: -len(kv[0])):
        shown = part_name(value) if key == "part" else str(value)
        text = text.replace(f"%{key}", shown)
    if error.code in ("too_large", "output_too_large") and text:
        text = text[0].upper() + text[1:]
    return text


def store_error_text(error: TemplateStoreError) -> str:
    """Why a template or snippet was not saved."""
    a = error.arguments
    texts = {
        "unknown_template": QCoreApplication.translate(
            "TemplateMessages", "The template no longer exists."
        ),
        "template_exists": QCoreApplication.translate(
            "TemplateMessages", "The name “%name” is taken."
        ),
        "no_name": QCoreApplication.translate("TemplateMessages", "Give it a name."),
        "stale_version": QCoreApplication.translate(
            "TemplateMessages",
            "Someone saved “%name” after you opened it (version %current). Reload it and "
            "make your change again; nothing was overwritten.",
        ),
        "missing_default_variant": QCoreApplication.translate(
            "TemplateMessages", "Variant A in the default language is required."
        ),
        "duplicate_variant": QCoreApplication.translate(
            "TemplateMessages", "Variant %label in %language exists twice."
        ),
        "bad_label": QCoreApplication.translate(
            "TemplateMessages", "“%label” is not a variant label: use letters such as A, B, C."
        ),
        "bad_language": QCoreApplication.translate(
            "TemplateMessages", "“%language” is not a language code such as en, ru, zh or lt."
        ),
        "unknown_snippet": QCoreApplication.translate(
            "TemplateMessages", "The snippet “%name” no longer exists."
        ),
    }
    text = texts.get(error.code, error.code)
    for key, value in sorted(a.items(), key=lambda kv: -len(kv[0])):
        shown = language_name(str(value)) if key == "language" else str(value)
        text = text.replace(f"%{key}", shown)
    return text
