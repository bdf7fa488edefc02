"""Known top-level domains, from the bundled Public Suffix List snapshot (no network)."""

from __future__ import annotations

from functools import cache
from typing import Final

import idna

from app.core.resources import resource_path

__all__ = ["PSL_SNAPSHOT", "is_known_tld", "known_tlds"]

#: Date of the bundled snapshot (its ``VERSION`` line); part of ``VALIDATOR_VERSION``.
PSL_SNAPSHOT: Final = "2026-10-22"

_PSL_FILE: Final = "data/public_suffix_list.dat"
_ICANN_END: Final = "// ===END ICANN DOMAINS==="


@cache
def known_tlds() -> frozenset[str]:
    """Return every ICANN top-level domain in the bundled list, as lower-case A-labels.

    Loaded once on first use: most of the file is second-level rules we do not need,
    and reading it costs a few milliseconds we should not pay at import time.

    Returns:
        A frozen set such as ``{"com", "ru", "xn--p1ai", ...}``.
    """
    tlds: set[str] = set()
    text = resource_path(_PSL_FILE).read_text(encoding="utf-8")
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if line.startswith(_ICANN_END):
            # The private section only adds names under TLDs already listed above.
            break
        if not line or line.startswith("//"):
            continue
        label = line.split()[0].rsplit(".", 1)[-1].lstrip("!*").lower()
        if not label:
            continue
        if label.isascii():
            tlds.add(label)
        else:
            try:
                tlds.add(idna.encode(label, uts46=True).decode("ascii"))
            except idna.IDNAError:
                continue
    return frozenset(tlds)


def is_known_tld(ascii_domain: str) -> bool:
    """Tell whether the last label of a domain is a known top-level domain.

    Args:
        ascii_domain: A domain in its ASCII (A-label, punycode) form.

    Returns:
        True if the last label is in the Public Suffix List's ICANN section.
    """
    return ascii_domain.rstrip(".").rsplit(".", 1)[-1].lower() in known_tlds()
