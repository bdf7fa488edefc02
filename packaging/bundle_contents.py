"""What goes into the frozen app and what is left out: one list read by the spec and the tests.

Kept apart from ``prospect_desk.spec`` (which only PyInstaller can execute) so that the
default test suite can check the recipe without PyInstaller: every module named here
exists, every Qt module ``app/`` imports is kept, and no excluded one is imported.
"""

from __future__ import annotations

import re

#: The Qt for Python modules the app imports (``app/`` is checked against this list).
#: Qt Charts' library links Qt's OpenGL libraries, which therefore ship, but its Python
#: binding does not import the QtOpenGL modules, so their bindings stay out.
#: QtSvg draws the sidebar's icons at any screen scale (its library is under 1 MB).
QT_MODULES_KEPT = ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPrintSupport", "QtSvg")

#: Qt for Python modules never imported by the app; excluded so their hooks do not pull
#: in their libraries, plugins, QML files and translations.
QT_MODULES_EXCLUDED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

#: Other Python modules the app never needs in a frozen build (test and developer tools,
#: the phone-number geocoder and carrier tables: the app asks phonenumbers only for
#: parsing, formatting and time zones).
PYTHON_EXCLUDED = (
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "PyInstaller",
    "setuptools",
    "pip",
    "readline",
    "curses",
    # Test kits and suites inside libraries (collected only because their parents are).
    "alembic.testing",
    "sqlalchemy.testing",
    "icalendar.tests",
    # SQLAlchemy loads a dialect by the URL's name; the app speaks SQLite and PostgreSQL.
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle",
    # icalendar uses zoneinfo; its pytz provider (2.6 MB with its own zone files) is
    # imported only on request, which the app never makes.
    "pytz",
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
)

#: Packages that load modules or data by name at run time, so their import graph is not
#: visible to PyInstaller's analysis: their submodules are collected explicitly.
COLLECT_SUBMODULES = (
    "app",
    # Countries load lazily by name (holidays.country_holidays("LT")).
    "holidays.countries",
    "holidays.financial",
    # Region metadata loads lazily per region the first time a number is parsed.
    "phonenumbers.data",
    "phonenumbers.shortdata",
    "phonenumbers.tzdata",
    # keyring finds its backends through entry points, not imports.
    "keyring.backends",
    # dnspython imports record types by name (dns.rdtypes.IN.A ...).
    "dns.rdtypes",
    "dns.rdtypes.ANY",
    "dns.rdtypes.IN",
    # flufl.bounce runs every detector module of its package.
    "flufl.bounce",
    # Alembic imports the migration environment and the migration scripts by path.
    "alembic",
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",
    # The team server's driver, imported by SQLAlchemy by name from the URL.
    "psycopg",
    "email_validator",
    "icalendar",
    "jinja2",
    "tzdata",
)

#: Packages whose data files (not modules) the app reads at run time.
COLLECT_DATA = (
    "email_validator",
    "disposable_email_domains",
    "holidays",
    "tzdata",
    "icalendar",
    "flufl.bounce",
)

#: Packages whose installed metadata (entry points, version) is read at run time.
COPY_METADATA = (
    # Backends are found by their "keyring.backends" entry points.
    "keyring",
    "email_validator",
    "holidays",
    "icalendar",
    "psycopg",
)

#: Qt plugin folders shipped, each with the plugin names kept (None = the whole folder).
#: Anything else under ``plugins/`` is dropped. The app draws with QPainter, shows PNG and
#: JPEG, prints only to PDF (QPrinter's PDF output needs no print plugin) and uses no
#: network, SVG, PDF viewing, virtual keyboard or embedded-display backends.
QT_PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    # xcb and wayland for desktops, offscreen/minimal for smoke tests and CI; windows, cocoa.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qdirect2d", "qcocoa"),
    # Native file dialogs through the XDG portal; the GTK theme would drag in GTK itself.
    "platformthemes": ("qxdgdesktopportal",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "imageformats": ("qgif", "qico", "qjpeg"),
    "styles": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}

#: Qt's own translations shipped: the standard buttons and dialogs, for the languages the
#: app itself is translated into.
QT_TRANSLATIONS_KEPT = ("qtbase_ru", "qtbase_zh_CN", "qtbase_zh_TW", "qtbase_lt")

#: Qt libraries that only excluded modules or dropped plugins need (Qt's DBus library stays:
#: QtGui links it on Linux) (matched in any file
#: name spelling: libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework/...).
QT_LIBRARIES_DROPPED = re.compile(
    r"Qt6?(Qml|Quick|VirtualKeyboard|Pdf|SvgWidgets|Network|EglFS|EglFs|WebEngine|3D|Multimedia"
    r"|Designer)",
)


#: Other files of the Qt wheels left out: Windows' software OpenGL renderer (20 MB; the
#: app draws widgets, which never need OpenGL).
QT_FILES_DROPPED = ("opengl32sw.dll",)


#: Holiday names ship in these languages (the app's), besides each country's own language,
#: which is the source text and needs no translation file.
HOLIDAY_LANGUAGES_KEPT = ("en", "ru", "lt", "zh")


def keep_file(destination: str) -> bool:
    """Whether a collected file (its destination path inside the bundle) stays in it."""
    path = destination.replace("\\", "/")
    parts = path.split("/")
    if parts[:2] == ["holidays", "locale"] and len(parts) > 3:
        return parts[2].split("_")[0] in HOLIDAY_LANGUAGES_KEPT
    if "Qt" not in parts and "PySide6" not in parts:
        return True
    name = parts[-1]
    if name.lower() in QT_FILES_DROPPED:
        return False
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1 :]
        folder = below[0] if len(below) > 1 else ""
        if folder not in QT_PLUGINS_KEPT:
            return False
        kept = QT_PLUGINS_KEPT[folder]
        stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", name)
        return kept is None or stem in kept
    if "translations" in parts:
        return name.removesuffix(".qm") in QT_TRANSLATIONS_KEPT
    if "qml" in parts:
        return False
    return not QT_LIBRARIES_DROPPED.search(path)
