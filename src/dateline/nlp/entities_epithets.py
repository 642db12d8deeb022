"""Epithets: role phrases and descriptions that stand for a person named elsewhere.

``the ISIS leader`` / ``its leader`` / ``the journalist`` → the person with that role;
``the 45-year-old``, ``the Briton`` → the article's person; ``his client`` → the person
whose lawyer spoke.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import (
    Cluster,
    doc_tokens,
    full_text,
    most_mentioned,
    quoted_spans,
    token_cluster,
)
from dateline.nlp.entities_lexicon import (
    AGE_NOUN,
    DEMONYM_NOUNS,
    HONORIFIC_NOUNS,
    LEADER_NOUNS,
    OFFICE_TITLES,
    PERSON_NOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SPEECH_VERBS,
    TITLE_FORMS,
    match_key,
)
from dateline.nlp.entities_pronouns import OFFICIAL_ROLES, speaker_of_quote
from dateline.nlp.entities_renamed import renamed_description
from dateline.nlp.entities_roles import owner_of_noun

# Nouns for whoever leads now; a founder is not one ("X took over after its founder died").
_LEADING = LEADER_NOUNS - {"founder"}
_SUCCESSOR_ADJECTIVES = frozenset({"new", "incoming", "next", "future"})
_PAST_ADJECTIVES = frozenset({"former", "ex", "onetime", "erstwhile", "late"})
_LAWYER_NOUNS = frozenset({"lawyer", "attorney", "counsel", "advocate", "solicitor", "barrister", "lawyers"})


def resolve_epithet(doc: Doc, noun: Token, clusters: list[Cluster], covered: list) -> None:
    """``the ISIS leader`` / ``its leader`` / ``the group's chief`` → the person with that role."""
    dets = [c for c in noun.children if c.dep_ in {"det", "poss", "compound"}]
    if not dets or any(c.ent_type_ == "PERSON" for c in noun.children):
        return
    if any(c.lower_ in {"a", "an", "another", "any", "every", "no", "some"} for c in dets):
        # "a second commander, known as X, was captured": an indefinite noun names nobody told
        # before, but its alias clause names the one it introduces
        indefinite = any(c.lower_ in {"a", "an", "another"} for c in dets)
        alias = _known_as(doc, noun, clusters) if indefinite else None
        if alias is not None:
            first = min([noun.i] + [c.i for c in dets])
            start, end = doc[first].idx, noun.idx + len(noun)
            clusters[alias].add(start, end, full_text(doc)[start:end], name=False)
            covered.append((start, end))
        return
    # "the new leader" is the successor, not the leader named so far
    if any(c.dep_ == "amod" and c.lower_ in _SUCCESSOR_ADJECTIVES for c in noun.children):
        return
    # A name right after the noun makes it a pre-modifier, not an epithet.
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return
    alias = _alias_in_apposition(doc, noun, clusters)
    if alias is not None:
        # "The pirates' leader, a man known as X, resurfaced": the alias's person, named here
        first = min([noun.i] + [c.left_edge.i for c in dets])
        start, end = doc[first].idx, noun.idx + len(noun)
        clusters[alias].add(start, end, full_text(doc)[start:end], name=False)
        covered.append((start, end))
        return
    if any(c.dep_ == "appos" and c.i > noun.i and any(t.pos_ == "PROPN" for t in c.subtree) for c in noun.children):
        return  # "The head of the High Command, General X,": named by its apposition, not an epithet
    set_off = _name_set_off_after(doc, noun, clusters)
    if set_off is not None:
        # "a bomber killed the head of the traders' association, Sidi X": the person named set
        # off right after the noun's phrase is the one it describes, wherever the parser hung the
        # name (the story's main person is not the head of every association it mentions)
        first = min([noun.i] + [c.i for c in dets])
        start, end = doc[first].idx, noun.idx + len(noun)
        clusters[set_off].add(start, end, full_text(doc)[start:end], name=False)
        covered.append((start, end))
        return
    named = _named_after_of_phrase(doc, noun, clusters)
    if named is None:
        named = _object_described_as(doc, noun, clusters)
    if named is None:
        named = _known_as(doc, noun, clusters)
        if named is None and _introduced_by_alias(noun):
            return
    if named is not None:
        # "The leader of the opposition Alliance, Tendai X, is ...": the parser hangs the name
        # on the "of" phrase's noun, but it names the role noun: that person, nobody else
        first = min([noun.i] + [c.i for c in dets])
        start, end = doc[first].idx, noun.idx + len(noun)
        clusters[named].add(start, end, full_text(doc)[start:end], name=False)
        covered.append((start, end))
        return
    owner = owner_of_noun(doc, noun, clusters)
    has_owner = owner is not None or any(c.dep_ in {"poss", "compound"} for c in dets)
    former = any(c.lower_ in _PAST_ADJECTIVES for c in noun.children)
    # "X was arrested, his lawyer said. ... His lawyer, Y, ...": news names the story's
    # subject's lawyer (spokesman) later; but "A co-defendant, Z, was freed, his lawyer said.
    # ... His lawyer, Y, said X would appeal": a side person's lawyer is not X's, named later
    later_ok = _owner_is_main_person(doc, dets, clusters, noun)
    possessed = any(c.dep_ == "poss" for c in dets)
    candidates = []
    exact: set[int] = set()  # called by the noun itself, not by a synonym of it
    for idx, c in enumerate(clusters):
        before = any(s < noun.idx for s, _, _ in c.mentions)
        if c.kind != "person" or not later_ok and not before:
            continue
        if former and not before:
            continue  # "the former army chief" looks back: not the one named later who holds it now
        for role, org in c.role_nouns:
            same = role == noun.lower_ or role in _LEADING and noun.lower_ in _LEADING or any(
                role in group and noun.lower_ in group for group in ROLE_SYNONYMS
            )
            if not before and not possessed and role != noun.lower_:
                # "the regional prosecutor said ... the prosecutor, Rosa X,": a role named later
                # by the same word; "the former commander" is no "head" named later
                same = False
            if same and (owner is None or org == owner) and not (has_owner and org is None and owner is not None):
                candidates.append(idx)
                if role == noun.lower_:
                    exact.add(idx)
                break
        else:
            titles = {t.rstrip(".").lower() for t in c.titles}
            # a title is held now: "President X" is not "the former president"; and a title
            # names back, never forward ("the commander ... General X" is no general named later)
            if (
                titles & TITLE_FORMS.get(noun.lower_, frozenset())
                and not has_owner
                and not former
                and any(s < noun.idx for s, _, _ in c.mentions)
            ):
                candidates.append(idx)  # "Gen. X ... the general"
                exact.add(idx)
    if not candidates:
        # "the militant leader" / "the Rising Dawn chief" with no leader named yet: the
        # article's main person, when one stands out (never for "its founder").
        fallback = _salient_person(clusters, noun.idx)
        definite = any(d.lower_ == "the" for d in dets) or any(d.dep_ == "compound" for d in dets)
        if fallback is None or noun.lower_ not in LEADER_NOUNS | HONORIFIC_NOUNS or not definite:
            fallback = _only_person_so_far(doc, noun, clusters)
            if fallback is None:
                return
        candidates = [fallback]
    if exact:
        # "X, a senior commander ... the logistics chief, Y ... 'Our commander is alive'": the one
        # the text called by this very noun beats a later one called by a synonym
        candidates = [i for i in candidates if i in exact]
    if former and len(candidates) > 1:
        # "The former minister, X, was arrested. The current minister, Y, said ... The former
        # minister was taken to a cell": not the one the text called the present holder
        past = [i for i in candidates if _role_time(doc, noun, clusters[i]) != "present"]
        candidates = past or candidates
    idx = max(candidates, key=lambda i: max((s for s, _, _ in clusters[i].mentions if s < noun.idx), default=-1))
    first = min([noun.i] + [c.i for c in dets])
    start = doc[first].idx
    end = noun.idx + len(noun)
    clusters[idx].add(start, end, full_text(doc)[start:end], name=False)
    covered.append((start, end))


# Words that call a role's holder the present one: "the current minister", "the new chief".
_PRESENT_ADJECTIVES = frozenset({"current", "new", "incumbent", "present", "sitting", "serving"})


def _name_set_off_after(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """A person's name set off by a comma right after the noun's phrase ("the head of the
    association, Sidi X"), hung anywhere by the parser as an apposition: that person's cluster,
    None when no such name follows."""
    end = noun.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].pos_ != "PROPN":
        return _name_after_place(doc, noun, clusters)
    name = doc[end + 2]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.dep_ != "appos" or name.head.i == noun.i:
        return None  # (an apposition on the noun itself is read above)
    return token_cluster(doc, name, clusters, ("person",))


def _name_after_place(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """ "The police commander in Marsabit, Hassan Abdi, said": the name set off after the
    noun's place phrase, which the parser hangs on the place as its apposition (a person's
    name, never the place's own): that person's cluster, None otherwise."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "of", "for"}):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in {"GPE", "LOC", "FAC"}):
            for name in (c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                if name.ent_type_ == "PERSON" and doc[name.left_edge.i - 1].text == ",":
                    return token_cluster(doc, name, clusters, ("person",))
    return None


def _role_time(doc: Doc, noun: Token, cluster: Cluster) -> str | None:
    """ "present" when the text named the cluster's person, before ``noun``, by a role noun of
    the same word called current or new ("The current minister, Lars X,"); "past" when called
    former; else None. The role noun is the one set beside one of the cluster's mentions."""
    spans = [(s, e) for s, e, _ in cluster.mentions if s < noun.idx]
    for tok in doc[: noun.i]:
        if tok.lower_ != noun.lower_:
            continue
        beside = [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "appos":
            beside.append(tok.head)
        if not any(s <= b.idx < e for b in beside for s, e in spans):
            continue
        words = {c.lower_ for c in tok.children if c.dep_ == "amod"}
        if words & _PRESENT_ADJECTIVES:
            return "present"
        if words & _PAST_ADJECTIVES:
            return "past"
    return None


def _known_as(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """``the faction's leader, known as El Chivo,``: the noun is the person its alias names
    (who may have joined a real name: "..., whose real name is Y")."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() == "name"), None)
        if subject is not None and any(c.lower_ == "whose" for c in subject.children):
            for attr in (c for c in clause.children if c.dep_ in {"attr", "acomp", "oprd"}):
                idx = token_cluster(doc, attr, clusters, ("person",))
                if idx is not None:
                    return idx  # "..., whose real name is Hernan X,"
    for known in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "know"):
        for prep in (c for c in known.children if c.dep_ == "prep" and c.lower_ == "as"):
            for alias in (c for c in prep.children if c.dep_ == "pobj"):
                idx = token_cluster(doc, alias, clusters, ("person",))
                if idx is not None:
                    return idx
    return None


def _alias_in_apposition(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """``The gang's leader, a man known as X,``: a role noun whose apposition is a person
    noun introduced by an alias ("a man known as", "a commander called", "a fighter named") is
    the person the alias names."""
    for appos in (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        for verb in (c for c in appos.children if c.dep_ == "acl" and c.lemma_.lower() in _ALIAS_VERBS):
            named = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as" for p in prep.children]
            named += [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"}]
            for name in (t for t in named if t.pos_ == "PROPN"):
                idx = token_cluster(doc, name, clusters, ("person",))
                if idx is not None:
                    return idx
    return None


_ALIAS_VERBS = frozenset({"know", "call", "name", "nickname", "dub"})


def _introduced_by_alias(noun: Token) -> bool:
    """``the leader known as X``: someone the text introduces here, never a person named before."""
    return any(c.dep_ == "acl" and c.lemma_.lower() == "know" for c in noun.children)


def _only_person_so_far(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """"Jonas X still sleeps with the light on. The Swiss aid worker, who ...": a definite role
    noun opening a sentence as its subject, when one person alone has been named, and no unnamed one of that role brought in
    ("a soldier stopped him ... the soldier") nor a new one described ("the officer who ...")."""
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is None or not det.is_sent_start or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # news refers back to its one person by opening a sentence with the role
    if any(c.dep_ in {"cc", "conj"} for c in noun.children):
        return None  # "the official and most consistent way": an adjective the tagger took for a noun
    relcl = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if relcl is not None and not any(t.text == "," for t in doc[noun.i + 1 : relcl.left_edge.i + 1]):
        return None  # a restrictive relative clause picks out someone new
    for earlier in doc[: noun.i]:
        if earlier.lower_ == noun.lower_ and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in earlier.children):
            return None
    named = [i for i, c in enumerate(clusters) if c.kind == "person" and any(s < noun.idx for s, _, _ in c.mentions)]
    return named[0] if len(named) == 1 else None


def main_person(clusters: list[Cluster], at: int) -> int | None:
    """The person named most often before ``at`` (the first named on a tie)."""
    best: tuple[int, int, int] | None = None
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        before = [s for s, _, _ in c.mentions if s < at]
        if before:
            key = (len(before), -min(before), idx)
            if best is None or key > best:
                best = key
    return best[2] if best else None


def _salient_person(clusters: list[Cluster], at: int) -> int | None:
    """The person mentioned most often before ``at``, if clearly the article's subject."""
    return most_mentioned(
        clusters,
        at,
        lambda _, c: c.kind == "person" and all(r in LEADER_NOUNS for r, _ in c.role_nouns),
    )


_AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*(\d{1,3})\s*[,.;]|\((\d{1,3})\))")
_AGE_BEFORE_NAME = re.compile(r"(\d{1,3})-year-old(?:\s+[a-z][\w-]*){0,3},?\s+$")


def stated_ages(doc: Doc, clusters: list[Cluster], at: int) -> dict[int, set[int]]:
    """The ages news prose gives people before ``at``: "X, 35," / "X (35)" right after a
    name, or "a 35-year-old (teacher,) X" right before it; person cluster → ages."""
    text = full_text(doc)
    ages: dict[int, set[int]] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for s, e, t in c.mentions:
            if s >= at or t not in c.names:
                continue
            after = _AGE_AFTER_NAME.match(text, e)
            before = _AGE_BEFORE_NAME.search(text[max(0, s - 60) : s])
            for found in (after and (after.group(1) or after.group(2)), before and before.group(1)):
                if found:
                    ages.setdefault(idx, set()).add(int(found))
    return ages


# a quoted speaker's kin noun: the relative's gender and generation (1 older, -1 younger, 0
# the same, None a spouse, of any age)
_SPEAKER_KIN: dict[str, tuple[str, int | None]] = {
    "father": ("m", 1),
    "mother": ("f", 1),
    "son": ("m", -1),
    "daughter": ("f", -1),
    "brother": ("m", 0),
    "sister": ("f", 0),
    "husband": ("m", None),
    "wife": ("f", None),
}
_GENERATION_GAP = 15  # years between a parent and a child the ages must show


def speaker_kin(
    doc: Doc,
    noun: Token,
    clusters: list[Cluster],
    quotes: list[tuple[int, int]],
    sent_index: dict[int, int],
) -> tuple[int, int, int] | None:
    """'"My father built that barn. Now I am burying him," he said': a quoted "my father" (son,
    sister, ...) is the one other person of the speaker's surname that the noun's gender and
    the ages the text states allow (a parent at least 15 years older, a child 15 younger, a
    brother or sister less than 15 years apart).
    Returns ``(cluster, start, end)`` of "my father"."""
    kin = _SPEAKER_KIN.get(noun.lower_)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if kin is None or owner is None or owner.lower_ != "my" or noun.tag_ != "NN":
        return None
    if not any(a <= noun.idx < b for a, b in quotes):
        return None
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ == "PROPN" or doc[noun.i + 1].text == ","):
        return None  # "my brother Karim", "my son, Karim,": named on the spot
    speaker = speaker_of_quote(doc, clusters, noun, quotes, sent_index)
    if speaker is None:
        return None
    words = match_key(clusters[speaker].canonical).split()
    if len(words) < 2:
        return None
    gender, step = kin
    ages = stated_ages(doc, clusters, len(full_text(doc)))
    own = ages.get(speaker, set())
    fits = []
    for idx, c in enumerate(clusters):
        other = match_key(c.canonical).split() if c.kind == "person" else []
        if idx == speaker or len(other) < 2 or other[-1] != words[-1]:
            continue
        if c.gender and c.gender != gender:
            continue
        told = ages.get(idx, set())
        if step is not None and own and told and not any(
            (t - o) * step >= _GENERATION_GAP if step else abs(t - o) < _GENERATION_GAP
            for t in told
            for o in own
        ):
            continue  # "Davit, 19," is not the father (nor the brother) of a speaker of 45
        fits.append(idx)
    if len(fits) != 1:
        return None
    return fits[0], owner.idx, noun.idx + len(noun)


def person_of_age(doc: Doc, clusters: list[Cluster], epithet: Token) -> tuple[int | None, set[int]]:
    """"X, 62, and Y, 35, were attacked. The 35-year-old was stabbed": an age epithet is the
    one person the text gave that age; also returns the people it gave another age, whom
    the epithet cannot mean."""
    digits = re.match(r"\d{1,3}", epithet.lower_ if AGE_NOUN.match(epithet.lower_) else epithet.doc[epithet.i - 4].text)
    if digits is None:
        return None, set()
    age = int(digits.group(0))
    ages = stated_ages(doc, clusters, epithet.idx)
    fitting = [idx for idx, told in ages.items() if age in told]
    others = {idx for idx, told in ages.items() if age not in told}
    return (fitting[0] if len(fitting) == 1 else None), others


# words that open a noun phrase: the demonym of a name is read after the last of them
_PHRASE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "and", "or", "of", "by", "with"})


def person_of_nationality(doc: Doc, clusters: list[Cluster], epithet: Token) -> tuple[int | None, set[int]]:
    """"The Syrian X and the Jordanian Y were kidnapped. The Jordanian was freed": a
    nationality epithet is the one person the text introduced by it ("the Jordanian Y",
    "Y, a Jordanian ..."); also returns the people introduced by another nationality."""
    text = full_text(doc)
    told: dict[int, set[str]] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for s, e, t in c.mentions:
            if s >= epithet.idx or t not in c.names:
                continue
            # the words of the noun phrase before the name ("his Kenyan colleague Y") and of an
            # apposition after it ("Y, a Kenyan engineer,")
            before = re.search(r"((?:[A-Za-z]+\s+){1,3})$", text[max(0, s - 40) : s])
            after = re.match(r",\s+an?\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)", text[e : e + 40])
            words = before.group(1).lower().split() if before else []
            cut = max((k + 1 for k, w in enumerate(words) if w in _PHRASE_OPENERS), default=0)
            words = words[cut:] + (after.group(1).lower().split() if after else [])
            for found in words:
                if found in DEMONYM_NOUNS:
                    told.setdefault(idx, set()).add(found)
    fitting = [idx for idx, words in told.items() if epithet.lower_ in words]
    others = {idx for idx, words in told.items() if epithet.lower_ not in words}
    return (fitting[0] if len(fitting) == 1 else None), others


def named_next(doc: Doc, epithet: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> int | None:
    """"The Briton, 58, was freed on Sunday ... Peter X had been held for eight months": a lede
    may open on a definite epithet for a person it names only after; with nobody named before
    it, the epithet is the next person a following sentence (within :data:`_REACH`) makes the
    subject of what happened, never a speaker or an office-holder who comments."""
    if epithet.dep_ not in {"nsubj", "nsubjpass"} or not _opens_paragraph(epithet):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in epithet.children):
        return None  # "The Australian, Helen X, was released": named right here
    if any(c.kind == "person" and any(s < epithet.idx for s, _, _ in c.mentions) for c in clusters):
        return None
    here = sent_index[epithet.i]
    for later in doc[epithet.i + 1 :]:
        distance = sent_index[later.i] - here
        if distance > _REACH:
            return None
        if distance == 0 or later.pos_ != "PROPN" or later.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        idx = token_cluster(doc, later, clusters, ("person",))
        if idx is None:
            continue
        if later.head.lemma_.lower() in _SPEAKING or _holds_office(clusters[idx]):
            return None  # "... Governor X said": the first name is someone else's
        return idx
    return None


_GENDERED_PEOPLE = {"man": "m", "woman": "f"}


def gendered_definite(doc: Doc, noun: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> int | None:
    """"X and her husband, Y, were abducted. The woman was released; the man is still held":
    a bare "the man" / "the woman" with no earlier "a man" / "a woman" in the text is the one
    person of that gender the last two sentences named (two make it ambiguous)."""
    gender = _GENDERED_PEOPLE.get(noun.lower_)
    if gender is None or noun.tag_ != "NN" or any(c.dep_ != "det" for c in noun.children):
        return None  # "the man in the video", "the man who ...": picked out anew
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(t.lower_ == noun.lower_ for t in doc_tokens(doc)[: noun.i]):
        return None  # "A man was arrested ... the man": the description's own business
    here = sent_index[noun.i]
    fitting = set()
    for idx, c in enumerate(clusters):
        if c.kind != "person" or c.gender != gender:
            continue
        for s, _, _ in c.mentions:
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is not None and s < noun.idx and 0 <= here - sent_index[span[0].i] <= 2:
                fitting.add(idx)
    return fitting.pop() if len(fitting) == 1 else None


# "the teenager", "the girl": a young person by age (and gender), the ages the noun allows
YOUNG_NOUNS: dict[str, tuple[range, str | None]] = {
    "teenager": (range(13, 20), None),
    "teen": (range(13, 20), None),
    "girl": (range(0, 18), "f"),
    "boy": (range(0, 18), "m"),
    "child": (range(0, 18), None),
}


def young_person(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """"Jamal X, 16, was stabbed ... The teenager died", "Rescuers pulled Amira X, 7, from the
    rubble ... the girl was alive": a bare definite "the teenager" / "the girl" / "the boy"
    is the one person the text gave an age that noun allows (of its gender, when known)."""
    ages, gender = YOUNG_NOUNS.get(noun.lower_, (None, None))
    if ages is None or noun.tag_ != "NN" or any(c.dep_ not in {"det", "amod", "case"} for c in noun.children):
        return None  # "the boy in the video", "the girl who ...": picked out anew
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    fitting = [
        idx
        for idx, told in stated_ages(doc, clusters, noun.idx).items()
        if any(a in ages for a in told) and not (gender and clusters[idx].gender not in {None, gender})
    ]
    return fitting[0] if len(fitting) == 1 else None


def split_age(tok: Token) -> bool:
    """"45-year-old" tokenised as 45 - year - old."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 4
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ == "year"
        and doc[tok.i - 3].text == "-"
        and doc[tok.i - 4].like_num
    )


def client_of_lawyer(doc: Doc, tok: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> int | None:
    """"X's lawyer said his client ...": the client is X, the person the lawyer acts for
    (named as "X's lawyer" or "a lawyer for X" in this or the previous two sentences)."""
    if not any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children):
        return None
    here = sent_index[tok.i]
    best: tuple[int, int] | None = None
    for lawyer in doc[: tok.i]:
        if lawyer.lower_ not in _LAWYER_NOUNS or here - sent_index[lawyer.i] > 2:
            continue
        owners = [c for c in lawyer.children if c.dep_ == "poss"]
        owners += [p for c in lawyer.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for p in c.children]
        for owner in owners:
            idx = token_cluster(doc, owner, clusters, ("person",))
            if idx is not None and (best is None or lawyer.i > best[0]):
                best = (lawyer.i, idx)
    return best[1] if best else None



def client_of_speaking_lawyer(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """"Her lawyer, Y, said she would appeal. ... Y said his client was being held": the client
    of the lawyer who says it, by the owner the text gave that lawyer ("Her lawyer, Y", "X's
    lawyer Y", "Y, a lawyer for X") however far back."""
    verb = next((a for a in tok.ancestors if a.lemma_.lower() in SPEECH_VERBS), None)
    sayer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    speaker = token_cluster(doc, sayer, clusters, ("person",)) if sayer is not None else None
    if speaker is None:
        return None
    owners: set[int] = set()
    for lawyer in doc[: tok.i]:
        if lawyer.lower_ not in _LAWYER_NOUNS:
            continue
        named = [c for c in lawyer.children if c.dep_ == "appos"] + ([lawyer.head] if lawyer.dep_ == "appos" else [])
        named += [doc[lawyer.i + 1]] if lawyer.i + 1 < len(doc) and doc[lawyer.i + 1].pos_ == "PROPN" else []
        if not any(token_cluster(doc, n, clusters, ("person",)) == speaker for n in named):
            continue
        for owner in [c for c in lawyer.children if c.dep_ == "poss"] + [
            p for c in lawyer.children if c.dep_ == "prep" and c.lower_ in {"for", "of"} for p in c.children
        ]:
            idx = token_cluster(doc, owner, clusters, ("person",))
            if idx is not None and idx != speaker:
                owners.add(idx)
    return next(iter(owners)) if len(owners) == 1 else None


def delayed_lede(doc: Doc, clusters: list[Cluster], sent_index: dict[int, int]) -> tuple[int, int] | None:
    """"A 34-year-old hiker who went missing ... was found alive. Claire X had been ...": news
    often opens on an unnamed person and names them in the next sentences. The lede's
    indefinite subject, before anyone is named, is the first person then named as a subject
    within two sentences. Returns the characters of the description added, if any."""
    first_person = min((c.first for c in clusters if c.kind == "person"), default=None)
    if first_person is None:
        return None
    for tok in doc_tokens(doc):
        if tok.idx >= first_person:
            return None
        if not _unnamed_person_subject(tok):
            continue
        named = min((c for c in clusters if c.kind == "person"), key=lambda c: c.first)
        at = doc.char_span(named.first, named.first + 1, alignment_mode="expand")
        if at is None or sent_index[at[0].i] - sent_index[tok.i] > 2:
            return None
        root = at[0]
        while root.dep_ in {"compound", "flat"} and root.head.i != root.i:
            root = root.head
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        if _definite(tok) and (root.head.lemma_.lower() in SPEECH_VERBS or sent_index[tok.i] > 1):
            return None  # "The soldier was killed, X said": the speaker is someone else
        if root.head.lemma_.lower() in SPEECH_VERBS and any(
            c.dep_ == "appos" and c.lemma_.lower() in _SPOKES_ROLES for c in root.children
        ):
            # "X, an SDF spokesman, said a man believed to be Y ...": the one who speaks for the
            # lede's source; the lede's person is the one he then names in what he says
            spoken_of = _named_by_spokesman(doc, clusters, root.head, named, sent_index, sent_index[tok.i])
            if spoken_of is None:
                return None
            named = spoken_of
        if not _agrees(tok, named) or _holds_office(named) and not _definite(tok):
            return None  # "A woman ... Michael X raised the alarm", "... Governor X condemned it"
        lo, hi = min(ch.idx for ch in tok.children if ch.dep_ == "det"), tok.idx + len(tok)
        named.add(lo, hi, full_text(doc)[lo:hi], name=False)
        return lo, hi
    return None


def _named_by_spokesman(
    doc: Doc, clusters: list[Cluster], verb: Token, spokesman: Cluster, sent_index: dict[int, int], lede: int
) -> Cluster | None:
    """The first person named inside what the spokesman says (``said a man believed to be Y``,
    ``said Y was killed``), as a subject or the complement of "be", in the sentence of the
    speech verb and within two sentences of the lede."""
    if sent_index[verb.i] - lede > 2:
        return None
    said = [t for c in verb.children if c.dep_ in {"ccomp", "dobj"} for t in c.subtree]
    for t in said:
        if t.pos_ != "PROPN" or t.dep_ not in {"nsubj", "nsubjpass", "attr"}:
            continue
        idx = token_cluster(doc, t, clusters, ("person",))
        if idx is not None and clusters[idx] is not spokesman:
            return clusters[idx]
    return None


_SPOKES_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officer", "analyst"})


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _unnamed_person_subject(tok: Token) -> bool:
    """"A 34-year-old hiker", "a British journalist": an indefinite person as a subject."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children) and not (
        _definite(tok) and tok.lower_ not in OFFICIAL_ROLES and tok.head.lemma_.lower() not in SPEECH_VERBS
    ):
        return False  # "A 34-year-old hiker ...", and a lede's "The journalist was freed ..."
    if any(c.dep_ == "appos" for c in tok.children) or "," in tok.doc[tok.i + 1 : tok.i + 2].text:
        return False  # "A senior commander, X, ...": named at once
    if any(c.lower_ in _ORDINALS | {"another", "other"} for c in tok.children):
        return False  # "Two climbers were found, but a third member is missing": not the two named next
    aged = any(c.dep_ == "amod" and (AGE_NOUN.match(c.lower_) or split_age(c)) for c in tok.children)
    return aged or tok.lower_ in ROLE_NOUNS or tok.lower_ in PERSON_NOUNS


def _named_after_of_phrase(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """``The leader of the opposition Alliance, Tendai X,``: a person's name set off by
    commas right after the role noun's "of" phrase, which the parser hangs on the phrase's
    own noun, names the role noun. The person's cluster, if so (never an organisation's
    name: "the head of the group, Ansar X,")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            appos = next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if appos is None:
                continue
            left = appos.left_edge.i
            if left < 1 or doc[left - 1].text != "," or doc[left - 1].i <= pobj.i:
                continue
            idx = token_cluster(doc, appos, clusters, ("person",))
            if idx is not None:
                return idx
    return None


def _owner_is_main_person(doc: Doc, dets: list[Token], clusters: list[Cluster], noun: Token) -> bool:
    """The role noun's possessive pronoun ("his lawyer") means the person the story has named
    most so far, or is no resolved personal pronoun at all."""
    poss = next((c for c in dets if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if poss is None:
        return True
    owner = token_cluster(doc, poss, clusters, ("person",))
    return owner is None or owner == main_person(clusters, poss.idx)


def _object_described_as(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """``described Prosper X as the "late" founder``, ``called him the group's leader``: the
    role phrase after "as" (or a second object) is said of the verb's object, a person named
    there, not of whoever the story named before."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "as":
        verb = prep.head
    elif noun.dep_ == "oprd":
        verb = prep
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if obj is None and prep.lower_ == "as":
        # "Valdivia was removed as army chief": of a passive verb, its subject
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < noun.i), None)
    if obj is None:
        return None
    return token_cluster(doc, obj, clusters, ("person",))


# Nouns news prose describes an unnamed person by, beyond the role and person lists: "a hiker
# who went missing", "a 67-year-old herder", "a fisherman missing since Friday".
_DESCRIPTION_NOUNS = frozenset(
    """hiker trekker walker climber herder shepherd fisherman sailor geologist surveyor teenager
    boy girl child passenger resident villager pensioner motorist backpacker surfer diver skier
    tourist businessman businesswoman shopkeeper trader labourer laborer miner rider cyclist
    pedestrian student worker volunteer medic paramedic suspect driver victim aide bodyguard
    assistant colleague friend neighbour neighbor""".split()  # noqa: SIM905
)
_MALE_DESCRIPTIONS = frozenset({"man", "boy", "businessman", "fisherman", "father", "son", "husband", "brother"})
_FEMALE_DESCRIPTIONS = frozenset({"woman", "girl", "businesswoman", "mother", "daughter", "wife", "sister"})
# Verbs that give a described person a name: "Police named him as X", "He was identified as X".
_NAMING_VERBS = frozenset({"name", "identify"})
_SPEAKING = SPEECH_VERBS | {"tell", "claim", "report", "confirm", "insist", "describe", "accuse"}
# ("deny" is speech of a source, but a named defendant who "denied the charges" may be the one described)
_SPEAKING_OR_DENYING = _SPEAKING | {"deny"}
_PERSON_OR_DESCRIPTION = PERSON_NOUNS | _DESCRIPTION_NOUNS
_GENDERED_DESCRIPTIONS = _MALE_DESCRIPTIONS | _FEMALE_DESCRIPTIONS
_REACH = 2  # sentences after the description in which the name may come


def described_then_named(
    doc: Doc, clusters: list[Cluster], sent_index: dict[int, int], quotes: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """News describes a person before naming them: "A 67-year-old herder who went missing ...
    was found alive. Police named him as X"; "A geologist missing since Friday was found. Y,
    41, was spotted ..."; "A militia commander ... The commander, Z, said"; "A second fighter
    whom ... reported captured, W, was shown". The description ("A 67-year-old herder") joins
    the person so named, who must not have been mentioned before it (the description
    introduces them). Returns the characters of the descriptions added. ``quotes``: the
    text's quoted stretches, when the caller has read them."""
    added: list[tuple[int, int]] = []
    if quotes is None:
        quotes = quoted_spans(full_text(doc))
    tokens = doc_tokens(doc)
    for i in _description_candidates(doc):
        tok = tokens[i]
        participle = _named_by_participle(doc, tok, clusters)
        if participle is None and not _person_description(tok) or any(s <= tok.idx < e for s, e in quotes):
            continue
        if any(s <= tok.idx < e for c in clusters for s, e, _ in c.mentions):
            continue  # already someone's (a delayed lede, an apposition read before)
        idx = participle if participle is not None else _named_in_apposition(doc, tok, clusters)
        if idx is None:
            idx = _named_after(doc, tok, clusters, sent_index)
        if idx is None or not _agrees(tok, clusters[idx]):
            continue
        if any(s < tok.idx for s, _, _ in clusters[idx].mentions):
            continue  # named before: the description is of someone new
        lo = min([tok.idx] + [c.idx for c in tok.children if c.dep_ in {"det", "amod", "compound", "nummod"} and c.i < tok.i])
        hi = tok.idx + len(tok)
        clusters[idx].add(lo, hi, full_text(doc)[lo:hi], name=False)
        added.append((lo, hi))
        subject = _described_subject(tok) if participle is None else None
        if subject is not None and not any(s <= subject.idx < e for c in clusters for s, e, _ in c.mentions):
            # the subject the description is set off beside ("The second victim, a driver,"):
            # its words up to the comma are the same person's
            words = [t for t in doc[subject.left_edge.i : tok.left_edge.i] if not t.is_punct]
            if words:
                lo, hi = words[0].idx, words[-1].idx + len(words[-1])
                clusters[idx].add(lo, hi, full_text(doc)[lo:hi], name=False)
                added.append((lo, hi))
        group = _group_of_one(tok) if participle is not None else None
        if group is not None and not any(s <= group.idx < e for c in clusters for s, e, _ in c.mentions):
            # "Two soldiers, one of them identified as X, were shot dead": what the group
            # underwent, the one named in it did (the group's other members stay unnamed)
            clusters[idx].add(group.idx, group.idx + len(group), group.text, name=False)
            added.append((group.idx, group.idx + len(group)))
    return added


_DESCRIPTION_TAGS = frozenset({"NN", "NNP"})
_INDEFINITE_DETS = frozenset({"a", "an"})
_DESCRIBED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # pobj: "the body of a man"
_PERSON_WORDS: dict[str, bool] = {}
"""Lower-case word -> a person noun, a description noun or an agent noun (all documents)."""
_COUNTING_WORDS = frozenset({"one", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _description_candidates(doc: Doc) -> list[int]:
    """The tokens :func:`described_then_named` can act on, read from the token tables: "one"
    or an ordinal; a singular noun (or a demonym, "a Briton") with "a" or "an" as its
    determiner that is a subject or an object (or the person of "the body of"), which
    :func:`_person_description` asks first; a person noun with "a", "an" or "the", which a
    participle may name (:func:`_named_by_participle`). Most tokens are none of these, and
    making a ``Token`` for each cost more than the rules' real work."""
    tables = tables_of(doc)
    lower, tag, head = tables.lower, tables.tag, tables.head
    # the nouns "a", "an" or "the" is the determiner of (a determiner hangs on its noun)
    indefinite: set[int] = set()
    definite: set[int] = set()
    for i in [i for i, d in enumerate(tables.dep) if d == "det"]:
        word = lower[i]
        if word in _INDEFINITE_DETS:
            indefinite.add(head[i])
        elif word == "the":
            definite.add(head[i])
    tags, deps, person = _DESCRIPTION_TAGS, _DESCRIBED_DEPS, _PERSON_WORDS
    if len(person) > 200_000:
        person.clear()  # a long ingest must not grow the cache without bound
    dep = tables.dep
    found = [i for i, word in enumerate(lower) if word in _COUNTING_WORDS]
    for i in indefinite | definite:
        if tag[i] not in tags:
            continue
        if i in indefinite and dep[i] in deps:
            found.append(i)
            continue
        word = lower[i]
        named = person.get(word)
        if named is None:
            named = person[word] = word in _PERSON_OR_DESCRIPTION or _agent_noun(word)
        if named:
            found.append(i)
    return sorted(set(found))


def _group_of_one(tok: Token) -> Token | None:
    """The plural noun "one of them" picks a member of: the noun it is set off from
    ("Two soldiers, one of them X,") or whose relative clause it opens."""
    if tok.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in {"them", "whom"} for p in c.children) for c in tok.children):
        return None
    head = tok.head
    if head.dep_ in {"relcl", "acl"} and tok.dep_ in {"nsubj", "nsubjpass"}:
        head = head.head
    return head if head.tag_ == "NNS" and head.i < tok.i else None


def _person_description(tok: Token) -> bool:
    """An indefinite singular noun for a person ("a hiker", "a 67-year-old man", "a journalist
    who disappeared") as a subject or object, not one who speaks ("a spokesman said") nor one
    of several ("a man and a woman"); "a Frenchman", "a Briton" (the tagger makes a demonym a
    proper noun) are such nouns."""
    demonym = tok.tag_ == "NNP" and (tok.lower_ in DEMONYM_NOUNS or tok.ent_type_ == "NORP" and tok.lower_.endswith("man"))
    if (tok.pos_ != "NOUN" or tok.tag_ != "NN") and not demonym:
        return False
    if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} and not _body_of(tok) and _described_subject(tok) is None:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children):
        return False
    if any(c.dep_ in {"conj", "cc"} for c in tok.children) or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEAKING_OR_DENYING:
        return False
    lower = tok.lower_
    aged = any(c.dep_ in {"amod", "compound"} and (AGE_NOUN.match(c.lower_) or split_age(c)) for c in tok.children)
    # English calls a person "who": "a geologist who went missing" describes a person
    who = any(c.dep_ == "relcl" and any(w.lower_ in {"who", "whom", "whose"} for w in c.children) for c in tok.children)
    return (
        demonym
        or aged
        or who
        or lower in PERSON_NOUNS
        or lower in _DESCRIPTION_NOUNS
        or lower in _GENDERED_DESCRIPTIONS
        or _agent_noun(lower)
    )


def _described_subject(tok: Token) -> Token | None:
    """ "The second victim, a taxi driver from Mombasa, died", "One of the hostages, a Danish
    doctor, was freed": the subject an indefinite description is set off beside, which the
    description (and the name it is given later) is about."""
    head = tok.head
    if tok.dep_ != "appos" or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if not (head.tag_ == "NN" or head.pos_ == "NUM" and head.lower_ == "one"):
        return None  # one person: not "two suspects were arrested, among them a guard, X"
    if tok.left_edge.i < 1 or tok.doc[tok.left_edge.i - 1].text != ",":
        return None
    return head


_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man")


def _agent_noun(lower: str) -> bool:
    """English agent nouns name people by what they do: "a kayaker", "a surveyor", "a
    motorist", "a librarian", "a lineman" (a thing so named needs a person's name after it to
    count: a name with an age, "named him as", an apposition)."""
    return len(lower) > 5 and lower.isalpha() and lower.endswith(_AGENT_SUFFIXES)


def _body_of(tok: Token) -> bool:
    """"The body of a man swept away by floods was recovered. Relatives identified him as X":
    the person whose body a subject or object is."""
    prep = tok.head
    body = prep.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and body.lemma_.lower() in {"body", "remains", "corpse"}
        and body.dep_ in {"nsubj", "nsubjpass", "dobj"}
    )


def _named_by_participle(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """"The victim, identified as 23-year-old student X, was stabbed", "The man, named locally as
    Y, 29,": a person noun whose participle names it; "Two guards, one of them identified by
    relatives as Z, were shot dead": the one of a group the participle names."""
    if tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in _NAMING_VERBS:
            # (the parser may make "one" the subject of the participle, read as a clause)
            for prep in (t for t in tok.head.subtree if t.dep_ == "prep" and t.lower_ == "as"):
                for t in (t for t in prep.subtree if t.pos_ == "PROPN"):
                    idx = token_cluster(doc, t, clusters, ("person",))
                    if idx is not None:
                        return idx
        return _named_by_acl_participle(doc, tok, clusters)
    if tok.lower_ in _ORDINALS and tok.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" for c in tok.children):
        # "Two attackers were killed. A third, whom they named as X, was captured": the
        # ordinal counts on from a group of people and the clause names it
        return _named_by_acl_participle(doc, tok, clusters)
    if (
        tok.lower_ in _ORDINALS
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "det" for c in tok.children)
    ):
        # (the parser may make the ordinal the root, the sentence's verb a relative clause on
        # it and "named" a participle on "police": "A third, whom police named as X, is missing")
        return _naming_misread_in_relative(doc, tok, clusters)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in tok.children):
        return None
    if tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() in _NAMING_VERBS and tok.lower_ in _PERSON_OR_DESCRIPTION:
        # "Police have named the man killed in Saturday's shooting as X" (the parser may hang
        # the "as" on the man's participle)
        verb = tok.head
        for prep in (t for t in doc[tok.i + 1 : tok.sent.end] if t.lower_ == "as" and _clause_verb(t).i in {verb.i, *(d.i for d in tok.subtree)}):
            for t in (t for t in prep.subtree if t.pos_ == "PROPN"):
                idx = token_cluster(doc, t, clusters, ("person",))
                if idx is not None:
                    return idx
    if not (tok.lower_ in _PERSON_OR_DESCRIPTION or _agent_noun(tok.lower_)):
        return None  # "whom the company named as X": the company is who names, not who is named
    return _named_by_acl_participle(doc, tok, clusters)


def _named_by_acl_participle(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """The person named by ``tok``'s participle: "named / identified (by relatives) as X", or
    by a relative clause of naming: "whom police named as X"."""
    naming = [
        c
        for c in tok.children
        if c.lemma_.lower() in _NAMING_VERBS
        and (c.dep_ == "acl" or c.dep_ == "relcl" and any(w.lower_ in {"whom", "who"} for w in c.children))
    ]
    for verb in naming or _naming_hung_elsewhere(doc, tok):
        for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "as"):
            for t in (t for t in prep.subtree if t.pos_ == "PROPN"):
                idx = token_cluster(doc, t, clusters, ("person",))
                if idx is not None:
                    return idx
    return None


def _naming_misread_in_relative(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """The person named in "A third, whom police named as X, VERB" when the parser hung the
    sentence's verb on the ordinal as a relative clause holding "whom" and made "named" a
    participle on the namer."""
    for rel in (c for c in tok.children if c.dep_ == "relcl"):
        if not any(c.lower_ in {"whom", "who"} and c.i < rel.i for c in rel.children):
            continue
        for namer in rel.children:
            for verb in namer.children:
                if verb.dep_ != "acl" or verb.lemma_.lower() not in _NAMING_VERBS:
                    continue
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                    for t in (t for t in prep.subtree if t.pos_ == "PROPN"):
                        idx = token_cluster(doc, t, clusters, ("person",))
                        if idx is not None:
                            return idx
    return None


def _naming_hung_elsewhere(doc: Doc, tok: Token) -> list[Token]:
    """The naming clause of a person noun that the parser hung on another word: "a man
    suspected of planting the bomb, whom they named as X", "arrested a teenager in connection
    with the stabbing, whom they named as X" (the relative clause on a thing after the noun,
    with no other person between), "arrested a 25-year-old man, later identified as X, at a
    flat" (the participle set off after the object, on the verb)."""
    found = []
    clause = tok.head if tok.head.i != tok.i else tok
    # (the relation and lemma from the tables: a Token only for a naming relative clause)
    tables = tables_of(doc)
    dep, lemma = tables.dep, tables.lemma
    stop = max(clause.right_edge.i, tok.right_edge.i) + 1
    relative = [i for i in range(tok.i + 1, stop) if dep[i] == "relcl" and lemma[i] in _NAMING_VERBS]
    for t in (doc[i] for i in relative):
        if not (
            any(w.lower_ in {"whom", "who"} for w in t.children)
            and t.head.pos_ == "NOUN"
            and not _may_be_person(t.head)
        ):
            continue
        if t.head.i > tok.i and not any(_may_be_person(w) for w in doc[tok.i + 1 : t.head.i]):
            found.append(t)
    end = tok.right_edge.i
    if tok.dep_ == "dobj" and end + 2 < len(doc) and doc[end + 1].text == ",":
        for verb in tok.head.children:
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBN"
                and verb.lemma_.lower() in _NAMING_VERBS
                and verb.left_edge.i == end + 2
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            ):
                found.append(verb)
    return found


def _may_be_person(tok: Token) -> bool:
    """A word that may stand for a person: a person or description noun, "-man" / "-woman",
    a name or a personal pronoun."""
    lower = tok.lower_
    return (
        lower in _PERSON_OR_DESCRIPTION
        or lower.endswith(("man", "men"))
        or tok.ent_type_ in {"PERSON", "NORP"}
        or tok.pos_ == "PRON" and lower not in {"whom", "who", "it", "that", "which"}
    )


def _clause_verb(tok: Token) -> Token:
    """The nearest verb above ``tok`` ("named by police as X": the parser may hang "as" on "police")."""
    head = tok.head
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
        head = head.head
    return head


def _named_in_apposition(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """"A second fighter whom the channels reported captured, W, was shown": a name set off
    by commas after the description (and its relative clause) names it."""
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        if doc[appos.left_edge.i - 1].text == ",":
            idx = token_cluster(doc, appos, clusters, ("person",))
            if idx is not None:
                return idx
    return None


def _named_after(doc: Doc, tok: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> int | None:
    """The person a later sentence (at most :data:`_REACH` on) names the description as: by a
    naming verb or the same noun first, else by the lede convention."""
    here = sent_index[tok.i]
    later_tokens = []
    for later in doc[tok.i + 1 :]:
        distance = sent_index[later.i] - here
        if distance > _REACH:
            break
        if distance > 0:
            later_tokens.append(later)
    for later in later_tokens:
        # "Police named him as X", "He was later identified as X, 37,"
        if later.lower_ == "as" and later.head.lemma_.lower() in _NAMING_VERBS:
            verb = later.head
            if any(c.dep_ == "neg" for c in verb.children):
                return None  # "Police have not named him"
            if any(_person_description(t) for t in doc[tok.i + 1 : later.i]):
                return None  # "A suspect was charged after a shopkeeper was found dead. She was named as X": the nearer one
            named_one = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            if named_one and all(c.lower_ in {"him", "her", "he", "she"} or c.lower_ == tok.lower_ for c in named_one):
                name = next((p for p in later.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
                if name is not None:
                    return token_cluster(doc, name, clusters, ("person",))
        # "A militia commander ... The commander, Z, said": the same noun, now named; "a third
        # member of the team is missing ... The third climber, Z,": the same ordinal
        if later.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in later.children):
            name = next((c for c in later.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is not None and (later.lower_ == tok.lower_ or _same_ordinal(tok, later) or _synonym_named(later, name)):
                return token_cluster(doc, name, clusters, ("person",))
        if (renamed := renamed_description(tok, later)) is not None:
            return token_cluster(doc, renamed, clusters, ("person",))  # "The activist, X," after "a campaigner"
    if tok.dep_ not in {"nsubj", "nsubjpass"} and not (
        tok.dep_ == "dobj" and tok.head.dep_ in {"ROOT", "ccomp", "conj"} and _opens_paragraph(tok)
    ):
        # an object only of a lede's main clause: "Pirates have freed a Ukrainian captain ...
        # Captain X, 58,"; not "Two brothers who kidnapped a developer were jailed. X, 34, and Y"
        return None
    if any(c.lower_ in _ORDINALS | {"another", "other"} for c in tok.children):
        return None  # "Two climbers were found ... but a third member is missing. X, 34, and Y": not X
    for later in later_tokens:
        # the lede convention: "A fisherman missing since Friday was found alive. Peter X, 47,
        # was spotted ...": the person introduced next, with the age news gives a new name
        if later.dep_ in {"nsubj", "nsubjpass"} and later.pos_ == "PROPN" and _given_age(doc, later):
            if any(c.dep_ == "conj" for c in later.children):
                return None  # "X, 34, and Y, 29, seized ...": two people, no one description
            if later.head.lemma_.lower() in _SPEAKING and not _tells_what_was_done_to_them(later.head):
                return None  # "X, 52, said he heard shouting": a witness who speaks, not the one described
            idx = token_cluster(doc, later, clusters, ("person",))
            if idx is not None and _holds_office(clusters[idx]):
                return None  # "A policeman was killed ... Governor X, 62, condemned the attack"
            return idx
    return None


_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


_ORDINAL_PLACE = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def counted_in_list(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """"Two suspects, A and B, were arrested. The second suspect was released": "the first /
    second X" counts the names an earlier plural of the same noun listed (in apposition or
    after "including"), in their order; a list too short for the ordinal gives nothing.
    Returns (cluster, start, end) of the description."""
    tables = tables_of(doc)
    if not any(tables.dep[c] == "amod" and tables.lower[c] in _ORDINAL_PLACE for c in tables.children[noun.i]):
        return None  # no "first" / "second" ...: nothing counted (read without a Token per child)
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    ordinal = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in _ORDINAL_PLACE), None)
    if det is None or ordinal is None or noun.tag_ != "NN":
        return None
    for plural in reversed(doc_tokens(doc)[max(0, noun.i - 120) : noun.i]):
        if plural.tag_ != "NNS" or plural.lemma_.lower() != noun.lemma_.lower():
            continue
        head = next((c for c in plural.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if head is None:
            return None  # the nearest such plural lists no names: the count is not about one of them
        listed = [head] + [t for t in head.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
        place = _ORDINAL_PLACE[ordinal.lower_]
        if len(listed) < 2 or place >= len(listed):
            return None
        idx = token_cluster(doc, listed[place], clusters, ("person",))
        return None if idx is None else (idx, det.idx, noun.idx + len(noun))
    return None


def _same_ordinal(tok: Token, later: Token) -> bool:
    """Two person nouns counted by the same ordinal ("a third member", "the third climber")."""
    ordinal = {c.lower_ for c in tok.children if c.dep_ == "amod"} & _ORDINALS
    return bool(ordinal) and later.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ordinal for c in later.children)


def _synonym_named(later: Token, name: Token) -> bool:
    """"A journalist detained since March has been freed. The reporter, X, 34, flew home": another
    noun for the person, named with the age news gives a new name; never an official who
    speaks ("The spokesman, Y, 40, said")."""
    if later.lower_ in OFFICIAL_ROLES or not (_description_noun(later.lower_) or later.lower_ in PERSON_NOUNS):
        return False
    verb = later.head if later.dep_ in {"nsubj", "nsubjpass"} else None
    return _given_age(name.doc, name) and (verb is None or verb.lemma_.lower() not in _SPEAKING)


def _holds_office(cluster: Cluster) -> bool:
    """A person named with an office or a senior rank ("Governor X", "Colonel Y") or an official
    role: one who reacts to the news, never the unnamed person the lede described (a courtesy,
    religious or junior title, "Dr X", "Father Y", "Sergeant Z", may be that person)."""
    titles = {t.rstrip(".").lower() for t in cluster.titles}
    return bool(titles & OFFICE_TITLES) or any(role in OFFICIAL_ROLES for role, _ in cluster.role_nouns)


def _tells_what_was_done_to_them(verb: Token) -> bool:
    """"X, 45, told relatives he had been held by kidnappers": a speaker whose own words make
    him the one things were done to (a passive "he"/"she") is the person the lede described."""
    # (read from what follows the verb: the parser may hang the clause on "relatives")
    return any(t.dep_ == "nsubjpass" and t.lower_ in {"he", "she"} and t.i > verb.i for t in verb.subtree)


def _opens_paragraph(tok: Token) -> bool:
    """The token's sentence is the first of its paragraph (a lede, or a round-up item's)."""
    start = tok.sent.start_char
    before = tok.doc.text[max(0, start - 200) : start]
    return not before.strip() or before.rstrip(" \t").endswith("\n")


def _given_age(doc: Doc, name: Token) -> bool:
    """"Peter X, 47, was spotted": the name's age set off by commas right after it."""
    end = name.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].head.i == name.i:
        end += 1
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text in {",", "."}


def _agrees(tok: Token, cluster: Cluster) -> bool:
    """A person of the description's sex, when the description and the name both have one."""
    lower = tok.lower_
    if lower in _MALE_DESCRIPTIONS and cluster.gender == "f" or lower in _FEMALE_DESCRIPTIONS and cluster.gender == "m":
        return False
    return cluster.kind == "person"


def description_again(doc: Doc, clusters: list[Cluster], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"A geologist who went missing ... Rodrigo X, 41, was spotted ... The geologist was taken
    to hospital"; "Paul X, a 60-year-old herder, ... the herder was weak": a definite
    description takes up the one person the text described by the same noun before (a
    description that joined them, their apposition, a noun before their name). A role noun
    ("the journalist") is taken up here only after an unnamed description of it ("A journalist
    who disappeared ... X, 33, ..."), which no role of the person records; otherwise it is left
    to :func:`resolve_epithet`, and official roles always are. Two people described by the noun
    make it ambiguous. Returns the characters of the descriptions added."""
    added: list[tuple[int, int]] = []
    tokens = doc_tokens(doc)
    tables = tables_of(doc)
    lower, pos, tag, dep, children = tables.lower, tables.pos, tables.tag, tables.dep, tables.children
    again = _AGAIN_WORDS
    if len(again) > 200_000:
        again.clear()  # a long ingest must not grow the cache without bound
    for word in set(lower).difference(again):
        again[word] = word not in _NOT_AGAIN and (word in ROLE_NOUNS or _description_noun(word))
    for i in [i for i, word in enumerate(lower) if (again[word] or word in _PARENT_NOUNS) and pos[i] == "NOUN" and tag[i] == "NN"]:
        word = lower[i]
        role = word in ROLE_NOUNS
        at = tables.idx[i]
        if any(s <= at < e for s, e in covered):
            continue
        parent = _parent_of_number(tokens[i]) if word in _PARENT_NOUNS else None
        if word in _PARENT_NOUNS and parent is None:
            continue  # "the mother" alone is kin, left to the kin rules
        det = next((c for c in children[i] if dep[c] == "det"), None)
        if det is None or lower[det] != "the" or any(dep[c] in _PICKED_OUT and c != parent for c in children[i]):
            continue  # "the man in the video", "the herder who found him": someone picked out anew
        if i + 1 < len(pos) and pos[i + 1] == "PROPN":
            continue  # "the herder Paul X": a noun before a name
        tok = tokens[i]
        earlier = [tokens[j] for j in range(i) if lower[j] == word]
        if parent is not None:
            earlier = [t for t in earlier if _parent_of_number(t) is not None]
        if role:
            # a role noun: only after an unnamed description that joined its person
            earlier = [t for t in earlier if any(c.lower_ in {"a", "an"} for c in t.children)]
        described = {idx for t in earlier if (idx := _described_person(doc, t, clusters, joined_only=role)) is not None}
        if len(described) != 1:
            continue
        lo, hi = tables.idx[det], tok.idx + len(tok)
        clusters[described.pop()].add(lo, hi, full_text(doc)[lo:hi], name=False)
        added.append((lo, hi))
    added.extend(rank_holder_again(doc, clusters, [*covered, *added]))
    added.extend(former_or_latter(doc, clusters, [*covered, *added]))
    added.extend(victim_again(doc, clusters, [*covered, *added]))
    return added


# verbs that make their object (or passive subject) a victim
_VICTIMISING_VERBS = frozenset(
    "attack assault beat shoot stab knife hack wound injure hit strike rob murder kill abduct kidnap rape".split()  # noqa: SIM905
)


def _bare_the(doc: Doc, tok: Token, covered: list[tuple[int, int]]) -> Token | None:
    """The "the" of a definite noun standing alone ("The victim died", "the officer was
    stable"), or None when the noun is picked out anew (a relative clause, a possessor, a
    modifier), named right after it, or already taken up."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    if (
        det is None
        or det.lower_ != "the"
        or any(c.dep_ in _PICKED_OUT | {"compound", "amod"} for c in tok.children)
        or tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "PROPN"
        or any(s <= tok.idx < e for s, e in covered)
    ):
        return None
    return det


# What was done to a person, by the noun news then calls them by: "the victim" after a verb of
# attacking, "the suspect" / "the detainee" after a verb of custody, "the hostage" after a
# verb of seizing
_CUSTODY_VERBS = frozenset(
    "arrest detain jail imprison charge apprehend remand question nab extradite convict indict prosecute".split()  # noqa: SIM905
)
_SEIZING_VERBS = frozenset("kidnap abduct seize capture snatch".split())  # noqa: SIM905
_DONE_TO_NOUNS = {
    "victim": _VICTIMISING_VERBS,
    **dict.fromkeys(("suspect", "detainee", "prisoner", "defendant", "arrestee", "accused"), _CUSTODY_VERBS),
    **dict.fromkeys(("hostage", "captive", "abductee"), _SEIZING_VERBS),
}


_VICTIM_WORDS = frozenset(_DONE_TO_NOUNS) | _MALE_DESCRIPTIONS | _FEMALE_DESCRIPTIONS


def _tokens_of(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-cased form is one of ``words``, in order, picked from
    the lower-case table: the passes below skip every other word at once, and a ``Token``
    for each word of the document cost more than their work."""
    return [doc[i] for i, word in enumerate(tables_of(doc).lower) if word in words]


def victim_again(doc: Doc, clusters: list[Cluster], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"X, 81, was attacked in his home by a burglar ... The victim died in hospital"; "Police
    arrested X on Monday. The suspect was freed on bail"; "Gunmen seized X ... the hostage": a
    definite "the victim" (the suspect, the detainee, the hostage) standing alone takes up the
    one person named before it whom a verb of that noun (attacking, custody, seizing) has as
    its object or passive subject (two such people: no telling which), unless an unnamed one
    of that noun was brought in ("a suspect fled"). Returns the characters added."""
    added: list[tuple[int, int]] = []
    for tok in _tokens_of(doc, _VICTIM_WORDS):  # (every other word is skipped below)
        verbs = _DONE_TO_NOUNS.get(tok.lower_)
        if verbs is None and tok.lower_ in _MALE_DESCRIPTIONS | _FEMALE_DESCRIPTIONS and tok.tag_ == "NN":
            det = _the_done_to(doc, tok, covered)  # "the kidnapped woman", "the injured man"
            verbs = _DONE_TO_ADJECTIVES.get(tok.nbor(-1).lower_) if det is not None else None
            if verbs is None:
                continue
        elif verbs is None or tok.tag_ != "NN" and not (tok.lower_ == "accused" and tok.dep_ in {"nsubj", "nsubjpass"}):
            continue  # (the tagger takes "The accused was remanded" for a participle)
        else:
            det = _bare_the(doc, tok, covered)
        if det is None:
            continue  # "the victim's family", "the victim, named as X", "the third victim"
        if tok.lower_ != "victim" and any(
            t.lower_ == tok.lower_ and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children)
            for t in doc[: tok.i]
        ):
            continue  # "police are hunting a suspect ... the suspect": someone unnamed brought in
        hurt = {
            idx
            for idx, c in enumerate(clusters)
            if c.kind == "person" and _agrees(tok, c) and _attacked_before(doc, c, tok, verbs)
        }
        if len(hurt) != 1:
            continue
        lo, hi = det.idx, tok.idx + len(tok)
        clusters[hurt.pop()].add(lo, hi, full_text(doc)[lo:hi], name=False)
        added.append((lo, hi))
    return added


# the participle or adjective before "man" / "woman" that tells what was done to that person
_DONE_TO_ADJECTIVES = {
    **dict.fromkeys(("kidnapped", "abducted", "seized", "captured"), _SEIZING_VERBS),
    **dict.fromkeys(("injured", "wounded", "stabbed", "attacked", "assaulted"), _VICTIMISING_VERBS),
    **dict.fromkeys(("detained", "arrested", "jailed", "imprisoned", "accused"), _CUSTODY_VERBS),
}


def _the_done_to(doc: Doc, tok: Token, covered: list[tuple[int, int]]) -> Token | None:
    """The "the" of "the kidnapped woman" standing alone: "the", one participle or adjective
    of :data:`_DONE_TO_ADJECTIVES` right before the noun and nothing else on it."""
    if tok.i < 2 or doc[tok.i - 2].lower_ != "the" or doc[tok.i - 1].lower_ not in _DONE_TO_ADJECTIVES:
        return None
    if tok.dep_ == "poss" or any(c.i > tok.i and c.dep_ in _PICKED_OUT for c in tok.children):
        return None  # "the injured man's brother", "the kidnapped woman who ..."
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or any(s <= doc[tok.i - 2].idx < e for s, e in covered):
        return None
    return doc[tok.i - 2]


def _attacked_before(doc: Doc, c: Cluster, tok: Token, verbs: frozenset[str] = _VICTIMISING_VERBS) -> bool:
    """A mention of ``c`` before ``tok`` is the passive subject or the object of one of ``verbs``
    (a verb of attacking unless told), or the one its relative clause says it was done to."""
    for s, e, _ in c.mentions:
        span = doc.char_span(s, e, alignment_mode="expand") if s < tok.idx else None
        if span is None:
            continue
        root = span.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            root = root.head  # "A pensioner, X, was attacked"
        while root.dep_ == "conj" and root.head.pos_ in {"PROPN", "NOUN"}:
            root = root.head  # "Police arrested X and Y": Y too
        if root.dep_ in {"nsubjpass", "dobj"} and root.head.lemma_.lower() in verbs:
            return True
        if any(
            r.dep_ == "relcl" and r.lemma_.lower() in verbs and any(w.dep_ == "nsubjpass" for w in r.children)
            for r in root.children
        ):
            return True  # "X, who was arrested on Monday,"
    return False


_FORMER_LATTER = frozenset({"former", "latter"})


def former_or_latter(doc: Doc, clusters: list[Cluster], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Police questioned the owner, X, and the manager, Y. The latter was arrested": "the
    latter" / "the former" standing alone (no noun after it: "the former minister" is a
    description) takes up the second / first of the last two people named together in one
    sentence, that sentence or the one before it. Returns the characters added."""
    added: list[tuple[int, int]] = []
    for tok in _tokens_of(doc, _FORMER_LATTER):
        if tok.lower_ not in _FORMER_LATTER or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} or nxt.text == "-"):
            continue
        if any(s <= tok.idx < e for s, e in covered):
            continue
        pair = _last_named_pair(doc, clusters, tok)
        if pair is None:
            continue
        det = doc[tok.i - 1]
        lo, hi = det.idx, tok.idx + len(tok)
        clusters[pair[1] if tok.lower_ == "latter" else pair[0]].add(lo, hi, full_text(doc)[lo:hi], name=False)
        added.append((lo, hi))
    return added


def _last_named_pair(doc: Doc, clusters: list[Cluster], tok: Token) -> tuple[int, int] | None:
    """The two people (first, second) named by name in the latest sentence before ``tok`` (or
    in its own sentence, before it) that names two or more; None when that sentence names
    more than two (no telling which are "the former" and "the latter")."""
    sents = [s for s in doc.sents if s.start_char <= tok.idx][-2:]
    for sent in reversed(sents):
        end = min(sent.end_char, tok.idx)
        firsts: dict[int, int] = {}
        for idx, c in enumerate(clusters):
            if c.kind != "person":
                continue
            named = [s for s, _, text in c.mentions if sent.start_char <= s < end and text[:1].isupper() and text.lower() not in _PRONOUN_WORDS]
            if named:
                firsts[idx] = min(named)
        if len(firsts) == 2:
            first, second = sorted(firsts, key=firsts.__getitem__)
            return first, second
        if len(firsts) > 2:
            return None
    return None


_PRONOUN_WORDS = frozenset({"he", "she", "him", "her", "his", "hers", "they", "them", "their"})


# "the officer", "the soldier": nouns news uses again for someone it named with a rank
_RANK_NOUNS = {
    "officer": frozenset(
        """constable pc sergeant sgt inspector detective det officer corporal cpl lieutenant lt
        captain capt major maj""".split()  # noqa: SIM905
    ),
    "policeman": frozenset("constable pc sergeant sgt inspector detective det officer".split()),  # noqa: SIM905
    "policewoman": frozenset("constable pc sergeant sgt inspector detective det officer".split()),  # noqa: SIM905
    "soldier": frozenset("private pte corporal cpl sergeant sgt lance trooper".split()),  # noqa: SIM905
    # the rank itself as the noun: "His bodyguard, Sergeant X, survived. The sergeant is being
    # treated in Gao" (a colonel named before him is not "the sergeant")
    "sergeant": frozenset({"sergeant", "sgt"}),
    "corporal": frozenset({"corporal", "cpl"}),
    "constable": frozenset({"constable", "pc"}),
    "inspector": frozenset({"inspector", "insp"}),
    "lieutenant": frozenset({"lieutenant", "lt"}),
    "captain": frozenset({"captain", "capt"}),
    "colonel": frozenset({"colonel", "col"}),
}


def rank_holder_again(doc: Doc, clusters: list[Cluster], covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Sergeant X and a colleague were shot ... The officer died"; "A police officer, Sgt X,
    was shot. The chief constable said the officer was stable": a definite "the officer" (the
    soldier, the policeman) takes up the one person named before it with that noun or with a
    rank that is one ("Sergeant", "Constable"), never the one who speaks the sentence (he would
    not call himself so). The person described by the noun itself beats one known by a rank;
    two of either make it ambiguous. Returns the characters added."""
    added: list[tuple[int, int]] = []
    for tok in _tokens_of(doc, _RANK_NOUNS.keys()):
        ranks = _RANK_NOUNS.get(tok.lower_)
        if ranks is None or tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        det = _bare_the(doc, tok, covered)
        if det is None:
            continue  # "the officer who fired", "the officer's family", "the arresting officer"
        earlier = [t for t in doc[: tok.i] if t.lower_ == tok.lower_]
        if any(
            any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in t.children)
            and _described_person(doc, t, clusters) is None
            for t in earlier
        ):
            continue  # "a police officer said ... the officer": someone unnamed brought in
        speaker = _speaker_of_clause(doc, tok, clusters)
        described: set[int] = set()
        ranked: set[int] = set()
        for idx, c in enumerate(clusters):
            if c.kind != "person" or idx == speaker:
                continue
            starts = [s for s, _, _ in c.mentions if s < tok.idx]
            if not starts:
                continue
            if any(_described_person(doc, t, clusters) == idx for t in earlier):
                described.add(idx)
            elif _holds_rank(doc, c, starts, ranks):
                ranked.add(idx)
        chosen = described or ranked
        if len(chosen) != 1:
            continue
        lo, hi = det.idx, tok.idx + len(tok)
        clusters[chosen.pop()].add(lo, hi, full_text(doc)[lo:hi], name=False)
        added.append((lo, hi))
    return added


def _holds_rank(doc: Doc, c: Cluster, starts: list[int], ranks: frozenset[str]) -> bool:
    """A title of ``c``, the first word of one of its names, or the word written right before
    one of its mentions ("Sergeant Paul X", the title left out of the name) is a rank."""
    words = {t.rstrip(".").lower() for t in c.titles}
    words |= {n.split()[0].rstrip(".").lower() for n in c.names if " " in n}
    text = full_text(doc)
    for s in starts:
        before = text[max(0, s - 20) : s].split()
        if before:
            words.add(before[-1].rstrip(".").lower())
    return bool(words & ranks)


def _speaker_of_clause(doc: Doc, tok: Token, clusters: list[Cluster]) -> int | None:
    """The person who is the subject of the speech verb whose clause holds ``tok``."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return token_cluster(doc, subject, clusters, ("person",)) if subject is not None else None
    return None


# "a mother of three", "a father of five": a parent described by the number of children
_PARENT_NOUNS = frozenset({"mother", "father", "grandmother", "grandfather"})


def _parent_of_number(tok: Token) -> int | None:
    """The index of the "of" of "mother of three" (a parent noun whose "of" phrase is a
    number), which describes a person and picks out no one anew; None otherwise."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and any(p.dep_ == "pobj" and p.like_num for p in prep.children):
            return prep.i
    return None


_NOT_AGAIN = OFFICIAL_ROLES | LEADER_NOUNS | HONORIFIC_NOUNS
"""Role nouns :func:`description_again` leaves to :func:`resolve_epithet`."""
_AGAIN_WORDS: dict[str, bool] = {}
"""Lower-case word -> a noun :func:`description_again` takes up (all documents)."""
_PICKED_OUT = frozenset({"poss", "appos", "relcl", "acl", "prep"})
_NAMING_PARTICIPLES = frozenset({"name", "call", "identify"})


def _named_by_acl(doc: Doc, t: Token, clusters: list[Cluster]) -> int | None:
    """"a 19-year-old student named X", "a man identified as X": an indefinite description
    whose participle gives the name (the name hangs on the participle, or on its "as")."""
    if not any(c.lower_ in {"a", "an"} for c in t.children):
        return None
    for acl in (c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in _NAMING_PARTICIPLES):
        for name in acl.subtree:
            if name.pos_ == "PROPN" and name.dep_ in {"oprd", "dobj", "pobj", "attr", "npadvmod"}:
                return token_cluster(doc, name, clusters, ("person",))
    return None


def _description_noun(lower: str) -> bool:
    return lower in _DESCRIPTION_NOUNS or lower in _GENDERED_DESCRIPTIONS or _agent_noun(lower)


def _described_person(doc: Doc, t: Token, clusters: list[Cluster], *, joined_only: bool = False) -> int | None:
    """The person an earlier use of the noun describes: a mention itself ("A geologist" joined
    to X), an apposition ("X, a 60-year-old herder,"), a noun before the name ("herder X")."""
    idx = token_cluster(doc, t, clusters, ("person",))
    if idx is None:
        idx = _named_by_acl(doc, t, clusters)  # "a 19-year-old student named X": the noun names X
    if idx is not None or joined_only:
        return idx
    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
        return token_cluster(doc, t.head, clusters, ("person",))
    named = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return token_cluster(doc, named, clusters, ("person",))  # "His aide, X, was wounded"
    if t.dep_ in {"compound", "amod"} and t.head.pos_ == "PROPN" and t.head.i > t.i:
        return token_cluster(doc, t.head, clusters, ("person",))
    return None
