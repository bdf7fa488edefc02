"""Shared fixtures: offscreen Qt, an isolated data folder, real databases, a temp keyring."""

from __future__ import annotations

import os

# Before anything imports Qt: render offscreen (no display in CI) and keep tests away from
# the user's real data, settings and keychain.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from app.storage.database import Database, open_database
from app.storage.paths import DATA_DIR_ENV
from app.storage.schema_version import SCHEMA_HEAD

# Property tests judge inputs, not speed: on a fresh clone Hypothesis builds its Unicode
# tables on the first text draw (1.2 s on a 2-core machine: it failed the "too slow"
# health check), and a busy machine can stretch any example past a deadline.
settings.register_profile(
    "prospect-desk", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# On CI the same examples every run: a red run should mean a change broke something, not
# that this run's random draw found an old corner (developers' runs keep exploring).
settings.register_profile("ci", parent=settings.get_profile("prospect-desk"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "prospect-desk")


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_test_thread() -> Iterator[tuple[int, int, int]]:
    """As the app does (``app.ui.main_thread_gc``): no automatic collection, which could free
    a Qt widget on a background job's thread and crash the run; cycles are collected on the
    test's own thread between tests instead."""
    thresholds = gc.get_threshold()
    gc.disable()
    yield thresholds
    gc.enable()


@pytest.fixture(autouse=True)
def collect_between_tests(collect_on_the_test_thread: tuple[int, int, int]) -> Iterator[None]:
    """Collect whatever generations are due after each test, on the test's thread."""
    from app.ui.main_thread_gc import collect_if_due

    yield
    collect_if_due(collect_on_the_test_thread)


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the app's data, backup and log folders at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's SQLite database file goes."""
    return tmp_path / "test.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to head once per session, closed (no side files).

    Running the migrations takes a good part of a second; copying the result takes
    milliseconds, and opening a file already at head is the app's own fast path.
    """
    path = tmp_path_factory.mktemp("template") / "head.sqlite3"
    database = open_database(path, backup_dir=path.parent / "backups")
    database.close()
    return path


# --- which backend the ``db`` fixture builds on ------------------------------------------

#: ``--backend`` defaults to this environment variable, then to SQLite.
BACKEND_ENV = "PROSPECT_DESK_TEST_BACKEND"
BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=BACKENDS,
        default=os.environ.get(BACKEND_ENV, "sqlite"),
        help=(
            "the database the db fixture opens; with postgresql only the tests that use "
            f"it run (default: ${BACKEND_ENV} or sqlite)"
        ),
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On ``--backend=postgresql``, keep only the tests whose ``db`` fixture changes.

    Every other test runs the same on either backend and has already run in the SQLite
    pass; the tests marked ``postgres`` use their own server database and ran there too.
    """
    if config.getoption("--backend") != "postgresql":
        return
    kept, dropped = [], []
    for item in items:
        uses_db = "db" in getattr(item, "fixturenames", ())
        if uses_db and item.get_closest_marker("postgres") is None:
            kept.append(item)
        else:
            dropped.append(item)
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.kwargs.get("reason") or (marker.args[0] if marker.args else "")
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


class _ServerBaseline:
    """One migrated server database, put back to its just-migrated rows for every test.

    Making a database per test (``CREATE DATABASE … TEMPLATE``) costs about a second;
    emptying every table and copying back the rows the migrations seeded (stages,
    settings, the change feed's row) costs a few tens of milliseconds.
    """

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.conninfo = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(self.conninfo) as conn:
            self.tables = [
                r[0]
                for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version' ORDER BY tablename"
                )
            ]
            self.seeds: dict[str, bytes] = {}
            for table in self.tables:
                if conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone() == (True,):
                    with conn.cursor().copy(f'COPY "{table}" TO STDOUT (FORMAT binary)') as out:
                        self.seeds[table] = b"".join(bytes(chunk) for chunk in out)
            self.sequences = conn.execute(
                "SELECT table_name, column_name, "
                "pg_get_serial_sequence(quote_ident(table_name), column_name) "
                "FROM information_schema.columns WHERE table_schema = 'public' "
                "AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL"
            ).fetchall()

    def reset(self) -> None:
        import psycopg

        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            # A test that took the schema down or upgraded it (migration tests): make it
            # again, from nothing.
            tables = {
                r[0]
                for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            }
            version = (
                conn.execute("SELECT version_num FROM alembic_version").fetchall()
                if "alembic_version" in tables
                else []
            )
            if not set(self.tables) <= tables or version != [(SCHEMA_HEAD,)]:
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
                open_database(self.url).close()
        with psycopg.connect(self.conninfo) as conn:
            # Sessions a previous test left open (a listener, a crashed writer) would block
            # the TRUNCATE.
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            listed = ", ".join(f'"{t}"' for t in self.tables)
            conn.execute(f"TRUNCATE {listed} RESTART IDENTITY CASCADE")
            for table, data in self.seeds.items():
                with conn.cursor().copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(data)
            for table, column, sequence in self.sequences:
                conn.execute(
                    f'SELECT setval(%s, coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, '
                    "false)",
                    (sequence,),
                )


@pytest.fixture(scope="session")
def postgres_baseline(postgres_server: str) -> _ServerBaseline:
    """The server database the ``db`` fixture resets for every test (``--backend``)."""
    import sqlalchemy as sa

    name = "pd_backend_db"
    admin = sa.create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    open_database(f"{postgres_server}/{name}").close()
    return _ServerBaseline(f"{postgres_server}/{name}")


@pytest.fixture
def db(
    request: pytest.FixtureRequest, db_path: Path, migrated_template: Path
) -> Iterator[Database]:
    """A real, freshly migrated database: an SQLite file (a copy of the session's template)
    or, with ``--backend=postgresql``, the session's server database back at its
    just-migrated rows."""
    if request.config.getoption("--backend") == "postgresql":
        baseline: _ServerBaseline = request.getfixturevalue("postgres_baseline")
        baseline.reset()
        database = open_database(baseline.url)
        yield database
        database.close()
        return
    shutil.copyfile(migrated_template, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def temp_keyring() -> Iterator[object]:
    """A keyring backend that keeps secrets in memory, set for the duration of a test."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


# --- a real PostgreSQL server for team-mode tests ---------------------------------------


def _pg_bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Start a throwaway PostgreSQL server on 127.0.0.1 and yield its base URL.

    Uses the system's PostgreSQL binaries (``.ci/run`` installs them). As root, the server
    runs as the ``postgres`` user because initdb refuses to run as root. Locally without
    PostgreSQL the tests are skipped; in CI (``CI`` set) a missing server is a failure.
    """
    bindir = _pg_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries not found; .ci/run should have installed them")
        pytest.skip("PostgreSQL is not installed")
    root = Path(tempfile.mkdtemp(prefix="pd-pg-"))
    data = root / "data"
    port = _free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run(  # noqa: E731
        [*prefix, *args], check=True, capture_output=True, text=True
    )
    run(
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(root / "log.txt"),
        "-w",
        "-o",
        f"-h 127.0.0.1 -p {port} -k {root} -F",
        "start",
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    import sqlalchemy as sa

    name = f"pd_test_{int(time.time() * 1e6)}"
    admin = sa.create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield f"{postgres_server}/{name}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


# --- demo databases built once per module, copied fresh for each test ---------------------


def build_demo_template(
    folder: Path,
    migrated_template: Path,
    *,
    contacts: int,
    prepare: Callable[[Database], object] | None = None,
) -> tuple[Path, object]:
    """Make ``folder/demo.sqlite3`` from the migrated template plus demo data.

    Args:
        folder: where the template goes (a ``tmp_path_factory.mktemp`` folder).
        migrated_template: the session's migrated empty database.
        contacts: how many demo contacts.
        prepare: run on the open database after the demo data (e.g. add hand-made rows);
            its result is returned next to the path.
    """
    from app.storage.demo import populate_demo

    path = folder / "demo.sqlite3"
    shutil.copyfile(migrated_template, path)
    database = open_database(path)
    try:
        populate_demo(database, contacts=contacts)
        extra = prepare(database) if prepare is not None else None
    finally:
        database.close()
    return path, extra


def open_copy(template: Path, tmp_path: Path) -> Iterator[Database]:
    """Yield a fresh copy of ``template`` opened for one test (use from a fixture)."""
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()


# --- a throwaway Dovecot IMAP server for the replies tests ---------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[object]:
    """A Dovecot on 127.0.0.1 (plain IMAP) for the session; tests reset its INBOX.

    Never skipped: without Dovecot the tests fail with a message saying that ``.ci/run``
    installs it (Debian's dovecot-imapd).
    """
    from tests.imap_server import DovecotServer, require_dovecot

    try:
        require_dovecot()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    server = DovecotServer(Path(tempfile.mkdtemp(prefix="pd-imap-"))).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot_tls() -> Iterator[object]:
    """A Dovecot with trustme certificates: implicit TLS on ``tls_port``, STARTTLS on ``port``."""
    from tests.imap_server import DovecotServer, require_dovecot

    try:
        require_dovecot()
    except RuntimeError as exc:
        pytest.fail(str(exc))
    server = DovecotServer(Path(tempfile.mkdtemp(prefix="pd-imaps-")), tls=True).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
