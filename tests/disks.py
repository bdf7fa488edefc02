"""Folders a report cannot be written to: read-only, and on a full disk.

As root (CI containers) permissions stop nothing, so a small tmpfs is mounted instead:
remounted read-only, or filled to the last byte. Without root a read-only folder is a
``chmod 555`` one; a full disk needs root to mount (those tests say so).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(folder: Path, options: str) -> None:
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        check=True, capture_output=True,
    )  # fmt: skip


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False, capture_output=True)


@contextlib.contextmanager
def read_only_folder(folder: Path, files: dict[str, bytes]) -> Iterator[Path]:
    """A folder holding ``files`` in which nothing can be created."""
    folder.mkdir(parents=True, exist_ok=True)
    if IS_ROOT:
        _mount(folder, "size=8m")
        try:
            for name, data in files.items():
                (folder / name).write_bytes(data)
            subprocess.run(
                ["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True
            )
            yield folder
        finally:
            _umount(folder)
    else:
        for name, data in files.items():
            (folder / name).write_bytes(data)
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


@contextlib.contextmanager
def full_disk_folder(folder: Path, files: dict[str, bytes]) -> Iterator[Path]:
    """A folder holding ``files`` on a disk with no byte left (root only)."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount(folder, "size=4m")
    try:
        for name, data in files.items():
            (folder / name).write_bytes(data)
        with (folder / ".filler").open("wb", buffering=0) as filler:
            block = b"\0" * 4096
            try:
                while filler.write(block):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
        yield folder
    finally:
        _umount(folder)
