"""``check``: integrity, foreign-key and schema-version checks; exit 1 on problems.

On a damaged file (or one too damaged to read at all) the report names the newest backup
that is itself undamaged and how to put it back; ``--restore-latest`` does that (the
damaged file is moved aside, never deleted) and checks the restored file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    PROG,
    db_target,
    emit_json,
    file_path,
    human_size,
    is_file_target,
    log,
    one_line,
)

if TYPE_CHECKING:
    from app.storage.integrity import IntegrityReport


def cmd_check(args: argparse.Namespace) -> int:
    """Run the integrity, foreign-key and schema checks and report them."""
    from app.storage.errors import CorruptDatabaseError
    from app.storage.integrity import run_checks

    target = db_target(args)
    if is_file_target(target) and not file_path(target).exists():
        from app.storage.errors import MissingDatabaseError

        raise MissingDatabaseError(f"There is no database at {file_path(target)}.")
    try:
        report = run_checks(target)
    except CorruptDatabaseError as exc:
        # Too damaged to read at all: the backup is the way out (exit code unchanged).
        if getattr(args, "restore_latest", False):
            return _restore_latest(args, target)
        if not args.json:
            _print_backup_hint(args, file_path(target))
            raise
        latest = _latest_backup(args, file_path(target))
        message = one_line(str(exc))
        emit_json({"ok": False, "error": message, "exit_code": EXIT_FAILURE,
                   "latest_backup": None if latest is None else str(latest)})  # fmt: skip
        print(f"{PROG}: {message}", file=sys.stderr)
        return EXIT_FAILURE
    where = str(file_path(target)) if is_file_target(target) else _redacted(target)
    damaged = is_file_target(target) and _damaged(report)
    latest = _latest_backup(args, file_path(target)) if damaged else None
    if damaged and getattr(args, "restore_latest", False):
        return _restore_latest(args, target)
    if args.json:
        emit_json({"ok": report.ok, "database": where, "revision": report.revision,
                    "problems": list(report.problems), "details": report.details,
                    "latest_backup": None if latest is None else str(latest)})  # fmt: skip
    else:
        _print_check_report(where, report)
        if damaged:
            _print_backup_hint(args, file_path(target), latest)
    if report.ok:
        log.info("check: %s is fine", where)
        return EXIT_OK
    count = len(report.problems)
    message = f"check found {count} problem{'s' if count != 1 else ''} in {where}"
    log.error("%s: %s", message, "; ".join(report.problems))
    print(f"{PROG}: {message}.", file=sys.stderr)
    return EXIT_FAILURE


def _damaged(report: IntegrityReport) -> bool:
    """The file's pages are damaged (a schema or reference problem is no backup matter)."""
    integrity = report.details.get("integrity")
    return isinstance(integrity, list) and integrity != ["ok"]


def _backup_dir(args: argparse.Namespace) -> Path | None:
    folder = getattr(args, "backups", None)
    return Path(folder).expanduser().absolute() if folder else None


def _latest_backup(args: argparse.Namespace, path: Path) -> Path | None:
    from app.storage.backup_schedule import latest_good_backup

    try:
        return latest_good_backup(path, backup_dir=_backup_dir(args))
    except OSError as exc:
        log.warning("check: could not list the backups of %s: %s", path, exc)
        return None


def _print_backup_hint(args: argparse.Namespace, path: Path, latest: Path | None = None) -> None:
    latest = latest if latest is not None else _latest_backup(args, path)
    if latest is None:
        print("Backup:   no undamaged backup of this database was found.")
        return
    from app.storage.backup_schedule import backup_info

    info = backup_info(latest, path)
    taken = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Backup:   the latest good backup is {latest} ({taken}, {human_size(info.size)}).")
    extra = f' --backups "{_backup_dir(args)}"' if _backup_dir(args) else ""
    print(f'To restore it: {PROG} check --db "{path}"{extra} --restore-latest')
    print("          (or File > Restore from backup… in the app; the damaged file is kept).")


def _restore_latest(args: argparse.Namespace, target: str) -> int:
    """Put the latest good backup in place of the damaged file, then check it again."""
    from app.storage.backup import restore_from_backup
    from app.storage.integrity import run_checks

    path = file_path(target)
    latest = _latest_backup(args, path)
    if latest is None:
        print(f"{PROG}: {path} is damaged and no undamaged backup was found.", file=sys.stderr)
        return EXIT_FAILURE
    aside = restore_from_backup(latest, path)
    report = run_checks(str(path))
    if args.json:
        emit_json({"ok": report.ok, "database": str(path), "revision": report.revision,
                    "problems": list(report.problems), "details": report.details,
                    "restored_from": str(latest),
                    "damaged_kept_as": None if aside is None else str(aside)})  # fmt: skip
    else:
        print(f"Restored {path} from {latest}.")
        if aside is not None:
            print(f"The damaged file was kept as {aside}.")
        _print_check_report(str(path), report)
    log.info("check: restored %s from %s (damaged kept as %s)", path, latest, aside)
    if report.ok:
        return EXIT_OK
    print(f"{PROG}: the restored database still has problems.", file=sys.stderr)
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
        print(f"Size:     {human_size(details['size_bytes'])}")
    if report.ok:
        print("Result:   no problems found.")
        return
    print("Problems:")
    for problem in report.problems:
        print(f"  - {problem}")
