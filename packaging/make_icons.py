"""Render the application icon from its SVG into the PNG, ICO and ICNS files installers need.

    .venv/bin/python packaging/make_icons.py          # rewrite the generated files
    .venv/bin/python packaging/make_icons.py --check  # exit 1 if they are out of date

Source: ``resources/icons/prospect-desk.svg``. Output (committed, so a build needs no
renderer): ``resources/icons/prospect-desk.png`` (256 px; the window icon at run time and
the Linux desktop icon), ``packaging/icons/prospect-desk.ico`` (Windows: 16-256 px) and
``packaging/icons/prospect-desk.icns`` (macOS: 16-1024 px).

Qt's SVG renderer draws every size; the ICO and ICNS containers are written here rather
than through QImageWriter because Qt's ICO writer stores a single size and its ICNS
writer is a plugin that only some Qt builds carry. Both containers hold PNG images, which
Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "prospect-desk.svg"
PNG = ROOT / "resources" / "icons" / "prospect-desk.png"
ICO = ROOT / "packaging" / "icons" / "prospect-desk.ico"
ICNS = ROOT / "packaging" / "icons" / "prospect-desk.icns"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG, by pixel size (the @2x types reuse a larger PNG).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    # 72 dpi whatever the screen says, so the rendering is the same on every machine.
    image.setDotsPerMeterX(2835)
    image.setDotsPerMeterY(2835)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (ICONDIR, ICONDIRENTRYs, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, images = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the 'icns' header, then one (type, length, PNG) element per type."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def embedded_pngs(path: Path, content: bytes) -> list[tuple[bytes, bytes]]:
    """The (tag, PNG) pairs inside a generated file: the PNG itself, each ICO directory entry
    (its size and offset fields zeroed: they follow the PNG bytes) with its image, or each
    ICNS element's type with its image. Raises ValueError on a damaged container."""
    if path.suffix == ".png":
        return [(b"png", content)]
    images = []
    try:
        if path.suffix == ".ico":
            count = struct.unpack("<H", content[4:6])[0]
            for index in range(count):
                entry = content[6 + 16 * index : 6 + 16 * index + 16]
                size, offset = struct.unpack("<II", entry[8:16])
                if offset + size > len(content):
                    raise ValueError("an ICO image runs past the end of the file")
                images.append((entry[:8] + bytes(8), content[offset : offset + size]))
            return images
        position = 8  # .icns: skip the file header
        while position < len(content):
            kind = content[position : position + 4]
            length = struct.unpack(">I", content[position + 4 : position + 8])[0]
            if length < 8 or position + length > len(content):
                raise ValueError("an ICNS element has an impossible length")
            images.append((kind, content[position + 8 : position + length]))
            position += length
    except struct.error as error:
        raise ValueError("the container is cut short") from error
    return images


# Qt releases differ in the last bit of an anti-aliased edge (and zlib in how it packs the
# bytes), so "current" means every pixel within this many levels of a fresh rendering.
PIXEL_TOLERANCE = 2


def same_pictures(path: Path, committed: bytes, rendered: bytes) -> bool:
    """Whether ``committed`` shows what ``rendered`` shows, image by image."""
    from PySide6.QtGui import QImage

    try:
        old = embedded_pngs(path, committed)
    except ValueError:
        return False  # damaged: not current
    new = embedded_pngs(path, rendered)
    if [tag for tag, _png in old] != [tag for tag, _png in new]:
        return False  # other sizes, types or order
    for (_tag, old_png), (_tag2, new_png) in zip(old, new, strict=True):
        images = [
            QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
            for png in (old_png, new_png)
        ]
        if images[0].isNull() or images[0].size() != images[1].size():
            return False
        old_bits, new_bits = (bytes(image.constBits()) for image in images)
        if old_bits != new_bits and any(
            abs(a - b) > PIXEL_TOLERANCE for a, b in zip(old_bits, new_bits, strict=True)
        ):
            return False
    return True


def generated() -> dict[Path, bytes]:
    """Every generated file's path and content."""
    sizes = sorted({*ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    return {PNG: pngs[256], ICO: ico_bytes(pngs), ICNS: icns_bytes(pngs)}


def main() -> int:
    """Write the icons, or with --check say whether the committed ones are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for path, content in generated().items():
        if args.check:
            if not path.exists() or not same_pictures(path, path.read_bytes(), content):
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        print(f"wrote {path.relative_to(ROOT)} ({len(content):,} bytes)")
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
