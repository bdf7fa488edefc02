"""Greetings per language, the Lithuanian vocative, languages from contacts, A/B picks."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.templating import (
    ContactData,
    Sender,
    TemplateContent,
    contact_language,
    greeting_name,
    lithuanian_vocative,
    merge_values,
    normalize_language,
    pick_ab_label,
    pick_language,
    render_content,
)

VOCATIVES = [
    ("Jonas", "Jonai"),
    ("Tomas", "Tomai"),
    ("Vytautas", "Vytautai"),
    ("Mindaugas", "Mindaugai"),
    ("Marius", "Mariau"),
    ("Paulius", "Pauliau"),
    ("Darius", "Dariau"),
    ("Jurgis", "Jurgi"),
    ("Kęstutis", "Kęstuti"),
    ("Gytis", "Gyti"),
    ("Kazys", "Kazy"),
    ("Stasys", "Stasy"),
    ("Eglė", "Egle"),
    ("Gintarė", "Gintare"),
    ("Rūta", "Rūta"),
    ("Ona", "Ona"),
    ("Ieva", "Ieva"),
    ("JONAS", "JONAI"),
    ("Jonas Paulius", "Jonai Pauliau"),
    ("Jonas-Paulius", "Jonai-Pauliau"),
    # Not a regular Lithuanian ending, or not a Lithuanian name: the nominative stays.
    ("John", "John"),
    ("Jo", "Jo"),
    ("Ričardas", "Ričardai"),
    ("Alžbeta", "Alžbeta"),
    ("Müller", "Müller"),
    ("Иван", "Иван"),
]


@pytest.mark.parametrize(("nominative", "vocative"), VOCATIVES)
def test_lithuanian_vocatives_follow_the_regular_endings(nominative: str, vocative: str) -> None:
    assert lithuanian_vocative(nominative) == vocative


@pytest.mark.parametrize(
    ("language", "parts", "expected"),
    [
        ("ru", ("Иван", "Петрович", "Петров"), "Иван Петрович"),
        ("ru", ("Иван", None, "Петров"), "Иван"),
        ("ru", (None, "Петрович", "Петров"), None),
        ("zh", ("伟", None, "张"), "张伟"),
        ("zh", ("Wei", None, "Zhang"), "Zhang Wei"),
        ("zh", ("伟", None, None), None),
        ("lt", ("Jonas", None, "Kazlauskas"), "Jonai"),
        ("lt", ("Eglė", None, "Kazlauskienė"), "Egle"),
        ("lt", (" ", None, "Kazlauskas"), None),
        ("en", ("Emma", "Jane", "Stone"), "Emma"),
        ("de", ("Jonas", None, "Müller"), "Jonas"),
        ("ru-RU", ("  Иван ", " Петрович", None), "Иван Петрович"),
    ],
)
def test_greeting_names_are_the_form_a_native_speaker_uses(
    language: str, parts: tuple[str | None, str | None, str | None], expected: str | None
) -> None:
    assert greeting_name(language, *parts) == expected


def test_the_greeting_follows_the_emails_language_not_the_contacts_origin() -> None:
    contact = ContactData(first_name="Jonas", last_name="Kazlauskas")
    sender = Sender("Anna", "anna@example.com")
    content = TemplateContent("s", "{{ greeting_name }} / {{ first_name | vocative }}")
    assert render_content(content, merge_values(contact, sender, "lt"), language="lt").text == (
        "Jonai / Jonai"
    )
    assert render_content(content, merge_values(contact, sender, "en"), language="en").text == (
        "Jonas / Jonai"
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnoprstuvyząčęėįšųūž", min_size=1, max_size=12))
def test_a_vocative_changes_only_the_ending(stem: str) -> None:
    name = stem.capitalize() + "as"
    vocative = lithuanian_vocative(name)
    assert vocative[: len(name) - 2] == name[:-2]
    assert len(vocative) - len(name) in (-1, 0)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_the_vocative_never_fails_and_keeps_anything_it_does_not_know(name: str) -> None:
    vocative = lithuanian_vocative(name)
    if not any(name.lower().endswith(e) for e in ("as", "us", "is", "ys", "ė")):
        assert vocative == " ".join(name.split(" ")).strip() or vocative == name.strip()


@pytest.mark.parametrize(
    ("custom", "country", "expected"),
    [
        ({}, "Russia", "ru"),
        ({}, "Belarus", "ru"),
        ({}, "KZ", "ru"),
        ({}, "中国", "zh"),
        ({}, "Taiwan", "zh"),
        ({}, "Singapore", "zh"),
        ({}, "Lithuania", "lt"),
        ({}, "Lietuva", "lt"),
        ({}, "Germany", "de"),
        ({}, "Atlantis", None),
        ({}, None, None),
        ({"language": "en"}, "Russia", "en"),
        ({"language": "ru-RU"}, "Germany", "ru"),
        ({"language": "Lithuanian"}, None, "lt"),
        ({"Language": "zh-TW"}, "Lithuania", "zh"),
        ({"Язык": "русский"}, None, "ru"),
        ({"language": "?"}, "Lithuania", "lt"),
    ],
)
def test_the_contacts_language_is_explicit_else_from_the_country(
    custom: dict[str, object], country: str | None, expected: str | None
) -> None:
    assert contact_language(custom, country) == expected


def test_language_names_normalise() -> None:
    assert [normalize_language(v) for v in ("RU", "zh_CN", "中文", "русский", "", 5)] == [
        "ru", "zh", "zh", "ru", None, None,
    ]  # fmt: skip


def test_a_language_without_a_variant_falls_back_to_the_default() -> None:
    assert pick_language({"en", "ru"}, "ru", "en") == "ru"
    assert pick_language({"en", "ru"}, "lt", "en") == "en"
    assert pick_language({"en"}, None, "en") == "en"


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from("ABCDE"), min_size=1, max_size=5, unique=True),
    st.dictionaries(st.sampled_from("ABCDE"), st.integers(0, 5)),
    st.integers(1, 60),
)
def test_ab_labels_are_handed_out_evenly_and_deterministically(
    labels: list[str], start: dict[str, int], picks: int
) -> None:
    counts = Counter({label: start.get(label, 0) for label in labels})
    # Start level, as a fresh A/B test does; the picks then keep every label within one.
    level = max(counts.values())
    counts = Counter(dict.fromkeys(labels, level))
    for _ in range(picks):
        chosen = pick_ab_label(labels, counts)
        assert chosen == pick_ab_label(list(reversed(labels)), counts)
        counts[chosen] += 1
    assert max(counts.values()) - min(counts.values()) <= 1


def test_ab_picks_catch_up_a_label_added_later() -> None:
    counts = {"A": 5, "B": 5}
    assert [pick_ab_label("ABC", counts | {"C": n}) for n in range(6)] == ["C"] * 5 + ["A"]
