"""Reps: the people who work the queue, with their own time zone.

A rep's zone says where their working day ends (the Today queue runs to their local
midnight) and is the last-resort guess for a prospect whose zone nothing else tells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.storage import tables
from app.storage.cadences.errors import CadenceStoreError
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

#: The roles a rep may have.
ROLES: Final = ("sdr", "ae", "manager")

_UTC_ZONE: Final = ZoneInfo("UTC")


@dataclass(frozen=True)
class RepInfo:
    """A rep as the queue and the pickers need it.

    Attributes:
        id: The row id.
        name: The display name.
        email: The address (the rep's key in commands: ``--rep EMAIL``).
        role: ``sdr``, ``ae`` or ``manager``.
        time_zone: The IANA zone name, or None when not set (UTC is used then).
        active: False for someone who left.
    """

    id: int
    name: str
    email: str | None
    role: str
    time_zone: str | None
    active: bool

    @property
    def zone(self) -> ZoneInfo:
        """The rep's zone; UTC when none is set or the stored name is unknown here."""
        return zone_or_none(self.time_zone) or _UTC_ZONE


@dataclass(frozen=True)
class RepAdded:
    """The result of :func:`add_rep`: the new rep and what changed."""

    rep: RepInfo
    changes: Changes


def zone_or_none(name: str | None) -> ZoneInfo | None:
    """The :class:`ZoneInfo` of an IANA name, or None for None or a name not known here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _rep(r: Any) -> RepInfo:
    return RepInfo(int(r.id), str(r.name), r.email, str(r.role), r.time_zone, bool(r.active))


_COLUMNS = tuple(
    tables.reps.c[name] for name in ("id", "name", "email", "role", "time_zone", "active")
)


def list_reps(conn: Connection) -> list[RepInfo]:
    """Every rep, by name (inactive ones included, flagged)."""
    rows = conn.execute(select(*_COLUMNS).order_by(tables.reps.c.name, tables.reps.c.id))
    return [_rep(r) for r in rows]


def find_rep(conn: Connection, email: str) -> RepInfo | None:
    """The rep with this address (compared case-insensitively), or None."""
    row = conn.execute(
        select(*_COLUMNS).where(func.lower(tables.reps.c.email) == email.strip().lower())
    ).first()
    return None if row is None else _rep(row)


def rep_by_id(conn: Connection, rep_id: int) -> RepInfo | None:
    """The rep with this id, or None."""
    row = conn.execute(select(*_COLUMNS).where(tables.reps.c.id == rep_id)).first()
    return None if row is None else _rep(row)


def resolve_rep(conn: Connection, email: str | None) -> RepInfo:
    """The rep a command acts for: the one named, else the only active rep.

    Raises:
        CadenceStoreError: ``unknown_rep``; ``no_reps`` or ``rep_required`` when none is
            named and there is not exactly one active rep.
    """
    if email:
        rep = find_rep(conn, email)
        if rep is None:
            raise CadenceStoreError("unknown_rep", {"email": email})
        return rep
    active = [r for r in list_reps(conn) if r.active]
    if not active:
        raise CadenceStoreError("no_reps")
    if len(active) > 1:
        raise CadenceStoreError("rep_required", {"count": len(active)})
    return active[0]


def _check_time_zone(name: str) -> str:
    # ZoneInfo accepts file paths on some systems; only real IANA names are stored.
    if name not in available_timezones() or zone_or_none(name) is None:
        raise CadenceStoreError("unknown_time_zone", {"time_zone": name})
    return name


def add_rep(
    db: Database, name: str, email: str, *, role: str = "sdr", time_zone: str | None = None
) -> RepAdded:
    """Add a rep.

    Args:
        db: The database.
        name: The display name (non-blank).
        email: The rep's address, unique among reps.
        role: ``sdr`` (default), ``ae`` or ``manager``.
        time_zone: An IANA zone name (``Europe/Vilnius``), or None.

    Returns:
        The new rep and the change (undo is deleting the rep).

    Raises:
        CadenceStoreError: ``no_name``, ``bad_email``, ``unknown_role``,
            ``unknown_time_zone`` or ``rep_exists``.
    """
    from app.core.validation import check_email

    if not name.strip():
        raise CadenceStoreError("no_name")
    checked = check_email(email.strip())
    address = checked.normalized
    if address is None:
        # A rep's address only names the rep: a company-internal or test domain
        # (``.example``, ``.local``) is fine, broken syntax is not.
        local, at, domain = email.strip().rpartition("@")
        if "syntax" in checked.reasons or not at or not local or not domain:
            raise CadenceStoreError("bad_email", {"email": email})
        address = f"{local}@{domain.lower()}"
    if role not in ROLES:
        raise CadenceStoreError("unknown_role", {"role": role, "roles": " ".join(ROLES)})
    zone = _check_time_zone(time_zone) if time_zone else None
    with db.transaction() as conn:
        if find_rep(conn, address) is not None:
            raise CadenceStoreError("rep_exists", {"email": address})
        now = utcnow()
        rep_id = conn.execute(
            insert(tables.reps)
            .values(
                name=name.strip(),
                email=address,
                role=role,
                time_zone=zone,
                active=True,
                created_at=now,
                updated_at=now,
            )  # fmt: skip
            .returning(tables.reps.c.id)
        ).scalar_one()
    rep = RepInfo(int(rep_id), name.strip(), address, role, zone, True)
    return RepAdded(rep, Changes.of({"reps"}, ids={"reps": [rep.id]}, operation="add_rep", count=1))


__all__ = [
    "ROLES",
    "RepAdded",
    "RepInfo",
    "add_rep",
    "find_rep",
    "list_reps",
    "rep_by_id",
    "resolve_rep",
    "zone_or_none",
]
