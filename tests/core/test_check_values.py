"""The import workers' entry points answer exactly what the checks answer."""

from __future__ import annotations

from app.core.importing.check_values import (
    check_email_values,
    check_phone_values,
    company_values,
)
from app.core.validation import PhoneCheck, check_phone, normalize_company
from app.core.validation.companies import domain_from_website

PHONES: list[tuple[str, str | None]] = [
    ("8 (495) 123-45-67", "RU"),
    ("+7 701 206 1699", "RU"),
    ("+1 212 555 0100 ext. 12", None),
    ("020 7946 0000", None),  # no region
    ("+7 000 000-00-00", None),  # placeholder
    ("4.15555E+09", "US"),  # Excel
    ("+7 999 999 99 9", "RU"),  # possible length, not assigned
    ("+800 1234 5678", None),  # non-geographic
    ("", "RU"),
]


def test_phone_values_are_check_phone_fields() -> None:
    assert [PhoneCheck(*f) for f in check_phone_values(PHONES)] == [  # type: ignore[arg-type]
        check_phone(t, r, formatted=False) for t, r in PHONES
    ]


def test_email_values_are_fields_in_email_check_order() -> None:
    assert check_email_values(["John Doe <Ivan.Petrov@Example.COM>", "john@gmial.com", "n/a"]) == [
        ("valid", "Ivan.Petrov@example.com", (), None, "example.com", "example.com", "John Doe"),
        ("risky", "john@gmial.com", ("disposable_domain", "possible_typo"), "john@gmail.com",
         "gmial.com", "gmial.com", None),
        ("invalid", None, ("syntax",), None, None, None, None),
    ]  # fmt: skip


def test_company_values_repeat_answers() -> None:
    sites = ["https://www.Acme.com/about", "acme.com", "пример.рф", "not a site", "acme.com"]
    names = ["Acme, Inc.", "ACME inc", "Acme, Inc."]
    for _ in range(2):  # the second time from the cache
        keys, domains = company_values(names, sites)
        assert keys == [normalize_company(n) for n in names]
        assert domains == [domain_from_website(s) for s in sites]
