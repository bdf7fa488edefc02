"""Worker processes for CPU-bound checks: started the one safe way, stopped side by side.

An import checks each chunk's emails, phones, companies and websites in worker processes
(``app.storage.importing.checks``), and a large demo load validates its prospects in
worker processes (``app.storage.demo``). Both start their pools here, so that how a
worker is started, and how a set of them is stopped, is decided in one place.

What stays with each user, on purpose: the import keeps one single-worker pool per
worker (a value is sent to the same worker every time, whose caches then hold it) and
starts its workers at a lower priority with phonenumbers' fast paths
(``app.core.importing.check_values.init_worker``); the demo keeps one pool of up to
three workers at normal priority. Those are tuned figures of two different loads
(``benchmarks/bench_import.py``, ``benchmarks/bench_demo.py``), not copies of one
another.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial

__all__ = ["shutdown_pools", "spawn_pool"]


def _exit_with_parent() -> None:
    """In a worker: end the process as soon as its parent has died.

    A parent killed outright (``kill -9``, a crash) cannot stop its pool; its workers
    would live on, each holding its caches and the resource tracker's pipe (~85 MB).
    ``multiprocessing.parent_process().sentinel`` becomes ready when the parent exits, on
    every platform (a handle on Windows, a pipe elsewhere), so one daemon thread waiting
    on it ends the worker at once. Nobody is left to read its results anyway.
    """
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait_then_exit() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=wait_then_exit, name="parent-watch", daemon=True).start()


def _start_worker(initializer: Callable[[], object] | None) -> None:
    _exit_with_parent()
    if initializer is not None:
        initializer()


def spawn_pool(
    workers: int = 1, *, initializer: Callable[[], object] | None = None
) -> ProcessPoolExecutor:
    """A process pool whose workers are spawned, never forked.

    "spawn" everywhere: the app ships on Windows and macOS, where it is the only safe
    choice, and forking a process that runs Qt (or any other) threads is unsafe. A
    spawned worker imports only what its functions need, so those live in modules
    without SQLAlchemy or Qt (``app.core``). Every worker ends when its parent dies,
    however it died (no orphans after ``kill -9``).

    Args:
        workers: Worker processes in the pool.
        initializer: Run once in each worker before its first task.

    Returns:
        The pool (its workers start with the first task).

    Raises:
        OSError, ValueError, NotImplementedError: The platform cannot start processes.
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=partial(_start_worker, initializer),
    )


def shutdown_pools(pools: Sequence[ProcessPoolExecutor], *, wait: bool = True) -> None:
    """Stop pools, dropping work not started yet, all at once.

    Every pool is told at the same time, so the workers exit side by side instead of one
    after another (an interpreter with warm caches takes ~0.2 s to shut down).

    Args:
        pools: The pools to stop.
        wait: Wait until their workers have exited. Without waiting they exit in the
            background (the pools' own threads reap them; Python joins them at exit at
            the latest).
    """
    if not wait or len(pools) < 2:
        for pool in pools:
            pool.shutdown(wait=wait, cancel_futures=True)
        return
    # Not shutdown(wait=False) for all, then shutdown(wait=True): the first call lets go
    # of the pool's manager thread, so the second waits for nothing (and its default
    # cancel_futures=False may undo the first's cancel). One waiting call per pool, on
    # threads of their own, waits for all of them at once.
    stoppers = [
        threading.Thread(target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True})
        for pool in pools
    ]
    for stopper in stoppers:
        stopper.start()
    for stopper in stoppers:
        stopper.join()
