"""Arguments without a command belong to the window, strictly: anything else is exit 2.

A typo (``python main.py imprt leads.csv``) used to open the window and, in a script,
wait forever. It is now refused before Qt is imported, naming the nearest command.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMANDS, command_function
from app.commands.common import CLI_COMMANDS, EXIT_USAGE
from app.entry import run
from app.gui_args import (
    GUI_OPTIONS,
    GuiUsageError,
    _gui_parser,
    parse_gui_args,
    split_qt_options,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["imprt", "leads.csv"], "unknown command 'imprt'; did you mean 'import'?"),
        (["exprot", "--db", "x"], "unknown command 'exprot'; did you mean 'export'?"),
        (["Validate"], "unknown command 'Validate'; did you mean 'validate'?"),
        (["--db", "x.sqlite3", "chek"], "unknown command 'chek'; did you mean 'check'?"),
        (["--dbb", "x"], "unknown option '--dbb'; did you mean '--db'?"),
        (["--read"], "unknown option '--read'; did you mean '--read-only'?"),
        (["--startup-chek"], "unknown option '--startup-chek'; did you mean '--startup-check'?"),
        (["leads.sqlite3"], "unknown command 'leads.sqlite3'; to open a database, use --db"),
        (["zzz"], "unknown command 'zzz' (commands: demo, import, export"),
        (["--db"], "argument --db: expected one argument"),
        (["--verbose"], "unknown option '--verbose' (see prospect-desk --help)"),
    ],
)
def test_unknown_arguments_are_a_usage_error(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"prospect-desk: {message}"), err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.sqlite3"],
        ["--db=x.sqlite3", "--read-only"],
        ["--startup-check", "--db", "postgresql://u@h/db"],
        ["-platform", "offscreen", "--db", "x.sqlite3"],
        ["-style=fusion", "--reverse", "--platform", "offscreen"],
        ["-qwindowtitle", "Demo", "-widgetcount"],
        ["-psn_0_123456"],
    ],
)
def test_the_windows_own_arguments_and_qts_are_accepted(argv: list[str]) -> None:
    parse_gui_args(argv)


def test_parsed_values() -> None:
    args = parse_gui_args(["-style", "fusion", "--db", "x.sqlite3", "--startup-check"])
    assert (args.db, args.startup_check, args.read_only) == ("x.sqlite3", True, False)


def test_qt_options_are_split_off_with_their_values() -> None:
    ours, qt = split_qt_options(
        ["-platform", "offscreen", "--db", "a", "-reverse", "-style=fusion", "imprt", "-session"]
    )
    assert ours == ["--db", "a", "imprt"]
    assert qt == ["-platform", "offscreen", "-reverse", "-style=fusion", "-session"]
    with pytest.raises(GuiUsageError, match="did you mean 'import'"):
        parse_gui_args(["-platform", "offscreen", "imprt"])


def test_the_lists_of_names_match_what_they_describe() -> None:
    assert set(CLI_COMMANDS) == set(COMMANDS)
    # Each command's module is imported when it runs: every entry must name a real one.
    assert all(callable(command_function(name)) for name in COMMANDS)
    defined = {s for action in _gui_parser()._actions for s in action.option_strings}
    assert defined == set(GUI_OPTIONS)


def test_help_anywhere_lists_commands_and_window_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["--db", "x.sqlite3", "--help"]) == 0
    out = capsys.readouterr().out
    assert "import" in out and "--read-only" in out and "--startup-check" in out


def test_a_typo_fails_at_once_without_loading_qt() -> None:
    """The real launcher, as a script calls it: exit 2 quickly, Qt never imported."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "imprt", "leads.csv"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_USAGE
    assert done.stderr == "prospect-desk: unknown command 'imprt'; did you mean 'import'?\n"
    probe = (
        "import sys\n"
        "from app.entry import run\n"
        "code = run(['imprt'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', 'app.ui'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "2 []"
