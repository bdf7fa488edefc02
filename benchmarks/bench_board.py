"""Print the Pipeline board's figures on a large database: open, counts, pages, a move.

Usage::

    cp /tmp/t1m-new.sqlite3 /tmp/board-1m.sqlite3       # work on a copy: it is upgraded
    .venv/bin/python benchmarks/bench_board.py --db /tmp/board-1m.sqlite3
    .venv/bin/python benchmarks/bench_board.py --db postgresql+psycopg://user@host/db

On PostgreSQL (a database filled by ``copy --to URL``) the CPU column is this process's
only: the server's work shows in the wall time.

Figures (each the median of ``--runs`` warm runs, the first cold run printed apart):

- ``open_board``: the stages, every column's full count and every first page, the one
  read the board makes when it opens (storage, on this thread);
- the board opening in the GUI: from handing the page its database to the
  ``board_loaded`` signal and a painted page (offscreen), as a user sees it;
- the column counts alone: unfiltered (the trigger-kept stage tallies), for one owner,
  for one source (and the board opened with it), for one lead type, and for two and three
  filters together (all summed from the trigger-kept board tallies);
- the board opened with each of the first three saved segments (cards only) and those
  segments' counts, which the board reads second;
- a page deep in the largest column (keyset: as cheap as the first);
- a move: ``move_contact`` (the pipeline API: gate, change set, activity), then undone
  so the database stays as it was; and the move seen on the board (the write job to the
  card placed in its new column and the counts read again).

The contacts must be spread over the stages; the script says how they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(first run, median of the next ``runs``, median CPU of this process) in ms.

    The CPU time is what the operation costs on a free core; on a machine shared by
    several workers the wall time is mostly waiting for one.
    """
    start = time.perf_counter()
    fn()
    first = (time.perf_counter() - start) * 1000
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return first, statistics.median(walls), statistics.median(cpus)


def line(label: str, figures: tuple[float, float, float], target: str = "") -> None:
    first, median, cpu = figures
    goal = f"  (target {target})" if target else ""
    print(f"{label:<50} median {median:7.1f} ms  CPU {cpu:7.1f} ms  first {first:7.1f} ms{goal}")


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 (a script's sequence)
    """Run the figures; returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", default="/tmp/board-1m.sqlite3", help="an SQLite file or a PostgreSQL URL"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from sqlalchemy import text

    from app.core.segments import parse_segment
    from app.storage.database import open_database
    from app.storage.pipeline import move_contact
    from app.storage.pipeline.board import (
        BoardFilter,
        board_stages,
        column_page,
        open_board,
        stage_counts,
    )

    print(f"load average {os.getloadavg()} on {os.cpu_count()} cores (shared machine)")
    db = open_database(args.db)
    print(f"database: {db.display_name}")
    runs = args.runs
    with db.reading() as conn:
        stages = board_stages(conn)
        counts = stage_counts(conn)
        total = sum(counts.values())
        spread = ", ".join(f"{s.name} {counts.get(s.id, 0):,}" for s in stages)
        print(f"{total:,} contacts: {spread}")
        largest = max((s for s in stages), key=lambda s: counts.get(s.id, 0))
        owner = conn.exec_driver_sql("SELECT min(id) FROM reps").scalar_one()

        line("open_board (storage)", timed(lambda: open_board(conn), runs), "≤ 300 ms")
        line("column counts, unfiltered (board tallies)", timed(
            lambda: stage_counts(conn), runs), "≤ 50 ms")  # fmt: skip
        line("column counts, one owner", timed(
            lambda: stage_counts(conn, BoardFilter(owner_id=owner)), runs))  # fmt: skip
        for source in ("inbound", "outbound"):
            line(f"column counts, source = {source}", timed(
                lambda source=source: stage_counts(conn, BoardFilter(source=source)), runs
            ))  # fmt: skip
            line(f"open_board, source = {source}", timed(
                lambda source=source: open_board(conn, BoardFilter(source=source)), runs
            ))  # fmt: skip
        line("column counts, lead type = spear", timed(
            lambda: stage_counts(conn, BoardFilter(lead_type="spear")), runs))  # fmt: skip
        line("column counts, source = inbound and one owner", timed(
            lambda: stage_counts(conn, BoardFilter(source="inbound", owner_id=owner)), runs
        ), "≤ 50 ms")  # fmt: skip
        line("column counts, one owner, outbound, spear", timed(
            lambda: stage_counts(
                conn, BoardFilter(owner_id=owner, source="outbound", lead_type="spear")
            ), runs
        ), "≤ 50 ms")  # fmt: skip
        line("open_board, source = inbound and one owner", timed(
            lambda: open_board(conn, BoardFilter(source="inbound", owner_id=owner)), runs
        ), "≤ 300 ms")  # fmt: skip
        # A segment is counted over every matching row; the board shows its cards first
        # (open_board without counts) and counts in a second read.
        segments = conn.execute(text("SELECT name, definition FROM segments ORDER BY id")).all()
        for name, definition in segments[:3]:
            segment = parse_segment(
                json.loads(definition) if isinstance(definition, str) else definition
            )
            seg_filter = BoardFilter(segment=segment)
            line(f"open_board, segment {name[:22]!r}, cards", timed(
                lambda f=seg_filter: open_board(conn, f, count=False), runs
            ), "≤ 300 ms")  # fmt: skip
            line("  its counts (a second read)", timed(
                lambda f=seg_filter: stage_counts(conn, f), max(1, runs // 2)
            ))  # fmt: skip
        explain = "EXPLAIN QUERY PLAN" if db.is_sqlite else "EXPLAIN"
        for plan in conn.execute(
            text(f"{explain} SELECT count(*) FROM contacts WHERE stage_id = :s AND source = :src"),
            {"s": largest.id, "src": "inbound"},
        ):
            print(f"  plan of a source count: {plan[-1]}")
        deep = conn.execute(
            text("SELECT id FROM contacts WHERE stage_id = :s ORDER BY id LIMIT 1 OFFSET 1000"),
            {"s": largest.id},
        ).scalar_one()
        line(f"a page of 40 deep in {largest.name} (after id {deep})", timed(
            lambda: column_page(conn, largest.id, after_id=deep), runs))  # fmt: skip
        mover = conn.execute(
            text("SELECT id FROM contacts WHERE stage_id = :s ORDER BY id DESC LIMIT 1"),
            {"s": largest.id},
        ).scalar_one()
    plain = next(s for s in stages if s.key == "researching")
    now = dt.datetime.now(dt.UTC)

    from app.storage.changes import undo_change_set

    walls, cpus, undos = [], [], []
    for _ in range(runs + 1):
        start, cpu = time.perf_counter(), time.process_time()
        moved = move_contact(db, mover, plain.id, now=now)
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        start = time.perf_counter()
        undo_change_set(db, moved.changes.change_set_id or 0)  # the database as it was
        undos.append((time.perf_counter() - start) * 1000)
    figures = (walls[0], statistics.median(walls[1:]), statistics.median(cpus[1:]))
    line("a move (move_contact: gate, change set, activity)", figures, "≤ 50 ms")
    print(f"{'its undo (undo_change_set)':<50} median {statistics.median(undos[1:]):7.1f} ms")

    gui(db, runs, mover, plain.id)
    db.close()
    return 0


def gui(db: object, runs: int, mover: int, to_stage: int) -> None:
    """The board in the GUI: opening it, and a move seen on it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.jobs import wait_for_jobs
    from app.ui.pipeline.page import PipelinePage
    from app.ui.undo import undo_stack
    from app.ui.widgets.page import PageContext

    app = QApplication.instance() or QApplication([])

    def wait_for(signal: object, start: Callable[[], object]) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(30_000, loop.quit)
        began = time.perf_counter()
        start()
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]
        return began

    opens, open_cpus = [], []
    for _ in range(runs + 1):
        page = PipelinePage()
        page.resize(1600, 900)
        page.show()
        app.processEvents()
        context = PageContext(database=db, contacts=1_000_000)  # type: ignore[arg-type]
        cpu = time.process_time()
        began = wait_for(page.board_loaded, lambda p=page, c=context: p.database_changed(c))
        page.repaint()  # the first paint of the columns and their cards
        opens.append((time.perf_counter() - began) * 1000)
        open_cpus.append((time.process_time() - cpu) * 1000)
        wait_for_jobs()
        page.close()
        page.deleteLater()
        app.processEvents()
    figures = (opens[0], statistics.median(opens[1:]), statistics.median(open_cpus[1:]))
    line("the board opening in the GUI, loaded and painted", figures, "≤ 300 ms")

    page = PipelinePage()
    page.resize(1600, 900)
    page.show()
    undo_stack().set_database(db)  # type: ignore[arg-type]
    context = PageContext(database=db, contacts=1_000_000)  # type: ignore[arg-type]
    wait_for(page.board_loaded, lambda: page.database_changed(context))
    seen, seen_cpus = [], []
    for _ in range(runs + 1):
        cpu = time.process_time()
        began = wait_for(page.counts_updated, lambda: page.move_contact(mover, to_stage))
        seen.append((time.perf_counter() - began) * 1000)
        seen_cpus.append((time.process_time() - cpu) * 1000)
        wait_for_jobs()
        app.processEvents()
        wait_for(page.counts_updated, page.undo_last_move)
        wait_for_jobs()
        app.processEvents()
    figures = (seen[0], statistics.median(seen[1:]), statistics.median(seen_cpus[1:]))
    line("a move on the board: write job to card and counts", figures)


if __name__ == "__main__":
    raise SystemExit(main())
