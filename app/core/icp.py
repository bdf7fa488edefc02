"""Ideal customer profiles (ICP) and the 0-100 fit score of a contact against one.

A profile says who to target: industries, words in the job title, seniority, a company
size range, countries or regions, and domains never to target (competitors, existing
customers). :func:`score_contact` gives every contact a score with the criteria it met
and missed, so the list shows *why* a contact fits.

Weights (points out of 100 when the profile sets every criterion):

============  ======  ==============================================================
criterion     weight  met when
============  ======  ==============================================================
industry        30    a profile industry occurs as whole words in the contact's
                      (``software`` in ``Computer Software``)
title           25    a title keyword occurs in the title (see :func:`compile_keywords`)
seniority       20    the seniority read from the title (:func:`detect_seniority`) is
                      one of the profile's
company_size    15    ``min_employees <= employees <= max_employees`` (either bound may
                      be open)
country         10    the contact's country, or a region containing it (DACH, EU,
                      Nordics, …), is in the profile
============  ======  ==============================================================

Criteria the profile leaves empty do not count: the score is the share of the *set*
criteria's weight that the contact meets, so a profile of industry and country only
still reaches 100. Unknown contact data (no title, no size) is a miss, marked
``criterion:unknown``. A contact whose email, website or company domain is an excluded
domain (or a subdomain of one) scores 0, whatever else matches. A profile with no
positive criterion scores everyone 0 (``no_criteria``): it says nothing about fit.

Speed: a profile is compiled once (:func:`compile_profile`, cached) into regular
expressions and sets, and the answers for repeated values (industries, countries,
titles) are memoised, so a million contacts rescore in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import lru_cache
from typing import Final, NamedTuple, TypeAlias, TypeVar

from app.core.validation.companies import domain_from_website
from app.core.validation.countries import region_for_country

__all__ = [
    "REGIONS",
    "WEIGHTS",
    "CompiledProfile",
    "FitScore",
    "IcpProfile",
    "Seniority",
    "compile_keywords",
    "compile_profile",
    "detect_seniority",
    "score_contact",
    "score_contacts",
]


class Seniority(StrEnum):
    """How senior a job title is, highest first."""

    C_LEVEL = "c_level"
    VP = "vp"
    DIRECTOR = "director"  # Head of / Director / Leiter / Руководитель / 总监
    MANAGER = "manager"
    INDIVIDUAL = "individual"  # individual contributor


#: Points per criterion when it is set in the profile (see the module docstring).
WEIGHTS: Final[dict[str, int]] = {
    "industry": 30,
    "title": 25,
    "seniority": 20,
    "company_size": 15,
    "country": 10,
}

#: Region names a profile may use instead of listing countries (ISO 3166-1 alpha-2).
REGIONS: Final[dict[str, frozenset[str]]] = {
    "dach": frozenset({"DE", "AT", "CH"}),
    "benelux": frozenset({"BE", "NL", "LU"}),
    "nordics": frozenset({"DK", "FI", "IS", "NO", "SE"}),
    "baltics": frozenset({"EE", "LV", "LT"}),
    "cis": frozenset({"AM", "AZ", "BY", "KZ", "KG", "MD", "RU", "TJ", "UZ"}),
    "eu": frozenset({
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    }),
    "north america": frozenset({"US", "CA"}),
    "latam": frozenset({"AR", "BO", "BR", "CL", "CO", "CR", "EC", "MX", "PE", "PY", "UY", "VE"}),
    "greater china": frozenset({"CN", "HK", "MO", "TW"}),
}  # fmt: skip

# --- text matching ----------------------------------------------------------------------

# Word boundaries for Latin and Cyrillic words that still match next to CJK characters
# ("公司CEO"): Python's \b treats 公 as a word character.
_LETTERS: Final = r"a-z0-9\u00c0-\u024f\u0400-\u04ff"
_START: Final = rf"(?<![{_LETTERS}])"
_END: Final = rf"(?![{_LETTERS}])"
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


_Tree: TypeAlias = dict[str, "_Tree"]


def _trie(words: Iterable[str]) -> str:
    """Return one regex alternation for literal words, shaped as a prefix tree.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; a
    tree (``c(?:eo|fo|to)``) fails after one character instead, which makes seniority
    detection several times faster on titles that match nothing.
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # the end-of-word mark

    def build(node: _Tree) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A word that ends here may also go on ("vp" and "vpn"): the rest is optional.
        return f"(?:{body})?" if "" in node else body

    return build(tree)


def _word(*words: str) -> str:
    """Whole words: ``cto`` but not inside ``director``."""
    return rf"{_START}(?:{_trie(words)}){_END}"


def _prefix(*stems: str) -> str:
    """Word starts: Russian and German endings vary (директор, директора)."""
    return rf"{_START}(?:{_trie(stems)})"


def _anywhere(*parts: str) -> str:
    """Substrings: CJK titles have no spaces."""
    return _trie(parts)


def compile_keywords(keywords: Iterable[str]) -> re.Pattern[str] | None:
    """Compile profile keywords into one case-folded pattern.

    A keyword of up to three letters must be a whole word (``IT``, ``HR``, ``CFO``); a
    longer one matches at the start of a word (``market`` in ``Marketing``, ``продаж`` in
    ``продажам``, ``vertrieb`` in ``Vertriebsleiter``); a CJK keyword matches anywhere
    (``销售`` in ``销售总监``).

    Args:
        keywords: The profile's words, any case.

    Returns:
        The pattern, or None when there are no keywords.
    """
    parts = []
    for keyword in sorted({_fold(k) for k in keywords if k.strip()}, key=len, reverse=True):
        escaped = re.escape(keyword)
        if _CJK.search(keyword):
            parts.append(escaped)
        elif len(keyword) <= 3:
            parts.append(rf"{_START}{escaped}{_END}")
        else:
            parts.append(rf"{_START}{escaped}")
    return re.compile("|".join(parts)) if parts else None


# --- seniority --------------------------------------------------------------------------

# Checked in this order; the first pattern that matches decides. Assistants first
# ("Assistant to the CEO" is no CEO), deputies and vice presidents before C-level
# ("Vice President" contains "President", 副总经理 contains 总经理), team-lead compounds
# before the director stems ("Teamleiter" ends in "-leiter").
_SENIORITY_PATTERNS: Final[tuple[tuple[Seniority, str], ...]] = (
    (Seniority.INDIVIDUAL, "|".join((
        _word("assistant to", "assistant of", "executive assistant", "personal assistant",
              "assistente", "assistante", "asistente", "intern", "praktikant", "praktikantin"),
        _prefix("ассистент", "помощник", "секретар", "стажер", "стажёр", "assistent"),
        _anywhere("助理", "秘书", "实习"),
    ))),
    (Seniority.VP, "|".join((
        _word("vp", "svp", "evp", "avp", "vice president", "vice-president", "vicepresident",
              "vice-président", "vice président", "vicepresidente", "vicepresidenta",
              "deputy ceo", "deputy general director", "deputy managing director",
              "directeur général adjoint", "directrice générale adjointe",
              "director general adjunto", "stellvertretender geschäftsführer"),
        _prefix("vizepräsident", "вице-президент", "вице президент",
                "заместитель генерального директора", "зам генерального директора",
                "зам. генерального директора", "замгендиректора", "первый заместитель"),
        _anywhere("副总裁", "副总经理", "副社長"),
    ))),
    (Seniority.C_LEVEL, "|".join((
        _word("ceo", "cto", "cfo", "coo", "cmo", "cio", "cro", "cso", "cpo", "cdo", "cco",
              "chro", "ciso", "founder", "co-founder", "cofounder", "president", "chairman",
              "chairwoman", "managing director", "managing partner", "executive director",
              "pdg", "p-dg", "président", "présidente", "directeur général",
              "directrice générale", "fondateur", "fondatrice", "gérant", "gérante",
              "director general", "directora general", "director ejecutivo",
              "directora ejecutiva", "consejero delegado", "consejera delegada",
              "presidente", "presidenta", "fundador", "fundadora", "gerente general",
              "propietario", "propietaria", "dueño", "dueña"),
        rf"{_START}chief{_END}(?!\s+of\s+staff)",
        rf"(?<!product )(?<!process ){_START}owner{_END}",
        _prefix("geschäftsführer", "vorstand", "inhaber", "gründer", "generaldirektor",
                "генеральн", "гендиректор", "президент", "основател", "учредител",
                "владел", "собственник", "финансовый директор", "технический директор",
                "коммерческий директор", "исполнительный директор",
                "операционный директор"),
        _anywhere("首席", "总裁", "董事长", "总经理", "创始人", "老板", "社長", "代表取締役"),
    ))),
    (Seniority.MANAGER, "|".join((
        _word("team lead", "team leader", "teamlead", "tech lead"),
        _prefix("teamleiter", "gruppenleiter", "руководитель группы", "руководителя группы"),
    ))),
    (Seniority.DIRECTOR, "|".join((
        _word("director", "directora", "directeur", "directrice", "head", "general manager"),
        _prefix("direktor", "директор", "руководител", "начальник", "глава", "leitung"),
        rf"leiter(?:in)?{_END}",  # Vertriebsleiter, Abteilungsleiterin
        _anywhere("总监", "部长", "主任"),
    ))),
    (Seniority.MANAGER, "|".join((
        _word("manager", "managers", "mgr", "supervisor", "superviseur", "responsable",
              "chef de projet", "chef d'équipe", "chef de service", "gerente", "jefe",
              "jefa"),
        _prefix("менеджер", "managerin"),
        _anywhere("经理", "主管", "组长"),
    ))),
)  # fmt: skip

_COMPILED_SENIORITY: Final[tuple[tuple[Seniority, re.Pattern[str]], ...]] = tuple(
    (level, re.compile(pattern)) for level, pattern in _SENIORITY_PATTERNS
)


@lru_cache(maxsize=200_000)
def detect_seniority(title: str | None) -> Seniority | None:
    """Read the seniority from a job title in English, Russian, German, French, Spanish
    or Chinese.

    Args:
        title: ``"CEO"``, ``"Генеральный директор"``, ``"Geschäftsführer"``,
            ``"Directeur commercial"``, ``"Director de ventas"``, ``"销售总监"``, ...

    Returns:
        The level (``C_LEVEL``, ``VP``, ``DIRECTOR``, ``MANAGER``; any other title is
        ``INDIVIDUAL``), or None for an empty title.
    """
    if not title or not title.strip():
        return None
    return _seniority_of_folded(_fold(title))


def _seniority_of_folded(folded: str) -> Seniority:
    for level, pattern in _COMPILED_SENIORITY:
        if pattern.search(folded):
            return level
    return Seniority.INDIVIDUAL


# --- profiles and scores ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IcpProfile:
    """An ideal customer profile. Lists given as lists are stored as tuples.

    Attributes:
        name: Shown in the UI.
        industries: Industries to target, any case (``"Software"``, ``"Banking"``).
        title_keywords: Words in the job title (``"sales"``, ``"revenue"``, ``"продаж"``).
        seniorities: :class:`Seniority` values or their names (``"vp"``).
        min_employees: Smallest company size, or None for no lower bound.
        max_employees: Largest company size, or None for no upper bound.
        countries: Countries in any common spelling (``"DE"``, ``"Germany"``,
            ``"Россия"``) or region names from :data:`REGIONS` (``"DACH"``).
        excluded_domains: Domains never to target (``"competitor.com"``); subdomains
            are excluded too.
    """

    name: str = ""
    industries: tuple[str, ...] = ()
    title_keywords: tuple[str, ...] = ()
    seniorities: tuple[str, ...] = ()
    min_employees: int | None = None
    max_employees: int | None = None
    countries: tuple[str, ...] = ()
    excluded_domains: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Profiles come from JSON columns as lists; tuples keep the profile hashable so
        # its compiled form can be cached.
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, list | set | frozenset):
                object.__setattr__(self, item.name, tuple(value))
        for level in self.seniorities:
            Seniority(level)  # ValueError for an unknown level, at the edge

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> IcpProfile:
        """Build a profile from a row of ``icp_profiles`` as a mapping (extra keys ignored).

        Raises:
            ValueError: For an unknown seniority.
        """
        known = {item.name for item in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        return cls(**values)  # type: ignore[arg-type]


class FitScore(NamedTuple):
    """A contact's fit with a profile (a named tuple: a million are made per rescoring).

    Attributes:
        score: 0-100.
        matched: Criteria met, with what met them: ``"industry:software"``,
            ``"title:sales"``, ``"seniority:vp"``, ``"company_size:250"``,
            ``"country:DE"``.
        missed: Criteria not met: ``"industry"``, ``"company_size:unknown"``, or
            ``"excluded_domain:competitor.com"`` (then the score is 0).
    """

    score: int
    matched: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def excluded(self) -> bool:
        """True when an excluded domain forced the score to 0."""
        return any(m.startswith("excluded_domain:") for m in self.missed)


_NO_CRITERIA: Final = FitScore(0, (), ("no_criteria",))
_EMPLOYEE_NUMBER: Final = re.compile(r"\d[\d\s,.'\u00a0]*")
_MEMO_LIMIT: Final = 100_000
_T = TypeVar("_T")


def _parse_employees(value: object) -> int | None:
    """Read a company size: 250, "1,200", "51-200" (the middle), "10000+" (the bound)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    if not isinstance(value, str):
        return None
    numbers = [int(re.sub(r"\D", "", n)) for n in _EMPLOYEE_NUMBER.findall(value)]
    if not numbers:
        return None
    if len(numbers) >= 2:
        return (numbers[0] + numbers[1]) // 2
    return numbers[0]


def _country_code(text: str) -> str:
    return region_for_country(text) or _fold(text)


# A criterion's verdict on one value: (points, label, met). Memoised per distinct value:
# a list holds far fewer industries, countries, titles and domains than contacts.
_Outcome: TypeAlias = tuple[int, str, bool]


class _Memo(dict[str, _T]):
    """A dict that empties itself when full, so memory stays flat on distinct values."""

    def remember(self, key: str, value: _T) -> _T:
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        self[key] = value
        return value


class CompiledProfile:
    """A profile turned into patterns and sets, with memos for repeated values.

    Not thread-safe across threads that share one instance (the memos are plain dicts):
    a background rescoring job should use its own (``CompiledProfile(profile)``, as
    :func:`score_contacts` does).
    """

    def __init__(self, profile: IcpProfile) -> None:
        """Compile ``profile``."""
        self.profile = profile
        self._industries = compile_keywords(profile.industries)
        self._titles = compile_keywords(profile.title_keywords)
        self._seniorities = frozenset(Seniority(s) for s in profile.seniorities)
        self._sized = profile.min_employees is not None or profile.max_employees is not None
        self._min = profile.min_employees
        self._max = profile.max_employees
        countries: set[str] = set()
        for item in profile.countries:
            countries |= REGIONS.get(_fold(item), frozenset({_country_code(item)}))
        self._countries = frozenset(countries)
        self._excluded = frozenset(
            d.strip().lower().removeprefix("www.").rstrip(".")
            for d in profile.excluded_domains
            if d.strip()
        )
        used = {
            "industry": self._industries is not None,
            "title": self._titles is not None,
            "seniority": bool(self._seniorities),
            "company_size": self._sized,
            "country": bool(self._countries),
        }
        self._total = sum(WEIGHTS[name] for name, on in used.items() if on)
        self._industry_memo: _Memo[_Outcome] = _Memo()
        self._title_memo: _Memo[tuple[_Outcome, ...]] = _Memo()
        self._country_memo: _Memo[_Outcome] = _Memo()
        self._domain_memo: _Memo[str | None] = _Memo()
        self._website_memo: _Memo[str | None] = _Memo()

    # --- per-value verdicts, memoised -----------------------------------------------

    def _industry(self, industry: str) -> _Outcome:
        assert self._industries is not None
        match = self._industries.search(_fold(industry))
        if match:
            return WEIGHTS["industry"], f"industry:{match.group(0).strip()}", True
        return 0, "industry", False

    def _title(self, title: str) -> tuple[_Outcome, ...]:
        # Called once per distinct title (the caller memoises), so it folds once and
        # skips detect_seniority's own cache.
        folded = _fold(title)
        outcomes: list[_Outcome] = []
        if self._titles is not None:
            match = self._titles.search(folded)
            if match:
                outcomes.append((WEIGHTS["title"], f"title:{match.group(0).strip()}", True))
            else:
                outcomes.append((0, "title", False))
        if self._seniorities:
            level = _seniority_of_folded(folded)
            if level in self._seniorities:
                outcomes.append((WEIGHTS["seniority"], f"seniority:{level.value}", True))
            else:
                outcomes.append((0, f"seniority:{level.value}", False))
        return tuple(outcomes)

    def _no_title(self) -> tuple[_Outcome, ...]:
        outcomes: list[_Outcome] = []
        if self._titles is not None:
            outcomes.append((0, "title:unknown", False))
        if self._seniorities:
            outcomes.append((0, "seniority:unknown", False))
        return tuple(outcomes)

    def _country(self, country: str) -> _Outcome:
        code = _country_code(country)
        if code in self._countries:
            return WEIGHTS["country"], f"country:{code}", True
        return 0, f"country:{code}", False

    def _excluded_parent(self, domain: str) -> str | None:
        # acme.com excludes sales.acme.com: test every parent domain.
        labels = domain.strip().lower().removeprefix("www.").rstrip(".").split(".")
        for start in range(len(labels) - 1):
            parent = ".".join(labels[start:])
            if parent in self._excluded:
                return parent
        return None

    def _excluded_domain(self, contact: Mapping[str, object]) -> str | None:
        memo = self._domain_memo
        email = contact.get("email")
        if isinstance(email, str) and "@" in email:
            domain = email[email.rindex("@") + 1 :]
            hit = (
                memo[domain]
                if domain in memo
                else memo.remember(domain, self._excluded_parent(domain))
            )
            if hit is not None:
                return hit
        for name in ("domain", "company_domain"):
            value = contact.get(name)
            if isinstance(value, str) and value.strip():
                hit = (
                    memo[value]
                    if value in memo
                    else memo.remember(value, self._excluded_parent(value))
                )
                if hit is not None:
                    return hit
        website = contact.get("website")
        if isinstance(website, str) and website.strip():
            # Parsing a website (urlsplit, IDNA) costs ~100 µs: once per distinct website,
            # or a million contacts spend most of their rescoring here.
            websites = self._website_memo
            if website in websites:
                return websites[website]
            host = domain_from_website(website)
            return websites.remember(website, self._excluded_parent(host) if host else None)
        return None

    # --- scoring --------------------------------------------------------------------

    def score(self, contact: Mapping[str, object]) -> FitScore:
        """Score one contact.

        Args:
            contact: Contact fields (``title``, ``industry``, ``employees`` or
                ``employee_count``, ``country``, ``email``, ``website``, ``domain``);
                company fields joined in as they are.

        Returns:
            The fit score with matched and missed criteria.
        """
        if self._excluded:
            excluded = self._excluded_domain(contact)
            if excluded is not None:
                return FitScore(0, (), (f"excluded_domain:{excluded}",))
        if not self._total:
            return _NO_CRITERIA
        outcomes: list[_Outcome] = []

        if self._industries is not None:
            industry = contact.get("industry")
            if isinstance(industry, str) and industry.strip():
                memo = self._industry_memo
                outcomes.append(
                    memo[industry]
                    if industry in memo
                    else memo.remember(industry, self._industry(industry))
                )
            else:
                outcomes.append((0, "industry:unknown", False))

        if self._titles is not None or self._seniorities:
            title = contact.get("title")
            if isinstance(title, str) and title.strip():
                titles = self._title_memo
                outcomes.extend(
                    titles[title] if title in titles else titles.remember(title, self._title(title))
                )
            else:
                outcomes.extend(self._no_title())

        if self._sized:
            size = contact.get("employees")
            employees = _parse_employees(contact.get("employee_count") if size is None else size)
            if employees is None:
                outcomes.append((0, "company_size:unknown", False))
            elif (self._min is None or employees >= self._min) and (
                self._max is None or employees <= self._max
            ):
                outcomes.append((WEIGHTS["company_size"], f"company_size:{employees}", True))
            else:
                outcomes.append((0, f"company_size:{employees}", False))

        if self._countries:
            country = contact.get("country")
            if isinstance(country, str) and country.strip():
                memo = self._country_memo
                outcomes.append(
                    memo[country]
                    if country in memo
                    else memo.remember(country, self._country(country))
                )
            else:
                outcomes.append((0, "country:unknown", False))

        points = sum(outcome[0] for outcome in outcomes)
        return FitScore(
            round(100 * points / self._total),
            tuple(label for _, label, met in outcomes if met),
            tuple(label for _, label, met in outcomes if not met),
        )


@lru_cache(maxsize=16)
def compile_profile(profile: IcpProfile) -> CompiledProfile:
    """Return the compiled form of a profile (cached per profile value)."""
    return CompiledProfile(profile)


def score_contact(profile: IcpProfile, contact_fields: Mapping[str, object]) -> FitScore:
    """Score one contact against a profile.

    Args:
        profile: The ideal customer profile.
        contact_fields: The contact's fields (see :meth:`CompiledProfile.score`).

    Returns:
        The fit score, 0-100, with the criteria matched and missed.
    """
    return compile_profile(profile).score(contact_fields)


def score_contacts(
    profile: IcpProfile, contacts: Iterable[Mapping[str, object]]
) -> Iterator[FitScore]:
    """Score many contacts lazily (a rescoring job streams pages through this).

    Args:
        profile: The ideal customer profile.
        contacts: The contacts' fields.

    Yields:
        One fit score per contact, in order.
    """
    score = CompiledProfile(profile).score
    for contact in contacts:
        yield score(contact)
