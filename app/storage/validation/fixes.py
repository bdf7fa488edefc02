"""Fixes from the Validate workspace: accept suggestions, edit a value, act on a reason.

Every fix is one change set (undoable as a unit) and bumps the ``version`` of the rows it
changes (through :class:`~app.storage.changes.ChangeRecorder`). A fix changes raw values
the user chose (a suggestion, a typed value) and revalidates the contact at once, so its
derived columns never lag behind.

Do-not-contact entries a fix adds to ``suppressions`` are recorded as *inserted* rows of
its change set (see :mod:`app.storage.suppressions`), so undoing the fix removes exactly
the entries it added; entries that existed before are never touched by it or its undo.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from sqlalchemy import select, text, update
from sqlalchemy.engine import Connection, RowMapping

from app.core.ops import Changes
from app.core.validation import check_email, check_phone, region_for_country, score_contact
from app.storage import errors, tables
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.contacts.derived import DERIVED_COLUMNS, derived_values, is_blank
from app.storage.suppressions import flag_do_not_contact
from app.storage.validation.problems import Field, checked_fields, field_condition

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "BULK_ACTIONS", "EDITABLE_COLUMNS", "BulkAction", "accept_suggestions", "apply_to_reason",
    "edit_field", "edit_fields",
]  # fmt: skip

BulkAction = Literal["accept_suggestion", "mark_do_not_contact", "delete"]
#: The actions :func:`apply_to_reason` knows.
BULK_ACTIONS: Final[tuple[BulkAction, ...]] = ("accept_suggestion", "mark_do_not_contact", "delete")

_ID_CHUNK: Final = 500


_FIX_COLUMNS: Final[tuple[str, ...]] = (
    "email_raw", "phone_raw", "country", "first_name", "last_name", "title",
)  # fmt: skip


def _fix_rows(conn: Connection, ids: Sequence[int]) -> Iterator[RowMapping]:
    c = tables.contacts
    columns: list[Any] = [c.c.id, c.c.version, c.c.email_suggestion, c.c.email, c.c.email_key,
                          c.c.phone_e164]  # fmt: skip
    columns.extend(c.c[name] for name in _FIX_COLUMNS)
    columns.append(tables.companies.c.name.label("company"))
    source = c.outerjoin(tables.companies, tables.companies.c.id == c.c.company_id)
    unique = sorted(set(ids))
    for start in range(0, len(unique), _ID_CHUNK):
        chunk = unique[start : start + _ID_CHUNK]
        stmt = select(*columns).select_from(source).where(c.c.id.in_(chunk)).order_by(c.c.id)
        yield from conn.execute(stmt).mappings().all()


def _revalidated(row: RowMapping, **changes: str | None) -> dict[str, Any]:
    """The fix's raw changes plus the contact's derived columns, validated in this thread."""
    values = {name: row[name] for name in _FIX_COLUMNS}
    values.update(changes)
    email_raw, phone_raw = values["email_raw"], values["phone_raw"]
    email = None if is_blank(email_raw) else check_email(email_raw)
    region = region_for_country(values["country"])
    phone = None if is_blank(phone_raw) else check_phone(phone_raw, region)
    quality = score_contact(
        email=email, phone=phone, first_name=values["first_name"],
        last_name=values["last_name"], company=row["company"], title=values["title"],
    )  # fmt: skip
    derived = derived_values(email, phone, quality.score)
    return {**changes, **dict(zip(DERIVED_COLUMNS, derived, strict=True))}


def _accept(rec: ChangeRecorder, ids: Sequence[int]) -> int:
    done = 0
    for row in _fix_rows(rec.conn, ids):
        suggestion = row["email_suggestion"]
        if not suggestion:
            continue
        rec.update("contacts", row["id"], _revalidated(row, email_raw=suggestion))
        done += 1
    return done


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def accept_suggestions(db: Database, contact_ids: Sequence[int]) -> Changes:
    """Replace each contact's email with its suggested correction and revalidate it.

    The typed value becomes the new ``email_raw`` (it is what the user chose); the
    old raw value stays in the change set, and undo brings it back.

    Args:
        db: The database.
        contact_ids: The contacts; those without a suggestion are left alone.

    Returns:
        The change, with ``count`` the contacts changed and the change set for undo.
    """
    with record_changes(db, kind="bulk_fix", description="Accept email suggestions") as rec:
        done = _accept(rec, contact_ids)
        _describe(rec, f"Accept {_plural(done, 'email suggestion', 'email suggestions')}")
    return rec.changes(count=done)


def edit_field(
    db: Database, contact_id: int, field: Field, value: str | None, *, expected_version: int
) -> Changes:
    """Set a contact's raw email or phone to a typed value and revalidate the contact.

    Args:
        db: The database.
        contact_id: The contact.
        field: ``"email"`` or ``"phone"``.
        value: The new raw value (None or "" clears it).
        expected_version: The contact's ``version`` when the user started editing.

    Returns:
        The change (one contact) with the change set for undo.

    Raises:
        ConcurrentEditError: the contact was changed (or deleted) since that version;
            nothing was written.
        ValueError: ``field`` is not ``"email"`` or ``"phone"``.
    """
    (field_name,) = checked_fields(field)
    c = tables.contacts
    with record_changes(db, kind="bulk_edit", description=f"Edit {field_name}") as rec:
        # FOR UPDATE locks the row on PostgreSQL; SQLite already holds the write lock.
        found = rec.conn.execute(
            select(c.c.version).where(c.c.id == contact_id).with_for_update()
        ).first()
        if found is None or found.version != expected_version:
            raise errors.ConcurrentEditError(
                table="contacts",
                row_id=contact_id,
                expected=expected_version,
                found=None if found is None else int(found.version),
            )
        (row,) = list(_fix_rows(rec.conn, [contact_id]))
        clean = None if is_blank(value) else value
        rec.update(
            "contacts",
            contact_id,
            _revalidated(row, **{f"{field_name}_raw": clean}),
            expected_version=expected_version,
        )
    return rec.changes(count=1)


#: The fields :func:`edit_fields` writes, by the names the editors use, and their column.
EDITABLE_COLUMNS: Final[dict[str, str]] = {
    "first_name": "first_name", "last_name": "last_name", "email": "email_raw",
    "phone": "phone_raw",
}  # fmt: skip


def edit_fields(
    db: Database,
    contact_id: int,
    values: Mapping[str, str | None],
    *,
    expected_version: int,
) -> Changes:
    """Set several of a contact's typed fields at once and revalidate the contact.

    What a resolved edit conflict saves ("keep mine", "merge"): the names, the raw email
    and the raw phone in one undoable change, still conditional on the version the
    resolution was based on.

    Args:
        db: The database.
        contact_id: The contact.
        values: Field (a key of :data:`EDITABLE_COLUMNS`) -> new value (None or "" clears).
        expected_version: The ``version`` the values were decided against.

    Returns:
        The change (one contact) with the change set for undo.

    Raises:
        ConcurrentEditError: the contact was changed (or deleted) since that version;
            nothing was written.
        ValueError: a field this function does not write.
    """
    unknown = sorted(set(values) - set(EDITABLE_COLUMNS))
    if unknown:
        raise ValueError(f"cannot edit {unknown}; expected some of {sorted(EDITABLE_COLUMNS)}")
    c = tables.contacts
    with record_changes(db, kind="bulk_edit", description="Edit contact") as rec:
        found = rec.conn.execute(
            select(c.c.version).where(c.c.id == contact_id).with_for_update()
        ).first()
        if found is None or found.version != expected_version:
            raise errors.ConcurrentEditError(
                table="contacts",
                row_id=contact_id,
                expected=expected_version,
                found=None if found is None else int(found.version),
            )
        (row,) = list(_fix_rows(rec.conn, [contact_id]))
        typed = {
            EDITABLE_COLUMNS[name]: (None if is_blank(value) else (value or "").strip())
            for name, value in values.items()
        }
        changed = _revalidated(row, **typed)
        if "first_name" in typed or "last_name" in typed:
            first = typed.get("first_name", row["first_name"])
            last = typed.get("last_name", row["last_name"])
            changed["full_name"] = " ".join(p for p in (first, last) if p)
        rec.update("contacts", contact_id, changed, expected_version=expected_version)
    return rec.changes(count=1)


def _ids_with_reason(
    conn: Connection, reason: str, field: Field | None, list_id: int | None
) -> list[int]:
    params: dict[str, Any] = {"list_id": list_id}
    conditions = [field_condition(f, reason, params) for f in checked_fields(field)]
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    sql = f"SELECT c.id FROM contacts c {join} WHERE {' OR '.join(conditions)} ORDER BY c.id"  # noqa: S608
    return [int(r[0]) for r in conn.execute(text(sql), params)]


def apply_to_reason(
    db: Database,
    reason: str,
    action: BulkAction,
    *,
    field: Field | None = None,
    list_id: int | None = None,
    dnc_reason: str | None = None,
) -> Changes:
    """Apply one action to every contact whose email or phone has a reason code.

    The rows are found and changed in the same transaction, so a row that gains the
    reason meanwhile is either fully in or fully out.

    Args:
        db: The database.
        reason: The reason code (e.g. ``"possible_typo"``, ``"disposable_domain"``).
        action: ``"accept_suggestion"``, ``"mark_do_not_contact"`` or ``"delete"``.
        field: Only that field's reasons; None looks at both.
        list_id: Only members of this list.
        dnc_reason: The suppression reason for ``"mark_do_not_contact"``.

    Returns:
        The change, with ``count`` the contacts changed and the change set for undo.

    Raises:
        ValueError: an unknown action or field.
    """
    if action not in BULK_ACTIONS:
        raise ValueError(f"unknown action {action!r}; expected one of {BULK_ACTIONS}")
    kind = "delete" if action == "delete" else "bulk_fix"
    with record_changes(db, kind=kind, description=f"{action} for {reason}") as rec:
        ids = _ids_with_reason(rec.conn, reason, field, list_id)
        if action == "accept_suggestion":
            done = _accept(rec, ids)
            what = f"Accept {_plural(done, 'suggestion', 'suggestions')}"
        elif action == "mark_do_not_contact":
            done = flag_do_not_contact(rec, ids, dnc_reason or reason)
            what = f"Mark {_plural(done, 'contact', 'contacts')} do-not-contact"
        else:
            done = rec.delete("contacts", ids)
            what = f"Delete {_plural(done, 'contact', 'contacts')}"
        _describe(rec, f"{what} ({reason})")
    return rec.changes(count=done)


def _describe(rec: ChangeRecorder, description: str) -> None:
    """Replace a change set's description once the count of changed rows is known.

    A fix that changed nothing still records its (empty) change set: callers, the UI
    among them, rely on always getting a change set back.
    """
    table = tables.change_sets
    rec.conn.execute(
        update(table).where(table.c.id == rec.change_set_id).values(description=description)
    )
