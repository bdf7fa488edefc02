"""The GUI's opener for ``app.adapters.urls``: the operating system's handler, through Qt."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.adapters.urls import UrlHandler


def qt_open_url(url: str) -> bool:
    """Hand a checked URL to the OS (dialler, mail program, browser); False if none took it."""
    return bool(QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)))


def url_handler() -> UrlHandler:
    """A :class:`UrlHandler` that opens links with the operating system."""
    return UrlHandler(qt_open_url)
