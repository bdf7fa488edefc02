"""The contact table's queries on a real SQLite file with demo data and awkward rows.

The segment test is the one that can fail: for each definition, the SQL translation must
pick exactly the contacts the core's in-memory ``matches()`` picks.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core.segments import parse_segment
from app.storage import contact_table as ct
from app.storage.changes import undo_change_set
from app.storage.contacts.delete import delete_contacts
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from app.storage.suppressions import mark_do_not_contact

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


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A demo database (300 prospects) plus hand-made rows, built once for the module."""
    path = tmp_path_factory.mktemp("contact-table") / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        populate_demo(db, contacts=300)
        with db.transaction() as conn:
            for first, last, full, title, country, fit, status, seniority in ODD_PEOPLE:
                conn.execute(
                    text(
                        "INSERT INTO contacts (first_name, last_name, full_name, title, country,"
                        " fit_score, email_status, do_not_contact, custom_fields, version,"
                        " created_at, updated_at) VALUES (:f, :l, :full, :t, :c, :fit, :s, 0,"
                        " :cf, 1, '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
                    ),
                    {
                        "f": first, "l": last, "full": full, "t": title, "c": country,
                        "fit": fit, "s": status,
                        "cf": json.dumps({"seniority": seniority} if seniority else {}),
                    },
                )  # fmt: skip
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo database (tests that write do not disturb the others)."""
    path = tmp_path / "copy.sqlite3"
    shutil.copyfile(demo_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def shared(demo_file: Path) -> Iterator[Database]:
    """The module's demo database for read-only tests."""
    db = open_database(demo_file)
    yield db
    db.close()


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


def every_id(conn: Any, scope: ct.Scope, sort: ct.Sort, limit: int = 7) -> list[int]:
    ids: list[int] = []
    cursor = None
    while True:
        page = ct.page_ids(conn, scope, sort, after=cursor, limit=limit, now=NOW)
        assert len(page.ids) <= limit
        ids += page.ids
        if page.done:
            return ids
        assert len(page.ids) == limit
        cursor = page.cursor


def _null_first(value: Any) -> tuple[int, Any]:
    return (0, "") if value is None else (1, value)


def reference_order(db: Database, sort: ct.Sort, ids: set[int]) -> list[int]:
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
        ct.SortKey.NAME: lambda r: (_null_first(r[1]), _null_first(r[2])),
        ct.SortKey.COMPANY: lambda r: (_null_first(r[3]), _null_first(r[4])),
        ct.SortKey.COUNTRY: lambda r: (_null_first(r[5]),),
        ct.SortKey.STAGE: lambda r: (_null_first(r[6]),),
        ct.SortKey.FIT_SCORE: lambda r: (_null_first(r[7]),),
        ct.SortKey.QUALITY: lambda r: (_null_first(r[8]),),
        ct.SortKey.LAST_TOUCHED: lambda r: (_null_first(r[9]),),
        ct.SortKey.CREATED: lambda r: (_null_first(r[10]),),
    }
    key = keys[sort.key]
    chosen = [r for r in rows if r[0] in ids]
    chosen.sort(key=lambda r: (*key(r), r[0]), reverse=sort.descending)
    return [r[0] for r in chosen]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(ct.SortKey))
def test_keyset_pages_return_every_id_once_in_order(
    shared: Database, key: ct.SortKey, descending: bool
) -> None:
    sort = ct.Sort(key, descending)
    with shared.reading() as conn:
        all_ids = {r[0] for r in conn.execute(text("SELECT id FROM contacts"))}
        ids = every_id(conn, ct.Scope(), sort)
        assert ct.count(conn, ct.Scope()) == len(all_ids)
    assert len(ids) == len(set(ids)) == len(all_ids)
    assert ids == reference_order(shared, sort, all_ids)


@pytest.mark.parametrize("key", [ct.SortKey.NAME, ct.SortKey.STAGE, ct.SortKey.COMPANY])
def test_keyset_pages_within_a_list_search_and_segment(shared: Database, key: ct.SortKey) -> None:
    segment = parse_segment({"all": [{"field": "fit_score", "op": ">=", "value": 50}]})
    with shared.reading() as conn:
        [top] = [info for info in ct.lists_with_counts(conn) if info.name == "Top accounts Q3"]
        scopes = [
            ct.Scope(list_id=top.id),
            ct.Scope(search="tie"),
            ct.Scope(segment=segment),
            ct.Scope(list_id=top.id, segment=segment, search="a"),
        ]
        for scope in scopes:
            for descending in (False, True):
                sort = ct.Sort(key, descending)
                ids = every_id(conn, scope, sort, limit=5)
                assert len(ids) == len(set(ids)) == ct.count(conn, scope, now=NOW)
                assert ids == reference_order(shared, sort, set(ids))
        assert len(every_id(conn, ct.Scope(list_id=top.id), ct.Sort())) == top.count
        # "Same Tie" twice and "Tie" once: ties are broken by id, nothing lost.
        assert len(every_id(conn, ct.Scope(search="tie"), ct.Sort(), limit=1)) == 3


def test_search_finds_cyrillic_and_chinese(shared: Database) -> None:
    with shared.reading() as conn:
        for query, name in [("кузн", "Анна Кузнецова-Римская"), ("王伟", "王伟")]:
            ids = every_id(conn, ct.Scope(search=query), ct.Sort())
            names = {row.name for row in ct.rows_for_ids(conn, ids).values()}
            assert name in names
        assert every_id(conn, ct.Scope(search="zzqqxx"), ct.Sort()) == []


@pytest.mark.parametrize("key", [ct.SortKey.NAME, ct.SortKey.STAGE, ct.SortKey.FIT_SCORE])
def test_search_first_screen_is_sorted_when_complete(shared: Database, key: ct.SortKey) -> None:
    sort = ct.Sort(key, descending=key is ct.SortKey.FIT_SCORE)
    with shared.reading() as conn:
        for query in ("a", "tie", "кузн", "zzqqxx"):
            scope = ct.Scope(search=query)
            expected = every_id(conn, scope, sort)
            screen = ct.search_first_screen(conn, scope, sort, limit=5, cap=1000)
            # Every match was read: the page is final, sorted, and the count exact.
            assert screen.complete and screen.matches == len(expected)
            assert screen.page.ids == expected[:5]
            if not screen.page.done:
                rest = ct.page_ids(conn, scope, sort, after=screen.page.cursor, limit=1000)
                assert screen.page.ids + rest.ids == expected


def test_search_first_screen_stands_in_when_matches_pass_the_cap(shared: Database) -> None:
    with shared.reading() as conn:
        scope = ct.Scope(search="a")
        total = ct.count(conn, scope)
        assert total > 10
        screen = ct.search_first_screen(conn, scope, ct.Sort(), limit=4, cap=10)
    # Not complete: the first matches in id order, and "10+" until counted.
    assert not screen.complete and screen.matches == 10
    assert screen.page.ids == sorted(screen.page.ids) and len(screen.page.ids) == 4
    with shared.reading() as conn:
        assert set(screen.page.ids) <= set(every_id(conn, scope, ct.Sort()))
        with pytest.raises(ValueError, match="every contact"):
            ct.search_first_screen(conn, ct.Scope(list_id=1, search="a"), ct.Sort())


def test_interruptible_stops_a_statement_and_leaves_the_connection_usable(
    shared: Database,
) -> None:
    from sqlalchemy.exc import OperationalError

    long_statement = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
        " SELECT count(*) FROM n"
    )
    with shared.reading() as conn:
        with ct.interruptible(conn, lambda: True), pytest.raises(OperationalError):
            conn.execute(long_statement)
    with shared.reading() as conn:
        with ct.interruptible(conn, lambda: False):
            assert ct.count(conn, ct.Scope(search="a")) > 0
        assert ct.count(conn, ct.Scope()) > 0


def test_rows_for_ids_reads_one_batch(shared: Database) -> None:
    with shared.reading() as conn:
        ids = every_id(conn, ct.Scope(search="Hohenzollern"), ct.Sort())
        rows = ct.rows_for_ids(conn, [*ids, 10**9])
    assert set(rows) == set(ids)
    row = rows[ids[0]]
    assert row.name == LONG.strip() and row.country == "Germany" and row.fit_score == 95
    with shared.reading() as conn:
        nameless = ct.rows_for_ids(conn, every_id(conn, ct.Scope(search="fullname"), ct.Sort()))
        tagged_id = conn.execute(text("SELECT contact_id FROM contact_tags LIMIT 1")).scalar_one()
        tagged = ct.rows_for_ids(conn, [tagged_id])[tagged_id]
    assert [r.name for r in nameless.values()] == ["Only Fullname"]
    assert tagged.tags and list(tagged.tags) == sorted(tagged.tags, key=str.casefold)
    assert tagged.stage and tagged.company


def definitions(db: Database) -> list[dict[str, Any]]:
    """Filters over every field type and operator the core offers."""
    with db.reading() as conn:
        tags = ct.tag_names(conn)
        owner = ct.reps(conn)[0].id
        list_ids = [info.id for info in ct.lists_with_counts(conn)]

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


def test_segment_sql_agrees_with_the_core_on_every_contact(shared: Database) -> None:
    from app.core.segments import matches

    contacts = load_contacts(shared)
    assert len(contacts) == 300 + len(ODD_PEOPLE)
    disagreements = []
    with shared.reading() as conn:
        for definition in definitions(shared):
            segment = parse_segment(definition)
            expected = {cid for cid, c in contacts.items() if matches(segment, c, now=NOW)}
            scope = ct.Scope(segment=segment)
            got = set(every_id(conn, scope, ct.Sort(ct.SortKey.FIT_SCORE), limit=97))
            if got != expected:
                disagreements.append(
                    (json.dumps(definition, ensure_ascii=False), sorted(got ^ expected)[:5])
                )
            assert ct.count(conn, scope, now=NOW) == len(got)
    assert disagreements == []


def test_segment_where_is_never_null_so_not_is_its_complement(shared: Database) -> None:
    with shared.reading() as conn:
        total = ct.count(conn, ct.Scope())
        for definition in definitions(shared)[2:12]:
            positive = parse_segment(definition)
            negative = parse_segment({"not": definition})
            yes = ct.count(conn, ct.Scope(segment=positive), now=NOW)
            no = ct.count(conn, ct.Scope(segment=negative), now=NOW)
            assert yes + no == total, definition


# --- lists, segments, bulk actions and undo -----------------------------------------------


def members(db: Database, list_id: int) -> set[int]:
    with db.reading() as conn:
        return set(every_id(conn, ct.Scope(list_id=list_id), ct.Sort(ct.SortKey.CREATED)))


def test_list_lifecycle_and_add_remove_with_undo(demo: Database) -> None:
    list_id = ct.create_list(demo, "  Берлин   Q4 ")
    with pytest.raises(ValueError, match="taken"):
        ct.create_list(demo, "Берлин Q4")
    with pytest.raises(ValueError):
        ct.create_list(demo, "   ")
    ct.rename_list(demo, list_id, "Berlin Q4")
    with demo.reading() as conn:
        names = {info.name: info.count for info in ct.lists_with_counts(conn)}
    assert names["Berlin Q4"] == 0

    added = ct.add_to_list(demo, list_id, [1, 2, 3, 3, 10**9])
    assert added.changed == 3 and members(demo, list_id) == {1, 2, 3}
    again = ct.add_to_list(demo, list_id, [2, 3, 4])
    assert again.changed == 1 and members(demo, list_id) == {1, 2, 3, 4}
    removed = ct.remove_from_list(demo, list_id, [1, 4])
    assert removed.changed == 2 and members(demo, list_id) == {2, 3}

    assert undo_change_set(demo, removed.change_set_id).applied
    assert members(demo, list_id) == {1, 2, 3, 4}
    assert undo_change_set(demo, again.change_set_id).applied
    assert undo_change_set(demo, added.change_set_id).applied
    assert members(demo, list_id) == set()

    ct.add_to_list(demo, list_id, [5, 6])
    dropped = ct.delete_list(demo, list_id)
    with demo.reading() as conn:
        assert "Berlin Q4" not in {i.name for i in ct.lists_with_counts(conn)}
    assert undo_change_set(demo, dropped).applied
    assert members(demo, list_id) == {5, 6}


def test_tags_owner_stage_dnc_with_undo(demo: Database) -> None:
    ids = [10, 11, 12]

    def row(cid: int) -> ct.ContactRow:
        with demo.reading() as conn:
            return ct.rows_for_ids(conn, [cid])[cid]

    before = {cid: row(cid) for cid in ids}
    tagged = ct.add_tag(demo, "Конференция 2026", ids)
    assert tagged.changed == 3 and all("Конференция 2026" in row(c).tags for c in ids)
    same = ct.add_tag(demo, "КОНФЕРЕНЦИЯ 2026", ids)  # same tag, other case: nothing new
    assert same.changed == 0
    untagged = ct.remove_tag(demo, "конференция 2026", [10])
    assert untagged.changed == 1 and "Конференция 2026" not in row(10).tags
    assert undo_change_set(demo, untagged.change_set_id).applied
    assert "Конференция 2026" in row(10).tags
    assert undo_change_set(demo, same.change_set_id).applied
    assert undo_change_set(demo, tagged.change_set_id).applied
    with demo.reading() as conn:
        assert "Конференция 2026" not in ct.tag_names(conn)  # the tag it created is gone

    with demo.reading() as conn:
        owner = ct.reps(conn)[-1]
        stage = ct.stages(conn)[4]
    owned = ct.assign_owner(demo, owner.id, ids)
    staged = ct.set_stage(demo, stage.id, ids)
    flagged = mark_do_not_contact(demo, ids)
    assert all(
        row(c).owner == owner.name and row(c).stage == stage.name and row(c).do_not_contact
        for c in ids
    )
    for change in (flagged, staged, owned):
        assert undo_change_set(demo, change.change_set_id).applied
    assert {cid: row(cid) for cid in ids} == before


def test_delete_with_undo_brings_back_list_membership_and_search(demo: Database) -> None:
    with demo.reading() as conn:
        ids = every_id(conn, ct.Scope(search="Римская"), ct.Sort())
        total = ct.count(conn, ct.Scope())
    list_id = ct.create_list(demo, "Keep")
    ct.add_to_list(demo, list_id, ids)
    deleted = delete_contacts(demo, ids)
    assert deleted.count == len(ids) == 1
    with demo.reading() as conn:
        assert ct.count(conn, ct.Scope()) == total - 1
        assert every_id(conn, ct.Scope(search="Римская"), ct.Sort()) == []
    assert undo_change_set(demo, deleted.change_set_id).applied
    with demo.reading() as conn:
        assert every_id(conn, ct.Scope(search="Римская"), ct.Sort()) == ids
    assert members(demo, list_id) == set(ids)


def test_saved_segment_round_trip(demo: Database) -> None:
    definition = {"all": [{"field": "country", "op": "in", "value": ["Germany"]}]}
    seg_id = ct.save_segment(demo, "Германия", definition)
    with pytest.raises(ValueError, match="taken"):
        ct.save_segment(demo, "Германия", definition)
    ct.save_segment(demo, "Германия", {"all": []}, segment_id=seg_id)  # same name: an update
    ct.rename_segment(demo, seg_id, "Germany")
    with demo.reading() as conn:
        [saved] = [s for s in ct.saved_segments(conn) if s.id == seg_id]
    assert saved.name == "Germany" and parse_segment(saved.definition).root.items == ()
    change = ct.delete_segment(demo, seg_id)
    assert undo_change_set(demo, change).applied
    with demo.reading() as conn:
        assert seg_id in {s.id for s in ct.saved_segments(conn)}


def test_first_pages_read_an_index_not_a_sort(shared: Database) -> None:
    """Every sort's first and later pages over all contacts walk an index (no temp sort)."""
    with shared.reading() as conn:
        for key in ct.SortKey:
            for descending in (False, True):
                sort = ct.Sort(key, descending)
                first = ct.page_ids(conn, ct.Scope(), sort, limit=50)
                for part_query in _queries(conn, sort, first.cursor):
                    plan = " | ".join(
                        str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + part_query))
                    )
                    assert "TEMP B-TREE" not in plan, (key, descending, plan)


def _queries(conn: Any, sort: ct.Sort, cursor: Any) -> list[str]:
    parts = ct._partitions(conn, sort)
    out = []
    for values in (None, cursor[1:]):
        part = parts[cursor[0]] if values is not None else parts[-1 if sort.descending else 0]
        query = ct._partition_query(conn, part, [], values, sort.descending, 50)
        out.append(str(query.compile(conn, compile_kwargs={"literal_binds": True})))
    return out


def test_a_big_page_starts_no_more_garbage_collections_than_a_small_one(shared: Database) -> None:
    """A page's rows are read one at a time, not held as a list: at 32,000 ids a list of
    rows started several collector passes, which stall every thread (the GUI's included)."""
    sort = ct.Sort(ct.SortKey.NAME)

    def young_collections(limit: int) -> int:
        with shared.reading() as conn:
            ct.page_ids(conn, ct.Scope(), sort, limit=limit)  # warm the statement cache
            before = gc.get_stats()[0]["collections"]
            page = ct.page_ids(conn, ct.Scope(), sort, limit=limit)
            assert len(page.ids) == limit
            return int(gc.get_stats()[0]["collections"] - before)

    thresholds = gc.get_threshold()
    gc.collect()
    gc.set_threshold(50, *thresholds[1:])
    try:
        small, big = young_collections(5), young_collections(300)
    finally:
        gc.set_threshold(*thresholds)
    assert big <= small + 1, (small, big)  # 300 live rows would be 6 passes at 50
