"""Set-up and task runner that works the same on Linux, macOS and Windows.

``python3 dev.py run [ARGS]`` creates or refreshes ``.venv`` in this checkout, installs the
app with its dependencies, and starts Prospect Desk. ``python3 dev.py test`` does the same
set-up and then runs ruff, mypy and the whole pytest suite offscreen. The Makefile's
``make run`` / ``make test`` call this file, so there is one implementation of set-up.

Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
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


def run_app(python: Path, args: list[str]) -> int:
    """Start the GUI (or a CLI subcommand when ``args`` names one)."""
    return subprocess.run(
        [str(python), str(ROOT / "main.py"), *args], cwd=ROOT, check=False
    ).returncode


def run_tests(python: Path, args: list[str]) -> int:
    """Run ruff, mypy and pytest; stop at the first failing stage."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bindir = python.parent
    stages = [
        [str(bindir / "ruff"), "check", "."],
        [str(python), "-m", "mypy"],
        [str(python), "-m", "pytest", *args],
    ]
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
