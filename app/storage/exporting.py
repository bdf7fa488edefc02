"""Export contacts from the database to CSV, XLSX or vCard (docs/headless.md).

The rows are read in one read transaction, so the file shows one consistent snapshot
even while someone else writes, in contact id order and in keyset batches
(``WHERE id > :last ORDER BY id LIMIT n``): each batch costs the same however deep into
a million contacts it is, unlike ``OFFSET``, and only plain row tuples are held, never
ORM objects. The writers of ``app.core.exporting`` stream them to a temporary file that
takes the target's name only at the end.

Columns: the canonical header, then ``middle_name``, ``do_not_contact`` (``true``/``false``)
and last ``id``, the contact's id (an import of the file updates those contacts). Contacts
marked do-not-contact are exported, not dropped: an export is also a backup and a
hand-over, and a contact silently missing from it would be re-imported later as a new,
callable prospect. The flag travels with the row instead, so whoever works the file
next sees it.

Field sources: ``email`` is the normalized address and ``phone`` the value as imported;
``company``, ``industry``, ``employees`` (the employee count) and ``website`` come from
the contact's company; ``stage`` is the stage's display name as on the pipeline board;
``owner`` the owning rep's name; ``tags`` the tag names sorted and joined with ``", "``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Select, and_, func, select
from sqlalchemy.engine import Connection

from app.core.exporting import ExportRow, write_csv, write_vcard, write_xlsx
from app.core.ops import CancelToken, Progress
from app.storage import tables
from app.storage.database import Database
from app.storage.errors import StorageError
from app.storage.paths import scratch_dir

__all__ = [
    "EXTRA_FIELDS",
    "ExportError",
    "ExportFormat",
    "ExportSummary",
    "UnknownListError",
    "UnsupportedExportFormatError",
    "export_contacts",
    "export_format_for",
]

ExportFormat = Literal["csv", "xlsx", "vcard"]

#: File suffixes the export understands, and the format each means.
FORMATS_BY_SUFFIX: Final[dict[str, ExportFormat]] = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".vcf": "vcard",
    ".vcard": "vcard",
}
#: Columns after the canonical ones (docs/headless.md allows more to follow).
#: ``middle_name`` (a patronymic or middle name), ``do_not_contact``, and last the
#: contact's ``id``: importing the file again updates those contacts (the round trip).
EXTRA_FIELDS: Final[tuple[str, ...]] = ("middle_name", "do_not_contact", "id")
#: Contacts per keyset batch: big enough to amortise a query, small enough to hold.
BATCH_SIZE = 5000
#: Lists named in an "unknown list" message before it says "and N more".
_LISTS_SHOWN = 20


class ExportError(StorageError):
    """An export could not be made; no file was written.

    ``str()`` is an English sentence for logs and the CLI; an interface words ``code``
    with the values itself.

    Attributes:
        code: ``"export_over_database"`` (``path`` is the database file) or
            ``"cannot_write"`` (``reason`` is the system's, ``strerror``); the
            subclasses below have codes of their own.
        path: The file the export was to write.
        reason: The system's reason, for ``cannot_write``.
    """

    code = "export_failed"

    def __init__(self, message: str, *, code: str, path: Path, reason: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.reason = reason


class UnknownListError(ExportError):
    """The list named for the export does not exist.

    Attributes:
        code: ``"unknown_list"``.
        name: The name asked for.
        lists: The names of the lists there are (sorted; empty when there are none).
    """

    def __init__(self, name: str, lists: list[str], path: Path) -> None:
        if not lists:
            message = f'There is no list named "{name}": this database has no lists.'
        else:
            shown = ", ".join(f'"{n}"' for n in lists[:_LISTS_SHOWN])
            more = len(lists) - _LISTS_SHOWN
            if more > 0:
                shown += f" and {more} more"
            message = f'There is no list named "{name}". Lists: {shown}.'
        super().__init__(message, code="unknown_list", path=path)
        self.name = name
        self.lists = tuple(lists)


class UnsupportedExportFormatError(ExportError, ValueError):
    """The output file's suffix names no format the export can write.

    Attributes:
        code: ``"unsupported_format"``; ``path`` is the file asked for.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Cannot export to {path.name}: the file name must end in .csv, .xlsx or .vcf.",
            code="unsupported_format",
            path=path,
        )


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote.

    Attributes:
        rows: the number of contacts written.
        path: the file written.
        format: ``csv``, ``xlsx`` or ``vcard``.
    """

    rows: int
    path: Path
    format: ExportFormat


def export_format_for(out: Path) -> ExportFormat:
    """Return the format an output file's suffix asks for.

    Raises:
        UnsupportedExportFormatError: the suffix is not .csv, .xlsx, .vcf or .vcard.
    """
    fmt = FORMATS_BY_SUFFIX.get(out.suffix.lower())
    if fmt is None:
        raise UnsupportedExportFormatError(out)
    return fmt


def export_contacts(
    db: Database,
    out: Path,
    *,
    list_name: str | None = None,
    raw: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> ExportSummary:
    """Export every contact, or a static list's members, to ``out``.

    Args:
        db: the open database.
        out: the file to write; its suffix picks the format (.csv, .xlsx, .vcf).
        list_name: export only this static list's members.
        raw: for CSV, write for programs (no BOM, no formula neutralisation); other
            formats ignore it.
        progress: called with (rows written, rows in the export) now and then.
        cancel: checked now and then; once it is cancelled the export stops.

    Returns:
        How many rows were written, where, in which format.

    Raises:
        UnsupportedExportFormatError: the suffix names no known format.
        UnknownListError: there is no list called ``list_name`` (the message names the
            lists there are).
        ExportError: the file could not be written.
        OperationCancelled: ``cancel`` was cancelled. In every failing case no file was
            left behind, and an older file at ``out`` is unchanged.
    """
    out = Path(out)
    fmt = export_format_for(out)
    if db.path is not None and (
        out.absolute() == db.path.absolute() or (out.exists() and out.samefile(db.path))
    ):
        raise ExportError(
            f"Refusing to export over the database file {out}.",
            code="export_over_database",
            path=out,
        )
    with db.reading() as conn:
        list_id = None if list_name is None else _find_list(conn, list_name, out)
        total = _count(conn, list_id)
        rows = _iter_rows(conn, list_id)
        try:
            if fmt == "csv":
                count = write_csv(
                    out, rows, raw=raw, extra_fields=EXTRA_FIELDS, total=total,
                    progress=progress, cancel=cancel, scratch=scratch_dir(),
                )  # fmt: skip
            elif fmt == "xlsx":
                count = write_xlsx(
                    out, rows, extra_fields=EXTRA_FIELDS, total=total, progress=progress,
                    cancel=cancel, scratch=scratch_dir(),
                )  # fmt: skip
            else:
                count = write_vcard(
                    out, rows, total=total, progress=progress, cancel=cancel,
                    scratch=scratch_dir(),
                )  # fmt: skip
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise ExportError(
                f"Cannot write {out}: {reason}.", code="cannot_write", path=out, reason=reason
            ) from exc
    return ExportSummary(rows=count, path=out, format=fmt)


# --- queries ----------------------------------------------------------------------------


def _find_list(conn: Connection, name: str, out: Path) -> int:
    """Return the id of the list called ``name`` (or, failing that, its only case-variant).

    Raises:
        UnknownListError: there is no such list (``out`` is the file the export was for).
    """
    found = conn.execute(select(tables.lists.c.id).where(tables.lists.c.name == name)).scalar()
    if found is not None:
        return int(found)
    names = [
        str(n)
        for n in conn.execute(select(tables.lists.c.name).order_by(tables.lists.c.name)).scalars()
    ]
    folded = [n for n in names if n.casefold() == name.casefold()]
    if len(folded) == 1:
        return int(
            conn.execute(
                select(tables.lists.c.id).where(tables.lists.c.name == folded[0])
            ).scalar_one()
        )
    raise UnknownListError(name, names, out)


def _count(conn: Connection, list_id: int | None) -> int:
    if list_id is None:
        query = select(func.count()).select_from(tables.contacts)
    else:
        query = (
            select(func.count())
            .select_from(tables.list_members)
            .where(tables.list_members.c.list_id == list_id)
        )
    return int(conn.execute(query).scalar_one())


def _contacts_batch(list_id: int | None, after: int, limit: int) -> Select[*tuple[Any, ...]]:
    """The next ``limit`` contacts with id above ``after``, joined with what the row shows."""
    query = (
        select(
            tables.contacts.c.id,
            tables.contacts.c.first_name,
            tables.contacts.c.last_name,
            tables.contacts.c.full_name,
            tables.contacts.c.email,
            tables.contacts.c.phone_raw,
            tables.contacts.c.phone_e164,
            tables.companies.c.name,
            tables.contacts.c.title,
            tables.companies.c.industry,
            tables.companies.c.employee_count,
            tables.contacts.c.country,
            tables.contacts.c.city,
            tables.companies.c.website,
            tables.contacts.c.linkedin_url,
            tables.pipeline_stages.c.name,
            tables.reps.c.name,
            tables.contacts.c.source,
            tables.contacts.c.do_not_contact,
            tables.contacts.c.middle_name,
        )
        .select_from(tables.contacts)
        .outerjoin(tables.companies, tables.companies.c.id == tables.contacts.c.company_id)
        .outerjoin(
            tables.pipeline_stages, tables.pipeline_stages.c.id == tables.contacts.c.stage_id
        )
        .outerjoin(tables.reps, tables.reps.c.id == tables.contacts.c.owner_id)
    )
    if list_id is not None:
        query = query.join(
            tables.list_members,
            and_(
                tables.list_members.c.contact_id == tables.contacts.c.id,
                tables.list_members.c.list_id == list_id,
            ),
        )
    return query.where(tables.contacts.c.id > after).order_by(tables.contacts.c.id).limit(limit)


def _tags_for_range(conn: Connection, list_id: int | None, first: int, last: int) -> dict[int, str]:
    """Tag names per contact for the contacts with ids in ``first..last``.

    A range, not an ``IN`` list, keeps the statement small whatever the batch size; for a
    list export the join with its members keeps out contacts not in the list.
    """
    query = (
        select(tables.contact_tags.c.contact_id, tables.tags.c.name)
        .join(tables.tags, tables.tags.c.id == tables.contact_tags.c.tag_id)
        .where(tables.contact_tags.c.contact_id.between(first, last))
    )
    if list_id is not None:
        query = query.join(
            tables.list_members,
            and_(
                tables.list_members.c.contact_id == tables.contact_tags.c.contact_id,
                tables.list_members.c.list_id == list_id,
            ),
        )
    names: dict[int, list[str]] = {}
    for contact_id, tag in conn.execute(query):
        names.setdefault(int(contact_id), []).append(str(tag))
    return {cid: ", ".join(sorted(tags, key=str.casefold)) for cid, tags in names.items()}


def _iter_rows(conn: Connection, list_id: int | None) -> Iterator[ExportRow]:
    """Yield export rows in contact id order, one keyset batch at a time."""
    batch_size = BATCH_SIZE  # read at call time, so a test can make batches tiny
    after = 0
    while True:
        batch = conn.execute(_contacts_batch(list_id, after, batch_size)).all()
        if not batch:
            return
        tags = _tags_for_range(conn, list_id, batch[0][0], batch[-1][0])
        for (
            contact_id,
            first_name,
            last_name,
            full_name,
            email,
            phone_raw,
            phone_e164,
            company,
            title,
            industry,
            employees,
            country,
            city,
            website,
            linkedin_url,
            stage,
            owner,
            source,
            do_not_contact,
            middle_name,
        ) in batch:
            yield {
                "first_name": first_name,
                "last_name": last_name,
                "email": email,
                "phone": phone_raw,
                "phone_e164": phone_e164,
                "company": company,
                "title": title,
                "industry": industry,
                "employees": employees,
                "country": country,
                "city": city,
                "website": website,
                "linkedin_url": linkedin_url,
                "stage": stage,
                "owner": owner,
                "source": source,
                "tags": tags.get(contact_id, ""),
                "middle_name": middle_name,
                "do_not_contact": bool(do_not_contact),
                "id": contact_id,
                # Not a column: the vCard writer's FN.
                "full_name": full_name,
            }
        if len(batch) < batch_size:
            return
        after = batch[-1][0]
