"""Worker entry points of an import's checks: plain values in, plain tuples out.

They live here, away from the storage layer, so that a spawned worker process imports
only this module and the validators (~0.1 s) rather than SQLAlchemy and the schema.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache

from app.core.validation import normalize_company
from app.core.validation.companies import domain_from_website
from app.core.validation.emails import email_fields
from app.core.validation.phones import phone_fields, speed_up_parsing

PhoneKey = tuple[str, str | None]
EmailFields = tuple[object, ...]
PhoneFields = tuple[object, ...]

# An import sends each slice's websites until the chunk that holds them is processed, so
# a worker sees most of them several times (the 1M test file: 160,000 sent, 50,000
# distinct); normalize_company has a cache of its own, the website's domain (IDNA,
# ~30 µs) had none. Bounded like normalize_company's.
_site_domain = lru_cache(maxsize=65536)(domain_from_website)


#: How much lower a check worker's scheduling priority is (POSIX ``nice`` increment).
WORKER_NICENESS = 10


def init_worker() -> None:
    """Set up a check worker process (the pool's ``initializer``).

    Only here, not on import: the main process imports this module too, and the
    shortcut changes a phonenumbers function for the whole process.
    """
    speed_up_parsing()
    lower_priority()


def lower_priority() -> None:
    """Let this process yield the CPU to the importing process (and the window).

    The workers check values ahead of the rows that need them; the importing thread,
    which classifies and writes every row, is what an import waits for. On two cores,
    workers at the same priority took turns with it: at a lower one they use what it
    leaves (they still get a core whenever it waits), and a 1M-row import finished in
    41-45 s instead of 45-53 s on the same machine. The window stays responsive too.
    """
    if sys.platform == "win32":
        import ctypes

        below_normal = 0x00004000  # BELOW_NORMAL_PRIORITY_CLASS
        kernel32 = ctypes.windll.kernel32
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
    else:
        os.nice(WORKER_NICENESS)


def warm_up() -> None:
    """Worker entry point that does nothing: unpickling it imports the validators."""


def check_email_values(raws: list[str]) -> list[EmailFields]:
    """Worker entry point: check distinct raw addresses (no DNS).

    Returns plain tuples: they pickle several times faster than dataclasses, and
    email_fields makes them without building a dataclass first.
    """
    return [email_fields(raw) for raw in raws]


def check_phone_values(keys: list[PhoneKey]) -> list[PhoneFields]:
    """Worker entry point: check distinct (raw number, default region) pairs."""
    # No display formatting: an import stores E.164 and never reads ``international``;
    # formatting would cost a fifth of the check.
    return [phone_fields(raw, region, formatted=False) for raw, region in keys]


def company_values(companies: list[str], websites: list[str]) -> tuple[list[str], list[str | None]]:
    """Worker entry point: normalized company names and website domains.

    Both are per distinct value and cost tens of microseconds each (IDNA encoding of the
    host), which is the importing process's time otherwise.
    """
    return [normalize_company(c) for c in companies], [_site_domain(w) for w in websites]
