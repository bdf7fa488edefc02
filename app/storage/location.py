"""Where a database file lives: a local disk, a network share or a sync folder.

SQLite's documentation says WAL does not work over network file systems and that file
locking there is unreliable, so the app never turns on WAL for such a file and tells the
user plainly where the file sits.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# Linux's table of mounted file systems (tests point this at a file of their own).
MOUNTS_FILE = Path("/proc/mounts")

# File systems whose locking SQLite cannot rely on.
_NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "afs",
        "webdav",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "ncpfs",
        "glusterfs",
        "ceph",
        "fuse.rclone",
        "fuse.s3fs",
        "lustre",
        "gpfs",
        "virtiofs",
        "vboxsf",
        "prl_fs",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
    }
)

# Folder names of file-sync clients; they copy files behind SQLite's back.
_SYNC_FOLDER_MARKERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "mobile documents",
    "box sync",
    "box",
    "pcloud drive",
    "mega",
    "nextcloud",
    "owncloud",
    "yandex.disk",
    "яндекс.диск",
    "sync.com",
    "syncthing",
    "tresorit",
    "cloudstorage",
)


class LocationKind(StrEnum):
    """Kinds of place a database file can be in."""

    LOCAL = "local"
    NETWORK = "network"
    SYNC = "sync"


@dataclass(frozen=True)
class Location:
    """Where a file sits and why we think so.

    Attributes:
        kind: local disk, network share or sync folder.
        detail: what gave it away (a file system type, a folder name), for messages.
    """

    kind: LocationKind
    detail: str = ""

    @property
    def is_shared(self) -> bool:
        """True when several machines may reach the file, so WAL must stay off."""
        return self.kind is not LocationKind.LOCAL

    @property
    def warning(self) -> str | None:
        """What to tell the user about a shared location, ``None`` for a local disk."""
        if self.kind is LocationKind.NETWORK:
            return (
                f"This database is on a network share ({self.detail}). Prospect Desk works "
                "there in a slower, safer mode, fine for a handful of people; a bigger team "
                "should move to a PostgreSQL server."
            )
        if self.kind is LocationKind.SYNC:
            return (
                f"This database is in a sync folder ({self.detail}). Sync programs copy the "
                "file behind Prospect Desk's back and can lose changes when two computers "
                "use it at once; keep it on a local disk or a network share, or use a "
                "PostgreSQL server for a team."
            )
        return None


def _linux_fs_type(path: Path, mounts_file: Path) -> str | None:
    """Return the file system type of the mount holding ``path`` (longest prefix wins)."""
    try:
        text = mounts_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        # /proc/mounts escapes spaces in mount points as \040.
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2].lower())
    return best[1] if best else None


def _windows_is_remote(path: Path) -> bool:
    """True for UNC paths and mapped network drives on Windows."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return False
    drive_remote = 4  # DRIVE_REMOTE from GetDriveTypeW
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    return bool(windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)


def _macos_fs_type(path: Path) -> str | None:
    """Return the type of the mount holding ``path`` from ``mount``'s output on macOS.

    Lines look like ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid)``.
    """
    import subprocess

    try:
        out = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=2, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    best: tuple[int, str] | None = None
    target = str(path)
    for line in out.splitlines():
        head, sep, tail = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        mount_point = head.split(" on ", 1)[1]
        fs_type = tail.split(",", 1)[0].strip(" )").lower()
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def _sync_marker(path: Path) -> str | None:
    for part in path.parts[:-1]:
        folded = part.casefold()
        for marker in _SYNC_FOLDER_MARKERS:
            if (
                folded == marker
                or folded.startswith(marker + " ")
                or folded.startswith(marker + "-")
            ):
                return part
    return None


def describe_location(path: str | os.PathLike[str], *, mounts_file: Path | None = None) -> Location:
    """Tell whether ``path`` is on a local disk, a network share or in a sync folder.

    Args:
        path: the database file (it need not exist yet; its folder is examined).
        mounts_file: a file in ``/proc/mounts`` format to read instead of ``MOUNTS_FILE``.

    Returns:
        The location, with a detail naming the file system or folder that decided it.
    """
    resolved = Path(path).expanduser().absolute()
    marker = _sync_marker(resolved)
    if sys.platform == "win32":
        if _windows_is_remote(resolved):
            return Location(LocationKind.NETWORK, "network drive")
    elif sys.platform.startswith("linux") or mounts_file is not None:
        fs_type = _linux_fs_type(resolved.parent, mounts_file or MOUNTS_FILE)
        if fs_type and (fs_type in _NETWORK_FS_TYPES or fs_type.startswith("fuse.sshfs")):
            return Location(LocationKind.NETWORK, fs_type)
    elif sys.platform == "darwin":
        fs_type = _macos_fs_type(resolved.parent)
        if fs_type and fs_type in _NETWORK_FS_TYPES:
            return Location(LocationKind.NETWORK, fs_type)
    if marker:
        return Location(LocationKind.SYNC, marker)
    return Location(LocationKind.LOCAL)
