"""The Today page's keys: which key does what, on an English or a Russian keyboard.

The page is worked from the keyboard (J/K to move, C to call, 1-9 for a call's outcome…);
this module only maps a key press to the name of an action, and the page runs it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.today.panel import DISPOSITIONS

#: Key code -> outcome, for the digit keys.
DIGIT_OUTCOMES = {Qt.Key.Key_0.value + int(d): code for d, code in DISPOSITIONS}
#: Key code -> what it does.
KEYS = {
    Qt.Key.Key_Question.value: "help",
    Qt.Key.Key_J.value: "next",
    Qt.Key.Key_K.value: "previous",
    Qt.Key.Key_Return.value: "open",
    Qt.Key.Key_Enter.value: "open",
    Qt.Key.Key_Escape.value: "close",
    Qt.Key.Key_C.value: "call",
    Qt.Key.Key_D.value: "done",
    Qt.Key.Key_S.value: "skip",
    Qt.Key.Key_Z.value: "snooze",
    Qt.Key.Key_N.value: "note",
    Qt.Key.Key_T.value: "task",
    Qt.Key.Key_M.value: "message",
    Qt.Key.Key_E.value: "email",
    Qt.Key.Key_P.value: "power",
}
#: The same physical keys on a Russian (ЙЦУКЕН) layout, by the letter they type: a rep
#: who writes notes in Russian need not switch layouts to work the queue.
LAYOUT_TWINS = {
    "о": "next", "л": "previous", "с": "call", "в": "done", "ы": "skip",
    "я": "snooze", "т": "note", "е": "task", "ь": "message", "з": "power", "у": "email",
}  # fmt: skip


def key_action(key: int, text: str) -> str | None:
    """The action of a key press without modifiers (``key``: Qt's code, ``text``: what it
    types, lower-cased), or None for a key the page does not use."""
    if text == "?":
        return "help"
    return KEYS.get(key) or LAYOUT_TWINS.get(text)


__all__ = ["DIGIT_OUTCOMES", "KEYS", "LAYOUT_TWINS", "key_action"]
