"""Storage of team mode: claims on prospects, copying a file to a server, who is here.

Feature ``team`` (docs/team.md, docs/headless.md)::

    from app.storage.team import claim, holder, release

Errors are :class:`TeamError` (a code and its arguments); every write returns ``Changes``
or a result with ``changes``.
"""

from app.storage.team.claims import ClaimHolder, ClaimResult, claim, holder, release
from app.storage.team.copy import CopyResult, copy_to_server
from app.storage.team.errors import TeamError

__all__ = [
    "ClaimHolder",
    "ClaimResult",
    "CopyResult",
    "TeamError",
    "claim",
    "copy_to_server",
    "holder",
    "release",
]
