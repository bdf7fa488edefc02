"""Light and dark: the setting, the system's scheme, tones and sharp icons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui import settings, theme
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.widgets.icons import line_icon


@pytest.fixture(autouse=True)
def back_to_light() -> Iterator[None]:
    """Every test ends in the light colours the rest of the suite expects."""
    yield
    settings.THEME.reset()
    theme.apply_theme("light")
    assert not theme.is_dark()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_dark_uses_fusion_and_a_dark_palette_then_light_comes_back(qapp: QApplication) -> None:
    assert theme.apply_theme("dark")
    assert qapp.style().name().lower() == "fusion"
    palette = QGuiApplication.palette()
    assert theme.is_dark(palette) and theme.is_dark()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    assert contrast(text, base) >= 7
    assert not theme.apply_theme("light")
    assert not theme.is_dark(QGuiApplication.palette())


def test_tones_stay_readable_on_either_background() -> None:
    light_bg = QColor("#ffffff")
    dark_bg = theme.dark_palette().color(QPalette.ColorRole.Base)
    for name in ("problem", "warning", "success", "late", "valid", "risky", "invalid"):
        light, dark = theme.tone_pair(name)
        assert contrast(QColor(light), light_bg) >= 3, name
        assert contrast(QColor(dark), dark_bg) >= 4.5, name


def test_toned_widgets_follow_the_theme(qtbot: QtBot) -> None:
    label = QLabel("Could not save")
    qtbot.addWidget(label)
    theme.set_tone(label, "color: {problem};")
    assert label.styleSheet() == f"color: {theme.tone_pair('problem')[0]};"
    theme.apply_theme("dark")
    assert label.styleSheet() == f"color: {theme.tone_pair('problem')[1]};"


def test_system_choice_follows_the_system_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    scheme = {"now": Qt.ColorScheme.Light}
    monkeypatch.setattr(theme, "system_is_dark", lambda: scheme["now"] == Qt.ColorScheme.Dark)
    watcher = theme.ThemeWatcher()
    changes: list[bool] = []
    watcher.theme_changed.connect(changes.append)
    settings.THEME.set("system")
    scheme["now"] = Qt.ColorScheme.Dark
    watcher._on_system_scheme(Qt.ColorScheme.Dark)  # what colorSchemeChanged delivers
    assert changes == [True] and theme.is_dark()
    settings.THEME.set("light")  # a chosen scheme is kept whatever the system does
    watcher._on_system_scheme(Qt.ColorScheme.Dark)
    assert changes == [True]


def test_preferences_preview_store_and_cancel(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_theme() == "system"
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    assert theme.is_dark()  # previewed at once
    dialog.reject()
    assert settings.THEME.get() == "system" and not theme.is_dark()
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.accept()
    assert settings.THEME.get() == "dark" and theme.is_dark()


def test_icons_have_pixels_for_high_dpi_screens_and_follow_the_theme() -> None:
    icon = line_icon("lists")
    for scale in (1.0, 2.0, 3.0):
        pixmap = icon.pixmap(QSize(20, 20), scale)
        assert pixmap.deviceIndependentSize().width() == 20
        assert pixmap.width() == round(20 * scale)

    def darkest_alpha_pixel(pixmap_scale: float) -> QColor:
        image = icon.pixmap(QSize(20, 20), pixmap_scale).toImage()
        pixels = [
            image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
        ]
        return max(pixels, key=lambda c: c.alpha())

    assert darkest_alpha_pixel(2.0).lightness() < 128  # dark lines on light
    theme.apply_theme("dark")
    assert darkest_alpha_pixel(2.0).lightness() > 128  # light lines on dark
