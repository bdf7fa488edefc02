"""Write an export next to its target and move it into place only when it is complete.

A failed or cancelled export must leave no half-written file behind, and must not
destroy an older export of the same name: the writer fills a hidden temporary file in
the target's folder (same file system, so the final ``os.replace`` is atomic) and the
file takes the target's name only after everything was written and flushed to disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def temp_path_for(target: Path) -> Path:
    """Return an unused hidden path next to ``target`` for the file being written."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def fsync_file(path: Path) -> None:
    """Flush a closed file's contents to disk, so the rename never exposes an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    The temporary file is removed when the body raises (an error or
    :class:`~app.core.ops.OperationCancelled`), so nothing half-written stays.

    Args:
        target: the file the export should end up in; its folder must exist.

    Raises:
        FileNotFoundError: the target's folder does not exist.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(target.parent))
    temp = temp_path_for(target)
    try:
        yield temp
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
