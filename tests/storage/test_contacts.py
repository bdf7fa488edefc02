"""The contact table's read model and bulk edits on a real SQLite file with demo data.

Keyset pages must return every id once in the promised order, whatever the sort, scope
or page size; bulk edits must be undone exactly by their change set.
"""

from __future__ import annotations

import gc
from typing import Any

import pytest
from sqlalchemy import text

from app.core.segments import parse_segment
from app.storage import lists
from app.storage.changes import undo_change_set
from app.storage.contacts import browse, bulk, choices, search
from app.storage.contacts.delete import delete_contacts
from app.storage.database import Database
from app.storage.suppressions import mark_do_not_contact
from tests.storage.contacts_data import LONG, NOW, every_id, members, reference_order


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(browse.SortKey))
def test_keyset_pages_return_every_id_once_in_order(
    contacts_shared: Database, key: browse.SortKey, descending: bool
) -> None:
    sort = browse.Sort(key, descending)
    with contacts_shared.reading() as conn:
        all_ids = {r[0] for r in conn.execute(text("SELECT id FROM contacts"))}
        ids = every_id(conn, browse.Scope(), sort)
        assert browse.count(conn, browse.Scope()) == len(all_ids)
    assert len(ids) == len(set(ids)) == len(all_ids)
    assert ids == reference_order(contacts_shared, sort, all_ids)


@pytest.mark.parametrize("key", [browse.SortKey.NAME, browse.SortKey.STAGE, browse.SortKey.COMPANY])
def test_keyset_pages_within_a_list_search_and_segment(
    contacts_shared: Database, key: browse.SortKey
) -> None:
    segment = parse_segment({"all": [{"field": "fit_score", "op": ">=", "value": 50}]})
    with contacts_shared.reading() as conn:
        [top] = [info for info in lists.lists_with_counts(conn) if info.name == "Top accounts Q3"]
        scopes = [
            browse.Scope(list_id=top.id),
            browse.Scope(search="tie"),
            browse.Scope(segment=segment),
            browse.Scope(list_id=top.id, segment=segment, search="a"),
        ]
        for scope in scopes:
            for descending in (False, True):
                sort = browse.Sort(key, descending)
                ids = every_id(conn, scope, sort, limit=5)
                assert len(ids) == len(set(ids)) == browse.count(conn, scope, now=NOW)
                assert ids == reference_order(contacts_shared, sort, set(ids))
        assert len(every_id(conn, browse.Scope(list_id=top.id), browse.Sort())) == top.count
        # "Same Tie" twice and "Tie" once: ties are broken by id, nothing lost.
        assert len(every_id(conn, browse.Scope(search="tie"), browse.Sort(), limit=1)) == 3


def test_search_finds_cyrillic_and_chinese(contacts_shared: Database) -> None:
    with contacts_shared.reading() as conn:
        for query, name in [("кузн", "Анна Кузнецова-Римская"), ("王伟", "王伟")]:
            ids = every_id(conn, browse.Scope(search=query), browse.Sort())
            names = {row.name for row in browse.rows_for_ids(conn, ids).values()}
            assert name in names
        assert every_id(conn, browse.Scope(search="zzqqxx"), browse.Sort()) == []


@pytest.mark.parametrize(
    "key", [browse.SortKey.NAME, browse.SortKey.STAGE, browse.SortKey.FIT_SCORE]
)
def test_search_first_screen_is_sorted_when_complete(
    contacts_shared: Database, key: browse.SortKey
) -> None:
    sort = browse.Sort(key, descending=key is browse.SortKey.FIT_SCORE)
    with contacts_shared.reading() as conn:
        for query in ("a", "tie", "кузн", "zzqqxx"):
            scope = browse.Scope(search=query)
            expected = every_id(conn, scope, sort)
            screen = browse.search_first_screen(conn, scope, sort, limit=5, cap=1000)
            # Every match was read: the page is final, sorted, and the count exact.
            assert screen.complete and screen.matches == len(expected)
            assert screen.page.ids == expected[:5]
            if not screen.page.done:
                rest = browse.page_ids(conn, scope, sort, after=screen.page.cursor, limit=1000)
                assert screen.page.ids + rest.ids == expected


def test_search_first_screen_stands_in_when_matches_pass_the_cap(
    contacts_shared: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No plan sorts this screen cheaply (here every one would: the table is small).
    monkeypatch.setattr(search, "SCREEN_DRIVE_BELOW", 0)
    monkeypatch.setattr(search, "PROBE_MIN_SHARE", 2.0)
    with contacts_shared.reading() as conn:
        scope = browse.Scope(search="a")
        total = browse.count(conn, scope)
        assert total > 10
        screen = browse.search_first_screen(conn, scope, browse.Sort(), limit=4, cap=10)
    # Not complete: the first matches in id order, and "10+" until counted.
    assert not screen.complete and screen.matches == 10
    assert screen.page.ids == sorted(screen.page.ids) and len(screen.page.ids) == 4
    with contacts_shared.reading() as conn:
        assert set(screen.page.ids) <= set(every_id(conn, scope, browse.Sort()))
        with pytest.raises(ValueError, match="every contact"):
            browse.search_first_screen(conn, browse.Scope(list_id=1, search="a"), browse.Sort())


def test_interruptible_stops_a_statement_and_leaves_the_connection_usable(
    contacts_shared: Database,
) -> None:
    from sqlalchemy.exc import OperationalError

    long_statement = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
        " SELECT count(*) FROM n"
    )
    with contacts_shared.reading() as conn:
        with browse.interruptible(conn, lambda: True), pytest.raises(OperationalError):
            conn.execute(long_statement)
    with contacts_shared.reading() as conn:
        with browse.interruptible(conn, lambda: False):
            assert browse.count(conn, browse.Scope(search="a")) > 0
        assert browse.count(conn, browse.Scope()) > 0


def test_rows_for_ids_reads_one_batch(contacts_shared: Database) -> None:
    with contacts_shared.reading() as conn:
        ids = every_id(conn, browse.Scope(search="Hohenzollern"), browse.Sort())
        rows = browse.rows_for_ids(conn, [*ids, 10**9])
    assert set(rows) == set(ids)
    row = rows[ids[0]]
    assert row.name == LONG.strip() and row.country == "Germany" and row.fit_score == 95
    with contacts_shared.reading() as conn:
        nameless = browse.rows_for_ids(
            conn, every_id(conn, browse.Scope(search="fullname"), browse.Sort())
        )
        tagged_id = conn.execute(text("SELECT contact_id FROM contact_tags LIMIT 1")).scalar_one()
        tagged = browse.rows_for_ids(conn, [tagged_id])[tagged_id]
    assert [r.name for r in nameless.values()] == ["Only Fullname"]
    assert tagged.tags and list(tagged.tags) == sorted(tagged.tags, key=str.casefold)
    assert tagged.stage and tagged.company


def test_first_pages_read_an_index_not_a_sort(contacts_shared: Database) -> None:
    """Every sort's first and later pages over all contacts walk an index (no temp sort)."""
    with contacts_shared.reading() as conn:
        for key in browse.SortKey:
            for descending in (False, True):
                sort = browse.Sort(key, descending)
                first = browse.page_ids(conn, browse.Scope(), sort, limit=50)
                for part_query in _queries(conn, sort, first.cursor):
                    plan = " | ".join(
                        str(r[3]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + part_query))
                    )
                    assert "TEMP B-TREE" not in plan, (key, descending, plan)


def _queries(conn: Any, sort: browse.Sort, cursor: Any) -> list[str]:
    parts = browse._partitions(conn, sort)
    out = []
    for values in (None, cursor[1:]):
        part = parts[cursor[0]] if values is not None else parts[-1 if sort.descending else 0]
        query = browse._partition_query(conn, part, [], values, sort.descending, 50)
        out.append(str(query.compile(conn, compile_kwargs={"literal_binds": True})))
    return out


def test_a_big_page_starts_no_more_garbage_collections_than_a_small_one(
    contacts_shared: Database,
) -> None:
    """A page's rows are read one at a time, not held as a list: at 32,000 ids a list of
    rows started several collector passes, which stall every thread (the GUI's included)."""
    sort = browse.Sort(browse.SortKey.NAME)

    def young_collections(limit: int) -> int:
        with contacts_shared.reading() as conn:
            browse.page_ids(conn, browse.Scope(), sort, limit=limit)  # warm the statement cache
            before = gc.get_stats()[0]["collections"]
            page = browse.page_ids(conn, browse.Scope(), sort, limit=limit)
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


def test_tags_owner_stage_dnc_with_undo(contacts_demo: Database) -> None:
    ids = [10, 11, 12]

    def row(cid: int) -> browse.ContactRow:
        with contacts_demo.reading() as conn:
            return browse.rows_for_ids(conn, [cid])[cid]

    before = {cid: row(cid) for cid in ids}
    tagged = bulk.add_tag(contacts_demo, "Конференция 2026", ids)
    assert tagged.count == 3 and all("Конференция 2026" in row(c).tags for c in ids)
    same = bulk.add_tag(contacts_demo, "КОНФЕРЕНЦИЯ 2026", ids)  # same tag, other case: nothing new
    assert same.count == 0
    untagged = bulk.remove_tag(contacts_demo, "конференция 2026", [10])
    assert untagged.count == 1 and "Конференция 2026" not in row(10).tags
    assert undo_change_set(contacts_demo, untagged.change_set_id).applied
    assert "Конференция 2026" in row(10).tags
    assert undo_change_set(contacts_demo, same.change_set_id).applied
    assert undo_change_set(contacts_demo, tagged.change_set_id).applied
    with contacts_demo.reading() as conn:
        assert "Конференция 2026" not in choices.tag_names(conn)  # the tag it created is gone

    with contacts_demo.reading() as conn:
        owner = choices.reps(conn)[-1]
        stage = choices.stages(conn)[4]
    owned = bulk.assign_owner(contacts_demo, owner.id, ids)
    staged = bulk.set_stage(contacts_demo, stage.id, ids)
    flagged = mark_do_not_contact(contacts_demo, ids)
    assert all(
        row(c).owner == owner.name and row(c).stage == stage.name and row(c).do_not_contact
        for c in ids
    )
    for change in (flagged, staged, owned):
        assert undo_change_set(contacts_demo, change.change_set_id).applied
    assert {cid: row(cid) for cid in ids} == before


def test_delete_with_undo_brings_back_list_membership_and_search(contacts_demo: Database) -> None:
    with contacts_demo.reading() as conn:
        ids = every_id(conn, browse.Scope(search="Римская"), browse.Sort())
        total = browse.count(conn, browse.Scope())
    list_id = lists.create_list(contacts_demo, "Keep")
    lists.add_to_list(contacts_demo, list_id, ids)
    deleted = delete_contacts(contacts_demo, ids)
    assert deleted.count == len(ids) == 1
    with contacts_demo.reading() as conn:
        assert browse.count(conn, browse.Scope()) == total - 1
        assert every_id(conn, browse.Scope(search="Римская"), browse.Sort()) == []
    assert undo_change_set(contacts_demo, deleted.change_set_id).applied
    with contacts_demo.reading() as conn:
        assert every_id(conn, browse.Scope(search="Римская"), browse.Sort()) == ids
    assert members(contacts_demo, list_id) == set(ids)
