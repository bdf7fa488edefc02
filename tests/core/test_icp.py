"""ICP profiles, seniority from titles and fit scores."""

from __future__ import annotations

import pytest

from app.core.icp import (
    WEIGHTS,
    FitScore,
    IcpProfile,
    Seniority,
    compile_keywords,
    detect_seniority,
    score_contact,
    score_contacts,
)

PROFILE = IcpProfile(
    name="Mid-market software, DACH",
    industries=("Software", "SaaS"),
    title_keywords=("sales", "revenue", "vertrieb", "продаж", "销售"),
    seniorities=("c_level", "vp", "director"),
    min_employees=50,
    max_employees=1000,
    countries=("DACH", "Russia"),
    excluded_domains=("competitor.com",),
)

FITTING = {
    "title": "VP Sales",
    "industry": "Computer Software",
    "employees": 250,
    "country": "Germany",
    "email": "anna@fintech.de",
}


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("CEO", Seniority.C_LEVEL),
        ("Co-Founder & CTO", Seniority.C_LEVEL),
        ("Генеральный директор", Seniority.C_LEVEL),
        ("Финансовый директор", Seniority.C_LEVEL),
        ("Geschäftsführerin", Seniority.C_LEVEL),
        ("Directeur Général", Seniority.C_LEVEL),
        ("Director General", Seniority.C_LEVEL),
        ("总经理", Seniority.C_LEVEL),
        ("公司CEO", Seniority.C_LEVEL),
        ("Senior Vice President, Marketing", Seniority.VP),
        ("Заместитель генерального директора", Seniority.VP),
        ("副总经理", Seniority.VP),
        ("Head of Sales", Seniority.DIRECTOR),
        ("Directeur commercial", Seniority.DIRECTOR),
        ("Director de ventas", Seniority.DIRECTOR),
        ("Vertriebsleiter", Seniority.DIRECTOR),
        ("Руководитель отдела продаж", Seniority.DIRECTOR),
        ("销售总监", Seniority.DIRECTOR),
        ("Teamleiter Vertrieb", Seniority.MANAGER),
        ("Sales Manager", Seniority.MANAGER),
        ("Gerente de ventas", Seniority.MANAGER),
        ("Responsable marketing", Seniority.MANAGER),
        ("销售经理", Seniority.MANAGER),
        ("Software Engineer", Seniority.INDIVIDUAL),
        ("Assistant to the CEO", Seniority.INDIVIDUAL),
        ("Помощник генерального директора", Seniority.INDIVIDUAL),
        ("Chief of Staff", Seniority.INDIVIDUAL),
        ("Product Owner", Seniority.INDIVIDUAL),
    ],
)
def test_seniority_from_titles_in_six_languages(title: str, level: Seniority) -> None:
    assert detect_seniority(title) is level


def test_no_title_has_no_seniority() -> None:
    assert detect_seniority(None) is None
    assert detect_seniority("   ") is None


def test_keywords_match_word_starts_short_ones_whole_words_and_cjk_anywhere() -> None:
    pattern = compile_keywords(["IT", "market", "销售"])
    assert pattern is not None
    assert pattern.search("it director")
    assert not pattern.search("editor")  # "it" inside a word is no match
    assert pattern.search("head of marketing")
    assert not pattern.search("supermarket manager")
    assert pattern.search("华东区销售总监")
    assert compile_keywords(["", "  "]) is None


def test_a_contact_meeting_every_criterion_scores_100_with_reasons() -> None:
    fit = score_contact(PROFILE, FITTING)
    assert fit == FitScore(
        100,
        (
            "industry:software",
            "title:sales",
            "seniority:vp",
            "company_size:250",
            "country:DE",
        ),
        (),
    )


def test_weights_add_up_to_100_and_partial_fits_score_by_weight() -> None:
    assert sum(WEIGHTS.values()) == 100
    contact = {**FITTING, "country": "France", "employees": 20}
    fit = score_contact(PROFILE, contact)
    assert fit.score == 100 - WEIGHTS["country"] - WEIGHTS["company_size"]
    assert fit.missed == ("company_size:20", "country:FR")


def test_a_contact_matching_nothing_scores_0() -> None:
    contact = {"title": "Barista", "industry": "Hospitality", "employees": 5, "country": "US"}
    fit = score_contact(PROFILE, contact)
    assert fit.score == 0
    assert fit.matched == ()
    assert "seniority:individual" in fit.missed


def test_unknown_data_is_a_miss_marked_unknown() -> None:
    fit = score_contact(PROFILE, {"industry": "SaaS"})
    assert fit.score == WEIGHTS["industry"]
    assert set(fit.missed) == {
        "title:unknown",
        "seniority:unknown",
        "company_size:unknown",
        "country:unknown",
    }


def test_excluded_domain_scores_0_whatever_else_fits() -> None:
    for contact in (
        {**FITTING, "email": "anna@competitor.com"},
        {**FITTING, "email": "anna@eu.competitor.com"},
        {**FITTING, "website": "https://www.Competitor.com/about"},
        {**FITTING, "domain": "competitor.com"},
    ):
        fit = score_contact(PROFILE, contact)
        assert fit.score == 0
        assert fit.excluded
        assert fit.missed == ("excluded_domain:competitor.com",)
    # A domain that only ends with the same letters is not excluded.
    assert score_contact(PROFILE, {**FITTING, "email": "a@notcompetitor.com"}).score == 100


def test_only_set_criteria_count() -> None:
    profile = IcpProfile(industries=["Banking"], countries=["Россия"])
    assert score_contact(profile, {"industry": "Retail Banking", "country": "RU"}).score == 100
    assert score_contact(profile, {"industry": "Retail Banking", "country": "KZ"}).score == 75


def test_a_profile_without_criteria_says_nothing_about_fit() -> None:
    fit = score_contact(IcpProfile(excluded_domains=["x.com"]), FITTING)
    assert (fit.score, fit.missed) == (0, ("no_criteria",))


def test_company_size_bounds_and_vendor_formats() -> None:
    profile = IcpProfile(min_employees=51, max_employees=200)
    assert score_contact(profile, {"employees": "51-200"}).score == 100
    assert score_contact(profile, {"employee_count": "1,200"}).score == 0
    assert score_contact(profile, {"employees": 200}).score == 100
    assert score_contact(profile, {"employees": 50}).score == 0
    open_top = IcpProfile(min_employees=1000)
    assert score_contact(open_top, {"employees": "10000+"}).score == 100


def test_russian_and_chinese_contacts_score_on_their_own_words() -> None:
    ru = {
        "title": "Руководитель отдела продаж",
        "industry": "SaaS",
        "employees": 300,
        "country": "Россия",
    }
    cn = {"title": "华东区销售总监", "industry": "Software", "employees": 800, "country": "中国"}
    assert score_contact(PROFILE, ru).score == 100
    fit = score_contact(PROFILE, cn)
    assert fit.score == 100 - WEIGHTS["country"]
    assert "title:销售" in fit.matched


def test_profiles_from_storage_rows_and_validation_of_seniorities() -> None:
    row = {
        "id": 3,
        "name": "P",
        "industries": ["Software"],
        "seniorities": ["vp"],
        "min_employees": None,
        "active": True,
    }
    profile = IcpProfile.from_mapping(row)
    assert profile.industries == ("Software",)
    hash(profile)  # lists became tuples: the compiled profile can be cached
    with pytest.raises(ValueError, match="boss"):
        IcpProfile(seniorities=("boss",))


def test_scoring_many_contacts_gives_the_same_answers_as_one_by_one() -> None:
    contacts = [FITTING, {"title": "Intern"}, {**FITTING, "email": "x@competitor.com"}] * 3
    assert list(score_contacts(PROFILE, contacts)) == [score_contact(PROFILE, c) for c in contacts]
