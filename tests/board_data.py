"""A small, exact pipeline for the board's tests: the default stages, two reps, prospects.

Written with plain Core inserts (no demo randomness), so every count is known:

- New: 100 prospects (more than a page: the column loads lazily), alternately owned by
  Anna and Boris; the even ones inbound, the odd ones outbound; every tenth a spear;
- Attempting: 3 (one with an active cadence step due, one with two stage changes);
- Qualified: 1; Nurture: 2; Disqualified: 1; the other stages: empty;
- 1 prospect without a stage.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import insert, select

from app.storage import tables
from app.storage.database import Database
from app.storage.demo import DEFAULT_STAGES

#: The moment the data is "now" for (a Monday, 10:00 UTC).
NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
CREATED = dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC)
NEW_COUNT = 100


@dataclass
class Board:
    """The ids the tests look up."""

    stages: dict[str, int] = field(default_factory=dict)
    reps: dict[str, int] = field(default_factory=dict)
    by_stage: dict[str, list[int]] = field(default_factory=dict)
    loose: int = 0
    list_id: int = 0
    cadence_id: int = 0


def seed_board(db: Database) -> Board:
    """Fill ``db`` (freshly migrated) with the board described above."""
    board = Board()
    with db.transaction() as conn:
        for position, spec in enumerate(DEFAULT_STAGES):
            board.stages[spec.key] = conn.execute(
                insert(tables.pipeline_stages)
                .values(
                    key=spec.key,
                    name=spec.name,
                    position=position,
                    is_terminal=spec.is_terminal,
                    color=spec.color,
                )
                .returning(tables.pipeline_stages.c.id)
            ).scalar_one()
        for name, zone in (("Anna Berg", "Europe/Stockholm"), ("Boris Orlov", "Europe/Moscow")):
            board.reps[name.split()[0].lower()] = conn.execute(
                insert(tables.reps)
                .values(name=name, email=f"{name.split()[0].lower()}@example.com", time_zone=zone)
                .returning(tables.reps.c.id)
            ).scalar_one()
        company = conn.execute(
            insert(tables.companies)
            .values(name="Northwind", normalized_name="northwind")
            .returning(tables.companies.c.id)
        ).scalar_one()

        def contact(first: str, last: str, stage: str | None, n: int, **values: object) -> int:
            row = {
                "first_name": first,
                "last_name": last,
                "full_name": f"{first} {last}",
                "title": "Head of Sales",
                "company_id": company,
                "stage_id": board.stages[stage] if stage else None,
                "owner_id": board.reps["anna" if n % 2 == 0 else "boris"],
                "source": "inbound" if n % 2 == 0 else "outbound",
                "lead_type": "spear" if n % 10 == 0 else "net",
                "fit_score": n % 101,
                "created_at": CREATED + dt.timedelta(minutes=n),
                "updated_at": CREATED,
                "custom_fields": {},
                **values,
            }
            contact_id = int(
                conn.execute(
                    insert(tables.contacts).values(**row).returning(tables.contacts.c.id)
                ).scalar_one()
            )
            board.by_stage.setdefault(stage or "", []).append(contact_id)
            return contact_id

        for n in range(NEW_COUNT):
            contact("Prospect", f"Number{n:03d}", "new", n, last_touched_at=None)
        for n, (first, last) in enumerate((("Иван", "Петров"), ("王", "芳"), ("Ona", "Kazlauskė"))):
            contact(first, last, "attempting", n, last_touched_at=NOW - dt.timedelta(days=1))
        contact("Quinn", "Qualified", "qualified", 1)
        contact("Nora", "Nurture", "nurture", 1)
        contact("Nils", "Nurture", "nurture", 3)
        contact("Dora", "Disqualified", "disqualified", 1)
        board.loose = contact("Lone", "Nostage", None, 1)

        attempting = board.by_stage["attempting"]
        for when, old, new in (
            (NOW - dt.timedelta(days=9), "new", "researching"),
            (NOW - dt.timedelta(days=4), "researching", "attempting"),
        ):
            conn.execute(
                insert(tables.activities).values(
                    contact_id=attempting[0],
                    kind="stage_change",
                    occurred_at=when,
                    details={"from": old, "to": new},
                )
            )
        board.cadence_id = conn.execute(
            insert(tables.cadences).values(name="Outbound").returning(tables.cadences.c.id)
        ).scalar_one()
        conn.execute(
            insert(tables.cadence_steps),
            [
                {
                    "cadence_id": board.cadence_id,
                    "position": 1,
                    "day_offset": 0,
                    "channel": "email",
                },
                {"cadence_id": board.cadence_id, "position": 2, "day_offset": 2, "channel": "call"},
            ],
        )
        for status, step, due in (("active", 2, NOW + dt.timedelta(hours=3)), ("stopped", 1, NOW)):
            conn.execute(
                insert(tables.enrollments).values(
                    contact_id=attempting[1],
                    cadence_id=board.cadence_id,
                    current_step=step,
                    status=status,
                    next_due_at=due,
                )
            )
        board.list_id = conn.execute(
            insert(tables.lists).values(name="Conference").returning(tables.lists.c.id)
        ).scalar_one()
        conn.execute(
            insert(tables.list_members),
            [{"list_id": board.list_id, "contact_id": cid} for cid in attempting[:2]],
        )
        assert conn.execute(select(tables.contacts.c.id)).first() is not None
    return board
