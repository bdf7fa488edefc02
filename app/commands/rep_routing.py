"""``rep set REP …`` and ``rep routing …``: the inbound round-robin from the command line.

``rep set`` changes one rep's place in the rotation (``--round-robin on|off``,
``--weight N``, ``--away`` / ``--back``); ``rep routing`` shows the rotation and the
team's switches, changes the switches, hands chosen contacts out round-robin
(``--assign``) and runs one SLA sweep (``--sweep-sla``, what the app does every minute).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.commands.common import (
    EXIT_OK,
    CommandError,
    db_target,
    emit_json,
    iso_utc,
    now_or_clock,
)

if TYPE_CHECKING:
    import datetime as dt

    from sqlalchemy.engine import Connection

    from app.storage.database import Database
    from app.storage.routing import RotationRep, RoutingSettings, SlaSweep
    from app.storage.routing.webforms import WebFormResult, WebFormSettings


def _find(conn: Connection, wanted: str) -> RotationRep:
    from app.storage.routing import RoutingError, list_rotation

    key = wanted.strip().lower()
    reps = list_rotation(conn)
    by_email = [r for r in reps if (r.email or "").lower() == key]
    by_name = [r for r in reps if r.name.strip().lower() == key]
    found = by_email or by_name
    if len(found) != 1:
        raise RoutingError("unknown_rep", {"email": wanted})
    return found[0]


def _rep_json(rep: RotationRep) -> dict[str, Any]:
    return {"id": rep.id, "name": rep.name, "email": rep.email, "role": rep.role,
            "active": rep.active, "in_rotation": rep.in_rotation, "weight": rep.weight,
            "away": rep.away}  # fmt: skip


def _rep_line(rep: RotationRep) -> str:
    if not rep.in_rotation:
        where = "not in the round-robin"
    else:
        where = f"in the round-robin, weight {rep.weight}" + (", away" if rep.away else "")
    return f"{rep.name} <{rep.email}>: {where}"


def _web_form_settings(db: Database, args: argparse.Namespace) -> WebFormSettings:
    """The stored web-form settings, changed by ``--web-form-folder`` / ``--web-form-rules``."""
    import json
    from dataclasses import replace
    from pathlib import Path

    from app.storage.routing.webforms import (
        load_web_form_settings,
        rules_from_json,
        save_web_form_settings,
    )

    with db.reading() as conn:
        web = load_web_form_settings(conn)
    changed = web
    if args.web_form_folder is not None:
        changed = replace(changed, folder=args.web_form_folder.strip() or None)
    if args.web_form_rules is not None:
        try:
            value = json.loads(Path(args.web_form_rules).expanduser().read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot read the rules file {args.web_form_rules}: {exc}") from exc
        changed = replace(changed, rules=rules_from_json(value))
    if changed != web:
        save_web_form_settings(db, changed)
    return changed


def _read_web_forms(db: Database, web: WebFormSettings, now: dt.datetime) -> WebFormResult:
    from app.adapters.imap import ImapMailbox, ImapSettings, MailboxError
    from app.commands.messages_replies import describe_replies_error
    from app.storage.inbox.account import load_imap_login
    from app.storage.routing.webforms import read_web_forms

    if not web.folder:
        raise CommandError("no web-form folder is set (rep routing --web-form-folder NAME)")
    login = load_imap_login(db)
    settings = ImapSettings(
        login.host, login.port, login.security, login.user, login.password, web.folder,
        pinned_fingerprint=login.pinned_fingerprint,
    )  # fmt: skip
    try:
        with ImapMailbox(settings, writable=True) as box:
            return read_web_forms(db, box, web, now=now)
    except MailboxError as exc:
        raise CommandError(describe_replies_error(exc) or exc.code) from exc


def cmd_rep_set(args: argparse.Namespace) -> int:
    """Change one rep's rotation settings and print them."""
    from app.storage.database import open_database
    from app.storage.routing import set_rotation

    db = open_database(db_target(args), create=False, shared=args.shared)
    try:
        with db.reading() as conn:
            rep = _find(conn, args.rep)
        set_rotation(db, rep.id, in_rotation=args.round_robin, weight=args.weight,
                     away=args.away)  # fmt: skip
        with db.reading() as conn:
            rep = _find(conn, args.rep)
    finally:
        db.close()
    if args.json:
        emit_json({"ok": True, **_rep_json(rep)})
    else:
        print(_rep_line(rep))
    return EXIT_OK


def _switches_json(value: RoutingSettings) -> dict[str, bool]:
    return {"round_robin": value.round_robin, "reassign_on_sla": value.reassign_on_sla}


def _sweep_json(sweep: SlaSweep) -> list[dict[str, Any]]:
    return [
        {"contact_id": b.contact_id, "name": b.name, "arrived_at": iso_utc(b.arrived_at),
         "owner_id": b.owner_id, "reassigned_to": b.reassigned_to}
        for b in sweep.breaches
    ]  # fmt: skip


def cmd_rep_routing(args: argparse.Namespace) -> int:
    """Show or change the team's routing; assign round-robin; sweep the SLA once."""
    from dataclasses import replace

    from app.storage.database import open_database
    from app.storage.routing import (
        assign_round_robin,
        list_rotation,
        load_routing_settings,
        save_routing_settings,
        sweep_sla,
    )

    now = now_or_clock(args)
    db = open_database(db_target(args), create=False, shared=args.shared)
    assigned: list[dict[str, int]] = []
    unassigned: list[int] = []
    sweep = None
    forms = None
    try:
        with db.reading() as conn:
            switches = load_routing_settings(conn)
        changed = {
            key: value
            for key, value in (("round_robin", args.round_robin),
                               ("reassign_on_sla", args.reassign_on_sla))
            if value is not None
        }  # fmt: skip
        if changed:
            switches = replace(switches, **changed)
            save_routing_settings(db, switches)
        if args.assign:
            result = assign_round_robin(db, args.assign, now=now)
            assigned = [{"contact_id": a.contact_id, "rep_id": a.to_rep}
                        for a in result.assignments]  # fmt: skip
            unassigned = list(result.unassigned)
        web = _web_form_settings(db, args)
        if args.web_forms:
            forms = _read_web_forms(db, web, now)
        if args.sweep_sla:
            sweep = sweep_sla(db, now=now)
        with db.reading() as conn:
            reps = list_rotation(conn)
    finally:
        db.close()
    if args.json:
        payload: dict[str, Any] = {"ok": True, **_switches_json(switches),
                                   "reps": [_rep_json(r) for r in reps]}  # fmt: skip
        if args.assign:
            payload["assigned"] = assigned
            payload["unassigned"] = unassigned
        if sweep is not None:
            payload["sla_minutes"] = sweep.sla_minutes
            payload["breaches"] = _sweep_json(sweep)
        payload["web_forms"] = {"folder": web.folder, "done_folder": web.done if web.folder
                                else None, "rules": len(web.rules)}  # fmt: skip
        if forms is not None:
            payload["web_forms"].update({
                "mails": forms.mails, "leads": forms.leads, "skipped": forms.skipped,
                "repeated": forms.repeated,
                "created": forms.import_result.created if forms.import_result else 0,
                "updated": forms.import_result.updated if forms.import_result else 0,
                "routed": len(forms.routing.assignments) if forms.routing else 0,
            })  # fmt: skip
        emit_json(payload)
        return EXIT_OK
    print(
        f"Round-robin for new inbound leads: {'on' if switches.round_robin else 'off'}; "
        f"reassign when the SLA breaks: {'on' if switches.reassign_on_sla else 'off'}."
    )
    for rep in reps:
        print("  " + _rep_line(rep))
    if args.assign:
        print(f"Assigned {len(assigned)} contact(s); {len(unassigned)} left as they were "
              "(nobody in the round-robin is available).")  # fmt: skip
    if forms is not None:
        print(f"Web forms: {forms.leads} lead(s) from {forms.mails} mail(s) in {web.folder}; "
              f"{forms.skipped} left (not a form), {forms.repeated} read before.")  # fmt: skip
    if sweep is not None:
        print(f"{len(sweep.breaches)} inbound lead(s) broke the {sweep.sla_minutes}-minute SLA.")
        for b in sweep.breaches:
            moved = f", reassigned to rep {b.reassigned_to}" if b.reassigned_to else ""
            print(f"  {b.contact_id}: {b.name}, arrived {iso_utc(b.arrived_at)}{moved}")
    return EXIT_OK
