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


def test_rep_routing_reads_web_forms_from_the_imap_account(
    capsys: pytest.CaptureFixture[str],
    team_file: tuple[Path, list[int]],
    dovecot: object,
    temp_keyring: object,
    tmp_path: Path,
) -> None:
    from app.adapters.imap_utf7 import encode_folder
    from app.storage.mail.accounts import ImapAccount, save_imap_account, set_imap_password
    from tests.imap_server import DovecotServer
    from tests.storage.test_routing_webforms import CUSTOM, TILDA, form_mail

    assert isinstance(dovecot, DovecotServer)
    path, _ = team_file
    db = open_database(path)
    try:
        account = ImapAccount("127.0.0.1", dovecot.port, "none", dovecot.user)
        set_imap_password(account, dovecot.password)
        save_imap_account(db, account)
    finally:
        db.close()
    folder = "Формы сайта CLI"
    dovecot.new_folder(f'"{encode_folder(folder)}"')
    sent = dt.datetime(2026, 12, 7, 9, 50, tzinfo=dt.UTC)
    dovecot.append([form_mail(TILDA, sender="robot@tilda.ws", subject="Заявка", sent=sent, n=21),
                    form_mail(CUSTOM, sender="forms@uab.lt", subject="Lead", sent=sent, n=22)],
                   f'"{encode_folder(folder)}"')  # fmt: skip
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps([
        {"sender": "tilda"},
        {"sender": "forms@uab", "labels": {"Your full name": "name", "Work address": "email",
                                            "Org": "company"}},
    ]), encoding="utf-8")  # fmt: skip
    code, out, err = run(capsys, "rep", "routing", "--db", str(path), "--web-form-folder",
                         folder, "--web-form-rules", str(rules), "--web-forms",
                         "--now", "2026-12-07T10:00:00Z", "--json")  # fmt: skip
    assert code == EXIT_OK, err
    forms = out["web_forms"]
    assert forms == {"folder": folder, "done_folder": f"{folder} – done", "rules": 2,  # type: ignore[comparison-overlap]
                     "mails": 2, "leads": 2, "skipped": 0, "repeated": 0, "created": 2,
                     "updated": 0, "routed": 0}  # fmt: skip
    bad = tmp_path / "bad.json"
    bad.write_text('[{"labels": {"Name": "nickname"}}]', encoding="utf-8")
    code, out, err = run(capsys, "rep", "routing", "--db", str(path), "--web-form-rules",
                         str(bad))  # fmt: skip
    assert code != EXIT_OK and "web-form rule 1" in err
