"""Bytes to text: size limits, transparent gzip, binary sniffing and charset detection.

Pages lie about their encoding often enough that the declared charset is only a hint: a
byte-order mark wins, then strict UTF-8; mostly-UTF-8 files with a few stray cp1252 bytes
(left by concatenating pages) are repaired byte by byte instead of garbling the whole text;
then the declared charset when it decodes cleanly into plausible text (a page declaring
ISO-8859-1 for Cyrillic bytes decodes "cleanly" into mojibake, which charset-normalizer
rejects), then charset-normalizer's best guess.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from pathlib import Path

from charset_normalizer import from_bytes

from dateline.errors import BinaryInput, EncodingError, InputTooLarge, UnreadableInput

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Largest single page or text file read (decompressed); larger inputs raise InputTooLarge."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or docx/xlsx)",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an MS Office file",
    b"RIFF": "a RIFF media file",
    b"OggS": "an Ogg media file",
    b"\x00\x00\x00": "a binary file",
}
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LEGACY_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}


def read_limited(path: Path, *, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a file (gunzipped when it is gzip), refusing more than ``limit`` bytes of content."""
    source = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
        if head == b"\x1f\x8b":
            with gzip.open(path, "rb") as stream:
                data = stream.read(limit + 1)
        else:
            if path.stat().st_size > limit:
                raise InputTooLarge(
                    f"{path.stat().st_size:,} bytes is over the {limit:,}-byte limit for one "
                    "document; split the file or raise the limit",
                    source=source,
                )
            data = path.read_bytes()
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise UnreadableInput(f"cannot read the file: {exc}", source=source) from exc
    if len(data) > limit:
        raise InputTooLarge(
            f"more than {limit:,} bytes once decompressed; split the file or raise the limit",
            source=source,
        )
    return data


def check_not_binary(data: bytes, *, source: str) -> None:
    """Raise BinaryInput for images, archives, executables and other non-text bytes."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"this is {kind}, not a page or text", source=source, position="byte 0")
    sample = data[:8192]
    nul = sample.find(b"\x00")
    if nul >= 0 and not _looks_utf16(sample):
        raise BinaryInput("NUL bytes: this is a binary file, not text", source=source,
                          position=f"byte {nul}")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls / len(sample) > 0.05:
        raise BinaryInput(f"{controls} control bytes in the first {len(sample)}: not text",
                          source=source)


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 without BOM: NULs on one parity only (ASCII text in 2-byte units)."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return (odd > 0.3 * half and even < 0.02 * half) or (even > 0.3 * half and odd < 0.02 * half)


def decode_bytes(data: bytes, *, source: str, declared: str | None = None) -> str:
    """Decode ``data`` to text: BOM, then UTF-8, then the declared charset, then detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"byte-order mark says {encoding} but the bytes are not",
                                    source=source, position=f"byte {exc.start}") from exc
    check_not_binary(data, source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        # Valid UTF-8 around a few stray single bytes: a mixed file, repair byte by byte.
        return data.decode("utf-8", errors="dateline-cp1252")
    declared = declared or _declared_charset(data)
    charset = _LEGACY_ALIASES.get(declared.lower(), declared) if declared else None
    best = None
    canonical = codecs_name(charset) if charset else None
    if charset and canonical not in ("utf-8", None):
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            text = None
        if text is not None:
            # a single-byte charset decodes any bytes: ask whether the text it gives is text
            declared_fits = from_bytes(data[:200_000], cp_isolation=[str(canonical)]).best()
            best = None if declared_fits is not None else from_bytes(data[:200_000]).best()
            if best is None:
                return text
    best = best or from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        charset = _LEGACY_ALIASES.get(best.encoding.lower().replace("_", "-"), best.encoding)
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    raise EncodingError(
        "not valid UTF-8 and no other encoding fits; convert the file to UTF-8",
        source=source,
        position=f"byte {first_bad}",
    )


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """Well-formed UTF-8 multibyte sequences with only a few broken bytes among them.

    Legacy double-byte encodings (GBK, Shift-JIS) form a valid UTF-8 pair now and then, but
    then broken sequences far outnumber the valid ones.
    """
    good = len(_UTF8_MULTIBYTE.findall(data))
    if good < 3:
        return False
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return bad <= max(1.0, 0.25 * good)


def codecs_name(encoding: str) -> str | None:
    """Python's canonical name of an encoding ('UTF8' -> 'utf-8'), None if unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


codecs.register_error("dateline-cp1252", _cp1252_fallback)
