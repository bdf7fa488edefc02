"""Column mapping: from a file's headers (and a sample of its rows) to contact fields.

The mapping is a plain data object (column index -> target field), so the wizard can
show and change it, and the storage layer can remember it per
:func:`header_signature`. Matching, strongest evidence first:

1. the header is a known name of a field (:mod:`header_synonyms`), in any of the
   supported languages and export formats;
2. the header contains a field keyword ("Work e-mail", "Телефон офиса");
3. the column's values look like emails, LinkedIn URLs, websites or phone numbers.

Each standard field takes one column; the runner-up email becomes ``email_2``, and
every other column becomes ``custom:<header>``, so nothing is dropped silently.
Splitting a full name into first and last is the validator's job
(``app/core/validation/names.py``); here the column is only marked ``full_name``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Literal

from app.core.importing.header_synonyms import ALWAYS_CUSTOM, STRONG, WEAK
from app.core.importing.table import SourceRow

#: Canonical fields a column can map to (docs/headless.md plus import-only ones).
TARGET_FIELDS: tuple[str, ...] = (
    "first_name",
    "middle_name",
    "last_name",
    "full_name",
    "email",
    "email_2",
    "phone",
    "mobile_phone",
    "phone_e164",
    "company",
    "title",
    "industry",
    "employees",
    "country",
    "city",
    "website",
    "linkedin_url",
    "stage",
    "owner",
    "source",
    "tags",
    "notes",
    "lead_type",
    "arrived_at",
    "contact_id",
)
CUSTOM_PREFIX = "custom:"
#: Target for a column the user chose to leave out of the import.
IGNORE = "ignore"

Basis = Literal["header", "keyword", "content", "custom", "user"]

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PUNCT = re.compile(r"[\s\-_./:;,()\[\]{}#*'\"’`«»|\\+&?!№]+")


def normalize_header(header: str) -> str:
    """Normalise a header for matching: words in lower case, no accents or punctuation.

    ``"E-mail 2 Address"`` -> ``"e mail 2 address"``, ``"FirstName"`` -> ``"first name"``,
    ``"Pavardė"`` -> ``"pavarde"``, ``"Эл. почта"`` -> ``"эл почта"``.

    Args:
        header: A header as read from a file.

    Returns:
        Space-separated words.
    """
    text = unicodedata.normalize("NFKC", header.replace("\ufeff", ""))
    text = _CAMEL.sub(" ", text).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub(" ", text).split())


def header_key(header: str) -> str:
    """Return the matching key of a header: normalised with the spaces removed.

    Dropping spaces makes ``"LinkedIn URL"``, ``"linkedin url"`` and ``"LinkedinUrl"``
    one key however camelCase was split.

    Args:
        header: A header as read from a file.

    Returns:
        The key used to look the header up among the synonyms.
    """
    return normalize_header(header).replace(" ", "")


def header_signature(headers: Iterable[str]) -> str:
    """A stable fingerprint of a header row, to remember a mapping for files like it.

    Headers are normalised first, so ``"First Name"`` and ``"first_name"`` give the same
    signature; order matters since the mapping is by column position.

    Args:
        headers: The header row.

    Returns:
        A hexadecimal SHA-256 digest (64 characters).
    """
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def _lookup(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(name): target for target, names in table.items() for name in names}


_STRONG = _lookup(STRONG)
_WEAK = _lookup(WEAK)
_CUSTOM = frozenset(header_key(h) for h in ALWAYS_CUSTOM)
# Headers such as "Name (2)" or "Email (2)" come from duplicate disambiguation.
_DUPLICATE_SUFFIX = re.compile(r"\s*\(\d+\)$")

# Keyword rules (normalised words), tried in order; the first that matches wins.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("linkedin_url", ("linkedin", "linked in", "领英")),
    (
        "mobile_phone",
        (
            "mobile",
            "cell",
            "моб",
            "сотов",
            "手机",
            "手機",
            "移动电话",
            "handy",
            "mobil",
            "portable",
            "movil",
            "celular",
        ),
    ),
    (
        "email",
        (
            "email",
            "e mail",
            "почта",
            "мейл",
            "邮箱",
            "邮件",
            "郵件",
            "pastas",
            "correo",
            "courriel",
        ),
    ),
    ("phone", ("phone", "телефон", "电话", "電話", "telefon", "telephone", "telefono")),
    (
        "website",
        (
            "website",
            "web site",
            "сайт",
            "网站",
            "网址",
            "svetaine",
            "webseite",
            "site web",
            "sitio web",
        ),
    ),
    (
        "company",
        (
            "company",
            "organization",
            "organisation",
            "компани",
            "организац",
            "公司",
            "unternehmen",
            "empresa",
            "entreprise",
            "societe",
            "imone",
        ),
    ),
    ("title", ("job title", "должность", "职位", "pareigos")),
    ("city", ("city", "город", "城市", "miestas")),
    ("country", ("country", "страна", "国家", "salis")),
)
# Words that make a keyword match about something else ("Email status", "Phone type").
_NOT_VALUES = frozenset(
    "status type label verified confidence opt bounce bounced consent date count score "
    "domain display valid validity source reason format".split()
)

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]{2,}$")
_LINKEDIN = re.compile(r"linkedin\.com/(in|pub|sales)/", re.IGNORECASE)
_URL = re.compile(r"^(https?://)?(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
_PHONE = re.compile(r"^(tel:)?\+?[\d\s().\-/]{6,24}(\s*(x|ext\.?|доб\.?)\s*\d{1,6})?$")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class ColumnGuess:
    """Why a column got its target, for the wizard to show.

    Attributes:
        index: Column position (0-based).
        header: Column name.
        target: A field of :data:`TARGET_FIELDS`, ``custom:<header>`` or ``ignore``.
        basis: ``header`` (known name), ``keyword`` (name contains a field word),
            ``content`` (values look like it), ``custom`` (unknown column) or ``user``.
        confidence: From 0.0 to 1.0.
    """

    index: int
    header: str
    target: str
    basis: Basis
    confidence: float


def is_valid_target(target: str) -> bool:
    """Tell whether a string is a target a column may map to.

    Args:
        target: A candidate such as ``"email"``, ``"custom:Segment"`` or ``"ignore"``.

    Returns:
        True for a canonical field, ``ignore``, or a non-empty ``custom:`` name.
    """
    if target in TARGET_FIELDS or target == IGNORE:
        return True
    return target.startswith(CUSTOM_PREFIX) and bool(target[len(CUSTOM_PREFIX) :].strip())


def custom_target(header: str) -> str:
    """Return the custom-field target for a header (``custom:<header>``).

    Args:
        header: The column's (unique) header.

    Returns:
        The target string.
    """
    return f"{CUSTOM_PREFIX}{header}"


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each column of a file goes to.

    Attributes:
        headers: The file's headers, in column order.
        targets: Column index -> target (a canonical field, ``custom:<name>`` or
            ``ignore``). Every column has an entry; canonical fields appear once.
        guesses: How the automatic mapping decided, per column (empty when restored).
    """

    headers: tuple[str, ...]
    targets: dict[int, str]
    guesses: tuple[ColumnGuess, ...] = ()
    _keys: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _getter: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for index, target in self.targets.items():
            if not 0 <= index < len(self.headers):
                raise ValueError(f"Column {index} does not exist ({len(self.headers)} columns).")
            if not is_valid_target(target):
                raise ValueError(f"“{target}” is not a field a column can map to.")
        used = [t for t in self.targets.values() if t != IGNORE]
        if len(used) != len(set(used)):
            raise ValueError("Two columns map to the same field.")
        pairs = sorted((i, t) for i, t in self.targets.items() if t != IGNORE)
        indices = [i for i, _ in pairs]
        object.__setattr__(self, "_keys", tuple(t for _, t in pairs))
        # itemgetter picks all mapped cells in one C call per row.
        getter: Any
        if not indices:
            getter = None
        elif indices == list(range(len(self.headers))):
            getter = tuple  # every column mapped in order: no picking needed
        elif len(indices) == 1:
            only = indices[0]
            getter = lambda values: (values[only],)  # noqa: E731 - hot path, no name needed
        else:
            getter = itemgetter(*indices)
        object.__setattr__(self, "_getter", getter)

    @property
    def signature(self) -> str:
        """The :func:`header_signature` of this mapping's headers."""
        return header_signature(self.headers)

    def target(self, index: int) -> str:
        """Return the target of a column.

        Args:
            index: Column position.

        Returns:
            The column's target.
        """
        return self.targets[index]

    def column_of(self, target: str) -> int | None:
        """Return the column mapped to a target, if any.

        Args:
            target: A field name or ``custom:<name>``.

        Returns:
            The column index, or None.
        """
        for index, value in self.targets.items():
            if value == target:
                return index
        return None

    def with_target(self, index: int, target: str) -> ColumnMapping:
        """Return a copy where one column maps to a new target (the user's change).

        A canonical field taken by another column moves: that other column becomes a
        custom field, so its data is still kept.

        Args:
            index: Column position.
            target: New target.

        Returns:
            The new mapping.

        Raises:
            ValueError: Unknown column or target.
        """
        if not is_valid_target(target):
            raise ValueError(f"“{target}” is not a field a column can map to.")
        targets = dict(self.targets)
        if target != IGNORE:
            for other, value in targets.items():
                if value == target and other != index:
                    targets[other] = custom_target(self.headers[other])
        targets[index] = target
        guesses = tuple(
            ColumnGuess(
                g.index,
                g.header,
                targets[g.index],
                "user" if g.index == index else g.basis,
                1.0 if g.index == index else g.confidence,
            )
            for g in self.guesses
        )
        return ColumnMapping(self.headers, targets, guesses)

    def apply(self, values: Sequence[str]) -> dict[str, str]:
        """Pick a row's values by target.

        Args:
            values: A good row's values (one per header).

        Returns:
            Target -> value as read (empty cells give ``""``); ignored columns are left
            out; custom fields keep their ``custom:`` prefix.
        """
        if self._getter is None:
            return {}
        return dict(zip(self._keys, self._getter(values), strict=False))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form for the storage layer to remember.

        Returns:
            ``{"signature", "headers", "targets"}`` with string keys.
        """
        return {
            "signature": self.signature,
            "headers": list(self.headers),
            "targets": {str(i): t for i, t in sorted(self.targets.items())},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], headers: Sequence[str]) -> ColumnMapping:
        """Restore a remembered mapping for a file with the given headers.

        Args:
            data: What :meth:`to_dict` returned.
            headers: The new file's headers (must have the same signature).

        Returns:
            The mapping, bound to the new headers.

        Raises:
            ValueError: The headers differ from the remembered ones, or the data is bad.
        """
        if data.get("signature") != header_signature(headers):
            raise ValueError("The remembered mapping is for a different header row.")
        targets = {int(i): str(t) for i, t in dict(data["targets"]).items()}
        for index in range(len(headers)):
            targets.setdefault(index, custom_target(headers[index]))
        return cls(tuple(headers), targets)


def _keyword_target(words: str) -> str | None:
    tokens = set(words.split())
    if tokens & _NOT_VALUES:
        return None
    padded = f" {words} "
    for target, keywords in _KEYWORDS:
        for keyword in keywords:
            # Latin keywords match whole words; CJK and Cyrillic stems match anywhere.
            if keyword.isascii():
                if f" {keyword} " in padded or padded.startswith(f" {keyword}"):
                    return target
            elif keyword in words:
                return target
    return None


def _content_target(values: list[str]) -> tuple[str, float] | None:
    filled = [v.strip() for v in values if v and v.strip()]
    if len(filled) < 2:
        return None
    n = len(filled)

    def share(pattern: re.Pattern[str], search: bool = False) -> float:
        test = pattern.search if search else pattern.match
        return sum(1 for v in filled if test(v)) / n

    if share(_EMAIL) >= 0.8:
        return "email", share(_EMAIL)
    if share(_LINKEDIN, search=True) >= 0.8:
        return "linkedin_url", share(_LINKEDIN, search=True)
    if share(_URL) >= 0.8:
        return "website", share(_URL)
    phones = sum(1 for v in filled if _PHONE.match(v) and len(_DIGIT.findall(v)) >= 7) / n
    if phones >= 0.8:
        return "phone", phones
    return None


def _column_values(rows: Iterable[SourceRow | Sequence[str]], width: int) -> list[list[str]]:
    columns: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        if isinstance(row, SourceRow):
            if row.problem is not None:
                continue
            values: Sequence[str] = row.values
        else:
            values = row
        for i in range(min(width, len(values))):
            columns[i].append(values[i])
    return columns


def _label_hint(headers: list[str], index: int, columns: list[list[str]]) -> str | None:
    """Google Contacts puts "Mobile"/"Work" in a "Phone 1 - Label" column next to the value."""
    words = normalize_header(headers[index]).split()
    if len(words) < 3 or words[-1] != "value":
        return None
    prefix = " ".join(words[:-1])
    for j, other in enumerate(headers):
        if normalize_header(other) in (f"{prefix} label", f"{prefix} type"):
            labels = [v.casefold() for v in columns[j] if v.strip()]
            mobile = sum(1 for v in labels if "mobile" in v or "cell" in v)
            if labels and mobile * 2 > len(labels):
                return "mobile_phone"
    return None


def _looks_like_full_names(values: list[str]) -> bool:
    filled = [v.strip() for v in values if v.strip()]
    return bool(filled) and sum(1 for v in filled if " " in v) * 2 > len(filled)


#: The first columns of the app's own CSV export (app.core.exporting.CANONICAL_FIELDS).
_EXPORT_HEADER_START = ("first_name", "last_name", "email", "phone", "phone_e164", "company")


def is_export_header(headers: Sequence[str]) -> bool:
    """Whether a header row is the app's own CSV export (which ends with an ``id`` column).

    Only then is a column read as contact ids: another system's ``ID`` column holds its
    own record numbers, and reading those as ours would update the wrong people.
    """
    return (
        len(headers) > len(_EXPORT_HEADER_START)
        and tuple(headers[: len(_EXPORT_HEADER_START)]) == _EXPORT_HEADER_START
        and headers[-1] == "id"
    )


def auto_map(
    headers: Sequence[str], sample: Iterable[SourceRow | Sequence[str]] = ()
) -> ColumnMapping:
    """Guess the target of every column from its header and sample values.

    Args:
        headers: The file's (unique) headers.
        sample: Some rows (e.g. ``table.preview(200)``); rejected rows are ignored.

    Returns:
        A complete mapping: every column has a target, unknown ones ``custom:<header>``.
    """
    headers = list(headers)
    columns = _column_values(sample, len(headers))
    # (score, index, target, basis): higher scores claim their field first.
    candidates: list[tuple[float, int, str, Basis]] = []
    for index, header in enumerate(headers):
        key = header_key(header)
        base_key = header_key(_DUPLICATE_SUFFIX.sub("", header))
        if key in _CUSTOM or base_key in _CUSTOM:
            continue
        hint = _label_hint(headers, index, columns)
        if key in _STRONG or base_key in _STRONG:
            target = hint or _STRONG.get(key) or _STRONG[base_key]
            candidates.append((3.0, index, target, "header"))
        elif key in _WEAK or base_key in _WEAK:
            target = hint or _WEAK.get(key) or _WEAK[base_key]
            candidates.append((2.0, index, target, "header"))
        else:
            keyword = _keyword_target(normalize_header(header))
            content = _content_target(columns[index])
            if keyword is not None:
                candidates.append((1.5, index, keyword, "keyword"))
            elif content is not None:
                candidates.append((1.0 + content[1] / 10, index, content[0], "content"))

    taken: dict[str, int] = {}
    chosen: dict[int, tuple[str, Basis, float]] = {}
    # Stable sort: on equal scores the leftmost column wins, as a person would expect.
    for score, index, target, basis in sorted(candidates, key=lambda c: (-c[0], c[1])):
        for option in (target, "email_2") if target == "email" else (target,):
            if option not in taken:
                taken[option] = index
                chosen[index] = (option, basis, min(1.0, score / 3.0))
                break

    names_present = {t for t, _, _ in chosen.values()}
    for index, (target, basis, confidence) in list(chosen.items()):
        key = header_key(headers[index])
        # "Name" beside "Vorname" is a German surname; "Nombre"/"Имя" alone holding
        # two words is a full name. Splitting stays with the validator.
        if target == "full_name" and key == "name" and "first_name" in names_present:
            if "last_name" not in names_present:
                chosen[index] = ("last_name", basis, confidence)
                del taken["full_name"]
                taken["last_name"] = index
        elif (
            target == "first_name"
            and "last_name" not in names_present
            and "full_name" not in names_present
            and _looks_like_full_names(columns[index])
        ):
            chosen[index] = ("full_name", "content", confidence)
            del taken["first_name"]
            taken["full_name"] = index
        elif (
            target == "website"
            and "linkedin_url" not in taken
            and _content_target(columns[index]) == ("linkedin_url", 1.0)
        ):
            # LinkedIn's own export calls the profile link just "URL".
            chosen[index] = ("linkedin_url", "content", confidence)
            del taken["website"]
            taken["linkedin_url"] = index

    if is_export_header(headers):
        # Our own CSV export: its last column is the contact id, for the round trip.
        chosen[len(headers) - 1] = ("contact_id", "header", 1.0)
        if "do_not_contact" in headers:
            # Set on purpose in the app, never from a file: not a custom field either.
            chosen[headers.index("do_not_contact")] = (IGNORE, "header", 1.0)

    targets: dict[int, str] = {}
    guesses: list[ColumnGuess] = []
    for index, header in enumerate(headers):
        if index in chosen:
            target, basis, confidence = chosen[index]
        else:
            target, basis, confidence = custom_target(header), "custom", 1.0
        targets[index] = target
        guesses.append(ColumnGuess(index, header, target, basis, round(confidence, 2)))
    return ColumnMapping(tuple(headers), targets, tuple(guesses))
