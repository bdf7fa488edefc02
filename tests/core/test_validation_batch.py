"""Quality scores, list summaries and batch validation over plain Python data."""

from __future__ import annotations

from pathlib import Path

import email_validator
import phonenumbers
import pytest

from app.core.ops import CancelToken, OperationCancelled
from app.core.resources import resource_path
from app.core.validation import (
    REASONS,
    VALIDATOR_VERSION,
    ContactRecord,
    check_email,
    check_phone,
    score_contact,
    summarize,
    validate_contacts,
)
from app.core.validation.tlds import PSL_SNAPSHOT

RECORDS = [
    ContactRecord("Ivan.Petrov@Example.COM", "8 (495) 123-45-67", "Россия", "Ivan", "Petrov",
                  "Romashka", "CTO"),
    ("info@acme.com", "+1 650 253 0000", "USA", "", "", "Acme", ""),
    {"email": "li@qq.com", "phone": "010-12345678", "country": "中国", "first_name": "Li"},
    ("bad@@x", "n/a", "Lithuania"),
    (None, "8 612 34567", "Lithuania", "Jonas", "Jonaitis", "Telia", "Sales"),
    ("jonas@telia.lt", "8 612 34567", "LT"),
]  # fmt: skip


def test_score_full_valid_contact_is_100() -> None:
    quality = score_contact(
        email=check_email("ivan@romashka.ru"),
        phone=check_phone("+74951234567"),
        first_name="Ivan",
        last_name="Petrov",
        company="Romashka",
        title="CTO",
    )
    assert (quality.score, quality.reasons) == (100, ())


def test_score_reasons_explain_lost_points() -> None:
    quality = score_contact(email=check_email("ivan@gmail.com"), phone=None, first_name="Ivan")
    assert quality.score == 40 - 10 + 10
    assert quality.reasons == (
        "email_free_mail",
        "missing_phone",
        "missing_last_name",
        "missing_company",
        "missing_title",
    )
    assert all(code in REASONS for code in quality.reasons)
    empty = score_contact(email=check_email(""), phone=check_phone(""))
    assert empty.score == 0
    assert "missing_email" in empty.reasons and "missing_phone" in empty.reasons


def test_batch_matches_single_checks_in_order() -> None:
    batch = validate_contacts(RECORDS, workers=1)
    assert batch.workers == 0
    assert len(batch.results) == len(RECORDS)
    first = batch.results[0]
    assert first.email == check_email("Ivan.Petrov@Example.COM")
    # Batches skip the display formatting; everything else is what a single check gives.
    assert first.phone == check_phone("8 (495) 123-45-67", "RU", formatted=False)
    assert check_phone("8 (495) 123-45-67", "RU").international == "+7 495 123-45-67"
    assert first.phone_region == "RU"
    assert first.quality.score == 100
    assert batch.results[2].phone is not None and batch.results[2].phone.region == "CN"
    assert batch.results[3].email is not None and batch.results[3].email.status == "invalid"
    assert batch.results[4].email is None
    # The same number written for the same region is checked once and shared.
    assert batch.results[4].phone is batch.results[5].phone
    assert batch.distinct_phones == 5
    assert batch.validator_version == VALIDATOR_VERSION


def test_summary_counts() -> None:
    summary = validate_contacts(RECORDS, workers=1).summary
    assert summary.contacts == 6
    assert summary.email_status == {"valid": 3, "risky": 1, "invalid": 1, "missing": 1}
    assert summary.phone_status == {"valid": 5, "invalid": 1}
    assert summary.reasons["role_account"] == 1
    assert summary.reasons["free_mail"] == 1
    assert summary.missing["missing_email"] == 1
    assert summary.missing["missing_title"] == 4
    assert 0 < summary.average_score < 100
    assert summarize([]).average_score == 0


def test_worker_processes_give_the_same_results() -> None:
    records = RECORDS * 5 + [("x@acme.com", f"+7 495 123-45-{i:02d}", "RU") for i in range(60)]
    in_process = validate_contacts(records, workers=1)
    parallel = validate_contacts(records, workers=2, parallel_threshold=10)
    assert parallel.workers == 2
    assert parallel.results == in_process.results
    assert parallel.summary == in_process.summary


def test_counted_summary_equals_summarize_over_the_results() -> None:
    """The batch counts per combination of findings; it must equal a row-by-row count."""
    records = [
        *RECORDS,
        ("  ", "", "RU", "Ivan"),  # blank values are missing, not invalid
        ("sales@gmail.com", "+44 20 7946 0000", "UK", "", "Jones", "", "Owner"),
        ("ivan@gmial.com", "8 800 555-35-35", "Россия", "Ivan", "", "Co", ""),
        ("wei@163.com", "4.15555E+09", "中国", "伟", "王", "公司", "经理"),
    ] * 3
    batch = validate_contacts(records, workers=1)
    expected = summarize((r.email, r.phone, r.quality) for r in batch.results)
    assert batch.summary == expected
    assert batch.summary.contacts == len(records)


def test_progress_reaches_total() -> None:
    calls: list[tuple[int, int]] = []
    validate_contacts(RECORDS, workers=1, progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] == 5 + 5  # distinct emails + distinct phones
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_raises() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelled):
        validate_contacts(RECORDS, workers=1, cancel=token)


class _WatchedToken(CancelToken):
    """A token cancelled from the start that counts how often the run looked at it."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0
        self.cancel()

    @property
    def cancelled(self) -> bool:
        self.looks += 1
        return True

    def raise_if_cancelled(self) -> None:
        self.looks += 1
        super().raise_if_cancelled()


def test_cancel_stops_worker_processes() -> None:
    records = [("", f"+7 495 1{i:06d}", "RU") for i in range(30)]
    # The first look at the token comes after the chunks were handed to the workers.
    token = _WatchedToken()
    with pytest.raises(OperationCancelled):
        validate_contacts(records, workers=2, parallel_threshold=10, cancel=token)
    assert token.looks


def test_raw_records_are_not_modified() -> None:
    records = [ContactRecord("  John@ACME.com ", " 8 (495) 123-45-67 ", "RU")]
    validate_contacts(records, workers=1)
    assert records[0].email == "  John@ACME.com "


def test_validator_version_names_libraries_and_data() -> None:
    assert email_validator.__version__ in VALIDATOR_VERSION
    assert phonenumbers.__version__ in VALIDATOR_VERSION
    assert PSL_SNAPSHOT in VALIDATOR_VERSION


def test_psl_snapshot_constant_matches_the_bundled_file() -> None:
    header = resource_path("data/public_suffix_list.dat").read_text(encoding="utf-8")[:2000]
    assert f"VERSION: {PSL_SNAPSHOT}" in header


def test_resource_path_stays_inside_resources() -> None:
    path = resource_path("data/public_suffix_list.dat")
    assert path.is_file()
    assert path.parent.parent.name == "resources"
    with pytest.raises(ValueError):
        resource_path("../pyproject.toml")
    with pytest.raises(ValueError):
        resource_path(str(Path("/etc/passwd")))
