"""Claims on the Today page: the call panel's prospect is leased while the panel is open.

The lease itself is kept by :class:`app.ui.widgets.claims.ClaimKeeper`; this module is the
page's side of it. Who "I" am is the rep this machine works as (``settings.TODAY_REP``),
else the rep whose queue is shown; the queue's load already knows the live leases on its
prospects (the "On it" column), so the panel blocks at once, before the claim's answer.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from app.ui import settings

if TYPE_CHECKING:
    from app.adapters.clock import Clock
    from app.storage.database import Database
    from app.storage.team import ClaimHolder
    from app.ui.today.loading import TodayLoad
    from app.ui.today.panel import CallPanel


def my_rep_id(load: TodayLoad) -> int | None:
    """This machine's rep (the setting), else the rep whose queue is shown."""
    wanted = settings.TODAY_REP.get().strip().lower()
    mine = next((r for r in load.reps if wanted and (r.email or "").lower() == wanted), None)
    rep = mine or load.rep
    return None if rep is None else rep.id


def someone_else_on(load: TodayLoad, contact_id: int, now: dt.datetime) -> ClaimHolder | None:
    """Another rep's live lease on the prospect as the queue's load saw it, or None."""
    held = load.claims.get(contact_id)
    if held is None or held.rep_id == my_rep_id(load) or held.expires_at <= now:
        return None
    return held


class TodayPageHost(Protocol):
    """What the claims need of the Today page."""

    clock: Clock
    load: TodayLoad

    @property
    def database(self) -> Database | None: ...


class TodayClaims:
    """The Today page's side of its :class:`~app.ui.widgets.claims.ClaimKeeper`.

    Args:
        page: The Today page (database, clock, the queue's load).
        panel: The call panel that shows a lease and blocks dialling.
    """

    def __init__(self, page: TodayPageHost, panel: CallPanel) -> None:
        self.page = page
        self.panel = panel

    @property
    def claim_database(self) -> Database | None:
        """The page's database."""
        return self.page.database

    def claim_now(self) -> dt.datetime:
        """The page's clock."""
        return self.page.clock.now()

    def claim_rep_id(self) -> int | None:
        """This machine's rep."""
        return my_rep_id(self.page.load)

    def known_claim(self, contact_id: int) -> ClaimHolder | None:
        """A lease the queue's load saw."""
        return someone_else_on(self.page.load, contact_id, self.page.clock.now())

    def show_claim(self, holder: ClaimHolder | None) -> None:
        """Tell the panel."""
        self.panel.set_claim(None if holder is None else holder.name,
                             None if holder is None else holder.expires_at)  # fmt: skip


__all__ = ["TodayClaims", "my_rep_id", "someone_else_on"]
