"""Writing an import batch: companies, contacts, contact points, tags, list members, items.

Every created or changed contact gets an ``import_batch_items`` row:

- ``raw``: ``{"values": [...]}``, the source row's cells in column order (the headers are
  in the batch's ``mapping["mapping"]["headers"]``), so every raw value is kept;
- ``before`` (updated contacts only): ``{"fields": {column: old value},
  "version": <version before>, "points": [contact_point ids added], "tags": [tag ids
  added]}``. The import bumps the contact's version by one, so undo knows that anybody
  who edited the contact after the import (the version moved on) must not be overwritten.

List memberships added by the import carry the batch's ``created_at`` as ``added_at``;
undo removes exactly those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from app.core.validation import VALIDATOR_VERSION
from app.storage.importing.checks import EmailVerdict, PhoneKey, PhoneVerdict
from app.storage.importing.engine import (
    COMPANY_COLUMNS,
    CONTACT_COLUMNS,
    ITEM_COLUMNS,
    POINT_COLUMNS,
    _extra_points,
    _tag_names,
)
from app.storage.importing.prepare import Incoming
from app.storage.importing.writer import json_text

if TYPE_CHECKING:
    from app.storage.importing.engine import ImportEngine, _Row, _Update

#: The columns a new contact's row gives; the rest are the same for the whole batch.
_NEW_CONTACT_COLUMNS: Final = tuple(
    c
    for c in CONTACT_COLUMNS
    if c not in {"do_not_contact", "validated_with", "version", "created_at", "updated_at"}
)


class BatchSink:
    """Receives classified rows from the engine and writes them for one batch.

    Args:
        engine: The engine (its writer, lookups and derived-field helpers are used).
        batch_id: The ``import_batches`` row.
        now: The batch's timestamp (created_at/updated_at of new rows, list ``added_at``).
        list_id: The list to add imported contacts to, or None.
    """

    def __init__(self, engine: ImportEngine, batch_id: int, now: Any, list_id: int | None) -> None:
        self.engine = engine
        self.writer = engine.writer
        self.batch_id = batch_id
        self.now = now
        self.now_db = self.writer.storage_value("contacts", "created_at", now)
        self.list_id = list_id
        self._companies: list[tuple[Any, ...]] = []

    # --- companies ---

    def add_company(self, r: Incoming, key: str, domain: str | None, employees: int | None) -> int:
        """Reserve an id for a new company; it is written before the contacts using it."""
        (company_id,) = self.writer.allocate_ids("companies", 1)
        self._companies.append(
            (company_id, r.company, key, domain, r.website or None, r.industry or None,
             employees, r.country or None, r.city or None, 1, self.now_db, self.now_db)
        )  # fmt: skip
        return company_id

    def _flush_companies(self) -> None:
        if self._companies:
            self.writer.insert("companies", COMPANY_COLUMNS, self._companies)
            self._companies = []

    # --- new contacts ---

    def create_contacts(
        self,
        rows: list[_Row],
        emails: dict[str, EmailVerdict],
        phones: dict[PhoneKey, PhoneVerdict],
    ) -> None:
        """Insert new contacts with their points, tags, list membership and batch items."""
        if not rows:
            return
        writer = self.writer
        ids = writer.allocate_ids("contacts", len(rows))
        values_of = self.engine.contact_values
        constants = {
            "do_not_contact": False, "validated_with": VALIDATOR_VERSION, "version": 1,
            "created_at": self.now_db, "updated_at": self.now_db,
        }  # fmt: skip
        contacts: list[tuple[Any, ...]] = []
        items: list[tuple[Any, ...]] = []
        points: list[tuple[Any, ...]] = []
        tag_links: list[tuple[int, int]] = []
        batch_id = self.batch_id
        dumps = json_text
        for contact_id, row in zip(ids, rows, strict=True):
            r = row.record
            values = values_of(row)
            # JSON is written here, once per row, rather than by a second pass over the
            # rows in Writer.insert: custom_fields (last value; mostly empty) and the raw
            # image, exactly as json.dumps({"values": [...]}, ensure_ascii=False) writes it.
            custom = values[-1]
            # contact_values' do_not_contact and validated_with are the same for every new
            # contact: they go into the statement with version and timestamps (constants).
            contacts.append((contact_id, *values[:-3], dumps(custom) if custom else "{}"))
            items.append((contact_id, r.number, '{"values": ' + dumps(r.values) + "}"))
            if r.email_2 or r.mobile_phone:
                points.extend((contact_id, *pt) for pt in _extra_points(row, emails, phones))
            if r.tags:
                tag_links.extend((contact_id, t) for t in self._tag_ids(_tag_names(r.tags)))
        self._flush_companies()
        writer.insert("contacts", _NEW_CONTACT_COLUMNS, contacts, constants=constants)
        self._insert_points(points)
        writer.insert("contact_tags", ("contact_id", "tag_id"), tag_links, ignore_conflicts=True)
        self._list(ids)
        writer.insert(
            "import_batch_items", ("contact_id", "row_number", "raw"), items,
            constants={"batch_id": batch_id, "action": "created", "before": None},
        )  # fmt: skip
        bulk = self.engine.bulk
        if bulk is not None:
            # The insert trigger is off: index this chunk's contacts for search. Queued
            # last, it runs on the background writer while the next chunk is prepared
            # (the next write waits for it).
            bulk.index_contacts(writer, ids[0], ids[-1])

    def _insert_points(self, points: list[tuple[Any, ...]]) -> list[int]:
        if not points:
            return []
        ids = self.writer.allocate_ids("contact_points", len(points))
        self.writer.insert(
            "contact_points", POINT_COLUMNS,
            [(pid, *pt) for pid, pt in zip(ids, points, strict=True)],
        )  # fmt: skip
        return ids

    def _tag_ids(self, names: list[str]) -> list[int]:
        tags = self.engine.lookups.tags
        missing = [n for n in names if n not in tags]
        if missing:
            ids = self.writer.allocate_ids("tags", len(missing))
            self.writer.insert("tags", ("id", "name"), list(zip(ids, missing, strict=True)))
            tags.update(zip(missing, ids, strict=True))
        return [tags[n] for n in names]

    def _list(self, contact_ids: list[int]) -> None:
        if self.list_id is None or not contact_ids:
            return
        list_id, now = self.list_id, self.now_db
        self.writer.insert(
            "list_members", ("list_id", "contact_id", "added_at"),
            [(list_id, cid, now) for cid in contact_ids], ignore_conflicts=True,
        )  # fmt: skip

    # --- stored contacts ---

    def update_contacts(self, updates: list[_Update]) -> None:
        """Apply merges to stored contacts, recording what they were before."""
        if not updates:
            return
        self._flush_companies()
        self.writer.update_contacts(
            [(u.contact_id, u.changes) for u in updates if u.changes], self.now
        )
        items: list[tuple[Any, ...]] = []
        for u in updates:
            point_ids = self._insert_points([(u.contact_id, *pt) for pt in u.points])
            tag_ids = self._tag_ids(u.tags) if u.tags else []
            if tag_ids:
                self.writer.insert(
                    "contact_tags", ("contact_id", "tag_id"),
                    [(u.contact_id, t) for t in tag_ids], ignore_conflicts=True,
                )  # fmt: skip
            before = {
                "fields": dict(u.before),
                "version": int(u.old["version"]) if u.changes else None,
                "points": point_ids,
                "tags": tag_ids,
            }
            items.append(
                (self.batch_id, u.contact_id, "updated", u.row.record.number, before,
                 {"values": u.row.record.values})
            )  # fmt: skip
        self.writer.insert("import_batch_items", ITEM_COLUMNS, items, json_columns=(4, 5))

    def list_existing(self, contact_ids: list[int]) -> None:
        """Add stored contacts the file matched to the import's list."""
        self._list(contact_ids)

    def flush(self) -> None:
        """Write anything still buffered."""
        self._flush_companies()
