"""The operations contract: cancel tokens, progress phases and the Changes value."""

from __future__ import annotations

import threading

import pytest

from app.core.ops import (
    NO_CHANGES,
    CancelToken,
    Changes,
    OperationCancelled,
    check_cancelled,
    scaled_progress,
)


def test_a_token_cancelled_on_another_thread_stops_the_worker() -> None:
    token = CancelToken()
    assert not token.cancelled
    token.raise_if_cancelled()  # not cancelled: nothing happens
    thread = threading.Thread(target=token.cancel)
    thread.start()
    thread.join()
    assert token.cancelled
    with pytest.raises(OperationCancelled):
        token.raise_if_cancelled()
    with pytest.raises(OperationCancelled):
        check_cancelled(token)
    check_cancelled(None)


def test_phases_map_onto_one_bar_that_only_moves_forward() -> None:
    seen: list[tuple[int, int]] = []
    first = scaled_progress(lambda d, t: seen.append((d, t)), 0, 40)
    second = scaled_progress(lambda d, t: seen.append((d, t)), 40, 60)
    assert first is not None and second is not None
    first(0, 10)
    first(10, 10)
    second(0, 0)  # unknown total: stays at the phase's start
    second(1, 2)
    second(5, 2)  # over-reporting is clamped
    assert seen == [(0, 100), (40, 100), (40, 100), (70, 100), (100, 100)]
    assert scaled_progress(None, 0, 50) is None


def test_changes_say_what_was_touched_and_how_to_undo_it() -> None:
    change = Changes.of({"contacts"}, ids={"contacts": [3, 1]}, operation="bulk_fix",
                        count=2, change_set_id=7)  # fmt: skip
    assert change.touches("contacts", "lists")
    assert not change.touches("lists")
    assert change.ids_in("contacts") == {1, 3}
    assert change.ids_in("lists") == frozenset()
    assert change.undoable
    assert NO_CHANGES.empty and not NO_CHANGES.undoable
    assert not Changes.of({"contacts"}, change_set_id=1, source="remote").undoable


def test_merging_keeps_unknown_ids_unknown() -> None:
    bulk = Changes.of({"contacts", "companies"}, ids={"companies": [5]}, import_batch_id=2)
    edit = Changes.of({"contacts"}, ids={"contacts": [9]}, operation="bulk_edit", count=1)
    both = bulk.merged(edit)
    assert both.tables == {"contacts", "companies"}
    assert both.ids_in("contacts") is None  # the import touched any contact
    assert both.ids_in("companies") == {5}
    assert both.operation == "bulk_edit"
    assert both.import_batch_id == 2
