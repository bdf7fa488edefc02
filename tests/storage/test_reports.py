"""Report figures read from a real SQLite file, against numbers worked out by hand.

The data is ``tests/reports_data.py``; each expected number names the rows behind it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from app.core.reports import ReportError, ReportRange, report_json, report_range
from app.storage import tables
from app.storage.database import Database
from app.storage.reports import explain_report, read_report
from app.storage.reports.queries import WIDE_RANGE_SHARE
from tests.reports_data import FIRST, LAST, seed_report_data

WEEK = ReportRange(FIRST, LAST)


@pytest.fixture
def seeded(db: Database) -> Database:
    seed_report_data(db)
    return db


def test_headline_figures_for_everybody(seeded: Database) -> None:
    got = report_json(read_report(seeded, WEEK))
    # Calls a1 a2 a3 a5 b1 b2 b7 (b10 is the day before, b11 the day after).
    assert got["dials"] == 7
    # a2, b2 connected; a3, b7 meeting_booked. b1's gatekeeper is answered, not a connect.
    assert got["connects"] == 4
    assert got["answered"] == 5
    # Connects of a minute or more, or that booked a meeting: a2 (300 s), a3, b7; not b2 (30 s).
    assert got["conversations"] == 3
    assert got["connect_rate"] == pytest.approx(0.5714)
    # Sent a6, a8, b6 and bounced a9; b9 was completed as "replied", not sent.
    assert got["emails_sent"] == 4
    # The reply a7 and the email b9 completed as replied.
    assert got["replies"] == 2
    assert got["reply_rate"] == 0.5
    # Contact 1 on Dec 3 (call a3 + move a4) and contact 5 on Dec 3 (b7 + b8): once each.
    assert got["meetings_booked"] == 2
    # Created in the week: Bob's accepted one and Ann's pending one (not Nov 28's).
    assert got["handed_off"] == 2
    assert got["handoffs_accepted"] == 1
    assert got["handoffs_pending"] == 1
    assert got["handoffs_sent_back"] == 0


def test_touches_by_day_has_every_day_and_channel(seeded: Database) -> None:
    days = report_json(read_report(seeded, WEEK))["touches_by_day"]
    assert isinstance(days, dict)
    assert list(days) == [f"2026-12-0{d}" for d in range(1, 8)]
    assert days["2026-12-01"] == {"call": 2, "email": 1, "message": 0, "task": 0}  # a1 a5, a6
    assert days["2026-12-02"] == {"call": 3, "email": 0, "message": 0, "task": 0}  # a2 b1 b2
    # a3 b7; b6; b3; b4
    assert days["2026-12-03"] == {"call": 2, "email": 1, "message": 1, "task": 1}
    assert days["2026-12-04"] == {"call": 0, "email": 1, "message": 0, "task": 0}  # a8
    assert days["2026-12-05"] == {"call": 0, "email": 1, "message": 0, "task": 0}  # a9
    assert days["2026-12-06"] == {"call": 0, "email": 1, "message": 0, "task": 0}  # b9
    assert days["2026-12-07"] == {"call": 0, "email": 0, "message": 0, "task": 0}


def test_funnel_reached_and_days_in_stage(seeded: Database) -> None:
    got = report_json(read_report(seeded, WEEK))
    # Board order; one contact in each stage now.
    assert got["funnel"] == {
        "new": 1, "attempting": 1, "connected": 1, "meeting_booked": 1, "handed_off": 1,
        "disqualified": 1,
    }  # fmt: skip
    # Moves in the week: contact 1 into attempting, connected, meeting_booked; contact 5
    # into meeting_booked; contact 4 into handed_off.
    assert got["funnel_reached"] == {
        "new": 0, "attempting": 1, "connected": 1, "meeting_booked": 2, "handed_off": 1,
        "disqualified": 0,
    }  # fmt: skip
    # Contact 1: attempting Dec 1 08:00 -> Dec 2 10:05 = 1 d 2 h 5 min = 1.0868 d;
    # connected Dec 2 10:05 -> Dec 3 11:05 = 1 d 1 h = 1.0417 d. Other stays are open.
    assert got["median_days_in_stage"] == {
        "new": None, "attempting": 1.09, "connected": 1.04, "meeting_booked": None,
        "handed_off": None, "disqualified": None,
    }  # fmt: skip


def test_speed_to_lead(seeded: Database) -> None:
    got = report_json(read_report(seeded, WEEK))
    # Inbound arrivals in the week: contact 2 (09:00, called a5 at 09:30: 30 min),
    # contact 5 (08:00, emailed b6 at 08:12: 12 min), contact 3 (never touched; the note
    # n1 is nobody's touch). Contact 6 arrived in November. Median of 12 and 30 = 21.
    assert got["speed_to_lead_minutes"] == pytest.approx(21.0)
    speed = got["speed_to_lead"]
    assert isinstance(speed, dict)
    assert speed["touched"] == 2
    assert speed["untouched"] == 1
    assert speed["buckets"]["5_to_15_min"] == 1
    assert speed["buckets"]["15_to_60_min"] == 1
    assert speed["buckets"]["under_5_min"] == 0


def test_breakdowns_outcomes_and_variants(seeded: Database) -> None:
    got = report_json(read_report(seeded, WEEK))
    assert got["outcomes"] == {
        "connected": 2, "meeting_booked": 2, "no_answer": 1, "voicemail": 1, "gatekeeper": 1,
    }  # fmt: skip
    by_rep = got["by_rep"]
    assert isinstance(by_rep, dict)
    ann, bob = by_rep["ann@x.test"], by_rep["bob@x.test"]
    # Ann: calls a1 a2 a3 a5; emails a6 a8 a9; reply a7; contact 1's meeting; hand-off to 1.
    assert (ann["dials"], ann["connects"], ann["emails_sent"], ann["replies"]) == (4, 2, 3, 1)
    assert (ann["meetings_booked"], ann["handed_off"], ann["handoffs_accepted"]) == (1, 1, 0)
    # Bob: calls b1 b2 b7; email b6; reply b9; contact 5's meeting; the accepted hand-off.
    assert (bob["dials"], bob["connects"], bob["emails_sent"], bob["replies"]) == (3, 2, 1, 1)
    assert (bob["meetings_booked"], bob["handed_off"], bob["handoffs_accepted"]) == (1, 1, 1)
    by_source = got["by_source"]
    assert isinstance(by_source, dict)
    # Inbound contacts 2 and 5: calls a5 b7, connect b7, emails a6 a8 a9 b6, replies a7 b9.
    inbound = by_source["inbound"]
    assert (inbound["dials"], inbound["connects"], inbound["emails_sent"]) == (2, 1, 4)
    assert (inbound["replies"], inbound["meetings_booked"], inbound["handed_off"]) == (2, 1, 0)
    assert by_source["referral"]["handed_off"] == 1
    assert by_source["outbound"]["dials"] == 3
    by_type = got["by_lead_type"]
    assert isinstance(by_type, dict)
    assert by_type["spear"]["dials"] == 2  # contact 4: b1 b2
    assert by_type["net"]["meetings_booked"] == 1  # contact 1
    # Variant A: a6, answered by a7 (in_reply_to <m1>); variant B: a8, no reply.
    assert got["variants"] == {
        "A": {"sent": 1, "replied": 1, "reply_rate": 1.0},
        "B": {"sent": 1, "replied": 0, "reply_rate": 0.0},
    }
    # Dec 1 is a Tuesday: the weeks start Nov 30 and Dec 7.
    assert got["meetings_by_week"] == {"2026-11-30": 2, "2026-12-07": 0}
    assert got["handoffs_by_week"] == {
        "2026-11-30": {"pending": 1, "accepted": 1, "sent_back": 0},
        "2026-12-07": {"pending": 0, "accepted": 0, "sent_back": 0},
    }


def test_one_rep(seeded: Database) -> None:
    got = report_json(read_report(seeded, WEEK, "ANN@x.test"))
    assert (got["dials"], got["connects"], got["connect_rate"]) == (4, 2, 0.5)
    # a6 a8 a9 sent; a7 the one reply: 1/3.
    assert (got["emails_sent"], got["replies"], got["reply_rate"]) == (3, 1, 0.3333)
    assert (got["meetings_booked"], got["handed_off"]) == (1, 1)
    # Contacts Ann owns: 1 (meeting booked) and 2 (attempting).
    funnel = got["funnel"]
    assert isinstance(funnel, dict)
    assert {k: v for k, v in funnel.items() if v} == {"attempting": 1, "meeting_booked": 1}
    # Her inbound lead, contact 2: 30 minutes.
    assert got["speed_to_lead_minutes"] == 30.0


def test_empty_range_gives_zero_rates_and_no_median(seeded: Database) -> None:
    got = report_json(read_report(seeded, ReportRange(dt.date(2025, 1, 1), dt.date(2025, 1, 3))))
    assert (got["dials"], got["connect_rate"], got["reply_rate"]) == (0, 0.0, 0.0)
    assert got["speed_to_lead_minutes"] is None
    assert len(got["touches_by_day"]) == 3  # type: ignore[arg-type]


def test_unknown_rep_and_reversed_range_are_codes(seeded: Database) -> None:
    with pytest.raises(ReportError) as raised:
        read_report(seeded, WEEK, "nobody@x.test")
    assert raised.value.code == "unknown_rep"
    with pytest.raises(ReportError) as reversed_range:
        report_range(LAST, FIRST, LAST)
    assert reversed_range.value.code == "reversed_range"
    # The default range: the 30 days up to today.
    assert report_range(None, None, LAST) == ReportRange(dt.date(2026, 11, 8), LAST)


@pytest.mark.sqlite_only(reason="reads SQLite's query plans")
def test_query_plans_use_the_time_index_for_a_narrow_range(seeded: Database) -> None:
    # A year of older history makes one day a narrow range: read through the index.
    with seeded.transaction() as conn:
        conn.execute(
            insert(tables.activities),
            [{"contact_id": 1, "rep_id": 1, "kind": "call", "outcome": "no_answer",
              "occurred_at": dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=h)}
             for h in range(0, 24 * 300, 24)],
        )  # fmt: skip
    narrow = "\n".join(explain_report(seeded, ReportRange(FIRST, FIRST)))
    assert "SEARCH activities USING INDEX ix_activities_occurred_at" in narrow
    assert "SEARCH first_touch USING INDEX ix_activities_contact_time" in narrow
    assert "SEARCH reply USING INDEX ix_activities_contact_time" in narrow
    # The whole of 2025 is most of the table: one scan beats a look-up per row.
    plans = explain_report(seeded, ReportRange(dt.date(2025, 1, 1), LAST))
    grouped = next(p for p in plans if p.startswith("SELECT substr(activities.occurred_at"))
    assert "SCAN activities" in grouped
    assert "ix_activities_occurred_at" not in grouped
    assert WIDE_RANGE_SHARE < 0.5


def test_postgresql_gives_the_same_figures(postgres_url: str) -> None:
    from app.storage.database import open_database

    db = open_database(postgres_url)
    try:
        seed_report_data(db)
        got = report_json(read_report(db, WEEK))
    finally:
        db.close()
    assert (got["dials"], got["connects"], got["answered"], got["conversations"]) == (7, 4, 5, 3)
    assert (got["emails_sent"], got["replies"], got["meetings_booked"]) == (4, 2, 2)
    assert (got["handed_off"], got["handoffs_accepted"]) == (2, 1)
    assert got["touches_by_day"]["2026-12-03"] == {  # type: ignore[index]
        "call": 2, "email": 1, "message": 1, "task": 1,
    }  # fmt: skip
    assert got["funnel_reached"]["meeting_booked"] == 2  # type: ignore[index]
    assert got["median_days_in_stage"]["attempting"] == 1.09  # type: ignore[index]
    assert got["speed_to_lead_minutes"] == 21.0
    assert got["variants"]["A"] == {"sent": 1, "replied": 1, "reply_rate": 1.0}  # type: ignore[index]
