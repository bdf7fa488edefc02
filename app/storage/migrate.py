"""Schema migrations with Alembic, run from inside the app (and the installed package).

Each upgrade runs in one transaction and rolls back on error (calibre's habit); the
caller takes a backup first. On SQLite, batch migrations rebuild tables, and dropping a
table with ``foreign_keys=ON`` would fire ``ON DELETE CASCADE`` on its children, so
foreign keys are switched off for the upgrade and checked with ``foreign_key_check``
before committing.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Protocol

from app.storage import errors

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection, Engine


class HasEngine(Protocol):
    """What a migration needs of an open ``app.storage.database.Database``: its engine.

    A protocol, not that class: ``database`` imports this module to upgrade a file as it
    opens it, so this module must not import ``database`` (not even for types).
    """

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine of the open database."""


SCRIPT_LOCATION = "app.storage:migrations"


# Tables SQLite's FTS5 creates for the search index: made by raw DDL in the migrations,
# unknown to the models, so autogenerate and compare_metadata must leave them alone.
SEARCH_TABLE_PREFIX = "contacts_fts"
# Indexes only PostgreSQL gets (migration 0020): the contact table's orders put NULL
# first, as SQLite does, and PostgreSQL reads an index in such an order only when the
# index says NULLS FIRST. The models describe the indexes both backends share.
SERVER_INDEX_PREFIX = "ix_server_"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic ``include_object`` hook: skip the FTS5 search tables (see SEARCH_TABLE_PREFIX)
    and the server's own sort indexes (see SERVER_INDEX_PREFIX)."""
    del obj, reflected, compare_to  # the hook's signature is fixed by Alembic
    if name is not None and type_ == "index" and name.startswith(SERVER_INDEX_PREFIX):
        return False
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIX))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision among the shipped migrations."""
    head = _script().get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """True when this version of the app ships the migration ``revision``."""
    from alembic.util import CommandError

    try:
        return _script().get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(db: HasEngine) -> str | None:
    """The revision stored in the database, ``None`` when it has no schema yet."""
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


def upgrade_to_head(db: HasEngine) -> None:
    """Upgrade to the newest schema in one transaction.

    Raises:
        MigrationError: a step failed; everything was rolled back.
    """
    migrate(db, "head")


def migrate(db: HasEngine, target: str, *, downgrade: bool = False) -> None:
    """Upgrade (or, for tests and repairs, downgrade) to ``target`` in one transaction.

    On PostgreSQL the transaction first takes an advisory lock, so concurrent
    openers migrate one after the other (Alembic reads the stored revision after the
    lock, and a later one finds nothing left to do).
    """
    from alembic import command

    from app.storage.team.locks import SCHEMA_LOCK, serialise

    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Must happen outside a transaction, or SQLite ignores it.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            conn.execution_options(prospect_begin="IMMEDIATE")
            with conn.begin():
                # Two people opening an empty or older server database at the same
                # moment must not both create or alter the schema: the second waits,
                # then finds it at head with nothing to do. Released with the transaction.
                serialise(conn, SCHEMA_LOCK)
                config = alembic_config(conn)
                if downgrade:
                    command.downgrade(config, target)
                else:
                    command.upgrade(config, target)
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise errors.MigrationError(
                            f"The upgrade would break {len(problems)} references between "
                            "rows; nothing was changed."
                        )
        except errors.StorageError:
            raise
        except Exception as exc:
            raise errors.MigrationError(
                f"Upgrading the database failed and was undone: {exc.__class__.__name__}: {exc}"
            ) from exc
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    if hasattr(db, "announces_writes"):
        # Writes bump the change feed only while the schema has it (at head); after a
        # downgrade (tests, repairs) it may be gone.
        db.announces_writes = not downgrade and target in {"head", head_revision()}
