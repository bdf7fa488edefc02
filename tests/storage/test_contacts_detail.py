"""The contact detail read: every field the panel shows, from a real SQLite file."""

from __future__ import annotations

from sqlalchemy import text

from app.storage.contacts.detail import load_contact_detail, split_reasons
from app.storage.database import Database


def _insert_contact(db: Database) -> int:
    with db.transaction() as conn:
        conn.execute(
            text(
                "INSERT INTO companies (name, normalized_name, version, created_at,"
                " updated_at) VALUES ('ООО Ромашка', 'ромашка', 1, '2026-01-01',"
                " '2026-01-01')"
            )
        )
        company_id = conn.execute(text("SELECT max(id) FROM companies")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO reps (name, role, active, created_at, updated_at)"
                " VALUES ('Olga', 'sdr', TRUE, '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pipeline_stages (key, name, position, is_terminal)"
                " VALUES ('new', 'New', 1, FALSE)"
            )
        )
        contact_id = conn.execute(
            text(
                "INSERT INTO contacts (first_name, last_name, full_name, title, company_id,"
                " email_raw, email, email_status, email_reasons, email_suggestion,"
                " phone_raw, phone_e164, phone_extension, phone_kind, phone_status,"
                " phone_reasons, time_zone, country, city, source, lead_type, stage_id,"
                " owner_id, fit_score, quality_score, do_not_contact, custom_fields, version,"
                " created_at, updated_at) VALUES ('Анна', 'Кузнецова', 'Анна Кузнецова',"
                " 'Руководитель', :company, ' Anna@Gmial.com ', 'Anna@gmial.com', 'risky',"
                " 'possible_typo free_mail', 'Anna@gmail.com', '8 (495) 123-45-67 доб. 12',"
                " '+74951234567', '12', 'fixed_line', 'valid', NULL, 'Europe/Moscow',"
                " 'Russia', 'Москва', 'outbound', 'spear', 1, 1, 80, 55, TRUE, '{}', 3,"
                " '2026-01-01', '2026-01-02') RETURNING id"
            ),
            {"company": company_id},
        ).scalar_one()
        conn.execute(text("INSERT INTO tags (name) VALUES ('vip'), ('conference')"))
        conn.execute(
            text("INSERT INTO contact_tags (contact_id, tag_id) SELECT :c, id FROM tags"),
            {"c": contact_id},
        )
        conn.execute(
            text(
                "INSERT INTO lists (name, created_at, updated_at)"
                " VALUES ('Москва Q3', '2026-01-01', '2026-01-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO list_members (list_id, contact_id, added_at)"
                " SELECT id, :c, '2026-01-01' FROM lists"
            ),
            {"c": contact_id},
        )
    return int(contact_id)


def test_loads_every_field(db: Database) -> None:
    contact_id = _insert_contact(db)
    with db.reading() as conn:
        detail = load_contact_detail(conn, contact_id)
    assert detail is not None
    assert detail.display_name == "Анна Кузнецова"
    assert detail.company == "ООО Ромашка"
    assert detail.email_raw == " Anna@Gmial.com "
    assert detail.email_status == "risky"
    assert detail.email_reasons == ("possible_typo", "free_mail")
    assert detail.email_suggestion == "Anna@gmail.com"
    assert (detail.phone_e164, detail.phone_extension) == ("+74951234567", "12")
    assert detail.phone_reasons == ()
    assert detail.time_zone == "Europe/Moscow"
    assert (detail.stage, detail.owner) == ("New", "Olga")
    assert (detail.fit_score, detail.quality_score) == (80, 55)
    assert detail.do_not_contact is True
    assert detail.version == 3
    assert detail.tags == ("conference", "vip")
    assert detail.lists == ("Москва Q3",)


def test_missing_contact_is_none(db: Database) -> None:
    with db.reading() as conn:
        assert load_contact_detail(conn, 12345) is None


def test_display_name_falls_back_to_parts(db: Database) -> None:
    contact_id = _insert_contact(db)
    with db.transaction() as conn:
        conn.execute(text("UPDATE contacts SET full_name = '' WHERE id = :i"), {"i": contact_id})
    with db.reading() as conn:
        detail = load_contact_detail(conn, contact_id)
    assert detail is not None and detail.display_name == "Анна Кузнецова"


def test_split_reasons() -> None:
    assert split_reasons(None) == ()
    assert split_reasons("") == ()
    assert split_reasons("role_account  free_mail") == ("role_account", "free_mail")
