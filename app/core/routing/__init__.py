"""Inbound routing: who gets the next lead, and reading web-form notification mails.

- ``rotation``: weighted round-robin by stride scheduling (pure; the storage layer keeps
  each rep's place in the database so a whole team shares one rotation);
- ``webforms``: ``Label: value`` lines of a web-form mail turned into contact fields by
  small per-form rules.
"""

from app.core.routing.rotation import (
    MAX_WEIGHT,
    STRIDE_UNIT,
    RotationSlot,
    joining_pass,
    pick_next,
    stride,
)

__all__ = ["MAX_WEIGHT", "STRIDE_UNIT", "RotationSlot", "joining_pass", "pick_next", "stride"]
