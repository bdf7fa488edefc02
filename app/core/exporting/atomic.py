"""Write an export to a temporary file and move it into place only when it is complete.

A failed or cancelled export must leave no half-written file behind, and must not
destroy an older export of the same name: the writer fills a locked temporary file and
the file takes the target's name only after everything was written and flushed to disk.
The temporary lives in the app's scratch folder when that is on the target's file system
(the final ``os.replace`` stays atomic), else beside the target; a killed export's
leftover is swept by the next export (see :mod:`app.core.scratch`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.scratch import sweep, temp_name, temp_output


def temp_path_for(target: Path) -> Path:
    """Return an unused hidden path next to ``target`` for a file being written."""
    return target.with_name(temp_name(target.name))


@contextmanager
def atomic_output(target: Path, scratch: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    The temporary file is removed when the body raises (an error or
    :class:`~app.core.ops.OperationCancelled`), so nothing half-written stays.

    Args:
        target: the file the export should end up in; its folder must exist.
        scratch: the app's scratch folder (None: beside the target).

    Raises:
        FileNotFoundError: the target's folder does not exist.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "The folder does not exist", str(target.parent))
    sweep(target.parent, scratch)  # what killed exports left
    with temp_output(target, scratch) as temp:
        yield temp
