"""The one error team mode's storage raises: a code and its arguments, never a sentence.

Codes and their arguments (ints for numbers, strings for the rest):

- ``unknown_rep`` ``{email}`` or ``{rep_id}``: no rep has this address or id.
- ``unknown_contact`` ``{contact_id}``: no contact has this id.
- ``not_sqlite`` ``{source}``: ``copy`` reads an SQLite file, and this is not one.
- ``not_server`` ``{target}``: ``copy`` writes to a PostgreSQL server, and this is not one.
- ``target_not_empty`` ``{target, tables}``: the server database already has tables
  (``tables`` lists a few); ``copy`` only fills an empty one.
- ``count_mismatch`` ``{table, expected, found}``: a table's row count differs after the
  copy; the target is left for the user to drop.

The CLI words them in ``app.commands.messages_team``, the GUI with ``tr()``.
"""

from __future__ import annotations

from app.core.ops import CodedError


class TeamError(CodedError):
    """A refused team-mode operation; nothing was written unless the code says otherwise.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """


__all__ = ["TeamError"]
