"""Set-up and task runner that works the same on Linux, macOS and Windows.

``python3 dev.py run [ARGS]`` creates or refreshes ``.venv`` in this checkout, installs the
app with its dependencies, and starts Prospect Desk. ``python3 dev.py test`` does the same
set-up and then runs ruff, mypy and the whole pytest suite offscreen, then the storage
suites once more against PostgreSQL. The Makefile's
``make run`` / ``make test`` call this file, so there is one implementation of set-up.

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-hash"


def venv_python() -> Path:
    """Return the virtual environment's interpreter for this platform."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def requirements_hash() -> str:
    """Hash what decides the installed set, so edits to it trigger a reinstall."""
    digest = hashlib.sha256()
    digest.update((ROOT / "pyproject.toml").read_bytes())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_venv() -> Path:
    """Create ``.venv`` and install ``.[dev]`` into it unless it is already current."""
    python = venv_python()
    wanted = requirements_hash()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        print("dev.py: creating the virtual environment in .venv", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    print("dev.py: installing Prospect Desk and its dependencies into .venv", flush=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "--quiet", "-e", ".[dev]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)
    return python


# --- Qt's X11 platform plugin needs system libraries a bare Debian/Ubuntu may lack -------

#: Debian/Ubuntu package of each shared library Qt's xcb plugin (and Qt itself) loads.
#: Without them Qt only says "could not load the Qt platform plugin xcb" and aborts.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def missing_libraries(ldd_output: str) -> list[str]:
    """The shared libraries ``ldd`` reports as ``not found``, each once, in its order."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in found:
            found.append(name.strip())
    return found


def debian_packages(libraries: Iterable[str]) -> tuple[list[str], list[str]]:
    """Map library file names to Debian/Ubuntu packages.

    Returns:
        (packages, unknown): the packages to install, each once, and the libraries this
        table does not know (``apt-file search NAME`` finds their package).
    """
    packages: list[str] = []
    unknown: list[str] = []
    for library in libraries:
        package = DEBIAN_PACKAGES.get(library)
        if package is None:
            unknown.append(library)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def needs_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will (or may fall back to) load its X11 ``xcb`` plugin.

    That is on Linux with a display (X11, or Wayland whose fallback is xcb), unless
    ``QT_QPA_PLATFORM`` names other plugins only (``offscreen``, ``wayland``...).
    """
    if not platform.startswith("linux"):
        return False
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if not chosen:
        return True
    return "xcb" in {part.split(":")[0].strip() for part in chosen.split(";")}


def apt_install_command(packages: Iterable[str], *, as_root: bool) -> list[str]:
    """The ``apt-get install`` command line for ``packages`` (with sudo unless root)."""
    return [*([] if as_root else ["sudo"]), "apt-get", "install", "-y", *packages]


def _xcb_plugin(python: Path) -> Path | None:
    """Where the venv's PySide6 keeps the xcb plugin (found without importing PySide6)."""
    code = (
        "import importlib.util as u; s = u.find_spec('PySide6'); "
        "print(s.submodule_search_locations[0] if s and s.submodule_search_locations else '')"
    )
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
    folder = done.stdout.strip()
    plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so" if folder else None
    return plugin if plugin is not None and plugin.exists() else None


def _missing_for(plugin: Path) -> list[str] | None:
    """Libraries the plugin (and what it links) cannot find; None when ldd is unavailable."""
    if shutil.which("ldd") is None:
        return None
    done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return missing_libraries(done.stdout)


def check_qt_libraries(python: Path, env: Mapping[str, str] = os.environ) -> bool:
    """Make sure Qt's xcb plugin can load before the app starts; True when it can.

    Missing libraries are installed with apt-get when this runs as root on Debian or
    Ubuntu; otherwise the exact command to run is printed and False returned.
    """
    if not needs_xcb(env):
        return True
    plugin = _xcb_plugin(python)
    missing = _missing_for(plugin) if plugin is not None else None
    if plugin is None or not missing:
        return True  # all there, or nothing we can check (no ldd, no plugin)
    packages, unknown = debian_packages(missing)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    debian = Path("/etc/debian_version").exists() and shutil.which("apt-get") is not None
    if as_root and debian and packages:
        print("dev.py: installing the libraries Qt needs:", " ".join(packages), flush=True)
        command = apt_install_command(packages, as_root=True)
        if subprocess.run(command, check=False).returncode != 0:
            subprocess.run(["apt-get", "update"], check=False)
            subprocess.run(command, check=False)
        missing = _missing_for(plugin) or []
        if not missing:
            return True
        packages, unknown = debian_packages(missing)
    print(
        "dev.py: Qt cannot start its X11 (xcb) platform plugin; these system libraries "
        f"are missing: {', '.join(missing)}.",
        file=sys.stderr,
    )
    if packages:
        print("On Debian or Ubuntu, install them with:", file=sys.stderr)
        print("    " + " ".join(apt_install_command(packages, as_root=as_root)), file=sys.stderr)
    for library in unknown:
        print(f"    (find the package of {library} with: apt-file search {library})",
              file=sys.stderr)  # fmt: skip
    print("Then run this command again. (QT_QPA_PLATFORM=offscreen runs without a display.)",
          file=sys.stderr)  # fmt: skip
    return False


def run_app(python: Path, args: list[str]) -> int:
    """Start the GUI (or a CLI subcommand when ``args`` names one)."""
    # A first word that is not an option is a CLI command (or a typo main.py refuses):
    # neither starts Qt's window, so only the window needs the check.
    opens_window = not args or args[0].startswith("-")
    if opens_window and not check_qt_libraries(python):
        return 1
    return subprocess.run(
        [str(python), str(ROOT / "main.py"), *args], cwd=ROOT, check=False
    ).returncode


#: Suites run a second time with their ``db`` fixture on PostgreSQL: team, cadences and
#: the workspaces, mail, pipeline, imports, undo, search, templates. Only their tests that
#: use ``db`` run again (the rest do not depend on the backend).
SERVER_SUITES = [
    f"tests/storage/test_{name}.py"
    for name in (
        "team_claims", "team_sessions", "cadences", "cadences_queue", "cadences_followups",
        "cadences_workspace", "mail_outbox", "mail_accounts", "inbox_imap", "pipeline",
        "pipeline_board", "pipeline_handoffs", "importing", "importing_second_pass",
        "changes", "changes_bulk", "contacts", "contacts_detail", "suppress_erase", "search",
        "templates", "board_tallies_migration",
    )
]  # fmt: skip


def run_tests(python: Path, args: list[str]) -> int:
    """Run ruff, mypy, pytest, then the storage suites on PostgreSQL; stop at a failure.

    The PostgreSQL pass runs only when no pytest arguments were given (a developer's
    ``dev.py test tests/x.py`` means that file, once).
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bindir = python.parent
    stages = [
        [str(bindir / "ruff"), "check", "."],
        [str(python), "-m", "mypy"],
        [str(python), "-m", "pytest", *args],
    ]
    if not args:
        stages.append([str(python), "-m", "pytest", "--backend=postgresql", *SERVER_SUITES])
    for stage in stages:
        print(
            "dev.py: $",
            " ".join(Path(stage[0]).name if i == 0 else s for i, s in enumerate(stage)),
            flush=True,
        )
        code = subprocess.run(stage, cwd=ROOT, env=env, check=False).returncode
        if code != 0:
            return code
    return 0


def main(argv: list[str]) -> int:
    """Dispatch ``run``, ``test`` or ``setup``."""
    if not argv or argv[0] not in {"run", "test", "setup"}:
        print("usage: python3 dev.py {run|test|setup} [ARGS...]", file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    python = ensure_venv()
    if command == "run":
        return run_app(python, rest)
    if command == "test":
        return run_tests(python, rest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
