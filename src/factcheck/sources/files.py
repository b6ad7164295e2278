"""Single documents: text and Markdown files, HTML pages (main text and metadata), stdin."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factcheck.models import Article
from factcheck.sources.common import HTML_SUFFIXES, _Bad, _error, _has_suffix
from factcheck.sources.dates import normalise_date
from factcheck.sources.decode import _newlines, decode_bytes

_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>])", re.I)


def _text_article(data: bytes, id_: str, path: str, html: bool) -> Article:
    try:
        text = decode_bytes(data)
        if html or _HTML_SNIFF.match(data[:512]):
            return _html_article(text, id_, path)
        if not text.strip():
            raise _Bad("empty file")
    except _Bad as exc:
        return _error(id_, path, str(exc))
    return Article(id=id_, text=text, path=path)


def _html_article(html: str, id_: str, path: str) -> Article:
    """Main text, title, URL and publication date of a page, via trafilatura."""
    import trafilatura

    if not html.strip():
        raise _Bad("empty file")
    # No extensive date search: it would take a year in the text ("in 2021") for the
    # publication date (2021-01-01). Markup only: meta tags, <time>, JSON-LD, the URL.
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise _Bad("no main text found in HTML page")
    day = normalise_date(getattr(doc, "date", None))
    return Article(id=id_, text=_newlines(text), path=path, url=getattr(doc, "url", None),
                   title=getattr(doc, "title", None), date=day,
                   date_source="metadata" if day else None)


def _read_file(path: Path, id_: str, display: str) -> Article:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _error(id_, display, "no such file or directory")
    except IsADirectoryError:
        return _error(id_, display, "is a directory")
    except OSError as exc:
        return _error(id_, display, f"cannot read ({exc.strerror or exc})")
    if not data:
        return _error(id_, display, "empty file")
    return _text_article(data, id_, display, _has_suffix(path.name, HTML_SUFFIXES))


def _iter_stdin(stdin: Any) -> Iterator[Article]:
    stream = stdin if stdin is not None else sys.stdin
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data:
        yield _error("<stdin>", "<stdin>", "empty input")
        return
    yield _text_article(data, "<stdin>", "<stdin>", html=False)
