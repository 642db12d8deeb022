"""A person's name that opens a wire story right after its dateline, which the model left
untagged or cut to its last word: "HARARE - Tendai Mudzingwa, the leader of ...",
"CULIACAN, Mexico - Rodrigo Villasenor Paz, a crime reporter ..." (the model reads the
capitals after the dash as part of the place, or as nothing)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp.entities_doc import NameSpan, full_text, is_title
from dateline.nlp.entities_gender import gender_of_given_name
from dateline.nlp.entities_lexicon import PERSON_NOUNS, ROLE_NOUNS

# "HARARE - ", "NEW DELHI (Outlet) - ", "CULIACAN, Mexico - ", "PEMBA, Mozambique — "
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"
    r"(?: \([^)\n]{1,40}\))? ?[-\u2014\u2013] "
)


def names_after_datelines(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The run of capitalised words right after a paragraph-opening dateline's dash is one
    person's name when a person's span follows it at once (the model kept only "Paz": the
    span takes the words before it back), or when it runs into a comma or a verb and its
    first word is a given name or its last a surname another person's name in the text ends
    with. A title or a role word in the run ("Prime Minister X") leaves it to the title
    repairs."""
    text = full_text(doc)
    starts = []
    for m in re.finditer(r"(?:^|\n)[ \t]*", text[:3000]):
        found = _DATELINE_RE.match(text, m.end())
        if found:
            starts.append(found.end())
            for s in spans:  # "CULIACAN, Mexico - ": the dateline's country is a place
                if found.start() <= doc[s.start].idx and doc[s.end - 1].idx < found.end():
                    s.kind = "gpe"
    if not starts:
        return []
    at_char = {t.idx: t.i for t in doc[: min(len(doc), 800)]}
    taken = {i: s for s in spans for i in range(s.start, s.end)}
    surnames = {doc[s.end - 1].text for s in spans if s.kind == "person" and s.end - s.start >= 2}
    new: list[NameSpan] = []
    for at in starts:
        i = at_char.get(at)
        if i is None:
            continue
        straddling = taken.get(i)
        if straddling is not None and straddling.start < i < straddling.end:
            # "Mexico - Ernesto Villalobos Rua" as one span: the dateline is no part of it
            straddling.start = i
            if straddling.kind != "person" and (
                gender_of_given_name(doc[i].text) is not None
                or _person_cue_after(doc, straddling.end)
            ):
                straddling.kind = "person"
            continue
        j = i
        while (
            j < len(doc)
            and j not in taken
            and doc[j].pos_ == "PROPN"
            and doc[j].text.isalpha()
            and doc[j].text[:1].isupper()
            and not doc[j].text.isupper()
            and not is_title(doc[j])
            and doc[j].lower_ not in PERSON_NOUNS | ROLE_NOUNS
        ):
            j += 1
        if j == i or j >= len(doc):
            continue
        after = taken.get(j)
        if after is not None:
            if after.kind == "person" and after.start == j and doc[j - 1].whitespace_ != "":
                after.start = i  # "Rodrigo Villasenor" + the model's "Paz"
            continue
        if j - i < 2 or not (doc[j].text == "," or doc[j].pos_ in {"VERB", "AUX"}):
            continue
        if (
            gender_of_given_name(doc[i].text) is None
            and doc[j - 1].text not in surnames
            and not _person_cue_after(doc, j)
        ):
            continue
        new.append(NameSpan(i, j, "person"))
    return new


def _person_cue_after(doc: Doc, end: int) -> bool:
    """ ", 47," / ", the leader of" / ", a crime reporter" / ", who" right after the name."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.like_num or nxt.lower_ == "who":
        return True
    if nxt.lower_ not in {"a", "an", "the"}:
        return False
    noun = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.lemma_.lower() in PERSON_NOUNS | ROLE_NOUNS
