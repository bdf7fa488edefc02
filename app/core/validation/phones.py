"""Phone number checks on phonenumbers: E.164, extension, type, region, time zones.

Only ``phonenumbers`` and its ``timezone`` module are imported. Its ``geocoder`` and
``carrier`` modules cost ~0.6 s and ~100 MB and must never be imported here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, NamedTuple

import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    PhoneMetadata,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
    phonenumberutil,
    re_util,
)
from phonenumbers import timezone as phone_timezone

from app.core.validation.reasons import Status

__all__ = [
    "PhoneCheck", "PhoneFields", "check_phone", "kind_name", "phone_fields", "speed_up_parsing",
]  # fmt: skip

_UNKNOWN_TIME_ZONE: Final = "Etc/Unknown"
# Excel turns long digit strings into floats: 4155550000 -> 4.15555E+09. The digits
# after the precision limit are gone, so the number cannot be recovered.
_EXCEL_SCIENTIFIC: Final = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_MAX_INPUT_LENGTH: Final = 250  # phonenumbers' own limit; longer input is not a number
# See _parse_text: the punctuation parse() ignores in a plain number, and such a number.
_PUNCTUATION: Final = b" -()."
_PLAIN_NUMBER: Final = re.compile(rb"\+?[0-9]{3,}")
_PLAIN_NUMBER_TEXT: Final = re.compile(r"\+?[0-9]+", re.ASCII)
_NOT_ASSIGNED: Final = ("not_assigned",)

#: PhoneCheck's fields in order: status, e164, extension, kind, region, time_zones,
#: reasons, international.
PhoneFields = tuple[
    Status, str | None, str | None, str | None, str | None, tuple[str, ...], tuple[str, ...],
    str | None,
]  # fmt: skip

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
_INVALID_FIELDS: dict[str, PhoneFields] = {}
_GEOGRAPHICAL: dict[tuple[int, int], bool] = {}
_TZ_PREFIX_LENGTHS: dict[int, tuple[int, ...]] = {}


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


def _invalid(reason: str) -> PhoneFields:
    fields = _INVALID_FIELDS.get(reason)
    if fields is None:
        fields = _INVALID_FIELDS[reason] = ("invalid", None, None, None, None, (), (reason,), None)
    return fields


# --- Region and type in one pass ----------------------------------------------------------
#
# phonenumbers' number_type() first calls region_code_for_number(), which for a calling
# code shared by several regions (+1, +7, +44...) classifies the number against each
# candidate region's metadata until one fits, and then classifies it once more against
# the region it found; we also wanted the region, which took a third pass. Each
# classification goes through ~10 library calls per number type (length check, pattern
# lookup in a cache, match, fullmatch). Here the same steps run once, on the same public
# metadata (PhoneMetadata, PhoneNumberDesc), with every pattern compiled up front:
# _Classifier.type_of is phonenumbers' _number_type_helper and _region_and_type is
# region_code_for_number + number_type. tests/core/test_phones_fast.py holds them to the
# library's own functions on every region's example numbers and on generated input.


class _Desc(NamedTuple):
    """A PhoneNumberDesc as the type check reads it."""

    lengths: frozenset[int] | None  # None: no length list, only the pattern decides
    fullmatch: Callable[[str], object]


def _desc(desc: object) -> _Desc | None:
    """The desc's check, or None when no number can match it (no desc, empty pattern).

    phonenumbers' _match() tests ``pattern.match`` and then ``fullmatch``: a full match
    is also a match at the start, so ``fullmatch`` alone gives the same answer.
    """
    if desc is None:
        return None
    pattern = desc.national_number_pattern  # type: ignore[attr-defined]
    if not pattern:
        return None
    lengths = desc.possible_length  # type: ignore[attr-defined]
    return _Desc(frozenset(lengths) if len(lengths) > 0 else None, re.compile(pattern).fullmatch)


def _hit(desc: _Desc | None, number: str, length: int) -> bool:
    return (
        desc is not None
        and (desc.lengths is None or length in desc.lengths)
        and desc.fullmatch(number) is not None
    )


class _Classifier:
    """One region's metadata, ready to give a national number's type."""

    __slots__ = (
        "_by_length", "_special", "fixed_line", "general", "leading_digits", "mobile",
        "same_fixed_mobile",
    )  # fmt: skip

    def __init__(self, metadata: PhoneMetadata) -> None:
        self.general = _desc(metadata.general_desc)
        # Checked in phonenumbers' order: the first that matches gives the type.
        special = [
            (PhoneNumberType.PREMIUM_RATE, metadata.premium_rate),
            (PhoneNumberType.TOLL_FREE, metadata.toll_free),
            (PhoneNumberType.SHARED_COST, metadata.shared_cost),
            (PhoneNumberType.VOIP, metadata.voip),
            (PhoneNumberType.PERSONAL_NUMBER, metadata.personal_number),
            (PhoneNumberType.PAGER, metadata.pager),
            (PhoneNumberType.UAN, metadata.uan),
            (PhoneNumberType.VOICEMAIL, metadata.voicemail),
        ]
        self._special = [
            (number_type, check)
            for number_type, desc in special
            if (check := _desc(desc)) is not None
        ]
        # The special types a number of a given length can be, in the same order: most
        # have length lists that rule a fixed-line or mobile number out without a match.
        self._by_length: dict[int, tuple[tuple[int, Callable[[str], object]], ...]] = {}
        self.fixed_line = _desc(metadata.fixed_line)
        self.mobile = _desc(metadata.mobile)
        self.same_fixed_mobile = bool(metadata.same_mobile_and_fixed_line_pattern)
        leading = metadata.leading_digits
        self.leading_digits = re.compile(leading).match if leading is not None else None

    def type_of(self, number: str) -> int:
        """phonenumbers' _number_type_helper(number, metadata)."""
        length = len(number)
        if not _hit(self.general, number, length):
            return PhoneNumberType.UNKNOWN
        special = self._by_length.get(length)
        if special is None:
            special = self._by_length[length] = tuple(
                (number_type, desc.fullmatch)
                for number_type, desc in self._special
                if desc.lengths is None or length in desc.lengths
            )
        for number_type, fullmatch in special:
            if fullmatch(number) is not None:
                return number_type
        if _hit(self.fixed_line, number, length):
            if self.same_fixed_mobile or _hit(self.mobile, number, length):
                return PhoneNumberType.FIXED_LINE_OR_MOBILE
            return PhoneNumberType.FIXED_LINE
        if not self.same_fixed_mobile and _hit(self.mobile, number, length):
            return PhoneNumberType.MOBILE
        return PhoneNumberType.UNKNOWN


class _Plan(NamedTuple):
    """How to find the region and type of a calling code's numbers."""

    region: str | None  # the only region of the code, else None
    classifier: _Classifier | None  # its metadata's, when it is the only one
    candidates: tuple[tuple[str, _Classifier], ...]  # regions to try in order, if several


# Metadata never changes once loaded, so each calling code's plan is made once.
_PLANS: dict[int, _Plan] = {}
_BY_CODE_AND_REGION: dict[tuple[int, str], _Classifier | None] = {}


def _final_classifier(country_code: int, region: str) -> _Classifier | None:
    """The classifier of number_type()'s metadata for a number of this code and region."""
    key = (country_code, region)
    if key in _BY_CODE_AND_REGION:
        return _BY_CODE_AND_REGION[key]
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    found = _BY_CODE_AND_REGION[key] = None if metadata is None else _Classifier(metadata)
    return found


def _plan(country_code: int) -> _Plan:
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is None:
        return _Plan(None, None, ())
    if len(regions) == 1:
        return _Plan(regions[0], _final_classifier(country_code, regions[0]), ())
    candidates = []
    for region in regions:
        # Metadata cannot be missing for a region of the map, but phonenumbers skips it
        # if it is, and so does this.
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is not None:
            candidates.append((region, _Classifier(metadata)))
    return _Plan(None, None, tuple(candidates))


def _region_and_type(country_code: int, national: str) -> tuple[str | None, int]:
    """``(region_code_for_number(n), number_type(n))`` for a parsed number ``n``.

    Args:
        country_code: The number's country calling code.
        national: Its national significant number (``national_significant_number``).
    """
    plan = _PLANS.get(country_code)
    if plan is None:
        plan = _PLANS[country_code] = _plan(country_code)
    if not plan.candidates:
        classifier = plan.classifier
        if classifier is None:
            return plan.region, PhoneNumberType.UNKNOWN
        return plan.region, classifier.type_of(national)
    # region_code_for_number's search among the regions sharing the code
    # (_region_code_for_number_from_list): leading digits if the region has them, else
    # the first region whose metadata gives the number a type.
    for region, candidate in plan.candidates:
        if candidate.leading_digits is not None:
            if candidate.leading_digits(national):
                final = _final_classifier(country_code, region)
                return region, PhoneNumberType.UNKNOWN if final is None else final.type_of(national)
            continue
        number_type = candidate.type_of(national)
        if number_type != PhoneNumberType.UNKNOWN:
            # number_type() would classify it against the same metadata again.
            return region, number_type
    # No region: number_type() finds no metadata for None either.
    return None, PhoneNumberType.UNKNOWN


def _prefix_lengths(country_code: int) -> tuple[int, ...]:
    """Lengths of the time-zone table's prefixes a number of this calling code can have.

    Longest first. A prefix of ``+<code>...`` either starts with the code or is a start
    of it, so other lengths can never be found and need not be looked up.
    """
    lengths = _TZ_PREFIX_LENGTHS.get(country_code)
    if lengths is None:
        code = str(country_code)
        found = {len(p) for p in _TZ_DATA or () if p.startswith(code) or code.startswith(p)}
        lengths = _TZ_PREFIX_LENGTHS[country_code] = tuple(sorted(found, reverse=True))
    return lengths


def _time_zones(number: phonenumbers.PhoneNumber, number_type: int, e164: str) -> tuple[str, ...]:
    # Equivalent to timezone.time_zones_for_number(), which would classify the number a
    # second time (~8 µs) and format it again (~4 µs): we know its type and E.164 form.
    country_code = number.country_code or 0
    geographical = _GEOGRAPHICAL.get((number_type, country_code))
    if geographical is None:
        geographical = phonenumbers.is_number_type_geographical(number_type, country_code)
        _GEOGRAPHICAL[(number_type, country_code)] = geographical
    if geographical:
        if _TZ_DATA is None:  # a phonenumbers without the table: the public function
            zones = tuple(phone_timezone.time_zones_for_geographical_number(number))
        else:
            # time_zones_for_geographical_number(): the longest prefix in the table.
            zones = ()
            digits = len(e164) - 1
            for length in _prefix_lengths(country_code):
                if length <= digits and length <= _TZ_LONGEST_PREFIX:
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


_NON_DIGIT_BYTES: Final = bytes(b for b in range(128) if not 0x30 <= b <= 0x39)
_LIBRARY_NORMALIZE_DIGITS: Final = phonenumberutil.normalize_digits_only


def _normalize_digits_only(number: str, keep_non_digits: bool = False) -> str:
    """phonenumbers' normalize_digits_only, without its per-character loop for ASCII.

    The library keeps the characters with a Unicode digit value, as ASCII digits; the
    only ASCII ones are 0-9, so an ASCII string keeps exactly its 0-9 characters. Other
    strings (and ``keep_non_digits``) go to the library's own function.
    """
    if not keep_non_digits and type(number) is str and number.isascii():
        if number.isdigit():
            return number
        return number.encode("ascii").translate(None, _NON_DIGIT_BYTES).decode("ascii")
    return _LIBRARY_NORMALIZE_DIGITS(number, keep_non_digits)


_LIBRARY_STRIP_EXTENSION: Final = getattr(phonenumberutil, "_maybe_strip_extension", None)


def _strip_extension(number: str) -> tuple[str, str]:
    """phonenumbers' _maybe_strip_extension, without its regex search for bare digits.

    Every extension syntax the library knows starts with a marker that is not a digit
    (``ext``, ``x``, ``#``, ``~``, ``;``, ``,`` or a blank/dash before a ``#``), so an
    ASCII ``+`` and digits (what :func:`_parse_text` makes of a plain number) have none.
    """
    if _PLAIN_NUMBER_TEXT.fullmatch(number):
        return "", number
    assert _LIBRARY_STRIP_EXTENSION is not None
    return _LIBRARY_STRIP_EXTENSION(number)  # type: ignore[no-any-return]


#: phonenumbers functions that speed_up_parsing() replaces: name, the library's own, ours.
_SPEED_UPS: Final = (
    ("normalize_digits_only", _LIBRARY_NORMALIZE_DIGITS, _normalize_digits_only),
    ("_maybe_strip_extension", _LIBRARY_STRIP_EXTENSION, _strip_extension),
)


def speed_up_parsing() -> None:
    """Give phonenumbers' parse() fast paths for plain ASCII numbers.

    parse() normalizes every number one to three times through a Python loop that
    calls ``unicodedata.digit`` per character, and searches it for an extension with
    a long regular expression: together a fifth of a check. The replacements
    (:func:`_normalize_digits_only`, :func:`_strip_extension`) return the same values,
    but they change the library's functions for the whole process, so only processes
    that do nothing but check values call this (an import's worker processes). A
    function the library no longer has, or that was replaced already, is left alone.
    """
    for name, library, ours in _SPEED_UPS:
        if library is not None and getattr(phonenumberutil, name, None) is library:
            setattr(phonenumberutil, name, ours)


def _parse_text(raw: str) -> str:
    """What to hand to phonenumbers.parse: ``raw``, or its digits when that is the same.

    For ASCII made of digits, blanks, ``-``, ``(``, ``)`` and ``.`` with at most a leading
    ``+``, parse() ends up with exactly the digits: the punctuation is skipped when
    extracting the number, allowed anywhere by the viability pattern (from three digits
    on), part of no extension syntax (those need letters, ``#``, ``~``, ``,`` or ``;``)
    and dropped by normalization before anything else reads the number. Parsing the
    bare digits gives the same number or the same error, and skips a third of parse's
    per-character work and its (slow) extension search.
    """
    if raw.isascii():
        # bytes.translate deletes characters several times faster than str.translate.
        bare = raw.encode("ascii").translate(None, _PUNCTUATION)
        if _PLAIN_NUMBER.fullmatch(bare):
            return bare.decode("ascii")
    return raw


def phone_fields(
    text: str | None, default_region: str | None = None, *, formatted: bool = True
) -> PhoneFields:
    """:func:`check_phone`'s verdict as a plain tuple, in :class:`PhoneCheck`'s field order.

    Batch checks use it: a tuple costs less to build and to pickle than a dataclass,
    and the verdicts of invalid input are shared tuples.
    """
    if not text or not isinstance(text, str):
        return _invalid("empty")
    raw = text.strip()
    if not raw:
        return _invalid("empty")
    if len(raw) > _MAX_INPUT_LENGTH:
        return _invalid("not_a_number")
    # The pattern needs an exponent: most numbers are ruled out without running it.
    if ("e" in raw or "E" in raw) and _EXCEL_SCIENTIFIC.match(raw):
        return _invalid("excel_mangled")
    region = default_region.upper() if default_region else None
    try:
        number = phonenumbers.parse(_parse_text(raw), region)
    except NumberParseException as exc:
        if (
            exc.error_type == NumberParseException.INVALID_COUNTRY_CODE
            and region is None
            and not raw.startswith("+")
        ):
            return _invalid("no_region")
        return _invalid(_PARSE_ERROR_REASONS.get(exc.error_type, "not_a_number"))

    national_number = number.national_number or 0
    national = str(national_number)
    # One digit repeated (0000000, 5555555): the count runs in C, a set of digits did not.
    if national_number == 0 or national.count(national[0]) == len(national):
        return _invalid("placeholder")
    extension = number.extension or None
    country_code = number.country_code or 0
    significant = phonenumbers.national_significant_number(number)
    # number_type() != UNKNOWN is exactly is_valid_number() (both classify the national
    # number against the metadata of the number's region).
    number_region, number_type = _region_and_type(country_code, significant)
    # What format_number(number, E164) returns, without its general formatting machinery.
    e164 = f"+{country_code}{significant}"
    international = (
        phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL) if formatted else None
    )
    if number_type != PhoneNumberType.UNKNOWN:
        return ("valid", e164, extension, _KIND_NAMES.get(number_type), number_region,
                _time_zones(number, number_type, e164), (), international)  # fmt: skip
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible in (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        if (number.number_of_leading_zeros or 1) > 1:
            # No numbering plan starts a number with "00" after the country code, and
            # phonenumbers does not read such a number back as it wrote it ("0000010" in
            # AE gives +971000010, which reads back as +97100010): no stable E.164.
            return _invalid("not_a_number")
        # Not assigned means no exact region; the calling code's main country is the
        # best guess (+44 -> GB, shared with GG, IM and JE).
        main_region = phonenumbers.region_code_for_country_code(country_code)
        return ("risky", e164, extension, None,
                None if main_region == phonenumbers.UNKNOWN_REGION else main_region,
                (), _NOT_ASSIGNED, international)  # fmt: skip
    return _invalid(_IMPOSSIBLE_REASONS.get(possible, "bad_length"))


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
    return PhoneCheck(*phone_fields(text, default_region, formatted=formatted))
