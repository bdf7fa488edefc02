"""Smart segment definitions: validation, the parsed tree, evaluation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.segments import (
    OPS,
    Condition,
    FieldType,
    Group,
    Not,
    SegmentError,
    available_fields,
    field_spec,
    matches,
    parse_segment,
)

NOW = dt.datetime(2024, 6, 30, 12, 0, tzinfo=dt.UTC)

SPEC_EXAMPLE = {
    "all": [
        {"field": "stage", "op": "in", "value": ["new", "researching"]},
        {"field": "fit_score", "op": ">=", "value": 70},
        {"field": "last_touched_at", "op": "older_than_days", "value": 14},
        {"field": "tags", "op": "has", "value": "conference"},
    ]
}

CONTACT = {
    "first_name": "Ivan",
    "company": "Acme GmbH",
    "country": "DE",
    "stage": "researching",
    "fit_score": 82,
    "owner": 3,
    "last_touched_at": NOW - dt.timedelta(days=20),
    "tags": ["Conference", "vip"],
    "lists": [1, 4],
    "do_not_contact": False,
    "custom_fields": {"fiscal_year": "April"},
}


def _errors(definition: object) -> list[tuple[str, str]]:
    with pytest.raises(SegmentError) as caught:
        parse_segment(definition)
    return [(issue.path, issue.message) for issue in caught.value.issues]


# --- the field catalogue ----------------------------------------------------------------


def test_every_field_offers_the_ops_of_its_type() -> None:
    fields = {spec.name: spec for spec in available_fields()}
    assert fields["fit_score"].type is FieldType.NUMBER
    assert "between" in fields["fit_score"].ops
    assert fields["tags"].ops == OPS[FieldType.TAGS]
    assert fields["email_status"].choices == ("valid", "risky", "invalid", "unknown")
    for spec in available_fields():
        assert spec.ops, spec.name


def test_custom_fields_are_text_fields_by_prefix() -> None:
    spec = field_spec("custom.fiscal_year")
    assert spec is not None
    assert spec.type is FieldType.TEXT
    assert field_spec("custom.") is None
    assert field_spec("salary") is None


# --- parsing ----------------------------------------------------------------------------


def test_the_issue_example_parses_into_a_typed_tree() -> None:
    segment = parse_segment(SPEC_EXAMPLE)
    assert segment.root == Group(
        "all",
        (
            Condition("stage", "in", ("new", "researching"), FieldType.CHOICE),
            Condition("fit_score", ">=", 70, FieldType.NUMBER),
            Condition("last_touched_at", "older_than_days", 14, FieldType.DATETIME),
            Condition("tags", "has", "conference", FieldType.TAGS),
        ),
    )
    assert segment.fields() == {"stage", "fit_score", "last_touched_at", "tags"}


def test_definitions_round_trip_through_json() -> None:
    definition = {
        "any": [
            {"field": "created_at", "op": "after", "value": "2024-01-01T00:00:00+00:00"},
            {"not": {"all": [{"field": "country", "op": "in", "value": ["US", "CA"]}]}},
            {"field": "quality_score", "op": "between", "value": [50, 80]},
            {"field": "email", "op": "is_empty"},
        ]
    }
    segment = parse_segment(definition)
    dumped = json.loads(json.dumps(segment.to_definition()))
    assert dumped == definition
    assert parse_segment(dumped) == segment


def test_dates_without_zone_are_utc_and_nested_not_is_kept() -> None:
    segment = parse_segment(
        {"all": [{"not": {"field": "created_at", "op": "before", "value": "2024-05-01"}}]}
    )
    (node,) = segment.root.items
    assert isinstance(node, Not)
    assert isinstance(node.item, Condition)
    assert node.item.value == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)


def test_a_single_condition_at_the_root_is_wrapped_in_all() -> None:
    segment = parse_segment({"field": "fit_score", "op": ">", "value": 50})
    assert segment.root.mode == "all"
    assert len(segment.root.items) == 1


def test_unknown_field_op_and_bad_values_are_all_reported_with_paths() -> None:
    errors = _errors(
        {
            "all": [
                {"field": "salary", "op": ">", "value": 1},
                {"field": "fit_score", "op": "contains", "value": "7"},
                {"field": "fit_score", "op": ">=", "value": "seventy"},
                {"any": [{"field": "email_status", "op": "=", "value": "great"}]},
                {"field": "last_touched_at", "op": "older_than_days", "value": -3},
            ]
        }
    )
    paths = [path for path, _ in errors]
    assert paths == [
        "all[0].field",
        "all[1].op",
        "all[2].value",
        "all[3].any[0].value",
        "all[4].value",
    ]
    assert "unknown field 'salary'" in errors[0][1]
    assert "use: =, !=, <" in errors[1][1]
    assert "valid, risky, invalid, unknown" in errors[3][1]


@pytest.mark.parametrize(
    ("definition", "fragment"),
    [
        ([], "the root must be"),
        ({"all": [], "any": []}, "the root must be"),
        ({"all": "stage"}, "expected a list"),
        ({"all": [{"field": "stage", "op": "in", "value": []}]}, "non-empty list"),
        ({"all": [{"field": "stage", "op": "in", "value": "new"}]}, "non-empty list"),
        ({"all": [{"field": "fit_score", "op": "between", "value": [80, 20]}]}, "above"),
        ({"all": [{"field": "fit_score", "op": "between", "value": [1]}]}, "[low, high]"),
        ({"all": [{"field": "fit_score", "op": ">", "value": True}]}, "expected a number"),
        ({"all": [{"field": "email", "op": "is_empty", "value": "x"}]}, "takes no value"),
        ({"all": [{"field": "email", "op": "="}]}, "needs a value"),
        ({"all": [{"field": "email", "op": "=", "value": "a", "x": 1}]}, "unknown key"),
        ({"all": [{"field": "created_at", "op": "after", "value": "May"}]}, "a date like"),
        ({"all": [{"field": "owner", "op": "=", "value": "Anna"}]}, "an id"),
        ({"all": [{"field": "title", "op": "contains", "value": "  "}]}, "non-empty text"),
        ({"all": [{"stage": "new"}]}, "exactly one of"),
    ],
)
def test_invalid_definitions_say_what_is_wrong(definition: object, fragment: str) -> None:
    messages = " | ".join(message for _, message in _errors(definition))
    assert fragment in messages


def test_depth_and_size_are_limited() -> None:
    deep: dict[str, object] = {"field": "fit_score", "op": ">", "value": 1}
    for _ in range(10):
        deep = {"all": [deep]}
    assert "nested more than" in str(pytest.raises(SegmentError, parse_segment, deep).value)
    many = {"all": [{"field": "fit_score", "op": ">", "value": 1}] * 201}
    assert "more than 200" in str(pytest.raises(SegmentError, parse_segment, many).value)


# --- evaluation -------------------------------------------------------------------------


def _match(definition: object, contact: dict[str, object] | None = None) -> bool:
    return matches(parse_segment(definition), CONTACT if contact is None else contact, now=NOW)


def test_the_issue_example_matches_a_fitting_contact_only() -> None:
    assert _match(SPEC_EXAMPLE)
    assert not _match(SPEC_EXAMPLE, {**CONTACT, "fit_score": 69})
    assert not _match(SPEC_EXAMPLE, {**CONTACT, "stage": "qualified"})
    assert not _match(SPEC_EXAMPLE, {**CONTACT, "last_touched_at": NOW - dt.timedelta(days=3)})
    assert not _match(SPEC_EXAMPLE, {**CONTACT, "tags": ["vip"]})


def test_never_touched_counts_as_older_than_any_number_of_days() -> None:
    never = {**CONTACT, "last_touched_at": None}
    assert _match(
        {"all": [{"field": "last_touched_at", "op": "older_than_days", "value": 14}]}, never
    )
    assert not _match(
        {"all": [{"field": "last_touched_at", "op": "within_days", "value": 14}]}, never
    )


def test_negative_operators_match_empty_values() -> None:
    no_country = {**CONTACT, "country": None}
    assert _match({"all": [{"field": "country", "op": "!=", "value": "US"}]}, no_country)
    assert _match({"all": [{"field": "country", "op": "not_in", "value": ["US"]}]}, no_country)
    assert not _match({"all": [{"field": "country", "op": "in", "value": ["US"]}]}, no_country)
    assert not _match(
        {"all": [{"field": "fit_score", "op": "<", "value": 50}]}, {**CONTACT, "fit_score": None}
    )


def test_text_tags_and_choices_ignore_case() -> None:
    assert _match({"all": [{"field": "company", "op": "contains", "value": "ACME"}]})
    assert _match({"all": [{"field": "company", "op": "starts_with", "value": "acme"}]})
    assert _match({"all": [{"field": "company", "op": "ends_with", "value": "gmbh"}]})
    assert _match({"all": [{"field": "stage", "op": "=", "value": "Researching"}]})
    assert _match({"all": [{"field": "tags", "op": "has_all", "value": ["conference", "VIP"]}]})
    assert not _match({"all": [{"field": "tags", "op": "has_none", "value": ["vip"]}]})


def test_any_groups_not_and_empty_groups() -> None:
    either = {
        "any": [
            {"field": "country", "op": "=", "value": "US"},
            {"field": "owner", "op": "in", "value": [3, 5]},
        ]
    }
    assert _match(either)
    assert not _match({"all": [{"not": either}]})
    assert _match({"all": []})
    assert not _match({"any": []})


def test_lists_owner_bool_and_custom_fields() -> None:
    assert _match({"all": [{"field": "lists", "op": "has", "value": 4}]})
    assert not _match({"all": [{"field": "lists", "op": "has_any", "value": [2, 3]}]})
    assert _match({"all": [{"field": "owner", "op": "!=", "value": 7}]})
    assert _match({"all": [{"field": "do_not_contact", "op": "is_false"}]})
    assert _match({"all": [{"field": "custom.fiscal_year", "op": "=", "value": "april"}]})
    assert _match({"all": [{"field": "custom.region", "op": "is_empty"}]})


def test_dates_before_after_accept_iso_strings_in_the_contact() -> None:
    contact = {**CONTACT, "created_at": "2024-03-01T09:00:00+00:00"}
    assert _match(
        {"all": [{"field": "created_at", "op": "before", "value": "2024-04-01"}]}, contact
    )
    assert not _match(
        {"all": [{"field": "created_at", "op": "after", "value": "2024-04-01"}]}, contact
    )


@given(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100))
def test_between_agrees_with_two_comparisons(score: int, low: int, high: int) -> None:
    low, high = min(low, high), max(low, high)
    contact = {"fit_score": score}
    between = {"all": [{"field": "fit_score", "op": "between", "value": [low, high]}]}
    pair = {
        "all": [
            {"field": "fit_score", "op": ">=", "value": low},
            {"field": "fit_score", "op": "<=", "value": high},
        ]
    }
    assert _match(between, contact) == _match(pair, contact)


@given(st.sampled_from(["=", "in", "contains"]), st.sampled_from(["US", "DE", None, ""]))
def test_not_is_the_complement(op: str, country: str | None) -> None:
    value: object = ["US"] if op == "in" else "US"
    condition = {"field": "country", "op": op, "value": value}
    contact = {"country": country}
    assert _match({"all": [condition]}, contact) != _match({"all": [{"not": condition}]}, contact)
