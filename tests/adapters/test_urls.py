"""The URL adapter: links built from stored values, checked, and opened by an injected opener."""

from __future__ import annotations

import pytest

from app.adapters.urls import (
    UrlError,
    UrlHandler,
    check_url,
    is_address,
    mailto_url,
    message_url,
    phone_url,
    sip_url,
    web_url,
)


@pytest.mark.parametrize(
    ("number", "scheme", "region", "expected"),
    [
        ("+49 30 901820", "tel", None, "tel:+4930901820"),
        ("030 901820", "tel", "DE", "tel:+4930901820"),
        ("+1 (201) 555-0123 ext. 42", "tel", None, "tel:+12015550123;ext=42"),
        ("+7 495 123-45-67", "callto", None, "callto:+74951234567"),
        ("+44 20 7946 0958", "sip", None, "sip:+442079460958"),
    ],
)
def test_phone_url(number: str, scheme: str, region: str | None, expected: str) -> None:
    assert phone_url(number, scheme=scheme, region=region) == expected
    assert check_url(expected) == expected


@pytest.mark.parametrize(
    ("number", "code"),
    [("", "empty"), ("12", "invalid_phone"), ("call me", "invalid_phone"),
     ("030 901820", "invalid_phone")],  # national without a region
)  # fmt: skip
def test_phone_url_refuses(number: str, code: str) -> None:
    with pytest.raises(UrlError) as caught:
        phone_url(number)
    assert caught.value.code == code and caught.value.value == number


def test_phone_url_refuses_other_schemes() -> None:
    with pytest.raises(UrlError, match="scheme_not_allowed"):
        phone_url("+4930901820", scheme="javascript")


def test_sip_url() -> None:
    assert sip_url("alice@pbx.example.com") == "sip:alice@pbx.example.com"
    assert sip_url("sip:bob@example.org") == "sip:bob@example.org"
    assert sip_url("+49 30 901820") == "sip:+4930901820"
    with pytest.raises(UrlError, match="invalid_sip"):
        sip_url("alice@")


def test_mailto_url_quotes_fields() -> None:
    url = mailto_url(
        "ann@example.com", subject="Hi & welcome", body="Line 1\nLine 2", cc=["b@example.org"]
    )
    assert url == (
        "mailto:ann@example.com?cc=b@example.org&subject=Hi%20%26%20welcome"
        "&body=Line%201%0ALine%202"
    )
    assert mailto_url("ann@example.com") == "mailto:ann@example.com"
    assert check_url(url) == url


@pytest.mark.parametrize(
    "address",
    ["", "ann", "ann@localhost", "a b@example.com", "ann@example.com?cc=x@y.z",
     "ann@example.com\r\nBcc: x@y.z", "<ann@example.com>", "ann@-bad-.com"],
)  # fmt: skip
def test_mailto_url_refuses(address: str) -> None:
    with pytest.raises(UrlError) as caught:
        mailto_url(address)
    assert caught.value.code == "invalid_email"
    with pytest.raises(UrlError):
        mailto_url("ann@example.com", cc=[address])


def test_addresses_with_international_domains() -> None:
    assert is_address("info@müller.de")
    assert is_address("иван@пример.рф")
    assert not is_address("a@b@example.com")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com", "https://example.com/"),
        ("Example.COM/jobs?x=1#top", "https://example.com/jobs?x=1#top"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://müller.de", "https://xn--mller-kva.de/"),
        ("example.com:8443", "https://example.com:8443/"),
    ],
)
def test_web_url(text: str, expected: str) -> None:
    assert web_url(text) == expected
    assert check_url(expected) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("javascript:alert(1)", "scheme_not_allowed"),
        ("file:///etc/passwd", "scheme_not_allowed"),
        ("ftp://example.com", "scheme_not_allowed"),
        ("https://bank.example@evil.example", "invalid_web"),
        ("https://exa mple.com", "invalid_web"),
        ("https://", "invalid_web"),
        ("https://example.com:99999", "invalid_web"),
    ],
)
def test_web_url_refuses(text: str, code: str) -> None:
    with pytest.raises(UrlError) as caught:
        web_url(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "smb://host/share", "tel:030901820",
     "mailto:nobody", "sip:@", "no scheme at all", "ms-settings:privacy"],
)  # fmt: skip
def test_check_url_refuses(url: str) -> None:
    with pytest.raises(UrlError):
        check_url(url)


def test_handler_builds_checks_and_hands_over_to_the_opener() -> None:
    opened: list[str] = []

    def opener(url: str) -> bool:
        opened.append(url)
        return True

    handler = UrlHandler(opener)
    assert handler.call("+49 30 901820")
    assert handler.call("+49 30 901820", scheme="callto")
    assert handler.call("alice@pbx.example.com", scheme="sip")
    assert handler.email("ann@example.com", subject="Hello")
    assert handler.browse("example.com")
    assert handler.open("tel:+4930901820")
    assert opened == [
        "tel:+4930901820",
        "callto:+4930901820",
        "sip:alice@pbx.example.com",
        "mailto:ann@example.com?subject=Hello",
        "https://example.com/",
        "tel:+4930901820",
    ]
    with pytest.raises(UrlError):
        handler.open("file:///etc/passwd")
    assert len(opened) == 6  # nothing refused reached the opener


def test_handler_reports_when_nothing_handled_the_link() -> None:
    assert UrlHandler(lambda _url: False).browse("example.com") is False


@pytest.mark.parametrize(
    ("network", "kwargs", "expected"),
    [
        ("linkedin", {"linkedin_url": "linkedin.com/in/ruta"}, "https://linkedin.com/in/ruta"),
        (
            "linkedin",
            {"name": "Rūta Jonaitė", "company": "Acme"},
            "https://www.linkedin.com/search/results/people/?keywords=R%C5%ABta%20Jonait%C4%97%20Acme",
        ),
        ("telegram", {"phone_e164": "+79161234567"}, "https://t.me/+79161234567"),
        ("whatsapp", {"phone_e164": "+37061234567"}, "https://wa.me/37061234567"),
        (
            "wechat",
            {"name": "张伟", "company": "华为"},
            "https://duckduckgo.com/?q=%E5%BC%A0%E4%BC%9F%20%E5%8D%8E%E4%B8%BA%20wechat",
        ),
        ("telegram", {"name": "Ivan"}, "https://duckduckgo.com/?q=Ivan%20telegram"),
    ],
)
def test_message_url_opens_the_profile_or_a_search(
    network: str, kwargs: dict[str, str], expected: str
) -> None:
    assert message_url(network, **kwargs) == expected  # type: ignore[arg-type]
    opened: list[str] = []
    assert UrlHandler(lambda url: opened.append(url) or True).message(network, **kwargs)  # type: ignore[arg-type]
    assert opened == [expected]


def test_message_url_refuses_a_bad_stored_profile() -> None:
    with pytest.raises(UrlError) as caught:
        message_url("linkedin", linkedin_url="javascript:alert(1)")
    assert caught.value.code == "scheme_not_allowed"
