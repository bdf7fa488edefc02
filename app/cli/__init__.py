"""The headless face of Prospect Desk (DESIGN.md section 5): ``python main.py COMMAND ...``.

Commands::

    demo     --db PATH [--contacts N] [--seed S]      create a database with demo data
    import   FILE --db PATH [--list NAME] [--dry-run] [--json]
    export   --db PATH --out FILE [--list NAME]
    validate --db PATH [--mx] [--json]
    check    --db PATH [--json]                       integrity and schema check
    backup   --db PATH --out FILE [--force]

``--db`` may be omitted except for ``demo``; it then means the default database in the
user's data folder. A problem prints one line on stderr (``prospect-desk: ...``) and is
also written to the log file; nothing half-written is left behind. ``--json`` prints one
JSON object on stdout, on success and on failure.

Exit codes (scripts rely on them):

    0    success
    1    failure: the database is missing, damaged or refused, the operation failed,
         or ``check`` found problems
    2    bad arguments (usage error)
    3    the command is part of the interface but not available in this version yet
    130  interrupted (Ctrl+C); nothing was changed
"""

from __future__ import annotations

from app.cli.common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_NOT_AVAILABLE,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
)
from app.cli.main import main

__all__ = [
    "EXIT_FAILURE",
    "EXIT_INTERRUPTED",
    "EXIT_NOT_AVAILABLE",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "main",
]
