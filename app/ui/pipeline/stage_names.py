"""The default stages' names in the user's language.

Stage names are stored (a team renames and adds stages), so the shipped ones are stored in
English. A default stage that still carries its shipped name is shown translated; a renamed
or added stage shows the name the team gave it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.pipeline.stages import DEFAULT_STAGES

_SHIPPED = {stage.key: stage.name for stage in DEFAULT_STAGES}


def stage_label(key: str, stored_name: str) -> str:
    """The name to show for the stage with ``key`` whose stored name is ``stored_name``."""
    if _SHIPPED.get(key) != stored_name:
        return stored_name
    words = {
        "new": QCoreApplication.translate("StageNames", "New"),
        "researching": QCoreApplication.translate("StageNames", "Researching"),
        "attempting": QCoreApplication.translate("StageNames", "Attempting"),
        "connected": QCoreApplication.translate("StageNames", "Connected"),
        "qualified": QCoreApplication.translate("StageNames", "Qualified"),
        "meeting_booked": QCoreApplication.translate("StageNames", "Meeting booked"),
        "handed_off": QCoreApplication.translate("StageNames", "Handed off"),
        "nurture": QCoreApplication.translate("StageNames", "Nurture"),
        "disqualified": QCoreApplication.translate("StageNames", "Disqualified"),
    }
    return words.get(key, stored_name)


_KEY_OF_SHIPPED_NAME = {stage.name: stage.key for stage in DEFAULT_STAGES}


def stage_label_for_name(stored_name: str) -> str:
    """The name to show for a stage known only by its stored name (a contact's stage).

    The shipped names are unique, so a stored name equal to one is that default stage,
    unrenamed, and is shown translated; any other name is the team's own.
    """
    key = _KEY_OF_SHIPPED_NAME.get(stored_name)
    return stored_name if key is None else stage_label(key, stored_name)
