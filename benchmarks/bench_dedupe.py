"""Print list-builder figures: exact dedupe, fuzzy suggestions and ICP rescoring.

Usage::

    .venv/bin/python benchmarks/bench_dedupe.py            # 1,000,000 / 100,000 / 1,000,000
    .venv/bin/python benchmarks/bench_dedupe.py --scale 0.05   # quick run

Figures: classify 1,000,000 incoming records against 1,000,000 existing keys
(exact email and phone+name keys), the fuzzy pass over 100,000 records, and rescoring
1,000,000 contacts against an ICP. Data generation is not timed; key computation is
timed apart from classification, because storage keeps ``email_key`` in a column.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.duplicates.matching import DuplicateIndex, email_key, fuzzy_candidates, phone_name_key
from app.core.icp import IcpProfile, score_contacts

T = TypeVar("T")

FIRST = [
    "Ivan",
    "Anna",
    "John",
    "William",
    "Bill",
    "Robert",
    "Bob",
    "Elizabeth",
    "Liz",
    "Michael",
    "Mike",
    "Olga",
    "Dmitry",
    "Maria",
    "Wei",
    "Fang",
    "Jonas",
    "Greta",
    "Pierre",
    "Sofia",
    "Иван",
    "Анна",
    "Дмитрий",
    "Дима",
    "Саша",
    "Александр",
    "Ольга",
    "Thomas",
    "Laura",
    "Mateo",
    "Lucas",
    "Emma",
    "Noah",
    "Mia",
    "Jan",
    "Eva",
]
LAST = [
    "Petrov",
    "Smith",
    "Gates",
    "Müller",
    "Schmidt",
    "Ivanova",
    "Zhang",
    "Wang",
    "Li",
    "Kazlauskas",
    "Dubois",
    "Garcia",
    "Rossi",
    "Nowak",
    "Johnson",
    "Brown",
    "Taylor",
    "Петров",
    "Иванова",
    "Смирнов",
    "Kuznetsov",
    "Popov",
    "Novak",
    "Jensen",
    "Berg",
    "Fischer",
    "Weber",
    "Moreau",
    "Lopez",
    "Martin",
    "Kowalski",
    "Horvat",
    "Sato",
]
TITLES = [
    "CEO",
    "VP Sales",
    "Head of Sales",
    "Sales Manager",
    "Account Executive",
    "Software Engineer",
    "CTO",
    "Генеральный директор",
    "Руководитель отдела продаж",
    "Менеджер по продажам",
    "Geschäftsführer",
    "Vertriebsleiter",
    "Directeur commercial",
    "Director de ventas",
    "销售总监",
    "销售经理",
    "Marketing Manager",
    "SDR",
    "Chief Revenue Officer",
    "Head of Revenue Operations",
    "Office Manager",
]
INDUSTRIES = [
    "Computer Software",
    "SaaS",
    "Banking",
    "Retail",
    "Logistics",
    "Manufacturing",
    "Information Technology and Services",
    "Telecommunications",
    "Hospitality",
]
COUNTRIES = [
    "Germany",
    "DE",
    "Russia",
    "Россия",
    "USA",
    "United Kingdom",
    "France",
    "中国",
    "Austria",
    "Switzerland",
    "Lithuania",
    "Poland",
]


def timed(label: str, func: Callable[[], T]) -> T:
    """Run ``func`` and print its wall-clock and CPU seconds.

    CPU seconds are the steadier figure on a shared machine: other processes stretch
    the wall clock, not the work done.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    result = func()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<58} {wall:7.2f} s wall {cpu:7.2f} s CPU")
    return result


def exact(n_existing: int, n_incoming: int, rng: random.Random) -> None:
    print(f"\nExact dedupe: {n_incoming:,} incoming against {n_existing:,} existing")
    existing = [
        (
            i,
            f"person{i}@company{i % 50_000}.com",
            f"+4930{i % 200_000:07d}",
            FIRST[i % len(FIRST)],
            f"{LAST[i % len(LAST)]}{i}",
        )
        for i in range(n_existing)
    ]
    incoming = []
    for row in range(n_incoming):
        roll = rng.random()
        if roll < 0.30:  # same address, other case: a duplicate of an existing contact
            i = rng.randrange(n_existing)
            incoming.append((f"Person{i}@Company{i % 50_000}.COM", None, None, None))
        elif roll < 0.35:  # same phone and name, no email
            _, _, phone, first, last = existing[rng.randrange(n_existing)]
            incoming.append((None, phone, first, last))
        elif roll < 0.40:  # switchboard: existing phone, another person
            _, _, phone, _, _ = existing[rng.randrange(n_existing)]
            incoming.append((None, phone, "Someone", f"Else{row}"))
        elif roll < 0.45 and row:  # repeats an earlier row of the file
            incoming.append(incoming[rng.randrange(row)])
        else:
            incoming.append(
                (f"new{row}@prospect{row % 7_000}.io", f"+3361{row:08d}", "New", f"Person{row}")
            )

    existing_keys = timed(
        "keys for existing (email_key + phone_name_key)",
        lambda: [(cid, email_key(e), phone_name_key(p, f, ln)) for cid, e, p, f, ln in existing],
    )
    incoming_keys = timed(
        "keys for incoming (email_key + phone_name_key)",
        lambda: [
            (r, email_key(e), phone_name_key(p, f, ln)) for r, (e, p, f, ln) in enumerate(incoming)
        ],
    )
    index = timed(
        "DuplicateIndex.from_existing", lambda: DuplicateIndex.from_existing(existing_keys)
    )
    verdicts = timed(
        "classify_all (exact, the figure asked for)", lambda: index.classify_all(incoming_keys)
    )
    counts: dict[str, int] = {}
    for verdict in verdicts:
        counts[verdict.kind] = counts.get(verdict.kind, 0) + 1
    print(f"{'verdicts':<58} {counts}")


def fuzzy(n_records: int, rng: random.Random) -> None:
    print(f"\nFuzzy suggestions over {n_records:,} records")
    n_companies = max(1, n_records // 10)
    records = []
    for _ in range(n_records):
        # A few big companies, many small ones (Zipf-like), as in real lists.
        company = int(n_companies * rng.random() ** 3)
        records.append(
            {
                "first_name": rng.choice(FIRST),
                "last_name": rng.choice(LAST),
                "company": f"Company {company} GmbH" if company % 3 else f"ООО Компания {company}",
            }
        )
    sizes: dict[object, int] = {}
    for record in records:
        sizes[record["company"]] = sizes.get(record["company"], 0) + 1
    print(f"{'companies':<58} {len(sizes):,} (largest {max(sizes.values()):,} contacts)")
    plain = timed("fuzzy_candidates (threshold 85)", lambda: fuzzy_candidates(records))
    print(f"{'suggested pairs':<58} {len(plain):,}")
    translit = timed(
        "fuzzy_candidates (threshold 85, transliteration)",
        lambda: fuzzy_candidates(records, transliteration=True),
    )
    print(f"{'suggested pairs':<58} {len(translit):,}")


def icp(n_contacts: int, rng: random.Random) -> None:
    print(f"\nICP rescoring of {n_contacts:,} contacts")
    profile = IcpProfile(
        industries=("Software", "SaaS", "Information Technology"),
        title_keywords=("sales", "revenue", "vertrieb", "продаж", "销售"),
        seniorities=("c_level", "vp", "director"),
        min_employees=50,
        max_employees=2000,
        countries=("DACH", "Russia", "United Kingdom"),
        excluded_domains=("competitor.com", "customer.de"),
    )
    pooled = [
        {
            "title": rng.choice(TITLES),
            "industry": rng.choice(INDUSTRIES),
            "employees": rng.randrange(1, 5000),
            "country": rng.choice(COUNTRIES),
            "email": f"p{i}@{'competitor.com' if i % 97 == 0 else f'firm{i % 30_000}.com'}",
        }
        for i in range(n_contacts)
    ]
    timed(
        "score_contacts, titles from a pool of 21",
        lambda: sum(f.score for f in score_contacts(profile, pooled)),
    )
    for i, contact in enumerate(pooled):
        contact["title"] = f"{contact['title']} {i}"  # every title distinct: no memo hits
    timed(
        "score_contacts, every title distinct (worst case)",
        lambda: sum(f.score for f in score_contacts(profile, pooled)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full sizes")
    args = parser.parse_args()
    rng = random.Random(20240601)
    million = max(1000, int(1_000_000 * args.scale))
    print(f"Python {sys.version.split()[0]}")
    exact(million, million, rng)
    fuzzy(max(1000, int(100_000 * args.scale)), rng)
    icp(million, rng)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
