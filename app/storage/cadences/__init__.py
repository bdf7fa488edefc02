"""Storage of the call workspace: reps, cadences, enrollments and the Today queue.

Feature ``cadences`` (docs/cadences.md, docs/headless.md): the core rules live in
``app.core.cadences`` and ``app.core.calling``; this package stores and queries::

    from app.storage.cadences import add_rep, import_cadence, enroll, today, complete

Errors are :class:`CadenceStoreError` (a code and its arguments) or the core's
``CadenceFormatError``; every write returns ``Changes`` or a result with ``changes``.
"""

from app.storage.cadences.complete import (
    CALL_OUTCOMES,
    OUTCOMES,
    STOP_REASONS,
    Completed,
    complete,
)
from app.storage.cadences.enroll import (
    SKIP_REASONS,
    EnrollResult,
    contacts_of_list,
    contacts_of_segment,
    enroll,
)
from app.storage.cadences.errors import CadenceStoreError
from app.storage.cadences.library import (
    SEEDED_KEY,
    CadenceImported,
    CadenceInfo,
    cadence_names,
    delete_cadence,
    export_cadence,
    import_cadence,
    list_cadences,
    load_cadence,
    seed_shipped_cadences,
)
from app.storage.cadences.queue import CHANNELS, TodayItem, end_of_day, today
from app.storage.cadences.reps import (
    ROLES,
    RepAdded,
    RepInfo,
    add_rep,
    find_rep,
    list_reps,
    resolve_rep,
    update_rep,
)
from app.storage.cadences.stopping import PauseResult, pause_manually, resume
from app.storage.cadences.tasks import Reminder, Written, add_note, add_task, due_reminders, snooze
from app.storage.cadences.workspace import ItemDetail, item_details, start_of_day, touches_today

__all__ = [
    "CALL_OUTCOMES",
    "CHANNELS",
    "OUTCOMES",
    "ROLES",
    "SEEDED_KEY",
    "SKIP_REASONS",
    "STOP_REASONS",
    "CadenceImported",
    "CadenceInfo",
    "CadenceStoreError",
    "Completed",
    "EnrollResult",
    "ItemDetail",
    "RepAdded",
    "Reminder",
    "RepInfo",
    "TodayItem",
    "Written",
    "add_note",
    "add_rep",
    "add_task",
    "cadence_names",
    "complete",
    "contacts_of_list",
    "contacts_of_segment",
    "delete_cadence",
    "due_reminders",
    "end_of_day",
    "enroll",
    "export_cadence",
    "find_rep",
    "import_cadence",
    "item_details",
    "list_cadences",
    "list_reps",
    "load_cadence",
    "resolve_rep",
    "update_rep",
    "PauseResult",
    "pause_manually",
    "resume",
    "seed_shipped_cadences",
    "snooze",
    "start_of_day",
    "today",
    "touches_today",
]
