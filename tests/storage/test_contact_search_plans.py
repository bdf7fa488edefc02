"""The three ways SQLite reads a search into a sorted page give the same rows; the first
screen of a broad search is sorted at once when a plan does it cheaply, and a plan over
its budget gives way to the interim screen."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.storage.contacts import browse, search
from app.storage.contacts.interrupt import interruptible, within_budget
from app.storage.contacts.search import SearchPlan
from app.storage.database import Database
from tests.storage.contacts_data import every_id

QUERIES = ("a", "an", "tie", "кузн", "王伟", "zzqqxx", "a s")


def plan_pages(conn: object, scope: browse.Scope, sort: browse.Sort, plan: SearchPlan) -> list[int]:
    """Every id of ``scope`` read in keyset pages of 7 with ``plan``."""
    out: list[int] = []
    cursor = None
    while True:
        page = browse.page_ids(
            conn,  # type: ignore[arg-type]
            scope,
            sort,
            after=cursor,
            limit=7,
            search_plan=plan,
        )
        out += page.ids
        if page.done:
            return out
        cursor = page.cursor


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(browse.SortKey))
def test_every_plan_reads_the_same_pages(
    contacts_shared: Database, key: browse.SortKey, descending: bool
) -> None:
    sort = browse.Sort(key, descending)
    with contacts_shared.reading() as conn:
        for query in QUERIES:
            scope = browse.Scope(search=query)
            expected = every_id(conn, scope, sort)
            for plan in SearchPlan:
                assert plan_pages(conn, scope, sort, plan) == expected, (query, plan)


def test_the_match_estimate_follows_how_far_the_first_matches_reach() -> None:
    # 11 matches among the first 110 ids of 1,000: about a tenth match.
    assert search.estimated_matches(list(range(10, 111, 10)), 11, 1000) == 100
    # Fewer ids than asked for: they are every match.
    assert search.estimated_matches([3, 9], 11, 1000) == 2
    assert search.page_plan(search.DRIVE_BELOW) is SearchPlan.DRIVE
    assert search.page_plan(search.DRIVE_BELOW + 1) is SearchPlan.WALK
    assert search.first_screen_plan("petrov", 3000, 1_000_000) is SearchPlan.DRIVE
    assert search.first_screen_plan("a", 370_000, 1_000_000) is SearchPlan.PROBE
    # A longer word has no prefix index: each probe would read every word it begins.
    assert search.first_screen_plan("sales", 130_000, 1_000_000) is None
    assert search.first_screen_plan("an", 100_000, 1_000_000) is None  # too sparse to probe


def test_a_broad_search_with_a_cheap_plan_is_sorted_at_once(contacts_shared: Database) -> None:
    sort = browse.Sort()
    with contacts_shared.reading() as conn:
        scope = browse.Scope(search="a")
        expected = every_id(conn, scope, sort)
        assert len(expected) > 10
        # A small table: few matches, so they are driven and sorted.
        screen = browse.search_first_screen(conn, scope, sort, limit=4, cap=10)
        assert screen.in_order and not screen.complete and screen.matches == 10
        assert screen.page.ids == expected[:4]
        rest = browse.page_ids(conn, scope, sort, after=screen.page.cursor, limit=1000)
        assert screen.page.ids + rest.ids == expected


def test_a_short_dense_prefix_probes_a_short_first_screen(
    contacts_shared: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "SCREEN_DRIVE_BELOW", 0)
    sort = browse.Sort(browse.SortKey.FIT_SCORE, descending=True)
    with contacts_shared.reading() as conn, interruptible(conn, lambda: False):
        scope = browse.Scope(search="a")
        expected = every_id(conn, scope, sort)
        assert len(expected) > search.PROBE_PAGE
        screen = browse.search_first_screen(conn, scope, sort, limit=200, cap=10)
        assert screen.in_order and screen.matches == 10
        assert screen.page.ids == expected[: search.PROBE_PAGE]
        rest = browse.page_ids(conn, scope, sort, after=screen.page.cursor, limit=1000)
        assert screen.page.ids + rest.ids == expected


def test_a_plan_over_its_budget_stops_and_the_connection_stays_usable(
    contacts_shared: Database,
) -> None:
    endless = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n"
    with contacts_shared.reading() as conn, interruptible(conn, lambda: False):
        with pytest.raises(OperationalError), within_budget(conn, 0.01) as over:
            conn.execute(text(endless))
        assert over()
        # The caller's own stop still works after the budget is gone.
        assert conn.execute(text("SELECT count(*) FROM contacts")).scalar_one() > 0
    stopped = [False]
    with contacts_shared.reading() as conn, interruptible(conn, lambda: stopped[0]):
        with within_budget(conn, 60) as over:
            stopped[0] = True
            with pytest.raises(OperationalError):
                conn.execute(text(endless))
            assert not over()  # stopped by the caller, not the budget
