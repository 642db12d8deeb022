"""Verb constructions of leadership, office, recorded messages and public appearances that
the general verb rules of :mod:`claims_verbs` do not read; tried before them.

* **stand-ins** ("X would run day-to-day operations in his absence", "X will perform his
  duties in the interim", "in practice, X has been running the country", "will lead the
  department on an interim basis", "will serve as interim leader", "will take charge until
  he recovers"): a verb of running something whose object is a country, a group or a
  leader's duties, with a cue that the running stands in for someone (in his absence, in
  the interim, temporarily, de facto, in all but name, until he recovers); an arrangement
  announced with "would" / "will" counts, a condition ("if") does not;
* **taking office** ("was sworn in" alone; "was deposed by his deputy, X": X takes over);
* **offices** besides a group's leader ("named X as acting minister", "was appointed
  caretaker prime minister", "was dismissed as finance minister"), and appointment verbs
  the parser reads as a reduced relative ("The board named X as its new chief");
* **losing an office** ("lost his post as commander", "was forced from office", "was
  fired as manager");
* **handing the lead on** ("handed control of the front to his deputy, X", "transferred
  power to X"): the one who hands it over and the one who receives it;
* **recorded messages and appearances** ("In a video posted online, X called for calm",
  "In an audio recording, X vowed ...", "spoke on state television", "was shown on
  television greeting supporters", "State TV showed X meeting officials", "state media,
  which showed him", "a video purports to show X", "emerged from hiding", "reappeared on
  Monday", "was (not) present").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp import claims_lexicon as lx
from dateline.nlp.attribution_index import tables_of
from dateline.nlp.claims_complements import (
    appointed_on_surface,
    as_leader,
    from_a_person,
    leadership_object,
    named_in_apposition,
    removed_from_office,
    takes_command,
)
from dateline.nlp.claims_context import ClaimContext, Hit, doc_lemmas, stranded_subject
from dateline.nlp.claims_control_verbs import asked_to
from dateline.nlp.claims_grammar import (
    expand_conj,
    irrealis,
    is_future,
    is_passive,
    may_be_unrealised,
    misread_main_verb,
    patient_of,
    prep_children,
    subject_of,
)
from dateline.nlp.claims_states import side_hits
from dateline.nlp.claims_verbs import verb_hits
from dateline.nlp.claims_where_beside import where_beside_hits
from dateline.nlp.entities import entity_at

__all__ = ["OFFICE_ROLES", "leadership_hits", "stand_in"]

# Offices one is appointed to or removed from besides a group's leader: "named acting
# minister", "dismissed as finance minister", "fired as manager".
OFFICE_ROLES = lx.LEADER_ROLES | frozenset(
    [
        "heir",
        "minister",
        "secretary",
        "secretary-general",
        "chancellor",
        "king",
        "queen",
        "monarch",
        "sultan",
        "ruler",
        "regent",
        "manager",
        "coach",
        "administrator",
        "commissioner",
        "governor-general",
        "vice-president",
        # heads of churches, universities and schools: "elected X as metropolitan",
        # "named the vice-rector, Y, as acting rector"
        "metropolitan",
        "patriarch",
        "archbishop",
        "primate",
        "pope",
        "abbot",
        "abbess",
        "imam",
        "mufti",
        "rector",
        "vice-chancellor",
        "provost",
        "principal",
        "headmaster",
        "headmistress",
        "headteacher",
    ]
)
# Verbs of running something: "would run day-to-day operations", "is leading the group".
_RUN_VERBS = frozenset(
    [
        "run",
        "lead",
        "head",
        "manage",
        "oversee",
        "govern",
        "rule",
        "perform",
        "discharge",
        "exercise",
        "handle",
        "direct",
        "steer",
        "chair",
        "command",
        "assume",
    ]
)
# What a stand-in runs: a country, a group, a company, or the leader's duties.
_RUN_OBJECTS = frozenset(
    [
        "thing",  # "is running things while I recover"
        "department",
        "force",
        "service",
        "agency",
        "team",
        "club",
        "regime",
        "show",
        "country",
        "nation",
        "state",
        "government",
        "administration",
        "group",
        "movement",
        "organisation",
        "organization",
        "company",
        "firm",
        "business",
        "operation",
        "operations",
        "affair",
        "affairs",
        "duty",
        "duties",
        "function",
        "functions",
        "power",
        "powers",
        "responsibility",
        "responsibilities",
        "ministry",
        "party",
        "militia",
        "army",
        "faction",
        "front",
        "network",
        "bank",
        "office",
        "presidency",
        "brigade",
        "embassy",  # "will lead the embassy until further notice"
        "mission",
        "assembly",
        "chamber",
        "town",  # "will run the town until an election is called"
        "city",
        "municipality",
        "hall",  # "will run the town hall until an election in the spring"
        "mayoralty",
        "county",
        "district",
        "village",
        "province",
        "region",
        # bodies one heads besides armed groups and states: "will lead the school until a
        # permanent successor is appointed"
        "school",
        "university",
        "college",
        "church",
        "hospital",
        "union",
        "council",
        "board",
        "committee",
        "federation",
        "unit",
        "battalion",
        "regiment",
    ]
)
# "in his absence", "in the interim", "in the meantime", "in practice", "in effect".
_STAND_IN_NOUNS = frozenset(["absence", "interim", "meantime", "practice", "effect"])
# What ends a stand-in's term: "until further notice", "until the congress".
_STAND_IN_ENDS = frozenset(
    {"notice", "election", "elections", "congress", "vote", "return", "recovery", "appointment"}
)
_STAND_IN_ADVERBS = frozenset(["temporarily", "meanwhile", "effectively", "provisionally"])
# Where an office is left: "was forced from office", "driven from power".
_OFFICE_PLACES = frozenset(
    ["office", "power", "post", "presidency", "leadership", "throne", "premiership"]
)
_FORCING_VERBS = frozenset(
    ["force", "drive", "sweep", "push", "hound", "remove", "oust", "topple", "chase"]
)
# The acts and bodies that remove an office holder: "dismissed by presidential decree".
_REMOVING_AUTHORITIES = lx.GOVERNING_BODIES | frozenset(
    {"decree", "order", "vote", "resolution", "parliament", "junta", "presidency", "shareholder"}
)
# What one takes up with an office: "the post of", "the duties of", "the role of".
_OFFICE_SEATS = frozenset(
    {"post", "position", "role", "duty", "duties", "function", "functions", "office", "mantle"}
)
# What is lost with an office: "lost his post as commander", "lost the leadership".
_LOST_OFFICES = frozenset(
    [
        "post",
        "position",
        "job",
        "office",
        "leadership",
        "command",
        "presidency",
        "premiership",
        "throne",
        "chairmanship",
        "regency",  # "relinquished the regency to the new chief"
    ]
)
# What is handed on with the lead: "handed control of the front to X", "transferred power".
# ("her portfolio was handed to X", "handed over his duties / his post to X")
_HANDED_LEAD = lx.COMMAND_NOUNS | frozenset(
    {"forces", "authority", "mantle", "baton", "portfolio", "duty", "function", "office", "post"}
)
_HANDING_VERBS = frozenset(["hand", "transfer", "pass", "cede", "give", "entrust", "bequeath"])
# Broadcasters one is seen or heard on: "spoke on state television", "shown on TV".
_BROADCAST_NOUNS = frozenset(
    ["television", "tv", "radio", "broadcaster", "channel", "air", "camera"]
)
# Verbs whose gerund object is not (yet) done: "ruled out resigning", "is considering
# stepping down", "resisted stepping aside".
_UNREALISED_GERUND_HEADS = frozenset(
    {"rule", "consider", "contemplate", "discuss", "weigh", "mull", "resist", "oppose"}
    | {"propose", "suggest", "recommend", "demand", "urge", "avoid", "refuse"}
)
# Whom one is brought before: "was brought before a judge", "paraded before reporters".
_AUDIENCES = frozenset(
    {"judge", "court", "magistrate", "tribunal", "reporter", "camera", "journalist", "press"}
    | {"media", "medium", "crowd", "prosecutor"}
)
# Speech acts made in a recording: "In a video posted online, X called for calm".
_SPEECH_ACTS = lx.REPORTING_VERBS | frozenset(
    [
        "call",
        "urge",
        "vow",
        "threaten",
        "warn",
        "appeal",
        "ask",
        "deny",
        "insist",
        "praise",
        "condemn",
        "demand",
        "pledge",
        "promise",
        "thank",
        "criticize",
        "criticise",
        "mock",
        "accuse",
        "declare",
        "announce",
        "address",
        "speak",
        "tell",
        "blame",
        "reject",
        "dismiss",
        "claim",
        "appear",
        "sit",
        "stand",
        "break",
    ]
)
# Recordings that are messages of their speaker (gold: an audio message is a
# message_released; a video shows its speaker, an appearance).
_AUDIO_NOUNS = frozenset(["audio", "recording", "tape", "sermon"])
# A speech one is seen giving: "in a televised address".
_SCREEN_WORDS = frozenset({"televised", "broadcast", "live", "video", "filmed"})
_VOICE_WORDS = frozenset(["audio", "voice", "recorded", "taped"])


# What one fills when one takes an office: "the post", "the vacancy", "his seat".
_FILLED_OFFICES = lx.OFFICE_NOUNS | {"position", "role", "job", "vacancy", "seat", "slot"}


def _post_filled_by(verb: Token) -> list[Token]:
    """The agent of a passive "fill" whose subject is an office ("the post was filled by X"),
    when the agent is a person (a name, or a role with a name in apposition)."""
    if not is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _FILLED_OFFICES for c in verb.children
    ):
        return []
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # "filled on an interim basis by X": the parser hangs the "by" on "basis"
    agents += [
        p
        for c in verb.children
        if c.dep_ == "prep"
        for b in c.children
        if b.dep_ == "pobj"
        for by in b.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for p in by.children
        if p.dep_ == "pobj"
    ]
    people = []
    for a in agents:
        if a.pos_ == "PROPN":
            people.append(a)
        else:  # "by the group's treasurer, Jonas Brekke"
            people += [c for c in a.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return people


# Verbs that say who a role is filled by: "named / identified its new leader as X".
_NAMING_AS_VERBS = lx.APPOINT_VERBS | frozenset({"identify", "introduce", "present", "unveil"})
# Words that make a role a new holder's: "its new emir", "the next president".
_NEW_HOLDER_WORDS = frozenset({"new", "next", "interim", "acting", "caretaker"})


def _new_leader_named_as(verb: Token) -> list[Token]:
    """The person of "identified the new leader as X", "named its new emir as X": the
    object is a role held anew and the "as" phrase names who holds it."""
    roles = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.lemma_.lower() in lx.LEADER_ROLES
        and any(m.lower_ in _NEW_HOLDER_WORDS for m in c.children if m.dep_ == "amod")
    ]
    if not roles:
        return []
    named = [
        p
        for h in (verb, *roles)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "PROPN"
    ]
    return expand_conj(named)


def _named_person(ctx: ClaimContext, tok: Token) -> Token | None:
    """A person's name, or the name in apposition to a role ("its first commander, X")."""
    named = named_in_apposition(tok)  # (also a name the parser hung elsewhere)
    return named if named.pos_ == "PROPN" and _is_person(ctx, named) else None


def _predecessor_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """The one whose post is taken: "took over from its first commander, X", "had taken over
    the gang from his brother, X", besides the taker's own change (read by the general
    rules); None when no person is named in the "from" phrase."""
    if lemma == "take" and any(
        c.lower_ == "over" and c.dep_ in {"prt", "advmod"} for c in verb.children
    ):
        before = [
            named
            for p in prep_children(verb, {"from"})
            if (named := _named_person(ctx, p)) is not None
        ]
        if not before:
            return None
        hits = verb_hits(ctx, verb, lemma)
        if not any(h.predicate == "leadership_change" for h in hits):
            return None  # the take-over itself is not read (a passive, a mood): no claim
        return [*hits, Hit("leadership_change", verb, expand_conj(before), {verb.i})]
    return None


# Verbs that say who someone is: "officials described X as the new leader of the rebels".
_DESCRIBING_VERBS = frozenset({"describe", "identify", "introduce", "present"})


def _described_as_new_leader(ctx: ClaimContext, verb: Token) -> list[Token]:
    """The person of "described X as the new leader", "X, whom officials described as the
    group's new commander": a role held anew ("new", "interim", ...) in the "as" phrase, the
    described person the object (or the noun a "whom" clause hangs on)."""
    if not any(
        r.lemma_.lower() in lx.LEADER_ROLES
        and any(m.lower_ in _NEW_HOLDER_WORDS for m in r.children if m.dep_ == "amod")
        for r in prep_children(verb, {"as"})
    ):
        return []
    people = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.lower_ in {"whom", "who"} and verb.dep_ == "relcl":
            c = verb.head  # "X, whom officials described as ..."
        if (named := _named_person(ctx, c)) is not None:
            people.append(named)
    return people


def leadership_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """The hits of the constructions of this module; None when none applies.

    An appearance read here keeps what the verb says beside it (claims_states.side_hits,
    which claims_verbs adds to its own hits): "resurfaced in Singapore" is also where the
    person is, "a video shows X alive and speaking" also that X lives."""
    hits = _leadership_rules(ctx, verb, lemma)
    if hits and any(h.predicate == "appeared" and h.anchor is verb for h in hits):
        beside = hits + side_hits(verb, lemma)
        return beside + where_beside_hits(verb, lemma, beside)  # (claims_where_beside)
    return hits


# Verbs of keeping one's post: "remains our leader", "She is staying".
_STAYING_VERBS = frozenset({"remain", "stay"})
# Posts one remains in: "remains our leader", "remained the party's legitimate leader".
_KEPT_POSTS = lx.LEADER_ROLES | {"minister", "coach", "manager", "secretary", "captain"}
# Words that tell a resignation, or a removal, which keeping the post answers.
_RESIGNING_WORDS = frozenset({"resign", "resignation", "quit", "step"})
_REMOVING_WORDS = frozenset(
    {"remove", "removal", "replace", "oust", "sack", "dismiss", "depose", "impeach", "topple"}
)


def _kept_in_post(verb: Token) -> list[Hit] | None:
    """ "Ciobanu denied reports that X had resigned. 'She is staying,' he said", "Banda said
    he would appeal and remained the party's legitimate leader" (after a court removed him):
    continued leadership is no claim by itself, but answering a resignation or a removal the
    story told in this sentence or the two before it is that change NEGATED (README, session
    19): `resigned` after a resignation, else `leadership_change`. None otherwise."""
    if any(c.dep_ == "neg" for c in verb.children) or is_future(verb) or irrealis(verb):
        return None
    who = [s for s in subject_of(verb) if s.pos_ == "PROPN" or s.lower_ in {"he", "she"}]
    if not who:
        return None
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in _RESIGNING_WORDS | _REMOVING_WORDS:
        return None  # "said she had not resigned and remained its leader": answered already
    kids = list(verb.children)
    if verb.lemma_.lower() == "remain":
        if not any(
            c.dep_ in {"attr", "acomp", "oprd"} and c.lemma_.lower() in _KEPT_POSTS for c in kids
        ):
            return None
    elif any(c.dep_ in {"dobj", "prep", "attr", "acomp", "xcomp", "ccomp"} for c in kids):
        return None  # "stayed in Paris", "stayed at home": a stay, not a post kept
    doc = verb.doc
    sents = list(doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= verb.i < s.end)
    words = {t.lemma_.lower() for s in sents[max(0, at - 2) : at + 1] for t in s if t.i != verb.i}
    if words & _RESIGNING_WORDS:
        pred = "resigned"
    elif words & _REMOVING_WORDS:
        pred = "leadership_change"
    else:
        return None
    return [Hit(pred, verb, who, {verb.i}, polarity_neg=True)]


def _leadership_rules(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    if lemma not in _RULE_LEMMAS:
        # no rule below reads this verb but the lemma-free gerund one (most verbs: "said",
        # "killed"), so the rest is skipped; read from the tables, without a Token per look
        tables, i = ctx.tables, verb.i
        gerund = (
            tables.tag[i] == "VBG"
            and tables.dep[i] in {"pcomp", "xcomp", "dobj", "ccomp"}
            and tables.lemma[tables.head[i]] in _UNREALISED_GERUND_HEADS
        )
        return [] if gerund else None  # ("ruled out fleeing": not done; see below)
    if lemma == "resume":
        # no other rule reads "resume": "had resumed his duties as president"
        return _resumed_office(verb)
    if lemma in _STAYING_VERBS and (kept := _kept_in_post(verb)) is not None:
        # "Reports that she had resigned ... 'She is staying'": the change NEGATED
        return kept
    if lemma in _PUTTING_VERBS:
        # no other rule reads these verbs: "put the youth coach, X, in temporary charge"
        return _put_in_charge(verb)
    if lemma in _DESCRIBING_VERBS and (described := _described_as_new_leader(ctx, verb)):
        # "military officials described X as the new leader of the rebels": X took the lead
        return [Hit("leadership_change", verb, described, {verb.i})]
    if lemma == "take" and (before := _predecessor_hits(ctx, verb, lemma)):
        # the predecessor named in a take-over ("took over from X")
        return before
    if lemma in _NAMING_AS_VERBS and (named := _new_leader_named_as(verb)):
        # "identified the new leader as X", "named its new emir as X": X takes the lead
        return [Hit("leadership_change", verb, named, {verb.i})]
    if lemma == "resign" and _accepting(verb):
        return []  # "resigned himself to defeat", "is resigned to losing": acceptance
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"pcomp", "xcomp", "dobj", "ccomp"}
        and verb.head.lemma_.lower() in _UNREALISED_GERUND_HEADS
    ):
        return []  # "ruled out resigning", "is considering stepping down": not (yet) done
    if (
        lemma in lx.APPOINT_VERBS
        and is_passive(verb)
        and any(c.dep_ == "neg" for c in verb.children)
        and verb.dep_ == "conj"
        and any(
            t.lemma_.lower() in {"take", "succeed", "lead", "replace"} for t in verb.head.subtree
        )
    ):
        # "had been widely tipped to take over but was not chosen": no change (negated)
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "pass"
        and is_passive(verb)
        and any(c.lower_ == "over" for c in verb.children)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(t.lemma_.lower() in lx.LEADERSHIP_WORDS for t in c.subtree)
            for c in verb.children
        )
    ):
        hit = Hit("leadership_change", verb, patient_of(verb), {verb.i})
        hit.polarity_neg = True  # "was passed over for the leadership": not chosen
        return [hit]
    if lemma == "show" and (shown := _purported_show(ctx, verb)):
        hit = Hit("appeared", verb, shown, {verb.i})
        hit.certainty = "reported"  # "a video purports to show X addressing his fighters"
        return [hit]
    if (refused := _refused_demand(verb, lemma)) is not None:
        hit = Hit("resigned", verb, subject_of(refused), {verb.i, refused.i})
        # "refused a request to step aside": he did not (a denial verb, "rejected calls to
        # resign", is read as one on the path to the claim already)
        hit.polarity_neg = refused.lemma_.lower() not in lx.DENIAL_VERBS
        return [hit]
    if (
        lemma in _ANNOUNCED_LEMMAS
        and _announced(verb)
        and (announced := _announced_hits(ctx, verb, lemma)) is not None
    ):
        return announced
    if (
        verb.dep_ in {"xcomp", "advcl"}
        and verb.head.lemma_.lower() == "vote"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.head.children)
        and (
            voted := _office_hits(ctx, verb, lemma)
            or [
                Hit("leadership_change", verb, out, {verb.i})
                for out in [removed_from_office(verb, lemma)]
                if out
            ]
        )
    ):
        return voted  # "The board voted on Wednesday to remove chief executive X": done by the vote
    if lemma == "fill" and (filler := _post_filled_by(verb)):
        # "Her old post will be filled on an interim basis by the treasurer, X", "the
        # vacancy was filled by his deputy, Y": the one who takes the office
        return [Hit("leadership_change", verb, filler, {verb.i})]
    if (
        (lemma in _RUN_VERBS or lemma == "serve")
        and (asked := asked_to(verb)) is not None
        and stand_in(verb)
    ):
        return [Hit("leadership_change", verb, [asked], {verb.i})]  # "asked X to lead ... until"
    moody = may_be_unrealised(ctx, verb)  # (no mood test below can hold when False)
    dep, lower, kids = ctx.tables.dep, ctx.tables.lower, ctx.tables.children[verb.i]
    if moody and (
        irrealis(verb) or any(dep[c] == "mark" and lower[c] in {"if", "unless"} for c in kids)
    ):
        return None
    if (lemma in _RUN_VERBS or lemma in {"serve", "take"}) and stand_in(verb):
        # (also "would run ... in his absence": an arrangement announced, not a condition)
        runners = subject_of(verb)
        if not any(
            t.ent_type_ == "PERSON" or t.lower_ in {"he", "she"} or _is_person(ctx, t)
            for r in runners
            for t in r.subtree
        ):  # (a surname alone may be no PERSON to the tagger, but is one to the entity layer)
            runners = _surface_subject(verb)  # the parser hung the name elsewhere
        return [Hit("leadership_change", verb, runners, {verb.i})] if runners else None
    if moody and (
        is_future(verb)
        or any(
            dep[c] == "aux" and lower[c] in {"can", "ca", "could", "may", "might", "must", "should"}
            for c in kids
        )
    ):
        return None
    for rule in (
        _office_hits,
        _handover_hits,
        _recording_hits,
        _appearance_hits,
    ):
        hits = rule(ctx, verb, lemma)
        if hits is not None:
            return hits
    return None


# Infinitive heads of a change already arranged: "is to take over", "is set to become".
_ARRANGED_HEADS = frozenset({"be", "set", "due", "slate", "schedule", "poise"})
# What a newly formed or stop-gap body is called: "will head a transitional government".
_NEW_BODY_WORDS = lx.STOPGAP_WORDS | {"transitional", "new", "incoming", "unity"}


# Demands to leave an office, and verbs that turn them down: "rejected calls to resign".
_DEMAND_NOUNS = frozenset(
    {"request", "call", "demand", "pressure", "appeal", "ultimatum", "plea", "urging"}
)
_TURNING_DOWN_VERBS = frozenset(
    {"refuse", "reject", "resist", "ignore", "defy", "rebuff", "spurn", "dismiss", "decline"}
)


def _refused_demand(verb: Token, lemma: str) -> Token | None:
    """The verb that turns down a demand to resign: "refused a request to step aside",
    "rejected calls to resign", "has resisted pressure to step down"; None otherwise."""
    leaving = (
        lemma in {"resign", "quit", "abdicate"}
        or lemma in {"step", "stand"}
        and any(
            c.lower_ in {"down", "aside"} and c.dep_ in {"prt", "advmod"} for c in verb.children
        )
    )
    if not leaving or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    demand = verb.head
    if verb.dep_ not in {"acl", "relcl", "xcomp"} or demand.lemma_.lower() not in _DEMAND_NOUNS:
        return None
    refusing = demand.head
    if demand.dep_ != "dobj" or refusing.lemma_.lower() not in _TURNING_DOWN_VERBS:
        return None
    return refusing


# Every lemma _announced_hits reads a change in (the cheap test before _announced's walk).
_ANNOUNCED_LEMMAS = _HANDING_VERBS | {
    *("succeed", "replace", "step", "resign", "abdicate", "take", "assume", "inherit"),
    *("become", "be", "act", "return", "head", "lead", "run", "chair", "swear"),
}


def _announced(verb: Token) -> bool:
    """A change announced for the future: "will take over", "would take up the post",
    "is to take over as", "is set to become" (not "could", "might", "is expected to",
    nor a condition: "would become leader if he wins")."""
    tables, i = tables_of(verb.doc), verb.i  # (read from the tables: no Token per child)
    dep, lower, children = tables.dep, tables.lower, tables.children
    if any(
        dep[c] == "advcl"
        and any(dep[m] == "mark" and lower[m] in {"if", "unless"} for m in children[c])
        for c in children[i]
    ):
        return False
    if is_future(verb):
        return True
    head = tables.head[i]
    return (
        dep[i] == "xcomp"
        and tables.lemma[head] in _ARRANGED_HEADS
        and head < i
        and any(dep[c] == "aux" and lower[c] == "to" for c in children[i])
    )


def _announced_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """An arranged change of leader said in the future tense ("X will take over as
    leader, the group said", "Tkachenko would take up the post immediately", "X is to
    succeed him", "will become interim president", "will head a transitional government",
    "will step down at the end of the month"): the arrangement is the claim, as with "will
    lead the department on an interim basis"; None when the verb says no such change."""
    if lemma in {"succeed", "replace"} and is_passive(verb):
        # "X will be succeeded on an interim basis by the company's chairwoman, Y": both
        # (the "by" phrase may hang on "basis")
        agents = [
            named_in_apposition(p)
            for c in verb.subtree
            if c.dep_ in {"agent", "prep"} and c.lower_ == "by" and c.head.i >= verb.i
            for p in c.children
            if p.dep_ == "pobj"
        ]
        agents = [a for a in agents if _is_person(ctx, a)]
        if not agents:
            return None
        return [
            Hit("leadership_change", verb, patient_of(verb), {verb.i}),
            Hit("leadership_change", verb, agents, {verb.i}),
        ]
    who = subject_of(verb)
    if not who:
        return None
    if (
        lemma == "replace"
        and (old := [c for c in verb.children if c.dep_ == "dobj" and _is_person(ctx, c)])
        and any(_is_person(ctx, w) for w in who)
    ):
        # "X will replace Y as chief executive": one person to be put in another's place
        return [
            Hit("leadership_change", verb, who, {verb.i}),
            Hit("leadership_change", verb, old, {verb.i}),
        ]
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    if lemma == "step" and particles & {"down", "aside"} or lemma in {"resign", "abdicate"}:
        if lemma == "resign" and _accepting(verb):
            return None
        return [Hit("resigned", verb, who, {verb.i})]  # "will step down at the end of May"
    if (
        lemma == "take"
        and (
            "over" in particles
            and (
                leadership_object(verb, lemma)
                or from_a_person(verb)
                or not any(c.dep_ in {"dobj", "prep"} for c in verb.children)
            )
            or _takes_up_office(verb)
        )
        or lemma in {"take", "assume", "inherit"}
        and takes_command(verb)  # "will take charge of the team", "will assume command"
        or lemma in {"assume", "inherit"}
        and (
            _takes_up_office(verb)
            or any(c.dep_ == "dobj" and c.lemma_.lower() in lx.COMMAND_NOUNS for c in verb.children)
        )
        or lemma == "succeed"
        and any(c.dep_ == "dobj" for c in verb.children)
        or lemma in {"become", "be"}
        and (role := _as_office(verb)) is not None
        and (
            lemma == "become" or any(m.lower_ in _NEW_BODY_WORDS | {"next"} for m in role.children)
        )
        # "will be sworn in as interim president on Friday": the oath of a leader's office to
        # come (not "will be sworn in as finance minister": a post, no lead taken)
        or lemma == "swear"
        and "in" in particles
        and (role := _as_office(verb)) is not None
        and (
            role.lemma_.lower() in lx.LEADER_ROLES
            or any(m.lower_ in lx.STOPGAP_WORDS for m in role.children)
        )
        or lemma in {"act", "return"}
        and (
            _as_office(verb) is not None
            or lemma == "act"
            and any(p.lower_ == "speaker" for p in prep_children(verb, {"as"}))
        )
        or lemma in _HANDING_VERBS
        and any(
            c.dep_ in {"dobj", "pobj"} and c.lemma_.lower() in _HANDED_LEAD
            # ("hand over power", the parser may hang "power" on "over")
            for h in (verb, *[p for p in verb.children if p.lower_ == "over"])
            for c in h.children
        )
        # "said he would hand over power peacefully": the one handing it over
        # "will act as chairwoman until elections", "will return as interim chief executive"
        or lemma in {"head", "lead", "run", "chair"}
        and any(
            c.dep_ == "dobj" and any(m.lower_ in _NEW_BODY_WORDS for m in c.children)
            for c in verb.children
        )
    ):
        # "will take over (as leader)", "would take up the post", "is to succeed him",
        # "will become interim president", "will be the new chief", "will head a
        # transitional government"
        return [Hit("leadership_change", verb, who, {verb.i})]
    return None


def _accepting(verb: Token) -> bool:
    """ "resigned himself to", "is resigned to losing the vote": "resign" as acceptance,
    not leaving an office ("resigned to protest the decision" is a resignation)."""
    if any(c.lower_ in {"himself", "herself", "themselves", "myself"} for c in verb.children):
        return True
    if verb.dep_ in {"acomp", "amod"}:
        return True
    return any(p.dep_ in {"pobj", "pcomp"} for p in prep_children(verb, {"to"}))


def stand_in(verb: Token) -> bool:
    """ "runs the group in his absence", "performs his duties in the interim", "has in
    practice been running the country", "is temporarily leading the party": a verb of
    running with a country, group or duties as its object, and a stand-in cue."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "serve":
        # "will serve as interim leader until a congress": a stand-in's post
        return any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(
                _office_role(p)
                and (_stand_in_role(p) or any(m.lower_ in lx.STOPGAP_WORDS for m in p.children))
                for p in c.children
            )
            for c in verb.children
        )
    if verb.lemma_.lower() == "take":
        # "will take charge of the group until the leader recovers"
        objects = [o for o in objects if o.lemma_.lower() in lx.COMMAND_NOUNS]
        if not objects:
            return False
    if any(_strong_stand_in_cue(c) for c in verb.children) and any(
        o.pos_ == "PROPN" or o.ent_type_ == "ORG" or any(t.ent_type_ == "ORG" for t in o.subtree)
        for o in objects
    ):
        return True  # "leads the Millbrook Police Department on an interim basis"
    if not any(
        c.lemma_.lower() in _RUN_OBJECTS | lx.COMMAND_NOUNS
        # "will lead it until an election": the body told before, with a stand-in's end
        or c.lower_ == "it"
        and verb.lemma_.lower() in {"lead", "run", "head"}
        for c in objects
    ):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _STAND_IN_ADVERBS or _strong_stand_in_cue(c):
            return True
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"until", "while", "pending"} for m in c.children
        ):
            return True  # "until he recovers", "while he is abroad"
        if (
            c.dep_ == "prep"
            and c.lower_ in {"until", "pending"}
            and any(p.lemma_.lower() in _STAND_IN_ENDS for p in c.children if p.dep_ == "pobj")
        ):
            return True  # "until further notice", "until the election", "pending a vote"
        holders = [c, *[g for g in c.children if g.dep_ == "prep"]] if c.dep_ == "dobj" else [c]
        for p in holders:
            if (
                p.dep_ == "prep"
                and p.lower_ == "in"
                and any(g.lemma_.lower() in _STAND_IN_NOUNS for g in p.children if g.dep_ == "pobj")
            ):
                return True  # "in his absence" (on the verb or on its object)
            if (
                p.dep_ == "prep"
                and p.lower_ == "on"
                and any(g.lower_ == "behalf" for g in p.children)
            ):
                return True  # "on his behalf"
            if (
                p.dep_ == "prep"
                and p.lower_ == "in"
                and {"all", "name"} <= {g.lower_ for g in p.subtree}
            ):
                return True  # "runs the group in all but name"
    return any(t.lower_ == "facto" and t.i > 0 and t.nbor(-1).lower_ == "de" for t in verb.subtree)


def _strong_stand_in_cue(c: Token) -> bool:
    """ "on an interim basis", "in an acting capacity", "in his absence", "in the interim"."""
    if c.dep_ != "prep":
        return False
    pobjs = [g for g in c.children if g.dep_ == "pobj"]
    if c.lower_ in {"on", "in"} and any(
        g.lemma_.lower() in {"basis", "capacity"}
        and any(m.lower_ in lx.STOPGAP_WORDS for m in g.children)
        for g in pobjs
    ):
        return True
    return c.lower_ == "in" and any(g.lemma_.lower() in {"absence", "interim"} for g in pobjs)


def _purported_show(ctx: ClaimContext, verb: Token) -> list[Token]:
    """ "A video purports to show X addressing his fighters": the people it shows."""
    doc, sent = verb.doc, verb.sent
    if verb.i - 2 < sent.start or doc[verb.i - 1].lower_ != "to":
        return []
    head = doc[verb.i - 2]  # read on the words: the parser may take "purports" for a noun
    if head.lower_ not in {"purports", "purported", "purporting", "purport"}:
        return []
    if not any(
        t.lemma_.lower() in lx.MESSAGE_NOUNS | lx.IMAGE_NOUNS
        for t in doc[max(sent.start, verb.i - 12) : verb.i - 2]
    ):
        return []  # what purports to show is a video, a photo, footage
    people = []
    for t in doc[verb.i + 1 : min(sent.end, verb.i + 18)]:
        if t.pos_ in {"VERB", "AUX"}:
            break  # "... addressing his fighters": the shown person comes before
        if t.pos_ == "PROPN" and _is_person(ctx, t) and not _is_person(ctx, doc[t.i - 1]):
            people.append(t)
    # "the leader of the group G, Sheikh X": the last name in apposition names the person
    named = [t for t in people if t.dep_ == "appos" or t.head.dep_ == "appos"]
    return named[-1:] or people[:1]


def _surface_subject(verb: Token) -> list[Token]:
    """The person named right before the verb and its auxiliaries ("... and that finance
    chief X would run operations"), for when the parser hung the name elsewhere."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in {"aux", "neg", "advmod", "auxpass"}:
        i -= 1
    tok = verb.doc[i] if i >= verb.sent.start else None
    return [tok] if tok is not None and tok.ent_type_ == "PERSON" else []


def _office_role(tok: Token) -> bool:
    return tok.lemma_.lower() in OFFICE_ROLES or tok.lower_ in OFFICE_ROLES or _stand_in_role(tok)


def _stand_in_role(tok: Token) -> bool:
    """Offices held only in someone's stead: "officer-in-charge", "locum tenens"."""
    if tok.lower_ == "tenens":
        return True
    return tok.lower_ == "officer" and any(
        c.lower_ == "in" and any(p.lower_ == "charge" for p in c.children) for c in tok.children
    )


# A stand-in's post named by its stop-gap word alone: "appointed X as caretaker".
_BARE_STAND_INS = frozenset({"caretaker", "interim", "stopgap"})


def _as_office(verb: Token) -> Token | None:
    """ "as acting minister", "as its interim chief executive", "caretaker prime minister"
    (a role after the verb in an "as" phrase or as its predicate), the role token; also a
    bare stand-in post, "as caretaker", "in a caretaker role", "in an interim capacity"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"as", "in"}:
            continue
        for c in prep.children:
            if c.dep_ != "pobj":
                continue
            if prep.lower_ == "as" and c.lower_ in _BARE_STAND_INS:
                return c
            if (
                prep.lower_ == "in"
                and c.lemma_.lower() in {"role", "capacity"}
                and any(m.lower_ in lx.STOPGAP_WORDS for m in c.children)
            ):
                return c
    for c in verb.subtree:
        if c.i <= verb.i or not _office_role(c) or c.pos_ not in {"NOUN", "PROPN"}:
            continue
        head = c.head
        if head.lower_ in lx.STOPGAP_WORDS and head.head.lower_ == "as":
            return c  # "as acting emir", the parser reading "acting" as a verb
        if head.lower_ == "as" and head.head.i == verb.i:
            return c
        if head.i == verb.i and c.dep_ in {"oprd", "xcomp", "attr", "dobj", "appos"}:
            if c.dep_ == "dobj" and not any(
                t.ent_type_ == "PERSON"
                for t in verb.children
                if t.dep_ in {"dobj", "nsubjpass"} and t != c
            ):
                continue  # "named the minister" names nobody to an office
            return c
        if head.dep_ == "oprd" and head.head.i == verb.i and c.dep_ == "appos":
            return c  # "named Omar Haddu its new chairman", the role hung on the name
    if verb.lemma_.lower() in lx.APPOINT_VERBS:
        # "has been named caretaker", "was appointed caretaker until the end of the season":
        # a stand-in's office (a building's caretaker is one "at / of" a place)
        for c in verb.children:
            if (
                c.lower_ == "caretaker"
                and c.dep_ in {"oprd", "xcomp", "attr", "dobj"}
                and not (c.i + 1 < len(c.doc) and c.nbor(1).lower_ in {"at", "of"})
                and not any(t.lower_ == "at" and t.i > c.i for t in verb.subtree)
            ):
                return c
    return None


# Messages that name an appointee ("the statement named X as acting emir").
_NAMING_MESSAGES = lx.MESSAGE_NOUNS | frozenset({"communique", "announcement", "decree"})


def _surface_named(ctx: ClaimContext, verb: Token) -> Token | None:
    """The first person named after an appointing verb when an office follows the name
    (past one appositive and an "as"): "named X, a former teacher, as its new leader",
    "named chief financial officer X interim CEO"; the name's last token."""
    if verb.dep_ == "acl" and not (
        verb.head.dep_ == "ROOT"
        or verb.head.lemma_.lower() in lx.GOVERNING_BODIES
        or verb.head.ent_type_ in {"ORG", "NORP"}
        # ("The audio message named his nephew, X, as ... and urged ...": a message that
        # names, the subject of another verb)
        or verb.head.lemma_.lower() in _NAMING_MESSAGES
    ):
        return None  # "a man named X"
    if not _can_appoint(verb):
        return None
    doc, end = verb.doc, min(verb.sent.end, verb.i + 16)
    for i in range(verb.i + 1, end):
        tok = doc[i]
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":"}:
            return None
        if tok.pos_ != "PROPN" or not _is_person(ctx, tok):
            continue  # (by the entity layer: the tagger may call a person ORG)
        last = i
        while last + 1 < end and doc[last + 1].pos_ == "PROPN" and _is_person(ctx, doc[last + 1]):
            last += 1
        k = last + 1
        if k < end and doc[k].tag_ == "POS":
            continue  # "named Osei's deputy, X, as ...": the possessor is not the one named
        closes_apposition = i > verb.i + 1 and doc[i - 1].text == ","
        if k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ == "as":
            k += 1  # "named his deputy, X, as acting chief": the name closes an apposition
        elif k + 1 < end and doc[k].text == "," and closes_apposition and _role_at(doc, k + 1, end):
            k += 1  # "named X's wife, Y, acting chair": the role follows the closing comma
        elif k < end and doc[k].text == ",":  # skip one appositive ", a former teacher,"
            close = next((m for m in range(k + 1, min(end, k + 8)) if doc[m].text == ","), None)
            k = close + 1 if close is not None else k
        if k < end and doc[k].lower_ == "as":
            k += 1
        # (the role may end past the window the name is looked for in: "the group's new leader")
        return doc[last] if _role_at(doc, k, verb.sent.end) else None
    return None


def _role_at(doc: Doc, k: int, end: int) -> bool:
    """An office role starts at token k, past its determiners and modifiers ("its new",
    "interim", "the group's new": the possessive "'s" hangs back on its possessor)."""
    while (
        k < end
        and not _office_role(doc[k])
        and doc[k].dep_ in {"det", "poss", "amod", "compound", "case", "nmod"}
        and (doc[k].head.i > k or doc[k].dep_ == "case")
    ):
        k += 1  # "its new", "interim", "the group's"
    return k < end and _office_role(doc[k])


def _office_holder_object(verb: Token) -> list[Token]:
    """The object of a removing verb that holds an office: "removed chief executive X",
    "dismissed its defence minister, X" (not a bare "dismissed X")."""
    out = []
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        words = list(c.subtree)
        names = [t for t in words if t.ent_type_ == "PERSON"]
        last_name = max((n.i for n in names), default=-1)
        if any(
            (_office_role(t) or t.lower_ == "speaker")  # ("removed its speaker, X")
            and t.i < last_name
            # ("expelled the former deputy prime minister, X": an office no longer held)
            and not any(m.lower_ in {"former", "ex", "onetime", "retired"} for m in t.children)
            for t in words
        ):
            out.append(c if c.ent_type_ == "PERSON" else names[-1])
    return out


def _in_the_lead_now(verb: Token) -> bool:
    """ "is now at the helm", "has been in charge since his father's death": holding the
    lead, newly (now) or since the post fell vacant (a death, an arrest); a bare "since
    May" says only how long."""
    tables = tables_of(verb.doc)  # (read from the tables: no Token per child)
    dep, lower, children = tables.dep, tables.lower, tables.children
    holds = any(
        dep[c] == "prep"
        and (
            lower[c] == "at"
            and any(lower[p] == "helm" for p in children[c])
            or lower[c] == "in"
            and any(lower[p] == "charge" for p in children[c])
        )
        for c in children[verb.i]
    )
    if not holds:
        return False
    if any(c.lower_ == "now" and c.dep_ == "advmod" for c in verb.children):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "since"
        and any(
            lx.EVENT_NOUNS.get(p.lemma_.lower()) in lx.VACATING_PREDICATES
            for p in c.children
            if p.dep_ == "pobj"
        )
        for c in verb.children
    )


def _takes_up_office(verb: Token) -> bool:
    """ "assumed the duties of president", "took up the post of prime minister", "took on
    the role of acting chair", "inherited the mantle": an office taken up."""
    if verb.lemma_.lower() == "take" and not any(
        c.lower_ in {"up", "on", "over"} and c.dep_ in {"prt", "advmod", "prep"}
        for c in verb.children
    ):
        return False
    for c in verb.children:
        if c.dep_ != "dobj" or c.lemma_.lower() not in _OFFICE_SEATS:
            continue
        if c.lemma_.lower() == "mantle" or any(_office_role(t) and t.i > c.i for t in c.subtree):
            return True
        if (
            c.lemma_.lower() in {"post", "office", "duty", "duties", "role"}
            and any(d.dep_ in {"det", "poss"} for d in c.children)
            and not any(d.dep_ in {"prep", "amod", "compound"} for d in c.children)
            and _office_named_nearby(verb)
        ):
            return True  # "would take up the post immediately": the office just named
    return False


# What one is relieved of when removed from an office ("relieved of his duties / command").
_RELIEVED_OF = frozenset(
    {"duty", "duties", "post", "command", "function", "functions", "position", "office"}
    | {"responsibility", "responsibilities", "role", "leadership", "job"}
)
# How or why one was removed ("dismissed without a hearing", "sacked after the defeat",
# "removed over the scandal"): no place one was removed from, unlike "from the list".
_MANNER_PREPS = frozenset({"without", "after", "over", "amid", "following", "despite"})


# Verbs of putting someone out of a post ("The club sacked X", "He was fired").
_REMOVING = frozenset({"remove", "dismiss", "sack", "oust", "depose", "fire"})


def _removed_from_office(ctx: ClaimContext, verb: Token, lemma: str) -> list[Token]:
    """ "The club dismissed X on Sunday", "the board sacked him", "He was fired" in a story of
    an office held (named in this sentence or the three before, as the passive rule above asks):
    the person put out of it. Only a person as the object ("dismissed the claim", "fired a
    rocket" are none), no negation, and no "fired on / at" (shooting)."""
    if (
        any(c.dep_ == "neg" for c in verb.children)
        or lemma == "fire"
        and any(
            c.dep_ == "prep" and c.lower_ in {"on", "upon", "at", "into"} for c in verb.children
        )
    ):
        return []
    if is_passive(verb):
        if lemma != "fire" or any(c.dep_ in {"agent", "xcomp", "advcl"} for c in verb.children):
            return []  # (the other verbs' passive is the rule above's)
        people = patient_of(verb)
    else:
        people = [c for c in verb.children if c.dep_ == "dobj"]
    people = [
        p
        for p in people
        if p.pos_ == "PRON" and p.lower_ in {"him", "her", "he", "she"} or _is_person(ctx, p)
    ]
    if not people or not (_office_named_nearby(verb, sentences=3) or _led_in_sentence(verb)):
        return []
    return people


def _led_in_sentence(verb: Token) -> bool:
    """The sentence says the person led something ("X, who had led the company since
    2016, said he had been dismissed"): the office he was dismissed from."""
    return any(
        t.lemma_.lower() in {"lead", "head", "run", "chair"}
        and t.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in t.children)
        for t in verb.sent
        if t.i < verb.i
    )


def _office_named_nearby(verb: Token, sentences: int = 1) -> bool:
    """An office is named in the verb's sentence or the `sentences` before ("was removed
    as commander ... and replaced by X. X would take up the post"): what "the post" is."""
    start = verb.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = verb.doc[start - 1].sent.start
    return any(
        _office_role(t) and t.pos_ in {"NOUN", "PROPN"} for t in verb.doc[start : verb.sent.end]
    )


def _described_subject(ctx: ClaimContext, verb: Token) -> list[Token]:
    """A passive subject described by a role whose name follows in apposition, when the
    parser hung the name on a noun inside the description."""
    for c in verb.children:
        if c.dep_ != "nsubjpass" or c.pos_ != "NOUN":
            continue
        if any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children):
            return []  # a well-parsed apposition: the general rules read it
        named = [t for t in c.subtree if t.dep_ == "appos" and _is_person(ctx, t)]
        return named[:1]
    return []


def _agents(ctx: ClaimContext, verb: Token) -> list[Token]:
    """The people in the "by" phrase of a passive verb ("by his deputy, X")."""
    out = []
    for c in verb.children:
        if c.dep_ != "agent":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            named = [a for a in p.children if a.dep_ == "appos" and _is_person(ctx, a)]
            out += named or ([p] if _is_person(ctx, p) else [])
    return out


def _named_people(verb: Token) -> list[Token]:
    """Who is appointed: the passive subject, the object, or a name the parser made a
    predicate ("The board named X as chief", read as "the board (that was) named X")."""
    named = [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "dobj"}
        and (
            c.ent_type_ == "PERSON"
            or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
        )
    ]
    if verb.dep_ == "acl" and named:
        return expand_conj(named) if _can_appoint(verb) else []
    return patient_of(verb) or named


# Who names people in a text without appointing them: "the report named X as the commander".
_NAMING_DOCUMENTS = lx.LISTING_DOCUMENTS | frozenset(
    {"indictment", "investigation", "inquiry", "study", "article", "documents", "lawsuit"}
)


def _can_appoint(verb: Token) -> bool:
    """The one naming (the subject, or the noun a misparsed "named" hangs on) is no
    document: a report or an indictment "names" people without appointing them."""
    namers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        namers.append(verb.head)
    return not any(n.lemma_.lower() in _NAMING_DOCUMENTS for n in namers)


# The unions the office rules test a lemma against, built once (not per verb).
_APPOINT_OR_SWEAR = lx.APPOINT_VERBS | {"swear"}
_REMOVAL_OR_OUSTING = lx.REMOVAL_VERBS | lx.OUSTING_VERBS
# ("suspended from office / from his post": the one suspension that is a change of leader,
# the gold README's cases decided in session 25; a bare "was suspended" is other:suspend)
_FORCING_OR_REMOVAL = _FORCING_VERBS | lx.REMOVAL_VERBS | {"suspend"}


# Verbs that set a person over something: "put X in charge of the team", "was placed in
# command", "left his deputy in charge".
_PUTTING_VERBS = frozenset({"put", "place", "leave"})
# What one is put in: the lead of a body.
_CHARGE_NOUNS = frozenset({"charge", "command", "control"})
# What one may be put in charge of that is no body one leads: a task.
_TASK_NOUNS = frozenset(
    {"investigation", "inquiry", "probe", "case", "search", "operation", "security", "talks"}
)


def _put_in_charge(verb: Token) -> list[Hit] | None:
    """ "put the under-23 coach, X, in temporary charge of the first team", "X was placed in
    command of the brigade", "left his deputy, Y, in charge": the one set over a body takes
    its lead (not "in charge of the investigation", a task)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    holders = [verb, *objects]
    charge = [
        p
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.lemma_.lower() in _CHARGE_NOUNS
    ]
    if not charge:
        return None
    if any(
        t.lemma_.lower() in _TASK_NOUNS
        for p in charge
        for c in p.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for t in c.subtree
    ):
        return None
    people = patient_of(verb) if is_passive(verb) else objects
    if not people:
        return None
    return [Hit("leadership_change", verb, people, {verb.i})]


# What one resumes that is an office: "resumed the presidency", "resumed his post".
_RESUMED_OFFICES = lx.HIGH_OFFICE_NOUNS | lx.COMMAND_NOUNS | {"post", "office"}


def _resumed_office(verb: Token) -> list[Hit] | None:
    """ "told supporters he had resumed his duties as president", "resumed the presidency on
    Wednesday", "resumed his post": the office taken back is a change (not "the talks
    resumed", nor "resumed his duties" with no office named)."""
    if is_passive(verb):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    office = any(o.lemma_.lower() in _RESUMED_OFFICES for o in objects) or any(
        _office_role(t) and t.head.lower_ == "as" and t.head.head in (verb, *objects)
        for t in verb.subtree
        if t.i > verb.i
    )
    if not office or not (people := subject_of(verb)):
        return None
    return [Hit("leadership_change", verb, people, {verb.i})]


def _stand_in_stint(verb: Token) -> bool:
    """The copula's complement is a stand-in's office: "was caretaker" (no "at / of" place:
    a school's caretaker keeps its building), "was interim manager", "is acting president"."""
    for c in verb.children:
        if c.dep_ != "attr" or c.pos_ != "NOUN":
            continue
        if any(m.lower_ == "former" for m in c.children):
            continue
        if c.lower_ == "caretaker":
            places = [p.lower_ for p in c.children if p.dep_ == "prep"]
            places += [p.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ != "in"]
            if not {"at", "of", "in"} & set(places):
                return True
        elif _office_role(c) and any(
            m.dep_ in {"amod", "compound"} and m.lower_ in lx.STOPGAP_WORDS for m in c.children
        ):
            return True
    return False


def _office_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    # (the copula's children read from the tables first: "be" is the commonest verb)
    dep, lower, kids = ctx.tables.dep, ctx.tables.lower, ctx.tables.children[verb.i]
    if (
        lemma == "swear"
        and is_passive(verb)
        and any(c.lower_ == "in" and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children)
        and not any(c.lower_ == "as" or c.dep_ in {"xcomp", "advcl"} for c in verb.children)
        and not any(
            c.dep_ == "prep" and c.lower_ == "in" and list(c.children) for c in verb.children
        )
    ):
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "was sworn in"
    if (
        lemma == "be"
        and any(dep[c] == "advmod" and lower[c] == "still" for c in kids)
        and not any(dep[c] == "neg" for c in kids)
        and any(
            c.dep_ == "attr"
            and (_office_role(c) or c.lower_ == "speaker")  # ("the speaker of this parliament")
            and any(d.dep_ in {"det", "poss"} for d in c.children)
            and not any(m.lower_ in lx.STOPGAP_WORDS | {"former"} for m in c.children)
            for c in verb.children
        )
    ):
        # "I am still the commander", "He is still the party's leader": said against a
        # change (a denial that he was replaced or removed)
        hit = Hit("leadership_change", verb, subject_of(verb), {verb.i})
        hit.polarity_neg = True
        return [hit]
    if (
        lemma in {"remove", "dismiss", "sack", "oust", "depose"}
        and is_passive(verb)
        and not any(
            c.dep_ in {"prep", "agent", "advcl", "xcomp"}
            and c.lower_ not in {"in", "on", "by"} | _MANNER_PREPS
            for c in verb.children
        )
        and any(s.pos_ == "PRON" or _is_person(ctx, s) for s in patient_of(verb))
        and (_office_named_nearby(verb, sentences=3) or _led_in_sentence(verb))
    ):
        # "denied that he had been removed", "He was dismissed." in a story of an office
        # held (named in this sentence or the ones before): removed from it
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]
    if lemma in _REMOVING and (removed := _removed_from_office(ctx, verb, lemma)):
        return [Hit("leadership_change", verb, removed, {verb.i})]
    if (
        lemma == "be"
        and not any(dep[c] == "neg" for c in kids)
        and any(
            dep[c] == "nsubj" and ctx.tables.lemma[c] in {"successor", "replacement"} for c in kids
        )
        and (
            named := [
                c
                for c in verb.children
                if c.dep_ == "attr" and c.pos_ == "PROPN" and _is_person(ctx, c)
            ]
        )
    ):
        # "Adamu's successor is X", "His replacement is X": X took the post
        return [Hit("leadership_change", verb, named, {verb.i})]
    if lemma == "be" and any(dep[c] == "attr" for c in kids) and _stand_in_stint(verb):
        # "He was caretaker once before, in 2022", "X was interim manager for six weeks":
        # a stint in someone's stead is a change (like "served as acting leader"; a
        # negation, "was never interim manager", is read on the path to the claim)
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (
        lemma == "be"
        and any(dep[c] == "attr" for c in kids)
        and any(
            c.dep_ == "attr" and _office_role(c) and any(t.lower_ == "facto" for t in c.subtree)
            for c in verb.children
        )
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "de facto leader"
    if (
        lemma == "take"
        and not is_passive(verb)
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(c.lower_ == "over" and c.dep_ in {"prt", "advmod"} for c in verb.children)
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in {"operation", "operations"}
            and any(p.dep_ == "poss" and p.pos_ != "PRON" for p in c.children)
            for c in verb.children
        )
    ):
        # "had taken over the coalition's operations in January, when its leader fell ill":
        # running a group's operations in its leader's stead
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if lemma in {"assume", "take", "inherit", "accept"} and _takes_up_office(verb):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "took up the post of"
    if (
        lemma == "become"
        and (role := _as_office(verb)) is not None
        and role.lemma_.lower() not in lx.LEADER_ROLES | {"heir"}
        or lemma in {"crown", "reinstate", "reappoint", "reappointe", "re-appoint"}
        and _as_office(verb) is not None
    ):
        # "became prime minister", "was crowned king", "was reinstated as chief executive"
        who = subject_of(verb) if lemma == "become" else patient_of(verb)
        return [Hit("leadership_change", verb, who, {verb.i})] if who else None
    if lemma == "become" and any(
        c.dep_ in {"attr", "oprd"}
        and any(
            v.dep_ in {"relcl", "acl"}
            and v.lemma_.lower() in _RUN_VERBS - {"perform", "exercise", "handle", "assume"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
            and any(
                o.dep_ == "dobj"
                and (
                    o.lemma_.lower() in _RUN_OBJECTS
                    or o.pos_ == "PROPN"
                    or o.ent_type_ in {"ORG", "GPE", "NORP"}
                )
                for o in v.children
            )
            for v in c.children
        )
        for c in verb.children
    ):
        # "She becomes the first woman to lead the force", "became the youngest person to
        # head the agency": becoming the one who leads it
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
    if (
        lemma in {"dismiss", "remove", "sack", "fire", "oust", "depose"}
        and is_passive(verb)
        and any(
            (t.lemma_.lower() in {"predecessor"} or _office_role(t))
            and t.pos_ in {"NOUN", "PROPN"}
            # the one dismissed is a person ("Foreign Minister X", "His predecessor, X"),
            # not "the minister's appeal"
            and (
                c.ent_type_ == "PERSON"
                or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
            )
            for c in verb.children
            if c.dep_ == "nsubjpass"
            for t in c.subtree
            if t.i < verb.i
        )
        and not any(c.dep_ == "prep" and c.lower_ in {"from", "as"} for c in verb.children)
    ):
        # an office holder described as such "was dismissed in 2022": "Sorokin's
        # predecessor, X, was dismissed", "The former police chief, X, was sacked"
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]
    if (
        lemma in {"dismiss", "remove", "sack", "oust", "relieve"}
        and is_passive(verb)
        and any(
            p.lemma_.lower() in _REMOVING_AUTHORITIES
            for c in verb.children
            if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
            for p in c.children
            if p.dep_ == "pobj"
        )
    ):
        # "He was dismissed by presidential decree", "was removed by a vote of the board":
        # removed from an office by the act or body that appoints to it
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]
    if (
        lemma == "relieve"
        and is_passive(verb)
        and any(p.lemma_.lower() in _RELIEVED_OF for p in prep_children(verb, {"of"}))
    ):
        # "was relieved of his duties / of command / of his post": removed from the office
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]
    if lemma in {"ascend", "mount", "take"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"throne", "crown"} for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "ascended the throne"
    if lemma in {"win", "secure", "begin", "start"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() == "term"
        and any(_office_role(t) and t.head.lower_ == "as" for t in c.subtree)
        for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "won a term as"
    if (
        lemma in lx.APPOINT_VERBS
        and (as_leader(verb) or _as_office(verb) is not None)
        and (described := _described_subject(ctx, verb))
    ):
        # "The head of the High Command, General X, has been named transitional president":
        # the name in apposition (the parser may hang it deeper) is who was named
        return [Hit("leadership_change", verb, described, {verb.i})]
    if lemma in _APPOINT_OR_SWEAR and (role := _as_office(verb)) is not None:
        if lemma == "swear" and not any(c.lower_ == "in" for c in verb.children):
            return None
        # (a group's leader in a well-parsed clause: the general rules of claims_verbs)
        if (
            not (
                role.lemma_.lower() in lx.LEADER_ROLES
                and not (verb.dep_ == "acl" or role.head.lower_ in lx.STOPGAP_WORDS)
            )
            and (named := subject_of(verb) if lemma == "swear" else _named_people(verb))
            # ("The junta named X prime minister", read as "the junta (that was) named":
            # the noun it hangs on is no appointee; the words after the verb say who is)
            and not (verb.dep_ == "acl" and not any(_is_person(ctx, t) for t in named))
        ):
            return [Hit("leadership_change", verb, named, {verb.i})]
    if (
        lemma in lx.APPOINT_VERBS
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        # (a misparsed "The council ... named X as interim president", read as "the
        # council (that was) named X": the general rules find no appointee in it)
        and (
            not as_leader(verb)
            or verb.dep_ == "acl"
            # ("named its vice-president, X, as interim president", the hyphenated role split
            # into words: the object the parser found is no person)
            or not any(_is_person(ctx, c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})
        )
        and appointed_on_surface(verb) is None
        and (person := _surface_named(ctx, verb)) is not None
    ):
        # "named Omar Haddu, a former teacher, as its new leader", "named chief financial
        # officer X interim CEO": the words say it where the parse does not
        return [Hit("leadership_change", verb, [person], {verb.i})]
    if (
        lemma in _REMOVAL_OR_OUSTING
        and not is_passive(verb)
        and (removed := _office_holder_object(verb))
    ):
        return [Hit("leadership_change", verb, removed, {verb.i})]  # "removed its chief X"
    if lemma in lx.REMOVAL_VERBS and is_passive(verb) and _as_office(verb) is not None:
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "fired as coach"
    if lemma in lx.OUSTING_VERBS and (usurpers := _agents(ctx, verb)):
        # "was deposed by his own deputy, X": the one deposed and the one who takes over
        return [
            Hit("leadership_change", verb, patient_of(verb), {verb.i}),
            Hit("leadership_change", verb, usurpers, {verb.i}),
        ]
    if lemma in _FORCING_OR_REMOVAL and any(
        c.dep_ == "prep"
        and c.lower_ in {"from", "out"}
        and any(t.lemma_.lower() in _OFFICE_PLACES for t in c.subtree if t.dep_ == "pobj")
        for c in verb.children
    ):
        return [Hit("leadership_change", verb, patient_of(verb), {verb.i})]  # "forced from office"
    if (
        lemma in {"inaugurate", "install", "instal", "enthrone"}
        and is_passive(verb)
        and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        and (people := [t for t in patient_of(verb) if _is_person(ctx, t)])
    ):
        return [Hit("leadership_change", verb, people, {verb.i})]  # "was inaugurated on Monday"
    if lemma == "enthrone" and (
        people := [
            t
            for t in (
                patient_of(verb)
                if is_passive(verb)
                else [c for c in verb.children if c.dep_ == "dobj"]
            )
            if _is_person(ctx, t)
        ]
    ):
        # an enthronement is a taking of office, whatever the office after "as" ("was
        # enthroned as paramount chief", "the elders enthroned X as king"); "enthrone" is no
        # appointing verb, so the "as" rules of those do not read it
        return [Hit("leadership_change", verb, people, {verb.i})]
    if lemma == "step" and any(
        p.lemma_.lower() in {"breach", "shoe", "shoes", "role"}
        for p in prep_children(verb, {"into"})
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "into the breach"
    if lemma in {"give", "land", "get", "win", "offer"} and any(
        c.dep_ in {"dobj", "nsubjpass"}
        and c.lemma_.lower() in {"job", "post"}
        and (
            any(m.lower_ == "top" for m in c.children)
            or any(_office_role(t) for t in c.subtree if t.i > c.i)
        )
        for c in verb.children
    ):
        # "was given the top job", "landed the top job", "got the job of chief executive"
        who = patient_of(verb) if lemma in {"give", "offer"} else subject_of(verb)
        if lemma in {"give", "offer"} and not is_passive(verb):
            who = [c for c in verb.children if c.dep_ == "dative"] or []
        return [Hit("leadership_change", verb, who, {verb.i})] if who else None
    if lemma == "act" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(_office_role(p) for p in c.children)
        for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "acting as leader"
    if lemma == "be" and _in_the_lead_now(verb):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "now at the helm"
    if (
        lemma == "replace"  # (an active "X succeeded Y" is X's change only: gold g43)
        and not is_passive(verb)
        and (new := [t for t in subject_of(verb) if _is_person(ctx, t)])
        and (old := [c for c in verb.children if c.dep_ == "dobj" and _is_person(ctx, c)])
    ):
        # "X replaces Y, who resigned last week": one person put in another's place
        return [
            Hit("leadership_change", verb, new, {verb.i}),
            Hit("leadership_change", verb, old, {verb.i}),
        ]
    if (
        lemma in {"seize", "capture", "overrun"}
        and not is_passive(verb)
        and any(
            c.dep_ == "dobj"
            and (_is_place(ctx, c) or c.lemma_.lower() in {"town", "city", "capital", "province"})
            for c in verb.children
        )
        and (rulers := [t for t in subject_of(verb) if _is_person(ctx, t)])
    ):
        # "Barre seized Kismayo in 1993": a warlord taking a town takes control of it (as
        # "took control of the town"), the town is no captive
        return [Hit("leadership_change", verb, rulers, {verb.i})]
    if (
        lemma in {"bow", "walk"}
        and any(c.lower_ in {"out", "away"} and c.dep_ in {"prt", "advmod"} for c in verb.children)
        and (
            _as_office(verb) is not None
            or any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(t.lemma_.lower() in _LOST_OFFICES | lx.OFFICE_BODIES for t in c.children)
                # ("from" may hang on "away")
                for h in [verb, *[a for a in verb.children if a.lower_ in {"out", "away"}]]
                for c in h.children
            )
        )
    ):
        # "bowed out as party leader", "walked away from the leadership"
        return [Hit("resigned", verb, subject_of(verb), {verb.i})]
    if lemma == "bow" and _office_holder_bows_out(verb):
        # "the board's chairman, X, bowed out after eleven years", "Party leader X bowed out
        # on Monday": one who holds an office and bows out leaves it (not "bowed out of the
        # race / the tournament", a contest left)
        return [Hit("resigned", verb, subject_of(verb), {verb.i})]
    if lemma in {"relinquish", "cede", "surrender", "renounce"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _LOST_OFFICES | lx.COMMAND_NOUNS
        for c in verb.children
    ):
        # "relinquished the chairmanship"; given up to someone, a change for the one who
        # receives it as well ("ceded the leadership to her deputy, X", "relinquished the
        # regency to her nephew, X"), as the handing verbs read it
        hits = [Hit("leadership_change", verb, subject_of(verb), {verb.i})]
        if receivers := _lead_receivers(verb):
            hits.append(Hit("leadership_change", verb, receivers, {verb.i}))
        return hits
    if lemma == "lose" and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in _LOST_OFFICES
            or c.lower_ == "power"  # "lost power in 2015", said of a person (not a city)
            and not any(d.dep_ in {"compound", "amod", "prep", "poss"} for d in c.children)
            and any(_is_person(ctx, s) or s.lower_ in {"he", "she"} for s in subject_of(verb))
        )
        and (c.lemma_.lower() not in {"job", "position"} or _as_office(verb) is not None)
        for c in verb.children
    ):
        return [Hit("leadership_change", verb, subject_of(verb), {verb.i})]  # "lost his post"
    return None


def _handover_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    """ "handed control of the front to X", "transferred power to X", "Power passed to X":
    the one handing the lead over and the one receiving it (persons only, by assembly)."""
    if lemma not in _HANDING_VERBS:
        return None
    lead = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "nsubjpass", "nsubj"} and c.lemma_.lower() in _HANDED_LEAD
    ]
    # "he handed over to his deputy, X" (no object): the lead is what is handed over
    # ("The chairman, X, handed over to ...": the main verb misread as a participle)
    over = (
        lemma == "hand"
        and (not is_passive(verb) or misread_main_verb(verb))
        and any(c.lower_ == "over" and c.dep_ in {"prt", "advmod"} for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )
    # "handed the business to his daughter, X": a body one runs, handed on to a person
    bodies = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and not lead
        and (
            c.lemma_.lower() in lx.LED_BODIES
            # "ran it until 2020, when he handed it to his apprentice, X": "it" is the body
            # the sentence says he led or ran
            or c.lower_ == "it"
            and _led_in_sentence(verb)
        )
    ]
    if not lead and not over and not bodies:
        return None
    if any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in verb.children
    ):
        return None  # "If the president dies, the constitution gives power to X": supposed
    receivers = _lead_receivers(verb)
    if (over or bodies) and not [r for r in receivers if _is_person(ctx, r)]:
        return None  # "handed over to police" is no handover of a post
    lead = lead or bodies
    hits = []
    if (over or any(c.dep_ == "dobj" for c in lead)) and (givers := subject_of(verb)):
        hits.append(Hit("leadership_change", verb, givers, {verb.i}))
    if receivers:
        hits.append(Hit("leadership_change", verb, receivers, {verb.i}))
    return hits or None


def _office_holder_bows_out(verb: Token) -> bool:
    """ "The chairman, X, bowed out", "Chief executive X bowed out on Friday": "bow out" with
    no "of" (a race, a contest) whose subject is named by an office (the subject noun itself,
    its apposition or a title before the name)."""
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in {"prt", "advmod"}]
    if not outs or any(
        c.dep_ == "prep" and c.lower_ == "of" for h in [verb, *outs] for c in h.children
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and (left := stranded_subject(verb)) is not None:
        # "In a separate move the board's chairman, X, 74, bowed out": with no comma after
        # the opening phrase the parser hangs the subject on it, in apposition to "move"
        subjects = [left.head if left.dep_ == "appos" else left]
    return any(
        _office_role(c)
        or any(
            a.dep_ in {"appos", "compound"} and (_office_role(a) or _office_role_title(a))
            for a in c.children
        )
        for c in subjects
    )


def _office_role_title(tok: Token) -> bool:
    """ "Chief executive" / "Party leader" before a name: the role at the end of the title's
    own compounds ("executive" of "Chief executive", "leader" of "Party leader")."""
    return any(_office_role(t) for t in tok.subtree if t.i <= tok.i)


def _lead_receivers(verb: Token) -> list[Token]:
    """Who a lead is handed to: the names after "to" ("to X", "to his deputy, X", and the
    name of "to his former apprentice, X" the parser hung elsewhere); no one for a bare noun
    ("to the army", "to the new chief")."""
    to = [
        p
        for c in verb.children
        # ("handed power to X": the parser may call "to" a dative)
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    receivers = [
        a if a.dep_ == "appos" else p
        for p in expand_conj(to)
        for a in [p, *[c for c in p.children if c.dep_ == "appos" and c.pos_ == "PROPN"]]
        if a.pos_ == "PROPN"
        and (a.dep_ == "appos" or not any(c.dep_ == "appos" for c in p.children))
    ]
    # "to his former apprentice, X" with the name hung elsewhere by the parser
    receivers += [
        named
        for p in to
        if p.pos_ == "NOUN"
        and not any(c.dep_ == "appos" for c in p.children)
        and (named := named_in_apposition(p)) is not p
    ]
    return receivers


# Recordings one is seen in ("In the clip, X and Y sit on a mat": a video clip).
_VIDEO_RECORDINGS = lx.VIDEO_NOUNS | {"clip"}
# The nouns _in_recording reads a recording in; a document with none of them has none.
_RECORDING_NOUNS = _VIDEO_RECORDINGS | _AUDIO_NOUNS
# ("note" / "memo": "in a voice note sent to his family")
_RECORDED_WORDS = _RECORDING_NOUNS | {"message", "speech", "address", "statement", "note", "memo"}


def _in_recording(verb: Token) -> Token | None:
    """The recording of "In a video posted online, X called ...", "X vowed in an audio
    message ...": a pobj of "in" on the verb."""
    tables = tables_of(verb.doc)  # (read from the tables: a Token only for the recording)
    dep, lower, children = tables.dep, tables.lower, tables.children
    holders = [verb.i, *[c for c in children[verb.i] if dep[c] == "dobj"]]
    # "In the video, X, wearing a cap, sits at a desk": the parser may hang the fronted "in"
    # on the subject (only a fronted one: "X in the video" is no fronting)
    fronted = [c for s in children[verb.i] if dep[s] == "nsubj" for c in children[s] if c < s]
    for c in (*(c for h in holders for c in children[h]), *fronted):
        if dep[c] != "prep" or lower[c] != "in":
            continue  # (also "broke his silence in an audio recording")
        for p in children[c]:
            if dep[p] != "pobj":
                continue
            word = tables.lemma[p]
            if word in _RECORDING_NOUNS:
                return verb.doc[p]
            if word in _RECORDED_WORDS - _RECORDING_NOUNS and any(
                lower[m] in _VOICE_WORDS | _SCREEN_WORDS
                for m in children[p]
                if dep[m] in {"amod", "compound"}
            ):
                return verb.doc[p]
    return None


def _recording_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    if (
        lemma not in _SPEECH_ACTS
        or _RECORDED_WORDS.isdisjoint(doc_lemmas(ctx))  # (no word of a recording: none)
        or (recording := _in_recording(verb)) is None
    ):
        return None
    speakers = [s for s in subject_of(verb) if _is_person(ctx, s)]
    if not speakers or is_passive(verb):
        return None
    screen = any(m.lower_ in _SCREEN_WORDS for m in recording.children)
    if not screen and any(
        c.dep_ in {"acl", "relcl"} and any(a.dep_ == "agent" for a in c.children)
        for c in recording.children
    ):
        return None  # "in the recording, released by his captors, X says": not his message
    if lemma in lx.SPEAKING_VERBS:
        # "said in a video": claims_verbs reads it; "X said in an audio message" is X's
        # message unless X speaks for others (a spokesman, an official); "said in a
        # televised address": seen giving it
        if recording.lemma_.lower() in _VIDEO_RECORDINGS or _speaks_for_others(ctx, speakers):
            return None
        pred = "appeared" if screen else "message_released"
        return [Hit(pred, verb, speakers, {verb.i, recording.i}), *verb_hits(ctx, verb, lemma)]
    if recording.lemma_.lower() in _VIDEO_RECORDINGS or screen:
        hit = Hit("appeared", verb, speakers, {verb.i})
        hit.claimant = None
        return [hit]  # "In a video posted online, X called for calm": seen in it
    return [Hit("message_released", verb, speakers, {verb.i})]  # "vowed in an audio message"


# Who speaks for others: their recorded words are their office's, no message of their own.
_SPOKES_WORDS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "lawyer", "aide"}
)


def _speaks_for_others(ctx: ClaimContext, speakers: list[Token]) -> bool:
    for tok in speakers:
        if any(
            t.lemma_.lower() in _SPOKES_WORDS
            for t in tok.subtree
            if t.i <= tok.i or t.dep_ == "appos"  # (its name phrase, no relative clause)
        ):
            return True  # "the spokesman, X, said in a recorded message"
        ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
        if ent is not None and any(
            w.strip(".,").lower() in _SPOKES_WORDS for r in ent.roles for w in r.split()
        ):
            return True  # named as a spokesman elsewhere in the story
        if tok.dep_ == "appos" and any(t.lemma_.lower() in _SPOKES_WORDS for t in tok.head.subtree):
            return True
    return False


def _is_place(ctx: ClaimContext, tok: Token) -> bool:
    ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
    return ent.kind == "gpe" if ent is not None else tok.ent_type_ in {"GPE", "LOC"}


def _is_person(ctx: ClaimContext, tok: Token) -> bool:
    ent = entity_at(ctx.doc, tok.idx, tok.idx + len(tok))
    return ent is not None and ent.kind == "person"


def _broadcaster(tok: Token) -> bool:
    """ "state television", "the video", "state media" ("media" is lemmatised "medium")."""
    return tok.lemma_.lower() in _BROADCAST_NOUNS | lx.MESSAGE_NOUNS or tok.lower_ == "media"


def _appearance_hits(ctx: ClaimContext, verb: Token, lemma: str) -> list[Hit] | None:
    if lemma in {"speak", "appear", "talk"} and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.lemma_.lower() in _BROADCAST_NOUNS for p in c.subtree if p.i > c.i)
        for c in verb.children
    ):
        seen = [p for p in subject_of(verb) if not _speaks_for_others(ctx, [p])]
        return [Hit("appeared", verb, seen, {verb.i})] if seen else []  # "spoke on state TV"
    if (
        lemma in lx.SEEN_VERBS
        and is_passive(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "on"
            and any(p.lemma_.lower() in _BROADCAST_NOUNS for p in c.subtree if p.i > c.i)
            for c in verb.children
        )
    ):
        return [Hit("appeared", verb, patient_of(verb), {verb.i})]  # "was shown on television"
    if (
        lemma in {"show", "broadcast", "air", "feature"}
        and not is_passive(verb)
        and any(
            c.dep_ == "nsubj"
            and _broadcaster(
                c.head.head if c.lower_ in {"which", "that"} and c.head.dep_ == "relcl" else c
            )
            for c in verb.children
        )
    ):
        # "State TV showed X meeting officials" (the parser may fold the name into the
        # object noun phrase): the people named in the object
        shown = [
            t
            for c in verb.children
            if c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i
            for t in c.subtree
            if t.ent_type_ == "PERSON"
            and t.ent_iob_ == "B"
            and _is_person(ctx, t)
            or t.lower_ in {"him", "her"}
            and t.dep_ in {"dobj", "nsubj", "nsubjpass"}
        ]
        return [Hit("appeared", verb, expand_conj(shown), {verb.i})] if shown else None
    if (
        lemma in {"feature", "star"}
        and not is_passive(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(
                p.lemma_.lower() in lx.VIDEO_NOUNS | lx.IMAGE_NOUNS | {"clip", "film"}
                for p in c.children
            )
            for c in verb.children
        )
    ):
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]  # "featured in a video"
    if lemma == "appear" and any(
        c.dep_ in {"prep", "agent"}  # (the parser may read "by video link" as an agent)
        and c.lower_ in {"via", "by", "over"}
        and any(t.lower_ in {"link", "videolink"} for t in c.subtree)
        for c in verb.children
    ):
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]  # "appeared via video link"
    if (
        lemma in {"bring", "parade", "produce", "present", "haul", "drag"}
        and is_passive(verb)
        and any(
            c.dep_ == "prep"
            and c.lower_ == "before"
            and any(p.lemma_.lower() in _AUDIENCES for p in c.children if p.dep_ == "pobj")
            for c in verb.children
        )
    ):
        return [Hit("appeared", verb, patient_of(verb), {verb.i})]  # "was brought before a judge"
    if lemma == "go" and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.lemma_.lower() in _BROADCAST_NOUNS for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    ):
        seen = [p for p in subject_of(verb) if not _speaks_for_others(ctx, [p])]
        return [Hit("appeared", verb, seen, {verb.i})] if seen else []  # "went on television"
    if lemma == "record" and not is_passive(verb):
        made = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in lx.RECORDED_MESSAGES | {"statement"}
        ]
        if made and (speakers := subject_of(verb)):
            pred = "appeared" if made[0].lemma_.lower() in lx.VIDEO_NOUNS else "message_released"
            return [Hit(pred, verb, speakers, {verb.i})]  # "recorded a message for his supporters"
    if lemma in {"hold", "give", "call", "address", "host"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in {"conference", "briefing"}
        and any(m.lower_ in {"news", "press"} for m in c.children)
        for c in verb.children
    ):
        seen = [p for p in subject_of(verb) if not _speaks_for_others(ctx, [p])]
        return [Hit("appeared", verb, seen, {verb.i})] if seen else []  # "held a news conference"
    if (
        lemma == "be"
        and any(
            ctx.tables.dep[c] == "acomp" and ctx.tables.lower[c] == "present"
            for c in ctx.tables.children[verb.i]
        )
        and (people := [s for s in subject_of(verb) if _is_person(ctx, s)])
    ):
        return [Hit("appeared", verb, people, {verb.i})]  # "was (not) present at the hearing"
    if lemma in {"emerge", "come"} and any(
        c.dep_ == "prep"
        and c.lower_ in {"from", "out"}
        and any(t.lower_ == "hiding" for t in c.subtree)
        for c in verb.children
    ):
        return [Hit("appeared", verb, subject_of(verb), {verb.i})]  # "emerged from hiding"
    if (
        lemma in {"reappear", "resurface"}
        and not any(c.dep_ in {"xcomp", "acomp", "oprd"} for c in verb.children)
        and (people := [s for s in subject_of(verb) if _is_person(ctx, s)])
    ):
        return [Hit("appeared", verb, people, {verb.i})]  # "reappeared on Monday"
    return None


# Every lemma a rule of this module tests ``lemma`` against: the lists the rules name, and
# the words they spell out. A verb with none of them fires no rule here (each rule's first
# test is its lemma, bar the unrealised-gerund one), so leadership_hits skips the others
# for it. A rule with a new lemma or list adds it here;
# tests/nlp/test_claims_rule_tables_speed.py reads every lemma test of the module and checks.
_RULE_LEMMAS = frozenset().union(
    _ANNOUNCED_LEMMAS,
    _APPOINT_OR_SWEAR,
    _DESCRIBING_VERBS,
    _FORCING_OR_REMOVAL,
    _HANDING_VERBS,
    _NAMING_AS_VERBS,
    _REMOVAL_OR_OUSTING,
    _RUN_VERBS,
    _SPEECH_ACTS,
    lx.APPOINT_VERBS,
    lx.OUSTING_VERBS,
    lx.REMOVAL_VERBS,
    lx.SEEN_VERBS,
    lx.SPEAKING_VERBS,
    # the words the rules spell out
    {"abdicate", "accept", "act", "address", "air", "appear", "ascend", "assume", "be"},
    {"become", "begin", "bow", "bring", "broadcast", "call", "capture", "cede", "chair"},
    {"come", "crown", "depose", "dismiss", "drag", "emerge", "enthrone", "feature", "fill"},
    {"fire", "get", "give", "go", "hand", "haul", "head", "hold", "host", "inaugurate"},
    {"inherit", "instal", "install", "land", "lead", "lose", "mount", "offer", "oust"},
    {"overrun", "parade", "pass", "present", "produce", "quit", "re-appoint", "reappear"},
    {"reappoint", "reappointe", "record", "reinstate", "relieve", "relinquish", "remove"},
    {"renounce", "replace", "resign", "resurface", "return", "run", "sack", "secure"},
    {"seize", "serve", "show", "speak", "stand", "star", "start", "step", "succeed"},
    {"surrender", "swear", "take", "talk", "walk", "win"},
    _STAYING_VERBS,
    _PUTTING_VERBS,
    {"resume"},
)
