"""Decide between the GUI and the headless CLI without importing either too early."""

from __future__ import annotations

import time

# Subcommands of the headless interface (DESIGN.md section 5).
CLI_COMMANDS = frozenset({"demo", "import", "export", "validate", "check", "backup"})


def run(argv: list[str], process_start: float | None = None) -> int:
    """Run the CLI when the first argument is a subcommand, otherwise the GUI."""
    start = time.perf_counter() if process_start is None else process_start
    if argv and argv[0] in CLI_COMMANDS:
        from app.cli import main as cli_main

        return cli_main(argv)
    if argv and argv[0] in {"-h", "--help"}:
        from app.cli import main as cli_main

        return cli_main(argv)
    from app.ui.application import run_gui

    return run_gui(argv, process_start=start)
