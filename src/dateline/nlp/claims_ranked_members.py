"""A member of a group named by its rank in the group (issue 6, subjects).

News tells what befell a counted group, then names its members one by one by their place
in it: "Two brothers were arrested on Tuesday. The elder, X, 31, was released on bail. The
younger, Y, remains in custody"; "Two men were shot. The first, X, died at the scene";
"Three crew were seized. The third man, Z, escaped". The named member gets what the group
got (as "One of them, X," does in :mod:`claims_partitives`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dateline.nlp.claims_context import ClaimContext, Hit
from dateline.nlp.claims_groups import number_of
from dateline.nlp.claims_partitives import member_hit
from dateline.nlp.claims_sources import entity_in_name
from dateline.records import Entity

# The hits of the sentences before that tell of a plural group a word takes up, each with its
# time (claims._group_hits_before).
GroupHits = Callable[[ClaimContext, Span, Token, int], list[tuple[Hit, tuple | None]]]

# Words that pick a member of a group by its place or age in it.
RANK_WORDS = frozenset(
    """elder younger older eldest youngest oldest first second third fourth fifth other""".split()  # noqa: SIM905
)


def _named_after_comma(ctx: ClaimContext, i: int) -> Token | None:
    """The last word of a person's name set off by a comma right after token ``i``."""
    doc, lower, pos = ctx.doc, ctx.tables.lower, ctx.tables.pos
    if i + 2 >= len(doc) or lower[i + 1] != ",":
        return None
    end = i + 2
    while end < len(doc) and pos[end] == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    if end == i + 2:
        return None
    ent = entity_in_name(ctx, doc[end - 1])
    return doc[end - 1] if ent is not None and ent.kind == "person" else None


def _ranked_name(ctx: ClaimContext, i: int) -> Token | None:
    """The name of "The elder, X," / "The second man, X," when a rank word opening a noun
    phrase with "the" is at ``i``."""
    lower, pos = ctx.tables.lower, ctx.tables.pos
    if i == 0 or lower[i - 1] != "the":
        return None
    if (name := _named_after_comma(ctx, i)) is not None:
        return name  # "The elder, X,"
    if i + 1 < len(lower) and pos[i + 1] == "NOUN":
        return _named_after_comma(ctx, i + 1)  # "The second man, X,"
    return None


def ranked_member_hits(
    ctx: ClaimContext, sent: Span, told: list[Hit], group_hits_before: GroupHits
) -> list[Hit]:
    """ "Two brothers were arrested. The elder, X, was freed on bail": the member a rank word
    names gets the status of the group the two sentences before told of, unless the
    member's own sentence tells that status of them (or a death, for a group's wound)."""
    hits: list[Hit] = []
    n = ctx.sent_of[sent.start]
    if n == 0:
        return hits
    lower = ctx.tables.lower
    told_before = {(c.subject_id, c.predicate) for c in ctx.claims}
    for i in range(sent.start, sent.end):
        if lower[i] not in RANK_WORDS or (name := _ranked_name(ctx, i)) is None:
            continue
        ent = entity_in_name(ctx, name)
        if ent is None or any(s < ctx.doc[i - 1].idx for s, _ in _mention_starts(ent)):
            continue  # named before: the rank word does not introduce them
        own = {
            h.predicate
            for h in told
            if h.anchor.sent.start == sent.start and any(_is(ctx, x, ent) for x in h.subjects)
        }
        for hit, event in group_hits_before(ctx, sent, ctx.doc[i], 1):
            if ctx.sent_of[hit.anchor.i] < n - 2 or hit.predicate in own:
                continue  # (too far back, or the sentence tells that of the member itself)
            if not _counted(hit):
                continue  # "treated wounded passengers": a rank needs a counted group
            if hit.predicate == "wounded" and "killed" in own:
                continue  # "Two men were shot. The first, X, died at the scene"
            if (ent.entity_id, hit.predicate) in told_before:
                continue
            hits.append(member_hit(ctx, hit, name, [name], event))
    return hits


def _mention_starts(ent: Entity) -> list[tuple[int, int]]:
    """(start, end) characters of an entity's mentions."""
    return [(m.start, m.end) for m in ent.mentions]


def _is(ctx: ClaimContext, tok: Token, ent: Entity) -> bool:
    """``tok`` names ``ent``."""
    found = entity_in_name(ctx, tok)
    return found is not None and found.entity_id == ent.entity_id


def _counted(hit: Hit) -> bool:
    """The group a hit tells of carries a count: "Two brothers were arrested", "three
    fishermen detained", "both men"."""
    candidates = [*hit.subjects, hit.anchor.head if hit.anchor.dep_ in {"acl", "amod"} else hit.anchor]
    return any(number_of(t) is not None for t in candidates)
