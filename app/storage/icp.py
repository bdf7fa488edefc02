"""Ideal customer profiles in the database, and every contact's fit score against one.

The core (:mod:`app.core.icp`) scores plain mappings; this module stores profiles in
``icp_profiles``, keeps exactly one of them active, and writes ``contacts.fit_score``
for the active one.

Design choices:

- Profile edits are optimistic: an update names the ``version`` it read and fails with
  :class:`~app.storage.errors.ConcurrentEditError` when somebody saved in between.
- Exactly one profile is active once any exists: the first one created becomes active,
  making another active deactivates the previous one in the same transaction, and
  deleting the active profile hands "active" to the most recently changed one left.
- :func:`rescore_contacts` reads contacts joined with their company in keyset batches
  (``id > last ORDER BY id``) inside one read snapshot, scores them with one compiled
  profile (its memos make repeated industries, titles and countries nearly free), then
  writes only the scores that changed with ``executemany`` in ONE transaction. A cancel
  or an error before the commit leaves every score as it was.
- Fit scores are derived data: writing them bumps neither ``version`` nor
  ``updated_at`` (an open editor would otherwise fail with a conflict after every
  rescoring). The write is guarded by the version read, so a contact edited between
  the read and the write keeps its score until the next rescoring.
"""

from __future__ import annotations

import datetime as dt
import time
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.exc import IntegrityError

from app.core.icp import CompiledProfile, FitScore, IcpProfile
from app.core.ops import NO_CHANGES, CancelToken, Changes, Progress, check_cancelled, report
from app.storage import errors, tables
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "PROFILE_FIELDS",
    "InvalidProfileError",
    "ProfileNameTakenError",
    "RescoreResult",
    "SamplePreview",
    "StoredProfile",
    "active_profile",
    "create_profile",
    "delete_profile",
    "distinct_industries",
    "fit_explanation",
    "get_profile",
    "list_profiles",
    "preview_profile",
    "rescore_contacts",
    "set_active_profile",
    "update_profile",
]

PROFILE_FIELDS: Final[tuple[str, ...]] = (
    "name", "industries", "title_keywords", "seniorities", "min_employees", "max_employees",
    "countries", "excluded_domains",
)  # fmt: skip

_READ_BATCH: Final = 10_000
_WRITE_BATCH: Final = 20_000
_PREVIEW_SAMPLE: Final = 20_000


class InvalidProfileError(ValueError):
    """A profile that cannot be stored as it is; nothing was saved.

    ``str()`` is an English sentence for logs; an interface words ``code`` itself.

    Attributes:
        code: ``"no_name"`` (the name is empty) or ``"size_range"`` (the smallest
            company size is above the largest).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ProfileNameTakenError(errors.StorageError):
    """Another profile already has this name; nothing was saved.

    ``str()`` is an English sentence for logs; an interface words it from ``name``.

    Attributes:
        name: The name asked for, stripped.
    """

    code = "name_taken"

    def __init__(self, name: str) -> None:
        super().__init__(f"There is already a profile called {name!r}.")
        self.name = name


@dataclass(frozen=True, slots=True)
class StoredProfile:
    """A profile as stored.

    Attributes:
        id: The row id.
        profile: What the profile targets (the core's value object).
        active: Whether contacts are scored against it.
        version: The optimistic-locking version an update must name.
        updated_at: When it was last saved.
    """

    id: int
    profile: IcpProfile
    active: bool
    version: int
    updated_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class RescoreResult:
    """What a rescoring did.

    Attributes:
        profile_id: The profile scored against.
        scored: Contacts scored.
        updated: Contacts whose stored score changed.
        skipped_edited: Contacts edited while the run read them (left for the next
            run); -1 when the driver cannot tell.
        seconds: Wall time of the run.
        changes: What the run changed, for the broadcast (``operation="rescore"``; every
            contact may have a new score, so no ids). Not undoable: a score is derived.
    """

    profile_id: int
    scored: int
    updated: int
    skipped_edited: int
    seconds: float
    changes: Changes = field(default=NO_CHANGES)


@dataclass(frozen=True, slots=True)
class SamplePreview:
    """How many contacts a profile would match, from a sample.

    Attributes:
        matched: Contacts of the sample at or above the threshold.
        sampled: Contacts scored.
        total: All contacts in the database.
        threshold: The score a match needs.
    """

    matched: int
    sampled: int
    total: int
    threshold: int

    @property
    def estimated(self) -> int:
        """Matches scaled from the sample to every contact (exact when all were scored)."""
        if not self.sampled or self.sampled >= self.total:
            return self.matched
        return round(self.matched * self.total / self.sampled)

    @property
    def is_estimate(self) -> bool:
        """True when only part of the contacts were scored."""
        return self.sampled < self.total


# --- profiles -----------------------------------------------------------------------------


def _values(profile: IcpProfile) -> dict[str, Any]:
    # JSON columns hold lists; the core keeps tuples so profiles stay hashable.
    return {
        "name": profile.name.strip(),
        "industries": list(profile.industries),
        "title_keywords": list(profile.title_keywords),
        "seniorities": list(profile.seniorities),
        "min_employees": profile.min_employees,
        "max_employees": profile.max_employees,
        "countries": list(profile.countries),
        "excluded_domains": list(profile.excluded_domains),
    }


def _stored(row: RowMapping) -> StoredProfile:
    return StoredProfile(
        id=int(row["id"]),
        profile=IcpProfile.from_mapping({name: row[name] for name in PROFILE_FIELDS}),
        active=bool(row["active"]),
        version=int(row["version"] or 0),
        updated_at=row["updated_at"],
    )


def _check(profile: IcpProfile) -> None:
    if not profile.name.strip():
        raise InvalidProfileError("no_name", "A profile needs a name.")
    low, high = profile.min_employees, profile.max_employees
    if low is not None and high is not None and low > high:
        raise InvalidProfileError(
            "size_range", "The smallest company size is larger than the largest."
        )


def list_profiles(conn: Connection) -> list[StoredProfile]:
    """Return every profile, the active one first, then by name."""
    rows = conn.execute(
        select(tables.icp_profiles).order_by(
            tables.icp_profiles.c.active.desc(), tables.icp_profiles.c.name
        )
    ).mappings()
    return [_stored(row) for row in rows]


def get_profile(conn: Connection, profile_id: int) -> StoredProfile:
    """Return one profile.

    Raises:
        KeyError: There is no profile with this id.
    """
    row = (
        conn.execute(select(tables.icp_profiles).where(tables.icp_profiles.c.id == profile_id))
        .mappings()
        .first()
    )
    if row is None:
        raise KeyError(profile_id)
    return _stored(row)


def active_profile(conn: Connection) -> StoredProfile | None:
    """Return the active profile, or None when there is none."""
    row = (
        conn.execute(
            select(tables.icp_profiles)
            .where(tables.icp_profiles.c.active.is_(True))
            .order_by(tables.icp_profiles.c.id)
        )
        .mappings()
        .first()
    )
    return None if row is None else _stored(row)


def create_profile(db: Database, profile: IcpProfile, *, active: bool = False) -> StoredProfile:
    """Store a new profile.

    Args:
        db: The database.
        profile: What it targets; ``name`` must be set and unique.
        active: Make it the active profile. The first profile becomes active anyway.

    Returns:
        The stored profile.

    Raises:
        InvalidProfileError: No name, or a size range whose minimum is above its maximum.
        ProfileNameTakenError: Another profile has this name.
    """
    _check(profile)
    now = utcnow()
    try:
        with db.transaction() as conn:
            any_active = conn.execute(
                select(func.count())
                .select_from(tables.icp_profiles)
                .where(tables.icp_profiles.c.active.is_(True))
            ).scalar_one()
            make_active = active or not any_active
            if make_active:
                conn.execute(update(tables.icp_profiles).values(active=False))
            new_id = conn.execute(
                insert(tables.icp_profiles)
                .values(
                    **_values(profile),
                    active=make_active,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
                .returning(tables.icp_profiles.c.id)
            ).scalar_one()
            return get_profile(conn, int(new_id))
    except IntegrityError as exc:
        raise ProfileNameTakenError(profile.name.strip()) from exc


def update_profile(
    db: Database, profile_id: int, profile: IcpProfile, *, expected_version: int
) -> StoredProfile:
    """Save changes to a profile unless somebody else saved it since it was read.

    Args:
        db: The database.
        profile_id: Which profile.
        profile: Its new content.
        expected_version: The ``version`` the editor read.

    Returns:
        The stored profile with its new version.

    Raises:
        InvalidProfileError: No name, or an impossible size range.
        ConcurrentEditError: The profile changed (or was deleted) since it was read.
        ProfileNameTakenError: Another profile has this name.
    """
    _check(profile)
    try:
        with db.transaction() as conn:
            result = conn.execute(
                update(tables.icp_profiles)
                .where(
                    tables.icp_profiles.c.id == profile_id,
                    tables.icp_profiles.c.version == expected_version,
                )
                .values(
                    **_values(profile),
                    version=tables.icp_profiles.c.version + 1,
                    updated_at=utcnow(),
                )
            )
            if result.rowcount != 1:
                found = conn.execute(
                    select(tables.icp_profiles.c.version).where(
                        tables.icp_profiles.c.id == profile_id
                    )
                ).scalar()
                raise errors.ConcurrentEditError(
                    table="icp_profiles", row_id=profile_id, expected=expected_version,
                    found=found,
                )  # fmt: skip
            return get_profile(conn, profile_id)
    except IntegrityError as exc:
        raise ProfileNameTakenError(profile.name.strip()) from exc


def delete_profile(db: Database, profile_id: int, *, expected_version: int | None = None) -> None:
    """Delete a profile; when it was active, the most recently changed one left becomes so.

    Contacts keep their fit scores until the next rescoring.

    Raises:
        ConcurrentEditError: ``expected_version`` was given and the profile changed since.
        KeyError: There is no such profile.
    """
    with db.transaction() as conn:
        current = get_profile(conn, profile_id)
        if expected_version is not None and current.version != expected_version:
            raise errors.ConcurrentEditError(
                table="icp_profiles", row_id=profile_id, expected=expected_version,
                found=current.version,
            )  # fmt: skip
        gone = delete(tables.icp_profiles).where(tables.icp_profiles.c.id == profile_id)
        if expected_version is not None:
            # Checked again by the DELETE itself: an edit committed since the read above
            # (PostgreSQL takes no lock for it) is not deleted unseen.
            gone = gone.where(tables.icp_profiles.c.version == expected_version)
        if conn.execute(gone).rowcount != 1:
            raise errors.ConcurrentEditError(
                table="icp_profiles", row_id=profile_id, expected=expected_version
            )
        if current.active:
            successor = conn.execute(
                select(tables.icp_profiles.c.id)
                .order_by(tables.icp_profiles.c.updated_at.desc(), tables.icp_profiles.c.id.desc())
                .limit(1)
            ).scalar()
            if successor is not None:
                conn.execute(
                    update(tables.icp_profiles)
                    .where(tables.icp_profiles.c.id == successor)
                    .values(active=True)
                )


def set_active_profile(db: Database, profile_id: int) -> None:
    """Make one profile the active one (and every other inactive) in one transaction.

    Does not rescore: call :func:`rescore_contacts` (in the background) after it.

    Raises:
        KeyError: There is no such profile.
    """
    with db.transaction() as conn:
        get_profile(conn, profile_id)
        # Both in one statement: there is never a moment with zero or two active.
        conn.execute(
            update(tables.icp_profiles).values(active=tables.icp_profiles.c.id == profile_id)
        )


def distinct_industries(conn: Connection, *, limit: int = 500) -> list[str]:
    """Industries present in the database, most common first (suggestions for the editor)."""
    industry = tables.companies.c.industry
    rows = conn.execute(
        select(industry, func.count().label("n"))
        .where(industry.is_not(None), industry != "")
        .group_by(industry)
        .order_by(func.count().desc(), industry)
        .limit(limit)
    )
    return [str(row[0]) for row in rows]


# --- scoring ------------------------------------------------------------------------------


def _scoring_select() -> Any:
    c, co = tables.contacts, tables.companies
    return select(
        c.c.id,
        c.c.version,
        c.c.fit_score,
        c.c.title,
        c.c.email,
        c.c.country,
        co.c.country,
        co.c.industry,
        co.c.employee_count,
        co.c.domain,
        co.c.website,
    ).select_from(c.outerjoin(co, co.c.id == c.c.company_id))


def _fields(row: Sequence[Any]) -> dict[str, object]:
    """The core's contact mapping from a row of :func:`_scoring_select`."""
    return {
        "title": row[3],
        "email": row[4],
        # The person's own country wins; the company's stands in when it is missing.
        "country": row[5] or row[6],
        "industry": row[7],
        "employee_count": row[8],
        "domain": row[9],
        "website": row[10],
    }


def _iter_rows(conn: Connection, cancel: CancelToken | None) -> Iterator[Sequence[Any]]:
    """Yield scoring rows in id order, a keyset batch at a time (never OFFSET)."""
    stmt = (
        _scoring_select()
        .where(tables.contacts.c.id > bindparam("last_id"))
        .order_by(tables.contacts.c.id)
        .limit(_READ_BATCH)
    )
    last = 0
    while True:
        check_cancelled(cancel)
        rows = conn.execute(stmt, {"last_id": last}).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _resolve_profile(conn: Connection, profile_id: int | None) -> StoredProfile:
    if profile_id is not None:
        return get_profile(conn, profile_id)
    stored = active_profile(conn)
    if stored is None:
        raise LookupError("There is no active ideal customer profile.")
    return stored


def rescore_contacts(
    db: Database,
    profile_id: int | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> RescoreResult:
    """Score every contact against a profile and store the scores in one transaction.

    Args:
        db: The database.
        profile_id: The profile; None for the active one.
        progress: Called with (done, total) now and then, from this thread; reading and
            scoring count one step per contact, writing another.
        cancel: Stops the run when cancelled; nothing is written then.

    Returns:
        What the run did.

    Raises:
        LookupError: ``profile_id`` is None and no profile is active.
        KeyError: There is no profile ``profile_id``.
        OperationCancelled: ``cancel`` was cancelled; no score changed.
    """
    started = time.perf_counter()
    # Compact per-row state: three arrays of C longs instead of a million tuples.
    ids = array("q")
    versions = array("q")
    scores = array("q")
    scored = 0
    with db.reading() as conn:
        stored = _resolve_profile(conn, profile_id)
        total = int(conn.execute(select(func.count()).select_from(tables.contacts)).scalar_one())
        steps = 2 * total or 1
        report(progress, 0, steps)
        # Its own compiled profile: the cached one's memos are not safe across threads.
        score = CompiledProfile(stored.profile).score
        for row in _iter_rows(conn, cancel):
            new = score(_fields(row)).score
            scored += 1
            if new != row[2]:
                ids.append(row[0])
                versions.append(row[1] or 0)
                scores.append(new)
            if progress is not None and not scored % _READ_BATCH:
                progress(scored, steps)
    report(progress, total, steps)  # between the phases: no transaction is open
    check_cancelled(cancel)

    matched = 0
    changed = len(ids)
    rowcount_known = True
    with db.transaction() as conn:
        rowcount_known = bool(conn.dialect.supports_sane_multi_rowcount)
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        # Driver-level executemany with tuples: the Core layer's per-row dict handling
        # costs more than the UPDATE itself at a million rows.
        sql = (
            f"UPDATE contacts SET fit_score = {mark} WHERE id = {mark} "
            f"AND coalesce(version, 0) = {mark}"
        )
        for start in range(0, changed, _WRITE_BATCH):
            check_cancelled(cancel)  # raising rolls the transaction back
            end = min(start + _WRITE_BATCH, changed)
            params = list(zip(scores[start:end], ids[start:end], versions[start:end], strict=True))
            matched += conn.exec_driver_sql(sql, params).rowcount
            report(progress, total + total * end // max(changed, 1), steps)
        check_cancelled(cancel)
    report(progress, steps, steps)
    updated = matched if rowcount_known else changed
    return RescoreResult(
        profile_id=stored.id,
        scored=scored,
        updated=updated,
        skipped_edited=changed - matched if rowcount_known else -1,
        seconds=time.perf_counter() - started,
        changes=Changes.of({"contacts"}, operation="rescore", count=updated)
        if updated
        else NO_CHANGES,
    )


def preview_profile(
    conn: Connection,
    profile: IcpProfile,
    *,
    threshold: int = 70,
    sample: int = _PREVIEW_SAMPLE,
    cancel: CancelToken | None = None,
) -> SamplePreview:
    """Count how many contacts a profile would score at or above ``threshold``.

    Scores an evenly spread sample (every k-th id) so the editor's preview stays quick
    on a million contacts; :attr:`SamplePreview.estimated` scales it up.

    Args:
        conn: A connection (a read snapshot).
        profile: The profile as edited, saved or not.
        threshold: The score that counts as a match.
        sample: At most this many contacts are scored.
        cancel: Stops the preview when cancelled.

    Returns:
        The counts.

    Raises:
        OperationCancelled: ``cancel`` was cancelled.
    """
    total = int(conn.execute(select(func.count()).select_from(tables.contacts)).scalar_one())
    low, high = conn.execute(
        select(func.min(tables.contacts.c.id), func.max(tables.contacts.c.id))
    ).one()
    stmt = _scoring_select()
    if total > sample and low is not None:
        # ids are nearly dense (SQLite rowids, PostgreSQL sequences): a stride over the id
        # range spreads the sample over old and new contacts alike.
        stride = max(1, (int(high) - int(low) + 1) // sample)
        stmt = stmt.where((tables.contacts.c.id - int(low)) % stride == 0)
    score = CompiledProfile(profile).score
    matched = 0
    sampled = 0
    for row in conn.execute(stmt.order_by(tables.contacts.c.id).limit(sample)):
        if not sampled % 2_000:
            check_cancelled(cancel)
        sampled += 1
        if score(_fields(row)).score >= threshold:
            matched += 1
    return SamplePreview(matched=matched, sampled=sampled, total=total, threshold=threshold)


def fit_explanation(conn: Connection, contact_id: int) -> FitScore | None:
    """Score one contact against the active profile, with the criteria it met and missed.

    For the contact detail panel ("Fit 75: industry software, seniority vp; missed
    company size 12"). Computed fresh, so it reflects the contact as it is now even when
    the stored ``fit_score`` waits for the next rescoring.

    Args:
        conn: A connection.
        contact_id: The contact.

    Returns:
        The score with ``matched`` and ``missed`` criteria, or None when no profile is
        active.

    Raises:
        KeyError: There is no such contact.
    """
    stored = active_profile(conn)
    row = conn.execute(_scoring_select().where(tables.contacts.c.id == contact_id)).first()
    if row is None:
        raise KeyError(contact_id)
    if stored is None:
        return None
    return CompiledProfile(stored.profile).score(_fields(row))
