"""Grammatical relations the claim rules share: who undergoes a verb (passive subject,
object, the noun a participle modifies), who does it (subject through xcomp / conj /
relative clauses), coordination and group nouns ("X and Y", "those arrested include X"),
and the moods that make a verb no event (future, imperative, purpose infinitive)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import DocIndex, tables_of
from dateline.nlp.claims_conjuncts import (
    apposed_member,
    dangling_relative,
    subject_taken_by_participle,
    victims_fate,
)
from dateline.nlp.claims_context import (
    ClaimContext,
    relative_head,
    stranded_subject,
)
from dateline.nlp.claims_harm_subjects import parenthetical_conjunct_head
from dateline.nlp.claims_name_lists import listed_names, name_before_and
from dateline.nlp.entities import PERSON_NOUNS
from dateline.nlp.entities_list_headings import item_heading_subject


def irrealis(verb: Token) -> bool:
    """A bare infinitive or imperative ("only to free the hostages", "free him!") states
    a purpose or a demand, not an event."""
    tables, i = tables_of(verb.doc), verb.i  # (read from the tables: no Token per child)
    dep, lower, tag, lemma, children = (
        tables.dep,
        tables.lower,
        tables.tag,
        tables.lemma,
        tables.children,
    )
    if tag[i] != "VB" and dep[i] != "xcomp":
        return False  # neither a bare verb nor an infinitive complement (most verbs)
    kids = children[i]
    to = any(dep[c] == "aux" and lower[c] == "to" for c in kids)
    if to and any(
        dep[c] == "mark"
        and lower[c] == "for"
        and any(lower[o] == "only" for o in children[c])
        or lower[c] == "only"
        and any(lower[m] == "for" for m in kids)
        for c in kids
    ):
        return False  # "only for him to appear weeks later": what happened next
    head = tables.head[i]
    if to and lemma[head] in lx.PROSPECTIVE_HEADS and dep[i] == "xcomp":
        return True  # "is expected to be released", "was due to be freed": not yet
    if tag[i] != "VB":
        return False
    if to:
        if lemma[head] in lx.RAISING_REPORT_VERBS and any(
            dep[c] == "auxpass" for c in children[head]
        ):
            return False  # "is believed to be in Turkey", "was last known to be in X"
        if lemma[head] in {"allow", "permit"} and any(dep[c] == "neg" for c in children[head]):
            return True  # "was not allowed to see"
        if lemma[head] in {"refuse", "decline"} or any(lower[c] == "yet" for c in children[head]):
            return False  # read as negated: "refused to resign", "has yet to be released"
        return lemma[head] not in lx.FACTIVE_INFINITIVE_HEADS
    if not any(dep[c] in {"aux", "auxpass"} for c in kids):
        # imperative ("Free him!") or bare infinitive ("help free him", "let him go")
        return dep[i] in {"ROOT", "xcomp", "ccomp", "advcl"}
    return False


def may_be_unrealised(ctx: ClaimContext, verb: Token) -> bool:
    """False when none of the mood tests of the verb rules can hold, read from the
    document's tables (no Token per child): each needs a bare verb or an infinitive
    complement (``irrealis``), an "aux" or an "if"/"unless" mark under the verb (the
    future, "can", a condition, an obligation), or an "aux" under the head of a
    conjoined verb ("must surrender X and remain"). Most verbs have none of these."""
    tables, i = ctx.tables, verb.i
    dep = tables.dep
    if tables.tag[i] == "VB" or dep[i] == "xcomp":
        return True
    kids, lower = tables.children, tables.lower
    if any(dep[c] == "aux" or dep[c] == "mark" and lower[c] in {"if", "unless"} for c in kids[i]):
        return True
    return dep[i] == "conj" and any(dep[c] == "aux" for c in kids[tables.head[i]])


def is_future(verb: Token) -> bool:
    """ "will be released", "would soon appear": not (yet) an event."""
    tables = tables_of(verb.doc)  # (the children from the tables: no Token per child)
    dep, lower = tables.dep, tables.lower
    return any(
        dep[c] == "aux" and lower[c] in {"will", "would", "shall", "'ll"}
        for c in tables.children[verb.i]
    )


def reporting_subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.lemma_.lower() in lx.REPORTING_VERBS:
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def is_passive(verb: Token) -> bool:
    tables, i = tables_of(verb.doc), verb.i  # (read from the tables: no Token per child)
    found = tables.passive_at.get(i)  # (once per token: the rules of one verb ask 2-3 times)
    if found is None:
        found = tables.passive_at[i] = _passive_at(tables, i) or _headline_participle(verb)
    return found


def _headline_participle(verb: Token) -> bool:
    """ "Held in Jaslyk colony.", "Detained on 9 May after ...": the clipped style of a list
    item, a bulletin or a headline opens on a past participle with no auxiliary and no
    subject, and means the passive ("was detained", "is held"). The participle is its
    sentence's root and first word (past a bullet or a number), with no object of its own."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    if any(t.pos_ not in {"PUNCT", "NUM", "SPACE"} for t in verb.doc[verb.sent.start : verb.i]):
        return False
    return not any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children)


# What a headline participle has none of: its own subject, auxiliary or object.
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "dobj"})


def _passive_at(tables: DocIndex, i: int) -> bool:
    """:func:`is_passive` of token ``i``, on the tables."""
    dep, tag = tables.dep, tables.tag
    kids = tables.children[i]
    return any(dep[c] in {"nsubjpass", "auxpass"} for c in kids) or (
        tag[i] == "VBN"
        and (
            dep[i] in {"acl", "relcl", "advcl"}
            # "was removed as leader and replaced by Y": a conjunct with its own agent
            or dep[i] == "conj"
            and any(dep[c] == "agent" for c in kids)
        )
        and not any(dep[c] == "dobj" for c in kids)
    )


# The tags of a finite verb: a sentence with one of them has its own main verb.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def misread_main_verb(verb: Token) -> bool:
    """ "The chairman, X, handed over to his deputy, Y, on Monday": English puts the main verb
    of the past right after the comma that closes the subject's apposition; the tagger may read
    it as a participle (VBN) and the parser hang it on the subject noun as a reduced relative,
    leaving a sentence with no finite verb. Such a participle is the sentence's main verb, in
    the active: it hangs on the sentence's root noun, after that noun's apposition and the
    comma closing it, has no agent, and nothing else in the sentence is finite."""
    head = verb.head
    if (
        verb.tag_ != "VBN"
        or verb.dep_ != "acl"
        or head.dep_ != "ROOT"
        or head.pos_ not in {"NOUN", "PROPN"}
        or head.i > verb.i
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
    ):
        return False
    if not any(c.dep_ == "appos" and c.i < verb.i for c in head.children):
        return False
    if any(c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in verb.sent)


# Subordinators under which a participle is no event: "if freed, he will ...".
_IRREALIS_MARKS = frozenset({"if", "unless", "until", "lest", "whether"})


def gapped_subject(verb: Token) -> list[Token]:
    """The own subject of a gapped passive conjunct: "X was killed and Y wounded", "X was
    freed on Monday and Y (was) released a day later": the second verb shares the first
    one's "was", so its subject is the one who underwent it."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in {"VBN", "VBD"}
        or any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass"} for c in verb.children)
        or not any(c.dep_ == "auxpass" for c in verb.head.children)
    ):
        return []
    own = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return expand_conj(own)


def participle_patient(verb: Token) -> list[Token]:
    """Who underwent a participial phrase that hangs on the clause: "Released on Tuesday, X
    said ...", "X was arrested, charged and released on bail", "X returned home, freed
    after six months": the subject of a fronted phrase's clause; the one the main verb is
    about when the phrase follows it (not an active verb's object: "police arrested X,
    accused of ..." is left alone)."""
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBN"
        or verb.head.i == verb.i
        or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"}
            or c.dep_ == "mark"
            and c.lower_ in _IRREALIS_MARKS
            for c in verb.children
        )
    ):
        return []
    head = verb.head
    if any(c.dep_ == "nsubjpass" for c in head.children):
        return patient_of(head)
    if verb.i < head.i or not any(c.dep_ == "dobj" for c in head.children):
        return subject_of(head)
    return []


def listed_members(group: Token) -> list[Token]:
    """The names a group noun or pronoun lists after a colon or in apposition: "Those
    detained: X, a lawyer; Y, a blogger; and Z", "three activists, X, Y and Z"."""
    out: list[Token] = []
    for c in group.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            out.extend(expand_conj([c]))
    return out


def patient_of(verb: Token) -> list[Token]:
    """Who undergoes the verb: passive subject, object, or the noun a participle modifies."""
    passive = [relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    if not passive and any(c.dep_ == "auxpass" for c in verb.children):
        # "X, who the army said was killed in May": the parser labels the relative pronoun
        # of a passive under a reporting verb "nsubj"; it is still the one who underwent it
        passive = [
            relative_head(c)
            for c in verb.children
            if c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PRONOUNS and c.i < verb.i
        ]
    if passive:
        return expand_conj(passive)
    if before_semicolon(verb) and (heading := item_heading_subject(verb)) is not None:
        return [heading]  # "X (Radio Y). Held in Z; no charge has been filed."
    if (
        verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and (relative := dangling_relative(verb)) is not None
    ):
        return subject_of(relative)  # "X, who was arrested and, ..., has been held in Y"
    if (inverted := _inverted_subject(verb)) is not None:
        return expand_conj([inverted])  # "Also injured was the driver, X", "Arrested were X and Y"
    if (reported := reported_relative(verb)) is not None and any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return [reported]  # "X, who witnesses said was wounded in the ambush"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return expand_conj(objects + _objects_hung_on_verb(verb, objects[0]))
    if (
        any(c.dep_ == "auxpass" for c in verb.children)
        and (stranded := stranded_subject(verb)) is not None
    ):
        return [stranded]  # "a week after his predecessor, X, was killed": subject hung elsewhere
    # "was among those killed": the subject of the verb that governs "among".
    if verb.dep_ == "acl" and verb.head.lower_ in lx.GROUP_OF_PEOPLE:
        group = verb.head
        members = members_of(group)
        if members:
            return members
    if (
        verb.dep_ == "acl"
        and verb.head.lower_ == "one"
        and verb.head.dep_ == "attr"
        and verb.head.head.lemma_ == "be"
        and any(c.lower_ == "of" for c in verb.head.children)
    ):
        # "X was one of three hostages shot dead": the parser hangs the participle on "one"
        return subject_of(verb.head.head)
    if verb.dep_ == "amod" or verb.tag_ == "VBN" and verb.dep_ in {"acl", "compound"}:
        # "detained activist X", "the journalist detained last week"; "X, one of the men
        # arrested in May": the named member (claims_conjuncts)
        return [apposed_member(verb.head) or verb.head]
    if (
        verb.tag_ == "VBD"
        and verb.dep_ == "acl"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in verb.children)
    ):
        return [verb.head]  # "the photographer freed on bail", the participle tagged past
    if gapped := gapped_subject(verb):
        return gapped  # "X was killed and Y wounded"
    if participle := participle_patient(verb):
        return participle  # "Released on Tuesday, X said"
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
    ):
        # "Those detained: X, a lawyer; Y, a blogger": a verbless list after a colon
        listed = [
            m
            for c in verb.children
            if c.dep_ == "nsubj" and c.lower_ in {"those", "the"}
            for m in listed_members(c)
        ]
        if listed:
            return listed
    # "killed or injured the leader": conjuncts share the object; passive conjuncts the subject.
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        if purpose := _purpose_infinitive(verb.head):
            return subject_of(purpose.head)  # "went back to visit her and was detained"
        if victims_fate(verb):
            return subject_of(verb.head.head)  # "... when gunmen attacked and was flown to X"
        return subject_of(verb.head)  # "lost consciousness and was hospitalized"
    near = [relative_head(c) for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ == "conj" and near:
        # "X was freed, and Y was pardoned and released": the verb shares the patient of the
        # clause it is coordinated into, not those of every clause of the coordination
        return expand_conj(near)
    shared = [
        relative_head(c)
        for other in verb.conjuncts
        for c in other.children
        if c.dep_ in {"dobj", "nsubjpass"}
    ]
    if shared:
        return expand_conj(shared)
    if verb.dep_ == "conj":
        if any(c.dep_ == "auxpass" for c in verb.children):
            return subject_of(verb.head)  # "lost consciousness and was hospitalized"
        return patient_of(verb.head) if verb.head.lemma_ != verb.lemma_ else []
    if verb.dep_ in {"xcomp", "acomp"} and verb.tag_ == "VBN":
        return subject_of(verb.head)  # "was reported killed", "was found beaten"
    if (passive_conj := _reduced_relative_misparsed(verb)) is not None:
        # "An activist detained at the protest, X, was released": who the conjunct is about
        return patient_of(passive_conj)
    if verb.dep_ == "ROOT" and (heading := item_heading_subject(verb)) is not None:
        return [heading]  # "* X (2010-2016): ... Arrested by police in 2016."
    return []


def before_semicolon(verb: Token) -> bool:
    """ "Held in the city pre-trial centre; no charge has been filed.": a clipped clause
    with no subject of its own before a semicolon is a sentence of its own (a list item's),
    though the parser hangs it on the clause after the semicolon as an adverbial clause."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i <= verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    return any(
        t.text == ";" and t.head.i == head.i for t in verb.doc[verb.right_edge.i + 1 : head.i]
    )


def _objects_hung_on_verb(verb: Token, obj: Token) -> list[Token]:
    """ "Militants killed a tribal elder, X, and his son, Y, in Kunar": the parser makes the
    second object ("son") a conjunct of the verb; a person noun coordinated with a verb after
    its object, with no verb of its own, is one more object."""
    found = []
    for c in verb.children:
        if c.dep_ != "conj" or c.i < obj.i or c.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(a.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for a in c.children):
            continue  # a clause of its own
        named = any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children)
        if c.pos_ == "PROPN" or named or c.lemma_.lower() in PERSON_NOUNS:
            found.append(c)
    return found


def _inverted_subject(verb: Token) -> Token | None:
    """The subject after the copula of a participle that opens its sentence: "Killed in the
    attack were X and Y", "Also injured was the driver, X" (the parser makes the "was" the
    participle's auxiliary and the subject the copula's attribute); None for any other verb."""
    # (a participle that opens the sentence may be tagged as a base form: "Hurt in the attack were")
    if verb.tag_ not in {"VBN", "VB"} or any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        return None
    sent = verb.sent
    if any(t.pos_ not in {"ADV", "CCONJ", "PUNCT", "SPACE"} for t in sent if t.i < verb.i):
        return None
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i), None)
    if aux is None:
        return None
    subject = next((c for c in aux.children if c.dep_ in {"attr", "nsubj"} and c.i > aux.i), None)
    doc = verb.doc
    if subject is not None and subject.pos_ == "NOUN" and subject.right_edge.i + 2 < len(doc):
        # "was the bus driver, X, 52, police said": the name the parser hung elsewhere
        comma, name = doc[subject.right_edge.i + 1], doc[subject.right_edge.i + 2]
        while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
            name = name.head
        if comma.text == "," and name.pos_ == "PROPN" and name.i > comma.i:
            return name
    return subject


def _purpose_infinitive(verb: Token) -> Token | None:
    """The "to visit" of "X went back to visit his mother and was detained": the parser
    hangs the finite passive on the infinitive of purpose, whose subject is the main
    clause's; None for any other verb."""
    if (
        verb.dep_ in {"advcl", "xcomp"}
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and verb.head.i != verb.i
    ):
        return verb
    return None


def _reduced_relative_misparsed(verb: Token) -> Token | None:
    """A participle read as the main verb of its noun: in "A second activist detained at the
    protest, X, was released" the parser makes "activist" the subject of an objectless
    "detained" and hangs the real predicate on it as a passive conjunct, which this returns
    (a transitive event verb has no objectless use, so its subject underwent it); None
    for any other verb."""
    if verb.tag_ not in {"VBD", "VBN"} or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if any(c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "xcomp"} for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "conj"
            and any(a.dep_ == "auxpass" for a in c.children)
            and not any(a.dep_ in {"nsubj", "nsubjpass"} for a in c.children)
        ),
        None,
    )


def group_copula(verb: Token) -> Token | None:
    """The "be" of "X was among those killed" / "X was one of three people killed" (also of
    a second participle: "was not among those captured or killed")."""
    if verb.dep_ == "conj" and verb.head.dep_ == "acl":
        verb = verb.head
    if verb.dep_ != "acl" or verb.head.lower_ not in lx.GROUP_OF_PEOPLE:
        return None
    tok = verb.head
    for _ in range(3):
        tok = tok.head
        if tok.lemma_ in {"be", "include"}:
            return tok
    return None


def members_of(group: Token) -> list[Token]:
    """Who belongs to "those killed" / "three people killed" / "the dead": "X was among
    those killed", "X was one of three people killed", "those arrested include X"."""
    head = group.head
    if group.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_ in {"be", "include"}:
        return subject_of(head.head)
    if (
        group.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ == "one"
        and head.head.dep_ == "attr"
    ):
        return subject_of(head.head.head)  # "was one of three people killed"
    if group.dep_ == "nsubj" and head.lemma_ == "include":
        # "those arrested include X"
        return expand_conj([c for c in head.children if c.dep_ == "dobj"])
    return []


def subject_of(verb: Token) -> list[Token]:
    """Grammatical subject, inherited through xcomp / conj / relative clauses."""
    seen = 0
    doc = verb.doc
    tables = tables_of(doc)  # (the children from the tables: a Token only for a subject)
    dep, lower, children = tables.dep, tables.lower, tables.children
    while verb is not None and seen < 6:
        seen += 1
        kids = children[verb.i]
        subjects = [relative_head(doc[c]) for c in kids if dep[c] in {"nsubj", "nsubjpass"}]
        if subjects:
            return expand_conj(subjects)
        # "X remains hospitalised": the parser may hang the subject on the auxiliary
        subjects = [
            relative_head(doc[s])
            for c in kids
            if dep[c] in {"aux", "auxpass"}
            for s in children[c]
            if dep[s] in {"nsubj", "nsubjpass"}
        ]
        if subjects:
            return expand_conj(subjects)
        if verb.dep_ == "conj" and (relative := dangling_relative(verb)) is not None:
            verb = relative  # "X, who was arrested in March and, ..., has been held in Y"
            continue
        if (interrupted := parenthetical_conjunct_head(verb)) is not None:
            verb = interrupted  # "X was wounded, the group said, and is recovering"
            continue
        if (reported := reported_relative(verb)) is not None:
            return [reported]  # "X, who a relative said is under house arrest"
        if (taken := subject_taken_by_participle(verb)) is not None:
            return [taken]  # "X, the best known of the prisoners freed that day, had spent"
        if (stranded := stranded_subject(verb)) is not None:
            return [stranded]  # the parser hung the subject elsewhere
        if verb.dep_ in {"xcomp", "conj", "ccomp"} and verb.head != verb:
            if verb.dep_ == "ccomp":
                return []
            verb = verb.head.head if victims_fate(verb) else verb.head
            continue
        if verb.dep_ in {"acomp", "attr"} and verb.head.lemma_ in {"be", "remain", "seem", "stay"}:
            verb = verb.head  # "is alive and receiving treatment": through the predicate adjective
            continue
        if verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "among"
                and head.head.head.lemma_ == "be"
            ):
                return subject_of(head.head.head)  # "X was among the 12 fighters who died"
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.lower_ == "one"
                and head.head.head.head.lemma_ == "be"
            ):
                return subject_of(head.head.head.head)  # "X was one of three people who died"
            if head.lower_ == "one" and head.dep_ == "attr" and head.head.lemma_ == "be":
                # "X was one of three hostages shot dead": the participle hung on "one"
                return subject_of(head.head)
            return [head]
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and any(dep[c] == "aux" and lower[c] == "to" for c in kids)
            and verb.head.lemma_.lower() in lx.FACTIVE_INFINITIVE_HEADS
        ):
            verb = verb.head  # "rose to become leader": the one who rose
            continue
        if before_semicolon(verb) and (heading := item_heading_subject(verb)) is not None:
            return [heading]  # "* X (2016-2019): Held in Y; no charge has been filed."
        if verb.dep_ == "advcl" and verb.tag_ in {"VBG", "VBN"} and verb.head != verb:
            verb = verb.head  # "appeared in a video, looking tired but unharmed": the main subject
            continue
        if verb.dep_ == "pcomp" and verb.tag_ in {"VBG", "VBN"} and verb.head.dep_ == "prep":
            verb = verb.head.head  # "returned home after being missing for a week"
            continue
        if verb.dep_ == "ROOT" and (heading := item_heading_subject(verb)) is not None:
            return [heading]  # "* X (2016-2019): Took over after Y's arrest."
        return []
    return []


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})


def reported_relative(verb: Token) -> Token | None:
    """The noun a reported relative clause is about when the parser hangs its pronoun on
    the reporting verb: in "X, who witnesses said was wounded" / "X, who a relative said is
    under house arrest" the "who" is the subject of the reported clause, not of "said";
    "X" is who the clause is about. None for any other verb (a subjectless complement of
    a relative reporting verb that has both the pronoun and a speaker as its subjects)."""
    if verb.dep_ != "ccomp" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    report = verb.head
    if report.dep_ != "relcl" or report.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    subjects = [c for c in report.children if c.dep_ == "nsubj"]
    pronoun = next((c for c in subjects if c.lower_ in _RELATIVE_PRONOUNS), None)
    if pronoun is None and len(subjects) == 1:
        # "X, who aides say has not left ...": the pronoun read as the object of "say"
        pronoun = next(
            (c for c in report.children if c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS),
            None,
        )
        subjects += [pronoun] if pronoun is not None else []
    if pronoun is None or len(subjects) < 2 or not pronoun.i < report.i < verb.i:
        return None
    return report.head


def expand_conj(tokens: list[Token]) -> list[Token]:
    """Coordinated and listed people: "X and Y", "two hostages, including X"."""
    out = []
    for t in tokens:
        doc = t.doc
        tables = tables_of(doc)  # (the children from the tables: a Token only for one kept)
        dep, pos, lower, children = tables.dep, tables.pos, tables.lower, tables.children
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
        if pos[t.i] == "PROPN" or tables.tag[t.i] == "NNS":
            # "X, Y and three aides were killed": the parser hangs the list on X as an
            # apposition of names (one name in apposition to another is a list, not a title);
            # "opposition activists X and Y were arrested": the names in apposition
            for a in (doc[c] for c in children[t.i] if dep[c] == "appos" and pos[c] == "PROPN"):
                out.append(a)
                out.extend(c for c in a.conjuncts if c.i > a.i)
                out.extend(doc[c] for c in children[a.i] if dep[c] == "appos" and pos[c] == "PROPN")
            # "X, his son Y and a neighbour, Z, were shot dead": a list of described people the
            # parser hangs on the first name as coordinated common nouns, each with its name in
            # apposition (a lone described apposition may be the first person's own title)
            # (the parser hangs "and a neighbour" on the noun or on its name)
            for desc in (c for c in children[t.i] if dep[c] == "appos" and tables.tag[c] == "NN"):
                names = [c for c in children[desc] if dep[c] == "appos" and pos[c] == "PROPN"]
                others = [
                    c
                    for n in (desc, *names)
                    for c in children[n]
                    if dep[c] == "conj" and tables.tag[c] == "NN"
                ]
                if others:
                    out.extend(doc[n] for n in names)
                    out.extend(
                        doc[c]
                        for o in others
                        for c in children[o]
                        if dep[c] == "appos" and pos[c] == "PROPN"
                    )
        elif tables.tag[t.i] == "NN":
            # "Among those detained were the lawyer X and the blogger Y": the parser hangs
            # the second person on the first one's name, set in apposition to "lawyer"
            for a in (doc[c] for c in children[t.i] if dep[c] == "appos" and pos[c] == "PROPN"):
                out.extend(c for c in a.conjuncts if c.i > a.i and c.pos_ == "PROPN")
        for prep in (
            c for c in children[t.i] if dep[c] == "prep" and lower[c] in {"including", "among"}
        ):
            out.extend(expand_conj([doc[p] for p in children[prep] if dep[p] == "pobj"]))
        kept = {o.i for o in out}
        out.extend(doc[n] for n in described_list(tables, t.i) if n not in kept)
        out.extend(doc[n] for n in _stranded_list(tables, t.i) if n not in kept)
        # "Police arrested A, B and C": the list as written, however the parser hung it
        kept = {o.i for o in out}
        out.extend(doc[n] for n in listed_names(doc, tables, t.i) if n not in kept)
        # "X, 33, and her sister Y were detained": the first name the parser made the root
        out.extend(doc[n] for n in name_before_and(doc, tables, t.i) if n not in kept)
    return out


def _stranded_list(tables: DocIndex, t: int) -> list[int]:
    """ "Gunmen kidnapped three engineers, X, Y and Z, in the delta": the names set off by a
    comma right after a counted plural, which the parser hung on another word of the clause
    (the verb's subject, or the verb itself as a loose modifier); taken when they are exactly
    as many as the count."""
    dep, pos, lower, children, head = (
        tables.dep,
        tables.pos,
        tables.lower,
        tables.children,
        tables.head,
    )
    count = _COUNT_WORDS.get(lower[t]) or next(
        (
            _COUNT_WORDS[lower[c]]
            for c in children[t]
            if dep[c] == "nummod" and lower[c] in _COUNT_WORDS
        ),
        None,
    )
    edge = _right_edge(tables, t)
    if count is None or edge + 2 >= len(dep) or lower[edge + 1] != "," or pos[edge + 2] != "PROPN":
        return []
    name = edge + 2
    while dep[name] in {"compound", "flat"} and head[name] > name and pos[head[name]] == "PROPN":
        name = head[name]
    if dep[name] not in {"appos", "conj", "npadvmod", "dep"} or _descends(tables, name, t):
        return []
    names = [name]
    stack = [name]
    while stack:
        n = stack.pop()
        for c in children[n]:
            if dep[c] == "conj" and pos[c] == "PROPN" and c > n:
                names.append(c)
                stack.append(c)
    return sorted(names) if len(names) == count else []


def _right_edge(tables: DocIndex, t: int) -> int:
    """The last token of ``t``'s subtree."""
    edge, stack = t, [t]
    while stack:
        n = stack.pop()
        edge = max(edge, n)
        stack.extend(tables.children[n])
    return edge


def _descends(tables: DocIndex, i: int, top: int) -> bool:
    """Token ``i`` is ``top`` or lies below it in the parse."""
    for _ in range(64):
        if i == top:
            return True
        if tables.head[i] == i:
            return False
        i = tables.head[i]
    return False


# Nouns that count the people of a list by their words: "two of his supporters", "both".
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}


def described_list(tables: DocIndex, t: int) -> list[int]:
    """The names of a list of people each given by a description and a name, however the
    parser hung it on its first word: "the opposition leader, X, his wife, Y, and their
    driver, Z", "two of his supporters, a student, X, and a retired teacher, Y", "two other
    people, his driver, X, and a young engineer, Y". The walk follows apposition and
    coordination from ``t`` through common nouns and names. One singular description
    cannot be two people, a counted plural names as many as its count, and a name's list
    needs a description with a name of its own ("X, a lawyer and activist" is one person)."""
    dep, pos, tag, lower, children = (
        tables.dep,
        tables.pos,
        tables.tag,
        tables.lower,
        tables.children,
    )
    names: list[int] = []
    described = False  # a common noun with a name of its own in apposition
    stack, seen = [t], {t}
    while stack:
        n = stack.pop()
        for c in children[n]:
            if c in seen or c < t or dep[c] not in {"appos", "conj"}:
                continue
            if pos[c] == "PROPN":
                names.append(c)
            elif tag[c] in {"NN", "NNS"}:
                described |= any(dep[g] == "appos" and pos[g] == "PROPN" for g in children[c])
                # "a Polish driver named X and a student, Y": a description's name given by
                # a "named" / "called" participle is its name as an apposition is (the walk
                # goes on from it to what the parser coordinated with it)
                for g in _named_by(tables, c):
                    described = True
                    if g not in seen:
                        names.append(g)
                        seen.add(g)
                        stack.append(g)
            else:
                continue
            seen.add(c)
            stack.append(c)
    if not described or len(names) < 2 and not (pos[t] == "PROPN" and names):
        return []
    if pos[t] == "PROPN" or tag[t] == "NN":
        return sorted(names)
    count = _COUNT_WORDS.get(lower[t]) or next(
        (_COUNT_WORDS[lower[c]] for c in children[t] if lower[c] in _COUNT_WORDS), None
    )
    if tag[t] in {"NNS", "CD"} and (count is None or count == len(names)):
        return sorted(names)
    return []


def _named_by(tables: DocIndex, noun: int) -> list[int]:
    """The name a "named" / "called" participle gives ``noun`` ("a driver named X")."""
    dep, pos, lemma, children = tables.dep, tables.pos, tables.lemma, tables.children
    return [
        g
        for c in children[noun]
        if dep[c] == "acl" and lemma[c] in {"name", "call"} and tables.tag[c] == "VBN"
        for g in children[c]
        if dep[g] in {"oprd", "attr", "dobj", "xcomp"} and pos[g] == "PROPN"
    ]


# Predicates one person can share with another in the same event ("along with", "as was").
SHARED_PREDICATES = frozenset({"killed", "wounded", "arrested", "captured", "released"})


def companions(verb: Token) -> list[Token]:
    """Others the verb's event befell too: "X was killed along with his brother Y", "X was
    arrested together with Y", "X was detained with Y", "X was killed in the strike, as was
    Y", "X died, as did Y", "the strike killed five fighters, among them X"."""
    out: list[Token] = []
    doc = verb.doc
    tables = tables_of(doc)  # (read from the tables: a Token only for a phrase that fits)
    dep, lower, pos, children = tables.dep, tables.lower, tables.pos, tables.children
    for i in [*children[verb.i], *_along_in_place_phrase(tables, verb.i)]:
        if dep[i] == "prep" and lower[i] in {"along", "together"}:
            for w in (g for g in children[i] if dep[g] == "prep" and lower[g] == "with"):
                out.extend(expand_conj([doc[p] for p in children[w] if dep[p] == "pobj"]))
        elif dep[i] == "prep" and lower[i] == "with":
            together = any(
                dep[a] in {"advmod", "prt"} and lower[a] in {"together", "along"}
                for a in children[verb.i]
            )
            out.extend(
                p
                for p in expand_conj([doc[p] for p in children[i] if dep[p] == "pobj"])
                if together or p.pos_ == "PROPN"
            )
        elif (
            dep[i] == "advcl"
            and doc[i].lemma_ in {"be", "do"}
            and any(dep[m] == "mark" and lower[m] == "as" for m in children[i])
        ):
            out.extend(
                expand_conj([doc[s] for s in children[i] if dep[s] in {"nsubj", "nsubjpass"}])
            )
        elif (
            dep[i] in {"npadvmod", "appos", "dep"}
            and pos[i] == "PROPN"
            and any(dep[g] == "prep" and lower[g] in {"among", "including"} for g in children[i])
        ):
            out.extend(expand_conj([doc[i]]))  # ", among them X"
    return out


def _along_in_place_phrase(tables: DocIndex, verb: int) -> list[int]:
    """The "along" the parser hangs on the last noun of the verb's own prepositional
    phrases: in "was arrested at a safe house in Tehran along with her husband" it sits
    under "house"; the companion still shares the verb's event."""
    dep, lower, children = tables.dep, tables.lower, tables.children
    found: list[int] = []
    nouns = [p for c in children[verb] if dep[c] == "prep" for p in children[c] if dep[p] == "pobj"]
    for _ in range(3):
        found += [g for n in nouns for g in children[n] if dep[g] == "prep" and lower[g] == "along"]
        nouns = [
            p
            for n in nouns
            for c in children[n]
            if dep[c] == "prep" and lower[c] != "along"
            for p in children[c]
            if dep[p] == "pobj"
        ]
    return found


def prep_children(head: Token, words: set[str] | frozenset[str]) -> Iterator[Token]:
    """The words under ``head``'s prepositions ``words`` ("went into hiding": ``hiding``
    under "into"), the shape most constructions read their complement in."""
    tables, doc = tables_of(head.doc), head.doc  # (a Token only for the words yielded)
    dep, lower, children = tables.dep, tables.lower, tables.children
    for c in children[head.i]:
        if dep[c] == "prep" and lower[c] in words:
            for g in children[c]:
                yield doc[g]


def when_clauses(anchor: Token) -> list[Token]:
    """ "was killed when a drone hit his car near X on Nov. 3": the "when" clause is the
    same moment, so its time and place are the event's."""
    doc = anchor.doc
    tables = tables_of(doc)  # (read from the tables: a Token only for a "when" clause)
    dep, lower, children = tables.dep, tables.lower, tables.children
    return [
        doc[c]
        for c in children[anchor.i]
        if dep[c] == "advcl"
        and any(dep[m] in {"advmod", "mark"} and lower[m] == "when" and m < c for m in children[c])
    ]


def has_neg(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


# Verbs of telling a speaker may hold back ("I will not say / cannot declare / would not
# accept that P"); belief verbs are not among them ("I do not believe he is dead" denies).
_WITHHOLDABLE_VERBS = frozenset({"say", "declare", "pronounce", "accept", "announce", "state"})
# Modals of ability and will on a refusal: "will not", "cannot", "would not", "won't".
_REFUSAL_MODALS = frozenset({"will", "wo", "would", "can", "ca", "could", "shall", "'ll"})
# Subordinators that make a refusal wait for proof: "until I see proof", "unless", "before".
_PROOF_MARKS = frozenset({"until", "till", "unless", "before"})


def withheld_assertion(verb: Token) -> bool:
    """A negated verb of telling by which the speaker holds the content back rather than
    denying it: "Until I see proof, I will not say that he is dead", "we cannot say he was
    killed", "would not accept that he was dead until they saw his body". A refusal that
    waits for proof (an "until" / "unless" clause on the verb) or a modal refusal of a verb
    of telling leaves the content open (unconfirmed); "I do not believe he is dead" does not."""
    tables, i = tables_of(verb.doc), verb.i  # (read from the tables: no Token per child)
    dep, lower, children = tables.dep, tables.lower, tables.children
    if any(
        dep[c] == "advcl"
        and any(dep[m] == "mark" and lower[m] in _PROOF_MARKS for m in children[c])
        for c in children[i]
    ):
        return True  # "until I see proof, I will not say", "would not accept ... until"
    return tables.lemma[i] in _WITHHOLDABLE_VERBS and any(
        dep[c] == "aux" and lower[c] in _REFUSAL_MODALS for c in children[i]
    )


def premature_report(verb: Token) -> bool:
    """ "It is too early to say whether he was killed", "too soon to confirm": the verb of
    telling is the complement of "too early / soon", so what it would tell is left open."""
    if verb.dep_ != "xcomp" or verb.head.lower_ not in {"early", "soon", "premature"}:
        return False
    adjective = verb.head
    return adjective.lower_ == "premature" or any(
        c.dep_ == "advmod" and c.lower_ == "too" for c in adjective.children
    )
