"""Where the bundled resources (data files, icons, translations) live on disk."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "resources_dir"]


def resources_dir() -> Path:
    """Return the ``resources/`` folder of this installation.

    From a checkout (or an editable install) it is the ``resources/`` folder next to the
    ``app`` package. A frozen build (PyInstaller sets ``sys._MEIPASS``) unpacks it beside
    the executable's bundle, so the same relative names keep working there.

    Returns:
        The absolute path of the resources folder (it may not exist in a broken install).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if isinstance(frozen_root, str):
        return Path(frozen_root) / "resources"
    # app/core/resources.py -> parents[2] is the repository (or install) root.
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(relative: str) -> Path:
    """Return the absolute path of a bundled resource.

    Args:
        relative: A path inside ``resources/`` with forward slashes, e.g.
            ``"data/public_suffix_list.dat"``.

    Returns:
        The absolute path; existence is not checked, so callers decide how to fail.

    Raises:
        ValueError: If ``relative`` is absolute or climbs out of the resources folder.
    """
    candidate = Path(relative)
    if candidate.is_absolute() or ".." in candidate.parts:
        raise ValueError(f"resource path must stay inside resources/: {relative!r}")
    return resources_dir() / candidate
