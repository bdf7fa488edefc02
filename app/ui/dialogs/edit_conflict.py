"""When somebody saved a contact after we read it: both versions, field by field.

Nothing is ever overwritten silently. The dialog lists each field that differs — the value
the editor started from (when known), theirs (stored now) and mine — and offers:

- **Keep mine**: my values are saved over theirs, with their version as the new base
  (still a conditional write: a third save in between asks again);
- **Take theirs**: my edit is dropped and the editor reloads;
- **Merge**: a field only I changed takes mine, one only they changed keeps theirs, and
  one we both changed takes the side its per-field choice names.

:class:`ConflictResolver` runs the whole exchange for an editor (read the current row in
the background, ask, save in a write job), so every editor of contacts — the detail panel,
the Validate table's inline edits — resolves conflicts the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import ConcurrentEditError
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.contacts.conflicts import ContactConflict, Resolution, Side
    from app.storage.database import Database

log = logging.getLogger(__name__)

# Columns of the dialog's grid.
_FIELD, _BASE, _THEIRS, _MINE, _TAKE = range(5)


def field_label(field: str) -> str:
    """The translated name of a contact field the editors change."""
    # Literal QCoreApplication.translate() calls: pyside6-lupdate finds only those.
    names = {
        "first_name": QCoreApplication.translate("EditConflict", "First name"),
        "last_name": QCoreApplication.translate("EditConflict", "Last name"),
        "email": QCoreApplication.translate("EditConflict", "Email"),
        "phone": QCoreApplication.translate("EditConflict", "Phone"),
    }
    return names.get(field, field)


class EditConflictDialog(QDialog):
    """Both versions of a contact, field by field, and the three ways out.

    Args:
        conflict: The stored row beside the editor's values (from storage).
        parent: The editor.

    Attributes:
        choices: Field -> its per-field combo (only fields both sides changed).

    Signals:
        resolved: the user chose; carries the resolution (``"mine"``, ``"theirs"`` or
            ``"merge"``) and the values to save (a dict; empty for ``"theirs"``).
    """

    resolved = Signal(str, object)

    def __init__(self, conflict: ContactConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.conflict = conflict
        self.setWindowTitle(self.tr("Contact changed"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.text_label = QLabel(
            self.tr(
                "Someone else changed this contact after you opened it. Nothing was "
                "overwritten: choose what to keep."
            ),
            self,
        )
        self.text_label.setObjectName("conflictText")
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        show_base = any(f.base_known for f in conflict.fields)
        titles = {
            _FIELD: "",
            _BASE: self.tr("You started from") if show_base else "",
            _THEIRS: self.tr("Theirs (saved)"),
            _MINE: self.tr("Mine"),
            _TAKE: self.tr("Merge takes"),
        }
        for column, title in titles.items():
            head = QLabel(f"<b>{_html(title)}</b>", self)
            grid.addWidget(head, 0, column)
        self.choices: dict[str, QComboBox] = {}
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, f in enumerate(conflict.shown, start=1):
            grid.addWidget(QLabel(field_label(f.field), self), row, _FIELD)
            base = self._value(f"base_{f.field}", f.base if f.base_known else None, f.base_known)
            theirs = self._value(f"theirs_{f.field}", f.theirs, True, bold=f.theirs_changed)
            mine = self._value(f"mine_{f.field}", f.mine, True, bold=f.mine_changed)
            if show_base:
                grid.addWidget(base, row, _BASE)
            grid.addWidget(theirs, row, _THEIRS)
            grid.addWidget(mine, row, _MINE)
            self.cells[f.field] = (base, theirs, mine)
            grid.addWidget(self._take_widget(f.field, f.merge_side), row, _TAKE)
        layout.addLayout(grid)
        if not conflict.shown:
            same = QLabel(self.tr("Your values and theirs are now the same."), self)
            same.setWordWrap(True)
            layout.addWidget(same)

        buttons = QDialogButtonBox(self)
        self.keep_mine_button = self._button(
            buttons, "keepMineButton", self.tr("Keep mine"),
            self.tr("Save every value as you have it, over theirs."),
        )  # fmt: skip
        self.take_theirs_button = self._button(
            buttons, "takeTheirsButton", self.tr("Take theirs"),
            self.tr("Drop your edit and show their values."),
        )  # fmt: skip
        self.merge_button = self._button(
            buttons, "mergeButton", self.tr("Merge"),
            self.tr(
                "Keep their changes and yours; where you both changed a field, the "
                "choice in its row decides."
            ),
        )  # fmt: skip
        self.merge_button.setDefault(True)
        layout.addWidget(buttons)
        self.keep_mine_button.clicked.connect(lambda: self._choose("mine"))
        self.take_theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.merge_button.clicked.connect(lambda: self._choose("merge"))

    def _value(self, name: str, value: str | None, known: bool, *, bold: bool = False) -> QLabel:
        if not known:
            text = self.tr("(not known)")
        elif (value or "").strip():
            text = value or ""
        else:
            text = self.tr("(empty)")
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setToolTip(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long address wraps instead of stretching the dialog past the screen.
        label.setWordWrap(True)
        label.setMaximumWidth(280)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def _take_widget(self, field: str, side: Side | None) -> QWidget:
        if side is None:
            combo = QComboBox(self)
            combo.setObjectName(f"choice_{field}")
            combo.addItem(self.tr("Mine"), "mine")
            combo.addItem(self.tr("Theirs"), "theirs")
            self.choices[field] = combo
            return combo
        label = QLabel(self)
        label.setObjectName(f"take_{field}")
        if side == "mine":
            label.setText(self.tr("Mine (only you changed it)"))
        else:
            label.setText(self.tr("Theirs (only they changed it)"))
        return label

    def _button(self, box: QDialogButtonBox, name: str, text: str, tip: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def choose(self, field: str, side: Side) -> None:
        """Set a both-changed field's per-field choice (what Merge takes for it)."""
        combo = self.choices[field]
        combo.setCurrentIndex(combo.findData(side))

    def values_for(self, resolution: Resolution) -> dict[str, str | None]:
        """The values a resolution saves (empty for "theirs")."""
        from app.storage.contacts.conflicts import resolve

        picked: dict[str, Side] = {
            field: "theirs" if combo.currentData() == "theirs" else "mine"
            for field, combo in self.choices.items()
        }
        return resolve(self.conflict, resolution, picked)

    def _choose(self, resolution: Resolution) -> None:
        values = self.values_for(resolution)
        self.accept()
        self.resolved.emit(resolution, values)

    def reject(self) -> None:
        """Closing the dialog drops nothing silently: it is "take theirs" (reload)."""
        super().reject()
        self.resolved.emit("theirs", {})


class ConflictResolver(QObject):
    """Resolves one refused save of a contact: reads the row, asks, saves the choice.

    Args:
        parent: The editor (parents the dialog and the jobs).
        db: The database.
        contact_id: The contact.
        mine: The editor's values by field.
        base: The values the editor started from (None when not known).
        on_done: Called on the GUI thread with True when a resolution was saved, False
            when the editor should reload (take theirs, contact gone, or a failure).

    Attributes:
        dialog: The open dialog, while it is open (tests answer it).

    Signals:
        dialog_shown: the dialog is open.
    """

    dialog_shown = Signal()

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        contact_id: int,
        mine: Mapping[str, str | None],
        base: Mapping[str, str | None] | None,
        *,
        on_done: Callable[[bool], None],
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.db = db
        self.contact_id = contact_id
        self.mine = dict(mine)
        self.base = None if base is None else dict(base)
        self.on_done = on_done
        self.dialog: EditConflictDialog | None = None
        self._jobs: list[Job[Any]] = []

    def start(self) -> Job[Any]:
        """Read the contact as stored now (background), then ask."""
        db, contact_id, mine, base = self.db, self.contact_id, self.mine, self.base

        def work(_ctx: JobContext) -> ContactConflict | None:
            from app.storage.contacts.conflicts import contact_conflict

            with db.reading() as conn:
                return contact_conflict(conn, contact_id, mine, base)

        job: Job[ContactConflict | None] = Job(
            self.widget, work, on_success=self._ask, on_failure=self._failed,
            title=QCoreApplication.translate("EditConflict", "Contact changed"),
        )  # fmt: skip
        return self._keep(job.start())

    def _ask(self, conflict: ContactConflict | None) -> None:
        if conflict is None:  # deleted meanwhile: the reload says so
            self._end(False)
            return
        dialog = EditConflictDialog(conflict, self.widget)
        dialog.resolved.connect(
            lambda resolution, values: self._resolved(conflict, resolution, values)
        )
        self.dialog = dialog
        dialog.open()
        self.dialog_shown.emit()

    def _resolved(self, conflict: ContactConflict, resolution: str, values: object) -> None:
        self.dialog = None
        if resolution == "theirs" or not isinstance(values, dict) or not values:
            self._end(False)
            return
        db, contact_id, version = self.db, self.contact_id, conflict.version
        self.base = {f.field: f.theirs for f in conflict.fields}  # their values are the base now

        def work(_ctx: JobContext) -> object:
            from app.storage.validation import edit_fields

            return edit_fields(db, contact_id, values, expected_version=version)

        job: Job[object] = Job(
            self.widget, work, on_success=lambda _changes: self._end(True),
            on_failure=self._failed,
            title=QCoreApplication.translate("EditConflict", "Save contact"), writes=True,
        )  # fmt: skip
        self._keep(job.start())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ConcurrentEditError):
            # A third save landed between reading and saving: ask again, on the newer row.
            self.start()
            return
        from app.ui.dialogs.error import show_exception

        show_exception(
            self.widget, QCoreApplication.translate("EditConflict", "Save contact"), error
        )
        self._end(False)

    def _end(self, saved: bool) -> None:
        self.on_done(saved)
        self.deleteLater()

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ConflictResolver", "EditConflictDialog", "field_label"]
