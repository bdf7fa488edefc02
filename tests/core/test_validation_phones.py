"""check_phone: phonenumbers' example numbers per region and our own samples."""

from __future__ import annotations

import subprocess
import sys

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType

from app.core.validation import check_phone, region_for_country
from app.core.validation.phones import kind_name

REGIONS = ["RU", "CN", "LT", "GB", "US", "DE", "FR", "JP", "KR", "IN", "BR", "KZ", "UA"]
TYPES = [
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.VOIP,
]


# Only the (region, type) pairs phonenumbers has an example for: a skipped case tests nothing.
EXAMPLES = [
    (region, number_type)
    for region in REGIONS
    for number_type in TYPES
    if phonenumbers.example_number_for_type(region, number_type) is not None
]


def test_example_set_is_broad() -> None:
    assert len(EXAMPLES) >= 3 * len(REGIONS)


@pytest.mark.parametrize(("region", "number_type"), EXAMPLES)
def test_example_numbers_round_trip(region: str, number_type: int) -> None:
    example = phonenumbers.example_number_for_type(region, number_type)
    assert example is not None
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    from_national = check_phone(national, default_region=region)
    from_e164 = check_phone(e164)
    assert from_national == from_e164
    assert from_e164.status == "valid"
    assert from_e164.e164 == e164
    assert from_e164.region == phonenumbers.region_code_for_number(example)
    assert from_e164.kind == kind_name(phonenumbers.number_type(example))
    expected_zones = tuple(
        z for z in phonenumbers.timezone.time_zones_for_number(example) if z != "Etc/Unknown"
    )
    assert from_e164.time_zones == expected_zones


@pytest.mark.parametrize("region", REGIONS)
def test_invalid_example_numbers_are_not_valid(region: str) -> None:
    example = phonenumbers.invalid_example_number(region)
    assert example is not None
    text = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert check_phone(text).status in ("risky", "invalid")


def test_number_type_shortcut_agrees_with_is_valid_number() -> None:
    # phones.py uses number_type() != UNKNOWN in place of is_valid_number().
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for number in (
            phonenumbers.example_number(region),
            phonenumbers.invalid_example_number(region),
        ):
            if number is None:
                continue
            valid = phonenumbers.is_valid_number(number)
            assert (phonenumbers.number_type(number) != PhoneNumberType.UNKNOWN) == valid


def test_design_example() -> None:
    p = check_phone("8 (495) 123-45-67", default_region="RU")
    assert (p.status, p.e164, p.kind, p.region, p.time_zones, p.extension, p.reasons) == (
        "valid",
        "+74951234567",
        "fixed_line",
        "RU",
        ("Europe/Moscow",),
        None,
        (),
    )


@pytest.mark.parametrize(
    ("text", "region", "e164", "kind", "zone"),
    [
        ("+7 (912) 345-67-89", None, "+79123456789", "mobile", None),
        ("8 800 555-35-35", "RU", "+78005553535", "toll_free", None),
        ("010-12345678", "CN", "+861012345678", "fixed_line", "Asia/Shanghai"),
        ("+86 138 0013 8000", None, "+8613800138000", "mobile", "Asia/Shanghai"),
        ("8 612 34567", "LT", "+37061234567", "mobile", None),
        ("(8 5) 212 3456", "LT", "+37052123456", "fixed_line", None),
        ("020 7946 0018", "GB", "+442079460018", "fixed_line", "Europe/London"),
        ("07400 123456", "GB", "+447400123456", "mobile", "Europe/London"),
        ("(650) 253-0000", "US", "+16502530000", "fixed_line_or_mobile", "America/Los_Angeles"),
        ("1-800-FLOWERS", "US", "+18003569377", "toll_free", None),
        ("030 1234567", "DE", "+49301234567", "fixed_line", "Europe/Berlin"),
        ("0151 23456789", "DE", "+4915123456789", "mobile", "Europe/Berlin"),
        ("00 49 30 1234567", "LT", "+49301234567", "fixed_line", "Europe/Berlin"),
    ],
)
def test_national_samples(
    text: str, region: str | None, e164: str, kind: str, zone: str | None
) -> None:
    result = check_phone(text, default_region=region)
    assert (result.status, result.e164, result.kind) == ("valid", e164, kind)
    if zone is not None:
        assert zone in result.time_zones


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("+7 495 123-45-67 доб. 123", "123"),
        ("+7 495 123-45-67 доб 4", "4"),
        ("+1 650-253-0000 x 55", "55"),
        ("+1 650-253-0000 ext. 12", "12"),
        ("+1 650-253-0000 extension 7", "7"),
        ("+1 650-253-0000 #123", "123"),
        ("+44 20 7946 0018;ext=99", "99"),
    ],
)
def test_extensions_are_split_off(text: str, extension: str) -> None:
    result = check_phone(text)
    assert result.extension == extension
    assert result.e164 is not None and extension not in result.e164.removeprefix("+")[-3:]


@pytest.mark.parametrize(
    ("text", "region", "reason"),
    [
        (None, "RU", "empty"),
        ("", "RU", "empty"),
        ("   ", "RU", "empty"),
        ("n/a", "RU", "not_a_number"),
        ("нет", "RU", "not_a_number"),
        ("-", "US", "not_a_number"),
        ("0000000", "RU", "placeholder"),
        ("+7 000 000 00 00", None, "placeholder"),
        ("1111111111", "US", "placeholder"),
        ("4.15555E+09", "US", "excel_mangled"),
        ("7.49512E+10", "RU", "excel_mangled"),
        ("495 123 45 67", None, "no_region"),
        ("+999 1234567", None, "bad_country_code"),
        ("+7 495 12", None, "too_short"),
        ("12" * 200, "US", "not_a_number"),
    ],
)
def test_garbage_is_invalid(text: str | None, region: str | None, reason: str) -> None:
    result = check_phone(text, default_region=region)
    assert (result.status, result.e164, result.reasons) == ("invalid", None, (reason,))


def test_possible_but_unassigned_is_risky() -> None:
    # +44 7700 900xxx is Ofcom's range reserved for drama: the right length, not valid.
    result = check_phone("+44 7700 900123")
    assert (result.status, result.e164, result.region, result.reasons) == (
        "risky",
        "+447700900123",
        "GB",
        ("not_assigned",),
    )


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("Russia", "RU"), ("RU", "RU"), ("Россия", "RU"), ("russian federation", "RU"),
        ("United Kingdom", "GB"), ("UK", "GB"), ("U.K.", "GB"), ("gb", "GB"),
        ("Deutschland", "DE"), ("Germany", "DE"), ("中国", "CN"), ("China", "CN"),
        ("Lithuania", "LT"), ("Lietuva", "LT"), ("Литва", "LT"), ("LTU", "LT"),
        ("USA", "US"), ("United States", "US"), ("США", "US"), ("  united   states ", "US"),
        ("fr", "FR"), ("Narnia", None), ("", None), (None, None), ("XX", None),
    ],
)  # fmt: skip
def test_region_for_country(country: str | None, region: str | None) -> None:
    assert region_for_country(country) == region


def test_geocoder_and_carrier_are_not_imported() -> None:
    code = (
        "import sys, app.core.validation as v; "
        "v.check_phone('+74951234567'); "
        "print(sorted(m for m in sys.modules if m.startswith(('phonenumbers.geocoder', "
        "'phonenumbers.carrier', 'phonenumbers.geodata', 'phonenumbers.carrierdata', "
        "'PySide6', 'sqlalchemy', 'dns.resolver'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
