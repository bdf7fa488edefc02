"""Column mapping over real export headers and multilingual headers."""

from __future__ import annotations

import pytest

from app.core.importing import (
    TARGET_FIELDS,
    ColumnMapping,
    auto_map,
    header_signature,
    normalize_header,
)


def mapped(headers: list[str], rows: list[list[str]] | None = None) -> dict[str, str]:
    mapping = auto_map(headers, rows or [])
    return {headers[i]: t for i, t in mapping.targets.items()}


HUBSPOT = [
    "Record ID",
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Mobile Phone Number",
    "Company Name",
    "Job Title",
    "Industry",
    "Number of Employees",
    "Country/Region",
    "City",
    "Website URL",
    "Lifecycle Stage",
    "Lead Status",
    "Contact owner",
    "Original Source",
    "Create Date",
]
SALESFORCE = [
    "Salutation",
    "FirstName",
    "LastName",
    "Title",
    "Company",
    "Email",
    "Phone",
    "MobilePhone",
    "Industry",
    "NumberOfEmployees",
    "LeadSource",
    "Status",
    "OwnerId",
    "City",
    "Country",
    "Website",
    "Description",
]
APOLLO = [
    "First Name",
    "Last Name",
    "Title",
    "Company",
    "Company Name for Emails",
    "Email",
    "Email Status",
    "Seniority",
    "Departments",
    "Contact Owner",
    "First Phone",
    "Work Direct Phone",
    "Home Phone",
    "Mobile Phone",
    "Corporate Phone",
    "Other Phone",
    "Stage",
    "Lists",
    "# Employees",
    "Industry",
    "Person Linkedin Url",
    "Website",
    "Company Linkedin Url",
    "City",
    "State",
    "Country",
    "Company Phone",
]
GOOGLE = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Website 1 - Value",
]
OUTLOOK = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Suffix",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "E-mail Display Name",
    "Home Phone",
    "Business Phone",
    "Mobile Phone",
    "Job Title",
    "Department",
    "Company",
    "Business City",
    "Business Country/Region",
    "Web Page",
    "Notes",
    "Categories",
]
LINKEDIN_CONNECTIONS = [
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
]
SALES_NAV = [
    "firstName",
    "lastName",
    "fullName",
    "title",
    "companyName",
    "linkedInProfileUrl",
    "location",
    "Company Website",
    "industry",
    "Company Headcount",
]


def test_hubspot() -> None:
    m = mapped(HUBSPOT)
    assert m["First Name"] == "first_name" and m["Last Name"] == "last_name"
    assert m["Email"] == "email"
    assert (m["Phone Number"], m["Mobile Phone Number"]) == ("phone", "mobile_phone")
    assert (m["Company Name"], m["Job Title"], m["Industry"]) == ("company", "title", "industry")
    assert m["Number of Employees"] == "employees"
    assert (m["Country/Region"], m["City"], m["Website URL"]) == ("country", "city", "website")
    assert (m["Lifecycle Stage"], m["Contact owner"], m["Original Source"]) == (
        "stage",
        "owner",
        "source",
    )
    # Unknown columns are kept as custom fields, not dropped.
    assert m["Record ID"] == "custom:Record ID"
    assert m["Lead Status"] == "custom:Lead Status"  # the stage is already taken


def test_salesforce_api_names() -> None:
    m = mapped(SALESFORCE)
    assert (m["FirstName"], m["LastName"], m["MobilePhone"]) == (
        "first_name",
        "last_name",
        "mobile_phone",
    )
    assert (m["NumberOfEmployees"], m["LeadSource"], m["OwnerId"]) == (
        "employees",
        "source",
        "owner",
    )
    assert (m["Status"], m["Description"], m["Title"]) == ("stage", "notes", "title")
    assert m["Salutation"] == "custom:Salutation"


def test_apollo_keeps_look_alikes_apart() -> None:
    m = mapped(APOLLO)
    assert m["Email"] == "email"
    assert m["Email Status"] == "custom:Email Status"
    assert m["Company Name for Emails"] == "custom:Company Name for Emails"
    assert m["Person Linkedin Url"] == "linkedin_url"
    assert m["Company Linkedin Url"] == "custom:Company Linkedin Url"
    assert m["Company Phone"] == "custom:Company Phone"
    assert (m["First Phone"], m["Mobile Phone"]) == ("phone", "mobile_phone")
    assert m["Work Direct Phone"].startswith("custom:")  # kept, not lost
    assert (m["# Employees"], m["Lists"], m["Title"]) == ("employees", "tags", "title")


def test_google_contacts_uses_phone_labels() -> None:
    rows = [
        [
            "Ann",
            "",
            "Lee",
            "Acme",
            "CEO",
            "* myContacts",
            "Work",
            "ann@acme.com",
            "Home",
            "ann@gmail.com",
            "Mobile",
            "+1 555 123 4567",
            "Work",
            "+1 555 000 1111",
            "acme.com",
        ],
    ] * 3
    m = mapped(GOOGLE, rows)
    assert (m["E-mail 1 - Value"], m["E-mail 2 - Value"]) == ("email", "email_2")
    assert (m["Phone 1 - Value"], m["Phone 2 - Value"]) == ("mobile_phone", "phone")
    assert (m["Organization Name"], m["Organization Title"]) == ("company", "title")
    assert m["E-mail 1 - Label"].startswith("custom:")
    assert m["Labels"] == "tags"


def test_outlook_title_is_a_courtesy_title() -> None:
    m = mapped(OUTLOOK)
    assert m["Job Title"] == "title"
    assert m["Title"] == "custom:Title"
    assert (m["E-mail Address"], m["E-mail 2 Address"]) == ("email", "email_2")
    assert m["E-mail 3 Address"] == "custom:E-mail 3 Address"
    assert m["E-mail Display Name"] == "custom:E-mail Display Name"
    assert (m["Business Phone"], m["Mobile Phone"]) == ("phone", "mobile_phone")
    assert m["Home Phone"] == "custom:Home Phone"
    assert (m["Business City"], m["Business Country/Region"]) == ("city", "country")
    assert (m["Web Page"], m["Notes"], m["Categories"]) == ("website", "notes", "tags")


def test_linkedin_exports() -> None:
    rows = [["Ann", "Lee", "https://www.linkedin.com/in/annlee", "", "Acme", "CEO", "1 Jan 2024"]]
    m = mapped(LINKEDIN_CONNECTIONS, rows * 3)
    assert (m["URL"], m["Email Address"], m["Position"]) == ("linkedin_url", "email", "title")
    s = mapped(SALES_NAV)
    assert (s["firstName"], s["fullName"], s["linkedInProfileUrl"]) == (
        "first_name",
        "full_name",
        "linkedin_url",
    )
    assert (s["companyName"], s["Company Website"], s["Company Headcount"]) == (
        "company",
        "website",
        "employees",
    )


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Имя", "Фамилия", "Эл. почта", "Телефон", "Мобильный", "Компания", "Должность"],
            ["first_name", "last_name", "email", "phone", "mobile_phone", "company", "title"],
        ),
        (
            ["姓名", "邮箱", "手机", "电话", "公司", "职位", "城市", "备注"],
            ["full_name", "email", "mobile_phone", "phone", "company", "title", "city", "notes"],
        ),
        (
            ["Vardas", "Pavardė", "El. paštas", "Telefonas", "Įmonė", "Pareigos", "Šalis"],
            ["first_name", "last_name", "email", "phone", "company", "title", "country"],
        ),
        (
            ["Vorname", "Nachname", "E-Mail", "Telefon", "Handy", "Firma", "Stadt"],
            ["first_name", "last_name", "email", "phone", "mobile_phone", "company", "city"],
        ),
        (
            ["Prénom", "Nom", "Courriel", "Téléphone", "Société", "Fonction", "Pays"],
            ["first_name", "last_name", "email", "phone", "company", "title", "country"],
        ),
        (
            ["Nombre", "Apellidos", "Correo", "Teléfono", "Móvil", "Empresa", "Cargo"],
            ["first_name", "last_name", "email", "phone", "mobile_phone", "company", "title"],
        ),
    ],
)
def test_multilingual_headers(headers: list[str], expected: list[str]) -> None:
    m = mapped(headers)
    assert [m[h] for h in headers] == expected


def test_german_name_beside_vorname_is_the_surname() -> None:
    assert mapped(["Vorname", "Name", "E-Mail"])["Name"] == "last_name"
    assert mapped(["Name", "Email"])["Name"] == "full_name"


def test_single_name_column_with_two_words_is_a_full_name() -> None:
    rows = [["Иван Петров", "a@x.ru"], ["Анна Сидорова", "b@x.ru"]]
    assert mapped(["Имя", "Почта"], rows)["Имя"] == "full_name"


def test_keyword_and_content_rules() -> None:
    headers = ["Work e-mail", "Рабочий телефон офиса", "Col A", "Col B", "Col C", "Secret"]
    rows = [
        ["a@x.com", "+7 495 1", "b@y.com", "https://acme.com", "+1 (555) 123-4567", "x"],
        ["c@x.com", "+7 495 2", "d@y.com", "www.beta.io", "+44 20 7946 0958", "y"],
    ]
    m = mapped(headers, rows)
    assert m["Work e-mail"] == "email"
    assert m["Рабочий телефон офиса"] == "phone"
    assert m["Col A"] == "email_2"  # values are emails
    assert m["Col B"] == "website"
    assert m["Col C"] == "custom:Col C"  # phone already taken; kept as custom
    assert m["Secret"] == "custom:Secret"


def test_duplicate_email_headers_become_email_and_email_2() -> None:
    m = mapped(["Email", "Email (2)", "Email (3)"])
    assert list(m.values()) == ["email", "email_2", "custom:Email (3)"]


def test_every_column_is_mapped_and_fields_are_unique() -> None:
    for headers in (HUBSPOT, SALESFORCE, APOLLO, GOOGLE, OUTLOOK):
        mapping = auto_map(headers)
        assert sorted(mapping.targets) == list(range(len(headers)))
        standard = [t for t in mapping.targets.values() if t in TARGET_FIELDS]
        assert len(standard) == len(set(standard))


def test_user_changes_and_apply() -> None:
    headers = ["Name", "Email", "Mobile", "Segment"]
    mapping = auto_map(headers)
    assert mapping.apply(["Ann Lee", "a@x.com", "+1", "VIP"]) == {
        "full_name": "Ann Lee",
        "email": "a@x.com",
        "mobile_phone": "+1",
        "custom:Segment": "VIP",
    }
    changed = mapping.with_target(3, "email").with_target(0, "ignore")
    # The column that held "email" moves to a custom field instead of being lost.
    assert changed.targets == {0: "ignore", 1: "custom:Email", 2: "mobile_phone", 3: "email"}
    assert changed.apply(["Ann", "a@x.com", "+1", "v@x.com"]) == {
        "custom:Email": "a@x.com",
        "mobile_phone": "+1",
        "email": "v@x.com",
    }
    assert changed.guesses[3].basis == "user"
    with pytest.raises(ValueError, match="not a field"):
        mapping.with_target(0, "favourite_colour")
    with pytest.raises(ValueError, match="same field"):
        ColumnMapping(("a", "b"), {0: "email", 1: "email"})


def test_mapping_round_trip_by_signature() -> None:
    headers = ["First Name", "E-mail", "Segment"]
    mapping = auto_map(headers).with_target(2, "tags")
    stored = mapping.to_dict()
    same_file = ["first_name", "e_mail", "segment"]  # normalised headers match
    restored = ColumnMapping.from_dict(stored, same_file)
    assert restored.targets == mapping.targets
    with pytest.raises(ValueError):
        ColumnMapping.from_dict(stored, ["Email", "First Name", "Segment"])


def test_header_signature_is_stable_and_normalised() -> None:
    a = header_signature(["First Name", "Email"])
    assert a == header_signature(["first_name", "EMAIL "])
    assert a == header_signature(["FirstName", "E-mail"])
    assert a != header_signature(["Email", "First Name"])
    assert len(a) == 64
    # A fixed value guards against accidental changes that would forget saved mappings.
    assert header_signature(["email"]) == (
        "82244417f956ac7c599f191593f7e441a4fafa20a4158fd52e154f1dc4c8ed92"
    )


def test_normalize_header() -> None:
    assert normalize_header("\ufeffE-mail 2 Address") == "e mail 2 address"
    assert normalize_header("FirstName") == "first name"
    assert normalize_header("Pavardė") == "pavarde"
    assert normalize_header("Эл. почта") == "эл почта"
    assert normalize_header("ＥＭＡＩＬ") == "email"


def test_every_export_column_is_an_import_target() -> None:
    """A file this app exported maps back onto the same fields when imported again."""
    from app.core.exporting import CANONICAL_FIELDS
    from app.core.importing.mapping import TARGET_FIELDS

    assert set(CANONICAL_FIELDS) <= set(TARGET_FIELDS)
