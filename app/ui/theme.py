"""Light and dark: the app follows the system's colour scheme unless the user chose one.

Qt 6 tells the system's scheme (``QStyleHints.colorScheme``) and when it changes
(``colorSchemeChanged``). When dark applies (chosen, or the system is dark) the app uses
the Fusion style with a dark palette of its own, the same on every platform; in light it
goes back to the style and palette it started with.

Colours that say something (a problem in red, a warning in amber, a success in green,
muted text) come from :func:`tone`, which answers for the palette in use, so they stay
readable on dark backgrounds. Widgets whose style sheets carry such colours register
with :func:`set_tone` and are re-styled when the theme changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui import settings

#: The choices of the Preferences dialog, in order.
CHOICES = ("system", "light", "dark")

#: Semantic colour -> (on a light background, on a dark background).
_TONES: dict[str, tuple[str, str]] = {
    "problem": ("#b3261e", "#f28b82"),
    "problem_background": ("#fdecea", "#4a1f1c"),
    "warning": ("#8a5a00", "#fdd663"),
    "warning_background": ("#ffe0b2", "#4a3800"),
    "success": ("#1b6e2d", "#81c995"),
    "muted": ("#5f6368", "#9aa0a6"),
    "info": ("#3949ab", "#aab4ff"),
    "banner": ("#c62828", "#b3261e"),  # a white-on-red banner
    "late": ("#c62828", "#ff8a80"),
    "valid": ("#2e7d32", "#81c995"),
    "risky": ("#b26a00", "#ffb74d"),
    "invalid": ("#c62828", "#ff8a80"),
    "unknown": ("#5c6bc0", "#9fa8da"),
    "unchecked": ("#8a8a8a", "#9e9e9e"),
    "info_background": ("#e8f0fe", "#1e2a3d"),
    "info_border": ("#aac4f0", "#3d5a80"),
    "note_background": ("#fff4e5", "#3d3322"),
    "note_border": ("#f0c36d", "#8a6d00"),
    "chart_label": ("#303030", "#e0e0e0"),
}

#: The widget property naming a registered style sheet template (see :func:`set_tone`).
_TEMPLATE_PROPERTY = "toneStyleSheet"

_base_style: str | None = None
#: Whether dark colours are applied now (None: the app still has its starting colours).
_applied_dark: bool | None = None


def is_dark(palette: QPalette | None = None) -> bool:
    """True when ``palette`` has a dark window colour; without one, whether the app's
    colours are dark now (a flag: item models ask for every painted cell)."""
    if palette is None:
        return bool(_applied_dark)
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_pair(name: str) -> tuple[str, str]:
    """The colours of ``name`` on light and on dark backgrounds (for prebuilt brushes)."""
    return _TONES[name]


def tone(name: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``name`` (a key of the tone table) on the palette in use."""
    light, dark = _TONES[name]
    return QColor(dark if is_dark(palette) else light)


def system_is_dark() -> bool:
    """True when the operating system asks for dark colours."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wants_dark(choice: str) -> bool:
    """Whether ``choice`` (system, light or dark) means dark colours now."""
    return choice == "dark" or (choice not in {"light", "dark"} and system_is_dark())


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, readable at a glance (text ≥ 7:1 contrast)."""
    palette = QPalette()
    role = QPalette.ColorRole
    window, base, alternate = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#292929")
    text, dim = QColor("#e8e8e8"), QColor("#8c8c8c")
    highlight = QColor("#3d6fb4")
    colours = {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: alternate,
        role.ToolTipBase: QColor("#3a3a3a"),
        role.ToolTipText: text,
        role.PlaceholderText: dim,
        role.Text: text,
        role.Button: QColor("#353535"),
        role.ButtonText: text,
        role.BrightText: QColor("#ff6b6b"),
        role.Light: QColor("#4a4a4a"),
        role.Midlight: QColor("#3c3c3c"),
        role.Mid: QColor("#303030"),
        role.Dark: QColor("#1a1a1a"),
        role.Shadow: QColor("#000000"),
        role.Highlight: highlight,
        role.HighlightedText: QColor("#ffffff"),
        role.Link: QColor("#8ab4f8"),
        role.LinkVisited: QColor("#c58af9"),
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#6e6e6e"))
    palette.setColor(disabled, role.Highlight, QColor("#4a4a4a"))
    palette.setColor(disabled, role.Base, window)
    return palette


def apply_theme(choice: str | None = None) -> bool:
    """Use the colours ``choice`` (the setting by default) asks for; True when dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    global _base_style, _applied_dark  # noqa: PLW0603 (the app's one look)
    if _base_style is None:
        _base_style = app.style().name()
    dark = wants_dark(choice if choice is not None else settings.THEME.get())
    if dark == bool(_applied_dark):
        # Nothing to change (a light start costs nothing: the first paint is not delayed).
        return dark
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        app.setStyle(_base_style)
        app.setPalette(app.style().standardPalette())
    _applied_dark = dark
    restyle_toned_widgets()
    return dark


def set_tone(widget: QWidget, template: str) -> None:
    """Give ``widget`` a style sheet with tone colours, kept right when the theme changes.

    ``template`` is a style sheet with tone names in braces, e.g.
    ``"color: {problem};"`` or ``"QLabel#banner {{ color: white; background: {banner}; }}"``.
    """
    widget.setProperty(_TEMPLATE_PROPERTY, template)
    widget.setStyleSheet(_fill(template))


def _fill(template: str) -> str:
    return template.format(**{name: tone(name).name() for name in _TONES})


def restyle_toned_widgets() -> None:
    """Fill every registered widget's style sheet again with the current tones."""
    for widget in QApplication.allWidgets():
        template = widget.property(_TEMPLATE_PROPERTY)
        if isinstance(template, str) and template:
            widget.setStyleSheet(_fill(template))


class ThemeWatcher(QObject):
    """Re-applies the theme when the system's scheme changes and the setting says "system".

    Signals:
        theme_changed: the colours changed; carries True for dark.
    """

    theme_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Colours applied before the watcher existed (a screenshot run forcing dark) stay.
        self.dark = apply_theme() if _applied_dark is None else _applied_dark
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if settings.THEME.get() in {"system", ""}:
            self.set_choice(None)

    def set_choice(self, choice: str | None) -> None:
        """Apply ``choice`` (None: the stored setting) and tell whoever listens."""
        self.dark = apply_theme(choice)
        self.theme_changed.emit(self.dark)


_watcher: ThemeWatcher | None = None


def theme_watcher() -> ThemeWatcher:
    """The one watcher of the application (made, and the theme applied, on first use)."""
    global _watcher  # noqa: PLW0603 (one per application)
    if _watcher is None:
        _watcher = ThemeWatcher(QApplication.instance())
    return _watcher
