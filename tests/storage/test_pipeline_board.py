"""The board's reads: full counts, keyset pages, cards, filters, the SLA setting, a move."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.core.segments import parse_segment
from app.storage import tables
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.pipeline import move_contact
from app.storage.pipeline.board import (
    BoardFilter,
    cards_for_ids,
    column_page,
    open_board,
    set_sla_minutes,
    sla_minutes,
    stage_counts,
)
from tests.board_data import CREATED, NEW_COUNT, NOW, Board, seed_board


@pytest.fixture
def board(db: Database) -> Board:
    return seed_board(db)


def _truth(db: Database, **where: object) -> dict[int | None, int]:
    """Counts by stage the slow, obvious way (every row read in Python)."""
    c = tables.contacts.c
    out: dict[int | None, int] = {}
    with db.reading() as conn:
        for row in conn.execute(select(c.stage_id, c.owner_id, c.source, c.lead_type)):
            values = {"owner_id": row[1], "source": row[2], "lead_type": row[3]}
            if all(values[k] == v for k, v in where.items()):
                out[row[0]] = out.get(row[0], 0) + 1
    return out


def test_counts_are_full_counts_by_stage_with_and_without_filters(
    db: Database, board: Board
) -> None:
    anna = board.reps["anna"]
    with db.reading() as conn:
        assert stage_counts(conn) == _truth(db)
        assert stage_counts(conn, BoardFilter(owner_id=anna)) == _truth(db, owner_id=anna)
        assert stage_counts(conn, BoardFilter(source="inbound")) == _truth(db, source="inbound")
        assert stage_counts(conn, BoardFilter(lead_type="spear")) == _truth(db, lead_type="spear")
        both = BoardFilter(owner_id=anna, lead_type="spear")
        assert stage_counts(conn, both) == _truth(db, owner_id=anna, lead_type="spear")
    assert _truth(db)[board.stages["new"]] == NEW_COUNT
    assert _truth(db)[None] == 1


def test_the_unfiltered_counts_follow_every_write(db: Database, board: Board) -> None:
    # The tallies are kept by triggers: a move, its undo, new and deleted contacts, a
    # contact's stage cleared, and a stage deleted under its contacts.
    c = tables.contacts.c
    first = board.by_stage["new"][0]
    moved = move_contact(db, first, board.stages["researching"], now=NOW)
    with db.reading() as conn:
        assert stage_counts(conn) == _truth(db)
    undo_change_set(db, moved.changes.change_set_id or 0)
    with db.transaction() as conn:
        conn.execute(
            tables.contacts.insert(),
            [{"full_name": f"Extra {i}", "stage_id": board.stages["connected"],
              "custom_fields": {}} for i in range(3)],
        )  # fmt: skip
        conn.execute(tables.contacts.delete().where(c.id == board.by_stage["new"][1]))
        conn.execute(tables.contacts.update().where(c.id == first).values(stage_id=None))
        conn.execute(
            tables.pipeline_stages.delete().where(
                tables.pipeline_stages.c.id == board.stages["attempting"]
            )
        )
    with db.reading() as conn:
        assert stage_counts(conn) == _truth(db)
        assert board.stages["attempting"] not in stage_counts(conn)


def _every_tallied_filter(db: Database) -> list[dict[str, object]]:
    """Each mix of owner, source and lead type the data has (and none of each)."""
    c = tables.contacts.c
    with db.reading() as conn:
        owners = {r[0] for r in conn.execute(select(c.owner_id).distinct())} - {None}
    mixes: list[dict[str, object]] = []
    for owner in [None, *sorted(owners)]:
        for source in (None, "inbound", "outbound", "referral"):
            for lead_type in (None, "spear", "net"):
                given = {"owner_id": owner, "source": source, "lead_type": lead_type}
                mixes.append({k: v for k, v in given.items() if v is not None})
    return mixes


def _assert_tallies_true(db: Database) -> None:
    for where in _every_tallied_filter(db):
        board_filter = BoardFilter(**where)  # type: ignore[arg-type]
        assert board_filter.is_tallied
        with db.reading() as conn:
            assert stage_counts(conn, board_filter) == _truth(db, **where), where


def test_owner_source_and_lead_type_counts_in_any_mix_follow_every_write(
    db: Database, board: Board
) -> None:
    # An owner's inbound leads counted from the tallies, which the triggers keep through a
    # reassignment, a new source or lead type, a move, a deletion and a rep deleted.
    c = tables.contacts.c
    anna, boris = board.reps["anna"], board.reps["boris"]
    _assert_tallies_true(db)
    first, second = board.by_stage["new"][:2]
    with db.transaction() as conn:
        conn.execute(tables.contacts.update().where(c.id == first).values(owner_id=boris))
        conn.execute(
            tables.contacts.update()
            .where(c.id == second)
            .values(source="referral", lead_type="spear", owner_id=None)
        )
        conn.execute(
            tables.contacts.insert(),
            [{"full_name": "Extra", "owner_id": anna, "source": "referral", "custom_fields": {}}],
        )
    _assert_tallies_true(db)
    move_contact(db, first, board.stages["researching"], now=NOW)
    with db.transaction() as conn:
        conn.execute(tables.contacts.delete().where(c.id == board.by_stage["new"][2]))
        conn.execute(tables.reps.delete().where(tables.reps.c.id == anna))
    _assert_tallies_true(db)
    with db.reading() as conn:
        assert stage_counts(conn, BoardFilter(owner_id=anna)) == {}


def test_list_segment_and_search_filters_use_the_lists_page_meanings(
    db: Database, board: Board
) -> None:
    attempting = board.stages["attempting"]
    segment = parse_segment({"all": [{"field": "stage", "op": "in", "value": ["nurture"]}]})
    with db.reading() as conn:
        assert stage_counts(conn, BoardFilter(list_id=board.list_id)) == {attempting: 2}
        assert stage_counts(conn, BoardFilter(segment=segment)) == {board.stages["nurture"]: 2}
        assert stage_counts(conn, BoardFilter(search="петров")) == {attempting: 1}
        assert stage_counts(conn, BoardFilter(search="number01")) == {board.stages["new"]: 10}
        page = column_page(conn, attempting, BoardFilter(search="Петров"))
        assert [card.name for card in page.cards] == ["Иван Петров"]
        # A short search walks the stage index; the matches are the same.
        walked = column_page(conn, board.stages["new"], BoardFilter(search="nu"), limit=500)
        assert len(walked.cards) == NEW_COUNT


def test_pages_walk_a_column_newest_first_without_repeats(db: Database, board: Board) -> None:
    new = board.stages["new"]
    seen: list[int] = []
    after = None
    with db.reading() as conn:
        while True:
            page = column_page(conn, new, after_id=after, limit=30)
            seen += [card.id for card in page.cards]
            after = page.after_id
            if page.done:
                break
        empty = column_page(conn, board.stages["connected"])
    assert seen == sorted(board.by_stage["new"], reverse=True)
    assert empty.cards == [] and empty.done


def test_a_card_says_how_long_in_stage_what_is_next_and_the_inbound_clock(
    db: Database, board: Board
) -> None:
    first, second, third = board.by_stage["attempting"]
    new_inbound = board.by_stage["new"][0]
    with db.reading() as conn:
        cards = cards_for_ids(conn, [first, second, third, new_inbound])
    # The newest stage change, not the oldest; else the creation.
    assert cards[first].in_stage_since == NOW - dt.timedelta(days=4)
    assert cards[third].in_stage_since == CREATED + dt.timedelta(minutes=2)
    # The active enrollment's step, not the stopped one's.
    assert cards[second].next_due == NOW + dt.timedelta(hours=3)
    assert cards[second].next_channel == "call"
    assert cards[first].next_due is None
    assert cards[first].company == "Northwind" and cards[first].owner == "Anna Berg"
    assert cards[first].owner_zone == "Europe/Stockholm"
    # An inbound lead never touched: its clock runs from its arrival (else its creation).
    assert cards[new_inbound].waits_for_first_touch
    assert cards[new_inbound].arrived_at == CREATED
    assert not cards[first].waits_for_first_touch  # touched yesterday


def test_cards_for_ids_drops_what_the_filters_or_a_deletion_exclude(
    db: Database, board: Board
) -> None:
    anna_card, boris_card = board.by_stage["new"][:2]
    with db.reading() as conn:
        found = cards_for_ids(
            conn, [anna_card, boris_card, 999_999], BoardFilter(owner_id=board.reps["anna"])
        )
    assert set(found) == {anna_card}


def test_open_board_reads_stages_counts_and_first_pages_at_once(db: Database, board: Board) -> None:
    with db.reading() as conn:
        snapshot = open_board(conn, limit=40)
    assert [s.key for s in snapshot.stages][:3] == ["new", "researching", "attempting"]
    assert [s.key for s in snapshot.stages if s.is_side] == ["nurture", "disqualified"]
    new = board.stages["new"]
    assert snapshot.counts[new] == NEW_COUNT
    assert len(snapshot.pages[new].cards) == 40 and not snapshot.pages[new].done
    assert snapshot.sla_minutes == 5


def test_the_sla_is_a_database_setting_with_a_default(db: Database, board: Board) -> None:
    with db.reading() as conn:
        assert sla_minutes(conn) == 5
    changes = set_sla_minutes(db, 15)
    assert changes.touches("settings")
    set_sla_minutes(db, 10)  # a second write updates the one row
    with db.reading() as conn:
        assert sla_minutes(conn) == 10
    with pytest.raises(ValueError, match="at least one minute"):
        set_sla_minutes(db, 0)


def test_a_move_through_the_pipeline_api_restarts_the_days_in_stage(
    db: Database, board: Board
) -> None:
    contact = board.by_stage["new"][5]
    connected = board.stages["connected"]
    moved = move_contact(db, contact, connected, now=NOW)
    with db.reading() as conn:
        card = cards_for_ids(conn, [contact])[contact]
        assert stage_counts(conn)[connected] == 1
    assert card.stage_id == connected
    assert card.in_stage_since == NOW
    assert moved.changes.change_set_id is not None
    undo_change_set(db, moved.changes.change_set_id)
    with db.reading() as conn:
        card = cards_for_ids(conn, [contact])[contact]
    assert card.stage_id == board.stages["new"]
    assert card.in_stage_since == CREATED + dt.timedelta(minutes=5)


def _plan(db: Database, sql: str) -> str:
    with db.reading() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).fetchall()
    return " | ".join(str(r[-1]) for r in rows)


@pytest.mark.sqlite_only(reason="reads SQLite's query plans")
def test_counts_and_pages_read_the_stage_indexes(db: Database, board: Board) -> None:
    """The statements the board runs use the indexes (what makes a million rows fast)."""
    page = (
        "SELECT c.id FROM contacts AS c WHERE c.stage_id = 1 AND c.id < 50 "
        "ORDER BY c.id DESC LIMIT 41"
    )
    assert "COVERING INDEX ix_contacts_stage_id" in _plan(db, page)
    owned = page.replace("WHERE", "WHERE c.owner_id = 1 AND")
    assert "COVERING INDEX ix_contacts_owner_stage" in _plan(db, owned)
    count = "SELECT count(*) FROM contacts AS c WHERE c.stage_id = 1"
    assert "COVERING INDEX ix_contacts_stage_id" in _plan(db, count)
    assert "TEMP B-TREE" not in _plan(db, page)
