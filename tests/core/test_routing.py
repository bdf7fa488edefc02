"""Inbound routing's pure rules: the weighted round-robin and web-form parsing."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from app.core.routing import RotationSlot, joining_pass, pick_next, stride
from app.core.routing.webforms import FormRule, parse_form, pick_rule

TILDA = """Имя: Иван Петров
Email: ivan.petrov@acme.ru
Телефон: +7 495 123-45-67
Компания: Акме
Сообщение: Позвоните мне,
  нужно 20 мест.
"""
CUSTOM = """Lead details
Your full name*: Jonas Jonaitis
Work address*: jonas@uab.lt
Org: UAB Pavyzdys
"""


def _simulate(weights: list[int], away: set[int], turns: int) -> Counter[int]:
    """The pure rotation, as the storage layer drives it."""
    slots = {i: RotationSlot(i, 0, w) for i, w in enumerate(weights) if i not in away}
    shares: Counter[int] = Counter()
    for _ in range(turns):
        chosen = pick_next(slots.values())
        assert chosen is not None
        shares[chosen.rep_id] += 1
        slots[chosen.rep_id] = RotationSlot(
            chosen.rep_id, chosen.pass_ + stride(chosen.weight), chosen.weight
        )
    return shares


@given(
    weights=st.lists(st.integers(min_value=1, max_value=10), min_size=1, max_size=6),
    away_mask=st.lists(st.booleans(), min_size=6, max_size=6),
    rounds=st.integers(min_value=1, max_value=40),
)
def test_shares_follow_the_weights_and_away_reps_get_none(
    weights: list[int], away_mask: list[bool], rounds: int
) -> None:
    away = {i for i in range(len(weights)) if away_mask[i]}
    if len(away) == len(weights):
        away.discard(0)
    present = [i for i in range(len(weights)) if i not in away]
    total_weight = sum(weights[i] for i in present)
    turns = total_weight * rounds
    shares = _simulate(weights, away, turns)
    assert not set(shares) & away
    for rep in present:
        # Whole rounds: each rep got exactly its weight per round.
        assert shares[rep] == weights[rep] * rounds


def test_joining_pass_moves_a_laggard_up_only() -> None:
    others = [RotationSlot(1, 500, 1), RotationSlot(2, 300, 1)]
    assert joining_pass(0, others) == 300
    assert joining_pass(900, others) == 900
    assert joining_pass(7, []) == 7


def test_labels_are_read_by_the_rule_then_the_defaults() -> None:
    fields = parse_form(TILDA, FormRule())
    assert fields == {
        "name": "Иван Петров", "email": "ivan.petrov@acme.ru", "phone": "+7 495 123-45-67",
        "company": "Акме", "message": "Позвоните мне,\nнужно 20 мест.",
    }  # fmt: skip
    labels = {"Your full name": "name", "Work address": "email", "Org": "company"}
    rule = FormRule(sender="forms@uab", labels=labels)
    assert parse_form(CUSTOM, rule) == {
        "name": "Jonas Jonaitis", "email": "jonas@uab.lt", "company": "UAB Pavyzdys",
    }  # fmt: skip
    assert parse_form("Hello, just saying hi", FormRule()) == {}  # no email, no phone
    assert pick_rule([rule], "Forms <forms@uab.lt>", "New lead") is rule
    assert pick_rule([rule], "someone@else.example", "New lead") is None
    assert pick_rule([], "anyone", "anything") == FormRule()
