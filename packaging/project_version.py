"""The version the installers carry, read as ``pyproject.toml`` says, without importing the app.

``pyproject.toml`` declares the version dynamic (``[tool.setuptools.dynamic] version =
{attr = "app.__version__"}``); this module follows that pointer and reads the assignment
from the source with ``ast``, so the PyInstaller spec, ``build.py`` and the tests agree with
the wheel's metadata even on a machine where the app's dependencies are not installed.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def project_version(root: Path = ROOT) -> str:
    """The project's version string, e.g. ``"0.1.0"``.

    Raises:
        ValueError: If pyproject names neither a static version nor a readable attribute.
    """
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    static = project.get("project", {}).get("version")
    if isinstance(static, str):
        return static
    dynamic = project.get("tool", {}).get("setuptools", {}).get("dynamic", {}).get("version", {})
    attr = dynamic.get("attr") if isinstance(dynamic, dict) else None
    if not isinstance(attr, str) or "." not in attr:
        raise ValueError("pyproject.toml declares no version this script can read")
    module_name, _, variable = attr.rpartition(".")
    module_path = root.joinpath(*module_name.split("."))
    source = module_path / "__init__.py" if module_path.is_dir() else module_path.with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == variable for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError(f"{source} assigns no string to {variable}")


def numeric_version(version: str) -> str:
    """The dotted numbers Windows and macOS version fields accept (``1.2.0rc1`` → ``1.2.0``)."""
    numbers: list[str] = []
    for part in version.split("."):
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        if not digits:
            break
        numbers.append(digits)
        if len(digits) != len(part):
            break
    return ".".join(numbers) or "0"


if __name__ == "__main__":
    print(project_version())
