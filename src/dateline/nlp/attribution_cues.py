"""The words that mark reported speech in news prose, one lexicon per construction.

Kept apart from the rules that use them so a new cue is a one-line change, and so every pass
agrees on what counts as a reporting verb (``said``), a fragment cue (``called it "..."``), a
belief (``fears that``), a distancing passive (``is believed``) or an answer (``replied``).
"""

from __future__ import annotations

CUE_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "warn",
        "claim",
        "deny",
        "confirm",
        "acknowledge",
        "admit",
        "announce",
        "insist",
        "argue",
        "state",
        "explain",
        "note",
        "report",
        "assert",
        "maintain",
        "allege",
        "predict",
        "caution",
        "stress",
        "write",
        "tweet",
        "post",
        "testify",
        "reiterate",
        "concede",
        "contend",
        "recall",
        "suggest",
        "speculate",
        "estimate",
        "reply",
        "respond",
        "answer",
        "ask",
        "continue",
        "declare",
        "complain",
        "boast",
        "vow",
        "promise",
        "pledge",
        "threaten",
        "urge",
        "demand",
        "agree",
        "disclose",
        "reveal",
        "emphasize",
        "emphasise",
        "observe",
        "remark",
        "comment",
        "describe",
        "dismiss",
        "reject",
        "refute",
        "dispute",
        "inform",
        "assure",
        "mention",
        "quip",
        "joke",
        "lament",
        "acknowledge",
        "concur",
        "counter",
        "charge",
        "accuse",
        "believe",
        "think",
        "indicate",
        "signal",
        "hint",
        "fear",
        "predict",
        "forecast",
        "verify",
        "expect",
        "show",
        "find",
        "conclude",
    ]
)
"""Verbs whose clausal complement is something someone said or holds true."""


FRAGMENT_CUES = frozenset(
    {"refer", "reference", "mention", "call", "describe", "term", "dub", "label", "accuse"}
)
"""Verbs that report speech only when they carry quoted words ("called it 'a disgrace'")."""


BELIEF_CUES = frozenset(
    {"believe", "think", "fear", "expect", "suspect", "know", "understand", "feel"}
)


HEDGE_PASSIVES = frozenset(
    [
        "believe",
        "think",
        "understand",
        "report",
        "say",
        "allege",
        "rumor",
        "rumour",
        "expect",
        "fear",
        "know",
        "estimate",
        "claim",
        "suspect",
        "suggest",
        "feel",
        "consider",
        "presume",
        "assume",
        "reckon",
    ]
)


ANSWER_VERBS = frozenset({"say", "reply", "answer", "respond", "tell", "add", "nod", "shrug"})


TRAILING_CUES = frozenset(
    {
        "say",
        "add",
        "tell",
        "write",
        "explain",
        "warn",
        "insist",
        "argue",
        "note",
        "claim",
        "report",
        "confirm",
        "announce",
        "state",
        "continue",
        "reply",
        "recall",
        "estimate",
        "allege",
        "believe",
        "caution",
        "conclude",
        "suggest",
        "acknowledge",
        "admit",
        "tweet",
        "post",
    }
)
"""Cues that close a sentence as its attribution: ``P, the ministry said.``"""


INVERTING_CUES = frozenset(
    {"say", "add", "write", "continue", "explain", "reply", "recall", "tell"}
)

VERBAL = frozenset({"VERB", "AUX"})
"""Coarse tags a cue can carry (the small model tags some "said" as AUX)."""
REPORTING = CUE_VERBS | FRAGMENT_CUES
"""Every lemma the reported-speech pass looks at."""
