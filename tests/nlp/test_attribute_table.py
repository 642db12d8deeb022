"""The attribute table sets exactly what the model's ``attribute_ruler`` sets (issue 9).

The model's own ruler and the table built from its patterns run over sentences written to meet
the ruler's cases (contractions the multi-token rules rewrite, 'there is', pronouns by
dependency, whitespace tokens), every token compared; a hand-made ruler pins the order in which
overlapping rules apply, both ways round; a pattern beyond the table keeps the ruler.
"""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.tokens import Doc

from dateline.nlp.attribute_table import NAME, RULER, AttributeTable, replace_attribute_ruler
from dateline.nlp.pipeline import MODEL

TEXTS = [
    "Marta Quill said she ain't leaving the harbour town, and we're gonna stay too.",
    '"Let\'s wait," the ferry captain told reporters. "C\'mon, y\'all know the tide is late."',
    "There is no timetable, and there were gotta be answers, Quill added. It got worse; "
    "she gets calls.",
    "I told you it was nothin' but you didn't listen to me, Ovid Marsh wrote.  Then  he left."
    "\n\nThat was that.",
    "Which boat is hers? That one, but only if it doesn't sink. I'm sure it's fine, and "
    "they've agreed.",
    "Do you have the keys? He does not, and neither do I; whether they'd come is unclear.",
    "  \n The council met on Tuesday.\n\n\n'Nothing has changed,' said Pell Argo , a clerk .",
]


def features(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


@pytest.fixture(scope="module")
def models():
    ruler_nlp = spacy.load(MODEL)
    table_nlp = spacy.load(MODEL)
    assert replace_attribute_ruler(table_nlp)
    assert RULER not in table_nlp.pipe_names
    assert table_nlp.pipe_names.index(NAME) == ruler_nlp.pipe_names.index(RULER)
    return ruler_nlp, table_nlp


def test_model_sentences_identical(models) -> None:
    ruler_nlp, table_nlp = models
    for text in TEXTS:
        assert features(table_nlp(text)) == features(ruler_nlp(text)), text


def test_sentences_meet_every_multi_token_rule(models) -> None:
    """(So that the comparison above covers the table's Matcher part too.)"""
    ruler_nlp, _ = models
    ruler = ruler_nlp.get_pipe(RULER)
    multi = {i for i, p in enumerate(ruler.patterns) if any(len(x) > 1 for x in p["patterns"])}
    assert multi
    met = set()
    with ruler_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for doc in ruler_nlp.pipe(TEXTS):
            met.update(rule for rule, *_ in ruler.match(doc))
    assert multi <= met


def test_pickled_table_same_output(models) -> None:
    _, table_nlp = models
    table = table_nlp.get_pipe(NAME)
    # (with its vocab, as in a pickled pipeline: the copy reads the copied strings)
    vocab, copy = pickle.loads(pickle.dumps((table.vocab, table)))
    assert copy.vocab is vocab
    with table_nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        before = list(table_nlp.pipe(TEXTS))
    for doc in before:
        one = Doc(vocab).from_bytes(doc.to_bytes())
        assert features(copy(one)) == features(table(doc))


HAND_RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "LEMMA": "noun-first"}},
    # A multi-token rule before a one-token rule on the same token: the later one wins.
    {"patterns": [[{"LOWER": "fen"}, {"LOWER": "moor"}]], "attrs": {"LEMMA": "pair"}, "index": -1},
    {"patterns": [[{"LOWER": "moor"}]], "attrs": {"LEMMA": "moor-late"}},
    # A one-token rule before a multi-token rule on the same token: the multi-token one wins.
    {"patterns": [[{"LOWER": "tarn"}]], "attrs": {"LEMMA": "tarn-early"}},
    {"patterns": [[{"LOWER": "beck"}, {"LOWER": "tarn"}]], "attrs": {"LEMMA": "pair"}, "index": 1},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["nsubj", "dobj"]}}]],
        "attrs": {"MORPH": "Case=Nom"},
    },
    {"patterns": [[{"LOWER": {"REGEX": "^q+$"}}]], "attrs": {"POS": "X", "TAG": "QQ"}},
    # Reads the TAG a later rule writes: matching sees the incoming tag.
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"TAG": "VB"}], [{"LOWER": "went"}]], "attrs": {"LEMMA": "go"}},
]


def hand_doc(vocab) -> Doc:
    words = ["fen", "moor", "beck", "tarn", "qqq", "  ", "she", "went", "Fen", "moor", "to", "go"]
    tags = ["NN", "NN", "NN", "NN", "NN", "_SP", "PRP", "VBD", "NNP", "NN", "TO", "VB"]
    deps = ["nsubj", "dobj", "nsubj", "ROOT", "dep", "punct", "nsubj", "conj", "dep", "dobj"]
    deps += ["aux", "xcomp"]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 9, 7, 11, 7]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_hand_rules_order_both_ways() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER)
    ruler.add_patterns(HAND_RULES)
    table = AttributeTable(nlp.vocab)
    table.set_rules(ruler.patterns)
    by_ruler, by_table = ruler(hand_doc(nlp.vocab)), table(hand_doc(nlp.vocab))
    assert features(by_table) == features(by_ruler)
    lemmas = [t.lemma_ for t in by_table]
    assert lemmas[1] == "moor-late" and lemmas[9] == "moor-late"
    assert lemmas[3] == "pair" and lemmas[0] == "noun-first"
    assert lemmas[7] == "go" and lemmas[11] == "go"
    assert (by_table[4].tag_, by_table[5].pos_, by_table[5].dep_) == ("QQ", "SPACE", "dep")
    assert str(by_table[6].morph) == "Case=Nom" and str(by_table[0].morph) == ""


def test_pattern_beyond_table_keeps_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(RULER)
    ruler.add_patterns([*HAND_RULES, {"patterns": [[{"LOWER": "fen", "OP": "+"}]], "attrs": {}}])
    assert not replace_attribute_ruler(nlp)
    assert nlp.pipe_names == [RULER]


def test_small_cache_same_output(models, monkeypatch) -> None:
    """(The cache forgets its tuples when full: the output stays the ruler's.)"""
    import dateline.nlp.attribute_table as attribute_table

    ruler_nlp, _ = models
    table_nlp = spacy.load(MODEL)
    replace_attribute_ruler(table_nlp)
    monkeypatch.setattr(attribute_table, "CACHE", 3)
    for text in TEXTS:
        assert features(table_nlp(text)) == features(ruler_nlp(text)), text
    assert len(table_nlp.get_pipe(NAME)._codes) <= 3
