"""The one error template storage raises: a code and its arguments, never a sentence.

Codes and their arguments:

- ``unknown_template`` ``{name}``: no template with this id or name.
- ``template_exists`` ``{name}``: another template has this name.
- ``no_name`` ``{}``: a template or snippet without a name.
- ``stale_version`` ``{name, expected, current}``: someone saved the template (or snippet)
  since it was opened; nothing was written.
- ``missing_default_variant`` ``{language}``: a template needs variant "A" in its own
  language.
- ``duplicate_variant`` ``{label, language}``: two variants with the same label and language.
- ``bad_label`` ``{label}``: labels are one to eight letters or digits ("A", "B", ...).
- ``bad_language`` ``{language}``: not a language code.
- ``unknown_snippet`` ``{name}``.

Rendering raises the core's :class:`~app.core.templating.RenderBlocked` instead.
"""

from __future__ import annotations

from app.core.ops import CodedError

__all__ = ["TemplateStoreError"]


class TemplateStoreError(CodedError):
    """A refused template or snippet write or lookup; nothing was written.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """
