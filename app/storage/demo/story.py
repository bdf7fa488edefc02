"""One prospect's history (touches, stage changes, cadence, qualification) as rows."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.core.demo import DemoCompany, DemoPerson, weighted_choice
from app.storage import tables
from app.storage.demo.content import (
    _CALL_CUM,
    _CALL_OUTCOMES,
    _CHANNEL_CUM,
    _CHANNELS,
    _DISQUALIFY_REASONS,
    _HANDOFF_CUM,
    _HANDOFF_STATUSES,
    _INBOUND,
    _NURTURE,
    _OUTBOUND,
    _PATH,
    _REP_DOMAIN,
    _SEND_BACK_REASONS,
    _SPEED_MEDIAN_MINUTES,
    _SPEED_SPREAD,
    _VARIANT_REPLY,
)
from app.storage.demo.loader import ValidationRecord, _Loader


@dataclass
class _CadenceInfo:
    """A cadence as inserted: its id and, per step position, step id, channel and title."""

    id: int
    step_ids: list[int]
    channels: list[str]
    titles: list[str]


class _StoryHost(Protocol):
    """What a story reads from the builder (``builder._DemoBuilder``) that tells it."""

    rng: random.Random
    now: dt.datetime
    cadences: list[_CadenceInfo]
    ae_ids: list[int]

    def _take(self, kind: str) -> int: ...


@dataclass(frozen=True, slots=True)
class _Prospect:
    """One prospect being made: where they work, what stage, whose, since when."""

    contact_id: int
    company_id: int
    company: DemoCompany
    person: DemoPerson
    stage: str
    owner: int
    created: dt.datetime


@dataclass
class _Batch:
    """Rows of one chunk of prospects, inserted together in foreign-key order."""

    contacts: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    members: list[dict[str, Any]] = field(default_factory=list)
    enrollments: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)
    qualifications: list[dict[str, Any]] = field(default_factory=list)
    handoffs: list[dict[str, Any]] = field(default_factory=list)
    # Per contact, in order: the raw values to validate and do-not-contact.
    records: list[ValidationRecord] = field(default_factory=list)
    dnc: list[bool] = field(default_factory=list)

    def insert(self, loader: _Loader) -> None:
        """Insert every list of rows, parents first."""
        for table, rows in (
            (tables.contacts, self.contacts), (tables.contact_points, self.points),
            (tables.contact_tags, self.tags), (tables.list_members, self.members),
            (tables.enrollments, self.enrollments), (tables.tasks, self.tasks),
            (tables.activities, self.activities), (tables.qualifications, self.qualifications),
            (tables.handoffs, self.handoffs),
        ):  # fmt: skip
            loader.insert(table, rows)


class _Story:
    """What happened to one prospect: touches, stage changes, cadence, qualification."""

    def __init__(self, builder: _StoryHost, batch: _Batch, prospect: _Prospect) -> None:
        self.b = builder
        self.rng = builder.rng
        self.batch = batch
        self.contact_id = prospect.contact_id
        self.owner = prospect.owner
        self.created = prospect.created
        self.person = prospect.person
        self.stage = prospect.stage
        self.last_touch: dt.datetime | None = None
        self.disqualify_reason: str | None = None
        # When the prospect was moved into each stage (the history's moves).
        self.moved_at: dict[str, dt.datetime] = {}

    def tell(self) -> None:
        """Write the prospect's history into the batch."""
        stage = self.stage
        touches = {
            "new": 0, "researching": 0, "attempting": self.rng.randint(1, 5),
            "connected": self.rng.randint(3, 6), "qualified": self.rng.randint(4, 7),
            "meeting_booked": self.rng.randint(4, 8), "handed_off": self.rng.randint(5, 8),
            "nurture": self.rng.randint(2, 5), "disqualified": self.rng.randint(1, 4),
        }[stage]  # fmt: skip
        if stage == "researching" and self.rng.random() < 0.4:
            self._activity("note", self._when(), body="Checked the website and LinkedIn; "
                           "recent funding round, hiring SDRs.")  # fmt: skip
        if stage in ("new", "researching") and self.person.source == "inbound":
            # Inbound leads get their first touch within hours, unless they just arrived.
            touches = int(self.b.now - self.created > dt.timedelta(hours=3))
        first = self._first_touch_time() if touches else None
        for number in range(touches):
            self._touch(first if number == 0 else None)
        self._stage_changes()
        if stage in ("connected", "qualified", "meeting_booked", "handed_off"):
            booked = self.moved_at.get("meeting_booked")
            if booked is not None:
                # The call that booked the meeting, just before the move it caused.
                self._activity("call", booked - dt.timedelta(minutes=self.rng.randint(2, 30)),
                               outcome="meeting_booked", duration=self.rng.randint(300, 1500),
                               body="Booked a discovery call with the AE.")  # fmt: skip
            else:
                self._activity("call", self._when(), outcome="connected",
                               duration=self.rng.randint(90, 1200),
                               body="Spoke with them; interested, asked for details.")  # fmt: skip
        self._enrollment()
        self._qualification()

    def _first_touch_time(self) -> dt.datetime | None:
        """An inbound lead's first touch: minutes to hours after it arrived (speed-to-lead)."""
        if self.person.source != "inbound":
            return None
        minutes = self.rng.lognormvariate(math.log(_SPEED_MEDIAN_MINUTES), _SPEED_SPREAD)
        return min(self.created + dt.timedelta(minutes=minutes), self.b.now)

    def _when(self) -> dt.datetime:
        """A moment between the prospect's creation and now."""
        span = (self.b.now - self.created).total_seconds()
        return self.created + dt.timedelta(seconds=self.rng.uniform(0, span))

    def _activity(
        self,
        kind: str,
        when: dt.datetime,
        *,
        outcome: str | None = None,
        duration: int | None = None,
        subject: str | None = None,
        body: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.batch.activities.append({
            "id": self.b._take("activity"), "contact_id": self.contact_id, "rep_id": self.owner,
            "kind": kind, "occurred_at": when, "outcome": outcome, "duration_seconds": duration,
            "subject": subject, "body": body, "task_id": None, "details": details,
        })  # fmt: skip
        if self.last_touch is None or when > self.last_touch:
            self.last_touch = when

    def _touch(self, first: dt.datetime | None = None) -> None:
        rng = self.rng
        when = first or self._when()
        channel = weighted_choice(rng, _CHANNELS, _CHANNEL_CUM)
        if first is not None and channel == "linkedin":
            channel = "call"  # an inbound lead is called or emailed first
        if channel == "call":
            outcome = weighted_choice(rng, _CALL_OUTCOMES, _CALL_CUM)
            duration = rng.randint(20, 70) if outcome in ("voicemail", "gatekeeper") else None
            body = "Left a voicemail, will email." if outcome == "voicemail" else None
            self._activity("call", when, outcome=outcome, duration=duration, body=body)
        elif channel == "email":
            self._email(when)
        else:
            outcome = rng.choice(("connect_sent", "accepted", "message_sent"))
            self._activity("linkedin", when, outcome=outcome)

    def _email(self, when: dt.datetime) -> None:
        """An email sent (or bounced) with its A/B variant, and sometimes a reply to it."""
        rng = self.rng
        bounced = self.person.email_kind in ("typo", "invalid", "disposable")
        variant, reply_chance = _VARIANT_REPLY[rng.random() < 0.5]
        # Unique without an id of its own: the contact, and the row's place in the chunk.
        message_id = f"<c{self.contact_id}.{len(self.batch.activities)}@{_REP_DOMAIN}>"
        subject = f"{self.person.first_name or 'Hello'} — quick question"
        self._activity("email", when, outcome="bounced" if bounced else "sent", subject=subject,
                       details={"message_id": message_id, "variant": variant})  # fmt: skip
        if not bounced and rng.random() < reply_chance:
            replied = when + dt.timedelta(hours=rng.uniform(0.5, 72))
            if replied < self.b.now:
                self._activity("reply", replied, subject=f"Re: {subject}",
                               details={"in_reply_to": message_id})  # fmt: skip

    def _stage_changes(self) -> None:
        stage = self.stage
        if stage == "new":
            return
        if stage in _PATH:
            path = list(_PATH[: _PATH.index(stage) + 1])
        else:
            # Nurture and Disqualified are reached from Attempting or Connected.
            path = ["new", "attempting", self.rng.choice(("attempting", "connected")), stage]
            path = list(dict.fromkeys(path))
        # The last three moves are enough history for the timeline and the funnel.
        moves = list(zip(path, path[1:], strict=False))[-3:]
        times = sorted(self._when() for _ in moves)
        for (old, new), when in zip(moves, times, strict=True):
            reason = self.rng.choice(("no_budget", "no_need", "bad_timing")) if (
                new == "disqualified") else None  # fmt: skip
            self._activity("stage_change", when, details={"from": old, "to": new, "reason": reason})
            self.moved_at[new] = when

    def _enrollment(self) -> None:
        rng, b, stage, source = self.rng, self.b, self.stage, self.person.source
        if stage == "nurture":
            index, status, reason = _NURTURE, "active", None
        elif stage in ("attempting",) or (stage in ("new", "researching") and rng.random() < 0.35):
            index, status, reason = (_INBOUND if source == "inbound" else _OUTBOUND), "active", None
        elif stage in ("connected", "qualified", "meeting_booked", "handed_off"):
            index = _INBOUND if source == "inbound" else _OUTBOUND
            status, reason = "stopped", ("meeting" if stage != "connected" else "reply")
        elif stage == "disqualified" and rng.random() < 0.6:
            index, status = _OUTBOUND, "stopped"
            reason = rng.choice(("bounce", "opt_out", "manual"))
        else:
            return
        cadence = b.cadences[index]
        if status == "active":
            step = 1 if stage in ("new", "researching") else rng.randint(1, len(cadence.step_ids))
            due = b.now + dt.timedelta(hours=rng.uniform(-72, 120))
            if index == _NURTURE:
                due = b.now + dt.timedelta(days=rng.uniform(-2, 60))
        else:
            step = rng.randint(2, len(cadence.step_ids))
            due = None
        enrollment_id = b._take("enrollment")
        enrolled = self.created + dt.timedelta(hours=rng.uniform(0, 24))
        self.batch.enrollments.append({
            "id": enrollment_id, "contact_id": self.contact_id, "cadence_id": cadence.id,
            "rep_id": self.owner, "current_step": step, "status": status,
            "stop_reason": reason, "next_due_at": due, "enrolled_at": min(enrolled, b.now),
            # No zone stored: the queue guesses it from the contact, as for older rows.
            "time_zone": None, "time_zone_guessed": False, "last_done_at": None,
            "version": 1, "created_at": self.created, "updated_at": b.now,
        })  # fmt: skip
        if due is not None and due < b.now + dt.timedelta(hours=12):
            channel = cadence.channels[step - 1]
            self.batch.tasks.append({
                "id": b._take("task"), "contact_id": self.contact_id, "rep_id": self.owner,
                "kind": channel if channel in ("email", "call", "linkedin") else "follow_up",
                "title": cadence.titles[step - 1], "due_at": due, "status": "open",
                "priority": 2 if source == "inbound" else (1 if due < b.now else 0),
                "enrollment_id": enrollment_id, "cadence_step_id": cadence.step_ids[step - 1],
                "completed_at": None, "notes": None, "version": 1,
                "created_at": self.created, "updated_at": b.now,
            })  # fmt: skip

    def _qualification(self) -> None:
        rng, b, stage = self.rng, self.b, self.stage
        if stage not in ("qualified", "meeting_booked", "handed_off", "nurture", "disqualified"):
            return
        qualified = stage in ("qualified", "meeting_booked", "handed_off")
        answer = ("yes", "unknown") if qualified else ("no", "unknown", "yes")
        row: dict[str, Any] = {
            "contact_id": self.contact_id, "rep_id": self.owner,
            "budget": rng.choice(answer), "authority": "yes" if qualified else rng.choice(answer),
            "need": "yes" if qualified else rng.choice(answer), "timing": rng.choice(answer),
            "notes": None, "disqualify_reason": None, "nurture_until": None, "version": 1,
            "created_at": self.created, "updated_at": b.now,
        }  # fmt: skip
        if qualified:
            row["notes"] = "Team of 8 SDRs, renewing their tooling next quarter."
        elif stage == "nurture":
            row["notes"] = "Interested, but budget only opens next year."
            row["nurture_until"] = b.now + dt.timedelta(days=rng.randint(30, 180))
        else:
            self.disqualify_reason = rng.choice(_DISQUALIFY_REASONS)
            row["disqualify_reason"] = self.disqualify_reason
        self.batch.qualifications.append(row)
        if stage in ("meeting_booked", "handed_off"):
            meeting = b.now + dt.timedelta(days=rng.randint(-10, 10), hours=rng.randint(0, 8))
            meeting = meeting.replace(minute=0, second=0, microsecond=0)
            self._activity("meeting", self._when(), subject="Discovery call booked",
                           details={"meeting_at": meeting.isoformat()})  # fmt: skip
            if stage == "handed_off":
                created = self.moved_at.get("handed_off") or self._when()
                status = weighted_choice(rng, _HANDOFF_STATUSES, _HANDOFF_CUM)
                decided = None
                if status != "pending":
                    decided = min(created + dt.timedelta(hours=rng.uniform(1, 48)), b.now)
                self.batch.handoffs.append({
                    "contact_id": self.contact_id, "ae_id": rng.choice(b.ae_ids),
                    "rep_id": self.owner, "meeting_at": meeting, "minutes": 30,
                    "time_zone": "UTC", "status": status, "decided_at": decided,
                    "decision_reason": rng.choice(_SEND_BACK_REASONS)
                    if status == "sent_back" else None, "ics_uid": None,
                    "summary": f"{self.person.full_name} ({self.person.title}): evaluating "
                    "tools this quarter; decision maker; wants a demo for the team.",
                    "created_at": created,
                })  # fmt: skip
