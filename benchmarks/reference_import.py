"""A hand-tuned reference import, to tell the app's speed from the machine's.

The list builder's targets give reference points "on this hardware": a hand-tuned script
(polars parse,
unique-domain email checks, phone checks across 2 processes, one executemany
transaction, indexes after the load) imports the 1,000,000-row file in ~30 s without the
search index and ~41 s with it. This is that script. The 2-core VM the figures are taken
on changes speed by up to a third from hour to hour, so an import time alone does not
say whether the app got slower or the machine did; this script, run minutes apart from
``bench_import.py``, is the yardstick. It does far less than the app: no raw row kept,
no batch items for undo, no merge of duplicates into stored contacts, no per-address
syntax check, no reject report, no progress or cancel.

Usage (polars is only needed here: ``.venv/bin/pip install -e .[bench]``)::

    .venv/bin/python benchmarks/reference_import.py                 # the 1M file
    .venv/bin/python benchmarks/reference_import.py --file import-100000.csv
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import time
from multiprocessing import get_context
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
OUT = Path(__file__).resolve().parent / "out"

#: Country as the benchmark file writes it -> region for numbers written without "+".
REGIONS = {
    "Russia": "RU", "USA": "US", "United Kingdom": "GB", "Germany": "DE", "China": "CN",
    "Lithuania": "LT", "France": "FR", "Poland": "PL", "Spain": "ES", "Brazil": "BR",
    "India": "IN", "Japan": "JP", "Kazakhstan": "KZ",
}  # fmt: skip

COLUMNS = (
    "first_name", "last_name", "email", "email_ok", "phone", "phone_e164", "phone_ok",
    "company", "title", "country", "city", "website", "industry", "employees", "source",
)  # fmt: skip
INDEXES = (
    "email",
    "phone_e164, last_name",
    "last_name, first_name",
    "company",
    "country",
    "email_ok",
    "phone_ok",
    "source",
)
FTS = (
    "CREATE VIRTUAL TABLE contacts_fts USING fts5(name, email, company, title, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)


def check_phones(pairs: list[tuple[str, str | None]]) -> list[tuple[str | None, int]]:
    """Worker: E.164 and validity of (number, region) pairs."""
    import phonenumbers

    out: list[tuple[str | None, int]] = []
    for raw, region in pairs:
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            out.append((None, 0))
            continue
        valid = phonenumbers.is_valid_number(number)
        out.append((phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                    int(valid)))  # fmt: skip
    return out


def check_domain(domain: str) -> bool:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(f"a@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def run(path: Path, db_path: Path) -> dict[str, float]:
    import polars as pl

    start = time.perf_counter()
    frame = pl.read_csv(path, infer_schema=False).select(pl.all().str.strip_chars())
    frame.columns = [c.lower().replace(" ", "_") for c in frame.columns]
    frame = frame.rename({"job_title": "title", "lead_source": "source"})
    frame = frame.with_columns(
        pl.col("email").str.to_lowercase().alias("email"),
        pl.col("country").replace_strict(REGIONS, default=None).alias("region"),
    ).with_columns(pl.col("email").str.split("@").list.last().alias("domain"))
    parsed = time.perf_counter()

    # Phones in 2 processes while this one checks the distinct mail domains.
    pairs = frame.select("phone", "region").drop_nulls("phone").unique()
    keys = list(zip(pairs["phone"].to_list(), pairs["region"].to_list(), strict=True))
    size = 20_000
    with get_context("spawn").Pool(2) as pool:
        tasks = [keys[i : i + size] for i in range(0, len(keys), size)]
        pending = pool.map_async(check_phones, tasks)
        domains = frame["domain"].drop_nulls().unique().to_list()
        domain_ok = {d: check_domain(d) for d in domains}
        phone_results = [r for part in pending.get() for r in part]
    checked = time.perf_counter()
    phones = pl.DataFrame(
        {"phone": [k[0] for k in keys], "region": [k[1] for k in keys],
         "phone_e164": [r[0] for r in phone_results], "phone_ok": [r[1] for r in phone_results]},
        schema={"phone": pl.String, "region": pl.String, "phone_e164": pl.String,
                "phone_ok": pl.Int64},
    )  # fmt: skip
    frame = frame.join(phones, on=["phone", "region"], how="left", nulls_equal=True)
    frame = frame.with_columns(
        (pl.col("email").str.count_matches("@") == 1)
        .and_(pl.col("domain").replace_strict(domain_ok, default=False))
        .cast(pl.Int64)
        .fill_null(0)
        .alias("email_ok")
    )
    # Exact dedupe: the address when it is good, else the E.164 number and last name.
    key = (
        pl.when(pl.col("email_ok") == 1).then(pl.col("email"))
        .otherwise(pl.concat_str([pl.col("phone_e164"), pl.col("last_name").str.to_lowercase()],
                                 separator="|"))
    )  # fmt: skip
    frame = frame.with_columns(key.alias("key"))
    frame = pl.concat([
        frame.filter(pl.col("key").is_null()),
        frame.filter(pl.col("key").is_not_null()).unique(subset="key", keep="first",
                                                         maintain_order=True),
    ])  # fmt: skip
    deduped = time.perf_counter()

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("BEGIN")
    conn.execute(f"CREATE TABLE contacts (id INTEGER PRIMARY KEY, {', '.join(COLUMNS)})")
    placeholders = ", ".join("?" for _ in COLUMNS)
    conn.executemany(f"INSERT INTO contacts ({', '.join(COLUMNS)}) VALUES ({placeholders})",
                     frame.select(COLUMNS).iter_rows())  # fmt: skip
    inserted = time.perf_counter()
    conn.execute("PRAGMA cache_size = -2000")
    conn.execute("PRAGMA threads = 2")
    for i, cols in enumerate(INDEXES):
        conn.execute(f"CREATE INDEX ix_{i} ON contacts ({cols})")
    indexed = time.perf_counter()
    conn.execute(FTS)
    conn.execute(
        "INSERT INTO contacts_fts(rowid, name, email, company, title) SELECT id, "
        "trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), "
        "coalesce(email, ''), coalesce(company, ''), coalesce(title, '') FROM contacts"
    )
    searchable = time.perf_counter()
    conn.execute("COMMIT")
    done = time.perf_counter()
    rows = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return {
        "parse": parsed - start,
        "checks": checked - parsed,
        "dedupe": deduped - checked,
        "insert": inserted - deduped,
        "indexes": indexed - inserted,
        "search_index": searchable - indexed,
        "commit": done - searchable,
        "without_search_index": (indexed - start) + (done - searchable),
        "total": done - start,
        "rows": float(rows),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default="import-1000000.csv")
    args = parser.parse_args(argv)
    source = DATA / args.file
    if not source.exists():
        print(f"{source} missing (run make_import_file.py)")
        return 1
    try:
        import polars  # noqa: F401
    except ImportError:
        print("polars is missing: .venv/bin/pip install -e .[bench]")
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    figures = run(source, OUT / f"reference-{os.getpid()}.sqlite3")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    steps = ", ".join(f"{k} {v:.1f}" for k, v in figures.items()
                      if k not in {"total", "rows", "without_search_index"})  # fmt: skip
    print(
        f"reference {args.file}: {figures['total']:.2f} s wall "
        f"({figures['without_search_index']:.2f} s without the search index), "
        f"{int(figures['rows']):,} contacts; {steps}; "
        f"CPU {own.ru_utime + own.ru_stime:.1f} s + workers {kids.ru_utime + kids.ru_stime:.1f} s, "
        f"peak RSS {rss:.0f} MB (load {load:.2f} -> {os.getloadavg()[0]:.2f})"
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
