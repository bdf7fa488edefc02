"""Stored templates and snippets: list, load, create, update (versioned), delete.

A template row holds its name, channel, default language, HTML flag, version and its own
subject and body: variant "A" in the default language. ``template_variants`` holds every
other (A/B label, language) pair. Saving a template writes the row and all its variants
as one undoable change set, and refuses to write over a newer version.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import func, insert, or_, select
from sqlalchemy.engine import Connection

from app.core.ops import Changes
from app.core.templating import normalize_language
from app.storage import tables
from app.storage.changes import ChangeRecorder, record_changes
from app.storage.templates.errors import TemplateStoreError
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = [
    "DEFAULT_LABEL",
    "SnippetRecord",
    "TemplateDraft",
    "TemplateInfo",
    "TemplateRecord",
    "TemplateSaved",
    "VariantText",
    "create_template",
    "delete_snippet",
    "delete_template",
    "list_snippets",
    "list_templates",
    "load_template",
    "save_snippet",
    "snippets_for",
    "update_template",
]

#: The label of a template's own text (and of a template without A/B variants).
DEFAULT_LABEL: Final = "A"
_LABEL = re.compile(r"^[A-Za-z0-9]{1,8}$")


@dataclass(frozen=True)
class VariantText:
    """One variant's text.

    Attributes:
        label: The A/B label ("A", "B", ...).
        language: The language code ("en", "ru", "zh", "lt", ...).
        subject: The subject template ("" for channels without one).
        body: The body template.
    """

    label: str
    language: str
    subject: str
    body: str


@dataclass(frozen=True)
class TemplateDraft:
    """What the editor saves.

    Attributes:
        name: The unique name (cadence steps refer to it).
        variants: Every variant; one must be label "A" in ``language``.
        channel: ``email`` (or ``message``/``call`` for notes and scripts).
        language: The default language.
        is_html: The bodies are simple HTML.
    """

    name: str
    variants: tuple[VariantText, ...]
    channel: str = "email"
    language: str = "en"
    is_html: bool = False


@dataclass(frozen=True)
class TemplateRecord:
    """A stored template with all its variants (the default variant first)."""

    id: int
    name: str
    channel: str
    language: str
    is_html: bool
    version: int
    updated_at: datetime
    variants: tuple[VariantText, ...]

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages it has a variant in, the default first."""
        seen = dict.fromkeys([self.language, *(v.language for v in self.variants)])
        return tuple(seen)

    def labels(self, language: str) -> tuple[str, ...]:
        """The A/B labels written in ``language``, sorted."""
        return tuple(sorted({v.label for v in self.variants if v.language == language}))

    def variant(self, label: str, language: str) -> VariantText | None:
        """The variant with this label and language, if it exists."""
        for v in self.variants:
            if v.label == label and v.language == language:
                return v
        return None

    def draft(self) -> TemplateDraft:
        """The record as a draft, for editing."""
        return TemplateDraft(self.name, self.variants, self.channel, self.language, self.is_html)


@dataclass(frozen=True)
class TemplateInfo:
    """A template as a list shows it."""

    id: int
    name: str
    channel: str
    language: str
    languages: tuple[str, ...]
    labels: tuple[str, ...]
    version: int
    updated_at: datetime


@dataclass(frozen=True)
class TemplateSaved:
    """The result of a create or update: the id, the new version, and the change."""

    id: int
    version: int
    changes: Changes


@dataclass(frozen=True)
class SnippetRecord:
    """A stored snippet ("" language: for every language)."""

    id: int
    name: str
    language: str
    body: str
    version: int


def _check_draft(draft: TemplateDraft) -> TemplateDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise TemplateStoreError("no_name")
    language = normalize_language(draft.language)
    if language is None:
        raise TemplateStoreError("bad_language", {"language": draft.language})
    variants: list[VariantText] = []
    seen: set[tuple[str, str]] = set()
    for v in draft.variants:
        label = v.label.strip().upper()
        if not _LABEL.match(label):
            raise TemplateStoreError("bad_label", {"label": v.label})
        lang = normalize_language(v.language)
        if lang is None:
            raise TemplateStoreError("bad_language", {"language": v.language})
        if (label, lang) in seen:
            raise TemplateStoreError("duplicate_variant", {"label": label, "language": lang})
        seen.add((label, lang))
        variants.append(VariantText(label, lang, v.subject, v.body))
    if (DEFAULT_LABEL, language) not in seen:
        raise TemplateStoreError("missing_default_variant", {"language": language})
    variants.sort(key=lambda v: (v.language != language, v.language, v.label))
    return TemplateDraft(name, tuple(variants), draft.channel, language, draft.is_html)


def _find_id(conn: Connection, template: int | str) -> int:
    t = tables.templates
    where = t.c.id == template if isinstance(template, int) else t.c.name == template
    found = conn.execute(select(t.c.id).where(where)).scalar()
    if found is None:
        raise TemplateStoreError("unknown_template", {"name": str(template)})
    return int(found)


def load_template(conn: Connection, template: int | str) -> TemplateRecord:
    """A stored template by id or name, with every variant.

    Raises:
        TemplateStoreError: ``unknown_template``.
    """
    t, v = tables.templates, tables.template_variants
    template_id = _find_id(conn, template)
    row = conn.execute(select(t).where(t.c.id == template_id)).one()
    variants = [VariantText(DEFAULT_LABEL, row.language, row.subject or "", row.body or "")]
    for var in conn.execute(
        select(v.c.label, v.c.language, v.c.subject, v.c.body)
        .where(v.c.template_id == template_id)
        .order_by(v.c.language, v.c.label)
    ):
        variants.append(VariantText(var.label, var.language, var.subject or "", var.body or ""))
    return TemplateRecord(
        int(row.id), row.name, row.channel, row.language, bool(row.is_html), int(row.version),
        row.updated_at, tuple(variants),
    )  # fmt: skip


def list_templates(db: Database, *, channel: str | None = None) -> list[TemplateInfo]:
    """Every stored template by name (the shipped ones seeded first if they never were)."""
    from app.storage.templates.shipped import seed_shipped_templates

    seed_shipped_templates(db)
    t, v = tables.templates, tables.template_variants
    with db.reading() as conn:
        query = select(t.c.id, t.c.name, t.c.channel, t.c.language, t.c.version, t.c.updated_at)
        if channel is not None:
            query = query.where(t.c.channel == channel)
        rows = conn.execute(query.order_by(t.c.name)).all()
        extra: dict[int, list[tuple[str, str]]] = {}
        for template_id, label, language in conn.execute(
            select(v.c.template_id, v.c.label, v.c.language)
        ):
            extra.setdefault(int(template_id), []).append((label, language))
    out = []
    for row in rows:
        pairs = extra.get(int(row.id), [])
        languages = tuple(dict.fromkeys([row.language, *sorted(lang for _, lang in pairs)]))
        labels = tuple(sorted({DEFAULT_LABEL, *(label for label, _ in pairs)}))
        out.append(TemplateInfo(int(row.id), row.name, row.channel, row.language, languages,
                                labels, int(row.version), row.updated_at))  # fmt: skip
    return out


def _name_taken(conn: Connection, name: str, except_id: int | None) -> bool:
    t = tables.templates
    query = select(t.c.id).where(func.lower(t.c.name) == name.lower())
    if except_id is not None:
        query = query.where(t.c.id != except_id)
    return conn.execute(query).first() is not None


def _write_variants(rec: ChangeRecorder, template_id: int, draft: TemplateDraft) -> None:
    """Make the variant rows match the draft: update in place, insert, then delete.

    Inserting before deleting gives new rows ids above every existing one, so undo (which
    restores the deleted rows and removes the inserted ones) never meets a reused id.
    """
    v = tables.template_variants
    existing = {
        (label, language): int(variant_id)
        for variant_id, label, language in rec.conn.execute(
            select(v.c.id, v.c.label, v.c.language).where(v.c.template_id == template_id)
        )
    }
    keep: set[int] = set()
    for var in draft.variants:
        if var.label == DEFAULT_LABEL and var.language == draft.language:
            continue
        values = {"subject": var.subject or None, "body": var.body}
        found = existing.get((var.label, var.language))
        if found is not None:
            rec.update("template_variants", found, values)
            keep.add(found)
            continue
        variant_id = rec.conn.execute(
            insert(v)
            .values(template_id=template_id, label=var.label, language=var.language, **values)
            .returning(v.c.id)
        ).scalar_one()
        rec.record_insert("template_variants", {"id": int(variant_id)})
    gone = sorted(set(existing.values()) - keep)
    if gone:
        rec.delete("template_variants", gone)


def _row_values(draft: TemplateDraft) -> dict[str, Any]:
    base = next(
        v for v in draft.variants if v.label == DEFAULT_LABEL and v.language == draft.language
    )
    return {
        "name": draft.name, "channel": draft.channel, "language": draft.language,
        "is_html": draft.is_html, "subject": base.subject or None, "body": base.body,
    }  # fmt: skip


def create_template(db: Database, draft: TemplateDraft) -> TemplateSaved:
    """Store a new template with its variants, undoably.

    Raises:
        TemplateStoreError: ``no_name``, ``template_exists``, ``bad_label``,
            ``bad_language``, ``duplicate_variant``, ``missing_default_variant``.
    """
    draft = _check_draft(draft)
    with record_changes(db, kind="create_template", description=draft.name) as rec:
        if _name_taken(rec.conn, draft.name, None):
            raise TemplateStoreError("template_exists", {"name": draft.name})
        now = utcnow()
        t = tables.templates
        template_id = int(
            rec.conn.execute(
                insert(t)
                .values(version=1, created_at=now, updated_at=now, **_row_values(draft))
                .returning(t.c.id)
            ).scalar_one()
        )
        rec.record_insert("templates", {"id": template_id})
        _write_variants(rec, template_id, draft)
    return TemplateSaved(template_id, 1, rec.changes(count=1))


def update_template(
    db: Database, template_id: int, draft: TemplateDraft, *, expected_version: int
) -> TemplateSaved:
    """Save an edited template over the version the editor opened, undoably.

    Args:
        db: The database.
        template_id: The template.
        draft: Its new name, settings and variants (all of them: variants not in the
            draft are removed).
        expected_version: The version the editor loaded; a newer stored version (somebody
            else saved meanwhile) is refused, never overwritten.

    Raises:
        TemplateStoreError: ``unknown_template``, ``stale_version``, ``template_exists``
            and the draft's codes (see :func:`create_template`).
    """
    draft = _check_draft(draft)
    t = tables.templates
    with record_changes(db, kind="update_template", description=draft.name) as rec:
        current = rec.conn.execute(select(t.c.version).where(t.c.id == template_id)).scalar()
        if current is None:
            raise TemplateStoreError("unknown_template", {"name": str(template_id)})
        if int(current) != expected_version:
            raise TemplateStoreError("stale_version", {
                "name": draft.name, "expected": expected_version, "current": int(current),
            })  # fmt: skip
        if _name_taken(rec.conn, draft.name, template_id):
            raise TemplateStoreError("template_exists", {"name": draft.name})
        rec.update("templates", template_id, {**_row_values(draft), "version": current + 1})
        _write_variants(rec, template_id, draft)
    return TemplateSaved(template_id, int(current) + 1, rec.changes(count=1))


def delete_template(db: Database, template_id: int) -> Changes:
    """Delete a template with its variants, undoably (cadence steps naming it then block).

    Raises:
        TemplateStoreError: ``unknown_template``.
    """
    with record_changes(db, kind="delete_template", description=str(template_id)) as rec:
        _find_id(rec.conn, template_id)
        rec.delete("templates", [template_id])
    return rec.changes(count=1)


def list_snippets(conn: Connection) -> list[SnippetRecord]:
    """Every stored snippet, by name then language."""
    s = tables.template_snippets
    rows = conn.execute(
        select(s.c.id, s.c.name, s.c.language, s.c.body, s.c.version).order_by(
            s.c.name, s.c.language
        )
    )
    return [SnippetRecord(int(r.id), r.name, r.language, r.body, int(r.version)) for r in rows]


def snippets_for(conn: Connection, language: str) -> dict[str, str]:
    """The snippets a render in ``language`` sees: that language's, else the common ones."""
    s = tables.template_snippets
    out: dict[str, str] = {}
    rows = conn.execute(
        select(s.c.name, s.c.language, s.c.body).where(
            or_(s.c.language == language, s.c.language == "")
        )
    )
    for name, snippet_language, body in rows:
        if snippet_language == language or name not in out:
            out[name] = body
    return out


def save_snippet(
    db: Database,
    name: str,
    body: str,
    *,
    language: str = "",
    expected_version: int | None = None,
) -> TemplateSaved:
    """Create a snippet, or update it over the version the editor opened, undoably.

    Args:
        db: The database.
        name: Its name (letters, digits, ``_``, ``-``, ``.``).
        body: Its template text.
        language: Its language, or "" for every language.
        expected_version: None to create; the loaded version to update.

    Raises:
        TemplateStoreError: ``no_name``, ``bad_language``, ``template_exists`` (a snippet
            of that name and language exists), ``unknown_snippet``, ``stale_version``.
    """
    name = name.strip()
    if not re.fullmatch(r"[\w.-]{1,100}", name):
        raise TemplateStoreError("no_name")
    if language:
        checked = normalize_language(language)
        if checked is None:
            raise TemplateStoreError("bad_language", {"language": language})
        language = checked
    s = tables.template_snippets
    with record_changes(db, kind="save_snippet", description=name) as rec:
        row = rec.conn.execute(
            select(s.c.id, s.c.version).where(s.c.name == name, s.c.language == language)
        ).first()
        if expected_version is None:
            if row is not None:
                raise TemplateStoreError("template_exists", {"name": name})
            now = utcnow()
            snippet_id = int(
                rec.conn.execute(
                    insert(s)
                    .values(
                        name=name,
                        language=language,
                        body=body,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    )  # fmt: skip
                    .returning(s.c.id)
                ).scalar_one()
            )
            rec.record_insert("template_snippets", {"id": snippet_id})
            version = 1
        else:
            if row is None:
                raise TemplateStoreError("unknown_snippet", {"name": name})
            if int(row.version) != expected_version:
                raise TemplateStoreError("stale_version", {
                    "name": name, "expected": expected_version, "current": int(row.version),
                })  # fmt: skip
            snippet_id = int(row.id)
            version = expected_version + 1
            rec.update("template_snippets", snippet_id, {"body": body, "version": version})
    return TemplateSaved(snippet_id, version, rec.changes(count=1))


def delete_snippet(db: Database, snippet_ids: Sequence[int]) -> Changes:
    """Delete snippets by id, undoably (templates including them then block)."""
    with record_changes(db, kind="delete_snippet") as rec:
        rec.delete("template_snippets", list(snippet_ids))
    return rec.changes(count=len(snippet_ids))
