"""Rendering templates in Jinja2's sandbox, with limits and codes instead of crashes.

Syntax: Jinja2 (``{{ first_name }}``, ``{% if title %}...{% endif %}``). Rules:

- **Missing values block.** A merge field without a value is *undefined*; printing it,
  filtering it (other than with ``default``) or reading an attribute of it raises
  ``RenderBlocked("missing_field", {"field": name})``. ``{{ x | default("there") }}`` and
  ``{% if x %}`` (an undefined value is false) are the ways to give a fallback.
- **Snippets** are included by name: ``{% include "snippet:signature" %}``. They see the
  same merge fields and obey the same rules; an unknown name blocks with
  ``unknown_snippet``.
- **Subject** is plain text on one line: a merge value with a line break used in it
  blocks with ``header_injection`` (a CR/LF there would start a new mail header).
- **HTML bodies** are autoescaped (a value ``<b>`` prints as ``&lt;b&gt;``); the
  ``lines`` filter prints a multi-line value with ``<br>`` between its lines. The
  plain-text part is made from the rendered HTML (:func:`html_to_text`).
- **Limits**: a template part longer than :data:`MAX_TEMPLATE_CHARS`, output longer than
  :data:`MAX_OUTPUT_CHARS`, more than :data:`MAX_LOOP_ITERATIONS` loop iterations in one
  render, ``range`` beyond :data:`MAX_RANGE`, or endless snippet/macro recursion block
  with a code, so a template that loops or grows cannot hang a send.

Everything here is pure: no database, no clock, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Final, NoReturn

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    Template,
    TemplateNotFound,
    TemplateSyntaxError,
    Undefined,
    UndefinedError,
    nodes,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from app.core.templating.errors import RenderBlocked
from app.core.templating.html_text import html_to_text
from app.core.templating.model import RenderedEmail, TemplateContent

__all__ = [
    "MAX_LOOP_ITERATIONS",
    "MAX_OUTPUT_CHARS",
    "MAX_RANGE",
    "MAX_TEMPLATE_CHARS",
    "SNIPPET_PREFIX",
    "Snippets",
    "check_template",
    "render_content",
    "used_fields",
]

#: The longest subject, body or snippet source accepted (characters).
MAX_TEMPLATE_CHARS: Final = 20_000
#: The longest text one part may render to (characters).
MAX_OUTPUT_CHARS: Final = 100_000
#: Loop iterations one render may run, all loops together.
MAX_LOOP_ITERATIONS: Final = 10_000
#: The longest ``range()`` a template may ask for.
MAX_RANGE: Final = 1_000
#: ``{% include "snippet:NAME" %}`` names a snippet.
SNIPPET_PREFIX: Final = "snippet:"

#: Snippets by name -> source text.
Snippets = Mapping[str, str]

# Characters that end a line somewhere (str.splitlines()); none may reach a header.
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_LOOP_FUNCTION: Final = "_pd_loop"


class _Stop(Exception):  # noqa: N818 - internal signal, becomes a RenderBlocked
    def __init__(self, code: str, arguments: Mapping[str, object] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.arguments = dict(arguments or {})


class _Custom(dict[str, object]):
    """The ``custom`` merge dict; its missing keys are reported as ``custom.<key>``."""


class _MissingField(StrictUndefined):
    """An undefined merge field: false in a test, an error anywhere else."""

    __slots__ = ()

    def __bool__(self) -> bool:  # type: ignore[override]  # false, where the base fails
        return False

    def _fail_with_undefined_error(self, *args: object, **kwargs: object) -> NoReturn:
        if self._undefined_hint:  # the sandbox refused a private attribute
            raise RenderBlocked("unsafe", {"message": self._undefined_hint})
        name = str(self._undefined_name)
        if isinstance(self._undefined_obj, _Custom):
            name = f"custom.{name}"
        raise RenderBlocked("missing_field", {"field": name})


# Jinja binds the failing operators to the base class's function when the class is made,
# so a subclass's override is not seen through them: bind them to ours.
for _operator in dir(StrictUndefined):
    if (
        _operator != "__bool__"
        and getattr(StrictUndefined, _operator) is Undefined._fail_with_undefined_error
    ):
        setattr(_MissingField, _operator, _MissingField._fail_with_undefined_error)


@dataclass
class _Budget:
    """What one render may still spend; a fresh one per render."""

    iterations: int = MAX_LOOP_ITERATIONS

    def loop(self, iterable: Any) -> Iterator[Any]:
        if isinstance(iterable, _MissingField):
            iter(iterable)  # reports the missing field
        for item in iterable:
            self.iterations -= 1
            if self.iterations < 0:
                raise _Stop("loop_limit", {"limit": MAX_LOOP_ITERATIONS})
            yield item


class _BudgetedLoops:
    """Rewrites every ``{% for %}`` so each iteration is counted against the budget."""

    @staticmethod
    def apply(tree: nodes.Template) -> nodes.Template:
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.Name(_LOOP_FUNCTION, "load"), [loop.iter], [], None, None,
                lineno=loop.lineno,
            )  # fmt: skip
        return tree


_current_snippets: ContextVar[Snippets | None] = ContextVar("snippets", default=None)


class _SnippetLoader(BaseLoader):
    """Finds ``snippet:NAME`` in the snippets of the render running now."""

    def get_source(self, environment: Environment, template: str) -> tuple[str, None, Any]:
        if not template.startswith(SNIPPET_PREFIX):
            raise TemplateNotFound(template)
        snippets = _current_snippets.get() or {}
        name = template.removeprefix(SNIPPET_PREFIX)
        source = snippets.get(name)
        if source is None:
            raise TemplateNotFound(template)
        if len(source) > MAX_TEMPLATE_CHARS:
            raise _Stop("too_large", {"part": template, "size": len(source),
                                      "limit": MAX_TEMPLATE_CHARS})  # fmt: skip

        def uptodate() -> bool:
            return (_current_snippets.get() or {}).get(name) == source

        return source, None, uptodate


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise _Stop("loop_limit", {"limit": MAX_RANGE})
    return numbers


def _lines(value: object) -> Markup:
    """A multi-line value for HTML: each line escaped, ``<br>`` between them."""
    return Markup("<br>\n").join(escape(line) for line in str(value).splitlines())


class _Sandbox(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        return _BudgetedLoops.apply(super()._parse(source, name, filename))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise _Stop("output_too_large", {"limit": MAX_OUTPUT_CHARS})
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and (len(seq) * times > MAX_OUTPUT_CHARS)
                ):
                    raise _Stop("output_too_large", {"limit": MAX_OUTPUT_CHARS})
        return super().call_binop(context, operator, left, right)


def _make_environment(*, html: bool) -> _Sandbox:
    env = _Sandbox(
        loader=_SnippetLoader(),
        undefined=_MissingField,
        autoescape=html,
        keep_trailing_newline=False,
        auto_reload=True,
        cache_size=64,
    )
    env.globals["range"] = _safe_range
    env.filters["lines"] = _lines
    from app.core.templating.greetings import lithuanian_vocative

    env.filters["vocative"] = lambda value: lithuanian_vocative(str(value))
    return env


_TEXT_ENV: Final = _make_environment(html=False)
_HTML_ENV: Final = _make_environment(html=True)


@lru_cache(maxsize=256)
def _compiled(source: str, html: bool) -> Template:
    return (_HTML_ENV if html else _TEXT_ENV).from_string(source)


def _syntax_error(exc: TemplateSyntaxError, part: str) -> RenderBlocked:
    where = part
    if exc.name and exc.name.startswith(SNIPPET_PREFIX):
        where = exc.name
    return RenderBlocked(
        "syntax_error", {"part": where, "line": exc.lineno, "message": exc.message or ""}
    )


def _compile(source: str, *, part: str, html: bool) -> Template:
    if len(source) > MAX_TEMPLATE_CHARS:
        raise RenderBlocked("too_large", {"part": part, "size": len(source),
                                          "limit": MAX_TEMPLATE_CHARS})  # fmt: skip
    try:
        return _compiled(source, html)
    except TemplateSyntaxError as exc:
        raise _syntax_error(exc, part) from None


def _render_part(template: Template, values: Mapping[str, object], *, part: str) -> str:
    budget = _Budget()
    context = {**values, _LOOP_FUNCTION: budget.loop}
    out: list[str] = []
    size = 0
    try:
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise _Stop("output_too_large", {"limit": MAX_OUTPUT_CHARS})
            out.append(chunk)
    except RenderBlocked:
        raise
    except _Stop as stop:
        arguments = dict(stop.arguments)
        if stop.code in ("output_too_large",):
            arguments.setdefault("part", part)
        raise RenderBlocked(stop.code, arguments) from None
    except TemplateSyntaxError as exc:  # a snippet that does not parse
        raise _syntax_error(exc, part) from None
    except TemplateNotFound as exc:
        name = str(exc.name or "").removeprefix(SNIPPET_PREFIX)
        raise RenderBlocked("unknown_snippet", {"name": name}) from None
    except (SecurityError, UndefinedError) as exc:
        raise RenderBlocked("unsafe", {"message": str(exc)}) from None
    except RecursionError:
        raise RenderBlocked("too_deep") from None
    except MemoryError:
        raise RenderBlocked("output_too_large", {"part": part, "limit": MAX_OUTPUT_CHARS}) from None
    except Exception as exc:  # noqa: BLE001 - any template mistake is a blocked send, not a crash
        raise RenderBlocked(
            "render_error", {"part": part, "message": f"{type(exc).__name__}: {exc}"}
        ) from None
    return "".join(out)


@dataclass(frozen=True)
class _Uses:
    names: frozenset[str] = frozenset()
    custom_keys: frozenset[str] = frozenset()
    all_custom: bool = False
    snippets: frozenset[str] = field(default_factory=frozenset)


def _uses(source: str) -> _Uses:
    tree = _TEXT_ENV.parse(source)
    names = {n.name for n in tree.find_all(nodes.Name) if n.ctx == "load"}
    names.discard(_LOOP_FUNCTION)
    keys: set[str] = set()
    custom_nodes = 0
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        target = node.node  # type: ignore[attr-defined]  # both node types have it
        if isinstance(target, nodes.Name) and target.name == "custom":
            custom_nodes += 1
            if isinstance(node, nodes.Getattr):
                keys.add(str(node.attr))
            elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
                keys.add(str(node.arg.value))
    bare_custom = sum(1 for n in tree.find_all(nodes.Name) if n.name == "custom") > custom_nodes
    snippets = {
        str(inc.template.value).removeprefix(SNIPPET_PREFIX)
        for inc in tree.find_all(nodes.Include)
        if isinstance(inc.template, nodes.Const)
        and str(inc.template.value).startswith(SNIPPET_PREFIX)
    }
    return _Uses(frozenset(names), frozenset(keys), bare_custom, frozenset(snippets))


def used_fields(content: TemplateContent) -> frozenset[str]:
    """The merge fields a template's subject and body name (``custom.<key>`` for custom).

    Raises:
        RenderBlocked: ``syntax_error`` or ``too_large``.
    """
    out: set[str] = set()
    for part, source in (("subject", content.subject), ("body", content.body)):
        _compile(source, part=part, html=False)
        uses = _uses(source)
        out |= uses.names - {"custom"} - set(_TEXT_ENV.globals)
        out |= {f"custom.{k}" for k in uses.custom_keys}
    return frozenset(out)


def check_template(content: TemplateContent, snippets: Snippets) -> list[RenderBlocked]:
    """Problems an editor can show while the user types: syntax, size, unknown snippets.

    Returns:
        Every problem found (empty when the template is well formed); values are not
        needed, so a missing merge field is not one of them.
    """
    problems: list[RenderBlocked] = []
    seen_snippets: set[str] = set()
    parts = [("subject", content.subject, False), ("body", content.body, content.is_html)]
    while parts:
        part, source, html = parts.pop(0)
        try:
            _compile(source, part=part, html=html)
        except RenderBlocked as blocked:
            problems.append(blocked)
            continue
        for name in sorted(_uses(source).snippets - seen_snippets):
            seen_snippets.add(name)
            if name not in snippets:
                problems.append(RenderBlocked("unknown_snippet", {"name": name}))
            else:
                parts.append((f"{SNIPPET_PREFIX}{name}", snippets[name], html))
    return problems


def _check_header_values(source: str, values: Mapping[str, object]) -> None:
    """Refuse a subject that uses a value with a line break, naming the field."""
    uses = _uses(source)
    for name in sorted(uses.names):
        value = values.get(name)
        if isinstance(value, str) and _LINE_BREAKS.search(value):
            raise RenderBlocked("header_injection", {"field": name})
    custom = values.get("custom")
    if isinstance(custom, Mapping):
        keys = sorted(custom) if uses.all_custom else sorted(uses.custom_keys)
        for key in keys:
            value = custom.get(key)
            if isinstance(value, str) and _LINE_BREAKS.search(value):
                raise RenderBlocked("header_injection", {"field": f"custom.{key}"})


def render_content(
    content: TemplateContent,
    values: Mapping[str, object],
    *,
    snippets: Snippets | None = None,
    language: str,
    template_id: int | None = None,
    variant: str | None = None,
    require_subject: bool = True,
) -> RenderedEmail:
    """Render one variant's subject and body with merge values.

    Args:
        content: The subject and body templates.
        values: The merge values (:func:`app.core.templating.merge_values`); a field
            left out is missing.
        snippets: Snippets by name for ``{% include "snippet:NAME" %}``.
        language: The language of this variant, recorded on the email.
        template_id: The stored template, recorded on the email.
        variant: The A/B label, recorded on the email.
        require_subject: Block with ``empty_subject`` when the subject renders empty.

    Returns:
        The email: a one-line subject, the text part, and the HTML part for HTML bodies.

    Raises:
        RenderBlocked: Any of the codes in :mod:`app.core.templating.errors`.
    """
    values = dict(values)
    custom = values.get("custom")
    if isinstance(custom, Mapping) and not isinstance(custom, _Custom):
        values["custom"] = _Custom({str(k): v for k, v in custom.items()})
    subject_template = _compile(content.subject, part="subject", html=False)
    body_template = _compile(content.body, part="body", html=content.is_html)
    _check_header_values(content.subject, values)
    token = _current_snippets.set(dict(snippets or {}))
    try:
        subject = _render_part(subject_template, values, part="subject").strip()
        body = _render_part(body_template, values, part="body")
    finally:
        _current_snippets.reset(token)
    if _LINE_BREAKS.search(subject):
        raise RenderBlocked("header_injection", {"field": "subject"})
    if require_subject and not subject:
        raise RenderBlocked("empty_subject")
    if content.is_html:
        text = html_to_text(body)
        html: str | None = body.strip()
    else:
        text, html = body.strip("\n"), None
    return RenderedEmail(subject, text, html, template_id, variant, language)
