"""Reps: the people who work the queue, with their own time zone and country.

A rep's zone says where their working day ends (the Today queue runs to their local
midnight) and is the last-resort guess for a prospect whose zone nothing else tells. A
rep's country gives the public holidays that are not business days when their cadence
steps are scheduled (a Lithuanian rep's day-3 email does not fall on 24 June).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from app.core.calling.calendar import PublicHolidays, public_holidays
from app.core.ops import Changes
from app.core.validation.countries import region_for_country
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
        country: The ISO country code, or None: no holidays are skipped then.
    """

    id: int
    name: str
    email: str | None
    role: str
    time_zone: str | None
    active: bool
    country: str | None = None

    @property
    def holidays(self) -> PublicHolidays | None:
        """The public holidays of the rep's country, or None when no country is set."""
        return public_holidays(self.country) if self.country else None

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
    return RepInfo(
        int(r.id), str(r.name), r.email, str(r.role), r.time_zone, bool(r.active), r.country
    )


_COLUMNS = tuple(
    tables.reps.c[name]
    for name in ("id", "name", "email", "role", "time_zone", "active", "country")
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


def _check_country(value: str) -> str:
    region = region_for_country(value)
    if region is None:
        raise CadenceStoreError("unknown_country", {"country": value})
    return region


def _check_address(email: str) -> str:
    from app.core.validation import check_email

    checked = check_email(email.strip())
    if checked.normalized is not None:
        return checked.normalized
    # A rep's address only names the rep: a company-internal or test domain (``.example``,
    # ``.local``) is fine, broken syntax is not.
    local, at, domain = email.strip().rpartition("@")
    if "syntax" in checked.reasons or not at or not local or not domain:
        raise CadenceStoreError("bad_email", {"email": email})
    return f"{local}@{domain.lower()}"


def _checked_values(
    name: str, email: str, role: str, time_zone: str | None, country: str | None
) -> dict[str, Any]:
    if not name.strip():
        raise CadenceStoreError("no_name")
    address = _check_address(email)
    if role not in ROLES:
        raise CadenceStoreError("unknown_role", {"role": role, "roles": " ".join(ROLES)})
    return {
        "name": name.strip(), "email": address, "role": role,
        "time_zone": _check_time_zone(time_zone) if time_zone else None,
        "country": _check_country(country) if country and country.strip() else None,
    }  # fmt: skip


def add_rep(
    db: Database,
    name: str,
    email: str,
    *,
    role: str = "sdr",
    time_zone: str | None = None,
    country: str | None = None,
) -> RepAdded:
    """Add a rep.

    Args:
        db: The database.
        name: The display name (non-blank).
        email: The rep's address, unique among reps.
        role: ``sdr`` (default), ``ae`` or ``manager``.
        time_zone: An IANA zone name (``Europe/Vilnius``), or None.
        country: A country code or name (``LT``, ``Lithuania``), stored as the ISO code;
            None for none.

    Returns:
        The new rep and the change (undo is deleting the rep).

    Raises:
        CadenceStoreError: ``no_name``, ``bad_email``, ``unknown_role``,
            ``unknown_time_zone``, ``unknown_country`` or ``rep_exists``.
    """
    values = _checked_values(name, email, role, time_zone, country)
    with db.transaction() as conn:
        if find_rep(conn, values["email"]) is not None:
            raise CadenceStoreError("rep_exists", {"email": values["email"]})
        now = utcnow()
        rep_id = conn.execute(
            insert(tables.reps)
            .values(**values, active=True, created_at=now, updated_at=now)
            .returning(tables.reps.c.id)
        ).scalar_one()
    rep = RepInfo(int(rep_id), values["name"], values["email"], role, values["time_zone"], True,
                  values["country"])  # fmt: skip
    return RepAdded(rep, Changes.of({"reps"}, ids={"reps": [rep.id]}, operation="add_rep", count=1))


def update_rep(
    db: Database,
    rep_id: int,
    *,
    name: str,
    email: str,
    role: str,
    time_zone: str | None,
    country: str | None,
    active: bool,
) -> RepAdded:
    """Change a rep's details (a rep who left is made inactive, never deleted: their
    activities and hand-offs keep their name).

    Raises:
        CadenceStoreError: the codes of :func:`add_rep`, ``unknown_rep_id``.
    """
    values = _checked_values(name, email, role, time_zone, country)
    with db.transaction() as conn:
        other = find_rep(conn, values["email"])
        if other is not None and other.id != rep_id:
            raise CadenceStoreError("rep_exists", {"email": values["email"]})
        r = tables.reps
        updated = conn.execute(
            update(r).where(r.c.id == rep_id).values(**values, active=active, updated_at=utcnow())
        ).rowcount
        if not updated:
            raise CadenceStoreError("unknown_rep_id", {"id": rep_id})
    rep = RepInfo(rep_id, values["name"], values["email"], role, values["time_zone"], active,
                  values["country"])  # fmt: skip
    return RepAdded(
        rep, Changes.of({"reps"}, ids={"reps": [rep_id]}, operation="edit_rep", count=1)
    )


__all__ = [
    "ROLES",
    "RepAdded",
    "RepInfo",
    "add_rep",
    "find_rep",
    "list_reps",
    "rep_by_id",
    "resolve_rep",
    "update_rep",
    "zone_or_none",
]
