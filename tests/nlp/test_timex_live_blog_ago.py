"""Timex rules: in a live blog (three or more paragraphs open with a bare clock, "16:50 - "),
"an hour ago", "20 minutes ago", "minutes ago", "moments ago" count back from the entry's
clock on the publication day, not from the publication date; elsewhere they stay as before
(issue 4). The entry clock is read by :func:`dateline.nlp.live_blog.entry_clock`, as the
claims stage reads it.

Every sentence was written for this table. Each case gives the publication date and the
(text, type, value, mod) of every time expression the tagger must find, no more and no fewer.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.live_blog import entry_clock, entry_clocks
from dateline.nlp.timex import tag_timexes

THU = date(2018, 8, 23)

Expected = list[tuple[str, str, str, str | None]]

BLOG = "16:10 - Rescue boats have reached the north bank of the Ilse.\n\n{}\n\n17:40 - The mayor of Karsk has arrived at the bridge."

CASES: list[tuple[str, date, Expected]] = [
    (
        BLOG.format("16:50 - Police say a bridge collapsed an hour ago."),
        THU,
        [("an hour ago", "TIME", "2018-08-23T15:50", None)],
    ),
    (
        BLOG.format("16:50 - The mayor spoke 20 minutes ago."),
        THU,
        [("20 minutes ago", "TIME", "2018-08-23T16:30", None)],
    ),
    (
        BLOG.format("00:20 - A second levee failed two hours ago."),
        THU,
        [("two hours ago", "TIME", "2018-08-22T22:20", None)],
    ),
    (
        BLOG.format("4.50pm - Minutes ago, a second convoy left."),
        THU,
        [
            ("4.50pm", "TIME", "2018-08-23T16:50", None),
            ("Minutes ago", "TIME", "2018-08-23T16:50", None),
        ],
    ),
    (
        BLOG.format("16:50: A few minutes ago the rain stopped."),
        THU,
        [("A few minutes ago", "TIME", "2018-08-23T16:50", None)],
    ),
    (
        BLOG.format("16:50 - Moments ago the army arrived."),
        THU,
        [("Moments ago", "TIME", "2018-08-23T16:50", None)],
    ),
    # -- a normal article: the publication day, a time just past
    (
        "Police say a bridge in Karsk collapsed an hour ago.",
        THU,
        [("an hour ago", "TIME", "2018-08-23", None)],
    ),
    ("Minutes ago, a second convoy left Karsk.", THU, [("Minutes ago", "TIME", "PAST_REF", None)]),
    # ... one paragraph opening with a clock is no live blog
    (
        "16:50 - Police say a bridge collapsed an hour ago.",
        THU,
        [("an hour ago", "TIME", "2018-08-23", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), CASES, ids=[c[0][60:110] for c in CASES]
)
def test_timex_values(nlp, text: str, published: date, expected: Expected) -> None:
    found = tag_timexes(nlp(text), published=published, doc_id="live-blog-ago")
    assert [(t.text, t.type, t.value, t.mod) for t in found] == expected


def test_entry_clocks() -> None:
    text = BLOG.format("4.50pm - Police say a bridge collapsed.") + "\n\nThe river is still rising."
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    assert entry_clocks(text, starts) == ["16:10", "16:50", "17:40", None]
    assert entry_clock(text, starts, 1) == "16:50"
    assert entry_clock(text, starts, 3) is None
    assert entry_clocks("16:50 - One entry.\n\n17:10 - Two.", [0, 20]) is None
