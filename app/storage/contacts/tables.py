"""The tables the contacts, lists and segments modules read and write, declared once.

Light ``table()`` constructs rather than the ORM schema: importing ``app.storage.schema``
costs about 180 ms, and the Lists page, the segment editor and the contact detail panel
read through these modules while the window starts. Each table has one name here, used by
every module of the set (``app.storage.contacts.*``, ``app.storage.lists``,
``app.storage.segments``).

Columns that the modules write carry their types (timestamps, JSON), so an insert binds
values exactly as the ORM schema's columns would; columns that are only read stay untyped
and are parsed where they are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from sqlalchemy import JSON, DateTime, column, select, table
from sqlalchemy.engine import Connection

#: Largest number of ids bound in one ``IN (...)``: SQLite allows 32,766 variables.
MAX_IDS_PER_QUERY: Final = 5000

# Written timestamps are timezone-aware UTC, stored as the schema's ``UtcDateTime`` stores
# them (its implementation type).
_UTC = DateTime(timezone=True)

#: Contacts, aliased ``c``: segment and scope conditions are written against this alias.
CONTACTS = table(
    "contacts",
    *(
        column(name)
        for name in (
            "id",
            "company_id",
            "first_name",
            "last_name",
            "full_name",
            "title",
            "email",
            "email_raw",
            "email_status",
            "email_reasons",
            "email_suggestion",
            "phone_e164",
            "phone_raw",
            "phone_extension",
            "phone_kind",
            "phone_status",
            "phone_reasons",
            "country",
            "city",
            "time_zone",
            "linkedin_url",
            "source",
            "lead_type",
            "stage_id",
            "owner_id",
            "fit_score",
            "quality_score",
            "do_not_contact",
            "validated_with",
            "version",
            "last_touched_at",
            "created_at",
            "updated_at",
        )
    ),  # fmt: skip
    column("custom_fields", JSON),
).alias("c")
COMPANIES = table(
    "companies",
    column("id"), column("name"), column("normalized_name"), column("industry"),
    column("employee_count"),
)  # fmt: skip
STAGES = table("pipeline_stages", column("id"), column("key"), column("name"), column("position"))
REPS = table("reps", column("id"), column("name"))
TAGS = table("tags", column("id"), column("name"))
CONTACT_TAGS = table("contact_tags", column("contact_id"), column("tag_id"))
LISTS = table(
    "lists", column("id"), column("name"), column("created_at", _UTC),
    column("updated_at", _UTC),
)  # fmt: skip
LIST_MEMBERS = table(
    "list_members", column("list_id"), column("contact_id"), column("added_at", _UTC)
)
SEGMENTS = table(
    "segments", column("id"), column("name"), column("definition", JSON(none_as_null=True)),
    column("created_at", _UTC), column("updated_at", _UTC),
)  # fmt: skip
CONTACTS_FTS = table("contacts_fts", column("rowid"))
CHANGE_ROWS = table(
    "change_set_rows", column("change_set_id"), column("table_name"), column("row_key")
)


def chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    """The distinct ``ids`` in order, in slices small enough for one ``IN (...)``."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), MAX_IDS_PER_QUERY):
        yield unique[start : start + MAX_IDS_PER_QUERY]


def existing_contacts(conn: Connection, ids: list[int]) -> list[int]:
    """Those of ``ids`` (at most :data:`MAX_IDS_PER_QUERY`) that are contacts now."""
    found = conn.execute(select(CONTACTS.c.id).where(CONTACTS.c.id.in_(ids)))
    return [int(r[0]) for r in found]


__all__ = [
    "CHANGE_ROWS",
    "COMPANIES",
    "CONTACTS",
    "CONTACTS_FTS",
    "CONTACT_TAGS",
    "LISTS",
    "LIST_MEMBERS",
    "MAX_IDS_PER_QUERY",
    "REPS",
    "SEGMENTS",
    "STAGES",
    "TAGS",
    "chunks",
    "existing_contacts",
]
