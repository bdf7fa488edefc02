"""The app's own icons, drawn from SVG so they are sharp at any screen scale.

Each icon in ``resources/icons/pages/`` is a line drawing in ``currentColor``; it is
painted in the palette's text colour (and the highlighted text colour when selected), at
1×, 2× and 3× the size asked for, so a 200 % or 300 % screen gets pixels of its own
rather than an enlarged 1× picture.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.resources import resource_path

#: The device pixel ratios each icon is drawn for.
SCALES = (1.0, 2.0, 3.0)


@cache
def _svg_text(name: str) -> str:
    return resource_path(f"icons/pages/{name}.svg").read_text(encoding="utf-8")


def has_icon(name: str) -> bool:
    """True when ``resources/icons/pages/<name>.svg`` exists."""
    return resource_path(f"icons/pages/{name}.svg").is_file()


def _pixmap(name: str, colour: QColor, size: int, scale: float) -> QPixmap:
    svg = _svg_text(name).replace("currentColor", colour.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    side = round(size * scale)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, side, side))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def line_icon(name: str, palette: QPalette, size: int = 20) -> QIcon:
    """The icon ``name`` in ``palette``'s colours, for every scale in :data:`SCALES`."""
    icon = QIcon()
    normal = palette.color(QPalette.ColorRole.WindowText)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for scale in SCALES:
        icon.addPixmap(_pixmap(name, normal, size, scale), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(name, selected, size, scale), QIcon.Mode.Selected)
        icon.addPixmap(_pixmap(name, disabled, size, scale), QIcon.Mode.Disabled)
    return icon


__all__ = ["SCALES", "has_icon", "line_icon"]
