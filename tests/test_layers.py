"""The layer rules of DESIGN.md section 4, checked on the source (STYLE.md section 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    """Every module a Python file imports, at any depth (lazy imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for module in imported_modules(path):
            if module.split(".")[0] in forbidden:
                bad.append(f"{path.relative_to(ROOT)} imports {module}")
    return bad


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("app/core", ("PySide6", "shiboken6", "sqlalchemy", "alembic")),
        ("app/storage", ("PySide6", "shiboken6")),
    ],
)
def test_layer_does_not_import_forbidden_packages(package: str, forbidden: tuple[str, ...]) -> None:
    assert (ROOT / package).is_dir()
    assert offenders(package, forbidden) == []


def test_core_does_not_import_storage_or_ui() -> None:
    bad = [
        f"{p.relative_to(ROOT)} imports {m}"
        for p in sorted((ROOT / "app/core").rglob("*.py"))
        for m in imported_modules(p)
        if m.startswith(("app.storage", "app.ui", "app.cli", "app.commands"))
    ]
    assert bad == []


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself must be able to fail."""
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)
