"""Merging a duplicate group into one contact, in one undoable change set.

- What the duplicates screen shows of a group (:func:`load_merge_context`): every column
  of each contact and the names its ids point to.
- The plan (:func:`plan_group_merge`): with more than two contacts the core's planner
  runs pairwise, the survivor absorbing each merged contact in turn by the chosen rule;
  the user's per-field picks then override.
- The merge (:func:`merge_contacts`) is ONE change set (``kind="merge"``): the survivor's
  changed fields, the losing emails and phones added as ``contact_points``, every
  dependent row (activities, tasks, enrollments, hand-offs, contact points, a
  qualification or claim the survivor lacks) re-pointed to the survivor as a recorded
  update, list memberships and tags copied to the survivor as recorded inserts, the
  merged contacts' "Not duplicates" pairs carried over, and finally the merged contacts
  deleted through the recorder, which snapshots them and whatever still refers to them.
  Undo therefore restores every row with its id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection

from app.core.duplicates.merge import (
    EMAIL_FIELDS,
    PHONE_FIELDS,
    SYSTEM_FIELDS,
    MergeRule,
    SecondaryPoint,
    is_empty,
    plan_merge,
)
from app.core.icp import CompiledProfile
from app.core.ops import Changes
from app.storage import tables
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.duplicates.dismissals import carry_dismissals
from app.storage.icp import active_profile

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "GROUP_FIELDS",
    "NOT_MERGED",
    "GroupPlan",
    "MergeContext",
    "load_merge_context",
    "merge_contacts",
    "plan_group_merge",
]

#: other fields (the fit score is recomputed for the merged contact).
NOT_MERGED: Final[frozenset[str]] = SYSTEM_FIELDS | {
    "fit_score",
    "quality_score",
    "validated_with",
}

#: A pick for one of these names takes the whole group of columns from one contact:
#: a status must stay with its address, a time zone with its number.
GROUP_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "email": EMAIL_FIELDS,
    "phone": (*PHONE_FIELDS, "time_zone"),
}


# --- what the duplicates screen shows ---------------------------------------------------


@dataclass(frozen=True)
class MergeContext:
    """The contacts of a group with the names their ids point to, for side-by-side display.

    Attributes:
        records: Each contact's columns (every column of ``contacts``) by id.
        companies: Company names by company id.
        stages: Pipeline stage names by stage id.
        owners: Rep names by rep id.
        tags: Each contact's tag names.
        lists: Each contact's static list names.
        activities: How many activities each contact has.
    """

    records: dict[int, dict[str, object]]
    companies: dict[int, str] = field(default_factory=dict)
    stages: dict[int, str] = field(default_factory=dict)
    owners: dict[int, str] = field(default_factory=dict)
    tags: dict[int, list[str]] = field(default_factory=dict)
    lists: dict[int, list[str]] = field(default_factory=dict)
    activities: dict[int, int] = field(default_factory=dict)


def _records(conn: Connection, ids: Sequence[int]) -> dict[int, dict[str, object]]:
    rows = conn.execute(
        select(tables.contacts).where(tables.contacts.c.id.in_(list(ids)))
    ).mappings()
    return {int(row["id"]): dict(row) for row in rows}


def _names(conn: Connection, table: Table, column: str, ids: Iterable[object]) -> dict[int, str]:
    wanted = sorted({i for i in ids if isinstance(i, int)})
    if not wanted:
        return {}
    rows = conn.execute(select(table.c.id, table.c[column]).where(table.c.id.in_(wanted)))
    return {int(i): str(name) for i, name in rows}


def load_merge_context(conn: Connection, ids: Sequence[int]) -> MergeContext:
    """Read what the merge screen shows for a group of contacts.

    Args:
        conn: A connection.
        ids: The group's contact ids (missing ones are left out of ``records``).

    Returns:
        The records and the names they refer to.
    """
    records = _records(conn, ids)
    found = list(records)
    tags: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in conn.execute(
        select(tables.contact_tags.c.contact_id, tables.tags.c.name)
        .join(tables.tags, tables.tags.c.id == tables.contact_tags.c.tag_id)
        .where(tables.contact_tags.c.contact_id.in_(found))
        .order_by(tables.tags.c.name)
    ):
        tags[int(contact_id)].append(str(name))
    lists: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in conn.execute(
        select(tables.list_members.c.contact_id, tables.lists.c.name)
        .join(tables.lists, tables.lists.c.id == tables.list_members.c.list_id)
        .where(tables.list_members.c.contact_id.in_(found))
        .order_by(tables.lists.c.name)
    ):
        lists[int(contact_id)].append(str(name))
    activities = {
        int(contact_id): int(count)
        for contact_id, count in conn.execute(
            select(tables.activities.c.contact_id, func.count())
            .where(tables.activities.c.contact_id.in_(found))
            .group_by(tables.activities.c.contact_id)
        )
    }
    values = list(records.values())
    return MergeContext(
        records=records,
        companies=_names(conn, tables.companies, "name", (r["company_id"] for r in values)),
        stages=_names(conn, tables.pipeline_stages, "name", (r["stage_id"] for r in values)),
        owners=_names(conn, tables.reps, "name", (r["owner_id"] for r in values)),
        tags=dict(tags),
        lists=dict(lists),
        activities=activities,
    )


# --- planning -----------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupPlan:
    """How a group merges into its survivor.

    Attributes:
        survivor_id: The contact that stays.
        merged_ids: The contacts merged into it (deleted by the merge).
        values: The survivor's mergeable fields after the merge.
        changes: The fields whose value changes, with the new value.
        secondary_points: Emails and phones that lost and become contact points.
    """

    survivor_id: int
    merged_ids: tuple[int, ...]
    values: dict[str, object]
    changes: dict[str, object]
    secondary_points: tuple[SecondaryPoint, ...]

    def source(self, name: str, records: Mapping[int, Mapping[str, object]]) -> int | None:
        """Which contact's value the plan keeps for a field (or a group name).

        The survivor wins ties; None when the chosen value is empty everywhere.
        """
        columns = GROUP_FIELDS.get(name)
        for contact_id in (self.survivor_id, *self.merged_ids):
            record = records[contact_id]
            if columns is not None:
                kind: Literal["email", "phone"] = "email" if name == "email" else "phone"
                chosen = _identity(self.values, kind)
                if chosen is not None and _identity(record, kind) == chosen:
                    return contact_id
            elif not is_empty(self.values.get(name)) and _equal(
                record.get(name), self.values.get(name)
            ):
                return contact_id
        return None


def _equal(a: object, b: object) -> bool:
    if a == b:
        return True
    return isinstance(a, str) and isinstance(b, str) and a.strip() == b.strip()


def _identity(record: Mapping[str, object], kind: Literal["email", "phone"]) -> str | None:
    """What says which address or number a record holds, folded for comparing."""
    names = ("email_key", "email", "email_raw") if kind == "email" else ("phone_e164", "phone_raw")
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            identity = " ".join(value.casefold().split())
            extension = record.get("phone_extension")
            if kind == "phone" and isinstance(extension, str) and extension.strip():
                identity += ";ext=" + extension.strip()
            return identity
    return None


def _text(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    return value if isinstance(value, str) and value.strip() else None


def _point(
    record: Mapping[str, object],
    kind: Literal["email", "phone"],
    source: Literal["existing", "incoming"],
) -> SecondaryPoint:
    if kind == "email":
        normalized = _text(record, "email")
        raw = _text(record, "email_raw") or normalized or ""
        return SecondaryPoint(
            "email",
            raw,
            normalized,
            _text(record, "email_status"),
            _text(record, "email_reasons"),
            source,
        )
    normalized = _text(record, "phone_e164")
    raw = _text(record, "phone_raw") or normalized or ""
    extension = _text(record, "phone_extension")
    if extension and normalized:
        # contact_points has no extension column: keep it in the RFC 3966 style.
        normalized = f"{normalized};ext={extension}"
    return SecondaryPoint(
        "phone",
        raw,
        normalized,
        _text(record, "phone_status"),
        _text(record, "phone_reasons"),
        source,
    )


def plan_group_merge(
    records: Mapping[int, Mapping[str, object]],
    survivor_id: int,
    merged_ids: Sequence[int],
    *,
    rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    picks: Mapping[str, int] | None = None,
) -> GroupPlan:
    """Plan a merge of several contacts into one, without touching the database.

    Args:
        records: Every contact of the group by id (all columns of ``contacts``).
        survivor_id: The contact that stays ("existing" for the planner).
        merged_ids: The contacts merged into it, in the order they are absorbed
            ("incoming", one after the other).
        rule: The rule for every field (:class:`~app.core.duplicates.merge.MergeRule`).
        per_field: Rule overrides by field name, as :func:`~app.core.duplicates.merge.plan_merge`
            takes them.
        picks: The user's choices on the merge screen: field name -> the contact whose
            value to keep. ``"email"`` and ``"phone"`` pick their whole group of
            columns. A pick never clears ``do_not_contact``.

    Returns:
        The plan.

    Raises:
        ValueError: The survivor is among the merged contacts, or none is merged.
        KeyError: A contact (or a pick's contact) is not in ``records``.
    """
    merged = tuple(dict.fromkeys(merged_ids))
    if not merged:
        raise ValueError("Nothing to merge: name at least one other contact.")
    if survivor_id in merged:
        raise ValueError("The surviving contact cannot also be merged away.")
    survivor = records[survivor_id]
    values: dict[str, object] = {k: v for k, v in survivor.items() if k not in NOT_MERGED}
    for contact_id in merged:
        incoming = {k: v for k, v in records[contact_id].items() if k not in NOT_MERGED}
        values = plan_merge(values, incoming, rule, per_field=per_field).result
    for name, source_id in (picks or {}).items():
        source = records[source_id]
        for column in GROUP_FIELDS.get(name, (name,)):
            if column in source and column not in NOT_MERGED:
                values[column] = source[column]
    # An opt-out on any of them survives every rule and pick.
    if any(records[i].get("do_not_contact") for i in (survivor_id, *merged)):
        values["do_not_contact"] = True

    points: list[SecondaryPoint] = []
    kinds: tuple[Literal["email", "phone"], ...] = ("email", "phone")
    for kind in kinds:
        chosen = _identity(values, kind)
        seen = {chosen} if chosen else set()
        for contact_id in (survivor_id, *merged):
            identity = _identity(records[contact_id], kind)
            if identity and identity not in seen:
                seen.add(identity)
                side: Literal["existing", "incoming"] = (
                    "existing" if contact_id == survivor_id else "incoming"
                )
                points.append(_point(records[contact_id], kind, side))
    changes = {k: v for k, v in values.items() if survivor.get(k) != v}
    return GroupPlan(survivor_id, merged, values, changes, tuple(points))


# --- merging ------------------------------------------------------------------------------


def _referring_tables() -> list[tuple[Table, str, str]]:
    """Tables with a foreign key to ``contacts.id``: (table, column, how to move rows).

    ``move`` re-points each row (any number per contact); ``single`` re-points one row
    when the survivor has none (a unique column: a qualification, a claim); ``link``
    copies a row of a link table (list memberships, tags) to the survivor when it lacks
    it, since such a row's key includes the contact.
    """
    found = []
    for table in tables.metadata.sorted_tables:
        if table is tables.duplicate_dismissals:
            continue  # pairs, not rows of one contact: see carry_dismissals
        for fk in table.foreign_keys:
            if fk.column.table.name != "contacts" or fk.column.name != "id":
                continue
            column = fk.parent
            pk = [c.name for c in table.primary_key.columns]
            if column.primary_key and len(pk) > 1:
                how = "link"
            elif column.primary_key or column.unique:
                how = "single"
            else:
                how = "move"
            found.append((table, column.name, how))
    return found


def _fold_point(value: object) -> str:
    return " ".join(value.casefold().split()) if isinstance(value, str) else ""


def merge_contacts(
    db: Database,
    survivor_id: int,
    merged_ids: Sequence[int],
    *,
    rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    picks: Mapping[str, int] | None = None,
    created_by: int | None = None,
) -> Changes:
    """Merge contacts into a survivor in one undoable transaction.

    Args:
        db: The database.
        survivor_id: The contact that stays.
        merged_ids: The contacts merged into it and then deleted.
        rule: The merge rule for every field.
        per_field: Rule overrides by field.
        picks: Field -> contact whose value to keep (see :func:`plan_group_merge`).
        created_by: The rep who merged, for the change record.

    Returns:
        The change (``operation="merge"``; ``count`` the contacts that became one, the
        survivor included, as the user counts them), whose ``change_set_id``
        :func:`~app.storage.changes.undo_change_set` takes back.

    Raises:
        KeyError: A contact does not exist (any more).
        ValueError: The survivor is among the merged contacts, or none is merged.
    """
    merged = tuple(dict.fromkeys(merged_ids))
    if not merged:
        raise ValueError("Nothing to merge: name at least one other contact.")
    # The record names the survivor by id (a machine detail); the UI words the change.
    description = f"survivor={survivor_id}"
    with record_changes(db, kind="merge", description=description, created_by=created_by) as rec:
        conn = rec.conn
        # Read again inside the write transaction: the plan must fit the rows as they are.
        records = _records(conn, (survivor_id, *merged))
        missing = [i for i in (survivor_id, *merged) if i not in records]
        if missing:
            raise KeyError(missing[0])
        plan = plan_group_merge(
            records, survivor_id, merged, rule=rule, per_field=per_field, picks=picks
        )
        changes = dict(plan.changes)
        fit = _fit_score(conn, plan.values)
        if fit is not None and fit != records[survivor_id].get("fit_score"):
            changes["fit_score"] = fit
        if changes:
            rec.update("contacts", survivor_id, changes)

        for table, column, how in _referring_tables():
            _move_dependents(rec, table, column, how=how, survivor_id=survivor_id, merged=merged)
        carry_dismissals(rec, survivor_id, merged)

        # Losing addresses and numbers become contact points, unless the survivor has
        # them already (possibly just re-pointed from a merged contact).
        have = {
            (kind, _fold_point(value))
            for kind, normalized, raw in conn.execute(
                select(
                    tables.contact_points.c.kind,
                    tables.contact_points.c.normalized,
                    tables.contact_points.c.raw,
                ).where(tables.contact_points.c.contact_id == survivor_id)
            )
            for value in (normalized, raw)
            if value
        }
        for point in plan.secondary_points:
            keys = {(point.kind, _fold_point(v)) for v in (point.normalized, point.raw) if v}
            if keys & have:
                continue
            have |= keys
            new_id = conn.execute(
                insert(tables.contact_points)
                .values(
                    contact_id=survivor_id,
                    kind=point.kind,
                    label=None,
                    raw=point.raw,
                    normalized=point.normalized,
                    status=point.status,
                    reasons=point.reasons,
                )
                .returning(tables.contact_points.c.id)
            ).scalar_one()
            rec.record_insert("contact_points", {"id": int(new_id)})

        rec.delete("contacts", list(merged))
    # Counted as the user sees it: two duplicates become one contact.
    return rec.changes(count=len(merged) + 1)


def _move_dependents(
    rec: ChangeRecorder,
    table: Table,
    column: str,
    *,
    how: str,
    survivor_id: int,
    merged: Sequence[int],
) -> None:
    """Re-point (or copy) one table's rows of the merged contacts to the survivor."""
    conn = rec.conn
    col = table.c[column]
    if how == "move":
        ids = conn.execute(
            select(table.c.id).where(col.in_(list(merged))).order_by(table.c.id)
        ).scalars()
        for row_id in list(ids):
            rec.update(table.name, int(row_id), {column: survivor_id})
        return
    if how == "single":
        taken = conn.execute(select(func.count()).select_from(table).where(col == survivor_id))
        if taken.scalar_one():
            return  # the survivor's own stays; the others go with their contact (undoable)
        if "id" not in table.c:
            # A contact-keyed row (a claim): the recorder updates by id only, so copy it
            # and let the merged contact's deletion snapshot the original.
            row = conn.execute(select(table).where(col.in_(list(merged)))).mappings().first()
            if row is not None:
                values = {**dict(row), column: survivor_id}
                conn.execute(insert(table).values(**values))
                rec.record_insert(table.name, {column: survivor_id})
            return
        first = conn.execute(
            select(table.c.id).where(col.in_(list(merged))).order_by(table.c.id).limit(1)
        ).scalar()
        if first is not None:
            rec.update(table.name, int(first), {column: survivor_id})
        return
    # A link table: copy each link the survivor lacks; the originals are deleted (and
    # snapshotted for undo) with their contact.
    others = [c.name for c in table.primary_key.columns if c.name != column]
    existing = {
        tuple(r)
        for r in conn.execute(select(*(table.c[o] for o in others)).where(col == survivor_id))
    }
    for row in list(conn.execute(select(table).where(col.in_(list(merged)))).mappings()):
        key = tuple(row[o] for o in others)
        if key in existing:
            continue
        existing.add(key)
        conn.execute(insert(table).values(**{**dict(row), column: survivor_id}))
        rec.record_insert(table.name, {**{o: row[o] for o in others}, column: survivor_id})


def _fit_score(conn: Connection, values: Mapping[str, object]) -> int | None:
    """The merged contact's fit against the active profile (None without a profile)."""
    stored = active_profile(conn)
    if stored is None:
        return None
    company: Mapping[str, object] = {}
    company_id = values.get("company_id")
    if isinstance(company_id, int):
        row = (
            conn.execute(select(tables.companies).where(tables.companies.c.id == company_id))
            .mappings()
            .first()
        )
        company = dict(row) if row is not None else {}
    fields = {
        "title": values.get("title"),
        "email": values.get("email"),
        "country": values.get("country") or company.get("country"),
        "industry": company.get("industry"),
        "employee_count": company.get("employee_count"),
        "domain": company.get("domain"),
        "website": company.get("website"),
    }
    return CompiledProfile(stored.profile).score(fields).score
