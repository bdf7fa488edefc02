"""Step 4, "Dry run": the numbers, the rows behind each, merge rule, list, look-alikes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.duplicates.merge import MergeRule
from app.storage.importing import FuzzySuggestion, ImportPlan, RowDetail
from app.ui.importing.choices import PLAN_CATEGORIES, category_label, reason_labels
from app.ui.importing.messages import row_reason, row_warnings_text
from app.ui.importing.models import SummaryModel, TextRow, TextTableModel, clean_cell

#: Regions offered for national numbers (the file's own reading comes first).
REGION_CHOICES = (
    "US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "PL", "LT",
    "LV", "EE", "FI", "SE", "NO", "DK", "RU", "KZ", "UA", "CN", "HK", "TW", "JP", "KR", "SG",
    "IN", "AU", "NZ", "BR", "MX", "AR", "IL", "AE", "TR", "ZA",
)  # fmt: skip


def _table(parent: QWidget, model: TextTableModel | SummaryModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


class PlanPage(QWidget):
    """What the import would do, before anything is written.

    Args:
        parent: The wizard.

    Signals:
        options_changed: the merge rule, phone region, source or owner choice changed (the
            dry run must run again).
        recheck_requested: "Check again" was clicked.
    """

    options_changed = Signal()
    recheck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPlanPage")
        self.plan: ImportPlan | None = None
        self.title = QLabel(self.tr("Dry run: what the import would do"), self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("planStatus")
        self.status_label.setWordWrap(True)
        self.recheck_button = QPushButton(self.tr("Check again"), self)
        self.recheck_button.setObjectName("planRecheck")
        self.recheck_button.clicked.connect(self.recheck_requested)
        self.recheck_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.recheck_button)

        self.summary_model = SummaryModel(self)
        self.summary = _table(self, self.summary_model, "planSummary")
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.summary.setCursor(Qt.CursorShape.PointingHandCursor)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.clicked.connect(self._on_summary_clicked)

        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("planDetailTitle")
        self.detail_label.setWordWrap(True)
        self.detail_model = TextTableModel(
            [self.tr("Row"), self.tr("Name"), self.tr("Email"), self.tr("Why")], self
        )
        self.detail = _table(self, self.detail_model, "planRows")
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.detail.horizontalHeader().setStretchLastSection(True)
        # Row, name and email stay narrow: the reason is what the user reads.
        for column, width in enumerate((50, 170, 190)):
            self.detail.horizontalHeader().resizeSection(column, width)

        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("mergeRule")
        self.rule_combo.addItem(
            self.tr("Fill only empty fields (recommended)"), MergeRule.FILL_EMPTY
        )
        self.rule_combo.addItem(self.tr("Keep what I have"), MergeRule.KEEP_EXISTING)
        self.rule_combo.addItem(self.tr("Take the file's values"), MergeRule.TAKE_INCOMING)
        self.rule_combo.activated.connect(lambda _i: self.options_changed.emit())
        self.list_check = QCheckBox(self.tr("Add to list:"), self)
        self.list_check.setObjectName("addToList")
        self.list_check.setChecked(True)
        self.list_name = QComboBox(self)
        self.list_name.setObjectName("listName")
        self.list_name.setEditable(True)
        self.list_name.setMinimumContentsLength(28)
        self.list_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.list_check.toggled.connect(self.list_name.setEnabled)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("phoneRegion")
        self.region_combo.addItem(self.tr("Read it from the file"), "")
        for code in REGION_CHOICES:
            self.region_combo.addItem(code, code)
        self.region_combo.activated.connect(lambda _i: self.options_changed.emit())
        self.region_label = QLabel(self)
        self.region_label.setObjectName("phoneRegionFigures")
        self.region_label.setWordWrap(True)
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("leadSource")
        self.source_combo.addItem(self.tr("As the file says"), "")
        self.source_combo.addItem(
            self.tr("Inbound (arrival time from the file, else now)"), "inbound"
        )
        self.source_combo.addItem(self.tr("Outbound"), "outbound")
        self.source_combo.addItem(self.tr("Referral"), "referral")
        self.source_combo.activated.connect(lambda _i: self.options_changed.emit())
        self.create_owners = QCheckBox(self.tr("Create reps for owners you don't have"), self)
        self.create_owners.setObjectName("createOwners")
        self.create_owners.toggled.connect(lambda _on: self.options_changed.emit())
        self.unknown_label = QLabel(self)
        self.unknown_label.setObjectName("unknownValues")
        self.unknown_label.setWordWrap(True)
        self.unknown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.row_warnings_label = QLabel(self)
        self.row_warnings_label.setObjectName("planRowWarnings")
        self.row_warnings_label.setWordWrap(True)
        self.row_warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.row_warnings_label.setStyleSheet(
            "QLabel#planRowWarnings { background: #fff4e5; border: 1px solid #f0c36d;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.matched_label = QLabel(self)
        self.matched_label.setObjectName("matchedBy")
        self.matched_label.setWordWrap(True)
        options = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(options)
        # Labels above their fields: the left column stays narrow and the rows' reasons
        # on the right get the room.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("When a row matches a contact you have:"), self.rule_combo)
        form.addRow(self.list_check, self.list_name)
        form.addRow(self.tr("Phone numbers without a country code are from:"), self.region_combo)
        form.addRow(self.region_label)
        form.addRow(self.tr("Lead source of rows that name none:"), self.source_combo)
        form.addRow(self.create_owners)
        form.addRow(self.unknown_label)
        form.addRow(self.matched_label)

        self.fuzzy_box = QGroupBox(self)
        self.fuzzy_box.setObjectName("fuzzyBox")
        self.fuzzy_label = QLabel(
            self.tr(
                "These rows look like the same person but no email or phone proves it. They "
                "will be imported as separate contacts; review them later in Tools → Find "
                "duplicates…"
            ),
            self.fuzzy_box,
        )
        self.fuzzy_label.setWordWrap(True)
        self.fuzzy_model = TextTableModel(
            [self.tr("Row"), self.tr("Looks like"), self.tr("Score"), self.tr("Why")], self
        )
        self.fuzzy = _table(self.fuzzy_box, self.fuzzy_model, "fuzzyTable")
        self.fuzzy.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 190, 70)):
            self.fuzzy.horizontalHeader().resizeSection(column, width)
        fuzzy_layout = QVBoxLayout(self.fuzzy_box)
        fuzzy_layout.addWidget(self.fuzzy_label)
        fuzzy_layout.addWidget(self.fuzzy, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.row_warnings_label)
        left_layout.addWidget(options)
        left_layout.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_label)
        right_layout.addWidget(self.detail, 2)
        right_layout.addWidget(self.fuzzy_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 640])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)
        self.clear()

    # --- state ----------------------------------------------------------------------------

    def clear(self, status: str = "") -> None:
        """Forget the last plan (a new check is running or the inputs changed)."""
        self.plan = None
        for label in (
            self.region_label, self.unknown_label, self.matched_label, self.row_warnings_label
        ):  # fmt: skip
            label.setText("")
            label.hide()
        self.create_owners.setVisible(self.create_owners.isChecked())
        self.summary_model.set_counts({})
        self.detail_model.clear()
        self.fuzzy_model.clear()
        self.detail_label.setText("")
        self.fuzzy_box.hide()
        self.status_label.setText(status)
        self.recheck_button.setVisible(False)

    def show_stopped(self, text: str) -> None:
        """The dry run stopped (cancelled or failed): say so and offer to run it again."""
        self.status_label.setText(text)
        self.recheck_button.setVisible(True)

    def set_list_names(self, names: list[str], suggested: str) -> None:
        """Existing lists to pick from, and a new list's name suggested from the file."""
        current = self.list_name.currentText()
        self.list_name.clear()
        self.list_name.addItems(names)
        self.list_name.setEditText(current or suggested)

    def set_default_region(self, code: str) -> None:
        """Preselect the region (the rep's country setting); "" reads it from the file."""
        index = self.region_combo.findData(code.strip().upper())
        self.region_combo.setCurrentIndex(max(index, 0))

    def choices(self) -> dict[str, Any]:
        """The dry run's and import's options chosen here (besides rule and list)."""
        return {
            "default_region": self.region_combo.currentData() or None,
            "source": self.source_combo.currentData() or None,
            "create_owners": self.create_owners.isChecked(),
        }

    def merge_rule(self) -> MergeRule:
        """The merge rule chosen."""
        return MergeRule(self.rule_combo.currentData())

    def chosen_list(self) -> str | None:
        """The list to add the contacts to, or None."""
        name = self.list_name.currentText().strip()
        return name if self.list_check.isChecked() and name else None

    def show_plan(self, plan: ImportPlan, names: dict[int, str]) -> None:
        """Show a finished dry run; ``names`` names the stored contacts fuzzy rows resemble."""
        self.plan = plan
        self.recheck_button.setVisible(False)
        counts = {c: plan.ledger.count(c) for c in PLAN_CATEGORIES}  # type: ignore[arg-type]
        self.summary_model.set_counts(counts)
        self.status_label.setText(
            self.tr("%Ln row(s) read. Nothing has been written yet.", "", plan.rows)
            + " "
            + self.tr("Click a number to see its rows.")
        )
        self.summary.setFixedHeight(
            self.summary.horizontalHeader().height()
            + self.summary.verticalHeader().length()
            + 2 * self.summary.frameWidth()
        )
        first = next((i for i, c in enumerate(PLAN_CATEGORIES) if counts[c]), 0)
        self.show_category(PLAN_CATEGORIES[first])
        self._show_fuzzy(plan, names)
        self._show_facts(plan)
        warnings = row_warnings_text(plan.row_warnings, plan.row_warning_count)
        self.row_warnings_label.setText(warnings)
        self.row_warnings_label.setVisible(bool(warnings))

    def _show_facts(self, plan: ImportPlan) -> None:
        """Phones read with the region, values not recognised, and how rows matched."""
        facts = plan.facts
        if facts.phones:
            parsed = self.tr("%n of %1 phone number(s) read", "", facts.phones_parsed).replace(
                "%1", self._locale_number(facts.phones)
            )
            if facts.region and facts.region_from == "file":
                parsed += " " + self.tr("(%1, read from the file)").replace("%1", facts.region)
            elif facts.region:
                parsed += " " + self.tr("(%1)").replace("%1", facts.region)
            self.region_label.setText(parsed + ".")
        else:
            self.region_label.setText("")
        self.region_label.setVisible(bool(facts.phones))
        labels = {
            "owner": self.tr("Owners you don't have"),
            "stage": self.tr("Stages not recognised"),
            "source": self.tr("Sources not recognised"),
            "lead_type": self.tr("Lead types not recognised"),
            "arrived_at": self.tr("Dates not recognised"),
        }
        lines = []
        for name, values in facts.unknown_values.items():
            shown = ", ".join(
                f"{value} ({self._locale_number(count)})"
                for value, count in sorted(values.items(), key=lambda kv: -kv[1])[:8]
            )
            lines.append(f"{labels.get(name, name)}: {shown}")
        if lines:
            lines.append(self.tr("They are kept as written, in the contact's custom fields."))
        self.unknown_label.setText("\n".join(lines))
        self.unknown_label.setVisible(bool(lines))
        self.create_owners.setVisible(
            "owner" in facts.unknown_values or self.create_owners.isChecked()
        )
        keys = {
            "email": self.tr("email"), "phone_name": self.tr("phone and name"),
            "phone_initial": self.tr("phone and name with an initial"),
            "raw_email": self.tr("the same invalid email"),
            "name_company": self.tr("name and company"), "id": self.tr("contact id (export)"),
        }  # fmt: skip
        matched = ", ".join(
            f"{keys.get(key, key)} {self._locale_number(count)}"
            for key, count in facts.matched_by.items()
        )
        text = self.tr("Matched by: %1.").replace("%1", matched) if matched else ""
        if facts.merge_suggestions:
            text += " " + self.tr(
                "%n row(s) match two different contacts: they are left for you to review in "
                "Tools → Find duplicates…",
                "",
                len(facts.merge_suggestions),
            )
        self.matched_label.setText(text.strip())
        self.matched_label.setVisible(bool(text.strip()))

    def _locale_number(self, value: int) -> str:
        return self.locale().toString(value)

    def _on_summary_clicked(self, index: QModelIndex) -> None:
        category = self.summary_model.category(index.row())
        if category is not None:
            self.show_category(category)

    def show_category(self, category: str) -> None:
        """Show the rows behind one number of the plan."""
        plan = self.plan
        if plan is None:
            return
        row = PLAN_CATEGORIES.index(category)
        self.summary.selectRow(row)
        samples: list[RowDetail] = plan.samples(category)  # type: ignore[arg-type]
        total = plan.ledger.count(category)  # type: ignore[arg-type]
        self.detail_model.set_rows([self._detail_row(d) for d in samples])
        title = category_label(category)
        if total > len(samples):
            title += " — " + self.tr("the first %1 of %2 rows").replace(
                "%1", QLocale().toString(len(samples))
            ).replace("%2", QLocale().toString(total))
        elif not total:
            title += " — " + self.tr("none")
        self.detail_label.setText(title)

    def _detail_row(self, detail: RowDetail) -> TextRow:
        return TextRow(
            (
                QLocale().toString(detail.number),
                clean_cell(detail.name),
                clean_cell(detail.email),
                clean_cell(row_reason(detail)),
            ),
            tooltip=detail.reason,
            problem=detail.category == "rejected",
            payload=detail.number,
        )

    def _show_fuzzy(self, plan: ImportPlan, names: dict[int, str]) -> None:
        suggestions = plan.fuzzy
        self.fuzzy_box.setVisible(bool(suggestions))
        if not suggestions:
            return
        row_names = {
            d.number: d.name
            for c in ("created", "updated")
            for d in plan.samples(c)  # type: ignore[arg-type]
        }
        self.fuzzy_box.setTitle(
            self.tr("Possible duplicates to review (%Ln)", "", len(suggestions))
            + (" +" if plan.fuzzy_truncated else "")
        )
        self.fuzzy_model.set_rows([self._fuzzy_row(s, row_names, names) for s in suggestions])

    def _fuzzy_row(
        self, suggestion: FuzzySuggestion, row_names: dict[int, str], names: dict[int, str]
    ) -> TextRow:
        def row_text(number: int) -> str:
            text = self.tr("row %1").replace("%1", QLocale().toString(number))
            name = row_names.get(number)
            return f"{text}: {clean_cell(name)}" if name else text

        if suggestion.other_row is not None:
            other = row_text(suggestion.other_row)
        elif suggestion.contact_id is not None:
            other = self.tr("your contact %1").replace(
                "%1", names.get(suggestion.contact_id, f"#{suggestion.contact_id}")
            )
        else:
            other = ""
        labels = reason_labels()
        why = ", ".join(labels.get(r, r) for r in suggestion.reasons)
        return TextRow(
            (row_text(suggestion.row), other, f"{suggestion.score:.0f}", why),
            payload=suggestion.row,
        )
