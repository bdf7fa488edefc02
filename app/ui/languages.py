"""The interface languages the app has translations for, and locale names mapped onto them.

Kept apart from ``app.ui.application`` so the Settings dialog can list the languages
without importing the start-up module (which imports the main window, which opens it).
"""

from __future__ import annotations

#: The interface languages with a translation, each named in itself (a reader looks for
#: their own language's name, not its English one). The order is the settings dialog's.
INTERFACE_LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "lt": "Lietuvių",
}


def normalise_language(name: str) -> str:
    """Our language code for a locale name: ``zh_Hans`` -> ``zh_CN``, ``ru_RU`` -> ``ru``.

    Chinese is the one language whose file carries a country: every Chinese locale gets the
    Simplified Chinese translation (the only one there is; better than English for a reader
    of Traditional script). The "C"/"POSIX" locale of a bare terminal or CI means English.
    """
    lang = name.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if lang in {"", "c", "posix"}:
        return "en"
    return "zh_CN" if lang == "zh" else lang
