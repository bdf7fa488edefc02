"""``dev.py run`` finds the system libraries Qt's X11 plugin lacks before Qt starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import dev

# What ``ldd libqxcb.so`` printed on a Debian 12 machine without two xcb packages; ldd
# lists the whole tree, so a library missing for two parents appears twice.
LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd2a5f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x3)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x4)
"""


def test_missing_libraries_are_read_from_ldd_each_once() -> None:
    assert dev.missing_libraries(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert dev.missing_libraries(LDD_OUTPUT.replace("not found", "/lib/x.so (0x9)")) == []


def test_missing_libraries_map_to_debian_packages() -> None:
    packages, unknown = dev.debian_packages(
        ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0",
         "libfoo.so.7"]
    )  # fmt: skip
    assert packages == ["libxcb-cursor0", "libxcb-icccm4", "libglib2.0-0"]
    assert unknown == ["libfoo.so.7"]


def test_the_install_line() -> None:
    packages, _ = dev.debian_packages(dev.missing_libraries(LDD_OUTPUT))
    assert " ".join(dev.apt_install_command(packages, as_root=False)) == (
        "sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    )
    assert dev.apt_install_command(["libxcb-cursor0"], as_root=True)[0] == "apt-get"


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),  # xcb is Qt's fallback
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({}, "linux", False),  # no display: Qt fails for another reason, not ours to guess
        ({"DISPLAY": ":0"}, "darwin", False),
        ({"DISPLAY": ":0"}, "win32", False),
    ],
)
def test_when_the_xcb_plugin_is_checked(env: dict[str, str], platform: str, expected: bool) -> None:
    assert dev.needs_xcb(env, platform) is expected


def test_every_mapped_package_name_is_plausible() -> None:
    """Debian names are lower case, with no file suffix (a copy-paste slip shows here)."""
    for library, package in dev.DEBIAN_PACKAGES.items():
        assert library.startswith("lib") and ".so." in library
        assert package == package.lower() and ".so" not in package, package


@pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("ldd")), reason="needs Linux's ldd"
)
def test_this_machines_plugin_is_checked_for_real() -> None:
    """The real plugin of this venv: what ldd misses is exactly what the check reports."""
    plugin = dev._xcb_plugin(Path(sys.executable))
    assert plugin is not None and plugin.name == "libqxcb.so"
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    assert dev._missing_for(plugin) == dev.missing_libraries(out)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert dev.check_qt_libraries(Path(sys.executable), env) is True  # nothing to check


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_missing_libraries_stop_the_start_with_the_command_to_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev, "_missing_for", lambda _plugin: dev.missing_libraries(LDD_OUTPUT))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)  # not root: print, do not install
    assert dev.check_qt_libraries(Path(sys.executable), {"DISPLAY": ":0"}) is False
    err = capsys.readouterr().err
    assert "missing: libxcb-icccm.so.4, libxcb-keysyms.so.1." in err
    assert "\n    sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1\n" in err


@pytest.mark.skipif(
    not Path("/etc/debian_version").exists(), reason="not a Debian or Ubuntu system"
)
def test_as_root_on_debian_the_packages_are_installed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Root on Debian with apt-get: install, look again, start (apt-get itself is faked)."""
    answers = [dev.missing_libraries(LDD_OUTPUT), []]  # before and after the install
    commands: list[list[str]] = []
    real_run = subprocess.run

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        if command[0] == "apt-get":
            commands.append(command)
            return subprocess.CompletedProcess(command, 0)
        return real_run(command, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(dev, "_missing_for", lambda _plugin: answers.pop(0))
    monkeypatch.setattr(dev.os, "geteuid", lambda: 0)
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    assert dev.check_qt_libraries(Path(sys.executable), {"DISPLAY": ":0"}) is True
    assert commands == [["apt-get", "install", "-y", "libxcb-icccm4", "libxcb-keysyms1"]]
    assert answers == []
