"""check_email: public examples (Wikipedia "Email address", RFC 5321/5322) and our rules."""

from __future__ import annotations

import pytest
from email_validator import validate_email

from app.core.validation import REASONS, EmailCheck, check_email, email_dedupe_key
from app.core.validation.tlds import is_known_tld, known_tlds


def test_design_example() -> None:
    result = check_email("Ivan.Petrov@Example.COM")
    assert result == EmailCheck(
        "valid", "Ivan.Petrov@example.com", (), domain="example.com", ascii_domain="example.com"
    )


# Wikipedia, "Email address", section "Examples" -> "Valid email addresses".
@pytest.mark.parametrize(
    ("text", "status", "normalized"),
    [
        ("simple@example.com", "valid", "simple@example.com"),
        ("very.common@example.com", "valid", "very.common@example.com"),
        ("FirstName.LastName@EasierReading.org", "valid", "FirstName.LastName@easierreading.org"),
        ("x@example.com", "valid", "x@example.com"),
        (
            "long.email-address-with-hyphens@and.subdomains.example.com",
            "valid",
            "long.email-address-with-hyphens@and.subdomains.example.com",
        ),
        ("user.name+tag+sorting@example.com", "valid", "user.name+tag+sorting@example.com"),
        ("name/surname@example.com", "valid", "name/surname@example.com"),
        ("mailhost!username@example.org", "valid", "mailhost!username@example.org"),
        ("user%example.com@example.org", "valid", "user%example.com@example.org"),
        ("user-@example.org", "valid", "user-@example.org"),
        # Internationalised examples from the same article: fine, but need SMTPUTF8.
        ("I❤️CHOCOLATE@example.com", "risky", "I❤️CHOCOLATE@example.com"),
        ("अजय@डाटा.भारत", "risky", "अजय@डाटा.भारत"),
        ("квіточка@пошта.укр", "risky", "квіточка@пошта.укр"),
        ("Dörte@Sörensen.example.com", "risky", "Dörte@sörensen.example.com"),
        ("коля@пример.рф", "risky", "коля@пример.рф"),
    ],
)
def test_wikipedia_valid_examples(text: str, status: str, normalized: str) -> None:
    result = check_email(text)
    assert (result.status, result.normalized) == (status, normalized)


# Wikipedia's valid examples that RFC 5322 allows but prospecting cannot use.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("admin@example", "no_dot_domain"),  # local domain without a TLD
        ("example@s.example", "unknown_tld"),  # .example is reserved, not delegated
        ('" "@example.org', "quoted_local_part"),
        ('"john..doe"@example.org', "quoted_local_part"),
        ('"very.(),:;<>[]\\".VERY.\\"very@\\\\ \\"very\\".unusual"@strange.example.com',
         "quoted_local_part"),
        ("postmaster@[123.123.123.123]", "ip_domain"),
        ("postmaster@[IPv6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]", "ip_domain"),
        ("_test@[IPv6:2001:0db8:85a3:0000:0000:8a2e:0370:7334]", "ip_domain"),
    ],
)  # fmt: skip
def test_wikipedia_valid_but_not_for_prospecting(text: str, reason: str) -> None:
    result = check_email(text)
    assert result.status == "invalid"
    assert result.normalized is None
    assert result.reasons == (reason,)


# Wikipedia, "Invalid email addresses".
@pytest.mark.parametrize(
    "text",
    [
        "abc.example.com",
        "a@b@c@example.com",
        'a"b(c)d,e:f;g<h>i[j\\k]l@example.com',
        'just"not"right@example.com',
        'this is"not\\allowed@example.com',
        'this\\ still\\"not\\\\allowed@example.com',
        "1234567890123456789012345678901234567890123456789012345678901234+x@example.com",
        "i.like.underscores@but_they_are_not_allowed_in_this_part",
    ],
)
def test_wikipedia_invalid_examples(text: str) -> None:
    result = check_email(text)
    assert result.status == "invalid"
    assert result.normalized is None
    assert result.reasons and all(code in REASONS for code in result.reasons)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("john.doe", "syntax"),
        ("john doe@example.com", "bad_local_part"),
        ("john(comment)@example.com", "comment"),  # RFC 5322 3.2.2 comment
        ("john@(comment)example.com", "comment"),
        ("john\r\n @example.com", "comment"),  # folding white space
        ("jo\x00hn@example.com", "control_char"),
        ("jo\x7fhn@example.com", "control_char"),
        ("john..doe@example.com", "bad_local_part"),  # RFC 5322 dot-atom
        (".john@example.com", "bad_local_part"),
        ("john.@example.com", "bad_local_part"),
        ("a" * 65 + "@example.com", "local_too_long"),  # RFC 5321 4.5.3.1.1
        ("john@1.2.3.4", "ip_domain"),
        ("john@localhost", "special_use_domain"),
        ("john@printer.local", "special_use_domain"),
        ("john@site.test", "special_use_domain"),
        ("john@x.invalid", "special_use_domain"),
        ("john@intranet", "no_dot_domain"),
        ("john@-acme.com", "bad_domain"),
        ("john@acme-.com", "bad_domain"),
        ("john@acme..com", "bad_domain"),
        ("john@acme.123", "numeric_tld"),
        ("john@acme.c0m", "unknown_tld"),
        ("john@acme.comm", "unknown_tld"),
        ("john@acme.corp", "unknown_tld"),
    ],
)
def test_invalid_reasons(text: str, reason: str) -> None:
    result = check_email(text)
    assert (result.status, result.normalized, result.reasons) == ("invalid", None, (reason,))


def test_address_over_254_octets_is_invalid() -> None:
    # RFC 5321 4.5.3.1.3 path limit: 256 octets including < >, so 254 for the address.
    domain = ".".join(["a" * 63, "b" * 63, "c" * 63]) + ".com"
    local = "d" * 64
    assert len(local) + 1 + len(domain) > 254
    assert check_email(f"{local}@{domain}").reasons == ("too_long",)
    shorter = "e" * (254 - 1 - len(domain))
    assert check_email(f"{shorter}@{domain}").status == "valid"


@pytest.mark.parametrize(
    ("text", "normalized", "display_name"),
    [
        ("  john@acme.com  ", "john@acme.com", None),
        ("\u00a0john@acme.com\ufeff", "john@acme.com", None),
        ("mailto:john@acme.com", "john@acme.com", None),
        ("MAILTO:john@acme.com?subject=Hello%20there", "john@acme.com", None),
        ("mailto:j%2Bsales@acme.com", "j+sales@acme.com", None),
        ("<john@acme.com>", "john@acme.com", None),
        ("John Doe <john@acme.com>", "john@acme.com", "John Doe"),
        ('"Doe, John" <john@acme.com>', "john@acme.com", "Doe, John"),
        ("john@acme.com,", "john@acme.com", None),
        ("john@acme.com;", "john@acme.com", None),
        ("john@acme.com.", "john@acme.com", None),
        ("John.Doe@ACME.Com", "John.Doe@acme.com", None),
        ("jose@MAÑANA.com", "jose@mañana.com", None),
        ("jose@man\u0303ana.com", "jose@mañana.com", None),  # NFC
        ("Postmaster@acme.com", "postmaster@acme.com", None),  # RFC 2142: case-insensitive
    ],
)
def test_normalization(text: str, normalized: str, display_name: str | None) -> None:
    result = check_email(text)
    assert result.normalized == normalized
    assert result.display_name == display_name


def test_idna_domain_has_ascii_form() -> None:
    result = check_email("ivan@Пример.РФ")
    assert result.normalized == "ivan@пример.рф"
    assert result.domain == "пример.рф"
    assert result.ascii_domain == "xn--e1afmkfd.xn--p1ai"
    assert result.status == "valid"  # an ASCII local part needs no SMTPUTF8


@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("info@acme.com", ("role_account",)),
        ("Sales@acme.com", ("role_account",)),
        ("support+eu@acme.com", ("role_account",)),
        ("no-reply@acme.com", ("role_account",)),
        ("noreply@acme.com", ("role_account",)),
        ("zakaz@romashka.ru", ("role_account",)),
        ("john@mailinator.com", ("disposable_domain",)),
        ("john@box.mailinator.com", ("disposable_domain",)),
        ("иван@пример.рф", ("smtputf8",)),
        ("info@mailinator.com", ("role_account", "disposable_domain")),
    ],
)
def test_risky(text: str, reasons: tuple[str, ...]) -> None:
    result = check_email(text)
    assert result.status == "risky"
    assert result.reasons == reasons


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("john@gmial.com", "john@gmail.com"),
        ("john@gmal.com", "john@gmail.com"),
        ("john@hotmial.com", "john@hotmail.com"),
        ("ivan@yandex.rі", None),  # Cyrillic і: not a valid TLD, and no guess is made
        ("ivan@yadnex.ru", "ivan@yandex.ru"),
        ("ivan@mail.ri", "ivan@mail.ru"),
        ("li@163.co", "li@163.com"),
        ("li@qq.co", None),  # very short targets are never guessed
    ],
)
def test_typo_suggestions(text: str, suggestion: str | None) -> None:
    result = check_email(text)
    assert result.suggestion == suggestion
    if suggestion is not None and result.status != "invalid":
        assert "possible_typo" in result.reasons


def test_typo_with_unknown_tld_is_invalid_but_suggested() -> None:
    result = check_email("john@gmail.cmo")
    assert (result.status, result.reasons, result.suggestion) == (
        "invalid",
        ("unknown_tld",),
        "john@gmail.com",
    )
    assert check_email("john@gmailcom").suggestion == "john@gmail.com"


@pytest.mark.parametrize(
    "domain", ["gmail.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "web.de", "mail.com"]
)
def test_free_mail_is_valid_with_reason(domain: str) -> None:
    result = check_email(f"someone@{domain}")
    assert (result.status, result.reasons, result.suggestion) == ("valid", ("free_mail",), None)
    assert result.free_mail


def test_no_dns_means_never_unknown() -> None:
    assert check_email("john@acme.com").status == "valid"


def test_dedupe_key_case_folds_but_normalized_keeps_case() -> None:
    a = check_email("John.Doe@Acme.com").normalized
    b = check_email("JOHN.DOE@acme.COM").normalized
    assert a is not None and b is not None
    assert a != b
    assert email_dedupe_key(a) == email_dedupe_key(b) == "john.doe@acme.com"
    assert email_dedupe_key("Straße@acme.de") == "strasse@acme.de"


def test_known_tlds_come_from_the_bundled_list() -> None:
    tlds = known_tlds()
    assert {"com", "ru", "lt", "cn", "de", "uk", "xn--p1ai", "museum"} <= tlds
    assert "example" not in tlds
    assert "local" not in tlds
    assert is_known_tld("xn--e1afmkfd.xn--p1ai")
    assert not is_known_tld("acme.zzz")


@pytest.mark.parametrize(
    "text",
    [
        "simple@example.com",
        "John Doe <John.Doe@Example.COM>",
        "jose@MAÑANA.com",
        "иван@пример.рф",
        "user.name+tag@sub.example.co.uk",
        "mailto:Postmaster@Example.org",
    ],
)
def test_normalized_matches_email_validator(text: str) -> None:
    # We call email-validator's steps one by one; its own entry point must agree.
    ours = check_email(text)
    theirs = validate_email(text.removeprefix("mailto:"), check_deliverability=False,
                            allow_display_name=True)  # fmt: skip
    assert ours.normalized == theirs.normalized
    assert ours.ascii_domain == theirs.ascii_domain
