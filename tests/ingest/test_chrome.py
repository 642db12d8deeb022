"""Page chrome rules on plain text, as (text, expected) tables written for these tests."""

from __future__ import annotations

import pytest

from dateline.ingest.chrome import clean_text, parse_byline

BYLINES = [
    ("By Aled Morgan and Siobhan Kerrigan, Valley Gazette",
     (("Aled Morgan", "Siobhan Kerrigan"), "Valley Gazette")),
    ("Steve Almasy, CNN", (("Steve Almasy",), "CNN")),
    ("Mohammed Tawfeeq", (("Mohammed Tawfeeq",), None)),
    ("By Jane Doe, Associated Press", (("Jane Doe",), "Associated Press")),
    ("Jane Doe, Staff Writer", (("Jane Doe",), None)),
    ("John Smith, Mary Jones and Ann Lee", (("John Smith", "Mary Jones", "Ann Lee"), None)),
    ("By Jane Doe | Reuters", (("Jane Doe",), "Reuters")),
    ("By the Associated Press", ((), "Associated Press")),
    ("Written by Kofi Mensah-Bonsu", (("Kofi Mensah-Bonsu",), None)),
    ("By J. R. Hartley", (("J. R. Hartley",), None)),
]
NOT_BYLINES = [
    "World News",
    "The mayor said the vote would go ahead.",
    "Seven councillors backed the plan",
    "Officials confirmed the figure on Tuesday.",
    "",
]


@pytest.mark.parametrize(("line", "expected"), BYLINES)
def test_bylines(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_bylines(line):
    assert parse_byline(line) is None


BODY = (
    "The regional water board said on Monday that the reservoir had reached its lowest level "
    "since records began.\n\n"
    "Engineers will inspect the dam wall this week, a spokesman said."
)


@pytest.mark.parametrize(
    ("page", "title", "byline"),
    [
        # section label, headline, timestamp line, byline with outlet, copyright footer
        (f"Environment\n\nReservoir falls to record low\n\nUpdated 09:12 GMT, 3 May 2021\n\n"
         f"By Nadia Kowalczyk, Lakeland Times\n\n{BODY}\n\nCopyright 2021 Lakeland Times.",
         "Reservoir falls to record low", ("Nadia Kowalczyk",)),
        # breadcrumb label, headline, byline lines glued to the first paragraph
        (f"News > Environment\n\nReservoir falls to record low\n\nNadia Kowalczyk\nBen Osei\n{BODY}",
         "Reservoir falls to record low", ("Nadia Kowalczyk", "Ben Osei")),
        # no chrome at all: nothing is dropped
        (BODY, None, ()),
        # a headline ending in a question mark, teaser lines inside and after the text
        (f"Is the reservoir running dry?\n\nPublished: 3 May 2021\n\n{BODY}\n\n"
         "Read more: Hosepipe ban considered for the summer\n\nRelated stories\n"
         "Dam repairs finished early\nRainfall below average for third month",
         "Is the reservoir running dry?", ()),
    ],
)
def test_clean_text_keeps_only_the_article(page, title, byline):
    cleaned = clean_text(page)
    assert cleaned.text == BODY
    assert cleaned.title == title
    assert cleaned.byline == byline


def test_standfirst_that_repeats_the_first_paragraph_is_dropped():
    first = BODY.split("\n\n")[0]
    page = f"Reservoir falls to record low\n\n{first}\n\nPosted\n\nBy Ben Osei\n{BODY}"
    cleaned = clean_text(page)
    assert cleaned.text == BODY
    assert cleaned.byline == ("Ben Osei",)


def test_timestamp_line_gives_the_date_text():
    cleaned = clean_text(f"Reservoir falls to record low\n\nPublished 3 May 2021\n\n{BODY}")
    assert cleaned.published_text == "Published 3 May 2021"


def test_subheadings_and_quotes_stay_as_paragraphs():
    page = (f"{BODY}\n\nWhat happens next\n\n\"We are watching the level every hour,\" "
            "the spokesman said.")
    cleaned = clean_text(page, find_headline=False)
    assert cleaned.text.split("\n\n") == [*BODY.split("\n\n"), "What happens next",
                                          "\"We are watching the level every hour,\" "
                                          "the spokesman said."]


def test_wire_marker_names_the_outlet():
    cleaned = clean_text("LONDON (Reuters) - Shares in the ferry operator fell sharply on "
                         "Monday after it cut its forecast.", find_headline=False)
    assert cleaned.outlet == "Reuters"
    assert cleaned.text.startswith("LONDON (Reuters)")


def test_hard_wrapped_lines_become_one_paragraph():
    page = ("The regional water board said on Monday that the\nreservoir had reached its "
            "lowest level since\nrecords began in the nineteenth century.")
    cleaned = clean_text(page, find_headline=False)
    assert "\n" not in cleaned.text


@pytest.mark.parametrize(
    "chrome",
    [
        "Image source, Harbour Press Agency",
        "Image caption, Divers searched the reservoir on Sunday",
        "Media playback is unsupported on your device",
        "Sign up for our morning briefing and get the news first.",
        "Follow us on Twitter",
        "4 min read",
        "Listen to this article",
        "Advertisement",
        "Story continues below advertisement",
        "Like this story? Share it with a friend!",
        "Tell us what YOU think...",
        "Text size",
        "https://news.example.org/2021/05/harbour-wall",
        "An error has occurred, please try again later.",
        '[button link="https://example.org/tips" type="big"] Send us your tips[/button]',
    ],
)
def test_chrome_lines_inside_the_text_are_dropped(chrome):
    first, second = BODY.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{chrome}\n\n{second}", find_headline=False)
    assert cleaned.text == BODY


@pytest.mark.parametrize(
    "prose",
    [
        "Comments from residents were mostly positive, the council said.",
        "Images from the dam show a crack near the spillway, engineers said.",
        "Subscribers to the water service will get a refund, the board said.",
    ],
)
def test_prose_that_resembles_chrome_is_kept(prose):
    cleaned = clean_text(f"{BODY}\n\n{prose}", find_headline=False)
    assert cleaned.text.endswith(prose)


@pytest.mark.parametrize(
    "footer",
    [
        "Have a tip? Nadia Kowalczyk may be reached at nadia@lakeland.example. Follow her on "
        "Twitter.",
        "Get the latest updates in your inbox. Subscribe to our newsletters.",
        "Ben Osei contributed to this report.",
    ],
)
def test_contact_and_credit_footers_are_dropped(footer):
    assert clean_text(f"{BODY}\n\n{footer}", find_headline=False).text == BODY


def test_update_stamp_inside_the_text_is_dropped():
    first, second = BODY.split("\n\n")
    cleaned = clean_text(f"{first}\n\nUpdated at 1:23 p.m.\n\n{second}", find_headline=False)
    assert cleaned.text == BODY
