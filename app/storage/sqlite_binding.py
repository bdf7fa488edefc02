"""Cheaper parameter binding for ``None`` and ``bool`` in Python's sqlite3 module.

Python 3.11's sqlite3 binds an exact ``int``, ``float``, ``str`` or ``bytearray``
directly. Every other value, ``None`` and ``bool`` included, first goes through the
adapter protocol: a lookup of ``(type, PrepareProtocol)`` in the adapter registry and,
when nothing is registered, attribute lookups for ``__adapt__`` and ``__conform__``.
That costs ~0.25 µs per value. A contact row binds a dozen ``None`` values (no
suggestion, no extension, no LinkedIn profile…), so a million-row import spent about
2 s of its importing thread finding out that ``None`` means NULL.

Registering an adapter makes the registry lookup succeed at once. The adapters are C
callables returning exactly what sqlite3 would have bound without them: ``None`` (NULL)
for ``None``, and ``int`` for ``bool`` (sqlite3 binds a bool as the integer 0 or 1).
Stored values do not change; ``tests/storage/test_sqlite_binding.py`` checks both.

The registry is the sqlite3 module's, shared by every connection in the process, which is
why this changes nothing but speed: no other adapter for these types exists in the app or
in SQLAlchemy's pysqlite dialect.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, Final

#: ``{}.get(value)`` is ``None`` for any value: a C-level "always NULL" adapter.
_EMPTY: Final[dict[Any, None]] = {}
_ALWAYS_NONE: Final[Callable[[Any], None]] = _EMPTY.get


def install_fast_adapters() -> None:
    """Register the ``None`` and ``bool`` adapters (idempotent)."""
    sqlite3.register_adapter(type(None), _ALWAYS_NONE)
    sqlite3.register_adapter(bool, int)
