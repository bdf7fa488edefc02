"""The values the import API hands out: options, inspections, plans, results.

Plain frozen dataclasses (no SQLAlchemy objects), so the Qt wizard can pass them between
threads and show them as they are.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.duplicates.merge import MergeRule
from app.core.importing import ColumnMapping, DetectedFormat, RowWarning, SourceRow
from app.core.ops import NO_CHANGES, Changes

#: The categories every row of a file falls into (exactly one each), plus ``invalid``
#: which overlaps ``created``/``updated`` (a stored row with an invalid email or phone).
Category = Literal["created", "updated", "unchanged", "in_file", "rejected", "invalid"]
CATEGORIES: tuple[Category, ...] = (
    "created",
    "updated",
    "unchanged",
    "in_file",
    "rejected",
    "invalid",
)

#: How many example rows a plan keeps per category (row numbers are kept for all rows).
DEFAULT_SAMPLE_SIZE = 200


class MappingMismatchError(ValueError):
    """The column mapping given was made for a file with other columns.

    ``str()`` is an English sentence for logs and the CLI; an interface words ``code``.

    Attributes:
        code: ``"mapping_mismatch"``.
    """

    code = "mapping_mismatch"

    def __init__(self) -> None:
        super().__init__(
            "The column mapping was made for a file with other columns; "
            "inspect this file again and map its columns."
        )


def is_finishing(done: int, total: int) -> bool:
    """Whether an import's progress report means "every row is in; finishing".

    An import reports ``progress(rows read, rows the file holds)``, the total estimated
    from the share of the file read so far (so ``done / total`` is that share). Once
    every row is written, a bulk load rebuilds its indexes and the search index, for an
    unknown while: it reports ``(rows, 0)`` then (the contract's "total not known", a
    busy bar), and ``(rows, rows)`` when the import is committed.
    """
    return total == 0 and done > 0


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """How to read a file and how to treat what matches.

    Attributes:
        encoding: Text encoding (None: detect).
        delimiter: Field separator (None: sniff).
        sheet: Workbook sheet name or index (None: the first with cells).
        mapping: Which column goes where (None: the remembered mapping for this header
            signature, else the automatic one).
        merge_rule: How a row matching an existing contact changes it.
        per_field: Merge-rule overrides by field (see :func:`app.core.merge.plan_merge`).
        pad_short_rows: Accept text rows with too few fields instead of rejecting them.
        default_region: Region for phones of rows without a country (e.g. ``"RU"``).
        fuzzy: Look for fuzzy duplicate suggestions among the new contacts.
        source: ``inbound``, ``outbound`` or ``referral`` for rows that name no source;
            inbound rows get an arrival time (their date column, else ``now``).
        create_owners: Create a rep for each owner name no rep has (else the name is
            kept in the contact's custom fields and listed as unknown).
        now: The import's clock (arrival time of inbound rows without a date).
        region_from: Where ``default_region`` came from: ``option`` (given), ``file``
            (inferred from the file), or None.
    """

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | int | None = None
    mapping: ColumnMapping | None = None
    merge_rule: MergeRule = MergeRule.FILL_EMPTY
    per_field: Mapping[str, MergeRule] | None = None
    pad_short_rows: bool = False
    default_region: str | None = None
    fuzzy: bool = True
    source: str | None = None
    create_owners: bool = False
    now: Any = None
    region_from: str | None = None


@dataclass(frozen=True)
class MergeSuggestion:
    """A row whose exact keys lead to two (or more) different stored contacts.

    It merges into none of them: the duplicates review screen shows the contacts side by
    side, and a person decides.

    Attributes:
        row: The row of the file.
        contact_ids: The stored contacts it matches, the first by its strongest key.
        key: How it matched the first (``email``, ``phone_name``...).
    """

    row: int
    contact_ids: tuple[int, ...]
    key: str

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (stored in the batch record)."""
        return {"row": self.row, "contact_ids": list(self.contact_ids), "key": self.key}


@dataclass(frozen=True)
class ImportFacts:
    """What the second pass reports next to the counts (plan and result alike).

    Attributes:
        matched_by: Rows matching a stored contact or an earlier row, by the key that
            matched (``email``, ``phone_name``, ``phone_initial``, ``raw_email``,
            ``name_company``, ``id``).
        unknown_values: Owner, stage, source, lead-type and arrival text the app did not
            recognise, ``{field: {value: rows}}`` (the raw text is kept on the contact).
        merge_suggestions: Rows that match two different stored contacts.
        owners_created: Reps created for unknown owners (``create_owners``).
        region: The default phone region used, and where it came from.
        region_from: ``option``, ``file`` or None.
        phones: Rows with a phone number.
        phones_parsed: Of those, numbers read into E.164.
    """

    matched_by: dict[str, int] = field(default_factory=dict)
    unknown_values: dict[str, dict[str, int]] = field(default_factory=dict)
    merge_suggestions: tuple[MergeSuggestion, ...] = ()
    owners_created: int = 0
    region: str | None = None
    region_from: str | None = None
    phones: int = 0
    phones_parsed: int = 0

    def to_json(self) -> dict[str, Any]:
        """The CLI's extra JSON keys."""
        return {
            "matched_by": dict(sorted(self.matched_by.items())),
            "unknown_values": {
                name: dict(sorted(values.items(), key=lambda kv: (-kv[1], kv[0])))
                for name, values in sorted(self.unknown_values.items())
            },
            "merge_suggestions": [s.to_json() for s in self.merge_suggestions],
            "owners_created": self.owners_created,
            "region": self.region, "region_from": self.region_from,
            "phones": {"rows": self.phones, "parsed": self.phones_parsed},
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class FileInspection:
    """What the wizard's first page shows about a file.

    Attributes:
        path: The file.
        detected: Format, encoding, delimiter, sheets, encoding candidates, warnings.
        headers: The (unique) column names.
        preview: The first rows as read (rejected ones carry their problem).
        auto_mapping: The mapping guessed from headers and content.
        remembered_mapping: The mapping used last time for a file with the same header
            signature, or None.
        signature: The header signature.
    """

    path: str
    detected: DetectedFormat
    headers: tuple[str, ...]
    preview: tuple[SourceRow, ...]
    auto_mapping: ColumnMapping
    remembered_mapping: ColumnMapping | None
    signature: str

    @property
    def mapping(self) -> ColumnMapping:
        """The mapping to start from: the remembered one if any, else the automatic one."""
        return self.remembered_mapping or self.auto_mapping


@dataclass(frozen=True, slots=True)
class RowDetail:
    """One example row behind a number of a plan or result.

    ``message`` is English; ``args`` carries what it names, so that the wizard can say
    it in another language without reading the English sentence:

    - ``merge`` (updated rows): the contact columns the row changes, sorted
      (``("city", "title")``); ``()`` when it only adds contact points or tags.
    - rejected rows: the reader's ``RowProblem.args`` for its codes
      (``too_many_fields``...), and for ``value_too_long`` ``(field, limit)``: the
      contact field and its longest allowed value in characters, as digits.
    - any other reason: ``()`` (duplicates carry ``first_row`` / ``contact_id``).

    Attributes:
        number: The row's number in the file (as :class:`SourceRow` numbers it).
        category: Which count it belongs to.
        name: The person's name as it will be stored (may be empty).
        email: The email as written.
        reason: Why it is in this category: a reason code (``email:invalid``,
            ``too_many_fields``, ``duplicate_of_row``...).
        message: A sentence for people.
        contact_id: The existing contact it matches (updated / unchanged rows).
        first_row: The earlier row it repeats (``in_file`` rows).
        args: The values ``message`` names, by reason (above).
    """

    number: int
    category: Category
    name: str
    email: str
    reason: str
    message: str
    contact_id: int | None = None
    first_row: int | None = None
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class FuzzySuggestion:
    """Two contacts that may be one person (never merged automatically).

    Attributes:
        row: The row of the file.
        other_row: The other row of the file, when the pair is inside the file.
        contact_id: The existing contact, when the pair is file vs. database.
        score: Similarity from 0 to 100.
        reasons: Why they look alike (``nickname``, ``same_company``...).
    """

    row: int
    other_row: int | None
    contact_id: int | None
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form (stored in the batch record)."""
        return {
            "row": self.row, "other_row": self.other_row, "contact_id": self.contact_id,
            "score": self.score, "reasons": list(self.reasons),
        }  # fmt: skip


@dataclass
class RowLedger:
    """Every row's number per category (compact), plus bounded examples with details.

    A million-row plan keeps a million row numbers in unsigned-int arrays (4 MB), never a
    million objects.
    """

    sample_size: int = DEFAULT_SAMPLE_SIZE
    numbers: dict[str, array[int]] = field(
        default_factory=lambda: {c: array("I") for c in CATEGORIES}
    )
    samples: dict[str, list[RowDetail]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})

    def add(self, detail: RowDetail) -> None:
        """Count a row, keeping its details while the category has room."""
        self.numbers[detail.category].append(detail.number)
        sample = self.samples[detail.category]
        if len(sample) < self.sample_size:
            sample.append(detail)

    def count_row(self, category: Category, number: int) -> bool:
        """Count a row (hot path); True when its details should be kept with :meth:`keep`."""
        self.numbers[category].append(number)
        return len(self.samples[category]) < self.sample_size

    def keep(self, detail: RowDetail) -> None:
        """Keep an example row counted with :meth:`count_row`."""
        self.samples[detail.category].append(detail)

    def count(self, category: Category) -> int:
        """How many rows are in a category."""
        return len(self.numbers[category])


@dataclass(frozen=True)
class ImportPlan:
    """The dry run: what an import would do, with the rows behind each number.

    Rows fall into exactly one of ``created`` (new contacts), ``updated`` (an existing
    contact would change), ``unchanged`` (matches an existing contact and adds nothing),
    ``in_file`` (repeats an earlier row of the same file) and ``rejected`` (cannot be
    stored). ``invalid`` counts stored rows (created or updated) whose email or phone is
    invalid; their raw values are kept.

    Attributes:
        path: The file.
        mapping: The mapping used.
        detected: What was detected about the file.
        rows: Data rows read.
        created: Rows that would create a contact.
        updated: Rows that would change an existing contact.
        unchanged: Rows matching an existing contact with nothing to add.
        in_file: Rows repeating an earlier row of the file.
        invalid: Stored rows with an invalid email or phone.
        rejected: Rows that cannot be stored.
        companies_created: Companies that would be created.
        ledger: Row numbers per category and examples (``ledger.samples``).
        fuzzy: Suggested possible duplicates (bounded).
        fuzzy_truncated: True when more suggestions were found than kept.
        row_warnings: Rows read with something to check (:class:`RowWarning`: a
            formula saved without its value...), the first ``MAX_ROW_WARNINGS``.
        row_warning_count: Every such warning.
    """

    path: str
    mapping: ColumnMapping
    detected: DetectedFormat
    rows: int
    created: int
    updated: int
    unchanged: int
    in_file: int
    invalid: int
    rejected: int
    companies_created: int
    ledger: RowLedger
    fuzzy: tuple[FuzzySuggestion, ...] = ()
    fuzzy_truncated: bool = False
    facts: ImportFacts = field(default_factory=ImportFacts)
    row_warnings: tuple[RowWarning, ...] = ()
    row_warning_count: int = 0

    @property
    def duplicates(self) -> int:
        """Rows that create nothing because they repeat a contact (in the file or stored)."""
        return self.unchanged + self.in_file

    def row_numbers(self, category: Category) -> array[int]:
        """Every row number in a category, in file order."""
        return self.ledger.numbers[category]

    def samples(self, category: Category) -> list[RowDetail]:
        """Example rows of a category (at most ``ledger.sample_size``)."""
        return self.ledger.samples[category]

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--dry-run --json`` object."""
        return {
            "dry_run": True, "rows": self.rows, "created": self.created,
            "updated": self.updated, "duplicates": self.duplicates,
            "unchanged": self.unchanged, "in_file": self.in_file, "invalid": self.invalid,
            "rejected": self.rejected, "companies_created": self.companies_created,
            "batch_id": None, "fuzzy_suggestions": len(self.fuzzy),
            "rejected_rows": [_detail_json(d) for d in self.samples("rejected")[:20]],
            "updated_rows": [
                {"row": d.number, "contact_id": d.contact_id, "fields": list(d.args)}
                for d in self.samples("updated")[:20]
            ],
            **self.facts.to_json(),
            **_warnings_json(self.row_warnings, self.row_warning_count),
        }  # fmt: skip


@dataclass(frozen=True)
class ImportResult:
    """What :func:`run_import` did (committed).

    Attributes:
        rows: Data rows read.
        created: Contacts created.
        updated: Existing contacts changed.
        duplicates: Rows that created nothing because they repeat a contact
            (``unchanged + in_file``).
        invalid: Stored rows with an invalid email or phone (raw values kept).
        rejected: Rows that could not be stored (listed in ``report_path``).
        batch_id: The ``import_batches`` row; pass it to :func:`undo_import`.
        report_path: The rejected-rows report, or None when nothing was rejected.
        unchanged: Rows matching an existing contact with nothing to add.
        in_file: Rows repeating an earlier row of the file.
        companies_created: Companies created.
        list_id: The list the contacts were added to, if any.
        fuzzy: Suggested possible duplicates (also stored with the batch).
        ledger: Row numbers per category and examples.
        bulk_load: True when indexes and the search index were rebuilt after the load.
        seconds: Wall time of the import.
        changes: The tables it wrote to, its import batch (which undoes it) and
            ``count``, the contacts created and updated (operation ``import``).
        report_fallback: Why the report is not beside the file (``read_only``,
            ``disk_full``, ``cannot_write``; it went to the data folder), else None.
        report_wanted: The folder the report could not be written to, with
            ``report_fallback``.
        report_error: Why no report could be written at all (same codes), else None.
        row_warnings: Rows stored with something the user should check (see
            :class:`RowWarning`), the first :data:`MAX_ROW_WARNINGS`.
        row_warning_count: Every such row warning.
    """

    rows: int
    created: int
    updated: int
    duplicates: int
    invalid: int
    rejected: int
    batch_id: int
    report_path: str | None
    unchanged: int = 0
    in_file: int = 0
    companies_created: int = 0
    list_id: int | None = None
    fuzzy: tuple[FuzzySuggestion, ...] = ()
    ledger: RowLedger = field(default_factory=RowLedger)
    bulk_load: bool = False
    seconds: float = 0.0
    changes: Changes = NO_CHANGES
    facts: ImportFacts = field(default_factory=ImportFacts)
    report_fallback: str | None = None
    report_wanted: str | None = None
    report_error: str | None = None
    row_warnings: tuple[RowWarning, ...] = ()
    row_warning_count: int = 0

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object (docs/headless.md)."""
        return {
            "rows": self.rows, "created": self.created, "updated": self.updated,
            "duplicates": self.duplicates, "invalid": self.invalid,
            "rejected": self.rejected, "batch_id": self.batch_id,
            "report_path": self.report_path, "unchanged": self.unchanged,
            "in_file": self.in_file, "companies_created": self.companies_created,
            "list_id": self.list_id, "fuzzy_suggestions": len(self.fuzzy),
            "seconds": round(self.seconds, 3), **self.facts.to_json(),
            "report_fallback": self.report_fallback, "report_wanted": self.report_wanted,
            "report_error": self.report_error,
            **_warnings_json(self.row_warnings, self.row_warning_count),
        }  # fmt: skip


@dataclass(frozen=True)
class UndoConflict:
    """A contact undo would not touch because someone changed it after the import.

    Attributes:
        contact_id: The contact.
        action: What the import did to it (``created`` / ``updated``).
        reason: Why it conflicts (``edited since the import``, ``deleted since``...).
    """

    contact_id: int
    action: str
    reason: str


@dataclass(frozen=True)
class UndoImportResult:
    """What :func:`undo_import` did, or would have done when it refused.

    Attributes:
        applied: False when conflicts made undo refuse (nothing changed).
        deleted: Created contacts removed.
        restored: Updated contacts put back as they were.
        conflicts: Contacts left alone because they changed after the import.
        companies_deleted: Companies the import created and nothing uses any more.
        changes: What undo wrote (operation ``undo_import``, ``count`` the contacts
            deleted and restored); empty when it refused.
    """

    applied: bool
    deleted: int = 0
    restored: int = 0
    conflicts: tuple[UndoConflict, ...] = ()
    companies_deleted: int = 0
    changes: Changes = NO_CHANGES


@dataclass(frozen=True)
class ImportSummary:
    """One line of the import history.

    Attributes:
        batch_id: The batch.
        file_name: The file's name.
        file_format: ``csv``, ``xlsx``, ``vcard``...
        created_at: When it ran (UTC).
        rows, created, updated, duplicates, invalid, rejected: Its counts.
        report_path: Its rejected-rows report, if any.
        undone: Whether it was undone.
    """

    batch_id: int
    file_name: str
    file_format: str | None
    created_at: Any
    rows: int
    created: int
    updated: int
    duplicates: int
    invalid: int
    rejected: int
    report_path: str | None
    undone: bool


def _warnings_json(warnings: tuple[RowWarning, ...], count: int) -> dict[str, Any]:
    """``row_warnings`` (the first, each ``row``, ``code``, ``args``) and their count."""
    return {"row_warnings": [w.to_json() for w in warnings], "row_warning_count": count}


def _detail_json(detail: RowDetail) -> dict[str, Any]:
    return {"row": detail.number, "reason": detail.reason, "message": detail.message}


@dataclass
class Counts:
    """Running totals of an import or dry run."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    in_file: int = 0
    invalid: int = 0
    rejected: int = 0
    companies_created: int = 0
    company_ids: list[int] = field(default_factory=list)
    fuzzy: list[FuzzySuggestion] = field(default_factory=list)
    fuzzy_truncated: bool = False
    matched_by: dict[str, int] = field(default_factory=dict)
    unknown_values: dict[str, dict[str, int]] = field(default_factory=dict)
    merge_suggestions: list[MergeSuggestion] = field(default_factory=list)
    owners_created: int = 0
    phones: int = 0
    phones_parsed: int = 0

    def facts(self, options: ImportOptions) -> ImportFacts:
        """The second pass's figures, for a plan or a result."""
        return ImportFacts(
            dict(self.matched_by), {k: dict(v) for k, v in self.unknown_values.items()},
            tuple(self.merge_suggestions), self.owners_created, options.default_region,
            options.region_from, self.phones, self.phones_parsed,
        )  # fmt: skip
