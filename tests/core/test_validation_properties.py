"""Property-based tests: the checks never raise and normalization is idempotent."""

from __future__ import annotations

import phonenumbers
from email_validator import validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.validation import check_email, check_phone, fix_name_case, normalize_company
from app.core.validation.reasons import REASONS

SETTINGS = settings(max_examples=300, deadline=None)

# Address-like text: mixes the characters that matter to the parser with arbitrary ones.
address_like = st.lists(
    st.one_of(
        st.sampled_from(list('@.<>"()[]\\ ,;:+-_!%/\r\n\t') + ["mailto:", "xn--", ".com", ".рф"]),
        st.text(min_size=1, max_size=8),
    ),
    max_size=12,
).map("".join)

phone_like = st.lists(
    st.one_of(
        st.sampled_from(list("+()- .#x0123456789") + ["ext.", "доб.", "E+", "00", "8 "]),
        st.text(max_size=4),
    ),
    max_size=14,
).map("".join)

regions = st.one_of(st.none(), st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))


@SETTINGS
@given(st.one_of(st.text(), address_like, st.emails()))
def test_check_email_never_raises_and_is_idempotent(text: str) -> None:
    result = check_email(text)
    assert result.status in ("valid", "risky", "invalid")
    assert all(code in REASONS for code in result.reasons)
    assert (result.normalized is None) == (result.status == "invalid")
    if result.normalized is not None:
        again = check_email(result.normalized)
        assert again.normalized == result.normalized
        assert again.status == result.status


@SETTINGS
@given(st.emails())
def test_usable_addresses_are_accepted_by_email_validator(text: str) -> None:
    result = check_email(text)
    if result.normalized is not None:
        assert validate_email(result.normalized, check_deliverability=False).normalized == (
            result.normalized
        )


@SETTINGS
@given(st.one_of(st.text(), phone_like), regions)
@example("0000010", "AE")  # zeros after the national prefix: phonenumbers read it back shorter
def test_check_phone_never_raises_and_is_idempotent(text: str, region: str | None) -> None:
    result = check_phone(text, default_region=region)
    assert result.status in ("valid", "risky", "invalid")
    assert all(code in REASONS for code in result.reasons)
    if result.e164 is not None:
        assert result.e164.startswith("+")
        again = check_phone(result.e164)
        assert again.e164 == result.e164
        assert again.status == result.status


@SETTINGS
@given(st.text())
def test_name_and_company_helpers_never_raise_and_are_stable(text: str) -> None:
    fixed = fix_name_case(text)
    assert fix_name_case(fixed) == fixed
    assert isinstance(normalize_company(text), str)
