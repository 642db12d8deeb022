"""Conjuncts the parser hangs on the wrong verb, read back onto the clause they continue
(session 17, issue 6, the "absent" claims): :mod:`claims_grammar` asks these before it
climbs from a subjectless conjunct to its head.

* an attack's time clause: "X was wounded when gunmen attacked the convoy and later died /
  was flown to a hospital in Y" is X's death and flight, not the gunmen's;
* a relative clause that keeps its "and": "names X, who was arrested in March and,
  according to her family, has been held in Y since" is X's custody in Y.
"""

from __future__ import annotations

from spacy.tokens import Token

# Subordinators of an attack's time clause: "was wounded when gunmen attacked the convoy".
_EVENT_CLAUSE_MARKS = frozenset({"when", "as", "after", "while"})
# What befalls a victim after the attack: "... and later died", "... and spent a month in
# hospital".
_FATE_VERBS = frozenset({"die", "succumb", "spend", "recover", "undergo", "lose", "survive"})


def _passive(verb: Token) -> bool:
    """A verb with a passive subject or auxiliary ("was wounded", "has been held")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def dangling_relative(conj: Token) -> Token | None:
    """The relative clause a conjunct continues when the parser hung it higher: "names X,
    who was arrested in March and, according to her family, has been held in Y since": the
    clause keeps the "and" (no conjunct of its own) that comes before the conjunct."""
    for relative in conj.head.subtree:
        if (
            relative.dep_ == "relcl"
            and relative.i < conj.i
            and not any(c.dep_ == "conj" for c in relative.children)
        ) and any(c.dep_ == "cc" and relative.i < c.i < conj.i for c in relative.children):
            return relative
    return None


def victims_fate(conj: Token) -> bool:
    """ "X was wounded when gunmen attacked the convoy and later died / was flown to a
    hospital": the parser joins the victim's next verb to the attack's time clause; a
    passive main verb (the victim its subject) and a passive or fateful conjunct mean it is
    the victim's, not the attackers'."""
    clause = conj.head
    if conj.dep_ != "conj" or clause.dep_ != "advcl" or not _passive(clause.head):
        return False
    if not any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in _EVENT_CLAUSE_MARKS for c in clause.children
    ):
        return False
    return not _passive(clause) and (_passive(conj) or conj.lemma_.lower() in _FATE_VERBS)


def _partitive(tok: Token) -> bool:
    """The head of a part of a group: "one of", "the youngest of", "the best known of"."""
    return (
        tok.tag_ in {"CD", "JJS"}
        or tok.lower_ in {"one", "first", "last", "only", "eldest", "youngest", "oldest"}
        or any(c.tag_ == "RBS" for c in tok.children)  # "the best known of", "most senior"
    )


def apposed_member(noun: Token) -> Token | None:
    """The named person a participle's noun describes through an apposition the parser
    reads as a group's part or a second description: "X, one of the men arrested in May",
    "X, the best known of the prisoners freed that day", "X, a nurse and the only woman
    freed in the swap" (None for a noun set off in no such way, or "the lawyer of the men
    arrested": a lawyer is no part of the men)."""
    tok, climbed = noun, False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _partitive(tok.head.head):
        tok, climbed = tok.head.head, True
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok, climbed = tok.head, True
    if climbed and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head
    return None


def subject_taken_by_participle(verb: Token) -> Token | None:
    """The subject a reduced relative inside an aside took from its verb: in "X, the best
    known of the prisoners freed that day, had spent six years in a colony" the parser makes
    X the subject of "freed" (a complement of "spent") and leaves "spent" without one. A
    participle with no auxiliary before the verb, its named subject set off by a comma, and
    a comma closing the aside: the name is the verb's."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    for part in verb.children:
        if (
            part.dep_ not in {"ccomp", "advcl"}
            or part.i > verb.i
            or part.tag_ not in {"VBN", "VBD"}
            or any(c.dep_ in {"aux", "auxpass"} for c in part.children)
        ):
            continue
        name = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i), None)
        if name is None or name.pos_ != "PROPN":
            continue
        doc = verb.doc
        opened = any(doc[k].lower_ == "," for k in range(name.i + 1, part.i))
        closed = any(doc[k].lower_ == "," for k in range(part.right_edge.i, verb.i))
        if opened and closed:
            return name
    return None


def doubled_subject_name(noun: Token) -> Token | None:
    """The name the parser made a second subject of the verb when it is an apposition of
    ``noun``: "A fellow hostage, the American teacher X, was killed" gives "killed" two
    subjects, "hostage" and "teacher" (with X in apposition); only a comma lies between."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = noun.doc
    for other in noun.head.children:
        if other.dep_ not in {"nsubj", "nsubjpass"} or other.i <= noun.i:
            continue
        last = max(t.i for t in noun.subtree if not t.is_punct)
        between = doc[last + 1 : other.left_edge.i]
        if len(between) != 1 or between[0].text != ",":
            continue
        if other.pos_ == "PROPN":
            return other
        return next((a for a in other.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None)
    return None
