"""A transient message bar: "12 suggestions accepted. [Undo]" that hides itself.

Shown after a change the user may want to take back: it names what happened, offers one
action (usually Undo) and closes after a while or with its × button. Any page may use
it; put it at the top or bottom of the page's layout.

Usage::

    bar = MessageBar(self)
    bar.action_triggered.connect(self.undo_last)
    bar.show_message(self.tr("%n suggestion(s) accepted.", "", 12), self.tr("Undo"))
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.ui.theme import set_tone

#: How long a message stays when nobody acts on it.
DEFAULT_TIMEOUT_MS = 15_000


class MessageBar(QFrame):
    """A one-line notice with an optional action button and a close button.

    Args:
        parent: the parent widget.

    Signals:
        action_triggered: the action button was clicked (the bar hides itself first).
        closed: the bar was hidden, by timeout, × or the action.
    """

    action_triggered = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        set_tone(
            self,
            "QFrame#messageBar {{ background: {info_background}; border: 1px solid"
            " {info_border}; border-radius: 4px; }} QFrame#messageBar QLabel"
            " {{ background: transparent; }}",
        )
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.label = QLabel(self)
        self.label.setObjectName("messageBarText")
        self.label.setWordWrap(True)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("messageBarAction")
        self.action_button.clicked.connect(self._on_action)
        self.close_button = QPushButton("×", self)
        self.close_button.setObjectName("messageBarClose")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(
        self, text: str, action_text: str = "", timeout_ms: int = DEFAULT_TIMEOUT_MS
    ) -> None:
        """Show ``text`` with an action button labelled ``action_text`` (none when empty).

        A new message replaces the one on screen; ``timeout_ms`` 0 keeps it until closed.
        """
        self.label.setText(text)
        self.action_button.setText(action_text)
        self.action_button.setVisible(bool(action_text))
        self.action_button.setEnabled(True)
        self.show()
        self._timer.stop()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)

    def dismiss(self) -> None:
        """Hide the bar."""
        self._timer.stop()
        if self.isVisible() or not self.isHidden():
            self.hide()
            self.closed.emit()

    def _on_action(self) -> None:
        self.dismiss()
        self.action_triggered.emit()
