"""Shared rows for the cadence tests: prospects with known clocks, a small call cadence."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert

from app.storage.database import Database
from app.storage.schema import Contact

#: Monday 7 December 2026, 08:00 UTC: 10:00 in Vilnius, 02:00 in Dallas.
MONDAY = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)

#: A call on day 1, an email on day 2, a call on day 3, a task on day 5.
CALLS_CADENCE = """{
  "format_version": 1,
  "name": "Test calls",
  "steps": [
    {"day": 1, "channel": "call"},
    {"day": 2, "channel": "email", "template": "Follow-up"},
    {"day": 3, "channel": "call"},
    {"day": 5, "channel": "task", "instructions": "Research the account"}
  ]
}
"""


def add_contact(db: Database, **values: Any) -> int:
    """Insert one contact; ``values`` override a Lithuanian prospect with a valid phone."""
    row: dict[str, Any] = {
        "first_name": "Jurgis",
        "last_name": "Šimkus",
        "full_name": "Jurgis Šimkus",
        "email": "jurgis@example.lt",
        "email_key": "jurgis@example.lt",
        "phone_raw": "+370 612 34567",
        "phone_e164": "+37061234567",
        "phone_status": "valid",
        "time_zone": "Europe/Vilnius",
        "country": "LT",
        "city": "Vilnius",
        "source": "outbound",
        "do_not_contact": False,
        "custom_fields": {},
    }
    row.update(values)
    with db.transaction() as conn:
        return int(conn.execute(insert(Contact).values(**row).returning(Contact.id)).scalar_one())
