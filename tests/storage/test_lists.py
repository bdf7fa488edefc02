"""Static lists: naming, membership and undo, on a real SQLite file with demo data."""

from __future__ import annotations

import pytest

from app.storage import lists
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.names import NameRefusedError
from tests.storage.contacts_data import members


def test_list_lifecycle_and_add_remove_with_undo(contacts_demo: Database) -> None:
    list_id = lists.create_list(contacts_demo, "  Берлин   Q4 ")
    with pytest.raises(ValueError, match="taken") as taken:
        lists.create_list(contacts_demo, "Берлин Q4")
    # A code and the name, for the UI to say in the user's language.
    assert isinstance(taken.value, NameRefusedError)
    assert (taken.value.code, taken.value.name) == ("taken", "Берлин Q4")
    with pytest.raises(ValueError) as empty:
        lists.create_list(contacts_demo, "   ")
    assert isinstance(empty.value, NameRefusedError) and empty.value.code == "empty"
    lists.rename_list(contacts_demo, list_id, "Berlin Q4")
    with contacts_demo.reading() as conn:
        names = {info.name: info.count for info in lists.lists_with_counts(conn)}
    assert names["Berlin Q4"] == 0

    added = lists.add_to_list(contacts_demo, list_id, [1, 2, 3, 3, 10**9])
    assert added.count == 3 and members(contacts_demo, list_id) == {1, 2, 3}
    again = lists.add_to_list(contacts_demo, list_id, [2, 3, 4])
    assert again.count == 1 and members(contacts_demo, list_id) == {1, 2, 3, 4}
    removed = lists.remove_from_list(contacts_demo, list_id, [1, 4])
    assert removed.count == 2 and members(contacts_demo, list_id) == {2, 3}

    assert undo_change_set(contacts_demo, removed.change_set_id).applied
    assert members(contacts_demo, list_id) == {1, 2, 3, 4}
    assert undo_change_set(contacts_demo, again.change_set_id).applied
    assert undo_change_set(contacts_demo, added.change_set_id).applied
    assert members(contacts_demo, list_id) == set()

    lists.add_to_list(contacts_demo, list_id, [5, 6])
    dropped = lists.delete_list(contacts_demo, list_id)
    with contacts_demo.reading() as conn:
        assert "Berlin Q4" not in {i.name for i in lists.lists_with_counts(conn)}
    assert undo_change_set(contacts_demo, dropped.change_set_id).applied
    assert members(contacts_demo, list_id) == {5, 6}
