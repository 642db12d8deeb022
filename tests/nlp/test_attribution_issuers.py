"""The real speaker behind a medium, an ordinal or a place in the speaker's slot (issue 6).

Each row is one rule of news prose, in sentences written for this file: the statement whose
content contains ``marker`` must be attributed to ``speaker`` (its resolved name), with the
given anonymity.
"""

from __future__ import annotations

import pytest

from dateline.nlp.attribution_issuers import (
    earlier_issuer,
    issuer_of,
    ordinal_description,
    speaker_token,
)
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def _doc(nlp, text: str):
    return run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))


def _speaker_of(nlp, text: str, marker: str):
    doc = _doc(nlp, text)
    found = [s for s in doc._.statements if marker in s.text]
    assert found, [(s.text, s.speaker) for s in doc._.statements]
    return found[0].speaker


CASES = [
    # A medium with its issuer inside the noun phrase.
    (
        "A statement from the Harbour Authority said the pier would reopen in May.",
        "pier would reopen",
        "Harbour Authority",
        False,
    ),
    (
        "A statement by the Interior Ministry said three men were arrested at the border.",
        "three men were arrested",
        "Interior Ministry",
        False,
    ),
    (
        "A video released by the Northern Front on Friday shows the commander alive.",
        "commander alive",
        "Northern Front",
        False,
    ),
    (
        "A recording posted by the Dawn Brigade said the fighters had left the valley.",
        "fighters had left",
        "Dawn Brigade",
        False,
    ),
    (
        "According to a report in the Valley Gazette, the mayor resigned on Monday.",
        "mayor resigned",
        "Valley Gazette",
        False,
    ),
    (
        "According to a statement by the Transport Ministry, the line will close for a week.",
        "line will close",
        "Transport Ministry",
        False,
    ),
    (
        "The Northern Front denied the report. A statement issued in the name of its "
        "spokesman, Karim Osei, said the commander was safe.",
        "commander was safe",
        "Karim Osei",
        False,
    ),
    (
        "The Northern Front confirmed the loss. A message posted on its channels on Saturday "
        "said he had been killed on Friday.",
        "had been killed",
        "Northern Front",
        False,
    ),
    (
        "The Lakeside Water Board said the supply was safe. Its statement said the tests had "
        "found no lead.",
        "found no lead",
        "Lakeside Water Board",
        False,
    ),
    # A definite medium takes up the one mentioned before.
    (
        "The army said in a statement that the base was hit. The statement said two soldiers "
        "were hurt.",
        "two soldiers were hurt",
        "army",
        False,
    ),
    (
        "The Dawn Brigade released a video on Tuesday. The video shows the hostage alive.",
        "hostage alive",
        "Dawn Brigade",
        False,
    ),
    (
        "The activist Nadia Rahimi vanished in May. Since then, messages from her have shown "
        "that she is safe.",
        "she is safe",
        "Nadia Rahimi",
        False,
    ),
    (
        "The commander Idris Kamal last spoke in June, when he marked the start of the holiday "
        "with a speech calling for attacks on police stations.",
        "attacks on police stations",
        "Idris Kamal",
        False,
    ),
    # A newspaper's name is no medium.
    (
        "The Daily Post said the council had voted to close the library.",
        "council had voted",
        "Daily Post",
        False,
    ),
    # Nobody named: the medium stays, as an anonymous description.
    (
        "A statement circulated online said the convoy had been ambushed.",
        "convoy had been ambushed",
        None,
        True,
    ),
    (
        "A video that surfaced on Monday shows the prisoner alive.",
        "prisoner alive",
        None,
        True,
    ),
    # Ordinals: the appositive, else the group counted before.
    (
        "Two officials spoke to the paper. The first said the strike hit a car. The second, "
        "a western official, said there was a high degree of confidence.",
        "high degree of confidence",
        "a western official",
        True,
    ),
    (
        "Two officials spoke to the paper. The first said the strike hit a car. The second "
        "said it had missed the target.",
        "missed the target",
        "the second official",
        True,
    ),
    (
        "Two officials spoke to the paper. The first said the strike hit a car.",
        "strike hit a car",
        "the first official",
        True,
    ),
    (
        "Two diplomats briefed reporters. The other said the talks would resume in June.",
        "talks would resume",
        "the other diplomat",
        True,
    ),
    (
        "Two officials, who spoke on condition of anonymity, said the coalition had no "
        "evidence that he was dead, and one said he was probably in the desert.",
        "probably in the desert",
        "one official",
        True,
    ),
    # A place as speaker stays as written: its ministry named elsewhere is another source.
    (
        "Kestovia's Defence Ministry said it was investigating. Kestovia later said its jets "
        "may have killed him.",
        "jets may have killed",
        "Kestovia",
        False,
    ),
    (
        "France said the talks would resume next week.",
        "talks would resume",
        "France",
        False,
    ),
    # Institution names keep their role words.
    (
        "The Defence Ministry of Kestovia said on Friday it was investigating the reports.",
        "investigating the reports",
        "Defence Ministry of Kestovia",
        False,
    ),
    (
        "The Foreign Office said it was providing consular support to the family.",
        "consular support",
        "Foreign Office",
        False,
    ),
    (
        "Foreign Minister Ana Lind said the talks had failed.",
        "talks had failed",
        "Ana Lind",
        False,
    ),
    # "it" takes up the organisation the entities stage found, whatever the model's tag.
    (
        "The Crescent Vanguard released an audio recording on Friday that it said was a "
        "speech by its leader.",
        "speech by its leader",
        "Crescent Vanguard",
        False,
    ),
    # A title's abbreviation does not end an inverted attribution.
    (
        "The suspect was arrested after drugs were found in her car, said Lt. Dana Pruitt, "
        "a police spokeswoman.",
        "suspect was arrested",
        "Dana Pruitt",
        False,
    ),
    (
        "The bridge will close in May, said Gen. Anne Holt.",
        "bridge will close",
        "Anne Holt",
        False,
    ),
    # A proper name with "the" is a body that "it" can take up; so is a medium's issuer.
    (
        "HARLOW, May 2 (Wire) - The Iron Compact released a recording on Monday that it said "
        "was a speech by its founder.",
        "speech by its founder",
        "Iron Compact",
        False,
    ),
    (
        "The Iron Compact released a recording on Monday that it said was a speech by its "
        "founder. Compact fighters later posted it online.",
        "speech by its founder",
        "Iron Compact",
        False,
    ),
    (
        "The navy said in a statement on Wednesday that a helicopter had crashed. "
        '"The cause is under investigation," the statement said. It did not reveal the '
        "location and said it was withholding the names of the dead.",
        "withholding the names",
        "navy",
        False,
    ),
]


@pytest.mark.parametrize(("text", "marker", "speaker", "anonymous"), CASES)
def test_real_speaker(nlp, text, marker, speaker, anonymous):
    found = _speaker_of(nlp, text, marker)
    assert found is not None
    if speaker is None:
        assert found.name is None
    else:
        assert found.name is not None and found.name.lower().endswith(speaker.lower()), found
    assert found.anonymous is anonymous, found


def test_token_helpers(nlp):
    doc = _doc(nlp, "A statement from the Harbour Authority said the pier would reopen.")
    statement = next(t for t in doc if t.lower_ == "statement")
    assert issuer_of(statement).text == "Authority"
    assert speaker_token(statement).text == "Authority"
    plain = next(t for t in doc if t.lower_ == "pier")
    assert issuer_of(plain) is None and speaker_token(plain) is plain


def test_earlier_issuer_and_ordinal(nlp):
    doc = _doc(nlp, "The army said in a statement that the base was hit. The statement said more.")
    later = [t for t in doc if t.lower_ == "statement"][-1]
    assert earlier_issuer(later).lower_ == "army"
    doc = _doc(nlp, "Two officials spoke. The second said the car was hit.")
    second = next(t for t in doc if t.lower_ == "second")
    assert ordinal_description(second) == "the second official"
    assert speaker_token(second) is second  # no appositive: the description is the name


def test_a_clause_that_suggests_speaks_for_nobody(nlp):
    text = (
        'In the recording he mentions the flood and calls it "a punishment", which suggests '
        "that the message was recorded after the storm."
    )
    for statement in _doc(nlp, text)._.statements:
        assert statement.speaker is None or not statement.speaker.text.startswith("calls")
