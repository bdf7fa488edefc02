"""The problems table's model: one row per problem field, fetched in keyset pages.

Holds small frozen rows (``ProblemRow``), never ORM objects, and loads the next page in
a background job when the view scrolls near the end (``canFetchMore``/``fetchMore``,
Qt's fetchmore example). Filtering by a reason runs a new query: the row list is reset,
the model object stays. An edit of the Value column saves through
``app.storage.validation.edit_field`` in a job and re-reads that contact's row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from app.storage.validation import ProblemRow, problem_rows
from app.ui.jobs import Job, JobContext
from app.ui.widgets.validation_status import reasons_tooltip, status_text, status_text_color

if TYPE_CHECKING:
    from app.core.ops import Changes
    from app.storage.database import Database

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex

NAME, COMPANY, FIELD, STATUS, VALUE, SUGGESTION = range(6)


def _reload_contact(db: Database, contact_id: int) -> list[ProblemRow] | None:
    """The contact's email and phone as problem rows (whatever their status); None if gone."""
    from app.storage.contacts.detail import load_contact_detail

    with db.reading() as conn:
        data = load_contact_detail(conn, contact_id)
    if data is None:
        return None
    return [
        ProblemRow(
            contact_id=data.id,
            version=data.version,
            name=data.display_name,
            company=data.company,
            field="email",
            raw=data.email_raw,
            normalized=data.email,
            status=data.email_status,
            reasons=data.email_reasons,
            suggestion=data.email_suggestion,
        ),
        ProblemRow(
            contact_id=data.id,
            version=data.version,
            name=data.display_name,
            company=data.company,
            field="phone",
            raw=data.phone_raw,
            normalized=data.phone_e164,
            status=data.phone_status,
            reasons=data.phone_reasons,
            suggestion=None,
        ),
    ]


class ProblemsModel(QAbstractTableModel):
    """Problem fields of the contacts in scope, optionally only those with one reason.

    Args:
        parent: the owner; jobs' dialogs are parented to ``window``.
        window: the widget job dialogs belong to.

    Signals:
        page_loaded: a page of rows arrived (or a reset finished loading its first page).
        row_refreshed: a contact's rows were re-read after a change; carries its id.
        edit_failed: saving an inline edit failed; carries (contact id, field, value,
            the exception) so the view can offer "reload / keep my change".
    """

    page_loaded = Signal()
    row_refreshed = Signal(int)
    edit_failed = Signal(int, str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self.database: Database | None = None
        self.reason: str | None = None
        self.field: str | None = None
        self.list_id: int | None = None
        self.rows: list[ProblemRow] = []
        self._exhausted = True
        self._loading: Job[Any] | None = None
        self._generation = 0
        self._jobs: list[Job[Any]] = []

    # --- query ----------------------------------------------------------------------------

    def set_query(
        self,
        database: Database | None,
        *,
        reason: str | None = None,
        field: str | None = None,
        list_id: int | None = None,
    ) -> None:
        """Show the problems of ``database`` (None: nothing) matching the filter.

        The row list is reset and the first page loads in the background.
        """
        self.beginResetModel()
        self.database = database
        self.reason, self.field, self.list_id = reason, field, list_id
        self.rows = []
        self._generation += 1
        self._loading = None
        self._exhausted = database is None
        self.endResetModel()
        if database is not None:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """Run the current query again from the first page."""
        self.set_query(self.database, reason=self.reason, field=self.field, list_id=self.list_id)

    @property
    def loading(self) -> bool:
        """True while a page is being read."""
        return self._loading is not None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        if parent.isValid():
            return False
        return not self._exhausted and self._loading is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self._exhausted or self._loading is not None:
            return
        db = self.database
        assert db is not None
        after = self.rows[-1].contact_id if self.rows else None
        reason, field, list_id = self.reason, self.field, self.list_id
        generation = self._generation

        def work(_ctx: JobContext) -> list[ProblemRow]:
            with db.reading() as conn:
                return problem_rows(
                    conn,
                    reason=reason,
                    field=field,  # type: ignore[arg-type]
                    list_id=list_id,
                    after_id=after,
                    limit=PAGE_SIZE,
                )

        def done(page: list[ProblemRow]) -> None:
            if generation != self._generation:
                return  # a newer query replaced this one
            self._loading = None
            contacts = {row.contact_id for row in page}
            self._exhausted = len(contacts) < PAGE_SIZE
            if page:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
            self.page_loaded.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = None
                self._exhausted = True
            from app.ui.dialogs.error import show_exception

            show_exception(self._window, self.tr("Load problems"), error)

        job: Job[list[ProblemRow]] = Job(
            self._window, work, on_success=done, on_failure=failed, title=self.tr("Load problems")
        )
        self._loading = job
        self._keep(job.start())

    # --- shape ----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            NAME: self.tr("Name"),
            COMPANY: self.tr("Company"),
            FIELD: self.tr("Field"),
            VALUE: self.tr("Value as imported"),
            STATUS: self.tr("Status"),
            SUGGESTION: self.tr("Suggestion"),
        }
        return titles.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE and self.database is not None and not self.database.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _field_text(self, field: str) -> str:
        return self.tr("Email") if field == "email" else self.tr("Phone")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS:
                return reasons_tooltip(row.status, row.reasons)
            text = self._text(row, column, False)
            if column == VALUE and row.normalized and row.normalized != (row.raw or "").strip():
                text = (
                    self.tr("%1 (stored as %2)").replace("%1", text).replace("%2", row.normalized)
                )
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return status_text_color(row.status)
        if role == Qt.ItemDataRole.UserRole:
            return row.contact_id
        return None

    def _text(self, row: ProblemRow, column: int, editing: bool) -> str:
        if column == NAME:
            return row.name
        if column == COMPANY:
            return row.company or ""
        if column == FIELD:
            return self._field_text(row.field)
        if column == VALUE:
            return row.raw or ""
        if column == STATUS:
            return status_text(row.status) if (row.raw or editing) else self.tr("Empty")
        if column == SUGGESTION:
            return row.suggestion or ""
        return ""

    # --- editing --------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != VALUE
            or self.database is None
        ):
            return False
        row = self.rows[index.row()]
        text = str(value or "").strip()
        if text == (row.raw or "").strip():
            return False
        self.save_value(row.contact_id, row.field, text, row.version)
        return True

    def save_value(self, contact_id: int, field: str, value: str, version: int) -> Job[Any]:
        """Save an edited raw value in the background, then re-read the contact's rows."""
        db = self.database
        assert db is not None

        def work(_ctx: JobContext) -> Changes:
            from app.storage.validation import edit_field

            return edit_field(
                db,
                contact_id,
                field,  # type: ignore[arg-type]
                value or None,
                expected_version=version,
            )

        job: Job[Changes] = Job(
            self._window,
            work,
            on_success=lambda _change: self._refresh_one(contact_id),
            on_failure=lambda error: self.edit_failed.emit(contact_id, field, value, error),
            title=self.tr("Save"),
            writes=True,
        )
        return self._keep(job.start())

    # --- refreshing rows after a change ---------------------------------------------------

    def row_for(self, contact_id: int, field: str) -> ProblemRow | None:
        """The row of ``contact_id``'s ``field``, if it is in the table."""
        return next((r for r in self.rows if r.contact_id == contact_id and r.field == field), None)

    def refresh_contacts(self, contact_ids: Iterable[int]) -> Job[Any] | None:
        """Re-read these contacts' rows (a fixed row stays, showing its new status).

        Rows of contacts that no longer exist are removed.
        """
        db = self.database
        wanted = sorted({c for c in contact_ids if any(r.contact_id == c for r in self.rows)})
        if db is None or not wanted:
            return None
        generation = self._generation

        def work(_ctx: JobContext) -> dict[int, list[ProblemRow] | None]:
            return {cid: _reload_contact(db, cid) for cid in wanted}

        def done(fresh: dict[int, list[ProblemRow] | None]) -> None:
            if generation != self._generation:
                return
            for cid, rows in fresh.items():
                self._apply_fresh(cid, rows)
                self.row_refreshed.emit(cid)

        job: Job[dict[int, list[ProblemRow] | None]] = Job(
            self._window, work, on_success=done, title=self.tr("Refresh")
        )
        return self._keep(job.start())

    def _refresh_one(self, contact_id: int) -> None:
        self.refresh_contacts([contact_id])

    def _apply_fresh(self, contact_id: int, fresh: list[ProblemRow] | None) -> None:
        for position in range(len(self.rows) - 1, -1, -1):
            row = self.rows[position]
            if row.contact_id != contact_id:
                continue
            if fresh is None:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()
                continue
            replacement = next(r for r in fresh if r.field == row.field)
            self.rows[position] = replacement
            self.dataChanged.emit(self.index(position, 0), self.index(position, SUGGESTION))

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job
