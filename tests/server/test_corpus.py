"""The bundled demo corpus through the HTTP API (real pipeline), then on the page in Chromium."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".jsonl": "application/x-ndjson"}
PERSON = "Hamdawi"  # the corpus's much-reported leader (fictional)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_server(empty_server):
    """The empty server after every corpus file was POSTed to /api/ingest."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent")
    totals = {"added": 0, "skipped": 0, "failed": 0, "files": 0}
    with httpx.Client(base_url=empty_server.url, timeout=300) as client:
        for path in sorted(CORPUS.iterdir()):
            content_type = CONTENT_TYPES.get(path.suffix)
            if not content_type:
                continue
            response = client.post(
                "/api/ingest", content=path.read_bytes(), headers={"content-type": content_type}
            )
            assert response.status_code == 200, f"{path.name}: {response.text}"
            for key in ("added", "skipped", "failed"):
                totals[key] += response.json()[key]
            totals["files"] += 1
    empty_server.totals = totals
    return empty_server


def test_corpus_ingests_over_http(corpus_server):
    totals = corpus_server.totals
    assert totals["failed"] == 0 and totals["added"] >= totals["files"]
    with httpx.Client(base_url=corpus_server.url, timeout=60) as client:
        stats = client.get("/api/stats").json()
        assert stats["documents"] == totals["added"]
        again = client.post(
            "/api/ingest",
            content=next(CORPUS.glob("*.txt")).read_bytes(),
            headers={"content-type": "text/plain"},
        )
        assert again.json()["skipped"] == 1  # stored once, by content
        found = client.get("/api/entities", params={"q": PERSON}).json()["items"]
        assert found and PERSON.lower() in found[0]["name"].lower()
        timeline = client.get(f"/api/entities/{PERSON}/timeline").json()
        assert len(timeline) >= 3
        status = client.get(f"/api/entities/{PERSON}/status").json()
        assert status["status"] in ("alive", "reported_killed", "contested", "unknown")
        docs = client.get("/api/documents", params={"limit": 100}).json()["items"]
        assert len(docs) == stats["documents"]


def test_corpus_exports(corpus_server, samples, tmp_path):
    import duckdb

    with httpx.Client(base_url=corpus_server.url, timeout=60) as client:
        stats = client.get("/api/stats").json()
        timeline = client.get("/api/export/claims", params={"format": "timelinejs"}).json()
        samples.assert_valid_timelinejs(timeline)
        assert 0 < len(timeline["events"]) <= stats["claims"]
        for what in ("claims", "documents", "statements"):
            data = client.get(f"/api/export/{what}", params={"format": "parquet"}).content
            path = tmp_path / f"{what}.parquet"
            path.write_bytes(data)
            rows = duckdb.connect().execute("SELECT count(*) FROM read_parquet(?)", [str(path)])
            assert rows.fetchall()[0][0] == stats[what]
        lines = client.get("/api/export/claims").text.splitlines()
        assert len(lines) == stats["claims"]


@pytest.mark.browser
def test_corpus_on_the_page(corpus_server, browser, tmp_path):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(20_000)
    try:
        page.goto(corpus_server.url + "/")
        page.wait_for_selector("body[data-ready=true]")
        page.fill("#q", PERSON)
        page.click("#search button[type=submit]")
        page.wait_for_selector("#timeline svg .event")
        assert PERSON.lower() in page.text_content("#entity-name").lower()
        events = page.locator("#timeline svg .event")
        assert events.count() >= 2
        # The corpus reports the leader killed, then shows him alive: a contradiction.
        contradicted = page.locator("#timeline svg .event.contradicted")
        assert contradicted.count() >= 1
        contradicted.first.click()
        mark = page.locator("mark.evidence")
        expect(mark).to_be_visible()
        assert len(mark.text_content()) > 20
        shot = tmp_path / "corpus-timeline.png"
        page.screenshot(path=str(shot), full_page=True)
        print(f"screenshot: {shot}")
    finally:
        page.close()
