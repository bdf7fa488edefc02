"""The Templates page and the composer, driven like a person on a real database file."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.adapters.urls import UrlHandler
from app.core.templating import RenderedEmail
from app.storage import tables
from app.storage.cadences import add_rep
from app.storage.database import Database
from app.storage.templates import (
    TemplateDraft,
    VariantText,
    create_template,
    list_templates,
    seed_shipped_templates,
)
from app.ui import settings
from app.ui.templates.composer import ComposerDialog
from app.ui.templates.model import TemplatesModel
from app.ui.templates.page import TemplatesPage
from app.ui.widgets.page import PageContext
from tests.cadences_data import add_contact

LOAD_MS = 15_000


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """A rep and four prospects, one per shipped language; the shipped templates seeded."""
    seed_shipped_templates(db)
    add_rep(db, "Anna Berg", "anna@seller.example")
    settings.TODAY_REP.set("anna@seller.example")
    return {
        "en": add_contact(db, first_name="Emma", last_name="Stone", full_name="Emma Stone",
                          country="United Kingdom", email="emma@example.co.uk", title=None),
        "ru": add_contact(db, first_name="Иван", middle_name="Петрович", last_name="Петров",
                          full_name="Иван Петров", country="Russia", email="ivan@example.ru"),
        "zh": add_contact(db, first_name="伟", last_name="张", full_name="张伟", country="CN",
                          email="wei@example.cn"),
        "lt": add_contact(db, first_name="Jonas", last_name="Kazlauskas",
                          full_name="Jonas Kazlauskas", country="LT", email="jonas@example.lt"),
    }  # fmt: skip


def show_page(qtbot: QtBot, db: Database) -> TemplatesPage:
    """A shown Templates page on ``db``: the list loaded, the first template open."""
    page = TemplatesPage()
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    with qtbot.waitSignals([page.loaded, page.template_opened], timeout=LOAD_MS):
        page.database_changed(PageContext(database=db, contacts=4))
    return page


def pick_contact(qtbot: QtBot, page: TemplatesPage, contact_id: int) -> None:
    combo = page.preview.contact_combo
    qtbot.waitUntil(lambda: combo.findData(contact_id) >= 0, timeout=LOAD_MS)
    with qtbot.waitSignal(page.preview.rendered, timeout=LOAD_MS):
        combo.setCurrentIndex(combo.findData(contact_id))
        combo.activated.emit(combo.currentIndex())


def test_the_model_passes_the_model_tester(qtmodeltester: object, db: Database) -> None:
    seed_shipped_templates(db)
    create_template(db, TemplateDraft("AB", (VariantText("A", "en", "s", "a"),
                                             VariantText("B", "en", "s", "b"))))  # fmt: skip
    model = TemplatesModel()
    model.set_templates(list_templates(db))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = {model.data(model.index(r, 0)): r for r in range(model.rowCount())}
    assert model.data(model.index(rows["AB"], 2)) == "A B"
    assert model.data(model.index(rows["Outbound: introduction"], 1)) == "en lt ru zh"
    assert model.data(model.index(rows["Outbound: introduction"], 2)) == "—"


def test_the_preview_follows_the_prospect_and_its_language(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    page = show_page(qtbot, db)
    assert page.model.rowCount() == 7
    expected = {
        "ru": "Здравствуйте, Иван Петрович!",
        "zh": "张伟，您好！",
        "lt": "Laba diena, Jonai,",
        "en": "Hi Emma,",
    }
    for language, greeting in expected.items():
        pick_contact(qtbot, page, people[language])
        assert page.preview.blocked_label.isHidden()
        assert page.preview.body_view.toPlainText().startswith(greeting)
        assert page.preview.email is not None and page.preview.email.language == language
        assert page.preview.subject_label.text()


def test_a_missing_field_is_blocked_in_the_preview_and_then_fixed(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    page = show_page(qtbot, db)
    pick_contact(qtbot, page, people["en"])
    body = page.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.preview.rendered, timeout=LOAD_MS):
        qtbot.keyClicks(body, "P.S. As {{ title }} you")
    assert page.preview.blocked_label.isVisible()
    assert "“title” has no value" in page.preview.blocked_label.text()
    assert page.editor.state_label.text() == "Unsaved changes"

    for _ in range(len(" }} you")):
        qtbot.keyClick(body, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(page.preview.rendered, timeout=LOAD_MS):
        qtbot.keyClicks(body, ' | default("the lead") }} you')
    assert page.preview.blocked_label.isHidden()
    assert "P.S. As the lead you" in page.preview.body_view.toPlainText()

    with qtbot.waitSignal(page.saved, timeout=LOAD_MS) as saved:
        qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [2]
    # The save's change is broadcast; the list reloads and shows the new version.
    row = page.model.row_of(page.editor.template_id or 0)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(row, 3)) == "2", timeout=LOAD_MS)
    assert page.editor.state_label.text() == ""


def test_a_syntax_error_shows_its_line_while_typing(qtbot: QtBot, db: Database) -> None:
    seed_shipped_templates(db)
    page = show_page(qtbot, db)
    body = page.editor.body_edit
    body.setPlainText("Hello\nsecond line\n")
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, "{% if first_name %}no end")
    assert page.editor.problem_label.isHidden()  # debounced: nothing yet while typing
    qtbot.waitUntil(page.editor.problem_label.isVisible, timeout=LOAD_MS)
    assert page.editor.problem_label.text().startswith("Line 3 of the body:")
    qtbot.keyClicks(body, "{% endif %}")
    qtbot.waitUntil(page.editor.problem_label.isHidden, timeout=LOAD_MS)


def test_variants_are_added_and_a_stale_save_is_refused(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    page = show_page(qtbot, db)
    editor = page.editor
    assert editor.add_ab_variant() == "B"
    editor.subject_edit.setText("Subject B")
    assert editor.add_language("de")
    pairs = {(v.label, v.language) for v in editor.draft().variants}
    assert {("A", "en"), ("B", "en"), ("A", "de")} <= pairs
    # Somebody else saves the same template first.
    from app.storage.templates import update_template

    template_id = editor.template_id
    assert template_id is not None
    update_template(db, template_id, editor.draft(), expected_version=editor.version)
    job = page.save()
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running, timeout=LOAD_MS)
    assert editor.state_label.text().startswith("Someone saved")
    assert editor.version == 1


class Opener:
    """Records the links handed to the operating system."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return True


def test_the_composer_previews_blocks_queues_and_opens_the_mail_client(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    create_template(db, TemplateDraft("Personal", (
        VariantText("A", "en", "For {{ first_name }}", "Dear {{ title }}"),)))  # fmt: skip
    opener = Opener()
    dialog = ComposerDialog(db, people["en"], UrlHandler(opener))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=LOAD_MS):
        dialog.load("Personal")
    assert "“title” has no value" in dialog.blocked_label.text()
    assert not dialog.send_button.isEnabled() and not dialog.queue_button.isEnabled()

    with qtbot.waitSignal(dialog.rendered, timeout=LOAD_MS):
        dialog.template_combo.setCurrentIndex(
            dialog.template_combo.findText("Outbound: introduction")
        )
        dialog.render_template()
    assert dialog.send_button.isEnabled()
    assert dialog.body_edit.toPlainText().startswith("Hi Emma,")
    dialog.body_edit.setPlainText("Hi Emma, a personal note.")

    with qtbot.waitSignal(dialog.mail_client_opened, timeout=LOAD_MS):
        qtbot.mouseClick(dialog.mail_client_button, Qt.MouseButton.LeftButton)
    assert opener.urls[0].startswith("mailto:emma@example.co.uk?subject=")
    assert "a personal note" in unquote(opener.urls[0])
    with db.reading() as conn:
        activity = conn.execute(select(tables.activities)).one()
    assert (activity.kind, activity.outcome, activity.contact_id) == (
        "email",
        "mail_client",
        people["en"],
    )

    with qtbot.waitSignal(dialog.send_requested) as sent:
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
    contact_id, email, queue_only = sent.args
    assert contact_id == people["en"] and queue_only is True
    assert isinstance(email, RenderedEmail) and email.text == "Hi Emma, a personal note."
    assert email.variant == "A" and email.template_id is not None


def test_a_snippet_edited_in_its_dialog_changes_the_preview(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    page = show_page(qtbot, db)
    pick_contact(qtbot, page, people["en"])
    intro = next(t.id for t in list_templates(db) if t.name == "Outbound: introduction")
    with qtbot.waitSignals([page.template_opened, page.preview.rendered], timeout=LOAD_MS):
        page.table.selectRow(page.model.row_of(intro))
    assert "book more first meetings" in page.preview.body_view.toPlainText()
    dialog = page.edit_snippets()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 9, timeout=LOAD_MS)
    row = [(s.name, s.language) for s in dialog.snippets].index(("value_proposition", "en"))
    dialog.list.setCurrentRow(row)
    dialog.body_edit.setPlainText("{% if %}")
    assert dialog.save() is None
    assert dialog.problem_label.text().startswith("Line 1 of the body:")
    dialog.body_edit.setPlainText("we make invoices pay themselves")
    with qtbot.waitSignals([dialog.saved, page.preview.rendered], timeout=LOAD_MS):
        dialog.save()
    assert "we make invoices pay themselves" in page.preview.body_view.toPlainText()
    dialog.close()
