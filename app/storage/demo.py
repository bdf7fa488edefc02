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
import hashlib
import os
import random
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection

from app.core.demo import DemoCompany, DemoDataGenerator, DemoPerson, weighted_choice
from app.core.ops import NO_CHANGES, CancelToken, Changes, Progress, check_cancelled, report
from app.core.validation import PhoneCheck, check_email, check_phone, score_contact
from app.core.workers import shutdown_pools, spawn_pool
from app.storage import errors, tables
from app.storage.contacts.derived import DERIVED_COLUMNS, derived_values, is_blank
from app.storage.database import Database
from app.storage.search_index import rebuild_search_index
from app.storage.types import utcnow

#: The settings key marking a database as demo data (the UI may refuse real sends in it).
DEMO_SETTING_KEY: Final = "demo"

# Rows per executemany: big enough to amortise the call, small enough to cancel promptly.
_CHUNK: Final = 5_000
# Prospects per company on average; real prospect lists cluster a few people per account.
_CONTACTS_PER_COMPANY: Final = 8
# Tables whose secondary indexes are built once after the load instead of row by row.
_BULK_TABLES: Final = ("contacts", "activities", "tasks", "enrollments", "list_members",
                       "contact_tags", "contact_points", "qualifications", "handoffs")  # fmt: skip
_PROGRESS_TOTAL: Final = 1_000


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
class StageSpec:
    """A default pipeline stage: key, label, whether it ends a prospect's active life."""

    key: str
    name: str
    is_terminal: bool
    color: str
    weight: int  # share of demo prospects in this stage


#: The default pipeline, in board order.
DEFAULT_STAGES: Final = (
    StageSpec("new", "New", False, "#90a4ae", 30),
    StageSpec("researching", "Researching", False, "#64b5f6", 14),
    StageSpec("attempting", "Attempting", False, "#4db6ac", 26),
    StageSpec("connected", "Connected", False, "#81c784", 8),
    StageSpec("qualified", "Qualified", False, "#aed581", 4),
    StageSpec("meeting_booked", "Meeting booked", False, "#ffb74d", 3),
    StageSpec("handed_off", "Handed off", True, "#ba68c8", 3),
    StageSpec("nurture", "Nurture", False, "#fff176", 7),
    StageSpec("disqualified", "Disqualified", True, "#e57373", 5),
)
_PATH: Final = (
    "new", "researching", "attempting", "connected", "qualified", "meeting_booked", "handed_off",
)  # fmt: skip

# (name, role, email local part); emails on the reserved .example domain reach nobody.
DEMO_REPS: Final = (
    ("Emma Lindqvist", "sdr", "emma.lindqvist"),
    ("Dmitri Sokolov", "sdr", "dmitri.sokolov"),
    ("Rūta Kazlauskienė", "sdr", "ruta.kazlauskiene"),
    ("Carlos Mendes", "sdr", "carlos.mendes"),
    ("Marcus Bell", "ae", "marcus.bell"),
    ("Sofia Romano", "ae", "sofia.romano"),
    ("Helen Park", "manager", "helen.park"),
)  # fmt: skip
_REP_DOMAIN: Final = "demo.prospectdesk.example"


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


# --- templates and cadences --------------------------------------------------------------

# Merge fields use the template engine's {{ field }} syntax.
_TEMPLATES: Final = (
    ("Intro — outbound", "email", "{{ company }} and pipeline in {{ city }}",
     "Hi {{ first_name }},\n\nI noticed {{ company }} is growing its team. We help sales "
     "teams like yours book more first meetings without adding headcount.\n\nWorth a "
     "15-minute call next week?\n\n{{ sender_first_name }}"),
    ("Second email — value", "email", "Re: {{ company }} and pipeline",
     "Hi {{ first_name }},\n\nOne number: teams that switched saw 27% more connects in a "
     "quarter. Happy to show you how in 15 minutes.\n\n{{ sender_first_name }}"),
    ("Follow-up — case study", "email", "How a team like {{ company }} doubled meetings",
     "Hi {{ first_name }},\n\nSharing a short case study from a company your size. Does "
     "Tuesday or Thursday suit you?\n\n{{ sender_first_name }}"),
    ("Break-up email", "email", "Should I close your file?",
     "Hi {{ first_name }},\n\nI have not heard back, so I will assume the timing is not "
     "right and stop reaching out. If that changes, just reply.\n\n{{ sender_first_name }}"),
    ("Inbound — thanks for reaching out", "email", "Your request at {{ company }}",
     "Hi {{ first_name }},\n\nThanks for getting in touch. I tried to call you just now; "
     "when is a good time today?\n\n{{ sender_first_name }}"),
    ("Nurture — check-in", "email", "Still on your radar, {{ first_name }}?",
     "Hi {{ first_name }},\n\nYou mentioned revisiting this later in the year. Is now a "
     "better time?\n\n{{ sender_first_name }}"),
    ("LinkedIn connect note", "linkedin", None,
     "Hi {{ first_name }}, I work with sales leaders in {{ industry }} and would be glad "
     "to connect."),
    ("Cold call script", "call", None,
     "Opener: Hi {{ first_name }}, this is {{ sender_first_name }}. Did I catch you at a bad "
     "time?\nReason: teams like {{ company }} ...\nQuestion: how do you book meetings "
     "today?\nVoicemail: short, name and number twice, mention the email."),
)  # fmt: skip

# (name, description, steps as (day offset, channel, template name or None, instructions))
_CADENCES: Final = (
    ("Outbound — 14-day standard",
     "Targeted outbound: emails, LinkedIn and calls over two weeks, then a break-up email.",
     ((0, "email", "Intro — outbound", "Day 1: personalised intro email"),
      (0, "linkedin", "LinkedIn connect note", "Day 1: LinkedIn connect request"),
      (2, "email", "Second email — value", "Day 3: second email"),
      (4, "email", "Follow-up — case study", "Day 5: follow-up with a case study"),
      (6, "call", "Cold call script", "Day 7: call; leave a voicemail if no answer"),
      (8, "linkedin", None, "Day 9: LinkedIn message"),
      (10, "call", "Cold call script", "Day 11: second call"),
      (13, "email", "Break-up email", "Day 14: break-up email"))),
    ("Inbound — speed to lead",
     "For website leads: call within minutes, then a short follow-up sequence.",
     ((0, "call", "Cold call script", "Call within 5 minutes of the form"),
      (0, "email", "Inbound — thanks for reaching out", "Same day: thank-you email"),
      (1, "call", "Cold call script", "Day 2: second call"),
      (3, "email", "Second email — value", "Day 4: value email"),
      (5, "call", None, "Day 6: last call"),
      (9, "email", "Break-up email", "Day 10: break-up email"))),
    ("Nurture — quarterly check-in",
     "Not sales-ready yet: a light touch every few weeks.",
     ((0, "email", "Nurture — check-in", "Check in"),
      (30, "email", "Nurture — check-in", "One month later"),
      (90, "email", "Nurture — check-in", "One quarter later"))),
)  # fmt: skip
_OUTBOUND, _INBOUND, _NURTURE = 0, 1, 2

_TAGS: Final = ("webinar-2026", "conference", "decision-maker", "champion",
                "competitor-customer", "partner-referral")  # fmt: skip
_CALL_OUTCOMES: Final = ("no_answer", "voicemail", "busy", "gatekeeper", "wrong_number")
_CALL_CUM: Final = tuple(accumulate((45, 30, 8, 12, 5)))
_CHANNELS: Final = ("email", "call", "linkedin")
_CHANNEL_CUM: Final = tuple(accumulate((50, 35, 15)))
_DISQUALIFY_REASONS: Final = ("No budget this year", "Not the decision maker",
                              "Uses a competitor under a 3-year contract", "Company too small",
                              "No need", "Asked not to be contacted")  # fmt: skip


# --- validation ---------------------------------------------------------------------------

#: (raw email, raw phone, phone region, first name, last name, company, title) of one prospect.
ValidationRecord = tuple[str | None, str | None, str, str | None, str | None, str, str]

# Below this many prospects, starting a worker process costs more than it saves.
_PARALLEL_THRESHOLD: Final = 20_000
# Phone checks remembered per process: demo numbers come from small fictional ranges
# (US 555-01xx), so the same (number, region) recurs often.
_phone_cache: dict[tuple[str, str], PhoneCheck] = {}


def _record(person: DemoPerson, company: str) -> ValidationRecord:
    return (person.email, person.phone, person.country_code, person.first_name,
            person.last_name, company, person.title)  # fmt: skip


def validate_records(records: list[ValidationRecord]) -> list[dict[str, Any]]:
    """The derived columns of each record, as an import or a validation run writes them.

    Module-level and fed plain tuples so worker processes can run it.
    """
    return [_derived_fields(record) for record in records]


def _derived_fields(record: ValidationRecord) -> dict[str, Any]:
    raw_email, raw_phone, region, first_name, last_name, company, title = record
    # Blank values count as missing, as in a validation run.
    e = None if is_blank(raw_email) else check_email(raw_email)
    p = None
    if raw_phone is not None and not is_blank(raw_phone):
        p = _phone_cache.get((raw_phone, region))
        if p is None:
            # No display form: the derived columns do not store it (a fifth of a check).
            p = _phone_cache[(raw_phone, region)] = check_phone(raw_phone, region, formatted=False)
    quality = score_contact(
        email=e, phone=p, first_name=first_name, last_name=last_name, company=company,
        title=title,
    )  # fmt: skip
    return dict(zip(DERIVED_COLUMNS, derived_values(e, p, quality.score), strict=True))


class _Validator:
    """Runs ``validate_records`` inline, or in worker processes while the loader inserts.

    Validation is the most expensive part of a big demo (phone parsing above all) and
    depends on nothing but the raw values, so a chunk's records go to workers while this
    process builds and inserts the previous chunk. Workers are spawned, never forked: the
    caller may be a GUI application with threads. If workers cannot start or die, the
    work is done inline; the results are the same either way.
    """

    def __init__(self, parallel: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._workers = 0
        if parallel:
            self._workers = max(1, min(3, (os.cpu_count() or 2) - 1))
            try:
                # At normal priority, without an import's init_worker: the demo's
                # figures were measured so; lowering the workers' priority here is a
                # change to measure with bench_demo.py, not to make in passing.
                self._pool = spawn_pool(self._workers)
            except (OSError, ValueError, NotImplementedError):
                self._pool = None

    def submit(self, records: list[ValidationRecord]) -> Callable[[], list[dict[str, Any]]]:
        """Start validating ``records``; the returned function waits for the results."""
        if self._pool is None:
            results = validate_records(records)
            return lambda: results
        size = -(-len(records) // self._workers) or 1
        parts = [records[i : i + size] for i in range(0, len(records), size)]
        try:
            futures = [self._pool.submit(validate_records, part) for part in parts]
        except (BrokenProcessPool, RuntimeError):
            self.close()
            return self.submit(records)

        def wait() -> list[dict[str, Any]]:
            try:
                return [row for future in futures for row in future.result()]
            except BrokenProcessPool:
                self.close()
                return validate_records(records)

        return wait

    def close(self) -> None:
        """Stop the workers (pending work is dropped)."""
        if self._pool is not None:
            shutdown_pools([self._pool])
            self._pool = None


# --- the loader ---------------------------------------------------------------------------


class _Loader:
    """Inserts rows in chunks inside one transaction, counting, reporting and cancelling."""

    def __init__(
        self, conn: Connection, progress: Progress | None, cancel: CancelToken | None
    ) -> None:
        self.conn = conn
        self.progress = progress
        self.cancel = cancel
        self.counts: dict[str, int] = {}

    def check_cancel(self) -> None:
        """Raise ``OperationCancelled`` when the caller cancelled (the load then rolls back)."""
        check_cancelled(self.cancel)

    def report(self, done: int) -> None:
        """Tell the caller how far the load is (out of ``_PROGRESS_TOTAL``)."""
        report(self.progress, min(done, _PROGRESS_TOTAL), _PROGRESS_TOTAL)

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts with the same keys) into ``table``, a chunk at a time."""
        if rows:
            if self.conn.dialect.name == "sqlite":
                self._insert_sqlite(table, rows)
            else:
                for start in range(0, len(rows), _CHUNK):
                    self.check_cancel()
                    self.conn.execute(insert(table), list(rows[start : start + _CHUNK]))
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)

    def _insert_sqlite(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """The same insert with the statement compiled once and values converted here.

        Per-row parameter handling in ``Connection.execute`` costs more than SQLite's own
        work at this volume. The values go through each column type's own bind processor,
        so they are stored exactly as a normal insert would store them.
        """
        dialect = self.conn.dialect
        compiled = insert(table).compile(dialect=dialect, column_keys=list(rows[0]))
        keys = list(compiled.positiontup or ())
        # dialect_impl: the SQLite DATETIME processor, so timestamps get the text format a
        # normal insert writes (a generic DateTime processor would add "+00:00").
        processors = [
            table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
        ]
        plan = list(zip(keys, processors, strict=True))
        sql = str(compiled)
        for start in range(0, len(rows), _CHUNK):
            self.check_cancel()
            chunk = rows[start : start + _CHUNK]
            # Column by column: map() and zip() run in C, a per-value generator does not.
            columns = []
            for key, proc in plan:
                values = [row[key] for row in chunk]
                columns.append(list(map(proc, values)) if proc else values)
            self.conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))

    def next_id(self, table: Table) -> int:
        """The first free id of ``table`` (ids are assigned here so rows can refer to them)."""
        return (
            int(self.conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
        )


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


# --- building the data ------------------------------------------------------------------------


@dataclass
class _CadenceInfo:
    """A cadence as inserted: its id and, per step position, step id, channel and title."""

    id: int
    step_ids: list[int]
    channels: list[str]
    titles: list[str]


class _DemoBuilder:
    """Builds and inserts the demo rows; one instance per load."""

    def __init__(
        self, loader: _Loader, *, seed: int, now: dt.datetime, total: int, parallel: bool
    ) -> None:
        self.loader = loader
        self.conn = loader.conn
        self.now = now
        self.total = total
        self.people = DemoDataGenerator(seed)
        # A separate stream for the story (stages, activities) so changing one does not
        # reshuffle the other.
        self.rng = random.Random(seed * 7919 + 1)
        self.parallel = parallel
        self.rep_ids: dict[str, int] = {}
        self.sdr_ids: list[int] = []
        self.ae_ids: list[int] = []
        self.stage_ids: dict[str, int] = {}
        self.cadences: list[_CadenceInfo] = []
        self.list_ids: dict[str, int] = {}
        self.tag_ids: list[int] = []
        self.ids: dict[str, int] = {}
        self.top_accounts: set[int] = set()
        self.dnc_emails: list[str] = []
        self.saved_ddl: list[tuple[str, str]] = []

    # --- orchestration ---

    def run(self) -> None:
        """Insert everything, in foreign-key order."""
        self._suspend_bulk_overheads()
        self._reps()
        self._stages()
        self._templates_and_cadences()
        self._tags_lists_segments_icp()
        companies = self._companies()
        self.loader.report(50)
        self._contacts(companies)
        self._settings_and_suppressions()
        self.loader.check_cancel()
        self._restore_bulk_overheads()
        self.loader.report(_PROGRESS_TOTAL)

    def _suspend_bulk_overheads(self) -> None:
        """Drop the search trigger and secondary indexes of the big tables for the load.

        Updating a dozen B-tree indexes and the FTS index row by row costs several times
        more than building them once at the end (``CREATE INDEX`` sorts). The SQL is read
        from the database itself, so exactly what the migrations made comes back, and
        all of it happens inside the transaction: a rollback restores them too.
        """
        if self.conn.dialect.name != "sqlite":
            return
        placeholders = ", ".join(f"'{t}'" for t in _BULK_TABLES)
        rows = self.conn.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
            f"(type = 'index' AND tbl_name IN ({placeholders})) OR "
            "(type = 'trigger' AND tbl_name = 'contacts' AND sql LIKE '%contacts_fts%'))"
        ).all()
        for kind, name, sql in rows:
            statement = str(sql)
            if kind == "trigger" and "AFTER INSERT" not in statement.upper():
                continue  # update and delete triggers do not fire during inserts
            if kind == "index" and "UNIQUE" in statement.upper().split("INDEX")[0]:
                continue  # a unique index guards data; keep it checking every row
            self.saved_ddl.append((kind, statement))
            self.conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')

    def _restore_bulk_overheads(self) -> None:
        """Rebuild the search index and recreate what ``_suspend_bulk_overheads`` dropped."""
        if any(kind == "trigger" for kind, _ in self.saved_ddl):
            rebuild_search_index(self.conn)
        for done, (_kind, statement) in enumerate(self.saved_ddl, 1):
            self.loader.check_cancel()
            self.conn.exec_driver_sql(statement)
            self.loader.report(900 + 99 * done // len(self.saved_ddl))

    def _next_ids(self, table: Table, count: int) -> Iterator[int]:
        start = self.loader.next_id(table)
        return iter(range(start, start + count))

    def _days_ago(self, low: float, high: float) -> dt.datetime:
        return self.now - dt.timedelta(days=self.rng.uniform(low, high))

    # --- reference data ---

    def _reps(self) -> None:
        table = tables.reps
        existing = {
            email: rep_id for rep_id, email in self.conn.execute(select(table.c.id, table.c.email))
        }
        ids = self._next_ids(tables.reps, len(DEMO_REPS))
        rows = []
        for name, role, local in DEMO_REPS:
            email = f"{local}@{_REP_DOMAIN}"
            rep_id = existing.get(email)
            if rep_id is None:
                rep_id = next(ids)
                rows.append({
                    "id": rep_id, "name": name, "email": email, "role": role, "active": True,
                    "created_at": self.now, "updated_at": self.now,
                })  # fmt: skip
            self.rep_ids[name] = rep_id
            (self.sdr_ids if role == "sdr" else self.ae_ids if role == "ae" else []).append(rep_id)
        self.loader.insert(table, rows)

    def _stages(self) -> None:
        table = tables.pipeline_stages
        existing = {key: sid for sid, key in self.conn.execute(select(table.c.id, table.c.key))}
        ids = self._next_ids(tables.pipeline_stages, len(DEFAULT_STAGES))
        rows = []
        for position, spec in enumerate(DEFAULT_STAGES):
            stage_id = existing.get(spec.key)
            if stage_id is None:
                stage_id = next(ids)
                rows.append({
                    "id": stage_id, "key": spec.key, "name": spec.name, "position": position,
                    "is_terminal": spec.is_terminal, "color": spec.color,
                })  # fmt: skip
            self.stage_ids[spec.key] = stage_id
        self.loader.insert(table, rows)

    def _templates_and_cadences(self) -> None:
        template_ids: dict[str, int] = {}
        ids = self._next_ids(tables.templates, len(_TEMPLATES))
        rows = []
        for name, channel, subject, body in _TEMPLATES:
            template_ids[name] = next(ids)
            rows.append({
                "id": template_ids[name], "name": name, "channel": channel, "subject": subject,
                "body": body, "version": 1, "created_at": self.now, "updated_at": self.now,
            })  # fmt: skip
        self.loader.insert(tables.templates, rows)

        cadence_ids = self._next_ids(tables.cadences, len(_CADENCES))
        step_ids = self._next_ids(tables.cadence_steps, sum(len(c[2]) for c in _CADENCES))
        cadence_rows, step_rows = [], []
        for name, description, steps in _CADENCES:
            info = _CadenceInfo(next(cadence_ids), [], [], [])
            cadence_rows.append({
                "id": info.id, "name": name, "description": description, "active": True,
                "created_at": self.now - dt.timedelta(days=90), "updated_at": self.now,
            })  # fmt: skip
            for position, (offset, channel, template, instructions) in enumerate(steps, 1):
                step_id = next(step_ids)
                step_rows.append({
                    "id": step_id, "cadence_id": info.id, "position": position,
                    "day_offset": offset, "channel": channel,
                    "template_id": template_ids.get(template) if template else None,
                    "instructions": instructions,
                })  # fmt: skip
                info.step_ids.append(step_id)
                info.channels.append(channel)
                info.titles.append(instructions)
            self.cadences.append(info)
        self.loader.insert(tables.cadences, cadence_rows)
        self.loader.insert(tables.cadence_steps, step_rows)

    def _tags_lists_segments_icp(self) -> None:
        tag_ids = self._next_ids(tables.tags, len(_TAGS))
        self.tag_ids = [next(tag_ids) for _ in _TAGS]
        tag_rows = [{"id": i, "name": n} for i, n in zip(self.tag_ids, _TAGS, strict=True)]
        self.loader.insert(tables.tags, tag_rows)

        lists = (
            ("Webinar attendees — May", "Registered for the May pipeline webinar.",
             "Emma Lindqvist"),
            ("DACH software & fintech", "Germany: software and financial services.",
             "Rūta Kazlauskienė"),
            ("Top accounts Q3", "Prospects at our biggest target accounts.", "Helen Park"),
        )  # fmt: skip
        list_ids = self._next_ids(tables.lists, len(lists))
        list_rows = []
        for name, description, owner in lists:
            self.list_ids[name] = next(list_ids)
            list_rows.append({
                "id": self.list_ids[name], "name": name, "description": description,
                "owner_id": self.rep_ids[owner], "created_at": self._days_ago(20, 40),
                "updated_at": self.now,
            })  # fmt: skip
        self.loader.insert(tables.lists, list_rows)

        segments = (
            ("Hot inbound — not yet contacted",
             {"all": [{"field": "source", "op": "=", "value": "inbound"},
                      {"field": "stage", "op": "in", "value": ["new"]}]}),
            ("Directors and VPs in Europe",
             {"all": [{"field": "country", "op": "in",
                       "value": ["Germany", "France", "Spain", "United Kingdom", "Lithuania"]},
                      {"field": "custom.seniority", "op": "in", "value": ["director", "vp"]}]}),
            ("Emails to fix",
             {"all": [{"field": "email_status", "op": "in", "value": ["invalid", "risky"]}]}),
        )  # fmt: skip
        seg_ids = self._next_ids(tables.segments, len(segments))
        self.loader.insert(tables.segments, [
            {"id": next(seg_ids), "name": name, "definition": definition,
             "owner_id": self.rep_ids["Helen Park"], "created_at": self.now,
             "updated_at": self.now}
            for name, definition in segments
        ])  # fmt: skip

        icp_id = self.loader.next_id(tables.icp_profiles)
        self.loader.insert(tables.icp_profiles, [{
            "id": icp_id, "name": "Mid-market software, logistics and finance in Europe",
            "industries": list(_ICP_INDUSTRIES), "title_keywords": [
                "sales", "revenue", "marketing", "vertrieb", "продаж", "销售", "pardavimų",
                "commercial",
            ],
            "seniorities": ["c_level", "vp", "director"], "min_employees": _ICP_MIN,
            "max_employees": _ICP_MAX, "countries": list(_ICP_COUNTRIES),
            "excluded_domains": ["gmail.com", "mailinator.com"], "active": True, "version": 1,
            "created_at": self.now, "updated_at": self.now,
        }])  # fmt: skip

    # --- companies ---

    def _companies(self) -> list[tuple[int, DemoCompany]]:
        count = max(1, self.total // _CONTACTS_PER_COMPANY) if self.total else 0
        made = self.people.companies(count)
        ids = self._next_ids(tables.companies, count)
        numbered = [(next(ids), company) for company in made]
        self.loader.insert(tables.companies, [
            {"id": cid, "name": c.name, "normalized_name": c.normalized_name,
             "domain": c.domain, "website": c.website, "industry": c.industry,
             "employee_count": c.employee_count, "country": c.country, "city": c.city,
             "linkedin_url": c.linkedin_url, "version": 1,
             "created_at": self._days_ago(30, 120), "updated_at": self.now}
            for cid, c in numbered
        ])  # fmt: skip
        return numbered

    # --- contacts and their stories ---

    def _contacts(self, companies: list[tuple[int, DemoCompany]]) -> None:
        if not companies:
            return
        by_size = sorted(companies, key=lambda pair: -pair[1].employee_count)
        self.top_accounts = {cid for cid, _ in by_size[: max(3, len(by_size) // 100)]}
        stage_keys = [s.key for s in DEFAULT_STAGES]
        stage_cum = list(accumulate(s.weight for s in DEFAULT_STAGES))
        next_contact = self.loader.next_id(tables.contacts)
        self.ids = {
            name: self.loader.next_id(table)
            for name, table in (("enrollment", tables.enrollments), ("task", tables.tasks),
                                ("activity", tables.activities), ("point", tables.contact_points))
        }  # fmt: skip
        validator = _Validator(parallel=self.parallel)
        try:
            # One chunk is validated (in workers) while the previous one is inserted.
            pending: tuple[_Batch, Callable[[], list[dict[str, Any]]]] | None = None
            done = 0
            while done < self.total:
                size = min(_CHUNK, self.total - done)
                batch = _Batch()
                for offset in range(size):
                    company_id, company = companies[self.rng.randrange(len(companies))]
                    person = self.people.person(company)
                    stage = weighted_choice(self.rng, stage_keys, stage_cum)
                    prospect = _Prospect(
                        contact_id=next_contact + done + offset, company_id=company_id,
                        company=company, person=person, stage=stage,
                        owner=self.rng.choice(self.sdr_ids),
                        created=self._created(person, stage),
                    )  # fmt: skip
                    self._contact_rows(batch, prospect)
                derived = validator.submit(batch.records)
                if pending is not None:
                    self._finish(*pending)
                pending = (batch, derived)
                done += size
                self.loader.report(50 + 850 * done // max(self.total, 1))
            if pending is not None:
                self._finish(*pending)
        finally:
            validator.close()

    def _finish(self, batch: _Batch, derived: Callable[[], list[dict[str, Any]]]) -> None:
        """Add the validated columns to a chunk's contacts and insert the chunk."""
        self.loader.check_cancel()
        for row, fields, dnc in zip(batch.contacts, derived(), batch.dnc, strict=True):
            row.update(fields)
            if dnc and fields["email_key"]:
                self.dnc_emails.append(fields["email_key"])
        batch.insert(self.loader)

    def _created(self, person: DemoPerson, stage: str) -> dt.datetime:
        """When the prospect entered the database."""
        if stage != "new":
            return self._days_ago(10, 60)
        if person.source == "inbound" and self.rng.random() < 0.4:
            # New inbound leads arrive all day: some minutes old, for the speed-to-lead clock.
            return self._days_ago(0.01, 0.2)
        return self._days_ago(0.2, 10)

    def _contact_rows(self, batch: _Batch, prospect: _Prospect) -> None:
        rng = self.rng
        contact_id, person, stage = prospect.contact_id, prospect.person, prospect.stage
        owner, created = prospect.owner, prospect.created
        story = _Story(self, batch, prospect)
        story.tell()
        fit = _fit_score(prospect.company, person)
        dnc = stage == "disqualified" and story.disqualify_reason == "Asked not to be contacted"
        batch.contacts.append({
            "id": contact_id, "company_id": prospect.company_id, "first_name": person.first_name,
            "last_name": person.last_name, "full_name": person.full_name, "title": person.title,
            "email_raw": person.email, "phone_raw": person.phone,
            # time_zone comes with the derived columns: the phone's zone, as on import.
            "country": person.country, "city": person.city,
            "linkedin_url": person.linkedin_url, "source": person.source,
            "lead_type": person.lead_type, "stage_id": self.stage_ids[stage],
            "owner_id": owner if stage != "new" or rng.random() < 0.7 else None,
            "fit_score": fit, "do_not_contact": dnc, "last_touched_at": story.last_touch,
            "custom_fields": {"seniority": person.seniority}, "version": 1,
            "created_at": created, "updated_at": story.last_touch or created,
        })  # fmt: skip
        batch.records.append(_record(person, prospect.company.name))
        batch.dnc.append(dnc)
        if person.mobile:
            batch.points.append({
                "id": self._take("point"), "contact_id": contact_id, "kind": "phone",
                "label": "mobile", "raw": person.mobile, "normalized": None, "status": None,
                "reasons": None,
            })  # fmt: skip
        if rng.random() < 0.15:
            for tag_id in rng.sample(self.tag_ids, rng.randint(1, 2)):
                batch.tags.append({"contact_id": contact_id, "tag_id": tag_id})
        self._list_memberships(batch, prospect)

    def _list_memberships(self, batch: _Batch, prospect: _Prospect) -> None:
        person, company = prospect.person, prospect.company
        names = []
        if person.source == "inbound" and self.rng.random() < 0.12:
            names.append("Webinar attendees — May")
        if person.country_code == "DE" and company.industry in ("Software", "Financial services"):
            names.append("DACH software & fintech")
        if prospect.company_id in self.top_accounts:
            names.append("Top accounts Q3")
        for name in names:
            batch.members.append(
                {
                    "list_id": self.list_ids[name],
                    "contact_id": prospect.contact_id,
                    "added_at": prospect.created,
                }
            )

    def _take(self, kind: str) -> int:
        value = self.ids[kind]
        self.ids[kind] = value + 1
        return value

    def _settings_and_suppressions(self) -> None:
        table = tables.settings
        self.conn.execute(table.delete().where(table.c.key == DEMO_SETTING_KEY))
        self.loader.insert(table, [{
            "key": DEMO_SETTING_KEY,
            "value": {"seed_contacts": self.total, "created_at": self.now.isoformat(),
                      "note": "Demo data: addresses and numbers are made up."},
        }])  # fmt: skip
        domains = ("mailinator.com",)
        rows = [
            {"kind": "domain", "value": d, "value_hash": _hash(d),
             "reason": "Throwaway addresses", "created_at": self.now}
            for d in domains
        ]  # fmt: skip
        for email in sorted(set(self.dnc_emails)):
            rows.append({"kind": "email", "value": email, "value_hash": _hash(email),
                         "reason": "Asked not to be contacted",
                         "created_at": self.now})  # fmt: skip
        existing = {
            (kind, value_hash)
            for kind, value_hash in self.conn.execute(
                select(tables.suppressions.c.kind, tables.suppressions.c.value_hash)
            )
        }
        self.loader.insert(
            tables.suppressions, [r for r in rows if (r["kind"], r["value_hash"]) not in existing]
        )


_ICP_INDUSTRIES: Final = ("Software", "Logistics", "Financial services")
_ICP_COUNTRIES: Final = ("Germany", "United Kingdom", "France", "Lithuania", "Spain")
_ICP_MIN, _ICP_MAX = 51, 1000
_ICP_SENIORITIES: Final = ("c_level", "vp", "director")


def _fit_score(company: DemoCompany, person: DemoPerson) -> int:
    """A simple 0-100 fit against the demo ICP: 25 points for each criterion met."""
    score = 0
    score += 25 if company.industry in _ICP_INDUSTRIES else 0
    score += 25 if _ICP_MIN <= company.employee_count <= _ICP_MAX else 0
    score += 25 if person.country in _ICP_COUNTRIES else 0
    score += 25 if person.seniority in _ICP_SENIORITIES else 0
    return score


def _hash(value: str) -> str:
    return hashlib.sha256(value.casefold().encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class _Prospect:
    """One prospect being made: where they work, what stage, whose, since when."""

    contact_id: int
    company_id: int
    company: DemoCompany
    person: DemoPerson
    stage: str
    owner: int
    created: dt.datetime


@dataclass
class _Batch:
    """Rows of one chunk of prospects, inserted together in foreign-key order."""

    contacts: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    qualifications: list[dict[str, Any]] = field(default_factory=list)
    handoffs: list[dict[str, Any]] = field(default_factory=list)
    # Per contact, in order: the raw values to validate and do-not-contact.
    records: list[ValidationRecord] = field(default_factory=list)
    dnc: list[bool] = field(default_factory=list)

    def insert(self, loader: _Loader) -> None:
        """Insert every list of rows, parents first."""
        for table, rows in (
            (tables.contacts, self.contacts), (tables.contact_points, self.points),
            (tables.contact_tags, self.tags), (tables.list_members, self.members),
            (tables.enrollments, self.enrollments), (tables.tasks, self.tasks),
            (tables.activities, self.activities), (tables.qualifications, self.qualifications),
            (tables.handoffs, self.handoffs),
        ):  # fmt: skip
            loader.insert(table, rows)


class _Story:
    """What happened to one prospect: touches, stage changes, cadence, qualification."""

    def __init__(self, builder: _DemoBuilder, batch: _Batch, prospect: _Prospect) -> None:
        self.b = builder
        self.rng = builder.rng
        self.batch = batch
        self.contact_id = prospect.contact_id
        self.owner = prospect.owner
        self.created = prospect.created
        self.person = prospect.person
        self.stage = prospect.stage
        self.last_touch: dt.datetime | None = None
        self.disqualify_reason: str | None = None

    def tell(self) -> None:
        """Write the prospect's history into the batch."""
        stage = self.stage
        touches = {
            "new": 0, "researching": 0, "attempting": self.rng.randint(1, 5),
            "connected": self.rng.randint(3, 6), "qualified": self.rng.randint(4, 7),
            "meeting_booked": self.rng.randint(4, 8), "handed_off": self.rng.randint(5, 8),
            "nurture": self.rng.randint(2, 5), "disqualified": self.rng.randint(1, 4),
        }[stage]  # fmt: skip
        if stage == "researching" and self.rng.random() < 0.4:
            self._activity("note", self._when(), body="Checked the website and LinkedIn; "
                           "recent funding round, hiring SDRs.")  # fmt: skip
        for _ in range(touches):
            self._touch()
        if stage in ("connected", "qualified", "meeting_booked", "handed_off"):
            self._activity("call", self._when(), outcome="connected",
                           duration=self.rng.randint(90, 1200),
                           body="Spoke with them; interested, asked for details.")  # fmt: skip
        self._stage_changes()
        self._enrollment()
        self._qualification()

    def _when(self) -> dt.datetime:
        """A moment between the prospect's creation and now."""
        span = (self.b.now - self.created).total_seconds()
        return self.created + dt.timedelta(seconds=self.rng.uniform(0, span))

    def _activity(
        self,
        kind: str,
        when: dt.datetime,
        *,
        outcome: str | None = None,
        duration: int | None = None,
        subject: str | None = None,
        body: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.batch.activities.append({
            "id": self.b._take("activity"), "contact_id": self.contact_id, "rep_id": self.owner,
            "kind": kind, "occurred_at": when, "outcome": outcome, "duration_seconds": duration,
            "subject": subject, "body": body, "task_id": None, "details": details,
        })  # fmt: skip
        if self.last_touch is None or when > self.last_touch:
            self.last_touch = when

    def _touch(self) -> None:
        rng = self.rng
        when = self._when()
        channel = weighted_choice(rng, _CHANNELS, _CHANNEL_CUM)
        if channel == "call":
            outcome = weighted_choice(rng, _CALL_OUTCOMES, _CALL_CUM)
            duration = rng.randint(20, 70) if outcome in ("voicemail", "gatekeeper") else None
            body = "Left a voicemail, will email." if outcome == "voicemail" else None
            self._activity("call", when, outcome=outcome, duration=duration, body=body)
        elif channel == "email":
            bounced = self.person.email_kind in ("typo", "invalid", "disposable")
            outcome = "bounced" if bounced else ("replied" if rng.random() < 0.08 else "sent")
            subject = f"{self.person.first_name or 'Hello'} — quick question"
            self._activity("email", when, outcome=outcome, subject=subject)
        else:
            outcome = rng.choice(("connect_sent", "accepted", "message_sent"))
            self._activity("linkedin", when, outcome=outcome)

    def _stage_changes(self) -> None:
        stage = self.stage
        if stage == "new":
            return
        if stage in _PATH:
            path = list(_PATH[: _PATH.index(stage) + 1])
        else:
            # Nurture and Disqualified are reached from Attempting or Connected.
            path = ["new", "attempting", self.rng.choice(("attempting", "connected")), stage]
            path = list(dict.fromkeys(path))
        # The last three moves are enough history for the timeline and the funnel.
        moves = list(zip(path, path[1:], strict=False))[-3:]
        times = sorted(self._when() for _ in moves)
        for (old, new), when in zip(moves, times, strict=True):
            self._activity("stage_change", when, details={"from": old, "to": new})

    def _enrollment(self) -> None:
        rng, b, stage, source = self.rng, self.b, self.stage, self.person.source
        if stage == "nurture":
            index, status, reason = _NURTURE, "active", None
        elif stage in ("attempting",) or (stage in ("new", "researching") and rng.random() < 0.35):
            index, status, reason = (_INBOUND if source == "inbound" else _OUTBOUND), "active", None
        elif stage in ("connected", "qualified", "meeting_booked", "handed_off"):
            index = _INBOUND if source == "inbound" else _OUTBOUND
            status, reason = "stopped", ("meeting" if stage != "connected" else "reply")
        elif stage == "disqualified" and rng.random() < 0.6:
            index, status = _OUTBOUND, "stopped"
            reason = rng.choice(("bounce", "opt_out", "manual"))
        else:
            return
        cadence = b.cadences[index]
        if status == "active":
            step = 1 if stage in ("new", "researching") else rng.randint(1, len(cadence.step_ids))
            due = b.now + dt.timedelta(hours=rng.uniform(-72, 120))
            if index == _NURTURE:
                due = b.now + dt.timedelta(days=rng.uniform(-2, 60))
        else:
            step = rng.randint(2, len(cadence.step_ids))
            due = None
        enrollment_id = b._take("enrollment")
        enrolled = self.created + dt.timedelta(hours=rng.uniform(0, 24))
        self.batch.enrollments.append({
            "id": enrollment_id, "contact_id": self.contact_id, "cadence_id": cadence.id,
            "rep_id": self.owner, "current_step": step, "status": status,
            "stop_reason": reason, "next_due_at": due, "enrolled_at": min(enrolled, b.now),
            # No zone stored: the queue guesses it from the contact, as for older rows.
            "time_zone": None, "time_zone_guessed": False, "last_done_at": None,
            "version": 1, "created_at": self.created, "updated_at": b.now,
        })  # fmt: skip
        if due is not None and due < b.now + dt.timedelta(hours=12):
            channel = cadence.channels[step - 1]
            self.batch.tasks.append({
                "id": b._take("task"), "contact_id": self.contact_id, "rep_id": self.owner,
                "kind": channel if channel in ("email", "call", "linkedin") else "follow_up",
                "title": cadence.titles[step - 1], "due_at": due, "status": "open",
                "priority": 2 if source == "inbound" else (1 if due < b.now else 0),
                "enrollment_id": enrollment_id, "cadence_step_id": cadence.step_ids[step - 1],
                "completed_at": None, "notes": None, "version": 1,
                "created_at": self.created, "updated_at": b.now,
            })  # fmt: skip

    def _qualification(self) -> None:
        rng, b, stage = self.rng, self.b, self.stage
        if stage not in ("qualified", "meeting_booked", "handed_off", "nurture", "disqualified"):
            return
        qualified = stage in ("qualified", "meeting_booked", "handed_off")
        answer = ("yes", "unknown") if qualified else ("no", "unknown", "yes")
        row: dict[str, Any] = {
            "contact_id": self.contact_id, "rep_id": self.owner,
            "budget": rng.choice(answer), "authority": "yes" if qualified else rng.choice(answer),
            "need": "yes" if qualified else rng.choice(answer), "timing": rng.choice(answer),
            "notes": None, "disqualify_reason": None, "nurture_until": None, "version": 1,
            "created_at": self.created, "updated_at": b.now,
        }  # fmt: skip
        if qualified:
            row["notes"] = "Team of 8 SDRs, renewing their tooling next quarter."
        elif stage == "nurture":
            row["notes"] = "Interested, but budget only opens next year."
            row["nurture_until"] = b.now + dt.timedelta(days=rng.randint(30, 180))
        else:
            self.disqualify_reason = rng.choice(_DISQUALIFY_REASONS)
            row["disqualify_reason"] = self.disqualify_reason
        self.batch.qualifications.append(row)
        if stage in ("meeting_booked", "handed_off"):
            meeting = b.now + dt.timedelta(days=rng.randint(-10, 10), hours=rng.randint(0, 8))
            meeting = meeting.replace(minute=0, second=0, microsecond=0)
            self._activity("meeting", self._when(), subject="Discovery call booked",
                           details={"meeting_at": meeting.isoformat()})  # fmt: skip
            if stage == "handed_off":
                self.batch.handoffs.append({
                    "contact_id": self.contact_id, "ae_id": rng.choice(b.ae_ids),
                    "rep_id": self.owner, "meeting_at": meeting,
                    "summary": f"{self.person.full_name} ({self.person.title}): evaluating "
                    "tools this quarter; decision maker; wants a demo for the team.",
                    "created_at": self._when(),
                })  # fmt: skip
