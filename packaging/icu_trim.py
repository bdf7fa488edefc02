"""Shrink Qt's ICU data library (Linux: 32 MB) to the data Qt actually asks ICU for.

PySide6's Linux wheels ship ICU 73, and ``libicudata.so.73`` is one 32 MB symbol
(``icudt73_dat``) holding every locale's currency, language, region and unit names,
transliterators, break-iterator dictionaries and legacy code-page tables. Qt calls ICU for
four things only (the ICU symbols libQt6Core imports): locale-aware case mapping (code,
no data), collation (``ucol_*``: QCollator, QFileSystemModel's sorting), time zones
(``ucal_*``: canonical IDs and display names) and code-page conversion (``ucnv_*``:
QStringConverter for encodings beyond UTF/Latin-1; the app decodes text in Python).

So the trimmed library keeps the shared and root data, the collation and time-zone names
of the languages the app ships (plus root), and the converter alias table; it drops the
rest. The data is extracted from the wheel's library, filtered with ICU's ``icupkg``,
and linked into a new ``libicudata.so.73`` exporting the same symbol (``gcc``, with the
package bytes included by the assembler). Needs ``icupkg`` (Debian: icu-devtools) and
``gcc``; without them the build keeps the original library and says so.

    python packaging/icu_trim.py SOURCE_LIB OUTPUT_LIB   # by hand; the spec calls trim()
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: Languages whose collation and time-zone names stay (the app's translations, with English).
KEPT_LANGUAGES = ("en", "ru", "lt", "zh")
#: Whole trees Qt never reads through the ICU calls it makes.
DROPPED_TREES = ("curr", "lang", "region", "unit", "rbnf", "brkitr", "translit")
#: Trees kept for the kept languages only.
PER_LANGUAGE_TREES = ("coll", "zone", "")
#: Files a tree needs whatever the languages (the index, the shared key pool, the root).
TREE_FILES_ALWAYS_KEPT = ("res_index.res", "pool.res", "root.res")
#: Top-level data nobody calls for: character names, spoof checks, legacy code pages.
DROPPED_FILE = re.compile(r"^(unames\.icu|confusables\.cfu|.*\.cnv)$")
#: Code pages kept all the same (in case Qt is asked to decode them, e.g. clipboard text):
#: Windows 1250-1258, the Cyrillic, Baltic and Chinese legacy sets of the app's languages.
KEPT_CODE_PAGES = re.compile(
    r"^(gb18030|windows-(936|950)-2000|ibm-(125\d|53(4[6-9]|5[0-4])|944[7-9]|866|878|1168|915"
    r"|921|775|912|913|914|1383|1386|1373|943|950)_.*)\.cnv$"
)
_LOCALE_FILE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")


def extract_data(library: Path) -> tuple[str, bytes]:
    """The ICU common-data symbol's name and bytes from an ELF64 ``libicudata``."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{library} is not a little-endian ELF64 file")
    section_offset = struct.unpack_from("<Q", data, 0x28)[0]
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size)
        for i in range(count)
    ]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, sym_size in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings_offset = sections[link][4]
        for index in range(size // sym_size):
            name_at, _info2, _other, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", data, offset + index * sym_size
            )
            start = strings_offset + name_at
            symbol = data[start : data.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", symbol):
                holder = sections[shndx]
                begin = holder[4] + (value - holder[3])
                return symbol, data[begin : begin + length]
    raise ValueError(f"no icudtNN_dat symbol in {library}")


def dropped_items(items: list[str]) -> list[str]:
    """The package items (``tree/name.res`` or ``name.ext``) the trimmed data leaves out."""
    dropped = []
    for item in items:
        tree, _, name = item.rpartition("/")
        if tree in DROPPED_TREES or (
            not tree and DROPPED_FILE.match(name) and not KEPT_CODE_PAGES.match(name)
        ):
            dropped.append(item)
            continue
        if tree in PER_LANGUAGE_TREES and name not in TREE_FILES_ALWAYS_KEPT:
            locale = _LOCALE_FILE.match(name)
            if locale and locale.group(1) not in KEPT_LANGUAGES:
                dropped.append(item)
    return dropped


def trim(source: Path, output: Path) -> tuple[int, int]:
    """Write the trimmed library to ``output``; return (bytes before, bytes after).

    Raises:
        FileNotFoundError: If ``icupkg`` or ``gcc`` is missing.
        subprocess.CalledProcessError: If either fails.
    """
    icupkg, gcc = shutil.which("icupkg"), shutil.which("gcc")
    if not icupkg or not gcc:
        raise FileNotFoundError("icupkg (icu-devtools) and gcc are needed to trim ICU data")
    symbol, blob = extract_data(source)
    with tempfile.TemporaryDirectory(prefix="pd-icu-") as tmp:
        work = Path(tmp)
        package = work / f"{symbol.removesuffix('_dat')}l.dat"
        package.write_bytes(blob)
        listed = subprocess.run(
            [icupkg, "-l", str(package)], capture_output=True, text=True, check=True
        ).stdout.split()
        removals = work / "remove.txt"
        removals.write_text("\n".join(dropped_items(listed)) + "\n", encoding="utf-8")
        # icupkg names the items after the output file: it must keep the package's name.
        (work / "out").mkdir()
        trimmed = work / "out" / package.name
        subprocess.run(
            [icupkg, "-r", str(removals), str(package), str(trimmed)],
            check=True, capture_output=True,
        )  # fmt: skip
        assembly = work / "icudata.s"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign 16\n{symbol}:\n\t.incbin "{trimmed}"\n'
            f"\t.size {symbol}, .-{symbol}\n\t.section .note.GNU-stack,\"\",@progbits\n",
            encoding="utf-8",
        )  # fmt: skip
        output.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [gcc, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}", "-o", str(output),
             str(assembly)],
            check=True,
        )  # fmt: skip
    return source.stat().st_size, output.stat().st_size


if __name__ == "__main__":
    before, after = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
