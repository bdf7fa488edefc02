"""The argument parser for every command of the headless interface."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.arg_types import add_db as _add_db
from app.commands.arg_types import add_now, region
from app.commands.arg_types import count as _count
from app.commands.arg_types import ids as _ids
from app.commands.arg_types import item_id as _item_id
from app.commands.arg_types import moment as _moment
from app.commands.common import EPILOG, PROG, Parser
from app.commands.parser_mail import add_mail_commands
from app.commands.parser_pipeline import add_pipeline_commands
from app.commands.parser_team import add_team_commands

#: How the window is started; ``app.gui_args`` refuses any other argument without a command.
WINDOW_USAGE = f"""\
without a COMMAND, {PROG} opens its window:
  {PROG} [--db PATH] [--read-only] [--startup-check] [Qt options such as -style NAME]
  --db PATH        open this database (a file or an URL)
  --read-only      open the database without changing it
  --startup-check  open, print the seconds to the first paint, and exit"""


def _add_call_workspace(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """``rep``, ``cadence``, ``enroll``, ``today`` and ``done`` (docs/headless.md)."""
    rep = command("rep", "add and list reps")
    rep_commands = rep.add_subparsers(dest="rep_command", metavar="ACTION", required=True)
    rep_add = rep_commands.add_parser("add", help="add a rep", description="add a rep")
    _add_db(rep_add)
    rep_add.add_argument("--name", required=True, help="the rep's name")
    rep_add.add_argument("--email", required=True, help="the rep's email address")
    rep_add.add_argument("--role", choices=("sdr", "ae", "manager"), default="sdr",
                         help="sdr (default), ae or manager")  # fmt: skip
    rep_add.add_argument("--time-zone", metavar="TZ", help="an IANA zone, e.g. Europe/Vilnius")
    rep_add.add_argument("--country", metavar="CC", help="the rep's country (e.g. LT): its public "
                         "holidays are not business days of their cadences")  # fmt: skip
    rep_add.add_argument("--json", action="store_true", help="print the result as JSON")
    rep_list = rep_commands.add_parser("list", help="list the reps", description="list the reps")
    _add_db(rep_list)
    rep_list.add_argument("--json", action="store_true", help="print the reps as JSON")

    cadence = command("cadence", "list, import and export cadences (docs/cadences.md)")
    actions = cadence.add_subparsers(dest="cadence_command", metavar="ACTION", required=True)
    c_list = actions.add_parser("list", help="list the cadences", description="list the cadences")
    _add_db(c_list)
    c_list.add_argument("--json", action="store_true", help="print the cadences as JSON")
    c_import = actions.add_parser("import", help="import a cadence file (JSON)",
                                  description="import a cadence file (JSON)")  # fmt: skip
    c_import.add_argument("file", metavar="FILE", help="the cadence file")
    _add_db(c_import)
    c_import.add_argument("--replace", action="store_true",
                          help="replace a cadence of the same name")  # fmt: skip
    c_import.add_argument("--json", action="store_true", help="print the result as JSON")
    c_export = actions.add_parser("export", help="export a cadence as a JSON file",
                                  description="export a cadence as a JSON file")  # fmt: skip
    c_export.add_argument("name", metavar="NAME", help="the cadence's name")
    _add_db(c_export)
    c_export.add_argument("--out", metavar="FILE", required=True, help="the file to write")

    enroll = command("enroll", "enroll contacts in a cadence (or pause / resume their cadences)")
    _add_db(enroll)
    enroll.add_argument("--cadence", metavar="NAME", help="the cadence's name (required unless "
                        "--pause or --resume)")  # fmt: skip
    pause = enroll.add_mutually_exclusive_group()
    pause.add_argument("--pause", action="store_true",
                       help="pause the contacts' cadences until resumed")  # fmt: skip
    pause.add_argument("--resume", action="store_true",
                       help="resume the contacts' paused cadences (due from now on)")  # fmt: skip
    who = enroll.add_mutually_exclusive_group(required=True)
    who.add_argument("--list", metavar="NAME", help="enroll the contacts of this list")
    who.add_argument("--segment", metavar="NAME", help="enroll the contacts of this segment")
    who.add_argument("--contacts", metavar="ID,ID", type=_ids, help="enroll these contacts")
    enroll.add_argument("--rep", metavar="EMAIL", help="the rep who works them "
                        "(default: the only rep)")  # fmt: skip
    enroll.add_argument("--now", metavar="ISO8601", type=_moment, help="fix the clock")
    enroll.add_argument("--force", action="store_true",
                        help="also enroll contacts another rep owns")  # fmt: skip
    enroll.add_argument("--json", action="store_true", help="print the result as JSON")

    today = command("today", "a rep's queue: steps and tasks due by the end of their day")
    _add_db(today)
    today.add_argument("--rep", metavar="EMAIL", help="whose queue (default: the only rep)")
    today.add_argument("--now", metavar="ISO8601", type=_moment, help="fix the clock")
    today.add_argument("--json", action="store_true", help="print the queue as JSON")

    done = command("done", "complete a queue item with an outcome")
    _add_db(done)
    done.add_argument("--item", metavar="ID", type=_item_id, required=True,
                      help="the item's id (from today)")  # fmt: skip
    done.add_argument("--outcome", metavar="CODE", required=True,
                      help="done, sent, skipped, connected, no_answer, busy, gatekeeper, "
                      "voicemail, wrong_number, call_back_later, meeting_booked, replied, "
                      "not_interested, bounced, opt_out")  # fmt: skip
    done.add_argument("--note", metavar="TEXT", help="a note for the activity")
    done.add_argument("--duration", metavar="SECONDS", type=int,
                      help="how long the call took (calls only)")  # fmt: skip
    done.add_argument("--callback", metavar="ISO8601", type=_moment,
                      help="when to call back (outcome call_back_later)")  # fmt: skip
    done.add_argument("--now", metavar="ISO8601", type=_moment, help="fix the clock")
    done.add_argument("--json", action="store_true", help="print the result as JSON")


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
    imp.add_argument("--region", metavar="CC", type=region,
                     help="read national phone numbers as this country's (e.g. US)")  # fmt: skip
    imp.add_argument("--source", choices=("inbound", "outbound", "referral"),
                     help="where these contacts came from (rows naming no source)")  # fmt: skip
    imp.add_argument("--create-owners", action="store_true",
                     help="create a rep for each owner name no rep has")  # fmt: skip
    add_now(imp)
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
    check.add_argument(
        "--backups",
        metavar="DIR",
        help="where backups are kept (default: the data folder's backups)",
    )
    check.add_argument("--restore-latest", action="store_true",
                       help="on a damaged file, put the latest good backup in its place "
                            "(the damaged file is kept beside it)")  # fmt: skip

    backup = command("backup", "copy the database to a backup file")
    _add_db(backup)
    backup.add_argument("--out", metavar="FILE", required=True, help="the backup file")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    _add_call_workspace(command)
    add_mail_commands(command)
    add_pipeline_commands(command)
    add_team_commands(command)
    return parser
