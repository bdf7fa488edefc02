"""Refresh the translation sources from the code and compile them.

Runs ``pyside6-lupdate`` over ``app/ui`` to bring ``resources/i18n/prospect_desk_<lang>.ts``
up to date (existing translations are kept; strings no longer in the code are marked
obsolete), then ``pyside6-lrelease`` to build the ``.qm`` files the app loads.

English gets a plural-only file: the source strings say "%n contact(s)", and the English
``.qm`` turns that into "1 contact" / "2 contacts".

Usage::

    python scripts/update_translations.py            # update .ts and build .qm
    python scripts/update_translations.py --release  # only build .qm from the .ts
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
I18N = ROOT / "resources" / "i18n"
PREFIX = "prospect_desk_"
LANGUAGES = ("ru", "zh_CN", "lt", "en")
# Languages whose .ts holds only plural forms (the source language itself).
PLURAL_ONLY = frozenset({"en"})


def _tool(name: str) -> str:
    """Find a Qt tool next to this Python first (the venv), then on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def update_sources() -> None:
    """Run lupdate over every Python file of the UI, for each language."""
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for lang in LANGUAGES:
        ts = I18N / f"{PREFIX}{lang}.ts"
        command = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
        if lang in PLURAL_ONLY:
            command.append("-pluralonly")
        command += [*files, "-target-language", lang, "-ts", str(ts.relative_to(ROOT))]
        subprocess.run(command, check=True, cwd=ROOT)


def release() -> None:
    """Compile every .ts into the .qm the app loads."""
    for ts in sorted(I18N.glob(f"{PREFIX}*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str] | None = None) -> int:
    """Update the .ts sources (unless ``--release``) and build the .qm files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update_sources()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
