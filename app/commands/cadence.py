"""``cadence list``, ``cadence import FILE`` and ``cadence export NAME --out FILE``.

Cadence files are JSON (docs/cadences.md). An import is checked whole before anything is
stored; an export is written next to its target and renamed, so a file is replaced whole
or not at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import EXIT_OK, CommandError, db_target, emit_json


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"there is no file {path}") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a folder, not a cadence file") from None
    except UnicodeDecodeError:
        raise CommandError(f"{path} is not UTF-8 text (a cadence file is JSON)") from None
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from None


def _write(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"there is no folder {folder} to write {path.name} in")
    from app.core.scratch import sweep, temp_output
    from app.storage.paths import scratch_dir

    sweep(folder, scratch_dir())  # what a killed export left
    with temp_output(path, scratch_dir()) as temp:
        temp.write_text(text, encoding="utf-8", newline="\n")


def cmd_cadence(args: argparse.Namespace) -> int:
    """List, import or export cadences."""
    from app.core.cadences import parse_cadence
    from app.storage.cadences import export_cadence, import_cadence, list_cadences
    from app.storage.database import open_database

    text = None
    if args.cadence_command == "import":
        text = _read(Path(args.file).expanduser())
        parse_cadence(text)  # refuse a bad file before a database is opened or created
    db = open_database(db_target(args), shared=args.shared)
    try:
        if args.cadence_command == "import":
            assert text is not None
            done = import_cadence(db, text, replace=args.replace)
            if args.json:
                emit_json({"ok": True, "id": done.id, "name": done.name,
                           "replaced": done.replaced})  # fmt: skip
            else:
                verb = "Replaced" if done.replaced else "Imported"
                print(f'{verb} cadence "{done.name}" (id {done.id}).')
            return EXIT_OK
        if args.cadence_command == "export":
            out = Path(args.out).expanduser()
            _write(out, export_cadence(db, args.name))
            print(f'Exported cadence "{args.name}" to {out}.')
            return EXIT_OK
        cadences = list_cadences(db)
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, "cadences": [
            {"id": c.id, "name": c.name, "description": c.description, "steps": c.steps,
             "days": c.days, "channels": list(c.channels),
             "active_enrollments": c.active_enrollments}
            for c in cadences
        ]})  # fmt: skip
    else:
        for c in cadences:
            print(f"{c.id:>5}  {c.name}  ({c.steps} steps over {c.days} business days, "
                  f"{c.active_enrollments:,} active)")  # fmt: skip
    return EXIT_OK
