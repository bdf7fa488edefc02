"""The argument parser for every command of the headless interface."""

from __future__ import annotations

import argparse

from app.commands.common import EPILOG, MAX_DEMO_CONTACTS, PROG, Parser

#: How the window is started; ``app.gui_args`` refuses any other argument without a command.
WINDOW_USAGE = f"""\
without a COMMAND, {PROG} opens its window:
  {PROG} [--db PATH] [--read-only] [--startup-check] [Qt options such as -style NAME]
  --db PATH        open this database (a file or an URL)
  --read-only      open the database without changing it
  --startup-check  open, print the seconds to the first paint, and exit"""


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
    parser = Parser(
        prog=PROG,
        description="Prospect Desk without its window: demo data, checks, backups, "
        "imports and exports for scripts.",
        epilog=f"{WINDOW_USAGE}\n\n{EPILOG}",
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
