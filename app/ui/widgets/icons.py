"""The app's own icons, drawn from SVG so they are sharp at any screen scale.

Each icon in ``resources/icons/pages/`` is a line drawing in ``currentColor``. The icon
engine paints it when Qt asks, at the size and device pixel ratio asked for (a 200 % or
300 % screen gets pixels of its own, never an enlarged 1× picture), in the application
palette's colours at that moment: the window text colour, the highlighted text colour
when selected, the disabled colour when disabled. So the icons follow a switch between
light and dark without being made again, and start-up draws only what it shows.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.resources import resource_path


@cache
def _svg_text(name: str) -> str:
    return resource_path(f"icons/pages/{name}.svg").read_text(encoding="utf-8")


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    svg = _svg_text(name).replace("currentColor", colour)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def has_icon(name: str) -> bool:
    """True when ``resources/icons/pages/<name>.svg`` exists."""
    return resource_path(f"icons/pages/{name}.svg").is_file()


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return palette.color(QPalette.ColorRole.WindowText)


class LineIconEngine(QIconEngine):
    """Paints one of the SVG line icons on demand (see the module docstring)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._cache: dict[tuple[int, int, float, str], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.name)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = _colour(mode).name()
        key = (size.width(), size.height(), scale, colour)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        width, height = round(size.width() * scale), round(size.height() * scale)
        pixmap = QPixmap(max(width, 1), max(height, 1))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _renderer(self.name, colour).render(painter, QRectF(0, 0, width, height))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if len(self._cache) > 32:  # sizes, scales and colours seen: a handful in practice
            self._cache.clear()
        self._cache[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


def line_icon(name: str) -> QIcon:
    """The line icon ``name`` (``resources/icons/pages/<name>.svg``), drawn on demand."""
    return QIcon(LineIconEngine(name))


__all__ = ["LineIconEngine", "has_icon", "line_icon"]
