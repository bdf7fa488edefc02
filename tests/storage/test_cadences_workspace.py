"""What the call panel reads beside the queue: companies, scripts and the day's touches."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, update

from app.storage.cadences import (
    add_rep,
    complete,
    enroll,
    import_cadence,
    item_details,
    start_of_day,
    today,
    touches_today,
)
from app.storage.database import Database
from app.storage.schema import Company, Contact
from tests.cadences_data import MONDAY, add_contact

SCRIPTED = """{
  "format_version": 1,
  "name": "Scripted",
  "steps": [
    {"day": 1, "channel": "call", "script": "Ask about their Q1 hiring.",
     "instructions": "Voicemail: leave a short message."},
    {"day": 1, "channel": "email", "template": "Sorry I missed you"}
  ]
}
"""


def test_details_carry_the_company_and_the_steps_texts(db: Database) -> None:
    import_cadence(db, SCRIPTED)
    rep = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    contact = add_contact(db)
    with db.transaction() as conn:
        company = conn.execute(
            insert(Company).values(name="UAB Žalgiris", normalized_name="zalgiris")
            .returning(Company.id)
        ).scalar_one()  # fmt: skip
        conn.execute(update(Contact).where(Contact.id == contact).values(company_id=company))
    enroll(db, "Scripted", [contact], rep, MONDAY)
    [call] = today(db, rep, MONDAY)
    details = item_details(db, [call.id, 9999])
    assert set(details) == {call.id}
    detail = details[call.id]
    assert detail.company == "UAB Žalgiris"
    assert detail.script == "Ask about their Q1 hiring."
    assert detail.instructions == "Voicemail: leave a short message."

    later = MONDAY + dt.timedelta(minutes=5)
    done = complete(db, call.id, "no_answer", None, later)
    assert done.next_item is not None
    email = item_details(db, [done.next_item])[done.next_item]
    assert (email.script, email.template) == ("", "Sorry I missed you")
    assert item_details(db, []) == {}


def test_touches_count_from_the_reps_midnight(db: Database) -> None:
    import_cadence(db, SCRIPTED)
    rep = add_rep(db, "Rūta", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    # 08:00 UTC is 10:00 in Vilnius: the day began at 22:00 UTC the evening before.
    assert start_of_day(rep, MONDAY) == dt.datetime(2026, 12, 6, 22, 0, tzinfo=dt.UTC)
    contact = add_contact(db)
    enroll(db, "Scripted", [contact], rep, MONDAY)
    [call] = today(db, rep, MONDAY)
    assert touches_today(db, rep, MONDAY) == 0
    complete(db, call.id, "connected", None, MONDAY + dt.timedelta(minutes=1))
    assert touches_today(db, rep, MONDAY + dt.timedelta(minutes=2)) == 1
    assert touches_today(db, rep, MONDAY) == 0  # not yet at that moment
    next_day = MONDAY + dt.timedelta(days=1)
    assert touches_today(db, rep, next_day) == 0
    other = add_rep(db, "Tomas", "tomas@example.lt").rep
    assert touches_today(db, other, MONDAY + dt.timedelta(minutes=2)) == 0
