"""Why a template cannot be rendered: a code and its arguments, never a sentence.

Codes and their arguments (the UI and the CLI word them):

- ``missing_field`` ``{field}``: a merge field the template uses has no value and no
  fallback (``{{ first_name | default("there") }}`` is a fallback).
- ``syntax_error`` ``{part, line, message}``: the template does not parse; ``part`` is
  ``subject``, ``body`` or ``snippet:<name>``, ``line`` is 1-based within that part and
  ``message`` is Jinja's own (English) description, shown as a detail.
- ``too_large`` ``{part, size, limit}``: the template source is longer than the cap.
- ``output_too_large`` ``{part, limit}``: rendering produced more text than the cap.
- ``loop_limit`` ``{limit}``: loops ran more iterations than one render may use.
- ``too_deep`` ``{}``: snippets or macros call themselves without end.
- ``header_injection`` ``{field}``: a line break would reach the subject (a mail header);
  ``field`` is the merge field that carried it, or ``subject`` for the template itself.
- ``unknown_snippet`` ``{name}``: ``{% include "snippet:name" %}`` names no snippet.
- ``unsafe`` ``{message}``: the sandbox refused an operation (a private attribute).
- ``render_error`` ``{message}``: any other error while rendering (a bad filter argument).
- ``empty_subject`` ``{}``: an email needs a subject and this one rendered empty.

Storage adds codes for what it looks up: ``unknown_template`` ``{name}``,
``unknown_contact`` ``{id}``, ``unknown_enrollment`` ``{id}``, ``not_an_email_step``
``{step, channel}``, ``no_template`` ``{step}``, ``enrollment_finished`` ``{id}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["RENDER_CODES", "RenderBlocked"]

#: Every code the core raises.
RENDER_CODES: Final = frozenset(
    {
        "missing_field",
        "syntax_error",
        "too_large",
        "output_too_large",
        "loop_limit",
        "too_deep",
        "header_injection",
        "unknown_snippet",
        "unsafe",
        "render_error",
        "empty_subject",
    }
)


class RenderBlocked(Exception):  # noqa: N818 - a refusal to send, named for what the user sees
    """A template that cannot become an email, as a code and its arguments.

    Attributes:
        code: A short machine code (see the module docstring).
        arguments: The values the message needs (``{"field": "first_name"}``).
    """

    def __init__(self, code: str, arguments: Mapping[str, object] | None = None) -> None:
        self.code = code
        self.arguments: dict[str, object] = dict(arguments or {})
        super().__init__(f"{code}: {self.arguments}")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, RenderBlocked)
            and other.code == self.code
            and other.arguments == self.arguments
        )

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.arguments))))
