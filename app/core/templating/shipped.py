"""The templates and snippets that come with the app, read from ``resources/templates/``.

``shipped.json`` holds the email templates the shipped cadences name (their steps'
``template`` fields), each in English, Russian, Chinese and Lithuanian, and the snippets
they include. Storage seeds a new workspace with them once; the user's edits live in the
database, never in this file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Final

from app.core.resources import resource_path

__all__ = ["SHIPPED_TEMPLATES_FILE", "ShippedSnippet", "ShippedTemplate", "shipped_templates"]

SHIPPED_TEMPLATES_FILE: Final = "templates/shipped.json"


@dataclass(frozen=True)
class ShippedSnippet:
    """A shipped snippet ("" language: every language)."""

    name: str
    language: str
    body: str


@dataclass(frozen=True)
class ShippedTemplate:
    """A shipped template: its default language's text and its other languages'.

    Attributes:
        name: The name the shipped cadences' steps use.
        channel: ``email``.
        language: The default language (``en``).
        texts: language -> (subject, body), the default language included.
    """

    name: str
    channel: str
    language: str
    texts: dict[str, tuple[str, str]]


def shipped_templates() -> tuple[tuple[ShippedTemplate, ...], tuple[ShippedSnippet, ...]]:
    """The shipped templates and snippets.

    Raises:
        OSError: The installation lacks the file.
        ValueError: The file is broken (a test keeps it valid).
    """
    data = json.loads(resource_path(SHIPPED_TEMPLATES_FILE).read_text(encoding="utf-8"))
    templates = tuple(
        ShippedTemplate(
            str(t["name"]),
            str(t.get("channel", "email")),
            str(t.get("language", "en")),
            {str(lang): (str(v["subject"]), str(v["body"])) for lang, v in t["texts"].items()},
        )  # fmt: skip
        for t in data["templates"]
    )
    snippets = tuple(
        ShippedSnippet(str(s["name"]), str(s.get("language", "")), str(s["body"]))
        for s in data["snippets"]
    )
    return templates, snippets
