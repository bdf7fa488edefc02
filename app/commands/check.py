"""``check``: integrity, foreign-key and schema-version checks; exit 1 on problems."""

from __future__ import annotations

import argparse
import sys
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
)

if TYPE_CHECKING:
    from app.storage.integrity import IntegrityReport


def cmd_check(args: argparse.Namespace) -> int:
    """Run the integrity, foreign-key and schema checks and report them."""
    from app.storage.integrity import run_checks

    target = db_target(args)
    if is_file_target(target) and not file_path(target).exists():
        from app.storage.errors import MissingDatabaseError

        raise MissingDatabaseError(f"There is no database at {file_path(target)}.")
    report = run_checks(target)
    where = str(file_path(target)) if is_file_target(target) else _redacted(target)
    if args.json:
        emit_json({"ok": report.ok, "database": where, "revision": report.revision,
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
        print(f"Size:     {human_size(details['size_bytes'])}")
    if report.ok:
        print("Result:   no problems found.")
        return
    print("Problems:")
    for problem in report.problems:
        print(f"  - {problem}")
