"""Print validation figures: import cost, per-call medians, and a whole-list batch.

Usage::

    .venv/bin/python benchmarks/bench_validation.py                  # 1,000,000 contacts
    .venv/bin/python benchmarks/bench_validation.py --contacts 20000 # quick run

Targets: check_email <= 50 µs for a cached domain, check_phone <= 100 µs,
1,000,000 contacts (emails + phones, no DNS) <= 25 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.validation import ContactRecord, check_email, check_phone, validate_contacts

# (country as written in lists, region, phone number patterns; "#" is a random digit).
COUNTRIES = [
    ("Russia", "RU", ["8 (495) ###-##-##", "+7 9## ###-##-##", "8 800 ###-##-##"]),
    ("Россия", "RU", ["+7 (812) ###-##-##", "8 912 ### ## ##"]),
    ("USA", "US", ["(650) 253-####", "+1 212-555-####", "1-800-###-####"]),
    ("United Kingdom", "GB", ["020 7946 ####", "+44 7400 ######"]),
    ("Deutschland", "DE", ["030 #######", "+49 151 ########"]),
    ("中国", "CN", ["010-########", "+86 138 #### ####"]),
    ("Lithuania", "LT", ["8 612 #####", "+370 5 ### ####"]),
    ("France", "FR", ["01 ## ## ## ##", "+33 6 ## ## ## ##"]),
    ("Poland", "PL", ["22 ### ## ##", "+48 501 ### ###"]),
    ("Kazakhstan", "KZ", ["8 (727) ###-##-##", "+7 701 ### ####"]),
]
FREE_MAIL = ["gmail.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "outlook.com", "web.de"]
TLDS = ["com", "ru", "de", "cn", "lt", "co.uk", "fr", "pl", "kz", "io"]
FIRST = ["ivan", "anna", "john", "mary", "jonas", "li", "wei", "hans", "marie", "piotr"]
LAST = ["petrov", "smith", "jonaitis", "wang", "muller", "dubois", "kowalski", "ivanova"]


def _digits(pattern: str, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) if ch == "#" else ch for ch in pattern)


def generate(count: int, seed: int = 7) -> list[ContactRecord]:
    """Make a realistic list: ~20 contacts per company, shared switchboard numbers."""
    rng = random.Random(seed)
    companies = []
    for index in range(max(1, count // 20)):
        country, _, patterns = rng.choice(COUNTRIES)
        domain = f"company{index}.{rng.choice(TLDS)}"
        switchboard = _digits(patterns[0], rng)
        companies.append((country, patterns, domain, switchboard))
    records = []
    for index in range(count):
        country, patterns, domain, switchboard = rng.choice(companies)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        roll = rng.random()
        if roll < 0.70:
            email = f"{first}.{last}{index}@{domain}"
        elif roll < 0.92:
            email = f"{first}.{last}{index}@{rng.choice(FREE_MAIL)}"
        elif roll < 0.96:
            email = f"info@{domain}"
        elif roll < 0.98:
            email = f"{first}{index}@{domain.replace('.', '', 1)}"  # broken domain
        else:
            email = ""
        roll = rng.random()
        if roll < 0.35:
            phone = switchboard  # many contacts list the company's main line
        elif roll < 0.95:
            phone = _digits(rng.choice(patterns), rng)
        else:
            phone = rng.choice(["", "n/a", "0000000", "4.15555E+09"])
        records.append(
            ContactRecord(email, phone, country, first.title(), last.title(), domain, "CTO")
        )
    return records


def import_cost() -> None:
    code = (
        "import os, sys, time\n"
        "def rss(): return int(open('/proc/self/statm').read().split()[1]) * os.sysconf("
        "'SC_PAGE_SIZE') / 1024\n"
        "before = rss()\n"
        "start = time.perf_counter()\n"
        "import app.core.validation\n"
        "elapsed = time.perf_counter() - start\n"
        "after = rss()\n"
        "bad = [m for m in sys.modules if m.startswith(('phonenumbers.geocoder',"
        " 'phonenumbers.carrier'))]\n"
        "print(f'{elapsed * 1000:.0f} {(after - before) / 1024:.1f} {bad}')\n"
    )
    root = Path(__file__).resolve().parents[1]
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
        ).stdout.split(" ", 2)
        for _ in range(5)
    ]
    ms = statistics.median(float(r[0]) for r in runs)
    mb = statistics.median(float(r[1]) for r in runs)
    print(f"import app.core.validation: {ms:.0f} ms, +{mb:.1f} MB RSS (median of 5 runs; Linux)")
    print(f"  geocoder/carrier modules imported: {runs[0][2].strip()}")


def median_call_us(func, args_list: list[tuple[object, ...]], batch: int = 100) -> float:  # type: ignore[no-untyped-def]
    timings = []
    index = 0
    for _ in range(300):
        start = time.perf_counter_ns()
        for _ in range(batch):
            func(*args_list[index % len(args_list)])
            index += 1
        timings.append((time.perf_counter_ns() - start) / batch / 1000)
    return statistics.median(timings)


def per_call() -> None:
    check_email("warm.up@acme-widgets.com")  # the domain is now cached
    emails = [(f"person{i}.name@acme-widgets.com",) for i in range(30000)]
    print(f"check_email, cached domain: median {median_call_us(check_email, emails):.1f} µs/call")
    rng = random.Random(1)
    phones = [
        (_digits(rng.choice(patterns), rng), region)
        for _, region, patterns in COUNTRIES
        for _ in range(3000)
    ]
    rng.shuffle(phones)
    print(f"check_phone, 10 countries:  median {median_call_us(check_phone, phones):.1f} µs/call")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def batch(count: int, workers: int) -> None:
    start = time.perf_counter()
    records = generate(count)
    print(f"generated {count:,} contacts in {time.perf_counter() - start:.1f} s (not timed below)")
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    cpu, children = time.process_time(), _children_cpu()
    result = validate_contacts(records, workers=workers)
    elapsed = time.perf_counter() - start
    cpu, children = time.process_time() - cpu, _children_cpu() - children
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = result.summary
    print(
        f"validate_contacts: {count:,} contacts in {elapsed:.1f} s on {workers} worker(s) "
        f"({result.workers} processes used), {count / elapsed:,.0f} contacts/s"
    )
    # Wall time depends on what else runs on the machine; CPU seconds much less so.
    # With W workers the run needs at least (worker CPU / W) + this process's serial part.
    print(
        f"  CPU: {cpu:.1f} s in this process + {children:.1f} s in workers; "
        f"load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, "
        f"{os.cpu_count()} CPUs"
    )
    print(
        f"  distinct domains {result.distinct_domains:,}, "
        f"distinct (phone, region) pairs {result.distinct_phones:,}"
    )
    print(f"  email status {dict(summary.email_status)}")
    print(f"  phone status {dict(summary.phone_status)}")
    print(f"  average quality {summary.average_score:.1f}; peak RSS of this process {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import_cost()
    per_call()
    batch(args.contacts, args.workers)


if __name__ == "__main__":
    main()
