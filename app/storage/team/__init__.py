"""Storage of team mode: claims on prospects, copying a file to a server, who is here.

Feature ``team`` (docs/team.md, docs/headless.md)::

    from app.storage.team import claim, holder, release

Errors are :class:`TeamError` (a code and its arguments); every write returns ``Changes``
or a result with ``changes``.
"""

from app.storage.team.claims import ClaimHolder, ClaimResult, claim, holder, release
from app.storage.team.errors import TeamError

__all__ = ["ClaimHolder", "ClaimResult", "TeamError", "claim", "holder", "release"]
