"""The one error inbound routing's storage raises: a code and its arguments, never a sentence.

Codes and their arguments:

- ``unknown_rep`` ``{rep_id}`` or ``{email}``: no rep has this id or address.
- ``unknown_contact`` ``{contact_id}``: no contact has this id.
- ``bad_weight`` ``{weight, max}``: a rotation weight outside 1..max.
- ``bad_rule`` ``{index, field}``: a web-form rule names an unknown field or is empty.

The CLI words them in ``app.commands.messages_routing``, the GUI with ``tr()``.
"""

from __future__ import annotations

from app.core.ops import CodedError


class RoutingError(CodedError):
    """A refused routing operation; nothing was written.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """


__all__ = ["RoutingError"]
