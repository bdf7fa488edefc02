"""The demo data generator: companies and prospects from a seed (see ``app.core.demo``)."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Final, TypeVar

from app.core.demo.names import (
    COUNTRIES,
    COUNTRY_BY_CODE,
    LONG_NAMES,
    NOT_SLUG,
    RU_PATRONYMICS,
    City,
    Country,
    ascii_fold,
    latin,
    local_part,
    russian,
    transliterate,
)

# --- titles -----------------------------------------------------------------------------

#: Seniority levels used by the ICP profile and fit scores.
SENIORITIES: Final = ("c_level", "vp", "director", "manager", "individual")

_ENGLISH_TITLES: Final = {
    "c_level": ("CEO", "CTO", "Chief Revenue Officer", "COO", "CFO", "Founder & CEO"),
    "vp": ("VP Sales", "VP Marketing", "VP Engineering", "VP Operations",
           "SVP Business Development"),
    "director": ("Head of Sales", "Head of Marketing", "Director of Sales Operations",
                 "Head of Procurement", "IT Director", "Director of Demand Generation"),
    "manager": ("Sales Manager", "Marketing Manager", "Procurement Manager",
                "RevOps Manager", "Engineering Manager", "Office Manager"),
    "individual": ("Account Executive", "Marketing Specialist", "Buyer",
                   "Software Engineer", "Business Analyst"),
}  # fmt: skip

# Local-language titles; a tuple pair is (male form, female form).
_LOCAL_TITLES: Final[dict[str, dict[str, tuple[str | tuple[str, str], ...]]]] = {
    "DE": {
        "c_level": ("Geschäftsführer", ("Geschäftsführer", "Geschäftsführerin"), "CTO"),
        "vp": ("Vertriebsvorstand", "VP Sales"),
        "director": (("Leiter Vertrieb", "Leiterin Vertrieb"),
                     ("Leiter Marketing", "Leiterin Marketing"), "Head of Sales",
                     ("Bereichsleiter IT", "Bereichsleiterin IT")),
        "manager": (("Einkaufsleiter", "Einkaufsleiterin"), "Key Account Manager",
                    ("Teamleiter Innendienst", "Teamleiterin Innendienst")),
        "individual": (("Sachbearbeiter Einkauf", "Sachbearbeiterin Einkauf"),
                       ("Softwareentwickler", "Softwareentwicklerin")),
    },
    "FR": {
        "c_level": (("Directeur général", "Directrice générale"), "PDG", "CTO"),
        "vp": (("Directeur commercial", "Directrice commerciale"),),
        "director": (("Directeur marketing", "Directrice marketing"),
                     "Responsable des achats", ("Directeur des systèmes d'information",
                                                "Directrice des systèmes d'information")),
        "manager": ("Responsable marketing", "Responsable commercial grands comptes"),
        "individual": (("Acheteur", "Acheteuse"), ("Ingénieur logiciel", "Ingénieure logiciel")),
    },
    "ES": {
        "c_level": (("Director general", "Directora general"), "CEO"),
        "vp": (("Director comercial", "Directora comercial"),),
        "director": (("Director de marketing", "Directora de marketing"),
                     ("Jefe de compras", "Jefa de compras")),
        "manager": ("Responsable de ventas", ("Gerente de cuentas", "Gerente de cuentas")),
        "individual": ("Técnico de compras", ("Analista de negocio", "Analista de negocio")),
    },
    "RU": {
        "c_level": ("Генеральный директор", "Технический директор",
                    "Финансовый директор"),
        "vp": ("Коммерческий директор", "Директор по развитию бизнеса"),
        "director": ("Директор по продажам", "Директор по маркетингу", "Директор по ИТ",
                     "Руководитель отдела закупок"),
        "manager": ("Руководитель отдела продаж", "Менеджер по закупкам",
                    "Руководитель отдела маркетинга"),
        "individual": ("Ведущий специалист", "Менеджер по работе с клиентами",
                       "Программист"),
    },
    "CN": {
        "c_level": ("总经理", "首席执行官", "首席技术官"),
        "vp": ("销售副总裁", "市场副总裁"),
        "director": ("销售总监", "市场总监", "采购总监", "技术总监"),
        "manager": ("销售经理", "采购经理", "市场经理"),
        "individual": ("客户经理", "软件工程师"),
    },
    "JP": {
        "c_level": ("代表取締役社長", "最高技術責任者"),
        "vp": ("営業本部長", "取締役"),
        "director": ("営業部長", "マーケティング部長", "情報システム部長"),
        "manager": ("営業課長", "購買課長"),
        "individual": ("営業担当", "エンジニア"),
    },
    "LT": {
        "c_level": (("Generalinis direktorius", "Generalinė direktorė"), "CEO"),
        "vp": (("Komercijos direktorius", "Komercijos direktorė"),),
        "director": (("Pardavimų vadovas", "Pardavimų vadovė"), "Head of Marketing"),
        "manager": (("Pirkimų vadybininkas", "Pirkimų vadybininkė"),),
        "individual": (("Programuotojas", "Programuotoja"),),
    },
    "BR": {
        "c_level": (("Diretor-presidente", "Diretora-presidente"), "CEO", "CTO"),
        "vp": (("Diretor comercial", "Diretora comercial"),),
        "director": (("Diretor de marketing", "Diretora de marketing"),
                     ("Gerente de compras", "Gerente de compras")),
        "manager": (("Coordenador de vendas", "Coordenadora de vendas"),),
        "individual": (("Analista de compras", "Analista de compras"),),
    },
}  # fmt: skip

# Mostly managers and directors: that is who SDRs prospect into.
_SENIORITY_WEIGHTS: Final = (8, 14, 30, 33, 15)
# Share of prospects in a non-English-speaking country given a title in English.
_ENGLISH_TITLE_SHARE: Final = 0.35

# --- companies --------------------------------------------------------------------------

INDUSTRIES: Final = (
    "Software", "Logistics", "Manufacturing", "Financial services", "Healthcare",
    "Retail", "Telecommunications", "Education", "Energy", "Marketing services",
    "Construction", "Food and beverage",
)  # fmt: skip

# (native word, latin word for the domain)
_WORDS: Final[dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]]] = {
    "EN": (
        latin("Northwind", "Bluefin", "Summit", "Brightpath", "Ironclad", "Cobalt",
               "Redwood", "Clearwater", "Pinnacle", "Silverline", "Keystone", "Evergreen",
               "Harbor", "Granite", "Lumen", "Foxglove", "Meridian", "Sterling"),
        latin("Analytics", "Logistics", "Health", "Software", "Systems", "Labs", "Capital",
               "Networks", "Robotics", "Foods", "Energy", "Media", "Consulting", "Retail"),
    ),
    "RU": (
        russian("Сиб", "Урал", "Волга", "Нева", "Балт", "Транс", "Энерго", "Гео", "Мега",
            "Техно", "Север", "Альфа"),
        russian("тех", "софт", "логистик", "инвест", "пром", "строй", "системы", "сервис",
            "медиа", "торг"),
    ),
    "CN": (
        (("华信", "huaxin"), ("腾达", "tengda"), ("瑞丰", "ruifeng"), ("新元", "xinyuan"),
         ("中科", "zhongke"), ("宏图", "hongtu"), ("星辰", "xingchen"), ("恒通", "hengtong")),
        (("科技", "tech"), ("信息技术", "it"), ("物流", "logistics"),
         ("医疗器械", "medical"), ("软件", "soft"), ("电子", "electronics")),
    ),
    "JP": (
        (("サクラ", "sakura"), ("ミライ", "mirai"), ("ヒカリ", "hikari"), ("アオバ", "aoba"),
         ("大和", "yamato"), ("富士見", "fujimi")),
        (("テック", "tech"), ("ソフト", "soft"), ("物流", "butsuryu"),
         ("システムズ", "systems"), ("メディカル", "medical")),
    ),
    "LT": (
        latin("Baltų", "Šiaurės", "Nemuno", "Gedimino", "Ąžuolo", "Žalgirio",
               "Aukštaitijos"),
        latin("duomenys", "logistika", "technologijos", "energija", "sprendimai",
               "sistemos"),
    ),
    "IN": (
        latin("Sunrise", "Lotus", "Ganga", "Shakti", "Nirmal", "Indus", "Kaveri", "Akash",
               "Sagar"),
        latin("Technologies", "Infotech", "Logistics", "Pharma", "Solutions", "Systems"),
    ),
}  # fmt: skip

_SECTOR_WORDS: Final = {
    "DE": ("Logistik", "Maschinenbau", "Software", "Medizintechnik", "Energie", "Consulting"),
    "FR": ("Conseil", "Logistique", "Technologies", "Santé", "Énergie", "Distribution"),
    "ES": ("Soluciones", "Tecnologías", "Logística", "Servicios", "Ingeniería"),
    "BR": ("Tecnologia", "Logística", "Consultoria", "Alimentos", "Energia", "Saúde"),
}  # fmt: skip

_LEGAL_FORMS: Final = {
    "US": (", Inc.", " LLC", " Corp.", ""), "GB": (" Ltd", " plc", " Group", " Ltd."),
    "DE": (" GmbH", " AG", " GmbH & Co. KG", " SE"), "FR": (" SAS", " SA", " SARL"),
    "ES": (" S.L.", " S.A."), "BR": (" Ltda.", " S.A.", " ME"), "IN": (" Pvt. Ltd.", " Ltd."),
}  # fmt: skip

# Company sizes as (smallest, largest) head counts, with how common each band is.
_SIZE_BANDS: Final = ((2, 10), (11, 50), (51, 200), (201, 1000), (1001, 5000), (5001, 50000))
_SIZE_WEIGHTS: Final = (10, 25, 30, 20, 10, 5)

# --- email and phone messiness ----------------------------------------------------------

ROLE_LOCAL_PARTS: Final = ("info", "sales", "contact", "office", "hello", "admin", "support")
TYPO_DOMAINS: Final = ("gmial.com", "gmail.con", "yahooo.com", "hotmial.com", "outlok.com",
                       "gamil.com", "mail.ry")  # fmt: skip
DISPOSABLE_DOMAINS: Final = ("mailinator.com", "guerrillamail.com", "10minutemail.com")
# Addresses nobody can send to: the validator must call them invalid, not crash.
INVALID_EMAILS: Final = ("{first}.{last}@", "{first}..{last}@{domain}", "{first} at {domain}",
                         "{first}@{domain}@{domain}", "n/a", "-", "{first}@localhost",
                         "{first}.{last}@{domain_no_tld}")  # fmt: skip
INTERNATIONAL_EMAILS: Final = ("иван@почта.рф", "продажи@пример.рф", "josé@correo.es",
                               "jürgen.weiß@bücher.de", "用户@例子.中国",
                               "info@šiauliųbankas.lt")  # fmt: skip
BAD_PHONES: Final = ("n/a", "123", "tbd", "+7 (999) 000", "ask reception", "0000000000",
                     "+1 555", "—")  # fmt: skip

# Share of prospects (cumulative thresholds) for each kind of email problem.
_EMAIL_KINDS: Final = (
    ("missing", 0.05), ("role", 0.09), ("free", 0.17), ("typo", 0.19), ("disposable", 0.20),
    ("invalid", 0.215), ("international", 0.22), ("messy", 0.25),
)  # fmt: skip

SOURCES: Final = ("inbound", "outbound", "referral")
_SOURCE_WEIGHTS: Final = (25, 60, 15)
# Predictable-Revenue lead types follow the source most of the time.
_LEAD_TYPE_FOR_SOURCE: Final = {"inbound": "net", "outbound": "spear", "referral": "seed"}


T = TypeVar("T")


def weighted_choice(rng: random.Random, items: Sequence[T], cum_weights: Sequence[float]) -> T:
    """One of ``items`` by cumulative weights: ``rng.choices(...)[0]`` without its overhead.

    The same single draw and the same bisection as ``random.choices``, so the result is
    identical; it just skips building a one-element list, which matters a million times.
    """
    return items[bisect(cum_weights, rng.random() * cum_weights[-1], 0, len(items) - 1)]


# Cumulative weights, computed once: random.choices would redo it on every call.
_COUNTRY_CUM: Final = tuple(accumulate(c.weight for c in COUNTRIES))
_SIZE_CUM: Final = tuple(accumulate(_SIZE_WEIGHTS))
_SENIORITY_CUM: Final = tuple(accumulate(_SENIORITY_WEIGHTS))
_SOURCE_CUM: Final = tuple(accumulate(_SOURCE_WEIGHTS))


@dataclass(frozen=True, slots=True)
class DemoCompany:
    """A made-up company."""

    name: str
    normalized_name: str
    domain: str
    website: str
    industry: str
    employee_count: int
    country: str
    country_code: str
    city: str
    time_zone: str
    linkedin_url: str


@dataclass(frozen=True, slots=True)
class DemoPerson:
    """A made-up prospect as an import would deliver them (raw email and phone).

    Attributes:
        email_kind: What the demo meant the address to be (``work``, ``role``, ``free``,
            ``typo``, ``disposable``, ``invalid``, ``international``, ``messy``,
            ``missing``, ``duplicate``): tests use it to check the validator's verdicts.
    """

    first_name: str | None
    last_name: str | None
    full_name: str
    title: str
    seniority: str
    email: str | None
    email_kind: str
    phone: str | None
    mobile: str | None
    country: str
    country_code: str
    city: str
    time_zone: str
    linkedin_url: str | None
    source: str
    lead_type: str
    gender: str


class DemoDataGenerator:
    """Makes reproducible demo companies and prospects from a seed.

    Args:
        seed: The same seed gives the same sequence of companies and people.
    """

    def __init__(self, seed: int = 42) -> None:
        self.rng = random.Random(seed)
        self._used_domains: set[str] = set()
        self._used_company_names: set[str] = set()
        self._used_emails: set[str] = set()
        self._recent: list[DemoPerson] = []

    # --- companies ----------------------------------------------------------------------

    def country(self) -> Country:
        """Pick a country by its weight."""
        return weighted_choice(self.rng, COUNTRIES, _COUNTRY_CUM)

    def companies(self, count: int) -> list[DemoCompany]:
        """Make ``count`` companies with unique names and domains."""
        return [self.company() for _ in range(count)]

    def company(self, country: Country | None = None) -> DemoCompany:
        """Make one company in ``country`` (a random one when None)."""
        rng = self.rng
        country = country or self.country()
        base, latin, legal = self._company_name(country)
        name = f"{base}{legal}" if legal else base
        if name in self._used_company_names:
            # Same name, another branch: real lists have these, but not by the dozen.
            city = rng.choice(country.cities)
            base = f"{base} {city.name}"
            latin = f"{latin} {ascii_fold(transliterate(city.name))}"
            name = f"{base}{legal}"
        self._used_company_names.add(name)
        domain = self._unique_domain(latin, country.tld)
        city = rng.choice(country.cities)
        low, high = weighted_choice(rng, _SIZE_BANDS, _SIZE_CUM)
        slug = domain.split(".")[0]
        return DemoCompany(
            name=name,
            normalized_name=" ".join(base.casefold().split()),
            domain=domain,
            website=rng.choice((f"https://www.{domain}", f"https://{domain}/", f"www.{domain}")),
            industry=rng.choice(INDUSTRIES),
            employee_count=rng.randint(low, high),
            country=country.name,
            country_code=country.code,
            city=city.name,
            time_zone=city.time_zone,
            linkedin_url=f"https://www.linkedin.com/company/{slug}",
        )

    def _company_name(self, country: Country) -> tuple[str, str, str]:
        """Return (name without legal form, its Latin spelling, legal form)."""
        rng = self.rng
        code = country.code
        if code in ("US", "GB", "IN"):
            words = _WORDS["IN" if code == "IN" else "EN"]
            first, second = rng.choice(words[0]), rng.choice(words[1])
            return (
                f"{first[0]} {second[0]}",
                f"{first[1]}{second[1]}",
                rng.choice(_LEGAL_FORMS[code]),
            )
        if code in _SECTOR_WORDS:
            surname = rng.choice(country.surnames)[0]
            sector = rng.choice(_SECTOR_WORDS[code])
            if code == "ES" and rng.random() < 0.6:
                base = f"{sector} {surname[0]}"
            else:
                base = f"{surname[0]} {sector}"
            return base, ascii_fold(base), rng.choice(_LEGAL_FORMS[code])
        first, second = rng.choice(_WORDS[code][0]), rng.choice(_WORDS[code][1])
        if code == "RU":
            word = first[0] + second[0]
            form = rng.choice(("ООО", "АО", "ПАО"))
            return f"{form} «{word}»", first[1] + second[1], ""
        if code == "CN":
            city = rng.choice(country.cities).name
            return f"{city}{first[0]}{second[0]}有限公司", first[1] + second[1], ""
        if code == "JP":
            return f"株式会社{first[0]}{second[0]}", first[1] + second[1], ""
        # Lithuania: UAB „Baltų duomenys“ with Lithuanian quotation marks.
        return f"UAB „{first[0]} {second[0]}“", ascii_fold(f"{first[1]}{second[1]}"), ""

    def _unique_domain(self, latin: str, tld: str) -> str:
        slug = NOT_SLUG.sub("", ascii_fold(latin).lower())
        if self.rng.random() < 0.3 and " " in latin:
            slug = "-".join(NOT_SLUG.sub("", part) for part in ascii_fold(latin).lower().split())
        slug = slug or "company"
        domain = f"{slug}.{tld}"
        counter = 2
        while domain in self._used_domains:
            domain = f"{slug}{counter}.{tld}"
            counter += 1
        self._used_domains.add(domain)
        return domain

    # --- people -------------------------------------------------------------------------

    def person(self, company: DemoCompany) -> DemoPerson:
        """Make one prospect working at ``company``.

        About one in two hundred is a near-duplicate of a recent prospect (same person,
        email in other case, name written differently), for the dedupe screens.
        """
        rng = self.rng
        if self._recent and rng.random() < 0.005:
            return self._near_duplicate(rng.choice(self._recent))
        country = COUNTRY_BY_CODE[company.country_code]
        if rng.random() < 0.08:
            # Offices abroad: a German company's buyer in Vilnius.
            country = self.country()
        gender = "f" if rng.random() < 0.45 else "m"
        given = rng.choice(country.female if gender == "f" else country.male)
        surname = rng.choice(country.surnames)[1 if gender == "f" else 0]
        first, surname_text, full = self._names(country, gender, given[0], surname[0])
        last: str | None = surname_text
        first_latin, last_latin = given[1], surname[1]
        if rng.random() < 0.0015:
            first, last = rng.choice(LONG_NAMES)
            full = f"{first} {last}"
            first_latin, last_latin = (
                ascii_fold(transliterate(first)),
                ascii_fold(transliterate(last)),
            )
        elif country.code == "IN" and rng.random() < 0.04:
            # Many South Indians go by one name; the family name is an initial or absent.
            last, full, last_latin = None, first, ""
        seniority = weighted_choice(rng, SENIORITIES, _SENIORITY_CUM)
        city = rng.choice(country.cities)
        email, kind = self._email(country, company, first_latin, last_latin)
        source = weighted_choice(rng, SOURCES, _SOURCE_CUM)
        lead_type = _LEAD_TYPE_FOR_SOURCE[source]
        if rng.random() < 0.1:
            lead_type = rng.choice(("seed", "net", "spear"))
        phone = self.phone(country, city) if rng.random() < 0.9 else None
        if phone is not None and rng.random() < 0.03:
            phone = rng.choice(BAD_PHONES)
        person = DemoPerson(
            first_name=first,
            last_name=last,
            full_name=full,
            title=self.title(country, seniority, gender),
            seniority=seniority,
            email=email,
            email_kind=kind,
            phone=phone,
            mobile=self.phone(country, city, mobile=True) if rng.random() < 0.1 else None,
            country=country.name,
            country_code=country.code,
            city=city.name,
            time_zone=city.time_zone,
            linkedin_url=self._linkedin(first_latin, last_latin) if rng.random() < 0.7 else None,
            source=source,
            lead_type=lead_type,
            gender=gender,
        )
        self._recent.append(person)
        if len(self._recent) > 200:
            del self._recent[:100]
        return person

    def _names(
        self, country: Country, gender: str, given: str, surname: str
    ) -> tuple[str, str, str]:
        """Return (first name, last name, full name as the person writes it)."""
        code = country.code
        if code == "CN":
            return given, surname, f"{surname}{given}"
        if code == "JP":
            return given, surname, f"{surname} {given}"
        if code == "RU":
            patronymic = self.rng.choice(RU_PATRONYMICS)[1 if gender == "f" else 0]
            return given, surname, f"{given} {patronymic} {surname}"
        if code == "ES":
            second = self.rng.choice(country.surnames)[0][0]
            if second != surname:
                surname = f"{surname} {second}"
        if code == "BR" and self.rng.random() < 0.4:
            second = self.rng.choice(country.surnames)[0][0]
            if second != surname:
                surname = f"{surname} {second}"
        return given, surname, f"{given} {surname}"

    def title(self, country: Country, seniority: str, gender: str) -> str:
        """A job title for the seniority, in the local language most of the time."""
        local = _LOCAL_TITLES.get(country.code)
        if local is None or self.rng.random() < _ENGLISH_TITLE_SHARE:
            return self.rng.choice(_ENGLISH_TITLES[seniority])
        choice = self.rng.choice(local[seniority])
        if isinstance(choice, tuple):
            return choice[1] if gender == "f" else choice[0]
        return choice

    def _email(
        self, country: Country, company: DemoCompany, first: str, last: str
    ) -> tuple[str | None, str]:
        rng = self.rng
        roll = rng.random()
        kind = next((k for k, limit in _EMAIL_KINDS if roll < limit), "work")
        first_l = local_part(first) or "contact"
        last_l = local_part(last)
        domain = company.domain
        if kind == "missing":
            return None, kind
        if kind == "role":
            return self._unique_email(rng.choice(ROLE_LOCAL_PARTS), domain), kind
        if kind == "free":
            domain = rng.choice(country.free_mail)
            local = (
                f"{first_l}.{last_l}{rng.randint(1, 99)}"
                if last_l
                else f"{first_l}{rng.randint(1, 999)}"
            )
            return self._unique_email(local, domain), kind
        if kind == "typo":
            return self._unique_email(
                f"{first_l}.{last_l}".strip("."), rng.choice(TYPO_DOMAINS)
            ), kind
        if kind == "disposable":
            return self._unique_email(
                f"{first_l}{rng.randint(1, 9999)}", rng.choice(DISPOSABLE_DOMAINS)
            ), kind
        if kind == "invalid":
            pattern = rng.choice(INVALID_EMAILS)
            return pattern.format(
                first=first_l,
                last=last_l or "x",
                domain=domain,
                domain_no_tld=domain.split(".")[0],
            ), kind
        if kind == "international":
            return rng.choice(INTERNATIONAL_EMAILS), kind
        local = self._work_local_part(first_l, last_l)
        address = self._unique_email(local, domain)
        if kind == "messy":
            # Pasted from a signature: odd case, white space, a trailing comma.
            address = rng.choice(
                (
                    f"  {address.title()} ",
                    f"{address.upper()}",
                    f"{address},",
                    f"mailto:{address}",
                    f"{first.title()} {last.title()} <{address}>",
                )
            )
        return address, kind

    def _work_local_part(self, first: str, last: str) -> str:
        if not last:
            return first
        pattern = self.rng.random()
        if pattern < 0.55:
            return f"{first}.{last}"
        if pattern < 0.75:
            return f"{first[0]}{last}"
        if pattern < 0.9:
            return first
        return f"{first}_{last}"

    def _unique_email(self, local: str, domain: str) -> str:
        address = f"{local}@{domain}"
        counter = 2
        while address.casefold() in self._used_emails:
            address = f"{local}{counter}@{domain}"
            counter += 1
        self._used_emails.add(address.casefold())
        return address

    def _linkedin(self, first: str, last: str) -> str:
        slug = "-".join(p for p in (ascii_fold(first).lower(), ascii_fold(last).lower()) if p)
        slug = NOT_SLUG.sub("-", slug).strip("-") or "member"
        return f"https://www.linkedin.com/in/{slug}-{self.rng.getrandbits(24):06x}"

    def _near_duplicate(self, person: DemoPerson) -> DemoPerson:
        """The same person again, as a second source wrote them down."""
        email = person.email
        if email and "@" in email:
            email = email.strip().upper() if self.rng.random() < 0.5 else email.strip().title()
        first = person.first_name.upper() if person.first_name else person.first_name
        return replace(
            person,
            first_name=first,
            full_name=" ".join(p for p in (first, person.last_name) if p),
            email=email,
            email_kind="duplicate",
            source="inbound",
            lead_type="net",
        )

    # --- phones -------------------------------------------------------------------------

    def phone(self, country: Country, city: City, *, mobile: bool = False) -> str:
        """A phone number written the way people in ``country`` write it."""
        rng = self.rng

        def digits(count: int) -> str:
            # One draw for all the digits: a draw per digit made phones the slowest field.
            return f"{rng.randrange(10**count):0{count}d}"

        code, area = country.code, city.area
        text = _format_phone(code, area, mobile, digits, rng)
        if rng.random() < 0.04 and not mobile:
            text += rng.choice((" x", " ext. ", " доб. " if code == "RU" else " ext ")) + digits(3)
        return text


def _format_phone(
    code: str, area: str, mobile: bool, digits: Callable[[int], str], rng: random.Random
) -> str:
    """Format a number in the country's own style; fictional ranges where they exist."""
    if code == "US":
        tail = f"555-01{digits(2)}"
        return rng.choice(
            (f"({area}) {tail}", f"+1 {area}-{tail}", f"{area}.{tail.replace('-', '.')}")
        )
    if code == "GB":
        if mobile:
            return f"07700 900{digits(3)}"
        local = f"{area}{digits(3)}"
        return local if rng.random() < 0.7 else "+44 " + local[1:]
    if code == "FR":
        local = f"{area} {digits(2)} {digits(2)}"
        return local if rng.random() < 0.7 else "+33 " + local[1:]
    if code == "DE":
        if mobile:
            return f"+49 151 {digits(8)}"
        return rng.choice(
            (f"0{area} {digits(7)}", f"+49 {area} {digits(7)}", f"0{area}/{digits(7)}")
        )
    if code == "ES":
        if mobile:
            return f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}"
        number = (area + digits(9))[:9]
        return f"+34 {number[:3]} {number[3:5]} {number[5:7]} {number[7:]}"
    if code == "RU":
        if mobile:
            return f"+7 9{digits(2)} {digits(3)}-{digits(2)}-{digits(2)}"
        return rng.choice(
            (
                f"8 ({area}) {digits(3)}-{digits(2)}-{digits(2)}",
                f"+7 ({area}) {digits(3)}-{digits(2)}-{digits(2)}",
            )
        )
    if code == "CN":
        if mobile or rng.random() < 0.5:
            return f"+86 13{rng.randint(5, 9)} {digits(4)} {digits(4)}"
        local_len = 8 if len(area) == 2 else 7
        return f"(0{area}) {digits(local_len)}"
    if code == "LT":
        if mobile or rng.random() < 0.5:
            return f"+370 6{digits(2)} {digits(5)}"
        return f"(8 {area}) {digits(8 - len(area))}"
    if code == "JP":
        if mobile:
            return f"090-{digits(4)}-{digits(4)}"
        local = digits(8 - len(area) + 1)
        return f"0{area}-{local[: 4 - len(area) + 1]}-{local[4 - len(area) + 1 :]}"
    if code == "BR":
        if mobile or rng.random() < 0.6:
            return f"({area}) 9{digits(4)}-{digits(4)}"
        return f"({area}) {rng.randint(2, 5)}{digits(3)}-{digits(4)}"
    # India
    if mobile or rng.random() < 0.6:
        return f"+91 9{digits(4)} {digits(5)}"
    # Ten digits after the trunk 0: area code, then the subscriber number in two groups.
    return f"0{area} {digits(4)} {digits(10 - len(area) - 4)}"
