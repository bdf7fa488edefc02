"""English one-liners for inbound routing's codes (the round-robin, web-form rules).

Storage raises :class:`~app.storage.routing.RoutingError` with a code and arguments; the
CLI words it with this table (``app.commands.messages.describe_error``), the GUI with
``tr()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.commands.messages_mail import describe_code as describe

#: ``RoutingError`` codes (``app.storage.routing.errors``).
ROUTING: Final[Mapping[str, str]] = {
    "unknown_rep": "there is no rep {email} (see: rep list)",
    "unknown_contact": "there is no contact {contact_id}",
    "bad_weight": "a weight is a whole number from 1 to {max}, not {weight}",
    "bad_rule": "web-form rule {index} is not usable: {field}",
}


def describe_routing_error(exc: Exception) -> str | None:
    """The line for a :class:`RoutingError`, or None for any other error."""
    from app.storage.routing.errors import RoutingError

    if not isinstance(exc, RoutingError):
        return None
    shown: dict[str, object] = dict(exc.arguments)
    if exc.code == "unknown_rep" and "email" not in shown:
        shown["email"] = f"#{shown.get('rep_id', '?')}"
    return describe(exc.code, shown, ROUTING)


__all__ = ["ROUTING", "describe_routing_error"]
