"""Team mode's commands: claim (held, renewed, released, refused) and copy's refusals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import EXIT_FAILURE, EXIT_OK, main
from app.storage.database import open_database
from tests.team_data import add_contacts, add_reps

NOW = "2026-12-07T09:00:00Z"


@pytest.fixture
def team_file(tmp_path: Path, migrated_template: Path) -> tuple[Path, int]:
    """Two reps (rep0@, rep1@team.example) and one contact; returns the file and its id."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        add_reps(db, 2)
        (contact,) = add_contacts(db, 1)
    finally:
        db.close()
    return path, contact


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_claim_exits_0_for_the_holder_and_1_for_anyone_else(
    capsys: pytest.CaptureFixture[str], team_file: tuple[Path, int]
) -> None:
    path, contact = team_file
    base = ("claim", "--db", str(path), "--shared", "--contact", str(contact))
    code, out, err = run(capsys, *base, "--rep", "rep0@team.example", "--now", NOW, "--json")
    assert code == EXIT_OK, err
    assert json.loads(out) == {
        "ok": True, "claimed": True, "contact_id": contact, "rep": "rep0@team.example",
        "holder": "rep0@team.example", "expires_at": "2026-12-07T09:15:00+00:00",
    }  # fmt: skip

    code, out, err = run(capsys, *base, "--rep", "REP1@team.example", "--now", NOW)
    assert code == EXIT_FAILURE
    assert out.strip() == (
        f"Contact {contact} is held by Rep 0 <rep0@team.example> until 2026-12-07T09:15:00+00:00."
    )
    code, out, _ = run(capsys, *base, "--rep", "rep1@team.example", "--now", NOW, "--json")
    assert code == EXIT_FAILURE
    payload = json.loads(out)
    assert payload["claimed"] is False
    assert payload["holder"] == "rep0@team.example"

    # Renewal by the holder, then release, then the other rep gets it.
    code, out, _ = run(capsys, *base, "--rep", "rep0@team.example", "--now", NOW, "--minutes", "60")
    assert code == EXIT_OK
    assert "until 2026-12-07T10:00:00+00:00" in out
    code, out, _ = run(capsys, *base, "--rep", "rep0@team.example", "--release")
    assert code == EXIT_OK
    assert out.strip() == f"Released contact {contact}."
    code, _, _ = run(capsys, *base, "--rep", "rep1@team.example", "--now", NOW)
    assert code == EXIT_OK


def test_claim_names_an_unknown_rep_or_contact(
    capsys: pytest.CaptureFixture[str], team_file: tuple[Path, int]
) -> None:
    path, contact = team_file
    code, out, err = run(
        capsys, "claim", "--db", str(path), "--contact", str(contact), "--rep", "who@x.example"
    )
    assert code == EXIT_FAILURE
    assert out == ""
    assert err.strip() == (
        "prospect-desk: there is no rep with the address who@x.example (see: rep list)"
    )
    code, _out, err = run(
        capsys, "claim", "--db", str(path), "--contact", str(contact + 7),
        "--rep", "rep0@team.example",
    )  # fmt: skip
    assert code == EXIT_FAILURE
    assert err.strip() == f"prospect-desk: there is no contact {contact + 7}"
