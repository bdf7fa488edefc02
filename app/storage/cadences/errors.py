"""The one error the cadence storage raises: a code and its arguments, never a sentence.

Codes and their arguments (ints for numbers, strings for the rest):

- ``no_name`` ``{}``: a rep without a name.
- ``bad_email`` ``{email}``: a rep's address that is not an address.
- ``rep_exists`` ``{email}``: another rep has this address.
- ``unknown_role`` ``{role, roles}``: not ``sdr``, ``ae`` or ``manager`` (``roles`` lists them).
- ``unknown_time_zone`` ``{time_zone}``: not an IANA zone name.
- ``unknown_country`` ``{country}``: not a country code or name we know.
- ``unknown_rep_id`` ``{id}``: no rep has this id (removed meanwhile).
- ``unknown_rep`` ``{email}``: no rep has this address.
- ``no_reps`` ``{}``: the database has no rep yet and none was named.
- ``rep_required`` ``{count}``: several reps and none was named.
- ``cadence_exists`` ``{name}``: importing a cadence under a name in use, without replace.
- ``unknown_cadence`` ``{name}``.
- ``unknown_list`` ``{name}``, ``unknown_segment`` ``{name}``.
- ``bad_segment`` ``{name}``: a saved segment whose definition no longer parses.
- ``no_contacts`` ``{}``: an enrollment of nobody.
- ``unknown_item`` ``{item}``: no task with this id.
- ``item_closed`` ``{item, status}``: the task was done or skipped already.
- ``unknown_outcome`` ``{outcome, outcomes}``: ``outcomes`` lists the known codes.
- ``outcome_not_for_channel`` ``{outcome, channel}``: a call outcome on an email step.

A cadence file that breaks the format raises the core's
:class:`~app.core.cadences.CadenceFormatError` instead, with its own codes.
"""

from __future__ import annotations

from app.core.ops import CodedError


class CadenceStoreError(CodedError):
    """A refused cadence, rep, enrollment or queue operation; nothing was written.

    Attributes:
        code: One of the codes in this module's docstring.
        arguments: The values the code names.
    """


__all__ = ["CadenceStoreError"]
