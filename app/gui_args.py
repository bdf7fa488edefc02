"""The window's command line, checked strictly without importing Qt.

``python main.py [--db PATH] [--read-only] [--startup-check]`` opens the window. Anything
else without a command (``imprt``, a stray word, an unknown option) is a usage error that
names the nearest command or option: a script with a typo must fail at once, not open a
window and wait forever. Qt's own options (``-platform offscreen``, ``-style fusion`` ...)
pass through to Qt.
"""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence
from typing import NoReturn

from app.commands.common import CLI_COMMANDS, PROG

#: Options of Qt's own (QGuiApplication, QApplication, X11) that QApplication takes out of
#: the arguments; Qt accepts them with one dash or two, and ``-name=value``.
QT_OPTIONS_WITH_VALUE = frozenset(
    {"platform", "platformpluginpath", "platformtheme", "plugin", "qmljsdebugger",
     "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "style", "stylesheet",
     "display", "geometry", "name", "title", "visual"}
)  # fmt: skip
QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})

#: The window's own options (``_gui_parser`` defines them).
GUI_OPTIONS = ("--db", "--read-only", "--startup-check")
_DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


class GuiUsageError(Exception):
    """The arguments are neither a CLI command nor options of the window (one line)."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing and exiting, so the caller words the line."""

    def error(self, message: str) -> NoReturn:
        raise GuiUsageError(f"{message} (see {PROG} --help)")


def _gui_parser() -> _Parser:
    parser = _Parser(prog=PROG, add_help=False, allow_abbrev=False)
    parser.add_argument("--db", metavar="PATH", help="open this database (a file or an URL)")
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="open the window, print the seconds from process start to its first paint, exit",
    )
    parser.add_argument(
        "--read-only", action="store_true", help="open the database without changing it"
    )
    return parser


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate Qt's own options (see ``QT_OPTIONS_WITH_VALUE``/``QT_FLAGS``) from ours.

    Returns:
        (ours, qt): the arguments for our parser and those Qt will read, in order.
    """
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        arg = items[i]
        name, eq, _value = arg.lstrip("-").partition("=")
        dashes = len(arg) - len(arg.lstrip("-"))
        if (dashes in (1, 2) and name in QT_FLAGS and not eq) or arg.startswith("-psn_"):
            qt.append(arg)  # -psn_...: the process serial number older macOS Finders add
        elif dashes in (1, 2) and name in QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            if not eq and i + 1 < len(items):
                qt.append(items[i + 1])
                i += 1
        else:
            ours.append(arg)
        i += 1
    return ours, qt


def _unknown(word: str) -> str:
    """The one-line complaint about an argument nobody takes, naming the nearest one."""
    if word.startswith("-"):
        near = difflib.get_close_matches(word.partition("=")[0], GUI_OPTIONS, n=1)
        hint = f"; did you mean '{near[0]}'?" if near else f" (see {PROG} --help)"
        return f"unknown option '{word}'{hint}"
    near = difflib.get_close_matches(word.lower(), CLI_COMMANDS, n=1)
    if near:
        return f"unknown command '{word}'; did you mean '{near[0]}'?"
    if word.lower().endswith(_DATABASE_SUFFIXES) or "://" in word:
        return f"unknown command '{word}'; to open a database, use --db {word}"
    return f"unknown command '{word}' (commands: {', '.join(CLI_COMMANDS)}; see {PROG} --help)"


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse the window's options strictly (Qt's own options are left to Qt).

    Raises:
        GuiUsageError: an argument that neither the window nor Qt takes, worded in one line.
    """
    ours, _qt = split_qt_options(argv)
    args, extra = _gui_parser().parse_known_args(ours)
    if extra:
        raise GuiUsageError(_unknown(extra[0]))
    return args
