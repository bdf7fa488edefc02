"""Merging two versions of one contact, field by field, without losing anything.

One planner serves two places: an import updating an existing contact, and the merge
screen showing two duplicates side by side. :func:`plan_merge` only decides; storage
applies :attr:`MergePlan.changes` in one transaction, keeps :attr:`MergePlan.before`
for undo, adds :attr:`MergePlan.secondary_points` as ``contact_points`` rows, and keeps
:attr:`MergePlan.discarded` in the import batch or merge record.

Rules (the user picks one, and may override it per field):

- ``FILL_EMPTY`` (default): the existing value stays; an empty one is filled.
- ``KEEP_EXISTING``: nothing of the existing contact changes, not even an empty field.
- ``TAKE_INCOMING``: the incoming value wins, unless it is empty: an empty cell in a
  file never blanks a value.

Whatever the rule, some fields follow their own sense:

- ``tags`` are unioned, ``custom_fields`` are merged key by key (each key by the rule).
- The email fields move together, as do the phone fields (a status must stay with its
  address). When both sides have a different address or number, the loser becomes a
  secondary contact point instead of being dropped.
- ``do_not_contact`` stays True once either side has it: a merge never undoes an
  opt-out. ``last_touched_at`` keeps the later time.
- ``id``, ``version``, ``created_at``, ``updated_at`` belong to the existing row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Literal

__all__ = [
    "EMAIL_FIELDS",
    "PHONE_FIELDS",
    "SYSTEM_FIELDS",
    "FieldDecision",
    "MergePlan",
    "MergeRule",
    "SecondaryPoint",
    "is_empty",
    "plan_merge",
]


class MergeRule(StrEnum):
    """How a conflict between an existing and an incoming value is settled."""

    KEEP_EXISTING = "keep_existing"
    TAKE_INCOMING = "take_incoming"
    FILL_EMPTY = "fill_empty"


#: What happened to a field: ``same`` (equal), ``keep`` (existing stays), ``fill`` (an
#: empty existing value filled), ``take`` (incoming replaced a value), ``union`` (tags,
#: custom fields), ``secondary`` (the losing address became a contact point),
#: ``sticky`` (do-not-contact), ``latest`` (the later timestamp), ``system`` (row
#: bookkeeping, never merged).
Action = Literal["same", "keep", "fill", "take", "union", "secondary", "sticky", "latest", "system"]

SYSTEM_FIELDS: Final[frozenset[str]] = frozenset({"id", "version", "created_at", "updated_at"})

#: The email columns of ``contacts``; the first one is the address that identifies them.
EMAIL_FIELDS: Final[tuple[str, ...]] = (
    "email", "email_raw", "email_key", "email_status", "email_reasons", "email_suggestion",
)  # fmt: skip
#: The phone columns; ``phone`` is the import's name for the value as written.
PHONE_FIELDS: Final[tuple[str, ...]] = (
    "phone_e164", "phone_raw", "phone", "phone_extension", "phone_kind", "phone_status",
    "phone_reasons",
)  # fmt: skip

_TAGS: Final = "tags"
_CUSTOM: Final = "custom_fields"
_STICKY_TRUE: Final[frozenset[str]] = frozenset({"do_not_contact"})
_LATEST: Final[frozenset[str]] = frozenset({"last_touched_at"})


@dataclass(frozen=True, slots=True)
class FieldDecision:
    """The outcome for one field, as the merge screen shows it.

    Attributes:
        field: The field name (``"title"``, ``"email"``, ``"custom_fields"``...).
        old: The existing value.
        new: The incoming value.
        chosen: The value the contact will have.
        action: What happened (see :data:`Action`).
        why: A short English explanation for logs and tooltips.
        lost: A non-empty value that did not make it into ``chosen`` (from either
            side), else None. It is recorded in :attr:`MergePlan.discarded`.
    """

    field: str
    old: object
    new: object
    chosen: object
    action: Action
    why: str
    lost: object = None

    @property
    def changed(self) -> bool:
        """True when the contact's value changes."""
        return self.chosen != self.old and not (is_empty(self.chosen) and is_empty(self.old))


@dataclass(frozen=True, slots=True)
class SecondaryPoint:
    """An email or phone that lost to the primary one and is kept as a contact point.

    Mirrors the ``contact_points`` table.

    Attributes:
        kind: ``"email"`` or ``"phone"``.
        raw: The value as it was written.
        normalized: The normalized address or E.164 number, if known.
        status: Its validation status, if known.
        reasons: Its validation reason codes, if known.
        source: ``"existing"`` (it was the primary before) or ``"incoming"``.
    """

    kind: Literal["email", "phone"]
    raw: str
    normalized: str | None
    status: str | None
    reasons: str | None
    source: Literal["existing", "incoming"]


@dataclass(frozen=True, slots=True)
class MergePlan:
    """Every field's decision, and what the merged contact looks like.

    Attributes:
        existing: The existing record as given.
        decisions: One decision per field present on either side, in a stable order.
        secondary_points: Addresses and numbers to add as contact points.
    """

    existing: Mapping[str, object]
    decisions: tuple[FieldDecision, ...]
    secondary_points: tuple[SecondaryPoint, ...] = field(default=())

    @property
    def result(self) -> dict[str, object]:
        """The merged record: the existing fields with every chosen value applied."""
        merged = dict(self.existing)
        merged.update((d.field, d.chosen) for d in self.decisions)
        return merged

    @property
    def changes(self) -> dict[str, object]:
        """The fields whose value changes, with their new value (for the UPDATE)."""
        return {d.field: d.chosen for d in self.decisions if d.changed}

    @property
    def before(self) -> dict[str, object]:
        """The old values of the changed fields, for undo."""
        return {d.field: d.old for d in self.decisions if d.changed}

    @property
    def discarded(self) -> dict[str, object]:
        """Values that lost, by field (``custom_fields.<key>`` for custom fields)."""
        lost: dict[str, object] = {}
        for decision in self.decisions:
            if decision.field == _CUSTOM and isinstance(decision.lost, Mapping):
                lost.update((f"{_CUSTOM}.{k}", v) for k, v in decision.lost.items())
            elif decision.lost is not None:
                lost[decision.field] = decision.lost
        return lost

    @property
    def is_noop(self) -> bool:
        """True when applying the plan would change nothing and add no contact point."""
        return not self.changes and not self.secondary_points

    def decision(self, name: str) -> FieldDecision:
        """Return the decision for one field.

        Raises:
            KeyError: When neither side had the field.
        """
        for decision in self.decisions:
            if decision.field == name:
                return decision
        raise KeyError(name)


def is_empty(value: object) -> bool:
    """Return True for None, blank text and empty collections (not for 0 or False)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return not value
    return False


def _equivalent(a: object, b: object) -> bool:
    """Equal, or text equal apart from case and white space ("ACME " == "Acme")."""
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
    return False


def _rule_for(
    name: str, rule: MergeRule, per_field: Mapping[str, MergeRule], *aliases: str
) -> MergeRule:
    for key in (name, *aliases):
        if key in per_field:
            return per_field[key]
    return rule


def _decide(name: str, old: object, new: object, rule: MergeRule) -> FieldDecision:
    """Decide an ordinary field by the rule."""
    if is_empty(new):
        action: Action = "same" if is_empty(old) else "keep"
        return FieldDecision(name, old, new, old, action, "incoming is empty")
    if old == new:
        return FieldDecision(name, old, new, old, "same", "equal")
    if _equivalent(old, new):
        if rule is MergeRule.TAKE_INCOMING:
            return FieldDecision(name, old, new, new, "take", "incoming spelling chosen")
        return FieldDecision(name, old, new, old, "same", "equal apart from case or spacing")
    if is_empty(old):
        if rule is MergeRule.KEEP_EXISTING:
            return FieldDecision(name, old, new, old, "keep", "keep existing", lost=new)
        return FieldDecision(name, old, new, new, "fill", "existing was empty")
    if rule is MergeRule.TAKE_INCOMING:
        return FieldDecision(name, old, new, new, "take", "take incoming", lost=old)
    why = "keep existing" if rule is MergeRule.KEEP_EXISTING else "fill only empty fields"
    return FieldDecision(name, old, new, old, "keep", why, lost=new)


def _as_list(value: object) -> list[object]:
    if is_empty(value):
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return list(value)
    return [value]


def _merge_tags(old: object, new: object) -> FieldDecision:
    existing_tags = _as_list(old)
    merged = list(existing_tags)
    seen = {_tag_key(tag) for tag in existing_tags}
    for tag in _as_list(new):
        key = _tag_key(tag)
        if key not in seen:
            seen.add(key)
            merged.append(tag)
    if len(merged) == len(existing_tags):
        return FieldDecision(_TAGS, old, new, old, "same", "no new tags")
    return FieldDecision(_TAGS, old, new, merged, "union", "tags are combined")


def _tag_key(tag: object) -> object:
    # "Conference" and "conference " are one tag.
    return " ".join(tag.casefold().split()) if isinstance(tag, str) else tag


def _merge_custom(
    old: object, new: object, rule: MergeRule, per_field: Mapping[str, MergeRule]
) -> FieldDecision:
    old_map: Mapping[str, object] = old if isinstance(old, Mapping) else {}
    new_map: Mapping[str, object] = new if isinstance(new, Mapping) else {}
    merged = dict(old_map)
    lost: dict[str, object] = {}
    for key, value in new_map.items():
        key_rule = _rule_for(f"{_CUSTOM}.{key}", rule, per_field, _CUSTOM)
        if is_empty(old_map.get(key)) and key_rule is MergeRule.KEEP_EXISTING:
            # Custom fields are a union like tags: a new key is added under any rule.
            key_rule = MergeRule.FILL_EMPTY
        decision = _decide(key, old_map.get(key), value, key_rule)
        if key in old_map or not is_empty(decision.chosen):
            merged[key] = decision.chosen
        if decision.lost is not None:
            lost[key] = decision.lost
    chosen: object = merged if merged != dict(old_map) else old
    return FieldDecision(
        _CUSTOM, old, new, chosen, "union", "custom fields are combined", lost=lost or None
    )


def _identity(record: Mapping[str, object], fields: tuple[str, ...]) -> str | None:
    """The value that says which address or number a group holds, folded for comparing."""
    if fields is EMAIL_FIELDS:
        candidates = ("email_key", "email", "email_raw")
    else:
        candidates = ("phone_e164", "phone_raw", "phone")
    for name in candidates:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            identity = " ".join(value.casefold().split())
            if fields is PHONE_FIELDS:
                extension = record.get("phone_extension")
                if isinstance(extension, str) and extension.strip():
                    identity += ";ext=" + extension.strip()
            return identity
    return None


def _point(
    record: Mapping[str, object], fields: tuple[str, ...], source: Literal["existing", "incoming"]
) -> SecondaryPoint:
    def text(name: str) -> str | None:
        value = record.get(name)
        return value if isinstance(value, str) and value.strip() else None

    if fields is EMAIL_FIELDS:
        normalized = text("email")
        raw = text("email_raw") or normalized or ""
        return SecondaryPoint(
            "email", raw, normalized, text("email_status"), text("email_reasons"), source
        )
    normalized = text("phone_e164")
    raw = text("phone_raw") or text("phone") or normalized or ""
    extension = text("phone_extension")
    if extension and normalized:
        # contact_points has no extension column: keep it in the RFC 3966 style.
        normalized = f"{normalized};ext={extension}"
    return SecondaryPoint(
        "phone", raw, normalized, text("phone_status"), text("phone_reasons"), source
    )


def _fill_group(
    names: list[str], existing: Mapping[str, object], incoming: Mapping[str, object], label: str
) -> list[FieldDecision]:
    """Take a whole incoming group into a contact that had no address (or number)."""
    decisions = []
    for name in names:
        old, new = existing.get(name), incoming.get(name)
        # A leftover like a status without an address loses to the incoming group.
        lost = old if not is_empty(old) and not _equivalent(old, new) else None
        action: Action = "same" if _equivalent(old, new) else "fill"
        decisions.append(
            FieldDecision(name, old, new, new, action, f"existing had no {label}", lost)
        )
    return decisions


def _merge_group(
    fields: tuple[str, ...],
    existing: Mapping[str, object],
    incoming: Mapping[str, object],
    *,
    rule: MergeRule,
    per_field: Mapping[str, MergeRule],
    present: list[str],
) -> tuple[list[FieldDecision], SecondaryPoint | None]:
    """Decide the email (or phone) fields together so a status stays with its value."""
    label = "email" if fields is EMAIL_FIELDS else "phone"
    group_rule = _rule_for(label, rule, per_field, fields[0])
    old_id = _identity(existing, fields)
    new_id = _identity(incoming, fields)
    names = [name for name in fields if name in present]

    if new_id is None or old_id == new_id:
        # Nothing incoming, or the same address: deciding field by field cannot separate
        # a status from its value (e.g. a fresher status for the same address).
        decisions = []
        for name in names:
            name_rule = _rule_for(name, group_rule, per_field)
            decisions.append(_decide(name, existing.get(name), incoming.get(name), name_rule))
        return decisions, None
    if old_id is None and group_rule is not MergeRule.KEEP_EXISTING:
        return _fill_group(names, existing, incoming, label), None

    # Two different addresses or numbers (or an empty one kept by KEEP_EXISTING): the
    # winner's fields go together and the loser is kept as a secondary contact point.
    winner, loser = existing, incoming
    loser_source: Literal["existing", "incoming"] = "incoming"
    why = f"existing {label} kept; the incoming one added as a contact point"
    if group_rule is MergeRule.TAKE_INCOMING:
        winner, loser, loser_source = incoming, existing, "existing"
        why = f"incoming {label} taken; the old one kept as a contact point"
    decisions = [
        FieldDecision(
            name, existing.get(name), incoming.get(name), winner.get(name), "secondary", why
        )
        for name in names
    ]
    return decisions, _point(loser, fields, loser_source)


def _sticky(name: str, old: object, new: object) -> FieldDecision:
    why = "an opt-out is never undone by a merge"
    if new and not old:
        return FieldDecision(name, old, new, True, "sticky", why)
    lost = new if new is not None and new != old else None
    return FieldDecision(name, old, new, old, "same" if old == new else "keep", why, lost)


def _latest(name: str, old: object, new: object) -> FieldDecision:
    why = "the later time is kept"
    if isinstance(old, dt.datetime) and isinstance(new, dt.datetime):
        if new > old:
            return FieldDecision(name, old, new, new, "latest", why, lost=old)
        if new == old:
            return FieldDecision(name, old, new, old, "same", why)
        return FieldDecision(name, old, new, old, "keep", why, lost=new)
    if is_empty(old) and not is_empty(new):
        return FieldDecision(name, old, new, new, "fill", "existing was empty")
    return FieldDecision(name, old, new, old, "keep", why, lost=None if is_empty(new) else new)


def plan_merge(
    existing: Mapping[str, object],
    incoming: Mapping[str, object],
    rule: MergeRule = MergeRule.FILL_EMPTY,
    *,
    per_field: Mapping[str, MergeRule] | None = None,
) -> MergePlan:
    """Plan how an incoming version of a contact merges into the existing one.

    Args:
        existing: The contact as stored (field name -> value); a field missing here
            counts as empty.
        incoming: The other version: an import row mapped to contact fields, or the
            duplicate on the merge screen.
        rule: The rule for every field without an override.
        per_field: Overrides by field name. ``"email"`` and ``"phone"`` set the rule for
            the whole email or phone group; ``"custom_fields.<key>"`` for one custom
            field, ``"custom_fields"`` for all of them.

    Returns:
        The plan; nothing is changed.
    """
    overrides: Mapping[str, MergeRule] = per_field or {}
    present = list(dict.fromkeys([*existing, *incoming]))
    decisions: list[FieldDecision] = []
    points: list[SecondaryPoint] = []
    grouped: set[str] = set()

    for group in (EMAIL_FIELDS, PHONE_FIELDS):
        if any(name in present for name in group):
            group_decisions, point = _merge_group(
                group, existing, incoming, rule=rule, per_field=overrides, present=present
            )
            decisions.extend(group_decisions)
            grouped.update(group)
            if point is not None:
                points.append(point)

    for name in present:
        if name in grouped:
            continue
        old, new = existing.get(name), incoming.get(name)
        if name in SYSTEM_FIELDS:
            decisions.append(FieldDecision(name, old, new, old, "system", "row bookkeeping"))
        elif name == _TAGS:
            decisions.append(_merge_tags(old, new))
        elif name == _CUSTOM:
            decisions.append(_merge_custom(old, new, rule, overrides))
        elif name in _STICKY_TRUE:
            decisions.append(_sticky(name, old, new))
        elif name in _LATEST:
            decisions.append(_latest(name, old, new))
        else:
            decisions.append(_decide(name, old, new, _rule_for(name, rule, overrides)))

    order = {name: index for index, name in enumerate(present)}
    decisions.sort(key=lambda d: order[d.field])
    return MergePlan(existing=existing, decisions=tuple(decisions), secondary_points=tuple(points))
