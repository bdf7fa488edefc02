"""The import API for the CLI and the Qt wizard: inspect, dry run, import, history."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from app.core.duplicates.merge import MergeRule
from app.core.importing import ColumnMapping, TableSource, auto_map, header_signature, open_table
from app.core.importing.cells import split_multi
from app.core.importing.codes import SOURCES
from app.core.importing.regions import infer_region
from app.core.ops import CancelToken, Changes, Progress
from app.core.ops import report as report_progress
from app.storage import tables
from app.storage.database import Database, checkpoint_after_commit
from app.storage.history import IMPORT_TABLES
from app.storage.importing.batch import BatchSink
from app.storage.importing.engine import BULK_ROWS, CHUNK_ROWS, ImportEngine, gc_paused
from app.storage.importing.model import (
    DEFAULT_SAMPLE_SIZE,
    Counts,
    FileInspection,
    ImportOptions,
    ImportPlan,
    ImportResult,
    ImportSummary,
    MappingMismatchError,
)
from app.storage.importing.report import RejectReport
from app.storage.suppressions import flag_suppressed_of_import
from app.storage.team.locks import IMPORT_LOCK, serialise
from app.storage.types import utcnow

_log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
#: Rows read to infer a file's default phone region.
_SAMPLE_FOR_REGION = 1000
_SAMPLE_FOR_MAPPING = 200


def _open(path: str | os.PathLike[str], options: ImportOptions) -> TableSource:
    return open_table(
        os.fspath(path), encoding=options.encoding, delimiter=options.delimiter,
        sheet=options.sheet, pad_short_rows=options.pad_short_rows,
    )  # fmt: skip


def remembered_mapping(
    conn: Connection, headers: list[str] | tuple[str, ...]
) -> ColumnMapping | None:
    """The mapping last used for files with these headers, if any (and still valid)."""
    t = tables.import_mappings
    row = conn.execute(
        select(t.c.mapping).where(t.c.signature == header_signature(headers))
    ).first()
    if row is None or not row[0]:
        return None
    try:
        return ColumnMapping.from_dict(row[0], list(headers))
    except (ValueError, KeyError, TypeError):
        return None  # a mapping from an older version: guess again


def remember_mapping(conn: Connection, mapping: ColumnMapping) -> None:
    """Store a mapping for the next file with the same header signature."""
    t = tables.import_mappings
    now = utcnow()
    conn.execute(delete(t).where(t.c.signature == mapping.signature))
    conn.execute(
        insert(t).values(
            signature=mapping.signature, headers=list(mapping.headers),
            mapping=mapping.to_dict(), created_at=now, updated_at=now,
        )
    )  # fmt: skip


def inspect_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
    db: Database | None = None,
    preview_rows: int = PREVIEW_ROWS,
) -> FileInspection:
    """Open a file and describe it for the wizard's first page.

    Args:
        path: The file.
        encoding: Override the detected encoding.
        delimiter: Override the sniffed delimiter.
        sheet: The workbook sheet (name or 0-based index).
        db: The database, to look up a remembered mapping (None: no lookup).
        preview_rows: Rows to return for the preview.

    Returns:
        Detection results, headers, preview, automatic and remembered mapping.

    Raises:
        ImportFileError: A subclass with a readable message when the file cannot be read.
    """
    options = ImportOptions(encoding=encoding, delimiter=delimiter, sheet=sheet)
    with _open(path, options) as source:
        sample = source.preview(max(preview_rows, _SAMPLE_FOR_MAPPING))
        auto = auto_map(source.headers, sample)
        remembered = None
        if db is not None:
            with db.reading() as conn:
                remembered = remembered_mapping(conn, source.headers)
        return FileInspection(
            path=os.fspath(path), detected=source.detected, headers=tuple(source.headers),
            preview=tuple(sample[:preview_rows]), auto_mapping=auto,
            remembered_mapping=remembered, signature=header_signature(source.headers),
        )  # fmt: skip


def _resolve_mapping(
    conn: Connection, source: TableSource, mapping: ColumnMapping | None
) -> ColumnMapping:
    if mapping is not None:
        if list(mapping.headers) != list(source.headers):
            raise MappingMismatchError
        return mapping
    return remembered_mapping(conn, source.headers) or auto_map(
        source.headers, source.preview(_SAMPLE_FOR_MAPPING)
    )


def _options(
    *,
    encoding: str | None, delimiter: str | None, sheet: str | int | None,
    mapping: ColumnMapping | None, merge_rule: MergeRule,
    per_field: Mapping[str, MergeRule] | None, pad_short_rows: bool,
    default_region: str | None, fuzzy: bool, source: str | None = None,
    create_owners: bool = False, now: dt.datetime | None = None,
) -> ImportOptions:  # fmt: skip
    if source is not None and source not in SOURCES:
        raise ValueError(f"unknown source {source!r}: inbound, outbound or referral")
    region = default_region.strip().upper() if default_region and default_region.strip() else None
    return ImportOptions(
        encoding=encoding, delimiter=delimiter, sheet=sheet, mapping=mapping,
        merge_rule=MergeRule(merge_rule), per_field=per_field, pad_short_rows=pad_short_rows,
        default_region=region, fuzzy=fuzzy, source=source, create_owners=create_owners,
        now=now or utcnow(), region_from="option" if region else None,
    )  # fmt: skip


def _with_file_region(
    options: ImportOptions, source: TableSource, mapping: ColumnMapping
) -> ImportOptions:
    """The options with the file's own default region when none was given.

    Read from the first rows: numbers written with a country code, the country column,
    known cities (see :func:`~app.core.importing.regions.infer_region`).
    """
    if options.default_region:
        return options
    columns = {t: mapping.column_of(t) for t in ("phone", "mobile_phone", "country", "city")}

    def cells(*targets: str) -> list[str]:
        out: list[str] = []
        for row in sample:
            for target in targets:
                col = columns[target]
                if col is not None and col < len(row.values):
                    out.extend(split_multi(row.values[col]))
        return out

    sample = [r for r in source.preview(_SAMPLE_FOR_REGION) if r.problem is None]
    guess = infer_region(cells("phone", "mobile_phone"), cells("country"), cells("city"))
    if guess.region is None:
        return options
    return replace(options, default_region=guess.region, region_from="file")


def plan_import(
    db: Database,
    path: str | os.PathLike[str],
    *,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
    merge_rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    pad_short_rows: bool = False,
    default_region: str | None = None,
    fuzzy: bool = True,
    source: str | None = None,
    create_owners: bool = False,
    now: dt.datetime | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> ImportPlan:
    """The dry run: read, check and classify every row; write nothing.

    Args:
        db: The database the import would go into.
        path: The file.
        mapping: The column mapping (None: remembered for these headers, else automatic).
        encoding: Override the detected encoding.
        delimiter: Override the sniffed delimiter.
        sheet: The workbook sheet.
        merge_rule: How rows matching stored contacts would change them.
        per_field: Merge-rule overrides by field.
        pad_short_rows: Accept text rows with too few fields.
        default_region: Phone region for rows without a country (None: inferred from
            the file when its numbers or countries clearly point to one).
        fuzzy: Also collect fuzzy duplicate suggestions.
        source: ``inbound``/``outbound``/``referral`` for rows naming no source.
        create_owners: Create reps for owner names no rep has.
        now: The import's clock (arrival of inbound rows without a date).
        sample_size: Example rows kept per category.
        progress: Called with (rows read, rows the file holds) after every chunk.
        cancel: Once cancelled, the run stops with ``OperationCancelled``.
        workers: Worker processes for the checks (None: by the file's size).

    Returns:
        The counts with the row numbers and examples behind each.

    Raises:
        ImportFileError: The file cannot be read at all.
        OperationCancelled: ``cancel`` was cancelled.
    """
    options = _options(
        encoding=encoding, delimiter=delimiter, sheet=sheet, mapping=mapping,
        merge_rule=merge_rule, per_field=per_field, pad_short_rows=pad_short_rows,
        default_region=default_region, fuzzy=fuzzy, source=source,
        create_owners=create_owners, now=now,
    )  # fmt: skip
    with _open(path, options) as table, db.reading() as conn, gc_paused():
        chosen = _resolve_mapping(conn, table, mapping)
        options = _with_file_region(options, table, chosen)
        engine = ImportEngine(
            conn, table, chosen, options, write=False, progress=progress, cancel=cancel,
            sample_size=sample_size, workers=workers,
        )  # fmt: skip
        counts = engine.run()
        return ImportPlan(
            path=os.fspath(path), mapping=chosen, detected=table.detected,
            rows=counts.rows, created=counts.created, updated=counts.updated,
            unchanged=counts.unchanged, in_file=counts.in_file, invalid=counts.invalid,
            rejected=counts.rejected, companies_created=counts.companies_created,
            ledger=engine.ledger, fuzzy=tuple(counts.fuzzy),
            fuzzy_truncated=counts.fuzzy_truncated, facts=counts.facts(options),
            row_warning_count=table.row_warnings()[0], row_warnings=table.row_warnings()[1],
        )  # fmt: skip


def run_import(
    db: Database,
    path: str | os.PathLike[str],
    *,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | int | None = None,
    merge_rule: MergeRule = MergeRule.FILL_EMPTY,
    per_field: Mapping[str, MergeRule] | None = None,
    pad_short_rows: bool = False,
    default_region: str | None = None,
    fuzzy: bool = True,
    source: str | None = None,
    create_owners: bool = False,
    now: dt.datetime | None = None,
    list_name: str | None = None,
    report_dir: str | os.PathLike[str] | None = None,
    created_by: int | None = None,
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
    bulk_threshold: int = BULK_ROWS,
    chunk_rows: int = CHUNK_ROWS,
) -> ImportResult:
    """Import a file in ONE transaction, recorded as an undoable batch.

    Rows matching a stored contact by an exact key (email; E.164 phone + name) update it
    by ``merge_rule`` or count as duplicates; they never create a second contact. Rows
    repeating an earlier row of the file count as duplicates. Rows that cannot be stored
    go to ``<name>.rejected.csv`` next to the file. Large loads into SQLite drop the
    search triggers and secondary indexes and rebuild them at the end, in the same
    transaction.

    Args:
        db: The database.
        path: The file.
        mapping: The column mapping (None: remembered for these headers, else automatic).
            The mapping used is remembered for the next file with the same headers.
        encoding: Override the detected encoding.
        delimiter: Override the sniffed delimiter.
        sheet: The workbook sheet.
        merge_rule: How rows matching stored contacts change them (default: fill only
            empty fields).
        per_field: Merge-rule overrides by field.
        pad_short_rows: Accept text rows with too few fields.
        default_region: Phone region for rows without a country (None: inferred from
            the file when its numbers or countries clearly point to one).
        fuzzy: Collect fuzzy duplicate suggestions (stored with the batch, never applied).
        source: ``inbound``/``outbound``/``referral`` for rows naming no source; inbound
            contacts get an arrival time (their date column, else ``now``).
        create_owners: Create reps for owner names no rep has (else the names are kept
            in custom fields and listed in ``facts.unknown_values``).
        now: The import's clock (arrival of inbound rows without a date).
        list_name: Add every imported contact (created or matched) to this static list,
            created if missing.
        report_dir: Where the rejected-rows report goes (None: next to the file, or the
            user data folder when that is read-only).
        created_by: The rep running the import.
        sample_size: Example rows kept per category in the result.
        progress: Called with (rows read, rows the file holds) after every chunk; with
            (rows, 0) while a bulk load rebuilds its indexes (see
            :func:`~app.storage.importing.model.is_finishing`), and (rows, rows) once
            committed.
        cancel: Once cancelled, the import stops, the transaction rolls back and no
            report is left.
        workers: Worker processes for the checks (None: by the file's size).
        bulk_threshold: Expected new rows from which the bulk-load path is taken.
        chunk_rows: Rows per chunk.

    Returns:
        The counts, the batch id, the report path and the ``changes``.

    Raises:
        ImportFileError: The file cannot be read at all (nothing written).
        OperationCancelled: ``cancel`` was cancelled (nothing written).
        MappingMismatchError: ``mapping`` belongs to a file with other columns (a
            ``ValueError``).
    """
    started = time.monotonic()
    options = _options(
        encoding=encoding, delimiter=delimiter, sheet=sheet, mapping=mapping,
        merge_rule=merge_rule, per_field=per_field, pad_short_rows=pad_short_rows,
        default_region=default_region, fuzzy=fuzzy, source=source,
        create_owners=create_owners, now=now,
    )  # fmt: skip
    text_path = os.fspath(path)
    report: RejectReport | None = None
    try:
        with _open(text_path, options) as table:
            report = RejectReport(text_path, report_dir, encoding=table.detected.encoding)
            digest = _sha256(text_path)
            with db.transaction() as conn, gc_paused():
                # On a server, imports run one at a time: each dedupes against what the
                # one before it committed, so overlapping files never create the same
                # contact or company twice (SQLite's BEGIN IMMEDIATE already does this).
                serialise(conn, IMPORT_LOCK)
                result = _import(
                    conn, table, options, report,
                    digest=digest, list_name=list_name, created_by=created_by,
                    sample_size=sample_size, progress=progress, cancel=cancel,
                    workers=workers, bulk_threshold=bulk_threshold, chunk_rows=chunk_rows,
                    started=started,
                )  # fmt: skip
                if result.bulk_load:
                    # A bulk load's WAL is about the size of what it added: copying it
                    # into the file (seconds) need not hold up the end of the import.
                    checkpoint_after_commit(conn)
    except BaseException:
        if report is not None:
            report.discard()
        raise
    result = _place_report(db, report, result)
    report_progress(progress, result.rows, result.rows)
    return result


def _place_report(db: Database, report: RejectReport, result: ImportResult) -> ImportResult:
    """Move the report into place after the commit; say where it went when elsewhere."""
    moved = report.commit()
    if moved is not None or report.failure is not None:
        # The batch names the report: it now lives elsewhere (or nowhere).
        where = str(moved) if moved is not None else None
        try:
            with db.transaction() as conn:
                batches = tables.import_batches
                conn.execute(
                    update(batches).where(batches.c.id == result.batch_id).values(report_path=where)
                )
        except Exception:  # noqa: BLE001 - the import stands; only the batch's note is stale
            _log.warning("the import batch's report path could not be updated")
        result = replace(result, report_path=where)
    if report.fallback is None and report.failure is None:
        return result
    return replace(
        result,
        report_fallback=report.fallback,
        report_wanted=str(report.wanted) if report.wanted is not None else None,
        report_error=report.failure,
    )


def _import(
    conn: Connection,
    source: TableSource,
    options: ImportOptions,
    report: RejectReport,
    *,
    digest: str,
    list_name: str | None,
    created_by: int | None,
    sample_size: int,
    progress: Progress | None,
    cancel: CancelToken | None,
    workers: int | None,
    bulk_threshold: int,
    chunk_rows: int,
    started: float,
) -> ImportResult:
    chosen = _resolve_mapping(conn, source, options.mapping)
    options = _with_file_region(options, source, chosen)
    now = utcnow()
    batches = tables.import_batches
    batch_id = int(
        conn.execute(
            insert(batches).values(
                file_name=Path(source.path).name[:500], file_format=source.detected.format,
                file_sha256=digest, mapping={}, created_by=created_by, created_at=now,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
    )  # fmt: skip
    list_id, list_created = _get_or_create_list(conn, list_name, now)
    engine = ImportEngine(
        conn, source, chosen, options, write=True, progress=progress, cancel=cancel,
        sample_size=sample_size, workers=workers, bulk_threshold=bulk_threshold,
        chunk_rows=chunk_rows,
    )  # fmt: skip
    sink = BatchSink(engine, batch_id, now, list_id)
    engine.sink = sink

    def finish() -> None:
        sink.flush()
        engine.writer.sync()
        engine.writer.stop_background()
        if engine.bulk is not None:
            report_progress(progress, engine.counts.rows, 0)  # the indexes: how long is not known
            engine.bulk.restore(engine.cancel)

    try:
        # The indexes are rebuilt inside run() so that the workers finish scoring fuzzy
        # suggestions meanwhile.
        counts = engine.run(on_rejected=report.add, then=finish)
    finally:
        # Before the transaction ends either way: nothing may still write in background.
        engine.writer.stop_background()
        if engine.bulk is not None:
            engine.bulk.reset_cache()
    engine.check_cancel()
    # A suppressed (or erased) person who comes back in a file stays do-not-contact.
    flag_suppressed_of_import(conn, batch_id)
    remember_mapping(conn, chosen)
    report_path = report.final_path(batch_id)
    conn.execute(
        update(batches).where(batches.c.id == batch_id).values(
            mapping=_batch_json(chosen, options, counts, list_created, engine.bulk is not None),
            list_id=list_id, row_count=counts.rows, created_count=counts.created,
            updated_count=counts.updated, duplicate_count=counts.unchanged + counts.in_file,
            invalid_count=counts.invalid, rejected_count=counts.rejected,
            report_path=str(report_path) if report_path else None,
        )
    )  # fmt: skip
    return ImportResult(
        rows=counts.rows, created=counts.created, updated=counts.updated,
        duplicates=counts.unchanged + counts.in_file, invalid=counts.invalid,
        rejected=counts.rejected, batch_id=batch_id,
        report_path=str(report_path) if report_path else None,
        unchanged=counts.unchanged, in_file=counts.in_file,
        companies_created=counts.companies_created, list_id=list_id,
        fuzzy=tuple(counts.fuzzy), ledger=engine.ledger, bulk_load=engine.bulk is not None,
        seconds=time.monotonic() - started,
        facts=counts.facts(options),
        row_warning_count=source.row_warnings()[0], row_warnings=source.row_warnings()[1],
        changes=Changes.of(
            (
                *IMPORT_TABLES, *(("lists",) if list_created else ()),
                *(("reps",) if sink.reps_created else ()),
            ),
            operation="import", count=counts.created + counts.updated,
            import_batch_id=batch_id,
        ),
    )  # fmt: skip


def _batch_json(
    mapping: ColumnMapping, options: ImportOptions, counts: Counts, list_created: bool,
    bulk: bool,
) -> dict[str, Any]:  # fmt: skip
    """What ``import_batches.mapping`` holds (see the package docstring)."""
    return {
        "mapping": mapping.to_dict(),
        "options": {
            "merge_rule": str(options.merge_rule),
            "per_field": {k: str(v) for k, v in (options.per_field or {}).items()},
            "encoding": options.encoding, "delimiter": options.delimiter,
            "sheet": options.sheet, "default_region": options.default_region,
            "region_from": options.region_from, "source": options.source,
            "create_owners": options.create_owners,
        },
        "list_created": list_created,
        "companies_created": _ranges(counts.company_ids),
        "fuzzy_suggestions": [s.to_json() for s in counts.fuzzy],
        "fuzzy_truncated": counts.fuzzy_truncated,
        "merge_suggestions": [s.to_json() for s in counts.merge_suggestions],
        "unknown_values": counts.unknown_values,
        "bulk_load": bulk,
    }  # fmt: skip


def _ranges(ids: list[int]) -> list[list[int]]:
    """Compress ids into [first, last] runs (one run for a whole SQLite import)."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and runs[-1][1] + 1 == i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def _get_or_create_list(conn: Connection, name: str | None, now: Any) -> tuple[int | None, bool]:
    if not name or not name.strip():
        return None, False
    lists = tables.lists
    found = conn.execute(select(lists.c.id).where(lists.c.name == name.strip())).first()
    if found is not None:
        return int(found[0]), False
    new_id = conn.execute(
        insert(lists).values(name=name.strip()[:200], created_at=now, updated_at=now)
    ).inserted_primary_key[0]  # type: ignore[index]
    return int(new_id), True


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recent_imports(conn: Connection, limit: int = 20) -> list[ImportSummary]:
    """The latest imports, newest first (for the history and the Undo menu)."""
    t = tables.import_batches
    rows = conn.execute(select(t).order_by(t.c.id.desc()).limit(limit)).mappings()
    return [
        ImportSummary(
            batch_id=r["id"],
            file_name=r["file_name"],
            file_format=r["file_format"],
            created_at=r["created_at"],
            rows=r["row_count"],
            created=r["created_count"],
            updated=r["updated_count"],
            duplicates=r["duplicate_count"],
            invalid=r["invalid_count"],
            rejected=r["rejected_count"],
            report_path=r["report_path"],
            undone=bool(r["undone"]),
        )  # fmt: skip
        for r in rows
    ]
