"""The wizard's dry run: phone region (the rep's country by default), unknown owners, matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.storage.database import Database
from app.ui import settings
from app.ui.main_window import MainWindow
from tests.ui.test_import_wizard import (  # noqa: F401 - fixtures used by name
    WAIT_MS,
    go_to_plan,
    run_import,
    select_data,
    wizard_in,
)

NATIONAL = (
    "First Name,Last Name,Email,Phone,Owner,Stage\n"
    "Ann,Lee,ann@lee.io,(415) 555-0100,Nobody Here,New Lead\n"
    "Bo,Kim,bo@kim.io,415 555 0101,Nobody Here,Closed Lost\n"
    "Bo,Kim,bo+news@kim.io,,,\n"
)


def test_region_defaults_to_the_reps_country_and_unknown_owners_are_listed(
    qtbot: QtBot,
    wizard_in: Any,  # noqa: F811 - the fixture imported above, by name
    tmp_path: Path,
    db: Database,
    window: MainWindow,
) -> None:
    settings.IMPORT_REGION.set("US")
    source = tmp_path / "national.csv"
    source.write_text(NATIONAL, encoding="utf-8")
    wizard = wizard_in(source)
    go_to_plan(qtbot, wizard)
    plan = wizard.plan_page
    assert plan.region_combo.currentData() == "US"
    assert plan.region_label.text() == "2 of 2 phone numbers read (US)."
    assert "Owners you don't have: Nobody Here (2)" in plan.unknown_label.text()
    assert plan.create_owners.isVisible()
    assert "email 1" in plan.matched_label.text()

    # Reading the file instead: no country code anywhere, so nothing is read.
    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        select_data(plan.region_combo, "")
    assert plan.region_label.text() == "0 of 2 phone numbers read."

    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        select_data(plan.region_combo, "US")
    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        plan.create_owners.setChecked(True)
    run_import(qtbot, wizard)
    with db.reading() as conn:
        owners = conn.execute(
            text("SELECT r.name, c.phone_e164 FROM contacts c JOIN reps r ON r.id = c.owner_id")
        ).all()
    assert sorted(tuple(o) for o in owners) == [
        ("Nobody Here", "+14155550100"), ("Nobody Here", "+14155550101"),
    ]  # fmt: skip
