"""Shared data and helpers of the contacts, lists and segments storage tests.

A demo database (300 prospects) plus hand-made awkward rows (Cyrillic, Chinese, very long
names, ties), and Python references the SQL answers are checked against. The fixtures
that build and open it are in ``tests/storage/conftest.py``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import text

from app.storage import lists
from app.storage.contacts import browse, choices
from app.storage.database import Database

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
LONG = "Maximilian Alexander Friedrich Wilhelm von Hohenzollern-Sigmaringen-Veringen " * 3

# (first, last, full, title, country, fit, email_status, custom seniority)
ODD_PEOPLE: list[tuple[Any, ...]] = [
    ("Анна", "Кузнецова-Римская", "Анна Кузнецова-Римская", "Руководитель продаж", "Russia",
     70, "valid", "director"),
    ("Иван", "Иванов", "  Иван   Иванов ", "ДИРЕКТОР", "Russia", 70, "risky", "vp"),
    ("伟", "王", "王伟", "销售总监", "China", None, None, None),
    ("Maximilian", LONG.strip(), LONG.strip(), "VP " * 60, "Germany", 95, "invalid", "vp"),
    (None, None, "Only Fullname", "   ", None, None, None, None),
    ("Same", "Tie", "Same Tie", None, "Germany", 70, "valid", None),
    ("Same", "Tie", "Same Tie", None, "Germany", 70, "valid", None),
    (None, "Tie", "Tie", "CEO", "germany", 70, "unknown", "c_level"),
]  # fmt: skip


def _stamp(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    parsed = dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def load_contacts(db: Database) -> dict[int, dict[str, Any]]:
    """Every contact as the mapping ``app.core.segments.matches`` reads."""
    with db.reading() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.first_name, c.last_name, c.full_name, c.title, co.name,"
                " co.industry, co.employee_count, c.country, c.city, c.email, c.email_status,"
                " c.phone_e164, c.phone_status, c.time_zone, c.source, c.lead_type, s.key,"
                " c.owner_id, c.fit_score, c.quality_score, c.do_not_contact,"
                " c.last_touched_at, c.created_at, c.updated_at, c.custom_fields"
                " FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
                " LEFT JOIN pipeline_stages s ON s.id = c.stage_id"
            )
        ).all()
        tags: dict[int, set[str]] = {}
        for cid, name in conn.execute(
            text(
                "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
            )
        ):
            tags.setdefault(cid, set()).add(name)
        lists: dict[int, set[int]] = {}
        for list_id, cid in conn.execute(text("SELECT list_id, contact_id FROM list_members")):
            lists.setdefault(cid, set()).add(list_id)
    names = (
        "id first_name last_name full_name title company industry employees country city "
        "email email_status phone_e164 phone_status time_zone source lead_type stage owner "
        "fit_score quality_score do_not_contact last_touched_at created_at updated_at "
        "custom_fields"
    ).split()
    out = {}
    for row in rows:
        contact = dict(zip(names, row, strict=True))
        for key in ("last_touched_at", "created_at", "updated_at"):
            contact[key] = _stamp(contact[key])
        contact["custom_fields"] = json.loads(contact["custom_fields"] or "{}")
        contact["tags"] = tags.get(contact["id"], set())
        contact["lists"] = lists.get(contact["id"], set())
        out[contact["id"]] = contact
    return out


def every_id(conn: Any, scope: browse.Scope, sort: browse.Sort, limit: int = 7) -> list[int]:
    ids: list[int] = []
    cursor = None
    while True:
        page = browse.page_ids(conn, scope, sort, after=cursor, limit=limit, now=NOW)
        assert len(page.ids) <= limit
        ids += page.ids
        if page.done:
            return ids
        assert len(page.ids) == limit
        cursor = page.cursor


def _null_first(value: Any) -> tuple[int, Any]:
    return (0, "") if value is None else (1, value)


def reference_order(db: Database, sort: browse.Sort, ids: set[int]) -> list[int]:
    """The order a sort promises, computed in Python from the raw stored values."""
    with db.reading() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.last_name, c.first_name, co.normalized_name, c.company_id,"
                " c.country, s.position, c.fit_score, c.quality_score, c.last_touched_at,"
                " c.created_at FROM contacts c LEFT JOIN companies co ON co.id = c.company_id"
                " LEFT JOIN pipeline_stages s ON s.id = c.stage_id"
            )
        ).all()
    keys = {
        browse.SortKey.NAME: lambda r: (_null_first(r[1]), _null_first(r[2])),
        browse.SortKey.COMPANY: lambda r: (_null_first(r[3]), _null_first(r[4])),
        browse.SortKey.COUNTRY: lambda r: (_null_first(r[5]),),
        browse.SortKey.STAGE: lambda r: (_null_first(r[6]),),
        browse.SortKey.FIT_SCORE: lambda r: (_null_first(r[7]),),
        browse.SortKey.QUALITY: lambda r: (_null_first(r[8]),),
        browse.SortKey.LAST_TOUCHED: lambda r: (_null_first(r[9]),),
        browse.SortKey.CREATED: lambda r: (_null_first(r[10]),),
    }
    key = keys[sort.key]
    chosen = [r for r in rows if r[0] in ids]
    chosen.sort(key=lambda r: (*key(r), r[0]), reverse=sort.descending)
    return [r[0] for r in chosen]


def definitions(db: Database) -> list[dict[str, Any]]:
    """Filters over every field type and operator the core offers."""
    with db.reading() as conn:
        tags = choices.tag_names(conn)
        owner = choices.reps(conn)[0].id
        list_ids = [info.id for info in lists.lists_with_counts(conn)]

    def one(field: str, op: str, value: Any = None) -> dict[str, Any]:
        cond: dict[str, Any] = {"field": field, "op": op}
        if value is not None:
            cond["value"] = value
        return {"all": [cond]}

    out = [
        {"all": []},
        {"any": []},
        one("country", "in", ["germany", "FRANCE"]),
        one("country", "not_in", ["Russia"]),
        one("country", "=", "germany"),
        one("country", "!=", "Germany"),
        one("country", "is_empty"),
        one("full_name", "contains", "иван"),
        one("full_name", "=", "иван иванов"),
        one("full_name", "starts_with", "ан"),
        one("full_name", "ends_with", "OVA"),
        one("full_name", "not_contains", "a"),
        one("first_name", "is_empty"),
        one("last_name", "in", ["tie", "王"]),
        one("title", "is_empty"),
        one("title", "is_not_empty"),
        one("title", "contains", "директор"),
        one("email", "ends_with", ".de"),
        one("company", "contains", "soft"),
        one("company", "not_contains", "soft"),
        one("company", "is_empty"),
        one("industry", "=", "software"),
        one("industry", "not_in", ["Software", "Retail"]),
        one("employees", "between", [50, 500]),
        one("employees", ">", 1000),
        one("employees", "!=", 200),
        one("employees", "is_empty"),
        one("city", "is_not_empty"),
        one("email_status", "in", ["invalid", "risky"]),
        one("email_status", "!=", "valid"),
        one("phone_status", "is_empty"),
        one("phone_e164", "starts_with", "+49"),
        one("time_zone", "contains", "europe"),
        one("source", "=", "inbound"),
        one("lead_type", "not_in", ["spear"]),
        one("stage", "in", ["new", "Researching"]),
        one("stage", "!=", "new"),
        one("stage", "is_empty"),
        one("owner", "=", owner),
        one("owner", "not_in", [owner]),
        one("owner", "is_empty"),
        one("owner", "is_not_empty"),
        one("fit_score", ">=", 70),
        one("fit_score", "<", 30),
        one("fit_score", "<=", 25),
        one("fit_score", "=", 70),
        one("fit_score", "!=", 70),
        one("fit_score", "between", [20, 60]),
        one("fit_score", "is_empty"),
        one("quality_score", ">", 70),
        one("quality_score", "is_not_empty"),
        one("do_not_contact", "is_true"),
        one("do_not_contact", "is_false"),
        one("last_touched_at", "older_than_days", 14),
        one("last_touched_at", "within_days", 7),
        one("last_touched_at", "before", "2026-11-01"),
        one("last_touched_at", "after", "2026-11-10T00:00:00+03:00"),
        one("last_touched_at", "is_empty"),
        one("created_at", "within_days", 30),
        one("updated_at", "older_than_days", 3),
        one("tags", "has", tags[0]),
        one("tags", "has_any", [tags[0].upper(), tags[1]]),
        one("tags", "has_all", [tags[0], tags[1]]),
        one("tags", "has_none", [tags[0]]),
        one("tags", "is_empty"),
        one("tags", "is_not_empty"),
        one("lists", "has", list_ids[0]),
        one("lists", "has_any", list_ids),
        one("lists", "has_all", list_ids[:2]),
        one("lists", "has_none", [list_ids[-1]]),
        one("lists", "is_empty"),
        one("custom.seniority", "in", ["director", "VP"]),
        one("custom.seniority", "is_empty"),
        {
            "any": [
                {"not": {"field": "country", "op": "in", "value": ["Germany", "Russia"]}},
                {
                    "all": [
                        {"field": "fit_score", "op": ">=", "value": 70},
                        {"not": {"field": "tags", "op": "has", "value": tags[0]}},
                        {"field": "last_touched_at", "op": "older_than_days", "value": 3},
                    ]
                },
            ]
        },  # fmt: skip
        {
            "not": {
                "any": [
                    {"field": "title", "op": "is_empty"},
                    {"field": "stage", "op": "=", "value": "qualified"},
                ]
            }
        },  # fmt: skip
    ]
    return out


def members(db: Database, list_id: int) -> set[int]:
    with db.reading() as conn:
        return set(
            every_id(conn, browse.Scope(list_id=list_id), browse.Sort(browse.SortKey.CREATED))
        )
