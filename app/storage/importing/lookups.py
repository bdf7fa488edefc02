"""What an import matches rows against: the stored contacts' exact keys and lookups.

The column lists the import writes, the companies, stages, reps and tags read once per
import (:func:`load_lookups`), and the duplicate index of every stored contact
(:func:`load_duplicate_index`, keyed by :func:`dedupe_keys`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from sqlalchemy.engine import Connection

from app.core.duplicates.matching import (
    DuplicateIndex,
    name_key,
    phone_name_key,
)

CONTACT_COLUMNS: Final = (
    "id", "company_id", "first_name", "last_name", "full_name", "title", "email_raw",
    "email", "email_key", "email_status", "email_reasons", "email_suggestion", "phone_raw",
    "phone_e164", "phone_extension", "phone_kind", "phone_status", "phone_reasons",
    "time_zone", "country", "city", "linkedin_url", "source", "lead_type", "stage_id",
    "owner_id", "quality_score", "do_not_contact", "validated_with", "custom_fields",
    "version", "created_at", "updated_at",
)  # fmt: skip
_CUSTOM_AT: Final = CONTACT_COLUMNS.index("custom_fields")
#: Position of quality_score in :meth:`ImportEngine.contact_values` (no id column).
_QUALITY_AT: Final = CONTACT_COLUMNS.index("quality_score") - 1
#: Columns a re-imported row may change on an existing contact (by the merge rule).
MERGE_COLUMNS: Final = CONTACT_COLUMNS[1:27] + ("validated_with", "custom_fields")
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


def load_lookups(conn: Connection) -> _Lookups:
    """Read the companies, stages, reps and tags an import matches against."""
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
    default_stage = None
    for sid, key, name in conn.exec_driver_sql(
        "SELECT id, key, name FROM pipeline_stages ORDER BY position"
    ):
        stages.setdefault(str(key).casefold(), sid)
        stages.setdefault(str(name).casefold(), sid)
        if default_stage is None or key == "new":
            default_stage = sid if key == "new" or default_stage is None else default_stage
    reps: dict[str, int] = {}
    for rid, name, email in conn.exec_driver_sql("SELECT id, name, email FROM reps"):
        reps.setdefault(str(name).casefold(), rid)
        if email:
            reps.setdefault(str(email).casefold(), rid)
    tags = {str(n): int(i) for i, n in conn.exec_driver_sql("SELECT id, name FROM tags")}
    count = int(conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
    return _Lookups(by_name, by_domain, stages, default_stage, reps, tags, count)


def load_duplicate_index(conn: Connection) -> DuplicateIndex:
    """The exact dedupe keys of every stored contact (see :func:`dedupe_keys`)."""
    rows = conn.exec_driver_sql(
        "SELECT c.id, c.email_key, c.email_raw, c.phone_e164, c.phone_raw, c.first_name, "
        "c.last_name, co.normalized_name FROM contacts c "
        "LEFT JOIN companies co ON co.id = c.company_id ORDER BY c.id"
    )
    return DuplicateIndex.from_existing(
        (cid, *dedupe_keys(ekey, email_raw, e164, phone_raw, first, last, company))
        for cid, ekey, email_raw, e164, phone_raw, first, last, company in rows
    )


def dedupe_keys(  # noqa: PLR0917 - one positional per contact column, called per row
    email_key: str | None,
    email_raw: str | None,
    e164: str | None,
    phone_raw: str | None,
    first: str | None,
    last: str | None,
    normalized_company: str | None,
) -> tuple[str | None, str | None]:
    """The two exact keys of a contact, for :class:`DuplicateIndex`.

    1. The case-folded normalized email; for an address that did not validate, its
       case-folded raw text (``raw:``), so re-importing a row with the same bad address
       finds the contact stored the first time instead of adding another.
    2. E.164 phone + name (a shared switchboard number alone is not the same person);
       for a row with neither email nor phone, last + first name + normalized company
       (``nc:``): nothing else could tell two such rows apart, so they are one person.
    """
    ekey = email_key
    if ekey is None and email_raw and email_raw.strip():
        ekey = "raw:" + email_raw.strip().casefold()
    pkey = phone_name_key(e164, first, last) if e164 else None
    if (
        pkey is None
        and not (email_raw and email_raw.strip())
        and not (phone_raw and phone_raw.strip())
    ):
        last_key = name_key(last)
        if last_key and normalized_company:
            pkey = f"nc:{last_key}|{name_key(first)}|{normalized_company}"
    return ekey, pkey
