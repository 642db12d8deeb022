"""Grouping mentions into entities: one cluster per name, short forms joined to full names.

Longest names first, so ``al-Baghdadi`` / ``Baghdadi`` join ``Abu Bakr al-Baghdadi`` even when
they come first; surnames the model missed are added; ``the Russian military`` becomes an
organisation whose parent is Russia.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import Cluster, NameSpan, doc_tokens, full_text, span_text
from dateline.nlp.entities_gender import gender_of_given_name, given_name
from dateline.nlp.entities_lexicon import (
    ARABIC_PARTICLES,
    FEMALE_TITLES,
    GOV_NOUNS,
    IRREGULAR_DEMONYMS,
    MALE_TITLES,
    REGNAL,
    SPEECH_VERBS,
    match_key,
)
from dateline.nlp.entities_pronouns import mention_root


def cluster_names(doc: Doc, spans: list[NameSpan]) -> tuple[list[Cluster], dict[int, int]]:
    clusters: list[Cluster] = []
    span_cluster: dict[int, int] = {}
    by_key: dict[tuple[str, str], int] = {}
    # Longest names first so that short forms join the full name even when they come first.
    texts = [span_text(doc, s) for s in spans]
    keys = [match_key(text) for text in texts]  # (each read once: the sort and the loop need it)
    order = sorted(range(len(spans)), key=lambda i: -len(keys[i].split()))
    for i in order:
        s = spans[i]
        text = texts[i]
        key = keys[i]
        if not key:
            continue
        kind = s.kind
        title_gender = _title_gender(s.title or (doc[s.start - 1].text if s.start else None))
        idx = by_key.get((kind, key))
        if idx is not None and title_gender and _person_gender(clusters[idx]) not in {None, title_gender}:
            idx = None  # "Mrs Oduya ... Mr Oduya": the honorific picks the namesake of its gender
        if idx is None:
            idx = _find_container(doc, clusters, kind, key, doc[s.start].idx, gender=title_gender)
        if idx is None:
            clusters.append(Cluster(kind=kind))
            idx = len(clusters) - 1
        if title_gender is None or (kind, key) not in by_key:
            by_key[(kind, key)] = idx  # a bare "Oduya" keeps the namesake it first went to
        span_cluster[i] = idx
        c = clusters[idx]
        c.add(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1]), text)
        c.outlet = c.outlet or s.outlet
        if s.title:
            if f"{s.title} {text}" not in c.names:
                c.names.append(f"{s.title} {text}")
            c.titles.append(s.title)
            c.gender = c.gender or title_gender
    return clusters, span_cluster


def _title_gender(title: str | None) -> str | None:
    """"m" for "Mr", "f" for "Mrs"/"Ms": the gender an honorific states (the span's title,
    or the word before a name the model cut it from), else None."""
    if not title or not title.split():
        return None
    t = title.lower().split()[0].rstrip(".")
    return "f" if t in FEMALE_TITLES else "m" if t in MALE_TITLES else None


def _person_gender(c: Cluster) -> str | None:
    """A person's gender as far as the names grouped so far tell (honorific, given name)."""
    if c.gender:
        return c.gender
    first = given_name(c.canonical)
    return gender_of_given_name(first) if first is not None else None


def _find_container(
    doc: Doc, clusters: list[Cluster], kind: str, key: str, at: int, *, gender: str | None = None
) -> int | None:
    """A cluster whose name contains ``key`` as its last words (person) or tail (org); with
    ``gender`` (an honorific's), namesakes of the other gender are passed over."""
    words = key.split()
    candidates = []
    for idx, c in enumerate(clusters):
        if c.kind != kind:
            continue
        for name in c.names:
            cw = match_key(name).split()
            if kind == "person" and (_initialled(words, cw) or _initialled(cw, words)):
                candidates.append(idx)  # "N. Kipiani" is "Nodar Kipiani"
                break
            if len(cw) <= len(words):
                continue
            if kind == "person" and (cw[-len(words) :] == words or (len(words) == 1 and words[0] in cw)):
                candidates.append(idx)
                break
            if kind == "org" and len(words) >= 2 and cw[-len(words) :] == words:
                candidates.append(idx)
                break
    if not candidates:
        return None
    if len(candidates) > 1 and gender:
        agreeing = [i for i in candidates if _person_gender(clusters[i]) in {None, gender}]
        candidates = agreeing or candidates
    if len(candidates) > 1 and kind == "person":
        chosen = _choose_namesake(doc, clusters, candidates, at)
        if chosen is not None:
            return chosen
    # Ambiguous short form ("Moreno" with Ana and Lucia Moreno in an earlier paragraph): the
    # person named more often so far, then the one introduced first (news names its main
    # subject first).
    def salience(idx: int) -> tuple[int, int]:
        before = [s for s, _, _ in clusters[idx].mentions if s < at]
        return len(before), -min(before, default=10**9)

    return max(candidates, key=salience)


def _choose_namesake(doc: Doc, clusters: list[Cluster], candidates: list[int], at: int) -> int | None:
    """Which of several people sharing a surname a bare surname at ``at`` means, when the
    text says: "the younger X", the one who is more than a quoted speaker, or the one just
    named in this paragraph. None leaves it to the caller's salience."""
    # "Police said Samir Haddad was held ... Haddad's wife, Leila Haddad, ...": a bare surname
    # points back to someone the story has named, not to a namesake it names only later
    named = [idx for idx in candidates if any(s < at for s, _, _ in clusters[idx].mentions)]
    if len(named) == 1:
        return named[0]
    candidates = named or candidates
    chosen = _by_generation(doc, clusters, candidates, at)
    if chosen is None:
        # "His father, Omar Benali, said he had not heard from him. Benali was taken to ...": a
        # relative who has only spoken about the story's person is not what the bare surname
        # means, even when the relative was the one named last
        chosen = _beyond_speakers(doc, clusters, candidates, at)
    if chosen is None:
        chosen = _named_in_paragraph(doc, clusters, candidates, at)
    return chosen


def _beyond_speakers(doc: Doc, clusters: list[Cluster], candidates: list[int], at: int) -> int | None:
    """"..., said Rosario Dizon, whose son Marco Dizon was the engineer. ... had last seen
    Dizon alive": a relative named so far only as the one who speaks is not the person a later
    bare surname tells something about (unless that surname speaks too)."""
    def speaks(tok: Token) -> bool:
        root = mention_root(doc, tok)
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS

    here = doc.char_span(at, at + 1, alignment_mode="expand")
    if here is None or speaks(here[0]):
        return None
    others = []
    for idx in candidates:
        starts = [s for s, _, _ in clusters[idx].mentions if s < at]
        tokens = [span[0] for s in starts if (span := doc.char_span(s, s + 1, alignment_mode="expand")) is not None]
        if not tokens or not all(speaks(t) for t in tokens):
            others.append(idx)
    return others[0] if len(others) == 1 and len(others) < len(candidates) else None


def _paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n\n", 0, at) + 1


def _named_in_paragraph(doc: Doc, clusters: list[Cluster], candidates: list[int], at: int) -> int | None:
    """"Police arrested Rami Haddad. His father, Youssef Haddad, ... Haddad is in Cyprus": a
    surname two people share means the one of them named last in its own paragraph (the
    writer has just put that one before the reader); across paragraphs salience decides."""
    start = _paragraph_start(full_text(doc), at)
    latest = {
        idx: max((s for s, _, _ in clusters[idx].mentions if start <= s < at), default=-1) for idx in candidates
    }
    best = max(candidates, key=lambda idx: latest[idx])
    return best if latest[best] >= 0 else None


_ELDER_WORDS = frozenset({"elder", "older", "eldest", "oldest", "senior"})
_YOUNGER_WORDS = frozenset({"younger", "youngest", "junior"})
_PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "uncle", "aunt"})
_CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter", "nephew", "niece"})


def _by_generation(doc: Doc, clusters: list[Cluster], candidates: list[int], at: int) -> int | None:
    """"the younger Haddad" / "the elder Bush": of two people sharing the surname, the one
    the text makes younger (an age "X, 31,", or "his son, X" against "his father, Y")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].i < 2 or doc[span[0].i - 2].lower_ != "the":
        return None
    word = doc[span[0].i - 1].lower_
    if word not in _ELDER_WORDS | _YOUNGER_WORDS:
        return None
    ranks = {idx: rank for idx in candidates if (rank := _generation_rank(doc, clusters[idx])) is not None}
    if len(ranks) >= 2:
        # "the elder X" of a family whose ages or kin nouns the text gives for two or more: the
        # eldest of those (a brother named without either is no rival)
        candidates = list(ranks)
    elif len(ranks) < len(candidates) - 1 or not ranks:
        return None
    if len(ranks) < len(candidates):
        # one of two unranked: a parent or child noun on the other still orders the pair
        ranked = next(iter(ranks))
        other = next(i for i in candidates if i not in ranks)
        if ranks[ranked] not in {_PARENT_RANK, _CHILD_RANK} or len(candidates) != 2:
            return None
        elder, younger = (ranked, other) if ranks[ranked] == _PARENT_RANK else (other, ranked)
        return elder if word in _ELDER_WORDS else younger
    pick = max if word in _ELDER_WORDS else min
    return pick(ranks, key=lambda i: ranks[i])


_PARENT_RANK = 1000
_CHILD_RANK = -1


def _generation_rank(doc: Doc, c: Cluster) -> int | None:
    """An age the text gives beside a name ("X, 31,"), or a parent / child noun the name is in
    apposition to ("his father, X"): enough to say who is the elder of two relatives."""
    for s, e, _ in c.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        i, j = span[0].i, span[-1].i
        if j + 2 < len(doc) and doc[j + 1].text == "," and doc[j + 2].text.isdecimal():
            age = int(doc[j + 2].text)
            if 0 < age < 120:
                return age
        if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in _PARENT_NOUNS | _CHILD_NOUNS:
            return _PARENT_RANK if doc[i - 2].lower_ in _PARENT_NOUNS else _CHILD_RANK
        if i >= 1 and doc[i - 1].lower_ in _PARENT_NOUNS | _CHILD_NOUNS and doc[i - 1].pos_ == "NOUN":
            # "X and his son Y": the kin noun right before the name, with no comma
            return _PARENT_RANK if doc[i - 1].lower_ in _PARENT_NOUNS else _CHILD_RANK
    return None


def _initialled(words: list[str], full: list[str]) -> bool:
    """``words`` is ``full`` with its given names cut to their initials ("n kipiani")."""
    return (
        len(words) == len(full) >= 2
        and words[-1] == full[-1]
        and all(len(w) == 1 for w in words[:-1])
        and all(len(f) > 1 and f[0] == w for w, f in zip(words[:-1], full[:-1], strict=True))
    )


# "in May" is no "May Chen": a given name never joins a time expression.
_TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


_SURNAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})


def add_surname_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """Surname-only mentions the model missed or tagged as something else."""
    covered = {(s, e) for c in clusters for s, e, _ in c.mentions}
    forms: dict[str, list[int]] = {}
    for idx, c in enumerate(clusters):
        if c.kind == "person":
            words = match_key(c.canonical).split()
            # "Ms. Okonkwo, a teacher, ... Okonkwo was freed": a surname the text gave a title or role
            if len(words) >= 2 or len(words) == 1 and (c.titles or any(c.role_nouns)):
                forms.setdefault(words[-1], []).append(idx)
            if len(words) >= 2 and REGNAL.match(words[-1]):
                forms.setdefault(words[-2], []).append(idx)  # "Patriarch Ignatius IV ... Ignatius said"
            elif _paternal_surname(words, c.canonical.split()):
                forms.setdefault(words[1], []).append(idx)  # "Hernan Quispe Mamani ... Quispe, 58,"
    given = _given_names(clusters, forms)
    if not forms and not given:
        return
    tables = tables_of(doc)
    words, pos = tables.words, tables.pos
    tokens = doc_tokens(doc)
    keys: dict[str, str] = {}  # a word -> its match key (names recur in a text)
    for i, word in enumerate(words):
        if not word[:1].isupper() or pos[i] not in _SURNAME_POS:
            continue
        if i + 1 < len(words) and pos[i + 1] == "PROPN" and words[i + 1][:1].isupper():
            continue  # part of a longer name
        key = keys.get(word)
        if key is None:
            key = keys[word] = match_key(word)
        if key not in forms and key not in given:
            continue  # nobody's surname or given name
        tok = tokens[i]
        start, end = tok.idx, tok.idx + len(tok)
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ARABIC_PARTICLES:
            start = doc[tok.i - 2].idx
        owners = forms.get(key)
        owner = None if owners is None else owners[0]
        if owners is not None and len(owners) > 1:
            spelled = _namesake_spelled_out(doc, tok, clusters, owners)
            if spelled is not None:
                # "RUTH ODUYA:", a full name the model left untagged: the namesake of that given name
                owner, start = spelled, doc[tok.i - 1].idx
            else:
                # "Mr Obi was freed" after "Victor Obi and his wife, Chioma Obi": an honorific
                # before the bare surname picks the namesake of its gender
                gender = _title_gender(doc[tok.i - 1].text if tok.i else None)
                agreeing = [i for i in owners if gender and _person_gender(clusters[i]) == gender]
                if gender and not agreeing:
                    # "Aliyu Garba and Hadiza Garba ... Mr Garba": the namesake not known to be
                    # of the other gender (a given name the list does not know)
                    agreeing = [i for i in owners if _person_gender(clusters[i]) is None]
                if len(agreeing) == 1:
                    owners = agreeing
            if spelled is None and len(owners) == 1:
                owner = owners[0]
            elif spelled is None:
                # "the elder Haddad" / a surname just given to the second of two Haddads
                owner = _choose_namesake(doc, clusters, owners, start)
                owner = owners[0] if owner is None else owner
        is_name = owner is not None
        if owner is None and tok.ent_type_ not in _TIME_LABELS:
            owner = given.get(key)  # a mention, not an alias: the ledger never keys on a given name
        if owner is None or any(s <= start < e or s < end <= e for s, e in covered):
            continue
        if is_name and (relative := _relative_named(doc, tok, clusters[owner], covered)):
            clusters.append(Cluster(kind="person"))  # "Nadia Barakat told reporters"
            clusters[-1].add(relative, end, full_text(doc)[relative:end])
            covered.add((relative, end))
            continue
        clusters[owner].add(start, end, full_text(doc)[start:end], name=is_name)
        covered.add((start, end))


def redecide_shared_surnames(doc: Doc, clusters: list[Cluster]) -> None:
    """A bare surname that several people of the story bear, decided again once every full
    name is in place: the model's bare surnames were given out before the passes that add
    full names it did not tag ("KHOROG - Davlat X" typed nothing, then "his son, Farrukh X",
    then "X had died": the father, named first). In text order, each by the rules of
    ``_choose_namesake`` (named before, more than a speaker, "the elder", named last in the
    paragraph), else by salience over what precedes it, and the later ones, but for "the
    elder / younger X", as the first that could point back; a surname after an honorific
    keeps the namesake its gender chose."""
    bearers: dict[str, list[int]] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        words = match_key(c.canonical).split()
        if len(words) >= 2:
            bearers.setdefault(words[-1], []).append(idx)
        if _paternal_surname(words, c.canonical.split()):
            bearers.setdefault(words[1], []).append(idx)
    shared = {k: v for k, v in bearers.items() if len(v) > 1}
    if not shared:
        return
    bare = []
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for mention in c.mentions:
            key = match_key(mention[2])
            if key in shared and idx in shared[key]:
                bare.append((mention[0], idx, mention, key))
    first_meant: dict[str, int] = {}  # whom the story first meant by the bare surname
    for at, owner, mention, key in sorted(bare):
        here = doc.char_span(at, at + 1, alignment_mode="expand")
        if here is None or (here[0].i and _title_gender(doc[here[0].i - 1].text)):
            continue
        clusters[owner].mentions.remove(mention)
        candidates = shared[key]
        # "the elder X"; else the bare surname keeps the person it first meant ("Detectives
        # arrested Marco X. X's brother, Paolo X, was held last year. X is in Milan")
        chosen = _by_generation(doc, clusters, candidates, at)
        if chosen is None:
            chosen = first_meant.get(key)
        if chosen is None:
            chosen = _choose_namesake(doc, clusters, candidates, at)
            if chosen is not None and any(s < at for i in candidates for s, _, _ in clusters[i].mentions):
                first_meant[key] = chosen
        if chosen is None:
            chosen = max(candidates, key=partial(_salience, clusters, at))
            if any(s < at for i in candidates for s, _, _ in clusters[i].mentions):
                first_meant[key] = chosen
        clusters[chosen].mentions.append(mention)
        clusters[chosen].first = min(clusters[chosen].first, at)


def _salience(clusters: list[Cluster], at: int, idx: int) -> tuple[int, int]:
    """How often person ``idx`` was named before ``at``, then how early (the main person)."""
    before = [s for s, _, _ in clusters[idx].mentions if s < at]
    return len(before), -min(before, default=10**9)


def _paternal_surname(words: list[str], written: list[str]) -> bool:
    """"Hernan Quispe Mamani", "Lucia Ortega Vidal": a Spanish name of a given name and two
    surnames, the first of which (the father's) the story uses alone; the middle word is no
    given name ("Juan Carlos Ruiz", "Maria Elena Soto") and no particle ("de", "bin").
    ``words``: the name's match key, ``written``: its words as the text spells them."""
    return (
        len(words) == len(written) == 3
        and written[1].isalpha()
        and written[1][:1].isupper()
        and len(written[1]) > 2
        and gender_of_given_name(written[0]) is not None
        and gender_of_given_name(written[1]) is None
    )


def join_compound_surnames(clusters: list[Cluster]) -> None:
    """ "Moussa Ag Intalla ... Ag Intalla had been taken prisoner", "Pieter van Dijk ... Van
    Dijk": a surname of two or more words, which the model may tag as an organisation or a
    place, is the person whose full name ends in it (one person only, named before it)."""
    tails: dict[str, list[int]] = {}
    for idx, c in enumerate(clusters):
        words = match_key(c.canonical).split() if c.kind == "person" else []
        for n in range(1, len(words) - 1):
            tails.setdefault(" ".join(words[n:]), []).append(idx)
    if not tails:
        return
    for idx, c in enumerate(clusters):
        if c.kind not in {"org", "gpe"} or not c.names:
            continue
        keys = {match_key(name) for name in c.names}
        owners = {o for key in keys for o in tails.get(key, ())}
        if len(keys) != 1 or len(owners) != 1:
            continue
        owner = owners.pop()
        if clusters[owner].first < c.first:
            move_cluster(clusters, idx, owner)


def _namesake_spelled_out(doc: Doc, tok: Token, clusters: list[Cluster], owners: list[int]) -> int | None:
    """Of several people sharing the surname ``tok``, the one whose given name is the word
    right before it, in any case ("RUTH ODUYA" in a transcript's label), if exactly one."""
    if tok.i < 1 or not doc[tok.i - 1].is_alpha:
        return None
    word = match_key(doc[tok.i - 1].text)
    found = [i for i in owners if (first := given_name(clusters[i].canonical)) and match_key(first) == word]
    return found[0] if len(found) == 1 else None


def share_coordinated_surnames(doc: Doc, clusters: list[Cluster]) -> None:
    """"the brothers Nikos and Yannis Petrou", "Ana and Lucia Moreno": a given name alone,
    joined by "and" to a given name with a surname, shares that surname (news writes the
    family name once for both); the lone name's person gets the full name."""
    text = full_text(doc)
    starts = {s: (idx, e) for idx, c in enumerate(clusters) if c.kind == "person" for s, e, _ in c.mentions}
    for idx, c in enumerate(clusters):
        if c.kind != "person" or len(c.names) != 1 or len(c.names[0].split()) != 1:
            continue
        lone = c.names[0]
        if gender_of_given_name(lone) is None:
            continue
        for _, end, _ in list(c.mentions):
            after = text[end : end + 5]
            if not after.startswith(" and "):
                continue
            other = starts.get(end + 5)
            if other is None or other[0] == idx:
                continue
            words = clusters[other[0]].canonical.split()
            # the second given name may be one the list does not know ("Umar and Sani Adamu"),
            # as long as it is no one's surname in the text
            if (
                len(words) == 2
                and words[1][:1].isupper()
                and (gender_of_given_name(words[0]) is not None or not _used_as_surname(words[0], clusters))
            ):
                c.names.append(f"{lone} {words[1]}")
                break


def _used_as_surname(word: str, clusters: list[Cluster]) -> bool:
    """Whether ``word`` is the last word of some person's name (or all of it) in the text."""
    key = match_key(word)
    return any(
        c.kind == "person" and any(match_key(n).split()[-1:] == [key] for n in c.names) for c in clusters
    )


def _relative_named(doc: Doc, tok: Token, owner: Cluster, covered: set[tuple[int, int]]) -> int | None:
    """ "Ahmed Barakat ... 'It was his voice,' Nadia Barakat told reporters": a surname after
    a given name that is not the owner's names another person of that family (a wife, a
    brother), whom the model missed or tagged as something else; the start of that name."""
    if tok.i < 1:
        return None
    first = given_name(owner.canonical)
    hyphened = _hyphened_given_name(doc, tok.i)
    if hyphened is not None and not any(s <= doc[hyphened].idx < e for s, e in covered):
        # "Jin Park ... Park's wife, Min-ji Park, ...": a hyphened given name ("Min-ji",
        # "Jean-Luc") before the surname names another person of the family too
        given = match_key(doc[hyphened : tok.i].text)
        if first is None or given != match_key(first):
            return doc[hyphened].idx
    prev = doc[tok.i - 1]
    if (
        not prev.text[:1].isupper()
        or not prev.is_alpha
        or prev.pos_ not in {"PROPN", "NOUN", "ADJ", "X"}
        or gender_of_given_name(prev.text) is None
        or first is not None and match_key(prev.text) == match_key(first)
        or any(match_key(prev.text) in match_key(n).split() for n in owner.names)
        or any(s <= prev.idx < e for s, e in covered)
    ):
        return None
    return prev.idx


def _hyphened_given_name(doc: Doc, i: int) -> int | None:
    """The first token of "Min-ji" / "Jean-Luc" written right before token ``i`` (three
    tokens joined without spaces, the first capitalised, not a sentence opener), else None."""
    if i < 3:
        return None
    first, dash, second = doc[i - 3], doc[i - 2], doc[i - 1]
    if (
        dash.text != "-"
        or first.whitespace_
        or dash.whitespace_
        or not second.whitespace_
        or not (first.text.isalpha() and first.text[:1].isupper() and second.text.isalpha())
        or first.is_sent_start
        or first.lower_ in ARABIC_PARTICLES  # "Al-Amin": a surname of its own
        or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in (first, second))
    ):
        return None
    return i - 3


def _given_names(clusters: list[Cluster], forms: dict[str, list[int]]) -> dict[str, int]:
    """"Elise is safe", "Yasser is in good health": news and the people it quotes call a
    person by the given name alone; it joins the one person of the document with that given
    name (a given name two people share, or that is someone's surname, stays unresolved)."""
    owners: dict[str, set[int]] = {}
    for idx, c in enumerate(clusters):
        if c.kind != "person":
            continue
        for name in c.names:
            first = given_name(name)
            if first is not None and gender_of_given_name(first) is not None:
                owners.setdefault(match_key(first), set()).add(idx)
    return {
        word: next(iter(idxs))
        for word, idxs in owners.items()
        if len(idxs) == 1 and word not in forms and " " not in word
    }


def add_government_parts(doc: Doc, clusters: list[Cluster]) -> None:
    """``the Russian military`` → an org entity whose parent is Russia."""
    tables = tables_of(doc)
    lower, heads = tables.lower, tables.head
    tokens = doc_tokens(doc)
    for i in [i for i, head in enumerate(heads) if lower[head] in GOV_NOUNS]:
        tok = tokens[i]
        if tok.ent_type_ != "NORP":
            continue
        head = tok.head
        start = tok.idx
        end = head.idx + len(head)
        if any(s <= start < e for c in clusters for s, e, _ in c.mentions):
            continue
        name = full_text(doc)[start:end]
        country = _country_of(tok.text, clusters)
        key = match_key(name)
        existing = next((c for c in clusters if c.kind == "org" and match_key(c.canonical) == key), None)
        c = existing or Cluster(kind="org")
        if existing is None:
            clusters.append(c)
        c.add(start, end, name)
        if country is not None:
            c.parent = country


def _country_of(demonym: str, clusters: list[Cluster]) -> int | None:
    d = match_key(demonym)
    wanted = IRREGULAR_DEMONYMS.get(d, ())
    for idx, c in enumerate(clusters):
        if c.kind != "gpe":
            continue
        k = match_key(c.canonical)
        if k in wanted or any(match_key(n) in wanted for n in c.names):
            return idx
        stem = max(4, len(d) - 3)
        if len(k) >= 4 and k[:stem] == d[:stem]:
            return idx
    return None


# Not "called"/"named": "X, who called Y" names two people.
_ALIAS_VERBS = frozenset({"known", "nicknamed", "dubbed", "styled"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})


def merge_aliases(
    doc: Doc, spans: list[NameSpan], clusters: list[Cluster], span_cluster: dict[int, int]
) -> None:
    """"Hernan X, the guerrilla commander known as El Tigre", "Joaquin X, nicknamed 'El
    Flaco'": the alias (whatever kind the model gave it) joins the person it names, with all
    its mentions; the full name stays canonical."""
    person_of_token = {i: span_cluster[n] for n, s in enumerate(spans) if n in span_cluster
                       and clusters[span_cluster[n]].kind == "person" for i in range(s.start, s.end)}
    for n, s in enumerate(spans):
        alias = span_cluster.get(n)
        if alias is None or clusters[alias].kind == "person" and len(match_key(span_text(doc, s)).split()) > 1:
            continue
        verb = _alias_verb(doc, s.start)
        if verb is None:
            continue
        target = None
        tok = verb
        for _ in range(4):  # known → (acl) commander → (appos) Zapata
            tok = tok.head
            target = person_of_token.get(tok.i)
            if target is None:
                target = _real_name(tok, person_of_token)  # "the leader known as X, whose real name is Y"
            if target is not None or tok.head.i == tok.i:
                break
        if target is None or target == alias:
            continue
        move_cluster(clusters, alias, target)
        for m, idx in span_cluster.items():
            if idx == alias:
                span_cluster[m] = target


def _real_name(noun: Token, person_of_token: dict[int, int]) -> int | None:
    """``the leader known as "El Gato", whose real name is Hernan X``: the person the
    noun's "whose real name is" clause names."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() == "name"), None)
        if subject is None or not any(c.lower_ == "whose" for c in subject.children):
            continue
        for attr in (c for c in clause.children if c.dep_ in {"attr", "acomp", "oprd"}):
            if attr.i in person_of_token:
                return person_of_token[attr.i]
    return None


def _alias_verb(doc: Doc, start: int) -> Token | None:
    """The verb introducing a name as an alias: "known as X", "nicknamed 'X'"."""
    j = start - 1
    while j >= 0 and doc[j].text in _QUOTES:
        j -= 1
    if j >= 1 and doc[j].lower_ == "as" and doc[j - 1].lower_ in _ALIAS_VERBS:
        return doc[j - 1]
    if j >= 0 and doc[j].lower_ in _ALIAS_VERBS - {"known"} and doc[j].pos_ == "VERB":
        return doc[j]
    return None


def move_cluster(clusters: list[Cluster], source: int, target: int) -> None:
    src, dst = clusters[source], clusters[target]
    for start, end, text in src.mentions:
        dst.add(start, end, text, name=False)
    for name in src.names:
        if name not in dst.names:
            dst.names.append(name)
    src.mentions.clear()
    src.names.clear()
    src.kind = "other"  # no longer found by person or organisation lookups
