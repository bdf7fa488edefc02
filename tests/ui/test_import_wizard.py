"""The import wizard driven like an SDR: pick a file, fix its encoding, map, dry run, import.

Real files in ``tmp_path`` (UTF-8 with Chinese and Lithuanian names, a cp1251 export with
Russian headers, a two-sheet workbook, an empty and a binary file) and a real SQLite file.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from PySide6.QtCore import Qt, QTranslator, QUrl
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.storage.database import Database
from app.ui.importing.mapping_page import MappingPage
from app.ui.importing.models import MappingModel
from app.ui.importing.recent import RecentImportsDialog
from app.ui.importing.undo import ConflictDialog
from app.ui.importing.wizard import ImportWizard
from app.ui.jobs import Job
from app.ui.main_window import MainWindow

WAIT_MS = 20_000

RU_HEADER = "Имя;Фамилия;Эл. почта;Телефон;Компания"
RU_ROWS = [
    "Иван;Петров;ivan.petrov@romashka.ru;+7 495 123-45-67;ООО «Ромашка»",
    "Анна;Кузнецова-Римская;anna@romashka.ru;+7 495 765-43-21;ООО «Ромашка»",
    "Анна;Кузнецова-Римская;anna@romashka.ru;;ООО «Ромашка»",
    "Пётр;Сидоров;not-an-email;;Рога и копыта",
]
UTF8_CSV = (
    "Name,Email,Company,Segment\n"
    "王伟,wang.wei@xingchen.cn,北京星辰科技有限公司,A\n"
    "Ona Kazlauskienė,ona@zalgiris.lt,UAB Žalgiris,B\n"
    "William Smith,william@acme.example,Acme Corp,A\n"
    "Bill Smith,bill.smith@acme.example,Acme Corp,A\n"
    'Broken "row,with,too,many,fields,here\n'
)


# --- files and helpers -------------------------------------------------------------------


@pytest.fixture
def ru_csv(tmp_path: Path) -> Path:
    path = tmp_path / "клиенты.csv"
    path.write_bytes(("\r\n".join([RU_HEADER, *RU_ROWS]) + "\r\n").encode("cp1251"))
    return path


@pytest.fixture
def utf8_csv(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    path.write_text(UTF8_CSV, encoding="utf-8")
    return path


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "two-sheets.xlsx"
    book = xlsxwriter.Workbook(str(path))
    first = book.add_worksheet("Leads")
    for r, row in enumerate(
        [["First name", "Last name", "Email"], ["Jonas", "Jonaitis", "jonas@x.lt"]]
    ):
        first.write_row(r, 0, row)
    second = book.add_worksheet("Partners")
    for r, row in enumerate(
        [["Company", "Website", "Phone"], ["UAB Žalgiris", "zalgiris.lt", "+370 5 212 3456"]]
    ):
        second.write_row(r, 0, row)
    book.close()
    return path


@pytest.fixture
def wizard_in(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Open the wizard through File → Import contacts… on a chosen path; yields an opener."""

    def open_wizard(path: Path) -> ImportWizard:
        monkeypatch.setattr(window.imports, "choose_import_path", lambda: str(path))
        window.action_import.trigger()
        wizard = window.import_wizard
        assert isinstance(wizard, ImportWizard)
        wizard.open_url = opened.append  # no desktop programs in tests
        qtbot.waitUntil(lambda: wizard.inspect_job is None, timeout=WAIT_MS)
        return wizard

    opened: list[QUrl] = []
    open_wizard.opened = opened  # type: ignore[attr-defined]
    yield open_wizard
    wizard = window.import_wizard
    if wizard is not None:
        qtbot.waitUntil(lambda: wizard.import_job is None, timeout=WAIT_MS)
        wizard.close()


def select_data(combo: QComboBox, value: object) -> None:
    """Pick the entry carrying ``value`` as a person would (select it, then it activates)."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click_row(qtbot: QtBot, view: QTableView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def cells(model: Any) -> list[list[str]]:
    return [
        [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def contact_count(db: Database) -> int:
    with db.reading() as conn:
        return int(conn.execute(text("SELECT count(*) FROM contacts")).scalar_one())


def database_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def go_to_plan(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.mapping_page
    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.plan_page


def run_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.result_page


# --- the whole way through ---------------------------------------------------------------


def test_cp1251_file_checked_mapped_planned_imported_and_undone(
    qtbot: QtBot, wizard_in: Any, ru_csv: Path, db: Database, window: MainWindow
) -> None:
    wizard = wizard_in(ru_csv)
    check = wizard.check_page
    assert wizard.stack.currentWidget() is check
    assert "Windows-1251" in check.encoding_label.text()
    assert "%" in check.encoding_label.text()
    assert "Semicolon" in check.delimiter_label.text()
    assert "CSV" in check.format_label.text()
    assert cells(check.preview_model)[0][:2] == ["Иван", "Петров"]
    assert check.preview_model.headers[0] == "Имя"

    # Read as UTF-8 by mistake: the preview shows byte codes and says to pick another.
    with qtbot.waitSignal(wizard.inspected, timeout=WAIT_MS):
        select_data(check.encoding_combo, "utf-8")
    wrong = cells(check.preview_model)
    assert "\\x" in wrong[0][0] and "Иван" not in wrong[0][0]
    assert check.preview_model.rows[0].problem
    assert check.warnings_label.isVisible() and "encoding" in check.warnings_label.text()
    assert "you chose it" in check.encoding_label.text()
    for row in wrong:
        assert not any("\ufffd" in cell or "\ufdd0" in cell for cell in row)

    # Choose cp1251: the preview fixes itself.
    with qtbot.waitSignal(wizard.inspected, timeout=WAIT_MS):
        select_data(check.encoding_combo, "cp1251")
    assert cells(check.preview_model)[0][:2] == ["Иван", "Петров"]
    assert check.preview_model.headers == ["Имя", "Фамилия", "Эл. почта", "Телефон", "Компания"]
    assert not check.preview_model.rows[0].problem

    # Map: automatic choices marked "auto"; leave the company out, now marked "yours".
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    page = wizard.mapping_page
    model = page.model
    mapped = cells(model)
    assert [r[MappingModel.TARGET] for r in mapped] == [
        "First name",
        "Last name",
        "Email",
        "Phone",
        "Company",
    ]
    assert all(r[MappingModel.CHOSEN].startswith("auto") for r in mapped)
    assert "Иван" in mapped[0][MappingModel.SAMPLES]
    select_data(page.combo(4), "ignore")
    assert model.data(model.index(4, MappingModel.TARGET)) == "Ignore this column"
    assert model.data(model.index(4, MappingModel.CHOSEN)) == "yours"
    assert model.data(model.index(4, MappingModel.NOTE)) == "Not imported"

    # Dry run: numbers, and the rows behind one of them.
    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    plan = wizard.plan_page
    counts = plan.summary_model.counts
    assert counts["created"] == 3
    assert counts["in_file"] == 1
    assert counts["invalid"] == 1
    assert counts["rejected"] == 0
    assert contact_count(db) == 0  # a dry run writes nothing
    click_row(qtbot, plan.summary, plan.summary_model.rowCount() - 2)  # invalid
    assert plan.detail_label.text().startswith("Invalid")
    assert cells(plan.detail_model)[0][:3] == ["5", "Пётр Сидоров", "not-an-email"]
    click_row(qtbot, plan.summary, 2)  # duplicates inside the file
    rows = cells(plan.detail_model)
    assert rows[0][0] == "4" and rows[0][1] == "Анна Кузнецова-Римская"
    assert "3" in rows[0][3]  # repeats row 3
    assert plan.list_name.currentText() == "клиенты"

    run_import(qtbot, wizard)
    result = wizard.result_page
    assert result.count_labels["created"].text() == "3"
    assert result.count_labels["duplicates"].text() == "1"
    assert result.count_labels["invalid"].text() == "1"
    assert result.count_labels["rejected"].text() == "0"
    assert not result.report_widget.isVisible()
    assert contact_count(db) == 3
    with db.reading() as conn:
        companies = conn.execute(text("SELECT count(*) FROM companies")).scalar_one()
    assert companies == 0  # the ignored column

    with qtbot.waitSignal(wizard.undone, timeout=WAIT_MS):
        qtbot.mouseClick(result.undo_button, Qt.MouseButton.LeftButton)
    assert contact_count(db) == 0
    assert "3 contacts removed" in result.undo_label.text()
    assert not result.undo_button.isEnabled()

    # The same headers next time: the mapping used is remembered, the ignored column too.
    wizard.close()
    qtbot.waitUntil(lambda: window.import_wizard is None, timeout=WAIT_MS)
    again = wizard_in(ru_csv)
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    remembered = cells(again.mapping_page.model)
    assert remembered[4][MappingModel.TARGET] == "Ignore this column"
    assert remembered[0][MappingModel.CHOSEN] == "remembered"


def test_utf8_file_full_name_custom_field_fuzzy_report_and_show_contacts(
    qtbot: QtBot, wizard_in: Any, utf8_csv: Path, db: Database, window: MainWindow
) -> None:
    wizard = wizard_in(utf8_csv)
    preview = cells(wizard.check_page.preview_model)
    assert preview[0][0] == "王伟" and preview[1][0] == "Ona Kazlauskienė"
    assert wizard.check_page.preview_model.rows[4].problem  # the broken row, in red
    assert "UTF-8" in wizard.check_page.encoding_label.text()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    mapped = cells(wizard.mapping_page.model)
    assert mapped[0][MappingModel.TARGET] == "Full name"
    assert mapped[0][MappingModel.NOTE] == "Will be split into first and last name"
    assert mapped[3][MappingModel.TARGET] == "Custom field: Segment"
    assert "never dropped" in mapped[3][MappingModel.NOTE]

    with qtbot.waitSignal(wizard.planned, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    plan = wizard.plan_page
    assert plan.summary_model.counts["created"] == 4
    assert plan.summary_model.counts["rejected"] == 1
    click_row(qtbot, plan.summary, 5)
    assert cells(plan.detail_model)[0][0] == "6"
    assert plan.fuzzy_box.isVisible()
    fuzzy = cells(plan.fuzzy_model)
    assert any("Smith" in r[0] and "Smith" in r[1] for r in fuzzy), fuzzy
    plan.list_name.setEditText("Conference 2026")

    run_import(qtbot, wizard)
    result = wizard.result_page
    assert result.count_labels["created"].text() == "4"
    assert result.count_labels["rejected"].text() == "1"
    assert result.report_widget.isVisible()
    report = wizard.import_result.report_path
    assert report is not None and Path(report).exists()
    qtbot.mouseClick(result.open_report_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(result.show_folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in wizard_in.opened] == [report, str(Path(report).parent)]
    with db.reading() as conn:
        names = {
            tuple(r)
            for r in conn.execute(text("SELECT first_name, last_name, custom_fields FROM contacts"))
        }
    assert any(
        first == "Ona" and last == "Kazlauskienė" and "B" in str(custom)
        for first, last, custom in names
    )

    qtbot.mouseClick(result.show_button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "lists"
    lists = window.current_page()
    qtbot.waitUntil(lambda: lists.current_scope.kind == "list", timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert lists.current_scope.name == "Conference 2026"  # type: ignore[attr-defined]


def test_workbook_sheet_picker_rereads_and_remaps(
    qtbot: QtBot, wizard_in: Any, workbook: Path
) -> None:
    wizard = wizard_in(workbook)
    check = wizard.check_page
    assert "XLSX" in check.format_label.text()
    assert check.sheet_combo.isVisible() and not check.encoding_combo.isVisible()
    assert [check.sheet_combo.itemText(i) for i in range(check.sheet_combo.count())] == [
        "Leads",
        "Partners",
    ]
    assert cells(check.preview_model)[0] == ["Jonas", "Jonaitis", "jonas@x.lt"]
    with qtbot.waitSignal(wizard.inspected, timeout=WAIT_MS):
        select_data(check.sheet_combo, "Partners")
    assert check.preview_model.headers == ["Company", "Website", "Phone"]
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    targets = [r[MappingModel.TARGET] for r in cells(wizard.mapping_page.model)]
    assert targets == ["Company", "Website", "Phone"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"first_name,last_name,email\r\n", "no data rows"),
        (bytes(range(256)) * 64, "binary"),
    ],
    ids=["empty", "header-only", "binary"],
)
def test_a_file_that_cannot_be_imported_says_why_and_offers_another(
    qtbot: QtBot, wizard_in: Any, tmp_path: Path, utf8_csv: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "contacts.csv"
    bad.write_bytes(content)
    wizard = wizard_in(bad)
    assert wizard.stack.currentWidget() is wizard.error_page
    assert message in wizard.error_page.message.text()
    assert wizard.error_page.path_label.text() == str(bad)
    assert not wizard.next_button.isVisible()
    assert wizard.close_button.text() == "Close"
    wizard.chooser = lambda: str(utf8_csv)
    with qtbot.waitSignal(wizard.inspected, timeout=WAIT_MS):
        qtbot.mouseClick(wizard.error_page.choose_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.check_page
    assert wizard.next_button.isEnabled()


# --- cancel, conflicts, history ----------------------------------------------------------


def test_cancelled_import_leaves_the_database_as_it_was(
    qtbot: QtBot, wizard_in: Any, ru_csv: Path, db: Database, window: MainWindow
) -> None:
    from tests.ui.conftest import add_contacts

    add_contacts(db, [("Jonas", "Jonaitis"), ("伟", "王")])
    assert db.path is not None
    before = database_hash(db.path)
    wizard = wizard_in(ru_csv)
    go_to_plan(qtbot, wizard)

    # Another write holds the single writer, so the import waits: the cancel lands first,
    # whatever the speed of the machine.
    gate = threading.Event()
    blocker: Job[None] = Job(window, lambda _ctx: gate.wait(WAIT_MS / 1000) and None, writes=True)
    blocker.start()
    try:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        dialog = wizard.progress_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        confirm = dialog.confirm
        assert confirm is not None
        assert "leaves the database as it was" in confirm.informativeText()
        stop = confirm.findChild(QPushButton, "confirmStop")
        assert stop is not None
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    finally:
        gate.set()
    with qtbot.waitSignal(wizard.import_cancelled, timeout=WAIT_MS):
        pass
    assert wizard.stack.currentWidget() is wizard.plan_page
    assert "cancelled" in wizard.plan_page.status_label.text()
    assert wizard.import_button.isEnabled()
    assert database_hash(db.path) == before
    assert not list(ru_csv.parent.glob("*.rejected.csv"))


def test_undo_with_a_contact_edited_since_asks_and_undoes_the_rest(
    qtbot: QtBot, wizard_in: Any, ru_csv: Path, db: Database
) -> None:
    wizard = wizard_in(ru_csv)
    go_to_plan(qtbot, wizard)
    run_import(qtbot, wizard)
    with db.transaction() as conn:
        conn.execute(
            text(
                "UPDATE contacts SET title = 'CEO', version = version + 1 "
                "WHERE email = 'ivan.petrov@romashka.ru'"
            )
        )
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.undo is not None and wizard.undo.conflict_dialog is not None, timeout=WAIT_MS
    )
    assert wizard.undo is not None
    conflicts = wizard.undo.conflict_dialog
    assert isinstance(conflicts, ConflictDialog)
    assert cells(conflicts.model)[0][0] == "Иван Петров"
    assert contact_count(db) == 3  # nothing undone while the user decides
    with qtbot.waitSignal(wizard.undone, timeout=WAIT_MS):
        qtbot.mouseClick(conflicts.undo_rest_button, Qt.MouseButton.LeftButton)
    assert contact_count(db) == 1
    assert (
        "1 contact changed since the import was left as it is"
        in wizard.result_page.undo_label.text()
    )


def test_edit_undo_names_the_import_and_takes_it_back(
    qtbot: QtBot, wizard_in: Any, ru_csv: Path, db: Database, window: MainWindow
) -> None:
    """The import is the newest undoable change: Edit → Undo names and undoes it."""
    before = contact_count(db)
    wizard = wizard_in(ru_csv)
    go_to_plan(qtbot, wizard)
    run_import(qtbot, wizard)
    assert window.action_undo.text() == "&Undo Import of 3 contacts"
    with qtbot.waitSignal(window.undo_stack.undone, timeout=WAIT_MS):
        window.action_undo.trigger()
    assert contact_count(db) == before
    qtbot.waitUntil(lambda: window.summary_contacts == before, timeout=WAIT_MS)


def test_recent_imports_lists_batches_and_undoes_one(
    qtbot: QtBot, wizard_in: Any, ru_csv: Path, db: Database, window: MainWindow
) -> None:
    wizard = wizard_in(ru_csv)
    go_to_plan(qtbot, wizard)
    run_import(qtbot, wizard)
    wizard.close()
    window.action_recent_imports.trigger()
    dialog = window.findChild(RecentImportsDialog)
    assert isinstance(dialog, RecentImportsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    row = cells(dialog.model)[0]
    assert row[1] == "клиенты.csv" and row[3] == "3" and row[-1] == "imported"
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert cells(dialog.model)[0][-1] == "undone"
    assert not dialog.undo_button.isEnabled()
    assert contact_count(db) == 0
    dialog.close()


def test_lists_page_import_button_opens_the_wizard(
    qtbot: QtBot, window: MainWindow, db: Database, ru_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.conftest import add_contacts

    add_contacts(db, [("Ona", "Kazlauskienė")])
    with qtbot.waitSignal(window.summary_changed, timeout=WAIT_MS):
        window.refresh_summary()
    window.show_page("lists")
    page = window.current_page()
    button = page.findChild(QPushButton, "importButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=WAIT_MS)
    monkeypatch.setattr(window.imports, "choose_import_path", lambda: str(ru_csv))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(lambda: wizard.inspection is not None, timeout=WAIT_MS)
    wizard.close()


# --- models ------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, wizard_in: Any, utf8_csv: Path, db: Database
) -> None:
    wizard = wizard_in(utf8_csv)
    qtmodeltester.check(wizard.check_page.preview_model)
    qtmodeltester.check(wizard.mapping_page.model)
    go_to_plan(qtbot, wizard)
    plan = wizard.plan_page
    qtmodeltester.check(plan.summary_model)
    qtmodeltester.check(plan.detail_model)
    qtmodeltester.check(plan.fuzzy_model)
    run_import(qtbot, wizard)
    with db.transaction() as conn:
        conn.execute(text("UPDATE contacts SET version = version + 1"))
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.undo is not None and wizard.undo.conflict_dialog is not None, timeout=WAIT_MS
    )
    assert wizard.undo is not None and wizard.undo.conflict_dialog is not None
    qtmodeltester.check(wizard.undo.conflict_dialog.model)
    wizard.undo.conflict_dialog.reject()
    recent = RecentImportsDialog(db)
    qtbot.addWidget(recent)
    with qtbot.waitSignal(recent.loaded, timeout=WAIT_MS):
        recent.reload()
    qtmodeltester.check(recent.model)
    empty = MappingPage()
    qtbot.addWidget(empty)
    qtmodeltester.check(empty.model)


# --- reasons in the interface's language -------------------------------------------------

REASONS_CSV = (
    "Email,First Name,Last Name\n"
    "ann@acme.com,Ann,Lee\n"
    "bo@acme.com,Bo,Kim\n"
    "ann@acme.com,Ann,Lee\n"  # row 4 repeats row 2
    "not-an-email,Cy,Ray\n"  # row 5: stored with an invalid email
    "dan@acme.com,Dan,Fox,extra\n"  # row 6: one field too many
)


class MarkingTranslator(QTranslator):
    """Wraps every import message in ⟦…⟧: shows which texts went through translate()."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context in ("ImportReasons", "ImportErrors"):
            return f"⟦{source}⟧"
        # Not ours: a null string (None; "" would be an empty translation) lets the
        # next translator, or the source text, answer.
        return None  # type: ignore[return-value]


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def plan_reasons(qtbot: QtBot, wizard: ImportWizard) -> dict[str, list[str]]:
    """The reason column of the dry run's rows, by category."""
    go_to_plan(qtbot, wizard)
    plan = wizard.plan_page
    shown: dict[str, list[str]] = {}
    for category in ("created", "in_file", "invalid", "rejected"):
        plan.show_category(category)
        shown[category] = [row[3] for row in cells(plan.detail_model)]
    return shown


def test_row_reasons_and_file_errors_go_through_translation(
    qtbot: QtBot, marking: MarkingTranslator, wizard_in: Any, tmp_path: Path
) -> None:
    path = tmp_path / "reasons.csv"
    path.write_text(REASONS_CSV, encoding="utf-8")
    wizard = wizard_in(path)
    preview = wizard.check_page.preview_model
    assert preview.rows[4].tooltip == "⟦The row has 4 fields; the header has 3.⟧"
    shown = plan_reasons(qtbot, wizard)
    assert shown["in_file"] == ["⟦Repeats row 2 (⟦same email⟧).⟧"]
    assert shown["invalid"] == [
        "⟦Stored with an invalid email (Not an address); the raw value is kept.⟧"
    ]
    assert shown["rejected"] == ["⟦The row has 4 fields; the header has 3.⟧"]
    assert "⟦A new contact.⟧" in shown["created"]
    assert "⟦A new contact, stored with an invalid email (Not an address).⟧" in shown["created"]

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with qtbot.waitSignal(wizard.inspect_failed, timeout=WAIT_MS):
        wizard.open_file(str(empty))
    assert wizard.error_page.message.text() == "⟦The file is empty.⟧"


def test_file_warnings_and_undo_conflicts_go_through_translation(
    marking: MarkingTranslator, tmp_path: Path
) -> None:
    import openpyxl

    from app.core.importing import FileWarning, open_table
    from app.ui.importing.messages import conflict_text, warning_text

    path = tmp_path / "formulas.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["First Name", "Full"])
    for i in range(25):  # openpyxl saves formulas without a value: 25 cells, 20 named
        sheet.append([f"N{i}", f'=A{i + 2}&"!"'])
    book.save(path)
    with open_table(str(path)) as table:
        (warning,) = table.detected.warnings
    cells = ", ".join(f"B{row}" for row in range(2, 22))
    assert warning_text(warning) == (
        f"⟦Formula cells without a saved value: 25 (⟦{cells} and 5 more⟧); they are read "
        "as empty. Open and save the file in Excel to compute them.⟧"
    )
    # From the key and values, whatever the English says.
    uncertain = FileWarning("uncertain_encoding", "Reworded.", ("cp1252",))
    assert warning_text(uncertain).startswith("⟦The text encoding is uncertain (guessed cp1252)")
    assert warning_text(FileWarning("mixed_encoding", "Reworded.")).startswith(
        "⟦Some lines are not valid UTF-8"
    )
    assert warning_text(warning._replace(message="Reworded.")) == warning_text(warning)
    assert warning_text(FileWarning("something_new", "Something new.")) == "Something new."
    assert warning_text(FileWarning("uncertain_encoding", "As written.")) == "As written."
    assert conflict_text("edited since the import") == "⟦edited since the import⟧"


def test_unknown_codes_keep_the_english_sentence() -> None:
    from app.core.importing import CorruptSpreadsheetError
    from app.core.ops import OperationCancelled
    from app.storage.importing import MappingMismatchError, RowDetail
    from app.ui.importing.messages import error_text, problem_text, row_reason

    odd = RowDetail(7, "updated", "Ann", "a@b.co", "brand_new_code", "Something new.")
    assert row_reason(odd) == "Something new."
    assert problem_text("another_code", "Why not.") == "Why not."
    reworded = CorruptSpreadsheetError("A sentence the wizard does not know.")
    assert error_text(reworded) == "A sentence the wizard does not know."
    assert error_text(RuntimeError("boom")) == "boom"
    assert error_text(OperationCancelled()) == "The import was cancelled; nothing was written."
    assert error_text(MappingMismatchError()) == str(MappingMismatchError())


def test_row_reasons_take_their_values_from_args_not_the_english(
    marking: MarkingTranslator,
) -> None:
    """Rewording one of the pipeline's English sentences changes nothing the wizard says."""
    from app.storage.importing import RowDetail
    from app.ui.importing.messages import row_reason

    def rejected(code: str, *args: str) -> str:
        return row_reason(RowDetail(9, "rejected", "", "", code, "Reworded.", args=args))

    assert rejected("too_many_fields", "4", "3") == "⟦The row has 4 fields; the header has 3.⟧"
    assert rejected("field_too_long", "100") == "⟦A value is longer than 100 characters.⟧"
    assert rejected("value_too_long", "title", "300") == (
        "⟦The field “Job title” is longer than 300 characters.⟧"
    )
    assert rejected("encoding_error", "cp1251", "card") == (
        "⟦The card has bytes that are not valid cp1251.⟧"
    )
    assert rejected("encoding_error", "utf-8", "line") == (
        "⟦The line has bytes that are not valid utf-8 (shown as \\x.. escapes).⟧"
    )
    # Without its values a sentence is shown in English, never with guessed numbers.
    assert rejected("too_many_fields") == "Reworded."
    assert rejected("field_too_long") == "⟦A field is longer than the limit.⟧"

    def merge(*changed: str) -> str:
        detail = RowDetail(3, "updated", "Ann", "a@b.co", "merge", "Reworded.", 1, args=changed)
        return row_reason(detail)

    assert merge("city", "title") == "⟦Changes City, Job title.⟧"
    assert merge("email_raw", "email_key") == "⟦Changes Email.⟧"  # one label, once
    assert merge() == "⟦Adds contact points or tags.⟧"


def test_file_errors_take_their_values_from_args_not_the_english(
    marking: MarkingTranslator,
) -> None:
    """Rewording a reader's English sentence about a file changes nothing the wizard says."""
    from app.core.importing import ImportFileError
    from app.ui.importing.messages import error_text

    def shown(key: str | None, *args: str) -> str:
        return error_text(ImportFileError("Reworded.", key=key, message_args=args))

    assert shown("sheet_empty_others", "Cover", "People", "Notes") == (
        "⟦The sheet “Cover” is empty. Other sheets: People, Notes.⟧"
    )
    assert shown("sheet_empty", "Cover") == "⟦The sheet “Cover” is empty.⟧"
    assert shown("no_such_sheet", "'Nope'", "A", "B") == (
        "⟦The workbook has no sheet 'Nope'. Sheets: A, B.⟧"
    )
    assert shown("no_such_sheet", "'Nope'") == "⟦The workbook has no sheet 'Nope'. Sheets: ⟦none⟧.⟧"
    assert shown("unknown_encoding", "klingon") == (
        "⟦“klingon” is not a text encoding this app knows.⟧"
    )
    assert shown("binary", "a PDF document") == (
        "⟦This is ⟦a PDF document⟧, not a text table. Export the data as CSV, XLSX or vCard.⟧"
    )
    assert shown("part_mismatch", "xl/workbook.xml", "Bad CRC-32") == (
        "⟦The spreadsheet part “xl/workbook.xml” does not match its declared size or "
        "checksum. It was not opened.⟧"
    )
    assert shown("part_ratio", "xl/sheet1.xml", "900") == (
        "⟦The spreadsheet part “xl/sheet1.xml” is compressed 900 times, which only zip bombs "
        "do. It was not opened.⟧"
    )
    assert shown("sheet_header_only", "People") == (
        "⟦The sheet “People” has a header row but no data rows.⟧"
    )
    assert shown("cannot_open", "Permission denied") == (
        "⟦The file cannot be opened: Permission denied.⟧"
    )
    assert shown("folder") == "⟦This is a folder, not a file.⟧"
    assert shown("empty") == "⟦The file is empty.⟧"
    assert shown("header_only") == "⟦The file has a header row but no data rows.⟧"
    # No key, an unknown key, or values of another shape: the English sentence.
    assert shown(None) == "Reworded."
    assert shown("brand_new_key", "x") == "Reworded."
    assert shown("sheet_empty_others", "Cover") == "Reworded."
    assert shown("unknown_encoding") == "Reworded."


def test_reader_file_errors_in_russian(qapp: QApplication, tmp_path: Path) -> None:
    """Errors from the real readers, translated from their key and values."""
    from app.core.importing import ImportFileError, open_table
    from app.ui.application import install_translations
    from app.ui.importing.messages import error_text

    def raised(path: Path, **options: Any) -> ImportFileError:
        with pytest.raises(ImportFileError) as info:
            open_table(str(path), **options)
        return info.value

    book = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    workbook.add_worksheet("Cover")
    workbook.add_worksheet("People").write_row(0, 0, ["Email"])
    workbook.close()
    pdf = tmp_path / "scan.csv"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    text = tmp_path / "a.csv"
    text.write_text("a,b\r\n1,2\r\n", encoding="utf-8")

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, "ru")
    try:
        assert error_text(raised(book, sheet="Cover")) == "Лист «Cover» пуст. Другие листы: People."
        assert error_text(raised(book, sheet="Nope")) == (
            "В книге нет листа 'Nope'. Листы: Cover, People."
        )
        assert error_text(raised(pdf)) == (
            "Это PDF-документ, а не текстовая таблица. Экспортируйте данные в CSV, XLSX или vCard."
        )
        # Every kind the text sniffer can name has its translation.
        from app.core.importing.encoding import _MAGIC
        from app.core.importing.errors import BinaryFileError

        for _magic, kind in _MAGIC:
            error = BinaryFileError(f"This is {kind}.", key="binary", message_args=(kind,))
            assert kind not in error_text(error), kind
        assert error_text(raised(text, encoding="klingon")) == (
            "«klingon» — неизвестная приложению кодировка текста."
        )
        from app.storage.importing import MappingMismatchError

        assert error_text(MappingMismatchError()).startswith("Сопоставление столбцов")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")


def test_dry_run_reasons_in_russian(
    qtbot: QtBot, qapp: QApplication, wizard_in: Any, tmp_path: Path
) -> None:
    from app.ui.application import install_translations

    path = tmp_path / "reasons.csv"
    path.write_text(REASONS_CSV, encoding="utf-8")
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, "ru")
    try:
        wizard = wizard_in(path)
        shown = plan_reasons(qtbot, wizard)
        assert shown["in_file"] == ["Повторяет строку 2 (тот же email)."]
        assert shown["invalid"] == [
            "Сохранён с недействительным email (Не адрес); исходное значение сохранено."
        ]
        assert shown["rejected"] == ["Полей в строке: 4, в заголовке: 3."]
        assert "Новый контакт." in shown["created"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translations(qapp, "en")
