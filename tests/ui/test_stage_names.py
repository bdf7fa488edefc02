"""Default stage names read in the user's language; a team's own names stay as given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app.storage import tables
from app.storage.database import Database
from app.storage.pipeline import list_stages, rename_stage, seed_default_stages
from app.ui.lists.contact_table_model import COLUMN_KEYS, ContactTableModel
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


def test_the_lists_stage_column_shows_the_russian_default_name(
    qapp: QApplication, qtbot: QtBot, db: Database, qtmodeltester: ModelTester
) -> None:
    seed_default_stages(db)
    with db.reading() as conn:
        stages = {s.key: s.id for s in list_stages(conn)}
    rename_stage(db, stages["attempting"], "Dialling")  # the team's own name stays
    with db.transaction() as conn:
        conn.execute(
            insert(tables.contacts),
            [{"full_name": "Иван Петров", "stage_id": stages["new"], "custom_fields": {}},
             {"full_name": "Jurgis Šimkus", "stage_id": stages["attempting"],
              "custom_fields": {}},
             {"full_name": "王小明", "stage_id": None, "custom_fields": {}}],
        )  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources/i18n/prospect_desk_ru.qm"))
    qapp.installTranslator(translator)
    try:
        model = ContactTableModel()
        with qtbot.waitSignal(model.reloaded, timeout=10_000):
            model.set_database(db)
        qtmodeltester.check(model)
        column = COLUMN_KEYS.index("stage")
        shown = {
            str(model.data(model.index(row, COLUMN_KEYS.index("name")))): str(
                model.data(model.index(row, column))
            )
            for row in range(model.rowCount())
        }
    finally:
        qapp.removeTranslator(translator)
    assert shown == {"Иван Петров": "Новый", "Jurgis Šimkus": "Dialling", "王小明": ""}
