"""Drop system libraries that no shipped binary needs any more (Linux builds).

PyInstaller works out a binary's dependencies during its analysis, before the spec drops
Qt plugins: the GTK theme plugin and the CUPS print plugin leave behind GTK's, Cairo's,
Pango's and GnuTLS's libraries (18 MB here) that nothing in the finished bundle loads.
This walks the ``DT_NEEDED`` entries of what remains, from the extension modules and Qt
libraries down, and keeps only the top-level system libraries it reaches.
"""

from __future__ import annotations

import struct
from pathlib import Path

#: Loaded with dlopen(), not through DT_NEEDED, so the walk cannot see them: the
#: bootloader opens libpython.
LOADED_AT_RUN_TIME = ("libpython",)
#: Taken from the system rather than shipped: every Linux desktop has the D-Bus client
#: library (the .deb depends on libdbus-1-3), and a bundled copy would bring its own
#: libsystemd, libgcrypt, liblz4 ... (3.8 MB) that must then agree with the system's bus.
SYSTEM_PROVIDED = ("libdbus-1.so",)

_SHT_DYNAMIC = 6
_DT_NEEDED = 1


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED names of an ELF64 little-endian file ([] for anything else)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    section_offset = struct.unpack_from("<Q", data, 0x28)[0]
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size)
        for i in range(count)
    ]
    names: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != _SHT_DYNAMIC:
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag == _DT_NEEDED:
                start = strings + value
                names.append(data[start : data.index(b"\0", start)].decode())
    return names


def _is_top_level_library(destination: str) -> bool:
    name = destination.replace("\\", "/")
    return "/" not in name and name.startswith("lib") and ".so" in name


def prune_unreachable(binaries: list[tuple[str, str, str]]) -> tuple[list, list[str]]:
    """(the entries to keep, the names dropped) from PyInstaller's ``a.binaries``."""
    binaries = [entry for entry in binaries if not entry[0].startswith(SYSTEM_PROVIDED)]
    top_level = {dest: src for dest, src, _kind in binaries if _is_top_level_library(dest)}
    roots = [src for dest, src, _kind in binaries if dest not in top_level]
    roots += [src for dest, src in top_level.items() if dest.startswith(LOADED_AT_RUN_TIME)]
    reached = {dest for dest in top_level if dest.startswith(LOADED_AT_RUN_TIME)}
    pending = list(roots)
    while pending:
        for name in needed_libraries(Path(pending.pop())):
            if name in top_level and name not in reached:
                reached.add(name)
                pending.append(top_level[name])
    dropped = sorted(set(top_level) - reached)
    kept = [entry for entry in binaries if entry[0] not in dropped]
    return kept, [*SYSTEM_PROVIDED, *dropped]
