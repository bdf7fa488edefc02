"""A cancel token for tests that stops an operation at a chosen check."""

from __future__ import annotations

from app.core.ops import CancelToken


class CountingToken(CancelToken):
    """Counts an operation's cancel checks and cancels itself at the ``at``-th.

    Args:
        at: the check that finds the token cancelled (1: the first one).
    """

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.checks = 0

    def raise_if_cancelled(self) -> None:
        self.checks += 1
        if self.checks >= self.at:
            self.cancel()
        super().raise_if_cancelled()
