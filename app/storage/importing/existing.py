"""Rows that match stored contacts: fetch the stored values, merge, or count unchanged.

The part of :class:`~app.storage.importing.engine.ImportEngine` that handles a chunk's
rows matching a contact already in the database (a mixin, like
:class:`~app.storage.importing.values.RowValues`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Final

from sqlalchemy.engine import Connection

from app.core.duplicates.merge import MergeRule, plan_merge
from app.core.validation import (
    email_dedupe_key,
)
from app.storage.importing.checks import (
    EmailVerdict,
    PhoneKey,
    PhoneVerdict,
)
from app.storage.importing.lookups import MERGE_AT, MERGE_COLUMNS, driver_rows
from app.storage.importing.model import (
    ImportOptions,
    RowDetail,
    RowLedger,
)
from app.storage.importing.prepare import Incoming
from app.storage.importing.values import RowValues, _Row, _tag_names
from app.storage.importing.writer import Writer


class ExistingRows(RowValues):
    """Merging rows into stored contacts (mixed into the engine)."""

    conn: Connection
    options: ImportOptions
    ledger: RowLedger
    writer: Writer
    id_matched: set[int]

    # --- rows matching stored contacts ---------------------------------------------------

    def _matched_rows(
        self,
        matched: list[tuple[_Row, int]],
        emails: dict[str, EmailVerdict],
        phones: dict[PhoneKey, PhoneVerdict],
    ) -> None:
        existing = self._fetch_existing([cid for _, cid in matched])
        existing_tags = self._fetch_tags([cid for row, cid in matched if row.record.tags])
        rule = self.options.merge_rule
        per_field = dict(self.options.per_field or {})
        company_rule = per_field.get("company_id", rule)
        updates: list[_Update] = []
        for row, cid in matched:
            r = row.record
            old = existing[cid]
            # A row of our export found by its id: an edited company is an edit too.
            by_id = cid in self.id_matched
            row_company_rule = MergeRule.TAKE_INCOMING if by_id else company_rule
            if old["company_id"] is not None and row_company_rule != MergeRule.TAKE_INCOMING:
                # The stored company stays: resolve nothing (and create no orphan company).
                # The contact has a company (the stored one), so it is scored with one,
                # as the first import did. Scored without, every re-imported row looked
                # changed and went through the full merge for nothing.
                values = self.contact_values(row, stored_company=old["company_id"])
            else:
                values = self.contact_values(row)
            # do_not_contact never comes from a file: it is set on purpose, in the app.
            incoming = dict(zip(MERGE_COLUMNS, _merge_values(values), strict=True))
            new_tags = (
                [t for t in _tag_names(r.tags) if t not in existing_tags.get(cid, ())]
                if r.tags
                else []
            )
            # Most rows have one address and one number: no further points to look at.
            extra = (
                _extra_points(row, emails, phones) if r.email_2 or r.mobile_phone or r.more else []
            )
            if _adds_nothing(old, incoming) and not new_tags and not _new_points(old, extra):
                self._unchanged(row, cid)
                continue
            row_rule, row_fields = rule, per_field
            if by_id:
                row_rule, row_fields = _round_trip(old, incoming, per_field)
            plan = plan_merge(_parsed(old), incoming, row_rule, per_field=row_fields or None)
            changes = plan.changes
            points = [
                (pt.kind, "other", pt.raw, pt.normalized, pt.status, pt.reasons)
                for pt in plan.secondary_points
            ] + [pt for pt in extra if not _known_point(old, pt)]
            if not changes and not points and not new_tags:
                self._unchanged(row, cid)
                continue
            updates.append(_Update(row, cid, old, changes, plan.before, points, new_tags))
            self.counts.updated += 1
            invalid = _invalid_reason(row)
            if self.ledger.count_row("updated", r.number):
                self.ledger.keep(RowDetail(
                    r.number, "updated", r.full_name, r.email, "merge",
                    "Changes " + (", ".join(sorted(changes)) or "contact points/tags") + ".",
                    contact_id=cid, args=tuple(sorted(changes)),
                ))  # fmt: skip
            if invalid:
                self.counts.invalid += 1
                self._invalid(r, invalid)
        if self.sink is not None:
            self.sink.update_contacts(updates)
            self.sink.list_existing([cid for row, cid in matched])

    def _invalid(self, r: Incoming, why: str) -> None:
        if self.ledger.count_row("invalid", r.number):
            self.ledger.keep(RowDetail(
                r.number, "invalid", r.full_name, r.email, why,
                f"Stored with {why}; the raw value is kept.",
            ))  # fmt: skip

    def _unchanged(self, row: _Row, cid: int) -> None:
        r = row.record
        self.counts.unchanged += 1
        if self.ledger.count_row("unchanged", r.number):
            self.ledger.keep(RowDetail(
                r.number, "unchanged", r.full_name, r.email, "same_as_stored",
                f"Matches contact {cid}; nothing new to add.", contact_id=cid,
            ))  # fmt: skip

    def _fetch_existing(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        columns = ("id", "version", *MERGE_COLUMNS)
        out: dict[int, dict[str, Any]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            part = ids[start : start + 900]
            placeholders = ", ".join(str(int(i)) for i in part)
            rows = driver_rows(
                self.conn,
                f"SELECT {', '.join(columns)} FROM contacts WHERE id IN ({placeholders})",
            )
            for values in rows:
                record = dict(zip(columns, values, strict=True))
                out[int(record["id"])] = record
        points = self._fetch_points(ids)
        for cid, record in out.items():
            record["_points"] = points.get(cid, set())
        return out

    def _fetch_points(self, ids: list[int]) -> dict[int, set[tuple[str, str]]]:
        out: dict[int, set[tuple[str, str]]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            placeholders = ", ".join(str(int(i)) for i in ids[start : start + 900])
            for cid, kind, raw, normalized in driver_rows(
                self.conn,
                "SELECT contact_id, kind, raw, normalized FROM contact_points "
                f"WHERE contact_id IN ({placeholders})",
            ):
                out.setdefault(int(cid), set()).add((str(kind), str(normalized or raw)))
        return out

    def _fetch_tags(self, ids: list[int]) -> dict[int, set[str]]:
        out: dict[int, set[str]] = {}
        self.writer.sync()
        for start in range(0, len(ids), 900):
            placeholders = ", ".join(str(int(i)) for i in ids[start : start + 900])
            for cid, name in driver_rows(
                self.conn,
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                f"WHERE ct.contact_id IN ({placeholders})",
            ):
                out.setdefault(int(cid), set()).add(str(name))
        return out


#: The values of MERGE_COLUMNS picked from a row's values in one C call.
_merge_values: Final = itemgetter(*MERGE_AT)


@dataclass
class _Update:
    """A stored contact an import row changes."""

    row: _Row
    contact_id: int
    old: dict[str, Any]
    changes: dict[str, object]
    before: dict[str, object]
    points: list[tuple[Any, ...]]
    tags: list[str]


PointSpec = tuple[str, str, str, str | None, str | None, str | None]


def _extra_points(
    row: _Row, emails: dict[str, EmailVerdict], phones: dict[PhoneKey, PhoneVerdict]
) -> list[PointSpec]:
    """The row's further emails and phones as contact points (kind, label, raw, ...).

    The second email and the mobile phone, and the further values of cells holding
    several (``a@x.com ::: b@y.com``, one per line).
    """
    r = row.record
    out: list[PointSpec] = []
    more = r.more or ()
    for value in (r.email_2, *(v for kind, v in more if kind == "email")):
        if value:
            e = emails.get(value)
            out.append(
                ("email", "other", value, e.normalized if e else None,
                 e.status if e else None, " ".join(e.reasons) or None if e else None)
            )  # fmt: skip
    for index, value in enumerate((r.mobile_phone, *(v for kind, v in more if kind == "phone"))):
        if value:
            p = phones.get((value, r.region))
            out.append(
                ("phone", "mobile" if index == 0 else "other", value, p.e164 if p else None,
                 p.status if p else None, " ".join(p.reasons) or None if p else None)
            )  # fmt: skip
    return out


_EMAIL_GROUP: Final = (
    "email_raw", "email", "email_key", "email_status", "email_reasons", "email_suggestion",
)  # fmt: skip
_PHONE_GROUP: Final = (
    "phone_raw", "phone_e164", "phone_extension", "phone_kind", "phone_status",
    "phone_reasons", "time_zone",
)  # fmt: skip
#: Values an export does not carry, or carries only derived: the stored ones stay.
_ROUND_TRIP_KEEPS: Final = ("full_name", "lead_type")


def _round_trip(
    old: dict[str, Any], incoming: dict[str, Any], per_field: dict[str, MergeRule]
) -> tuple[MergeRule, dict[str, MergeRule]]:
    """The merge of a row of our own export, found by its id.

    The spreadsheet's edits are the point of the round trip, so its non-empty values
    replace the stored ones. An address or number that is still the same (the export
    writes the normalized email) keeps its stored raw text; a changed one is taken and
    the old one kept as a contact point.
    """
    if incoming.get("email_key") == old.get("email_key"):
        for name in _EMAIL_GROUP:
            incoming[name] = old.get(name)
    same_number = incoming.get("phone_e164") and incoming["phone_e164"] == old.get("phone_e164")
    if same_number or incoming.get("phone_raw") == old.get("phone_raw"):
        for name in _PHONE_GROUP:
            incoming[name] = old.get(name)
        # Scored with the number as this file reads it (perhaps without its region):
        # the stored score goes with the stored number.
        incoming["quality_score"] = old.get("quality_score")
    for name, value in incoming.items():
        # The import's own clean-up (name casing, spacing) is not an edit of the file.
        stored = old.get(name)
        if isinstance(value, str) and isinstance(stored, str) and value != stored:
            if " ".join(value.casefold().split()) == " ".join(stored.casefold().split()):
                incoming[name] = stored
    fields = dict(per_field)
    for name in _ROUND_TRIP_KEEPS:
        fields.setdefault(name, MergeRule.FILL_EMPTY)
    return MergeRule.TAKE_INCOMING, fields


def _known_point(old: dict[str, Any], point: tuple[Any, ...]) -> bool:
    kind, _label, raw, normalized = point[0], point[1], point[2], point[3]
    if kind == "email" and normalized and old.get("email_key") == email_dedupe_key(normalized):
        return True
    if kind == "phone" and normalized and old.get("phone_e164") == normalized:
        return True
    return (kind, normalized or raw) in old["_points"]


def _new_points(old: dict[str, Any], extra: list[PointSpec]) -> bool:
    return any(not _known_point(old, pt) for pt in extra)


def _parsed(old: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in old.items() if k in MERGE_COLUMNS}
    custom = record.get("custom_fields")
    if isinstance(custom, str):
        record["custom_fields"] = json.loads(custom) if custom else {}
    return record


def _adds_nothing(old: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """True when every non-empty incoming value equals the stored one (no merge needed)."""
    for name, value in incoming.items():
        # Equal first: on a re-import nearly every value is the stored one, and one
        # comparison settles it (the emptiness tests below cost three calls a value).
        if value is None or old[name] == value:
            continue
        if isinstance(value, str | dict) and not value:
            continue
        if name == "custom_fields":
            stored = old["custom_fields"]
            stored = json.loads(stored) if isinstance(stored, str) and stored else stored or {}
            if any(stored.get(k) != v for k, v in value.items()):
                return False
        elif old[name] != value:
            return False
    return True


def _invalid_reason(row: _Row) -> str:
    e, p = row.email, row.phone
    if e is not None and e.status == "invalid":
        return "email_invalid" + (f" ({', '.join(e.reasons)})" if e.reasons else "")
    if p is not None and p.status == "invalid":
        return "phone_invalid" + (f" ({', '.join(p.reasons)})" if p.reasons else "")
    return ""
