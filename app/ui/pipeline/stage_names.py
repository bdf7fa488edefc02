"""The default stages' names in the user's language.

Stage names are stored (a team renames and adds stages), so the shipped ones are stored in
English. A default stage that still carries its shipped name is shown translated; a renamed
or added stage shows the name the team gave it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.core.pipeline.stages import DEFAULT_STAGES

_SHIPPED = {stage.key: stage.name for stage in DEFAULT_STAGES}


# One translation per call (the contact table asks for every painted stage cell): a
# lambda per stage keeps each text a literal for lupdate.
_WORDS: dict[str, Callable[[], str]] = {
    "new": lambda: QCoreApplication.translate("StageNames", "New"),
    "researching": lambda: QCoreApplication.translate("StageNames", "Researching"),
    "attempting": lambda: QCoreApplication.translate("StageNames", "Attempting"),
    "connected": lambda: QCoreApplication.translate("StageNames", "Connected"),
    "qualified": lambda: QCoreApplication.translate("StageNames", "Qualified"),
    "meeting_booked": lambda: QCoreApplication.translate("StageNames", "Meeting booked"),
    "handed_off": lambda: QCoreApplication.translate("StageNames", "Handed off"),
    "nurture": lambda: QCoreApplication.translate("StageNames", "Nurture"),
    "disqualified": lambda: QCoreApplication.translate("StageNames", "Disqualified"),
}


def stage_label(key: str, stored_name: str) -> str:
    """The name to show for the stage with ``key`` whose stored name is ``stored_name``."""
    if _SHIPPED.get(key) != stored_name:
        return stored_name
    word = _WORDS.get(key)
    return stored_name if word is None else word()


_KEY_OF_SHIPPED_NAME = {stage.name: stage.key for stage in DEFAULT_STAGES}


def stage_label_for_name(stored_name: str) -> str:
    """The name to show for a stage known only by its stored name (a contact's stage).

    The shipped names are unique, so a stored name equal to one is that default stage,
    unrenamed, and is shown translated; any other name is the team's own.
    """
    key = _KEY_OF_SHIPPED_NAME.get(stored_name)
    return stored_name if key is None else stage_label(key, stored_name)
