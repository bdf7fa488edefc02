"""Build this platform's installer from the checkout, smoke-test the frozen app, and fail loudly.

Usage (from a clean checkout, with any Python 3.11+ that can create a venv)::

    python3 -m venv /tmp/pd-build && /tmp/pd-build/bin/pip install -e '.[packaging]'
    /tmp/pd-build/bin/python packaging/build.py                # Linux / macOS
    C:\\pd-build\\Scripts\\python packaging\\build.py            # Windows

Steps:

1. Freeze with PyInstaller and ``packaging/prospect_desk.spec`` into ``dist/ProspectDesk``.
2. ``PROSPECT_DESK_BUNDLE_CHECK=1``: the frozen app loads everything it reaches lazily
   (holiday countries, phone metadata, tzdata, keyring backends, migrations, resources)
   and proves the excluded Qt modules are absent.
3. The frozen app's ``demo`` makes a database (through its spawned worker processes) and
   ``--startup-check`` opens it offscreen; the exit code, the first-paint time and the
   wall time are checked.
4. The unpacked bundle's size is checked against ``--max-mb`` (150 MB by default).
5. The bundle is wrapped: Linux → ``.tar.gz`` and ``.deb``; Windows → Inno Setup installer
   (``iscc`` on PATH); macOS → ``.dmg``. Everything lands in ``dist/`` (git-ignored).

``--skip-freeze`` reuses ``dist/ProspectDesk`` (to iterate on the packaging steps).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
from project_version import numeric_version, project_version  # noqa: E402

VERSION = project_version(ROOT)
# The unpacked bundle's limit. Linux's is the product target, measured here (145.8 MB).
# Windows and macOS are not measured in this environment: their limits are guard rails
# against a recipe that suddenly collects Qt whole (the macOS wheels are universal2, so
# every binary is there twice); tighten them once CI reports real sizes.
MAX_BUNDLE_MB = 200.0 if sys.platform == "win32" else 330.0 if sys.platform == "darwin" else 150.0
# The smoke test's limit for first paint on a small demo database: it catches a frozen app
# that hangs or crawls (a missing module found by a slow fallback, an unstripped bundle read
# from disk), not a regression of tenths of a second, because build machines are busy (first
# paint took 2.7 s here at a load average of 17 on 2 cores). The real target, 0.5 s at
# 100,000 contacts, is measured by benchmarks/bench_bundle.py.
MAX_FIRST_PAINT_S = 10.0


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command, echoing it; raise on a non-zero exit."""
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run(command, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def ensure_pyinstaller() -> None:
    """Install the packaging extra (PyInstaller) into this interpreter if it is missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run([sys.executable, "-m", "pip", "install", "-e", f"{ROOT}[packaging]"])


def freeze(dist: Path, work: Path) -> Path:
    """Run PyInstaller and return the folder holding the frozen app."""
    run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(dist),
         "--workpath", str(work), str(ROOT / "packaging" / "prospect_desk.spec")],
        cwd=ROOT,
    )  # fmt: skip
    return dist / "ProspectDesk"


def frozen_executable(dist: Path) -> Path:
    """The executable the smoke test runs: the one users start, or its console twin."""
    if sys.platform == "win32":
        # The windowed ProspectDesk.exe has no stdout to print the figures to.
        return dist / "ProspectDesk" / "ProspectDeskCLI.exe"
    if sys.platform == "darwin":
        return dist / "Prospect Desk.app" / "Contents" / "MacOS" / "ProspectDesk"
    return dist / "ProspectDesk" / "ProspectDesk"


def smoke_env(data_dir: str) -> dict[str, str]:
    """The environment of the smoke runs: their own data folder, offscreen when headless."""
    env = dict(os.environ, PROSPECT_DESK_DATA_DIR=data_dir, PROSPECT_DESK_LANG="en")
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PROSPECT_DESK_BUNDLE_CHECK", None)
    return env


def bundle_check(executable: Path) -> dict[str, object]:
    """Run the frozen app's own contents check (packaging/rthook_bundle_check.py)."""
    with tempfile.TemporaryDirectory(prefix="pd-bundle-check-") as tmp:
        env = dict(smoke_env(tmp), PROSPECT_DESK_BUNDLE_CHECK="1")
        done = subprocess.run([str(executable)], env=env, capture_output=True, text=True,
                              timeout=120, check=False)  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    report: dict[str, object] = json.loads(lines[-1]) if lines else {}
    if done.returncode != 0 or report.get("ok") is not True:
        raise SystemExit(
            f"bundle check FAILED (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    print("bundle check: " + json.dumps(report, indent=None)[:2000])
    return report


def smoke_test(executable: Path, contacts: int, max_first_paint: float) -> dict[str, float]:
    """Make demo data with the frozen app and time its first paint offscreen; fail loudly."""
    with tempfile.TemporaryDirectory(prefix="pd-smoke-") as tmp:
        db = Path(tmp) / "smoke.sqlite3"
        env = smoke_env(tmp)
        run([str(executable), "demo", "--db", str(db), "--contacts", str(contacts), "--json"],
            env=env, timeout=600, capture_output=True)  # fmt: skip
        started = time.perf_counter()
        done = subprocess.run(
            [str(executable), "--db", str(db), "--startup-check"],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(
            f"--startup-check FAILED (exit {done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    first_paint = float(done.stdout.strip().splitlines()[-1])
    print(f"smoke test: {contacts:,} contacts, first paint {first_paint:.3f} s, "
          f"process wall {wall:.3f} s")  # fmt: skip
    if first_paint > max_first_paint:
        raise SystemExit(f"first paint took {first_paint:.2f} s (limit {max_first_paint} s)")
    return {"first_paint_s": first_paint, "wall_s": wall}


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_size(bundle: Path, max_mb: float) -> float:
    """The unpacked bundle's size in MB (10^6 bytes); fail when it is above ``max_mb``."""
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle size: {size_mb:.1f} MB unpacked (limit {max_mb:.0f} MB)")
    if size_mb > max_mb:
        raise SystemExit(f"bundle is {size_mb:.1f} MB, above the {max_mb:.0f} MB limit")
    return size_mb


def linux_tarball(bundle: Path, dist: Path) -> Path:
    """``ProspectDesk-VERSION-linux-ARCH.tar.gz`` with the bundle, .desktop file and icon."""
    archive = dist / f"ProspectDesk-{VERSION}-linux-{platform.machine()}.tar.gz"
    top = f"ProspectDesk-{VERSION}"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=top)
        tar.add(ROOT / "packaging" / "linux" / "prospect-desk.desktop",
                arcname=f"{top}/prospect-desk.desktop")  # fmt: skip
        tar.add(ROOT / "resources" / "icons" / "prospect-desk.png",
                arcname=f"{top}/prospect-desk.png")  # fmt: skip
    return archive


def linux_deb(bundle: Path, dist: Path) -> Path:
    """A .deb installing to /opt/prospect-desk with a launcher, menu entry and icons."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="pd-deb-") as tmp:
        stage = Path(tmp) / "root"
        shutil.copytree(bundle, stage / "opt" / "prospect-desk", symlinks=True)
        (stage / "usr" / "bin").mkdir(parents=True)
        (stage / "usr" / "bin" / "prospect-desk").symlink_to("/opt/prospect-desk/ProspectDesk")
        apps = stage / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy2(ROOT / "packaging" / "linux" / "prospect-desk.desktop", apps)
        icons = stage / "usr" / "share" / "icons" / "hicolor"
        (icons / "256x256" / "apps").mkdir(parents=True)
        (icons / "scalable" / "apps").mkdir(parents=True)
        source_icons = ROOT / "resources" / "icons"
        shutil.copy2(source_icons / "prospect-desk.png", icons / "256x256" / "apps")
        shutil.copy2(source_icons / "prospect-desk.svg", icons / "scalable" / "apps")
        control = (ROOT / "packaging" / "linux" / "control.in").read_text(encoding="utf-8")
        control = control.format(
            version=VERSION, arch=arch, installed_kb=folder_size(stage) // 1024 + 1
        )
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
        for folder in [stage, *stage.rglob("*")]:
            if folder.is_dir() and not folder.is_symlink():
                folder.chmod(0o755)
        deb = dist / f"prospect-desk_{VERSION}_{arch}.deb"
        run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)])
    run(["dpkg-deb", "--info", str(deb)])
    return deb


def package(bundle: Path, dist: Path) -> list[Path]:
    """Wrap the frozen bundle in this platform's installer formats."""
    system = platform.system()
    if system == "Windows":
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        if iscc is None:
            raise SystemExit("Inno Setup's iscc is not on PATH: https://jrsoftware.org/isinfo.php")
        run([iscc, f"/DAppVersion={VERSION}", f"/DAppNumericVersion={numeric_version(VERSION)}",
             f"/DSourceDir={bundle}", f"/O{dist}",
             str(ROOT / "packaging" / "windows" / "prospect-desk.iss")])  # fmt: skip
        return [dist / f"ProspectDesk-{VERSION}-setup.exe"]
    if system == "Darwin":
        dmg = dist / f"ProspectDesk-{VERSION}.dmg"
        run(["bash", str(ROOT / "packaging" / "macos" / "make_dmg.sh"),
             str(dist / "Prospect Desk.app"), str(dmg)])  # fmt: skip
        return [dmg]
    outputs = [linux_tarball(bundle, dist)]
    if shutil.which("dpkg-deb"):
        outputs.append(linux_deb(bundle, dist))
    else:
        print("dpkg-deb not found: no .deb this time (the .tar.gz is complete)")
    return outputs


def main() -> int:
    """Freeze, check the contents, smoke-test, check the size, package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--skip-freeze", action="store_true")
    parser.add_argument("--contacts", type=int, default=2000, help="demo size for the smoke test")
    parser.add_argument("--max-mb", type=float, default=MAX_BUNDLE_MB)
    parser.add_argument("--max-first-paint", type=float, default=MAX_FIRST_PAINT_S)
    args = parser.parse_args()
    dist = args.dist.absolute()
    started = time.perf_counter()
    if not args.skip_freeze:
        ensure_pyinstaller()
        freeze(dist, args.work.absolute())
    bundle = dist / "ProspectDesk"
    executable = frozen_executable(dist)
    checked_bundle = executable.parents[1] if sys.platform == "darwin" else bundle
    size_mb = check_size(checked_bundle, args.max_mb)
    bundle_check(executable)
    figures = smoke_test(executable, args.contacts, args.max_first_paint)
    outputs = package(bundle, dist)
    summary = {
        "version": VERSION,
        "bundle_mb": round(size_mb, 1),
        **{key: round(value, 3) for key, value in figures.items()},
        "outputs": {p.name: round(p.stat().st_size / 1e6, 1) for p in outputs},
        "build_s": round(time.perf_counter() - started, 1),
    }
    print("build summary: " + json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
