"""``rep set`` and ``rep routing``: the round-robin, the team's switches and the SLA sweep."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import update

from app.cli import EXIT_OK, main
from app.storage import tables
from app.storage.database import open_database
from tests.team_data import add_contacts, add_reps


@pytest.fixture
def team_file(tmp_path: Path, migrated_template: Path) -> tuple[Path, list[int]]:
    """Two reps (rep0@, rep1@team.example) and four unowned inbound leads."""
    path = tmp_path / "team.sqlite3"
    shutil.copyfile(migrated_template, path)
    db = open_database(path)
    try:
        add_reps(db, 2)
        contacts = add_contacts(db, 4)
        with db.transaction() as conn:
            conn.execute(
                update(tables.contacts).values(
                    source="inbound", arrived_at=dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
                )
            )
    finally:
        db.close()
    return path, contacts


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, object], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else {}), captured.err


def test_rep_set_and_routing_round_trip(
    capsys: pytest.CaptureFixture[str], team_file: tuple[Path, list[int]]
) -> None:
    path, contacts = team_file
    db = ("--db", str(path))
    code, out, _ = run(capsys, "rep", "set", "rep0@team.example", *db, "--round-robin", "on",
                       "--weight", "3", "--json")  # fmt: skip
    assert code == EXIT_OK
    assert (out["in_rotation"], out["weight"], out["away"]) == (True, 3, False)
    code, out, _ = run(capsys, "rep", "set", "Rep 1", *db, "--round-robin", "on", "--away",
                       "--json")  # fmt: skip
    assert (out["in_rotation"], out["away"]) == (True, True)

    code, out, _ = run(capsys, "rep", "routing", *db, "--round-robin", "on",
                       "--reassign-on-sla", "on", "--assign",
                       ",".join(map(str, contacts[:2])), "--json")  # fmt: skip
    assert code == EXIT_OK
    assert (out["round_robin"], out["reassign_on_sla"]) == (True, True)
    rep0 = next(r for r in out["reps"] if r["email"] == "rep0@team.example")  # type: ignore[union-attr]
    assert out["assigned"] == [{"contact_id": c, "rep_id": rep0["id"]} for c in contacts[:2]]

    main(["rep", "set", "rep1@team.example", *db, "--back"])
    capsys.readouterr()
    code, out, _ = run(capsys, "rep", "routing", *db, "--sweep-sla",
                       "--now", "2026-12-07T09:30:00Z", "--json")  # fmt: skip
    assert out["sla_minutes"] == 5
    breaches = {b["contact_id"]: b for b in out["breaches"]}  # type: ignore[union-attr]
    assert sorted(breaches) == contacts
    # rep0's two leads went to the only other rep; nobody's leads went anywhere.
    rep1 = next(r for r in out["reps"] if r["email"] == "rep1@team.example")  # type: ignore[union-attr]
    assert {breaches[c]["reassigned_to"] for c in contacts[:2]} == {rep1["id"]}

    code, out, _ = run(capsys, "rep", "list", *db, "--json")
    assert {(r["email"], r["in_rotation"], r["weight"], r["away"]) for r in out["reps"]} == {  # type: ignore[union-attr]
        ("rep0@team.example", True, 3, False), ("rep1@team.example", True, 1, False),
    }  # fmt: skip


def test_bad_weight_and_unknown_rep_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], team_file: tuple[Path, list[int]]
) -> None:
    path, _ = team_file
    code, out, err = run(capsys, "rep", "set", "rep0@team.example", "--db", str(path),
                         "--weight", "0")  # fmt: skip
    assert code != EXIT_OK and not out
    assert err.strip().count("\n") == 0 and "1 to 100" in err
    code, out, err = run(capsys, "rep", "set", "nobody@x.example", "--db", str(path), "--away")
    assert code != EXIT_OK and "there is no rep nobody@x.example" in err
