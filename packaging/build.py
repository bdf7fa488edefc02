"""Build an installer for this platform and smoke-test it.

Usage (from the checkout, after ``python3 dev.py setup``)::

    .venv/bin/python packaging/build.py            # Linux/macOS
    .venv\\Scripts\\python packaging\\build.py       # Windows

Steps: install PyInstaller into the venv if missing, freeze the app with
``packaging/prospect_desk.spec``, run the frozen app's ``demo`` and ``--startup-check`` on a
temporary database (the same smoke test installers get), then wrap the bundle:
Windows → Inno Setup installer (``iscc`` must be on PATH), macOS → ``.dmg`` (hdiutil),
Linux → ``.tar.gz``. Output goes to ``dist/``.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
from app import __version__  # noqa: E402


def ensure_pyinstaller() -> None:
    """Install the packaging extra (PyInstaller) into this interpreter if it is missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-e", f"{ROOT}[packaging]"], check=True
        )


def freeze() -> Path:
    """Run PyInstaller and return the folder holding the frozen app."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(ROOT / "packaging" / "prospect_desk.spec")],
        check=True, cwd=ROOT,
    )
    return DIST / "ProspectDesk"


def frozen_executable(bundle: Path) -> Path:
    """The frozen app's executable inside the bundle folder."""
    name = "ProspectDesk.exe" if os.name == "nt" else "ProspectDesk"
    return bundle / name


def smoke_test(executable: Path) -> float:
    """Create demo data with the frozen app and time its first paint; fail loudly."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "smoke.sqlite3"
        env = dict(os.environ, PROSPECT_DESK_DATA_DIR=tmp)
        if sys.platform.startswith("linux") and "DISPLAY" not in env:
            env["QT_QPA_PLATFORM"] = "offscreen"
        subprocess.run([str(executable), "demo", "--db", str(db), "--contacts", "500"],
                       check=True, env=env, timeout=300)
        out = subprocess.run([str(executable), "--db", str(db), "--startup-check"],
                             check=True, env=env, capture_output=True, text=True, timeout=120)
        seconds = float(out.stdout.strip().splitlines()[-1])
        print(f"smoke test: first paint after {seconds:.2f} s")
        return seconds


def package(bundle: Path) -> Path:
    """Wrap the frozen bundle in this platform's installer format."""
    system = platform.system()
    if system == "Windows":
        iscc = shutil.which("iscc")
        if iscc is None:
            raise SystemExit("Inno Setup's iscc is not on PATH: https://jrsoftware.org/isinfo.php")
        subprocess.run([iscc, f"/DAppVersion={__version__}", f"/DSourceDir={bundle}",
                        f"/O{DIST}", str(ROOT / "packaging" / "windows" / "prospect-desk.iss")],
                       check=True)
        return DIST / f"ProspectDesk-{__version__}-setup.exe"
    if system == "Darwin":
        app = DIST / "Prospect Desk.app"
        dmg = DIST / f"ProspectDesk-{__version__}.dmg"
        subprocess.run(["bash", str(ROOT / "packaging" / "macos" / "make_dmg.sh"), str(app),
                        str(dmg)], check=True)
        return dmg
    archive = DIST / f"ProspectDesk-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"ProspectDesk-{__version__}")
    return archive


def main() -> int:
    """Freeze, smoke-test and package."""
    ensure_pyinstaller()
    bundle = freeze()
    smoke_test(frozen_executable(bundle))
    print(f"installer: {package(bundle)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
