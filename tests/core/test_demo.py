"""The demo generator: reproducible, varied, and as messy as real lists on purpose."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from app.core.demo import (
    COUNTRIES,
    COUNTRY_BY_CODE,
    DemoCompany,
    DemoDataGenerator,
    DemoPerson,
    ascii_fold,
    transliterate,
)

CYRILLIC = re.compile("[\u0400-\u04ff]")
CJK = re.compile("[\u4e00-\u9fff]")


def make_people(seed: int, count: int) -> tuple[list[DemoCompany], list[DemoPerson]]:
    gen = DemoDataGenerator(seed)
    companies = gen.companies(max(1, count // 8))
    people = [gen.person(companies[i % len(companies)]) for i in range(count)]
    return companies, people


@pytest.fixture(scope="module")
def sample() -> tuple[list[DemoCompany], list[DemoPerson]]:
    return make_people(7, 4000)


def test_same_seed_gives_the_same_data() -> None:
    assert make_people(3, 300) == make_people(3, 300)


def test_another_seed_gives_other_data() -> None:
    assert make_people(3, 300)[1] != make_people(4, 300)[1]


def test_every_country_is_represented(sample: tuple[list[DemoCompany], list[DemoPerson]]) -> None:
    _, people = sample
    countries = Counter(p.country_code for p in people)
    assert set(countries) == {c.code for c in COUNTRIES}
    # The biggest market is the United States, by its weight.
    assert countries.most_common(1)[0][0] == "US"


def test_russian_names_are_cyrillic_with_patronymics(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    russians = [p for p in sample[1] if p.country_code == "RU" and p.email_kind != "duplicate"]
    in_cyrillic = [p for p in russians if p.first_name and CYRILLIC.search(p.first_name)]
    assert russians and len(in_cyrillic) >= len(russians) * 0.9
    for person in in_cyrillic:
        # "Иван Петрович Смирнов": given name, patronymic, family name.
        parts = person.full_name.split()
        assert len(parts) >= 3
        assert parts[1].endswith(("вич", "вна", "ична"))


def test_female_russian_and_lithuanian_surnames_take_female_forms(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    women = [p for p in sample[1] if p.gender == "f" and p.email_kind != "duplicate"]
    ru = [p.last_name for p in women if p.country_code == "RU" and p.last_name]
    lt = [p.last_name for p in women if p.country_code == "LT" and p.last_name]
    ru_cyrillic = [n for n in ru if CYRILLIC.search(n)]
    assert ru and len(ru_cyrillic) >= len(ru) * 0.9
    assert all(n.endswith(("а", "ая")) for n in ru_cyrillic)
    assert lt and all(n.endswith(("ienė", "aitė", "ūtė", "utė")) for n in lt if "-" not in n)


def test_chinese_names_put_the_family_name_first(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    chinese = [p for p in sample[1] if p.country_code == "CN" and p.email_kind != "duplicate"]
    in_hanzi = [p for p in chinese if p.last_name and CJK.search(p.last_name)]
    assert chinese and len(in_hanzi) >= len(chinese) * 0.9
    for person in in_hanzi:
        assert person.full_name == f"{person.last_name}{person.first_name}"


def test_lithuanian_diacritics_are_kept_in_names_but_not_in_emails(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    lithuanians = [p for p in sample[1] if p.country_code == "LT"]
    assert any(set(p.full_name) & set("ŠšŽžĖėŪūĄąČč") for p in lithuanians)
    work = [p.email for p in lithuanians if p.email_kind == "work" and p.email]
    assert work and all(address.isascii() for address in work)


def test_local_language_titles_appear(sample: tuple[list[DemoCompany], list[DemoPerson]]) -> None:
    titles = {p.title for p in sample[1]}
    assert {"Директор по продажам", "销售总监"} <= titles
    assert any(CYRILLIC.search(t) for t in titles)
    assert any(t in titles for t in ("Leiter Vertrieb", "Leiterin Vertrieb", "Head of Sales"))


def test_email_problems_are_present_for_the_validator(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    kinds = Counter(p.email_kind for p in sample[1])
    assert kinds["work"] > len(sample[1]) * 0.6  # mostly fine
    for kind in ("role", "free", "typo", "invalid", "missing", "disposable", "messy"):
        assert kinds[kind] > 0, kind
    typos = [p.email for p in sample[1] if p.email_kind == "typo"]
    assert all(p and "@" in p for p in typos)
    assert any(p and p.endswith(("gmial.com", "gmail.con", "hotmial.com")) for p in typos)


def test_work_emails_are_unique_case_insensitively(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    work = [p.email.casefold() for p in sample[1] if p.email_kind == "work" and p.email]
    assert len(work) == len(set(work))


def test_near_duplicates_repeat_an_earlier_person(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    people = sample[1]
    duplicates = [p for p in people if p.email_kind == "duplicate"]
    assert duplicates
    originals = {(p.last_name, p.phone) for p in people if p.email_kind != "duplicate"}
    assert all((d.last_name, d.phone) in originals for d in duplicates)


def test_phones_look_local_and_some_are_junk(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    people = sample[1]
    us = [p.phone for p in people if p.country_code == "US" and p.phone]
    assert any("555-01" in n or "555.01" in n for n in us)
    ru = [p.phone for p in people if p.country_code == "RU" and p.phone]
    assert any(n.startswith(("8 (", "+7")) for n in ru)
    assert any(p.phone in ("n/a", "tbd", "123", "ask reception") for p in people)
    assert any(p.phone is None for p in people)


def test_some_names_are_very_long_or_single(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    _, people = make_people(11, 20000)
    assert any(len(p.full_name) > 45 for p in people)
    assert any(p.last_name is None for p in people if p.country_code == "IN")


def test_companies_have_unique_domains_and_local_legal_forms(
    sample: tuple[list[DemoCompany], list[DemoPerson]],
) -> None:
    companies = sample[0]
    domains = [c.domain for c in companies]
    assert len(domains) == len(set(domains))
    assert all(re.fullmatch(r"[a-z0-9-]+(\.[a-z]+)+", d) for d in domains)
    names = " ".join(c.name for c in companies)
    for form in ("GmbH", "ООО", "有限公司", "UAB", "株式会社", "Ltda."):
        assert form in names, form
    for company in companies:
        assert company.employee_count > 0
        assert company.country == COUNTRY_BY_CODE[company.country_code].name


def test_sources_and_lead_types(sample: tuple[list[DemoCompany], list[DemoPerson]]) -> None:
    people = sample[1]
    assert {p.source for p in people} == {"inbound", "outbound", "referral"}
    assert {p.lead_type for p in people} == {"seed", "net", "spear"}
    outbound = [p for p in people if p.source == "outbound" and p.email_kind != "duplicate"]
    spears = sum(p.lead_type == "spear" for p in outbound)
    assert spears > len(outbound) * 0.8


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Šimkus", "Simkus"), ("Müller", "Muller"), ("Weiß", "Weiss"), ("Conceição", "Conceicao")],
)
def test_ascii_fold(text: str, expected: str) -> None:
    assert ascii_fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Иван", "Ivan"), ("Щукин", "Shchukin"), ("Юлия", "Yuliya"), ("Фёдоров", "Fedorov")],
)
def test_transliterate(text: str, expected: str) -> None:
    assert transliterate(text) == expected


def test_weighted_choice_matches_random_choices() -> None:
    import random
    from itertools import accumulate

    from app.core.demo import weighted_choice

    items, cum = list("abcde"), list(accumulate([5, 1, 3, 0, 2]))
    ours, theirs = random.Random(5), random.Random(5)
    picks = [weighted_choice(ours, items, cum) for _ in range(5000)]
    assert picks == [theirs.choices(items, cum_weights=cum)[0] for _ in range(5000)]
    assert "d" not in picks  # a zero weight is never picked
