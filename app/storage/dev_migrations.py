"""Developer helper: autogenerate a new migration from the models.

Usage: ``python -m app.storage.dev_migrations "add foo to contacts"``. It builds a
temporary database at the current head and lets Alembic compare it with ``tables.py``.
Review the generated file before committing (autogenerate misses FTS tables and triggers).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    """Create a revision file in ``app/storage/migrations/versions``."""
    from alembic import command

    from app.storage.database import make_sqlite_engine
    from app.storage.migrate import alembic_config

    if not argv:
        print("usage: python -m app.storage.dev_migrations MESSAGE [REV_ID]", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_sqlite_engine(Path(tmp) / "head.sqlite3", wal=False)
        with engine.begin() as conn:
            config = alembic_config(conn)
            try:
                command.upgrade(config, "head")
            except Exception as exc:  # noqa: BLE001 - no versions yet is fine
                print(f"(no existing head: {exc})", file=sys.stderr)
            command.revision(
                config,
                message=argv[0],
                autogenerate=True,
                rev_id=argv[1] if len(argv) > 1 else None,
            )
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
