"""Names heading the items of a factbox (issue 6, the "fewer" misses): a list of a group's
leaders or of a council's members gives each person an item that opens with the name in
capitals, a parenthesis of role or years and a colon, then verbless clauses about that
person:

    * MARCO VELLA (founder, 2001-2010): Killed in a police raid in May 2010.
    - JONAS KRELL (2010-2016): Chosen by the elders days after Vella's death.
    * PAULO "THE SPARROW" DISTE (2016-): Took over after Krell's arrest.

The small model reads few names in capitals (an organisation, an adjective, nothing), so the
clauses after the colon are left with no person. The heading is a person's name when its
parenthesis gives a tenure ("2009-2014", "2024-") or a role noun, or when its last word is a person's name told
elsewhere in the text in ordinary case ("Vella's death"); a round-up's "- EGYPT: ..." has
neither and stays as it was.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import NameSpan, full_text
from dateline.nlp.entities_lexicon import PERSON_NOUNS, match_key

__all__ = ["heads_list_item", "item_heading_subject", "list_heading_names"]

# A bulleted line opening with two to four words in capitals, an optional quoted nickname,
# an optional parenthesis and a colon.
_HEADING = re.compile(
    r"(?m)^[ \t]*[*•\-–][ \t]+"
    r"(?P<name>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,3})"
    r"(?:[ \t]+[\"“][^\"”\n]{1,40}[\"”])?"
    r"(?:[ \t]*\((?P<paren>[^)\n]{0,80})\))?"
    r"[ \t]*:"
)
# A paragraph of a list in running text that opens on a person's name, a parenthesis (the
# outlet, the role, the age) and an optional apposition, then a full stop or a colon:
# "Marta Oleksy (Radio Wolna). Arrested in Lublin on 3 May 2023.", "Piotr Zawada
# (freelance), her colleague. Detained on 12 July." -- a rights group's list of detainees,
# a "where are they now" piece. The parenthesis must follow the name at once, so a sentence
# of narration ("Marta Oleksy was arrested") never matches, nor a dateline ("LUBLIN (AP) -").
_PARAGRAPH_HEADING = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'’\-]+){1,3})"
    r"[ \t]*\([^)\n]{1,60}\)"
    r"(?:,[^.:;\n()]{1,60})?"
    r"[ \t]*[.:](?=[ \t]+[A-Z])"
)
# A span of years, a tenure ("2009-2014", "2024-", "1998–2003"): a lone year may date a
# round-up's place label too ("- NORTH KESTRIA (2021):").
_TENURE = re.compile(r"\b(?:1[89]|20)\d\d\s*[-–]")


def list_heading_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Person spans for the capitalised names heading a factbox's items (see the module
    doc); a span the model gave the name already is made a person's instead of added."""
    text = full_text(doc)  # (the stage's cached text: Doc.text joins every token again)
    if "\n" not in text:
        return []
    headings = list(_HEADING.finditer(text))
    if not headings:
        return []  # (most articles: no factbox, and no need of the names below)
    people = {
        match_key(doc[s.end - 1].text)
        for s in spans
        if s.kind == "person" and not doc[s.start : s.end].text.isupper()
    }
    out: list[NameSpan] = []
    for m in headings:
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
        if name is None or len(name) < 2:
            continue
        paren = m.group("paren") or ""
        paren_words = {w.lower() for w in re.findall(r"[A-Za-z]+", paren)}
        if not (
            _TENURE.search(paren)
            or paren_words & PERSON_NOUNS
            or match_key(name[-1].text) in people
        ):
            continue
        held = [s for s in spans if s.start < name.end and name.start < s.end]
        if len(held) > 1:
            continue
        if held:  # "DISTE" typed ORG, "MARCO" left out: the whole heading, a person
            held[0].kind, held[0].evidenced = "person", True
            held[0].start, held[0].end = name.start, name.end
            continue
        out.append(NameSpan(name.start, name.end, "person", evidenced=True))
    return out


def _names_a_person(doc: Doc, m: re.Match[str]) -> bool:
    """The paragraph heading's name is a person the entity stage found (not a place, an
    outlet or a party)."""
    from dateline.nlp.entities import entity_at  # (the entity stage imports this module)

    entity = entity_at(doc, m.start("name"), m.end("name"))
    return entity is not None and entity.kind == "person"


def heads_list_item(doc: Doc, start: int) -> bool:
    """The name at token ``start`` opens a bulleted line ("* MARCO VELLA (...):"): a factbox
    heading, not a dateline's place ("JUBA (Reuters) -") nor a round-up's place label."""
    if start == 0 or doc[start - 1].text not in {"*", "•", "-", "–"}:
        return False
    bullet = doc[start - 1]
    return bullet.i == 0 or "\n" in doc[bullet.i - 1].text_with_ws or doc[bullet.i - 1].is_space


def item_heading_subject(verb: Token) -> Token | None:
    """The person a factbox item is about, for a clause of the item with no subject of its
    own: "* JONAS KRELL (2010-2016): Chosen by the elders in 2010. Arrested by federal police
    in March 2016 and still held in a Varna prison." -- the second sentence opens on its
    verb, and tells of the heading's person. Only a sentence that opens on ``verb`` (an
    adverb or auxiliary before it at most), in a paragraph that opens on such a heading."""
    sent = verb.sent
    if any(t.i != verb.i and t.head.i != verb.i for t in sent[: verb.i - sent.start]):
        return None
    doc = verb.doc
    text = tables_of(doc).text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if text[line_start : line_start + 1] in {"*", "•", "-", "–"}:
        m = _HEADING.match(text, line_start)
    else:  # "Marta Oleksy (Radio Wolna). Arrested in Lublin in 2023. Held in Wronki prison."
        m = _PARAGRAPH_HEADING.match(text, line_start)
        if m is not None and not _names_a_person(doc, m):
            m = None
    if m is None or m.end() > sent.start_char:
        return None
    name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="contract")
    return name[-1] if name is not None and len(name) else None
