"""Event nouns that name a goal, not a happening (issue 6, precision).

The gold README: demands, purposes and orders are no claims ("called for his release", "to
free him"). Besides the demand verbs the trigger rules read, English news names a sought
release or arrest as the object of an infinitive of purpose ("pledged to secure the release
of X", "efforts to win his freedom"), as the topic of talks and hopes ("talks on the
release of X", "negotiations for his release", "hopes for the release of X") and as what a
chance or prospect is of ("little chance of his release", "no prospect of her return"). An achieved
one stays a claim: "helped secure the release of X", "managed to secure", "secured".
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is the goal itself: "to secure / win / obtain the release of X".
_OBTAINING_VERBS = frozenset({"secure", "win", "obtain", "gain", "achieve", "arrange", "negotiate"})
# What the infinitive is the purpose of ("pledged to secure"), not an achievement ("managed to").
_PURPOSE_HEADS = frozenset(
    {
        "pledge", "vow", "promise", "try", "work", "seek", "hope", "want", "aim", "strive",
        "attempt", "plan", "push", "fight", "campaign", "continue", "effort", "bid", "attempts",
        "efforts", "mission", "offer", "need", "intend", "struggle", "labour", "labor",
    }
)
# Nouns whose "on / over / for" phrase is something sought: "talks on the release of X".
_SEEKING_NOUNS = frozenset(
    {
        "talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "hope",
        "hopes", "effort", "efforts", "bid", "push", "campaign", "mediation", "plea", "appeal",
    }
)


# Nouns whose "of" phrase is something awaited, not a happening: "little chance of his
# release", "hopes of her return are fading", "no prospect of his release".
_PROSPECT_NOUNS = frozenset({"chance", "hope", "prospect", "odds"})


def sought_not_happened(noun: Token) -> bool:
    """``noun`` ("the release of X", "his freedom") names a goal: the object of an
    infinitive of purpose, or the topic of talks, efforts or hopes."""
    head = noun.head
    # "pledged to secure the release of X", "efforts to win his freedom"
    if noun.dep_ == "dobj" and head.lemma_.lower() in _OBTAINING_VERBS:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        return infinitive and head.head.lemma_.lower() in _PURPOSE_HEADS
    # "talks on / over / about the release of X", "negotiations for his release"
    if noun.dep_ == "pobj" and head.lower_ in {"on", "over", "about", "for"}:
        return head.head.lemma_.lower() in _SEEKING_NOUNS or head.head.lower_ in _SEEKING_NOUNS
    # "any chance of his release", "hopes of her return", "no prospect of his release"
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in _PROSPECT_NOUNS or head.head.lower_ == "ahead"
    # "held pending their appearance before a judge", "awaiting his extradition": an event
    # still to come ("ahead of her appearance in court", above)
    if noun.dep_ == "pobj" and head.lower_ == "pending":
        return True
    return noun.dep_ == "dobj" and head.lower_ in {"awaiting", "awaits", "await"}
