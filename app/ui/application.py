"""Application set-up and the GUI entry point: ``run_gui(argv, process_start=...)``.

Only Qt and small modules load before the window paints; the database layer and the
pages' heavy parts load afterwards (first paint within a second).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.gui_args import parse_gui_args
from app.ui.languages import INTERFACE_LANGUAGES, normalise_language
from app.ui.main_thread_gc import MainThreadCollector

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Forces the interface language ("ru", "zh_CN", "lt", "en"), whatever the settings say.
LANGUAGE_ENV = "PROSPECT_DESK_LANG"
TRANSLATION_PREFIX = "prospect_desk_"
# The installed menu entry's name (packaging/linux/prospect-desk.desktop) without ".desktop".
DESKTOP_FILE_NAME = "prospect-desk"


def interface_language() -> str:
    """The interface language: ``PROSPECT_DESK_LANG``, the settings' choice, or the system's."""
    forced = os.environ.get(LANGUAGE_ENV, "").strip()
    if forced:
        return normalise_language(forced)
    from app.ui import settings

    chosen = settings.INTERFACE_LANGUAGE.get().strip()
    if chosen in INTERFACE_LANGUAGES:
        return chosen
    return normalise_language(QLocale.system().name())


def _load_qt_translation(translator: QTranslator, lang: str) -> bool:
    """Qt's own strings for ``lang``: ``qtbase_<lang>``, else the older catch-all ``qt_<lang>``.

    Qt ships qtbase_zh_CN and qtbase_ru but only qt_lt for Lithuanian.
    """
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(f"qtbase_{lang}", qt_dir) or translator.load(f"qt_{lang}", qt_dir)


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load our translation for ``language`` and Qt's own (standard buttons, dialogs).

    English needs a translation file too: it holds the plural forms ("1 contact",
    "2 contacts") that the source strings write as "%n contact(s)".

    Returns:
        The installed translators (kept alive by the caller; Qt does not own them).
    """
    from app.core.resources import resource_path

    lang = normalise_language(language) if language else interface_language()
    if lang != "en":
        # Dates, times and numbers follow the interface language ("2 000", "2026年12月7日").
        QLocale.setDefault(QLocale(lang))
    elif QLocale.system().language() == QLocale.Language.C:
        # A bare "C" locale would print 2000 where an English reader expects 2,000.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale.system())
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"i18n/{TRANSLATION_PREFIX}{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    elif lang != "en":
        log.info("no translation for %r; using English", lang)
        fallback = QTranslator(app)
        if fallback.load(str(resource_path(f"i18n/{TRANSLATION_PREFIX}en.qm"))):
            app.installTranslator(fallback)
            installed.append(fallback)
    qt_translator = QTranslator(app)
    if lang != "en" and _load_qt_translation(qt_translator, lang):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed


def create_application(argv: list[str]) -> QApplication:
    """Return the QApplication (creating it once) with the names settings and logs use."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    # Wayland matches windows to the installed menu entry (prospect-desk.desktop) by this
    # name; X11, Windows and macOS title bars and task bars take the icon.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    from app.core.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons/prospect-desk.png"))))
    return app


def initial_target(explicit: str | None) -> tuple[Path | str, bool]:
    """Decide which database to open, and whether this is a first run.

    Returns:
        (target, first_run): ``--db`` if given; else the last database if it still
        exists; else the default database, with first_run True when it does not exist.
    """
    from app.storage.paths import default_database_path
    from app.ui import settings

    if explicit:
        return explicit, False
    last = settings.LAST_DATABASE.get()
    if last and ("://" in last or Path(last).exists()):
        return last, False
    default = default_database_path()
    return default, not default.exists()


#: A window that is not painted this soon (started minimised, on a screen that is off)
#: opens its database anyway.
FIRST_PAINT_WAIT_MS = 1000


def after_first_paint(window: MainWindow, action: Callable[[], object]) -> None:
    """Run ``action`` once, right after the window's first paint (or after a wait).

    Opening a database loads SQLAlchemy and the storage modules on a worker thread; started
    before the first frame, that work holds the GIL and a core while the frame is built.
    Started after it, the user sees the window sooner and the data no later (the first
    frame shows no data either way).
    """
    done: list[bool] = []

    def run_once() -> None:
        if not done:
            done.append(True)
            action()

    # Queued: the paint that emits the signal finishes first.
    window.first_painted.connect(lambda: QTimer.singleShot(0, run_once))
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, run_once)


#: How long a running Python thread keeps the GIL once another asks for it (seconds;
#: Python's default is 5 ms). Background jobs read pages while the user scrolls; with
#: the default the GUI thread waited up to 5 ms each time it needed the GIL back, and a
#: flung scrollbar stalled up to 42 ms at a million contacts (17-21 ms at 1 ms).
GUI_SWITCH_INTERVAL_S = 0.001


def run_gui(argv: list[str], process_start: float | None = None) -> int:
    """Start the GUI.

    Args:
        argv: the command-line arguments after the program name.
        process_start: ``time.perf_counter()`` taken at the top of ``main.py``.

    Returns:
        The exit code.
    """
    start = time.perf_counter() if process_start is None else process_start
    args = parse_gui_args(argv)
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    from app.logs import setup_logging

    setup_logging()
    app = create_application(argv)
    translators = install_translations(app)
    from app.ui.theme import theme_watcher

    # Light or dark, as chosen or as the system is, before the first paint.
    theme_watcher()

    from app.ui.crash import CrashReporter
    from app.ui.main_window import MainWindow

    crash_reporter = CrashReporter(app).install()
    window = MainWindow(remember=not args.startup_check)
    target, first_run = initial_target(args.db)
    exit_code = 0

    if args.startup_check:
        painted_at: list[float] = []
        cpu_at_paint: list[float] = []
        outcome: dict[str, bool] = {}

        def maybe_quit() -> None:
            if painted_at and outcome:
                app.quit()

        def on_paint() -> None:
            painted_at.append(time.perf_counter() - start)
            # CPU seconds do not count the time spent waiting for a core: on a busy machine
            # they are the figure that compares one build with another.
            cpu_at_paint.extend((time.process_time(), time.thread_time()))
            maybe_quit()

        def on_outcome(ok: bool) -> None:
            outcome["ok"] = ok
            maybe_quit()

        window.first_painted.connect(on_paint)
        window.database_opened.connect(lambda _name: on_outcome(True))
        window.open_failed.connect(lambda _target: on_outcome(False))
        # A hung start must fail the smoke test rather than block an installer forever.
        QTimer.singleShot(60_000, lambda: app.exit(2))

    # Start-up leaves a few hundred thousand long-lived objects (Qt wrappers, SQLAlchemy,
    # the validators); every full collection would walk them all again and pause the GUI
    # thread for ~100 ms while the user scrolls. Freeze them once a database is open.
    window.database_opened.connect(lambda _name: gc.freeze())
    # Cycles are collected on this thread only (a Qt widget freed on a job's thread crashes).
    MainThreadCollector(app)
    window.show()
    if first_run and args.startup_check:
        # Nothing to open yet, and a smoke test must not create the user's database.
        outcome["ok"] = True
    elif first_run:
        QTimer.singleShot(0, lambda: window.start_first_run(Path(target)))
    else:
        # The window paints first, then the database opens.
        after_first_paint(
            window,
            lambda: window.open_database_at(
                target, read_only=args.read_only, create=not args.read_only
            ),
        )
    code = app.exec()
    if args.startup_check:
        if not painted_at:
            print("startup-check: the window never painted", file=sys.stderr)
            return 2
        print(f"{painted_at[0]:.3f}")
        print(
            f"startup-check: CPU to first paint {cpu_at_paint[0]:.3f} s"
            f" (GUI thread {cpu_at_paint[1]:.3f} s)",
            file=sys.stderr,
        )
        if not outcome.get("ok"):
            print(f"startup-check: could not open {target}", file=sys.stderr)
            exit_code = 1
    else:
        exit_code = code
    crash_reporter.uninstall()
    del translators
    return exit_code
