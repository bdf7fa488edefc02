"""Every templates code has an English line for the CLI, and the lines carry the arguments."""

from __future__ import annotations

import re

from app.commands.messages import describe_error
from app.commands.messages_templates import RENDER, STORE
from app.core.templating import RENDER_CODES, RenderBlocked
from app.storage.templates import TemplateStoreError


def _codes_in_docstring(module_doc: str) -> set[str]:
    return set(re.findall(r"^- ``(\w+)``", module_doc, re.MULTILINE))


def test_every_render_and_store_code_is_worded() -> None:
    from app.core.templating import errors as render_errors
    from app.storage.templates import errors as store_errors

    assert RENDER_CODES <= set(RENDER)
    assert _codes_in_docstring(render_errors.__doc__ or "") <= set(RENDER)
    assert _codes_in_docstring(store_errors.__doc__ or "") <= set(STORE)


def test_the_cli_line_names_the_field_and_the_line() -> None:
    assert describe_error(RenderBlocked("missing_field", {"field": "custom.plan"})) == (
        "email blocked: the merge field 'custom.plan' has no value and no fallback"
    )
    line = describe_error(RenderBlocked("syntax_error", {"part": "subject", "line": 2,
                                                         "message": "unexpected '}'"}))  # fmt: skip
    assert line == "email blocked: line 2 of the template's subject does not parse: unexpected '}'"
    stale = TemplateStoreError("stale_version", {"name": "Intro", "expected": 3, "current": 4})
    assert describe_error(stale) == (
        "'Intro' was saved by someone else (version 4, you had 3); nothing was overwritten"
    )
    assert describe_error(ValueError("x")) is None
