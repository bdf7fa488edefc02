"""A small activity history whose report figures were worked out by hand.

Two reps (Ann, Bob), six contacts, a week of calls, emails, replies, stage changes and
hand-offs, plus rows just outside the week (2026-12-01 .. 2026-12-07, a Tuesday to a
Monday) that must not count. The expected numbers live in the tests, each with the rows
that make it up; nothing here computes them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert

from app.storage import tables
from app.storage.database import Database

FIRST = dt.date(2026, 12, 1)
LAST = dt.date(2026, 12, 7)
ANN, BOB = 1, 2
STAGES = ("new", "attempting", "connected", "meeting_booked", "handed_off", "disqualified")


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> dt.datetime:
    """A moment of December 2026 (or ``month``) in UTC."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=dt.UTC)


def seed_report_data(db: Database) -> None:
    """Insert the reps, stages, contacts, activities and hand-offs described in the tests."""
    stage_id = {key: i for i, key in enumerate(STAGES, 1)}
    with db.transaction() as conn:
        conn.execute(insert(tables.reps), [
            {"id": ANN, "name": "Ann Example", "email": "ann@x.test", "role": "sdr"},
            {"id": BOB, "name": "Bob Example", "email": "bob@x.test", "role": "sdr"},
            {"id": 3, "name": "Ada Executive", "email": "ada@x.test", "role": "ae"},
        ])  # fmt: skip
        conn.execute(insert(tables.pipeline_stages), [
            {"id": stage_id[key], "key": key, "name": key.replace("_", " ").title(),
             "position": position, "is_terminal": key in ("handed_off", "disqualified")}
            for position, key in enumerate(STAGES)
        ])  # fmt: skip
        contacts: list[dict[str, Any]] = [
            # id, source, lead type, stage, owner, arrived
            (1, "outbound", "net", "meeting_booked", ANN, None),
            (2, "inbound", "seed", "attempting", ANN, at(1, 9)),
            (3, "inbound", "seed", "new", BOB, at(2, 10)),
            (4, "referral", "spear", "handed_off", BOB, None),
            (5, "inbound", "seed", "connected", BOB, at(3, 8)),
            (6, "inbound", "seed", "disqualified", BOB, at(20, 9, month=11)),
        ]
        conn.execute(insert(tables.contacts), [
            {"id": cid, "first_name": f"P{cid}", "full_name": f"P{cid}", "source": source,
             "lead_type": lead_type, "stage_id": stage_id[stage], "owner_id": owner,
             "arrived_at": arrived}
            for cid, source, lead_type, stage, owner, arrived in contacts
        ])  # fmt: skip
        rows = [
            # Ann
            ("a1", 1, ANN, "call", at(1, 10), "no_answer", None, None),
            ("a2", 1, ANN, "call", at(2, 10), "connected", 300, None),
            ("a3", 1, ANN, "call", at(3, 11), "meeting_booked", 600, None),
            ("a10", 1, ANN, "stage_change", at(1, 8), None, None,
             {"from": "new", "to": "attempting", "reason": None}),
            ("a11", 1, ANN, "stage_change", at(2, 10, 5), None, None,
             {"from": "attempting", "to": "connected", "reason": None}),
            ("a4", 1, ANN, "stage_change", at(3, 11, 5), None, None,
             {"from": "connected", "to": "meeting_booked", "reason": None}),
            ("a5", 2, ANN, "call", at(1, 9, 30), "voicemail", 25, None),
            ("a6", 2, ANN, "email", at(1, 9, 40), "sent", None,
             {"message_id": "<m1@x.test>", "variant": "A", "template_id": 1}),
            ("a7", 2, ANN, "reply", at(2, 8), None, None, {"in_reply_to": "<m1@x.test>"}),
            ("a8", 2, ANN, "email", at(4, 9), "sent", None,
             {"message_id": "<m2@x.test>", "variant": "B"}),
            ("a9", 2, ANN, "email", at(5, 9), "bounced", None, None),
            # Bob
            ("b1", 4, BOB, "call", at(2, 14), "gatekeeper", 40, None),
            ("b2", 4, BOB, "call", at(2, 15), "connected", 30, None),
            ("b3", 4, BOB, "message", at(3, 10), "sent", None, None),
            ("b4", 4, BOB, "task", at(3, 12), "done", None, None),
            ("b5", 4, BOB, "stage_change", at(4, 9), None, None,
             {"from": "meeting_booked", "to": "handed_off", "reason": None}),
            ("b6", 5, BOB, "email", at(3, 8, 12), "sent", None, None),
            ("b7", 5, BOB, "call", at(3, 9), "meeting_booked", 200, None),
            ("b8", 5, BOB, "stage_change", at(3, 9, 5), None, None,
             {"from": "connected", "to": "meeting_booked", "reason": None}),
            ("b9", 5, BOB, "email", at(6, 10), "replied", None, None),
            # Outside the week, or by nobody: never counted.
            ("b10", 6, BOB, "call", at(30, 23, 59, month=11), "connected", 120, None),
            ("b11", 4, BOB, "call", at(8, 0), "no_answer", None, None),
            ("n1", 3, None, "note", at(2, 12), None, None, None),
        ]  # fmt: skip
        conn.execute(insert(tables.activities), [
            {"contact_id": contact, "rep_id": rep, "kind": kind, "occurred_at": when,
             "outcome": outcome, "duration_seconds": seconds, "subject": label,
             "details": details}
            for label, contact, rep, kind, when, outcome, seconds, details in rows
        ])  # fmt: skip
        conn.execute(insert(tables.handoffs), [
            {"contact_id": 4, "ae_id": 3, "rep_id": BOB, "status": "accepted",
             "created_at": at(4, 9), "decided_at": at(4, 12)},
            {"contact_id": 1, "ae_id": 3, "rep_id": ANN, "status": "pending",
             "created_at": at(5, 10), "decided_at": None},
            {"contact_id": 5, "ae_id": 3, "rep_id": BOB, "status": "sent_back",
             "created_at": at(28, 10, month=11), "decided_at": at(29, 10, month=11)},
        ])  # fmt: skip
