"""Links the operating system opens: calls (tel:, sip:, callto:), e-mail (mailto:), web pages.

Each link is built from a value in the database with the standard library and
``phonenumbers``, and checked before it leaves the app: only the schemes below reach the
OS, so a ``file:`` or ``javascript:`` link in an imported row can never be opened. The
opener is injected (``UrlHandler(opener)``): the GUI passes one made with Qt's
``QDesktopServices`` (``app.ui.urls``), tests pass a recorder. This module imports no Qt.

Problems are a :class:`UrlError` with a code and the offending value; the UI words them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import quote, unquote, urlencode, urlsplit, urlunsplit

import phonenumbers

#: Schemes a phone number can be dialled with: the system's dialler, a SIP softphone,
#: or a Skype-style ``callto:`` handler.
CALL_SCHEMES = ("tel", "sip", "callto")
WEB_SCHEMES = ("https", "http")
ALLOWED_SCHEMES = frozenset({*CALL_SCHEMES, "mailto", *WEB_SCHEMES})

#: Opens a checked URL; returns False when the system has no handler for it.
UrlOpener = Callable[[str], bool]

# What may not appear in an address at all: whitespace, controls, and the characters that
# would end the address or start a header in a mailto: link.
_BAD_ADDRESS_CHARS = re.compile(r"[\s\x00-\x1f\x7f<>(),;:\"\[\]\\]")
# What no web link may contain (it would be cut or mean something else to the OS).
_BAD_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f<>\"\\]")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class UrlError(ValueError):
    """A value that cannot become a link, as a code and the value.

    Codes: ``empty``, ``scheme_not_allowed``, ``invalid_phone``, ``invalid_email``,
    ``invalid_sip``, ``invalid_web``.
    """

    def __init__(self, code: str, value: str) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


def phone_url(number: str, *, scheme: str = "tel", region: str | None = None) -> str:
    """A link that dials ``number``: ``tel:+493012345678`` (with ``;ext=`` for tel:).

    Args:
        number: the number as stored or typed; international (``+49 ...``) or national.
        scheme: ``tel``, ``sip`` or ``callto``.
        region: the two-letter region a national number belongs to (``DE``).

    Raises:
        UrlError: ``scheme_not_allowed``, or ``invalid_phone`` when the number is not a
            valid phone number.
    """
    if scheme not in CALL_SCHEMES:
        raise UrlError("scheme_not_allowed", scheme)
    if not number.strip():
        raise UrlError("empty", number)
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        raise UrlError("invalid_phone", number) from None
    if not phonenumbers.is_valid_number(parsed):
        raise UrlError("invalid_phone", number)
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if scheme == "tel" and parsed.extension:
        return f"tel:{e164};ext={parsed.extension}"  # RFC 3966
    return f"{scheme}:{e164}"


def sip_url(target: str, *, region: str | None = None) -> str:
    """A SIP link: ``sip:alice@example.com`` for an address, ``sip:+49...`` for a number.

    Raises:
        UrlError: ``invalid_sip`` for a malformed address, ``invalid_phone`` for a number.
    """
    text = target.strip()
    if text.lower().startswith("sip:"):
        text = text[4:]
    if "@" not in text:
        return phone_url(text, scheme="sip", region=region)
    if not is_address(text):
        raise UrlError("invalid_sip", target)
    return f"sip:{quote(text, safe='@+')}"


def mailto_url(
    address: str,
    *,
    subject: str | None = None,
    body: str | None = None,
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
) -> str:
    """A link that starts an e-mail in the user's mail program (RFC 6068).

    Raises:
        UrlError: ``invalid_email`` naming the first address that is not one.
    """
    for each in (address, *cc, *bcc):
        if not is_address(each.strip()):
            raise UrlError("invalid_email", each)
    fields = [
        (name, value)
        for name, value in (
            ("cc", ",".join(a.strip() for a in cc)),
            ("bcc", ",".join(a.strip() for a in bcc)),
            ("subject", subject or ""),
            ("body", body or ""),
        )
        if value
    ]
    query = urlencode(fields, quote_via=quote, safe="@,") if fields else ""
    return f"mailto:{quote(address.strip(), safe='@+')}" + (f"?{query}" if query else "")


def web_url(text: str) -> str:
    """A web link from a stored website: ``example.com/jobs`` -> ``https://example.com/jobs``.

    Raises:
        UrlError: ``scheme_not_allowed`` for another scheme (``file:``, ``javascript:``);
            ``invalid_web`` without a proper host name, or with a user name in it (a
            ``https://bank.com@evil.example`` link shows one site and opens another).
    """
    value = text.strip()
    if not value:
        raise UrlError("empty", text)
    if "://" not in value:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", value):
            raise UrlError("scheme_not_allowed", text)  # mailto:, javascript:, file:...
        value = f"https://{value}"
    try:
        parts = urlsplit(value)
        port = parts.port  # raises ValueError for a malformed port
    except ValueError:
        raise UrlError("invalid_web", text) from None
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        raise UrlError("scheme_not_allowed", text)
    host = (parts.hostname or "").rstrip(".")
    if "@" in parts.netloc or not _is_host(host) or _BAD_URL_CHARS.search(value):
        raise UrlError("invalid_web", text)
    netloc = _idna(host) + (f":{port}" if port is not None else "")
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, parts.fragment))


#: Where a message step's prospect is reached when the network has no link for them.
SEARCH_URL = "https://duckduckgo.com/?q="


def message_url(
    network: str,
    *,
    phone_e164: str | None = None,
    linkedin_url: str | None = None,
    name: str = "",
    company: str | None = None,
) -> str:
    """The page a message step opens: the prospect's profile, else a search for them.

    LinkedIn opens the stored profile, else LinkedIn's people search for name and company;
    Telegram (``t.me/+<number>``) and WhatsApp (``wa.me/<digits>``) open a chat by the
    prospect's number; WeChat has no web link to a person, so it (and any network without
    what it needs) falls back to a web search for name, company and network.

    Raises:
        UrlError: ``invalid_web`` when a stored LinkedIn link is unusable.
    """
    words = " ".join(w for w in (name.strip(), (company or "").strip()) if w)
    digits = re.sub(r"\D", "", phone_e164 or "")
    if network == "linkedin":
        if linkedin_url and linkedin_url.strip():
            return web_url(linkedin_url)
        query = urlencode({"keywords": words}, quote_via=quote)
        return f"https://www.linkedin.com/search/results/people/?{query}"
    if network == "telegram" and digits:
        return f"https://t.me/+{digits}"
    if network == "whatsapp" and digits:
        return f"https://wa.me/{digits}"
    return SEARCH_URL + quote(f"{words} {network}".strip())


def check_url(url: str) -> str:
    """Return ``url`` when it is one this module would build, else raise :class:`UrlError`.

    The last check before a link reaches the OS, for links made elsewhere.
    """
    scheme, sep, rest = url.strip().partition(":")
    scheme = scheme.lower()
    if not sep or scheme not in ALLOWED_SCHEMES:
        raise UrlError("scheme_not_allowed", url)
    if scheme in WEB_SCHEMES:
        return web_url(url)
    if scheme == "mailto":
        addresses = unquote(rest.partition("?")[0]).split(",")
        if not all(is_address(a.strip()) for a in addresses):
            raise UrlError("invalid_email", url)
        return url.strip()
    if scheme == "sip" and "@" in rest:
        if not is_address(unquote(rest.partition(";")[0])):
            raise UrlError("invalid_sip", url)
        return url.strip()
    number = unquote(rest.partition(";")[0])
    if not number.startswith("+"):
        raise UrlError("invalid_phone", url)  # a link must not depend on the user's region
    phone_url(number, scheme=scheme)
    return url.strip()


def is_address(text: str) -> bool:
    """True for ``local@domain.tld`` with nothing that could break out of a link."""
    local, at, domain = text.rpartition("@")
    if not at or not local or len(local) > 64 or _BAD_ADDRESS_CHARS.search(text):
        return False
    return "@" not in local and "." in domain and _is_host(domain)


def _is_host(host: str) -> bool:
    try:
        ascii_host = _idna(host)
    except UrlError:
        return False
    labels = ascii_host.split(".")
    return bool(host) and len(ascii_host) <= 253 and all(_LABEL.match(x) for x in labels)


def _idna(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise UrlError("invalid_web", host) from None


class UrlHandler:
    """Builds, checks and opens links through the opener it was given."""

    def __init__(self, opener: UrlOpener) -> None:
        """Use ``opener`` for every link (the GUI's opens them with the OS)."""
        self._opener = opener

    def open(self, url: str) -> bool:
        """Open a link made elsewhere, after :func:`check_url`; False when nothing handled it."""
        return self._opener(check_url(url))

    def call(self, number: str, *, scheme: str = "tel", region: str | None = None) -> bool:
        """Dial ``number`` with the handler of ``scheme`` (see :func:`phone_url`)."""
        if scheme == "sip":
            return self._opener(sip_url(number, region=region))
        return self._opener(phone_url(number, scheme=scheme, region=region))

    def email(self, address: str, *, subject: str | None = None, body: str | None = None) -> bool:
        """Start an e-mail to ``address`` in the user's mail program."""
        return self._opener(mailto_url(address, subject=subject, body=body))

    def message(
        self,
        network: str,
        *,
        phone_e164: str | None = None,
        linkedin_url: str | None = None,
        name: str = "",
        company: str | None = None,
    ) -> bool:
        """Open a message step's profile or search (see :func:`message_url`)."""
        url = message_url(network, phone_e164=phone_e164, linkedin_url=linkedin_url,
                          name=name, company=company)  # fmt: skip
        return self._opener(check_url(url))

    def browse(self, website: str) -> bool:
        """Open a website in the browser (see :func:`web_url`)."""
        return self._opener(web_url(website))
