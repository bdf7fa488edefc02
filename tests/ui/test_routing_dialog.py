"""Tools → Inbound routing…: the rotation edited in the table and saved for the team."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.core.routing.webforms import FormRule
from app.storage.database import Database
from app.storage.routing import list_rotation, load_routing_settings, set_rotation
from app.storage.routing.webforms import load_web_form_settings
from app.ui import settings
from app.ui.routing.dialog import RoutingDialog
from app.ui.routing.rotation_model import AWAY, IN_ROTATION, REP, WEIGHT
from tests.team_data import add_reps

WAIT_MS = 15_000


def test_the_rotation_is_edited_in_the_table_and_saved(
    qtbot: QtBot, qtmodeltester: ModelTester, db: Database, tmp_path: Path
) -> None:
    ana, ben = add_reps(db, 2)
    set_rotation(db, ana, in_rotation=True, weight=2)
    dialog = RoutingDialog(db)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    qtmodeltester.check(model)
    assert model.data(model.index(0, REP)) == "Rep 0 <rep0@team.example>"
    assert model.data(model.index(0, WEIGHT)) == 2
    assert model.share_text(0) == "100 %"
    assert "5 minute" in dialog.sla_note.text()

    checked = Qt.CheckState.Checked.value
    assert model.setData(model.index(1, IN_ROTATION), checked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(1, WEIGHT), 3, Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(1, WEIGHT), 0, Qt.ItemDataRole.EditRole)  # 1..100
    assert model.setData(model.index(0, AWAY), checked, Qt.ItemDataRole.CheckStateRole)
    assert model.share_text(0) == "" and model.share_text(1) == "100 %"
    qtmodeltester.check(model)
    dialog.round_robin.setChecked(True)
    dialog.folder.setText(str(tmp_path))
    dialog.web_forms.folder.setText("Заявки с сайта")
    dialog.web_forms.add_rule(FormRule())
    table = dialog.web_forms.table
    table.item(0, 0).setText("robot@tilda.ws")
    table.item(0, 2).setText("Org = nickname")
    assert dialog.save() is None  # a bad row is named, nothing is saved
    assert "Row 1" in dialog.web_forms.problem.text()
    table.item(0, 2).setText("Org = company; Work address = email")

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved_changes is not None and "reps" in dialog.saved_changes.tables
    with db.reading() as conn:
        stored = {r.id: (r.in_rotation, r.weight, r.away) for r in list_rotation(conn)}
        switches = load_routing_settings(conn)
    assert stored == {ana: (True, 2, True), ben: (True, 3, False)}
    assert (switches.round_robin, switches.reassign_on_sla) == (True, False)
    assert settings.INBOUND_FOLDER.get() == str(tmp_path)
    settings.INBOUND_FOLDER.reset()  # later windows in this session watch no folder
    with db.reading() as conn:
        web = load_web_form_settings(conn)
    assert web.folder == "Заявки с сайта"
    assert web.rules == (
        FormRule("robot@tilda.ws", "", {"Org": "company", "Work address": "email"}),
    )


def test_without_reps_the_dialog_says_what_to_do(qtbot: QtBot, db: Database) -> None:
    dialog = RoutingDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.empty.isVisible, timeout=WAIT_MS)
    assert not dialog.table.isVisible()
