"""Parsers of the pipeline's commands: ``stage``, ``handoff`` and ``report``
(docs/headless.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.commands.arg_types import add_db, add_json, add_now, day, moment, positive


def add_pipeline_commands(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add the pipeline's commands through ``command(name, help)``."""
    stage = command("stage", "move a contact to a pipeline stage (with its gate)")
    add_db(stage)
    stage.add_argument(
        "--contact", metavar="ID", type=positive, required=True, help="the contact's id"
    )
    stage.add_argument(
        "--to", metavar="STAGE", required=True, help="the stage's key or name (e.g. qualified)"
    )
    stage.add_argument(
        "--answers",
        metavar="FILE.json",
        help="qualification answers: a JSON object of the checklist's keys",
    )
    stage.add_argument("--reason", metavar="CODE", help="why (Disqualified needs one)")
    stage.add_argument(
        "--revisit", metavar="DATE", type=day, help="when to revisit (Nurture needs one)"
    )
    stage.add_argument(
        "--rep", metavar="EMAIL", help="the rep making the move (default: the contact's owner)"
    )
    add_now(stage)
    add_json(stage)

    handoff = command("handoff", "book the meeting and hand a qualified prospect to an AE")
    add_db(handoff)
    handoff.add_argument(
        "--contact", metavar="ID", type=positive, required=True, help="the contact's id"
    )
    handoff.add_argument("--ae", metavar="EMAIL", required=True, help="the account executive")
    handoff.add_argument(
        "--at",
        metavar="ISO8601",
        type=moment,
        required=True,
        help="the meeting's start, with its offset",
    )
    handoff.add_argument(
        "--minutes",
        metavar="N",
        type=positive,
        default=30,
        help="the meeting's length (default 30)",
    )
    handoff.add_argument("--summary", metavar="TEXT", help="what the AE should know")
    handoff.add_argument(
        "--time-zone",
        metavar="TZ",
        help="the invitation's zone, e.g. Europe/Vilnius (default: the AE's, else the rep's)",
    )
    handoff.add_argument(
        "--rep", metavar="EMAIL", help="the SDR handing off (default: the contact's owner)"
    )
    handoff.add_argument(
        "--answers",
        metavar="FILE.json",
        help="qualification answers given with the hand-off (merged over stored ones)",
    )
    handoff.add_argument(
        "--out",
        metavar="DIR",
        required=True,
        help="where to write the invitation (.ics) and the packet",
    )
    add_now(handoff)
    add_json(handoff)

    report = command("report", "activity, funnel and speed-to-lead figures")
    add_db(report)
    report.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        type=day,
        help="first day (default: 30 days ago)",
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATE", type=day, help="last day (default: today)"
    )
    report.add_argument("--rep", metavar="EMAIL", help="only this rep's work")
    report.add_argument("--out", metavar="DIR", help="also write each figure's data as CSV")
    add_now(report)
    add_json(report, "the figures")
