"""Names (casing, splitting) and companies (matching key, domain)."""

from __future__ import annotations

import pytest

from app.core.validation import (
    NameParts,
    clean_whitespace,
    company_domain,
    domain_from_email,
    domain_from_website,
    fix_name_case,
    normalize_company,
    split_full_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  John \t  Smith\n", "John Smith"),
        ("Anna\u00a0Maria", "Anna Maria"),
        ("Jo\u200bhn", "John"),
        (None, ""),
    ],
)
def test_clean_whitespace(text: str | None, expected: str) -> None:
    assert clean_whitespace(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IVAN PETROV", "Ivan Petrov"),
        ("ivan petrov", "Ivan Petrov"),
        ("MCDONALD", "McDonald"),
        ("ronald mcdonald", "Ronald McDonald"),
        ("VAN DER BERG", "van der Berg"),
        ("PIETER VAN DER BERG", "Pieter van der Berg"),
        ("VAN", "Van"),
        ("O'BRIEN", "O'Brien"),
        ("d'angelo", "D'Angelo"),
        ("ANNA-MARIA SCHMIDT", "Anna-Maria Schmidt"),
        ("ИВАН ПЕТРОВ", "Иван Петров"),
        ("JONAS JONAITIS", "Jonas Jonaitis"),
        ("ŽYDRŪNĖ ČIURLIONYTĖ", "Žydrūnė Čiurlionytė"),
        # Mixed case is the person's own spelling.
        ("McDonald", "McDonald"),
        ("DeShawn", "DeShawn"),
        ("Ludwig VAN Beethoven", "Ludwig VAN Beethoven"),
        # No case to fix.
        ("王小明", "王小明"),
        ("山田 太郎", "山田 太郎"),
    ],
)
def test_fix_name_case(text: str, expected: str) -> None:
    assert fix_name_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivan Petrov", NameParts("Ivan", "Petrov")),
        ("Петров Иван Сергеевич", NameParts("Иван", "Петров", "Сергеевич")),
        ("Иван Сергеевич Петров", NameParts("Иван", "Петров", "Сергеевич")),
        ("Петрова Анна Ивановна", NameParts("Анна", "Петрова", "Ивановна")),
        ("Petrov Ivan Sergeevich", NameParts("Ivan", "Petrov", "Sergeevich")),
        ("John Paul Aldrich", NameParts("John", "Aldrich", "Paul")),
        ("王小明", NameParts("小明", "王")),
        ("欧阳娜娜", NameParts("娜娜", "欧阳")),
        ("王 小明", NameParts("小明", "王")),
        ("山田 太郎", NameParts("太郎", "山田")),
        ("やまだたろう", NameParts("", "やまだたろう")),
        ("김민준", NameParts("민준", "김")),
        ("남궁민수", NameParts("민수", "남궁")),
        ("Ludwig van Beethoven", NameParts("Ludwig", "van Beethoven")),
        ("Juan Carlos de la Cruz", NameParts("Juan", "de la Cruz", "Carlos")),
        ("Smith, John", NameParts("John", "Smith")),
        ("Dr. John Q. Public Jr.", NameParts("John", "Public", "Q.")),
        ("Jonas Jonaitis", NameParts("Jonas", "Jonaitis")),
        ("Madonna", NameParts("Madonna", "")),
        ("", NameParts("", "")),
    ],
)
def test_split_full_name(text: str, expected: NameParts) -> None:
    assert split_full_name(text) == expected


def test_split_order_override() -> None:
    assert split_full_name("Wang Xiaoming", order="family_first") == NameParts("Xiaoming", "Wang")
    assert split_full_name("Wang Xiaoming") == NameParts("Wang", "Xiaoming")


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (["Acme, Inc.", "ACME Inc", "Acme Corporation", "acme llc", "The Acme"], None),
        (['ООО "Ромашка"', "Ромашка, ООО", "ООО «Ромашка»", "ромашка"], "ромашка"),
        (["ПАО Сбербанк", "Сбербанк"], "сбербанк"),
        (["Общество с ограниченной ответственностью «Вектор»", "Вектор"], "вектор"),
        (["Siemens AG", "SIEMENS"], "siemens"),
        (["Müller GmbH & Co. KG", "Müller GmbH"], "müller"),
        (["UAB „Telia Lietuva“", "Telia Lietuva, AB"], "telia lietuva"),
        (["腾讯控股股份有限公司", "腾讯控股有限公司", "腾讯控股"], "腾讯控股"),
        (["株式会社ソニー", "ソニー株式会社"], "ソニー"),
        (["Samsung Electronics Co., Ltd.", "Samsung Electronics"], "samsung electronics"),
        (["Polpharma Sp. z o.o.", "Polpharma S.A."], "polpharma"),
        (["Philips B.V.", "Philips N.V."], "philips"),
    ],
)
def test_normalize_company_matches_variants(names: list[str], key: str | None) -> None:
    keys = {normalize_company(name) for name in names if not name.startswith("The ")}
    assert len(keys) == 1
    if key is not None:
        assert keys == {key}


def test_normalize_company_keeps_a_name_that_is_only_a_legal_form() -> None:
    assert normalize_company("AB") == "ab"
    assert normalize_company("") == ""


@pytest.mark.parametrize(
    ("website", "domain"),
    [
        ("https://www.Acme.com/about?x=1", "acme.com"),
        ("acme.com", "acme.com"),
        ("www.acme.co.uk/contact", "acme.co.uk"),
        ("http://shop.acme.de:8080", "shop.acme.de"),
        ("//acme.lt", "acme.lt"),
        ("http://пример.рф", "xn--e1afmkfd.xn--p1ai"),
        ("www.com", "www.com"),
        ("not a url", None),
        ("n/a", None),
        ("", None),
        ("http://[::1]/", None),
    ],
)
def test_domain_from_website(website: str, domain: str | None) -> None:
    assert domain_from_website(website) == domain


def test_company_domain_prefers_website_and_skips_free_mail() -> None:
    assert company_domain("https://acme.io", "john@acme.com") == "acme.io"
    assert company_domain(None, "john@acme.com") == "acme.com"
    assert company_domain(None, "john@gmail.com") is None
    assert company_domain("", "ivan@mail.ru") is None
    assert domain_from_email("x@mailinator.com") is None
    assert domain_from_email("garbage") is None
