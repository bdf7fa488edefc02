"""The ideal customer profile editor, with a live preview and a background rescoring.

The user picks or creates a profile, edits who it targets, and sees at once how many
contacts it would match ("Matches about 1,234 of 100,000 contacts at ≥ 70"): the
preview scores a sample in a read job a moment after the last keystroke. Saving an
active profile rescores every contact in a cancellable write job with progress
("recomputed when the profile changes, in the background").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.icp import REGIONS, IcpProfile, Seniority
from app.storage import icp
from app.storage.errors import ConcurrentEditError, StorageError
from app.ui.jobs import Job, JobContext

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.icp import RescoreResult, SamplePreview, StoredProfile

#: Wait this long after the last edit before recomputing the preview.
PREVIEW_DELAY_MS = 350
#: The largest company size the spin boxes offer.
MAX_EMPLOYEES = 10_000_000
#: Region shortcuts in the order the menu shows them, with their display names.
REGION_NAMES: tuple[tuple[str, str], ...] = (
    ("dach", "DACH"),
    ("benelux", "Benelux"),
    ("nordics", "Nordics"),
    ("baltics", "Baltics"),
    ("eu", "EU"),
    ("cis", "CIS"),
    ("north america", "North America"),
    ("latam", "LATAM"),
    ("greater china", "Greater China"),
)


class TermList(QWidget):
    """A short editable list of words: type (with suggestions), Enter or Add, remove.

    Args:
        placeholder: Hint shown in the empty entry field.
        parent: The parent widget.

    Signals:
        changed: The list's content changed.
    """

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(placeholder)
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self.add_entry)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(True)
        self.view.setSpacing(3)
        self.view.setMaximumHeight(64)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def set_suggestions(self, words: list[str]) -> None:
        """Offer ``words`` as completions while typing (case-insensitive, anywhere)."""
        completer = QCompleter(words, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)

    def items(self) -> tuple[str, ...]:
        """The words, in the order added."""
        return tuple(self.model.stringList())

    def set_items(self, words: tuple[str, ...] | list[str]) -> None:
        """Replace the words (without emitting ``changed``)."""
        self.model.setStringList(list(words))

    def add(self, word: str) -> bool:
        """Add one word unless it is blank or already there (any case)."""
        word = " ".join(word.split())
        present = {w.casefold() for w in self.model.stringList()}
        if not word or word.casefold() in present:
            return False
        self.model.setStringList([*self.model.stringList(), word])
        self.changed.emit()
        return True

    def add_entry(self) -> None:
        """Add what is typed in the entry field (several words separated by commas)."""
        added = [self.add(part) for part in self.entry.text().split(",")]
        if any(added) or not self.entry.text().strip():
            self.entry.clear()

    def remove_selected(self) -> None:
        """Remove the selected words."""
        rows = sorted({i.row() for i in self.view.selectedIndexes()}, reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)
        if rows:
            self.changed.emit()


class IcpDialog(QDialog):
    """Edit ideal customer profiles and recompute fit scores.

    Args:
        database: The open database (writable).
        parent: The parent window.

    Signals:
        profile_saved: A profile was saved; carries its id.
        preview_updated: The preview label was refreshed; carries the preview.
        rescored: Fit scores were recomputed; carries the ``RescoreResult``.
    """

    profile_saved = Signal(int)
    preview_updated = Signal(object)
    rescored = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("icpDialog")
        self.setWindowTitle(self.tr("Ideal customer profile"))
        self.database = database
        self.profiles: list[StoredProfile] = []
        self.current: StoredProfile | None = None
        self.preview_job: Job[Any] | None = None
        self.rescore_job: Job[Any] | None = None
        self._loading = False
        self._preview_generation = 0
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._build()
        self.resize(760, 720)
        self.reload_profiles()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("icpProfileCombo")
        self.profile_combo.activated.connect(self._on_profile_chosen)
        self.new_button = QPushButton(self.tr("New profile"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_profile)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_current)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Profile:"), self))
        top.addWidget(self.profile_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("icpName")
        self.active_check = QCheckBox(self.tr("Score contacts against this profile"), self)
        self.industries = TermList(self.tr("e.g. Software, Logistics"), self)
        self.titles = TermList(
            self.tr("Words in the job title, e.g. sales, vertrieb, продаж"), self
        )
        self.countries = TermList(self.tr("Country or region, e.g. Germany, DE, DACH"), self)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("icpRegionCombo")
        self.region_combo.addItem(self.tr("Add a region…"), None)
        for key, label in REGION_NAMES:
            codes = ", ".join(sorted(REGIONS[key]))
            self.region_combo.addItem(label, label)
            self.region_combo.setItemData(
                self.region_combo.count() - 1, codes, Qt.ItemDataRole.ToolTipRole
            )
        self.region_combo.activated.connect(self._on_region)
        self.excluded = TermList(self.tr("Competitors, customers: acme.com"), self)

        self.seniority_checks: dict[Seniority, QCheckBox] = {}
        seniority_box = QWidget(self)
        seniority_row = QHBoxLayout(seniority_box)
        seniority_row.setContentsMargins(0, 0, 0, 0)
        labels = {
            Seniority.C_LEVEL: self.tr("C-level / owner"),
            Seniority.VP: self.tr("VP"),
            Seniority.DIRECTOR: self.tr("Director / head"),
            Seniority.MANAGER: self.tr("Manager"),
            Seniority.INDIVIDUAL: self.tr("Individual contributor"),
        }
        for level in Seniority:
            check = QCheckBox(labels[level], seniority_box)
            check.setObjectName(f"seniority_{level.value}")
            check.toggled.connect(self._schedule_preview)
            self.seniority_checks[level] = check
            seniority_row.addWidget(check)
        seniority_row.addStretch(1)

        self.min_spin = QSpinBox(self)
        self.max_spin = QSpinBox(self)
        for spin in (self.min_spin, self.max_spin):
            spin.setRange(0, MAX_EMPLOYEES)
            spin.setSingleStep(10)
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText(self.tr("any"))
            spin.valueChanged.connect(self._schedule_preview)
        self.min_spin.setObjectName("icpMinEmployees")
        self.max_spin.setObjectName("icpMaxEmployees")
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("from"), self))
        size_row.addWidget(self.min_spin)
        size_row.addWidget(QLabel(self.tr("to"), self))
        size_row.addWidget(self.max_spin)
        size_row.addWidget(QLabel(self.tr("employees"), self))
        size_row.addStretch(1)

        country_row = QGridLayout()
        country_row.setContentsMargins(0, 0, 0, 0)
        country_row.addWidget(self.countries, 0, 0)
        country_row.addWidget(self.region_combo, 0, 1, Qt.AlignmentFlag.AlignTop)
        country_row.setColumnStretch(0, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("Industries:"), self.industries)
        form.addRow(self.tr("Title keywords:"), self.titles)
        form.addRow(self.tr("Seniority:"), seniority_box)
        form.addRow(self.tr("Company size:"), size_row)
        form.addRow(self.tr("Countries:"), country_row)
        form.addRow(self.tr("Excluded domains:"), self.excluded)
        criteria = QGroupBox(self.tr("Who to target"), self)
        criteria.setLayout(form)

        for terms in (self.industries, self.titles, self.countries, self.excluded):
            terms.changed.connect(self._schedule_preview)
        self.name_edit.textEdited.connect(self._on_edited)

        self.threshold_spin = QSpinBox(self)
        self.threshold_spin.setObjectName("icpThreshold")
        self.threshold_spin.setRange(1, 100)
        self.threshold_spin.setValue(70)
        self.threshold_spin.setPrefix("≥ ")
        self.threshold_spin.valueChanged.connect(self._schedule_preview)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("icpPreview")
        self.preview_label.setWordWrap(True)
        preview_row = QHBoxLayout()
        preview_row.addWidget(QLabel(self.tr("Fit score"), self))
        preview_row.addWidget(self.threshold_spin)
        preview_row.addWidget(self.preview_label, 1)
        preview = QGroupBox(self.tr("Preview"), self)
        preview.setLayout(preview_row)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("icpStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("icpSave")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(criteria, 1)
        layout.addWidget(preview)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    # --- profiles -------------------------------------------------------------------------

    def reload_profiles(self, select_id: int | None = None) -> None:
        """Read the profiles and industry suggestions (small reads) and show one profile."""
        with self.database.reading() as conn:
            self.profiles = icp.list_profiles(conn)
            industries = icp.distinct_industries(conn)
        self.industries.set_suggestions(industries)
        self.profile_combo.clear()
        for stored in self.profiles:
            label = stored.profile.name
            if stored.active:
                label = self.tr("%1 (active)").replace("%1", label)
            self.profile_combo.addItem(label, stored.id)
        chosen = next((p for p in self.profiles if p.id == select_id), None)
        if chosen is None and self.profiles:
            chosen = self.profiles[0]  # the active one comes first
        if chosen is None:
            self.new_profile()
        else:
            self.show_profile(chosen)

    def show_profile(self, stored: StoredProfile | None) -> None:
        """Fill the editor with a profile (None: an empty new one)."""
        self._loading = True
        try:
            self.current = stored
            profile = stored.profile if stored is not None else IcpProfile()
            if stored is not None:
                self.profile_combo.setCurrentIndex(self.profile_combo.findData(stored.id))
            self.name_edit.setText(profile.name)
            self.active_check.setChecked(stored.active if stored is not None else not self.profiles)
            self.industries.set_items(profile.industries)
            self.titles.set_items(profile.title_keywords)
            self.countries.set_items(profile.countries)
            self.excluded.set_items(profile.excluded_domains)
            for level, check in self.seniority_checks.items():
                check.setChecked(level.value in profile.seniorities)
            self.min_spin.setValue(profile.min_employees or 0)
            self.max_spin.setValue(profile.max_employees or 0)
            self.delete_button.setEnabled(stored is not None)
            # Exactly one profile is active: another one is made active, this one not undone.
            self.active_check.setEnabled(stored is None or not stored.active)
        finally:
            self._loading = False
        self.status_label.clear()
        self._schedule_preview()

    def new_profile(self) -> None:
        """Start an empty profile (saved as a new one)."""
        self.profile_combo.setCurrentIndex(-1)
        self.show_profile(None)
        self.name_edit.setFocus()

    def edited_profile(self) -> IcpProfile:
        """The profile as the editor shows it now."""
        low, high = self.min_spin.value(), self.max_spin.value()
        return IcpProfile(
            name=self.name_edit.text().strip(),
            industries=self.industries.items(),
            title_keywords=self.titles.items(),
            seniorities=tuple(
                level.value for level, check in self.seniority_checks.items() if check.isChecked()
            ),
            min_employees=low or None,
            max_employees=high or None,
            countries=self.countries.items(),
            excluded_domains=tuple(d.lower() for d in self.excluded.items()),
        )

    def _on_profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        self.show_profile(next((p for p in self.profiles if p.id == profile_id), None))

    def _on_region(self, index: int) -> None:
        label = self.region_combo.itemData(index)
        if label:
            self.countries.add(str(label))
        self.region_combo.setCurrentIndex(0)

    def _on_edited(self) -> None:
        self.status_label.clear()

    # --- preview --------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        if self._loading:
            return
        self.status_label.clear()
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Score a sample against the edited profile in a read job."""
        self._preview_timer.stop()
        try:
            profile = self.edited_profile()
        except ValueError:
            return
        threshold = self.threshold_spin.value()
        self._preview_generation += 1
        generation = self._preview_generation
        if self.preview_job is not None:
            self.preview_job.cancel()
        self.preview_label.setText(self.tr("Counting matches…"))
        database = self.database

        def work(ctx: JobContext) -> SamplePreview:
            with database.reading() as conn:
                return icp.preview_profile(conn, profile, threshold=threshold, cancel=ctx.token)

        self.preview_job = Job(
            self,
            work,
            on_success=lambda result: self._show_preview(generation, result),
            on_failure=lambda error: self._preview_failed(generation, error),
            title=self.tr("Preview"),
        ).start()

    def _show_preview(self, generation: int, preview: SamplePreview) -> None:
        if generation != self._preview_generation:
            return  # an older preview finished after a newer one started
        self.preview_job = None
        # The user's number format ("2 004" in Russian), as the spin boxes show it.
        count = self.locale().toString(preview.estimated)
        total = self.locale().toString(preview.total)
        if preview.is_estimate:
            text = self.tr("Matches about %1 of %2 contacts at ≥ %3 (from a sample of %4)")
            text = text.replace("%4", self.locale().toString(preview.sampled))
        else:
            text = self.tr("Matches %1 of %2 contacts at ≥ %3")
        self.preview_label.setText(
            text.replace("%1", count).replace("%2", total).replace("%3", str(preview.threshold))
        )
        self.preview_updated.emit(preview)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._preview_generation:
            self.preview_job = None
            self.preview_label.setText(
                self.tr("Cannot count matches: %1").replace("%1", str(error))
            )

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the edited profile; when it is the active one, rescore in the background.

        Returns:
            True when it was saved.
        """
        try:
            profile = self.edited_profile()
            if self.current is None:
                stored = icp.create_profile(
                    self.database, profile, active=self.active_check.isChecked()
                )
            else:
                stored = icp.update_profile(
                    self.database, self.current.id, profile, expected_version=self.current.version
                )
                if self.active_check.isChecked() and not stored.active:
                    icp.set_active_profile(self.database, stored.id)
        except (ValueError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Profile not saved"), self._save_error_text(error))
            return False
        self.reload_profiles(select_id=stored.id)
        self.profile_saved.emit(stored.id)
        if self.current is not None and self.current.active:
            self.start_rescore(stored.id)
        else:
            self.status_label.setText(self.tr("Saved. Fit scores use the active profile."))
        return True

    def _save_error_text(self, error: Exception) -> str:
        """Why a profile was not saved, in the user's language (storage gives codes)."""
        if isinstance(error, icp.InvalidProfileError):
            if error.code == "size_range":
                return self.tr("The smallest company size is larger than the largest.")
            return self.tr("A profile needs a name.")
        if isinstance(error, icp.ProfileNameTakenError):
            return self.tr("There is already a profile called '%1'.").replace("%1", error.name)
        if isinstance(error, ConcurrentEditError):
            return self.tr(
                "Someone else changed or deleted this profile while you were editing it. "
                "Your change was not saved; reopen the profile to see theirs."
            )
        return str(error)

    def start_rescore(self, profile_id: int) -> Job[Any]:
        """Recompute every contact's fit score in a cancellable background job."""
        database = self.database
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Recomputing fit scores in the background…"))

        def work(ctx: JobContext) -> RescoreResult:
            return icp.rescore_contacts(
                database, profile_id, progress=ctx.progress, cancel=ctx.token
            )

        job: Job[Any] = Job(
            self,
            work,
            on_success=self._on_rescored,
            on_failure=self._on_rescore_failed,
            on_cancel=self._on_rescore_cancelled,
            title=self.tr("Recompute fit scores"),
            writes=True,
        )
        self.rescore_job = job
        job.with_progress(self.tr("Recomputing fit scores…")).start()
        return job

    def _on_rescored(self, result: RescoreResult) -> None:
        self.rescore_job = None
        self.save_button.setEnabled(True)
        text = self.tr("Saved. Fit scores recomputed for %1 contacts (%2 changed).")
        self.status_label.setText(
            text.replace("%1", self.locale().toString(result.scored)).replace(
                "%2", self.locale().toString(result.updated)
            )
        )
        self.rescored.emit(result)

    def _on_rescore_failed(self, error: BaseException) -> None:
        self.rescore_job = None
        self.save_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Saved, but fit scores were not recomputed: %1").replace("%1", str(error))
        )

    def _on_rescore_cancelled(self) -> None:
        self.rescore_job = None
        self.save_button.setEnabled(True)
        self.status_label.setText(
            self.tr("Saved. Recomputing was cancelled; fit scores are unchanged.")
        )

    def delete_current(self) -> None:
        """Delete the shown profile after asking."""
        stored = self.current
        if stored is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr("Delete the profile “%1”? Fit scores stay until the next recompute.").replace(
                "%1", stored.profile.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            icp.delete_profile(self.database, stored.id, expected_version=stored.version)
        except KeyError:
            pass  # somebody deleted it already: what the user wanted
        except ConcurrentEditError:
            QMessageBox.warning(
                self,
                self.tr("Profile not deleted"),
                self.tr(
                    "Someone else changed this profile since you opened it; it was not deleted."
                ),
            )
            return
        except StorageError as error:
            QMessageBox.warning(self, self.tr("Profile not deleted"), str(error))
            return
        self.reload_profiles()

    def reject(self) -> None:
        """Close; a running rescoring goes on in the background."""
        self._preview_timer.stop()
        if self.preview_job is not None:
            self.preview_job.cancel()
        super().reject()
