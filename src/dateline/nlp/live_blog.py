"""A live blog's entry clocks: the bare time ("16:50 - ", "16:50: ", "4.50pm - ") that opens
each of its paragraphs. Read by the time tagger ("an hour ago" in an entry counts back from
the entry's clock) and by the claims stage (a present state told in an entry takes its clock)."""

from __future__ import annotations

import re

ENTRY_CLOCK = re.compile(
    r"(?:([01]?\d|2[0-3])[:.]([0-5]\d)|(1[0-2]|0?[1-9])[:.]([0-5]\d)\s*([ap])\.?m\.?)"
    r"\s*(?:[-\u2013\u2014:|]\s+|\n)",
    re.IGNORECASE,
)
"""A live blog entry's bare clock opening a paragraph: "16:50 - ", "16:50: ", "4.50pm - "."""

ENTRIES_OF_A_LIVE_BLOG = 3
"""Paragraphs that must open with a bare clock for a text to be a live blog (a lone time
opening a paragraph of a normal article is no entry's clock)."""


def entry_clock(text: str, starts: list[int], paragraph: int) -> str | None:
    """The clock ("16:50", 24-hour) of the live blog entry that paragraph ``paragraph`` is
    (``starts``: every paragraph's first character, the first one's 0); None when the
    paragraph opens with no clock or the text has fewer than three such paragraphs."""
    own = ENTRY_CLOCK.match(text, starts[paragraph])
    if own is None or sum(1 for s in starts if ENTRY_CLOCK.match(text, s)) < ENTRIES_OF_A_LIVE_BLOG:
        return None
    return _clock(own)


def entry_clocks(text: str, starts: list[int]) -> list[str | None] | None:
    """Each paragraph's entry clock, or None for a text that is no live blog."""
    opened = [ENTRY_CLOCK.match(text, s) for s in starts]
    if sum(1 for m in opened if m is not None) < ENTRIES_OF_A_LIVE_BLOG:
        return None
    return [_clock(m) if m is not None else None for m in opened]


def _clock(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        hour, minute = int(m.group(1)), m.group(2)
    else:
        hour = int(m.group(3)) % 12 + (12 if m.group(5).lower() == "p" else 0)
        minute = m.group(4)
    return f"{hour:02d}:{minute}"
