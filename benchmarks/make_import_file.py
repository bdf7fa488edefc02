"""Write a reproducible contact file for the import benchmarks (CSV and/or XLSX).

The same seed gives the same file. About 5% of the rows repeat an earlier person in a
varied form (address case and spaces, phone written another way, name casing), about 3%
carry a bad email and 3% a bad phone, across 10 countries.

Usage::

    .venv/bin/python benchmarks/make_import_file.py --rows 1000000            # CSV
    .venv/bin/python benchmarks/make_import_file.py --rows 1000000 --xlsx     # and XLSX

Files go to ``benchmarks/data/`` (git-ignored): ``import-<rows>.csv`` / ``.xlsx``.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
HEADER = (
    "First Name", "Last Name", "Email", "Phone", "Company", "Job Title", "Country", "City",
    "Website", "Industry", "Employees", "Lead Source",
)  # fmt: skip

# (country as written, cities, phone patterns; "#" is a random digit, tld)
COUNTRIES = [
    ("Russia", ["Moscow", "Kazan"], ["8 (495) ###-##-##", "+7 9## ###-##-##"], "ru"),
    ("USA", ["New York", "Austin"], ["(650) 253-####", "+1 212-555-####"], "com"),
    ("United Kingdom", ["London", "Leeds"], ["020 7946 ####", "+44 7400 ######"], "co.uk"),
    ("Germany", ["Berlin", "Munich"], ["030 #######", "+49 151 ########"], "de"),
    ("China", ["Beijing", "Shanghai"], ["010-########", "+86 138 #### ####"], "cn"),
    ("Lithuania", ["Vilnius", "Kaunas"], ["8 612 #####", "+370 5 ### ####"], "lt"),
    ("France", ["Paris", "Lyon"], ["01 ## ## ## ##", "+33 6 ## ## ## ##"], "fr"),
    ("Poland", ["Warsaw", "Krakow"], ["22 ### ## ##", "+48 501 ### ###"], "pl"),
    ("Kazakhstan", ["Almaty", "Astana"], ["8 (727) ###-##-##", "+7 701 ### ####"], "kz"),
    ("Spain", ["Madrid", "Valencia"], ["91 ### ## ##", "+34 6## ### ###"], "es"),
]
FIRST = ["Ivan", "Anna", "John", "Mary", "Jonas", "Li", "Wei", "Hans", "Marie", "Piotr",
         "Olga", "Carlos", "Lucia", "Tomas", "Ewa", "Dmitry", "Sophie", "James", "Aigerim",
         "Ruta", "Иван", "Мария", "王", "Jürgen", "François"]  # fmt: skip
LAST = ["Petrov", "Smith", "Jonaitis", "Wang", "Müller", "Dubois", "Kowalski", "Ivanova",
        "Garcia", "Brown", "Novak", "Kazlauskas", "Schmidt", "Martin", "Zhang", "Петров",
        "Иванова", "Lefebvre", "Nowak", "Suleimenov"]  # fmt: skip
WORDS = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay",
         "Nimbus", "Orbit", "Vertex", "Quantum", "Polar", "Nova", "Atlas", "Zenith"]  # fmt: skip
SUFFIX = ["Inc", "LLC", "GmbH", "Ltd", "UAB", "ООО", "S.A.", "", "", ""]
TITLES = ["CEO", "CTO", "Head of Sales", "VP Marketing", "Sales Manager", "Engineer",
          "Procurement Lead", "Founder", "Director of IT", "Account Executive"]  # fmt: skip
INDUSTRIES = ["Software", "Retail", "Banking", "Logistics", "Healthcare", "Manufacturing"]
SOURCES = ["outbound", "inbound", "referral"]
BAD_EMAILS = ["n/a", "ivan@@mail.ru", "john.smith@", "no email", "anna@gmial", "x@y"]
BAD_PHONES = ["n/a", "000000", "4.15555E+09", "12", "call me", "+999 1234"]


def _digits(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def _companies(rng: random.Random, count: int) -> list[tuple[str, str]]:
    out = []
    for i in range(count):
        base = f"{rng.choice(WORDS)} {rng.choice(WORDS)}{'' if i < 16 else f' {i}'}"
        suffix = rng.choice(SUFFIX)
        tld = COUNTRIES[i % len(COUNTRIES)][3]
        domain = base.lower().replace(" ", "") + "." + tld
        out.append((f"{base} {suffix}".strip(), domain))
    return out


def _vary(row: list[str], rng: random.Random) -> list[str]:
    """The same person written differently (what a second export of them looks like)."""
    row = list(row)
    kind = rng.randrange(4)
    if kind == 0 and row[2]:
        row[2] = f"  {row[2].upper()} "
    elif kind == 1:
        row[0], row[1] = row[0].upper(), row[1].upper()
    elif kind == 2 and row[3]:
        row[3] = row[3].replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    else:
        row[5] = ""  # a sparser record of the same person
    return row


def rows(count: int, seed: int = 2024) -> Iterator[list[str]]:
    """Yield ``count`` data rows (the header not included)."""
    rng = random.Random(seed)
    companies = _companies(rng, max(50, count // 20))
    recent: list[list[str]] = []
    for i in range(count):
        if recent and rng.random() < 0.05:
            yield _vary(rng.choice(recent), rng)
            continue
        country, cities, patterns, _tld = COUNTRIES[i % len(COUNTRIES)]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company, domain = rng.choice(companies)
        local = (
            f"{first[0]}.{last}{i}".lower() if first.isascii() and last.isascii() else f"user{i}"
        )
        email = f"{local}@{domain}"
        if rng.random() < 0.03:
            email = rng.choice(BAD_EMAILS)
        phone = _digits(rng.choice(patterns), rng)
        if rng.random() < 0.03:
            phone = rng.choice(BAD_PHONES)
        row = [
            first, last, email, phone, company, rng.choice(TITLES), country,
            rng.choice(cities), f"https://www.{domain}", rng.choice(INDUSTRIES),
            str(rng.choice([10, 50, 200, 1000, 5000])), rng.choice(SOURCES),
        ]  # fmt: skip
        if len(recent) < 5000:
            recent.append(row)
        else:
            recent[rng.randrange(5000)] = row
        yield row


def write_csv(path: Path, count: int, seed: int) -> None:
    """Write the CSV file (UTF-8, comma-separated)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows(count, seed))


def write_xlsx(path: Path, count: int, seed: int) -> None:
    """Write the XLSX file (xlsxwriter in constant-memory mode, plain strings)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False,
                                               "strings_to_numbers": False})  # fmt: skip
    sheet = workbook.add_worksheet("Contacts")
    sheet.write_row(0, 0, HEADER)
    for index, row in enumerate(rows(count, seed), 1):
        sheet.write_row(index, 0, row)
    workbook.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--xlsx", action="store_true", help="also write the XLSX file")
    parser.add_argument("--no-csv", action="store_true", help="skip the CSV file")
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    if not args.no_csv:
        path = DATA / f"import-{args.rows}.csv"
        start = time.perf_counter()
        write_csv(path, args.rows, args.seed)
        print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    if args.xlsx:
        path = DATA / f"import-{args.rows}.xlsx"
        start = time.perf_counter()
        write_xlsx(path, args.rows, args.seed)
        print(f"{path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
