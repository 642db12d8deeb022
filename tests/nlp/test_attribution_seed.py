"""The statements table of ../shared/seed/EXPECTED.md, row by row (skips without the seed)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    document = Document.from_text(seed_text, published=date(2018, 8, 23))
    return run_pipeline(nlp, make_doc(nlp, document))


def find(doc, words: str, **expected):
    """The statement containing ``words`` (a keyword, never the article's own phrasing)."""
    hits = [s for s in doc._.statements if words.lower() in s.text.lower()]
    assert hits, f"no statement contains {words!r}"
    for s in hits:
        values = {
            "kind": s.kind,
            "certainty": s.certainty,
            "cue": s.cue,
            "speaker": (s.speaker.name or s.speaker.text) if s.speaker else None,
            "anonymous": s.speaker.anonymous if s.speaker else None,
        }
        if all(
            (values[k] is not None and v.lower() in values[k].lower())
            if k == "speaker" and v
            else values[k] == v
            for k, v in expected.items()
        ):
            return s
    pytest.fail(
        f"{words!r}: {[(s.kind, s.certainty, s.cue, s.speaker) for s in hits]} != {expected}"
    )


def test_isis_claims_the_message(seed_doc):
    find(seed_doc, "audio message", speaker="ISIS", cue="say")


def test_man_on_the_recording_indirect_and_mixed(seed_doc):
    find(
        seed_doc,
        "losing",
        kind="indirect",
        speaker="man on the recording",
        certainty="reported",
    )
    find(
        seed_doc,
        "hunger",
        kind="mixed",
        speaker="man on the recording",
        certainty="reported",
    )
    find(seed_doc, "persevere", kind="mixed", certainty="reported")


def test_cnn_cannot_confirm(seed_doc):
    find(
        seed_doc,
        "voice",
        speaker="CNN",
        certainty="unconfirmed",
        cue="confirm",
    )


def test_urban_direct_over_several_paragraphs(seed_doc):
    s = find(
        seed_doc,
        "aware",
        kind="direct",
        speaker="William Urban",
        certainty="asserted",
    )
    assert s.speaker.name == "William Urban"
    long = find(seed_doc, "comment", kind="direct", speaker="William Urban")
    assert "ever claimed that he is dead" in long.text  # the quote runs into the next paragraph


def test_urban_answers_yes(seed_doc):
    s = find(
        seed_doc,
        "alive",
        kind="answer",
        speaker="Urban",
        certainty="asserted",
    )
    assert not s.text.startswith("whether")


def test_man_in_the_recording_direct(seed_doc):
    find(
        seed_doc,
        "victory",
        kind="direct",
        speaker="man in the recording",
        certainty="reported",
    )
    find(
        seed_doc,
        "faith",
        kind="direct",
        cue="add",
        certainty="reported",
    )


def test_speaker_mixed_quotes(seed_doc):
    find(seed_doc, "pastor", kind="mixed", certainty="reported")
    find(seed_doc, "gang", kind="mixed", certainty="reported")
    find(seed_doc, "traitors", kind="mixed", certainty="reported")
    find(seed_doc, "revolt", kind="indirect", certainty="reported")


def test_call_to_action(seed_doc):
    find(seed_doc, "Jordan", speaker="speaker", cue="call")
    find(
        seed_doc,
        "bullet",
        kind="direct",
        speaker="speaker",
        certainty="reported",
    )


def test_isis_earlier_messages(seed_doc):
    find(seed_doc, "from Baghdadi", speaker="ISIS", cue="claim")


def test_anonymous_us_officials(seed_doc):
    s = find(
        seed_doc,
        "wounded",
        kind="indirect",
        anonymous=True,
        certainty="reported",
    )
    assert "several US officials" in s.speaker.text
    if s.said_at is not None:  # the timex stage normalises "In February"
        assert s.said_at.endswith("-02")
    find(
        seed_doc,
        "detainees",
        cue="add",
        anonymous=True,
        certainty="reported",
    )


def test_unattributed_hedge(seed_doc):
    s = find(
        seed_doc,
        "occurred",
        kind="unattributed",
        certainty="hedged",
    )
    assert s.speaker is None


def test_russian_claims(seed_doc):
    find(seed_doc, "injured", speaker="Russian military", cue="claim")
    s = find(
        seed_doc,
        "investigating",
        speaker="Defense Ministry",
        certainty="unconfirmed",
    )
    assert "Russia" in s.speaker.name


def test_analysts_warned(seed_doc):
    find(
        seed_doc,
        "skepticism",
        speaker="Analysts",
        cue="warn",
        certainty="asserted",
    )


def test_byline_is_never_a_speaker(seed_doc):
    names = {(s.speaker.name or s.speaker.text) for s in seed_doc._.statements if s.speaker}
    assert not any("Tawfeeq" in n or "Almasy" in n for n in names)
