"""Decide between the GUI and the headless CLI, and refuse what neither takes, before Qt loads.

``python main.py import ...`` runs a CLI command; anything else is for the window, whose
arguments ``app.gui_args`` checks strictly (exit 2 on a typo) before Qt is imported.
"""

from __future__ import annotations

import sys
import time

from app.commands.common import CLI_COMMANDS, EXIT_USAGE, PROG
from app.gui_args import GuiUsageError, parse_gui_args


def run(argv: list[str], process_start: float | None = None) -> int:
    """Run the CLI when the first argument is a subcommand, otherwise the GUI."""
    start = time.perf_counter() if process_start is None else process_start
    if argv and argv[0] in CLI_COMMANDS:
        from app.cli import main as cli_main

        return cli_main(argv)
    if "-h" in argv or "--help" in argv:
        from app.cli import main as cli_main

        return cli_main(["--help"])  # lists the commands and the window's options
    try:
        parse_gui_args(argv)
    except GuiUsageError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from app.ui.application import run_gui

    return run_gui(argv, process_start=start)
