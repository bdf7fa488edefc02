"""Cadence storage on real SQLite files: reps, stored cadences, seeding, import and export."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.cadences import (
    SHIPPED_CADENCE_FILES,
    CadenceFormatError,
    parse_cadence,
    shipped_cadence_text,
)
from app.storage.cadences import (
    SEEDED_KEY,
    CadenceStoreError,
    add_rep,
    delete_cadence,
    export_cadence,
    import_cadence,
    list_cadences,
    list_reps,
    resolve_rep,
)
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.schema import CadenceStep, Setting
from tests.cadences_data import CALLS_CADENCE

SHIPPED_NAMES = {"Outbound — 17 days", "Inbound — speed to lead"}


def test_reps_are_added_with_a_time_zone_and_listed_by_name(db: Database) -> None:
    added = add_rep(db, "Rūta Kazlauskienė", "Ruta@Example.LT", time_zone="Europe/Vilnius")
    add_rep(db, "Anna Berg", "anna@example.se", role="manager")
    assert added.rep.email == "Ruta@example.lt"
    assert added.changes.ids["reps"] == frozenset({added.rep.id})
    with db.reading() as conn:
        reps = list_reps(conn)
        assert [(r.name, r.role, r.time_zone) for r in reps] == [
            ("Anna Berg", "manager", None),
            ("Rūta Kazlauskienė", "sdr", "Europe/Vilnius"),
        ]
        assert resolve_rep(conn, "ruta@EXAMPLE.lt").id == added.rep.id
        assert reps[0].zone.key == "UTC"  # no zone set: the day ends at UTC midnight


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"name": " ", "email": "a@example.com"}, "no_name"),
        ({"name": "A", "email": "not an address"}, "bad_email"),
        ({"name": "A", "email": "a@example.com", "role": "boss"}, "unknown_role"),
        ({"name": "A", "email": "a@example.com", "time_zone": "Mars/Olympus"}, "unknown_time_zone"),
        ({"name": "A", "email": "taken@example.com"}, "rep_exists"),
    ],
)
def test_bad_reps_are_refused_with_a_code(db: Database, kwargs: dict[str, str], code: str) -> None:
    add_rep(db, "Taken", "taken@example.com")
    with pytest.raises(CadenceStoreError) as caught:
        add_rep(db, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code
    with db.reading() as conn:
        assert len(list_reps(conn)) == 1


def test_a_rep_must_be_named_when_there_are_several_or_none(db: Database) -> None:
    with db.reading() as conn, pytest.raises(CadenceStoreError) as none:
        resolve_rep(conn, None)
    assert none.value.code == "no_reps"
    only = add_rep(db, "One", "one@example.com").rep
    with db.reading() as conn:
        assert resolve_rep(conn, None) == only
    add_rep(db, "Two", "two@example.com")
    with db.reading() as conn, pytest.raises(CadenceStoreError) as several:
        resolve_rep(conn, None)
    assert (several.value.code, several.value.arguments) == ("rep_required", {"count": 2})
    with db.reading() as conn, pytest.raises(CadenceStoreError) as unknown:
        resolve_rep(conn, "nobody@example.com")
    assert unknown.value.code == "unknown_rep"


def test_shipped_cadences_are_seeded_once_and_a_deleted_one_stays_deleted(db: Database) -> None:
    assert {c.name for c in list_cadences(db)} == SHIPPED_NAMES
    with db.reading() as conn:
        assert conn.execute(select(Setting.value).where(Setting.key == SEEDED_KEY)).scalar()
    delete_cadence(db, "Outbound — 17 days")
    assert {c.name for c in list_cadences(db)} == {"Inbound — speed to lead"}
    export_cadence(db, "Inbound — speed to lead")  # every entry point seeds if needed
    assert {c.name for c in list_cadences(db)} == {"Inbound — speed to lead"}


def test_a_shipped_cadence_exports_as_its_shipped_file(db: Database) -> None:
    for file_name in SHIPPED_CADENCE_FILES:
        text = shipped_cadence_text(file_name)
        assert export_cadence(db, parse_cadence(text).name) == text


def test_import_stores_the_file_and_mirrors_its_steps(db: Database) -> None:
    done = import_cadence(db, CALLS_CADENCE)
    assert (done.name, done.replaced) == ("Test calls", False)
    with db.reading() as conn:
        rows = conn.execute(
            select(CadenceStep.position, CadenceStep.day_offset, CadenceStep.channel)
            .where(CadenceStep.cadence_id == done.id)
            .order_by(CadenceStep.position)
        ).all()
    assert [tuple(r) for r in rows] == [
        (1, 1, "call"),
        (2, 2, "email"),
        (3, 3, "call"),
        (4, 5, "task"),
    ]
    assert parse_cadence(export_cadence(db, "Test calls")) == parse_cadence(CALLS_CADENCE)
    listed = {c.name: c for c in list_cadences(db)}["Test calls"]
    assert (listed.steps, listed.days, listed.channels) == (4, 5, ("call", "email", "call", "task"))


def test_a_taken_name_is_refused_unless_replace_is_asked(db: Database) -> None:
    import_cadence(db, CALLS_CADENCE)
    with pytest.raises(CadenceStoreError) as caught:
        import_cadence(db, CALLS_CADENCE.replace('"day": 5', '"day": 6'))
    assert (caught.value.code, caught.value.arguments) == ("cadence_exists", {"name": "Test calls"})
    shorter = CALLS_CADENCE.replace(
        ',\n    {"day": 5, "channel": "task", "instructions": "Research the account"}', ""
    )
    replaced = import_cadence(db, shorter, replace=True)
    assert replaced.replaced
    listed = {c.name: c for c in list_cadences(db)}["Test calls"]
    assert listed.steps == 3
    with db.reading() as conn:
        count = conn.execute(
            select(CadenceStep.id).where(CadenceStep.cadence_id == replaced.id)
        ).all()
    assert len(count) == 3


def test_an_imported_cadence_is_undone_as_a_unit(db: Database) -> None:
    done = import_cadence(db, CALLS_CADENCE)
    assert done.changes.change_set_id is not None
    undo_change_set(db, done.changes.change_set_id)
    assert "Test calls" not in {c.name for c in list_cadences(db)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{not json", "not_json"),
        ('{"format_version": 1, "name": "x", "steps": []}', "no_steps"),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 1, "channel": "fax"}]}',
            "unknown_channel",
        ),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 0, "channel": "call"}]}',
            "day_out_of_range",
        ),
        (
            '{"format_version": 1, "name": "x", "steps": [{"day": 400, "channel": "call"}]}',
            "day_out_of_range",
        ),
    ],
)
def test_a_bad_cadence_file_is_refused_and_nothing_is_stored(
    db: Database, text: str, code: str
) -> None:
    with pytest.raises(CadenceFormatError) as caught:
        import_cadence(db, text)
    assert caught.value.code == code
    assert {c.name for c in list_cadences(db)} == SHIPPED_NAMES


def test_an_unknown_cadence_is_a_code(db: Database) -> None:
    with pytest.raises(CadenceStoreError) as caught:
        export_cadence(db, "Nope")
    assert (caught.value.code, caught.value.arguments) == ("unknown_cadence", {"name": "Nope"})


def test_a_replaced_cadence_comes_back_on_undo(db: Database) -> None:
    import_cadence(db, CALLS_CADENCE)
    replaced = import_cadence(db, CALLS_CADENCE.replace('"day": 5', '"day": 7'), replace=True)
    assert {c.name: c.days for c in list_cadences(db)}["Test calls"] == 7
    assert replaced.changes.change_set_id is not None
    undo_change_set(db, replaced.changes.change_set_id)
    assert parse_cadence(export_cadence(db, "Test calls")) == parse_cadence(CALLS_CADENCE)
    with db.reading() as conn:
        days = conn.execute(
            select(CadenceStep.day_offset)
            .where(CadenceStep.cadence_id == replaced.id)
            .order_by(CadenceStep.position)
        ).scalars()
        assert list(days) == [1, 2, 3, 5]
