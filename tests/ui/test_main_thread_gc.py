"""Cycles are collected on the GUI thread, never by a background job's thread."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from app.ui.main_thread_gc import MainThreadCollector, collect_if_due


def test_collection_is_due_by_the_generation_thresholds() -> None:
    gc.collect()
    assert collect_if_due((10**9, 10, 10)) == -1  # nothing allocated past a huge threshold
    garbage = [[] for _ in range(50)]
    assert collect_if_due((1, 10**9, 10**9)) == 0
    del garbage


def test_the_collector_switches_automatic_collection_off(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        assert collector.timer.isActive() and collector.thresholds == gc.get_threshold()
    finally:
        collector.timer.stop()
        if was_enabled:
            gc.enable()
