"""Default stage names read in the user's language; a team's own names stay as given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.pipeline.stage_names import stage_label

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_names_are_translated_and_renamed_ones_kept(qapp: QApplication) -> None:
    assert stage_label("new", "New") == "New"
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources/i18n/prospect_desk_ru.qm"))
    qapp.installTranslator(translator)
    try:
        assert stage_label("new", "New") == "Новый"
        assert stage_label("disqualified", "Disqualified") == "Отсеян"
        assert stage_label("new", "Fresh leads") == "Fresh leads"  # renamed by the team
        assert stage_label("demo_done", "Demo done") == "Demo done"  # added by the team
    finally:
        qapp.removeTranslator(translator)
