"""Why a template cannot be sent or saved, in the user's language.

Core and storage give codes (:class:`~app.core.templating.RenderBlocked`,
:class:`~app.storage.templates.TemplateStoreError`); this module words them with ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.templating import RenderBlocked
from app.storage.templates import TemplateStoreError

_CTX = "TemplateMessages"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def part_name(part: object) -> str:
    """``subject``, ``body`` or ``snippet:NAME`` in words."""
    text = str(part)
    if text == "subject":
        return QCoreApplication.translate(_CTX, "the subject")
    if text == "body":
        return QCoreApplication.translate(_CTX, "the body")
    if text.startswith("snippet:"):
        return QCoreApplication.translate(_CTX, "snippet “%1”").replace(
            "%1", text.removeprefix("snippet:")
        )
    return text


def language_name(code: str) -> str:
    """A language code as its name (``ru`` -> "Russian"); unknown codes as they are."""
    names = {
        "en": QCoreApplication.translate(_CTX, "English"),
        "ru": QCoreApplication.translate(_CTX, "Russian"),
        "zh": QCoreApplication.translate(_CTX, "Chinese"),
        "lt": QCoreApplication.translate(_CTX, "Lithuanian"),
        "de": QCoreApplication.translate(_CTX, "German"),
        "fr": QCoreApplication.translate(_CTX, "French"),
        "es": QCoreApplication.translate(_CTX, "Spanish"),
    }
    return names.get(code, code)


def blocked_text(error: RenderBlocked) -> str:
    """Why an email cannot be sent, in one or two plain sentences."""
    a = error.arguments
    texts = {
        "missing_field": _t(
            "The field “%field” has no value for this prospect. Fill it in, or give a "
            'fallback: {{ %field | default("…") }}.'
        ),
        "syntax_error": _t("Line %line of %part: %message"),
        "too_large": _t("%part is too long (%size characters; at most %limit)."),
        "output_too_large": _t("%part would produce more than %limit characters."),
        "loop_limit": _t("A loop runs too long (more than %limit steps)."),
        "too_deep": _t("A snippet or macro includes itself without end."),
        "header_injection": _t(
            "The value of “%field” has a line break and cannot go into the subject line."
        ),
        "unknown_snippet": _t("There is no snippet called “%name”."),
        "unsafe": _t("The template uses something templates may not use: %message"),
        "render_error": _t("The template fails on %part: %message"),
        "empty_subject": _t("The subject is empty."),
        "unknown_template": _t("There is no template called “%name”."),
        "unknown_contact": _t("The prospect no longer exists."),
        "unknown_enrollment": _t("The cadence enrollment no longer exists."),
        "enrollment_finished": _t("The prospect has finished the cadence."),
        "not_an_email_step": _t("Step %step of the cadence is not an email."),
        "no_template": _t("Step %step of the cadence names no template."),
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
        "unknown_template": _t("The template no longer exists."),
        "template_exists": _t("The name “%name” is taken."),
        "no_name": _t("Give it a name."),
        "stale_version": _t(
            "Someone saved “%name” after you opened it (version %current). Reload it and "
            "make your change again; nothing was overwritten."
        ),
        "missing_default_variant": _t("Variant A in the default language is required."),
        "duplicate_variant": _t("Variant %label in %language exists twice."),
        "bad_label": _t("“%label” is not a variant label: use letters such as A, B, C."),
        "bad_language": _t("“%language” is not a language code such as en, ru, zh or lt."),
        "unknown_snippet": _t("The snippet “%name” no longer exists."),
    }
    text = texts.get(error.code, error.code)
    for key, value in sorted(a.items(), key=lambda kv: -len(kv[0])):
        shown = language_name(str(value)) if key == "language" else str(value)
        text = text.replace(f"%{key}", shown)
    return text
