"""The GUI's URL opener hands checked links to Qt's QDesktopServices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app.adapters.urls import UrlError
from app.ui.urls import url_handler


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def receiver(qapp: QApplication) -> Iterator[_Receiver]:
    """Catch tel: and mailto: links in the test instead of starting the system's programs."""
    catcher = _Receiver()
    for scheme in ("tel", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    yield catcher
    for scheme in ("tel", "mailto"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_links_reach_the_desktop_services(receiver: _Receiver) -> None:
    handler = url_handler()
    assert handler.call("+49 30 901820") is True
    assert handler.email("ann@example.com", subject="Hi there") is True
    assert receiver.urls == ["tel:+4930901820", "mailto:ann@example.com?subject=Hi there"]


def test_a_refused_link_never_reaches_qt(receiver: _Receiver) -> None:
    with pytest.raises(UrlError):
        url_handler().open("tel:not-a-number")
    assert receiver.urls == []
