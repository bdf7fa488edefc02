"""The sentence for a save that someone else's edit stopped (worded here, not in storage).

Apart from the conflict dialog so that the error dialog, which every job's failure can
reach, does not import the dialog and the job helper it uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.storage.errors import ConcurrentEditError


def conflict_message(error: ConcurrentEditError) -> str:
    """The translated sentence for a save that someone else's edit stopped.

    Storage raises the error with a code and the row's table; the words are chosen here.
    """
    # Literal QCoreApplication.translate() calls: pyside6-lupdate finds only those.
    if error.table == "contacts":
        return QCoreApplication.translate(
            "EditConflict",
            "Someone else changed this contact while you were editing it. Your change was "
            "not saved; reload the contact to see theirs, then edit again.",
        )
    if error.table == "icp_profiles":
        return QCoreApplication.translate(
            "EditConflict",
            "Someone else changed or deleted this profile while you were editing it. Your "
            "change was not saved.",
        )
    return QCoreApplication.translate(
        "EditConflict",
        "Someone else changed this record while you were editing it. Your change was not "
        "saved; reload to see theirs, then edit again.",
    )


__all__ = ["conflict_message"]
