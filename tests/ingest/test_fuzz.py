"""Property tests: any string or bytes gives Documents or named IngestErrors, nothing else."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import IngestError
from dateline.ingest import document_from_string, read_path
from dateline.ingest.chrome import clean_text
from dateline.records import Document

FAST = settings(max_examples=int(__import__("os").environ.get("DATELINE_FUZZ_EXAMPLES", "40")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

_html_bits = st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div class='a'>", "</div>", "<h1>", "</h1>",
    "<script>var a = '</p>';</script>", "<meta charset='klingon'>", "<!--", "-->", "<![CDATA[",
    "<blockquote>", "<table><tr><td>", "&amp;", "&#0;", "&#xD800;", "\x00", "\ufeff", "é",
    "The minister said on Monday that the talks would resume. ", "By Jane Doe\n", "\n\n",
])
_html = st.lists(_html_bits | st.text(max_size=40), max_size=60).map("".join)


@FAST
@given(_html)
def test_any_string_gives_a_document_or_a_named_error(text):
    try:
        result = document_from_string(text)
    except IngestError:
        return
    assert isinstance(result, Document)


@FAST
@given(st.text(max_size=2000))
def test_chrome_rules_never_crash_and_never_invent_text(text):
    cleaned = clean_text(text)
    words = set(text.split())
    assert set(cleaned.text.split()) <= words


@FAST
@given(st.binary(max_size=3000), st.sampled_from(
    ["a.html", "a.txt", "a.md", "a.jsonl", "a.warc", "a.warc.gz", "a.html.gz", "a.bin"]))
def test_any_bytes_in_any_file_gives_documents_or_named_errors(data, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        for item in read_path(path, fetch=False):
            assert isinstance(item, (Document, IngestError))


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=3),
    max_leaves=8,
)
_records = st.fixed_dictionaries(
    {},
    optional={"text": st.text(max_size=300) | _json_values, "html": _html | _json_values,
              "published": st.text(max_size=20) | _json_values, "url": st.text(max_size=30),
              "title": _json_values, "byline": _json_values},
)


@FAST
@given(st.lists(_records | _json_values, max_size=5))
def test_any_jsonl_gives_documents_or_named_errors(records):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
        for item in read_path(path, fetch=False):
            assert isinstance(item, (Document, IngestError))


def _sample_warc(gzipped: bool) -> bytes:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    page = (b"<html><head><title>Quay reopens</title></head><body><article><p>The harbour "
            b"authority said on Monday that the north quay would reopen next week after "
            b"repairs.</p></article></body></html>")
    for n in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://quay.example/{n}", "response", payload=BytesIO(page), http_headers=headers))
    return buffer.getvalue()


_WARCS = {False: _sample_warc(False), True: _sample_warc(True)}


@FAST
@given(st.booleans(), st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1,
                                                                          max_size=8)),
                               max_size=6), st.integers(min_value=0))
def test_damaged_warc_gives_documents_or_named_errors(gzipped, edits, cut):
    data = bytearray(_WARCS[gzipped])
    for offset, patch in edits:
        at = offset % len(data)
        data[at : at + len(patch)] = patch
    data = data[: max(1, len(data) - cut % len(data))] if cut % 3 == 0 else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("a.warc.gz" if gzipped else "a.warc")
        path.write_bytes(bytes(data))
        for item in read_path(path, fetch=False):
            assert isinstance(item, (Document, IngestError))
