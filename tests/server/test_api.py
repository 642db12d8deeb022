"""The HTTP API over a real uvicorn server and a real DuckDB file."""

from __future__ import annotations

import io
import json
from urllib.parse import quote

import duckdb
import httpx
import pytest

from dateline.names import entity_key
from dateline.records import Analysis, IngestReport, StatusReport, TimelineEntry
from dateline.server.security import CONTENT_SECURITY_POLICY

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE claims; --",
    '" OR ""="',
    "%",
    "_",
    "\\",
    "Okonkwo%' --",
    "1; SELECT * FROM documents",
    "') UNION SELECT doc_id, text, url, 1, 1 FROM documents --",
]


def counts(client: httpx.Client) -> dict[str, int]:
    stats = client.get("/api/stats").json()
    return {k: stats[k] for k in ("documents", "claims", "statements", "entities")}


def test_health_stats_and_schema(client):
    assert client.get("/api/health").json()["status"] == "ok"
    stats = client.get("/api/stats").json()
    # Five stored claims; the ledger may add claims it infers (a message's proof of life).
    assert stats["documents"] == 5 and stats["claims"] >= 5
    assert (stats["published_min"], stats["published_max"]) == ("2017-10-16", "2018-04-02")
    schema = client.get("/api/openapi.json").json()
    assert {"/api/entities", "/api/entities/{name}/timeline", "/api/ingest"} <= set(schema["paths"])
    # No Swagger UI: it would load code from a CDN.
    assert client.get("/docs").status_code == 404


def test_entities_search_and_paging(client):
    page = client.get("/api/entities", params={"q": "okonkwo"}).json()
    assert page["items"][0]["name"] == "Tamir Okonkwo-Reyes"
    assert page["items"][0]["claims"] >= 4 and page["next_offset"] is None
    first = client.get("/api/entities", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next_offset"] == 1
    second = client.get("/api/entities", params={"limit": 1, "offset": 1}).json()
    assert second["items"][0]["entity_id"] != first["items"][0]["entity_id"]
    total = client.get("/api/stats").json()["entities"]
    last = client.get("/api/entities", params={"limit": 1, "offset": total - 1}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    assert client.get("/api/entities", params={"limit": 0}).status_code == 422
    assert client.get("/api/entities", params={"limit": 501}).status_code == 422


def test_timeline_and_status_are_library_records(client):
    timeline = client.get("/api/entities/Okonkwo-Reyes/timeline").json()
    entries = [TimelineEntry.model_validate(e) for e in timeline]
    stored = [e.claim.predicate for e in entries if e.claim.claim_id == "c0"]
    assert stored == ["killed", "killed", "message_released", "appeared"]  # in event order
    status = StatusReport.model_validate(client.get("/api/entities/Okonkwo-Reyes/status").json())
    assert status.status == "alive" and str(status.proof_of_life) == "2018-03-01"
    earlier = client.get(
        "/api/entities/Okonkwo-Reyes/status", params={"as_of": "2017-11-01"}
    ).json()
    assert earlier["status"] == "reported_killed"


def test_document_with_statements_and_claims(client):
    docs = client.get("/api/documents", params={"q": "ministry"}).json()["items"]
    assert len(docs) == 1 and docs[0]["claims"] >= 1
    analysis = Analysis.model_validate(client.get(f"/api/documents/{docs[0]['doc_id']}").json())
    claim = analysis.claims[0]
    assert analysis.document.text[claim.start : claim.end] == claim.evidence
    assert analysis.statements[0].speaker.text == "Interior Ministry"
    assert analysis.entities[0].name == "Tamir Okonkwo-Reyes"


def test_errors_are_json_with_codes(client):
    missing = client.get("/api/entities/Nobody%20Known/status")
    assert missing.status_code == 404 and missing.json()["error"] == "D303"
    no_doc = client.get("/api/documents/0123abc")
    assert no_doc.status_code == 404 and no_doc.json()["error"] == "D304"
    bad_date = client.get("/api/entities/Okonkwo-Reyes/timeline", params={"as_of": "2017-02-30"})
    assert bad_date.status_code == 422 and bad_date.json()["error"] == "invalid_request"
    wrong_type = client.post(
        "/api/ingest", content=b"{}", headers={"content-type": "application/pdf"}
    )
    assert wrong_type.status_code == 415 and wrong_type.json()["error"] == "D107"
    empty = client.post("/api/analyze", content=b"  ", headers={"content-type": "text/plain"})
    assert empty.status_code == 422 and empty.json()["error"] == "D103"
    page = client.get("/no/such/page", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_are_data(client, text):
    before = counts(client)
    listed = client.get("/api/entities", params={"q": text})
    assert listed.status_code == 200
    # Names are searched by their normalised key (letters and digits), so the quotes and
    # operators are dropped, never executed: the answer is that of the plain key.
    plain = client.get("/api/entities", params={"q": entity_key(text) or None})
    assert listed.json() == plain.json()
    # Titles are searched literally: wildcards and quotes match themselves, and nothing.
    assert client.get("/api/documents", params={"q": text}).json()["items"] == []
    key = entity_key(text)
    for path in ("timeline", "status"):
        response = client.get(f"/api/entities/{quote(text, safe='')}/{path}")
        if key:
            same = client.get(f"/api/entities/{quote(key, safe='')}/{path}")
            assert response.status_code == same.status_code
            if response.status_code == 200:
                assert response.json() == same.json()
        else:
            assert response.status_code in (404, 422), response.text
    exported = client.get("/api/export/claims", params={"entity": text})
    if key:
        same = client.get("/api/export/claims", params={"entity": key})
        assert exported.status_code == same.status_code
        if exported.status_code == 200:
            assert exported.text == same.text
    else:
        assert exported.status_code == 404
    assert counts(client) == before


def test_security_headers_on_page_and_api(client):
    for path in ("/", "/api/health", "/static/app.js", "/api/entities/x/status"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "path",
    [
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/....//....//etc/passwd",
        "/static//etc/passwd",
        "/api/documents/..%2f..%2fetc%2fpasswd",
        "/api/export/..%2f..%2fetc%2fpasswd",
    ],
)
def test_no_path_traversal(server, path):
    # A raw request line, so the client does not normalise the dots away.
    with httpx.Client(base_url=server.url) as raw:
        request = raw.build_request("GET", server.url)
        request.url = request.url.copy_with(raw_path=path.encode())
        response = raw.send(request)
    assert response.status_code in (400, 404, 422)
    assert "root:" not in response.text and "create_app" not in response.text


def test_foreign_host_header_is_refused(client):
    # DNS rebinding: a page on another name resolving to 127.0.0.1 must not read the ledger.
    response = client.get("/api/stats", headers={"host": "attacker.example"})
    assert response.status_code == 400


def test_body_size_limit(tmp_path, start_server, samples):
    from dateline.ledger.store import Ledger

    with Ledger(tmp_path / "small.duckdb") as ledger:
        ledger.add(samples.sample_analyses()[:1])
    small = start_server(tmp_path / "small.duckdb", max_body_bytes=1000)
    with httpx.Client(base_url=small.url, timeout=30) as c:
        declared = c.post(
            "/api/analyze", content=b"x" * 2000, headers={"content-type": "text/plain"}
        )
        assert declared.status_code == 413 and declared.json()["error"] == "too_large"

        def chunks():  # no Content-Length: the cap holds while the body streams
            for _ in range(10):
                yield b"y" * 500

        streamed = c.post("/api/ingest", content=chunks(), headers={"content-type": "text/plain"})
        assert streamed.status_code == 413
        assert c.get("/api/stats").json()["documents"] == 1


def test_time_limit(tmp_path, start_server):
    slow = start_server(tmp_path / "slow.duckdb", request_timeout=0.05)
    text = "The minister said on Monday that the talks would resume in June. " * 300
    with httpx.Client(base_url=slow.url, timeout=60) as c:
        response = c.post("/api/analyze", content=text, headers={"content-type": "text/plain"})
    assert response.status_code == 504 and response.json()["error"] == "timeout"


def test_busy_ledger_answers_503(tmp_path, start_server):
    busy = start_server(tmp_path / "busy.duckdb", busy_timeout=0.1)
    gate = busy.server.config.app.state.gate  # type: ignore[attr-defined]
    with gate.use():  # another request (an ingest) holds the ledger
        response = httpx.get(busy.url + "/api/stats", timeout=10)
    assert response.status_code == 503 and response.json()["error"] == "D302"
    assert httpx.get(busy.url + "/api/stats", timeout=10).status_code == 200


def test_exports_over_http(client, tmp_path):
    lines = client.get("/api/export/claims", params={"entity": "Okonkwo-Reyes"}).text.splitlines()
    assert len(lines) == len(client.get("/api/entities/Okonkwo-Reyes/timeline").json())
    assert json.loads(lines[0])["subject_aliases"] == ["Okonkwo-Reyes"]
    parquet = client.get("/api/export/documents", params={"format": "parquet"})
    assert parquet.content[:4] == b"PAR1"
    target = tmp_path / "documents.parquet"
    target.write_bytes(parquet.content)
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{target}')").fetchall()[0][0] == 5
    timeline = client.get("/api/export/claims", params={"format": "timelinejs"}).json()
    assert len(timeline["events"]) == client.get("/api/stats").json()["claims"]
    bad = client.get("/api/export/statements", params={"format": "timelinejs"})
    assert bad.status_code == 422 and bad.json()["error"] == "D500"


def test_analyze_and_ingest_run_the_pipeline(tmp_path, start_server):
    fresh = start_server(tmp_path / "fresh.duckdb")
    text = (
        "ARLEN, March 3 (Harbor Ledger) - The rebel commander Dario Vennick was killed in "
        "a raid near Arlen on Friday, the army said on Sunday.\n\n"
        "A spokesman for the rebels denied the report."
    )
    with httpx.Client(base_url=fresh.url, timeout=120) as c:
        analysis = c.post(
            "/api/analyze",
            content=text.encode(),
            headers={"content-type": "text/plain; charset=utf-8"},
            params={"published": "2019-03-03"},
        )
        assert analysis.status_code == 200, analysis.text
        assert (
            Analysis.model_validate(analysis.json()).document.published.isoformat() == "2019-03-03"
        )
        assert c.get("/api/stats").json()["documents"] == 0  # analyze stores nothing

        report = c.post(
            "/api/ingest",
            content=text.encode(),
            headers={"content-type": "text/plain"},
            params={"published": "2019-03-03"},
        )
        assert IngestReport.model_validate(report.json()).added == 1
        again = c.post("/api/ingest", content=text.encode(), params={"published": "2019-03-03"})
        assert again.json()["skipped"] == 1

        feed = io.StringIO()
        for i, outlet in enumerate(("Meridian Courier", "Harbor Ledger")):
            body = f"Officials in Arlen said on Monday that {i + 2} convoys had reached the city."
            record = {"text": body, "published": "2019-03-04", "outlet": outlet}
            feed.write(json.dumps(record) + "\n")
        feed.write("{not json\n")
        batch = c.post(
            "/api/ingest",
            content=feed.getvalue().encode(),
            headers={"content-type": "application/x-ndjson"},
        ).json()
        assert batch["added"] == 2 and batch["failed"] == 1
        assert "request body (line 3)" in batch["errors"][0]
        stats = c.get("/api/stats").json()
        assert stats["documents"] == 3 and stats["ingest_errors"] == 1


def test_ingest_fetches_nothing(empty_server):
    # A record with only a URL must not make the server fetch it (no SSRF through ingest).
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    target = f"http://127.0.0.1:{listener.getsockname()[1]}/internal"
    feed = json.dumps({"url": target}) + "\n" + json.dumps({"url": target, "title": "x"}) + "\n"
    try:
        with httpx.Client(base_url=empty_server.url, timeout=60) as c:
            report = c.post(
                "/api/ingest", content=feed, headers={"content-type": "application/x-ndjson"}
            ).json()
            assert report["failed"] == 2 and report["added"] == 0
            as_text = c.post("/api/ingest", content=target, headers={"content-type": "text/plain"})
            assert as_text.status_code in (200, 422)
        with pytest.raises(BlockingIOError):
            listener.accept()
    finally:
        listener.close()


HOLD_LEDGER = """
import sys, time
from dateline.errors import LedgerBusy
from dateline.ledger.store import Ledger
for attempt in range(100):  # the server lets go of the file once idle
    try:
        ledger = Ledger(sys.argv[1])
        break
    except LedgerBusy:
        time.sleep(0.1)
print("open", flush=True)
time.sleep(float(sys.argv[2]))
ledger.close()
"""


def test_server_shares_the_file_with_other_processes(tmp_path, start_server, samples):
    import subprocess
    import sys
    import time

    from dateline.ledger.store import Ledger

    path = tmp_path / "shared.duckdb"
    with Ledger(path) as ledger:
        ledger.add(samples.sample_analyses())
    shared = start_server(path, idle_close=0.2, busy_timeout=0.5)
    with httpx.Client(base_url=shared.url, timeout=30) as c:
        assert c.get("/api/stats").status_code == 200
        time.sleep(0.6)  # idle: the server lets go of the file
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LEDGER, str(path), "2"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            # Another process (an ingest) can open the ledger for writing ...
            assert holder.stdout.readline().strip() == "open"
            # ... and meanwhile the server answers "busy, retry", not an error page.
            busy = c.get("/api/entities/Okonkwo-Reyes/status")
            assert busy.status_code == 503 and busy.json()["error"] == "D302"
        finally:
            holder.wait(timeout=30)
        assert c.get("/api/entities/Okonkwo-Reyes/status").json()["status"] == "alive"


UPDATED_PAGE = """<!doctype html><html lang="en"><head>
<title>Harbour crane collapse inquiry opens</title>
<link rel="canonical" href="https://harbour.example/news/crane-inquiry">
<meta property="article:published_time" content="2021-03-04T09:00:00Z">
<meta property="article:modified_time" content="2021-03-06T17:30:00Z">
</head><body><article><h1>Harbour crane collapse inquiry opens</h1>
<p>An inquiry into the collapse of a crane at the eastern harbour opened on Thursday, the port
authority said in a statement.</p>
<p>Investigators expect to publish their first findings in May, a spokeswoman said.</p>
</article></body></html>"""


def test_document_metadata_round_trips(empty_server):
    # What ingest finds in the page (canonical address, modified date and their sources)
    # comes back from the document endpoint as it went into the ledger.
    with httpx.Client(base_url=empty_server.url, timeout=60) as c:
        report = c.post(
            "/api/ingest",
            content=UPDATED_PAGE,
            params={"url": "https://harbour.example/news/crane-inquiry?utm_source=feed"},
            headers={"content-type": "text/html"},
        ).json()
        assert report["added"] == 1
        found = c.get("/api/documents", params={"q": "crane"}).json()["items"]
        document = c.get(f"/api/documents/{found[0]['doc_id']}").json()["document"]
    assert document["canonical_url"] == "https://harbour.example/news/crane-inquiry"
    assert document["canonical_url_source"] == "html"
    assert (document["modified"], document["modified_source"]) == ("2021-03-06", "html")
    assert document["published"] == "2021-03-04"
