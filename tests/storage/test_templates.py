"""Template storage on real SQLite files: CRUD, versions, seeding, rendering, A/B evenness."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select, update

from app.core.templating import RenderBlocked, Sender
from app.storage import tables
from app.storage.cadences import add_rep, enroll, import_cadence, seed_shipped_cadences
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.templates import (
    TemplateDraft,
    TemplateStoreError,
    VariantText,
    create_template,
    delete_template,
    list_snippets,
    list_templates,
    load_template,
    render_for_contact,
    render_step_email,
    save_snippet,
    seed_shipped_templates,
    update_template,
)
from tests.cadences_data import MONDAY, add_contact

SENDER = Sender(
    "Anna Berg", "anna@seller.example", "Anna Berg\nSales, Seller Ltd", "1 Main St, Vilnius"
)


def _draft(
    name: str = "Hello", body: str = "Hi {{ first_name }}", **extra: VariantText
) -> TemplateDraft:
    variants = (
        VariantText("A", "en", "Hello {{ company | default('there') }}", body),
        *extra.values(),
    )
    return TemplateDraft(name, variants)


def test_a_template_is_created_loaded_updated_and_undone(db: Database) -> None:
    saved = create_template(db, _draft(b=VariantText("B", "en", "Other", "B body")))
    assert saved.version == 1 and saved.changes.touches("templates", "template_variants")
    with db.reading() as conn:
        record = load_template(conn, "Hello")
    assert [(v.label, v.language) for v in record.variants] == [("A", "en"), ("B", "en")]
    assert record.labels("en") == ("A", "B")

    ru = VariantText("A", "ru", "Привет", "Здравствуйте, {{ greeting_name }}!")
    updated = update_template(db, saved.id, _draft(ru=ru), expected_version=1)
    assert updated.version == 2
    with db.reading() as conn:
        record = load_template(conn, saved.id)
    assert (
        record.version == 2 and record.languages == ("en", "ru") and record.labels("en") == ("A",)
    )

    assert updated.changes.change_set_id is not None
    undo_change_set(db, updated.changes.change_set_id)
    with db.reading() as conn:
        record = load_template(conn, saved.id)
    assert record.labels("en") == ("A", "B") and record.languages == ("en",)


def test_a_save_over_a_newer_version_is_refused_and_writes_nothing(db: Database) -> None:
    saved = create_template(db, _draft())
    update_template(db, saved.id, _draft(body="mine"), expected_version=1)
    with pytest.raises(TemplateStoreError) as caught:
        update_template(db, saved.id, _draft(body="theirs"), expected_version=1)
    assert caught.value.code == "stale_version"
    assert caught.value.arguments == {"name": "Hello", "expected": 1, "current": 2}
    with db.reading() as conn:
        assert load_template(conn, saved.id).variants[0].body == "mine"


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (TemplateDraft(" ", (VariantText("A", "en", "s", "b"),)), "no_name"),
        (TemplateDraft("x", (VariantText("B", "en", "s", "b"),)), "missing_default_variant"),
        (TemplateDraft("x", (VariantText("A", "en", "s", "b"),) * 2), "duplicate_variant"),
        (TemplateDraft("x", (VariantText("A b", "en", "s", "b"),)), "bad_label"),
        (TemplateDraft("x", (VariantText("A", "??", "s", "b"),)), "bad_language"),
    ],
)
def test_bad_drafts_are_refused_with_a_code(db: Database, draft: TemplateDraft, code: str) -> None:
    with pytest.raises(TemplateStoreError) as caught:
        create_template(db, draft)
    assert caught.value.code == code


def test_names_are_unique_and_delete_is_undoable(db: Database) -> None:
    seed_shipped_templates(db)
    saved = create_template(db, _draft())
    with pytest.raises(TemplateStoreError, match="template_exists"):
        create_template(db, _draft(name="hello"))
    changes = delete_template(db, saved.id)
    assert "Hello" not in {t.name for t in list_templates(db)}
    assert changes.change_set_id is not None
    assert undo_change_set(db, changes.change_set_id).applied
    assert "Hello" in {t.name for t in list_templates(db)}


def test_snippets_are_versioned_per_language(db: Database) -> None:
    seed_shipped_templates(db)
    created = save_snippet(db, "ps", "P.S. {{ first_name }}")
    save_snippet(db, "ps", "P.S. Привет", language="ru")
    with pytest.raises(TemplateStoreError, match="template_exists"):
        save_snippet(db, "ps", "again")
    save_snippet(db, "ps", "P.S. v2", expected_version=created.version)
    with pytest.raises(TemplateStoreError, match="stale_version"):
        save_snippet(db, "ps", "P.S. v3", expected_version=created.version)
    with db.reading() as conn:
        ps = [(s.language, s.body, s.version) for s in list_snippets(conn) if s.name == "ps"]
    assert ps == [("", "P.S. v2", 2), ("ru", "P.S. Привет", 1)]


def test_shipped_templates_are_seeded_once_for_every_shipped_email_step(db: Database) -> None:
    changes = seed_shipped_cadences(db)
    assert changes.touches("templates")
    with db.reading() as conn:
        step_names = set()
        for definition in conn.execute(select(tables.cadences.c.definition)).scalars():
            import json

            step_names |= {
                s["template"] for s in json.loads(definition)["steps"] if s["channel"] == "email"
            }
        for name in step_names:
            assert load_template(conn, name).languages == ("en", "lt", "ru", "zh")
    assert seed_shipped_templates(db).empty
    # A deleted shipped template does not come back.
    delete_template(db, next(t.id for t in list_templates(db) if t.name == "Outbound: break-up"))
    assert seed_shipped_templates(db).empty
    assert "Outbound: break-up" not in {t.name for t in list_templates(db)}


DEMO_CONTACTS = {
    "en": {"first_name": "Emma", "last_name": "Stone", "country": "United Kingdom"},
    "ru": {"first_name": "Иван", "middle_name": "Петрович", "last_name": "Петров",
           "country": "Russia"},
    "zh": {"first_name": "伟", "last_name": "张", "country": "CN"},
    "lt": {"first_name": "Jonas", "last_name": "Kazlauskas", "country": "LT"},
}  # fmt: skip
GREETINGS = {
    "en": "Hi Emma,",
    "ru": "Здравствуйте, Иван Петрович!",
    "zh": "张伟，您好！",
    "lt": "Laba diena, Jonai,",
}


@pytest.mark.parametrize("language", ["en", "ru", "zh", "lt"])
def test_every_seeded_template_renders_for_a_demo_contact_in_each_language(
    db: Database, language: str
) -> None:
    seed_shipped_templates(db)
    contact_id = add_contact(db, **DEMO_CONTACTS[language])
    names = [t.name for t in list_templates(db)]
    assert len(names) == 7
    with db.reading() as conn:
        for name in names:
            email = render_for_contact(conn, name, contact_id, sender=SENDER)
            assert email.language == language and email.variant == "A"
            assert email.text.startswith(GREETINGS[language]), (name, email.text)
            assert (
                "Anna Berg\nSales, Seller Ltd" in email.text and "1 Main St, Vilnius" in email.text
            )
            assert email.subject and "\n" not in email.subject and email.html is None


def test_a_contacts_explicit_language_wins_and_an_unknown_one_falls_back(db: Database) -> None:
    seed_shipped_templates(db)
    lt_by_choice = add_contact(db, country="Russia", custom_fields={"language": "Lithuanian"})
    german = add_contact(db, first_name="Jonas", country="Germany")
    with db.reading() as conn:
        assert (
            render_for_contact(conn, "Outbound: introduction", lt_by_choice, sender=SENDER).language
            == "lt"
        )
        fallback = render_for_contact(conn, "Outbound: introduction", german, sender=SENDER)
    assert fallback.language == "en" and fallback.text.startswith("Hi Jonas,")


def test_a_missing_field_blocks_and_names_the_field(db: Database) -> None:
    create_template(db, _draft(body="Dear {{ title }}"))
    contact_id = add_contact(db, title=None)
    with db.reading() as conn, pytest.raises(RenderBlocked) as caught:
        render_for_contact(conn, "Hello", contact_id, sender=SENDER)
    assert (caught.value.code, caught.value.arguments) == ("missing_field", {"field": "title"})


def test_a_company_name_with_a_line_break_never_reaches_the_subject(db: Database) -> None:
    create_template(db, _draft())
    with db.transaction() as conn:
        company_id = conn.execute(
            tables.companies.insert()
            .values(name="Acme\r\nBcc: all@example.com", normalized_name="acme")
            .returning(tables.companies.c.id)
        ).scalar_one()
    contact_id = add_contact(db, company_id=company_id)
    with db.reading() as conn, pytest.raises(RenderBlocked) as caught:
        render_for_contact(conn, "Hello", contact_id, sender=SENDER)
    assert (caught.value.code, caught.value.arguments) == ("header_injection", {"field": "company"})


def test_the_step_email_uses_the_steps_template_and_ab_labels_are_even(db: Database) -> None:
    import_cadence(
        db,
        """{"format_version": 1, "name": "AB", "steps": [
        {"day": 1, "channel": "email", "template": "Hello"},
        {"day": 2, "channel": "call"},
        {"day": 3, "channel": "email",
         "template": "Subject: Inline {{ first_name }}\\n\\nBody"}]}""",
    )
    b_variant = VariantText("B", "en", "B subject", "B {{ first_name }}")
    create_template(db, _draft(b=b_variant, c=VariantText("C", "en", "C subject", "C")))
    rep = add_rep(db, "Anna Berg", "anna@seller.example").rep
    contacts = [
        add_contact(
            db, first_name=f"P{i}", email=f"p{i}@example.com", email_key=f"p{i}@example.com"
        )
        for i in range(10)
    ]
    enroll(db, "AB", contacts, rep, MONDAY)
    with db.reading() as conn:
        enrollment_ids = list(
            conn.execute(
                select(tables.enrollments.c.id).order_by(tables.enrollments.c.id)
            ).scalars()
        )
    labels = []
    for enrollment_id in enrollment_ids:
        with db.transaction() as conn:
            labels.append(render_step_email(conn, enrollment_id, sender=SENDER).variant)
    assert Counter(labels) == {"A": 4, "B": 3, "C": 3}
    assert labels[:4] == ["A", "B", "C", "A"]
    # The same enrollment keeps its label; a preview records nothing.
    with db.transaction() as conn:
        again = render_step_email(conn, enrollment_ids[1], sender=SENDER, record_assignment=False)
        assert again.variant == "B" and again.text == "B P1"
        assert (
            conn.execute(select(func.count()).select_from(tables.template_assignments)).scalar()
            == 10
        )
        conn.execute(update(tables.enrollments).values(current_step=2))
        with pytest.raises(RenderBlocked, match="not_an_email_step"):
            render_step_email(conn, enrollment_ids[0], sender=SENDER)
        conn.execute(update(tables.enrollments).values(current_step=3))
        inline = render_step_email(conn, enrollment_ids[0], sender=SENDER)
    assert (inline.subject, inline.text, inline.template_id, inline.variant) == (
        "Inline P0",
        "Body",
        None,
        None,
    )
    with db.reading() as conn, pytest.raises(RenderBlocked, match="unknown_enrollment"):
        render_step_email(conn, 999_999, sender=SENDER)
