"""The countries of the demo data: cities, names in their own scripts, email spellings.

Small hand-written tables, and the helpers that turn a name into what an email address
or a domain would spell (transliteration, diacritics dropped).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# --- the countries ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class City:
    """A city prospects live in, with its IANA time zone and a phone area code."""

    name: str
    time_zone: str
    area: str


@dataclass(frozen=True, slots=True)
class Country:
    """Everything needed to make up people and companies of one country.

    Attributes:
        code: ISO 3166 alpha-2 code, also the phone region.
        name: English country name as stored on contacts.
        weight: Relative share of the demo prospects.
        male / female: Given names; a pair is ``(native, latin)`` for non-Latin scripts.
        surnames: ``(male form, female form)`` pairs (the same twice where it does not vary).
        tld: The domain ending companies of the country use.
        free_mail: Free mail providers popular there.
        cities: Where prospects live.
    """

    code: str
    name: str
    weight: int
    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    surnames: tuple[tuple[tuple[str, str], tuple[str, str]], ...]
    tld: str
    free_mail: tuple[str, ...]
    cities: tuple[City, ...]


def latin(*names: str) -> tuple[tuple[str, str], ...]:
    """Names already in Latin script: the email form is the name without diacritics."""
    return tuple((n, ascii_fold(n)) for n in names)


def _same(*names: str) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    """Latin surnames whose female form equals the male one."""
    return tuple(((n, ascii_fold(n)), (n, ascii_fold(n))) for n in names)


def _gendered(*pairs: tuple[str, str]) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    """Latin surnames with a distinct female form (Lithuanian ``-ienė``, ``-aitė``)."""
    return tuple(((m, ascii_fold(m)), (f, ascii_fold(f))) for m, f in pairs)


_CYRILLIC: Final = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" "),
        strict=True,
    )
)


def transliterate(text: str) -> str:
    """Latin spelling of a Russian word (a simplified passport-style transliteration)."""
    out = []
    for ch in text:
        low = ch.lower()
        latin = _CYRILLIC.get(low)
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch != low else latin)
    return "".join(out)


@lru_cache(maxsize=4096)
def ascii_fold(text: str) -> str:
    """Drop diacritics (Šimkus → Simkus, Müller → Muller, ß → ss) for emails and domains."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Not a-z, 0-9 (``str.isalnum`` would also accept 福 and ж).
NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")
_NOT_LOCAL_PART: Final = re.compile(r"[^a-z0-9-]+")


@lru_cache(maxsize=4096)
def local_part(text: str) -> str:
    """A name as written in an email address (``Šimkus`` → ``simkus``)."""
    return _NOT_LOCAL_PART.sub("", ascii_fold(text).lower())


def russian(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, transliterate(n)) for n in names)


def _ru_surnames(*names: str) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    pairs = []
    for male in names:
        female = male[:-2] + "ая" if male.endswith("ий") else male + "а"
        pairs.append(((male, transliterate(male)), (female, transliterate(female))))
    return tuple(pairs)


def _asian_surnames(*pairs: tuple[str, str]) -> tuple[tuple[tuple[str, str], tuple[str, str]], ...]:
    return tuple((p, p) for p in pairs)


COUNTRIES: Final[tuple[Country, ...]] = (
    Country(
        "US", "United States", 24,
        latin("James", "Michael", "Robert", "David", "William", "Christopher", "Daniel",
               "Matthew", "Anthony", "Joshua", "Andrew", "Kevin", "Brian", "Jason", "Ryan"),
        latin("Jennifer", "Jessica", "Sarah", "Ashley", "Emily", "Amanda", "Melissa",
               "Stephanie", "Rachel", "Lauren", "Megan", "Nicole", "Olivia", "Hannah"),
        _same("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia",
              "Rodriguez", "Wilson", "Martinez", "Anderson", "Taylor", "Thomas", "Moore",
              "Jackson", "Lee", "Thompson", "White", "Harris", "Clark", "O'Brien",
              "McAllister", "Nguyen", "Kowalski"),
        "com", ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"),
        (City("New York", "America/New_York", "212"), City("Boston", "America/New_York", "617"),
         City("Chicago", "America/Chicago", "312"), City("Austin", "America/Chicago", "512"),
         City("Denver", "America/Denver", "303"),
         City("San Francisco", "America/Los_Angeles", "415"),
         City("Seattle", "America/Los_Angeles", "206")),
    ),
    Country(
        "GB", "United Kingdom", 10,
        latin("Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William",
               "Alistair", "Rhys", "Callum"),
        latin("Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Charlotte", "Siobhan",
               "Niamh", "Fiona", "Imogen"),
        _same("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Robinson",
              "Wright", "Thompson", "Evans", "Walker", "Hughes", "Edwards", "O'Connor",
              "Fitzgerald", "Ashworth-Pryce", "Patel"),
        "co.uk", ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com"),
        (City("London", "Europe/London", "020 7946 0"),
         City("Manchester", "Europe/London", "0161 496 0")),
    ),
    Country(
        "DE", "Germany", 12,
        latin("Lukas", "Jonas", "Maximilian", "Felix", "Tobias", "Stefan", "Thomas",
               "Andreas", "Jürgen", "Matthias", "Björn"),
        latin("Anna", "Lea", "Sophie", "Katharina", "Julia", "Sabine", "Claudia", "Jana",
               "Miriam", "Charlotte", "Jördis"),
        _same("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
              "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
              "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Weiß", "Groß",
              "von Bülow"),
        "de", ("gmx.de", "web.de", "t-online.de", "gmail.com"),
        (City("Berlin", "Europe/Berlin", "30"), City("Hamburg", "Europe/Berlin", "40"),
         City("München", "Europe/Berlin", "89"),
         City("Frankfurt am Main", "Europe/Berlin", "69"), City("Köln", "Europe/Berlin", "221")),
    ),
    Country(
        "FR", "France", 8,
        latin("Lucas", "Hugo", "Louis", "Jules", "Thomas", "Nicolas", "Julien", "Mathieu",
               "Antoine", "Jean-Luc", "François"),
        latin("Camille", "Léa", "Chloé", "Manon", "Emma", "Sophie", "Amélie", "Hélène",
               "Élodie", "Marie-Claire"),
        _same("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
              "Leroy", "Moreau", "Lefèvre", "Rousseau", "Fournier", "Girard", "Bonnet",
              "Dupont", "Lambert", "de La Fontaine"),
        "fr", ("orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr"),
        (City("Paris", "Europe/Paris", "01 99 00"), City("Lyon", "Europe/Paris", "01 99 00"),
         City("Toulouse", "Europe/Paris", "01 99 00"),
         City("Bordeaux", "Europe/Paris", "01 99 00")),
    ),
    Country(
        "ES", "Spain", 6,
        latin("Alejandro", "Pablo", "Javier", "Sergio", "Carlos", "Diego", "Álvaro", "Jorge",
               "Íñigo"),
        latin("Lucía", "María", "Carmen", "Laura", "Marta", "Elena", "Paula", "Nuria",
               "Begoña"),
        _same("García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
              "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Muñoz",
              "Álvarez", "Ibáñez"),
        "es", ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"),
        (City("Madrid", "Europe/Madrid", "91"), City("Barcelona", "Europe/Madrid", "93"),
         City("Valencia", "Europe/Madrid", "96"), City("Sevilla", "Europe/Madrid", "954")),
    ),
    Country(
        "RU", "Russia", 9,
        russian("Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Иван",
            "Михаил", "Никита", "Евгений", "Юрий"),
        russian("Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Екатерина", "Ирина",
            "Светлана", "Юлия"),
        _ru_surnames("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
                     "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков",
                     "Лебедев", "Козлов", "Орлов", "Преображенский", "Чайковский"),
        "ru", ("mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com"),
        (City("Москва", "Europe/Moscow", "495"),
         City("Санкт-Петербург", "Europe/Moscow", "812"),
         City("Новосибирск", "Asia/Novosibirsk", "383"),
         City("Екатеринбург", "Asia/Yekaterinburg", "343"), City("Казань", "Europe/Moscow", "843")),
    ),
    Country(
        "CN", "China", 7,
        (("伟", "Wei"), ("磊", "Lei"), ("强", "Qiang"), ("军", "Jun"), ("勇", "Yong"),
         ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("建华", "Jianhua"),
         ("晓明", "Xiaoming")),
        (("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("艳", "Yan"),
         ("娟", "Juan"), ("秀英", "Xiuying"), ("丽娟", "Lijuan"), ("雪", "Xue")),
        _asian_surnames(("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"),
                        ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"),
                        ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
                        ("欧阳", "Ouyang"), ("司马", "Sima")),
        "com.cn", ("qq.com", "163.com", "126.com", "sina.com"),
        (City("北京", "Asia/Shanghai", "10"), City("上海", "Asia/Shanghai", "21"),
         City("深圳", "Asia/Shanghai", "755"), City("杭州", "Asia/Shanghai", "571"),
         City("成都", "Asia/Shanghai", "28")),
    ),
    Country(
        "LT", "Lithuania", 5,
        latin("Jurgis", "Mantas", "Tomas", "Lukas", "Darius", "Paulius", "Žygimantas",
               "Andrius", "Vytautas", "Giedrius"),
        latin("Austėja", "Gabija", "Ieva", "Rūta", "Eglė", "Greta", "Simona", "Jūratė",
               "Aušra", "Lina"),
        _gendered(("Šimkus", "Šimkienė"), ("Kazlauskas", "Kazlauskienė"),
                  ("Jankauskas", "Jankauskaitė"), ("Petrauskas", "Petrauskienė"),
                  ("Stankevičius", "Stankevičiūtė"), ("Vasiliauskas", "Vasiliauskienė"),
                  ("Žukauskas", "Žukauskaitė"), ("Butkus", "Butkutė"),
                  ("Paulauskas", "Paulauskienė"), ("Urbonas", "Urbonaitė"),
                  ("Navickas", "Navickienė")),
        "lt", ("gmail.com", "one.lt", "inbox.lt", "takas.lt"),
        (City("Vilnius", "Europe/Vilnius", "5"), City("Kaunas", "Europe/Vilnius", "37"),
         City("Klaipėda", "Europe/Vilnius", "46"), City("Šiauliai", "Europe/Vilnius", "41")),
    ),
    Country(
        "JP", "Japan", 5,
        (("翔太", "Shota"), ("大輔", "Daisuke"), ("健", "Ken"), ("拓也", "Takuya"),
         ("浩", "Hiroshi"), ("誠", "Makoto"), ("蓮", "Ren")),
        (("陽子", "Yoko"), ("美咲", "Misaki"), ("さくら", "Sakura"), ("由美", "Yumi"),
         ("愛", "Ai"), ("恵", "Megumi")),
        _asian_surnames(("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"),
                        ("田中", "Tanaka"), ("伊藤", "Ito"), ("渡辺", "Watanabe"),
                        ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"),
                        ("加藤", "Kato")),
        "co.jp", ("gmail.com", "yahoo.co.jp", "docomo.ne.jp"),
        (City("東京", "Asia/Tokyo", "3"), City("大阪", "Asia/Tokyo", "6"),
         City("名古屋", "Asia/Tokyo", "52"), City("福岡", "Asia/Tokyo", "92")),
    ),
    Country(
        "BR", "Brazil", 7,
        latin("João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe",
               "José Carlos"),
        latin("Ana", "Maria", "Juliana", "Camila", "Fernanda", "Beatriz", "Larissa",
               "Letícia", "Maria Eduarda"),
        _same("da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
              "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Carvalho", "Araújo",
              "Conceição"),
        "com.br", ("gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"),
        (City("São Paulo", "America/Sao_Paulo", "11"),
         City("Rio de Janeiro", "America/Sao_Paulo", "21"),
         City("Belo Horizonte", "America/Sao_Paulo", "31"),
         City("Porto Alegre", "America/Sao_Paulo", "51"), City("Recife", "America/Recife", "81")),
    ),
    Country(
        "IN", "India", 6,
        latin("Rahul", "Amit", "Vikram", "Arjun", "Sanjay", "Rohan", "Karthik", "Suresh",
               "Venkatesh"),
        latin("Priya", "Ananya", "Divya", "Kavya", "Neha", "Pooja", "Lakshmi", "Sneha"),
        _same("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Menon",
              "Mehta", "Joshi", "Chatterjee", "Rao", "Krishnamurthy", "Venkataraman"),
        "in", ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
        (City("Mumbai", "Asia/Kolkata", "22"), City("Bengaluru", "Asia/Kolkata", "80"),
         City("New Delhi", "Asia/Kolkata", "11"), City("Chennai", "Asia/Kolkata", "44"),
         City("Pune", "Asia/Kolkata", "20")),
    ),
)  # fmt: skip

COUNTRY_BY_CODE: Final = {c.code: c for c in COUNTRIES}

RU_PATRONYMICS: Final = (
    ("Александрович", "Александровна"), ("Дмитриевич", "Дмитриевна"),
    ("Сергеевич", "Сергеевна"), ("Андреевич", "Андреевна"), ("Иванович", "Ивановна"),
    ("Михайлович", "Михайловна"), ("Петрович", "Петровна"), ("Николаевич", "Николаевна"),
    ("Владимирович", "Владимировна"), ("Юрьевич", "Юрьевна"),
)  # fmt: skip

# Rare on purpose: they test column widths, elision and export, not everyday reading.
LONG_NAMES: Final = (
    ("Maximilian Alexander Friedrich", "von und zu Hohenzollern-Sigmaringen"),
    ("Maria da Conceição Fernanda", "de Albuquerque Cavalcanti Bittencourt"),
    ("Константин Константинович", "Преображенский-Волконский"),
    ("Venkatanarasimharajuvaripeta", "Krishnamurthy Subrahmanyam"),
    ("Hubert Blaine", "Wolfeschlegelsteinhausenbergerdorff"),
)  # fmt: skip
