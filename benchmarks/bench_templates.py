"""Print what rendering templates costs: the core alone, the outbox's per-send call, the editor.

Usage::

    .venv/bin/python benchmarks/bench_templates.py [--contacts 2000] [--renders 10000]

Figures:

- core renders per second (``render_content`` of the shipped introduction, Russian);
- ``render_step_email`` per second over a fresh enrollment of ``--contacts`` prospects in four
  languages, A/B picks recorded, all in one transaction (what an outbox run does);
- the editor's check of a template at the size cap (``check_template``, 20,000 characters),
  which runs on the GUI thread 300 ms after typing stops.

CPU time is ``time.process_time``; the machine's other work inflates wall time, so both are
printed with the load average.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from app.core.templating import (  # noqa: E402
    ContactData,
    Sender,
    TemplateContent,
    check_template,
    merge_values,
    render_content,
)
from app.storage import tables  # noqa: E402
from app.storage.cadences import add_rep, enroll, import_cadence  # noqa: E402
from app.storage.database import open_database  # noqa: E402
from app.storage.templates import (  # noqa: E402
    TemplateDraft,
    VariantText,
    load_template,
    render_step_email,
    seed_shipped_templates,
    snippets_for,
    update_template,
)

SENDER = Sender("Anna Berg", "anna@seller.example", "Anna Berg\nHead of Sales", "1 Main St")
PEOPLE = (
    ("Иван", "Петрович", "Петров", "Russia"),
    ("伟", None, "张", "China"),
    ("Jonas", None, "Kazlauskas", "Lithuania"),
    ("Emma", None, "Stone", "United Kingdom"),
)
CADENCE = """{"format_version": 1, "name": "Bench", "steps": [
  {"day": 1, "channel": "email", "template": "Outbound: introduction"}]}"""


def _timed(label: str, count: int, fn: object) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()  # type: ignore[operator]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label}: {count} in {wall:.2f} s wall / {cpu:.2f} s CPU = {count / wall:,.0f}/s")


def main() -> int:
    """Run the three measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--renders", type=int, default=10000)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        seed_shipped_templates(db)
        with db.reading() as conn:
            intro = load_template(conn, "Outbound: introduction")
            snippets = snippets_for(conn, "ru")
        ru = intro.variant("A", "ru")
        assert ru is not None
        content = TemplateContent(ru.subject, ru.body)
        values = merge_values(ContactData("Иван", "Петрович", "Петров", company="Acme"),
                              SENDER, "ru")  # fmt: skip

        def core() -> None:
            for _ in range(args.renders):
                render_content(content, values, snippets=snippets, language="ru")

        _timed("core render_content", args.renders, core)

        # An A/B test on the introduction: B in English and Russian.
        draft = intro.draft()
        extra = tuple(VariantText("B", v.language, v.subject, "P.S.\n" + v.body)
                      for v in draft.variants if v.language in ("en", "ru"))  # fmt: skip
        update_template(db, intro.id, TemplateDraft(draft.name, draft.variants + extra),
                        expected_version=intro.version)  # fmt: skip
        import_cadence(db, CADENCE)
        rep = add_rep(db, "Anna Berg", "anna@seller.example").rep
        with db.transaction() as conn:
            rows = []
            for i in range(args.contacts):
                first, middle, last, country = PEOPLE[i % len(PEOPLE)]
                rows.append({"first_name": first, "middle_name": middle, "last_name": last,
                             "full_name": f"{first} {last}", "country": country,
                             "email": f"p{i}@example.com", "email_key": f"p{i}@example.com",
                             "do_not_contact": False, "custom_fields": {}})  # fmt: skip
            conn.execute(insert(tables.contacts), rows)
            ids = list(conn.execute(select(tables.contacts.c.id)).scalars())
        enroll(db, "Bench", ids, rep, dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC))
        with db.reading() as conn:
            enrollments = list(conn.execute(select(tables.enrollments.c.id)).scalars())

        labels: dict[str, int] = {}

        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            import pstats

            with db.transaction() as conn, cProfile.Profile() as profile:
                for enrollment_id in enrollments[:200]:
                    render_step_email(conn, enrollment_id, sender=SENDER, record_assignment=False)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)

        def outbox() -> None:
            with db.transaction() as conn:
                for enrollment_id in enrollments:
                    email = render_step_email(conn, enrollment_id, sender=SENDER)
                    key = f"{email.language}/{email.variant}"
                    labels[key] = labels.get(key, 0) + 1

        _timed("render_step_email", len(enrollments), outbox)
        print("  by language/variant:", dict(sorted(labels.items())))
        db.close()

    line = "Line {{ company | default('x') }} and more words.\n"
    big = TemplateContent("Hello {{ first_name }}", (line * 500)[:20000])
    # Each check sees a new text, as each pause in typing does (no cache hit).
    edits = [TemplateContent(big.subject, big.body[:-6] + f"{i:06d}") for i in range(100)]
    _timed("check_template at 20,000 characters", 100,
           lambda: [check_template(edit, {}) for edit in edits])  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
