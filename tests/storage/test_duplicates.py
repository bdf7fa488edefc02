"""Duplicates in the database: exact groups, fuzzy suggestions, merge and its undo.

A real SQLite file with demo data plus hand-made duplicates: one address in two cases,
Bill and William Gates at "Microsoft Corp." and "Microsoft", Иван Петров and Ivan Petrov,
and a shared switchboard number answered by different people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import insert, select, text, update

from app.core.duplicates.matching import email_key, phone_name_key
from app.core.duplicates.merge import MergeRule
from app.core.ops import CancelToken, OperationCancelled
from app.core.validation import normalize_company
from app.storage.changes import record_changes, undo_change_set
from app.storage.database import Database, open_database
from app.storage.duplicates import (
    dismiss_duplicates,
    dismissed_pairs,
    find_duplicate_groups,
    find_exact_groups,
    find_fuzzy_pairs,
    load_merge_context,
    merge_contacts,
    plan_group_merge,
)
from app.storage.schema import (
    Activity,
    Company,
    Contact,
    ContactList,
    ContactPoint,
    ContactTag,
    ListMember,
    Tag,
)
from tests.conftest import build_demo_template, open_copy

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
SWITCHBOARD = "+4930901820"


def add_company(conn: Any, name: str, **values: Any) -> int:
    """Insert a company and return its id."""
    return int(
        conn.execute(
            insert(Company)
            .values(
                name=name,
                normalized_name=normalize_company(name) or name.casefold(),
                created_at=NOW,
                updated_at=NOW,
                version=1,
                **values,
            )
            .returning(Company.id)
        ).scalar_one()
    )


def add_contact(conn: Any, first: str, last: str, **values: Any) -> int:
    """Insert a contact (email key derived as storage does) and return its id."""
    email = values.get("email")
    values.setdefault("email_raw", email)
    values.setdefault("email_key", email_key(email))
    values.setdefault("do_not_contact", False)
    return int(
        conn.execute(
            insert(Contact)
            .values(
                first_name=first,
                last_name=last,
                full_name=f"{first} {last}",
                custom_fields={},
                version=1,
                created_at=NOW,
                updated_at=NOW,
                **values,
            )
            .returning(Contact.id)
        ).scalar_one()
    )


def add_duplicates(db: Database) -> dict[str, int]:
    """Add the hand-made duplicates; returns their ids by nickname."""
    ids: dict[str, int] = {}
    with db.transaction() as conn:
        example = add_company(conn, "Example Ltd", industry="Software", employee_count=300)
        corp = add_company(conn, "Microsoft Corp.", industry="Software", employee_count=9000)
        plain = add_company(conn, "Microsoft", industry="Software")
        romashka = add_company(conn, "Romashka LLC", industry="Logistics")
        exchange = add_company(conn, "Zentrale Handels GmbH", industry="Retail")
        ids["ivan_upper"] = add_contact(
            conn,
            "Ivan",
            "Petrov",
            email="IVAN.PETROV@example.com",
            email_raw="IVAN.PETROV@Example.com",
            company_id=example,
            title="Head of Sales",
        )
        ids["ivan_lower"] = add_contact(
            conn,
            "Ivan",
            "Petrov",
            email="ivan.petrov@example.com",
            company_id=example,
            city="Moscow",
            phone_e164="+74951234567",
            phone_raw="8 (495) 123-45-67",
        )
        ids["william"] = add_contact(
            conn,
            "William",
            "Gates",
            email="william.gates@microsoft.com",
            company_id=plain,
            title="Chairman",
        )
        ids["bill"] = add_contact(
            conn,
            "Bill",
            "Gates",
            email="bill@microsoft.com",
            company_id=corp,
            phone_e164="+14255550100",
            phone_raw="(425) 555-0100",
            country="United States",
            linkedin_url="https://www.linkedin.com/in/williamhgates",
        )
        ids["ivan_cyr"] = add_contact(
            conn, "Иван", "Петров", email="i.petrov@romashka.ru", company_id=romashka
        )
        ids["ivan_lat"] = add_contact(
            conn, "Ivan", "Petrov", email="ivan@romashka.ru", company_id=romashka
        )
        ids["anna"] = add_contact(conn, "Anna", "Berg", phone_e164=SWITCHBOARD, company_id=exchange)
        ids["olga"] = add_contact(
            conn, "Olga", "Schmidt", phone_e164=SWITCHBOARD, company_id=exchange
        )
        # Same phone and same name (columns swapped), no email: an exact phone+name match.
        ids["jonas_a"] = add_contact(conn, "Jonas", "Meier", phone_e164="+41445551234")
        ids["jonas_b"] = add_contact(conn, "Meier", "Jonas", phone_e164="+41445551234")
    return ids


@pytest.fixture(scope="module")
def demo_template(
    tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
) -> tuple[Path, dict[str, int]]:
    """A demo database with the hand-made duplicates (and their ids), built once per module."""
    folder = tmp_path_factory.mktemp("dupes")
    path, ids = build_demo_template(folder, migrated_template, contacts=300,
                                    prepare=add_duplicates)  # fmt: skip
    return path, cast(dict[str, int], ids)


@pytest.fixture
def demo_db(demo_template: tuple[Path, dict[str, int]], tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test."""
    yield from open_copy(demo_template[0], tmp_path)


@pytest.fixture
def ids(demo_template: tuple[Path, dict[str, int]]) -> dict[str, int]:
    """The hand-made contacts' ids by nickname."""
    return demo_template[1]


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every user table's rows, without version and updated_at (undo bumps those)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.reading() as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type='table' "
                    "AND name NOT LIKE 'contacts_fts%' AND name NOT LIKE 'sqlite_%' "
                    "AND name NOT IN ('change_sets', 'change_set_rows', 'change_feed') "
                    "ORDER BY name"
                )
            )
        ]
        for name in tables:
            columns = [
                r[1]
                for r in conn.execute(text(f'PRAGMA table_info("{name}")'))
                if r[1] not in {"version", "updated_at"}
            ]
            select_list = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(text(f'SELECT {select_list} FROM "{name}"'))
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def group_of(groups: list[Any], contact_id: int) -> list[Any]:
    return [g for g in groups if contact_id in g.contact_ids]


# --- finding ------------------------------------------------------------------------------


def test_exact_groups_by_email_key_and_by_phone_and_name(
    demo_db: Database, ids: dict[str, int]
) -> None:
    with demo_db.reading() as conn:
        groups = find_duplicate_groups(conn)
    [ivan] = group_of(groups, ids["ivan_upper"])
    assert ivan.kind == "email" and ivan.exact
    assert ivan.contact_ids == (ids["ivan_upper"], ids["ivan_lower"])
    assert ivan.key == "ivan.petrov@example.com" and ivan.reasons == ("same_email",)
    [jonas] = group_of(groups, ids["jonas_a"])
    assert jonas.kind == "phone_name" and jonas.key == "+41445551234|jonas|meier"
    assert jonas.reasons == ("same_phone_and_name",)
    # Exact groups come before every fuzzy suggestion.
    kinds = [g.exact for g in groups]
    assert kinds == sorted(kinds, reverse=True)


def test_a_shared_switchboard_number_is_not_a_duplicate(
    demo_db: Database, ids: dict[str, int]
) -> None:
    with demo_db.reading() as conn:
        groups = find_duplicate_groups(conn, transliteration=True)
    assert group_of(groups, ids["anna"]) == []
    assert group_of(groups, ids["olga"]) == []


def test_fuzzy_pairs_nicknames_and_normalized_company(
    demo_db: Database, ids: dict[str, int]
) -> None:
    with demo_db.reading() as conn:
        groups = find_duplicate_groups(conn)
    [gates] = group_of(groups, ids["bill"])
    assert gates.kind == "fuzzy" and not gates.exact and gates.key is None
    assert gates.contact_ids == (ids["william"], ids["bill"])
    assert gates.score is not None and gates.score >= 85
    assert {"same_company", "nickname", "different_email"} <= set(gates.reasons)
    # The two Ivans at Example are one exact group, not also a fuzzy pair.
    assert len(group_of(groups, ids["ivan_lower"])) == 1


def test_transliteration_is_optional(demo_db: Database, ids: dict[str, int]) -> None:
    with demo_db.reading() as conn:
        plain = find_duplicate_groups(conn)
        translit = find_duplicate_groups(conn, transliteration=True)
        exact_only = find_duplicate_groups(conn, fuzzy=False)
    assert group_of(plain, ids["ivan_cyr"]) == []
    [pair] = group_of(translit, ids["ivan_cyr"])
    assert pair.contact_ids == (ids["ivan_cyr"], ids["ivan_lat"])
    assert "transliteration" in pair.reasons
    assert all(g.exact for g in exact_only)


def test_search_reports_progress_and_stops_on_cancel(demo_db: Database) -> None:
    seen: list[tuple[int, int]] = []
    with demo_db.reading() as conn:
        find_duplicate_groups(conn, progress=lambda done, total: seen.append((done, total)))
        assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
        stop = CancelToken()
        stop.cancel()
        with pytest.raises(OperationCancelled):
            find_duplicate_groups(conn, cancel=stop)


# --- merging ------------------------------------------------------------------------------


def add_history(db: Database, ids: dict[str, int]) -> dict[str, int]:
    """Give Bill and William activities, lists and tags (one list and tag in common)."""
    out: dict[str, int] = {}
    with db.transaction() as conn:
        shared_list = conn.execute(
            insert(ContactList)
            .values(name="Board", created_at=NOW, updated_at=NOW)
            .returning(ContactList.id)
        ).scalar_one()
        bill_list = conn.execute(
            insert(ContactList)
            .values(name="Conference 2026", created_at=NOW, updated_at=NOW)
            .returning(ContactList.id)
        ).scalar_one()
        vip = conn.execute(insert(Tag).values(name="vip").returning(Tag.id)).scalar_one()
        golf = conn.execute(insert(Tag).values(name="golf").returning(Tag.id)).scalar_one()
        for contact in ("william", "bill"):
            conn.execute(
                insert(ListMember).values(
                    list_id=shared_list, contact_id=ids[contact], added_at=NOW
                )
            )
            conn.execute(insert(ContactTag).values(contact_id=ids[contact], tag_id=vip))
        conn.execute(
            insert(ListMember).values(list_id=bill_list, contact_id=ids["bill"], added_at=NOW)
        )
        conn.execute(insert(ContactTag).values(contact_id=ids["bill"], tag_id=golf))
        for kind, contact in (("call", "bill"), ("email", "bill"), ("note", "william")):
            conn.execute(
                insert(Activity).values(
                    contact_id=ids[contact], kind=kind, occurred_at=NOW, subject=f"{kind} {contact}"
                )
            )
        conn.execute(
            insert(ContactPoint).values(
                contact_id=ids["bill"],
                kind="phone",
                raw="+1 425 555 0199",
                normalized="+14255550199",
            )
        )
        out.update(shared_list=shared_list, bill_list=bill_list, vip=vip, golf=golf)
    return out


def test_merge_moves_history_keeps_the_losing_email_and_undo_restores_all(
    demo_db: Database, ids: dict[str, int]
) -> None:
    extra = add_history(demo_db, ids)
    before = dump(demo_db)
    william, bill = ids["william"], ids["bill"]

    changes = merge_contacts(demo_db, william, [bill])
    change_id = changes.change_set_id
    assert change_id is not None

    with demo_db.reading() as conn:
        row = conn.execute(select(Contact).where(Contact.id == william)).mappings().one()
        assert conn.execute(select(Contact.id).where(Contact.id == bill)).first() is None
        activities = (
            conn.execute(
                select(Activity.subject).where(Activity.contact_id == william).order_by(Activity.id)
            )
            .scalars()
            .all()
        )
        lists = set(
            conn.execute(
                select(ListMember.list_id).where(ListMember.contact_id == william)
            ).scalars()
        )
        tags = set(
            conn.execute(
                select(ContactTag.tag_id).where(ContactTag.contact_id == william)
            ).scalars()
        )
        points = conn.execute(
            select(ContactPoint.kind, ContactPoint.normalized)
            .where(ContactPoint.contact_id == william)
            .order_by(ContactPoint.id)
        ).all()
        summary = conn.execute(
            text("SELECT kind, description FROM change_sets WHERE id = :i"), {"i": change_id}
        ).one()
    # Fill only empty: William's values stay, his empty fields are filled from Bill.
    assert row["first_name"] == "William" and row["title"] == "Chairman"
    assert row["email"] == "william.gates@microsoft.com"
    assert row["phone_e164"] == "+14255550100" and row["country"] == "United States"
    assert row["company_id"] is not None
    assert activities == ["call bill", "email bill", "note william"]
    assert lists == {extra["shared_list"], extra["bill_list"]}
    assert tags == {extra["vip"], extra["golf"]}
    assert ("email", "bill@microsoft.com") in points
    assert ("phone", "+14255550199") in points  # Bill's own extra number moved too
    # Storage records codes and values; the screen words them ("Merged 2 contacts into …").
    assert tuple(summary) == ("merge", f"survivor={william}")
    assert (changes.operation, changes.count) == ("merge", 2)
    assert changes.undoable and changes.ids_in("contacts") == {william, bill}
    assert {"activities", "contact_points", "list_members", "contact_tags"} <= changes.tables

    result = undo_change_set(demo_db, change_id)
    assert result.applied and result.conflicts == []
    after = dump(demo_db)
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table


def test_merge_of_three_with_picks_and_a_rule(demo_db: Database, ids: dict[str, int]) -> None:
    with demo_db.transaction() as conn:
        third = add_contact(
            conn,
            "Ivan",
            "Petrov",
            email="ivan.petrov@example.com",
            title="CEO",
            do_not_contact=True,
        )
    survivor, others = ids["ivan_upper"], [ids["ivan_lower"], third]
    with demo_db.reading() as conn:
        context = load_merge_context(conn, [survivor, *others])
    plan = plan_group_merge(
        context.records,
        survivor,
        others,
        rule=MergeRule.TAKE_INCOMING,
        picks={"phone": ids["ivan_lower"], "city": survivor},
    )
    assert plan.values["title"] == "CEO"  # taken from the last incoming
    assert plan.values["city"] is None  # the pick of the survivor's empty city wins
    assert plan.values["phone_e164"] == "+74951234567"
    assert plan.values["do_not_contact"] is True  # an opt-out survives every rule
    assert plan.source("phone", context.records) == ids["ivan_lower"]
    assert plan.source("title", context.records) == third

    merge_contacts(
        demo_db,
        survivor,
        others,
        rule=MergeRule.TAKE_INCOMING,
        picks={"phone": ids["ivan_lower"], "city": survivor},
    )
    with demo_db.reading() as conn:
        row = conn.execute(select(Contact).where(Contact.id == survivor)).mappings().one()
        left = conn.execute(select(Contact.id).where(Contact.id.in_(others))).all()
        groups = find_duplicate_groups(conn)
    assert row["title"] == "CEO" and row["do_not_contact"] and row["city"] is None
    assert left == []
    assert group_of(groups, survivor) == []


def test_undo_reports_a_conflict_after_a_later_edit(demo_db: Database, ids: dict[str, int]) -> None:
    change_id = merge_contacts(demo_db, ids["ivan_upper"], [ids["ivan_lower"]]).change_set_id
    assert change_id is not None
    with demo_db.transaction() as conn:  # a colleague edits the merged contact afterwards
        conn.execute(update(Contact).where(Contact.id == ids["ivan_upper"]).values(city="Kazan"))
    result = undo_change_set(demo_db, change_id)
    assert not result.applied
    assert [(c.table_name, c.reason) for c in result.conflicts] == [
        ("contacts", "city changed since")
    ]
    with demo_db.reading() as conn:
        assert (
            conn.execute(select(Contact.id).where(Contact.id == ids["ivan_lower"])).first() is None
        )


def test_merge_refuses_nonsense(demo_db: Database, ids: dict[str, int]) -> None:
    before = dump(demo_db)
    with pytest.raises(ValueError, match="cannot also be merged"):
        merge_contacts(demo_db, ids["bill"], [ids["bill"]])
    with pytest.raises(ValueError, match="Nothing to merge"):
        merge_contacts(demo_db, ids["bill"], [])
    with pytest.raises(KeyError):
        merge_contacts(demo_db, ids["bill"], [10**9])
    assert dump(demo_db) == before


# --- "Not duplicates" -----------------------------------------------------------------------


def dismissals(db: Database) -> set[tuple[int, int]]:
    with db.reading() as conn:
        return dismissed_pairs(conn)


def test_a_dismissal_survives_reopening_the_file_and_hides_the_pair(
    demo_db: Database, ids: dict[str, int]
) -> None:
    jonas = (ids["jonas_a"], ids["jonas_b"])
    gates = (ids["william"], ids["bill"])
    changes = dismiss_duplicates(demo_db, jonas)
    change_id = changes.change_set_id
    assert change_id is not None
    assert (changes.operation, changes.count) == ("not_duplicates", 2)
    assert changes.touches("duplicate_dismissals") and changes.undoable
    dismiss_duplicates(demo_db, gates[::-1])  # either order means the same pair
    path = demo_db.path
    assert path is not None
    demo_db.close()

    # A colleague opening the same file sees neither pair.
    reopened = open_database(path)
    try:
        assert dismissals(reopened) == {tuple(sorted(jonas)), tuple(sorted(gates))}
        with reopened.reading() as conn:
            groups = find_duplicate_groups(conn)
            kind, description = conn.execute(
                text("SELECT kind, description FROM change_sets WHERE id = :i"), {"i": change_id}
            ).one()
        assert group_of(groups, ids["jonas_a"]) == []
        assert group_of(groups, ids["bill"]) == []
        assert group_of(groups, ids["ivan_upper"]) != []  # the others are still there
        assert (kind, description) == ("not_duplicates", "")
        dismiss_duplicates(reopened, jonas)  # again: nothing new, no error

        assert undo_change_set(reopened, change_id).applied
        with reopened.reading() as conn:
            [group] = group_of(find_duplicate_groups(conn), ids["jonas_a"])
        assert group.contact_ids == jonas
        assert dismissals(reopened) == {tuple(sorted(gates))}
    finally:
        reopened.close()


def test_dismissing_refuses_a_single_contact(demo_db: Database, ids: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="at least two"):
        dismiss_duplicates(demo_db, [ids["bill"], ids["bill"]])


def test_a_dismissed_pair_inside_a_larger_group_splits_it(demo_db: Database) -> None:
    with demo_db.transaction() as conn:
        a, b, c = (
            add_contact(conn, first, "Lindqvist", email="info@lindqvist.example")
            for first in ("Sven", "Erik", "Nils")
        )
    with demo_db.reading() as conn:
        [whole] = group_of(find_duplicate_groups(conn, fuzzy=False), a)
    assert whole.contact_ids == (a, b, c)

    dismiss_duplicates(demo_db, [a, b])
    with demo_db.reading() as conn:
        groups = find_duplicate_groups(conn, fuzzy=False)
    # The user said Sven is not Erik: no group may offer merging them; Nils still
    # shares the address, and goes with the oldest.
    assert all(not {a, b} <= set(g.contact_ids) for g in groups)
    [rest] = group_of(groups, a)
    assert rest.contact_ids == (a, c) and rest.kind == "email"
    assert group_of(groups, b) == []

    dismiss_duplicates(demo_db, [a, b, c])  # the whole group: three pairs
    assert {(a, b), (a, c), (b, c)} <= dismissals(demo_db)
    with demo_db.reading() as conn:
        assert group_of(find_duplicate_groups(conn, fuzzy=False), c) == []


def test_a_merge_hands_dismissals_to_the_survivor_and_undo_restores_them(
    demo_db: Database, ids: dict[str, int]
) -> None:
    william, bill, ivan = ids["william"], ids["bill"], ids["ivan_upper"]
    dismiss_duplicates(demo_db, [bill, ivan])
    dismiss_duplicates(demo_db, [william, bill])  # dismissed, then merged after all
    before = dump(demo_db)

    change_id = merge_contacts(demo_db, william, [bill]).change_set_id
    assert change_id is not None
    # Ivan is not Bill, Bill is William: Ivan is not William either.
    assert dismissals(demo_db) == {tuple(sorted((william, ivan)))}

    assert undo_change_set(demo_db, change_id).applied
    assert dump(demo_db) == before


def test_deleting_both_contacts_of_a_dismissed_pair_undoes_cleanly(
    demo_db: Database, ids: dict[str, int]
) -> None:
    pair = (ids["anna"], ids["olga"])
    dismiss_duplicates(demo_db, pair)
    before = dump(demo_db)
    with record_changes(demo_db, kind="delete", description="Deleted 2 contacts") as rec:
        rec.delete("contacts", list(pair))
    assert dismissals(demo_db) == set()
    # The pair refers to both deleted contacts; it must come back once, not twice.
    assert undo_change_set(demo_db, rec.change_set_id).applied
    assert dump(demo_db) == before


def brute_force_exact_groups(db: Database) -> set[tuple[int, ...]]:
    """Exact groups the slow, obvious way: every contact's keys, joined transitively."""
    members: dict[str, set[int]] = {}
    with db.reading() as conn:
        rows = conn.execute(
            select(
                Contact.id,
                Contact.email_key,
                Contact.phone_e164,
                Contact.first_name,
                Contact.last_name,
            )
        ).all()
    for contact_id, key, e164, first, last in rows:
        for link in (f"e:{key}" if key else None, phone_name_key(e164, first, last)):
            if link:
                members.setdefault(link, set()).add(contact_id)
    groups: list[set[int]] = []
    for ids in members.values():
        touching = [g for g in groups if g & ids]
        merged = set(ids).union(*touching)
        groups = [g for g in groups if not g & ids] + [merged]
    return {tuple(sorted(g)) for g in groups if len(g) > 1}


def test_the_exact_pass_reads_only_candidates_yet_finds_every_group(
    demo_db: Database, ids: dict[str, int]
) -> None:
    with demo_db.reading() as conn:
        groups = find_exact_groups(conn)
    assert {g.contact_ids for g in groups} == brute_force_exact_groups(demo_db)
    assert len(groups) >= 2  # the Ivans and the Jonases at least  # noqa: PLR2004
    sizes = [(-len(g.contact_ids), g.contact_ids[0]) for g in groups]
    assert sizes == sorted(sizes)


def test_fuzzy_pairs_skip_pairs_within_the_exact_groups_given(
    demo_db: Database, ids: dict[str, int]
) -> None:
    with demo_db.reading() as conn:
        exact = find_exact_groups(conn)
        pairs = find_fuzzy_pairs(conn, exact)
        unaware = find_fuzzy_pairs(conn)
    ivans = (ids["ivan_upper"], ids["ivan_lower"])
    assert ivans in [p.contact_ids for p in unaware]  # similar names at one company
    assert ivans not in [p.contact_ids for p in pairs]
    assert all(p.kind == "fuzzy" for p in pairs)
