"""Personal pronouns: the most recent compatible person, with news prose's speaker rules.

A pronoun in narration skips names only quoted; "he" inside a quote is not its speaker; a
speaking pronoun takes up the last speaker; a proxy (``his lawyer said he ...``) and an
official who comments on others are passed over for the person the story is about.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Doc, Token

from dateline.nlp.entities_doc import (
    Cluster,
    cluster_at,
    full_text,
    most_mentioned,
    recent_cluster,
    token_cluster,
)
from dateline.nlp.entities_lexicon import (
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    PERSON_NOUNS,
    PRONOUN_WINDOW,
    PROXY_NOUNS,
    SPEECH_VERBS,
    match_key,
)
from dateline.nlp.entities_references import KIN_REFERENCE_NOUNS
from dateline.nlp.entities_turns import (
    Turn,
    answer_turns,
    in_label,
    interview_intro_end,
    speaker_turns,
    turn_of,
)

OFFICIAL_ROLES = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "minister",
        "official",
        "officer",
        "ambassador",
        "envoy",
        "lawyer",
        "attorney",
        "prosecutor",
        "judge",
        "director",
        "secretary",
        "governor",
        "mayor",
        "president",
        "chief",
        "commander",
        "general",
        "analyst",
    }
)

OFFICIAL_TITLES = frozenset(
    {
        "col",
        "colonel",
        "gen",
        "general",
        "maj",
        "major",
        "lt",
        "capt",
        "brig",
        "adm",
        "minister",
        "sen",
        "gov",
    }
)


def _speaks_for_others(c: Cluster) -> bool:
    """A speaker whose role is to comment on others (a spokeswoman, a minister, a lawyer):
    in "Col. X said he was alive", "he" is the person the story is about."""
    roles = {r for r, _ in c.role_nouns}
    titles = {t.rstrip(".").lower() for t in c.titles}
    return bool(roles & OFFICIAL_ROLES or titles & OFFICIAL_TITLES)


_OWNER_OF = {p: ("his",) for p in MALE_PRONOUNS} | {p: ("her",) for p in FEMALE_PRONOUNS}


# bodies a person belongs to or works for, whose officers speak for them
_OWNED_BODIES = frozenset(
    """employer family company organisation organization charity newspaper paper agency union
    party club school church university""".split()  # noqa: SIM905
)


def _proxy_speaker_span(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """Characters of the speaker phrase when the pronoun sits in what "his lawyer, X" / "her
    brother" says: that speaker speaks for someone else, whom the pronoun means."""
    tok = pronoun
    for _ in range(4):
        if tok.head == tok:
            return None
        if tok.dep_ in {"ccomp", "xcomp"} and tok.head.lemma_.lower() in SPEECH_VERBS:
            break
        tok = tok.head
    else:
        return None
    speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN":
        return None
    body = next((c for c in speaker.children if c.dep_ == "poss" and c.lemma_.lower() in _OWNED_BODIES), None)
    if body is not None:
        # "Her employer's country director said she was alive": whoever speaks for the
        # person's employer (family, party, paper) speaks for that person
        owners = {c.lower_ for c in body.children if c.dep_ == "poss"}
    elif speaker.lemma_.lower() in PROXY_NOUNS:
        owners = {c.lower_ for c in speaker.children if c.dep_ == "poss"}
    else:
        return None
    # "Her husband said he ...": a pronoun of the other gender than the owner is the speaker.
    agreeing = {"their", *_OWNER_OF.get(pronoun.lower_, ("his", "her"))}
    if not owners & agreeing:
        return None
    return speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)


def _proxy_owner(
    clusters: list[Cluster], doc: Doc, proxy: tuple[int, int], gender: str
) -> int | None:
    """The person a proxy speaker's possessive was resolved to ("His lawyer" → X), when of the
    pronoun's gender."""
    span = doc.char_span(proxy[0], proxy[1], alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.dep_ == "poss" and t.lower_ in {"his", "her"}:
            idx = cluster_at(clusters, t.idx, t.idx + len(t), ("person",))
            if idx is None:
                # '"He bled to death," his mother, Ann X, said': the possessive comes after the
                # quotation, not yet read; the one person of the relative's surname is its owner
                idx = _namesake_of_relative(doc, clusters, t, gender)
            if idx is not None and (not gender or clusters[idx].gender in {None, gender}):
                return idx
    return None


def recent_person(
    doc: Doc,
    clusters: list[Cluster],
    tok: Token,
    gender: str,
    sent_index: dict[int, int],
    quotes: list[tuple[int, int]],
    *,
    unnamed: Sequence[tuple[Token, str]] = (),
) -> int | None:
    """Antecedent of a personal pronoun: a compatible person in the same sentence (its
    subject first), else in the previous sentences (the latest subject first, then the
    latest mention). A pronoun in narration skips names that occur only inside quotes.

    A person of the other gender is never the antecedent; an ``unnamed`` person of the
    pronoun's gender ("the woman", "his mother") competes like a name and, when chosen,
    leaves the pronoun unresolved (None)."""
    here = sent_index[tok.i]
    inside = any(a <= tok.idx < b for a, b in quotes)
    binder = _reflexive_binder(doc, clusters, tok)
    if binder is not None and (not gender or clusters[binder].gender in {None, gender}):
        return binder
    kin = _namesake_of_relative(doc, clusters, tok, gender)
    if kin is not None:
        return kin
    undergone = _who_underwent(doc, clusters, tok, gender)
    if undergone is not None:
        return undergone
    represented = _represented_by_subject(doc, clusters, tok, gender)
    if represented is not None:
        return represented
    if not inside:
        ahead = _cataphora(doc, clusters, tok, gender)
        if ahead is not None:
            return ahead
    acting = _speaker_acting_on_other(doc, clusters, tok, gender)
    if acting is not None:
        return acting
    # "..., she told reporters": a speaking pronoun takes up the last speaker.
    speaking = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS and not inside
    # "His lawyer, X, said he had not been charged": not the lawyer, the one whose lawyer X is
    proxy = _proxy_speaker_span(doc, tok)
    owner = _proxy_owner(clusters, doc, proxy, gender) if proxy is not None else None
    if owner is not None:
        return owner  # "His wife, X, said she spoke to him": whom "His" meant
    turns = speaker_turns(doc)
    own_speaker = _turn_speaker(clusters, turns, tok.idx) if turns and not inside else None
    if own_speaker is None and not inside:
        # "Were you held alone? / ... She says he is OK": an answer's "she" is not the one answering
        own_speaker = _answering(doc, clusters, tok, quotes)
    if own_speaker is None:
        own_speaker = _asker_of_whereabouts(doc, clusters, tok)
    if own_speaker is None:
        own_speaker = _clause_subject_of_object(doc, clusters, tok)
    if own_speaker is None:
        own_speaker = _subject_of_prepositional_object(doc, clusters, tok)
    if own_speaker is None and inside:
        own_speaker = _quote_speaker(doc, clusters, tok, quotes, sent_index)
    if own_speaker is None:
        own_speaker = _fronted_prepositional_object(doc, clusters, tok)
    # "Police spokesman X said officers were questioning him": the office before the name is
    # the name's own speaking subject (a possessive keeps the older reading: "Lawyer X said his
    # client ...", whose "client" the noun rules resolve)
    office_before_name = tok.dep_ != "poss"
    by_sentence: dict[int, list[tuple[int, bool, int, bool]]] = {}
    conjoined: set[int] = set()  # mentions that are one of "A and B"
    backgrounded: set[int] = set()  # subjects of a subordinate clause ("after X was killed")
    reporting: set[int] = set()  # subjects of a verb reporting a clause ("X confirmed that Y died")
    for idx, c in enumerate(clusters):
        if (
            c.kind != "person"
            or (c.gender and gender and c.gender != gender and not c.weak_gender)
            or idx == own_speaker
        ):
            continue  # "BALOGUN: The kidnappers called his church": never Balogun's own
        # a name that occurs only inside quotes is skipped by narration, but a person the
        # narration names too stays the topic while a quote goes on about them
        # ('"Tomasz is in a cell," his wife said. She said he had not been charged'); a
        # speaking pronoun ('"The sheikh is alive," he said') never means whom the quote is about
        named_outside = not speaking and any(
            s < tok.idx and not any(a <= s < b for a, b in quotes) for s, _, _ in c.mentions
        )
        for s, e, _ in c.mentions:
            if s >= tok.idx or (
                not inside and not named_outside and any(a <= s < b for a, b in quotes)
            ):
                continue
            if turns and in_label(turns, s):
                continue  # "KEITA: ... he ...": a turn's speaker is "I" in it, never "he"
            if proxy is not None and proxy[0] <= s < proxy[1]:
                continue
            span = doc.char_span(s, s + 1, alignment_mode="expand")
            if span is None:
                continue
            n = sent_index[span[0].i]
            if here - n > PRONOUN_WINDOW:
                continue
            root = mention_root(doc, span[0])
            if root.dep_ == "det" and root.head.i > root.i:
                root = root.head  # an epithet's mention opens on its article: "the army chief"
            while root.dep_ in {"poss", "compound", "amod"} and root.head.i > root.i and root.head.idx < e:
                root = root.head  # ... or on its owner or modifier: "army's spokesman", "coalition spokesman"
            if office_before_name and root.dep_ == "compound" and root.pos_ == "NOUN" and root.head.pos_ == "PROPN" and root.head.i > root.i:
                root = mention_root(doc, root.head)  # an office written before the name: "Police spokesman X said"
            if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.head.lemma_.lower() in SPEECH_VERBS:
                root = root.head  # 'said General X, the army chief': the apposition speaks with him
            if speaking and n == here and _reported_subject(root, tok):
                continue  # "His friend X was killed, he said": the speaker is not whom he reports on
            subject = root.dep_ in {"nsubj", "nsubjpass"}
            # the passive subject of a verb of saying is whom it is said about, never its speaker:
            # "X is said by residents to move between camps. An official said he may have fled",
            # "X was declared dead", "X was told to leave" (only an active subject speaks)
            speaker = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS or _credited_source(root)
            by_sentence.setdefault(n, []).append((s, subject and not speaker, idx, speaker))
            if root.dep_ == "nsubj" and root.head.lemma_.lower() in _CLAUSE_REPORTING_VERBS and any(
                c.dep_ == "ccomp" for c in root.head.children
            ):
                reporting.add(s)
            if _conjoined_person(root) or _joined_by_and(span[0]):
                conjoined.add(s)
            if subject and root.head.dep_ in _SUBORDINATE_CLAUSES:
                backgrounded.add(s)
    for noun, noun_gender in unnamed:
        if noun.i >= tok.i or noun_gender != gender or here - sent_index[noun.i] > PRONOUN_WINDOW:
            continue
        if (not inside and any(a <= noun.idx < b for a, b in quotes)) or (
            proxy is not None and proxy[0] <= noun.idx < proxy[1]
        ):
            continue
        if cluster_at(clusters, noun.idx, noun.idx + len(noun), ("person",)) is not None:
            continue  # an epithet already resolved to a named person
        nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if (
            nxt is not None
            and nxt.pos_ == "PROPN"
            and token_cluster(doc, nxt, clusters, ("person",)) is not None
        ):
            continue  # "his sister Ngozi's phone rang": the noun names its person at once
        speaker = noun.head.lemma_.lower() in SPEECH_VERBS
        by_sentence.setdefault(sent_index[noun.i], []).append(
            (noun.idx, not speaker, -1 - noun.i, speaker)
        )
    if turns and not inside:
        opening = _turn_opening(clusters, tok, gender, turns, by_sentence, quotes)
        if opening is not None:
            return opening
    fallback: int | None = None
    for n in sorted(by_sentence, reverse=True):
        found = by_sentence[n]
        if inside:
            # "he" inside a quotation is not the one who speaks it.
            found = [f for f in found if not f[3]]
            if not found:
                continue
        if (
            not speaking
            and not inside
            and all(f[3] for f in found)
            and (
                n < here
                or all(
                    _candidate_speaks_for_others(doc, clusters, f[2], sent_index, n) for f in found
                )
            )
        ):
            # A sentence that only quotes a speaker ("Lawyer X said ...") does not change
            # whom the narration is about: look further back for its subject.
            named = [f for f in found if f[2] >= 0]
            if fallback is None and named:
                fallback = max(named)[2]
            continue
        if n < here and fallback is None and found and all(f[0] in conjoined for f in found):
            # "He said two aides, A and B, were captured. 'We know he is hurt'": people named
            # together are "they"; a singular pronoun looks further back, keeping them in reserve
            fallback = max(found)[2] if max(found)[2] >= 0 else None
            continue
        if (
            n < here
            and not speaking
            and not inside
            and tok.dep_ in {"nsubj", "nsubjpass"}
            and (dead := _death_told_of(doc, found)) is not None
        ):
            # "X was arrested over the death of Y. She was found dead": the one whose death was
            # told; "... He was charged with murder": not Y, who can no longer act or be charged
            # (before agreement: the one who died may be of a gender not yet known)
            if _tells_death_or_harm(tok.head, tok):
                return dead
            found = [f for f in found if f[2] != dead] or found
        if gender:
            # "Quell and Maria Lopez were held. She ...": a person known to agree beats one
            # of unknown gender in the same sentence.
            # (a speaking pronoun's last speaker, of unknown gender, is still that speaker:
            # 'His lawyer, Y, said X denied it. "...," he said')
            agreeing = [
                f
                for f in found
                if f[2] < 0 or clusters[f[2]].gender == gender or speaking and (f[3] or f[0] in reporting)
            ]
            # ... but the subject of what a speaker said, of unknown gender, is not passed over
            # for the speaker ("The group's spokesman, Z, said X died. He had not been seen")
            speaking_here = {f[2] for f in found if f[3]}
            # (not a subject inside a quotation the agreeing speaker spoke, for a pronoun of the
            # narration: '"Y was worse," she says. ... a video in which she held up a newspaper')
            narrated_subject = any(
                f[1] and (inside or not any(a <= f[0] < b for a, b in quotes)) for f in found
            )
            if agreeing and not (
                all(f[2] in speaking_here for f in agreeing) and narrated_subject
            ) and not (n < here and _only_owner_of_subject(doc, agreeing, found)):
                found = agreeing
        # "Dr X confirmed that Y had died and that Z had been moved. He said ...": a speaking
        # pronoun takes up the one who reported, not the last subject of what he reported
        speakers = [f for f in found if f[3] or f[0] in reporting] if speaking else []
        subjects = [f for f in found if f[1]]
        if n < here:
            # centering: the subject of the sentence's main clause, not of a clause subordinate
            # to it, is the topic a later sentence's pronoun takes up ("X took over in 2019
            # after his predecessor, Y, was killed. Officials have declared him dead")
            subjects = [f for f in subjects if f[0] not in backgrounded] or subjects
        # "Police arrested X, according to his lawyer, Y. He was ...": no subject, so the
        # latest person the sentence does not merely credit as its source
        best = max(speakers or subjects or [f for f in found if not f[3]] or found)
        if n < here and best[1] and best[2] >= 0 and not speaking and not inside:
            # "Judge X refused to free Y. He remains in custody": the official who acted on
            # the story's person is not whom the next sentence's state is about
            held = _story_person_acted_on(doc, clusters, best, gender, tok)
            if held is None:
                held = _carried_over_object(doc, clusters, found, best, sent_index, n)
            if held is None:
                held = _harmed_object(doc, found, best, tok)
            if held is not None:
                return held
        return best[2] if best[2] >= 0 else None
    if fallback is None and turns and turn_of(turns, tok.idx) is not None:
        # "Q: Is your brother alive? / A: Yes. I spoke to him last week.": a transcript's or an
        # interview's short turns outrun the window; the pronoun means whom the exchange is about
        return _exchange_topic(clusters, tok, gender, turns, own_speaker)
    if fallback is None and inside and not by_sentence:
        # '"He was a good man," said Y, the widow of X': nobody before the quotation
        ahead = _named_after_quote(doc, clusters, tok, gender, quotes, own_speaker)
        if ahead is not None:
            return ahead
    if fallback is None and not by_sentence and gender and not _unnamed_person_near(doc, clusters, tok, sent_index, quotes):
        # a pronoun with nobody who may be meant in reach (a feature's long run of quotes or
        # description) means the person of its gender the story is about: the one named most
        return most_mentioned(
            clusters,
            tok.idx,
            lambda idx, c: c.kind == "person" and idx != own_speaker and c.gender == gender,
        )
    return fallback


def _reported_subject(root: Token, pronoun: Token) -> bool:
    """The mention (or the noun it is set off beside: "His friend X") is the subject of what the
    speaking pronoun's verb reports ("X was killed, he said", "X is in hospital, she told
    reporters"): one who spoke of himself so would have said "I"."""
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    clause, verb = root.head, pronoun.head
    return clause.dep_ in {"ccomp", "parataxis"} and clause.head.i == verb.i and clause.i < pronoun.i


# verbs that report what their clause says ("X confirmed that ...", "Y denied that ..."): their
# subject is a speaker for a later "he said"
_CLAUSE_REPORTING_VERBS = frozenset(
    "confirm deny report claim insist explain warn admit acknowledge say tell add state announce declare write".split()  # noqa: SIM905
)


def _unnamed_person_near(
    doc: Doc, clusters: list[Cluster], tok: Token, sent_index: dict[int, int], quotes: list[tuple[int, int]]
) -> bool:
    """An unnamed person ("the driver of the ambulance", "a bystander") stands in the
    narration of the pronoun's sentence or the one before it: a careful reader takes the
    pronoun to mean that person, not the story's named one."""
    here = sent_index[tok.i]
    other = FEMALE_NOUNS if tok.lower_ in MALE_PRONOUNS else MALE_NOUNS
    # (the sentence numbers only grow: the words of the two sentences alone, not the text's)
    lo = tok.i
    while lo > 0 and here - sent_index[lo - 1] <= 1:
        lo -= 1
    for t in doc[lo : tok.i]:
        if here - sent_index[t.i] > 1 or t.pos_ != "NOUN" or t.tag_ != "NN" or t.dep_ not in {"nsubj", "nsubjpass"}:
            continue  # (the subject of its clause: "the driver of the ambulance had been questioned")
        lemma = t.lemma_.lower()
        if lemma not in PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS or lemma in other or any(a <= t.idx < b for a, b in quotes):
            continue
        if cluster_at(clusters, t.idx, t.idx + len(t), ("person",)) is None:
            return True
    return False


def _named_after_quote(
    doc: Doc,
    clusters: list[Cluster],
    pronoun: Token,
    gender: str,
    quotes: list[tuple[int, int]],
    speaker: int | None,
) -> int | None:
    """ '"He is alive. I spoke to him on Friday," said Y, the wife of the kidnapped engineer
    X': a third-person pronoun in a quotation that opens the story or passage, with nobody
    named before it, points ahead to the first person the attribution after the quotation
    names who is not its speaker (cataphora; the speaker would say "I")."""
    quote = next(((a, b) for a, b in quotes if a <= pronoun.idx < b), None)
    if quote is None:
        return None
    after = next((t for t in doc[pronoun.i :] if t.idx >= quote[1]), None)
    if after is None:
        return None
    sent = after.sent
    best: tuple[int, int] | None = None
    for idx, c in enumerate(clusters):
        if c.kind != "person" or idx == speaker or (gender and c.gender and c.gender != gender):
            continue
        starts = [s for s, _, _ in c.mentions if quote[1] <= s < sent.end_char]
        if starts and (best is None or min(starts) < best[0]):
            best = (min(starts), idx)
    if best is None:
        return None
    if speaker is None:
        # the speaker is the subject of the speech verb after the quotation: never the antecedent
        verb = next((t for t in doc[after.i : sent.end] if t.lemma_.lower() in SPEECH_VERBS), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        named = token_cluster(doc, subject, clusters, ("person",)) if subject is not None else None
        if named is None and subject is not None:
            named = _apposed_name_cluster(doc, subject, clusters)
        if named == best[1]:
            rest = [
                (min(s for s, _, _ in c.mentions if quote[1] <= s < sent.end_char), idx)
                for idx, c in enumerate(clusters)
                if idx != named
                and c.kind == "person"
                and not (gender and c.gender and c.gender != gender)
                and any(quote[1] <= s < sent.end_char for s, _, _ in c.mentions)
            ]
            return min(rest)[1] if rest else None
    return best[1]


def _only_owner_of_subject(
    doc: Doc, agreeing: list[tuple[int, bool, int, bool]], found: list[tuple[int, bool, int, bool]]
) -> bool:
    """ "X was released. His former deputy, Y, is still wanted. He is believed to be hiding
    in Z"; "His son, Y, was in the car with him and was wounded. He was taken to hospital":
    when the only mentions of the pronoun's gender in a sentence are pronouns that are no
    subject there (the possessive that owns the subject's noun, an object beside it), the
    named subject Y, of a gender the text has not told, stays the centre a later pronoun takes
    up (centering), as it would if its given name were known: those pronouns say Y is not the
    one they mean, nothing of Y's gender."""
    subjects = [f for f in found if f[1] and f not in agreeing and f[2] >= 0]
    if not subjects:
        return False
    for f in agreeing:
        if f[1] or f[3]:
            return False
        span = doc.char_span(f[0], f[0] + 1, alignment_mode="expand")
        if span is None or span[0].lower_ not in {"his", "her", "him"}:
            return False
    return True


# verbs of hurting someone, whose object is the one a later sentence tells died or survived
_HARM_VERBS = frozenset(
    "shoot stab wound injure hit strike attack beat hack slash punch kick assault club knife".split()  # noqa: SIM905
)
# what only the one hurt does next: dies of it, survives it, is treated for it
_VICTIM_VERBS = frozenset("die succumb survive recover bleed".split())  # noqa: SIM905
_VICTIM_PASSIVES = frozenset("kill pronounce declare treat hospitalize hospitalise rush airlift".split())  # noqa: SIM905


def _harmed_object(
    doc: Doc, found: list[tuple[int, bool, int, bool]], best: tuple[int, bool, int, bool], pronoun: Token
) -> int | None:
    """ "The gunman, X, shot the guard, Y, twice. He died at the scene": when the subject of
    the sentence before hurt a person named as its object, the pronoun of a clause telling
    that someone died, survived or was treated means the one hurt (the event's patient goes
    on as the centre of what befalls him), not the one who hurt him."""
    verb = pronoun.head
    if not (
        pronoun.dep_ == "nsubj" and verb.lemma_.lower() in _VICTIM_VERBS
        or pronoun.dep_ == "nsubjpass" and verb.lemma_.lower() in _VICTIM_PASSIVES
    ):
        return None
    span = doc.char_span(best[0], best[0] + 1, alignment_mode="expand")
    if span is None:
        return None
    root = mention_root(doc, span[0])
    harm = root.head
    if root.dep_ != "nsubj" or harm.lemma_.lower() not in _HARM_VERBS:
        return None
    for start, _, idx, _ in found:
        if idx < 0 or idx == best[2]:
            continue
        other = doc.char_span(start, start + 1, alignment_mode="expand")
        if other is not None and _hurt_by(other[0], harm):
            return idx
    return None


# nouns of a death someone's "of" phrase or possessive undergoes
_DEATH_NOUNS = frozenset("murder killing death assassination execution shooting stabbing".split())  # noqa: SIM905
# (and what is done to the dead: "He was buried on Sunday", "She was identified by her sister")
_DEATH_PASSIVES = _HARM_VERBS | frozenset("kill murder assassinate execute find bury cremate mourn identify repatriate".split())  # noqa: SIM905


def _tells_death_or_harm(verb: Token, pronoun: Token) -> bool:
    """The pronoun's clause tells it died or was killed, found dead or hurt ("He was shot
    outside his home and died", "She was found dead")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in {"die", "succumb"}:
            return True
        passive = pronoun.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in v.children)
        if passive and lemma in _DEATH_PASSIVES and (lemma != "find" or any(c.lower_ == "dead" for c in v.children)):
            return True
    return False


def _death_told_of(doc: Doc, found: list[tuple[int, bool, int, bool]]) -> int | None:
    """ "X has been arrested over the death of her neighbour, Y", "Prosecutors say X ordered
    the killing of Y": the person of a sentence's mentions ``found`` whose murder, killing or
    death it names (the object of the death noun's "of"). A later pronoun whose clause tells a
    death or a wound means that person ("She was found dead", "He was shot outside his
    home"), not the sentence's subject; one whose clause tells an act of the living ("He was
    charged") never means that person."""
    for start, _, idx, _ in found:
        span = doc.char_span(start, start + 1, alignment_mode="expand") if idx >= 0 else None
        if span is None:
            continue
        root = mention_root(doc, span[0])
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _DEATH_NOUNS:
            return idx
    return None


def _hurt_by(tok: Token, harm: Token) -> bool:
    """``tok`` names the one ``harm`` hurt: after the verb, below it through its object (or the
    name the parser hangs on the verb beside the object: "shot the guard, Y, twice"), never
    through a preposition ("shot Y in front of Z") or another clause."""
    if tok.i <= harm.i:
        return False
    node = tok
    for _ in range(6):
        if node.head.i == harm.i:
            return node.dep_ in {"dobj", "npadvmod", "appos"}
        if node.dep_ in {"prep", "pobj", "relcl", "acl", "advcl", "ccomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


# Offices whose holders act on others by office (try, charge, detain, hold, question): a
# story's officials, not its subject, unless the story is about one of them
_AUTHORITY_WORDS = OFFICIAL_ROLES | OFFICIAL_TITLES | frozenset(
    """judge justice magistrate prosecutor inspector superintendent sheriff warden police
    policeman policewoman investigator coroner""".split()  # noqa: SIM905
)


def _is_authority(c: Cluster) -> bool:
    """A person named with an office that acts on others (a role noun, a title, or the office
    written before the name: "Magistrate X")."""
    words = {r for r, _ in c.role_nouns} | {t.rstrip(".").lower() for t in c.titles}
    words |= {n.split()[0].rstrip(".").lower() for n in c.names if " " in n}
    return bool(words & _AUTHORITY_WORDS)


def _story_person_acted_on(
    doc: Doc,
    clusters: list[Cluster],
    best: tuple[int, bool, int, bool],
    gender: str,
    pronoun: Token,
) -> int | None:
    """The story's person (the one named most before the pronoun) when the chosen antecedent
    is an official who, in that sentence, acts on that person: the person is inside what the
    official's verb governs ("rejected a request to move Y", "charged Y", "extended Y's
    detention"). None when the story is about the official."""
    official = clusters[best[2]]
    if not _is_authority(official):
        return None
    main = most_mentioned(clusters, pronoun.idx, lambda _, c: c.kind == "person")
    if main is None or main == best[2]:
        return None
    person = clusters[main]
    if gender and person.gender not in {None, gender}:
        return None
    span = doc.char_span(best[0], best[0] + 1, alignment_mode="expand")
    if span is None:
        return None
    root = mention_root(doc, span[0])
    verb = root.head
    if verb.i == root.i or verb.lemma_.lower() in SPEECH_VERBS:
        return None
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    if any(start <= s < end and s > root.right_edge.idx for s, _, _ in person.mentions):
        return main
    # the surname alone, which a family of one surname leaves to nobody ("to move Alizade")
    surname = _surname(person.canonical)
    for t in doc[root.right_edge.i + 1 : verb.right_edge.i + 1]:
        if (
            t.pos_ == "PROPN"
            and surname
            and match_key(t.text) == surname
            and cluster_at(clusters, t.idx, t.idx + len(t), ("person",)) is None
        ):
            return main
    return None


def _first_sentence(doc: Doc, c: Cluster, sent_index: dict[int, int]) -> int | None:
    starts = [span[0].i for s, _, _ in c.mentions if (span := doc.char_span(s, s + 1, alignment_mode="expand")) is not None]
    return min((sent_index[i] for i in starts), default=None)


def _carried_over_object(
    doc: Doc,
    clusters: list[Cluster],
    found: list[tuple[int, bool, int, bool]],
    best: tuple[int, bool, int, bool],
    sent_index: dict[int, int],
    n: int,
) -> int | None:
    """ "X was shot. A neighbour, Y, drove him to the clinic. He was later flown to ...": when
    the subject of the sentence before is a person named there for the first time and that
    sentence carries the earlier person on as its object pronoun, a pronoun that follows keeps
    to the person carried on (centering: the continued center beats the new subject)."""
    if _first_sentence(doc, clusters[best[2]], sent_index) != n:
        return None
    if _undergoes(doc, best[0]):
        return None  # "His son, Y, was in the car with him and was wounded": Y is what befell
    for start, _, idx, _ in found:
        if idx < 0 or idx == best[2]:
            continue
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            continue
        obj = span[0]
        # "Her mother, Y, appealed for her release": the earlier person carried on as the owner
        # of the event the new subject's verb is about is carried on as its object is
        owner = obj.lower_ in {"his", "her"} and obj.dep_ == "poss" and obj.head.dep_ in {"dobj", "pobj"}
        owner = owner and obj.head.lemma_.lower() in _EVENT_NOUN_VERBS
        if not owner and (obj.lower_ not in {"him", "her"} or obj.dep_ not in {"dobj", "dative", "iobj", "pobj"}):
            continue
        if obj.dep_ == "pobj" and obj.head.lower_ == "with":
            continue  # "His son, Y, was with him that night": a companion, not one acted on
        if any(a.dep_ in {"relcl", "acl"} for a in obj.ancestors):
            continue  # "His friend Y, who tried to help him, was cut": said of Y, not Y's act
        first = _first_sentence(doc, clusters[idx], sent_index)
        if first is not None and first < n:
            return idx
    return None


def _undergoes(doc: Doc, start: int) -> bool:
    """The mention at ``start`` is the subject of a passive verb of its clause, or of one
    joined to it ("was in the car and was wounded"): the one something befell, not an agent."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    root = mention_root(doc, span[0])
    if root.dep_ == "nsubjpass":
        return True
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return any(c.dep_ == "auxpass" for v in verbs for c in v.children)


def _surname(name: str) -> str | None:
    words = match_key(name).split()
    return words[-1] if len(words) >= 2 else None


def _namesake_of_relative(doc: Doc, clusters: list[Cluster], tok: Token, gender: str) -> int | None:
    """ "His wife, Anneke Visser, said she spoke to him": the owner of a kinship noun whose
    relative is named with a surname is the one person of that surname (and of the pronoun's
    gender) named before, not merely the last man named (families share surnames)."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.lower_ not in KIN_REFERENCE_NOUNS or noun.i == tok.i:
        return None
    name = next((t for t in doc[noun.i + 1 : noun.i + 3] if t.pos_ == "PROPN"), None)
    relative = token_cluster(doc, name, clusters, ("person",)) if name is not None else None
    if relative is None:
        return None
    surnames = {_surname(n) for n in clusters[relative].names} - {None}
    found = {
        idx
        for idx, c in enumerate(clusters)
        if idx != relative
        and c.kind == "person"
        and not (gender and c.gender and c.gender != gender)
        and any(s < tok.idx for s, _, _ in c.mentions)
        and surnames & {_surname(n) for n in c.names}
    }
    return found.pop() if len(found) == 1 else None


_RELATIVE_SUBJECTS = frozenset({"who", "that"})


def described_by_relative(doc: Doc, clusters: list[Cluster], tok: Token) -> tuple[int | None, Token] | None:
    """ "A regional official, who spoke on condition of anonymity because he was not
    authorised to speak": a pronoun in a relative clause whose subject is "who" (or in a
    clause of its reasons and times) means the person the clause describes, named or not.
    ``(cluster or None, the noun described)``; None when the pronoun stands in no such
    clause."""
    clause, passed = tok, []
    for _ in range(6):
        if clause.head.i == clause.i:
            return None
        passed.append(clause.dep_)
        clause = clause.head
        if clause.dep_ == "relcl":
            break
    else:
        return None
    # the subject of the clause's reason or time ("who fled because he feared arrest"), or a
    # possessive in the clause itself ("who lost his job"); an object of the clause's verb is
    # never its subject ("an official who saw him"), and a possessive in a clause with a
    # subject of its own may be that subject's ("who quit when Y lost his seat")
    subject_of_reason = passed[:2] in (["nsubj", "advcl"], ["nsubjpass", "advcl"])
    own_possessive = tok.dep_ == "poss" and "advcl" not in passed and "ccomp" not in passed
    if not (subject_of_reason or own_possessive):
        return None
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS and c.i < tok.i for c in clause.children
    ):
        return None
    noun = clause.head
    if noun.pos_ == "PROPN":
        idx = token_cluster(doc, noun, clusters, ("person",))
        return (idx, noun) if idx is not None else None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PERSON_NOUNS:
        return None
    return cluster_at(clusters, noun.idx, noun.idx + len(noun), ("person",)), noun


# the words that tie an unnamed speaker to a name: "a man who sounded like X", "a man
# believed to be X", "a woman identified as X", "a figure resembling X"
_LIKENESS_WORDS = frozenset({"like", "as", "be", "resemble", "resembling"})
_VOICE_NOUNS = frozenset({"man", "woman", "voice", "figure", "speaker", "person", "fighter"})


def unnamed_speaker(doc: Doc, clusters: list[Cluster], tok: Token) -> tuple[int, Token] | None:
    """"... a recording in which a man who sounded like X said he was in good health": the
    subject pronoun of what an unnamed speaker likened to a person says is that person, never
    the one who released the recording. ``(cluster, the speaker noun)``; None elsewhere (an
    unnamed source's "he" is mostly the story's person: "A person close to X said he was
    being held")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in _VOICE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in speaker.children):
        return None  # "the man" may be someone named before
    for clause in (c for c in speaker.children if c.dep_ in {"relcl", "acl"}):
        for word in clause.subtree:
            if word.lemma_.lower() not in _LIKENESS_WORDS:
                continue
            # the name right after "like" / "to be" (read in order: the parser may hang it elsewhere)
            run = doc[word.i + 1 : word.i + 5]
            names = list(run[: next((k for k, t in enumerate(run) if t.pos_ != "PROPN"), len(run))])
            idx = token_cluster(doc, names[-1], clusters, ("person",)) if names else None
            if idx is not None:
                return idx, speaker
    # otherwise left to the other rules: "A person close to X said he was being held" is X
    return None


# an event noun and the verbs that tell the same event of its person
_EVENT_NOUN_VERBS = {
    "arrest": frozenset({"arrest", "detain"}),
    "detention": frozenset({"arrest", "detain"}),
    "death": frozenset({"kill", "die"}),
    "killing": frozenset({"kill"}),
    "release": frozenset({"release", "free"}),
    "kidnapping": frozenset({"kidnap", "abduct", "seize"}),
    "abduction": frozenset({"kidnap", "abduct", "seize"}),
    "capture": frozenset({"capture", "seize"}),
    "disappearance": frozenset({"disappear", "vanish"}),
    "resignation": frozenset({"resign"}),
}


def _who_underwent(doc: Doc, clusters: list[Cluster], tok: Token, gender: str) -> int | None:
    """ "Border guards detained X. ... Y will lead the embassy. The minister said her arrest was
    politically motivated": the owner of an event noun is the person the text has told that
    event of (the latest, however far back: the event names its person), not merely the last
    one named."""
    verbs = _EVENT_NOUN_VERBS.get(tok.head.lemma_.lower())
    if tok.dep_ != "poss" or verbs is None or _clause_has_person_subject(tok):
        return None
    best: tuple[int, int] | None = None
    for idx, c in enumerate(clusters):
        if c.kind != "person" or (gender and c.gender and c.gender != gender):
            continue
        for s, _, _ in c.mentions:
            span = doc.char_span(s, s + 1, alignment_mode="expand") if s < tok.idx else None
            if span is None:
                continue
            root = mention_root(doc, span[0])
            undergoes = root.dep_ in {"nsubjpass", "dobj"} or root.dep_ == "nsubj" and not any(
                c.dep_ == "dobj" for c in root.head.children
            )
            if undergoes and root.head.lemma_.lower() in verbs and (best is None or s > best[0]):
                best = (s, idx)
    return best[1] if best is not None else None


# What ends a leader's tenure and so causes a succession: "replaced X after his arrest".
_TENURE_ENDS = frozenset(
    {
        "arrest", "death", "capture", "killing", "resignation", "removal", "dismissal",
        "ouster", "detention", "abduction", "kidnapping", "assassination", "illness",
        "disappearance", "retirement", "murder", "execution", "exile", "impeachment",
    }
)
_SUCCESSION_VERBS = frozenset({"replace", "succeed", "take"})


def predecessor_of_succession(doc: Doc, clusters: list[Cluster], tok: Token, gender: str) -> int | None:
    """ "X, who replaced Y after his arrest", "Z succeeded Y as mayor after his death", "X took
    over the brigade from Y after his capture": what ends a tenure and opens a succession
    befalls the one succeeded, not the successor the clause's subject names."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.lemma_.lower() not in _TENURE_ENDS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    verb = prep.head
    if prep.lower_ not in {"after", "following", "upon", "on"} or verb.lemma_.lower() not in _SUCCESSION_VERBS:
        return None
    if verb.lemma_.lower() == "take":
        if not any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
            return None
        succeeded = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    elif any(c.dep_ == "auxpass" for c in verb.children):
        succeeded = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "Y was replaced by X after his arrest"
    else:
        succeeded = [c for c in verb.children if c.dep_ == "dobj"]
    for person in succeeded:
        found = token_cluster(doc, person, clusters, ("person",))
        if found is not None and (not gender or clusters[found].gender in {None, gender}):
            return found
    return None


def _verb_above(tok: Token, steps: int) -> Token:
    """The nearest verb at or above ``tok``, climbing at most ``steps`` heads (the root, or
    the word reached, when none is that near)."""
    verb = tok
    for _ in range(steps):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _represented_by_subject(doc: Doc, clusters: list[Cluster], tok: Token, gender: str) -> int | None:
    """ "Her mother, Y, appealed for her release", "His lawyer called for his release": in a
    clause whose subject is someone's relative or proxy ("Her mother"), the owner of an event
    the person undergoes is the same one as the subject's owner (parallel possessives), not
    the relative."""
    if tok.dep_ != "poss" or tok.head.lemma_.lower() not in _EVENT_NOUN_VERBS:
        return None
    verb = _verb_above(tok.head, 4)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in PROXY_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == tok.lower_), None)
    if owner is None:
        return None
    found = token_cluster(doc, owner, clusters, ("person",))
    if found is None or gender and clusters[found].gender not in {None, gender}:
        return None
    return found


def _clause_has_person_subject(tok: Token) -> bool:
    """ "he lived with his daughter until his death": the clause's own subject, a person
    before the possessive, is the one it means (the rule of recency handles that)."""
    verb = _verb_above(tok, 5)
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i and (c.pos_ == "PROPN" or c.lower_ in _OWN_GENDER[""])
        for c in verb.children
    )


def _exchange_topic(
    clusters: list[Cluster], tok: Token, gender: str, turns: list[Turn], own_speaker: int | None
) -> int | None:
    """The person named most before ``tok`` (outside turn labels), of the pronoun's gender or
    of none known, when no other such person is named as often; never the turn's speaker."""
    return most_mentioned(
        clusters,
        tok.idx,
        lambda idx, c: (
            c.kind == "person"
            and idx != own_speaker
            and not (gender and c.gender and c.gender != gender)
        ),
        lambda start: not in_label(turns, start),
    )


# clauses subordinate to another: adverbial ("after X was killed"), relative ("who X led")
_SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl"})


def _conjoined_person(root: Token) -> bool:
    """The mention is one of two or more people joined by "and" ("A and B were captured")."""
    if root.dep_ == "conj" and root.head.pos_ == "PROPN":
        return True
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children)


def _joined_by_and(first: Token) -> bool:
    """The same as written, when the parser missed the coordination: the name (a run of
    proper nouns from ``first``) has "and" and another proper noun on one side of it."""
    doc = first.doc
    last = first.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    before = first.i >= 2 and doc[first.i - 1].lower_ == "and" and doc[first.i - 2].pos_ == "PROPN"
    after = last + 2 < len(doc) and doc[last + 1].lower_ == "and" and doc[last + 2].pos_ == "PROPN"
    return first.pos_ == "PROPN" and (before or after)


_CONFIRMING_VERBS = SPEECH_VERBS | frozenset(
    {"confirm", "report", "announce", "deny", "disclose", "reveal"}
)


def _credited_source(root: Token) -> bool:
    """``The death was confirmed by a spokesman, X`` / ``according to X``: a person the
    sentence only credits as its source, like the subject of "said", is no new topic."""
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "an army spokesman" seen from "army"
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "by" and prep.dep_ == "agent":
        return prep.head.lemma_.lower() in _CONFIRMING_VERBS
    return prep.lower_ == "to" and prep.head.lower_ == "according"


_REFLEXIVES = frozenset({"himself", "herself"})


def _reflexive_binder(doc: Doc, clusters: list[Cluster], pronoun: Token) -> int | None:
    """``X, who was himself wounded in 2021`` / ``Y blamed herself``: a reflexive means the
    subject of its own clause (through "who" to the name the clause describes)."""
    if pronoun.lower_ not in _REFLEXIVES:
        return None
    verb = _verb_above(pronoun.head, 3)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > pronoun.i:
        return None
    if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head
    return token_cluster(doc, subject, clusters, ("person",))


def _clause_subject_of_object(doc: Doc, clusters: list[Cluster], pronoun: Token) -> int | None:
    """ "In 2021 Camara appointed him head of the special forces": a plain object pronoun never
    means its own verb's subject (that would be "himself"). The subject's cluster, if any."""
    if pronoun.dep_ not in {"dobj", "dative", "iobj"} or pronoun.lower_ not in {"him", "her"}:
        return None
    # the parser may hang a fronted label on the verb as a second subject ("The special forces:
    # In 2021 Camara appointed him ..."): the subject nearest the verb is its own
    verb = pronoun.head
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # "who tried to help him": the subject of "tried" helps
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i]
    if not subjects:
        return None
    subject = subjects[-1]
    if subject.lower_ in _RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        # "His nephew, X, who was driving him, was wounded": "who" is the noun the clause
        # describes (or the name set off beside it)
        return _described_by_relative_clause(doc, clusters, verb)
    found = token_cluster(doc, subject, clusters, ("person",))
    for appos in (c for c in subject.children if c.dep_ == "appos") if found is None else ():
        # "His commander, Colonel X, visited him in hospital": the subject is the person its
        # apposition names
        found = token_cluster(doc, appos, clusters, ("person",))
        if found is not None:
            break
    if found is None:
        found = _leader_of_subject(doc, clusters, subject)
    return found


def _described_by_relative_clause(doc: Doc, clusters: list[Cluster], verb: Token) -> int | None:
    """The person a relative clause's "who" stands for: the noun the clause describes, or the
    name set off beside it ("His nephew, X, who ...", "X, his nephew, who ...")."""
    noun = verb.head
    nearby = [noun] + [c for c in noun.children if c.dep_ == "appos"] + ([noun.head] if noun.dep_ == "appos" else [])
    return next((i for t in nearby if (i := token_cluster(doc, t, clusters, ("person",))) is not None), None)


def _leader_of_subject(doc: Doc, clusters: list[Cluster], subject: Token) -> int | None:
    """ "Rescuers led by X reached him", "a team headed by Y carried her out": the agent of a
    participle describing the subject acts through the subject, so is not its object pronoun."""
    for acl in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                found = token_cluster(doc, obj, clusters, ("person",))
                if found is None:
                    found = _apposed_name_cluster(doc, obj, clusters)
                if found is None:
                    # "led by engineer X": the name is the role noun's own
                    name = next((t for t in obj.subtree if t.pos_ == "PROPN"), None)
                    found = token_cluster(doc, name, clusters, ("person",)) if name is not None else None
                if found is not None:
                    return found
    return None


# prepositions whose object a subject cannot be without "himself" ("X spoke to him", "X was in
# charge of her"); a place's preposition can be the subject's own ("she took the child with her")
_NON_REFLEXIVE_PREPS = frozenset({"to", "of", "about", "against", "for", "towards", "at"})
# verbs whose "with her" may be the subject's own ("took the papers with her")
_CARRYING_VERBS = frozenset("take bring carry have keep hold lead".split())  # noqa: SIM905


def _subject_of_prepositional_object(doc: Doc, clusters: list[Cluster], pronoun: Token) -> int | None:
    """ "The commander was in charge of her", "Y wrote to him": the object of such a preposition
    in a clause is not the clause's subject (that would be "herself"). The subject's cluster.
    Only through prepositions and nouns up to the clause's verb, never into another clause."""
    prep = pronoun.head
    accompanying = prep.lower_ == "with"  # "Y was in the car with him": someone beside Y
    if pronoun.dep_ != "pobj" or not (prep.lower_ in _NON_REFLEXIVE_PREPS or accompanying) or pronoun.lower_ not in {"him", "her"}:
        return None
    verb = prep.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        if verb.dep_ not in {"prep", "pobj", "dobj", "attr", "acomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if accompanying and verb.lemma_.lower() in _CARRYING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
        # "she took the child with her": what one carries goes with oneself; a passive is not
        # carrying ("Y, who was held with her in Evin": held beside her)
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVE_SUBJECTS:
        # "His colleague, X, who was seized with him, was killed": "him" is not X, whom "who"
        # stands for, but someone beside him (the relative clause's subject is the noun it describes)
        return _described_by_relative_clause(doc, clusters, verb) if verb.dep_ == "relcl" else None
    found = token_cluster(doc, subject, clusters, ("person",))
    for appos in (c for c in subject.children if c.dep_ == "appos") if found is None else ():
        # "The camp commander, a man the guards called Major X, was in charge of her": the
        # subject is the person its apposition names
        for tok in (appos, *(t for t in appos.subtree if t.pos_ == "PROPN" and _named_by_calling(t))):
            found = token_cluster(doc, tok, clusters, ("person",))
            if found is not None:
                return found
    return found


_CALLING_VERBS = frozenset({"call", "name", "know", "nickname", "dub", "identify"})


def _named_by_calling(tok: Token) -> bool:
    """A name given by a verb of calling ("a man the guards called X", "a fighter known as X")."""
    head = tok
    for _ in range(3):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in _CALLING_VERBS:
            return True
    return False


def _fronted_prepositional_object(doc: Doc, clusters: list[Cluster], pronoun: Token) -> int | None:
    """ "Under questioning from X, he conceded ...", "To X, he was a hero": a person named as the
    object of a preposition in a phrase that opens the clause, before its subject pronoun, is
    someone else than the pronoun (who would be "himself" there). The person's cluster."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = pronoun.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < pronoun.i):
        if not (prep.left_edge.is_sent_start or prep.left_edge.i == pronoun.sent.start):
            continue  # only a phrase that opens the sentence
        for t in prep.subtree:
            if t.dep_ in {"pobj", "appos"} or t.pos_ == "PROPN":
                idx = token_cluster(doc, t, clusters, ("person",))
                if idx is not None:
                    return idx
    return None


def _speaker_acting_on_other(doc: Doc, clusters: list[Cluster], pronoun: Token, gender: str) -> int | None:
    """ "The bureau chief, Y, said he had spoken to him", "His lawyer, Y, said she had visited
    her": a subject pronoun whose own clause has an object pronoun of the same gender is one of
    two people (never the same one), and what a speaker reports doing to someone is the
    speaker's own act: the subject pronoun is the speaker; the object is the other."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    same = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS if gender == "f" else frozenset()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    # ... or a relative of the pronoun's own ("X's father, Y, said he had recognised his son"):
    # the direct object's owner
    own_kin = [
        o
        for o in objects
        if o.dep_ == "dobj"
        and o.lower_ in KIN_REFERENCE_NOUNS
        and any(c.dep_ == "poss" and c.lower_ in same for c in o.children)
    ]
    if not own_kin and not any(o.lower_ in same and o.lower_ in {"him", "her"} and o.i > pronoun.i for o in objects):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if speaker is None:
        return None
    found = token_cluster(doc, speaker, clusters, ("person",))
    if found is None:
        found = _apposed_name_cluster(doc, speaker, clusters)
    if found is None or gender and clusters[found].gender not in {None, gender}:
        return None
    return found


def _apposed_name_cluster(doc: Doc, noun: Token, clusters: list[Cluster]) -> int | None:
    """The person named beside ``noun`` ("his coach, Y, said"), whose cluster the noun's is."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return token_cluster(doc, name, clusters, ("person",)) if name is not None else None


def _quote_speaker(
    doc: Doc,
    clusters: list[Cluster],
    pronoun: Token,
    quotes: list[tuple[int, int]],
    sent_index: dict[int, int],
) -> int | None:
    """ '"He is tired, but he is fine," Y said': a third-person pronoun inside a quotation is
    never the person the sentence credits with it (who would say "I"). The cluster of the
    named subject of the speech verb outside the quotation that governs the pronoun."""
    quote = next(((a, b) for a, b in quotes if a <= pronoun.idx < b), None)
    if quote is None:
        return None
    verb = pronoun
    for _ in range(6):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.lemma_.lower() in SPEECH_VERBS and not quote[0] <= verb.idx < quote[1]:
            break
    if verb.lemma_.lower() not in SPEECH_VERBS or quote[0] <= verb.idx < quote[1]:
        # the parser may hang the attribution inside a long quotation: the speech verb that
        # follows the closing quotation mark ('..., and we will prove that," he said')
        after = islice((t for t in pronoun.doc[pronoun.i :] if t.idx >= quote[1]), 4)
        following = next((t for t in after if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"), None)
        if following is None:
            return None
        verb = following
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        if subject.lower_ not in MALE_PRONOUNS | FEMALE_PRONOUNS:
            return None
        if subject.i < pronoun.i:
            return token_cluster(doc, subject, clusters, ("person",))  # 'He said: "He is fine"'
        # '"He was not the aggressor," he said': the speaking "he" takes up the last speaker
        # (it skips what the quotation names), whom the quoted "he" then cannot mean
        gender = "m" if subject.lower_ in MALE_PRONOUNS else "f"
        return recent_person(doc, clusters, subject, gender, sent_index, quotes)
    found = token_cluster(doc, subject, clusters, ("person",))
    if found is None:
        # "his coach, Y, said": the name set off beside the noun
        found = _apposed_name_cluster(doc, subject, clusters)
    if found is None and subject.pos_ == "PROPN":
        # a surname the model left untagged after the quote: the one person of that surname
        key = match_key(subject.text)
        owners = {
            idx
            for idx, c in enumerate(clusters)
            if c.kind == "person" and key and any((" " + match_key(n)).endswith(" " + key) for n in c.names)
        }
        found = owners.pop() if len(owners) == 1 else None
    return found


def speaker_of_quote(
    doc: Doc,
    clusters: list[Cluster],
    tok: Token,
    quotes: list[tuple[int, int]],
    sent_index: dict[int, int],
) -> int | None:
    """The person credited with the quotation ``tok`` stands in (see :func:`_quote_speaker`)."""
    return _quote_speaker(doc, clusters, tok, quotes, sent_index)


_WH_MARKS = frozenset({"where", "whether", "if", "how", "when", "why"})
_TELLING_VERBS = frozenset(
    {"say", "know", "tell", "disclose", "reveal", "confirm", "explain", "specify"}
)


def _asker_of_whereabouts(doc: Doc, clusters: list[Cluster], pronoun: Token) -> int | None:
    """ "Kone said Sy was in good health, but he did not say where he was": in a "where /
    whether" clause under "say / know / disclose", the pronoun is someone the sayer speaks
    about, not the sayer (who knows where he himself is). The sayer's cluster, if resolved."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ not in {"ccomp", "advcl"}:
        return None
    if not any(c.lower_ in _WH_MARKS and c.i < pronoun.i for c in clause.children):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in _TELLING_VERBS:
        return None
    sayer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
    if sayer is None:
        return None
    return token_cluster(doc, sayer, clusters, ("person",))


# what an interview's introduction says its interviewee did: "X spoke to the Review",
# "Y answered our questions", "Z met our correspondent"
_INTERVIEWED_VERBS = frozenset({"speak", "talk", "answer", "meet", "sit"})


def _answering(
    doc: Doc, clusters: list[Cluster], tok: Token, quotes: list[tuple[int, int]]
) -> int | None:
    """The person who answers the questions of a printed interview, when ``tok`` stands in one
    of the answers: the subject of "spoke to us" / "answered our questions" / "met our
    correspondent" in the introduction (or the name in apposition to it: "His lawyer, X, spoke
    to us"), else the first person the introduction names."""
    if not any(t.start <= tok.idx < t.end for t in answer_turns(doc, quotes)):
        return None
    intro_end = interview_intro_end(doc, quotes)
    for t in doc:
        if t.idx >= intro_end:
            break
        if t.lemma_.lower() not in _INTERVIEWED_VERBS or t.pos_ != "VERB":
            continue
        for subj in (c for c in t.children if c.dep_ == "nsubj"):
            # "His lawyer, X, spoke to us": the name in apposition ("the brother of a missing
            # commander speaks", a headline's description, names no one)
            name = (
                subj
                if subj.pos_ == "PROPN"
                else next(
                    (c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
            )
            found = token_cluster(doc, name, clusters, ("person",)) if name is not None else None
            if found is not None:
                return found
    first = [
        (min(s for s, _, _ in c.mentions), idx)
        for idx, c in enumerate(clusters)
        if c.kind == "person" and c.mentions and min(s for s, _, _ in c.mentions) < intro_end
    ]
    return min(first)[1] if first else None


def _turn_speaker(clusters: list[Cluster], turns: list[Turn], at: int) -> int | None:
    """The person whose label opens the turn holding character ``at`` ("KEITA:")."""
    n = turn_of(turns, at)
    if n is None:
        return None
    a, b, _ = turns[n]
    for idx, c in enumerate(clusters):
        if c.kind == "person" and any(a <= s < b for s, _, _ in c.mentions):
            return idx
    return None


def _turn_opening(
    clusters: list[Cluster],
    tok: Token,
    gender: str,
    turns: list[Turn],
    by_sentence: dict[int, list[tuple[int, bool, int, bool]]],
    quotes: list[tuple[int, int]],
) -> int | None:
    """Transcript turns: a pronoun with nobody named before it in its own turn ("PRESENTER:
    But the army said he had been killed") means the person the previous turn spoke of whom
    the story has named most (on a tie, the latest), not the last one that turn named."""
    n = turn_of(turns, tok.idx)
    if n is None or n == 0:
        return None
    own_start = turns[n][1]
    if any(own_start <= f[0] < tok.idx for found in by_sentence.values() for f in found):
        return None
    prev_start, prev_end = turns[n - 1][1], turns[n - 1][2]
    asked_before = _same_speakers_last_turn(tok.doc, turns, n)
    best: tuple[bool, int, int, int] | None = None
    own_speaker = _turn_speaker(clusters, turns, tok.idx)
    for idx, c in enumerate(clusters):
        if c.kind != "person" or (c.gender and gender and c.gender != gender) or idx == own_speaker:
            continue
        before = [
            s
            for s, _, _ in c.mentions
            if s < tok.idx and not in_label(turns, s) and not any(a <= s < b for a, b in quotes)
        ]
        in_previous = [s for s in before if prev_start <= s < prev_end]
        if asked_before is not None:
            # "OKAFOR: Do you know who is holding him? / MENSAH: ... a commander known as X. /
            # OKAFOR: And where is he being kept?": the one who asks goes on about the person
            # his own last turn's pronoun meant
            in_previous += [
                s
                for s, e, text in c.mentions
                if asked_before[0] <= s < asked_before[1] and text.lower() in _OWN_GENDER[gender]
            ]
        if not in_previous:
            continue
        key = (c.gender == gender, len(before), max(in_previous), idx)
        if best is None or key > best:
            best = key
    return best[3] if best is not None else None


_OWN_GENDER = {"m": MALE_PRONOUNS, "f": FEMALE_PRONOUNS, "": MALE_PRONOUNS | FEMALE_PRONOUNS}


def _same_speakers_last_turn(doc: Doc, turns: list[Turn], n: int) -> tuple[int, int] | None:
    """The body of turn ``n - 2`` when the same label opens it and turn ``n`` (an exchange
    of two speakers: the one speaking now spoke there last)."""
    if n < 2:
        return None
    text = full_text(doc)
    (a, b, _), (c, d, end) = turns[n], turns[n - 2]
    if text[a:b].strip() != text[c:d].strip():
        return None
    return d, end


_FRONTING_MARKS = frozenset(
    {
        "when",
        "after",
        "before",
        "as",
        "while",
        "since",
        "although",
        "though",
        "once",
        "until",
        "because",
        "if",
    }
)


def _cataphora(doc: Doc, clusters: list[Cluster], pronoun: Token, gender: str) -> int | None:
    """ "When he was freed last week, X said ...": a pronoun in an adverbial clause that opens
    the sentence points ahead to the main clause's subject when that subject is a person's
    name (not "his lawyer, Y", who speaks for someone else)."""
    fronted = _fronted_possessor(doc, clusters, pronoun, gender)
    if fronted is not None:
        return fronted
    clause = pronoun
    while clause.dep_ != "advcl":
        if clause.head.i == clause.i or clause.i - pronoun.i > 12:
            return None
        clause = clause.head
    if not any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _FRONTING_MARKS for c in clause.children
    ):
        return None
    if clause.left_edge.i > pronoun.i or not _opens_sentence(doc, clause.left_edge):
        return None
    host = clause.head
    if host.pos_ == "NUM" and host.head.i != host.i:
        # "14:20 - As he was led out, X said": the parser hangs the clause on the time stamp
        host = host.head
    subject = next(
        (c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "NUM"), None
    )  # (a time stamp the parser made a subject is none)
    if subject is None or subject.i < clause.i or subject.pos_ != "PROPN":
        return None
    if any(c.dep_ == "appos" for c in subject.children):
        return None
    idx = token_cluster(doc, subject, clusters, ("person",))
    if idx is None or (gender and clusters[idx].gender not in {None, gender}):
        return None
    return idx


# Prepositions of time or concession that front an event noun: "After his arrest, X ...".
_FRONTING_PREPS = frozenset(
    {"after", "before", "since", "following", "until", "upon", "despite", "during", "within"}
)


def _fronted_possessor(
    doc: Doc, clusters: list[Cluster], pronoun: Token, gender: str
) -> int | None:
    """ "After her arrest in April, the lawyer X was taken to ...", "Two weeks after his
    abduction, X was found": the possessive of a noun in a prepositional phrase that opens the
    sentence points ahead to the main clause's subject, a person's name (or a name with its
    title before it, "the lawyer X"; not "his lawyer, Y", who is someone else)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.i == pronoun.i:
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in _FRONTING_PREPS:
        return None
    if not _opens_sentence(doc, prep.left_edge):
        return None  # ("Two weeks after his abduction": the measure opens it)
    host = prep.head
    if host.pos_ not in {"VERB", "AUX"} or prep.i > host.i:
        return None
    subject = next((c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < noun.i:
        return None
    if subject.pos_ != "PROPN":
        # "the lawyer X": the name in apposition right after its title, with no comma between
        subject = next(
            (
                c
                for c in subject.children
                if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == subject.i + 1
            ),
            None,
        )
        if subject is None:
            return None
    elif any(c.dep_ == "appos" for c in subject.children):
        return None
    idx = token_cluster(doc, subject, clusters, ("person",))
    if idx is None or (gender and clusters[idx].gender not in {None, gender}):
        return None
    return idx


def _opens_sentence(doc: Doc, tok: Token) -> bool:
    """``tok`` begins its sentence, or only a live blog's time stamp or an item's number comes
    before it ("14:20 - As he was led out, ...")."""
    start = tok.sent.start
    return all(t.pos_ in {"NUM", "PUNCT", "SPACE"} or t.like_num for t in doc[start : tok.i])


def _candidate_speaks_for_others(
    doc: Doc, clusters: list[Cluster], idx: int, sent_index: dict[int, int], here: int
) -> bool:
    """``idx`` is a cluster, or ``-1 - i`` for the unnamed person noun at token ``i``.

    An official the story has already shown acting ("Defence Minister X resigned on
    Tuesday. ... X said he was stepping down") is its subject, not a commentator: "he" is X."""
    if idx >= 0:
        return _speaks_for_others(clusters[idx]) and not _acted_before(
            doc, clusters[idx], sent_index, here
        )
    return doc[-1 - idx].lower_ in OFFICIAL_ROLES


def _acted_before(doc: Doc, c: Cluster, sent_index: dict[int, int], here: int) -> bool:
    """A name of ``c`` before sentence ``here`` is the subject of a verb other than a speech verb."""
    for s, _, _ in c.mentions:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None or sent_index[span[0].i] >= here:
            continue
        root = mention_root(doc, span[0])
        if (
            root.dep_ in {"nsubj", "nsubjpass"}
            and root.head.lemma_.lower() not in SPEECH_VERBS
            and root.pos_ == "PROPN"
        ):
            return True
    return False


def mention_root(doc: Doc, tok: Token) -> Token:
    """The syntactic head of the name a token belongs to ("Abu" → "Baghdadi"), or the noun
    it is in apposition to ("his son, Kofi X," → "son")."""
    while (
        tok.dep_ in {"compound", "flat", "nmod"}
        and tok.head.i != tok.i
        and tok.head.pos_ == "PROPN"
    ):
        tok = tok.head
    # "The group's spokesman, Abu Yahya, said ...": the name stands for the noun it explains.
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok


def same_or_previous_sentence(doc: Doc, c: Cluster, tok: Token, sent_index: dict[int, int]) -> bool:
    here = sent_index[tok.i]
    for s, _, _ in c.mentions:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is not None and 0 <= here - sent_index[span[0].i] <= 1:
            return True
    return False


# Verbs whose subject "it" is an organisation speaking or acting on the record.
ORG_ACT_VERBS = SPEECH_VERBS | frozenset(
    [
        "claim",
        "deny",
        "decline",
        "refuse",
        "confirm",
        "report",
        "publish",
        "release",
        "issue",
        "post",
        "accuse",
        "vow",
        "warn",
        "urge",
        "call",
        "demand",
        "acknowledge",
        "admit",
        "blame",
        "condemn",
        "reject",
        "welcome",
    ]
)


def org_pronoun_antecedent(
    doc: Doc, pronoun: Token, clusters: list[Cluster], sent_index: dict[int, int]
) -> int | None:
    """The organisation a subject "it" stands for, in two constructions of news prose:
    ``The ministry said it was aware`` (the subject of the reporting verb) and ``It said
    ... / It declined to comment`` (the latest organisation in this or the previous
    sentence). An expletive "it" ("It is unclear whether ...") matches neither."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ORG_ACT_VERBS:
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > pronoun.i:
            return None
        return token_cluster(doc, subject, clusters, ("org", "gpe"))
    if verb.lemma_.lower() not in ORG_ACT_VERBS or verb.i < pronoun.i:
        return None
    idx = recent_cluster(clusters, pronoun.idx, ("org",))
    if idx is None or not same_or_previous_sentence(doc, clusters[idx], pronoun, sent_index):
        return None
    return idx
