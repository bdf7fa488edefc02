"""Tools → Reps…: the reps listed, one edited (country, left the company), the model checked."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.storage.cadences import add_rep, list_reps
from app.storage.database import Database
from app.ui.reps.list_dialog import RepsDialog

WAIT_MS = 10_000


def test_reps_are_listed_and_edited(qtbot: QtBot, db: Database, qtmodeltester: ModelTester) -> None:
    add_rep(db, "Zhang Wei 张伟", "zhang@example.cn", time_zone="Asia/Shanghai", country="CN")
    add_rep(db, "Ona", "ona@example.lt", role="ae")
    dialog = RepsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    qtmodeltester.check(dialog.model)
    texts = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    assert texts[0][:3] == ["Ona", "ona@example.lt", "Account executive"]
    assert texts[0][3] == "UTC (not set)" and texts[0][4] == ""
    assert texts[1][3:] == ["Asia/Shanghai", "China (CN)"]
    dialog.table.selectRow(0)
    form = dialog.edit_selected()
    assert form is not None and form.name_edit.text() == "Ona"
    form.country_combo.setCurrentIndex(form.country_combo.findData("LT"))
    form.active_box.setChecked(False)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        form.save()
    qtbot.waitUntil(lambda: "(left)" in str(dialog.model.index(0, 0).data()), timeout=WAIT_MS)
    with db.reading() as conn:
        ona = next(r for r in list_reps(conn) if r.name == "Ona")
    assert (ona.country, ona.active, ona.role) == ("LT", False, "ae")
