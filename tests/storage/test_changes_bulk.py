"""The bulk update of a change set and the recorder that leaves no change set behind."""

from __future__ import annotations

from sqlalchemy import select

from app.storage import tables
from app.storage.changes import record_changes, undo_change_set, untracked_changes
from app.storage.database import Database
from app.storage.history import newest_undoable
from tests.inbox_data import prospect


def _rows(db: Database) -> dict[int, tuple[str | None, int]]:
    c = tables.contacts
    with db.reading() as conn:
        return {int(r.id): (r.title, int(r.version)) for r in conn.execute(select(c))}


def test_update_rows_records_each_row_and_one_undo_restores_them(db: Database) -> None:
    ids = [prospect(db, f"p{i}@example.net", title="CFO") for i in range(3)]
    before = _rows(db)
    with record_changes(db, kind="bulk_edit") as rec:
        changed = rec.update_rows("contacts", {
            ids[0]: {"title": "CEO"}, ids[1]: {"title": "CFO"},  # the same value: no change
            ids[2]: {"title": "CTO", "city": "Kaunas"}, 999_999: {"title": "nobody"},
        })  # fmt: skip
    assert changed == 2
    after = _rows(db)
    assert after[ids[0]] == ("CEO", before[ids[0]][1] + 1)  # the version moves on
    assert after[ids[1]] == before[ids[1]]
    assert after[ids[2]][0] == "CTO"
    changes = rec.changes()
    assert changes.ids_in("contacts") == {ids[0], ids[2]} and changes.undoable
    assert changes.change_set_id is not None
    undo_change_set(db, changes.change_set_id)
    assert {k: v[0] for k, v in _rows(db).items()} == {k: v[0] for k, v in before.items()}


def test_untracked_writes_are_reported_but_not_undoable(db: Database) -> None:
    contact = prospect(db, "p@example.net", title="CFO")
    with untracked_changes(db, kind="mail_check") as rec:
        rec.update_rows("contacts", {contact: {"title": "CEO"}})
        rec.update("contacts", contact, {"city": "Vilnius"})
    changes = rec.changes()
    assert changes.ids_in("contacts") == {contact} and changes.operation == "mail_check"
    assert not changes.undoable
    with db.reading() as conn:
        assert newest_undoable(conn) is None
        assert conn.execute(select(tables.change_set_rows.c.id)).first() is None
