"""Shared rows for the pipeline tests: a prospect in a cadence, an SDR and an AE."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.storage import tables
from app.storage.cadences import add_rep, enroll, import_cadence
from app.storage.database import Database
from app.storage.pipeline import seed_default_stages
from tests.cadences_data import CALLS_CADENCE, MONDAY, add_contact

#: Every answer of the default checklist's required questions.
FULL_ANSWERS = {
    "company_size": "200-500 employees",
    "industry_fit": True,
    "budget": "approved for Q1",
    "authority": "VP Sales, signs",
    "need": "reps waste hours on lists",
    "timing": "this quarter",
}


@dataclass(frozen=True)
class Pipeline:
    """A database with the default stages, an SDR, an AE and one enrolled prospect."""

    contact_id: int
    sdr_id: int
    ae_id: int
    enrollment_id: int
    now: dt.datetime = MONDAY


def setup_pipeline(db: Database, **contact: Any) -> Pipeline:
    """Seed the stages, add an SDR (Vilnius) and an AE (New York), and enroll a prospect."""
    seed_default_stages(db)
    sdr = add_rep(db, "Rūta Kazlauskienė", "ruta@example.lt", time_zone="Europe/Vilnius").rep
    ae = add_rep(db, "Marcus Bell", "marcus@example.com", role="ae", time_zone="America/New_York")
    values = {"company_id": None, "owner_id": sdr.id, **contact}
    contact_id = add_contact(db, **values)
    import_cadence(db, CALLS_CADENCE)
    enrolled = enroll(db, "Test calls", [contact_id], sdr, MONDAY - dt.timedelta(days=1))
    assert enrolled.enrolled == (contact_id,)
    with db.reading() as conn:
        e = tables.enrollments
        enrollment_id = conn.execute(
            select(e.c.id).where(e.c.contact_id == contact_id)
        ).scalar_one()
    return Pipeline(contact_id, sdr.id, ae.rep.id, int(enrollment_id))


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows except the undo record itself: "exactly as before" in one value."""
    skip = {"change_sets", "change_set_rows"}
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as conn:
        for table in tables.metadata.sorted_tables:
            if table.name in skip:
                continue
            rows = conn.execute(select(table))
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
    return out
