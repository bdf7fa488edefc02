"""Garbage collection on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate past the
threshold: a background job's thread, too. When such a cycle holds a Qt widget (a dialog
and the lambdas connected to it, say), the widget is then destroyed on that thread, and Qt
crashes: widgets must die on the GUI thread. So automatic collection is switched off and
the GUI thread collects instead, on a timer, with the same generation thresholds Python
would use (qutebrowser does the same for the same reason).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread checks whether a collection is due.
INTERVAL_MS = 1_000


def collect_if_due(thresholds: tuple[int, int, int] | None = None) -> int:
    """Collect the generations whose allocation counts passed their thresholds.

    Call on the GUI thread. Returns the generation collected (-1: none was due).
    """
    first, second, third = thresholds or gc.get_threshold()
    count_0, count_1, count_2 = gc.get_count()
    generation = -1
    if count_0 > first:
        generation = 0
        if count_1 > second:
            generation = 1
            if count_2 > third:
                generation = 2
    if generation >= 0:
        gc.collect(generation)
    return generation


class MainThreadCollector(QObject):
    """Switches automatic collection off and collects on the GUI thread's timer.

    Args:
        parent: The application (the timer lives on its thread).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds: tuple[int, int, int] = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: collect_if_due(self.thresholds))
        self.timer.start()


__all__ = ["INTERVAL_MS", "MainThreadCollector", "collect_if_due"]
