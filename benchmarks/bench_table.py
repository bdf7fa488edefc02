"""Figures for the contact table at a million contacts.

Measures, on an offscreen Lists page over ``benchmarks/data/demo-1m.sqlite3``, the three
figures of its targets and nothing else:

- **first screen**: from handing the page its database to the first paint in which every
  visible row shows its data (no placeholder). Target <= 300 ms.
- **search as you type**: typing ``TYPING`` into the search field one prefix at a time,
  twice. First each keystroke is left to finish (so every prefix, "a" included, is
  searched): **search start -> rows painted**, from the page handing the text to the
  model to the paint that shows its rows (or the "no matches" state). Target p95 <= 50 ms.
  Then as a fast typist types, a keystroke every ``--pace-ms`` (120) whatever is running:
  **keystroke -> rows painted** for every keystroke whose rows were painted before the
  next one superseded them (target p95 <= 100 ms), the **longest GUI stall while typing**
  (a 4 ms heartbeat, target <= 30 ms), and the **GUI-thread CPU per keystroke** (the
  figure that holds on a loaded machine). ``--search-only`` stops there.
- **scrolling**: a real event loop runs while a timer scrolls the table top to bottom, one
  step per 16 ms frame, fetching id pages as the bar reaches the end, over every row of
  the scope (``--rows`` to stop earlier). A heartbeat timer (4 ms, precise) records how
  late each tick fires: a late tick is time the GUI thread spent blocked. Reported per
  sort: longest and p95/p99 stall (with the GUI thread's own CPU time inside the longest:
  little CPU means it waited for the GIL or a core), stalls over 30 ms, the longest GUI-
  thread CPU between two ticks (an upper bound of the stall on an idle machine), the
  GUI thread's and the process's CPU time against the wall time, the load average, the
  garbage collector's full passes (they hold the GIL), and for a reading-pace scroll (one
  screen per frame over ``--reading-rows``) the share of frames showing a placeholder.
  Target: no stall > 30 ms. The fast scroll is a fling: ``--step`` (997) rows per frame,
  fetching id pages as it goes, over every row. Like the app (``app.ui.application``),
  the run calls ``gc.freeze()`` once the database is open; ``--no-gc-freeze`` shows what
  that saves.

Usage::

    python main.py demo --db benchmarks/data/demo-1m.sqlite3 --contacts 1000000   # once
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_table.py [--db PATH] [--rows N]
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_table.py --db PATH --search-only

The database is opened in place; an older schema is upgraded after a backup into
``PROSPECT_DESK_DATA_DIR`` (set it to a temporary folder).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TYPING = [
    ["p", "pe", "pet", "petr", "petro", "petrov"],
    ["m", "ma", "mar", "mari", "maria"],
    ["a", "an", "ann", "anna", "anna k"],
    ["mü", "mül", "müll", "mülle", "müller"],
    ["s", "sa", "sal", "sale", "sales", "sales d"],
    ["王"],
    ["gm", "gma", "gmai", "gmail"],
    ["и", "ив", "ива", "иван", "иванов"],
    ["j", "jo", "joh", "john", "john s", "john sm"],
    ["iv", "iva", "ivan", "ivanova"],
]

SORTS = [
    ("name", Qt.SortOrder.AscendingOrder),
    ("fit_score", Qt.SortOrder.DescendingOrder),
    ("stage", Qt.SortOrder.DescendingOrder),
    ("company", Qt.SortOrder.AscendingOrder),
]


class PaintWatch(QObject):
    """Calls ``on_paint`` after every paint of the watched widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.on_paint: Callable[[], None] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            if self.on_paint is not None:
                QTimer.singleShot(0, self.on_paint)  # after the paint itself
        return False


def run_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop (not a busy poll) until ``condition`` holds."""
    loop = QEventLoop()
    check = QTimer()
    # Not every millisecond: a Python callback that often keeps the GIL from the
    # workers (their results then wait for seconds).
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    if condition():
        return
    check.start()
    deadline.start(int(timeout_s * 1000))
    loop.exec()
    check.stop()
    if not condition():
        raise TimeoutError


def guard_bools() -> None:
    """Keep a PySide6 bug from ending the run (not from changing any figure).

    PySide6 6.12.0 on Python 3.11 drops one reference to True, False or None each time a
    Python-declared ``Signal`` calls a Python slot; after a few thousand deliveries
    (jobs, model signals) the interpreter aborts with "bool_dealloc"/"none_dealloc".
    Python 3.12 makes these objects immortal; here they get a large refcount up front.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class GcWatch:
    """Times the garbage collector's passes (they hold the GIL: every thread waits)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._start) * 1000))

    def summary(self) -> str:
        full = [ms for gen, ms in self.pauses if gen == 2]
        longest = max(full, default=0.0)
        return f"{len(full)} full GC passes, longest {longest:.1f} ms"


class Heartbeat:
    """A 4 ms precise timer; each tick records how late it came (GUI-thread stall).

    Also records the GUI thread's own CPU time between ticks: a stall much longer than it
    was spent waiting (for the GIL, or for a core on a loaded machine), not computing.
    """

    def __init__(self, interval_ms: int = 4) -> None:
        self.interval = interval_ms
        self.late: list[float] = []
        self.cpu: list[float] = []
        self._last = 0.0
        self._last_cpu = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.late.append(max(0.0, (now - self._last) * 1000 - self.interval))
        self.cpu.append((cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self.late.clear()
        self.cpu.clear()
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def worst(self) -> str:
        n = max(range(len(self.late)), key=self.late.__getitem__)
        return (
            f"max {self.late[n]:.1f} ms (GUI-thread CPU in it {self.cpu[n]:.1f} ms;"
            f" longest GUI-thread CPU between two ticks {max(self.cpu):.1f} ms)"
        )

    def stop(self) -> None:
        self.timer.stop()


def visible_rows_loaded(page: object) -> bool:
    table = page.table  # type: ignore[attr-defined]
    model = page.model  # type: ignore[attr-defined]
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if first < 0:
        return False
    last = model.rowCount() - 1 if last < 0 else last
    return all(model.ids[r] in model.rows for r in range(first, last + 1))


#: Milliseconds between keystrokes for the typing figures: a fast typist (~100 words a minute).
PACE_MS = 120


@dataclass
class Typed:
    """Per-keystroke figures of one way of typing (milliseconds)."""

    values: dict[str, list[float]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    keystrokes: int = 0
    superseded: int = 0
    stall: float = 0.0
    stall_cpu: float = 0.0
    over_30: int = 0

    def add(self, name: str, value: float) -> None:
        self.values.setdefault(name, []).append(value)

    def summary(self, name: str) -> str:
        values = self.values.get(name, [])
        if not values:
            return "n/a"
        return (
            f"p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms,"
            f" max {max(values):.1f} ms"
        )

    def slowest(self) -> str:
        pairs = sorted(zip(self.values["start"], self.texts, strict=True), reverse=True)[:3]
        return ", ".join(f"{t!r} {ms:.0f} ms" for ms, t in pairs)


class SearchBench:
    """Types ``TYPING`` into the Lists page's search field and times what the user sees.

    A search's rows count as painted at the first paint of the table (or of its "no
    matches" state) after the model took that text's first screen (``reloaded``) in which
    every visible row shows its data. The search starts when the page hands the text to
    the model (``set_search``): at once, or after the debounce.
    """

    def __init__(self, page: Any, watch: PaintWatch) -> None:
        self.page, self.model, self.watch = page, page.model, watch
        self.applied = ""  # the search text of the rows in the model
        self.started: dict[str, float] = {}
        self.shown: dict[str, float] = {}
        self.model.reloaded.connect(self._on_reloaded)
        original = self.model.set_search

        def set_search(text: str) -> None:
            self.started.setdefault(text, time.perf_counter())
            original(text)

        self.model.set_search = set_search
        watch.on_paint = self._on_paint

    def _on_reloaded(self) -> None:
        self.applied = self.model.scope.search

    def _on_paint(self) -> None:
        text = self.applied
        if not text or text in self.shown:
            return
        page = self.page
        empty = page.table_stack.currentWidget() is page.table_empty
        if empty or (self.model.rowCount() and visible_rows_loaded(page)):
            self.shown[text] = time.perf_counter()

    def _reset(self) -> None:
        self.page.search_field.setText("")
        run_until(lambda: not self.model.scope.search and not self.model.is_loading)
        run_until(lambda: not self.model.rows_pending)
        self.started.clear()
        self.shown.clear()

    def _settle(self, text: str) -> None:
        model = self.model
        run_until(lambda: text in self.shown)
        run_until(lambda: model.scope.search == text and not model.is_loading)

    def settled(self) -> Typed:
        """Each keystroke typed once the previous one's search finished (sorted, counted)."""
        out = Typed()
        model = self.model
        for sequence in TYPING:
            self._reset()
            for text in sequence:
                t0, cpu0 = time.perf_counter(), time.thread_time()
                self.page.search_field.setText(text)
                self._settle(text)
                sorted_at = time.perf_counter()
                run_until(lambda: model.match_count_exact or not model.rowCount())
                counted_at = time.perf_counter()
                run_until(lambda: not model.rows_pending)
                start = self.started[text]
                out.texts.append(text)
                out.add("start", (self.shown[text] - start) * 1000)
                out.add("keystroke", (self.shown[text] - t0) * 1000)
                out.add("sorted", (sorted_at - start) * 1000)
                out.add("counted", (counted_at - start) * 1000)
                out.add("cpu", (time.thread_time() - cpu0) * 1000)
                out.keystrokes += 1
        self._reset()
        return out

    def paced(self, heart: Heartbeat, pace_ms: int) -> Typed:
        """Each sequence typed at one keystroke every ``pace_ms``, whatever is running."""
        out = Typed()
        model = self.model
        for sequence in TYPING:
            self._reset()
            typed: dict[str, float] = {}
            queue = list(sequence)
            ticker = QTimer()
            ticker.setTimerType(Qt.TimerType.PreciseTimer)
            ticker.setInterval(pace_ms)

            def type_next(queue: list[str] = queue, typed: dict[str, float] = typed) -> None:
                if not queue:
                    return
                text = queue.pop(0)
                typed[text] = time.perf_counter()
                self.page.search_field.setText(text)

            ticker.timeout.connect(type_next)
            cpu0 = time.thread_time()
            heart.start()
            type_next()
            ticker.start()
            last = sequence[-1]
            run_until(lambda q=queue: not q)
            ticker.stop()
            self._settle(last)
            heart.stop()
            cpu = (time.thread_time() - cpu0) * 1000
            for text in sequence:
                out.keystrokes += 1
                out.add("cpu", cpu / len(sequence))
                if text in self.shown:
                    out.add("keystroke", (self.shown[text] - typed[text]) * 1000)
                else:
                    out.superseded += 1
            if heart.late:
                n = max(range(len(heart.late)), key=heart.late.__getitem__)
                if heart.late[n] > out.stall:
                    out.stall, out.stall_cpu = heart.late[n], heart.cpu[n]
                out.over_30 += sum(x > 30 for x in heart.late)
            run_until(lambda: model.match_count_exact or not model.rowCount())
        self._reset()
        return out


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 (one script, three figures)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "data" / "demo-1m.sqlite3"))
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows to scroll through")
    parser.add_argument("--step", type=int, default=997, help="rows per fast-scroll frame")
    parser.add_argument("--reading-rows", type=int, default=30_000)
    parser.add_argument("--sorts", default=",".join(k for k, _ in SORTS))
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval() in seconds (how soon a thread waiting for the GIL "
        "gets it from a running one); default: the app's GUI_SWITCH_INTERVAL_S",
    )
    parser.add_argument(
        "--gc-census", action="store_true",
        help="after each fling, print the types the garbage collector tracks most (what a "
        "full pass walks)",
    )  # fmt: skip
    parser.add_argument(
        "--no-gc-freeze",
        action="store_true",
        help="skip the gc.freeze() the app does once a database is open (then every full"
        " collection walks the start-up objects again)",
    )
    parser.add_argument(
        "--search-only", action="store_true", help="stop after the search figures (no scrolling)"
    )
    parser.add_argument(
        "--pace-ms", type=int, default=PACE_MS,
        help="milliseconds between keystrokes for the typing figures",
    )  # fmt: skip
    args = parser.parse_args(argv)

    guard_bools()
    app = QApplication([])
    from app.storage.contacts.counts import count_contacts
    from app.storage.database import open_database
    from app.ui.jobs import wait_for_jobs
    from app.ui.lists.contact_table_model import COLUMN_KEYS
    from app.ui.lists.page import ListsPage
    from app.ui.widgets.page import PageContext

    db = open_database(args.db)
    contacts = count_contacts(db)
    print(f"database: {args.db} ({contacts:,} contacts)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cpus")
    page = ListsPage()
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    watch = PaintWatch()
    viewport = page.table.viewport()
    viewport.installEventFilter(watch)
    page.table_empty.installEventFilter(watch)  # "No contacts match" is a result too
    model = page.model

    # --- first screen ------------------------------------------------------------------------
    start = time.perf_counter()
    first_screen: list[float] = []

    def painted_first() -> None:
        if not first_screen and model.rowCount() and visible_rows_loaded(page):
            first_screen.append((time.perf_counter() - start) * 1000)

    watch.on_paint = painted_first
    page.database_changed(PageContext(db, contacts, False))
    run_until(lambda: bool(first_screen))
    watch.on_paint = None
    print(f"first screen painted: {first_screen[0]:.0f} ms (target <= 300)")
    run_until(lambda: not model.is_loading)
    print(f"objects tracked by the garbage collector: {len(gc.get_objects()):,}")
    from app.ui.application import GUI_SWITCH_INTERVAL_S

    sys.setswitchinterval(
        GUI_SWITCH_INTERVAL_S if args.switch_interval is None else args.switch_interval
    )
    print(f"GIL switch interval: {sys.getswitchinterval() * 1000:.1f} ms")
    if not args.no_gc_freeze:
        gc.collect()
        gc.freeze()
        print(f"gc.freeze(): {gc.get_freeze_count():,} objects frozen")
    # As the app does: cycles are collected on the GUI thread's timer, never by a worker.
    from app.ui.main_thread_gc import MainThreadCollector

    MainThreadCollector(app)

    # --- search as you type ------------------------------------------------------------------
    search = SearchBench(page, watch)
    heart = Heartbeat()
    settled = search.settled()
    paced = search.paced(heart, args.pace_ms)
    print(f"search as you type, sort: name ({sum(map(len, TYPING))} keystrokes per pass):")
    print(f"  search start -> rows painted: {settled.summary('start')} (target p95 <= 50)"
          "  [each keystroke left to finish]")  # fmt: skip
    print(f"  keystroke -> rows painted: {paced.summary('keystroke')} (target p95 <= 100)"
          f"  [typed every {args.pace_ms} ms; {paced.superseded} of {paced.keystrokes}"
          " keystrokes superseded by the next before their rows came]")  # fmt: skip
    print(f"  longest GUI stall while typing: {paced.stall:.1f} ms (target <= 30; GUI-thread"
          f" CPU in it {paced.stall_cpu:.1f} ms; {paced.over_30} ticks over 30 ms)")  # fmt: skip
    print(f"  GUI-thread CPU per keystroke: {paced.summary('cpu')} while typing;"
          f" {settled.summary('cpu')} each left to finish (load average"
          f" {' '.join(f'{x:.2f}' for x in os.getloadavg())})")  # fmt: skip
    print(f"  (each left to finish: keystroke -> rows {settled.summary('keystroke')};"
          f" slowest {settled.slowest()}; search start -> sorted rows"
          f" {settled.summary('sorted')}; -> exact count"
          f" {settled.summary('counted')})")  # fmt: skip
    watch.on_paint = None
    if args.search_only:
        wait_for_jobs(30_000)
        sys.stdout.flush()
        os._exit(0)

    # --- scrolling -----------------------------------------------------------------------------
    bar = page.table.verticalScrollBar()
    collector = GcWatch()
    for key, order in SORTS:
        if key not in args.sorts.split(","):
            continue
        column = COLUMN_KEYS.index(key)
        bar.setValue(0)  # as a user does: the top of the table, then a header click
        run_until(lambda: not model.is_loading and not model.rows_pending)
        page.table.horizontalHeader().setSortIndicator(column, order)  # sorts the model
        run_until(lambda: not model.is_loading and not model.rows_pending)

        def scroll(step: int, limit: int) -> tuple[int, float, int, str]:
            """Scroll by ``step`` rows per frame until ``limit`` rows or the end."""
            frames = placeholder_frames = 0
            done = [False]

            def frame() -> None:
                nonlocal frames, placeholder_frames
                frames += 1
                if not visible_rows_loaded(page):
                    placeholder_frames += 1
                row = page.table.rowAt(0)
                at_end = bar.value() >= bar.maximum()
                if at_end and (model.all_loaded or model.rowCount() >= limit):
                    done[0] = True
                    return
                if row + step >= limit:
                    done[0] = True
                    return
                if at_end and model.canFetchMore():
                    model.fetchMore()  # the view asks too; a running fetch ignores it
                bar.setValue(bar.value() + step)

            ticker = QTimer()
            ticker.setTimerType(Qt.TimerType.PreciseTimer)
            ticker.setInterval(16)
            ticker.timeout.connect(frame)
            started, process_cpu = time.perf_counter(), time.process_time()
            heart.start()
            ticker.start()
            run_until(lambda: done[0], timeout_s=3600)
            ticker.stop()
            heart.stop()
            seconds = time.perf_counter() - started
            cpu = (
                f"CPU: GUI thread {sum(heart.cpu) / 1000:.1f} s, process"
                f" {time.process_time() - process_cpu:.1f} s in {seconds:.1f} s; load average"
                f" {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
            )
            return frames, seconds, placeholder_frames, cpu

        collector.pauses.clear()
        frames, seconds, _p, cpu = scroll(args.step, args.rows)
        late = list(heart.late)
        rows = model.rowCount()
        direction = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
        print(
            f"scroll {key} {direction}: {rows:,} rows in {seconds:.1f} s ({frames} frames of"
            f" {args.step} rows); GUI stall {heart.worst()}, p99"
            f" {percentile(late, 99):.1f}, p95 {percentile(late, 95):.1f},"
            f" {sum(x > 30 for x in late)} over 30 ms of {len(late)} ticks (target max <= 30);"
            f" {collector.summary()}; {cpu}"
        )
        if args.gc_census:
            from collections import Counter

            tracked = gc.get_objects()
            top = Counter(type(o).__qualname__ for o in tracked).most_common(8)
            print(f"  tracked after the fling: {len(tracked):,}; " + ", ".join(
                f"{name} {n:,}" for name, n in top
            ))  # fmt: skip
            del tracked
        # Reading pace, from the top: one screen per frame.
        bar.setValue(0)
        run_until(lambda: not model.rows_pending)
        screen = max(1, page.table.rowAt(page.table.viewport().height() - 1) - page.table.rowAt(0))
        collector.pauses.clear()
        frames, seconds, placeholder_frames, cpu = scroll(screen, args.reading_rows)
        late = list(heart.late)
        print(
            f"  reading pace ({screen} rows per frame, {frames} frames): stall"
            f" {heart.worst()}, p95 {percentile(late, 95):.1f},"
            f" {sum(x > 30 for x in late)} over 30 ms;"
            f" frames showing a placeholder {placeholder_frames / max(frames, 1):.1%};"
            f" {collector.summary()}; {cpu}"
        )

    # Workers still reading when the application goes away would post to dead objects.
    wait_for_jobs(30_000)
    app.processEvents()
    page.deleteLater()
    app.processEvents()
    db.close()
    sys.stdout.flush()
    # PySide 6 can crash while tearing down at interpreter exit ("bool_dealloc"); the
    # figures are printed, so leave without the teardown.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
