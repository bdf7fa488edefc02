"""The check workers' pools: spawned processes, stopped side by side."""

from __future__ import annotations

import os
import time

import pytest

from app.core.workers import shutdown_pools, spawn_pool


def test_a_pool_runs_work_in_another_process() -> None:
    pool = spawn_pool(1)
    try:
        assert pool.submit(os.getpid).result(timeout=120) != os.getpid()
    finally:
        shutdown_pools([pool])


def test_stopping_drops_work_not_started_and_refuses_more() -> None:
    pools = [spawn_pool(1), spawn_pool(1)]
    futures = [pool.submit(time.sleep, 0.3) for pool in pools for _ in range(4)]
    shutdown_pools(pools)
    assert all(f.done() for f in futures)
    assert any(f.cancelled() for f in futures)
    with pytest.raises(RuntimeError):
        pools[0].submit(os.getpid)
