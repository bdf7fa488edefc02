"""The base of the mixins a large page is split into (its scope tree, its bulk actions…).

``pyside6-lupdate`` files a ``self.tr`` text under the class it is written in, so a
mixin's texts sit in the mixin's translation context, while ``self`` is the page.
PySide's own ``tr`` looks through the page's classes in order and stops at the first
context whose answer differs from the source text; for a plural ("%n contact(s)") the
first context already differs, because the count is put in even when nothing is
translated, and the mixin's context is never reached. This ``tr`` compares with the
untranslated text with its count put in instead, so plurals are found in any class.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# No class is called this: translating in it gives the source with its count put in.
_NO_CONTEXT = "PagePart.untranslated"


class PagePart:
    """A part of a page (a mixin); its ``tr`` finds texts in every class's context."""

    def tr(self, sourceText: str, /, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: N803 (Qt's name)
        """``sourceText`` translated in the first of this object's classes that has it.

        Args:
            sourceText: the text as written in the code.
            disambiguation: the translators' note that tells equal texts apart.
            n: the count of a plural text (-1: not a plural).

        Returns:
            The translation, or the source text (with ``n`` put in) when no class has one.
        """
        untranslated = QCoreApplication.translate(_NO_CONTEXT, sourceText, disambiguation, n)
        for cls in type(self).__mro__:
            text = QCoreApplication.translate(cls.__name__, sourceText, disambiguation, n)
            if text != untranslated:
                return text
        return untranslated
