"""A contact's edit conflict, field by field, and the values each resolution saves."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.storage.contacts.conflicts import FieldConflict, contact_conflict, resolve
from app.storage.database import Database
from app.storage.errors import ConcurrentEditError
from app.storage.validation import edit_fields


def _contact(db: Database) -> int:
    with db.transaction() as conn:
        return int(
            conn.execute(
                text(
                    "INSERT INTO contacts (first_name, last_name, full_name, email_raw, phone_raw,"
                    " do_not_contact, custom_fields, version, created_at, updated_at) VALUES"
                    " ('Olga', 'Ivanova', 'Olga Ivanova', 'olga@example.com', '+7 495 123-45-67',"
                    " 0, '{}', 1, '2026-01-01', '2026-01-01') RETURNING id"
                )
            ).scalar_one()
        )


def test_each_field_knows_who_changed_it() -> None:
    only_mine = FieldConflict("first_name", "Olga", "Olga", "Olya")
    only_theirs = FieldConflict("last_name", "Ivanova", "Petrova", "Ivanova")
    both = FieldConflict("email", "a@x.org", "b@x.org", "c@x.org")
    same_change = FieldConflict("phone", "1", "2", "2")
    unknown_base = FieldConflict("email", None, "b@x.org", "c@x.org", base_known=False)
    assert only_mine.merge_side == "mine" and not only_mine.both_changed
    assert only_theirs.merge_side == "theirs"
    assert both.merge_side is None and both.both_changed
    assert same_change.merge_side == "theirs" and not same_change.differs
    assert unknown_base.both_changed  # without a base, every difference asks


def test_the_conflict_and_the_three_resolutions(db: Database) -> None:
    contact = _contact(db)
    mine = {"first_name": "Olya", "last_name": "Ivanova", "email": "mine@example.com"}
    base = {"first_name": "Olga", "last_name": "Ivanova", "email": "olga@example.com"}
    edit_fields(db, contact, {"last_name": "Petrova", "email": "theirs@example.com"},
                expected_version=1)  # fmt: skip
    with db.reading() as conn:
        conflict = contact_conflict(conn, contact, mine, base)
    assert conflict is not None and conflict.version == 2
    assert [f.field for f in conflict.shown] == ["first_name", "last_name", "email"]
    assert conflict.asks == ("email",)
    assert resolve(conflict, "theirs") == {}
    assert resolve(conflict, "mine") == {
        "first_name": "Olya", "last_name": "Ivanova", "email": "mine@example.com"
    }  # fmt: skip
    assert resolve(conflict, "merge", {"email": "theirs"}) == {"first_name": "Olya"}
    merged = resolve(conflict, "merge", {"email": "mine"})
    assert merged == {"first_name": "Olya", "email": "mine@example.com"}
    with pytest.raises(ConcurrentEditError):  # the old base is refused, still
        edit_fields(db, contact, merged, expected_version=1)
    edit_fields(db, contact, merged, expected_version=conflict.version)
    with db.reading() as conn:
        row = conn.execute(
            text("SELECT first_name, last_name, full_name, email_raw, email, version"
                 " FROM contacts WHERE id = :i"), {"i": contact},
        ).one()  # fmt: skip
    assert tuple(row) == ("Olya", "Petrova", "Olya Petrova", "mine@example.com",
                          "mine@example.com", 3)  # fmt: skip


def test_a_deleted_contact_has_no_conflict_view(db: Database) -> None:
    with db.reading() as conn:
        assert contact_conflict(conn, 999_999, {"email": "x@y.z"}) is None
