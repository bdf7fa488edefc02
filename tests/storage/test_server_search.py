"""PostgreSQL's search answers exactly as SQLite's FTS5 index, and a superseded one stops.

The same contacts go into a real SQLite file and a real PostgreSQL database; every query of
a table (prefixes, accents both ways, inside-word non-matches, several words, punctuation,
junk) must give the same ids, counts and sorted pages on both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from app.storage.contacts.browse import (
    Scope,
    Sort,
    SortKey,
    count,
    interruptible,
    page_ids,
    search_first_screen,
)
from app.storage.database import Database, open_database
from app.storage.search_index import count_matches, search_contact_ids
from app.storage.server_search import INDEX_ROWS_SELECT, PREFIXES_TABLE, SHORT_PREFIX, Tokenizer
from tests.storage.test_search import NASTY

pytestmark = pytest.mark.postgres

COMPANIES = ["Šiaulių bankas", "Яндекс", "Acme Corp", "北京科技有限公司", "Café Société"]

# (first, last, full name or None for "first last", company index, title, email, phone)
PEOPLE: list[tuple[str, str, str | None, int | None, str | None, str | None, str | None]] = [
    ("Jurgis", "Šimkus", None, 0, "CFO", "jurgis@sb.lt", "+370 600 12345"),
    ("Eglė", "Lukšaitė", None, 0, "Head of IT", None, None),
    ("Иван", "Петров", None, 1, "Директор по продажам", "ivan.petrov@yandex.ru", "+7 495 1234567"),
    ("Ольга", "Иванова", "Иванова Ольга Сергеевна", 1, "Менеджер", "olga@yandex.ru", None),
    ("小明", "王", "王小明", 3, "销售总监", "wang@bjtech.cn", "+86 10 5555 1234"),
    ("伟", "张", "张伟", 3, "工程师", None, None),
    ("María", "Sánchez", None, 4, "Directora", "maria.sanchez@cafe.es", None),
    ("José", "Núñez-García", None, 4, "CEO", "jose@cafe.es", None),
    ("Mary", "O'Brien", None, 2, "VP Sales", "mary@obrien.ie", "+353 1 234 5678"),
    ("Zoë", "Saldaña", None, None, "Founder", None, None),
    ("Anna", "Schmidt", None, 2, "Sales Manager", "anna.schmidt@acme.com", None),
    ("Jan", "Hansen", None, 2, "Salesman", "jan_h@acme.com", None),
    ("Søren", "Kierkegaard", None, None, None, "soren@k.dk", None),
    ("Łukasz", "Wiśniewski", None, None, "Sprzedaż", "lukasz@w.pl", None),
    ("Ασπασία", "Παπαδοπούλου", None, None, "Διευθύντρια", None, None),
    ("", "", "Dr. Alan Turing", 2, "Chief Scientist", "alan@acme.com", None),
]

QUERIES = [
    "sanchez",  # ~ Sánchez
    "SÁNCHEZ",
    "sán",
    "anchez",  # inside a word: no match
    "ivan",
    "Иван",
    "ИВАН",
    "иван пет",
    "ванов",  # inside a word
    "петров ivan",
    "янд",
    "ivan.petrov",
    "ivan.petrov@yan",
    "petrov@yandex",
    "yandex.ru",
    "王",
    "小明",
    "王小",
    "北京",
    "科技",  # inside a CJK run: no match, as in SQLite
    "sim",
    "ŠIM",
    "siaul",
    "luksaite",
    "egle",
    "nunez",
    "nunez-garcia",
    "garcia",
    "zoe",
    "salda",
    "o'brien",
    "brien",
    "mary@obrien",
    "sales",
    "sale",
    "vp sal",
    "sales acme",
    "schmidt acme",
    "cafe",
    "societe",
    "soren",
    "søren",
    "lukasz",
    "łukasz",
    "sprzedaz",
    "ασπα",
    "παπαδοπουλου",
    "turing",
    "dr",
    "alan turing",
    "turing alan",
    "jan_h",
    "600",  # phones are not searched
    "+370",
    "1234567",
    "acme.com",
    "com",
    "a",
    "s",
    "и",
    "nobody",
    "sim acme",
    # One- and two-letter words: the server reads them from its prefix table.
    "sa",
    "sm",
    "ac",
    "gl",
    "co",
    "ja",
    "jo",
    "ив",
    "ol",
    "ян",
    "ø",
    "ł",
    "ασ",
    "王小",
    "a s",
    "s a",
    "sa acme",
    "ivan.p",
    "ivan p",
    "ivan.petrov@y",
    "jan_h@a",
    *NASTY,
]


def _add_company(conn: Connection, name: str) -> int:
    sql = (
        "INSERT INTO companies(name, normalized_name, version, created_at, updated_at) "
        "VALUES (:n, :normalized, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) RETURNING id"
    )
    return int(conn.execute(text(sql), {"n": name, "normalized": name.lower()}).scalar_one())


def _seed(db: Database) -> None:
    with db.transaction() as conn:
        companies = [_add_company(conn, name) for name in COMPANIES]
        for first, last, full, company, title, email, phone in PEOPLE:
            conn.execute(
                text(
                    "INSERT INTO contacts(company_id, first_name, last_name, full_name, title, "
                    "email, phone_raw, do_not_contact, custom_fields, version, created_at, "
                    "updated_at) VALUES (:company, :first, :last, :full, :title, :email, "
                    ":phone, :dnc, '{}', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {
                    "company": None if company is None else companies[company],
                    "first": first or None,
                    "last": last or None,
                    "full": full if full is not None else f"{first} {last}",
                    "title": title,
                    "email": email,
                    "phone": phone,
                    "dnc": False,
                },
            )


def _edit(db: Database) -> None:
    """The same edits on both: a rename, a company rename, a moved contact, a deletion."""
    with db.transaction() as conn:
        conn.exec_driver_sql(
            "UPDATE contacts SET last_name = 'Smirnova', full_name = 'Ольга Smirnova' "
            "WHERE email = 'olga@yandex.ru'"
        )
        conn.exec_driver_sql("UPDATE companies SET name = 'Acmé Global' WHERE name = 'Acme Corp'")
        conn.exec_driver_sql(
            "UPDATE contacts SET company_id = (SELECT id FROM companies WHERE name = 'Яндекс') "
            "WHERE email = 'soren@k.dk'"
        )
        conn.exec_driver_sql("DELETE FROM contacts WHERE email = 'jose@cafe.es'")


@pytest.fixture
def both(db: Database, postgres_url: str) -> Iterator[tuple[Database, Database]]:
    server = open_database(postgres_url)
    try:
        _seed(db)
        _seed(server)
        yield db, server
    finally:
        server.close()


def _answers(db: Database, query: str) -> tuple[list[int], int, list[int]]:
    with db.reading() as conn:
        ids = search_contact_ids(conn, query)
        matches = count_matches(conn, query)
        by_name = page_ids(conn, Scope(search=query), Sort(SortKey.NAME), limit=50).ids
    return ids, matches, by_name


def _assert_same(sqlite_db: Database, server: Database) -> None:
    # Both got ids 1..n in the same order (fresh databases, the same inserts).
    differ = {
        query: (_answers(sqlite_db, query), _answers(server, query))
        for query in QUERIES
        if _answers(sqlite_db, query) != _answers(server, query)
    }
    assert differ == {}


def test_the_server_answers_every_query_as_sqlite(both: tuple[Database, Database]) -> None:
    sqlite_db, server = both
    # The table is not trivially empty: accents fold, prefixes match, insides do not.
    assert len(_answers(sqlite_db, "sanchez")[0]) == 1
    assert _answers(sqlite_db, "anchez")[0] == []
    assert len(_answers(sqlite_db, "sales")[0]) == 3  # "Salesman" too
    _assert_same(sqlite_db, server)


def test_edits_renames_and_deletions_reach_the_server_index(
    both: tuple[Database, Database],
) -> None:
    sqlite_db, server = both
    _edit(sqlite_db)
    _edit(server)
    assert _answers(server, "smirnova")[1] == 1
    assert _answers(server, "corp")[1] == 0
    assert _answers(server, "glob")[1] == 4
    _assert_same(sqlite_db, server)


def expected_prefixes(conn: Connection) -> set[tuple[str, int]]:
    """(prefix, contact id) for every one- and two-letter start of every contact's words."""
    rows = conn.execute(text(INDEX_ROWS_SELECT)).all()
    made = Tokenizer.words([tuple(str(v) for v in row[1:]) for row in rows])
    return {
        (word[:n], int(row[0]))
        for row, found in zip(rows, made, strict=True)
        for _field, _position, word in found
        for n in range(1, SHORT_PREFIX + 1)
        if len(word) >= n
    }


def stored_prefixes(conn: Connection) -> set[tuple[str, int]]:
    rows = conn.exec_driver_sql(f"SELECT prefix, contact_id FROM {PREFIXES_TABLE}").all()
    return {(str(prefix), int(contact_id)) for prefix, contact_id in rows}


def test_the_prefix_rows_follow_inserts_edits_renames_and_deletions(
    both: tuple[Database, Database],
) -> None:
    _sqlite_db, server = both
    with server.reading() as conn:
        assert stored_prefixes(conn) == expected_prefixes(conn)
        assert ("sá", 7) not in stored_prefixes(conn)  # folded: "sa"
        assert ("sa", 7) in stored_prefixes(conn)
    _edit(server)
    with server.transaction() as conn:
        conn.exec_driver_sql("UPDATE contacts SET title = NULL WHERE title = 'CFO'")
    with server.reading() as conn:
        found = stored_prefixes(conn)
        assert found == expected_prefixes(conn)
        assert not any(contact_id == 8 for _prefix, contact_id in found)  # José, deleted
        assert ("sm", 4) in found  # Ольга Smirnova
        assert ("gl", 11) in found  # Acmé Global's people
        assert ("cf", 1) not in found
    with server.transaction() as conn:
        conn.exec_driver_sql("DELETE FROM contacts")
    with server.reading() as conn:
        assert stored_prefixes(conn) == set()


def test_first_screen_and_count_agree(both: tuple[Database, Database]) -> None:
    sqlite_db, server = both
    for query in ["s", "a", "ivan", "sales acme", "王", "sa", "a s", "ivan p"]:
        screens = []
        for database in (sqlite_db, server):
            with database.reading() as conn:
                screen = search_first_screen(conn, Scope(search=query), Sort(SortKey.NAME))
                screens.append((screen, count(conn, Scope(search=query))))
        assert screens[0] == screens[1], query


def test_a_superseded_server_search_is_cancelled_on_the_server(postgres_url: str) -> None:
    server = open_database(postgres_url)
    try:
        stop = threading.Event()
        with server.reading() as conn:
            timer = threading.Timer(0.2, stop.set)
            timer.start()
            with pytest.raises(OperationalError, match="cancel"):
                with interruptible(conn, stop.is_set):
                    # Stands in for a slow search: without a cancel on the server it would
                    # finish after 30 s without an error, and pytest.raises would fail.
                    conn.exec_driver_sql("SELECT pg_sleep(30)")
        # The pooled connection still works for the next keystroke's search.
        with server.reading() as conn:
            with interruptible(conn, lambda: False):
                assert search_contact_ids(conn, "x") == []
    finally:
        server.close()
