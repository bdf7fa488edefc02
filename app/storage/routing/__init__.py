"""Inbound routing: the round-robin rotation, the SLA sweep, the watched folder, web forms.

- ``rotation``: reps' places in the weighted rotation (in the database, shared by the
  team), routing new leads and chosen contacts, the team's routing switches;
- ``sla``: :func:`sweep_sla`, leads that broke the speed-to-lead SLA, once each;
- ``folder``: the watched folder of CSV / vCard files marketing drops;
- ``webforms``: web-form notification mails read over IMAP.

Errors are :class:`RoutingError` codes.
"""

from app.storage.routing.errors import RoutingError
from app.storage.routing.rotation import (
    ASSIGNMENT,
    Assignment,
    RotationRep,
    RoutingResult,
    RoutingSettings,
    assign_round_robin,
    list_rotation,
    load_routing_settings,
    record_assignment,
    route_leads,
    save_routing_settings,
    set_rotation,
    take_turn,
)
from app.storage.routing.sla import (
    DEFAULT_LOOKBACK,
    SlaBreach,
    SlaSweep,
    breaches_between,
    sweep_sla,
)

__all__ = [
    "ASSIGNMENT",
    "DEFAULT_LOOKBACK",
    "Assignment",
    "RotationRep",
    "RoutingError",
    "RoutingResult",
    "RoutingSettings",
    "SlaBreach",
    "SlaSweep",
    "assign_round_robin",
    "breaches_between",
    "list_rotation",
    "load_routing_settings",
    "record_assignment",
    "route_leads",
    "save_routing_settings",
    "set_rotation",
    "sweep_sla",
    "take_turn",
]
