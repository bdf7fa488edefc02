"""The contact table's paint cost per screen, in CPU time: a figure a busy machine cannot fake.

Opens the Lists page (1280×800, offscreen) on a database, loads the first ``--rows`` rows,
then paints ``--screens`` different screens (each scrolled a screen further, rows already
loaded) and reports the GUI thread's CPU milliseconds per painted screen, median and p95,
for the table's row painter (the default: ``ContactTableView`` paints a row per Python
call), the plain-text delegate painting cell by cell (``--delegate``) or Qt's own delegate
(``--qt-delegate``). Wall time on a loaded machine says little; thread CPU time says what a
frame costs. Each screen shows rows not painted before (as a scroll at reading pace
does); ``--repaint`` paints the same screen again instead (a selection, a read arriving).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_paint.py --db PATH [--delegate|--qt-delegate]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rows", type=int, default=4000, help="rows loaded before painting")
    parser.add_argument("--screens", type=int, default=100)
    parser.add_argument("--qt-delegate", action="store_true", help="Qt's own delegate instead")
    parser.add_argument(
        "--delegate", action="store_true", help="the plain-text delegate, cell by cell"
    )
    parser.add_argument("--repaint", action="store_true", help="repaint the same screen")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QStyledItemDelegate

    app = QApplication([])
    from app.storage.contacts.counts import count_contacts
    from app.storage.database import open_database
    from app.ui.lists.page import ListsPage
    from app.ui.widgets.page import PageContext

    db = open_database(args.db)
    page = ListsPage()
    page.resize(1280, 800)
    page.show()
    if args.qt_delegate:
        page.table.setItemDelegate(QStyledItemDelegate(page.table))
    if args.qt_delegate or args.delegate:
        page.table.paints_rows = False
    model, table = page.model, page.table
    page.database_changed(PageContext(db, count_contacts(db), False))

    def run_until(done: object, limit: float = 120.0) -> None:
        deadline = time.monotonic() + limit
        while not done() and time.monotonic() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.002)

    run_until(lambda: model.rowCount() > 0 and not model.is_loading)
    bar = table.verticalScrollBar()
    per_screen = max(1, table.viewport().height() // table.rowHeight(0))
    # Load the rows first (a slow scroll), so painting below never waits for a read.
    while model.rowCount() < args.rows and model.canFetchMore():
        model.fetchMore()
        run_until(lambda: not model.is_loading)
    for top in range(0, args.rows, per_screen):
        table.scrollTo(model.index(min(top, model.rowCount() - 1), 0))
        table.viewport().repaint()
        run_until(lambda: not model.rows_pending)
    # The warm-up painted these rows: start from nothing laid out, as a scroll to new rows.
    if not (args.qt_delegate or args.delegate):
        table.relayout()
    costs: list[float] = []
    for screen in range(args.screens):
        top = (screen * per_screen) % max(1, args.rows - per_screen)
        # A frame of a reading-pace scroll: the bar moves a screen, the viewport repaints.
        started = time.thread_time()
        bar.setValue(top)
        table.viewport().repaint()
        if args.repaint:
            started = time.thread_time()
            table.viewport().repaint()
        costs.append((time.thread_time() - started) * 1000)
        app.processEvents()
    costs.sort()
    p95 = costs[int(len(costs) * 0.95) - 1]
    which = (
        "Qt's delegate" if args.qt_delegate
        else "plain-text delegate" if args.delegate
        else "row painter"
    )  # fmt: skip
    which += ", same screen repainted" if args.repaint else ", new rows each screen"
    print(f"{which}: {per_screen} rows × {model.columnCount()} columns a screen; GUI-thread CPU "
          f"per painted screen: median {statistics.median(costs):.1f} ms, p95 {p95:.1f} ms "
          f"(load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    from app.ui.jobs import wait_for_jobs

    wait_for_jobs(30_000)  # reads still running would post to a page that is gone
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
