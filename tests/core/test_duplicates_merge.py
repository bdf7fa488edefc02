"""Merge rules: field by field, per-field overrides, and nothing lost."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.core.duplicates.merge import MergeRule, SecondaryPoint, is_empty, plan_merge

EXISTING = {
    "id": 17,
    "version": 3,
    "first_name": "Ivan",
    "last_name": "Petrov",
    "title": "Head of Sales",
    "city": None,
    "email": "ivan.petrov@example.com",
    "email_raw": "ivan.petrov@example.com",
    "email_key": "ivan.petrov@example.com",
    "email_status": "valid",
    "tags": ["conference", "vip"],
    "custom_fields": {"source_file": "expo.csv", "budget": "50k"},
}

INCOMING = {
    "first_name": "IVAN",
    "last_name": "Petrov",
    "title": "VP Sales",
    "city": "Moscow",
    "email": "i.petrov@example.ru",
    "email_raw": " I.Petrov@Example.RU ",
    "email_key": "i.petrov@example.ru",
    "email_status": "risky",
    "tags": ["Conference", "webinar"],
    "custom_fields": {"budget": "80k", "fiscal_year": "April"},
}


def test_fill_empty_is_the_default_and_fills_only_empty_fields() -> None:
    plan = plan_merge(EXISTING, INCOMING)
    assert plan.decision("title").chosen == "Head of Sales"
    assert plan.decision("city").chosen == "Moscow"
    assert plan.decision("city").action == "fill"
    assert plan.changes["city"] == "Moscow"
    assert "title" not in plan.changes
    assert plan.discarded["title"] == "VP Sales"


def test_case_only_difference_is_the_same_value_and_not_discarded() -> None:
    plan = plan_merge(EXISTING, INCOMING)
    assert plan.decision("first_name").action == "same"
    assert plan.decision("first_name").chosen == "Ivan"
    assert "first_name" not in plan.discarded


def test_take_incoming_replaces_values_and_records_the_old_ones() -> None:
    plan = plan_merge(EXISTING, INCOMING, MergeRule.TAKE_INCOMING)
    assert plan.result["title"] == "VP Sales"
    assert plan.before["title"] == "Head of Sales"
    assert plan.discarded["title"] == "Head of Sales"
    # An explicit choice of the incoming spelling is honoured.
    assert plan.result["first_name"] == "IVAN"


def test_take_incoming_never_blanks_a_value_with_an_empty_cell() -> None:
    plan = plan_merge(
        {"title": "CTO", "city": "Riga"}, {"title": "", "city": None}, MergeRule.TAKE_INCOMING
    )
    assert plan.result == {"title": "CTO", "city": "Riga"}
    assert plan.is_noop


def test_keep_existing_fills_nothing_but_still_unions_tags_and_custom_fields() -> None:
    plan = plan_merge(EXISTING, INCOMING, MergeRule.KEEP_EXISTING)
    assert plan.changes == {
        "tags": ["conference", "vip", "webinar"],
        "custom_fields": {"source_file": "expo.csv", "budget": "50k", "fiscal_year": "April"},
    }
    assert plan.discarded["city"] == "Moscow"
    assert plan.discarded["custom_fields.budget"] == "80k"


def test_per_field_rules_override_the_default() -> None:
    plan = plan_merge(
        EXISTING,
        INCOMING,
        MergeRule.FILL_EMPTY,
        per_field={"title": MergeRule.TAKE_INCOMING, "city": MergeRule.KEEP_EXISTING},
    )
    assert plan.result["title"] == "VP Sales"
    assert plan.result["city"] is None
    assert plan.discarded["city"] == "Moscow"
    assert plan.result["last_name"] == "Petrov"


def test_system_fields_belong_to_the_existing_row() -> None:
    plan = plan_merge(EXISTING, {**INCOMING, "id": 99, "version": 1}, MergeRule.TAKE_INCOMING)
    assert plan.result["id"] == 17
    assert plan.result["version"] == 3
    assert plan.decision("id").action == "system"
    assert "id" not in plan.discarded


def test_tags_are_unioned_case_insensitively() -> None:
    plan = plan_merge(EXISTING, INCOMING)
    assert plan.result["tags"] == ["conference", "vip", "webinar"]
    assert plan.decision("tags").action == "union"


def test_custom_fields_merge_key_by_key_with_their_own_rules() -> None:
    plan = plan_merge(EXISTING, INCOMING)
    assert plan.result["custom_fields"] == {
        "source_file": "expo.csv",
        "budget": "50k",
        "fiscal_year": "April",
    }
    assert plan.discarded["custom_fields.budget"] == "80k"
    taken = plan_merge(
        EXISTING, INCOMING, per_field={"custom_fields.budget": MergeRule.TAKE_INCOMING}
    )
    assert taken.result["custom_fields"]["budget"] == "80k"  # type: ignore[index]
    assert taken.discarded["custom_fields.budget"] == "50k"


def test_a_second_email_becomes_a_contact_point_with_its_status() -> None:
    plan = plan_merge(EXISTING, INCOMING)
    assert plan.result["email"] == "ivan.petrov@example.com"
    assert plan.result["email_status"] == "valid"
    assert plan.secondary_points == (
        SecondaryPoint(
            "email", " I.Petrov@Example.RU ", "i.petrov@example.ru", "risky", None, "incoming"
        ),
    )
    assert "email" not in plan.discarded
    assert "email_status" not in plan.discarded


def test_taking_the_incoming_email_moves_the_whole_group_and_keeps_the_old_one() -> None:
    plan = plan_merge(EXISTING, INCOMING, per_field={"email": MergeRule.TAKE_INCOMING})
    assert plan.result["email"] == "i.petrov@example.ru"
    assert plan.result["email_status"] == "risky"
    assert plan.result["email_key"] == "i.petrov@example.ru"
    (point,) = plan.secondary_points
    assert (point.normalized, point.status, point.source) == (
        "ivan.petrov@example.com",
        "valid",
        "existing",
    )
    assert plan.before["email"] == "ivan.petrov@example.com"


def test_same_email_in_other_case_is_no_second_address() -> None:
    incoming = {"email": "IVAN.PETROV@Example.com", "email_key": "ivan.petrov@example.com"}
    plan = plan_merge(EXISTING, incoming)
    assert plan.secondary_points == ()
    assert plan.result["email"] == "ivan.petrov@example.com"


def test_an_email_fills_a_contact_without_one_as_a_whole_group() -> None:
    plan = plan_merge(
        {"first_name": "Anna", "email": None, "email_status": None},
        {"email": "anna@acme.com", "email_status": "valid"},
    )
    assert plan.changes == {"email": "anna@acme.com", "email_status": "valid"}
    assert plan.secondary_points == ()


def test_phone_with_extension_becomes_a_contact_point_in_rfc3966_style() -> None:
    existing = {"phone_e164": "+74951234567", "phone_raw": "8 495 123-45-67"}
    incoming = {
        "phone_e164": "+74951234567",
        "phone_extension": "204",
        "phone_raw": "+7 495 123 45 67 ext 204",
    }
    plan = plan_merge(existing, incoming)
    (point,) = plan.secondary_points
    assert point.kind == "phone"
    assert point.normalized == "+74951234567;ext=204"
    assert plan.result["phone_e164"] == "+74951234567"


def test_do_not_contact_is_never_undone_and_is_always_taken() -> None:
    assert (
        plan_merge(
            {"do_not_contact": True}, {"do_not_contact": False}, MergeRule.TAKE_INCOMING
        ).result["do_not_contact"]
        is True
    )
    assert (
        plan_merge(
            {"do_not_contact": False}, {"do_not_contact": True}, MergeRule.KEEP_EXISTING
        ).result["do_not_contact"]
        is True
    )


def test_last_touched_keeps_the_later_time() -> None:
    early = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    late = dt.datetime(2024, 6, 1, tzinfo=dt.UTC)
    assert (
        plan_merge(
            {"last_touched_at": early}, {"last_touched_at": late}, MergeRule.KEEP_EXISTING
        ).result["last_touched_at"]
        == late
    )
    assert (
        plan_merge(
            {"last_touched_at": late}, {"last_touched_at": early}, MergeRule.TAKE_INCOMING
        ).result["last_touched_at"]
        == late
    )


def test_before_holds_exactly_the_old_values_of_changed_fields_for_undo() -> None:
    plan = plan_merge(EXISTING, INCOMING, MergeRule.TAKE_INCOMING)
    assert set(plan.before) == set(plan.changes)
    undone = {**plan.result, **plan.before}
    assert undone == {**EXISTING, **{k: None for k in INCOMING if k not in EXISTING}}


# --- properties -------------------------------------------------------------------------

_VALUES = st.one_of(st.none(), st.just(""), st.text(max_size=6), st.integers(-3, 3))
_FIELDS = st.sampled_from(["title", "city", "industry", "country", "employees"])
_RECORDS = st.dictionaries(_FIELDS, _VALUES, max_size=5)
_RULES = st.sampled_from(list(MergeRule))


@given(_RECORDS, _RECORDS)
def test_fill_empty_never_overwrites_a_non_empty_existing_value(
    existing: dict[str, object], incoming: dict[str, object]
) -> None:
    plan = plan_merge(existing, incoming, MergeRule.FILL_EMPTY)
    for name, value in existing.items():
        if not is_empty(value):
            assert plan.result[name] == value


@given(_RECORDS, _RECORDS, _RULES)
def test_no_non_empty_value_is_lost_whatever_the_rule(
    existing: dict[str, object], incoming: dict[str, object], rule: MergeRule
) -> None:
    plan = plan_merge(existing, incoming, rule)
    for side in (existing, incoming):
        for name, value in side.items():
            if is_empty(value):
                continue
            kept = plan.result.get(name)
            assert (
                kept == value
                or (
                    isinstance(kept, str)
                    and isinstance(value, str)
                    and kept.casefold().split() == value.casefold().split()
                )
                or plan.discarded.get(name) == value
            ), (name, value, plan)


_TAG_LISTS = st.lists(st.sampled_from(["a", "b", "B", "conference", "vip"]), max_size=4)
_EMAILS = st.sampled_from([None, "a@x.com", "A@X.com", "b@y.com"])


@given(_TAG_LISTS, _TAG_LISTS, _EMAILS, _EMAILS, _RULES)
def test_tags_and_email_addresses_survive_every_merge(
    old_tags: list[str],
    new_tags: list[str],
    old_email: str | None,
    new_email: str | None,
    rule: MergeRule,
) -> None:
    existing = {"tags": old_tags, "email": old_email}
    incoming = {"tags": new_tags, "email": new_email}
    plan = plan_merge(existing, incoming, rule)
    result_tags = {t.casefold() for t in plan.result["tags"] or []}  # type: ignore[attr-defined]
    assert {t.casefold() for t in [*old_tags, *new_tags]} == result_tags
    addresses = {plan.result["email"], *(p.normalized for p in plan.secondary_points)}
    addresses |= {v for v in plan.discarded.values() if isinstance(v, str)}
    folded = {a.casefold() for a in addresses if isinstance(a, str)}
    for email in (old_email, new_email):
        if email:
            assert email.casefold() in folded
