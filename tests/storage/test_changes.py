"""Undoable multi-row changes on a real SQLite file: bulk updates, deletes, conflicts."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, insert, inspect, select, text, update

from app.storage.changes import (
    AlreadyUndoneError,
    recent_change_sets,
    record_changes,
    undo_change_set,
)
from app.storage.database import Database
from app.storage.schema import (
    Activity,
    Contact,
    ContactList,
    ContactTag,
    ListMember,
    Tag,
)
from app.storage.search_index import search_contact_ids

NOW = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)


def add_contacts(db: Database, names: list[tuple[str, str, str]]) -> list[int]:
    ids = []
    with db.transaction() as conn:
        for first, last, email in names:
            ids.append(
                conn.execute(
                    insert(Contact)
                    .values(
                        first_name=first,
                        last_name=last,
                        full_name=f"{first} {last}",
                        email=email,
                        email_raw=email,
                        custom_fields={},
                        created_at=NOW,
                        updated_at=NOW,
                    )
                    .returning(Contact.id)
                ).scalar_one()
            )
    return ids


def dump(db: Database) -> str:
    """A digest of every user table's content, to prove 'exactly as before'."""
    digest = hashlib.sha256()
    with db.reading() as conn:
        # Every table but the search index's (kept by triggers) and the change records.
        tables = sorted(
            name
            for name in inspect(conn).get_table_names()
            if not name.startswith("contacts_fts")
            and name not in {"change_sets", "change_set_rows", "change_feed"}
        )
        for name in tables:
            for row in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_bulk_update_undo_restores_old_values(db: Database) -> None:
    ids = add_contacts(db, [("Ivan", "Petrov", "ivan@gmial.com"), ("Jurgis", "Šimkus", "j@x.lt")])
    before = dump(db)
    with record_changes(db, kind="bulk_fix", description="Accept suggestion") as rec:
        assert rec.update("contacts", ids[0], {"email": "ivan@gmail.com"})
        assert rec.update("contacts", ids[1], {"email": "j@x.lt"})  # unchanged: not recorded
    with db.reading() as conn:
        assert conn.execute(select(Contact.email).where(Contact.id == ids[0])).scalar() == (
            "ivan@gmail.com"
        )
        [summary] = recent_change_sets(conn)
    assert summary.row_count == 1 and summary.kind == "bulk_fix" and not summary.undone
    result = undo_change_set(db, summary.id)
    assert result.applied and result.restored == 1 and result.conflicts == []
    with db.reading() as conn:
        assert conn.execute(select(Contact.email).where(Contact.id == ids[0])).scalar() == (
            "ivan@gmial.com"
        )
    # Only the version counter and the change time differ from the original state.
    with db.transaction() as conn:
        conn.execute(update(Contact).values(version=1, updated_at=NOW))
    assert dump(db) == before
    with pytest.raises(AlreadyUndoneError):
        undo_change_set(db, summary.id)


def test_undo_refuses_to_overwrite_a_later_edit(db: Database) -> None:
    [cid] = add_contacts(db, [("Anna", "Smith", "anna@old.com")])
    with record_changes(db, kind="bulk_fix", description="fix") as rec:
        rec.update("contacts", cid, {"email": "anna@new.com"})
        change_id = rec.change_set_id
    with db.transaction() as conn:  # a colleague edits the same field afterwards
        conn.execute(update(Contact).where(Contact.id == cid).values(email="anna@hers.com"))
    result = undo_change_set(db, change_id)
    assert not result.applied
    assert [c.reason for c in result.conflicts] == ["email changed since"]
    with db.reading() as conn:
        assert conn.execute(select(Contact.email)).scalar() == "anna@hers.com"
        assert not recent_change_sets(conn)[0].undone
    forced = undo_change_set(db, change_id, skip_conflicts=True)
    assert forced.applied and forced.restored == 0 and len(forced.conflicts) == 1
    with db.reading() as conn:
        assert conn.execute(select(Contact.email)).scalar() == "anna@hers.com"


def test_delete_with_undo_brings_back_dependent_rows_and_search(db: Database) -> None:
    ids = add_contacts(db, [("Ли", "Wei", "li@example.cn"), ("Keep", "Me", "keep@x.com")])
    with db.transaction() as conn:
        tag_id = conn.execute(insert(Tag).values(name="vip").returning(Tag.id)).scalar_one()
        conn.execute(insert(ContactTag).values(contact_id=ids[0], tag_id=tag_id))
        list_id = conn.execute(
            insert(ContactList)
            .values(name="Q4", created_at=NOW, updated_at=NOW)
            .returning(ContactList.id)
        ).scalar_one()
        conn.execute(insert(ListMember).values(list_id=list_id, contact_id=ids[0], added_at=NOW))
        conn.execute(
            insert(Activity).values(
                contact_id=ids[0],
                kind="call",
                occurred_at=NOW,
                outcome="voicemail",
                duration_seconds=42,
            )
        )
    before = dump(db)
    with record_changes(db, kind="delete", description="Delete 1 contact") as rec:
        assert rec.delete("contacts", [ids[0]]) == 1
        change_id = rec.change_set_id
    with db.reading() as conn:
        assert conn.execute(select(func.count()).select_from(Activity)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(ListMember)).scalar() == 0
        assert search_contact_ids(conn, "wei") == []
    result = undo_change_set(db, change_id)
    assert result.applied and result.restored == 4  # contact, tag link, membership, activity
    assert dump(db) == before
    with db.reading() as conn:
        assert search_contact_ids(conn, "wei") == [ids[0]]


def test_a_failing_change_leaves_no_trace(db: Database) -> None:
    [cid] = add_contacts(db, [("Max", "Mustermann", "max@example.de")])
    before = dump(db)
    with pytest.raises(RuntimeError), record_changes(db, kind="bulk_fix", description="x") as rec:
        rec.update("contacts", cid, {"email": "other@example.de"})
        raise RuntimeError("cancelled half-way")
    assert dump(db) == before
    with db.reading() as conn:
        assert recent_change_sets(conn) == []


def test_update_of_a_missing_row_reports_false(db: Database) -> None:
    with record_changes(db, kind="bulk_fix", description="x") as rec:
        assert rec.update("contacts", 999_999, {"email": "a@b.com"}) is False
        assert rec.rows == 0


def test_a_change_set_reports_the_tables_and_ids_it_touched(db: Database) -> None:
    ids = add_contacts(db, [("Ivan", "Petrov", "ivan@gmial.com"), ("Li", "Wei", "li@x.cn")])
    with db.transaction() as conn:
        list_id = conn.execute(
            insert(ContactList).values(name="Q1", created_at=NOW).returning(ContactList.id)
        ).scalar_one()
        conn.execute(insert(ListMember).values(list_id=list_id, contact_id=ids[1]))
    with record_changes(db, kind="delete") as rec:
        rec.update("contacts", ids[0], {"email": "ivan@gmail.com"})
        rec.delete("contacts", [ids[1]])
    changes = rec.changes(count=2)
    assert changes.operation == "delete"
    assert changes.count == 2
    assert changes.change_set_id == rec.change_set_id
    assert changes.undoable
    assert changes.ids_in("contacts") == set(ids)
    # A link row has no id of its own: the whole table is reported as touched.
    assert changes.touches("list_members")
    assert changes.ids_in("list_members") is None
