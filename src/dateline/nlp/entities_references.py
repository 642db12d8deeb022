"""References news prose makes to an entity it has named, beyond names and pronouns.

* ``the company``, ``the group``, ``the ministry``: a definite common noun for an
  organisation stands for the latest organisation of that sort named before it;
* ``The Committee for Free Media (CFM) ... CFM said``: an acronym defined in parentheses
  after a name is that name;
* ``his brother, Yasin, ... his brother``: a kin noun with the same owner as one that was
  given a name stands for that person;
* ``a militia spokesman said ... the spokesman, X, added``: an unnamed speaker whom the
  next sentences name with "the" and the same role noun is that person.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Token

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import Cluster, cluster_at, full_text, token_cluster
from dateline.nlp.entities_lexicon import OUTLET_HEADS, PERSON_NOUNS, SPEECH_VERBS, match_key

# Nouns any organisation may be called by ("the company said"): the latest one named.
GENERIC_ORG_NOUNS = frozenset(
    """company firm carmaker automaker airline group militia movement organisation organization
    charity faction network coalition alliance conglomerate lender insurer miner retailer
    manufacturer broadcaster insurgency outfit""".split()  # noqa: SIM905
)
# Nouns that name a kind of body: only an organisation whose name holds the word ("the
# ministry" → "the Interior Ministry", never "the company").
NAMED_ORG_NOUNS = frozenset(
    """ministry army party bank agency council committee court union federation brigade brigades
    front commission authority office police""".split()  # noqa: SIM905
)
ORG_REFERENCE_NOUNS = GENERIC_ORG_NOUNS | NAMED_ORG_NOUNS
KIN_REFERENCE_NOUNS = frozenset(
    """brother sister son daughter wife husband father mother uncle aunt nephew niece cousin
    widow fiance fiancee""".split()  # noqa: SIM905
)
_SENTENCE_REACH = 5  # sentences back that "the company" may reach


def org_reference(doc: Doc, noun: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> tuple[int, int, int] | None:
    """``(cluster, start, end)`` when ``noun`` ("the company") stands for an organisation."""
    if noun.tag_ != "NN" or noun.dep_ in {"compound", "amod"} or noun.ent_type_:
        return None
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ in {"poss", "case", "relcl", "acl", "appos"} for c in noun.children):
        return None  # "its company", "the group of protesters", "the group that ...", "the charity WaterBridge"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in {"'s", "’s"} or noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        return None
    word = noun.lower_
    here = sent_index[noun.i]
    best: tuple[int, int, int] | None = None  # (matches the noun, last mention, cluster)
    for idx, c in enumerate(clusters):
        if c.kind != "org" or c.outlet or not c.names or c.canonical.split()[-1].lower() in OUTLET_HEADS:
            continue
        head = full_text(doc)[:400]
        if any(_dateline_outlet(head, n) for n in c.names):
            continue  # the dateline's outlet: "(Desert Courier) —"
        before = [s for s, _, _ in c.mentions if s < noun.idx]
        if not before or _platform(doc, c):
            continue
        last = max(before)
        span = doc.char_span(last, last + 1, alignment_mode="expand")
        if span is None or here - sent_index[span[0].i] > _SENTENCE_REACH:
            continue
        named = any(word in match_key(n).split() or word + "s" in match_key(n).split() for n in c.names)
        # "the Geneva-based group X ... The group says": introduced by the same noun
        named = named or any(
            re.search(r"\b" + re.escape(word) + r",?\s+(?:the\s+)?$", full_text(doc)[max(0, s0 - 40) : s0], re.I)
            for s0, _, _ in c.mentions
            if s0 < noun.idx
        )
        if word in NAMED_ORG_NOUNS and not named:
            continue
        if word in GENERIC_ORG_NOUNS and c.parent is not None and not named:
            continue  # "its media wing X ... the group": the group, not its wing
        key = (int(named), last, idx)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    start = det.idx
    # "the Lagos-based carmaker": the whole phrase from the article on
    return best[2], start, noun.idx + len(noun)


_PLATFORM_NOUNS = frozenset({"channel", "account", "page", "feed", "app", "site", "website", "handle", "profile"})


def _platform(doc: Doc, c: Cluster) -> bool:
    """"its Telegram channel", "posted on Telegram": a medium things are published on, which
    no "the group" stands for."""
    for s, e, _ in c.mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.lower_ in _PLATFORM_NOUNS:
            return True
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in {"on", "via"}:
            return True
    return False


_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
_FUNCTION_WORDS = frozenset({"for", "of", "the", "and", "in", "on", "to", "de", "du", "des", "la", "le", "al"})


def acronym_mentions(doc: Doc, clusters: list[Cluster]) -> None:
    """``The Committee for Free Media (CFM)``: the acronym, there and wherever it recurs, is
    the organisation (whatever the model made of it)."""
    text = full_text(doc)
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        before = text[: m.start()].rstrip()
        owner = None
        for idx, c in enumerate(clusters):
            if c.kind not in {"org", "gpe"}:
                continue
            for _, e, t in c.mentions:
                if e == len(before) and _initials(t) == acronym.replace("&", ""):
                    owner = idx
        if owner is None:
            continue
        for hit in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            start, end = hit.start(), hit.end()
            other = cluster_at(clusters, start, end, ("org", "gpe", "person", "other"))
            if other is not None and other != owner:
                src = clusters[other]
                if match_key(src.canonical) != match_key(acronym):
                    continue  # the acronym is part of a longer name
                for s, e, t in src.mentions:
                    clusters[owner].add(s, e, t, name=False)
                src.mentions.clear()
                src.names.clear()
                src.kind = "other"
            clusters[owner].add(start, end, acronym, name=False)
        if acronym not in clusters[owner].names:
            clusters[owner].names.append(acronym)


def _initials(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", name) if w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper()


def kin_reference(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """``his brother`` where an earlier ``his brother, Yasin`` / ``his brother Yasin`` gave that
    relative a name: ``(cluster, start, end)`` of the named relative."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or noun.tag_ != "NN":
        return None
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ == "PROPN" or doc[noun.i + 1].text == ","):
        nxt = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
        if doc[noun.i + 1].pos_ == "PROPN" or nxt is not None and nxt.pos_ == "PROPN":
            return None  # the naming itself
    owner_key = _owner_key(doc, owner, clusters)
    found: set[int] = set()
    kin = _kin_word(doc, noun)
    for earlier in doc[: noun.i]:
        if earlier.lower_ != noun.lower_ or _kin_word(doc, earlier) != kin:
            continue  # "his brother" is not "his brother-in-law"
        named = _named_relative_of(doc, earlier, owner_key, clusters)
        if named is not None:
            found.add(named)  # "X, the brother-in-law of Y" ... "his brother-in-law"
            continue
        poss = next((c for c in earlier.children if c.dep_ == "poss"), None)
        if poss is None or _owner_key(doc, poss, clusters) != owner_key:
            continue
        name = _name_given(doc, earlier, after_comma=True)
        if name is None:
            continue
        idx = token_cluster(doc, name, clusters, ("person",))
        if idx is not None:
            found.add(idx)
    if len(found) != 1:
        return None
    last = _kin_end(doc, noun)
    return next(iter(found)), owner.idx, last.idx + len(last)


def _name_given(doc: Doc, noun: Token, *, after_comma: bool) -> Token | None:
    """The name a kin noun is given where it stands: in apposition ("his brother, Yasin"),
    right after it ("his brother Yasin") or, with ``after_comma``, after a comma the parser
    left unattached."""
    name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None:
        # "her husband, the activist X": the name the apposition's role noun carries
        role = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if role is not None:
            name = next((c for c in role.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > role.i), None)
    if name is None and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        name = doc[noun.i + 1]
    if name is None and after_comma and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        name = doc[noun.i + 2] if doc[noun.i + 2].pos_ == "PROPN" else None
    return name


def definite_kin_reference(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """"His nephew, X, was wounded ... The nephew was taken to hospital": "the" with a kin noun
    takes up the one relative the text named by that noun before (anyone's: the story has
    one nephew). ``(cluster, start, end)`` like :func:`kin_reference`."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or noun.tag_ != "NN":
        return None
    if any(c.dep_ in {"poss", "appos", "relcl", "acl"} or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the nephew of X", "the brother who ...": picked out anew
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        return None  # "the nephew Farid": the naming itself
    kin = _kin_word(doc, noun)
    found: set[int] = set()
    for earlier in doc[: noun.i]:
        if earlier.lower_ != noun.lower_ or _kin_word(doc, earlier) != kin:
            continue
        name = _name_given(doc, earlier, after_comma=False)
        idx = token_cluster(doc, name, clusters, ("person",)) if name is not None else None
        if idx is not None:
            found.add(idx)
    if not found:
        found = _owner_of_converse(doc, noun, clusters)
    if len(found) != 1:
        return None
    last = _kin_end(doc, noun)
    return next(iter(found)), det.idx, last.idx + len(last)


# the pronoun a kin noun's own person is owner by ("the father" owns "his son")
_OWN_PRONOUN = {"father": "his", "husband": "his", "brother": "his", "mother": "her", "wife": "her", "sister": "her"}


def _owner_of_converse(doc: Doc, noun: Token, clusters: list[Cluster]) -> set[int]:
    """"Farmer X, 61, and his son Y were abducted ... The kidnappers released the father": with
    no relative named by the noun itself, "the father" is whoever the text gave a named
    relative of the converse kind ("his son Y"), through the owner's possessive or name."""
    converse = _CONVERSE_KIN.get(noun.lower_)
    pronoun = _OWN_PRONOUN.get(noun.lower_)
    if converse is None or pronoun is None or _kin_word(doc, noun) != noun.lower_:
        return set()
    found: set[int] = set()
    for earlier in doc[: noun.i]:
        if earlier.lower_ not in converse or earlier.pos_ != "NOUN" or _name_given(doc, earlier, after_comma=True) is None:
            continue
        owner = next((c for c in earlier.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON" and owner.lower_ != pronoun:
            continue
        idx = token_cluster(doc, owner, clusters, ("person",))
        if idx is not None:
            found.add(idx)
    return found


_SIBLINGS = {"brother": "brothers", "sister": "sisters"}


def sibling_reference(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """ "the brothers Nikos and Yannis Petrou ... Yannis died in prison; his brother was
    freed": "his brother" of one of two people the text introduced as brothers (sisters) is
    the other one. ``(cluster, start, end)`` like :func:`kin_reference`."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    plural = _SIBLINGS.get(noun.lower_)
    if owner is None or plural is None:
        return None
    owner_idx = token_cluster(doc, owner, clusters, ("person",))
    if owner_idx is None:
        return None
    text = full_text(doc)
    for earlier in doc[: noun.i]:
        if earlier.lower_ != plural:
            continue
        # the names right after the plural noun: "the brothers A and B Surname"
        window = doc[earlier.i + 1 : earlier.i + 8]
        members = []
        for tok in window:
            if tok.text in {".", ";"}:
                break
            idx = token_cluster(doc, tok, clusters, ("person",))
            if idx is not None and idx not in members:
                members.append(idx)
        if len(members) == 2 and owner_idx in members and " and " in text[window.start_char : window.end_char]:
            other = members[1 - members.index(owner_idx)]
            return other, owner.idx, noun.idx + len(noun)
    return None


def _kin_end(doc: Doc, noun: Token) -> Token:
    """The last token of a kin noun, past a hyphenated "-in-law"."""
    words = [t.lower_ for t in doc[noun.i + 1 : noun.i + 5]]
    return doc[noun.i + 4] if words == ["-", "in", "-", "law"] else noun


def _kin_word(doc: Doc, noun: Token) -> str:
    return noun.lower_ + ("-in-law" if _kin_end(doc, noun) is not noun else "")


def _named_relative_of(doc: Doc, kin: Token, owner_key: str, clusters: list[Cluster]) -> int | None:
    """``Chike Obi, the brother-in-law of Victor Amadi,`` (or ``Amadi's brother-in-law``) in
    apposition to a name: the named person's cluster when the relative's owner is the one
    ``owner_key`` stands for (a later "his brother-in-law" then means Obi)."""
    if kin.dep_ != "appos" or kin.head.pos_ != "PROPN" or not owner_key.startswith("#"):
        return None
    owners = [p for c in kin.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    owners += [a for o in owners for a in o.children if a.dep_ == "appos"]  # "of the leader, X"
    owners += [c for c in kin.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if not any(f"#{token_cluster(doc, o, clusters, ('person',))}" == owner_key for o in owners):
        return None
    named = token_cluster(doc, kin.head, clusters, ("person",))
    return None if named is None or f"#{named}" == owner_key else named


@functools.lru_cache(maxsize=4096)
def _dateline_outlet(head: str, name: str) -> bool:
    """``name`` is the outlet of the dateline in the first characters of a text ("(Desert
    Courier) —"); asked for each organisation at each "the company" (a text's names recur)."""
    return re.search(r"\(\s*" + re.escape(name) + r"\s*\)\s*[—–-]", head) is not None


def _owner_key(doc: Doc, owner: Token, clusters: list[Cluster]) -> str:
    """Who owns a kin noun: the person a name belongs to, else the pronoun's own word."""
    idx = token_cluster(doc, owner, clusters, ("person",))
    if idx is not None and (owner.pos_ == "PROPN" or owner.lower_ in {"his", "her"}):
        # "His brother, Milan X, ... Milan said he did not know where his brother was": two
        # "his" that mean different people own different brothers
        return f"#{idx}"
    return owner.lower_


def named_later(doc: Doc, noun: Token, clusters: list[Cluster], sent_index: dict[int, int]) -> int | None:
    """``a militia spokesman said ...`` followed within two sentences by ``the spokesman, X,``:
    the person X (an unnamed speaker the story names as it goes on)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return None
    here = sent_index[noun.i]
    word, lower = noun.lower_, tables_of(doc).lower
    for j in range(noun.i + 1, len(lower)):
        if sent_index[j] - here > 2:
            return None
        if lower[j] != word:
            continue
        later = doc[j]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in later.children):
            continue
        name = next((c for c in later.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None and later.i + 2 < len(doc) and doc[later.i + 1].text == "," and doc[later.i + 2].pos_ == "PROPN":
            name = doc[later.i + 2]
        if name is None:
            continue
        return token_cluster(doc, name, clusters, ("person",))
    return None


# Kin nouns and their converse ("X's wife" ... "her husband" is X), with the possessive
# pronoun the relative who speaks would use.
_CONVERSE_KIN = {
    "husband": {"wife", "widow"},
    "wife": {"husband"},
    "father": {"son", "daughter"},
    "mother": {"son", "daughter"},
    "son": {"father", "mother"},
    "daughter": {"father", "mother"},
    "brother": {"brother", "sister"},
    "sister": {"brother", "sister"},
}
_KIN_PRONOUN = {
    "wife": "her", "widow": "her", "mother": "her", "daughter": "her", "sister": "her",
    "husband": "his", "father": "his", "son": "his", "brother": "his",
}


def reciprocal_kin(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """``His son, Y, said his father died``, ``X's wife told reporters her husband is alive``:
    a kin noun owned by a pronoun, in what a relative of the converse kind says, stands for the
    person that relative belongs to (the son's father, the wife's husband). The pronoun must be
    the one the speaking relative would use ("his" for a son, "her" for a wife). Returns
    ``(cluster, start, end)`` of ``his father`` for the relative's owner."""
    converse = _CONVERSE_KIN.get(noun.lower_)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if converse is None or owner is None or owner.lower_ not in {"his", "her"}:
        return None
    verb = noun.head
    for _ in range(5):
        if verb.lemma_.lower() in SPEECH_VERBS and verb.pos_ in {"VERB", "AUX"} and verb.i < noun.i:
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ not in converse or _KIN_PRONOUN.get(speaker.lower_) != owner.lower_:
        return None
    whose = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if whose is None:
        return None
    idx = token_cluster(doc, whose, clusters, ("person",))
    if idx is None:
        return None
    return idx, owner.idx, noun.idx + len(noun)


_FAMILY_NOUNS = frozenset({"family", "relatives", "parents", "wife", "husband", "mother", "father", "brother", "sister", "son", "daughter"})


def statement_kin(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """A family's statement: ``We, the family of the journalist X, announce that our son has
    returned``: "our son" ("my husband" after "I, the wife of X,") is X, the person the
    speakers introduced themselves as the relatives of. Returns ``(cluster, start, end)``."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in {"our", "my"} or noun.tag_ != "NN":
        return None
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ == "PROPN" or doc[noun.i + 1].text == ","):
        return None  # "our son Karim", "our son, Karim,": named on the spot
    pronoun = {"our": "we", "my": "i"}[owner.lower_]
    for tok in doc[: noun.i]:
        if tok.lower_ != pronoun:
            continue
        for family in (c for c in tok.children if c.dep_ == "appos" and c.lower_ in _FAMILY_NOUNS):
            relatives = [p for c in family.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            relatives += [c for c in family.children if c.dep_ == "poss"]
            for rel in relatives:
                for t in (rel, *(c for c in rel.children if c.dep_ == "appos")):
                    idx = token_cluster(doc, t, clusters, ("person",))
                    if idx is not None:
                        return idx, owner.idx, noun.idx + len(noun)
    return None


def converse_kin(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """``His brother, Milan X, ... Milan said he did not know where his brother was``: a kin
    noun whose owner is a person the text introduced as someone's relative of the converse
    kind (Milan is Dragan's brother, so Milan's brother is Dragan) stands for that someone.
    Returns ``(cluster, start, end)``."""
    converse = _CONVERSE_KIN.get(noun.lower_)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if converse is None or owner is None or noun.tag_ != "NN":
        return None
    relative = token_cluster(doc, owner, clusters, ("person",))
    if relative is None:
        return None
    found: set[int] = set()
    for earlier in doc[: owner.i]:
        if earlier.lower_ not in converse or earlier.pos_ != "NOUN":
            continue
        name = next((c for c in earlier.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None and earlier.i + 1 < len(doc) and doc[earlier.i + 1].pos_ == "PROPN":
            name = doc[earlier.i + 1]  # "his sister Ngozi"
        if name is None and earlier.i + 2 < len(doc) and doc[earlier.i + 1].text == ",":
            name = doc[earlier.i + 2] if doc[earlier.i + 2].pos_ == "PROPN" else None
        if name is None or token_cluster(doc, name, clusters, ("person",)) != relative:
            continue
        whose = next((c for c in earlier.children if c.dep_ == "poss"), None)
        idx = token_cluster(doc, whose, clusters, ("person",)) if whose is not None else None
        if idx is not None and idx != relative:
            found.add(idx)
    if len(found) != 1:
        return None
    return next(iter(found)), owner.idx, noun.idx + len(noun)


def named_through_apposition(doc: Doc, noun: Token, clusters: list[Cluster]) -> tuple[int, int, int] | None:
    """``A passenger, his brother-in-law Mario X, was taken to hospital``: a subject noun whose
    apposition is a person noun that names its person ("his brother-in-law X", "her driver,
    X") is that person. Returns ``(cluster, start, end)`` of the subject's noun phrase."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in {"a", "an", "the"}), None)
    if det is None:
        return None
    for appos in noun.children:
        if appos.dep_ != "appos" or appos.pos_ != "NOUN" or appos.lemma_.lower() not in PERSON_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in appos.children):
            continue  # a relation to someone named before ("his brother-in-law"), not "the militia's treasurer"
        name = next((c for c in appos.children if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" and c.i > appos.i), None)
        if name is None:
            continue
        idx = token_cluster(doc, name, clusters, ("person",))
        if idx is not None:
            return idx, det.idx, noun.idx + len(noun)
    return None
