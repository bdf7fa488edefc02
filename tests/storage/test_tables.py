"""One definition per table: ``app.storage.tables`` names them, the ORM maps those objects."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table

from app.storage import schema, tables

ROOT = Path(__file__).resolve().parents[2]
STORAGE = ROOT / "app" / "storage"
VERSIONS = STORAGE / "migrations" / "versions"


def test_the_orm_uses_the_one_metadata() -> None:
    assert schema.Base.metadata is tables.metadata


def test_every_table_is_the_one_its_orm_class_maps() -> None:
    mapped: dict[str, list[Any]] = {}
    for mapper in schema.Base.registry.mappers:
        assert isinstance(mapper.local_table, Table)
        mapped.setdefault(mapper.local_table.name, []).append(mapper.class_)
        assert mapper.class_.__table__ is tables.metadata.tables[mapper.local_table.name]
    assert sorted(mapped) == sorted(tables.metadata.tables)
    for name, table in tables.metadata.tables.items():
        (cls,) = mapped[name]
        assert cls.__table__ is table
        assert getattr(tables, name) is table
    assert schema.Contact.__table__ is tables.contacts


def test_the_annotations_agree_with_the_tables() -> None:
    """A class's ``Mapped[... | None]`` says the column takes NULL, and every column is typed."""
    disagree = []
    for mapper in schema.Base.registry.mappers:
        hints = typing.get_type_hints(mapper.class_, vars(schema))
        for column in mapper.local_table.columns:
            assert column.key in hints, f"{mapper.class_.__name__}.{column.key} has no annotation"
            (inner,) = typing.get_args(hints[column.key])
            if inner is Any:
                continue
            optional = type(None) in typing.get_args(inner)
            if optional != (column.nullable and not column.primary_key):
                disagree.append(f"{mapper.class_.__name__}.{column.key}")
    assert disagree == []


def test_versioned_classes_lock_on_their_tables_version_column() -> None:
    versioned = {
        m.class_.__name__
        for m in schema.Base.registry.mappers
        if m.version_id_col is not None and m.version_id_col is m.local_table.c.get("version")
    }
    assert versioned == {
        "Company", "Contact", "IcpProfile", "Template", "Enrollment", "Task", "Qualification",
    }  # fmt: skip


def _own_table_declarations(source: str) -> list[str]:
    """``sqlalchemy.table(...)`` calls and ``X.__table__`` reads in a module's source."""
    found = []
    tree = ast.parse(source)
    aliases: set[str] = set()  # names bound to sqlalchemy.table in this module
    modules: set[str] = set()  # names bound to the sqlalchemy package
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "sqlalchemy":
            aliases |= {a.asname or a.name for a in node.names if a.name == "table"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name == "sqlalchemy"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in aliases:
                found.append(f"line {node.lineno}: table()")
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "table"
                and isinstance(func.value, ast.Name)
                and func.value.id in modules
            ):
                found.append(f"line {node.lineno}: sqlalchemy.table()")
        elif isinstance(node, ast.Attribute) and node.attr == "__table__":
            found.append(f"line {node.lineno}: __table__")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import column, table\nt = table('contacts', column('id'))",
        "from sqlalchemy import table as t\nx = t('contacts')",
        "import sqlalchemy as sa\nx = sa.table('contacts')",
        "from typing import cast\nx = cast(object, Contact.__table__)",
    ],
)
def test_the_scan_finds_a_table_declared_again(source: str) -> None:
    assert _own_table_declarations(source)


def test_no_storage_module_declares_a_table_of_its_own() -> None:
    """Only the ORM module maps tables; migration scripts stay frozen as written."""
    offenders = {}
    for path in sorted(STORAGE.rglob("*.py")):
        if path.is_relative_to(VERSIONS) or path == STORAGE / "schema.py":
            continue
        found = _own_table_declarations(path.read_text(encoding="utf-8"))
        if found:
            offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}


def _loaded_after(code: str, modules: tuple[str, ...]) -> dict[str, bool]:
    probe = (
        f"{code}\nimport sys, json\nprint(json.dumps({{m: m in sys.modules for m in {modules!r}}}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, bool] = json.loads(out.strip().splitlines()[-1])
    return result


_ORM = ("sqlalchemy.orm", "app.storage.schema")


def test_the_tables_load_without_the_orm() -> None:
    assert _loaded_after("import app.storage.tables", _ORM) == dict.fromkeys(_ORM, False)


def test_the_start_up_storage_modules_load_without_the_orm() -> None:
    code = (
        "import app.storage.database, app.storage.history, app.storage.contacts.browse\n"
        "import app.storage.contacts.counts, app.storage.contacts.choices\n"
        "import app.storage.contacts.detail, app.storage.lists, app.storage.segments"
    )
    assert _loaded_after(code, _ORM) == dict.fromkeys(_ORM, False)


def test_the_probe_sees_the_orm_being_loaded() -> None:
    """The two checks above must be able to fail."""
    assert _loaded_after("import app.storage.schema", _ORM) == dict.fromkeys(_ORM, True)
