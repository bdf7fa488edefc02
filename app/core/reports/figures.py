"""The report's figures, summed from the few grouped rows storage reads.

Storage does the heavy part in SQL (one ``GROUP BY`` pass over the range's activities,
a few small queries besides) and hands over plain rows; this module turns them into
the figures of docs/reports.md: totals and rates, days and weeks filled in with zeros,
medians (``statistics.median``), and the same figures per rep, source and lead type.
Pure Python, so the numbers are tested without a database.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from app.core.reports.dates import ReportRange, week_of
from app.core.reports.definitions import (
    CONNECT_OUTCOMES,
    EMAIL_SENT_OUTCOMES,
    GATEKEEPER_OUTCOMES,
    HANDOFF_STATUSES,
    MEETING_OUTCOME,
    REPLIED_OUTCOME,
    SPEED_BUCKETS,
    TOUCH_CHANNELS,
    TOUCH_KIND_CHANNEL,
)

#: The figures every breakdown (per rep, source, lead type) repeats.
BREAKDOWN_FIGURES = (
    "dials", "connects", "emails_sent", "replies", "meetings_booked", "handed_off",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActivityGroup:
    """Activities of one kind and outcome, on one day, by one rep, for one kind of lead.

    Attributes:
        day: The UTC day they happened, or None for a group summed over several days
            (a roll-up's read; its touches per day come apart, as :class:`DayTouches`).
        kind: The activity kind (the channel: call, email, reply, ...).
        outcome: The outcome code, or None.
        rep_id: Who logged them, or None.
        source: The contact's source (inbound, outbound, referral) or None.
        lead_type: The contact's lead type (seed, net, spear) or None.
        long_call: Whether they lasted at least ``CONVERSATION_SECONDS``.
        count: How many.
    """

    day: dt.date | None
    kind: str
    outcome: str | None
    rep_id: int | None
    source: str | None
    lead_type: str | None
    long_call: bool
    count: int


@dataclass(frozen=True, slots=True)
class DayTouches:
    """Activities of one kind on one day, for the touches per day of summed groups."""

    day: dt.date
    kind: str
    count: int


@dataclass(frozen=True, slots=True)
class Booking:
    """A meeting booked: one contact on one day (however many rows said so that day)."""

    day: dt.date
    contact_id: int
    rep_id: int | None
    source: str | None
    lead_type: str | None

    @property
    def count(self) -> int:
        """One meeting (as :attr:`BookingGroup.count`)."""
        return 1


@dataclass(frozen=True, slots=True)
class BookingGroup:
    """Meetings booked on one day by one rep for one kind of lead: ``count`` contacts."""

    day: dt.date
    rep_id: int | None
    source: str | None
    lead_type: str | None
    count: int


@dataclass(frozen=True, slots=True)
class HandoffGroup:
    """Hand-offs created on one day, by one rep, with one status, for one kind of lead."""

    day: dt.date
    status: str
    rep_id: int | None
    source: str | None
    lead_type: str | None
    count: int


@dataclass(frozen=True, slots=True)
class StageCount:
    """One pipeline stage: where it sits, how many contacts are in it now and reached it.

    Attributes:
        key: The stage's key.
        name: Its display name.
        position: Its place on the board.
        current: Contacts in it now.
        reached: Contacts moved into it within the range.
        median_days: The median length in days of the finished stays in it (entered and
            left within the range), unrounded; None without any.
    """

    key: str
    name: str
    position: int
    current: int
    reached: int
    median_days: float | None = None


@dataclass(frozen=True, slots=True)
class VariantCount:
    """An A/B variant's emails sent in the range and how many of them got a reply."""

    variant: str
    sent: int
    replied: int


@dataclass(frozen=True)
class ReportInput:
    """What storage read for one report (see :func:`build_report`)."""

    range: ReportRange
    activities: Sequence[ActivityGroup] = ()
    day_touches: Sequence[DayTouches] = ()
    bookings: Sequence[Booking | BookingGroup] = ()
    handoffs: Sequence[HandoffGroup] = ()
    stages: Sequence[StageCount] = ()
    speed_minutes: Sequence[float] = ()
    inbound_untouched: int = 0
    variants: Sequence[VariantCount] = ()
    rep_names: Mapping[int, tuple[str, str | None]] = field(default_factory=dict)
    rep_email: str | None = None


@dataclass
class Tally:
    """The figures that every breakdown repeats, for one slice of the data."""

    dials: int = 0
    answered: int = 0
    connects: int = 0
    conversations: int = 0
    emails_sent: int = 0
    replies: int = 0
    meetings_booked: int = 0
    handed_off: int = 0
    handoffs_accepted: int = 0

    @property
    def connect_rate(self) -> float:
        """Connects per dial (0.0 with no dials)."""
        return rate(self.connects, self.dials)

    @property
    def reply_rate(self) -> float:
        """Replies per email sent (0.0 with no emails sent)."""
        return rate(self.replies, self.emails_sent)

    def as_dict(self) -> dict[str, int | float]:
        """The tally with its rates, for JSON and CSV."""
        return {
            "dials": self.dials, "connects": self.connects, "connect_rate": self.connect_rate,
            "emails_sent": self.emails_sent, "replies": self.replies,
            "reply_rate": self.reply_rate, "meetings_booked": self.meetings_booked,
            "handed_off": self.handed_off, "handoffs_accepted": self.handoffs_accepted,
        }  # fmt: skip


@dataclass
class Report:
    """Every figure of one report (docs/reports.md defines each).

    Attributes:
        range: The days covered.
        rep_email: Whose work, or None for everybody's.
        totals: The headline figures.
        touches_by_day: day -> channel -> touches, every day of the range present.
        outcomes: call outcome -> calls (None reads ``"none"``), most frequent first (ties by name).
        meetings_by_week: Monday -> meetings booked that week.
        handoffs_by_week: Monday -> status -> hand-offs created that week.
        handoff_statuses: status -> hand-offs created in the range.
        stages: The pipeline's stages in board order.
        speed_minutes: Each touched inbound lead's minutes to first touch, sorted.
        inbound_untouched: Inbound leads of the range nobody has touched yet.
        by_rep: rep label -> tally; by_source, by_lead_type likewise.
        variants: A/B variants with their sent and replied emails.
    """

    range: ReportRange
    rep_email: str | None
    totals: Tally
    touches_by_day: dict[dt.date, dict[str, int]]
    outcomes: dict[str, int]
    meetings_by_week: dict[dt.date, int]
    handoffs_by_week: dict[dt.date, dict[str, int]]
    handoff_statuses: dict[str, int]
    stages: list[StageCount]
    speed_minutes: list[float]
    inbound_untouched: int
    by_rep: dict[str, Tally]
    by_source: dict[str, Tally]
    by_lead_type: dict[str, Tally]
    meetings_by_rep_week: dict[str, dict[dt.date, int]]
    variants: list[VariantCount]

    @property
    def speed_to_lead_minutes(self) -> float | None:
        """The median minutes from an inbound lead's arrival to its first touch (0.01)."""
        return _round(median_or_none(self.speed_minutes), 2)

    def speed_buckets(self) -> dict[str, int]:
        """Touched inbound leads per speed bucket (``SPEED_BUCKETS``), plus ``untouched``."""
        out = {code: 0 for _, code in SPEED_BUCKETS}
        for minutes in self.speed_minutes:
            out[next(code for bound, code in SPEED_BUCKETS if minutes <= bound)] += 1
        out["untouched"] = self.inbound_untouched
        return out

    def median_days_in_stage(self) -> dict[str, float | None]:
        """stage key -> median days of the finished stays (None without any)."""
        return {s.key: _round(s.median_days, 2) for s in self.stages}

    @property
    def is_empty(self) -> bool:
        """True when nothing at all happened in the range (the UI's empty state)."""
        t = self.totals
        return not (
            any(any(c.values()) for c in self.touches_by_day.values())
            or t.replies or t.meetings_booked or t.handed_off or self.speed_minutes
            or self.inbound_untouched
        )  # fmt: skip


def rate(part: int, whole: int) -> float:
    """``part / whole`` rounded to four places; 0.0 (never NaN or None) when ``whole`` is 0."""
    return round(part / whole, 4) if whole else 0.0


def median_or_none(values: Sequence[float]) -> float | None:
    """The median (``statistics.median``), or None for no values."""
    return float(statistics.median(values)) if values else None


def median_of_union(
    stored: int, stored_window: Callable[[int, int], Sequence[float]], extra: Sequence[float]
) -> float | None:
    """The median (as ``statistics.median``) of stored values and a few extra ones.

    The stored values are too many to read (a year of stage stays); ``stored_window(offset,
    limit)`` reads a slice of them in ascending order. The k-th smallest of the union has
    between ``k - len(extra)`` and ``k`` stored values below it, so a window of
    ``len(extra) + 2`` stored values around that place, merged with the extra ones, holds it
    (one read of ``len(extra) + 3`` serves both middle values of an even count).

    Args:
        stored: How many stored values there are.
        stored_window: Reads ``limit`` stored values from ``offset`` on, ascending.
        extra: The values not stored (days computed live), in any order.

    Returns:
        The median, or None with no values at all.
    """
    total = stored + len(extra)
    if total == 0:
        return None
    if stored == 0:
        return median_or_none(extra)
    ordered_extra = sorted(extra)
    middle = total // 2
    # One read serves both middle values of an even count: their windows start at most
    # one value apart, so a window one longer than each holds both.
    first_low = max(0, middle - (0 if total % 2 else 1) - len(ordered_extra))
    stored_values = list(stored_window(first_low, len(ordered_extra) + 3))

    def kth(k: int) -> float:
        low = max(0, k - len(ordered_extra))
        # Never empty: k < stored + len(extra), so low < stored.
        start = low - first_low
        window = stored_values[start : start + len(ordered_extra) + 2]
        below = [v for v in ordered_extra if v < window[0]]
        if low + len(below) > k:  # only when low == 0: an extra value below every stored one
            return below[k]
        rest = sorted(window + [v for v in ordered_extra if v >= window[0]])
        return rest[k - low - len(below)]

    if total % 2:
        return float(kth(middle))
    return float((kth(middle - 1) + kth(middle)) / 2)


def _round(value: float | None, places: int) -> float | None:
    return None if value is None else round(value, places)


def _tally_activity(tally: Tally, group: ActivityGroup) -> None:
    n = group.count
    if group.kind == "call":
        tally.dials += n
        if group.outcome in CONNECT_OUTCOMES:
            tally.connects += n
            tally.answered += n
            if group.long_call or group.outcome == MEETING_OUTCOME:
                tally.conversations += n
        elif group.outcome in GATEKEEPER_OUTCOMES:
            tally.answered += n
    elif group.kind == "email" and group.outcome in EMAIL_SENT_OUTCOMES:
        tally.emails_sent += n
    if group.kind == "reply" or (
        group.kind in ("email", "call") and group.outcome == REPLIED_OUTCOME
    ):
        tally.replies += n


class _Slices:
    """Tallies keyed by rep, source and lead type, made on first use."""

    def __init__(self, rep_label: Mapping[int | None, str]) -> None:
        self.rep_label = rep_label
        self.by_rep: dict[str, Tally] = defaultdict(Tally)
        self.by_source: dict[str, Tally] = defaultdict(Tally)
        self.by_lead_type: dict[str, Tally] = defaultdict(Tally)

    def of(self, rep_id: int | None, source: str | None, lead_type: str | None) -> list[Tally]:
        rep = self.rep_label.get(rep_id) or f"#{rep_id}"
        return [
            self.by_rep[rep],
            self.by_source[source or "unknown"],
            self.by_lead_type[lead_type or "unknown"],
        ]


def _rep_labels(names: Mapping[int, tuple[str, str | None]]) -> dict[int | None, str]:
    """rep id -> how the breakdowns name them (their address, else their name)."""
    labels: dict[int | None, str] = {None: "unassigned"}
    for rep_id, (name, email) in names.items():
        labels[rep_id] = email or name
    return labels


def build_report(data: ReportInput) -> Report:
    """Sum storage's rows into the report's figures.

    Args:
        data: What storage read for the range (and rep).

    Returns:
        The report; days and weeks without activity are present with zeros.
    """
    days = data.range.days()
    weeks = data.range.weeks()
    totals = Tally()
    slices = _Slices(_rep_labels(data.rep_names))
    touches = {day: dict.fromkeys(TOUCH_CHANNELS, 0) for day in days}
    outcomes: Counter[str] = Counter()
    for group in data.activities:
        for tally in (totals, *slices.of(group.rep_id, group.source, group.lead_type)):
            _tally_activity(tally, group)
        channel = TOUCH_KIND_CHANNEL.get(group.kind)
        if channel is not None and group.day in touches:
            touches[group.day][channel] += group.count
        if group.kind == "call":
            outcomes[group.outcome or "none"] += group.count
    for day_kind in data.day_touches:
        channel = TOUCH_KIND_CHANNEL.get(day_kind.kind)
        if channel is not None and day_kind.day in touches:
            touches[day_kind.day][channel] += day_kind.count

    meetings_by_week = dict.fromkeys(weeks, 0)
    meetings_by_rep_week: dict[str, dict[dt.date, int]] = {}
    for booking in data.bookings:
        booked = booking.count
        for tally in (totals, *slices.of(booking.rep_id, booking.source, booking.lead_type)):
            tally.meetings_booked += booked
        week = week_of(booking.day)
        meetings_by_week[week] = meetings_by_week.get(week, 0) + booked
        rep = slices.rep_label.get(booking.rep_id) or f"#{booking.rep_id}"
        per_rep = meetings_by_rep_week.setdefault(rep, dict.fromkeys(weeks, 0))
        per_rep[week] = per_rep.get(week, 0) + booked

    statuses = dict.fromkeys(HANDOFF_STATUSES, 0)
    handoffs_by_week = {week: dict.fromkeys(HANDOFF_STATUSES, 0) for week in weeks}
    for handoff in data.handoffs:
        accepted = handoff.count if handoff.status == "accepted" else 0
        for tally in (totals, *slices.of(handoff.rep_id, handoff.source, handoff.lead_type)):
            tally.handed_off += handoff.count
            tally.handoffs_accepted += accepted
        statuses[handoff.status] = statuses.get(handoff.status, 0) + handoff.count
        week_row = handoffs_by_week.setdefault(
            week_of(handoff.day), dict.fromkeys(HANDOFF_STATUSES, 0)
        )
        week_row[handoff.status] = week_row.get(handoff.status, 0) + handoff.count

    return Report(
        range=data.range,
        rep_email=data.rep_email,
        totals=totals,
        touches_by_day=touches,
        # Ties by name: the order the groups came in (by day, or summed over days) is no
        # order a reader could rely on.
        outcomes=dict(sorted(outcomes.items(), key=lambda item: (-item[1], item[0]))),
        meetings_by_week=meetings_by_week,
        handoffs_by_week=handoffs_by_week,
        handoff_statuses=statuses,
        stages=sorted(data.stages, key=lambda s: (s.position, s.key)),
        speed_minutes=sorted(data.speed_minutes),
        inbound_untouched=data.inbound_untouched,
        by_rep=dict(sorted(slices.by_rep.items())),
        by_source=dict(sorted(slices.by_source.items())),
        by_lead_type=dict(sorted(slices.by_lead_type.items())),
        meetings_by_rep_week=dict(sorted(meetings_by_rep_week.items())),
        variants=sorted(data.variants, key=lambda v: v.variant),
    )


def stage_stays(rows: Iterable[tuple[str, float]]) -> dict[str, tuple[float, ...]]:
    """Group ``(stage key, days)`` stays by stage."""
    out: dict[str, list[float]] = defaultdict(list)
    for key, days in rows:
        out[key].append(days)
    return {key: tuple(values) for key, values in out.items()}


__all__ = [
    "BREAKDOWN_FIGURES",
    "ActivityGroup",
    "Booking",
    "BookingGroup",
    "DayTouches",
    "HandoffGroup",
    "Report",
    "ReportInput",
    "StageCount",
    "Tally",
    "VariantCount",
    "build_report",
    "median_of_union",
    "median_or_none",
    "rate",
    "stage_stays",
]
