"""Each translation, walked: every page and the dialogs that open without a modal loop, on a
demo database, show no text still in English (see ``translation_walk`` for the rule)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.storage.database import Database
from app.ui.jobs import wait_for_jobs
from app.ui.main_window import MainWindow
from tests.ui.conftest import open_in
from tests.ui.translation_walk import Catalogue, Seen, untranslated, visible_texts

LANGUAGES = ("ru", "zh_CN", "lt")
# The file's own headers and values are data, not interface: Lithuanian ones here.
IMPORT_CSV = (
    "Vardas,Pavardė,El. paštas,Telefonas,Įmonė,Pareigos\n"
    "Ona,Kazlauskienė,ona@example.lt,+370 5 212 3456,UAB Vėjas,Pardavimų vadovė\n"
    "Jonas,Petraitis,jonas@example.lt,+370 5 212 3457,UAB Vėjas,Direktorius\n"
)


def _settle(qtbot: QtBot, rounds: int = 3) -> None:
    for _ in range(rounds):
        assert wait_for_jobs(15_000)
        qtbot.wait(5)


def _select_first_rows(page: QWidget) -> None:
    """Select the first row of each table on the page, so its detail pane shows."""
    for view in page.findChildren(QTableView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.selectRow(0)


class Walk:
    """Collects what the user sees, window by window."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.seen: list[Seen] = []

    def look(self, widget: QWidget) -> None:
        self.seen.extend(visible_texts(widget))

    def dialog(self, make: Callable[[], QWidget | None]) -> QWidget | None:
        """Build a dialog, show it without a modal loop, read it and close it."""
        dialog = make()
        if dialog is None:
            return None
        if not dialog.isVisible():
            dialog.show()
        _settle(self.qtbot)
        self.look(dialog)
        return dialog

    def close(self, dialog: QWidget | None) -> None:
        if dialog is not None:
            dialog.close()
            _settle(self.qtbot, 1)


def _walk_pages(walk: Walk, window: MainWindow) -> None:
    for entry in window.page_entries:
        window.show_page(entry.key)
        _settle(walk.qtbot, 4 if window.database is not None else 1)
        walk.look(window)
        if window.database is not None:
            _select_first_rows(window.current_page())
            _settle(walk.qtbot, 3)
            walk.look(window)


def _walk_dialogs(walk: Walk, window: MainWindow, db: Database, tmp_path: Path) -> None:
    from app.adapters.urls import UrlHandler
    from app.storage.cadences import list_reps
    from app.storage.cadences.library import list_cadences
    from app.storage.pipeline import gate_context, list_handoffs
    from app.ui.cadences.enroll_dialog import EnrollDialog
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.importing.progress import ImportProgressDialog
    from app.ui.importing.recent import RecentImportsDialog
    from app.ui.lists.segment_editor import SegmentEditor
    from app.ui.mail.account_dialog import MailAccountDialog
    from app.ui.pipeline.gates import HandoffDecisionDialog, HandoffDialog, QualificationDialog
    from app.ui.pipeline.gates.forms import DisqualifyDialog, NurtureDialog
    from app.ui.pipeline.stage_settings import StageSettingsDialog
    from app.ui.templates.composer import ComposerDialog
    from app.ui.templates.snippets import SnippetsDialog

    with db.reading() as conn:
        reps = list_reps(conn)
        handoffs = list_handoffs(conn)
        contact_id = int(conn.exec_driver_sql("SELECT min(id) FROM contacts").scalar_one())
        context = gate_context(conn, contact_id)
    cadences = list_cadences(db)
    now = dt.datetime.now(dt.UTC)
    simple: list[Callable[[], QWidget | None]] = [
        window.show_about,
        window.navigation.show_preferences,
        window.show_icp_dialog,
        window.show_merge_dialog,
        lambda: MailAccountDialog(db, window),
        lambda: StageSettingsDialog(db, window),
        lambda: SnippetsDialog(db, window),
        lambda: SegmentEditor(db, None, window),
        lambda: RecentImportsDialog(db, window),
        lambda: ImportProgressDialog(window),
        lambda: EnrollDialog(window, 3, cadences, reps),
        lambda: QualificationDialog(window, "Ivan Petrov", context.checklist, {}),
        lambda: HandoffDialog(
            window,
            "Ivan Petrov",
            context.account_executives,
            now=now,
            contact_time_zone=context.contact_time_zone,
        ),  # fmt: skip
        lambda: DisqualifyDialog(window, "Ivan Petrov"),
        lambda: NurtureDialog(window, "Ivan Petrov", now.date()),
        lambda: ComposerDialog(db, contact_id, UrlHandler(lambda _url: True), window),
        lambda: FirstRunDialog(str(tmp_path / "new.sqlite3"), demo_available=True),
    ]
    if handoffs:
        simple.append(lambda: HandoffDecisionDialog(window, handoffs[0]))
    for make in simple:
        walk.close(walk.dialog(make))

    # The import wizard, page by page, up to its dry run (nothing is written).
    source = tmp_path / "contacts.csv"
    source.write_text(IMPORT_CSV, encoding="utf-8")
    wizard = walk.dialog(lambda: window.import_contacts(source))
    assert wizard is not None
    for _ in range(2):
        wizard.go_next()  # type: ignore[attr-defined]
        _settle(walk.qtbot, 4)
        walk.look(wizard)
    walk.close(wizard)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_english_left_on_any_page_or_dialog(
    qtbot: QtBot, language: str, small_demo: Database, tmp_path: Path, temp_keyring: object
) -> None:
    catalogue = Catalogue.load(language)
    walk = Walk(qtbot)

    # Before a database is open: every page's "no database" state, the menus.
    empty = MainWindow(remember=False)
    qtbot.addWidget(empty)
    empty.show()
    _walk_pages(walk, empty)
    empty.close()

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert small_demo.path is not None
    open_in(qtbot, window, small_demo.path)
    _walk_pages(walk, window)
    _walk_dialogs(walk, window, small_demo, tmp_path)

    assert len(walk.seen) > 500, "the walk saw too little to prove anything"
    left = untranslated(catalogue, walk.seen)
    assert not left, f"{len(left)} English text(s) in {language}:\n" + "\n".join(left)


def test_the_walk_finds_a_missing_translation(tmp_path: Path) -> None:
    """Removing one translation makes its English text count as untranslated."""
    catalogue = Catalogue.load("lt")
    assert not catalogue.is_english("Sąrašai")
    assert not catalogue.is_english("LinkedIn")  # kept as it is by the translator
    assert catalogue.is_english("Lists")
    assert catalogue.is_english("Moved Ivan Petrov to Qualified")  # "Moved %1 to %2"
    assert catalogue.is_english("3 contact(s)")  # a plural nobody resolved
    walk_text = [Seen("Lists", "sidebar", True), Seen("Sąrašai", "sidebar", True)]
    assert untranslated(catalogue, walk_text) == ["'Lists' at sidebar"]
    # Not in the .ts at all (a string without tr()): caught on a button.
    assert untranslated(catalogue, [Seen("Open the contact list", "button", True)])


def test_the_walk_reads_tooltips_and_names_and_tells_data_from_interface(
    qtbot: QtBot,
) -> None:
    """Tooltips, status tips and accessible names are read; one repeating a label's own
    (user data) text is data, and an English sentence with a product name in it is caught."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    catalogue = Catalogue.load("lt")
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    button = QPushButton("Sąrašai", box)
    button.setToolTip("Open the contact list")
    button.setAccessibleName("Lists")
    name = QLabel("Procurement Manager · Ironclad…", box)
    name.setToolTip("Procurement Manager · Ironclad Software Group")
    layout.addWidget(button)
    layout.addWidget(name)
    box.show()
    seen = list(visible_texts(box))
    assert Seen("Open the contact list", f"{type(box).__name__}/QPushButton tooltip", True) in seen
    left = untranslated(catalogue, seen)
    assert [line.split(" at ")[0] for line in left] == ["'Lists'", "'Open the contact list'"]
    sentence = "• The part before the @ has letters; the sender must support SMTPUTF8."
    assert untranslated(catalogue, [Seen(sentence, "badge tooltip", True)])
