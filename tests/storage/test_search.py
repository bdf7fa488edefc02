"""The full-text search index: kept in step with contacts, prefix search, safe with any text."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.storage.database import Database
from app.storage.search_index import (
    count_matches,
    fts_match_expression,
    rebuild_search_index,
    search_contact_ids,
)

_CONTACT = text(
    "INSERT INTO contacts(company_id, first_name, last_name, full_name, title, email, "
    "do_not_contact, custom_fields, version, created_at, updated_at) VALUES (:company, :first, "
    ":last, :full, :title, :email, FALSE, '{}', 1, '2026-01-01', '2026-01-01') RETURNING id"
)


def add_company(conn: Connection, name: str) -> int:
    return int(
        conn.execute(
            text(
                "INSERT INTO companies(name, normalized_name, version, created_at, updated_at) "
                "VALUES (:n, :k, 1, '2026-01-01', '2026-01-01') RETURNING id"
            ),
            {"n": name, "k": name.lower()},
        ).scalar_one()
    )


def add_contact(
    conn: Connection,
    first: str | None,
    last: str | None,
    *,
    company: int | None = None,
    title: str | None = None,
    email: str | None = None,
    full: str | None = None,
) -> int:
    params: dict[str, Any] = {
        "company": company,
        "first": first,
        "last": last,
        "full": full if full is not None else " ".join(p for p in (first, last) if p),
        "title": title,
        "email": email,
    }
    return int(conn.execute(_CONTACT, params).scalar_one())


def find(db: Database, query: str) -> list[int]:
    with db.reading() as conn:
        return search_contact_ids(conn, query)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """A small international address book."""
    with db.transaction() as conn:
        bank = add_company(conn, "Šiaulių bankas")
        yandex = add_company(conn, "Яндекс")
        acme = add_company(conn, "Acme Corp")
        return {
            "jurgis": add_contact(
                conn, "Jurgis", "Šimkus", company=bank, title="CFO", email="jurgis@sb.lt"
            ),
            "egle": add_contact(conn, "Eglė", "Lukšaitė", company=bank, title="Head of IT"),
            "ivan": add_contact(
                conn,
                "Иван",
                "Петров",
                company=yandex,
                title="Директор по продажам",
                email="ivan.petrov@yandex.ru",
            ),
            "wang": add_contact(conn, "小明", "王", full="王小明", company=acme, title="销售总监"),
            "mary": add_contact(
                conn, "Mary", "O'Brien", company=acme, title="VP Sales", email="mary@obrien.ie"
            ),
            "zoe": add_contact(conn, "Zoë", "Saldaña", company=None, title="Founder"),
        }


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("sim", ["jurgis"]),  # "Šimkus" without its háček
        ("Šim", ["jurgis"]),
        ("ŠIMKUS", ["jurgis"]),
        ("jurg sim", ["jurgis"]),
        ("luksait", ["egle"]),
        ("egle", ["egle"]),
        ("siaul", ["jurgis", "egle"]),  # company prefix
        ("пет", ["ivan"]),
        ("ПЕТРОВ", ["ivan"]),
        ("иван пет", ["ivan"]),
        ("янд", ["ivan"]),
        ("директ", ["ivan"]),
        ("王", ["wang"]),
        ("小明", ["wang"]),
        ("王小", ["wang"]),
        ("zoe", ["zoe"]),
        ("salda", ["zoe"]),
        ("o'brien", ["mary"]),
        ("mary@obrien", ["mary"]),
        ("ivan.petrov", ["ivan"]),
        ("acme", ["wang", "mary"]),
        ("cfo", ["jurgis"]),
        ("vp sal", ["mary"]),
        ("nobody", []),
        ("sim acme", []),  # every word must match
    ],
)
def test_prefix_search_in_many_scripts(
    db: Database, people: dict[str, int], query: str, who: list[str]
) -> None:
    expected = sorted(people[name] for name in who)
    assert find(db, query) == expected
    with db.reading() as conn:
        assert count_matches(conn, query) == len(expected)


NASTY = [
    '"',
    '""',
    "'",
    'ivan"',
    'a"b',
    "AND",
    "OR",
    "NOT",
    "ivan AND",
    "NOT ivan",
    "NEAR",
    "NEAR(ivan petrov)",
    "NEAR/2",
    "title:cfo",
    "name : ivan",
    ":",
    "(",
    ")",
    "(ivan",
    "()",
    "*",
    "ivan*",
    "*ivan",
    "^ivan",
    "+",
    "-",
    "-ivan",
    "{name email}: ivan",
    "[x]",
    "%",
    "_",
    "\\",
    "@",
    "..",
    "\x00",
    "a\x00b",
    "\u200b",
    "\u0301",
    "😀",
    "a😀b",
    "  ",
    "",
]


@pytest.mark.parametrize("query", NASTY)
def test_user_text_never_raises(db: Database, people: dict[str, int], query: str) -> None:
    with db.reading() as conn:
        ids = search_contact_ids(conn, query)
        assert count_matches(conn, query) == len(ids)
    assert set(ids) <= set(people.values())


def test_random_junk_never_raises(db: Database, people: dict[str, int]) -> None:
    alphabet = "aиš王\"'():*^+-_%@.\\{}[]/ NEARANDORNOT\t"
    rng = random.Random(20261123)
    with db.reading() as conn:
        for _ in range(300):
            query = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16)))
            search_contact_ids(conn, query)
            count_matches(conn, query)


def test_operators_are_searched_as_words(db: Database) -> None:
    with db.transaction() as conn:
        near = add_contact(conn, "Near", "Andorra")
        add_contact(conn, "Other", "Person")
    assert find(db, "NEAR") == [near]
    assert find(db, "and") == [near]  # "Andorra", not the AND operator
    assert fts_match_expression('say "hi"') == '"say"* "hi"*'


def test_index_follows_inserts_updates_and_deletes(db: Database, people: dict[str, int]) -> None:
    with db.transaction() as conn:
        new = add_contact(conn, "Ona", "Kazlauskienė", email="ona@kaz.lt")
    assert find(db, "kazl") == [new]

    with db.transaction() as conn:
        conn.execute(
            text(
                "UPDATE contacts SET last_name = 'Petraitienė', full_name = 'Ona Petraitienė', "
                "email = 'ona@new.lt' WHERE id = :i"
            ),
            {"i": new},
        )
    assert find(db, "kazl") == []
    assert find(db, "petrait") == [new]
    assert find(db, "ona@new") == [new]

    with db.transaction() as conn:
        conn.execute(
            text("UPDATE contacts SET title = 'Procurement lead' WHERE id = :i"), {"i": new}
        )
    assert find(db, "procur") == [new]

    # A change to a column the index does not hold leaves it alone.
    with db.transaction() as conn:
        conn.execute(text("UPDATE contacts SET fit_score = 80 WHERE id = :i"), {"i": new})
    assert find(db, "petrait") == [new]

    with db.transaction() as conn:
        conn.execute(text("DELETE FROM contacts WHERE id = :i"), {"i": new})
    assert find(db, "petrait") == []
    assert find(db, "ona") == []


def test_company_rename_and_move_reach_the_index(db: Database, people: dict[str, int]) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("UPDATE companies SET name = 'Globex' WHERE name = 'Acme Corp'")
    assert find(db, "acme") == []
    assert find(db, "glob") == sorted([people["wang"], people["mary"]])

    with db.transaction() as conn:
        yandex = conn.exec_driver_sql("SELECT id FROM companies WHERE name = 'Яндекс'").scalar_one()
        conn.execute(
            text("UPDATE contacts SET company_id = :c WHERE id = :i"),
            {"c": yandex, "i": people["mary"]},
        )
    assert find(db, "glob") == [people["wang"]]
    assert find(db, "янд") == sorted([people["ivan"], people["mary"]])

    # Deleting a company sets its contacts' company_id to NULL (ON DELETE SET NULL).
    with db.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM companies WHERE name = 'Globex'")
    assert find(db, "glob") == []
    assert find(db, "王") == [people["wang"]]


def test_keyset_paging_returns_every_match_exactly_once(db: Database) -> None:
    with db.transaction() as conn:
        wanted = [add_contact(conn, "Anna", f"Test{i}") for i in range(1000)]
        for i in range(300):
            add_contact(conn, "Bob", f"Other{i}")
    seen: list[int] = []
    after: int | None = None
    with db.reading() as conn:
        assert count_matches(conn, "ann tes") == 1000
        while True:
            page = search_contact_ids(conn, "ann tes", limit=37, after_id=after)
            if not page:
                break
            assert len(page) <= 37
            seen.extend(page)
            after = page[-1]
    assert seen == sorted(wanted)


@pytest.mark.sqlite_only(reason="reads the FTS5 table itself (its triggers and refill)")
def test_rebuild_search_index(db: Database, people: dict[str, int]) -> None:
    with db.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM contacts_fts")
    assert find(db, "sim") == []

    with db.transaction() as conn:
        rebuild_search_index(conn)

    assert find(db, "sim") == [people["jurgis"]]
    assert find(db, "acme") == sorted([people["wang"], people["mary"]])
    with db.reading() as conn:
        rows = conn.exec_driver_sql("SELECT count(*) FROM contacts_fts").scalar_one()
        assert rows == len(people)
    with db.transaction() as conn:
        # FTS5's own check that the index matches its content; raises when it does not.
        conn.exec_driver_sql(
            "INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('integrity-check', 1)"
        )


@pytest.mark.sqlite_only(reason="reads the FTS5 table itself (its triggers and refill)")
def test_triggers_and_the_set_wise_refill_index_the_same_text(
    db: Database, people: dict[str, int]
) -> None:
    """Bulk imports index new contacts with INDEX_CONTACTS_SQL instead of the triggers;
    both must write the same rows, the name once when the full name is "First Last"."""
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "UPDATE contacts SET full_name = 'Ivan Petrov Ivanovich' WHERE id = ?",
            (people["ivan"],),
        )

    def index_rows() -> list[tuple[object, ...]]:
        with db.reading() as conn:
            return [
                tuple(r)
                for r in conn.exec_driver_sql(
                    "SELECT rowid, name, email, company, title FROM contacts_fts ORDER BY rowid"
                )
            ]

    by_triggers = index_rows()
    with db.transaction() as conn:
        rebuild_search_index(conn)
    assert index_rows() == by_triggers
    names = {row[0]: row[1] for row in by_triggers}
    assert names[people["mary"]] == "Mary O'Brien"  # full name "Mary O'Brien": once
    assert names[people["wang"]] == "小明 王 王小明"  # a different full name is kept
    assert names[people["ivan"]] == "Иван Петров Ivan Petrov Ivanovich"
    assert find(db, "ivanovich") == [people["ivan"]]
