"""Entry point for ``python -m app`` and the ``prospect-desk`` console script."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the CLI when a subcommand is given, the GUI otherwise."""
    from app.entry import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
