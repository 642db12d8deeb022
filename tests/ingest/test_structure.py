"""Page structures the extractor alone reads badly: loose text, embedded posts, hover cards."""

from __future__ import annotations

from dateline.ingest.html import document_from_html

PARAGRAPHS = [
    "The county council voted on Tuesday to close the old swimming baths at Eastmoor, ending "
    "a campaign by residents that had run for more than two years.",
    "Councillors said the building needed repairs costing more than the council could raise, "
    "and that a new leisure centre would open on the ring road next spring.",
    "Residents who had collected signatures against the closure said they would ask the "
    "regional ombudsman to review the decision before the doors were locked.",
    "The baths opened in 1934 and were used by three schools until last summer, when a crack "
    "in the main pool forced the council to drain it for an inspection.",
]


def _page(body: str) -> str:
    return ("<html><head><title>Eastmoor baths to close</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Eastmoor baths to close</h1>{body}</article>"
            "<footer>Contact us</footer></body></html>")


def test_paragraphs_written_as_text_between_line_breaks():
    body = ("<div class='story'>" + "<br><br>".join(PARAGRAPHS[:2])
            + "<br><br><em>" + PARAGRAPHS[2] + "</em><br><br>" + PARAGRAPHS[3] + "</div>")
    document = document_from_html(_page(body))
    paragraphs = [document.text[a:b] for a, b in document.paragraphs]
    assert paragraphs[0] == PARAGRAPHS[0]  # the run before any child element is kept
    assert paragraphs[-1] == PARAGRAPHS[3]


def test_an_embedded_post_between_paragraphs_is_kept_as_one_quotation():
    post = ("<div class='embed-wrap social'><blockquote class='twitter-tweet'><p>Thank you to "
            "everyone who swam with us at Eastmoor for ninety years, we will miss it</p>"
            "&mdash; Eastmoor Swim Club (@eastmoorswim) <a href='#'>May 4, 2021</a>"
            "</blockquote></div>")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + post + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    document = document_from_html(_page(body))
    paragraphs = [document.text[a:b] for a, b in document.paragraphs]
    quoted = [p for p in paragraphs if "swam with us" in p]
    assert len(quoted) == 1 and "(@eastmoorswim)" in quoted[0]
    assert paragraphs.index(quoted[0]) == paragraphs.index(PARAGRAPHS[1]) + 1


def test_a_pull_quote_repeating_the_text_is_not_added():
    from lxml.html import fromstring

    from dateline.ingest.html import recover_embedded_quotes

    pull = "<blockquote class='pullquote'>" + PARAGRAPHS[1][:90] + "</blockquote>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + pull + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    assert recover_embedded_quotes(fromstring(_page(body)), PARAGRAPHS) == PARAGRAPHS
    fresh = "<blockquote>" + "A quotation in words the article does not use anywhere." + "</blockquote>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + fresh + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    recovered = recover_embedded_quotes(fromstring(_page(body)), PARAGRAPHS)
    assert recovered[2].startswith("A quotation") and len(recovered) == 5


def test_a_hover_card_inside_a_sentence_is_not_read_into_it():
    card = ("<span class='person'><a href='/people/ada-lorne'>Ada Lorne</a>"
            "<span class='card'><img src='a.jpg' alt=''><a href='/people/ada-lorne'>Ada Lorne</a>"
            "<a href='/x'>Budget row deepens as talks stall</a> <a href='/y'>Ferry fares to rise"
            "</a></span></span>")
    first = f"<p>The council leader, {card}, said the decision had been the hardest of her term.</p>"
    body = first + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    document = document_from_html(_page(body))
    assert ("The council leader, Ada Lorne, said the decision had been the hardest of her term."
            in document.text)
    assert "Budget row" not in document.text and "Ferry fares" not in document.text


def test_a_datelined_lede_before_a_repeat_of_the_headline_is_kept():
    html = ("<html><head><title>Eastmoor baths to close</title></head><body><article>"
            "<p><cite>(Northgate Gazette)</cite>The county council voted on Tuesday to close "
            "the old swimming baths at Eastmoor after ninety years.</p>"
            "<div class='video'><h2>Eastmoor baths to close</h2></div>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]) + "</article></body></html>")
    document = document_from_html(html)
    assert document.text.startswith("(Northgate Gazette) The county council voted on Tuesday")
    assert "Eastmoor baths to close" not in document.text


def test_chrome_above_the_headline_still_goes():
    from dateline.ingest.chrome import clean_text

    text = "\n\n".join(["Most read", "Ferry fares to rise", "Eastmoor baths to close", *PARAGRAPHS])
    cleaned = clean_text(text, title="Eastmoor baths to close", find_headline=False)
    assert cleaned.text.startswith(PARAGRAPHS[0])


def test_lists_of_links_above_and_below_the_article_are_dropped():
    top = ("<section><h4>Most read</h4>" + "".join(
        f"<a href='/s/{i}'><h3>{h}</h3></a>" for i, h in enumerate(
            ["Ferry Fares to Rise Again in Spring", "New Bypass Opens Two Months Late",
             "Library Hours Cut at Three Branches"])) + "</section>")
    bottom = ("<ul>" + "".join(f"<li><a href='/t/{i}'>{h}</a></li>" for i, h in enumerate(
        ["Harbour Wall Repairs Begin", "School Roof Fund Approved", "Market Square Reopens"]))
        + "</ul><p>Editor's note: this story was updated with the council's vote count.</p>")
    html = ("<html><head><title>Eastmoor baths to close</title></head><body><article>"
            "<h1>Eastmoor baths to close</h1>" + top + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + bottom + "</article></body></html>")
    document = document_from_html(html)
    for headline in ("Ferry Fares", "Bypass", "Library Hours", "Harbour Wall", "School Roof",
                     "Market Square"):
        assert headline not in document.text
    assert document.text.startswith(PARAGRAPHS[0])
    assert "Editor's note" in document.text


def test_a_linked_list_inside_the_article_stays():
    from lxml.html import fromstring

    from dateline.ingest.html import drop_link_runs

    items = ["Harbour Wall Repairs Begin", "School Roof Fund Approved", "Market Square Reopens"]
    html = ("<div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "<ul>"
            + "".join(f"<li><a href='#'>{i}</a></li>" for i in items) + "</ul>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]) + "</div>")
    paragraphs = [*PARAGRAPHS[:2], *items, *PARAGRAPHS[2:]]
    assert drop_link_runs(fromstring(html), paragraphs) == paragraphs
