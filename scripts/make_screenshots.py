"""Render the main window's pages and dialogs to ``docs/screenshots/*.png``.

Creates a demo database in a temporary folder (``app.storage.demo.populate_demo`` when this
build has it, otherwise a handful of contacts with Cyrillic, Chinese and very long names),
opens the window offscreen at 1280×800 and grabs each page, the About dialog, the
first-run dialog and an open-error dialog. Settings and logs go to the temporary folder,
so the user's own are not touched.

Usage::

    python scripts/make_screenshots.py [--out docs/screenshots] [--lang en|ru|zh_CN|lt]
        [--theme light|dark]

``--theme dark`` renders the main pages, the command palette and the call panel in the
dark colours, as ``*-dark.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1280, 800
FALLBACK_PEOPLE = [
    ("Ivan", "Petrov", "Head of Sales"),
    ("Анна", "Кузнецова-Римская", "Руководитель отдела продаж"),
    ("伟", "王", "销售总监"),
    (
        "Maximilian Alexander",
        "von Hohenzollern-Sigmaringen",
        "Vice President, Strategic Partnerships EMEA",
    ),
    ("Ona", "Kazlauskienė", "Pardavimų vadovė"),
]


def _fill_fallback(db: object) -> None:
    from sqlalchemy import text

    with db.transaction() as conn:  # type: ignore[attr-defined]
        for first, last, title in FALLBACK_PEOPLE:
            conn.execute(
                text(
                    "INSERT INTO contacts (first_name, last_name, full_name, title,"
                    " do_not_contact, custom_fields, version, created_at, updated_at)"
                    " VALUES (:f, :l, :full, :t, 0, '{}', 1, '2026-01-01', '2026-01-01')"
                ),
                {"f": first, "l": last, "full": f"{first} {last}", "t": title},
            )


def make_demo_database(folder: Path) -> Path:
    """Create the database the screenshots show."""
    from app.storage.database import open_database

    # A name in two scripts shows that Cyrillic and Chinese render in the chrome.
    path = folder / "Клиенты 客户 2026.sqlite3"
    db = open_database(path)
    try:
        try:
            from app.storage.demo import populate_demo
        except ImportError:
            _fill_fallback(db)
        else:
            populate_demo(db, contacts=2000)
    finally:
        db.close()
    return path


def queue_demo_emails(path: Path) -> None:
    """A mail account (no password: nothing is sent) and the demo's due emails queued, so
    the Outbox page shows real messages waiting."""
    try:
        from app.storage.mail.accounts import SmtpAccount, parse_window, save_smtp_account
        from app.storage.mail.due import queue_due_steps
    except ImportError:
        return
    from app.adapters.clock import SystemClock
    from app.storage.database import open_database

    db = open_database(path)
    try:
        save_smtp_account(db, SmtpAccount(
            host="smtp.seller.example", port=587, security="starttls", user="anna",
            from_address="anna@seller.example", display_name="Anna Berg",
            postal_address="Seller Ltd, Gedimino pr. 1, LT-01103 Vilnius", per_hour=40,
            window=parse_window("08:30-17:30"),
        ))  # fmt: skip
        queue_due_steps(db, SystemClock().now())
    finally:
        db.close()


def _mail_shots(window: object, save: object, settle: object) -> None:
    """The mail account dialog over the Outbox page."""
    try:
        from app.ui.mail.account_dialog import MailAccountDialog
    except ImportError:
        return
    from app.ui.jobs import wait_for_jobs

    window.show_page("outbox")  # type: ignore[attr-defined]
    dialog = MailAccountDialog(window.database, window)  # type: ignore[attr-defined]
    dialog.show()
    wait_for_jobs()
    settle(200)  # type: ignore[operator]
    save(dialog, "mail-account")  # type: ignore[operator]
    dialog.close()


def _routing_shots(window: object, save: object, settle: object) -> None:
    """Tools → Inbound routing… with two demo SDRs in the rotation, one away."""
    from app.storage.routing import list_rotation, set_rotation
    from app.ui.jobs import wait_for_jobs
    from app.ui.routing.dialog import RoutingDialog

    db = window.database  # type: ignore[attr-defined]
    with db.reading() as conn:
        sdrs = [r for r in list_rotation(conn) if r.role == "sdr"]
    for n, rep in enumerate(sdrs[:3]):
        set_rotation(db, rep.id, in_rotation=True, weight=n + 1, away=n == 2)
    dialog = RoutingDialog(db, window)  # type: ignore[arg-type]
    dialog.show()
    wait_for_jobs()
    settle(200)  # type: ignore[operator]
    save(dialog, "inbound-routing")  # type: ignore[operator]
    dialog.close()


def choose_first_sdr(path: Path) -> None:
    """The Today page shows one rep's queue: make the demo's first SDR this machine's rep."""
    try:
        from app.storage.cadences import list_reps
        from app.ui.settings import TODAY_REP
    except ImportError:
        return
    from app.storage.database import open_database

    db = open_database(path)
    try:
        with db.reading() as conn:
            sdrs = [r for r in list_reps(conn) if r.role == "sdr" and r.active and r.email]
    finally:
        db.close()
    if sdrs:
        TODAY_REP.set(sdrs[0].email)


def _today_shots(window: object, save: object, settle: object) -> None:
    """The Today page with the call panel open on the first call that may be placed now."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("today")  # type: ignore[attr-defined]
    window.show_page("today")  # type: ignore[attr-defined]
    if not hasattr(page, "open_panel"):
        return
    for _ in range(3):
        wait_for_jobs()
        settle(100)  # type: ignore[operator]
    items = page.model.items
    if not items:
        return
    calls = [i for i, item in enumerate(items) if item.channel == "call"]
    ready = [i for i in calls if items[i].callable_now]
    page.select_row((ready or calls or [0])[0])
    page.open_panel()
    settle(200)  # type: ignore[operator]
    save(window, "today-call-panel")  # type: ignore[operator]
    page.close_panel()


def _reports_shots(window: object, save: object, settle: object) -> None:
    """The Reports page's whole grid of charts (taller than the window), and one rep's."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("reports")  # type: ignore[attr-defined]
    window.show_page("reports")  # type: ignore[attr-defined]
    cards = getattr(page, "cards", None)
    if not cards:
        return
    for _ in range(5):
        wait_for_jobs()
        settle(100)  # type: ignore[operator]
    grid = next(iter(cards.values())).parentWidget()
    grid.resize(grid.width(), grid.sizeHint().height())
    settle(200)  # type: ignore[operator]
    save(grid, "reports-charts")  # type: ignore[operator]
    sdrs = [page.rep_combo.itemData(i) for i in range(1, page.rep_combo.count())]
    if sdrs:
        page.set_rep(sdrs[0])
        for _ in range(5):
            wait_for_jobs()
            settle(100)  # type: ignore[operator]
        save(window, "reports-one-rep")  # type: ignore[operator]
        page.set_rep("")
        wait_for_jobs()


def _wait(condition: object, settle: object, limit: int = 100) -> None:
    for _ in range(limit):
        if condition():  # type: ignore[operator]
            return
        settle(50)  # type: ignore[operator]
    raise SystemExit("timed out waiting for the Validate page")


def _validate_shots(window: object, save: object, settle: object) -> None:
    """The Validate page with a reason selected, and the contact detail of a risky contact."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("validate")  # type: ignore[attr-defined]
    window.show_page("validate")  # type: ignore[attr-defined]
    if getattr(page, "workspace", None) is None:
        return
    wait_for_jobs()
    settle(300)  # type: ignore[operator]
    _wait(lambda: page.reason_filter.count() > 1, settle)
    counts = page.reason_filter.counts
    typo = next((c for c in counts if c.reason == "possible_typo"), counts[0])
    page.reason_filter.select(typo.field, typo.reason)
    wait_for_jobs()
    _wait(lambda: page.model.rowCount() > 0 and not page.model.loading, settle)
    # A contact whose name is not in Latin script, with a risky email, in the detail.
    rows = page.model.rows
    pick = next((i for i, r in enumerate(rows) if any(ord(ch) >= 0x400 for ch in r.name)), 0)
    page.table.selectRow(pick)
    wait_for_jobs()
    settle(300)  # type: ignore[operator]
    save(window, "validate-problems")  # type: ignore[operator]
    save(page.detail, "contact-detail")  # type: ignore[operator]


def _add_duplicates(db: object) -> None:
    """Duplicates in Cyrillic/Latin and in Chinese, so the merge screen shows both scripts."""
    from sqlalchemy import text

    with db.transaction() as conn:  # type: ignore[attr-defined]
        people = (
            ("ООО «Ромашка»", "Иван", "Петров", "Коммерческий директор", "ivan.petrov@romashka.ru",
             None, "Россия"),
            ("ООО «Ромашка»", "Ivan", "Petrov", "Sales Director", "i.petrov@romashka.ru",
             "+74951234567", None),
            ("北京星辰科技有限公司", "伟", "王", "销售总监", "wang.wei@xingchen.cn",
             "+861062345678", "中国"),
            ("北京星辰科技有限公司", "伟", "王", None, "w.wei@xingchen.cn", "+861062345678",
             None),
        )  # fmt: skip
        companies: dict[str, int] = {}
        for company, first, last, title, email, phone, country in people:
            if company not in companies:
                companies[company] = conn.execute(
                    text(
                        "INSERT INTO companies (name, normalized_name, version, created_at,"
                        " updated_at) VALUES (:n, :n, 1, '2026-01-01', '2026-01-01') RETURNING id"
                    ),
                    {"n": company},
                ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO contacts (company_id, first_name, last_name, full_name, title,"
                    " email, email_raw, email_key, phone_e164, phone_raw, country,"
                    " do_not_contact, custom_fields, version, created_at, updated_at)"
                    " VALUES (:c, :f, :l, :full, :t, :e, :e, :e, :p, :p, :country, 0, '{}', 1,"
                    " '2026-01-01', '2026-01-01')"
                ),
                {
                    "c": companies[company],
                    "f": first,
                    "l": last,
                    "t": title,
                    "e": email,
                    "p": phone,
                    "country": country,
                    "full": last + first if "\u4e00" <= last[0] <= "\u9fff" else f"{first} {last}",
                },  # fmt: skip
            )


def _tools_shots(window: object, save: object, settle: object) -> None:
    """Tools: the ICP editor with its preview, and the merge screen with a Cyrillic pair."""
    from app.ui.jobs import wait_for_jobs

    if not hasattr(window, "show_merge_dialog"):
        return
    _add_duplicates(window.database)  # type: ignore[attr-defined]
    icp = window.show_icp_dialog()  # type: ignore[attr-defined]
    for _ in range(3):  # the preview waits a moment, then runs a job
        settle(400)  # type: ignore[operator]
        wait_for_jobs()
    save(icp, "icp-profile")  # type: ignore[operator]
    icp.close()

    merge = window.show_merge_dialog()  # type: ignore[attr-defined]
    merge.resize(1240, 680)
    merge.translit_check.setChecked(True)
    wait_for_jobs()
    settle(300)  # type: ignore[operator]
    merge.search()
    wait_for_jobs()
    settle(300)  # type: ignore[operator]
    names = merge.group_model.names
    groups = merge.group_model.groups
    wanted = "Иван Петров"
    row = next(
        (i for i, g in enumerate(groups) if any(names.get(c) == wanted for c in g.contact_ids)),
        0,
    )
    merge.group_view.setCurrentIndex(merge.group_model.index(row, 0))
    wait_for_jobs()
    settle(400)  # type: ignore[operator]
    save(merge, "merge-duplicates")  # type: ignore[operator]
    merge.close()


IMPORT_ROWS = (
    "Имя;Фамилия;Эл. почта;Телефон;Компания;Должность;Город",
    "Иван;Петров;ivan.petrov@severstal-it.ru;+7 495 123-45-67;ООО «Северсталь-ИТ»;"
    "Коммерческий директор;Москва",
    "Константин;Константинопольский-Преображенский;k.konstantinopolsky@npo-szvs.ru;"
    "+7 812 555-01-02;АО «НПО „Северо-Западные вычислительные системы“»;"
    "Заместитель генерального директора по развитию бизнеса;Санкт-Петербург",
    "Анна;Кузнецова;anna.kuznetsova@romashka.ru;8 (343) 210-11-12;ООО «Ромашка»;"
    "Руководитель отдела закупок;Екатеринбург",
    "Анна;Кузнецова;anna.kuznetsova@romashka.ru;;ООО «Ромашка»;;Екатеринбург",
    "Александр;Смирнов;a.smirnov@technopark.ru;+7 383 222-33-44;Технопарк Новосибирск;"
    "Директор по продажам;Новосибирск",
    "Александр;Смирнов;sales@technopark.ru;+7 383 222-33-45;Технопарк Новосибирск;;Новосибирск",
    "Ольга;Белова;olga.belova(at)mail.ru;+7 843 111-22-33;Казань Софт;Маркетолог;Казань",
    "Дмитрий;Орлов;d.orlov@orlov-group.ru;+7 861 999-88-77;Орлов Групп;Основатель;Краснодар;лишнее",
)


def _lists_shots(window: object, save: object, settle: object) -> None:
    """The Lists page: a list with a contact's details, a search, and a search with no match."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("lists")  # type: ignore[attr-defined]
    window.show_page("lists")  # type: ignore[attr-defined]
    if not hasattr(page, "select_scope"):
        return
    from app.ui.lists.page import ScopeRef

    def idle() -> None:
        for _ in range(3):
            wait_for_jobs()
            settle(200)  # type: ignore[operator]

    def pick_row(script: int) -> None:
        """Select a contact whose name has a letter at or above ``script`` (Cyrillic, CJK)."""
        model = page.model
        rows = [model.row_tuple(r) for r in range(min(model.rowCount(), 25))]
        names = [r.name if r is not None else "" for r in rows]
        best = next((i for i, n in enumerate(names) if any(ord(ch) >= script for ch in n)), 0)
        page.table.selectRow(best)

    idle()
    lists = sorted(page.lists.values(), key=lambda info: -info.count)
    if lists:
        page.select_scope(ScopeRef("list", lists[0].id, lists[0].name))
        idle()
        pick_row(0x400)
        idle()
        save(window, "lists-list-detail")  # type: ignore[operator]
    page.select_scope(ScopeRef("all"))
    page.search_field.setText("ива")
    idle()
    pick_row(0x400)
    idle()
    save(window, "lists-search")  # type: ignore[operator]
    page.search_field.setText("zzqqxx")
    idle()
    save(window, "lists-search-empty")  # type: ignore[operator]
    page.search_field.clear()
    idle()


def _import_shots(window: object, save: object, settle: object, folder: Path) -> None:
    """The import wizard on a cp1251 file with Russian headers: check, columns, dry run, result."""
    from app.ui.jobs import wait_for_jobs

    if not hasattr(window, "import_contacts"):
        return
    path = folder / "выгрузка из CRM.csv"
    path.write_bytes(("\r\n".join(IMPORT_ROWS) + "\r\n").encode("cp1251"))

    def idle() -> None:
        for _ in range(3):
            settle(300)  # type: ignore[operator]
            wait_for_jobs()

    wizard = window.import_contacts(path)  # type: ignore[attr-defined]
    idle()
    save(wizard, "import-check")  # type: ignore[operator]
    wizard.go_next()
    save(wizard, "import-mapping")  # type: ignore[operator]
    wizard.go_next()
    idle()
    wizard.plan_page.show_category("in_file")
    save(wizard, "import-dry-run")  # type: ignore[operator]
    wizard.start_import()
    idle()
    save(wizard, "import-result")  # type: ignore[operator]
    wizard.close()


def _long_prospect(db: object) -> None:
    """Give the newest prospect in New a long Cyrillic name, title and company."""
    from sqlalchemy import text

    with db.transaction() as conn:  # type: ignore[attr-defined]
        contact = conn.execute(
            text(
                "SELECT c.id, c.company_id FROM contacts c JOIN pipeline_stages s "
                "ON s.id = c.stage_id WHERE s.key = 'new' ORDER BY c.id DESC LIMIT 1"
            )
        ).first()
        if contact is None:
            return
        conn.execute(
            text(
                "UPDATE contacts SET first_name = 'Константин', "
                "last_name = 'Константинопольский-Преображенский', full_name = "
                "'Константин Константинопольский-Преображенский', title = "
                "'Заместитель генерального директора по развитию бизнеса' WHERE id = :id"
            ),
            {"id": contact[0]},
        )
        if contact[1] is not None:
            conn.execute(
                text(
                    "UPDATE companies SET name = 'АО «НПО „Северо-Западные вычислительные "
                    "системы“»' WHERE id = :id"
                ),
                {"id": contact[1]},
            )


def _pipeline_shots(window: object, save: object, settle: object) -> None:
    """The board with a card selected, a filter that empties columns, the stage settings."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("pipeline")  # type: ignore[attr-defined]
    if not hasattr(page, "filters"):
        return
    _long_prospect(window.database)  # type: ignore[attr-defined]
    window.show_page("pipeline")  # type: ignore[attr-defined]

    def idle() -> None:
        for _ in range(4):
            wait_for_jobs()
            settle(100)  # type: ignore[operator]

    page.load()
    idle()
    attempting = next((c for c in page.columns.values() if c.stage.key == "attempting"), None)
    if attempting is not None and attempting.model.rowCount():
        attempting.view.setCurrentIndex(attempting.model.index(1, 0))
        attempting.view.setFocus()
    save(window, "pipeline-board")  # type: ignore[operator]
    filters = page.filters
    filters.lead_type.setCurrentIndex(filters.lead_type.findData("seed"))
    filters.search.setText("Иван")
    idle()
    save(window, "pipeline-filtered")  # type: ignore[operator]
    filters.clear()
    idle()
    page.edit_stages()
    idle()
    dialog = page.stage_dialog
    if dialog is not None:
        save(dialog, "pipeline-stages")  # type: ignore[operator]
        dialog.close()


def _pipeline_gate_shots(database: Path, save: object) -> None:
    """The pipeline's gate dialogs on a demo prospect: qualify, hand off, the AE's decision."""
    import datetime as dt

    from sqlalchemy import select

    from app.storage import tables
    from app.storage.database import open_database
    from app.storage.pipeline import gate_context, list_handoffs
    from app.ui.pipeline.gates import HandoffDecisionDialog, HandoffDialog, QualificationDialog

    db = open_database(database)
    try:
        with db.reading() as conn:
            c = tables.contacts
            contact_id, name = conn.execute(
                select(c.c.id, c.c.full_name).where(c.c.time_zone.is_not(None)).limit(1)
            ).one()
            context = gate_context(conn, int(contact_id))
            handoffs = list_handoffs(conn)
    finally:
        db.close()
    now = dt.datetime.now(dt.UTC)
    qualify = QualificationDialog(None, str(name), context.checklist, {"budget": "Q1"})
    qualify.show()
    save(qualify, "gate-qualify")  # type: ignore[operator]
    qualify.close()
    handoff = HandoffDialog(
        None, str(name), context.account_executives, now=now,
        contact_time_zone=context.contact_time_zone,
    )  # fmt: skip
    handoff.ae.setCurrentIndex(0)
    handoff.show()
    save(handoff, "gate-handoff")  # type: ignore[operator]
    handoff.close()
    if handoffs:
        decision = HandoffDecisionDialog(None, handoffs[0])
        decision.send_back_choice.setChecked(True)
        decision.show()
        save(decision, "gate-decision")  # type: ignore[operator]
        decision.close()


def _templates_shots(window: object, save: object, settle: object) -> None:
    """The Templates page previewing the introduction for a Lithuanian prospect; the composer."""
    from app.ui.jobs import wait_for_jobs

    page = window.page("templates")  # type: ignore[attr-defined]
    window.show_page("templates")  # type: ignore[attr-defined]
    if not hasattr(page, "preview"):
        return

    def idle() -> None:
        for _ in range(4):
            settle(150)  # type: ignore[operator]
            wait_for_jobs()

    idle()
    row = next(
        (r for r in range(page.model.rowCount())
         if page.model.template(r).name == "Outbound: introduction"), 0,
    )  # fmt: skip
    page.table.selectRow(row)
    idle()
    combo = page.preview.contact_combo
    lithuanian = next(
        (i for i in range(combo.count()) if combo.itemText(i).endswith("Lithuania")), 0
    )
    combo.setCurrentIndex(lithuanian)
    page.preview.render_preview()
    idle()
    save(window, "templates-preview")  # type: ignore[operator]
    from app.adapters.urls import UrlHandler
    from app.ui.templates.composer import ComposerDialog

    contact_id = page.preview.contact_id
    if contact_id is None:
        return
    composer = ComposerDialog(page.database, contact_id, UrlHandler(lambda _url: True), window)
    composer.show()
    composer.load("Outbound: introduction")
    idle()
    save(composer, "templates-composer")  # type: ignore[operator]
    composer.close()


def _palette_shots(window: object, save: object, settle: object) -> None:
    """The command palette: actions by their words, then contacts as well."""
    from app.ui.jobs import wait_for_jobs

    palette = window.navigation.open_palette()  # type: ignore[attr-defined]
    palette.search.setText("imp")
    save(window, "palette-actions")  # type: ignore[operator]
    palette.search.setText("an")
    settle(300)  # type: ignore[operator]
    wait_for_jobs()
    settle(100)  # type: ignore[operator]
    save(window, "palette-search")  # type: ignore[operator]
    palette.hide()


def _team_shots(window: object, save: object, settle: object) -> None:
    """Team mode: the edit conflict, field by field; scheduled backups; restoring one."""
    from app.storage.contacts.conflicts import contact_conflict
    from app.ui.dialogs.edit_conflict import EditConflictDialog
    from app.ui.jobs import wait_for_jobs
    from app.ui.shell.backups import RestoreDialog, backups_of

    db = window.database  # type: ignore[attr-defined]
    with db.reading() as conn:
        contact_id = int(conn.exec_driver_sql("SELECT min(id) FROM contacts").scalar_one())
        mine = {"first_name": "Константин", "last_name": "Константинопольский-Преображенский",
                "email": "k.konstantinopolsky@npo-szvs.ru"}  # fmt: skip
        base = {"first_name": "Константин", "last_name": "Константинопольский",
                "email": "konstantin@npo-szvs.ru"}  # fmt: skip
        conflict = contact_conflict(conn, contact_id, mine, base)
    if conflict is not None:
        dialog = EditConflictDialog(conflict, window)  # type: ignore[arg-type]
        dialog.show()
        save(dialog, "edit-conflict")  # type: ignore[operator]
        dialog.close()
    settings_dialog = window.backups.settings_dialog()  # type: ignore[attr-defined]
    save(settings_dialog, "backup-settings")  # type: ignore[operator]
    settings_dialog.reject()
    window.backups.run_due()  # type: ignore[attr-defined]
    wait_for_jobs()
    settle(200)  # type: ignore[operator]
    restore = RestoreDialog(backups_of(db.path), window)  # type: ignore[arg-type]
    restore.show()
    save(restore, "restore-backup")  # type: ignore[operator]
    restore.close()


def main(argv: list[str] | None = None) -> int:
    """Render every screenshot; returns 0 when all were written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="pd-shots-") as tmp:
        temp = Path(tmp)
        os.environ["PROSPECT_DESK_DATA_DIR"] = str(temp / "userdata")
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QWidget

        from app.logs import setup_logging
        from app.ui.application import create_application, install_translations
        from app.ui.jobs import wait_for_jobs
        from app.ui.main_window import MainWindow

        setup_logging()
        app = create_application([])
        app.setStyle("Fusion")
        translators = install_translations(app, args.lang)
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        dark = args.theme == "dark"
        if dark:
            from app.ui.theme import apply_theme

            apply_theme("dark")
            suffix += "-dark"
        database = make_demo_database(temp)
        choose_first_sdr(database)
        queue_demo_emails(database)

        def settle(ms: int = 150) -> None:
            loop = QEventLoop()
            QTimer.singleShot(ms, loop.quit)
            loop.exec()

        def save(widget: QWidget, name: str) -> None:
            settle()
            target = out / f"{name}{suffix}.png"
            if not widget.grab().save(str(target)):
                raise SystemExit(f"could not write {target}")
            print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)

        window = MainWindow(remember=False)
        window.resize(WIDTH, HEIGHT)
        window.show()
        loop = QEventLoop()
        window.database_opened.connect(loop.quit)
        window.open_database_at(database)
        loop.exec()
        for entry in window.page_entries:
            window.show_page(entry.key)
            # A page loads in a chain of jobs (counts, then rows, then the sidebar's
            # segment counts): let the chain run out before the picture is taken.
            for _ in range(10):
                wait_for_jobs()
                settle(100)
            save(window, f"page-{entry.key}")
        _palette_shots(window, save, settle)
        _today_shots(window, save, settle)
        if dark:
            _lists_shots(window, save, settle)
            _pipeline_shots(window, save, settle)
            window.close()
            wait_for_jobs()
            del translators
            return 0
        _reports_shots(window, save, settle)
        _validate_shots(window, save, settle)
        _tools_shots(window, save, settle)
        _lists_shots(window, save, settle)
        _import_shots(window, save, settle, temp)
        _pipeline_shots(window, save, settle)
        _pipeline_gate_shots(database, save)
        _templates_shots(window, save, settle)
        _mail_shots(window, save, settle)
        _team_shots(window, save, settle)
        _routing_shots(window, save, settle)

        about = window.show_about()
        save(about, "about")
        about.close()
        preferences = window.navigation.show_preferences()
        # The note about the next start shows once another language is picked.
        combo = preferences.language_combo
        combo.setCurrentIndex(combo.findData("lt" if args.lang != "lt" else "zh_CN"))
        save(preferences, "settings")
        preferences.reject()

        empty = MainWindow(remember=False)
        empty.resize(WIDTH, HEIGHT)
        empty.show()
        first_run = empty.start_first_run(temp / "userdata" / "prospect-desk.sqlite3")
        save(first_run, "first-run")
        first_run.reject()
        save(empty, "no-database")

        broken = temp / "contacts-export.sqlite3"
        broken.write_text("first_name,last_name\nIvan,Petrov\n", encoding="utf-8")
        window.open_database_at(broken)
        failed = QEventLoop()
        window.open_failed.connect(failed.quit)
        failed.exec()
        assert window.open_error_dialog is not None
        save(window.open_error_dialog, "open-error")
        window.open_error_dialog.close()

        empty.close()
        window.close()
        wait_for_jobs()
        del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
