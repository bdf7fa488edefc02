"""Text encoding detection for CSV/TSV/TXT and vCard files.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a BOM, recognised by its pattern of NUL bytes;
3. strict UTF-8 over samples from the start, middle and end of the file;
4. charset-normalizer over the sample (cp1251, GB18030, Shift-JIS, Latin-1...).

Decoding while streaming uses the ``prospectdesk.mark`` error handler: bytes that
do not decode become :data:`MARK` followed by their ``\\xNN`` escapes, so the reader
can reject exactly the rows that hold them. Data never carries U+FFFD.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

from app.core.importing.errors import BinaryFileError, EmptyFileError, EncodingError

#: Head of the file read for detection; also used for delimiter sniffing.
HEAD_BYTES = 256 * 1024
#: Size of each extra sample from the middle and the end of a large file.
PROBE_BYTES = 64 * 1024
#: charset-normalizer is slow on large inputs and gains little beyond this.
DETECTOR_BYTES = 96 * 1024

#: U+FDD0 is a Unicode noncharacter, reserved for internal use: a safe in-band marker
#: for undecodable bytes (it never appears in real contact data).
MARK = "\ufdd0"
MARK_ERRORS = "prospectdesk.mark"


class MarkCounter:
    """Counts marker insertions so readers only scan rows when a mark may be present.

    Process-wide: a reader compares ``count`` with its value at the start of its pass;
    marks made by another reader only cost it a few needless ``in`` checks.
    """

    count = 0


def _mark_undecodable(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    MarkCounter.count += 1
    bad = exc.object[exc.start : exc.end]
    return MARK + "".join(f"\\x{b:02x}" for b in bad), exc.end


codecs.register_error(MARK_ERRORS, _mark_undecodable)


def marks_so_far() -> int:
    """Return how many undecodable byte runs all readers have marked so far.

    Returns:
        A process-wide counter; a reader compares it before and after reading to know
        whether any of its rows can contain :data:`MARK`.
    """
    return MarkCounter.count


# Encodings offered for a manual override, in the order the wizard lists them.
OFFERED_ENCODINGS: tuple[str, ...] = (
    "utf-8",
    "utf-16",
    "cp1251",  # Windows Cyrillic (Excel in Russia, Ukraine, Bulgaria...)
    "koi8-r",
    "cp866",
    "gb18030",  # superset of GB2312/GBK (mainland Chinese)
    "big5",
    "cp932",  # Shift-JIS as written by Windows and Excel
    "euc-jp",
    "cp949",  # superset of EUC-KR
    "cp1252",  # Western European (Windows)
    "latin-1",
    "cp1257",  # Baltic, Lithuanian
    "iso8859-13",
    "cp1250",  # Central European
    "iso8859-2",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "mac-roman",
)

# Detector answers widened to the superset real files are written in, so that a
# character outside the narrow table does not reject a row.
_WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "hz": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "iso8859-1": "cp1252",
    "ascii": "utf-8",
}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Signatures of common non-text files, to say what the file is rather than "binary".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"SQLite format 3", "a database file"),
)

# C0 controls other than tab, newline, vertical tab, form feed, carriage return,
# ctrl-Z (old DOS end of file) and escape: text files practically never hold them.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x19\x1c-\x1f]")


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    """The encoding chosen for a text file and how sure we are.

    Attributes:
        encoding: Python codec name to open the file with (``utf-8-sig`` and
            ``utf-16`` consume their BOM, so no BOM reaches the header).
        confidence: 1.0 for a BOM or valid UTF-8, else the detector's score.
        bom: Whether the file starts with a byte-order mark.
        mixed: The file is mostly UTF-8 but some bytes are not; their rows will be
            rejected with ``encoding_error``.
        candidates: Encodings worth offering for a manual override, best first.
    """

    encoding: str
    confidence: float
    bom: bool
    mixed: bool
    candidates: tuple[str, ...]


def codec_name(encoding: str) -> str:
    """Return Python's canonical name for an encoding label.

    Args:
        encoding: Any label Python knows (``UTF8``, ``windows-1251``, ``latin1``).

    Returns:
        The canonical codec name (``utf-8``, ``cp1251``, ``iso8859-1``).

    Raises:
        EncodingError: When Python has no such codec.
    """
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise EncodingError(
            f"“{encoding}” is not a text encoding this app knows.",
            key="unknown_encoding",
            message_args=(encoding,),
        ) from None


def read_samples(path: str) -> tuple[bytes, list[bytes]]:
    """Read the head of a file and, for large files, probes from its middle and end.

    Args:
        path: The file.

    Returns:
        ``(head, probes)``. Probes start and end on line boundaries, so they are
        whole lines in any ASCII-compatible encoding.
    """
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES)
        probes: list[bytes] = []
        if size > HEAD_BYTES + PROBE_BYTES:
            for fraction in (0.25, 0.5, 0.75, 1.0):
                start = min(int(size * fraction), size - PROBE_BYTES)
                f.seek(max(start, HEAD_BYTES))
                chunk = f.read(PROBE_BYTES)
                first, last = chunk.find(b"\n"), chunk.rfind(b"\n")
                if 0 <= first < last:
                    probes.append(chunk[first + 1 : last + 1])
    return head, probes


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by NULs in every other byte (ASCII-heavy text)."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _complete_lines(head: bytes, whole_file: bool) -> bytes:
    """Cut a sample after its last newline so it ends on a whole character."""
    if whole_file:
        return head
    last = head.rfind(b"\n")
    return head[: last + 1] if last > 0 else head


def _binary_kind(sample: bytes) -> str | None:
    """Say what a non-text sample is, or None when it looks like text."""
    for magic, kind in _MAGIC:
        if sample.startswith(magic):
            return kind
    window = sample[:65536]
    if not window:
        return None
    controls = len(_CONTROL_BYTES.findall(window))
    if b"\x00" in window or controls > max(4, len(window) // 200):
        return "a binary file"
    return None


def _utf8_verdict(samples: list[bytes]) -> tuple[bool, bool]:
    """Return ``(is_utf8, is_mixed)`` for samples cut on line boundaries."""
    bad = 0
    good_non_ascii = 0
    for sample in samples:
        try:
            text = sample.decode("utf-8")
        except UnicodeDecodeError:
            text = sample.decode("utf-8", "surrogateescape")
            bad += sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
        good_non_ascii += sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if bad == 0:
        return True, False
    # Mostly-UTF-8 files with a few rows pasted from a legacy encoding are common;
    # re-reading the whole file as cp1251 would turn every good row into mojibake.
    return good_non_ascii >= 3 * bad, True


def _detector_guesses(sample: bytes) -> list[tuple[str, float]]:
    from charset_normalizer import from_bytes

    popularity = {codec_name(name): rank for rank, name in enumerate(OFFERED_ENCODINGS)}
    ranked: list[tuple[float, float, int, str, float]] = []
    for match in from_bytes(sample[:DETECTOR_BYTES]):
        name = codec_name(match.encoding)
        name = _WIDER.get(name, name)
        chaos = round(float(match.chaos), 3)
        coherence = round(float(match.coherence), 3)
        # charset-normalizer often ties code pages (cp1250 and cp1252 read French
        # equally well); on a tie the more widely used one wins.
        rank = popularity.get(name, len(popularity))
        ranked.append((chaos, -coherence, rank, name, max(0.0, min(1.0, 1.0 - chaos))))
    guesses: list[tuple[str, float]] = []
    for *_, name, score in sorted(ranked):
        if name not in (g[0] for g in guesses):
            guesses.append((name, score))
    return guesses


def _decodes(sample: bytes, encoding: str) -> bool:
    try:
        sample.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def candidate_encodings(sample: bytes, first: tuple[str, ...] = ()) -> tuple[str, ...]:
    """List encodings a user may pick for a file, plausible ones first.

    Args:
        sample: Bytes from the file, ideally cut on a line boundary.
        first: Encodings to put in front (the detected one, the detector's runners-up).

    Returns:
        Canonical codec names without repeats: ``first``, then every offered
        encoding that decodes the sample without error.
    """
    ordered: list[str] = []
    for name in (*first, *OFFERED_ENCODINGS):
        canonical = codec_name(name)
        if canonical in ordered or (canonical == "utf-16" and canonical not in first):
            # UTF-16 "decodes" almost any even-length bytes: offer it only on evidence.
            continue
        if canonical in first or _decodes(sample, canonical):
            ordered.append(canonical)
    return tuple(ordered)


def detect_encoding(path: str) -> EncodingGuess:
    """Find the encoding of a text file from samples of it.

    Args:
        path: The file (CSV, TSV, TXT or vCard).

    Returns:
        The guess, with candidates for the wizard's manual override.

    Raises:
        EmptyFileError: The file is empty or holds only a BOM and whitespace.
        BinaryFileError: The file is not text.
    """
    head, probes = read_samples(path)
    whole = len(probes) == 0 and os.path.getsize(path) <= HEAD_BYTES
    if not head:
        raise EmptyFileError("The file is empty.", path=path, key="empty")

    for bom, encoding in _BOMS:
        if head.startswith(bom):
            body = head[len(bom) :]
            if not body.decode(encoding.replace("-sig", ""), "ignore").strip():
                raise EmptyFileError("The file is empty.", path=path, key="empty")
            return EncodingGuess(encoding, 1.0, True, False, (encoding,))

    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return EncodingGuess(utf16, 0.9, False, False, (utf16, "utf-8"))

    kind = _binary_kind(head)
    if kind is not None:
        raise BinaryFileError(
            f"This is {kind}, not a text table. Export the data as CSV, XLSX or vCard.",
            path=path,
            key="binary",
            message_args=(kind,),
        )
    if not head.strip():
        raise EmptyFileError("The file is empty.", path=path, key="empty")

    head = _complete_lines(head, whole)
    is_utf8, mixed = _utf8_verdict([head, *probes])
    if is_utf8:
        confidence = 1.0 if not mixed else 0.8
        return EncodingGuess(
            "utf-8", confidence, False, mixed, candidate_encodings(head, ("utf-8",))
        )

    sample = head + b"".join(probes)
    guesses = _detector_guesses(sample)
    usable = [(n, s) for n, s in guesses if _decodes(sample, n)] or guesses
    if usable:
        encoding, confidence = usable[0]
    else:
        # The detector gives up on very short or odd samples; Windows-1252 then
        # Latin-1 (which decodes anything) keep the import going, flagged as unsure.
        encoding = "cp1252" if _decodes(sample, "cp1252") else "iso8859-1"
        confidence = 0.0
    first = tuple(n for n, _ in usable[:3]) or (encoding,)
    return EncodingGuess(encoding, confidence, False, False, candidate_encodings(head, first))
