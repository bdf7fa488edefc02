"""The validator over a real database: runs, DNS cache, summaries, problems, undoable fixes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import insert, select, text, update

from app.core.ops import CancelToken, OperationCancelled
from app.core.validation import VALIDATOR_VERSION
from app.storage import errors
from app.storage.changes import undo_change_set
from app.storage.contacts.delete import delete_contacts
from app.storage.database import Database, open_database
from app.storage.demo import populate_demo
from app.storage.schema import (
    Company,
    Contact,
    ContactList,
    DomainCheck,
    ListMember,
    Suppression,
)
from app.storage.suppressions import mark_do_not_contact, suppression_hash
from app.storage.validation import (
    DbDomainCache,
    accept_suggestions,
    apply_to_reason,
    edit_field,
    problem_counts,
    problem_rows,
    validate_database,
    validation_summary,
)
from tests.dns_server import LocalDnsServer

CONTACTS = Contact.__table__
COMPANIES = Company.__table__

# (first, last, company, title, email_raw, phone_raw, country): hand-made prospects whose
# verdicts are known (see the expectations in the tests below).
PEOPLE: list[tuple[Any, ...]] = [
    # 1: Cyrillic name, domain upper-cased, Moscow number written the Russian way.
    ("Иван", "Петров", "ООО Ромашка", "Директор", "Ivan.Petrov@Example.COM",
     "8 (495) 123-45-67", "Россия"),
    # 2: Chinese name, free mail, Beijing fixed line.
    ("伟", "王", "北京科技有限公司", "经理", "wang.wei@qq.com", "010-12345678", "中国"),
    # 3: Lithuanian, a typo of yahoo.com (suggestion), mobile with a trunk prefix.
    ("Rūta", "Kazlauskienė", "UAB Įmonė", "Vadovė", " ruta@yahooo.com ", "8 612 34567",
     "Lietuva"),
    # 4: a role account and a placeholder phone; no title.
    ("John", "Smith", "Acme Corp", None, "info@acme-corp.com", "n/a", "USA"),
    # 5: nothing to validate, no company.
    ("Anna", None, None, "CTO", None, None, None),
    # 6: the same mailbox as 1 (case-folded key), an Excel-mangled phone.
    ("Ivan", "Petrov", "ООО Ромашка", "CEO", "ivan.petrov@example.com", "4.15555E+09", "RU"),
    # 7: invalid email; US number with an extension.
    ("Mary", "Smith", "Acme Corp", "VP Sales", "mary@@acme-corp.com", "(650) 253-0000 x12",
     "USA"),
    # 8: same E.164 and last name as 7 (a duplicate person); blank email.
    ("M.", "Smith", "Acme Corp", "VP", "   ", "+1 650 253 0000", "United States"),
]  # fmt: skip


def add_people(db: Database, people: list[tuple[Any, ...]] = PEOPLE) -> list[int]:
    """Insert contacts (and their companies) by hand, raw columns only; return their ids."""
    ids = []
    with db.transaction() as conn:
        companies: dict[str, int] = {}
        for first, last, company, title, email, phone, country in people:
            company_id = None
            if company:
                if company not in companies:
                    companies[company] = conn.execute(
                        insert(COMPANIES)
                        .values(name=company, normalized_name=company.casefold())
                        .returning(COMPANIES.c.id)
                    ).scalar_one()
                company_id = companies[company]
            full = " ".join(part for part in (first, last) if part)
            ids.append(
                conn.execute(
                    insert(CONTACTS)
                    .values(
                        first_name=first,
                        last_name=last,
                        full_name=full,
                        title=title,
                        company_id=company_id,
                        email_raw=email,
                        phone_raw=phone,
                        country=country,
                    )  # fmt: skip
                    .returning(CONTACTS.c.id)
                ).scalar_one()
            )
    return ids


def contact(db: Database, contact_id: int) -> dict[str, Any]:
    with db.reading() as conn:
        row = conn.execute(select(CONTACTS).where(CONTACTS.c.id == contact_id)).mappings().one()
    return dict(row)


def fingerprint(db: Database) -> str:
    """A hash of every row of the tables a validation run may touch."""
    digest = hashlib.sha256()
    with db.reading() as conn:
        for table in ("contacts", "domain_checks", "suppressions", "change_sets"):
            for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1")):  # noqa: S608
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


@pytest.fixture
def people(db: Database) -> list[int]:
    return add_people(db)


@pytest.fixture
def validated(db: Database, people: list[int]) -> list[int]:
    validate_database(db, workers=1)
    return people


# --- validation runs -------------------------------------------------------------------


def test_derived_fields_are_written_and_raw_values_kept(db: Database, people: list[int]) -> None:
    run = validate_database(db, workers=1)
    assert (run.checked, run.updated, run.unchanged) == (8, 8, 0)

    ivan = contact(db, people[0])
    assert ivan["email_raw"] == "Ivan.Petrov@Example.COM"  # untouched
    assert ivan["phone_raw"] == "8 (495) 123-45-67"
    assert ivan["email"] == "Ivan.Petrov@example.com"
    assert ivan["email_key"] == "ivan.petrov@example.com"
    assert (ivan["email_status"], ivan["email_reasons"]) == ("valid", None)
    assert (ivan["phone_e164"], ivan["phone_kind"], ivan["phone_status"]) == (
        "+74951234567", "fixed_line", "valid",
    )  # fmt: skip
    assert ivan["time_zone"] == "Europe/Moscow"
    assert ivan["quality_score"] == 100
    assert ivan["validated_with"] == VALIDATOR_VERSION
    assert ivan["version"] == 1  # derived writes are not user edits

    wang = contact(db, people[1])
    assert (wang["email_status"], wang["email_reasons"]) == ("valid", "free_mail")
    assert (wang["phone_e164"], wang["time_zone"]) == ("+861012345678", "Asia/Shanghai")

    ruta = contact(db, people[2])
    assert ruta["email_raw"] == " ruta@yahooo.com "
    assert (ruta["email_status"], ruta["email_reasons"]) == ("risky", "possible_typo")
    assert ruta["email_suggestion"] == "ruta@yahoo.com"
    assert ruta["phone_e164"] == "+37061234567"

    john = contact(db, people[3])
    assert (john["email_status"], john["email_reasons"]) == ("risky", "role_account")
    assert (john["phone_status"], john["phone_reasons"], john["phone_e164"]) == (
        "invalid", "not_a_number", None,
    )  # fmt: skip

    anna = contact(db, people[4])
    assert (anna["email_status"], anna["phone_status"], anna["email"]) == (None, None, None)
    assert anna["validated_with"] == VALIDATOR_VERSION

    mary = contact(db, people[6])
    assert (mary["email_status"], mary["email"]) == ("invalid", None)
    assert (mary["phone_e164"], mary["phone_extension"]) == ("+16502530000", "12")
    # A US number spans several zones only for mobiles; 650 is one zone.
    assert mary["time_zone"] == "America/Los_Angeles"

    blank = contact(db, people[7])
    assert blank["email_raw"] == "   "
    assert blank["email_status"] is None  # blank is "missing", not an invalid address


def test_a_second_run_writes_nothing(db: Database, validated: list[int]) -> None:
    before = fingerprint(db)
    run = validate_database(db, workers=1)
    assert (run.checked, run.updated, run.unchanged) == (8, 0, 8)
    assert fingerprint(db) == before


def test_only_stale_revalidates_rows_of_another_validator_version(
    db: Database, validated: list[int]
) -> None:
    stale = validated[:2]
    with db.transaction() as conn:
        conn.execute(
            update(CONTACTS)
            .where(CONTACTS.c.id.in_(stale))
            .values(
                validated_with="rules=0;phonenumbers=8.0", email_status="invalid", phone_e164=None
            )  # fmt: skip
        )
        # A fresh row's derived values are wrong on purpose: only_stale must not look at it.
        conn.execute(
            update(CONTACTS).where(CONTACTS.c.id == validated[3]).values(email_status="valid")
        )
    run = validate_database(db, only_stale=True, workers=1)
    assert (run.checked, run.updated) == (2, 2)
    assert contact(db, validated[0])["email_status"] == "valid"
    assert contact(db, validated[0])["phone_e164"] == "+74951234567"
    assert contact(db, validated[1])["validated_with"] == VALIDATOR_VERSION
    assert contact(db, validated[3])["email_status"] == "valid"  # left alone


def test_scopes_list_and_ids(db: Database, people: list[int]) -> None:
    with db.transaction() as conn:
        list_id = conn.execute(
            insert(ContactList.__table__).values(name="Baltics").returning(text("id"))
        ).scalar_one()
        conn.execute(
            insert(ListMember.__table__),
            [{"list_id": list_id, "contact_id": people[2]}],
        )
    assert validate_database(db, list_id=list_id, workers=1).checked == 1
    assert contact(db, people[2])["email_status"] == "risky"
    assert contact(db, people[0])["email_status"] is None
    assert validate_database(db, contact_ids=[people[0], people[1], 10**9], workers=1).checked == 2
    assert contact(db, people[1])["email_status"] == "valid"
    assert contact(db, people[3])["email_status"] is None


@pytest.mark.parametrize("stop_at", [0, 800])
def test_cancel_leaves_the_database_unchanged(
    db: Database, people: list[int], stop_at: int
) -> None:
    """Cancelled while reading (0) or after the writes ran, before the commit (800)."""
    before = fingerprint(db)
    seen: list[int] = []
    cancel_now = CancelToken()

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= stop_at:
            cancel_now.cancel()

    with pytest.raises(OperationCancelled):
        validate_database(db, progress=progress, cancel=cancel_now, workers=1)
    assert fingerprint(db) == before
    assert contact(db, people[0])["email_status"] is None


def test_progress_reaches_the_end(db: Database, people: list[int]) -> None:
    seen: list[tuple[int, int]] = []
    validate_database(db, progress=lambda done, total: seen.append((done, total)), workers=1)
    assert seen[0][0] == 0
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_demo_database(db: Database) -> None:
    populate_demo(db, contacts=300, parallel=False)
    with db.transaction() as conn:
        conn.execute(update(CONTACTS).values(validated_with=None, quality_score=None))
    run = validate_database(db, workers=1)
    assert run.checked == 300
    with db.reading() as conn:
        summary = validation_summary(conn)
        stale = conn.execute(
            select(CONTACTS.c.id).where(CONTACTS.c.validated_with != VALIDATOR_VERSION)
        ).all()
    assert not stale
    assert summary.contacts == 300
    assert summary.stale == 0
    # The SQL summary agrees with the core's own counts of the same run.
    core = run.summary
    for state in ("valid", "risky", "invalid", "missing"):
        assert summary.email[state] == core.email_status.get(state, 0)
        assert summary.phone[state] == core.phone_status.get(state, 0)
    assert summary.average_quality == pytest.approx(core.average_score)


# --- DNS -------------------------------------------------------------------------------

DNS_PEOPLE = [
    ("A", "One", None, None, "a@acme-corp.com", None, None),
    ("B", "Two", None, None, "b@acme-corp.com", None, None),
    ("C", "Three", None, None, "c@no-mail.com", None, None),
    ("D", "Four", None, None, "d@broken-dns.com", None, None),
]


def test_dns_check_fills_the_cache_and_reuses_it(db: Database) -> None:
    ids = add_people(db, DNS_PEOPLE)
    with LocalDnsServer() as server:
        validate_database(db, check_dns=True, resolver=server.resolver(), workers=1)
        assert server.queries[("acme-corp.com.", "MX")] == 1  # once per domain
        statuses = [contact(db, i)["email_status"] for i in ids]
        assert statuses == ["valid", "valid", "invalid", "unknown"]
        assert contact(db, ids[2])["email_reasons"] == "no_mail_server"
        assert contact(db, ids[3])["email_reasons"] == "dns_error"
        with db.reading() as conn:
            cached = dict(conn.execute(select(DomainCheck.domain, DomainCheck.status)).all())
        # Failures say nothing about a domain and are not cached.
        assert cached == {"acme-corp.com": "mx", "no-mail.com": "no_mail_server"}

        validate_database(db, check_dns=True, resolver=server.resolver(), workers=1)
        assert server.queries[("acme-corp.com.", "MX")] == 1  # answered from domain_checks
        assert server.queries[("no-mail.com.", "MX")] == 1
        assert server.queries[("broken-dns.com.", "MX")] == 2  # asked again


def test_dns_offline_is_unknown_never_invalid(db: Database) -> None:
    ids = add_people(db, DNS_PEOPLE[:1])
    with LocalDnsServer(silent=True) as silent:
        validate_database(
            db, check_dns=True, resolver=silent.resolver(), dns_timeout=0.3, workers=1
        )
        assert silent.queries
    row = contact(db, ids[0])
    assert (row["email_status"], row["email_reasons"]) == ("unknown", "dns_timeout")
    assert row["email"] == "a@acme-corp.com"
    with db.reading() as conn:
        assert conn.execute(select(DomainCheck.domain)).all() == []


def test_db_domain_cache_expires(db: Database) -> None:
    from app.core.validation import MailDomainCheck

    now = [1_000_000.0]
    cache = DbDomainCache(db, clock=lambda: now[0])
    cache.put(MailDomainCheck("acme-corp.com", "mx", ("mx1.acme-corp.com",), now[0]), 60)
    found = cache.get("acme-corp.com")
    assert found is not None
    assert (found.status, found.mx_hosts) == ("mx", ("mx1.acme-corp.com",))
    now[0] += 61
    assert cache.get("acme-corp.com") is None
    assert cache.get("unknown.example") is None


# --- summary ---------------------------------------------------------------------------


def test_summary_counts(db: Database, validated: list[int]) -> None:
    with db.reading() as conn:
        summary = validation_summary(conn)
    assert summary.contacts == 8
    # 1 valid, 2 valid (free mail), 3 risky, 4 risky, 5 missing, 6 valid, 7 invalid,
    # 8 blank -> missing.
    assert summary.email == {
        "valid": 3, "risky": 2, "invalid": 1, "unknown": 0, "unchecked": 0, "missing": 2,
    }  # fmt: skip
    # 1, 2, 3, 7, 8 valid; 4 and 6 invalid; 5 missing.
    assert summary.phone == {
        "valid": 5, "risky": 0, "invalid": 2, "unknown": 0, "unchecked": 0, "missing": 1,
    }  # fmt: skip
    assert summary.email_reasons == {
        "free_mail": 1, "possible_typo": 1, "role_account": 1, "bad_domain": 1,
    }  # fmt: skip
    assert summary.phone_reasons == {"not_a_number": 1, "excel_mangled": 1}
    assert summary.duplicate_emails == 2  # 1 and 6
    assert summary.duplicate_phones == 2  # 7 and 8
    assert summary.duplicates == 4
    assert summary.missing == {"email": 2, "phone": 1, "name": 0, "company": 1, "title": 1}
    with db.reading() as conn:
        scores = conn.execute(select(CONTACTS.c.quality_score)).scalars().all()
    assert summary.average_quality == pytest.approx(sum(scores) / 8)
    assert summary.stale == 0


def test_summary_of_unchecked_and_scoped(db: Database, people: list[int]) -> None:
    with db.reading() as conn:
        fresh = validation_summary(conn)
        scoped = validation_summary(conn, contact_ids=[people[0], people[5]])
    assert fresh.email["unchecked"] == 6
    assert fresh.email["missing"] == 2
    assert fresh.stale == 8
    assert fresh.average_quality is None
    validate_database(db, workers=1)
    with db.reading() as conn:
        scoped = validation_summary(conn, contact_ids=[people[0], people[5]])
        other = validation_summary(conn, contact_ids=[people[0], people[1]])
    assert scoped.contacts == 2
    assert scoped.duplicate_emails == 2
    assert other.duplicate_emails == 0


# --- problems --------------------------------------------------------------------------


def test_problem_rows_page_by_keyset(db: Database, validated: list[int]) -> None:
    with db.reading() as conn:
        everything = problem_rows(conn, limit=100)
        pages = []
        after = None
        while True:
            page = problem_rows(conn, limit=2, after_id=after)
            pages.extend(page)
            if len({r.contact_id for r in page}) < 2:
                break
            after = page[-1].contact_id
    assert pages == everything
    keys = [(r.contact_id, r.field) for r in everything]
    p = validated
    assert keys == [(p[2], "email"), (p[3], "email"), (p[3], "phone"), (p[5], "phone"),
                    (p[6], "email")]  # fmt: skip
    ruta = everything[0]
    assert (ruta.name, ruta.company, ruta.raw, ruta.suggestion) == (
        "Rūta Kazlauskienė", "UAB Įmonė", " ruta@yahooo.com ", "ruta@yahoo.com",
    )  # fmt: skip
    assert ruta.reasons == ("possible_typo",)
    assert ruta.version == 1


def test_problem_filters_and_counts(db: Database, validated: list[int]) -> None:
    with db.reading() as conn:
        typos = problem_rows(conn, reason="possible_typo")
        phones = problem_rows(conn, field="phone")
        free = problem_rows(conn, reason="free_mail", field="email")
        counts = problem_counts(conn)
    assert [r.contact_id for r in typos] == [validated[2]]
    assert {r.field for r in phones} == {"phone"} and len(phones) == 2
    assert [(r.contact_id, r.status) for r in free] == [(validated[1], "valid")]
    by_key = {(c.field, c.reason): c.count for c in counts}
    assert by_key == {
        ("email", "free_mail"): 1, ("email", "possible_typo"): 1,
        ("email", "role_account"): 1, ("email", "bad_domain"): 1,
        ("phone", "not_a_number"): 1, ("phone", "excel_mangled"): 1,
    }  # fmt: skip
    assert all(c.explanation for c in counts)


# --- bulk fixes and undo ---------------------------------------------------------------


def test_accept_suggestions_and_undo(db: Database, validated: list[int]) -> None:
    ruta_id = validated[2]
    before = contact(db, ruta_id)
    change = accept_suggestions(db, [ruta_id, validated[0]])  # Ivan has no suggestion
    after = contact(db, ruta_id)
    assert after["email_raw"] == "ruta@yahoo.com"
    assert (after["email_status"], after["email_reasons"], after["email"]) == (
        "valid", "free_mail", "ruta@yahoo.com",
    )  # fmt: skip
    assert after["email_suggestion"] is None
    assert after["version"] == before["version"] + 1
    assert contact(db, validated[0])["version"] == 1
    # The write's Changes: what the broadcast refreshes and the undo stack offers.
    assert (change.operation, change.count) == ("bulk_fix", 1)
    assert change.ids_in("contacts") == {ruta_id} and change.undoable
    result = undo_change_set(db, change.change_set_id)
    assert result.applied
    restored = contact(db, ruta_id)
    for column in ("email_raw", "email", "email_status", "email_reasons", "email_suggestion"):
        assert restored[column] == before[column]


def test_a_fix_that_changes_nothing_still_returns_its_change_set(
    db: Database, validated: list[int]
) -> None:
    """The UI always gets an id back (stable contract); the change set records 0 rows."""
    from app.storage.changes import recent_change_sets

    change = accept_suggestions(db, [validated[0]])  # Ivan has no suggestion
    with db.reading() as conn:
        (latest,) = recent_change_sets(conn, limit=1)
    assert (latest.id, latest.row_count) == (change.change_set_id, 0)
    assert change.count == 0
    assert latest.description == "Accept 0 email suggestions"
    assert undo_change_set(db, change.change_set_id).applied


def test_edit_field_revalidates_and_refuses_a_stale_version(
    db: Database, validated: list[int]
) -> None:
    john_id = validated[3]
    version = contact(db, john_id)["version"]
    edit_field(db, john_id, "phone", "+1 212 555 0100", expected_version=version)
    john = contact(db, john_id)
    assert john["phone_raw"] == "+1 212 555 0100"
    assert john["phone_e164"] == "+12125550100"
    assert john["phone_status"] in ("valid", "risky")
    assert john["version"] == version + 1
    with pytest.raises(errors.ConcurrentEditError) as conflict:
        edit_field(db, john_id, "phone", "+1 212 555 0199", expected_version=version)
    # A code and the row, never a sentence: the UI words it.
    assert (conflict.value.code, conflict.value.table, conflict.value.row_id) == (
        "concurrent_edit", "contacts", john_id,
    )  # fmt: skip
    assert "Someone" not in str(conflict.value)
    assert contact(db, john_id)["phone_raw"] == "+1 212 555 0100"
    with pytest.raises(errors.ConcurrentEditError):
        edit_field(db, 10**9, "email", "x@example.com", expected_version=1)
    with pytest.raises(ValueError, match="field"):
        edit_field(db, john_id, "title", "CEO", expected_version=version + 1)  # type: ignore[arg-type]


def test_edit_field_can_be_undone(db: Database, validated: list[int]) -> None:
    ivan_id = validated[0]
    change = edit_field(db, ivan_id, "email", "иван@пример.рф", expected_version=1)
    ivan = contact(db, ivan_id)
    assert ivan["email"] == "иван@пример.рф"
    assert (ivan["email_status"], ivan["email_reasons"]) == ("risky", "smtputf8")
    assert undo_change_set(db, change.change_set_id).applied
    ivan = contact(db, ivan_id)
    assert (ivan["email_raw"], ivan["email"]) == ("Ivan.Petrov@Example.COM",
                                                  "Ivan.Petrov@example.com")  # fmt: skip


def suppressions(db: Database) -> set[tuple[str, str | None, str]]:
    with db.reading() as conn:
        rows = conn.execute(
            select(Suppression.kind, Suppression.value, Suppression.value_hash)
        ).all()
    return {tuple(r) for r in rows}  # type: ignore[misc]


def test_do_not_contact_suppresses_and_undo_removes_only_new_entries(
    db: Database, validated: list[int]
) -> None:
    ivan_id, wang_id = validated[0], validated[1]
    existing = suppression_hash("wang.wei@qq.com")
    with db.transaction() as conn:
        conn.execute(
            insert(Suppression.__table__).values(
                kind="email", value=None, value_hash=existing, reason="erased"
            )
        )
    change = mark_do_not_contact(db, [ivan_id, wang_id], "asked to be removed")
    assert contact(db, ivan_id)["do_not_contact"] and contact(db, wang_id)["do_not_contact"]
    assert suppressions(db) == {
        ("email", None, existing),  # already there: not added twice
        ("email", "Ivan.Petrov@example.com", suppression_hash("ivan.petrov@example.com")),
        ("phone", "+74951234567", suppression_hash("+74951234567")),
        ("phone", "+861012345678", suppression_hash("+861012345678")),
    }
    assert undo_change_set(db, change.change_set_id).applied
    assert suppressions(db) == {("email", None, existing)}
    assert not contact(db, ivan_id)["do_not_contact"]
    assert not contact(db, wang_id)["do_not_contact"]


def test_do_not_contact_matches_case_folded_and_skips_invalid_values(
    db: Database, validated: list[int]
) -> None:
    mark_do_not_contact(db, [validated[0]], "asked")
    assert len(suppressions(db)) == 2
    # Contact 6: the same mailbox in another case (already suppressed) and an invalid
    # phone (nothing callable to suppress).
    mark_do_not_contact(db, [validated[5]], "same person")
    assert len(suppressions(db)) == 2
    assert contact(db, validated[5])["do_not_contact"]


def test_do_not_contact_undo_restores_the_suppressions_exactly(
    db: Database, validated: list[int]
) -> None:
    before = suppressions(db)
    change = mark_do_not_contact(db, [validated[0]], "asked")
    assert len(suppressions(db)) == len(before) + 2
    assert undo_change_set(db, change.change_set_id).applied
    assert suppressions(db) == before
    assert not contact(db, validated[0])["do_not_contact"]


def test_clearing_do_not_contact_removes_the_contacts_own_suppressions(
    db: Database, validated: list[int]
) -> None:
    before = suppressions(db)
    mark_do_not_contact(db, [validated[0]], "asked")
    cleared = mark_do_not_contact(db, [validated[0]], value=False)
    assert cleared.operation == "allow_contact" and cleared.count == 1
    assert suppressions(db) == before
    assert not contact(db, validated[0])["do_not_contact"]
    assert undo_change_set(db, cleared.change_set_id).applied
    assert len(suppressions(db)) == len(before) + 2


def test_delete_and_undo(db: Database, validated: list[int]) -> None:
    before = fingerprint(db)
    change = delete_contacts(db, [validated[4], validated[6]])
    with db.reading() as conn:
        left = conn.execute(select(CONTACTS.c.id)).scalars().all()
    assert validated[4] not in left and validated[6] not in left and len(left) == 6
    assert change.count == 2
    assert undo_change_set(db, change.change_set_id).applied
    with db.reading() as conn:
        assert len(conn.execute(select(CONTACTS.c.id)).all()) == 8
    assert contact(db, validated[6])["email_raw"] == "mary@@acme-corp.com"
    assert fingerprint(db) != before  # the change set is now marked undone


def test_apply_to_reason(db: Database, validated: list[int]) -> None:
    extra = add_people(db, [("Jo", "Doe", None, None, "jo@gmail.co", None, "USA")])
    validate_database(db, contact_ids=extra, workers=1)
    change = apply_to_reason(db, "possible_typo", "accept_suggestion")
    assert contact(db, validated[2])["email"] == "ruta@yahoo.com"
    assert contact(db, extra[0])["email"] == "jo@gmail.com"
    with db.reading() as conn:
        assert problem_rows(conn, reason="possible_typo") == []
    assert undo_change_set(db, change.change_set_id).applied
    assert contact(db, extra[0])["email_raw"] == "jo@gmail.co"

    deleted = apply_to_reason(db, "role_account", "delete", field="email")
    assert (deleted.operation, deleted.count) == ("delete", 1)
    with db.reading() as conn:
        assert (
            conn.execute(select(CONTACTS.c.id).where(CONTACTS.c.id == validated[3])).first() is None
        )
    assert undo_change_set(db, deleted.change_set_id).applied
    assert contact(db, validated[3])["email_raw"] == "info@acme-corp.com"

    apply_to_reason(db, "excel_mangled", "mark_do_not_contact", field="phone")
    assert contact(db, validated[5])["do_not_contact"]
    with pytest.raises(ValueError, match="action"):
        apply_to_reason(db, "role_account", "merge")  # type: ignore[arg-type]


# --- PostgreSQL ------------------------------------------------------------------------


@pytest.fixture
def pg(postgres_url: str) -> Iterator[Database]:
    database = open_database(postgres_url)
    yield database
    database.close()


@pytest.mark.postgres
def test_postgres_validate_and_summary(pg: Database) -> None:
    ids = add_people(pg)
    run = validate_database(pg, workers=1)
    assert run.updated == 8
    assert contact(pg, ids[0])["email"] == "Ivan.Petrov@example.com"
    with pg.reading() as conn:
        summary = validation_summary(conn)
        scoped = validation_summary(conn, contact_ids=ids[:2])
        rows = problem_rows(conn, reason="possible_typo")
    assert summary.email["valid"] == 3
    assert summary.duplicates == 4
    assert summary.missing["company"] == 1
    assert scoped.contacts == 2
    assert [r.contact_id for r in rows] == [ids[2]]
    change = accept_suggestions(pg, [ids[2]])
    assert contact(pg, ids[2])["email"] == "ruta@yahoo.com"
    assert undo_change_set(pg, change.change_set_id).applied


def test_search_index_follows_changed_emails_only(db: Database) -> None:
    """The full-text index is refreshed for rows whose normalized email changed."""
    from app.storage.search_index import count_matches

    add_people(db, [("Anna", "Berg", None, None, "mailto:anna@firma.de", None, "DE"),
                    ("Olaf", "Berg", None, None, "olaf@firma.de", None, "DE")])  # fmt: skip
    with db.reading() as conn:
        assert count_matches(conn, "mailto") == 1
    validate_database(db, workers=1)
    with db.reading() as conn:
        assert count_matches(conn, "mailto") == 0  # re-indexed from the normalized email
        assert count_matches(conn, "olaf") == 1
        assert count_matches(conn, "firma") == 2


def test_cancel_during_the_dns_pass_writes_nothing(db: Database) -> None:
    add_people(db, DNS_PEOPLE)
    before = fingerprint(db)
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > 100:  # the first domain answered: cancel mid-pass
            cancel.cancel()

    with LocalDnsServer() as server, pytest.raises(OperationCancelled):
        validate_database(
            db, check_dns=True, resolver=server.resolver(), progress=progress, cancel=cancel,
            workers=1,
        )  # fmt: skip
    assert fingerprint(db) == before  # no contact and no domain_checks row written


@pytest.mark.sqlite_only(reason="SQLite's page cache size")
def test_bulk_writes_get_a_larger_page_cache_and_give_it_back(db: Database) -> None:
    from app.storage.validation.run import _large_page_cache

    with db.transaction() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        with _large_page_cache(conn, 400_000):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -100_000  # KiB
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
        with _large_page_cache(conn, 5_000):  # small runs keep the default
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_revalidation_writes_only_the_columns_that_changed(
    db: Database, validated: list[int]
) -> None:
    """After a library upgrade most rows change only ``validated_with``: nothing else moves."""
    ivan_id, wang_id = validated[0], validated[1]
    with db.transaction() as conn:
        conn.execute(update(CONTACTS).values(validated_with="rules=0"))
        # Wang's stored score is off: that is a visible change, so updated_at moves.
        conn.execute(update(CONTACTS).where(CONTACTS.c.id == wang_id).values(quality_score=1))
    ivan_before, wang_before = contact(db, ivan_id), contact(db, wang_id)
    run = validate_database(db, only_stale=True, workers=1)
    assert (run.checked, run.updated) == (8, 8)
    ivan, wang = contact(db, ivan_id), contact(db, wang_id)
    assert ivan["validated_with"] == VALIDATOR_VERSION
    assert ivan["updated_at"] == ivan_before["updated_at"]
    assert {k: v for k, v in ivan.items() if k != "validated_with"} == {
        k: v for k, v in ivan_before.items() if k != "validated_with"
    }
    assert wang["quality_score"] > 1  # recomputed
    assert wang["updated_at"] > wang_before["updated_at"]
