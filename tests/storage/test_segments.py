"""Segments as SQL and saved segments, on a real SQLite file with demo and awkward rows.

The agreement test is the one that can fail: for each definition, the SQL translation must
pick exactly the contacts the core's in-memory ``matches()`` picks.
"""

from __future__ import annotations

import json

import pytest

from app.core.segments import parse_segment
from app.storage import segments
from app.storage.changes import undo_change_set
from app.storage.contacts import browse
from app.storage.database import Database
from tests.storage.contacts_data import (
    NOW,
    ODD_PEOPLE,
    definitions,
    every_id,
    load_contacts,
)


def test_segment_sql_agrees_with_the_core_on_every_contact(contacts_shared: Database) -> None:
    from app.core.segments import matches

    contacts = load_contacts(contacts_shared)
    assert len(contacts) == 300 + len(ODD_PEOPLE)
    disagreements = []
    with contacts_shared.reading() as conn:
        for definition in definitions(contacts_shared):
            segment = parse_segment(definition)
            expected = {cid for cid, c in contacts.items() if matches(segment, c, now=NOW)}
            scope = browse.Scope(segment=segment)
            got = set(every_id(conn, scope, browse.Sort(browse.SortKey.FIT_SCORE), limit=97))
            if got != expected:
                disagreements.append(
                    (json.dumps(definition, ensure_ascii=False), sorted(got ^ expected)[:5])
                )
            assert browse.count(conn, scope, now=NOW) == len(got)
    assert disagreements == []


def test_segment_where_is_never_null_so_not_is_its_complement(contacts_shared: Database) -> None:
    with contacts_shared.reading() as conn:
        total = browse.count(conn, browse.Scope())
        for definition in definitions(contacts_shared):
            positive = parse_segment(definition)
            negative = parse_segment({"not": definition})
            yes = browse.count(conn, browse.Scope(segment=positive), now=NOW)
            no = browse.count(conn, browse.Scope(segment=negative), now=NOW)
            assert yes + no == total, definition


def test_saved_segment_round_trip(contacts_demo: Database) -> None:
    definition = {"all": [{"field": "country", "op": "in", "value": ["Germany"]}]}
    seg_id = segments.save_segment(contacts_demo, "Германия", definition)
    with pytest.raises(ValueError, match="taken"):
        segments.save_segment(contacts_demo, "Германия", definition)
    segments.save_segment(
        contacts_demo, "Германия", {"all": []}, segment_id=seg_id
    )  # same name: an update
    segments.rename_segment(contacts_demo, seg_id, "Germany")
    with contacts_demo.reading() as conn:
        [saved] = [s for s in segments.saved_segments(conn) if s.id == seg_id]
    assert saved.name == "Germany" and parse_segment(saved.definition).root.items == ()
    change = segments.delete_segment(contacts_demo, seg_id)
    assert undo_change_set(contacts_demo, change.change_set_id).applied
    with contacts_demo.reading() as conn:
        assert seg_id in {s.id for s in segments.saved_segments(conn)}
