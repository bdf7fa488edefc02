"""Exact dedupe keys, the duplicate index and fuzzy suggestions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.duplicates.matching import (
    NEW,
    DuplicateIndex,
    FuzzyMatch,
    email_key,
    fuzzy_candidates,
    name_key,
    phone_name_key,
)
from app.core.nicknames import canonical_first_name, same_first_name
from app.core.transliteration import fold_latin, match_fold, transliterate

# --- keys -------------------------------------------------------------------------------


def test_email_key_folds_case_of_the_whole_address() -> None:
    assert email_key("IVAN.PETROV@Example.com") == email_key("ivan.petrov@example.com")
    assert email_key("IVAN.PETROV@Example.com") == "ivan.petrov@example.com"


def test_email_key_keeps_sub_addresses_apart() -> None:
    # "+tag" may be deliberate: merging those is a human decision, not an exact key.
    assert email_key("ivan+crm@example.com") != email_key("ivan@example.com")


def test_email_key_is_none_for_missing_or_broken_addresses() -> None:
    assert email_key(None) is None
    assert email_key("") is None
    assert email_key("not an address") is None


def test_phone_name_key_needs_phone_and_last_name() -> None:
    assert phone_name_key(None, "Ivan", "Petrov") is None
    assert phone_name_key("+74951234567", "Ivan", None) is None
    assert phone_name_key("+74951234567", "Ivan", "  ") is None
    assert phone_name_key("+74951234567", None, "Petrov") == "+74951234567|petrov"


def test_shared_switchboard_with_different_names_is_not_one_key() -> None:
    switchboard = "+74951234567"
    assert phone_name_key(switchboard, "Ivan", "Petrov") != phone_name_key(
        switchboard, "Anna", "Sidorova"
    )


def test_phone_name_key_ignores_case_accents_punctuation_and_column_order() -> None:
    key = phone_name_key("+33142000000", "José", "O'Brien")
    assert key == phone_name_key("+33142000000", "JOSE", "obrien")
    assert key == phone_name_key("+33142000000", "OBrien", "José")


def test_name_key_keeps_cyrillic_letters_whole() -> None:
    # NFKD would turn й into и + breve; the key must keep "Андрей" and "Андреи" apart.
    assert name_key("Андрей") == "андрей"
    assert name_key("Пётр") == name_key("Петр")
    assert name_key("王 小明") == "王小明"


# --- DuplicateIndex ---------------------------------------------------------------------


def _index() -> DuplicateIndex:
    return DuplicateIndex.from_existing(
        [
            (17, email_key("ivan.petrov@example.com"), None),
            (18, None, phone_name_key("+74951234567", "Anna", "Sidorova")),
        ]
    )


def test_incoming_email_in_other_case_is_a_duplicate_of_the_existing_contact() -> None:
    index = _index()
    verdict = index.classify(1, email_key("IVAN.PETROV@Example.com"), None)
    assert verdict.kind == "existing"
    assert verdict.contact_id == 17
    assert verdict.key_kind == "email"
    assert verdict.key == "ivan.petrov@example.com"


def test_same_switchboard_different_person_is_new() -> None:
    index = _index()
    key = phone_name_key("+74951234567", "Oleg", "Ivanov")
    assert index.classify(1, None, key) is NEW
    same = index.classify(2, None, phone_name_key("+74951234567", "Anna", "Sidorova"))
    assert (same.kind, same.contact_id, same.key_kind) == ("existing", 18, "phone_name")


def test_duplicate_within_the_file_names_the_first_row() -> None:
    index = _index()
    assert index.classify(5, "oleg@acme.com", None) is NEW
    verdict = index.classify(9, "oleg@acme.com", None)
    assert (verdict.kind, verdict.row, verdict.key_kind) == ("within_file", 5, "email")


def test_a_matched_row_lends_its_other_key_to_later_rows() -> None:
    index = _index()
    phone = phone_name_key("+4930123456", "Ivan", "Petrov")
    first = index.classify(3, "ivan.petrov@example.com", phone)
    assert first.contact_id == 17
    # Row 9 has no email but the same phone and name: it is the same existing contact.
    later = index.classify(9, None, phone)
    assert (later.kind, later.contact_id, later.key_kind) == ("existing", 17, "phone_name")


def test_email_is_checked_before_phone_and_existing_before_file() -> None:
    index = _index()
    index.classify(1, "new@acme.com", None)
    verdict = index.classify(2, "new@acme.com", phone_name_key("+74951234567", "Anna", "Sidorova"))
    # Email beats phone, but an existing contact beats an earlier row of the file.
    assert (verdict.kind, verdict.contact_id) == ("existing", 18)


def test_oldest_existing_id_wins_when_the_database_already_has_duplicates() -> None:
    index = DuplicateIndex()
    index.add_existing(3, "a@x.com")
    index.add_existing(9, "a@x.com")
    assert index.classify(1, "a@x.com", None).contact_id == 3


def test_rows_without_keys_are_always_new() -> None:
    index = _index()
    verdicts = index.classify_all([(1, None, None), (2, None, None)])
    assert verdicts == [NEW, NEW]


@given(st.lists(st.sampled_from(["a@x.com", "b@x.com", "c@x.com", None]), max_size=30))
def test_each_email_is_new_once_and_later_rows_point_at_that_row(
    emails: list[str | None],
) -> None:
    index = DuplicateIndex()
    first_row: dict[str, int] = {}
    for row, email in enumerate(emails):
        verdict = index.classify(row, email, None)
        if email is None:
            assert verdict is NEW
        elif email not in first_row:
            assert verdict is NEW
            first_row[email] = row
        else:
            assert verdict.row == first_row[email]


# --- nicknames and transliteration ------------------------------------------------------


def test_nicknames_map_to_the_formal_name() -> None:
    assert canonical_first_name("Bill") == "william"
    assert canonical_first_name("Liz") == "elizabeth"
    assert canonical_first_name("Саша") == "александр"
    assert canonical_first_name("Дима") == "дмитрий"
    assert canonical_first_name("Sasha") == "aleksandr"
    assert same_first_name("Bob", "Robert")
    assert same_first_name("Лена", "Елена")
    assert not same_first_name("Bill", "Robert")


def test_transliteration_and_folding_bring_romanisations_together() -> None:
    def key(name: str) -> str:
        return fold_latin(transliterate(match_fold(name)))

    assert key("Иван") == key("Ivan")
    assert key("Юлия") == key("Iuliia") == key("Yuliya")
    assert key("Дмитрий") == key("Dmitrii") == key("Dmitriy")
    assert key("Пётр") == key("Petr")
    assert transliterate("Щукин") == "Shchukin"


# --- fuzzy suggestions ------------------------------------------------------------------


def _pairs(matches: list[FuzzyMatch]) -> set[tuple[int, int]]:
    return {(m.left, m.right) for m in matches}


def test_bill_and_william_gates_at_microsoft_are_suggested() -> None:
    records = [
        {"first_name": "Bill", "last_name": "Gates", "company": "Microsoft Corp."},
        {"first_name": "William", "last_name": "Gates", "company": "Microsoft"},
        {"first_name": "Satya", "last_name": "Nadella", "company": "Microsoft"},
    ]
    matches = fuzzy_candidates(records)
    assert _pairs(matches) == {(0, 1)}
    assert matches[0].score == 100
    assert "nickname" in matches[0].reasons
    assert "same_company" in matches[0].reasons


def test_same_name_at_different_companies_is_not_suggested() -> None:
    records = [
        {"first_name": "John", "last_name": "Smith", "company": "Acme"},
        {"first_name": "John", "last_name": "Smith", "company": "Globex"},
    ]
    assert fuzzy_candidates(records) == []


def test_records_without_company_or_name_are_skipped() -> None:
    records = [
        {"first_name": "John", "last_name": "Smith", "company": ""},
        {"first_name": "John", "last_name": "Smith"},
        {"first_name": "", "last_name": "", "company": "Acme"},
        {"company": "Acme"},
    ]
    assert fuzzy_candidates(records) == []


def test_cyrillic_and_latin_spellings_meet_only_with_transliteration() -> None:
    records = [
        {"first_name": "Иван", "last_name": "Петров", "company": "ООО «Ромашка»"},
        {"first_name": "Ivan", "last_name": "Petrov", "company": "Romashka LLC"},
    ]
    assert fuzzy_candidates(records) == []
    matches = fuzzy_candidates(records, transliteration=True)
    assert _pairs(matches) == {(0, 1)}
    assert "transliteration" in matches[0].reasons


def test_russian_diminutive_against_latin_formal_name() -> None:
    records = [
        {"first_name": "Саша", "last_name": "Смирнов", "company": "Yandex"},
        {"first_name": "Aleksandr", "last_name": "Smirnov", "company": "Яндекс"},
    ]
    matches = fuzzy_candidates(records, transliteration=True)
    assert _pairs(matches) == {(0, 1)}
    assert {"nickname", "transliteration"} <= set(matches[0].reasons)


def test_passport_and_everyday_romanisations_are_suggested() -> None:
    records = [
        {"first_name": "Юлия", "last_name": "Смирнова", "company": "Acme"},
        {"first_name": "Iuliia", "last_name": "Smirnova", "company": "Acme"},
        {"first_name": "Yulia", "last_name": "Smirnova", "company": "Acme"},
    ]
    assert _pairs(fuzzy_candidates(records, transliteration=True)) == {(0, 1), (0, 2), (1, 2)}


def test_chinese_names_in_one_or_two_columns_are_suggested() -> None:
    records = [
        {"first_name": "伟", "last_name": "张", "company": "华为技术有限公司"},
        {"full_name": "张伟", "company": "华为技术"},
        {"first_name": "芳", "last_name": "王", "company": "华为技术"},
    ]
    matches = fuzzy_candidates(records)
    assert _pairs(matches) == {(0, 1)}
    assert matches[0].score == 100


def test_romanised_chinese_name_in_either_order_is_suggested() -> None:
    records = [
        {"first_name": "Wei", "last_name": "Zhang", "company": "Huawei"},
        {"first_name": "Zhang", "last_name": "Wei", "company": "Huawei Technologies Co., Ltd."},
    ]
    # "Huawei Technologies" is not "Huawei" for the company normalizer: no suggestion.
    assert fuzzy_candidates(records) == []
    records[1]["company"] = "HUAWEI Co., Ltd."
    matches = fuzzy_candidates(records)
    assert _pairs(matches) == {(0, 1)}
    assert "name_order" in matches[0].reasons


def test_different_people_with_one_surname_are_not_suggested() -> None:
    records = [
        {"first_name": "Anna", "last_name": "Berg", "company": "Acme"},
        {"first_name": "Olga", "last_name": "Berg", "company": "Acme"},
        {"first_name": "Bill", "last_name": "Berg", "company": "Acme"},
        {"first_name": "Robert", "last_name": "Berg", "company": "Acme"},
    ]
    assert fuzzy_candidates(records) == []


def test_threshold_controls_what_is_suggested() -> None:
    records = [
        {"first_name": "Jon", "last_name": "Smith", "company": "Acme"},
        {"first_name": "John", "last_name": "Smith", "company": "Acme"},
    ]
    # "Jon" is also short for Jonathan: the name as written must still be compared.
    assert _pairs(fuzzy_candidates(records, threshold=90)) == {(0, 1)}
    assert fuzzy_candidates(records, threshold=99) == []


def test_different_emails_are_flagged_for_the_reviewer() -> None:
    records = [
        {"first_name": "Mike", "last_name": "Ross", "company": "Pearson", "email": "m@p.com"},
        {"first_name": "Michael", "last_name": "Ross", "company": "Pearson", "email": "x@p.com"},
    ]
    (match,) = fuzzy_candidates(records)
    assert "different_email" in match.reasons


def test_each_pair_is_reported_once_even_when_it_shares_several_blocks() -> None:
    # Ivan Ivanov shares both blocking letters ("i") with Ivan Ivanof.
    records = [
        {"first_name": "Ivan", "last_name": "Ivanov", "company": "Acme"},
        {"first_name": "Ivan", "last_name": "Ivanof", "company": "Acme"},
    ]
    assert len(fuzzy_candidates(records)) == 1
