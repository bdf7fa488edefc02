"""ICP profiles in a real SQLite file: editing, the one active profile, rescoring."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from app.core.icp import IcpProfile
from app.core.ops import CancelToken, OperationCancelled
from app.storage import icp
from app.storage.database import Database
from app.storage.errors import ConcurrentEditError
from app.storage.icp import (
    InvalidProfileError,
    ProfileNameTakenError,
    active_profile,
    create_profile,
    delete_profile,
    fit_explanation,
    list_profiles,
    preview_profile,
    rescore_contacts,
    set_active_profile,
    update_profile,
)
from app.storage.schema import Contact
from tests.conftest import build_demo_template, open_copy
from tests.icp_expectations import expected_scores

SOFTWARE_DACH = IcpProfile(
    name="Software in DACH",
    industries=("Software",),
    title_keywords=("sales", "vertrieb"),
    seniorities=("c_level", "vp", "director"),
    min_employees=50,
    max_employees=5000,
    countries=("DACH",),
    excluded_domains=("gmail.com",),
)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A demo database (it comes with one active profile), built once per module."""
    folder = tmp_path_factory.mktemp("icp")
    return build_demo_template(folder, migrated_template, contacts=400)[0]


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test."""
    yield from open_copy(demo_template, tmp_path)


def contacts_hash(db: Database) -> str:
    digest = hashlib.sha256()
    with db.reading() as conn:
        for row in conn.execute(text("SELECT * FROM contacts ORDER BY id")):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def stored_scores(db: Database) -> dict[int, int | None]:
    with db.reading() as conn:
        return {row[0]: row[1] for row in conn.execute(select(Contact.id, Contact.fit_score))}


# --- profiles -----------------------------------------------------------------------------


def test_exactly_one_profile_is_active(db: Database) -> None:
    first = create_profile(db, IcpProfile(name="First", industries=("Banking",)))
    assert first.active and first.version == 1
    second = create_profile(db, SOFTWARE_DACH)
    assert not second.active  # the first stays active
    third = create_profile(db, IcpProfile(name="Third", countries=("DE",)), active=True)
    with db.reading() as conn:
        assert [p.profile.name for p in list_profiles(conn) if p.active] == ["Third"]
    set_active_profile(db, second.id)
    with db.reading() as conn:
        active = active_profile(conn)
        assert active is not None and active.id == second.id
        assert active.profile == SOFTWARE_DACH  # lists come back as the same tuples
        assert sum(p.active for p in list_profiles(conn)) == 1
    delete_profile(db, second.id)
    with db.reading() as conn:
        assert [p.active for p in list_profiles(conn)] == [True, False]
    delete_profile(db, first.id)
    delete_profile(db, third.id)
    with db.reading() as conn:
        assert active_profile(conn) is None
    with pytest.raises(KeyError):
        set_active_profile(db, third.id)


def test_update_is_optimistic(db: Database) -> None:
    stored = create_profile(db, SOFTWARE_DACH)
    mine = IcpProfile(name="Software in DACH", industries=("Software", "SaaS"))
    saved = update_profile(db, stored.id, mine, expected_version=stored.version)
    assert saved.version == stored.version + 1 and saved.profile.industries == ("Software", "SaaS")
    with pytest.raises(ConcurrentEditError):
        update_profile(db, stored.id, SOFTWARE_DACH, expected_version=stored.version)
    with db.reading() as conn:
        assert icp.get_profile(conn, stored.id).profile == mine
    with pytest.raises(ConcurrentEditError):
        delete_profile(db, stored.id, expected_version=stored.version)


def test_names_and_ranges_are_checked(db: Database) -> None:
    create_profile(db, SOFTWARE_DACH)
    with pytest.raises(ProfileNameTakenError) as taken:
        create_profile(db, IcpProfile(name="Software in DACH "))
    with pytest.raises(ValueError, match="name") as unnamed:
        create_profile(db, IcpProfile(name="  "))
    with pytest.raises(ValueError, match="larger") as inverted:
        create_profile(db, IcpProfile(name="Bad", min_employees=500, max_employees=10))
    # Codes and values for the interface to word, besides the English for logs.
    assert (taken.value.code, taken.value.name) == ("name_taken", "Software in DACH")
    assert isinstance(unnamed.value, InvalidProfileError) and unnamed.value.code == "no_name"
    assert isinstance(inverted.value, InvalidProfileError) and inverted.value.code == "size_range"
    with db.reading() as conn:
        assert len(list_profiles(conn)) == 1


# --- scoring ------------------------------------------------------------------------------


def test_rescoring_writes_the_scores_the_core_computes(demo_db: Database) -> None:
    stored = create_profile(demo_db, SOFTWARE_DACH, active=True)
    versions_before = contacts_hash(demo_db)
    seen: list[tuple[int, int]] = []
    result = rescore_contacts(demo_db, progress=lambda done, total: seen.append((done, total)))
    assert result.profile_id == stored.id and result.scored == 400
    assert stored_scores(demo_db) == expected_scores(demo_db, SOFTWARE_DACH)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert contacts_hash(demo_db) != versions_before
    # Scores are derived: no version bump, so nobody's open editor conflicts.
    with demo_db.reading() as conn:
        assert set(conn.execute(select(Contact.version)).scalars()) == {1}
    # The broadcast learns that contacts changed (any of them: no ids), not undoable.
    assert result.changes.operation == "rescore" and result.changes.tables == {"contacts"}
    assert result.changes.count == result.updated > 0
    assert result.changes.ids_in("contacts") is None and not result.changes.undoable
    again = rescore_contacts(demo_db)
    assert again.updated == 0 and again.scored == 400
    assert again.changes.empty


def test_rescoring_another_profile_and_without_one(demo_db: Database) -> None:
    other = create_profile(demo_db, IcpProfile(name="Russia", countries=("RU", "BY")))
    rescore_contacts(demo_db, other.id)
    assert stored_scores(demo_db) == expected_scores(demo_db, other.profile)
    with demo_db.transaction() as conn:
        conn.execute(text("DELETE FROM icp_profiles"))
    with pytest.raises(LookupError):
        rescore_contacts(demo_db)


@pytest.mark.parametrize("when", ["reading", "writing"])
def test_a_cancelled_rescoring_changes_nothing(demo_db: Database, when: str) -> None:
    create_profile(demo_db, SOFTWARE_DACH, active=True)
    before = contacts_hash(demo_db)
    stop = CancelToken()

    def progress(done: int, total: int) -> None:
        # Reading counts the first half of the steps, writing the second.
        if (when == "reading" and done > 0) or (when == "writing" and done > total // 2):
            stop.cancel()

    with pytest.raises(OperationCancelled):
        rescore_contacts(demo_db, progress=progress, cancel=stop)
    assert contacts_hash(demo_db) == before


def test_a_contact_edited_meanwhile_keeps_its_edit(demo_db: Database) -> None:
    create_profile(demo_db, SOFTWARE_DACH, active=True)
    edited = {"done": False}

    def progress(done: int, total: int) -> None:
        if done == total // 2 and not edited["done"]:
            edited["done"] = True  # somebody saves contact 1 between the read and the write
            with demo_db.transaction() as conn:
                conn.execute(update(Contact).where(Contact.id == 1).values(fit_score=-1, version=2))

    result = rescore_contacts(demo_db, progress=progress)
    assert edited["done"]
    assert stored_scores(demo_db)[1] == -1
    assert result.skipped_edited == 1


def test_fit_explanation_and_preview(demo_db: Database) -> None:
    with demo_db.transaction() as conn:
        conn.execute(text("DELETE FROM icp_profiles"))
        conn.execute(
            text(
                "UPDATE companies SET industry = 'Computer Software', employee_count = 250,"
                " country = 'Germany' WHERE id = (SELECT company_id FROM contacts WHERE id = 1)"
            )
        )
        conn.execute(
            update(Contact)
            .where(Contact.id == 1)
            .values(title="Vertriebsleiter", country="Germany", email="max@acme.de")
        )
    with demo_db.reading() as conn:
        assert fit_explanation(conn, 1) is None  # no profile
    create_profile(demo_db, SOFTWARE_DACH)
    with demo_db.reading() as conn:
        fit = fit_explanation(conn, 1)
        with pytest.raises(KeyError):
            fit_explanation(conn, 10**9)
        exact = preview_profile(conn, SOFTWARE_DACH, threshold=70, sample=10_000)
        sampled = preview_profile(conn, SOFTWARE_DACH, threshold=70, sample=100)
    assert fit is not None and fit.score == 100
    assert fit.matched == (
        "industry:software",
        "title:vertrieb",
        "seniority:director",
        "company_size:250",
        "country:DE",
    )
    expected = expected_scores(demo_db, SOFTWARE_DACH)
    assert exact.sampled == exact.total == 400 and not exact.is_estimate
    assert exact.matched == exact.estimated == sum(s >= 70 for s in expected.values())
    assert sampled.is_estimate and 0 < sampled.sampled <= 100
    assert sampled.estimated == round(sampled.matched * 400 / sampled.sampled)


def test_a_cancelled_preview_stops(demo_db: Database) -> None:
    stop = CancelToken()
    stop.cancel()
    with demo_db.reading() as conn, pytest.raises(OperationCancelled):
        preview_profile(conn, SOFTWARE_DACH, cancel=stop)


def test_distinct_industries_most_common_first(demo_db: Database) -> None:
    with demo_db.reading() as conn:
        industries = icp.distinct_industries(conn)
        rows = conn.execute(text("SELECT industry, count(*) FROM companies GROUP BY industry"))
        counts = {row[0]: row[1] for row in rows}
    assert industries and set(industries) <= set(counts)
    assert [counts[i] for i in industries] == sorted((counts[i] for i in industries), reverse=True)
