"""Attribution: one construction of news prose per row, sentences written by the team."""

from __future__ import annotations

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


def statements(nlp, text: str):
    doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(text)))
    return doc._.statements


def only(nlp, text: str):
    found = statements(nlp, text)
    assert len(found) == 1, [(s.kind, s.text) for s in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            '"We will rebuild the bridge by spring," Mayor Ellen Park said.',
            "We will rebuild the bridge by spring",
            "Ellen Park",
            "say",
        ),
        (
            '"The vote was fair," said Tomas Riva, the election commissioner.',
            "The vote was fair",
            "Tomas Riva",
            "say",
        ),
        (
            'Governor Lina Osei said: "Nobody will lose their home."',
            "Nobody will lose their home.",
            "Lina Osei",
            "say",
        ),
        (
            'The minister told reporters, "The talks are over."',
            "The talks are over.",
            "The minister",
            "tell",
        ),
        (
            '"Prices will keep rising," the economist warned.',
            "Prices will keep rising",
            "the economist",
            "warn",
        ),
    ],
)
def test_direct_quote_with_speaker(nlp, text, content, speaker, cue):
    s = only(nlp, text)
    assert s.kind == "direct"
    assert s.text == content
    assert speaker in (s.speaker.name or s.speaker.text)
    assert s.cue == cue


def test_pronoun_speaker_resolves_to_previous_subject(nlp):
    text = 'Coach Dana Whitlock watched the replay twice.\n\n"We were simply too slow," she says.'
    s = only(nlp, text)
    assert s.speaker.text == "she"
    assert s.speaker.name == "Dana Whitlock"


def test_surname_resolves_to_full_name(nlp):
    text = (
        '"The harbour is safe," said Harbour Master Piotr Nowak.\n\n'
        '"Ships can dock again tomorrow," Nowak added.'
    )
    found = statements(nlp, text)
    assert [s.speaker.name for s in found] == ["Piotr Nowak", "Piotr Nowak"]
    assert found[1].cue == "add"


def test_multi_paragraph_quote_is_one_statement(nlp):
    text = (
        '"We found the wreck at dawn," the diver Ana Sousa said. "The hull was intact.\n\n'
        '"Nobody had touched it for a century."'
    )
    found = statements(nlp, text)
    assert len(found) == 2
    assert found[1].text.startswith("The hull was intact.")
    assert found[1].text.endswith("for a century.")
    assert found[1].speaker.name == "Ana Sousa"


def test_quote_continuing_in_next_paragraph_inherits_speaker(nlp):
    text = (
        'Farmer Joel Ames said: "The river took half the field."\n\n"We will plant again in May."'
    )
    found = statements(nlp, text)
    assert [s.speaker.name for s in found] == ["Joel Ames", "Joel Ames"]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "The ministry said the border would reopen on Monday.",
            "the border would reopen on Monday",
            "ministry",
            "say",
        ),
        (
            "Police said that the suspect had fled north.",
            "the suspect had fled north",
            "Police",
            "say",
        ),
        (
            "The company's chief executive, Maria Lind, told investors that profits would fall.",
            "profits would fall",
            "Maria Lind",
            "tell",
        ),
        (
            "The dam will hold, engineers insisted on Friday.",
            "The dam will hold",
            "engineers",
            "insist",
        ),
    ],
)
def test_indirect_speech(nlp, text, content, speaker, cue):
    s = only(nlp, text)
    assert s.kind == "indirect"
    assert s.text == content
    assert speaker in (s.speaker.name or s.speaker.text)
    assert s.cue == cue


def test_according_to(nlp):
    s = only(nlp, "According to the fire service, the blaze started in the kitchen.")
    assert s.cue == "according to"
    assert s.text == "the blaze started in the kitchen"
    assert s.speaker.text == "the fire service"


def test_mixed_quote(nlp):
    s = statements(
        nlp, 'The senator said the bill was "a gift to polluters" and vowed to block it.'
    )[0]
    assert s.kind == "mixed"
    assert "a gift to polluters" in s.text


def test_answer_to_question(nlp):
    s = only(nlp, 'Asked whether the plant would close, the manager Ruth Cole said, "Yes."')
    assert s.kind == "answer"
    assert s.text == "the plant would close"
    assert s.certainty == "asserted"
    assert s.speaker.name == "Ruth Cole"


def test_negative_answer_is_denied(nlp):
    s = only(nlp, 'Asked if he would resign, Hale said, "No."')
    assert s.kind == "answer"
    assert s.certainty == "denied"


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("It is believed the fire was started deliberately.", "hedged"),
        ("It was reported that the ferry had sunk.", "reported"),
        ("It is alleged that the mayor took bribes.", "unconfirmed"),
    ],
)
def test_unattributed(nlp, text, certainty):
    s = only(nlp, text)
    assert s.kind == "unattributed"
    assert s.speaker is None
    assert s.certainty == certainty


def test_anonymous_source(nlp):
    s = only(nlp, "Two officials familiar with the talks said a deal was close.")
    assert s.speaker.anonymous
    assert s.certainty == "reported"


def test_outlet_cannot_confirm(nlp):
    s = only(
        nlp, "LONDON (Reuters) - Reuters could not independently verify the footage was recent."
    )
    assert s.speaker.text == "Reuters"
    assert s.certainty == "unconfirmed"
    assert "footage was recent" in s.text


def test_denial(nlp):
    s = only(nlp, "The army denied that its troops had fired on protesters.")
    assert s.certainty == "denied"
    assert s.cue == "deny"


def test_hedged_content(nlp):
    s = only(nlp, "The coroner said the driver may have fallen asleep.")
    assert s.certainty == "hedged"


def test_statement_ids_and_doc_id(nlp):
    document = Document.from_text('"Yes," she said. "No," he said.')
    doc = run_pipeline(nlp, make_doc(nlp, document))
    ids = [s.statement_id for s in doc._.statements]
    assert ids == [f"{document.doc_id[:12]}:s1", f"{document.doc_id[:12]}:s2"]
    assert all(s.doc_id == document.doc_id for s in doc._.statements)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The suspect, police said, had fled on foot.",
            "The suspect, police said, had fled on foot",
            "police",
        ),
        (
            "The minister was quoted as saying the talks had collapsed.",
            "the talks had collapsed",
            "The minister",
        ),
        (
            "A report released Tuesday found that most rivers were polluted.",
            "most rivers were polluted",
            "report",
        ),
        (
            "The bridge will close in May, the council announced on Friday.",
            "The bridge will close in May",
            "council",
        ),
    ],
)
def test_more_reporting_constructions(nlp, text, content, speaker):
    s = only(nlp, text)
    assert s.text == content
    assert speaker in s.speaker.text


def test_interrupted_quote_continues_in_lower_case(nlp):
    found = statements(nlp, '"We are devastated," the family wrote, "and we ask for privacy."')
    assert [s.text for s in found] == ["We are devastated", "and we ask for privacy."]
    assert all(s.speaker.text == "the family" for s in found)


def test_relative_pronoun_speaker(nlp):
    s = only(nlp, "The winner was Sami Okoro, who said he had trained for ten years.")
    assert s.speaker.name == "Sami Okoro"


def test_unable_to_verify(nlp):
    s = only(nlp, "The Tribune was unable to verify the accounts independently.")
    assert s.certainty == "unconfirmed"
    assert s.speaker.text == "The Tribune"


def test_colon_after_statement_is_not_content(nlp):
    found = statements(
        nlp, 'In a statement, the prime minister said:\n\n"Our thoughts are with the families."'
    )
    assert [s.kind for s in found] == ["direct"]
    assert found[0].speaker.text == "the prime minister"


def test_said_at_from_the_timex_stage(nlp):
    doc = make_doc(
        nlp, Document.from_text("The mayor told reporters on Wednesday that the road would reopen.")
    )
    doc = run_pipeline(nlp, doc)
    (s,) = doc._.statements
    wednesday = [t for t in doc._.timexes or [] if "Wednesday" in t.text]
    if not wednesday or not wednesday[0].value:
        pytest.skip("the timex stage does not tag the weekday yet")
    assert s.said_at == wednesday[0].value


def test_outlet_speaking_of_itself(nlp):
    text = "KYIV (Eastern Dispatch) -- Troops retook the village.\n\nThis agency could not verify the claim."
    s = only(nlp, text)
    assert s.speaker.name == "Eastern Dispatch"
    assert s.speaker.text == "This agency"
    assert s.certainty == "unconfirmed"
