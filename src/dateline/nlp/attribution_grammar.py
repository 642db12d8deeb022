"""Reading an attribution off the dependency parse: a cue's subject, complement and polarity.

Every pass (direct quotes, reported speech, surface attributions, answers, hedges) asks the
same questions of a reporting verb: who is its subject, is it negated, where does what it
reports start and end, and does the answer stay inside the cue's paragraph. The small
model's parses run across paragraph breaks and lose subjects in conjuncts and participles,
so these helpers carry the repairs once instead of in each pass.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.nlp.attribution_cues import CUE_VERBS, FRAGMENT_CUES
from dateline.nlp.attribution_index import active_index, doc_index, paragraph_index
from dateline.nlp.attribution_nouns import GROUP_NOUNS, PERSON_NOUNS
from dateline.nlp.attribution_speakers import Mention, speaker_mention

_REPORTING_OR_QUOTING = CUE_VERBS | FRAGMENT_CUES | {"quote", "cite"}
_PEOPLE = PERSON_NOUNS | GROUP_NOUNS


def same_paragraph(a: Token, b: Token) -> bool:
    index = paragraph_index(a.doc)
    return index[a.i] == index[b.i]


def clip_to_paragraph(doc: Doc, anchor: Token, left: int, right: int) -> tuple[int, int]:
    index = paragraph_index(doc)
    para = index[anchor.i]
    while left < right and index[left] != para:
        left += 1
    while right > left and index[right - 1] != para:
        right -= 1
    return left, right


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def cue_lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma == "says":
        return "say"
    return lemma


def subject_of(verb: Token, lo: int = 0, hi: int | None = None) -> Token | None:
    """The verb's own subject, or the subject it shares as a conjunct or participle."""
    hi = len(verb.doc) if hi is None else hi
    for child in verb.children:
        if child.dep_ == "nsubj" and lo <= child.i < hi and same_paragraph(child, verb):
            if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                if verb.head.pos_ in {"VERB", "AUX"}:
                    return None  # "..., which suggests that P": a clause speaks for nobody
                return verb.head  # "Sami Okoro, who said P": the relative pronoun's antecedent
            return _after_dateline(child, verb)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None  # "the village had been warned": a passive cue has no speaker subject
    moved = participle_subject(verb)
    if moved is not None and lo <= moved.i < hi and same_paragraph(moved, verb):
        return _after_dateline(moved, verb)
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return verb.head  # "A magazine reported last week that P", parsed as a noun phrase
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "xcomp", "conj", "acl", "pcomp"}
        or verb.dep_ == "conj"
    ):
        # "X admits P, saying Q": the participle shares the subject of the reporting verb above.
        for ancestor in verb.ancestors:
            if cue_lemma(ancestor) in _REPORTING_OR_QUOTING:
                found = _own_subject(ancestor, lo, hi)
                if found is not None and same_paragraph(found, verb):
                    return found
    head = verb.head
    if verb.dep_ in {"conj", "advcl", "xcomp"} and head is not verb and lo <= head.i < hi:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        found = _own_subject(head, lo, hi)
        if found is not None and same_paragraph(found, verb):
            return found
    return None


def participle_subject(verb: Token) -> Token | None:
    """ "X, going further than his ministry, said P": the parser makes X the subject of the
    participle between the commas; a participle clause has no subject of its own, so X is
    the subject of the verb after it (not the noun inside the aside). Likewise "X, citing
    Y, says P", where the parser leaves X hanging."""
    for clause in verb.children:
        if (
            clause.i > verb.i
            or clause.dep_ not in {"advcl", "acl"}
            or clause.tag_ not in {"VBG", "VBN"}
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and subject.pos_ in {"PROPN", "NOUN", "PRON"}:
            return subject
    # "State TV, citing a police source, says P": the source cited is not who speaks.
    doc = verb.doc
    start = verb.sent.start
    tables = active_index(doc)  # (the lower-case table: no Token per word of the sentence)
    citing = (
        [i for i in range(start, verb.i) if tables.lower[i] in {"citing", "quoting"}]
        if tables is not None
        else [t.i for t in doc[start : verb.i] if t.lower_ in {"citing", "quoting"}]
    )
    for i in citing:
        if i >= start + 2:
            if doc[i - 1].text != ",":
                return None
            noun = doc[i - 2]
            if noun.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
            ):
                return noun
            return None
    return None


def _after_dateline(subject: Token, verb: Token) -> Token:
    """``NAIROBI (Wire) - Kenya's commission said``: the subject is after the dateline's dash."""
    doc = verb.doc
    breaks = [
        t.i
        for t in doc[subject.i + 1 : verb.i]
        if t.text in {"-", "\u2014", "\u2013", "--"}
        and t.is_punct
        and (t.text != "-" or bool(t.whitespace_))
    ]
    if not breaks:
        return subject
    nouns = [
        t
        for t in doc[breaks[-1] + 1 : verb.i]
        if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.dep_ in {"nsubj", "appos", "ROOT"}
    ]
    if not nouns:
        nouns = [t for t in doc[breaks[-1] + 1 : verb.i] if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else subject


def _own_subject(verb: Token, lo: int, hi: int) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj" and lo <= child.i < hi:
            return _after_dateline(child, verb)
        if (
            child.dep_ == "nsubjpass"
            and verb.lemma_.lower() in {"quote", "cite"}
            and lo <= child.i < hi
        ):
            return child  # "The minister was quoted as saying P"
    return None


def is_negated(verb: Token) -> bool:
    tables = doc_index(verb.doc)  # (the parse as lists: no Token object per child)
    dep, lower = tables.dep, tables.lower
    if any(dep[c] == "neg" or lower[c] in {"never", "cannot"} for c in tables.children[verb.i]):
        return True
    head = tables.head[verb.i]
    return dep[verb.i] == "xcomp" and tables.lemma[head] in {"decline", "refuse", "fail", "unable"}


def person_like(token: Token) -> bool:
    # (the token's own attributes first: walking its children is the costly test)
    return (
        token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or token.lower_ in _PEOPLE
        or token.lemma_.lower() in PERSON_NOUNS
        or token.pos_ == "PROPN"
        or token.lower_ in {"he", "she", "they", "others", "some", "many", "most"}
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
    )


def content_span(verb: Token, comp: Token) -> tuple[int, int]:
    """Token span of a complement clause, without a leading "that" and without the cue."""
    left, right = comp.left_edge.i, comp.right_edge.i + 1
    doc = verb.doc
    if left <= verb.i < right:
        left = verb.i + 1
    clause = comp.pos_ in {"VERB", "AUX"}

    def complementiser(token: Token) -> bool:
        if token.lower_ in {"whether", "if"}:
            return True
        return token.lower_ == "that" and token.i != comp.i and (token.dep_ == "mark" or clause)

    while left < right and (
        doc[left].is_space or doc[left].text in {",", ":"} or complementiser(doc[left])
    ):
        left += 1
    while (
        right > left
        and (doc[right - 1].is_punct or doc[right - 1].is_space)
        and doc[right - 1].text not in {'"', "\u201d"}
    ):
        right -= 1
    return left, right


def strip_span(doc: Doc, left: int, right: int) -> Span | None:
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
        right -= 1
    return doc[left:right] if right > left else None


def sentence_frame(sent: Span) -> tuple[int, int]:
    """The character span of a sentence, cut at paragraph breaks the parser ran across."""
    doc = sent.doc
    left, right = clip_to_paragraph(doc, sent.root, sent.start, sent.end)
    if right <= left:
        return sent.start_char, sent.end_char
    return doc[left].idx, doc[right - 1].idx + len(doc[right - 1])


def according_mention(doc: Doc, lo: int, hi: int) -> Mention | None:
    tables = active_index(doc)  # (the lower-case table: no Token per word of the window)
    if tables is not None:
        lo, hi = max(lo, 0), min(hi, len(doc))
        at = [doc[i] for i in range(lo, hi) if tables.lower[i] == "according"]
    else:
        at = [t for t in doc[lo:hi] if t.lower_ == "according"]
    for token in at:
        if (
            token.lower_ == "according"
            and token.i + 2 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return speaker_mention(objects[0])
            return Mention(token.i + 2, min(token.i + 3, len(doc)), token.i + 2)
    return None
