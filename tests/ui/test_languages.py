"""Choosing the interface language: locale names, the setting, the Settings dialog, Qt's own
button words, and dates and numbers in the language's own way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui import settings
from app.ui.application import (
    LANGUAGE_ENV,
    install_translations,
    interface_language,
    normalise_language,
)
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.locale_format import short_datetime


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("lt_LT.UTF-8", "lt"),
        ("ru_RU", "ru"),
        ("en_GB", "en"),
        ("C", "en"),
        ("POSIX", "en"),
        ("", "en"),
        ("de_DE", "de"),
    ],
)
def test_locale_names_become_our_language_codes(name: str, expected: str) -> None:
    assert normalise_language(name) == expected


def test_the_environment_wins_over_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    settings.INTERFACE_LANGUAGE.set("lt")
    monkeypatch.setenv(LANGUAGE_ENV, "zh")
    assert interface_language() == "zh_CN"
    monkeypatch.delenv(LANGUAGE_ENV)
    assert interface_language() == "lt"
    settings.INTERFACE_LANGUAGE.set("xx")  # not a language we have: the system's instead
    assert interface_language() == normalise_language(QLocale.system().name())


@pytest.fixture
def reset_language(qapp: QApplication) -> Iterator[None]:
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


@pytest.mark.usefixtures("reset_language")
@pytest.mark.parametrize(
    ("language", "lists", "cancel", "locale"),
    [
        ("zh", "名单", "取消", QLocale.Language.Chinese),
        ("lt", "Sąrašai", "Atšaukti", QLocale.Language.Lithuanian),
        ("ru", "Списки", "Отмена", QLocale.Language.Russian),
    ],
)
def test_a_language_brings_its_words_qt_buttons_and_locale(
    qapp: QApplication, language: str, lists: str, cancel: str, locale: QLocale.Language
) -> None:
    installed = install_translations(qapp, language)
    assert len(installed) == 2  # ours and Qt's own (Lithuanian: the older qt_lt)
    assert QCoreApplication.translate("MainWindow", "Lists") == lists
    # Qt 6 asks QPlatformTheme for its standard buttons' words.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().language() == locale


@pytest.mark.usefixtures("reset_language")
def test_dates_and_numbers_follow_the_language(qapp: QApplication) -> None:
    moment = dt.datetime(2026, 12, 7, 14, 5, tzinfo=dt.UTC)
    install_translations(qapp, "ru")
    assert QLocale().toString(2000) == "2\u00a0000"
    assert short_datetime(moment, dt.UTC) == "07.12.2026 14:05"
    install_translations(qapp, "lt")
    assert short_datetime(moment, dt.UTC) == "2026-12-07 14:05"
    install_translations(qapp, "zh_CN")
    assert QLocale().toString(2000) == "2,000"
    assert short_datetime(moment, dt.UTC).startswith("2026/12/7")


def test_settings_dialog_stores_the_language_for_the_next_start(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language_combo
    assert combo.currentData() == ""  # the system's, until chosen
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English",
        "Русский",
        "简体中文",
        "Lietuvių",
    ]
    assert not dialog.note.isVisible()
    combo.setCurrentIndex(combo.findData("lt"))
    assert dialog.note.isVisible()
    assert "next time" in dialog.note.text()
    dialog.accept()
    assert settings.INTERFACE_LANGUAGE.get() == "lt"

    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.chosen_language() == "lt"
    again.language_combo.setCurrentIndex(0)
    again.accept()
    assert settings.INTERFACE_LANGUAGE.get() == ""


@pytest.mark.usefixtures("reset_language")
@pytest.mark.parametrize("language", ["ru", "zh_CN", "lt"])
def test_palette_keys_and_import_plurals_are_translated(qapp: QApplication, language: str) -> None:
    """Texts lupdate once missed (a helper's variable, plurals outside ``self.tr``)."""
    from app.ui.importing.messages import ImportErrors
    from app.ui.palette.page_keys import all_page_keys

    english = [key.title for key in all_page_keys()]
    install_translations(qapp, language)
    translated = [key.title for key in all_page_keys()]
    assert all(mine != theirs for mine, theirs in zip(translated, english, strict=True))
    words = ImportErrors()
    for text in (words.row_warnings(5), words.formulas_without_value(21), words.more(3)):
        assert "(s)" not in text and "warning" not in text and "field" not in text
    if language != "zh_CN":  # Russian and Lithuanian: 21 takes the singular form
        assert words.formulas_without_value(21) != words.formulas_without_value(5)
