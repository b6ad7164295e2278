"""Bytes → text: BOMs, strict UTF-8, then a guessed legacy encoding; binary files refused."""

from __future__ import annotations

import codecs
import re

from factcheck.sources.common import _Bad

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_MAGIC = (b"\x1f\x8b", b"PK\x03\x04", b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PAR1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes) -> str:
    """Decode a document: BOMs first, then strict UTF-8, then charset-normalizer's guess.

    Newlines are normalised to "\\n" (claim offsets index this text).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _newlines(data.decode(encoding).lstrip("\ufeff"))
            except UnicodeDecodeError as exc:
                raise _Bad(f"undecodable bytes ({encoding} at byte {exc.start})") from None
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        raise _Bad("binary file")
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise _Bad(f"undecodable bytes (not UTF-8 at byte {utf8_error}, no other encoding fits)")
    text = str(best)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 50):
        raise _Bad("binary file")
    return _newlines(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
