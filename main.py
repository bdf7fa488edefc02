"""Prospect Desk launcher: ``python main.py`` opens the GUI, ``python main.py CMD`` the CLI."""

from __future__ import annotations

import time

# Measured from here by --startup-check; taken before any heavy import.
PROCESS_START = time.perf_counter()

import sys  # noqa: E402

from app.entry import run  # noqa: E402

if __name__ == "__main__":
    # Validation and demo loads use spawned worker processes; a frozen build (PyInstaller)
    # must let those children run their task instead of starting the app again.
    import multiprocessing

    multiprocessing.freeze_support()
    raise SystemExit(run(sys.argv[1:], process_start=PROCESS_START))
