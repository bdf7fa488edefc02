"""The installer recipes stay honest without PyInstaller, Inno Setup or a Mac.

The frozen build itself is made and smoke-tested by ``packaging/build.py``; these tests keep
its inputs true between builds: the Qt modules the app imports are the ones the bundle
keeps, the excluded ones are never imported, every module and package the spec names
exists, the icons are the rendering of their SVG, and every version string in the recipes
is the one ``pyproject.toml`` declares.
"""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_contents as contents  # noqa: E402
from project_version import numeric_version, project_version  # noqa: E402


def qt_modules_imported_by_app() -> set[str]:
    """Every ``PySide6.QtX`` module imported anywhere under app/ (lazy imports count)."""
    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "PySide6":
                    names += [f"PySide6.{alias.name}" for alias in node.names]
            found.update(name.split(".")[1] for name in names if re.match(r"PySide6\.Qt\w+", name))
    return found


def test_every_qt_module_the_app_imports_is_kept_and_no_excluded_one_is_imported() -> None:
    imported = qt_modules_imported_by_app()
    assert imported, "the scan found no Qt import at all: it is broken"
    assert imported <= set(contents.QT_MODULES_KEPT), imported - set(contents.QT_MODULES_KEPT)
    assert not imported & set(contents.QT_MODULES_EXCLUDED)
    assert not set(contents.QT_MODULES_KEPT) & set(contents.QT_MODULES_EXCLUDED)


def test_the_kept_qt_modules_exist_in_the_installed_pyside() -> None:
    for name in contents.QT_MODULES_KEPT:
        assert importlib.util.find_spec(f"PySide6.{name}") is not None, name


def test_every_package_the_spec_collects_is_installed() -> None:
    for package in (*contents.COLLECT_SUBMODULES, *contents.COLLECT_DATA):
        assert importlib.util.find_spec(package) is not None, package


def test_every_package_whose_metadata_is_copied_has_metadata() -> None:
    from importlib.metadata import distribution

    for package in contents.COPY_METADATA:
        assert distribution(package).version, package


def test_keyring_backends_are_found_through_the_entry_points_the_bundle_copies() -> None:
    from importlib.metadata import entry_points

    assert "keyring" in contents.COPY_METADATA
    assert any(point.name == "SecretService" for point in entry_points(group="keyring.backends"))
    assert "keyring.backends" in contents.COLLECT_SUBMODULES


def test_excluded_python_modules_are_not_imported_by_the_app() -> None:
    excluded = tuple(contents.PYTHON_EXCLUDED)
    below_excluded = tuple(f"{name}." for name in excluded)
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                assert not (name in excluded or name.startswith(below_excluded)), (
                    f"{path.relative_to(ROOT)} imports {name}, which the bundle leaves out"
                )


def test_the_spec_and_the_build_script_name_files_that_exist() -> None:
    spec = (PACKAGING / "prospect_desk.spec").read_text(encoding="utf-8")
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    # ROOT / "a" / "b" chains in both files.
    chains = re.findall(r'ROOT((?: / "[^"]+")+)', spec + build)
    assert chains
    for chain in chains:
        path = ROOT.joinpath(*re.findall(r'"([^"]+)"', chain))
        assert path.exists() or path.name in {"dist", "build", "pyinstaller"}, path
    for name in ("prospect-desk.ico", "prospect-desk.icns"):
        assert name in spec
        assert (PACKAGING / "icons" / name).is_file()
    assert (ROOT / "app" / "storage" / "migrations" / "env.py").is_file()


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ru.qm", False),
        ("PySide6/opengl32sw.dll", False),
        ("holidays/countries/lithuania.py", True),
        ("resources/i18n/prospect_desk_ru.qm", True),
        ("holidays/locale/lt/LC_MESSAGES/LT.mo", True),
        ("holidays/locale/zh_CN/LC_MESSAGES/CN.mo", True),
        ("holidays/locale/de/LC_MESSAGES/DE.mo", False),
    ],
)
def test_which_files_the_bundle_keeps(destination: str, kept: bool) -> None:
    assert contents.keep_file(destination) is kept


def test_every_version_in_the_recipes_is_the_pyproject_version() -> None:
    version = project_version(ROOT)
    import app

    assert version == app.__version__
    iss = (PACKAGING / "windows" / "prospect-desk.iss").read_text(encoding="utf-8")
    default = re.search(r'#define AppVersion "([^"]+)"', iss)
    assert default is not None and default.group(1) == version
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleShortVersionString"] == numeric_version(version)
    assert plist["CFBundleVersion"] == version


def test_numeric_version_keeps_only_the_leading_numbers() -> None:
    assert numeric_version("1.2.3") == "1.2.3"
    assert numeric_version("1.2.0rc1") == "1.2.0"
    assert numeric_version("2.0.dev4") == "2.0"


def test_the_installers_keep_user_data_and_need_no_admin_rights() -> None:
    iss = (PACKAGING / "windows" / "prospect-desk.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "{autoprograms}" in iss  # the Start-menu shortcut
    # Data goes only when the user says so, and never on a silent uninstall.
    assert "not UninstallSilent()" in iss and "MB_DEFBUTTON2" in iss
    plist = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert plist["NSHighResolutionCapable"] is True
    # The app opens tel:/mailto: links through the system; it handles no URL scheme itself.
    assert "CFBundleURLTypes" not in plist
    desktop = (PACKAGING / "linux" / "prospect-desk.desktop").read_text(encoding="utf-8")
    assert "Icon=prospect-desk" in desktop and "Exec=prospect-desk" in desktop


def test_the_window_knows_the_desktop_file_the_linux_packages_install() -> None:
    from app.ui.application import DESKTOP_FILE_NAME

    assert (PACKAGING / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()


def test_the_icons_are_the_svg_rendered_and_hold_every_size(qapp: object) -> None:
    import make_icons

    ico = make_icons.ICO.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    icns = make_icons.ICNS.read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px Retina size
    for path, content in make_icons.generated().items():
        committed = path.read_bytes()
        assert make_icons.same_pictures(path, committed, content), (
            f"{path.name} is stale: run packaging/make_icons.py"
        )
    # A drawing that changed is caught, not just a different byte layout.
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage.fromData(make_icons.render_png(256))
    image.setPixelColor(128, 128, QColor("red"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    committed_png = make_icons.PNG.read_bytes()
    assert not make_icons.same_pictures(make_icons.PNG, committed_png, bytes(data.data()))
    assert not make_icons.same_pictures(make_icons.PNG, committed_png, make_icons.render_png(128))
    # A container whose structure changed or broke is not current either.
    icns = make_icons.ICNS.read_bytes()
    assert not make_icons.same_pictures(make_icons.ICNS, icns.replace(b"ic10", b"zzzz"), icns)
    assert not make_icons.same_pictures(make_icons.ICNS, b"icns\0\0\0\x10icp4\0\0\0\0", icns)
    ico = make_icons.ICO.read_bytes()
    assert not make_icons.same_pictures(make_icons.ICO, ico[:40], ico)
    moved = bytearray(ico)
    moved[6] = 99  # the first entry's width
    assert not make_icons.same_pictures(make_icons.ICO, bytes(moved), ico)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux ELF libraries")
def test_system_libraries_no_shipped_binary_needs_are_dropped(tmp_path: Path) -> None:
    import linux_libs
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    gui = qt_lib / "libQt6Gui.so.6"
    assert "libQt6Core.so.6" in linux_libs.needed_libraries(gui)
    assert linux_libs.needed_libraries(Path(__file__)) == []  # not ELF: nothing needed
    orphan = tmp_path / "liborphan.so.1"
    orphan.write_bytes(b"not even ELF")
    binaries = [
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(gui), "BINARY"),
        ("libQt6Core.so.6", str(qt_lib / "libQt6Core.so.6"), "BINARY"),  # reached from Gui
        ("liborphan.so.1", str(orphan), "BINARY"),  # nothing needs it
        ("libdbus-1.so.3", str(orphan), "BINARY"),  # the system's is used
        ("libpython3.11.so.1.0", str(orphan), "BINARY"),  # opened by the bootloader
    ]
    kept, dropped = linux_libs.prune_unreachable(binaries)
    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libpython3.11.so.1.0",
    ]
    assert "liborphan.so.1" in dropped


def test_the_icu_trim_keeps_the_data_qt_asks_for() -> None:
    import icu_trim

    items = [
        "root.res", "pool.res", "res_index.res", "en.res", "ru_RU.res", "de.res", "de_.res",
        "supplementalData.res", "zoneinfo64.res", "cnvalias.icu", "unames.icu",
        "ibm-5347_P100-1998.cnv", "gb18030.cnv", "ibm-37_P100-1995.cnv",
        "coll/root.res", "coll/ucadata.icu", "coll/lt.res", "coll/fr.res",
        "zone/zh_Hant.res", "zone/ja.res", "curr/en.res", "brkitr/cjdict.dict",
    ]  # fmt: skip
    dropped = set(icu_trim.dropped_items(items))
    assert dropped == {
        "de.res", "de_.res", "unames.icu", "ibm-37_P100-1995.cnv", "coll/fr.res",
        "zone/ja.res", "curr/en.res", "brkitr/cjdict.dict",
    }  # fmt: skip
