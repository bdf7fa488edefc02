"""The importer's second pass in core: address keys, value codes, cells, regions, dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.duplicates.addresses import AddressIndex, address_key, names_agree
from app.core.duplicates.matching import name_key
from app.core.importing import auto_map
from app.core.importing.cells import looks_like_phone, split_address, split_multi
from app.core.importing.codes import fold_text, source_code, stage_code
from app.core.importing.dates import parse_arrival
from app.core.importing.regions import infer_region


def test_address_key_removes_plus_tags_only() -> None:
    assert address_key("jane+news@acme.com") == "jane@acme.com"
    assert address_key("jane+a+b@acme.com") == "jane@acme.com"
    assert address_key("jane@acme.com") == "jane@acme.com"
    # A hyphen is a separator only at some providers and common in real names: kept.
    assert address_key("anna-maria@acme.com") == "anna-maria@acme.com"
    assert address_key("+only@acme.com") == "+only@acme.com"


def test_names_agree_through_initials_and_order() -> None:
    def agree(a: str, b: str, c: str, d: str) -> int:
        return names_agree(name_key(a), name_key(b), name_key(c), name_key(d))

    assert agree("Jane", "Reese", "Jane", "Reese") == 2
    assert agree("Jane", "Reese", "Jane", "R.") == 1
    assert agree("J.", "Reese", "Jane", "Reese") == 1
    assert agree("Petrov", "Ivan", "Ivan", "Petrov") == 2  # columns swapped
    assert agree("J.", "R.", "Jane", "Reese") == 0  # only initials agree
    assert agree("Anna", "Berg", "Olga", "Berg") == 0
    assert agree("Jane", "", "Jane", "Reese") == 0  # no last name


def test_index_matches_every_address_and_refuses_to_choose() -> None:
    index = AddressIndex()
    index.add_contact(
        1, ["jane@acme.com", "jane.reese@gmail.com"], ["+15551230001"], "Jane", "Reese"
    )
    index.add_contact(2, ["bob@acme.com"], ["+15551230002"], "Bob", "Stone")
    # The second address (a contact point), with a +tag.
    assert index.classify(2, ["jane.reese+crm@gmail.com"], [], "", "").contact_id == 1
    # Phone + an initial.
    verdict = index.classify(3, [], ["+15551230002"], "Bob", "S.")
    assert (verdict.kind, verdict.contact_id, verdict.key_kind) == ("existing", 2, "phone_initial")
    # Email of one contact, phone + name of the other: never a silent choice.
    verdict = index.classify(4, ["bob@acme.com"], ["+15551230001"], "Jane", "Reese")
    assert verdict.kind == "ambiguous" and {verdict.contact_id, *verdict.others} == {1, 2}
    # Rows of the file: the second repeats the first through its other address.
    assert index.classify(5, ["new@x.com", "new2@x.com"], [], "", "").kind == "new"
    verdict = index.classify(6, ["NEW2@x.com".casefold()], [], "", "")
    assert (verdict.kind, verdict.row) == ("within_file", 5)


_EMAILS = st.sampled_from([f"p{i}@x.com" for i in range(6)] + [f"p{i}+t@x.com" for i in range(6)])
_PHONES = st.sampled_from([f"+1555000000{i}" for i in range(6)])
_NAMES = st.sampled_from(["Ann", "A.", "Bob", "Reese", "R.", "Stone", ""])


@settings(max_examples=200, deadline=None)
@given(
    stored=st.lists(
        st.tuples(st.lists(_EMAILS, max_size=2), st.lists(_PHONES, max_size=2), _NAMES, _NAMES),
        min_size=1, max_size=6,
    ),
    rows=st.lists(
        st.tuples(st.lists(_EMAILS, max_size=3), st.lists(_PHONES, max_size=2), _NAMES, _NAMES),
        max_size=8,
    ),
)  # fmt: skip
def test_a_row_never_merges_into_two_contacts(
    stored: list[tuple[list[str], list[str], str, str]],
    rows: list[tuple[list[str], list[str], str, str]],
) -> None:
    index = AddressIndex()
    # Who owns an address: the first stored contact with it (a database may already
    # hold duplicates; the oldest keeps the key).
    owner_of: dict[str, int] = {}
    for contact_id, (emails, phones, first, last) in enumerate(stored, start=1):
        index.add_contact(contact_id, emails, phones, first, last)
        for address in emails:
            owner_of.setdefault(address_key(address), contact_id)
    for number, (emails, phones, first, last) in enumerate(rows, start=1):
        verdict = index.classify(number, emails, phones, first, last)
        if verdict.kind == "existing":
            # Every stored contact behind the row's addresses is the one it merges into.
            owners = {owner_of[k] for k in map(address_key, emails) if k in owner_of}
            assert owners <= {verdict.contact_id}
            assert not verdict.others
        elif verdict.kind == "ambiguous":
            assert verdict.others and verdict.contact_id not in verdict.others


def test_stage_and_source_codes_in_many_languages() -> None:
    assert stage_code("New Lead") == ("new", None)
    assert stage_code("Contacted") == ("attempting", None)
    assert stage_code("Closed Lost") == ("disqualified", "closed_lost")
    assert stage_code("Квалифицирован") == ("qualified", None)
    assert stage_code("已联系") == ("attempting", None)
    assert stage_code("Naujas") == ("new", None)
    assert stage_code("Qualifié")[0] == "qualified"  # type: ignore[index]
    assert stage_code("whatever") is None
    assert source_code("Website form") == ("inbound", "net")
    assert source_code("chatbot") == ("inbound", "net")
    assert source_code("Webinar") == ("inbound", "net")
    assert source_code("Cold call") == ("outbound", "spear")
    assert source_code("cold email") == ("outbound", "spear")
    assert source_code("Purchased list") == ("outbound", "spear")
    assert source_code("LinkedIn outreach") == ("outbound", "spear")
    assert source_code("Referral") == ("referral", "seed")
    assert source_code("Partner") == ("referral", "seed")
    assert source_code("spear") == (None, "spear")
    assert source_code("Холодный звонок") == ("outbound", "spear")
    assert source_code("telepathy") is None
    assert fold_text(" Rūta  KAZLAUSKIENĖ ") == fold_text("ruta kazlauskiene")
    assert fold_text("Пётр") == fold_text("петр") and fold_text("Йошкар") != fold_text("Иошкар")


def test_cells_with_several_values_and_display_names() -> None:
    assert split_multi("a@x.com ::: b@y.com") == ["a@x.com", "b@y.com"]
    assert split_multi("+1 555\n+1 666\n") == ["+1 555", "+1 666"]
    assert split_address("Иванов Иван <i.ivanov@stroymash.ru>") == (
        "i.ivanov@stroymash.ru", "Иванов Иван",
    )  # fmt: skip
    assert split_address('"Doe, Jane" <jane@acme.com>') == ("jane@acme.com", "Doe, Jane")
    assert split_address("张伟 <zhang@example.cn>") == ("zhang@example.cn", "张伟")
    assert split_address("jane@acme.com") == ("jane@acme.com", "")
    assert looks_like_phone("+7 (495) 123-45-67") and not looks_like_phone("n/a")


def test_middle_name_headers_map() -> None:
    for header in ("Отчество", "Middle name", "Additional Name", "Tėvo vardas", "中间名"):
        assert auto_map(["First name", header, "Last name"]).targets[1] == "middle_name", header
    assert auto_map(["Email", "Created"]).targets[1] == "arrived_at"
    assert auto_map(["Email", "Дата создания"]).targets[1] == "arrived_at"


def test_export_header_maps_its_id_column_only() -> None:
    export = [
        "first_name", "last_name", "email", "phone", "phone_e164", "company", "title",
        "middle_name", "do_not_contact", "id",
    ]  # fmt: skip
    targets = auto_map(export).targets
    assert targets[9] == "contact_id" and targets[8] == "ignore"
    # Another system's ID column is its own record number, never ours.
    assert auto_map(["Email", "First name", "id"]).targets[2] != "contact_id"


def test_file_region_from_numbers_and_cities() -> None:
    phones = ["+7 495 123-45-67", "8 (495) 765-43-21", "+7 812 555-11-22", "8 812 555 33 44"]
    assert infer_region(phones, (), ["Москва"] * 4).region == "RU"
    assert infer_region(["+7 495 123-45-67"]).region is None  # too little evidence
    mixed = ["+7 495 123 45 67", "+1 415 555 0100", "+44 20 7946 0958", "+49 30 123456"]
    assert infer_region(mixed).region is None
    assert infer_region([], ["Lithuania", "Lietuva", "LT"]).region == "LT"


def test_arrival_dates() -> None:
    utc = dt.UTC
    assert parse_arrival("2026-12-01T14:03:00Z") == dt.datetime(2026, 12, 1, 14, 3, tzinfo=utc)
    assert parse_arrival("01.12.2026 14:03") == dt.datetime(2026, 12, 1, 14, 3, tzinfo=utc)
    assert parse_arrival("12/01/2026 2:03 PM", "US") == dt.datetime(2026, 12, 1, 14, 3, tzinfo=utc)
    assert parse_arrival("2026年12月1日 14:03") == dt.datetime(2026, 12, 1, 14, 3, tzinfo=utc)
    assert parse_arrival("yesterday") is None
