"""Template rendering in the sandbox: missing fields, fallbacks, escaping, limits, snippets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.templating import (
    MAX_LOOP_ITERATIONS,
    MAX_OUTPUT_CHARS,
    MAX_TEMPLATE_CHARS,
    ContactData,
    RenderBlocked,
    RenderedEmail,
    Sender,
    TemplateContent,
    check_template,
    html_to_text,
    merge_values,
    render_content,
    used_fields,
)

SENDER = Sender("Anna Berg", "anna@seller.example", "Anna Berg\nHead of Sales", "1 Main St")
CONTACT = ContactData(
    first_name="Emma", last_name="Stone", company="Acme & Sons", title="CTO",
    custom={"plan": "Pro", "seats": 12, "note with space": "hi", "empty": "  "},
)  # fmt: skip


def render(
    body: str,
    subject: str = "Hello",
    *,
    contact: ContactData = CONTACT,
    html: bool = False,
    snippets: dict[str, str] | None = None,
    language: str = "en",
) -> RenderedEmail:
    values = merge_values(contact, SENDER, language)
    return render_content(
        TemplateContent(subject, body, html), values, snippets=snippets, language=language
    )


def blocked(body: str, subject: str = "Hello", **kwargs: object) -> tuple[str, dict[str, object]]:
    with pytest.raises(RenderBlocked) as caught:
        render(body, subject, **kwargs)  # type: ignore[arg-type]
    return caught.value.code, caught.value.arguments


def test_merge_fields_render_and_the_text_keeps_its_lines() -> None:
    email = render(
        "Hi {{ first_name }} of {{ company }},\n\n{{ signature }}\n", "For {{ company }}"
    )
    assert email.subject == "For Acme & Sons"
    assert email.text == "Hi Emma of Acme & Sons,\n\nAnna Berg\nHead of Sales"
    assert email.html is None and email.language == "en"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("{{ city }}", "city"),
        ("{{ city | upper }}", "city"),
        ("{{ city ~ '!' }}", "city"),
        ("{% for c in city %}{{ c }}{% endfor %}", "city"),
        ("{{ custom.missing }}", "custom.missing"),
        ("{{ custom['empty'] }}", "custom.empty"),
        ("{{ nonsense_field }}", "nonsense_field"),
    ],
)
def test_a_used_field_without_a_value_blocks_and_is_named(body: str, field: str) -> None:
    assert blocked(body) == ("missing_field", {"field": field})


def test_a_blank_value_counts_as_missing() -> None:
    contact = ContactData(first_name="   ", company="Acme")
    assert blocked("Hi {{ first_name }}", contact=contact) == (
        "missing_field",
        {"field": "first_name"},
    )


def test_fallbacks_and_conditions_do_not_block() -> None:
    email = render(
        'Hi {{ city | default("there") }}{% if industry %} in {{ industry }}{% endif %}, '
        "{{ custom.plan }} x{{ custom.seats }} {{ custom['note with space'] }}"
    )
    assert email.text == "Hi there, Pro x12 hi"


def test_the_subject_refuses_a_value_with_a_line_break_even_if_filtered() -> None:
    contact = ContactData(first_name="Emma", company="Acme\r\nBcc: everyone@example.com")
    for subject in ("For {{ company }}", "For {{ company | upper }}", "{{ company[:2] }}"):
        assert blocked("x", subject, contact=contact) == ("header_injection", {"field": "company"})
    # The same value in the body is fine: the body is not a header.
    assert "Bcc" in render("{{ company }}", contact=contact).text
    custom = ContactData(custom={"x": "a\u2028b"})
    assert blocked("x", "{{ custom.x }}", contact=custom) == (
        "header_injection",
        {"field": "custom.x"},
    )


def test_a_line_break_made_by_the_subject_template_itself_is_refused() -> None:
    assert blocked("x", "A{{ '\\n' }}B") == ("header_injection", {"field": "subject"})
    assert blocked("x", "{{ '' }}") == ("empty_subject", {})


def test_html_bodies_escape_values_and_get_a_text_part() -> None:
    contact = ContactData(first_name="<script>alert(1)</script>", company="Acme & Sons")
    email = render(
        "<p>Hi {{ first_name }},</p><p>{{ company }}</p><p>{{ signature | lines }}</p>"
        '<ul><li>one</li><li>two</li></ul><p><a href="https://example.com">our site</a></p>',
        contact=contact, html=True,
    )  # fmt: skip
    assert email.html is not None
    assert "&lt;script&gt;" in email.html and "<script>" not in email.html
    assert "Acme &amp; Sons" in email.html and "Anna Berg<br>" in email.html
    assert email.text == (
        "Hi <script>alert(1)</script>,\n\nAcme & Sons\n\nAnna Berg\nHead of Sales\n\n"
        "- one\n- two\n\nour site (https://example.com)"
    )


def test_html_to_text_drops_styles_and_keeps_preformatted_text() -> None:
    assert html_to_text("<style>p{}</style><p>a\n b</p><br/><pre>x\n  y</pre>") == "a b\n\nx\n  y"
    assert html_to_text('<a href="mailto:a@b.c">a@b.c</a>') == "a@b.c"


def test_a_syntax_error_names_the_part_and_the_line() -> None:
    code, arguments = blocked("line one\nline two\nline {{ first_name | }}\nfour")
    assert code == "syntax_error" and arguments["part"] == "body" and arguments["line"] == 3
    assert blocked("x", "{{ first_name ")[1]["part"] == "subject"
    problems = check_template(TemplateContent("ok", "a\n{{ }}"), {})
    assert [(p.code, p.arguments["line"]) for p in problems] == [("syntax_error", 2)]


def test_snippets_are_included_by_name_with_the_same_rules() -> None:
    snippets = {"sig": "--\n{{ sender_name }}", "ps": "P.S. {{ city }}", "bad": "{% if %}"}
    assert render('Hi\n{% include "snippet:sig" %}', snippets=snippets).text == "Hi\n--\nAnna Berg"
    assert blocked('{% include "snippet:nope" %}', snippets=snippets) == (
        "unknown_snippet", {"name": "nope"},
    )  # fmt: skip
    assert blocked('{% include "snippet:ps" %}', snippets=snippets) == (
        "missing_field", {"field": "city"},
    )  # fmt: skip
    assert blocked('{% include "snippet:bad" %}', snippets=snippets)[1]["part"] == "snippet:bad"
    assert blocked('{% include "snippet:me" %}', snippets={"me": '{% include "snippet:me" %}'}) == (
        "too_deep", {},
    )  # fmt: skip
    problems = check_template(TemplateContent("s", '{% include "snippet:x" %}'), {"x": "{{"})
    assert [(p.code, p.arguments.get("part")) for p in problems] == [("syntax_error", "snippet:x")]


def test_a_changed_snippet_is_used_at_once() -> None:
    body = '{% include "snippet:sig" %}'
    assert render(body, snippets={"sig": "one"}).text == "one"
    assert render(body, snippets={"sig": "two"}).text == "two"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("{% for i in range(100000) %}{% endfor %}", "loop_limit"),
        ("{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}",
         "loop_limit"),
        ("{% for a in 'x' * 5000 %}{% for b in 'y' * 5000 %}{% endfor %}{% endfor %}",
         "loop_limit"),
        ("{{ 'x' * 10000000 }}", "output_too_large"),
        ("{{ 9 ** 9999999 }}", "output_too_large"),
        ("{% for i in range(900) %}{{ 'y' * 900 }}{% endfor %}", "output_too_large"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "too_deep"),
        ("{{ ''.__class__.__mro__ }}", "unsafe"),
        ("{{ first_name.__class__ }}", "unsafe"),
        ("{{ 1 / 0 }}", "render_error"),
    ],
)  # fmt: skip
def test_templates_that_loop_grow_or_pry_are_stopped(body: str, code: str) -> None:
    assert blocked(body)[0] == code


def test_the_limits_are_the_documented_ones() -> None:
    assert blocked("x" * (MAX_TEMPLATE_CHARS + 1)) == (
        "too_large", {"part": "body", "size": MAX_TEMPLATE_CHARS + 1, "limit": MAX_TEMPLATE_CHARS},
    )  # fmt: skip
    nested = "{% for i in range(1000) %}{% for j in range(11) %}{% endfor %}{% endfor %}"
    assert blocked(nested) == ("loop_limit", {"limit": MAX_LOOP_ITERATIONS})
    assert len(render(f"{{{{ 'x' * {MAX_OUTPUT_CHARS} }}}}").text) == MAX_OUTPUT_CHARS


def test_used_fields_lists_plain_and_custom_fields() -> None:
    content = TemplateContent("{{ company }}", "{{ first_name | default('x') }} {{ custom.plan }}")
    assert used_fields(content) == {"company", "first_name", "custom.plan"}


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60))
def test_any_value_is_escaped_in_html_and_comes_back_as_text(value: str) -> None:
    contact = ContactData(first_name=value if value.strip() else "x")
    name = contact.first_name or ""
    email = render("<p>{{ first_name }}</p>", contact=contact, html=True)
    assert email.html is not None
    assert "<" not in email.html.removeprefix("<p>").removesuffix("</p>")
    # The text part shows what the reader sees: the value, whitespace folded.
    assert " ".join(email.text.split()) == " ".join(name.split())


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=40))
def test_no_value_ever_puts_a_line_break_into_the_subject(value: str) -> None:
    contact = ContactData(first_name="x", company=value)
    try:
        email = render("b", "Re: {{ company | default('you') }} {{ first_name }}", contact=contact)
    except RenderBlocked as blocked_send:
        assert blocked_send.code == "header_injection"
    else:
        assert email.subject.splitlines() == [email.subject]
