"""Print the check workers' cost for an import file, single-process.

Usage::

    .venv/bin/python benchmarks/make_import_file.py --rows 1000000
    .venv/bin/python benchmarks/bench_checks.py                        # the 1M file
    .venv/bin/python benchmarks/bench_checks.py --file import-100000.csv
    .venv/bin/python benchmarks/bench_checks.py --profile phones       # cProfile top 25
    .venv/bin/python benchmarks/bench_checks.py --pool 2               # through Checker

The values are the ones an import sends to its workers: the file is read and prepared as
``ImportEngine`` does (``RowPreparer`` with the automatic mapping), and each slice of
``SLICE_ROWS`` good rows contributes its own distinct emails, (phone, region) pairs,
companies and websites (distinct per slice, not per file: so does ``_submit``, which also
leaves out the companies and websites of the chunks it has already processed). They are
cached next to the file (``*.v2.checks.pickle``) since reading takes longer than checking.

Each entry point then runs here on tasks of ``_TASK_SIZE`` values, and the result
transport is timed too: pickling in the worker, unpickling plus rebuilding the check
objects in the main process (``PendingChecks.result``), which is on the import's
critical path. CPU time is ``time.process_time``; other work on the machine inflates the
wall time, so both are printed with the load average.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pickle
import pstats
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "data"

from app.core.importing import check_values  # noqa: E402 - after the sys.path line
from app.core.importing.check_values import (  # noqa: E402
    check_email_values,
    check_phone_values,
    company_values,
)
from app.storage.importing.checks import _TASK_SIZE, PendingChecks  # noqa: E402

Values = dict[str, list[Any]]


def _extract(path: Path) -> Values:
    """Per-slice distinct values, as ``ImportEngine._read_slices`` and ``_submit`` send."""
    from app.core.importing import auto_map, open_table
    from app.storage.importing.engine import CHUNK_ROWS, LOOKAHEAD, SLICE_ROWS
    from app.storage.importing.prepare import Incoming, RowPreparer

    table = open_table(os.fspath(path))
    mapping = auto_map(table.headers, table.preview(200))
    prepare = RowPreparer(mapping, None).prepare
    out: Values = {"emails": [], "phones": [], "companies": [], "websites": []}
    part: list[Incoming] = []
    # The engine leaves out companies and websites it knows the answer for: those of
    # the chunks it has processed, LOOKAHEAD chunks behind the one being read.
    known_companies: set[str] = set()
    known_sites: set[str] = set()
    chunks: list[tuple[set[str], set[str]]] = [(set(), set())]
    rows_in_chunk = 0

    def flush() -> None:
        emails: dict[str, None] = {}
        phones: dict[tuple[str, str | None], None] = {}
        for r in part:
            for email in (r.email, r.email_2):
                if email:
                    emails[email] = None
            for phone in (r.phone, r.mobile_phone):
                if phone:
                    phones[(phone, r.region)] = None
        out["emails"].extend(emails)
        out["phones"].extend(phones)
        companies = {r.company: None for r in part if r.company}
        websites = {r.website: None for r in part if r.website}
        out["companies"].extend(c for c in companies if c not in known_companies)
        out["websites"].extend(w for w in websites if w not in known_sites)
        chunks[-1][0].update(companies)
        chunks[-1][1].update(websites)
        part.clear()

    for row in table.iter_rows():
        record = prepare(row)
        if type(record) is Incoming:
            part.append(record)
            rows_in_chunk += 1
            if len(part) >= SLICE_ROWS or rows_in_chunk >= CHUNK_ROWS:
                flush()
            if rows_in_chunk >= CHUNK_ROWS:
                rows_in_chunk = 0
                chunks.append((set(), set()))
                if len(chunks) > LOOKAHEAD + 1:
                    done_companies, done_sites = chunks[-(LOOKAHEAD + 2)]
                    known_companies |= done_companies
                    known_sites |= done_sites
    flush()
    return out


def _load(path: Path) -> Values:
    cache = path.with_suffix(".v2.checks.pickle")
    if cache.exists() and cache.stat().st_mtime >= path.stat().st_mtime:
        with cache.open("rb") as f:
            values: Values = pickle.load(f)
        return values
    values = _extract(path)
    with cache.open("wb") as f:
        pickle.dump(values, f, protocol=pickle.HIGHEST_PROTOCOL)
    return values


def _tasks(values: list[Any]) -> list[list[Any]]:
    return [values[i : i + _TASK_SIZE] for i in range(0, len(values), _TASK_SIZE)]


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    result = fn()
    return result, time.process_time() - cpu, time.perf_counter() - wall


class _Done:
    """A finished future, so that ``PendingChecks.result`` rebuilds as in an import."""

    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


def _report(name: str, count: int, cpu: float, wall: float) -> None:
    per = cpu / count * 1e6 if count else 0.0
    print(f"  {name:<28} {count:>9,} values  CPU {cpu:6.2f} s  wall {wall:6.2f} s  "
          f"{per:6.2f} µs/value (CPU)")  # fmt: skip


def _bench_kind(kind: str, values: Values) -> None:
    """Check, pickle, unpickle and rebuild one kind of value, task by task."""
    items = values[kind]
    tasks = _tasks(items)
    worker_fn: Callable[[list[Any]], Any] = (
        check_phone_values if kind == "phones" else check_email_values
    )
    results, cpu, wall = _timed(lambda: [worker_fn(t) for t in tasks])
    _report(f"{kind}: check", len(items), cpu, wall)
    blobs, pcpu, pwall = _timed(
        lambda: [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in results]
    )
    _report(f"{kind}: pickle (worker)", len(items), pcpu, pwall)
    size = sum(len(b) for b in blobs)
    print(f"  {kind}: {size / 1e6:.1f} MB pickled, {size / max(1, len(items)):.0f} B/value")

    def receive() -> Any:
        futures = [_Done(pickle.loads(b)) for b in blobs]
        if kind == "phones":
            return PendingChecks([], items, [], futures).result()  # type: ignore[arg-type]
        return PendingChecks(items, [], futures, []).result()  # type: ignore[arg-type]

    # The import holds the garbage collector off while it runs (engine.gc_paused).
    gc.disable()
    try:
        _, rcpu, rwall = _timed(receive)
    finally:
        gc.enable()
    _report(f"{kind}: unpickle+rebuild (main)", len(items), rcpu, rwall)
    print(f"  {kind}: worker total CPU {cpu + pcpu:.2f} s, main-side CPU {rcpu:.2f} s")


def _bench_companies(values: Values) -> None:
    companies, websites = values["companies"], values["websites"]
    step = 10_000  # one call per slice, as the import makes
    _, cpu, wall = _timed(
        lambda: [
            company_values(companies[i : i + step], websites[i : i + step])
            for i in range(0, max(len(companies), len(websites)), step)
        ]
    )
    _report("companies+websites", len(companies) + len(websites), cpu, wall)


def _bench_pool(values: Values, workers: int) -> None:
    """All the values through a ``Checker`` pool, slice by slice as an import sends them.

    Worker CPU is RUSAGE_CHILDREN once the pool is shut down (its processes are then
    waited for); it includes the workers' start-up. The slices are equal parts of each
    list, as many as the file has slices.
    """
    from app.storage.importing.checks import Checker

    slices = max(1, len(values["emails"]) // 9_500)

    def part(kind: str, i: int) -> list[Any]:
        items = values[kind]
        size = -(-len(items) // slices)
        return items[i * size : (i + 1) * size]

    def run() -> None:
        checker = Checker(workers)
        pending: list[Any] = []
        try:
            for i in range(slices):
                emails, phones = part("emails", i), part("phones", i)
                pending.append(
                    checker.submit(emails, phones, part("companies", i), part("websites", i))
                )
                # The engine keeps about three chunks of fifteen slices in flight.
                if len(pending) > 15:
                    pending.pop(0).result()
            for p in pending:
                p.result()
        finally:
            checker.close()

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = children.ru_utime + children.ru_stime
    gc.disable()  # as in an import (engine.gc_paused)
    try:
        _, cpu, wall = _timed(run)
    finally:
        gc.enable()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = children.ru_utime + children.ru_stime - before
    print(f"  pool of {workers}: {slices} slices, workers CPU {workers_cpu:.2f} s, "
          f"this process CPU {cpu:.2f} s, wall {wall:.2f} s")  # fmt: skip


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default="import-1000000.csv")
    parser.add_argument("--only", choices=("phones", "emails", "companies"), action="append")
    parser.add_argument("--profile", choices=("phones", "emails", "companies"))
    parser.add_argument(
        "--pool", type=int, metavar="WORKERS", help="run it all through a Checker of WORKERS"
    )
    args = parser.parse_args(argv)
    path = DATA / args.file
    if not path.exists():
        print(f"{path} missing (run benchmarks/make_import_file.py)")
        return 1
    values, cpu, wall = _timed(lambda: _load(path))
    # This process plays the worker: the same set-up as the pool's initializer (absent
    # from older versions, which this script can time too when copied into a checkout).
    init_worker = getattr(check_values, "init_worker", None)
    if init_worker is not None:
        init_worker()
    print(f"values of {args.file}: {len(values['emails']):,} emails, "
          f"{len(values['phones']):,} phone pairs, {len(values['companies']):,} companies, "
          f"{len(values['websites']):,} websites (loaded in {wall:.1f} s)")  # fmt: skip
    load = os.getloadavg()
    print(f"load before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    if args.pool:
        _bench_pool(values, args.pool)
        print(f"load after: {os.getloadavg()[0]:.2f}")
        return 0
    if args.profile:
        profiler = cProfile.Profile()
        if args.profile == "companies":
            profiler.runcall(_bench_companies, values)
        else:
            profiler.runcall(_bench_kind, args.profile, values)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        return 0
    for kind in args.only or ["phones", "emails", "companies"]:
        if kind == "companies":
            _bench_companies(values)
        else:
            _bench_kind(kind, values)
    print(f"load after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
