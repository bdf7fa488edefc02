"""Choosing among a template's variants: the language, then the A/B label.

A template has variants keyed by (label, language): label ``A`` in the template's default
language always exists; others are optional. For a prospect, the language is chosen
first (theirs when any variant is written in it, else the default), then the A/B label
among the labels written in that language, balanced by the assignments made so far.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

__all__ = ["pick_ab_label", "pick_language"]


def pick_language(available: Collection[str], wanted: str | None, default: str) -> str:
    """The language to render in.

    Args:
        available: Languages the template has a variant in.
        wanted: The prospect's language, or None when unknown.
        default: The template's default language.
    """
    if wanted and wanted in available:
        return wanted
    return default


def pick_ab_label(labels: Collection[str], counts: Mapping[str, int]) -> str:
    """The A/B label with the fewest assignments so far; ties go to the first label.

    Deterministic given the counts, and even: after n picks that each add one to the
    picked label's count, no two labels' counts differ by more than one.

    Args:
        labels: The labels to choose from (non-empty).
        counts: Assignments so far per label (a label not in it has none).

    Raises:
        ValueError: ``labels`` is empty.
    """
    if not labels:
        raise ValueError("no labels")
    return min(sorted(labels), key=lambda label: counts.get(label, 0))
