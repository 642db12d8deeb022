"""Speed work on the entity stage (issue 9): the cheap gates must let through every
token the rules they guard could act on, so that the records stay what they were.

* ``_description_candidates`` (described_then_named): no token it leaves out is one that
  ``_named_by_participle`` names or ``_person_description`` accepts;
* ``answer_turns``: a text with neither "?" nor ":" holds no interview (what
  ``read_interview_turns`` finds for any such text);
* ``_dateline_outlet`` is the pattern it caches.

No test here times anything.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.nlp.attribution_index import tables_of
from dateline.nlp.entities_doc import Cluster, quoted_spans
from dateline.nlp.entities_epithets import (
    _description_candidates,
    _named_by_participle,
    _person_description,
)
from dateline.nlp.entities_references import _dateline_outlet
from dateline.nlp.entities_turns import read_interview_turns
from dateline.nlp.pipeline import COMPONENTS, make_doc
from dateline.records import Document

_TEXTS = [
    "A 67-year-old herder who went missing in the hills was found alive on Sunday. Police named him as Tomas Reyka.",
    "The victim, identified as 23-year-old student Lena Morvik, was stabbed outside a bar.",
    "Two guards, one of them identified by relatives as Amir Hadzi, were shot dead at the gate.",
    "Two attackers were killed. A third, whom officers named as Paul Dressen, was captured.",
    "Police have named the man killed in Saturday's shooting as Oren Faltz.",
    "A Briton was detained at the airport. Officials said the man, Colin Ware, 44, was questioned.",
    "The body of a fisherman swept away by the storm was recovered. Relatives identified him as Joao Pires.",
    "A geologist missing since Friday was found. Rodrigo Salt, 41, was spotted by a helicopter crew.",
    "A militia commander said the town had fallen. The commander, Jafar Nouri, said more fighters were coming.",
    "A kayaker and a surveyor were rescued on Tuesday, the coastguard said.",
    "Gunmen seized a motorist on the highway. The second suspect, Ivo Brant, was later arrested.",
    "An aid worker kidnapped in March was freed, her employer said on Monday.",
]


def _parsed(nlp, text: str):  # noqa: ANN001, ANN202
    """The model's parse of ``text``: the components before dateline's stages."""
    doc = make_doc(nlp, Document.from_text(text))
    for name, component in nlp.pipeline:
        if name in COMPONENTS:
            break
        doc = component(doc)
    return doc


@pytest.mark.parametrize("text", _TEXTS)
def test_description_candidates_keep_every_token_the_rules_act_on(nlp, text):
    doc = _parsed(nlp, text)
    # every proper noun a person's mention: a participle or an apposition finds whoever it names
    clusters = [Cluster(kind="person")]
    for tok in doc:
        if tok.pos_ == "PROPN":
            clusters[0].add(tok.idx, tok.idx + len(tok), tok.text)
    kept = set(_description_candidates(doc))
    for tok in doc:
        if tok.i in kept:
            continue
        assert _named_by_participle(doc, tok, clusters) is None, tok.text
        assert not _person_description(tok), tok.text


def test_description_candidates_find_the_described(nlp):
    doc = _parsed(nlp, _TEXTS[0])
    words = {doc[i].lower_ for i in _description_candidates(doc)}
    assert "herder" in words


def test_candidates_read_the_same_tables_as_the_tokens(nlp):
    doc = _parsed(nlp, _TEXTS[5])
    tables = tables_of(doc)
    assert tables.lower == [t.lower_ for t in doc]
    assert tables.children == [[c.i for c in t.children] for t in doc]


_PIECES = [
    "Q", "A", "you", "You", "I", "I ", "we", " said", " asked", "\n", "\n\n", " ", ".", ",",
    '"', "\u201c", "\u201d", "PRESENTER", "KEITA", "Did ", "Were ", "Where is he", "- ", "\u2022 ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_no_interview_without_a_question_mark_or_a_colon(text):
    # what answer_turns now skips reading: such a text has no turns at all
    starts = [m.end() - 1 for m in re.finditer(r"(?:^|\n\s*\n|\n(?=[-•*–] ))\S", text)]
    assert read_interview_turns(text, starts, quoted_spans(text)) == ()


def test_interview_turns_still_read_with_a_question(nlp):
    from dateline.nlp.entities_turns import answer_turns

    text = (
        "The freed reporter spoke to us from her home.\n\n"
        "Q: Were you held alone?\n\n"
        "A: I was kept in a room with two other hostages.\n\n"
        "Q: Did they hurt you?\n\n"
        "A: No. I was given food every day."
    )
    doc = _parsed(nlp, text)
    assert answer_turns(doc, quoted_spans(text))
    plain = _parsed(nlp, "The freed reporter said she was held alone. She was given food every day.")
    assert answer_turns(plain, quoted_spans(plain.text)) == []


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("NAIROBI (Desert Courier) — Gunmen seized", "Desert Courier", True),
        ("NAIROBI (Desert Courier) - Gunmen seized", "Desert Courier", True),
        ("NAIROBI ( Desert Courier )— Gunmen", "Desert Courier", True),
        ("The Desert Courier reported", "Desert Courier", False),
        ("(A.B.C.) — x", "A.B.C.", True),
        ("(ABC) said", "ABC", False),
    ],
)
def test_dateline_outlet_is_the_pattern(head, name, expected):
    assert _dateline_outlet(head, name) is expected
    pattern = re.search(r"\(\s*" + re.escape(name) + r"\s*\)\s*[—–-]", head) is not None
    assert pattern is expected


def test_the_gated_rules_do_act_on_the_probes(nlp):
    # (the test above would pass vacuously if no token of the probes were acted on)
    acted = 0
    for text in _TEXTS:
        doc = _parsed(nlp, text)
        clusters = [Cluster(kind="person")]
        for tok in doc:
            if tok.pos_ == "PROPN":
                clusters[0].add(tok.idx, tok.idx + len(tok), tok.text)
        acted += sum(
            1
            for i in _description_candidates(doc)
            if _named_by_participle(doc, doc[i], clusters) is not None or _person_description(doc[i])
        )
    assert acted >= 8
