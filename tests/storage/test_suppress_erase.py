"""Do not contact, applied at once and kept across imports; erasure that leaves nobody behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.storage import tables
from app.storage.changes import undo_change_set
from app.storage.database import Database
from app.storage.erasure import ErasureError, contact_columns, erase_contact
from app.storage.importing import run_import
from app.storage.suppressions import (
    SuppressionError,
    is_suppressed,
    mark_do_not_contact,
    suppress,
)
from tests.cadences_data import MONDAY
from tests.inbox_data import contact_row, enrollment_states, open_items, record_sent, world


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("first_name,last_name,email,phone,company,title\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")  # fmt: skip
    return path


def test_suppressing_an_email_flags_the_contact_and_stops_their_cadence(db: Database) -> None:
    ids = world(db, ["ana@example.net", "jonas@example.net"])
    assert open_items(db, ids["ana@example.net"])
    done = suppress(db, "email", " Ana@Example.NET ", "asked by phone", now=MONDAY)
    assert (done.value, done.added) == ("Ana@example.net", True)
    assert (done.contacts_affected, done.enrollments_stopped) == (1, 1)
    assert contact_row(db, ids["ana@example.net"]).do_not_contact
    assert enrollment_states(db, ids["ana@example.net"]) == [("stopped", "opt_out")]
    assert open_items(db, ids["ana@example.net"]) == []
    # The other prospect goes on.
    assert enrollment_states(db, ids["jonas@example.net"]) == [("active", None)]
    again = suppress(db, "email", "ana@example.net", now=MONDAY)
    assert (again.added, again.contacts_affected) == (False, 0)
    # One undo takes the whole thing back.
    assert done.changes.change_set_id is not None
    undo_change_set(db, done.changes.change_set_id)
    assert not contact_row(db, ids["ana@example.net"]).do_not_contact
    assert enrollment_states(db, ids["ana@example.net"]) == [("active", None)]
    assert not is_suppressed(db, "email", "ana@example.net")


def test_suppressing_a_domain_and_a_phone(db: Database) -> None:
    ids = world(db, ["a@corp.example", "b@corp.example", "c@other.example"])
    by_domain = suppress(db, "domain", "@Corp.Example", now=MONDAY)
    assert (by_domain.value, by_domain.contacts_affected, by_domain.enrollments_stopped) == (
        "corp.example", 2, 2,
    )  # fmt: skip
    phone = contact_row(db, ids["c@other.example"]).phone_raw
    by_phone = suppress(db, "phone", phone, now=MONDAY)
    assert by_phone.value.startswith("+370") and by_phone.contacts_affected == 1


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [("email", "not an address", "bad_email"), ("domain", "localhost", "bad_domain"),
     ("phone", "12", "bad_phone"), ("fax", "1", "unknown_kind")],
)  # fmt: skip
def test_bad_values_are_refused_with_a_code(db: Database, kind: str, value: str, code: str) -> None:
    with pytest.raises(SuppressionError) as caught:
        suppress(db, kind, value)
    assert caught.value.code == code


def test_a_suppressed_address_that_comes_back_in_an_import_stays_suppressed(
    db: Database, tmp_path: Path
) -> None:
    suppress(db, "email", "returning@example.net", "unsubscribe")
    suppress(db, "domain", "blockedcorp.cn")
    suppress(db, "phone", "+370 612 99999")
    result = run_import(
        db, _csv(tmp_path / "leads.csv", [
            "Rūta,Kazlauskienė,RETURNING@example.net,,Acme,CFO",
            "Wang,Wei,wang@blockedcorp.cn,,Acme,CTO",
            "Ivan,Petrov,ivan@finecorp.ru,,Acme,CEO",
            "Jonas,Jonaitis,jonas@finecorp.lt,+37061299999,Acme,COO",
        ]),
        report_dir=tmp_path,
    )  # fmt: skip
    assert result.created == 4
    c = tables.contacts
    with db.reading() as conn:
        flags = dict(conn.execute(select(c.c.email, c.c.do_not_contact)).all())
    assert flags == {
        "RETURNING@example.net": True, "wang@blockedcorp.cn": True, "ivan@finecorp.ru": False,
        "jonas@finecorp.lt": True,
    }  # fmt: skip


def _every_text(db_path: Path) -> list[tuple[str, str, str]]:
    """(table, column, value as text) of every non-null value in every table and column."""
    conn = sqlite3.connect(db_path)
    try:
        found: list[tuple[str, str, str]] = []
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for name in names:
            cursor = conn.execute(f'SELECT * FROM "{name}"')
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    if value is None:
                        continue
                    text = (
                        value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                    )
                    found.append((name, column, text))
        return found
    finally:
        conn.close()


@pytest.mark.sqlite_only(reason="reads every text in the database file with the sqlite3 module")
def test_an_erased_person_leaves_no_personal_data_in_any_table(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    ids = world(db, ["ruta.k@uniquecorp.example", "jonas@example.net"])
    ruta = ids["ruta.k@uniquecorp.example"]
    # Her personal data spread the way the app spreads it.
    with db.transaction() as conn:
        company = conn.execute(
            tables.companies.insert()
            .values(
                name="Zylgrandia UAB", normalized_name="zylgrandia uab", website="zylgrandia.lt"
            )
            .returning(tables.companies.c.id)
        ).scalar_one()
        conn.execute(
            tables.contacts.update()
            .where(tables.contacts.c.id == ruta)
            .values(
                first_name="Rūta",
                last_name="Qvornelytė",
                full_name="Rūta Qvornelytė",
                title="Chief Xylophone Officer",
                company_id=company,
                custom_fields={"hobby": "zorbing in Quuxville"},
            )
        )
        conn.execute(
            tables.contact_points.insert().values(
                contact_id=ruta,
                kind="email",
                raw="Ruta.Private@Mailbox-qx.lt",
                normalized="ruta.private@mailbox-qx.lt",
            )
        )
        conn.execute(
            tables.tasks.update()
            .where(tables.tasks.c.contact_id == ruta)
            .values(notes="Qvornelytė prefers calls after lunch")
        )
    record_sent(db, ruta, "<sent-ruta@sales.example.lt>")
    # The outbox keeps the message as sent, address and text included.
    with db.transaction() as conn:
        conn.execute(tables.outbox.insert().values(
            contact_id=ruta, kind="cadence", to_address="ruta.k@uniquecorp.example",
            to_name="Rūta Qvornelytė", subject="Zylgrandia and month-end", text="Hi Rūta",
            message_id="<sent-ruta@sales.example.lt>", status="sent", queued_at=MONDAY,
        ))  # fmt: skip
    # A bulk edit left a before-image of her in the undo history, and she was suppressed once.
    mark_do_not_contact(db, [ruta], "asked")
    mark_do_not_contact(db, [ruta], value=False)
    suppress(db, "email", "ruta.private@mailbox-qx.lt")
    db.close()
    personal = [
        "Qvornelytė", "ruta.k@uniquecorp.example", "ruta.private@mailbox-qx.lt",
        "+37061230000", "+370 6123 0000", "Zylgrandia", "Xylophone", "Quuxville",
        "sent-ruta@sales.example.lt",
    ]  # fmt: skip
    before = _every_text(db_path)
    assert any("Qvornelytė" in v for _, _, v in before)  # the scan sees her before

    from app.storage.database import open_database

    db2 = open_database(db_path)
    try:
        done = erase_contact(db2, ruta, now=MONDAY)
        assert done.counts["contacts"] == 1 and done.suppressions_kept == 3
        assert len(done.erasure_id) == 32
        with pytest.raises(ErasureError) as caught:
            erase_contact(db2, ruta)
        assert caught.value.code == "unknown_contact"
        # Jonas is untouched.
        assert contact_row(db2, ids["jonas@example.net"]) is not None
        assert enrollment_states(db2, ids["jonas@example.net"]) == [("active", None)]
        # Still suppressed, by every address, though none of them is stored.
        assert is_suppressed(db2, "email", "ruta.k@uniquecorp.example")
        assert is_suppressed(db2, "email", "Ruta.Private@mailbox-qx.lt")
        assert is_suppressed(db2, "phone", "+37061230000")
    finally:
        db2.close()
    after = _every_text(db_path)
    leaks = [(t, c, v) for t, c, v in after for p in personal if p.casefold() in v.casefold()]
    assert leaks == []
    audit = [(t, c, v) for t, c, v in after if t == "erasures"]
    assert {c for _, c, _ in audit} >= {"erasure_id", "action", "erased_at", "counts"}


def test_an_erased_person_who_is_imported_again_is_suppressed(db: Database, tmp_path: Path) -> None:
    ids = world(db, ["gone@example.net"])
    erase_contact(db, ids["gone@example.net"])
    result = run_import(
        db, _csv(tmp_path / "again.csv", ["Gone,Person,GONE@example.net,+370 6123 0000,X,Y"]),
        report_dir=tmp_path,
    )  # fmt: skip
    assert result.created == 1
    c = tables.contacts
    with db.reading() as conn:
        row = conn.execute(
            select(c.c.id, c.c.do_not_contact).where(c.c.email_key == "gone@example.net")
        ).one()
    assert row.do_not_contact


def test_erasure_covers_every_table_that_points_at_a_contact() -> None:
    covered = {(t.name, c.name) for t, c in contact_columns()}
    # Every foreign key to contacts.id, found from the metadata (tables added later too).
    expected = {
        (t.name, fk.parent.name)
        for t in tables.metadata.sorted_tables
        for fk in t.foreign_keys
        if fk.column.table.name == "contacts"
    }
    assert expected <= covered
    assert ("import_batch_items", "contact_id") in covered  # no foreign key, by name
