"""Bytes to text: find the encoding, refuse what is not text, make the text safe to store.

Order of the checks, and why:

1. A byte order mark (UTF-32 before UTF-16, whose BOM is a prefix of UTF-32 LE's)
   is the strongest evidence there is.
2. BOM-less UTF-16 is recognised by its pattern of zero bytes (every other byte
   is zero for Latin text).  It must come before the UTF-8 check because ASCII
   text in UTF-16 is, byte for byte, also valid UTF-8 full of NULs.
3. Strict UTF-8: random legacy bytes almost never form valid multi-byte UTF-8,
   so a file that decodes is UTF-8, whatever it claims about itself.
4. An encoding the file declares (an HTML `<meta charset>`), if it decodes.
5. charset-normalizer for legacy single-byte encodings.  Short texts often tie
   between code pages that decode them identically or equally plausibly
   (cp1250 and cp1252 agree on "é" and "ü"); ties are broken in favour of the
   code pages news text most often comes in (`_PREFERRED`).

Control characters (policy): TAB, LF and CR are text.  Every other C0 control
character, DEL, and any lone surrogate (which `json` can produce from "\\ud800"
and which SQLite cannot store as UTF-8) becomes U+FFFD, one for one.  Replacing
rather than deleting keeps every code-point offset valid, which matters for
JSONL spans computed on the original text, and shows the reader that something
was there.  A text in which more than a tenth of the characters are such
controls (and at least 32 of them) is not text at all (a binary file renamed
.txt) and is refused.
Right-to-left text, combining characters and every other code point are left
exactly as they are: no Unicode normalisation, which would move offsets.
"""

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import ImportFormatError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
"""Largest single-article file (text, Markdown, HTML) we read: 20 MiB.

Real articles are a few kilobytes; a page with inline images rarely passes a
few megabytes.  The limit keeps a mistaken drop of a video or a disk image
from filling memory, and is checked before the file is read.
"""

REPLACEMENT = "\ufffd"
_BINARY_SHARE = 0.10
_BINARY_MIN = 32  # a few stray controls in a short paste are not a binary file
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Code pages in the order we trust them when charset-normalizer finds several
# equally plausible: Western European first (most news text), then Cyrillic,
# Central European, Greek, Turkish, Baltic, Arabic, Hebrew.
_PREFERRED = (
    "cp1252",
    "cp1251",
    "cp1250",
    "iso8859-15",
    "koi8-r",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1256",
    "cp1255",
    "iso8859-1",
)

# WHATWG: labels that browsers decode as windows-1252 whatever they say.
_DECLARED_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252"}


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, and the encoding it was found in (for the import record)."""

    text: str
    encoding: str


def read_limited(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of `path`, refusing files over `limit` before reading them.

    The size is checked twice: from the file system first (so a 4 GB file is
    never read), then on what was read (a pipe or a file still growing).
    """
    try:
        if path.stat().st_size > limit:
            raise _too_big(path.name, limit)
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except FileNotFoundError:
        raise ImportFormatError(f"{path.name}: file not found ({path})") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path.name}: is a folder, not a file") from None
    except OSError as error:
        raise ImportFormatError(f"{path.name}: cannot read the file: {error.strerror}") from None
    if len(data) > limit:
        raise _too_big(path.name, limit)
    return data


def check_size(data: bytes, *, source_name: str, limit: int = MAX_ARTICLE_BYTES) -> None:
    """Refuse in-memory content (a paste, a drop) over the single-article limit."""
    if len(data) > limit:
        raise _too_big(source_name, limit)


def _too_big(source_name: str, limit: int) -> ImportFormatError:
    return ImportFormatError(
        f"{source_name}: the file is larger than the {limit // (1024 * 1024)} MiB limit "
        "for a single article"
    )


def decode_bytes(data: bytes, *, source_name: str, declared: str | None = None) -> DecodedText:
    """Decode `data`, then apply the control-character policy (see the module docstring).

    `declared` is an encoding the content names itself (HTML `<meta charset>`);
    it is used only when the bytes are not UTF-8 and it decodes them cleanly.
    """
    decoded = _decode(data, source_name=source_name, declared=declared)
    return DecodedText(sanitize(decoded.text, source_name=source_name), decoded.encoding)


def sanitize(text: str, *, source_name: str) -> str:
    """Replace control characters and lone surrogates by U+FFFD, one for one; refuse binaries."""
    count = len(_CONTROLS.findall(text))
    if count >= _BINARY_MIN and count > len(text) * _BINARY_SHARE:
        raise ImportFormatError(
            f"{source_name}: this looks like a binary file, not text "
            f"({count} control characters in {len(text)})"
        )
    return replace_controls(text) if count else text


def replace_controls(text: str) -> str:
    """Control characters and lone surrogates to U+FFFD, one for one, so offsets stay valid."""
    return _CONTROLS.sub(REPLACEMENT, text)


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so that one line break is one character everywhere."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, *, source_name: str, declared: str | None) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, source_name)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared is not None:
        from_declared = _try_declared(data, declared)
        if from_declared is not None:
            return from_declared
    return _detect_legacy(data, source_name)


def _strict(data: bytes, encoding: str, source_name: str) -> DecodedText:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            f"{source_name}: starts with a {encoding.upper()} byte order mark but is not "
            f"valid {encoding.upper()} (byte {error.start})"
        ) from None
    if encoding.startswith(("utf-16", "utf-32")):
        text = text.removeprefix("\ufeff")
    return DecodedText(text, encoding)


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 without a BOM, told by zero bytes on one side of most code units."""
    if len(data) < 4 or len(data) % 2:
        return None
    units = len(data) // 2
    zeros_even = data[0::2].count(0)
    zeros_odd = data[1::2].count(0)
    for zeros, others, encoding in (
        (zeros_odd, zeros_even, "utf-16-le"),
        (zeros_even, zeros_odd, "utf-16-be"),
    ):
        if zeros >= units * 0.4 and others <= units * 0.05:
            try:
                return DecodedText(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    return None


def _try_declared(data: bytes, declared: str) -> DecodedText | None:
    try:
        name = codecs.lookup(declared.strip()).name
    except (LookupError, ValueError):
        return None
    name = _DECLARED_ALIASES.get(name, name)
    if name.startswith(("utf-16", "utf-32")):
        return None  # a declaration cannot be read in these; without a BOM it is wrong
    try:
        return DecodedText(data.decode(name), name)
    except UnicodeDecodeError:
        return None


def _detect_legacy(data: bytes, source_name: str) -> DecodedText:
    """The most plausible legacy encoding: least chaos, then most coherence, then `_PREFERRED`.

    charset-normalizer is asked twice: once freely, once among the common
    single-byte code pages only, because on short texts its free run can stop
    at a multi-byte CJK code page that happens to decode "café" without error.
    Real CJK text gives no single-byte candidate, so it is not affected.
    """
    from charset_normalizer import from_bytes

    matches = [*from_bytes(data), *from_bytes(data, cp_isolation=list(_PREFERRED))]
    for match in sorted(matches, key=_plausibility):
        # Equivalent code pages decode what was sampled alike, not always the whole file.
        for name in _candidate_names(match.could_be_from_charset, match.encoding):
            try:
                return DecodedText(data.decode(name), name)
            except UnicodeDecodeError:
                continue
    raise ImportFormatError(
        f"{source_name}: cannot tell the text encoding; this does not look like text "
        "(save it as UTF-8 and import it again)"
    )


def _plausibility(match: "CharsetMatch") -> tuple[float, float, int]:
    names = _candidate_names(match.could_be_from_charset, match.encoding)
    rank = _PREFERRED.index(names[0]) if names[0] in _PREFERRED else len(_PREFERRED)
    return (round(match.chaos, 2), -round(match.coherence, 2), rank)


def _candidate_names(could_be: list[str], encoding: str) -> list[str]:
    """Python codec names for one match, the one we prefer first."""
    names = {codecs.lookup(name).name for name in [*could_be, encoding]}
    preferred = [name for name in _PREFERRED if name in names]
    return preferred + sorted(names - set(preferred))
