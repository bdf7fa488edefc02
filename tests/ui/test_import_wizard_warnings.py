"""The wizard says what the CLI says: formula fields left empty, a report put elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.storage.database import Database
from app.storage.importing import run_import
from app.ui.importing.result_page import ResultPage
from tests.disks import read_only_folder
from tests.storage.test_import_safety import BAD, GOOD, HEADER, _formula_workbook
from tests.ui.test_import_wizard import go_to_plan, wizard_in
from tests.ui.test_import_wizard import run_import as run_in_wizard

__all__ = ["wizard_in"]  # the fixture, used by name


def test_formula_cells_without_a_value_are_listed_in_the_dry_run_and_the_result(
    qtbot: QtBot, wizard_in: Any, tmp_path: Path
) -> None:
    wizard = wizard_in(_formula_workbook(tmp_path / "book.xlsx"))
    go_to_plan(qtbot, wizard)
    plan = wizard.plan_page
    assert plan.row_warnings_label.isVisible()
    text = plan.row_warnings_label.text()
    assert text.startswith("2 fields will be empty: formula cells saved without a value")
    assert "Row 3, cell C3 (Email): a formula saved without its value" in text
    assert "Row 4, cell D4 (Company)" in text
    wizard.resize(1100, 760)
    wizard.grab().save("/tmp/safe-wizard-plan-warnings.png")

    run_in_wizard(qtbot, wizard)
    result = wizard.result_page
    assert result.row_warnings_label.isVisible()
    assert "Row 3, cell C3 (Email)" in result.row_warnings_label.text()
    assert result.count_labels["created"].text() == "3"
    wizard.grab().save("/tmp/safe-wizard-result-warnings.png")


def test_the_result_says_where_a_report_went_when_the_folder_refused_it(
    qtbot: QtBot, db: Database, tmp_path: Path, isolated_data_dir: Path
) -> None:
    with read_only_folder(tmp_path / "share", {"leads.csv": (HEADER + GOOD + BAD).encode()}):
        result = run_import(db, tmp_path / "share" / "leads.csv")
    page = ResultPage()
    qtbot.addWidget(page)
    page.show_result(result, None)
    page.resize(700, 420)
    page.show()
    qtbot.waitExposed(page)
    assert page.report_note.isVisible()
    assert page.report_note.text() == (
        f"The report could not be written to {tmp_path / 'share'} (the folder is read-only), "
        "so it went to the app's data folder."
    )
    assert str(isolated_data_dir / "import-reports") in page.report_label.text()
    assert page.report_folder() == isolated_data_dir / "import-reports"
    page.grab().save("/tmp/safe-result-fallback.png")
