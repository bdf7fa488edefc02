"""The check workers' pools: spawned processes, stopped side by side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


_ORPHAN_PARENT = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from app.core.workers import spawn_pool
if __name__ == "__main__":
    pools = [spawn_pool(1), spawn_pool(1)]
    pids = [pool.submit(os.getpid).result(timeout=120) for pool in pools]
    with open(sys.argv[2], "w") as out:
        out.write(" ".join(map(str, pids)))
    os.kill(os.getpid(), signal.SIGKILL)  # no shutdown: as kill -9 would leave them
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (exited, not yet reaped by init) is gone for every purpose here.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(os.name != "posix", reason="kill -9 and /proc are POSIX; Windows uses handles")
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(_ORPHAN_PARENT)
    root = str(Path(__file__).resolve().parents[2])
    pid_file = tmp_path / "pids.txt"
    # No pipes: an orphan holding one open would keep run() waiting.
    done = subprocess.run(
        [sys.executable, str(script), root, str(pid_file)], check=False,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL
    pids = [int(p) for p in pid_file.read_text().split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in pids if _alive(pid)]
