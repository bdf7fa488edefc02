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

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from app.storage.demo import DemoSummary
    from app.storage.integrity import IntegrityReport

PROG = "prospect-desk"

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_NOT_AVAILABLE = 3
EXIT_INTERRUPTED = 130

#: The largest demo the CLI makes; beyond that a demo stops being a demo.
MAX_DEMO_CONTACTS = 5_000_000

log = logging.getLogger("app.cli")

EPILOG = """\
exit codes: 0 success; 1 failure (or check found problems); 2 bad arguments;
3 not available in this version yet; 130 interrupted.
--db defaults to the default database in your data folder (demo needs it spelled out)."""


class CommandError(Exception):
    """A failure to report as one line on stderr, with the exit code to use."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error message (DESIGN: errors are one clear line)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


# --- argument parsing ----------------------------------------------------------------


def _count(text: str) -> int:
    """An argparse type: a whole number from 0 to ``MAX_DEMO_CONTACTS``."""
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_DEMO_CONTACTS:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_DEMO_CONTACTS:,}")
    return value


def _add_db(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    help_text = "the database: an SQLite file or a SQLAlchemy URL"
    if not required:
        help_text += " (default: the default database in your data folder)"
    parser.add_argument("--db", metavar="PATH", required=required, help=help_text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = _Parser(
        prog=PROG,
        description="Prospect Desk without its window: demo data, checks, backups, "
        "imports and exports for scripts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=help_text, epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )  # fmt: skip
        return sub

    demo = command("demo", "create a database with realistic demo data")
    _add_db(demo, required=True)
    demo.add_argument("--contacts", type=_count, default=2000, metavar="N",
                      help="how many prospects to create (default 2,000)")  # fmt: skip
    demo.add_argument("--seed", type=int, default=42,
                      help="the same seed gives the same data (default 42)")  # fmt: skip
    demo.add_argument("--json", action="store_true", help="print the summary as JSON")

    imp = command("import", "import contacts from a CSV, XLSX or vCard file")
    imp.add_argument("file", metavar="FILE", help="the file to import")
    _add_db(imp)
    imp.add_argument("--list", metavar="NAME", help="add the imported contacts to this list")
    imp.add_argument("--dry-run", action="store_true", help="report what would happen only")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")

    exp = command("export", "export contacts to .csv, .xlsx or .vcf (by the file's suffix)")
    _add_db(exp)
    exp.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    exp.add_argument("--list", metavar="NAME", help="export only this list")
    exp.add_argument("--raw", action="store_true",
                     help="CSV for programs: no BOM and no formula neutralisation")  # fmt: skip
    exp.add_argument("--json", action="store_true", help="print the result as JSON")

    val = command("validate", "validate every contact's email and phone")
    _add_db(val)
    val.add_argument("--mx", action="store_true", help="also check mail servers (DNS)")
    val.add_argument("--json", action="store_true", help="print the result as JSON")

    check = command("check", "integrity and schema check; exit 1 on problems")
    _add_db(check)
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    backup = command("backup", "copy the database to a backup file")
    _add_db(backup)
    backup.add_argument("--out", metavar="FILE", required=True, help="the backup file")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    return parser


# --- helpers ---------------------------------------------------------------------------


def _target(args: argparse.Namespace) -> str:
    """The database named by ``--db``, or the default database."""
    if args.db:
        return str(args.db)
    from app.storage.paths import default_database_path

    return str(default_database_path())


def _is_file_target(target: str) -> bool:
    from app.storage.database import is_url

    return not is_url(target) or target.startswith("sqlite")


def _file_path(target: str) -> Path:
    """The file behind a path or an ``sqlite:///`` URL."""
    if target.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        target = make_url(target).database or ""
    return Path(target).expanduser().absolute()


def _progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A progress callback writing ``label… NN%`` on one stderr line, only on a terminal."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != last[0]:
            last[0] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label}… {percent}%", end=end, file=sys.stderr, flush=True)

    return show


def _emit_json(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str))


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "bytes" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover - the loop always returns


# --- commands ----------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    """Create (or fill an empty) database with demo data."""
    target = str(args.db)
    is_file = _is_file_target(target)
    path = _file_path(target) if is_file else None
    created = path is not None and not path.exists()
    if path is not None and not created:
        _refuse_demo_over_data(target)
    from app.storage.database import open_database
    from app.storage.demo import populate_demo

    try:
        db = open_database(target)
        try:
            summary = populate_demo(
                db, contacts=args.contacts, seed=args.seed,
                progress=_progress_printer("Creating demo data"),
            )  # fmt: skip
        finally:
            db.close()
    except BaseException:
        if created and path is not None:
            _remove_database_files(path)
        raise
    where = db.display_name
    if args.json:
        _emit_json({"ok": True, "database": where, **_summary_dict(summary)})
    else:
        print(
            f"Created {summary.contacts:,} prospects at {summary.companies:,} companies, "
            f"{summary.cadences} cadences, {summary.enrollments:,} enrollments, "
            f"{summary.tasks:,} open tasks and {summary.activities:,} activities in {where} "
            f"({summary.seconds:.1f} s)."
        )
    log.info("demo: %s contacts in %s (%.1f s)", summary.contacts, where, summary.seconds)
    return EXIT_OK


def _summary_dict(summary: DemoSummary) -> dict[str, Any]:
    from dataclasses import asdict

    values = asdict(summary)
    values["seconds"] = round(values["seconds"], 2)
    return values


def _refuse_demo_over_data(target: str) -> None:
    """Refuse, without writing a byte, to put demo data into a database that has prospects.

    Reads the file with SQLite's read-only URI (no journal side files appear), after the
    storage layer's own checks have turned away files that are not ours.
    """
    import sqlite3

    from app.storage.database import check_sqlite_header, read_schema_revision, readonly_uri
    from app.storage.errors import CorruptDatabaseError

    path = _file_path(target)
    if not check_sqlite_header(path) or read_schema_revision(path) is None:
        return  # empty: a new database
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            count = int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path.name} cannot be read ({exc}).") from exc
    if count:
        raise CommandError(
            f"{path} already holds {count:,} prospects; demo data only goes into a new or "
            "empty database. Name a new file with --db."
        )


def _remove_database_files(path: Path) -> None:
    """Delete a database file this command created, with its journal side files."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", leftover)


def cmd_check(args: argparse.Namespace) -> int:
    """Run the integrity, foreign-key and schema checks and report them."""
    from app.storage.integrity import run_checks

    target = _target(args)
    if _is_file_target(target) and not _file_path(target).exists():
        from app.storage.errors import MissingDatabaseError

        raise MissingDatabaseError(f"There is no database at {_file_path(target)}.")
    report = run_checks(target)
    where = str(_file_path(target)) if _is_file_target(target) else _redacted(target)
    if args.json:
        _emit_json({"ok": report.ok, "database": where, "revision": report.revision,
                    "problems": list(report.problems), "details": report.details})  # fmt: skip
    else:
        _print_check_report(where, report)
    if report.ok:
        log.info("check: %s is fine", where)
        return EXIT_OK
    count = len(report.problems)
    message = f"check found {count} problem{'s' if count != 1 else ''} in {where}"
    log.error("%s: %s", message, "; ".join(report.problems))
    print(f"{PROG}: {message}.", file=sys.stderr)
    return EXIT_FAILURE


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _print_check_report(where: str, report: IntegrityReport) -> None:
    details = report.details
    print(f"Database: {where}")
    status = details.get("schema_status", "unknown")
    print(f"Schema:   {report.revision or 'none'} ({status})")
    if "integrity" in details:
        fine = details["integrity"] == ["ok"]
        print(f"Integrity: {'ok' if fine else 'damaged'}")
    violations = details.get("foreign_key_violations")
    if isinstance(violations, int):
        print(f"References: {'ok' if not violations else f'{violations:,} broken'}")
    if "size_bytes" in details and isinstance(details["size_bytes"], int):
        print(f"Size:     {_human_size(details['size_bytes'])}")
    if report.ok:
        print("Result:   no problems found.")
        return
    print("Problems:")
    for problem in report.problems:
        print(f"  - {problem}")


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database to ``--out`` with SQLite's online backup."""
    from app.storage.backup import backup_database
    from app.storage.database import open_database

    target = _target(args)
    out = Path(args.out).expanduser().absolute()
    if out.is_dir():
        raise CommandError(
            f"{out} is a folder; name the backup file, e.g. {out / 'backup.sqlite3'}."
        )
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; choose another name or add --force.")
    if _is_file_target(target) and out == _file_path(target):
        raise CommandError("The backup cannot overwrite the database it copies.")
    # Read-only: a backup must never upgrade, create or otherwise touch the database.
    db = open_database(target, read_only=True)
    try:
        written = backup_database(db, out, progress=_progress_printer("Backing up"))
        where = db.display_name
    finally:
        db.close()
    print(f"Backed up {where} to {written} ({_human_size(written.stat().st_size)}).")
    log.info("backup: %s -> %s", where, written)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate every contact, store the derived fields, print counts by status and reason."""
    from app.core.validation import REASONS
    from app.storage.database import open_database
    from app.storage.validation_store import validate_database, validation_summary

    db = open_database(_target(args), create=False)  # never creates a file to validate
    try:
        progress = _progress_printer("Checking mail domains and validating" if args.mx
                                     else "Validating")  # fmt: skip
        run = validate_database(db, check_dns=args.mx, progress=progress)
        with db.reading() as conn:
            summary = validation_summary(conn)
        where = db.display_name
    finally:
        db.close()
    if args.json:
        _emit_json({"ok": True, "database": where, "mx": args.mx, "checked": run.checked,
                    "updated": run.updated, "seconds": round(run.seconds, 2),
                    "validator_version": run.validator_version,
                    **summary.as_dict()})  # fmt: skip
    else:
        print(f"Validated {run.checked:,} contacts in {where} ({run.updated:,} updated, "
              f"{'with' if args.mx else 'without'} DNS checks, {run.seconds:.1f} s).")  # fmt: skip
        for label, counts in (("Emails", summary.email), ("Phones", summary.phone)):
            shown = {k: v for k, v in counts.items() if not (label == "Phones" and k == "unknown")}
            print(f"{label}: " + ", ".join(f"{v:,} {k}" for k, v in shown.items()))
        for label, reasons in (("Email", summary.email_reasons), ("Phone", summary.phone_reasons)):
            if reasons:
                print(f"{label} reasons:")
            for code, n in reasons.items():
                print(f"  {code:<20} {n:>9,}  {REASONS.get(code, '')}")
        print(f"Duplicates: {summary.duplicates:,} ({summary.duplicate_emails:,} by email, "
              f"{summary.duplicate_phones:,} by phone and last name)")  # fmt: skip
        print("Missing: " + ", ".join(f"{k} {v:,}" for k, v in summary.missing.items()))
        if summary.average_quality is not None:
            print(f"Average quality: {summary.average_quality:.1f}")
    log.info("validate: %s contacts in %s (%.1f s)", run.checked, where, run.seconds)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """Import a contact file (or, with ``--dry-run``, report what an import would do)."""
    from app.cli_import import cmd_import as run
    from app.cli_import import describe
    from app.core.importing import ImportFileError
    from app.storage.importing import ImportCancelled

    try:
        payload = run(args, _target(args))
    except ImportFileError as exc:
        raise CommandError(_one_line(exc.message)) from exc
    except ImportCancelled as exc:
        raise KeyboardInterrupt from exc
    except ValueError as exc:
        raise CommandError(_one_line(str(exc))) from exc
    if args.json:
        _emit_json(payload)
    else:
        print(describe(payload))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Export contacts (all, or one list) to CSV, XLSX or vCard, chosen by ``--out``'s suffix.

    The file is written next to its target and renamed at the end, so an existing file is
    replaced whole or not at all.
    """
    from app.storage.database import open_database
    from app.storage.exporting import export_contacts

    out = Path(args.out).expanduser()
    # Read-only: an export must never create, upgrade or otherwise touch the database.
    db = open_database(_target(args), read_only=True)
    try:
        progress = _progress_printer("Exporting")
        summary = export_contacts(db, out, list_name=args.list, raw=args.raw, progress=progress)
        where = db.display_name
    finally:
        db.close()
    if args.json:
        _emit_json({"ok": True, "database": where, "out": str(summary.path),
                    "format": summary.format, "rows": summary.rows, "list": args.list})  # fmt: skip
    else:
        scope = f' from list "{args.list}"' if args.list else ""
        print(f"Exported {summary.rows:,} contacts{scope} to {summary.path} ({summary.format}).")
    log.info("export: %s rows from %s to %s", summary.rows, where, summary.path)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "import": cmd_import,
    "export": cmd_export,
    "validate": cmd_validate,
}


# --- entry point -------------------------------------------------------------------------


def _setup_logging() -> str | None:
    """Log to the app's rotating log file when ``app.logs`` is there; return its path."""
    try:
        from app.logs import setup_logging
    except ImportError:
        return None
    try:
        return str(setup_logging())
    except Exception:  # noqa: BLE001 - logging trouble must never stop a command
        return None


def _fail(message: str, code: int, *, as_json: bool) -> int:
    if as_json:
        _emit_json({"ok": False, "error": message, "exit_code": code})
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str]) -> int:
    """Run one CLI command and return the process exit code.

    Args:
        argv: The arguments after the program name, e.g. ``["check", "--db", "x.sqlite3"]``.

    Returns:
        The exit code (see the module docstring).
    """
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # --help (0) and usage errors (2), already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    log_path = _setup_logging()
    as_json = bool(getattr(args, "json", False))
    log.info("command: %s", " ".join(argv))
    from app.storage.errors import StorageError

    try:
        return COMMANDS[args.command](args)
    except CommandError as exc:
        log.error("%s failed: %s", args.command, exc)
        return _fail(str(exc), exc.code, as_json=as_json)
    except StorageError as exc:
        log.error("%s failed: %s", args.command, exc)
        return _fail(_one_line(str(exc)), EXIT_FAILURE, as_json=as_json)
    except KeyboardInterrupt:
        log.warning("%s interrupted", args.command)
        return _fail("interrupted; nothing was changed.", EXIT_INTERRUPTED, as_json=as_json)
    except Exception as exc:
        log.exception("%s failed unexpectedly", args.command)
        where = f"see the log: {log_path}" if log_path else "see the log"
        message = f"{args.command} failed unexpectedly ({exc.__class__.__name__}: {exc}); {where}"
        return _fail(_one_line(message), EXIT_FAILURE, as_json=as_json)


def _one_line(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":  # pragma: no cover - main.py is the real entry point
    raise SystemExit(main(sys.argv[1:]))
