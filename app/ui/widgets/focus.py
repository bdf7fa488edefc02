"""Tab order where the order widgets were made differs from the order they are read in."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Make Tab visit ``widgets`` one after the other (each moved right after the one
    before it; the rest of the chain keeps its order)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
