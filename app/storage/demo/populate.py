"""Fill a database with realistic demo data so every screen has something to show.

``populate_demo`` writes reps, the default pipeline, companies, prospects in eleven
countries (made by ``app.core.demo``), lists, a segment, an ICP profile, templates,
cadences with enrollments and due tasks, a few weeks of activities, qualifications and
hand-offs. Everything goes into ONE transaction with Core ``executemany`` inserts in
chunks: a cancel or an error rolls the whole load back, so the database is left exactly
as it was.

Speed (DESIGN: 100,000 prospects in under a minute), measured with
``benchmarks/bench_demo.py``:

- No ORM unit of work: each insert is compiled once and run with ``executemany``, values
  converted by the column types' own bind processors.
- The search trigger and the secondary indexes of the big tables are dropped inside the
  transaction and rebuilt once at the end (read back from ``sqlite_master``, so exactly
  what the migrations made returns; a rollback restores them as well).
- Validation, the costliest step, runs in a spawned worker process for big loads while
  this process inserts the previous chunk.

The derived columns (normalized email, statuses, E.164, the phone's time zone, the
quality score...) come from ``app.storage.contacts.derived``, as for an import or a
validation run, so revalidating a demo database changes nothing.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import func, select

from app.core.ops import NO_CHANGES, CancelToken, Changes, Progress
from app.storage import errors, tables
from app.storage.database import Database
from app.storage.demo.builder import _DemoBuilder
from app.storage.demo.loader import _PARALLEL_THRESHOLD, _Loader
from app.storage.types import utcnow


class DemoRefusedError(errors.StorageError):
    """The database already holds prospects; demo data would mix with real data.

    ``str()`` is an English sentence for logs and the CLI; an interface words ``code``
    with the values itself.

    Attributes:
        code: ``"demo_not_empty"``.
        database: The database's display name.
        prospects: How many prospects it holds.
    """

    code = "demo_not_empty"

    def __init__(self, database: str, prospects: int) -> None:
        super().__init__(
            f"{database} already holds {prospects:,} prospects; demo data is only added to "
            "an empty database."
        )
        self.database = database
        self.prospects = prospects


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What a demo load wrote (row counts), how long it took, and its :class:`Changes`.

    ``changes`` names every table the load wrote to (operation ``demo``, counting the
    prospects); it has no change set: a demo load is not undone, it goes into an empty
    database.
    """

    reps: int
    stages: int
    companies: int
    contacts: int
    lists: int
    segments: int
    templates: int
    cadences: int
    enrollments: int
    tasks: int
    activities: int
    qualifications: int
    handoffs: int
    seconds: float
    changes: Changes = NO_CHANGES


# --- the public entry point -----------------------------------------------------------------


def populate_demo(
    db: Database,
    *,
    contacts: int = 2000,
    seed: int = 42,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    now: dt.datetime | None = None,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill ``db`` with realistic demo data in one transaction.

    Args:
        db: An open database without prospects (stages and reps already there are reused).
        contacts: How many prospects to create.
        seed: The same seed (and ``now``) gives the same data.
        progress: Called with (steps done, steps in total) as the load goes on.
        cancel: Checked between chunks; once cancelled, everything is rolled back.
        now: The moment the demo is built around (due dates, activity history);
            default the current time.
        parallel: Validate in worker processes while inserting; default: for 20,000
            prospects and more. The data is the same either way. Workers are spawned,
            so the program's main module must be import-safe (``if __name__ ==
            "__main__":``, as ``main.py`` is); a frozen build needs
            ``multiprocessing.freeze_support()``.

    Returns:
        What was written, with its ``changes``.

    Raises:
        DemoRefusedError: The database already holds prospects.
        OperationCancelled: ``cancel`` was cancelled; the database is unchanged.
        ValueError: ``contacts`` is negative.
    """
    if contacts < 0:
        raise ValueError("contacts must be zero or more")
    started = time.perf_counter()
    moment = now or utcnow()
    with db.transaction() as conn:
        existing = conn.execute(select(func.count()).select_from(tables.contacts)).scalar_one()
        if existing:
            raise DemoRefusedError(db.display_name, int(existing))
        loader = _Loader(conn, progress, cancel)
        if parallel is None:
            parallel = contacts >= _PARALLEL_THRESHOLD
        builder = _DemoBuilder(loader, seed=seed, now=moment, total=contacts, parallel=parallel)
        builder.run()
    counts = loader.counts
    return DemoSummary(
        reps=len(builder.rep_ids),
        stages=len(builder.stage_ids),
        companies=counts.get("companies", 0),
        contacts=counts.get("contacts", 0),
        lists=counts.get("lists", 0),
        segments=counts.get("segments", 0),
        templates=counts.get("templates", 0),
        cadences=counts.get("cadences", 0),
        enrollments=counts.get("enrollments", 0),
        tasks=counts.get("tasks", 0),
        activities=counts.get("activities", 0),
        qualifications=counts.get("qualifications", 0),
        handoffs=counts.get("handoffs", 0),
        seconds=time.perf_counter() - started,
        changes=Changes.of(
            (name for name, rows in counts.items() if rows),
            operation="demo",
            count=counts.get("contacts", 0),
        ),
    )
