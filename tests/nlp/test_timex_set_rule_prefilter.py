"""Speed-only changes (issue 9) leave every match and record as it was.

The recurrence rule (``set``) now sits behind ``timex_grammar._starting_with`` like the
unit rules of session 14: its matches must be exactly those of its bare pattern, on
sentences written for each of its branches and on word salad of its vocabulary."""

from __future__ import annotations

import random
import re

import pytest

from dateline.nlp import timex_grammar as g

_WRAPPED = re.compile(r"(?P<word>\\b)?\(\?=\[(?P<first>[^\]]+)\]\)\(\?:(?P<body>.*)\n\)", re.S)
SET = next(rule for rule in g.RULES if rule.name == "set")

SET_SENTENCES = [
    "The board meets every two weeks, about once every other month, and twice each year.",
    "Patrols go out each morning and every Friday night; fees are charged per hour.",
    "Three times every week the ferry sails; a few times each summer the road floods.",
    "The paper is published weekly, the index quarterly, the report annually and biweekly.",
    "Markets open on Sundays. Mondays are quiet, and shops close at weekends or during weekends.",
    "Prices are checked hourly. Every half hour a bus leaves; every 15 minutes a train.",
    "Dozens of times each day the sirens sound, roughly every 20 minutes until midnight.",
    "Workers said Tuesdays were the worst days, Wednesdays better. On Thursdays it rains.",
    "EVERY YEAR, Each Spring, Per Month, Daily; 3 times per week, 2.5 times every decade.",
    "He calls his mother every Sunday and visits every December, each autumn and every evening.",
]

_VOCAB = re.findall(r"\S+", """every each per other once twice thrice times about around roughly
a an half hour day days week weeks month year Sunday Sundays Monday Mondays weekends weekend
daily weekly quarterly annually hourly on at during over the and or to two three 15 2 several
few many some morning night evening spring summer December . , " - in of""")


def _bare(rule: g.Rule) -> re.Pattern[str]:
    wrapped = _WRAPPED.fullmatch(rule.pattern.pattern)
    assert wrapped is not None, f"{rule.name} is not wrapped by _starting_with"
    return re.compile(wrapped["body"], rule.pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SET_SENTENCES)
def test_set_rule_lookahead_changes_no_match(text: str):
    matches = _found(SET.pattern, text)
    assert matches, "each sentence exercises the rule"
    assert matches == _found(_bare(SET), text)


def test_set_rule_word_salad():
    bare, rng = _bare(SET), random.Random(16)
    for _ in range(300):
        text = "".join(rng.choice(_VOCAB) + rng.choice("   \n-") for _ in range(rng.randint(8, 40)))
        assert _found(SET.pattern, text) == _found(bare, text), text


PIPELINE_TEXTS = [
    "A spokesman said on Monday that the minister was killed in an air strike last week.\n\n"
    "Officials believe he is alive, a local official told reporters.",
    "The rebel leader appeared in a video released on Wednesday, the group said.",
    "Police arrested two men on Friday. \"We are certain,\" the police chief said.",
]


def test_batched_components_give_the_records_of_one_document_at_a_time():
    """``analyze_documents`` runs each of dateline's components over a batch in turn; the
    records are those of running the whole pipeline document by document."""
    from datetime import date

    from dateline.nlp.pipeline import analyze_document, analyze_documents, load_pipeline
    from dateline.records import Document

    nlp = load_pipeline()
    documents = [Document.from_text(t, published=date(2024, 3, 8)) for t in PIPELINE_TEXTS]
    batched = [a.model_dump_json() for a in analyze_documents(documents, nlp=nlp, batch_size=2)]
    one_by_one = [analyze_document(d, nlp=nlp).model_dump_json() for d in documents]
    assert batched == one_by_one
