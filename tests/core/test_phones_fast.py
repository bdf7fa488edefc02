"""phone_fields' shortcuts give what the straightforward phonenumbers calls give.

check_phone classifies a number in one pass over precompiled metadata (region and type
together), parses plain numbers without their punctuation and looks time zones up by
the prefix lengths a calling code can have; check workers also normalize ASCII digits
without phonenumbers' per-character loop and skip its extension search for bare digits.
Each shortcut is held here to the library's public functions: on every region's example
numbers of every type, on the non-geographic codes' examples, on invalid examples and on
generated input.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from phonenumbers import (
    NumberParseException,
    PhoneNumber,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
    phonenumberutil,
)
from phonenumbers import timezone as phone_timezone

from app.core.validation import check_phone
from app.core.validation.phones import (
    PhoneFields,
    _normalize_digits_only,
    _parse_text,
    _region_and_type,
    _strip_extension,
    kind_name,
    phone_fields,
    speed_up_parsing,
)

_TYPES = sorted(
    value
    for name, value in vars(PhoneNumberType).items()
    if name.isupper() and isinstance(value, int) and name != "UNKNOWN"
)
_REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "bad_country_code",
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_LONG: "too_long",
}
_IMPOSSIBLE_REASONS = {
    ValidationResult.INVALID_COUNTRY_CODE: "bad_country_code",
    ValidationResult.TOO_SHORT: "too_short",
    ValidationResult.TOO_LONG: "too_long",
    ValidationResult.INVALID_LENGTH: "bad_length",
}


def _reference(text: str, region: str | None) -> PhoneFields:
    """check_phone(formatted=False) spelled out with phonenumbers' public functions only."""

    def invalid(reason: str) -> PhoneFields:
        return ("invalid", None, None, None, None, (), (reason,), None)

    raw = text.strip()
    if not raw:
        return invalid("empty")
    if len(raw) > 250:
        return invalid("not_a_number")
    if phonenumbers.re_util.re.match(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$", raw):
        return invalid("excel_mangled")
    default = region.upper() if region else None
    try:
        number = phonenumbers.parse(raw, default)
    except NumberParseException as exc:
        if (
            exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
            and default is None
            and not raw.startswith("+")
        ):
            return invalid("no_region")
        return invalid(_PARSE_REASONS.get(exc.error_type, "not_a_number"))
    national = str(number.national_number)
    if number.national_number == 0 or len(set(national)) == 1:
        return invalid("placeholder")
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    extension = number.extension or None
    if phonenumbers.is_valid_number(number):
        zones = tuple(z for z in phone_timezone.time_zones_for_number(number) if z != "Etc/Unknown")
        return ("valid", e164, extension, kind_name(phonenumbers.number_type(number)),
                phonenumbers.region_code_for_number(number), zones, (), None)  # fmt: skip
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        if (number.number_of_leading_zeros or 1) > 1:  # "00" after the country code
            return invalid("not_a_number")
        main = phonenumbers.region_code_for_country_code(number.country_code)
        return ("risky", e164, extension, None, None if main == "ZZ" else main, (),
                ("not_assigned",), None)  # fmt: skip
    return invalid(_IMPOSSIBLE_REASONS.get(possible, "bad_length"))


def _examples() -> list[PhoneNumber]:
    numbers = []
    for region in _REGIONS:
        for number_type in _TYPES:
            found = phonenumbers.example_number_for_type(region, number_type)
            if found is not None:
                numbers.append(found)
        invalid = phonenumbers.invalid_example_number(region)
        if invalid is not None:
            numbers.append(invalid)
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        found = phonenumbers.example_number_for_non_geo_entity(code)
        if found is not None:
            numbers.append(found)
    return numbers


EXAMPLES = _examples()


def test_examples_cover_every_region_and_many_types() -> None:
    regions = {phonenumbers.region_code_for_number(n) for n in EXAMPLES}
    kinds = {phonenumbers.number_type(n) for n in EXAMPLES}
    assert len(regions) >= len(_REGIONS)  # every region, plus "001" and None
    assert len(kinds) >= 10
    # Shared calling codes (+1, +7, +44...) are where the one-pass search differs most.
    assert sum(len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[n.country_code]) > 1
               for n in EXAMPLES) > 100  # fmt: skip


def test_region_and_type_match_phonenumbers_on_examples() -> None:
    mismatches = [
        (n, got, want)
        for n in EXAMPLES
        if (got := _region_and_type(n.country_code, phonenumbers.national_significant_number(n)))
        != (want := (phonenumbers.region_code_for_number(n), phonenumbers.number_type(n)))
    ]
    assert mismatches == []


@pytest.mark.parametrize("number_format", [PhoneNumberFormat.E164,
                                           PhoneNumberFormat.INTERNATIONAL,
                                           PhoneNumberFormat.NATIONAL])  # fmt: skip
def test_fields_match_reference_on_examples(number_format: int) -> None:
    mismatches = []
    for number in EXAMPLES:
        text = phonenumbers.format_number(number, number_format)
        region = phonenumbers.region_code_for_number(number)
        for default in (region, None, "US"):
            got = phone_fields(text, default, formatted=False)
            want = _reference(text, default)
            if got != want:
                mismatches.append((text, default, got, want))
    assert mismatches == []


def test_check_phone_is_phone_fields() -> None:
    for number in EXAMPLES[::7]:
        text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        assert tuple(
            getattr(check_phone(text), f)
            for f in ("status", "e164", "extension", "kind", "region", "time_zones",
                      "reasons", "international")
        ) == phone_fields(text)  # fmt: skip


def test_plain_numbers_lose_only_their_punctuation() -> None:
    assert _parse_text("8 (495) 123-45-67") == "84951234567"
    assert _parse_text("+1 212.555.0100") == "+12125550100"
    # Kept as written: an extension, letters, non-ASCII digits, a "+" inside, too short.
    for text in ("+1 212 555 0100 x12", "1-800-FLOWERS", "８００１２３", "8 +7 495", "1-2"):
        assert _parse_text(text) == text


def _parsed(text: str, region: str | None) -> tuple[object, ...]:
    try:
        n = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return ("error", exc.error_type)
    return (n.country_code, n.national_number, n.extension, n.italian_leading_zero,
            n.number_of_leading_zeros)  # fmt: skip


_regions = st.one_of(st.none(), st.sampled_from(_REGIONS))
_plain = st.builds(
    lambda plus, parts: ("+" if plus else "") + "".join(parts),
    st.booleans(),
    st.lists(st.sampled_from([*"0123456789", *"0123456789", " ", "-", "(", ")", "."]),
             min_size=0, max_size=24),
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_plain, _regions)
@example("1-2", "RU")
@example("+(7) 495 123-45-67", None)
@example("8 (800) 555-35-35", "RU")
@example("011 44 20 7946 0000", "US")
def test_parsing_the_bare_digits_changes_nothing(text: str, region: str | None) -> None:
    assert _parsed(_parse_text(text), region) == _parsed(text, region)


# Numbers built the way lists write them: a calling code or trunk prefix, then digits.
_prefixes = st.sampled_from(["", "+", "+1 ", "+7 ", "+44 ", "8 ", "0", "00", "011 ", "+800 "])
_digits = st.text(alphabet="0123456789 -()", min_size=0, max_size=16)
_garbage = st.text(max_size=30)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.builds(lambda p, d: p + d, _prefixes, _digits), _garbage), _regions)
@example("8 (495) 123-45-67", "RU")
@example("+1 441 299 1234", None)  # Bermuda: +1 with leading digits
@example("+44 1481 712345", None)  # Guernsey under +44
@example("+7 701 206 1699", "RU")  # Kazakhstan under +7
@example("+1 212 555 0100 ext. 12", None)
@example("4.15555E+09", "US")
def test_fields_match_reference_on_generated_input(text: str, region: str | None) -> None:
    assert phone_fields(text, region, formatted=False) == _reference(text, region)


_LIBRARY_NORMALIZE = phonenumberutil.normalize_digits_only


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(st.text(max_size=30), st.text(alphabet="0123456789+-() .x#٣８۵𝟗²", max_size=30)),
    st.booleans(),
)
@example("8 (495) 123-45-67", False)
@example("+7 ٣٣٣ ８８８", False)
@example("12a34", True)
def test_fast_digit_normalization_is_the_library_s(text: str, keep: bool) -> None:
    assert _normalize_digits_only(text, keep) == _LIBRARY_NORMALIZE(text, keep)


_LIBRARY_STRIP_EXTENSION = phonenumberutil._maybe_strip_extension


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.text(max_size=30),
        st.text(alphabet="0123456789+-() .,;x#~٣８ext", max_size=30),
        st.from_regex(r"\+?[0-9]{1,20}", fullmatch=True),
        # Bare digits but for one extension marker: the fast path must not take them.
        st.from_regex(r"\+?[0-9]{1,12}[#x;,~ -]{1,2}[0-9]{0,6}#?", fullmatch=True),
    )
)
@example("12#34")
@example("+12125550100")
@example("2125550100 x12")
@example("2125550100#")
@example("212-555-0100 ;ext=12")
def test_fast_extension_stripping_is_the_library_s(text: str) -> None:
    assert _strip_extension(text) == _LIBRARY_STRIP_EXTENSION(text)


@contextmanager
def _sped_up() -> Iterator[None]:
    names = ("normalize_digits_only", "_maybe_strip_extension")
    originals = {name: getattr(phonenumberutil, name) for name in names}
    speed_up_parsing()
    try:
        assert phonenumberutil.normalize_digits_only is _normalize_digits_only
        assert phonenumberutil._maybe_strip_extension is _strip_extension
        yield
    finally:
        for name, original in originals.items():
            setattr(phonenumberutil, name, original)


def test_sped_up_parsing_changes_no_verdict() -> None:
    texts = [
        phonenumbers.format_number(n, f)
        for n in EXAMPLES
        for f in (PhoneNumberFormat.E164, PhoneNumberFormat.NATIONAL, PhoneNumberFormat.RFC3966)
    ]
    texts += ["8 (495) 123-45-67", "+7 ٩١٢ ١٢٣ ٤٥ ٦٧", "＋44 20 7946 0000", "1-800-FLOWERS",
              "+1 212 555 0100 ext. 12", "011 44 20 7946 0000", "n/a", "+"]  # fmt: skip
    regions = [None, "RU", "US", "GB", "DE", "IT", "BR"]
    want = [_reference(t, r) for t in texts for r in regions]
    with _sped_up():
        got = [phone_fields(t, r, formatted=False) for t in texts for r in regions]
    assert got == want
    assert phonenumberutil.normalize_digits_only is _LIBRARY_NORMALIZE
    assert phonenumberutil._maybe_strip_extension is _LIBRARY_STRIP_EXTENSION


def test_speed_up_parsing_is_done_once() -> None:
    with _sped_up():
        speed_up_parsing()
        assert phonenumberutil.normalize_digits_only is _normalize_digits_only
