"""The layer rules, checked on the source: who may import what, and no import cycles.

``app/core`` imports neither Qt nor SQLAlchemy; ``app/storage`` imports no Qt; ``app/ui``
imports no SQLAlchemy (it asks storage); ``app/adapters`` (the outside world: clock, URLs,
mail, keychain) imports no Qt, so the CLI and tests use them without a display. Every
import counts, including the ones inside functions and under ``TYPE_CHECKING``: a lazy
import is still a dependency, only a later one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6")
DATABASE_LIBRARIES = ("sqlalchemy", "alembic")


def _import_nodes(path: Path) -> Iterator[ast.Import | ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node


def imported_modules(path: Path) -> set[str]:
    """Every absolute module a Python file imports, at any depth (lazy imports count too)."""
    found: set[str] = set()
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif node.module and node.level == 0:
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
        ("app/core", (*QT, *DATABASE_LIBRARIES)),
        ("app/storage", QT),
        ("app/ui", DATABASE_LIBRARIES),
        ("app/adapters", QT),
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
        if m.startswith(("app.storage", "app.ui", "app.cli", "app.commands", "app.adapters"))
    ]
    assert bad == []


def test_adapters_load_without_qt() -> None:
    """Importing every adapter leaves Qt unloaded (the CLI and workers run without it)."""
    names = sorted(p.stem for p in (ROOT / "app/adapters").glob("*.py") if p.stem != "__init__")
    assert {"clock", "urls", "mail", "keychain"} <= set(names)
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module('app.adapters.' + name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself must be able to fail."""
    sample = tmp_path / "bad.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


# --- import cycles ----------------------------------------------------------------------


def module_name(root: Path, path: Path) -> str:
    """``app/storage/backup.py`` -> ``app.storage.backup``; a package's ``__init__`` -> its name."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path, package: str = "app") -> dict[str, set[str]]:
    """Which modules of ``package`` each of its modules imports (relative imports resolved).

    ``from app.storage import backup`` names the module ``app.storage.backup`` when there
    is one, else the package ``app.storage``; a module importing its own package's
    ``__init__`` implicitly (every submodule does) is not an edge, naming it explicitly is.
    """
    files = {module_name(root, p): p for p in sorted((root / package).rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _import_nodes(path):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = node.module or ""
            if node.level:
                anchor = here.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                targets.add(submodule if submodule in files else base)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as ``[a, b, ..., a]``, or ``None`` when the graph has none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_app_has_no_import_cycles() -> None:
    cycle = find_cycle(import_graph(ROOT))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_cycle_finder_finds_a_cycle_through_lazy_and_relative_imports(tmp_path: Path) -> None:
    pkg = tmp_path / "app" / "storage"
    pkg.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "database.py").write_text("def f():\n    from . import backup\n", encoding="utf-8")
    (pkg / "backup.py").write_text("from .migrate import x\n", encoding="utf-8")
    (pkg / "migrate.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from app.storage.database import Database\n",
        encoding="utf-8",
    )
    graph = import_graph(tmp_path)
    assert graph["app.storage.database"] == {"app.storage.backup"}
    assert find_cycle(graph) == [
        "app.storage.backup",
        "app.storage.migrate",
        "app.storage.database",
        "app.storage.backup",
    ]
    (pkg / "migrate.py").write_text("x = 1\n", encoding="utf-8")
    assert find_cycle(import_graph(tmp_path)) is None
