"""``validate``: validate every contact and print counts by status and reason."""

from __future__ import annotations

import argparse

from app.commands.common import EXIT_OK, db_target, emit_json, log, progress_printer


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate every contact, store the derived fields, print counts by status and reason."""
    from app.core.validation import REASONS
    from app.storage.database import open_database
    from app.storage.validation import validate_database, validation_summary

    # Never creates a file to validate.
    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        progress = progress_printer("Checking mail domains and validating" if args.mx
                                     else "Validating")  # fmt: skip
        run = validate_database(db, check_dns=args.mx, progress=progress)
        with db.reading() as conn:
            summary = validation_summary(conn)
        where = db.display_name
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, "database": where, "mx": args.mx, "checked": run.checked,
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
