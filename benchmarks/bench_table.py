"""Figures for the contact table at a million contacts (issue 4, "Table").

Prints, on an offscreen Lists page over ``benchmarks/data/demo-1m.sqlite3``:

- first screen: from handing the page its database to the first paint with rows
  (target <= 300 ms);
- search as you type: from each keystroke's search text reaching the model to the
  repaint with its rows, p50/p95 over realistic typing sequences (target <= 50 ms p95);
- scrolling: the longest GUI-thread stall while scrolling top to bottom in steps,
  fetching id pages as the scroll bar reaches the end (target <= 30 ms), per sort.

Usage::

    python main.py demo --db benchmarks/data/demo-1m.sqlite3 --contacts 1000000   # once
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_table.py [--db PATH] [--rows N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TYPING = [
    ["p", "pe", "pet", "petr", "petro", "petrov"],
    ["m", "ma", "mar", "mari", "maria"],
    ["a", "an", "ann", "anna", "anna k"],
    ["mü", "mül", "müll", "mülle", "müller"],
    ["s", "sa", "sal", "sale", "sales", "sales d"],
    ["王"],
    ["gm", "gma", "gmai", "gmail"],
    ["иван", "иванов"],
    ["j", "jo", "joh", "john", "john s", "john sm"],
]


class PaintWatch(QObject):
    """Counts paint events of a widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def wait(app: QApplication, condition: object, timeout_s: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():  # type: ignore[operator]
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError
        time.sleep(0.0005)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "demo-1m.sqlite3"))
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows to scroll through")
    args = parser.parse_args(argv)

    app = QApplication([])
    from app.storage.database import open_database
    from app.storage.queries import count_contacts
    from app.ui.lists.contact_table_model import COLUMN_KEYS
    from app.ui.lists.page import ListsPage
    from app.ui.widgets.page import PageContext

    db = open_database(args.db)
    contacts = count_contacts(db)
    print(f"database: {args.db} ({contacts:,} contacts); load: {os.getloadavg()[0]:.2f}")
    page = ListsPage()
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    watch = PaintWatch()
    viewport = page.table.viewport()
    viewport.installEventFilter(watch)
    model = page.model

    # --- first screen
    start = time.perf_counter()
    page.database_changed(PageContext(db, contacts, False))
    wait(app, lambda: model.rowCount() > 0)
    painted = watch.paints
    viewport.repaint()
    wait(app, lambda: watch.paints > painted)
    first = (time.perf_counter() - start) * 1000
    print(f"first screen painted: {first:.0f} ms (target <= 300)")
    wait(app, lambda: not model.is_loading)

    # --- search as you type
    latencies: list[float] = []
    for sequence in TYPING:
        for text in sequence:
            t0 = time.perf_counter()
            model.set_search(text)
            wait(app, lambda: not model.is_loading)
            viewport.repaint()
            latencies.append((time.perf_counter() - t0) * 1000)
        model.set_search("")
        wait(app, lambda: not model.is_loading)
    print(
        f"search as you type ({len(latencies)} queries): p50 {statistics.median(latencies):.1f}"
        f" ms, p95 {percentile(latencies, 95):.1f} ms, max {max(latencies):.1f} ms"
        " (target p95 <= 50)"
    )

    # --- scrolling, per sort: the longest GUI-thread stall (heartbeat gap and step time)
    sorts = [
        ("name", Qt.SortOrder.AscendingOrder),
        ("fit_score", Qt.SortOrder.DescendingOrder),
        ("stage", Qt.SortOrder.DescendingOrder),
        ("company", Qt.SortOrder.AscendingOrder),
    ]
    for key, order in sorts:
        column = COLUMN_KEYS.index(key)
        if model.sort_order.key.value != key or key == "name":
            model.sort(column, order)
            wait(app, lambda: not model.is_loading)
        bar = page.table.verticalScrollBar()
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat(
            last: list[int] = last, clock: QElapsedTimer = clock, gaps: list[float] = gaps
        ) -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        heart = QTimer()
        heart.setInterval(2)
        heart.timeout.connect(beat)
        heart.start()
        steps: list[float] = []
        started = time.perf_counter()
        while True:
            t0 = time.perf_counter()
            bar.setValue(bar.value() + 997)  # not a multiple of a batch: every step misses
            viewport.repaint()
            steps.append((time.perf_counter() - t0) * 1000)
            app.processEvents()
            if bar.value() >= bar.maximum():
                if model.all_loaded or model.rowCount() >= args.rows:
                    break
                if model.canFetchMore():
                    model.fetchMore()
                wait(app, lambda: not model.is_loading)
        heart.stop()
        seconds = time.perf_counter() - started
        # A heartbeat gap includes our own 0.5 ms sleeps while waiting for a page: fine.
        print(
            f"scroll {key} {'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}:"
            f" {model.rowCount():,} rows in {seconds:.1f} s, {len(steps)} steps;"
            f" longest step {max(steps):.1f} ms (p95 {percentile(steps, 95):.1f}),"
            f" longest heartbeat gap {max(gaps):.1f} ms (target <= 30)"
        )
    from app.ui.jobs import wait_for_jobs

    # Workers still reading when the application goes away would post to dead objects.
    wait_for_jobs(30_000)
    app.processEvents()
    page.deleteLater()
    app.processEvents()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
