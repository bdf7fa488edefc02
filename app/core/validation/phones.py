"""Phone number checks on phonenumbers: E.164, extension, type, region, time zones.

Only ``phonenumbers`` and its ``timezone`` module are imported. Its ``geocoder`` and
``carrier`` modules cost ~0.6 s and ~100 MB and must never be imported here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

import phonenumbers
from phonenumbers import (
    NumberParseException,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
    re_util,
)
from phonenumbers import timezone as phone_timezone

from app.core.validation.reasons import Status

__all__ = ["PhoneCheck", "check_phone", "kind_name"]

_UNKNOWN_TIME_ZONE: Final = "Etc/Unknown"
# Excel turns long digit strings into floats: 4155550000 -> 4.15555E+09. The digits
# after the precision limit are gone, so the number cannot be recovered.
_EXCEL_SCIENTIFIC: Final = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_MAX_INPUT_LENGTH: Final = 250  # phonenumbers' own limit; longer input is not a number

_KIND_NAMES: Final[dict[int, str]] = {
    value: name.lower()
    for name, value in vars(PhoneNumberType).items()
    if name.isupper() and isinstance(value, int) and name != "UNKNOWN"
}

_IMPOSSIBLE_REASONS: Final[dict[int, str]] = {
    ValidationResult.INVALID_COUNTRY_CODE: "bad_country_code",
    ValidationResult.TOO_SHORT: "too_short",
    ValidationResult.TOO_LONG: "too_long",
    ValidationResult.INVALID_LENGTH: "bad_length",
}

_PARSE_ERROR_REASONS: Final[dict[int, str]] = {
    NumberParseException.INVALID_COUNTRY_CODE: "bad_country_code",
    NumberParseException.NOT_A_NUMBER: "not_a_number",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_LONG: "too_long",
}

# phonenumbers compiles each metadata pattern through re.compile on every use; re's own
# cache (512 entries) is too small for the patterns of many regions, so a list from ten
# countries keeps recompiling. The library's documented switch keeps every compiled
# pattern instead: ~20 % less time per number, a few MB once all regions were seen.
re_util.enable_pattern_cache()

# phonenumbers' geographic time-zone table, looked up by E.164 prefix (see _time_zones).
_TZ_DATA: Final = getattr(phone_timezone, "TIMEZONE_DATA", None)
_TZ_LONGEST_PREFIX: Final[int] = getattr(phone_timezone, "TIMEZONE_LONGEST_PREFIX", 0)

# Time zones of non-geographic numbers (mobile in most countries, toll free, VoIP)
# depend only on the country calling code, so they are looked up once per code.
_COUNTRY_TIME_ZONES: dict[int, tuple[str, ...]] = {}
_FILTERED_ZONES: dict[tuple[str, ...], tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """The verdict on one phone number.

    Attributes:
        status: ``"valid"``, ``"risky"`` (a possible length but not an assigned range)
            or ``"invalid"``.
        e164: The number in E.164 (``+74951234567``), without the extension; None
            when invalid.
        extension: The extension (from ``x``, ``ext.``, ``доб.``, ``#``…), or None.
        kind: ``"mobile"``, ``"fixed_line"``, ``"fixed_line_or_mobile"``,
            ``"toll_free"``, ``"voip"``, ... (see :func:`kind_name`), or None.
        region: The region code the number belongs to (``"RU"``), or None.
        time_zones: IANA time zones the number may be in (several for large countries).
        reasons: Reason codes (see ``REASONS``).
        international: The number formatted for display (``+7 495 123-45-67``).
    """

    status: Status
    e164: str | None
    extension: str | None = None
    kind: str | None = None
    region: str | None = None
    time_zones: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    international: str | None = None


def kind_name(number_type: int) -> str | None:
    """Return our name for a phonenumbers ``PhoneNumberType`` value.

    Args:
        number_type: A ``phonenumbers.PhoneNumberType`` constant.

    Returns:
        The lower-case name (``"fixed_line_or_mobile"``), None for UNKNOWN.
    """
    return _KIND_NAMES.get(number_type)


def _invalid(reason: str) -> PhoneCheck:
    return PhoneCheck("invalid", None, reasons=(reason,))


def _time_zones(number: phonenumbers.PhoneNumber, number_type: int, e164: str) -> tuple[str, ...]:
    # Equivalent to timezone.time_zones_for_number(), which would classify the number a
    # second time (~8 µs) and format it again (~4 µs): we know its type and E.164 form.
    country_code = number.country_code or 0
    if phonenumbers.is_number_type_geographical(number_type, country_code):
        if _TZ_DATA is None:  # a phonenumbers without the table: the public function
            zones = tuple(phone_timezone.time_zones_for_geographical_number(number))
        else:
            zones = ()
            for length in range(min(_TZ_LONGEST_PREFIX, len(e164) - 1), 0, -1):
                found = _TZ_DATA.get(e164[1 : 1 + length])
                if found is not None:
                    zones = found
                    break
    else:
        cached = _COUNTRY_TIME_ZONES.get(country_code)
        if cached is None:
            cached = tuple(phone_timezone.time_zones_for_number(number))
            _COUNTRY_TIME_ZONES[country_code] = cached
        zones = cached
    # One filtered tuple per distinct zone list: a batch's results then share them.
    key = zones if isinstance(zones, tuple) else tuple(zones)
    filtered = _FILTERED_ZONES.get(key)
    if filtered is None:
        filtered = tuple(zone for zone in key if zone != _UNKNOWN_TIME_ZONE)
        _FILTERED_ZONES[key] = filtered
    return filtered


def check_phone(
    text: str | None, default_region: str | None = None, *, formatted: bool = True
) -> PhoneCheck:
    """Check and normalize one phone number.

    Never raises on bad input: garbage (``n/a``, ``0000000``, Excel's ``4.15555E+09``)
    comes back ``invalid`` with a reason code.

    Args:
        text: The raw value as imported. None counts as empty.
        default_region: How to read a number written without ``+``: the region code of
            the contact's country (see ``region_for_country``), e.g. ``"RU"``.
        formatted: Also format the number for display (``international``); batch
            validation turns it off, since formatting costs a fifth of the check.

    Returns:
        The verdict; see :class:`PhoneCheck`.

    Example:
        >>> check_phone("8 (495) 123-45-67", default_region="RU").e164
        '+74951234567'
    """
    if not text or not isinstance(text, str):
        return _invalid("empty")
    raw = text.strip()
    if not raw:
        return _invalid("empty")
    if len(raw) > _MAX_INPUT_LENGTH:
        return _invalid("not_a_number")
    if _EXCEL_SCIENTIFIC.match(raw):
        return _invalid("excel_mangled")
    region = default_region.upper() if default_region else None
    try:
        number = phonenumbers.parse(raw, region)
    except NumberParseException as exc:
        if (
            exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
            and region is None
            and not raw.startswith("+")
        ):
            return _invalid("no_region")
        return _invalid(_PARSE_ERROR_REASONS.get(exc.error_type, "not_a_number"))

    national = str(number.national_number)
    if number.national_number == 0 or len(set(national)) == 1:
        return _invalid("placeholder")
    extension = number.extension or None
    # number_type() != UNKNOWN is exactly is_valid_number() (both classify the national
    # number against the metadata of the number's region); calling one saves ~9 µs.
    number_type = phonenumbers.number_type(number)
    # What format_number(number, E164) returns, without its general formatting machinery.
    e164 = f"+{number.country_code}{phonenumbers.national_significant_number(number)}"
    international = (
        phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL) if formatted else None
    )
    if number_type != PhoneNumberType.UNKNOWN:
        return PhoneCheck(
            "valid",
            e164,
            extension=extension,
            kind=_KIND_NAMES.get(number_type),
            region=phonenumbers.region_code_for_number(number),
            time_zones=_time_zones(number, number_type, e164),
            international=international,
        )
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        # Not assigned means no exact region; the calling code's main country is the
        # best guess (+44 -> GB, shared with GG, IM and JE).
        main_region = phonenumbers.region_code_for_country_code(number.country_code or 0)
        return PhoneCheck(
            "risky",
            e164,
            extension=extension,
            region=None if main_region == phonenumbers.UNKNOWN_REGION else main_region,
            reasons=("not_assigned",),
            international=international,
        )
    return _invalid(_IMPOSSIBLE_REASONS.get(possible, "bad_length"))
