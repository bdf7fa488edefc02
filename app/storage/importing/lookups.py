"""What an import matches rows against: the stored contacts' exact keys and lookups.

The column lists the import writes, the companies, stages, reps and tags read once per
import (:func:`load_lookups`), and the duplicate index of every stored contact
(:func:`load_duplicate_index`, keyed by :func:`dedupe_keys`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy.engine import Connection

from app.core.duplicates.addresses import AddressIndex
from app.core.duplicates.matching import name_key
from app.core.importing.codes import fold_text
from app.core.validation import email_dedupe_key

CONTACT_COLUMNS: Final = (
    "id", "company_id", "first_name", "middle_name", "last_name", "full_name", "title",
    "email_raw", "email", "email_key", "email_status", "email_reasons", "email_suggestion",
    "phone_raw", "phone_e164", "phone_extension", "phone_kind", "phone_status",
    "phone_reasons", "time_zone", "country", "city", "linkedin_url", "source", "lead_type",
    "stage_id", "owner_id", "arrived_at", "quality_score", "do_not_contact",
    "validated_with", "custom_fields", "version", "created_at", "updated_at",
)  # fmt: skip
#: The columns of :meth:`ImportEngine.contact_values`, in order (no id, version, times).
VALUE_COLUMNS: Final = CONTACT_COLUMNS[1:-3]
_CUSTOM_AT: Final = CONTACT_COLUMNS.index("custom_fields")
#: Position of quality_score in :meth:`ImportEngine.contact_values` (no id column).
_QUALITY_AT: Final = VALUE_COLUMNS.index("quality_score")
#: Position of arrived_at there (a datetime, stored through the column's type).
ARRIVED_AT: Final = VALUE_COLUMNS.index("arrived_at")
#: Columns a re-imported row may change on an existing contact (by the merge rule). Not
#: do_not_contact (set on purpose, in the app) nor arrived_at (the first arrival counts).
MERGE_COLUMNS: Final = tuple(c for c in VALUE_COLUMNS if c not in {"do_not_contact", "arrived_at"})
#: Where each of MERGE_COLUMNS sits in the values.
MERGE_AT: Final = tuple(VALUE_COLUMNS.index(c) for c in MERGE_COLUMNS)
COMPANY_COLUMNS: Final = (
    "id", "name", "normalized_name", "domain", "website", "industry", "employee_count",
    "country", "city", "version", "created_at", "updated_at",
)  # fmt: skip
POINT_COLUMNS: Final = (
    "id",
    "contact_id",
    "kind",
    "label",
    "raw",
    "normalized",
    "status",
    "reasons",
)
ITEM_COLUMNS: Final = ("batch_id", "contact_id", "action", "row_number", "before", "raw")


@dataclass
class _Lookups:
    """What the database already holds that rows are matched against."""

    companies_by_name: dict[str, int]
    companies_by_domain: dict[str, int]
    stages: dict[str, int]
    default_stage: int | None
    reps: dict[str, int]
    tags: dict[str, int]
    existing_contacts: int
    #: Stage key (``new``, ``disqualified``...) -> id, for stage synonyms.
    stage_keys: dict[str, int]


def load_lookups(conn: Connection) -> _Lookups:
    """Read the companies, stages, reps and tags an import matches against.

    Stages and reps are keyed by :func:`~app.core.importing.codes.fold_text` of their
    names (and keys, and emails): a file's ``Rūta Kazlauskienė`` or ``RUTA
    KAZLAUSKIENE`` finds the rep, ``meeting booked`` the stage.
    """
    by_name: dict[str, int] = {}
    by_domain: dict[str, int] = {}
    for cid, normalized, domain in conn.exec_driver_sql(
        "SELECT id, normalized_name, domain FROM companies ORDER BY id"
    ):
        if normalized:
            by_name.setdefault(normalized, cid)
        if domain:
            by_domain.setdefault(domain, cid)
    stages: dict[str, int] = {}
    stage_keys: dict[str, int] = {}
    default_stage = None
    for sid, key, name in conn.exec_driver_sql(
        "SELECT id, key, name FROM pipeline_stages ORDER BY position"
    ):
        stage_keys.setdefault(str(key), sid)
        stages.setdefault(fold_text(str(key)), sid)
        stages.setdefault(fold_text(str(name)), sid)
        if default_stage is None or key == "new":
            default_stage = sid if key == "new" or default_stage is None else default_stage
    reps: dict[str, int] = {}
    for rid, name, email in conn.exec_driver_sql("SELECT id, name, email FROM reps ORDER BY id"):
        reps.setdefault(fold_text(str(name)), rid)
        if email:
            reps.setdefault(fold_text(str(email)), rid)
    tags = {str(n): int(i) for i, n in conn.exec_driver_sql("SELECT id, name FROM tags")}
    count = int(conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
    return _Lookups(by_name, by_domain, stages, default_stage, reps, tags, count, stage_keys)


def driver_rows(conn: Connection, sql: str) -> Iterator[tuple[Any, ...]]:
    """The rows of a query without parameters, read straight from the DBAPI cursor.

    An import reads every stored contact's keys (and, re-importing, every matched
    contact's values): through SQLAlchemy's result each row is a ``fetchone()`` call and
    a ``Row`` (~1.5 µs, seconds at a million contacts); the driver's own cursor hands
    out plain tuples in batches. The values are the same: text SQL has no result types
    for SQLAlchemy to process. The cursor runs in the connection's transaction.
    """
    driver: Any = conn.connection.driver_connection
    cursor = driver.cursor()
    try:
        cursor.execute(sql)
        while batch := cursor.fetchmany(10_000):
            yield from batch
    finally:
        cursor.close()


def load_duplicate_index(conn: Connection) -> AddressIndex:
    """The exact dedupe keys of every stored contact, every address included.

    The contact's own email and phone, and its contact points (further addresses and
    numbers), all keyed to the contact (see :mod:`app.core.duplicates.addresses`).
    """
    index = AddressIndex()
    add = index.add_contact
    rows = driver_rows(
        conn,
        "SELECT c.id, c.email_key, c.email_raw, c.phone_e164, c.phone_raw, c.first_name, "
        "c.last_name, co.normalized_name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id",
    )
    index.add_contacts(
        (cid, ekey, e164, first or "", last or "",
         other_key(ekey, email_raw, e164, phone_raw, first, last, company))
        for cid, ekey, email_raw, e164, phone_raw, first, last, company in rows
    )  # fmt: skip
    points = driver_rows(
        conn,
        "SELECT p.contact_id, p.kind, p.normalized, c.first_name, c.last_name "
        "FROM contact_points p JOIN contacts c ON c.id = p.contact_id "
        "WHERE p.normalized IS NOT NULL AND p.kind IN ('email', 'phone') ORDER BY p.contact_id",
    )
    for cid, kind, normalized, first, last in points:
        if kind == "email":
            add(cid, (email_dedupe_key(normalized),))
        else:
            add(cid, (), (normalized,), first or "", last or "")
    return index


def other_key(  # noqa: PLR0917 - one positional per contact column, called per row
    email_key: str | None,
    email_raw: str | None,
    e164: str | None,
    phone_raw: str | None,
    first: str | None,
    last: str | None,
    normalized_company: str | None,
) -> str | None:
    """The key of a contact that no valid address or number keys.

    For an address that did not validate, its case-folded raw text (``raw:``), so
    re-importing a row with the same bad address finds the contact stored the first
    time; for a row with neither email nor phone, last + first name + normalized
    company (``nc:``): nothing else could tell two such rows apart.
    """
    if email_key is None and email_raw and email_raw.strip():
        return "raw:" + email_raw.strip().casefold()
    if (
        e164 is None
        and not (email_raw and email_raw.strip())
        and not (phone_raw and phone_raw.strip())
    ):
        last_key = name_key(last)
        if last_key and normalized_company:
            return f"nc:{last_key}|{name_key(first)}|{normalized_company}"
    return None
