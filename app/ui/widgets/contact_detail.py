"""A panel showing one contact with every field's validation status, and inline edits.

Reusable: the Validate page shows it beside the problems table, the Lists page beside its
contact table. Loading runs in a background job; edits of the name, email and phone go
through ``app.storage.validation.edit_field`` with the version that was read, so an
edit never silently overwrites somebody else's change (optimistic locking): a conflict
shows both versions field by field (keep mine / take theirs / merge).

Usage::

    panel = ContactDetail(parent)
    panel.contact_changed.connect(table_model.refresh_contact)
    panel.show_contact(db, contact_id)
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import ConcurrentEditError
from app.ui.jobs import Job, JobContext
from app.ui.locale_format import short_time
from app.ui.pipeline.stage_names import stage_label_for_name
from app.ui.theme import set_tone
from app.ui.widgets.validation_status import StatusBadge

if TYPE_CHECKING:
    from app.storage.contacts.detail import ContactDetailData
    from app.storage.database import Database
    from app.ui.dialogs.edit_conflict import ConflictResolver, EditConflictDialog

log = logging.getLogger(__name__)

#: The fields the panel edits inline, by the name ``edit_field`` knows them.
EDITABLE_FIELDS = ("first_name", "last_name", "email", "phone")


def _load(db: Database, contact_id: int) -> ContactDetailData | None:
    from app.storage.contacts.detail import load_contact_detail

    with db.reading() as conn:
        return load_contact_detail(conn, contact_id)


def _elided_label(object_name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class ContactDetail(QWidget):
    """Everything about one contact, each field with its status and an explaining tooltip.

    Args:
        parent: the parent widget.

    Signals:
        contact_changed: an edit made here was saved; carries the contact id.
        loaded: the contact was (re)loaded and is on screen; carries its id (0 when it
            no longer exists).
        conflict_shown: a "someone else changed this contact" question was opened.
    """

    contact_changed = Signal(int)
    loaded = Signal(int)
    conflict_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetail")
        self.database: Database | None = None
        self.contact_id: int | None = None
        self.data: ContactDetailData | None = None
        self.conflict_resolver: ConflictResolver | None = None
        self._jobs: list[Job[Any]] = []
        self._build()
        self.clear()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("contactDetailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.stack.addWidget(self.placeholder)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        self._body_page = scroll

        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        self.name_label = _elided_label("contactName", body)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name_label.setFont(font)
        self.headline_label = _elided_label("contactHeadline", body)
        self.dnc_label = QLabel(self.tr("Do not contact"), body)
        self.dnc_label.setObjectName("doNotContactBanner")
        set_tone(
            self.dnc_label,
            "QLabel#doNotContactBanner {{ color: white; background: {banner};"
            " border-radius: 4px; padding: 2px 8px; font-weight: 600; }}",
        )
        self.dnc_label.setToolTip(
            self.tr("This contact asked not to be contacted; every channel is blocked.")
        )
        self.dnc_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # Another rep's live claim (team mode): "Olga is on this prospect until 09:15".
        self.claim_label = QLabel(body)
        self.claim_label.setObjectName("claimBanner")
        set_tone(
            self.claim_label,
            "QLabel#claimBanner {{ color: {warning}; background: {warning_background};"
            " border-radius: 4px; padding: 2px 8px; }}",
        )
        # One line, as wide as its text (a word-wrapped label this small wraps early);
        # a very long name is cut off and the tooltip has all of it.
        self.claim_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.name_label)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.dnc_label)
        layout.addWidget(self.claim_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)
        layout.addStretch(1)

        self.edits: dict[str, QLineEdit] = {}
        for name in EDITABLE_FIELDS:
            edit = QLineEdit(body)
            edit.setObjectName(f"edit_{name}")
            edit.setClearButtonEnabled(False)
            edit.editingFinished.connect(lambda n=name: self._commit(n))
            self.edits[name] = edit

        names = QHBoxLayout()
        names.addWidget(self.edits["first_name"])
        names.addWidget(self.edits["last_name"])
        self.edits["first_name"].setPlaceholderText(self.tr("First name"))
        self.edits["last_name"].setPlaceholderText(self.tr("Last name"))
        form.addRow(self.tr("Name"), names)
        self.middle_name_label = _elided_label("contactMiddleName", body)
        form.addRow(self.tr("Middle name"), self.middle_name_label)
        self._form = form
        self.title_label = _elided_label("contactTitle", body)
        form.addRow(self.tr("Title"), self.title_label)
        self.company_label = _elided_label("contactCompany", body)
        form.addRow(self.tr("Company"), self.company_label)

        # Email: the raw value (editable), then status, normalized form and suggestion.
        self.edits["email"].setPlaceholderText(self.tr("No email"))
        email_box = QVBoxLayout()
        email_box.setSpacing(2)
        email_box.addWidget(self.edits["email"])
        email_line = QHBoxLayout()
        self.email_badge = StatusBadge(body)
        self.email_badge.setObjectName("emailBadge")
        self.email_normalized = _elided_label("emailNormalized", body)
        self.suggestion_label = _elided_label("emailSuggestion", body)
        self.use_suggestion_button = QPushButton(self.tr("Use suggestion"), body)
        self.use_suggestion_button.setObjectName("useSuggestionButton")
        self.use_suggestion_button.clicked.connect(self.accept_suggestion)
        email_line.addWidget(self.email_badge)
        email_line.addWidget(self.email_normalized, 1)
        email_line.addWidget(self.use_suggestion_button)
        email_box.addLayout(email_line)
        email_box.addWidget(self.suggestion_label)
        form.addRow(self.tr("Email"), email_box)

        self.edits["phone"].setPlaceholderText(self.tr("No phone"))
        phone_box = QVBoxLayout()
        phone_box.setSpacing(2)
        phone_box.addWidget(self.edits["phone"])
        phone_line = QHBoxLayout()
        self.phone_badge = StatusBadge(body)
        self.phone_badge.setObjectName("phoneBadge")
        self.phone_details = _elided_label("phoneDetails", body)
        phone_line.addWidget(self.phone_badge)
        phone_line.addWidget(self.phone_details, 1)
        phone_box.addLayout(phone_line)
        self.local_time_label = _elided_label("localTime", body)
        phone_box.addWidget(self.local_time_label)
        form.addRow(self.tr("Phone"), phone_box)

        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("location", self.tr("Location")),
            ("linkedin", self.tr("LinkedIn")),
            ("source", self.tr("Source")),
            ("lead_type", self.tr("Lead type")),
            ("stage", self.tr("Stage")),
            ("owner", self.tr("Owner")),
            ("scores", self.tr("Scores")),
            ("tags", self.tr("Tags")),
            ("lists", self.tr("Lists")),
        ):
            value = _elided_label(f"value_{key}", body)
            self.values[key] = value
            form.addRow(label, value)
        self.values["linkedin"].setOpenExternalLinks(True)
        self.values["linkedin"].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
        )

    # --- showing --------------------------------------------------------------------------

    def clear(self, text: str = "") -> None:
        """Show no contact, with ``text`` (or the default hint) in its place."""
        self.contact_id = None
        self.data = None
        self.placeholder.setText(text or self.tr("Select a contact to see its details."))
        self.stack.setCurrentWidget(self.placeholder)

    def show_contact(self, db: Database, contact_id: int) -> Job[ContactDetailData | None]:
        """Load ``contact_id`` from ``db`` in the background and show it.

        Returns:
            The loading job (its ``finished`` fires once the contact is on screen).
        """
        self.database = db
        self.contact_id = contact_id

        def work(_ctx: JobContext) -> ContactDetailData | None:
            return _load(db, contact_id)

        def done(data: ContactDetailData | None) -> None:
            if self.contact_id != contact_id or self.database is not db:
                return  # another contact was asked for meanwhile
            self._show(data)

        job: Job[ContactDetailData | None] = Job(
            self, work, on_success=done, title=self.tr("Load contact")
        )
        return self._keep(job.start())

    def reload(self) -> Job[ContactDetailData | None] | None:
        """Read the shown contact again (e.g. after an edit elsewhere)."""
        if self.database is None or self.contact_id is None:
            return None
        return self.show_contact(self.database, self.contact_id)

    def _show(self, data: ContactDetailData | None) -> None:
        self.data = data
        if data is None:
            self.clear(self.tr("This contact no longer exists."))
            self.loaded.emit(0)
            return
        self.stack.setCurrentWidget(self._body_page)
        name = data.display_name or self.tr("(no name)")
        self.name_label.setText(name)
        self.name_label.setToolTip(name)
        headline = " · ".join(p for p in (data.title, data.company) if p)
        self.headline_label.setText(headline)
        self.headline_label.setToolTip(headline)
        self.headline_label.setVisible(bool(headline))
        self.dnc_label.setVisible(data.do_not_contact)
        if data.claimed_by and data.claimed_until is not None:
            until = short_time(data.claimed_until)
            text = (
                self.tr("%1 is on this prospect until %2")
                .replace("%1", data.claimed_by)
                .replace("%2", until)
            )
            self.claim_label.setText(text)
            self.claim_label.setToolTip(text)
        else:
            self.claim_label.setText("")
            self.claim_label.setToolTip("")
        self.claim_label.setVisible(bool(data.claimed_by))

        read_only = self.database is None or self.database.read_only
        for field, value in (
            ("first_name", data.first_name),
            ("last_name", data.last_name),
            ("email", data.email_raw),
            ("phone", data.phone_raw),
        ):
            edit = self.edits[field]
            edit.blockSignals(True)
            edit.setText(value or "")
            edit.setCursorPosition(0)
            edit.setModified(False)
            edit.setReadOnly(read_only)
            edit.setToolTip(value or "")
            edit.blockSignals(False)
        self._set(self.middle_name_label, data.middle_name)
        # Most contacts have none: the row shows only when there is one (a patronymic).
        self._form.setRowVisible(self.middle_name_label, bool(data.middle_name))
        self._set(self.title_label, data.title)
        self._set(self.company_label, data.company)

        self.email_badge.set_status(
            data.email_status if data.email_raw else None, data.email_reasons
        )
        self.email_badge.setVisible(bool(data.email_raw))
        if data.email and data.email != (data.email_raw or "").strip():
            self.email_normalized.setText(self.tr("Stored as %1").replace("%1", data.email))
        else:
            self.email_normalized.setText("")
        self.email_normalized.setToolTip(self.email_badge.toolTip())
        suggestion = data.email_suggestion
        self.suggestion_label.setText(
            self.tr("Did you mean %1?").replace("%1", suggestion) if suggestion else ""
        )
        self.suggestion_label.setVisible(bool(suggestion))
        self.use_suggestion_button.setVisible(bool(suggestion) and not read_only)

        self.phone_badge.set_status(
            data.phone_status if data.phone_raw else None, data.phone_reasons
        )
        self.phone_badge.setVisible(bool(data.phone_raw))
        parts = [data.phone_e164 or ""]
        if data.phone_extension:
            parts.append(self.tr("ext. %1").replace("%1", data.phone_extension))
        if data.phone_kind:
            parts.append(self._kind_text(data.phone_kind))
        details = " · ".join(p for p in parts if p)
        self.phone_details.setText(details)
        self.phone_details.setToolTip(self.phone_badge.toolTip())
        self.local_time_label.setText(self._local_time_text(data.time_zone))
        self.local_time_label.setVisible(bool(data.time_zone))

        self._set(self.values["location"], ", ".join(p for p in (data.city, data.country) if p))
        if data.linkedin_url:
            url = data.linkedin_url
            href = url if "://" in url else f"https://{url}"
            self.values["linkedin"].setText(f'<a href="{_attr(href)}">{_html(url)}</a>')
            self.values["linkedin"].setToolTip(url)
        else:
            self._set(self.values["linkedin"], None)
        self._set(self.values["source"], self._source_text(data.source))
        self._set(self.values["lead_type"], self._lead_type_text(data.lead_type))
        self._set(
            self.values["stage"], None if data.stage is None else stage_label_for_name(data.stage)
        )
        self._set(self.values["owner"], data.owner)
        self._set(self.values["scores"], self._scores_text(data))
        self._set(self.values["tags"], ", ".join(data.tags))
        self._set(self.values["lists"], ", ".join(data.lists))
        self.loaded.emit(data.id)

    def _set(self, label: QLabel, text: str | None) -> None:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text or "—")
        label.setToolTip(text or "")

    def _local_time_text(self, zone: str | None) -> str:
        if not zone:
            return ""
        try:
            now = dt.datetime.now(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return zone
        clock = QLocale().toString(QTime(now.hour, now.minute), QLocale.FormatType.ShortFormat)
        return self.tr("Local time %1 (%2)").replace("%1", clock).replace("%2", zone)

    def _kind_text(self, kind: str) -> str:
        names = {
            "mobile": self.tr("mobile"),
            "fixed_line": self.tr("landline"),
            "fixed_line_or_mobile": self.tr("landline or mobile"),
            "toll_free": self.tr("toll-free"),
            "voip": self.tr("VoIP"),
        }
        return names.get(kind, kind.replace("_", " "))

    def _source_text(self, source: str | None) -> str | None:
        names = {
            "inbound": self.tr("Inbound"),
            "outbound": self.tr("Outbound"),
            "referral": self.tr("Referral"),
        }
        return names.get(source, source) if source else None

    def _lead_type_text(self, lead_type: str | None) -> str | None:
        names = {
            "seed": self.tr("Seed (referral)"),
            "net": self.tr("Net (marketing)"),
            "spear": self.tr("Spear (targeted outbound)"),
        }
        return names.get(lead_type, lead_type) if lead_type else None

    def _scores_text(self, data: ContactDetailData) -> str:
        def score(value: int | None) -> str:
            return "—" if value is None else str(value)

        return (
            self.tr("Fit %1 · Quality %2")
            .replace("%1", score(data.fit_score))
            .replace("%2", score(data.quality_score))
        )

    # --- editing --------------------------------------------------------------------------

    def _commit(self, field: str) -> None:
        edit = self.edits[field]
        data = self.data
        if data is None or not edit.isModified() or edit.isReadOnly():
            return
        edit.setModified(False)
        current = {
            "first_name": data.first_name,
            "last_name": data.last_name,
            "email": data.email_raw,
            "phone": data.phone_raw,
        }[field]
        value = edit.text().strip()
        if value == (current or "").strip():
            return
        self.save_field(field, value, data.version)

    def save_field(self, field: str, value: str, expected_version: int) -> Job[Any] | None:
        """Save one field in the background, refusing if the contact changed since read.

        Returns:
            The saving job, or None when no contact is shown.
        """
        db, contact_id = self.database, self.contact_id
        if db is None or contact_id is None:
            return None

        first = self.edits["first_name"].text()
        last = self.edits["last_name"].text()

        def work(_ctx: JobContext) -> int:
            if field in ("first_name", "last_name"):
                from app.storage.contacts.detail import edit_name

                changes = edit_name(db, contact_id, first, last, expected_version=expected_version)
                return changes.change_set_id or 0
            from app.storage.validation import edit_field

            change = edit_field(
                db,
                contact_id,
                "email" if field == "email" else "phone",
                value or None,
                expected_version=expected_version,
            )
            return change.change_set_id or 0

        def failed(error: BaseException) -> None:
            if isinstance(error, ConcurrentEditError):
                self._ask_about_conflict(field, value)
            else:
                from app.ui.dialogs.error import show_exception

                show_exception(self, self.tr("Save contact"), error)
                self.reload()

        job: Job[int] = Job(
            self,
            work,
            on_success=lambda _change_set: self._saved(contact_id),
            on_failure=failed,
            title=self.tr("Save contact"),
            writes=True,
        )
        return self._keep(job.start())

    def accept_suggestion(self) -> Job[Any] | None:
        """Replace the email with the suggested correction (undoable)."""
        db, contact_id = self.database, self.contact_id
        if db is None or contact_id is None or self.data is None:
            return None

        def work(_ctx: JobContext) -> int:
            from app.storage.validation import accept_suggestions

            return accept_suggestions(db, [contact_id]).change_set_id or 0

        job: Job[int] = Job(
            self,
            work,
            on_success=lambda _change_set: self._saved(contact_id),
            title=self.tr("Accept suggestion"),
            writes=True,
        )
        return self._keep(job.start())

    def _saved(self, contact_id: int) -> None:
        job = self.reload()
        if job is not None:
            job.finished.connect(lambda _data: self.contact_changed.emit(contact_id))
        else:
            self.contact_changed.emit(contact_id)

    def _ask_about_conflict(self, field: str, value: str) -> None:
        """Somebody saved this contact after we read it: show both, field by field."""
        from app.ui.dialogs.edit_conflict import ConflictResolver

        db, contact_id, data = self.database, self.contact_id, self.data
        if db is None or contact_id is None:
            return
        mine: dict[str, str | None] = {
            name: self.edits[name].text().strip() or None for name in EDITABLE_FIELDS
        }
        mine[field] = value or None
        base = None if data is None or data.id != contact_id else _editable_values(data)

        def done(saved: bool) -> None:
            self.conflict_resolver = None
            if saved:
                self._saved(contact_id)
            else:
                self.reload()

        resolver = ConflictResolver(self, db, contact_id, mine, base, on_done=done)
        resolver.dialog_shown.connect(self.conflict_shown)
        self.conflict_resolver = resolver
        resolver.start()

    @property
    def conflict_dialog(self) -> EditConflictDialog | None:
        """The open conflict dialog, if any."""
        resolver = self.conflict_resolver
        return None if resolver is None else resolver.dialog

    def _keep(self, job: Job[Any]) -> Job[Any]:
        self._jobs = [j for j in self._jobs if j.is_running]
        self._jobs.append(job)
        return job


def _editable_values(data: ContactDetailData) -> dict[str, str | None]:
    """The editable fields' values as loaded: what an edit started from."""
    return {
        "first_name": data.first_name,
        "last_name": data.last_name,
        "email": data.email_raw,
        "phone": data.phone_raw,
    }


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _html(text).replace('"', "&quot;")
