"""The arguments of ``rep set`` and ``rep routing`` (inbound routing; docs/headless.md)."""

from __future__ import annotations

import argparse
from typing import Any

from app.commands.arg_types import add_db, add_json, add_now
from app.commands.arg_types import ids as _ids


def _on_off(text: str) -> bool:
    value = text.strip().lower()
    if value in {"on", "yes", "true", "1"}:
        return True
    if value in {"off", "no", "false", "0"}:
        return False
    raise argparse.ArgumentTypeError(f"expected on or off, not {text!r}")


def add_routing_commands(rep_commands: Any) -> None:
    """Add ``rep set`` (one rep's place in the rotation) and ``rep routing`` (the team's)."""
    rep_set = rep_commands.add_parser(
        "set",
        help="a rep's place in the round-robin: in or out, weight, away",
        description="change a rep's place in the inbound round-robin",
    )
    add_db(rep_set)
    rep_set.add_argument("rep", metavar="REP", help="the rep's email address (or exact name)")
    away = rep_set.add_mutually_exclusive_group()
    away.add_argument(
        "--away",
        dest="away",
        action="store_const",
        const=True,
        help="skip the rep in the round-robin until --back",
    )
    away.add_argument(
        "--back",
        dest="away",
        action="store_const",
        const=False,
        help="the rep takes leads again (from the rotation's current turn)",
    )
    rep_set.add_argument(
        "--weight",
        type=int,
        metavar="N",
        help="the rep's share: N leads for every 1 of a weight-1 rep (1-100)",
    )
    rep_set.add_argument(
        "--round-robin",
        type=_on_off,
        metavar="on|off",
        help="put the rep in (on) or take them out of (off) the rotation",
    )
    add_json(rep_set)

    routing = rep_commands.add_parser(
        "routing",
        help="the team's inbound routing: rotation, switches, SLA sweep",
        description="show or change the team's inbound routing; route leads round-robin",
    )
    add_db(routing)
    routing.add_argument(
        "--round-robin",
        type=_on_off,
        metavar="on|off",
        help="route new inbound leads round-robin at once",
    )
    routing.add_argument(
        "--reassign-on-sla",
        type=_on_off,
        metavar="on|off",
        help="give a lead whose SLA broke to the next rep in the rotation",
    )
    routing.add_argument(
        "--assign",
        type=_ids,
        metavar="ID,ID…",
        help="hand these contacts out round-robin (whoever owns them)",
    )
    routing.add_argument(
        "--sweep-sla",
        action="store_true",
        help="look once for inbound leads that broke the SLA (and reassign "
        "them when --reassign-on-sla is on)",
    )
    routing.add_argument(
        "--web-form-folder",
        metavar="NAME",
        help="the IMAP folder web-form mails land in ('' to stop reading web forms)",
    )
    routing.add_argument(
        "--web-form-rules",
        metavar="FILE.json",
        help="the forms' rules: a JSON list of {sender, subject, labels: {label: field}}",
    )
    routing.add_argument(
        "--web-forms",
        action="store_true",
        help="read the web-form folder of the IMAP account once (new leads, routed)",
    )
    add_now(routing)
    add_json(routing)
