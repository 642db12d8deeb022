"""A casualty roll: the named dead or injured listed after a label (issue 6, subjects).

News prose names the people an event killed or hurt in a list after a casualty label: "Among
the dead were X, 56, and his wife, Y, 51", "The dead were X, Y and Z", "The group named the
dead as its military chief, X; his brother, Y; and a field commander, Z", "Among the injured
were four members of one family: X, Y, Z and W". The parser seldom hangs such a list on the
label (the copula's subject becomes the first name, the later names appositions of a kinship
noun or the subject of the closing "told reporters"), so this pass reads the list from the
words: every person named between the label's verb and the sentence's attribution, each one
claim of the label's predicate (the gold README: "among the wounded of a dated incident").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_sources import entity_in_name

# The labels of a roll and the claim each gives.
_LABELS = {
    "dead": "killed",
    "killed": "killed",
    "victims": "killed",
    "injured": "wounded",
    "wounded": "wounded",
    "hurt": "wounded",
}
# Verbs after "the LABEL" that open its roll: "The dead were / included X".
_ROLL_VERBS = frozenset({"be", "include"})
# Verbs that name the people of a label: "named / identified the dead as X".
_NAMING_VERBS = frozenset({"name", "identify", "list"})
# Words between "among the" / "the" and the label: "the 14 dead", "the two injured", "the
# seriously hurt".
_LABEL_MODIFIERS = frozenset({"other", "seriously", "critically", "badly", "slightly", "fatally"})


def casualty_roll_hits(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """One hit per label whose roll names people no hit of the sentence told with the
    label's predicate."""
    lower = ctx.tables.lower
    found: list[Hit] = _bodies_roll(ctx, sent, hits)
    if _LABELS.keys().isdisjoint(lower[sent.start : sent.end]):
        return found  # (no label in the sentence: one scan, no loop)
    for i in range(sent.start, sent.end):
        pred = _LABELS.get(lower[i])
        if pred is None or (i + 1 < sent.end and ctx.tables.tag[i + 1] in _NOUN_TAGS):
            continue  # ("the injured parties in the lawsuit": the label is an adjective)
        told = {_who(ctx, s) for h in [*hits, *found] if h.predicate == pred for s in h.subjects}
        start = _roll_start(ctx, sent, i)
        if start is None:
            counted = _counted_among(ctx, sent, i)
            if counted is not None:
                verb, people = counted
                people = [p for p in people if _who(ctx, p) not in told]
                if people:
                    found.append(Hit(pred, verb, people, {verb.i, i}))
            continue
        names = [t for t in _roll_names(ctx, sent, start) if _who(ctx, t) not in told]
        if names:
            found.append(Hit(pred, sent.doc[i], names, {i}))
    return found


# Verbs by which bodies are found: "The bodies of two more victims were recovered on
# Wednesday: X and Y", "Divers pulled three bodies from the river: X, Y and Z".
_BODY_FINDING_VERBS = frozenset(
    {"recover", "find", "pull", "retrieve", "identify", "exhume", "discover", "bring"}
)


def _bodies_roll(ctx: ClaimContext, sent: Span, hits: list[Hit]) -> list[Hit]:
    """A roll of the dead after a finding of bodies and a colon: "The bodies of two more
    victims were recovered on Wednesday morning: X, 52, and his neighbour Y, 60" (a disaster
    update's list); each person named after the colon is one ``killed`` at the finding."""
    lower, lemma = ctx.tables.lower, ctx.tables.lemma
    if "bodies" not in lower[sent.start : sent.end] or ":" not in lower[sent.start : sent.end]:
        return []
    colon = lower.index(":", sent.start, sent.end)
    verbs = [
        sent.doc[k]
        for k in range(sent.start, colon)
        if lemma[k] in _BODY_FINDING_VERBS and ctx.tables.pos[k] == "VERB"
    ]
    if "bodies" not in lower[sent.start : colon] or len(verbs) != 1:
        return []
    told = {_who(ctx, s) for h in hits if h.predicate == "killed" for s in h.subjects}
    names = [t for t in _roll_names(ctx, sent, colon + 1) if _who(ctx, t) not in told]
    return [Hit("killed", verbs[0], names, {verbs[0].i})] if names else []


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Words that end a roll as a saying does: a contrast ("..., but a third passenger, X,
# survived") or a source ("according to Dr X").
_ROLL_CLOSERS = frozenset({"but", "while", "whereas", "although", "though", "according"})


# Verbs that count a person among a label: "was reported / listed / counted among the dead".
_COUNTING_VERBS = frozenset({"be", "report", "list", "count", "number", "include", "name"})


def _counted_among(ctx: ClaimContext, sent: Span, i: int) -> tuple[Token, list[Token]] | None:
    """ "X was among the dead, state television said", "X was initially reported among the
    dead by pro-government media", "Y was listed among the injured": the verb the "among"
    phrase hangs on and its subject, a person (a plural group noun is told elsewhere)."""
    lower = ctx.tables.lower
    k = i - 1
    while k > sent.start and (lower[k] in _LABEL_MODIFIERS or ctx.tables.tag[k] == "CD"):
        k -= 1
    if lower[k] != "the" or k - 1 < sent.start or lower[k - 1] != "among":
        return None
    among = sent.doc[k - 1]
    verb = among.head
    if verb.lemma_.lower() not in _COUNTING_VERBS or among.dep_ != "prep":
        return None
    people = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        and (ent := entity_in_name(ctx, c)) is not None
        and ent.kind == "person"
    ]
    return (verb, people) if people else None


def _roll_start(ctx: ClaimContext, sent: Span, i: int) -> int | None:
    """Where the roll after the label at ``i`` begins: after the copula of "Among the dead
    were", of a sentence-opening "The dead were / included", or after the "as" of "named the
    dead as"; None when the label opens no roll."""
    lower, lemma = ctx.tables.lower, ctx.tables.lemma
    k = i - 1
    while k > sent.start and (lower[k] in _LABEL_MODIFIERS or ctx.tables.tag[k] == "CD"):
        k -= 1
    if lower[k] != "the":
        return None
    after = i + 1
    if after >= sent.end:
        return None
    if lemma[after] == "be" and after + 1 < sent.end:
        nxt = after + 1
        if lower[nxt] in {"not", "n't", "never"}:
            return None  # "The dead were not X and Y, as first reported"
        if ctx.tables.tag[nxt] == "VBN":
            # "The dead were named by the director, Dr X, as Y and Z": the roll follows the
            # naming's "as"; "The dead were buried in the presence of Governor X" is none
            if lemma[nxt] not in _NAMING_VERBS or "as" not in lower[nxt : sent.end]:
                return None
            return lower.index("as", nxt, sent.end) + 1
    if k - 1 >= sent.start and lower[k - 1] == "among" and lemma[after] == "be":
        return after + 1  # "Among the dead were X"
    if lemma[after] in _ROLL_VERBS and _opens_sentence(ctx, sent, k):
        return after + 1  # "The dead were X", "The dead included X"
    if lower[after] == "as" and k - 1 >= sent.start and lemma[k - 1] in _NAMING_VERBS:
        return after + 1  # "named the dead as X"
    return None


def _opens_sentence(ctx: ClaimContext, sent: Span, k: int) -> bool:
    """The determiner at ``k`` begins the sentence, after a dateline if there is one."""
    return k == sent.start or ctx.tables.lower[k - 1] in {"-", "--", "—", ":"}


def _roll_names(ctx: ClaimContext, sent: Span, start: int) -> list[Token]:
    """The last word of each person named from ``start`` up to the sentence's attribution
    ("..., police said", "..., the commander, X, told reporters"), past a lead-in closed by a
    colon ("four members of one family: X, Y"); a possessor ("X's sister") and the alias of
    "known as" are no one listed."""
    doc, lower = sent.doc, ctx.tables.lower
    end = sent.end
    for k in range(start, sent.end):
        if _says(ctx, k) or lower[k] in _ROLL_CLOSERS:
            end = k  # the attribution (or a contrast) closes the roll
            break
    if ":" in lower[start:end]:
        start = lower.index(":", start, end) + 1
    names: list[Token] = []
    seen: set[str] = set()
    k = start
    while k < end:
        ent = entity_in_name(ctx, doc[k]) if ctx.tables.pos[k] == "PROPN" else None
        if ent is None or ent.kind != "person":
            k += 1
            continue
        run_end = k
        while run_end + 1 < end and ctx.tables.pos[run_end + 1] == "PROPN":
            run_end += 1
        after = lower[run_end + 1] if run_end + 1 < len(lower) else ""
        alias = k >= 2 and lower[k - 1] == "as" and lower[k - 2] == "known"
        speaker = after == "," and run_end + 2 < sent.end and _says(ctx, run_end + 2)
        if after not in {"'s", "’s"} and not alias and not speaker and ent.entity_id not in seen:
            seen.add(ent.entity_id)
            names.append(doc[run_end])
        k = run_end + 1
    return names


def _says(ctx: ClaimContext, k: int) -> bool:
    """The word at ``k`` is a verb of saying ("said", "told"; not the "known" of "known as")."""
    lower = ctx.tables.lower
    return (
        ctx.tables.lemma[k] in lx.REPORTING_VERBS
        and ctx.tables.pos[k] == "VERB"
        and not (k + 1 < len(lower) and lower[k + 1] == "as")
    )


def _who(ctx: ClaimContext, tok: Token) -> str | int:
    """The entity a subject token names (its id), else the token's index."""
    ent = entity_in_name(ctx, tok)
    return ent.entity_id if ent is not None else tok.i
