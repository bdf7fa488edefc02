"""Smart segments: saved filters over contacts, as data.

A segment is stored as JSON in ``segments.definition``::

    {"all": [
        {"field": "stage", "op": "in", "value": ["new", "researching"]},
        {"field": "fit_score", "op": ">=", "value": 70},
        {"field": "last_touched_at", "op": "older_than_days", "value": 14},
        {"any": [
            {"field": "tags", "op": "has", "value": "conference"},
            {"not": {"field": "country", "op": "in", "value": ["US", "CA"]}}
        ]}
    ]}

:func:`parse_segment` validates such a definition against :data:`FIELDS` and returns a
small typed tree (:class:`Group`, :class:`Not`, :class:`Condition`) with values already
converted (dates parsed, numbers checked, lists as tuples). Storage walks that tree to
build SQL; :func:`matches` evaluates it in memory for tests and small sets, and is the
reference for what each operator means:

- Text comparisons ignore case (``=``, ``contains``, ``in``, tags, choices).
- Negative operators (``!=``, ``not_in``, ``not_contains``, ``has_none``) match an empty
  value: "country is not US" includes contacts with no country.
- ``older_than_days`` matches a missing date: never touched is older than any number of
  days. ``within_days``, ``before`` and ``after`` do not.
- ``between`` includes both ends. Comparisons (``<``, ``>=``...) never match an empty
  value. ``is_false`` matches a missing boolean.
- ``{"all": []}`` matches every contact, ``{"any": []}`` none.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal, TypeAlias

__all__ = [
    "CUSTOM_PREFIX",
    "FIELDS",
    "OPS",
    "Condition",
    "FieldSpec",
    "FieldType",
    "Group",
    "Not",
    "Segment",
    "SegmentError",
    "SegmentIssue",
    "available_fields",
    "field_spec",
    "matches",
    "parse_segment",
]


class FieldType(StrEnum):
    """What kind of value a field holds; it decides the operators allowed."""

    TEXT = "text"
    CHOICE = "choice"  # one of a few known strings (a stage key, a status)
    NUMBER = "number"
    DATETIME = "datetime"
    BOOL = "bool"
    TAGS = "tags"  # a set of strings
    ID = "id"  # a reference by integer id (owner)
    ID_SET = "id_set"  # a set of ids (static lists the contact is on)


#: Operators per field type, in the order a filter builder offers them.
OPS: Final[dict[FieldType, tuple[str, ...]]] = {
    FieldType.TEXT: ("=", "!=", "contains", "not_contains", "starts_with", "ends_with",
                     "in", "not_in", "is_empty", "is_not_empty"),
    FieldType.CHOICE: ("=", "!=", "in", "not_in", "is_empty", "is_not_empty"),
    FieldType.NUMBER: ("=", "!=", "<", "<=", ">", ">=", "between", "is_empty",
                       "is_not_empty"),
    FieldType.DATETIME: ("older_than_days", "within_days", "before", "after", "is_empty",
                         "is_not_empty"),
    FieldType.BOOL: ("is_true", "is_false"),
    FieldType.TAGS: ("has", "has_any", "has_all", "has_none", "is_empty", "is_not_empty"),
    FieldType.ID: ("=", "!=", "in", "not_in", "is_empty", "is_not_empty"),
    FieldType.ID_SET: ("has", "has_any", "has_all", "has_none", "is_empty", "is_not_empty"),
}  # fmt: skip

_NO_VALUE_OPS: Final = frozenset({"is_empty", "is_not_empty", "is_true", "is_false"})
_LIST_OPS: Final = frozenset({"in", "not_in", "has_any", "has_all", "has_none"})
_NEGATIVE_OPS: Final = frozenset({"!=", "not_in", "not_contains", "has_none"})
_MAX_DEPTH: Final = 8
_MAX_CONDITIONS: Final = 200

#: Prefix for a contact's custom (unmapped import) fields: ``custom.fiscal_year``.
CUSTOM_PREFIX: Final = "custom."


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A field the filter builder offers.

    Attributes:
        name: The key in a definition and in the contact mapping given to :func:`matches`.
        type: Its :class:`FieldType`.
        label: English label (the UI translates it).
        choices: The allowed values of a ``CHOICE`` field, or None when any string goes
            (stage keys are configurable).
    """

    name: str
    type: FieldType
    label: str
    choices: tuple[str, ...] | None = None

    @property
    def ops(self) -> tuple[str, ...]:
        """The operators allowed on this field."""
        return OPS[self.type]


_STATUSES: Final = ("valid", "risky", "invalid", "unknown")

#: Every field a segment can filter on.
FIELDS: Final[dict[str, FieldSpec]] = {
    spec.name: spec
    for spec in (
        FieldSpec("first_name", FieldType.TEXT, "First name"),
        FieldSpec("last_name", FieldType.TEXT, "Last name"),
        FieldSpec("full_name", FieldType.TEXT, "Name"),
        FieldSpec("title", FieldType.TEXT, "Title"),
        FieldSpec("company", FieldType.TEXT, "Company"),
        FieldSpec("industry", FieldType.TEXT, "Industry"),
        FieldSpec("employees", FieldType.NUMBER, "Employees"),
        FieldSpec("country", FieldType.TEXT, "Country"),
        FieldSpec("city", FieldType.TEXT, "City"),
        FieldSpec("email", FieldType.TEXT, "Email"),
        FieldSpec("email_status", FieldType.CHOICE, "Email status", _STATUSES),
        FieldSpec("phone_e164", FieldType.TEXT, "Phone"),
        FieldSpec("phone_status", FieldType.CHOICE, "Phone status", _STATUSES),
        FieldSpec("time_zone", FieldType.TEXT, "Time zone"),
        FieldSpec("source", FieldType.CHOICE, "Source", ("inbound", "outbound", "referral")),
        FieldSpec("lead_type", FieldType.CHOICE, "Lead type", ("seed", "net", "spear")),
        FieldSpec("stage", FieldType.CHOICE, "Stage"),
        FieldSpec("owner", FieldType.ID, "Owner"),
        FieldSpec("fit_score", FieldType.NUMBER, "Fit score"),
        FieldSpec("quality_score", FieldType.NUMBER, "Quality"),
        FieldSpec("do_not_contact", FieldType.BOOL, "Do not contact"),
        FieldSpec("last_touched_at", FieldType.DATETIME, "Last touched"),
        FieldSpec("created_at", FieldType.DATETIME, "Created"),
        FieldSpec("updated_at", FieldType.DATETIME, "Updated"),
        FieldSpec("tags", FieldType.TAGS, "Tags"),
        FieldSpec("lists", FieldType.ID_SET, "Lists"),
    )
}


def available_fields() -> tuple[FieldSpec, ...]:
    """Return the fields for the filter builder, in display order.

    Custom fields are not listed (they differ per database): offer them as
    ``custom.<key>`` text fields, see :func:`field_spec`.
    """
    return tuple(FIELDS.values())


def field_spec(name: str) -> FieldSpec | None:
    """Return the spec of a field, including ``custom.<key>`` text fields; None if unknown."""
    spec = FIELDS.get(name)
    if spec is None and name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
        return FieldSpec(name, FieldType.TEXT, name[len(CUSTOM_PREFIX) :])
    return spec


# --- the tree ---------------------------------------------------------------------------

#: A condition's value after parsing: None (``is_empty``...), a string, a number, a
#: datetime, a number of days, an id, a ``(low, high)`` pair, or a tuple for list ops.
Scalar: TypeAlias = str | int | float | dt.datetime
Value: TypeAlias = Scalar | tuple[Scalar, ...] | None


@dataclass(frozen=True, slots=True)
class Condition:
    """One test on one field, e.g. ``fit_score >= 70``.

    Attributes:
        field: The field name (see :data:`FIELDS`, or ``custom.<key>``).
        op: The operator (one of ``OPS[type]``).
        value: The parsed value (see :data:`Value`); text values keep the user's case.
        type: The field's type, so a walker need not look it up again.
    """

    field: str
    op: str
    value: Value
    type: FieldType


@dataclass(frozen=True, slots=True)
class Group:
    """Conditions joined by AND (``all``) or OR (``any``)."""

    mode: Literal["all", "any"]
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """The negation of a condition or group."""

    item: Node


Node: TypeAlias = Condition | Group | Not


@dataclass(frozen=True, slots=True)
class Segment:
    """A parsed, valid segment definition."""

    root: Group

    def to_definition(self) -> dict[str, object]:
        """Return the JSON-serialisable definition (dates as ISO 8601 strings)."""
        result = _dump(self.root)
        assert isinstance(result, dict)
        return result

    def fields(self) -> frozenset[str]:
        """Return the names of the fields the segment reads (for live-count triggers)."""
        return frozenset(_walk_fields(self.root))


def _walk_fields(node: Node) -> Iterable[str]:
    if isinstance(node, Condition):
        yield node.field
    elif isinstance(node, Not):
        yield from _walk_fields(node.item)
    else:
        for item in node.items:
            yield from _walk_fields(item)


def _dump(node: Node) -> dict[str, object]:
    if isinstance(node, Group):
        return {node.mode: [_dump(item) for item in node.items]}
    if isinstance(node, Not):
        return {"not": _dump(node.item)}
    out: dict[str, object] = {"field": node.field, "op": node.op}
    value = node.value
    if node.op in _NO_VALUE_OPS:
        return out
    if isinstance(value, dt.datetime):
        out["value"] = value.isoformat()
    elif isinstance(value, tuple):
        out["value"] = list(value)
    else:
        out["value"] = value
    return out


# --- parsing ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SegmentIssue:
    """One problem in a definition.

    Attributes:
        path: Where it is, e.g. ``"all[1].any[0].value"``.
        message: What is wrong, in plain English.
    """

    path: str
    message: str


class SegmentError(ValueError):
    """A definition that cannot be used; :attr:`issues` lists every problem found."""

    def __init__(self, issues: Sequence[SegmentIssue]) -> None:
        """Collect the issues into one error."""
        self.issues = tuple(issues)
        super().__init__("; ".join(f"{i.path or 'segment'}: {i.message}" for i in self.issues))


class _Invalid:
    """Marks a value that failed validation (its issue is already recorded)."""


_INVALID: Final = _Invalid()


class _Parser:
    def __init__(self) -> None:
        self.issues: list[SegmentIssue] = []
        self.conditions = 0

    def fail(self, path: str, message: str) -> None:
        self.issues.append(SegmentIssue(path, message))

    def node(self, raw: object, path: str, depth: int) -> Node | None:
        if depth > _MAX_DEPTH:
            self.fail(path, f"groups are nested more than {_MAX_DEPTH} deep")
            return None
        if not isinstance(raw, Mapping):
            self.fail(path, "expected an object with 'all', 'any', 'not' or 'field'")
            return None
        if "field" in raw or "op" in raw:
            return self.condition(raw, path)
        keys = [k for k in raw if k in ("all", "any", "not")]
        if len(keys) != 1 or len(raw) != 1:
            self.fail(path, "expected exactly one of 'all', 'any', 'not' (or a condition)")
            return None
        key = keys[0]
        child_path = f"{path}.{key}" if path else key
        if key == "not":
            item = self.node(raw["not"], child_path, depth + 1)
            return Not(item) if item is not None else None
        return self.group(key, raw[key], child_path, depth)

    def group(self, mode: str, raw: object, path: str, depth: int) -> Group | None:
        if not isinstance(raw, list | tuple):
            self.fail(path, "expected a list of conditions")
            return None
        items = [self.node(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(raw)]
        kind: Literal["all", "any"] = "all" if mode == "all" else "any"
        return Group(kind, tuple(i for i in items if i is not None))

    def condition(self, raw: Mapping[object, object], path: str) -> Condition | None:
        self.conditions += 1
        if self.conditions == _MAX_CONDITIONS + 1:
            self.fail(path, f"more than {_MAX_CONDITIONS} conditions")
        extra = sorted(str(k) for k in raw if k not in ("field", "op", "value"))
        if extra:
            self.fail(path, f"unknown key(s): {', '.join(extra)}")
        name, op = raw.get("field"), raw.get("op")
        prefix = f"{path}." if path else ""
        if not isinstance(name, str) or not name:
            self.fail(prefix + "field", "a field name is required")
            return None
        spec = field_spec(name)
        if spec is None:
            self.fail(prefix + "field", f"unknown field {name!r}")
            return None
        if not isinstance(op, str) or op not in spec.ops:
            allowed = ", ".join(spec.ops)
            self.fail(prefix + "op", f"{op!r} is not an operator for {name} (use: {allowed})")
            return None
        if op in _NO_VALUE_OPS:
            if raw.get("value") is not None:
                self.fail(prefix + "value", f"{op!r} takes no value")
                return None
            return Condition(name, op, None, spec.type)
        if "value" not in raw:
            self.fail(prefix + "value", f"{op!r} needs a value")
            return None
        value = self.value(spec, op, raw["value"], prefix + "value")
        if isinstance(value, _Invalid):
            return None
        return Condition(name, op, value, spec.type)

    def value(self, spec: FieldSpec, op: str, raw: object, path: str) -> Value | _Invalid:
        if op in _LIST_OPS:
            if not isinstance(raw, list | tuple) or not raw:
                self.fail(path, f"{op!r} needs a non-empty list")
                return _INVALID
            items = [self.scalar(spec, op, item, f"{path}[{i}]") for i, item in enumerate(raw)]
            valid = [item for item in items if not isinstance(item, _Invalid)]
            if len(valid) != len(items):
                return _INVALID
            return tuple(dict.fromkeys(valid))
        if op == "between":
            if not isinstance(raw, list | tuple) or len(raw) != 2:
                self.fail(path, "'between' needs [low, high]")
                return _INVALID
            low = self.scalar(spec, op, raw[0], f"{path}[0]")
            high = self.scalar(spec, op, raw[1], f"{path}[1]")
            if not isinstance(low, int | float) or not isinstance(high, int | float):
                return _INVALID
            if low > high:
                self.fail(path, f"low {low} is above high {high}")
                return _INVALID
            return (low, high)
        return self.scalar(spec, op, raw, path)

    def scalar(self, spec: FieldSpec, op: str, raw: object, path: str) -> Scalar | _Invalid:
        if op in ("older_than_days", "within_days"):
            if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
                self.fail(path, "expected a whole number of days, 0 or more")
                return _INVALID
            return raw
        kind = spec.type
        if kind is FieldType.DATETIME:
            parsed = _parse_datetime(raw)
            if parsed is None:
                self.fail(path, f"expected a date like 2024-05-31, got {raw!r}")
                return _INVALID
            return parsed
        if kind is FieldType.NUMBER:
            if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
                self.fail(path, f"expected a number, got {raw!r}")
                return _INVALID
            return raw
        if kind in (FieldType.ID, FieldType.ID_SET):
            if isinstance(raw, bool) or not isinstance(raw, int):
                self.fail(path, f"expected an id (a whole number), got {raw!r}")
                return _INVALID
            return raw
        if not isinstance(raw, str) or not raw.strip():
            self.fail(path, f"expected non-empty text, got {raw!r}")
            return _INVALID
        if spec.choices is not None and raw.casefold() not in spec.choices:
            self.fail(path, f"{raw!r} is not one of: {', '.join(spec.choices)}")
            return _INVALID
        return raw.strip()


def _parse_datetime(raw: object) -> dt.datetime | None:
    if isinstance(raw, dt.datetime):
        value = raw
    elif isinstance(raw, dt.date):
        value = dt.datetime(raw.year, raw.month, raw.day)
    elif isinstance(raw, str):
        try:
            value = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            return None
    else:
        return None
    # A date without a zone is read as UTC, the zone every stored timestamp has.
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def parse_segment(definition: object) -> Segment:
    """Validate a segment definition and return its tree.

    Args:
        definition: The JSON value, e.g. ``{"all": [{"field": "fit_score", "op": ">=",
            "value": 70}]}``. The root must be an ``all`` or ``any`` group (a single
            condition is wrapped in ``all``).

    Returns:
        The parsed segment.

    Raises:
        SegmentError: With every problem found, each with its path.
    """
    parser = _Parser()
    root: Node | None = None
    if isinstance(definition, Mapping) and ("field" in definition or "not" in definition):
        node = parser.node(definition, "", 0)
        root = Group("all", (node,)) if node is not None else None
    elif isinstance(definition, Mapping) and set(definition) in ({"all"}, {"any"}):
        root = parser.node(definition, "", 0)
    else:
        parser.fail("", "the root must be {'all': [...]} or {'any': [...]}")
    if parser.issues or root is None:
        raise SegmentError(parser.issues)
    assert isinstance(root, Group)
    return Segment(root)


# --- evaluation -------------------------------------------------------------------------


def _is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return not value
    return False


def _fold(value: object) -> str:
    return " ".join(str(value).casefold().split())


def _as_datetime(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    return _parse_datetime(value)


def _as_number(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _members(value: object, *, ids: bool) -> set[object]:
    if _is_empty(value) or not isinstance(value, Iterable) or isinstance(value, str):
        return set()
    return {item if ids else _fold(item) for item in value}


def _test(cond: Condition, value: object, now: dt.datetime) -> bool:
    op, expected, kind = cond.op, cond.value, cond.type
    if op == "is_empty":
        return _is_empty(value)
    if op == "is_not_empty":
        return not _is_empty(value)
    if op in ("is_true", "is_false"):
        return bool(value) is (op == "is_true")
    if _is_empty(value) and kind not in (FieldType.TAGS, FieldType.ID_SET):
        return op in _NEGATIVE_OPS or op == "older_than_days"

    if kind in (FieldType.TAGS, FieldType.ID_SET):
        ids = kind is FieldType.ID_SET
        have = _members(value, ids=ids)
        wanted = expected if isinstance(expected, tuple) else (expected,)
        want = {item if ids else _fold(item) for item in wanted}
        if op in ("has", "has_all"):
            return want <= have
        if op == "has_any":
            return bool(want & have)
        return not want & have  # has_none

    if kind is FieldType.DATETIME:
        when = _as_datetime(value)
        if when is None:
            return op == "older_than_days"
        if op == "older_than_days":
            assert isinstance(expected, int)
            return when < now - dt.timedelta(days=expected)
        if op == "within_days":
            assert isinstance(expected, int)
            return when >= now - dt.timedelta(days=expected)
        assert isinstance(expected, dt.datetime)
        return when < expected if op == "before" else when > expected

    if kind is FieldType.NUMBER:
        number = _as_number(value)
        if number is None:
            return op in _NEGATIVE_OPS
        if op == "between":
            assert isinstance(expected, tuple)
            low, high = expected
            assert isinstance(low, int | float) and isinstance(high, int | float)
            return low <= number <= high
        assert isinstance(expected, int | float)
        return {
            "=": number == expected,
            "!=": number != expected,
            "<": number < expected,
            "<=": number <= expected,
            ">": number > expected,
            ">=": number >= expected,
        }[op]

    if kind is FieldType.ID:
        if op in ("in", "not_in"):
            assert isinstance(expected, tuple)
            return (value in expected) is (op == "in")
        return (value == expected) is (op == "=")

    # TEXT and CHOICE: compared case-insensitively.
    text = _fold(value)
    if op in ("in", "not_in"):
        assert isinstance(expected, tuple)
        return (text in {_fold(e) for e in expected}) is (op == "in")
    target = _fold(expected)
    if op in ("=", "!="):
        return (text == target) is (op == "=")
    if op in ("contains", "not_contains"):
        return (target in text) is (op == "contains")
    if op == "starts_with":
        return text.startswith(target)
    return text.endswith(target)  # ends_with


def _lookup(contact: Mapping[str, object], name: str) -> object:
    if name.startswith(CUSTOM_PREFIX) and name not in contact:
        custom = contact.get("custom_fields")
        if isinstance(custom, Mapping):
            return custom.get(name[len(CUSTOM_PREFIX) :])
        return None
    return contact.get(name)


def _eval(node: Node, contact: Mapping[str, object], now: dt.datetime) -> bool:
    if isinstance(node, Condition):
        return _test(node, _lookup(contact, node.field), now)
    if isinstance(node, Not):
        return not _eval(node.item, contact, now)
    if node.mode == "all":
        return all(_eval(item, contact, now) for item in node.items)
    return any(_eval(item, contact, now) for item in node.items)


def matches(
    segment: Segment, contact_fields: Mapping[str, object], *, now: dt.datetime | None = None
) -> bool:
    """Return True when a contact belongs to the segment.

    Args:
        segment: A parsed segment.
        contact_fields: The contact's values under the names of :data:`FIELDS`
            (``tags`` and ``lists`` as collections, dates as aware datetimes or ISO
            strings); custom fields as ``custom.<key>`` or inside ``custom_fields``.
        now: The reference time for ``older_than_days``/``within_days`` (default: now,
            UTC). Tests pass a fixed time.

    Returns:
        Whether the contact matches.
    """
    return _eval(segment.root, contact_fields, now or dt.datetime.now(dt.UTC))
