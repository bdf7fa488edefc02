"""Seeding the shipped templates and snippets, once per database.

Like the shipped cadences: a settings flag remembers the seeding, so a shipped template
the user deleted does not come back, and a template or snippet of the same name already
stored (the demo's, the user's own) keeps its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from sqlalchemy import insert, select

from app.core.ops import NO_CHANGES, Changes
from app.core.templating.shipped import shipped_templates
from app.storage import tables
from app.storage.types import utcnow

if TYPE_CHECKING:
    from app.storage.database import Database

__all__ = ["SEEDED_KEY", "seed_shipped_templates"]

#: The settings key saying the shipped templates were seeded into this database.
SEEDED_KEY: Final = "templates.shipped_seeded"


def seed_shipped_templates(db: Database) -> Changes:
    """Store the shipped templates and snippets, once per database.

    Returns:
        The change, or ``NO_CHANGES`` when seeded before (or the database is read-only).
    """
    if db.read_only:
        return NO_CHANGES
    settings = tables.settings
    with db.reading() as conn:
        if conn.execute(select(settings.c.key).where(settings.c.key == SEEDED_KEY)).first():
            return NO_CHANGES
    templates, snippets = shipped_templates()
    t, v, s = tables.templates, tables.template_variants, tables.template_snippets
    added: list[int] = []
    with db.transaction() as conn:
        if conn.execute(select(settings.c.key).where(settings.c.key == SEEDED_KEY)).first():
            return NO_CHANGES  # another process seeded it meanwhile
        taken = {name.lower() for name in conn.execute(select(t.c.name)).scalars()}
        now = utcnow()
        for shipped in templates:
            if shipped.name.lower() in taken:
                continue
            subject, body = shipped.texts[shipped.language]
            template_id = int(
                conn.execute(
                    insert(t)
                    .values(
                        name=shipped.name,
                        channel=shipped.channel,
                        language=shipped.language,
                        is_html=False,
                        subject=subject,
                        body=body,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    )  # fmt: skip
                    .returning(t.c.id)
                ).scalar_one()
            )
            added.append(template_id)
            for language, (subject, body) in shipped.texts.items():
                if language != shipped.language:
                    conn.execute(
                        insert(v).values(template_id=template_id, label="A",
                                         language=language, subject=subject, body=body)
                    )  # fmt: skip
        have = {(str(n), str(lang)) for n, lang in conn.execute(select(s.c.name, s.c.language))}
        for snippet in snippets:
            if (snippet.name, snippet.language) not in have:
                conn.execute(
                    insert(s).values(
                        name=snippet.name,
                        language=snippet.language,
                        body=snippet.body,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    )  # fmt: skip
                )
        conn.execute(insert(settings).values(key=SEEDED_KEY, value=True))
    return Changes.of(
        {"templates", "template_variants", "template_snippets", "settings"},
        ids={"templates": added},
        operation="seed_templates",
        count=len(added),
    )
