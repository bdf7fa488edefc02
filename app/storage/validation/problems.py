"""Problem fields for the Validate workspace: the paged table and the reason filter list.

A *problem* is an email or phone whose status is invalid, unknown or risky, or (when a
reason filter is chosen) any field carrying that reason code. Pages are read in contact
id order with keyset paging, never OFFSET, so the millionth row costs what the first does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Final, Literal

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.core.validation import REASONS

__all__ = [
    "PROBLEM_STATUSES",
    "Field",
    "ProblemRow",
    "ReasonCount",
    "field_condition",
    "checked_fields",
    "problem_counts",
    "problem_rows",
]

#: Statuses that put a field in the problem table (``valid`` is not a problem).
PROBLEM_STATUSES: Final[tuple[str, ...]] = ("invalid", "unknown", "risky")

Field = Literal["email", "phone"]


@dataclass(frozen=True)
class ProblemRow:
    """One problem field of one contact, as the Validate workspace's table shows it.

    Attributes:
        contact_id: The contact.
        version: The contact's version, to pass to :func:`edit_field`.
        name: The contact's name (full name, else first + last).
        company: The company's name, or None.
        field: ``"email"`` or ``"phone"``.
        raw: The value as imported or typed.
        normalized: The normalized email or the E.164 number, or None.
        status: ``"invalid"``, ``"risky"``, ``"unknown"`` (or ``"valid"`` when a
            reason filter such as ``free_mail`` matched a valid field).
        reasons: Reason codes (see ``REASONS`` for the explanations).
        suggestion: The suggested correction (emails only), or None.
    """

    contact_id: int
    version: int
    name: str
    company: str | None
    field: Field
    raw: str | None
    normalized: str | None
    status: str | None
    reasons: tuple[str, ...]
    suggestion: str | None


@dataclass(frozen=True)
class ReasonCount:
    """How many contacts have a reason code in a field, for the problem filter list.

    Attributes:
        field: ``"email"`` or ``"phone"``.
        reason: The reason code.
        count: Contacts with it.
        explanation: The human explanation (``REASONS[reason]``).
    """

    field: Field
    reason: str
    count: int
    explanation: str


def _like_code(reason: str) -> str:
    escaped = reason.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %"


def field_condition(
    field_name: Field, reason: str | None, params: dict[str, Any], *, id_order: bool = False
) -> str:
    """The SQL condition on ``contacts c`` that makes a field a problem (or carry ``reason``).

    Args:
        field_name: ``"email"`` or ``"phone"``.
        reason: A reason code to match in any status; None matches the problem statuses.
        params: The statement's parameters; the condition's own are added to it.
        id_order: Keep SQLite off the status index (pages read in id order).

    Returns:
        A SQL fragment over the alias ``c``.
    """
    if reason is not None:
        params[f"{field_name}_like"] = _like_code(reason)
        return f"(' ' || c.{field_name}_reasons || ' ') LIKE :{field_name}_like ESCAPE '\\'"
    statuses = ", ".join(f"'{s}'" for s in PROBLEM_STATUSES)
    # SQLite's unary + keeps the planner off the status index: a page is then read in
    # id order and stops after `limit` hits, instead of collecting and sorting every
    # problem row (a tenth of a million-row table) for each page.
    column = f"+c.{field_name}_status" if id_order else f"c.{field_name}_status"
    return f"{column} IN ({statuses})"


def checked_fields(field_name: Field | None) -> tuple[Field, ...]:
    """The fields a query looks at: the one named, or both for None.

    Raises:
        ValueError: ``field_name`` is neither ``"email"``, ``"phone"`` nor None.
    """
    if field_name is None:
        return ("email", "phone")
    if field_name not in ("email", "phone"):
        raise ValueError(f"field must be 'email', 'phone' or None, not {field_name!r}")
    return (field_name,)


def problem_rows(
    conn: Connection,
    *,
    reason: str | None = None,
    field: Field | None = None,
    list_id: int | None = None,
    after_id: int | None = None,
    limit: int = 200,
) -> list[ProblemRow]:
    """One page of problem fields, in contact id order (keyset paging, never OFFSET).

    Args:
        conn: A connection.
        reason: Only fields with this reason code (any status, so ``free_mail`` works);
            None: every field whose status is invalid, unknown or risky.
        field: ``"email"``, ``"phone"`` or None for both.
        list_id: Only members of this list.
        after_id: The ``contact_id`` of the last row of the previous page.
        limit: Contacts per page. A contact with a problem in both fields gives two
            rows (email first), always on the same page.

    Returns:
        The rows; fewer than ``limit`` contacts means the last page.
    """
    fields = checked_fields(field)
    params: dict[str, Any] = {"after": after_id or 0, "limit": limit, "list_id": list_id}
    id_order = conn.dialect.name == "sqlite"
    conditions = {f: field_condition(f, reason, params, id_order=id_order) for f in fields}
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    flags = ", ".join(
        f"CASE WHEN {cond} THEN 1 ELSE 0 END AS {f}_hit" for f, cond in conditions.items()
    )
    sql = f"""
        SELECT c.id, c.version, c.full_name, c.first_name, c.last_name, co.name AS company,
               c.email_raw, c.email, c.email_status, c.email_reasons, c.email_suggestion,
               c.phone_raw, c.phone_e164, c.phone_status, c.phone_reasons, {flags}
        FROM contacts c {join}
        LEFT JOIN companies co ON co.id = c.company_id
        WHERE c.id > :after AND ({" OR ".join(conditions.values())})
        ORDER BY c.id
        LIMIT :limit
    """  # noqa: S608 - fragments are ours; values are bound
    out: list[ProblemRow] = []
    for row in conn.execute(text(sql), params).mappings():
        name = row["full_name"] or " ".join(
            part for part in (row["first_name"], row["last_name"]) if part
        )
        for f in fields:
            if not row[f"{f}_hit"]:
                continue
            normalized = row["email"] if f == "email" else row["phone_e164"]
            out.append(
                ProblemRow(
                    contact_id=row["id"],
                    version=row["version"],
                    name=name,
                    company=row["company"],
                    field=f,
                    raw=row[f"{f}_raw"],
                    normalized=normalized,
                    status=row[f"{f}_status"],
                    reasons=tuple((row[f"{f}_reasons"] or "").split()),
                    suggestion=row["email_suggestion"] if f == "email" else None,
                )
            )
    return out


def problem_counts(
    conn: Connection, *, field: Field | None = None, list_id: int | None = None
) -> list[ReasonCount]:
    """Contacts per (field, reason code), most frequent first, for the filter list.

    Codes on ``valid`` fields (``free_mail``, ``a_record_fallback``) are included: the
    count of each entry equals the rows :func:`problem_rows` gives for that reason.

    Args:
        conn: A connection.
        field: ``"email"``, ``"phone"`` or None for both.
        list_id: Only members of this list.

    Returns:
        The counts.
    """
    join = (
        "JOIN list_members m ON m.contact_id = c.id AND m.list_id = :list_id"
        if list_id is not None
        else ""
    )
    counts: list[ReasonCount] = []
    for f in checked_fields(field):
        sql = f"""
            SELECT c.{f}_reasons, count(*) FROM contacts c {join}
            WHERE c.{f}_reasons IS NOT NULL GROUP BY c.{f}_reasons
        """  # noqa: S608
        per_code: Counter[str] = Counter()
        for reasons, n in conn.execute(text(sql), {"list_id": list_id}):
            for code in set(reasons.split()):
                per_code[code] += int(n)
        counts.extend(
            ReasonCount(f, code, n, REASONS.get(code, code)) for code, n in per_code.items()
        )
    counts.sort(key=lambda rc: (-rc.count, rc.field, rc.reason))
    return counts
