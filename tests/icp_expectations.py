"""What the core's ICP scoring says for every contact, read independently of the store."""

from __future__ import annotations

from sqlalchemy import text

from app.core.icp import IcpProfile, score_contact
from app.storage.database import Database


def expected_scores(db: Database, profile: IcpProfile) -> dict[int, int]:
    """Score every contact with the core, from a query of this module's own."""
    with db.reading() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.title, c.email, coalesce(c.country, co.country), co.industry,"
                " co.employee_count, co.domain, co.website FROM contacts c"
                " LEFT JOIN companies co ON co.id = c.company_id"
            )
        ).all()
    names = ("title", "email", "country", "industry", "employee_count", "domain", "website")
    return {
        row[0]: score_contact(profile, dict(zip(names, row[1:], strict=True))).score for row in rows
    }
