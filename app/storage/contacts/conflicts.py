"""An edit conflict on a contact, field by field: what I started from, theirs, mine.

A save that names an old ``version`` is refused (``ConcurrentEditError``); the editor
then asks :func:`contact_conflict` for the row as it is now and gets, for each field the
editor had, the value it started from (when it knows it), the stored value and its own.
The conflict dialog shows those and resolves them with :func:`resolve`; the result is
saved with ``app.storage.validation.edit_fields`` against the version read here, so the
resolution is itself a conditional write (a third person's save in between is one more
conflict, never a silent overwrite).

Usage::

    with db.reading() as conn:
        conflict = contact_conflict(conn, contact_id, mine={"email": "a@b.c"},
                                    base={"email": "old@b.c"})
    if conflict is None:
        ...  # deleted meanwhile
    values = resolve(conflict, "merge", choices={"email": "mine"})
    edit_fields(db, contact_id, values, expected_version=conflict.version)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.storage import tables

__all__ = [
    "CONFLICT_FIELDS",
    "ContactConflict",
    "FieldConflict",
    "Resolution",
    "Side",
    "contact_conflict",
    "resolve",
]

#: The fields an editor can be in conflict over, by the editors' names, and their column.
CONFLICT_FIELDS: Final[dict[str, str]] = {
    "first_name": "first_name",
    "last_name": "last_name",
    "email": "email_raw",
    "phone": "phone_raw",
}

Side = Literal["mine", "theirs"]
Resolution = Literal["mine", "theirs", "merge"]


def _norm(value: str | None) -> str:
    """Compare as the editors do: a blank is no value, surrounding spaces do not count."""
    return (value or "").strip()


@dataclass(frozen=True)
class FieldConflict:
    """One field of a conflict.

    Attributes:
        field: The field (a key of :data:`CONFLICT_FIELDS`).
        base: What the editor started from; None when not known (``base_known`` False)
            or when the field was empty.
        theirs: The value stored now.
        mine: The editor's value.
        base_known: Whether ``base`` is the real starting value.
    """

    field: str
    base: str | None
    theirs: str | None
    mine: str | None
    base_known: bool = True

    @property
    def mine_changed(self) -> bool:
        """I changed the field (without a known base: whenever mine differs from theirs)."""
        if not self.base_known:
            return self.differs
        return _norm(self.mine) != _norm(self.base)

    @property
    def theirs_changed(self) -> bool:
        """They changed the field (without a known base: whenever theirs differs)."""
        if not self.base_known:
            return self.differs
        return _norm(self.theirs) != _norm(self.base)

    @property
    def differs(self) -> bool:
        """Mine and theirs are not the same value."""
        return _norm(self.mine) != _norm(self.theirs)

    @property
    def both_changed(self) -> bool:
        """Both sides changed the field to different values: a merge must ask."""
        return self.differs and self.mine_changed and self.theirs_changed

    @property
    def merge_side(self) -> Side | None:
        """Which side a merge takes without asking; None when it must ask."""
        if not self.differs or not self.mine_changed:
            return "theirs"
        if not self.theirs_changed:
            return "mine"
        return None


@dataclass(frozen=True)
class ContactConflict:
    """A contact as stored now, against an editor's values.

    Attributes:
        contact_id: The contact.
        version: The stored ``version``: the base a resolution is saved against.
        fields: One entry per field the editor had, in :data:`CONFLICT_FIELDS` order.
    """

    contact_id: int
    version: int
    fields: tuple[FieldConflict, ...]

    @property
    def shown(self) -> tuple[FieldConflict, ...]:
        """The fields worth showing: where any of the three values differ."""
        return tuple(f for f in self.fields if f.differs or f.mine_changed or f.theirs_changed)

    @property
    def asks(self) -> tuple[str, ...]:
        """The fields a merge asks about (both sides changed them)."""
        return tuple(f.field for f in self.fields if f.both_changed)


def contact_conflict(
    conn: Connection,
    contact_id: int,
    mine: Mapping[str, str | None],
    base: Mapping[str, str | None] | None = None,
) -> ContactConflict | None:
    """Read the contact as stored now and set it beside the editor's values.

    Args:
        conn: A connection (``Database.reading()``).
        contact_id: The contact.
        mine: The editor's values by field (keys of :data:`CONFLICT_FIELDS`); only these
            fields are compared.
        base: The values the editor started from, when it knows them (by field).

    Returns:
        The conflict, or None when the contact no longer exists.

    Raises:
        ValueError: a field that is not one of :data:`CONFLICT_FIELDS`.
    """
    unknown = sorted(set(mine) - set(CONFLICT_FIELDS))
    if unknown:
        raise ValueError(f"no conflict view for {unknown}")
    c = tables.contacts.c
    columns = [c.version, *(c[CONFLICT_FIELDS[name]] for name in CONFLICT_FIELDS)]
    row = conn.execute(select(*columns).where(c.id == contact_id)).first()
    if row is None:
        return None
    stored = dict(zip(CONFLICT_FIELDS, row[1:], strict=True))
    fields = tuple(
        FieldConflict(
            field=name,
            base=None if base is None else base.get(name),
            theirs=stored[name],
            mine=mine[name],
            base_known=base is not None and name in base,
        )
        for name in CONFLICT_FIELDS
        if name in mine
    )
    return ContactConflict(contact_id=contact_id, version=int(row.version), fields=fields)


def resolve(
    conflict: ContactConflict,
    resolution: Resolution,
    choices: Mapping[str, Side] | None = None,
) -> dict[str, str | None]:
    """The values to save for a resolution (empty for "theirs": nothing to save).

    - ``mine``: every field as the editor has it, over theirs;
    - ``theirs``: nothing (the editor reloads);
    - ``merge``: a field only I changed takes mine, one only they changed keeps theirs,
      one we both changed takes the side ``choices`` names (mine when it names none).

    Only fields whose saved value differs from what is stored are returned.
    """
    if resolution == "theirs":
        return {}
    picked = choices or {}
    values: dict[str, str | None] = {}
    for f in conflict.fields:
        if resolution == "mine":
            side: Side = "mine"
        else:
            side = f.merge_side or picked.get(f.field, "mine")
        if side == "mine" and f.differs:
            values[f.field] = f.mine
    return values
