"""Alembic environment: always run with a connection handed over by app.storage.migrate."""

from __future__ import annotations

from alembic import context

from app.storage.migrate import include_object
from app.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through app.storage.migrate (python -m app.storage.dev_migrations)."
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    # The FTS5 search tables are made by raw DDL; autogenerate would try to drop them.
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
