"""Item models of the merge screen: the duplicate groups, and one group side by side.

Both hold small values only (ids, a few strings per contact). The group list shows a
page at a time and reads more names as the view scrolls (``canFetchMore``/``fetchMore``);
the comparison model is rebuilt per group, which has two to a handful of contacts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.core.duplicates.merge import MergeRule
from app.storage.duplicates import DuplicateGroup, GroupPlan, MergeContext, plan_group_merge
from app.ui.locale_format import short_datetime
from app.ui.pipeline.stage_names import stage_label_for_name
from app.ui.reports.words import source_label

_Index = QModelIndex | QPersistentModelIndex


def _lookup(names: dict[int, str], key: object) -> str | None:
    return names.get(key) if isinstance(key, int) else None


def reason_labels() -> dict[str, str]:
    """Readable names of the duplicate reason codes."""
    return {
        "same_email": QCoreApplication.translate("MergeModels", "same email"),
        "same_phone_and_name": QCoreApplication.translate("MergeModels", "same phone and name"),
        "same_company": QCoreApplication.translate("MergeModels", "same company"),
        "same_name": QCoreApplication.translate("MergeModels", "same name"),
        "similar_name": QCoreApplication.translate("MergeModels", "similar name"),
        "nickname": QCoreApplication.translate("MergeModels", "nickname"),
        "transliteration": QCoreApplication.translate("MergeModels", "different alphabets"),
        "name_order": QCoreApplication.translate("MergeModels", "first and last name swapped"),
        "different_email": QCoreApplication.translate("MergeModels", "different emails"),
        "import_matched_both": QCoreApplication.translate(
            "MergeModels", "one imported row matched both (not merged)"
        ),
    }


class GroupListModel(QAbstractListModel):
    """The duplicate groups: exact ones first, then fuzzy pairs with score and reasons.

    The model holds every group found (a few ids each) but shows them a page at a time:
    a row appears once its contacts' names are read. When the view scrolls to the end,
    ``fetchMore`` asks for the next page's names through ``names_wanted``; the owner reads
    them off the GUI thread and hands them to :meth:`add_names`.

    Args:
        parent: The owning object.

    Signals:
        names_wanted: The view wants more rows; carries the contact ids whose names to read.
        shown_changed: The number of rows shown or of groups known changed.
    """

    GroupRole = Qt.ItemDataRole.UserRole + 1
    #: Groups shown per page; a page's names are one small query.
    PAGE_SIZE = 200

    names_wanted = Signal(object)
    shown_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Every group known, shown or not, in the finder's order.
        self.groups: list[DuplicateGroup] = []
        self.names: dict[int, str] = {}
        self._shown = 0
        self._fetching = False
        #: Height of a row; the view sets it from its font (two lines, room for CJK).
        self.row_size = QSize()

    @property
    def shown(self) -> int:
        """How many groups are rows now."""
        return self._shown

    def set_groups(self, groups: list[DuplicateGroup], names: dict[int, str]) -> None:
        """Show these groups (a first page of them); ``names`` gives display names."""
        self.beginResetModel()
        self.groups = list(groups)
        self.names = dict(names)
        self._shown = 0
        self._fetching = False
        self._shown = self._revealable(self.PAGE_SIZE)
        self.endResetModel()
        self.shown_changed.emit()

    def add_groups(self, groups: list[DuplicateGroup], names: dict[int, str]) -> None:
        """Append groups found later (the fuzzy pass); rows fill the first page at most."""
        self.groups.extend(groups)
        self.names.update(names)
        self._reveal(self.PAGE_SIZE - self._shown)
        self.shown_changed.emit()

    def add_names(self, names: dict[int, str]) -> None:
        """Names read for ``names_wanted``: show the next page."""
        self._fetching = False
        self.names.update(names)
        self._reveal(self.PAGE_SIZE)
        self.shown_changed.emit()

    def fetch_failed(self) -> None:
        """Reading names failed: let the view ask again."""
        self._fetching = False

    def _revealable(self, limit: int) -> int:
        """How many rows could show: groups in order, while their names are known."""
        end = self._shown
        while end < len(self.groups) and end - self._shown < limit:
            if any(i not in self.names for i in self.groups[end].contact_ids):
                break
            end += 1
        return end

    def _reveal(self, limit: int) -> None:
        end = self._revealable(max(limit, 0))
        if end > self._shown:
            # A view (or the model tester) may ask for more from inside the insert
            # signals; it must not start a second, nested insert of the same rows.
            self._fetching = True
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()
            self._fetching = False

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt API)
        return not parent.isValid() and not self._fetching and self._shown < len(self.groups)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802 (Qt API)
        if not self.canFetchMore(parent):
            return
        page = self.groups[self._shown : self._shown + self.PAGE_SIZE]
        missing = sorted({i for g in page for i in g.contact_ids if i not in self.names})
        if not missing:
            self._reveal(self.PAGE_SIZE)
            self.shown_changed.emit()
            return
        self._fetching = True
        self.names_wanted.emit(missing)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else self._shown

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        group = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(group)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long names are elided in the row; the tip shows them whole, with the key.
            return self.title(group) + (f"\n{group.key}" if group.key else "")
        if role == self.GroupRole:
            return group
        if role == Qt.ItemDataRole.SizeHintRole and self.row_size.isValid():
            return self.row_size
        return None

    def title(self, group: DuplicateGroup) -> str:
        """The line shown for a group."""
        names = " · ".join(self.names.get(i, f"#{i}") for i in group.contact_ids)
        labels = reason_labels()
        if group.exact:
            why = labels["same_email"] if group.kind == "email" else labels["same_phone_and_name"]
            return f"{names}\n{why}"
        if group.kind == "import":
            return f"{names}\n" + labels["import_matched_both"]
        reasons = [labels.get(r, r) for r in group.reasons if r != "same_company"]
        score = f"{group.score:.0f}" if group.score is not None else "?"
        return f"{names}\n" + QCoreApplication.translate("MergeModels", "fuzzy %1: %2").replace(
            "%1", score
        ).replace("%2", ", ".join(reasons))

    def row_of(self, group: DuplicateGroup) -> int:
        """The row showing ``group``, or -1."""
        return next((n for n in range(self._shown) if self.groups[n] == group), -1)

    def remove_row(self, row: int) -> None:
        """Drop one group (dismissed or merged)."""
        if 0 <= row < self._shown:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.groups[row]
            self._shown -= 1
            self.endRemoveRows()
            self.shown_changed.emit()

    def apply_merge(self, survivor_id: int, merged_ids: tuple[int, ...]) -> None:
        """Rewrite the groups after a merge: merged ids become the survivor's, pairs that
        collapse to one contact disappear."""
        gone = set(merged_ids)
        kept: list[DuplicateGroup] = []
        shown = 0
        for n, group in enumerate(self.groups):
            ids = tuple(dict.fromkeys(survivor_id if i in gone else i for i in group.contact_ids))
            if len(ids) < 2:  # noqa: PLR2004 (a group is at least a pair)
                continue
            kept.append(
                DuplicateGroup(
                    group.kind, tuple(sorted(ids)), group.key, group.score, group.reasons
                )
            )
            shown += n < self._shown
        self.beginResetModel()
        self.groups = kept
        self._shown = shown
        self.endResetModel()
        self.shown_changed.emit()

    def forget_pairs(self, pairs: set[tuple[int, int]]) -> None:
        """Drop groups not yet shown that hold a dismissed pair (smaller id first)."""
        pending = self.groups[self._shown :]
        kept = [
            g
            for g in pending
            if not any(
                (a, b) in pairs for n, a in enumerate(g.contact_ids) for b in g.contact_ids[n + 1 :]
            )
        ]
        if len(kept) != len(pending):
            self.groups[self._shown :] = kept
            self.shown_changed.emit()


@dataclass(frozen=True)
class FieldRow:
    """One row of the comparison.

    Attributes:
        name: The field (or column group, ``email``/``phone``) it shows.
        label: The row header.
        pickable: Whether the user chooses whose value to keep.
    """

    name: str
    label: str
    pickable: bool = True


def field_rows() -> list[FieldRow]:
    """The rows of the comparison, in order."""
    return [
        FieldRow("first_name", QCoreApplication.translate("MergeModels", "First name")),
        FieldRow("last_name", QCoreApplication.translate("MergeModels", "Last name")),
        FieldRow("full_name", QCoreApplication.translate("MergeModels", "Full name")),
        FieldRow("title", QCoreApplication.translate("MergeModels", "Title")),
        FieldRow("company_id", QCoreApplication.translate("MergeModels", "Company")),
        FieldRow("email", QCoreApplication.translate("MergeModels", "Email")),
        FieldRow("phone", QCoreApplication.translate("MergeModels", "Phone")),
        FieldRow("country", QCoreApplication.translate("MergeModels", "Country")),
        FieldRow("city", QCoreApplication.translate("MergeModels", "City")),
        FieldRow("linkedin_url", QCoreApplication.translate("MergeModels", "LinkedIn")),
        FieldRow("source", QCoreApplication.translate("MergeModels", "Source")),
        FieldRow("stage_id", QCoreApplication.translate("MergeModels", "Stage")),
        FieldRow("owner_id", QCoreApplication.translate("MergeModels", "Owner")),
        # Kept whatever is picked: an opt-out and the latest touch are never lost.
        FieldRow(
            "do_not_contact",
            QCoreApplication.translate("MergeModels", "Do not contact"),
            pickable=False,
        ),
        FieldRow(
            "last_touched_at",
            QCoreApplication.translate("MergeModels", "Last touched"),
            pickable=False,
        ),
        # Moved to the survivor by the merge, shown so the user knows.
        FieldRow("tags", QCoreApplication.translate("MergeModels", "Tags"), pickable=False),
        FieldRow("lists", QCoreApplication.translate("MergeModels", "Lists"), pickable=False),
        FieldRow(
            "activities", QCoreApplication.translate("MergeModels", "Activities"), pickable=False
        ),
    ]


class ComparisonModel(QAbstractTableModel):
    """One duplicate group side by side: columns are contacts, rows are fields.

    The last column shows the merged result. In a pickable row, each contact's cell is
    checkable; the checked cell is the value kept (one per row, like radio buttons).
    Defaults come from the planner with the chosen rule; a click overrides one row.

    Args:
        parent: The owning object.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = field_rows()
        self.context: MergeContext | None = None
        self.order: list[int] = []
        self.survivor_id: int | None = None
        self.rule = MergeRule.FILL_EMPTY
        self.picks: dict[str, int] = {}
        self.plan: GroupPlan | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- state ----------------------------------------------------------------------------

    def set_group(self, context: MergeContext, order: list[int], survivor_id: int) -> None:
        """Show a group; ``order`` gives the columns, ``survivor_id`` the contact kept."""
        self.beginResetModel()
        self.context = context
        self.order = [i for i in order if i in context.records]
        self.survivor_id = survivor_id if survivor_id in context.records else None
        self.picks = {}
        self._replan()
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.beginResetModel()
        self.context = None
        self.order = []
        self.survivor_id = None
        self.plan = None
        self.picks = {}
        self.endResetModel()

    def set_rule(self, rule: MergeRule) -> None:
        """Recompute the defaults with another rule (the user's picks are cleared)."""
        self.rule = rule
        self.picks = {}
        self._refresh()

    def set_survivor(self, contact_id: int) -> None:
        """Keep another contact (the user's picks are cleared)."""
        if self.context is not None and contact_id in self.context.records:
            self.survivor_id = contact_id
            self.picks = {}
            self._refresh()

    def pick(self, name: str, contact_id: int) -> None:
        """Keep ``contact_id``'s value for one field."""
        self.picks[name] = contact_id
        self._refresh()

    @property
    def merged_ids(self) -> tuple[int, ...]:
        """The contacts the merge would delete."""
        return tuple(i for i in self.order if i != self.survivor_id)

    def _replan(self) -> None:
        if self.context is None or self.survivor_id is None or not self.merged_ids:
            self.plan = None
            return
        self.plan = plan_group_merge(
            self.context.records,
            self.survivor_id,
            self.merged_ids,
            rule=self.rule,
            picks=self.picks,
        )

    def _refresh(self) -> None:
        self._replan()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def chosen(self, name: str) -> int | None:
        """Whose value a row keeps: the user's pick, else the planner's source."""
        if name in self.picks:
            return self.picks[name]
        if self.plan is None or self.context is None:
            return None
        return self.plan.source(name, self.context.records)

    def all_picks(self) -> dict[str, int]:
        """Every pickable row's choice, as :func:`merge_contacts` takes ``picks``."""
        choices = {}
        for row in self.rows:
            if row.pickable:
                chosen = self.chosen(row.name)
                if chosen is not None:
                    choices[row.name] = chosen
        return choices

    # --- display --------------------------------------------------------------------------

    def value_text(self, name: str, record: dict[str, object], contact_id: int | None) -> str:
        """A field's value as the user reads it."""
        ctx = self.context
        assert ctx is not None
        if name == "email":
            value: object = record.get("email") or record.get("email_raw")
        elif name == "phone":
            value = record.get("phone_e164") or record.get("phone_raw")
            extension = record.get("phone_extension")
            if value and extension:
                value = (
                    QCoreApplication.translate("MergeModels", "%1 ext. %2")
                    .replace("%1", str(value))
                    .replace("%2", str(extension))
                )
        elif name == "company_id":
            value = _lookup(ctx.companies, record.get("company_id"))
        elif name == "stage_id":
            stage = _lookup(ctx.stages, record.get("stage_id"))
            # A default stage shows its name in the user's language.
            value = None if stage is None else stage_label_for_name(str(stage))
        elif name == "owner_id":
            value = _lookup(ctx.owners, record.get("owner_id"))
        elif name == "do_not_contact":
            value = (
                QCoreApplication.translate("MergeModels", "yes")
                if record.get("do_not_contact")
                else ""
            )
        elif name == "source":
            code = record.get("source")
            # Stored as a code ("outbound"); the reports already word it in every language.
            value = source_label(str(code)) if code else None
        elif name in {"tags", "lists", "activities"}:
            return self._moved_text(name, contact_id)
        else:
            value = record.get(name)
        if isinstance(value, dt.datetime):
            return short_datetime(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return QLocale().toString(value)  # "1 200" employees in Russian
        return "" if value is None else str(value)

    def _moved_text(self, name: str, contact_id: int | None) -> str:
        ctx = self.context
        assert ctx is not None
        ids = list(ctx.records) if contact_id is None else [contact_id]
        if name == "activities":
            return QLocale().toString(sum(ctx.activities.get(i, 0) for i in ids))
        source = ctx.tags if name == "tags" else ctx.lists
        return ", ".join(dict.fromkeys(n for i in ids for n in source.get(i, [])))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() or self.context is None else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or self.context is None or not self.order:
            return 0
        return len(self.order) + 1  # the contacts, then the merged result

    def _is_result(self, column: int) -> bool:
        return column == len(self.order)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.context is None:
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        row = self.rows[index.row()]
        if self._is_result(index.column()):
            if role == Qt.ItemDataRole.DisplayRole:
                values = self.plan.values if self.plan is not None else {}
                return self.value_text(row.name, dict(values), None)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        contact_id = self.order[index.column()]
        record = self.context.records[contact_id]
        text = self.value_text(row.name, record, contact_id)
        if role in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole}:
            return text
        if role == Qt.ItemDataRole.CheckStateRole and row.pickable and text:
            checked = self.chosen(row.name) == contact_id
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.context is None:
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if self._is_result(index.column()) or not row.pickable:
            return base
        record = self.context.records[self.order[index.column()]]
        if self.value_text(row.name, record, self.order[index.column()]):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        if state != Qt.CheckState.Checked.value:
            return False  # like a radio button: un-checking happens by checking another
        self.pick(self.rows[index.row()].name, self.order[index.column()])
        return True

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.context is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return self.rows[section].label if 0 <= section < len(self.rows) else None
        if not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Centred, a long name loses both ends, "(kept)" included; left-aligned it
            # keeps its start and is elided at the end.
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            # The kept contact and the result stand out even when the text is elided.
            kept = self._is_result(section) or self.order[section] == self.survivor_id
            return self._bold if kept else None
        if role not in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole}:
            return None
        if self._is_result(section):
            return QCoreApplication.translate("MergeModels", "After merge")
        contact_id = self.order[section]
        name = str(self.context.records[contact_id].get("full_name") or f"#{contact_id}")
        if contact_id == self.survivor_id:
            return QCoreApplication.translate("MergeModels", "%1 (kept)").replace("%1", name)
        return name
