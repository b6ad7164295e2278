"""Inputs: every kind of document and every kind of bad input, as a user would pass them."""

from __future__ import annotations

import gzip
import io
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from factcheck.errors import InputError
from factcheck.sources import count_documents, iter_articles, normalise_date, read_one

STORY = "China's exports to North Korea rose 247.5 percent to US$894 million in 2022.\n"
HTML = """<!DOCTYPE html><html><head><title>Exports jump</title>
<meta property="article:published_time" content="2023-01-20T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Exports jump</h1>
<p>China exported US$894 million worth of goods to North Korea in 2022, more than triple
the figure a year earlier, according to customs data released in Beijing on Friday.</p>
<p>Shipments in December alone were nearly 100 times higher than in the same month of 2019,
the data showed, as the border reopened to freight trains after the pandemic.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>"""


def _jsonl(*records) -> bytes:
    return b"".join(
        (r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records
    )


def _parquet(rows: list[dict]) -> bytes:
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buf)
    return buf.getvalue()


# (files to create, arguments, expected [(id, path, text fragment | None, date, error | None)])
CASES = {
    "text-file": (
        {"story.txt": STORY.encode()}, ["story.txt"],
        [("story.txt", "story.txt", "US$894 million", None, None)],
    ),
    "utf8-bom": (
        {"bom.txt": b"\xef\xbb\xbf" + STORY.encode()}, ["bom.txt"],
        [("bom.txt", "bom.txt", "China's exports", None, None)],
    ),
    "utf16-bom": (
        {"u16.txt": STORY.encode("utf-16")}, ["u16.txt"],
        [("u16.txt", "u16.txt", "US$894 million", None, None)],
    ),
    "utf16-be-bom": (
        {"u16be.txt": b"\xfe\xff" + STORY.encode("utf-16-be")}, ["u16be.txt"],
        [("u16be.txt", "u16be.txt", "US$894 million", None, None)],
    ),
    "crlf-normalised": (
        {"crlf.txt": b"Line one 5%.\r\nLine two 6%.\r\n"}, ["crlf.txt"],
        [("crlf.txt", "crlf.txt", "one 5%.\nLine two", None, None)],
    ),
    "legacy-cp1252": (
        {"legacy.txt": ("Trade with the world rose 4.4 percent, officials said – the "
                        "Ministry’s “preliminary” figures showed a €1.2 billion surplus "
                        "for the café sector. ").encode("cp1252") * 3},
        ["legacy.txt"],
        [("legacy.txt", "legacy.txt", "€1.2 billion", None, None)],
    ),
    "html-page": (
        {"page.html": HTML.encode()}, ["page.html"],
        [("page.html", "page.html", "nearly 100 times higher", "2023-01-20", None)],
    ),
    "directory-recursive-sorted": (
        {"d/b.txt": b"B 5%.", "d/a.md": b"A 6%.", "d/sub/c.htm": HTML.encode(),
         "d/skip.pdf": b"%PDF-1.4", "d/.hidden.txt": b"hidden 1%",
         "d/sub/arch.jsonl": _jsonl({"text": "R 7%."})},
        ["d"],
        [("a.md", "d/a.md", "A 6%", None, None),
         ("b.txt", "d/b.txt", "B 5%", None, None),
         ("sub/arch.jsonl:1", "d/sub/arch.jsonl:1", "R 7%", None, None),
         ("sub/c.htm", "d/sub/c.htm", "nearly 100 times", "2023-01-20", None)],
    ),
    "jsonl-fields": (
        {"a.jsonl": _jsonl(
            {"id": "x-1", "text": "Up 5%.", "date": "2023-01-20T10:00:00Z",
             "url": "https://example.com/1", "title": "T1"},
            {"text": "Down 3%.", "published": "Fri, 20 Jan 2023 10:00:00 +0000"},
            {"id": 7, "text": "Flat.", "date": "January 5, 2021"},
            {"text": "Year only.", "date": "2019"},
        )},
        ["a.jsonl"],
        [("x-1", "a.jsonl:1", "Up 5%", "2023-01-20", None),
         ("a.jsonl:2", "a.jsonl:2", "Down 3%", "2023-01-20", None),
         ("7", "a.jsonl:3", "Flat.", "2021-01-05", None),
         ("a.jsonl:4", "a.jsonl:4", "Year only.", "2019", None)],
    ),
    "jsonl-gz-bad-lines-continue": (
        {"a.jsonl.gz": gzip.compress(_jsonl(
            {"text": "first 1%"}, b'{"text": "broken" "x"}', b"", [1, 2],
            {"title": "no text"}, {"text": "   "}, b'{"text": "caf\xe9"}', {"text": "last 2%"},
        ))},
        ["a.jsonl.gz"],
        [("a.jsonl.gz:1", "a.jsonl.gz:1", "first 1%", None, None),
         ("a.jsonl.gz:2", "a.jsonl.gz:2", None, None,
          "a.jsonl.gz:2: malformed JSON (Expecting ',' delimiter)"),
         ("a.jsonl.gz:4", "a.jsonl.gz:4", None, None,
          "a.jsonl.gz:4: expected a JSON object, got list"),
         ("a.jsonl.gz:5", "a.jsonl.gz:5", None, None, "a.jsonl.gz:5: no 'text' field"),
         ("a.jsonl.gz:6", "a.jsonl.gz:6", None, None, "a.jsonl.gz:6: empty text"),
         ("a.jsonl.gz:7", "a.jsonl.gz:7", None, None, "a.jsonl.gz:7: undecodable bytes"),
         ("a.jsonl.gz:8", "a.jsonl.gz:8", "last 2%", None, None)],
    ),
    "csv-multiline-field": (
        {"a.csv": b'id,text,published\nk1,"Para one 5%.\n\nPara two 6%.",2022-03-04\n,plain 3%,\n'},
        ["a.csv"],
        [("k1", "a.csv:2", "Para one 5%.\n\nPara two", "2022-03-04", None),
         ("a.csv:5", "a.csv:5", "plain 3%", None, None)],
    ),
    "csv-gz-bom": (
        {"a.csv.gz": gzip.compress("\ufefftext,url\nhello 4%,https://e.com\n".encode())},
        ["a.csv.gz"],
        [("a.csv.gz:2", "a.csv.gz:2", "hello 4%", None, None)],
    ),
    "csv-legacy-encoding": (
        {"a.csv": ("text\n" + "\"Exports to Côte d’Ivoire rose 5 percent, the ministry’s "
                   "“preliminary” figures showed — a record.\"\n" * 3).encode("cp1252")},
        ["a.csv"],
        [(f"a.csv:{n}", f"a.csv:{n}", "Côte d’Ivoire", None, None) for n in (2, 3, 4)],
    ),
    "csv-without-text": (
        {"a.csv": b"id,body\n1,hello\n"}, ["a.csv"],
        [("a.csv", "a.csv", None, None, "a.csv: no 'text' column (columns: id, body)")],
    ),
    "parquet-rows": (
        {"a.parquet": _parquet([
            {"id": "p1", "text": "Parquet 5%.", "date": "2022-12-31", "url": None},
            {"id": None, "text": "Second 6%.", "date": None, "url": "https://e.com/2"},
        ])},
        ["a.parquet"],
        [("p1", "a.parquet:1", "Parquet 5%", "2022-12-31", None),
         ("a.parquet:2", "a.parquet:2", "Second 6%", None, None)],
    ),
    "parquet-without-text": (
        {"a.parquet": _parquet([{"body": "x"}])}, ["a.parquet"],
        [("a.parquet", "a.parquet", None, None, "a.parquet: no 'text' column (columns: body)")],
    ),
    "missing-then-good": (
        {"ok.txt": b"fine 5%"}, ["missing.txt", "ok.txt"],
        [("missing.txt", "missing.txt", None, None, "missing.txt: no such file or directory"),
         ("ok.txt", "ok.txt", "fine 5%", None, None)],
    ),
    "missing-archive": (
        {}, ["gone.jsonl"],
        [("gone.jsonl", "gone.jsonl", None, None, "gone.jsonl: no such file or directory")],
    ),
    "binary-file": (
        {"img.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))}, ["img.txt"],
        [("img.txt", "img.txt", None, None, "img.txt: binary file")],
    ),
    "nul-bytes": (
        {"nul.txt": b"abc\x00def" * 10}, ["nul.txt"],
        [("nul.txt", "nul.txt", None, None, "nul.txt: binary file")],
    ),
    "empty-file": (
        {"empty.txt": b""}, ["empty.txt"],
        [("empty.txt", "empty.txt", None, None, "empty.txt: empty file")],
    ),
    "whitespace-file": (
        {"blank.md": b"  \n\n\t\n"}, ["blank.md"],
        [("blank.md", "blank.md", None, None, "blank.md: empty file")],
    ),
    "html-no-date-from-body-text": (
        {"p.html": b"<html><body><article><p>Imports fell 12 percent in 2021 to $40 million, "
                   b"customs data showed on Friday in Beijing, as border trade slowed.</p>"
                   b"</article></body></html>"},
        ["p.html"],
        [("p.html", "p.html", "fell 12 percent in 2021", None, None)],
    ),
    "html-time-element": (
        {"t.html": b"<html><body><article><time datetime='2022-03-04'>4 March 2022</time>"
                   b"<p>Imports fell 12 percent in 2021 to $40 million, customs data showed "
                   b"on Friday in Beijing, as border trade slowed.</p></article></body></html>"},
        ["t.html"],
        [("t.html", "t.html", "fell 12 percent", "2022-03-04", None)],
    ),
    "html-without-main-text": (
        {"e.html": b"<html><head><title>Empty</title></head><body> </body></html>"}, ["e.html"],
        [("e.html", "e.html", None, None, "e.html: no main text found in HTML page")],
    ),
    "empty-directory": (
        {"d/notes.pdf": b"%PDF"}, ["d"],
        [("d", "d", None, None, "d: no .txt, .md, .html or archive files in directory")],
    ),
}


@pytest.mark.parametrize("files, args, expected", CASES.values(), ids=CASES.keys())
def test_sources_reads_documents(tmp_path, monkeypatch, files, args, expected):
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    got = list(iter_articles(args))
    assert [(a.id, a.path) for a in got] == [(e[0], e[1]) for e in expected]
    for article, (_, _, fragment, day, error) in zip(got, expected, strict=True):
        if error is None:
            assert article.error is None
            assert fragment in article.text
            assert "\r" not in article.text and "\ufeff" not in article.text
        else:
            assert article.error.startswith(error), article.error
            assert "\n" not in article.error and article.text == ""
        assert article.date == day
        assert article.date_source == ("metadata" if day else None)


def test_sources_record_metadata(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_jsonl(
        {"id": "x", "text": "t 1%", "url": "https://e.com/x", "title": "Title"}))
    [article] = iter_articles([tmp_path / "a.jsonl"])
    assert (article.url, article.title) == ("https://e.com/x", "Title")


@pytest.mark.parametrize("stdin, text, error", [
    (io.BytesIO(STORY.encode("utf-16")), "US$894 million", None),
    (io.StringIO(STORY), "US$894 million", None),
    (io.BytesIO(HTML.encode()), "nearly 100 times higher", None),
    (io.BytesIO(b""), None, "<stdin>: empty input"),
], ids=["utf16-bytes", "text-stream", "html-sniffed", "empty"])
def test_sources_reads_stdin(stdin, text, error):
    [article] = iter_articles(["-"], stdin=stdin)
    assert article.id == "<stdin>"
    if error:
        assert article.error == error
    else:
        assert article.error is None and text in article.text


def test_sources_is_lazy(tmp_path):
    """The first record comes back before a later malformed part of the archive is read."""
    path = tmp_path / "big.jsonl"
    path.write_bytes(_jsonl(*({"text": f"doc {i} 5%"} for i in range(10_000))))
    stream = iter_articles([path])
    assert next(stream).text == "doc 0 5%"
    path.unlink()  # the open handle still streams the rest
    assert sum(1 for _ in stream) == 9_999


@pytest.mark.parametrize("name, data, expected", [
    ("ok.txt", STORY.encode(), None),
    ("missing.txt", None, "missing.txt: no such file or directory"),
    ("empty.txt", b"", "empty.txt: empty file"),
    ("bin.txt", b"\x00\x01\x02\x03", "bin.txt: binary file"),
    ("two.jsonl", _jsonl({"text": "a"}, {"text": "b"}), "two.jsonl: holds several documents"),
    ("bad.jsonl", b"{oops\n", "bad.jsonl:1: malformed JSON"),
], ids=["ok", "missing", "empty", "binary", "several", "malformed"])
def test_sources_read_one(tmp_path, monkeypatch, name, data, expected):
    monkeypatch.chdir(tmp_path)
    if data is not None:
        (tmp_path / name).write_bytes(data)
    if expected is None:
        assert read_one(name).text == STORY
    else:
        with pytest.raises(InputError) as info:
            read_one(name)
        assert str(info.value).startswith(expected)


@pytest.mark.parametrize("value, expected", [
    ("2023-01-20", "2023-01-20"),
    ("2023-01-20T23:59:59+08:00", "2023-01-20"),
    ("2023/1/5", "2023-01-05"),
    ("2023-01", "2023"),
    ("2023", "2023"),
    (2023, "2023"),
    ("20 January 2023", "2023-01-20"),
    ("Jan. 20, 2023", "2023-01-20"),
    ("Fri, 20 Jan 2023 10:00:00 +0000", "2023-01-20"),
    ("2023-02-30", None),
    ("yesterday", None),
    ("", None),
    (None, None),
])
def test_sources_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_sources_count_documents(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_jsonl({"text": "a"}, {"text": "b"}) + b"\n")
    (tmp_path / "b.parquet").write_bytes(_parquet([{"text": "x"}] * 3))
    (tmp_path / "c.txt").write_text("c")
    assert count_documents([tmp_path]) == 6
    assert count_documents([os.fspath(tmp_path / "a.jsonl"), "-"]) == 3
