"""Web-form notification mails over IMAP: each submission becomes (or updates) a lead.

Where an IMAP account is set up, the team names a folder of the mailbox where the
website's form mails land (a server-side filter puts them there) and, when needed,
rules per form (:class:`~app.core.routing.webforms.FormRule`: sender / subject text →
label mapping). :func:`read_web_forms` reads that folder once:

1. every message in the folder is fetched (``BODY.PEEK``) and read by the first rule it
   matches; a message no rule matches, or without an email or a phone, is left where it
   is (``skipped``);
2. the submissions become rows of one CSV that the importer imports in one transaction
   as ``inbound`` leads, each with its arrival time from the mail's ``Date`` (dedupe by
   email / phone, so a second form from the same person updates their contact);
3. each message's Message-ID hash goes to ``mail_processed`` (kind ``web_form``): a
   message seen again (if filing it away failed) is never imported twice;
4. the new unowned leads are routed round-robin at once when the team turned it on;
5. the messages are moved to the "done" folder, so the next check reads only new ones.

The settings (folder, done folder, rules) are stored in the database under
``routing.web_forms``.
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from app.core.inbox.message import parse_facts, parse_message
from app.core.inbox.text import body_text
from app.core.ops import Changes
from app.core.routing.webforms import FIELDS, FormRule, parse_form, pick_rule
from app.storage import tables
from app.storage.mail.accounts import read_setting, write_setting
from app.storage.routing.errors import RoutingError
from app.storage.routing.rotation import RoutingResult, load_routing_settings, route_leads

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.importing.model import ImportResult

__all__ = [
    "WEB_FORM",
    "FormMailbox",
    "WebFormResult",
    "WebFormSettings",
    "load_web_form_settings",
    "read_web_forms",
    "save_web_form_settings",
]

#: The ``mail_processed`` kind of a web-form mail.
WEB_FORM: Final = "web_form"
SETTINGS_KEY: Final = "routing.web_forms"

# The CSV handed to the importer: headers its automatic mapping knows.
_HEADERS: Final = {
    "name": "Full name", "first_name": "First name", "last_name": "Last name",
    "email": "Email", "phone": "Phone", "company": "Company", "title": "Title",
    "message": "Notes",
}  # fmt: skip
_ARRIVED: Final = "Arrived at"


class FormMailbox(Protocol):
    """The part of :class:`app.adapters.imap.ImapMailbox` (opened writable) used here."""

    def uids_after(self, last_uid: int) -> list[int]: ...

    def bodies(self, uids: Sequence[int]) -> Iterable[tuple[int, bytes]]: ...

    def move(self, uids: Sequence[int], folder: str) -> None: ...


@dataclass(frozen=True)
class WebFormSettings:
    """Where web-form mails are read from, and how.

    Attributes:
        folder: The mailbox folder the form mails land in (None: not set up).
        done_folder: Where read mails are moved (default: the folder's name + " – done").
        rules: The forms' rules, first match wins (none: every mail, default labels).
    """

    folder: str | None = None
    done_folder: str | None = None
    rules: tuple[FormRule, ...] = ()

    @property
    def done(self) -> str:
        """The folder read mails go to."""
        return self.done_folder or f"{self.folder or 'Web forms'} – done"


@dataclass(frozen=True)
class WebFormResult:
    """What one read of the web-form folder did.

    Attributes:
        mails: Messages in the folder.
        leads: Submissions imported.
        skipped: Messages left in the folder (no rule matched, or no email and no phone).
        repeated: Messages already imported before (only filed away now).
        import_result: The import's counts (None when there was nothing to import).
        routing: The round-robin's assignments (None when routing is off).
        changes: Everything written.
    """

    mails: int
    leads: int
    skipped: int
    repeated: int
    import_result: ImportResult | None = None
    routing: RoutingResult | None = None
    changes: Changes = field(default_factory=Changes)


def _rule_json(rule: FormRule) -> dict[str, Any]:
    return {"sender": rule.sender, "subject": rule.subject, "labels": dict(rule.labels)}


def rules_from_json(value: Any) -> tuple[FormRule, ...]:
    """Rules from their JSON form (a list of ``{sender, subject, labels}``).

    Raises:
        RoutingError: ``bad_rule`` ``{index, field}``: not an object, a label mapped to an
            unknown field, or a rule that matches every mail while others exist.
    """
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RoutingError("bad_rule", {"index": 0, "field": "rules"})
    rules = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise RoutingError("bad_rule", {"index": index, "field": "rule"})
        labels = item.get("labels") or {}
        if not isinstance(labels, dict):
            raise RoutingError("bad_rule", {"index": index, "field": "labels"})
        for label, target in labels.items():
            if not str(label).strip() or target not in FIELDS:
                raise RoutingError("bad_rule", {"index": index, "field": f"{label}: {target}"})
        rules.append(
            FormRule(
                sender=str(item.get("sender") or "").strip(),
                subject=str(item.get("subject") or "").strip(),
                labels={str(k).strip(): str(v) for k, v in labels.items()},
            )
        )
    return tuple(rules)


def load_web_form_settings(conn: Connection) -> WebFormSettings:
    """The stored web-form settings (not set up when never saved)."""
    value = read_setting(conn, SETTINGS_KEY)
    if not isinstance(value, dict):
        return WebFormSettings()
    try:
        rules = rules_from_json(value.get("rules"))
    except RoutingError:
        rules = ()
    folder = value.get("folder") or None
    done = value.get("done_folder") or None
    return WebFormSettings(folder, done, rules)


def save_web_form_settings(db: Database, value: WebFormSettings) -> Changes:
    """Store the web-form settings (rules checked with :func:`rules_from_json` first)."""
    rules = rules_from_json([_rule_json(r) for r in value.rules])
    for name in (value.folder, value.done_folder):
        if name is not None and ("\r" in name or "\n" in name):
            raise RoutingError("bad_rule", {"index": 0, "field": "folder"})
    with db.transaction() as conn:
        write_setting(conn, SETTINGS_KEY, {
            "folder": (value.folder or "").strip() or None,
            "done_folder": (value.done_folder or "").strip() or None,
            "rules": [_rule_json(r) for r in rules],
        })  # fmt: skip
    return Changes.of({"settings"}, operation="settings", count=1)


@dataclass
class _Read:
    rows: list[dict[str, str]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    repeated: int = 0
    skipped: int = 0


def _already(db: Database, keys: list[str]) -> set[str]:
    seen = tables.mail_processed.c
    with db.reading() as conn:
        return {
            str(r[0])
            for r in conn.execute(select(seen.message_hash).where(seen.message_hash.in_(keys)))
        }


def _read(db: Database, box: FormMailbox, rules: Sequence[FormRule], now: dt.datetime) -> _Read:
    read = _Read()
    uids = box.uids_after(0)
    parsed = []
    for uid, raw in box.bodies(uids):
        message = parse_message(raw)
        facts = parse_facts(raw, message)
        parsed.append((uid, message, facts))
    seen = _already(db, [facts.key for _u, _m, facts in parsed])
    for uid, message, facts in parsed:
        if facts.key in seen:
            read.repeated += 1
            read.done.append(uid)
            continue
        sender = f"{facts.sender_name} {facts.sender or ''}"
        rule = pick_rule(rules, sender, facts.subject)
        fields = parse_form(body_text(message), rule) if rule is not None else {}
        if not fields:
            read.skipped += 1
            continue
        arrived = min(facts.date or now, now)
        row = {header: fields.get(name, "") for name, header in _HEADERS.items()}
        row[_ARRIVED] = arrived.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        read.rows.append(row)
        read.keys.append(facts.key)
        read.done.append(uid)
    return read


def _import(db: Database, rows: list[dict[str, str]], now: dt.datetime) -> ImportResult:
    from app.storage.importing.api import run_import

    with tempfile.TemporaryDirectory(prefix="pd-webforms-") as folder:
        path = Path(folder) / "web-forms.csv"
        with path.open("w", encoding="utf-8", newline="") as sink:
            writer = csv.DictWriter(sink, [*_HEADERS.values(), _ARRIVED])
            writer.writeheader()
            writer.writerows(rows)
        return run_import(db, path, source="inbound", now=now, report_dir=folder, fuzzy=False)


def _remember(db: Database, keys: list[str], now: dt.datetime) -> None:
    if not keys:
        return
    with db.transaction() as conn:
        conn.execute(
            insert(tables.mail_processed),
            [
                {"message_hash": key, "kind": WEB_FORM, "processed_at": now}
                for key in dict.fromkeys(keys)
            ],  # fmt: skip
        )


def _new_leads(db: Database, batch_id: int) -> list[int]:
    items, contacts = tables.import_batch_items.c, tables.contacts.c
    with db.reading() as conn:
        rows = conn.execute(
            select(items.contact_id)
            .join(tables.contacts, contacts.id == items.contact_id)
            .where(items.batch_id == batch_id, contacts.owner_id.is_(None))
            .order_by(items.row_number)
        )
        return [int(r[0]) for r in rows]


def read_web_forms(
    db: Database, box: FormMailbox, settings: WebFormSettings, *, now: dt.datetime
) -> WebFormResult:
    """Read the web-form folder once (``box`` is that folder, opened writable).

    Returns:
        The counts, the import and the routing; the read mails are in the done folder.
    """
    read = _read(db, box, settings.rules, now)
    result = None
    routing = None
    changes = Changes()
    if read.rows:
        result = _import(db, read.rows, now)
        changes = result.changes
        _remember(db, read.keys, now)
        with db.reading() as conn:
            round_robin = load_routing_settings(conn).round_robin
        if round_robin:
            routing = route_leads(db, _new_leads(db, result.batch_id), now=now)
            changes = changes.merged(routing.changes)
    box.move(read.done, settings.done)
    return WebFormResult(
        mails=len(read.done) + read.skipped, leads=len(read.rows), skipped=read.skipped,
        repeated=read.repeated, import_result=result, routing=routing, changes=changes,
    )  # fmt: skip
