"""The web timeline page in a real headless Chromium (Debian's), driven by Playwright.

Never downloads a browser: without /usr/bin/chromium (``make browser`` installs it) the tests
skip and say why.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def open_entity(page, base_url: str, name: str) -> None:
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#q", name)
    page.click("#search button[type=submit]")
    page.wait_for_selector("#timeline svg .event")


def test_timeline_contradiction_and_evidence(server, page, tmp_path):
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    open_entity(page, server.url, "Okonkwo-Reyes")

    assert page.text_content("#entity-name") == "Tamir Okonkwo-Reyes"
    assert "alive" in page.text_content("#status-summary")
    assert "no earlier than 2018-03-01" in page.text_content("#status-facts")

    # Two reports of one death claim are one event; the message and the sighting follow (the
    # ledger may add the message's inferred proof of life as an event of its own).
    events = page.locator("#timeline svg .event")
    labels = [events.nth(i).get_attribute("aria-label") for i in range(events.count())]
    assert len(labels) in (3, 4)
    assert labels[0].startswith("killed (near Vell Hollow) · 2017-10-14 · 2 reports")
    assert any(label.startswith("message released · 2017-11-20") for label in labels)
    assert labels[-1].startswith("appeared (Sarn Edge) · 2018-03")
    # The month-long sighting is drawn as an interval bar, the exact dates as points.
    assert events.last.locator("rect").count() == 1
    assert events.first.locator("circle").count() == 1
    # The death claim is contradicted by the later proof of life, and marked so.
    contradicted = page.locator("#timeline svg .event.contradicted")
    assert contradicted.count() == 1
    assert "contradicted" in contradicted.first.get_attribute("aria-label")
    assert page.locator("#timeline svg .life text").text_content().startswith("proof of life")

    contradicted.first.click()
    page.wait_for_selector("mark.evidence")
    assert page.locator("#reports li").count() == 2
    mark = page.text_content("mark.evidence")
    assert mark.startswith("The Interior Ministry said on Monday")
    assert "killed in an air strike near Vell Hollow" in mark
    assert page.text_content("#article-title") == "Ministry says brigade commander killed"

    # The second report opens its own article with its own sentence highlighted.
    page.locator("#reports li").nth(1).click()
    expect(page.locator("mark.evidence")).to_contain_text("Two security officials")
    assert "Harbor Ledger" in page.text_content("#article-meta")

    # Sources table: the claimants of this timeline with their contradicted counts.
    sources = page.text_content("#sources-table")
    assert "Interior Ministry" in sources and "residents" in sources

    shot = tmp_path / "timeline.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    assert problems == []


def test_as_of_slider_rewinds_the_timeline(server, page):
    open_entity(page, server.url, "Okonkwo-Reyes")
    # Slide back to before the audio message was published: only the death claim is known.
    page.eval_on_selector(
        "#asof",
        """(slider) => {
            const lo = Date.parse('2017-10-16T00:00:00Z');
            slider.value = String(Math.round((Date.parse('2017-11-01T00:00:00Z') - lo) / 864e5));
            slider.dispatchEvent(new Event('input'));
        }""",
    )
    expect(page.locator("#timeline svg .event")).to_have_count(1)
    assert page.text_content("#asof-label") == "2017-11-01"
    assert "reported killed" in page.text_content("#status-summary")
    assert page.locator("#timeline svg .event.contradicted").count() == 0


def test_hostile_article_runs_no_script(server, page, tmp_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if m.type == "error" else None)
    page.goto(server.url + "/#entity=" + quote("Zed"))
    page.wait_for_selector("#timeline svg .event")
    page.locator("#timeline svg .event").first.click()
    page.wait_for_selector("mark.evidence")

    # The markup arrives as text: visible, literal, and never parsed into elements.
    assert "<script>window.__pwned=1;alert(1)</script>" in page.text_content("mark.evidence")
    assert "<img" in page.text_content("#entity-name")
    assert page.text_content("#article-title").startswith("<script>")
    assert page.locator("#article-text script, #article-text img, #article-text a").count() == 0
    assert page.locator("main img, main script, main style").count() == 0
    # A javascript: URL is shown as text, not made a link.
    assert page.locator("#article-meta a").count() == 0
    assert "javascript:alert(7)" in page.text_content("#article-meta")
    page.locator("#reports li").first.click()
    page.hover("#article-meta")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert page.locator("body").is_visible()
    page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)

    # The CSP is a second wall: an injected inline script is refused by the browser.
    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.__pwned = 2'; document.body.append(s); }"""
    )
    page.wait_for_timeout(100)
    assert page.evaluate("window.__pwned") is None
    assert any("Content Security Policy" in v for v in violations)


def test_readable_on_a_phone(server, browser, tmp_path):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    try:
        open_entity(page, server.url, "Okonkwo-Reyes")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"page scrolls sideways on a phone ({width}px)"
        page.locator("#event-list li button").first.click()
        page.wait_for_selector("mark.evidence")
        page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    finally:
        context.close()
