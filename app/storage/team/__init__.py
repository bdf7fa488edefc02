"""Storage of team mode: claims, copying a file to a server, who is here, the change feed.

Feature ``team`` (docs/team.md, docs/headless.md)::

    from app.storage.team import claim, holder, release, copy_to_server
    from app.storage.team import register_session, heartbeat, live_sessions, end_session
    from app.storage.team import ChangeFeedPoller, remote_changes

Errors are :class:`TeamError` (a code and its arguments); every write returns ``Changes``
or a result with ``changes``.
"""

from app.storage.team.claims import ClaimHolder, ClaimResult, claim, holder, holders, release
from app.storage.team.copy import CopyResult, copy_to_server
from app.storage.team.errors import TeamError
from app.storage.team.feed import POLL_SECONDS, ChangeFeedPoller, change_count, remote_changes
from app.storage.team.sessions import (
    HEARTBEAT_SECONDS,
    STALE_SECONDS,
    SessionInfo,
    end_session,
    expire_sessions,
    heartbeat,
    live_sessions,
    register_session,
)

__all__ = [
    "HEARTBEAT_SECONDS",
    "POLL_SECONDS",
    "STALE_SECONDS",
    "ChangeFeedPoller",
    "ClaimHolder",
    "ClaimResult",
    "CopyResult",
    "SessionInfo",
    "TeamError",
    "change_count",
    "claim",
    "copy_to_server",
    "end_session",
    "expire_sessions",
    "heartbeat",
    "holder",
    "holders",
    "live_sessions",
    "register_session",
    "release",
    "remote_changes",
]
