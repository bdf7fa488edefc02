"""The qualification checklist and the answers a move into Qualified needs.

The checklist is data (stored in the ``settings`` table under :data:`CHECKLIST_SETTING`):
a list of ``{"key", "label", "required"}`` objects. The default asks the six BANT-style
questions, all required, plus an optional "Do we serve companies like this?". Labels here
are English defaults; the GUI translates the default keys' labels and shows a team's own
labels as they were typed.

An answer is text, a number or yes/no (``true``/``false``). An answer is *given* when it
is not ``null`` and, for text, not blank: ``false`` is a real answer ("no budget").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from app.core.pipeline.errors import PipelineError
from app.core.pipeline.stages import is_valid_stage_key

#: The settings key the checklist is stored under.
CHECKLIST_SETTING: Final = "pipeline.qualification_checklist"

#: Answers kept per question, at most (longer text is refused, not cut).
MAX_ANSWER_LENGTH: Final = 2000

Answer = str | int | float | bool


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One question of the checklist.

    Attributes:
        key: The answer's key in ``--answers`` files and in storage (``budget``).
        label: The question as shown (English default, or the team's own words).
        required: True when Qualified cannot be reached without an answer.
    """

    key: str
    label: str
    required: bool = True


#: The default checklist: BANT plus company size and industry fit, all required, and one
#: optional question.
DEFAULT_CHECKLIST: Final = (
    ChecklistItem("company_size", "Company size fits"),
    ChecklistItem("industry_fit", "Industry fits"),
    ChecklistItem("budget", "Budget"),
    ChecklistItem("authority", "Authority (decision maker)"),
    ChecklistItem("need", "Need"),
    ChecklistItem("timing", "Timing"),
    ChecklistItem("serve_companies_like_this", "Do we serve companies like this?", False),
)


def checklist_to_json(items: Iterable[ChecklistItem]) -> list[dict[str, object]]:
    """The checklist as the settings table stores it."""
    return [{"key": i.key, "label": i.label, "required": i.required} for i in items]


def parse_checklist(value: object) -> tuple[ChecklistItem, ...]:
    """A checklist from its stored form (a list of objects), checked.

    Raises:
        PipelineError: ``bad_checklist`` with a ``detail`` code (``not_list``,
            ``not_object``, ``bad_key``, ``duplicate_key``, ``no_label``, ``empty``).
    """
    if not isinstance(value, list):
        raise PipelineError("bad_checklist", {"detail": "not_list"})
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for entry in value:
        if not isinstance(entry, Mapping):
            raise PipelineError("bad_checklist", {"detail": "not_object"})
        key, label = entry.get("key"), entry.get("label")
        if not isinstance(key, str) or not is_valid_stage_key(key):
            raise PipelineError("bad_checklist", {"detail": "bad_key"})
        if key in seen:
            raise PipelineError("bad_checklist", {"detail": "duplicate_key"})
        if not isinstance(label, str) or not label.strip():
            raise PipelineError("bad_checklist", {"detail": "no_label"})
        seen.add(key)
        items.append(ChecklistItem(key, label.strip(), bool(entry.get("required", True))))
    if not items:
        raise PipelineError("bad_checklist", {"detail": "empty"})
    return tuple(items)


def is_given(answer: object) -> bool:
    """True when ``answer`` counts as answered (see the module docstring)."""
    if answer is None:
        return False
    if isinstance(answer, str):
        return bool(answer.strip())
    return True


def normalize_answers(
    checklist: Iterable[ChecklistItem], answers: Mapping[str, object]
) -> dict[str, Answer]:
    """The answers checked against the checklist: known keys only, scalar values, text
    stripped, blanks dropped.

    Raises:
        PipelineError: ``unknown_answers`` (keys joined by ", "), ``bad_answer``.
    """
    keys = [i.key for i in checklist]
    unknown = sorted(k for k in answers if k not in keys)
    if unknown:
        raise PipelineError("unknown_answers", {"keys": ", ".join(unknown)})
    out: dict[str, Answer] = {}
    for key in keys:
        value = answers.get(key)
        if value is None:
            continue
        if not isinstance(value, str | int | float | bool):
            raise PipelineError("bad_answer", {"key": key})
        if isinstance(value, str):
            if len(value) > MAX_ANSWER_LENGTH:
                raise PipelineError("bad_answer", {"key": key})
            value = value.strip()
        if is_given(value):
            out[key] = value
    return out


def missing_answers(
    checklist: Iterable[ChecklistItem], answers: Mapping[str, object]
) -> tuple[str, ...]:
    """The required questions without an answer, in checklist order."""
    return tuple(i.key for i in checklist if i.required and not is_given(answers.get(i.key)))


def require_answers(
    checklist: Iterable[ChecklistItem], answers: Mapping[str, object]
) -> dict[str, Answer]:
    """The normalized answers, refusing any that miss a required question.

    Raises:
        PipelineError: ``missing_answers`` (keys joined by ", "), ``unknown_answers``,
            ``bad_answer``.
    """
    items = tuple(checklist)
    cleaned = normalize_answers(items, answers)
    missing = missing_answers(items, cleaned)
    if missing:
        raise PipelineError("missing_answers", {"keys": ", ".join(missing)})
    return cleaned


def parse_answers_text(text: str) -> dict[str, object]:
    """An answers file's text as a JSON object (not yet checked against the checklist).

    Raises:
        PipelineError: ``answers_not_json`` ``{line, column}``, ``answers_not_object``.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PipelineError("answers_not_json", {"line": exc.lineno, "column": exc.colno}) from None
    if not isinstance(value, dict):
        raise PipelineError("answers_not_object")
    return value


__all__ = [
    "CHECKLIST_SETTING",
    "DEFAULT_CHECKLIST",
    "MAX_ANSWER_LENGTH",
    "Answer",
    "ChecklistItem",
    "checklist_to_json",
    "is_given",
    "missing_answers",
    "normalize_answers",
    "parse_answers_text",
    "parse_checklist",
    "require_answers",
]
