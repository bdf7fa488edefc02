"""Translated texts for what the lists and segments storage reports as codes.

Storage refuses a list or segment name with ``NameRefusedError`` (a code and the name);
this module says why in the user's language. Any other error is shown as its own text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.storage.names import NameRefusedError


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error`` from a list or segment write.

    Args:
        error: what the write raised.

    Returns:
        A translated sentence for a refused name; otherwise the error's own text.
    """
    if isinstance(error, NameRefusedError):
        if error.code == "empty":
            return QCoreApplication.translate("ListsMessages", "A name is required.")
        return QCoreApplication.translate("ListsMessages", "The name “%1” is taken.").replace(
            "%1", error.name
        )
    return str(error)


__all__ = ["error_text"]
