"""Page chrome in plain text: what a news page wraps around the article, by general rules.

A copied or scraped news page carries, around the article, a section label before the
headline, the headline itself, timestamp lines ("Posted", "Updated"), a byline block, a
standfirst that repeats the first paragraph, "Read more" teasers and a copyright footer. The
rules below recognise each by its form (length, capitalisation, punctuation, position), never
by the wording of one article, and hand back the article text with the metadata they found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.ingest.textdates import find_text_date

# A line ending a sentence: terminal punctuation, optionally followed by closing quotes.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_NAME_PARTICLES = frozenset(
    str.split(
        "al el bin ibn bint abu abd de da das do dos du del della der den di van von ter le la "
        "mac st st. jr jr. sr sr. ii iii iv"
    )
)
_ROLE_WORDS = re.compile(
    r"\b(writer|reporter|correspondent|editor|columnist|contributor|staff|producer|analyst|"
    r"bureau|chief|desk|special to|for|photographer|intern|fellow)\b",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(
    r"^(?:by|written by|words by|story by|reporting by|report by|from)\s*:?\s+", re.IGNORECASE
)
_TIMESTAMP_PREFIX = re.compile(
    r"^(?:posted|updated|published|last updated|first published|last modified|modified|"
    r"originally published|date)\b[\s:]*",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(?:related(?: stories| articles| coverage| content| links)?|read more|read next|"
    r"more from [\w .]+|see also|also read|recommended|most read|most popular|"
    r"you (?:may|might) also like|more on this story|top stories|trending|watch|listen|"
    r"video|photos?|gallery|audio|podcast)\b"
    r"\s*[:>»|-]?",
    re.IGNORECASE,
)
_ALONE_CHROME = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|story continues below"
    r"(?: advertisement)?|continue reading(?: below| the main story)?|skip to (?:main )?content|"
    r"share(?: this(?: article| story)?)?(?: on \w+)?|follow us(?: on \w+)?|"
    r"sign up(?: for [\w ]+)?|subscribe(?: now)?|image|photo|video|close|menu|"
    r"scroll (?:down )?(?:to|for) [\w ]+|\d+ min(?:ute)?s? read|listen to this (?:article|story)|"
    r"comments?|\d+ comments?|print|email|copy link|save|bookmark|(?:text|font) size|by|"
    r"an error (?:has )?occurred(?:, please try again(?: later)?)?|https?://\S+)\W*$",
    re.IGNORECASE,
)
# Caption and prompt lines that open with their label: 'Image caption, ...', 'Sign up for ...'.
_LABELLED_CHROME = re.compile(
    r"^(?:(?:image|photo|picture|media|video|graphic)\s*(?:source|caption|copyright|credit)s?\b|"
    r"sign up (?:for|to)\b|subscribe to (?:our|the)\b|click here\b|download (?:our|the) app\b|"
    r"follow (?:us|[A-Z][\w ]+) on (?:twitter|facebook|instagram|x)\b|"
    r"this (?:article|story) (?:contains|includes) (?:affiliate )?links?\b|"
    r"media playback is (?:not supported|unsupported)|"
    r"(?:did you )?like this (?:story|article|post)\b|tell us what you think\b|"
    r"share (?:it|this(?: story| article)?) with (?:a friend|your friends)\b|"
    r"\[(\w+)\b[^\]]*\].*\[/\1\]$)",  # a publishing system's shortcode left in the text
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved", re.IGNORECASE)
_CREDIT_FOOTER = re.compile(
    r"^(?:\(?(?:additional )?reporting by|editing by|writing by|compiled by|"
    r"\(?this (?:story|article) (?:has been|was) (?:updated|corrected))\b",
    re.IGNORECASE,
)
# "(CNN) —", "WASHINGTON (Reuters) -", "LONDON, Aug. 22 (AP) —": a wire dateline opening.
WIRE_MARKER = re.compile(
    r"^(?:(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.’' ]{1,30})?)\s*,?\s*)?"
    r"(?:(?P<when>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)\s*)?"
    r"(?:\((?P<outlet>[A-Z][\w&.’' ]{0,30})\)\s*)?[-—–]{1,2}\s"
)


@dataclass
class Cleaned:
    """Article text plus what the chrome said about it."""

    text: str
    title: str | None = None
    byline: tuple[str, ...] = ()
    outlet: str | None = None
    published_text: str | None = None
    modified_text: str | None = None
    dropped: list[str] = field(default_factory=list)


def clean_text(text: str, *, title: str | None = None, find_headline: bool = True) -> Cleaned:
    """Strip page chrome from ``text``: header zone, teasers anywhere and the footer.

    With ``title`` known (front matter, HTML metadata) only a first line repeating it is taken
    as the headline; otherwise, when ``find_headline``, the first substantial line is.
    """
    blocks = _blocks(text)
    result = Cleaned(text="", title=title)
    blocks = _drop_footer(blocks, result)
    blocks = [[line for line in block if not _is_inline_chrome(line, result)] for block in blocks]
    blocks = [block for block in blocks if block]
    body = _strip_header(blocks, result, find_headline=find_headline)
    paragraphs = [p for block in body for p in _block_paragraphs(block)]
    if result.title:  # the headline repeated among the first paragraphs (a video's caption)
        wanted = _norm(result.title)
        repeats = [p for p in paragraphs[:5] if _norm(p) == wanted]
        result.dropped.extend(repeats)
        paragraphs = [p for i, p in enumerate(paragraphs) if i >= 5 or _norm(p) != wanted]
    result.text = "\n\n".join(paragraphs)
    if result.outlet is None and paragraphs:
        match = WIRE_MARKER.match(paragraphs[0])
        if match and match.group("outlet"):
            result.outlet = match.group("outlet").strip()
    return result


def _blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of stripped, non-empty lines."""
    blocks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def _is_inline_chrome(line: str, result: Cleaned) -> bool:
    """Lines that are chrome wherever they stand: teaser links, ad labels, share prompts."""
    words = line.split()
    if _TIMESTAMP_PREFIX.match(line) and len(words) <= 12 and (
        _CLOCK.search(line) or find_text_date(line)
    ):
        result.dropped.append(line)  # 'Updated at 1:23 p.m.' inside the text
        result.published_text = result.published_text or line
        _note_update(line, result)
        return True
    if _ALONE_CHROME.match(line) and len(words) <= 8:
        result.dropped.append(line)
        return True
    if _LABELLED_CHROME.match(line) and len(words) <= 40:
        result.dropped.append(line)
        return True
    if _TEASER.match(line) and len(words) <= 25 and not _SENTENCE_END.search(line):
        result.dropped.append(line)
        return True
    if _TEASER.match(line) and re.match(r"^[\w ]+:\s", line) and len(words) <= 25:
        # "Read more: <headline>." — a link teaser even when the headline ends with a period
        result.dropped.append(line)
        return True
    return False


def _drop_footer(blocks: list[list[str]], result: Cleaned) -> list[list[str]]:
    """Remove copyright, credits and related-links lists from the end of the text."""
    blocks = [list(b) for b in blocks]
    while blocks:
        last = blocks[-1]
        line = last[-1]
        if _is_footer_line(line) or _is_link_list_tail(blocks):
            result.dropped.append(line)
            last.pop()
            if not last:
                blocks.pop()
            continue
        break
    # copyright lines can also sit mid-text (between article and comments): drop them anywhere
    return [[ln for ln in b if not (_COPYRIGHT.search(ln) and len(ln) < 300)] for b in blocks]


_CONTRIBUTED = re.compile(
    r"\b(?:contributed (?:reporting )?to this (?:report|story|article)|contributed reporting|"
    r"^[\w.’' -]+ reported from [A-Z][\w ,.’'-]*)\W*$",
    re.IGNORECASE,
)


_CONTACT = re.compile(
    r"\b(?:(?:can|may) be (?:reached|contacted) (?:at|by|on)|email (?:him|her|them|us) at|"
    r"follow (?:him|her|them|us) on|have a (?:news )?tip\?|newsletters?\b)",
    re.IGNORECASE,
)


def _is_footer_line(line: str) -> bool:
    if len(line) > 400:
        return False  # footers are short lines
    if _COPYRIGHT.search(line) and len(line) < 300:
        return True
    if _CONTACT.search(line) and len(line.split()) <= 40:
        return True  # the writer's contact line or a newsletter prompt after the article
    if _CONTRIBUTED.search(line) and len(line.split()) <= 16:
        return True
    if _CREDIT_FOOTER.match(line) and len(line.split()) <= 40:
        return True
    return bool(_TEASER.match(line) and len(line.split()) <= 6)


def _is_link_list_tail(blocks: list[list[str]]) -> bool:
    """The last line belongs to a list of link headlines introduced by a teaser label."""
    lines: list[str] = []
    for block in reversed(blocks):
        lines[:0] = block
        if len(lines) >= 12:
            break
    for back, line in enumerate(reversed(lines[-12:])):
        if _TEASER.match(line) and len(line.split()) <= 6:
            tail = lines[len(lines) - back :]
            return all(not _SENTENCE_END.search(t) and len(t.split()) <= 20 for t in tail)
    return False


def _strip_header(
    blocks: list[list[str]], result: Cleaned, *, find_headline: bool
) -> list[list[str]]:
    """Walk the lines before the body: labels, headline, timestamps, bylines, standfirst."""
    lines = [(bi, li, line) for bi, block in enumerate(blocks) for li, line in enumerate(block)]
    pos = 0
    pos = _take_headline(lines, pos, result, find_headline=find_headline)
    limit = min(len(lines), pos + 15)
    while pos < limit:
        _, _, line = lines[pos]
        if _is_timestamp(line):
            result.published_text = result.published_text or line
            _note_update(line, result)
        elif (found := parse_byline(line)) is not None:
            names, outlet = found
            result.byline = tuple(dict.fromkeys((*result.byline, *names)))
            result.outlet = result.outlet or outlet
        elif _repeated_later(line, [ln for _, _, ln in lines[pos + 1 : pos + 15]]):
            pass  # a standfirst that the first body paragraph repeats
        else:
            break
        result.dropped.append(line)
        pos += 1
    if pos >= len(lines):
        return []
    start_block, start_line, _ = lines[pos]
    return [blocks[start_block][start_line:], *blocks[start_block + 1 :]]


# The opening of a datelined lede: "(CNN)", "Hong Kong (CNN Business)", "LONDON (Reuters) -".
_LEDE_MARKER = re.compile(r"^(?:[A-Z][\w.,'’ -]{0,40}?\s*)?\((?:[A-Z][\w&.'’ ]{0,30})\)\s*"
                          r"(?:[-—–]{1,2}\s*)?[A-Z\"“]")


def _take_headline(
    lines: list[tuple[int, int, str]], pos: int, result: Cleaned, *, find_headline: bool
) -> int:
    """Skip section labels and the headline; return the position after them."""
    if result.title:
        wanted = _norm(result.title)
        for offset in range(min(4, len(lines))):
            if _norm(lines[offset][2]) == wanted:
                if any(_LEDE_MARKER.match(ln) for _, _, ln in lines[:offset]):
                    return pos  # a datelined lede before it: the title is repeated in the body
                result.dropped.extend(ln for _, _, ln in lines[: offset + 1])
                return offset + 1
        return pos
    if not find_headline:
        return pos
    start = pos
    while pos < len(lines) - 1 and pos - start < 3 and _is_section_label(lines[pos][2]):
        pos += 1
    if pos < len(lines) - 1 and _is_headline(lines[pos][2]):
        result.title = lines[pos][2]
        result.dropped.extend(ln for _, _, ln in lines[start : pos + 1])
        return pos + 1
    return start


def _is_section_label(line: str) -> bool:
    """A short label above the headline: 'World News', 'Politics', 'News > World'."""
    words = line.split()
    if re.search(r"[.?!:;\"“”,]", line):
        return False
    if re.search(r"[>|/»›]", line):
        return len(words) <= 10
    return len(words) <= 4 and len(line) <= 40 and line[:1].isupper()


def _is_headline(line: str) -> bool:
    """The first substantial line, shaped like a headline rather than a sentence of prose."""
    words = line.split()
    if not 3 <= len(words) <= 30:
        return False
    return not (line.endswith(".") and not line.endswith("..."))


_UPDATE = re.compile(r"\b(?:last\s+)?(?:updated|modified|revised)\b", re.IGNORECASE)


def _note_update(line: str, result: Cleaned) -> None:
    """Keep the part of a timestamp line after 'Updated' as the modified-date text."""
    match = _UPDATE.search(line)
    if match and result.modified_text is None and line[match.end() :].strip(" :|-–—"):
        result.modified_text = line[match.end() :].strip(" :|-–—")


def _is_timestamp(line: str) -> bool:
    """'Posted Updated', 'Updated 10:02 AM ET, Thu August 23, 2018', a bare date line."""
    if len(line) > 120:
        return False
    if _TIMESTAMP_PREFIX.match(line):
        rest = _TIMESTAMP_PREFIX.sub("", line)
        return not _SENTENCE_END.search(rest) or find_text_date(rest) is not None or len(rest) < 40
    return len(line.split()) <= 10 and find_text_date(line, whole=True) is not None


_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’-]*\.?|[A-Z]\.(?:[A-Z]\.)*|[a-z]{1,4}-[A-Z][\w'’-]+)$")


def _is_person_name(text: str) -> bool:
    """'Steve Almasy', 'Mohammed bin Salman', 'J. R. Smith Jr.': capitalised name tokens."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in _NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(token) or token.isdigit():
            return False
        capitalised += 1
    return capitalised >= 2 and not (text.isupper() and len(tokens) > 4)


_OUTLET_WORDS = re.compile(
    r"\b(?:news|press|times|post|gazette|herald|journal|tribune|telegraph|guardian|network|"
    r"media|radio|tv|television|daily|weekly|courier|star|observer|chronicle|wire|magazine|"
    r"bulletin|express|mail|mirror|standard|independent|review|broadcasting|corporation|"
    r"agency|reuters|associated|agence|online|today|\w+\.(?:com|org|net|co\.uk))\b",
    re.IGNORECASE,
)


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Names and outlet of a byline line ('By A and B, Outlet', 'A, Outlet'), or None.

    In 'A and B, C' the 'and' closes the list of names, so C is an affiliation; a part
    that is not a person's name (one word, or a word like 'News', 'Times', 'Press') is the
    outlet; role descriptions ('Staff Writer', 'Washington Bureau') are dropped.
    """
    line = line.strip()
    if len(line) > 200:
        return None  # a byline is a short line; long ones are prose
    prefixed = bool(_BYLINE_PREFIX.match(line))
    body = _BYLINE_PREFIX.sub("", line)
    if not body or (_SENTENCE_END.search(body) and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", body)):
        return None
    affiliation = None
    head, sep, tail = body.rpartition(",")
    if sep and re.search(r"\s(?:and|&)\s", head):
        body, affiliation = head, tail.strip()
    parts = [p.strip() for p in re.split(r"\s*[|,;]\s*|\s+(?:and|&)\s+", body) if p.strip()]
    if affiliation:
        parts.append(affiliation)
    names: list[str] = []
    outlet = None
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if _ROLE_WORDS.search(part) or re.search(r"\d", part):
            continue  # 'Staff Writer', 'Washington Bureau', a date
        is_outlet = _OUTLET_WORDS.search(part) or len(part.split()) == 1 or part is affiliation
        if index > 0 and last and is_outlet and len(part.split()) <= 5 and part[:1].isupper():
            outlet = part
        elif _is_person_name(part.title() if part.isupper() else part) and not (
            _OUTLET_WORDS.search(part)
        ):
            names.append(part)
        elif not prefixed:
            return None
    if not names:
        # 'By the Associated Press': an agency byline with no person in it
        agency = re.sub(r"^the\s+", "", body, flags=re.IGNORECASE)
        if prefixed and _OUTLET_WORDS.search(agency) and len(agency.split()) <= 5:
            return (), agency
        return None
    return tuple(names), outlet


def _repeated_later(line: str, later: list[str]) -> bool:
    """A standfirst: a prose line whose words open a later paragraph almost verbatim."""
    words = _norm(line).split()
    if len(words) < 6:
        return False
    for other in later:
        other_norm = _norm(WIRE_MARKER.sub("", other, count=1))
        if " ".join(words[: max(6, int(len(words) * 0.8))]) in other_norm:
            return True
    return False


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _block_paragraphs(block: list[str]) -> list[str]:
    """One paragraph per block; lines that each end a sentence are paragraphs of their own."""
    if len(block) == 1:
        return block
    ends = sum(1 for line in block[:-1] if _SENTENCE_END.search(line))
    if ends >= 0.6 * (len(block) - 1):
        return block
    # Hard-wrapped prose: join the lines into one paragraph.
    return [" ".join(block)]
