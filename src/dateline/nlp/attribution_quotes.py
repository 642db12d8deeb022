"""Quotation marks in news prose: find each quoted span, across paragraphs when the text says so.

News convention: a quote that runs over several paragraphs leaves each paragraph but the last
unclosed and opens the next paragraph with a fresh opening mark. Curly and straight marks are
mixed freely in scraped text, marks are sometimes unbalanced, and single marks nest inside
double ones; none of that may crash or swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

OPENING = "\u201c\u00ab\u201e"  # “ « „
CLOSING = "\u201d\u00bb"  # ” »
STRAIGHT = '"'
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_MAX_UNCLOSED = 600
"""An unclosed quote with no continuation ends at its sentence, or after this many characters."""


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraph: int
    last_paragraph: int

    @property
    def outer_end(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Za-z0-9 .,'/-]{0,40}\s)?\((?P<outlet>[A-Z][A-Za-z&.' -]{0,30}?)\)\s*(?:[\u2014\u2013]|--?)\s*"
)


@dataclass(frozen=True)
class Dateline:
    """A wire dateline, ``CITY, Date (Outlet) -`` / ``(Outlet) -``: ``start``/``end`` cover the
    whole prefix (through the dash), ``outlet`` is the name in brackets."""

    start: int
    end: int
    outlet: str


def find_dateline(text: str, *, max_paragraphs: int = 12) -> Dateline | None:
    """The dateline opening one of the first paragraphs, if any.

    Its place, date and outlet are never a speaker or a subject of the story: the prose after
    the dash is the outlet's narration.
    """
    for start, end in paragraphs(text)[:max_paragraphs]:
        match = _DATELINE_RE.match(text, start, end)
        if match:
            return Dateline(start, match.end(), match.group("outlet").strip())
    return None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line-based paragraphs: news text puts each paragraph on its own line."""
    return [(m.start(), m.end()) for m in _PARAGRAPH_RE.finditer(text) if m.group().strip()]


def _is_opening(text: str, i: int, is_open: bool) -> bool | None:
    """Direction of the mark at ``i``: True opens, False closes, None ignore."""
    ch = text[i]
    if ch in OPENING:
        return True
    if ch in CLOSING:
        return False
    # Straight mark: decide by the characters around it, then by the current state.
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if is_open:
        return False
    if before.isspace() or before in "([{\u2014\u2013-:" or after.isalnum():
        return True
    return None


def _single_direction(text: str, i: int, is_open: bool) -> bool | None:
    """British style: \u2018 or ' opens before a word; \u2019 or ' closes after one, never inside a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # don't, O'Neill
    if (
        not is_open
        and (before.isspace() or before in '([{\u2014\u2013-\u201c"')
        and (after.isalnum() or after == "\u2026")
    ):
        return True
    if is_open and not before.isspace() and not after.isalnum():
        return False
    return None


_DOUBLE_MARK_RE = re.compile(f"[{OPENING}{CLOSING}{STRAIGHT}]")
_SINGLE_MARK_RE = re.compile("['\u2018\u2019]")


def _has_double_marks(text: str, start: int, end: int) -> bool:
    return _DOUBLE_MARK_RE.search(text, start, end) is not None


def _scan_paragraph(
    text: str, start: int, end: int
) -> tuple[list[tuple[int, int | None]], int | None]:
    """Pairs (open, close) inside one paragraph, plus the position of a mark left open.

    Double marks are the quotation marks; a paragraph without any uses single ones (British
    style), whose closing mark is told from an apostrophe by what surrounds it.
    """
    single = not _has_double_marks(text, start, end)
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    # Visit the marks only (a regex finds them far faster than a loop over every character).
    for mark in (_SINGLE_MARK_RE if single else _DOUBLE_MARK_RE).finditer(text, start, end):
        i = mark.start()
        if single:
            direction = _single_direction(text, i, open_at is not None)
        else:
            direction = _is_opening(text, i, open_at is not None)
        if direction is True:
            if open_at is not None:
                # Two openings in a row: the first was never closed; end it before this one.
                pairs.append((open_at, None))
            open_at = i
        elif direction is False and open_at is not None:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


def _starts_with_quote(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip()
    return bool(head) and (head[0] in OPENING or head[0] == STRAIGHT or head[0] in "'\u2018")


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every double-quoted span of ``text`` in order, multi-paragraph quotes joined."""
    paras = paragraphs(text)
    quotes: list[QuoteSpan] = []
    carry: tuple[int, int] | None = None  # (open_at, first paragraph) of a quote running on
    for p, (pstart, pend) in enumerate(paras):
        pairs, left_open = _scan_paragraph(text, pstart, pend)
        if carry is not None:
            lead = pstart + len(text[pstart:pend]) - len(text[pstart:pend].lstrip())
            if pairs and pairs[0][0] == lead:
                _, close_at = pairs.pop(0)
                if close_at is None:  # interrupted by another opening: end it there
                    quotes.append(
                        _unclosed(text, carry[0], pairs[0][0] if pairs else pend, carry[1], p)
                    )
                else:
                    quotes.append(_make(text, carry[0], close_at, carry[1], p))
                carry = None
            elif left_open == lead and not pairs:
                left_open = carry[0]  # this whole paragraph continues the quote
            else:
                quotes.append(_unclosed(text, carry[0], paras[p - 1][1], carry[1], p - 1))
                carry = None
        for open_at, close_at in pairs:
            if close_at is None:
                quotes.append(_unclosed(text, open_at, _next_open(pairs, open_at, pend), p, p))
            else:
                quotes.append(_make(text, open_at, close_at, p, p))
        if left_open is not None:
            first_para = carry[1] if carry is not None else p
            if p + 1 < len(paras) and _starts_with_quote(text, *paras[p + 1]):
                carry = (left_open, first_para)
            else:
                quotes.append(_unclosed(text, left_open, pend, first_para, p))
                carry = None
    if carry is not None:
        quotes.append(_unclosed(text, carry[0], paras[-1][1], carry[1], len(paras) - 1))
    quotes.sort(key=lambda q: q.open_at)
    return quotes


def _next_open(pairs: list[tuple[int, int | None]], open_at: int, default: int) -> int:
    later = [o for o, _ in pairs if o > open_at]
    return min(later) if later else default


def _make(text: str, open_at: int, close_at: int, para: int, last_para: int) -> QuoteSpan:
    start, end = _trim(text, open_at + 1, close_at)
    return QuoteSpan(start, end, open_at, close_at, para, last_para)


def _unclosed(text: str, open_at: int, limit: int, para: int, last_para: int) -> QuoteSpan:
    """An opening mark never closed: keep it to the end of its paragraph, within reason."""
    end = min(limit, open_at + 1 + _MAX_UNCLOSED) if para == last_para else limit
    start, end = _trim(text, open_at + 1, end)
    return QuoteSpan(start, end, open_at, None, para, last_para)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in OPENING + CLOSING + STRAIGHT + ",\u2019'"
    ):
        end -= 1
    return start, end


def quote_mask(doc: Doc, quotes: list[QuoteSpan]) -> list[bool]:
    """For each token: does it sit inside quotation marks?"""
    mask = [False] * len(doc)
    for q in quotes:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                mask[i] = True
    return mask
