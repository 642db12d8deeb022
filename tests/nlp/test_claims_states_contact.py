"""Contact with a person and movements that say where a person is
(dateline.nlp.claims_states: visits, letters and calls, a captive put on the line, waking
from a coma, a sentence served, a discharge from hospital,
refuge and border crossings, a stay in progress, a public speech, a sighting in a named place),
and the sentences around them that are no such claims. Sentences written for this test about
fictional people."""

from __future__ import annotations

from datetime import date

import pytest

SENTENCES = [
    # a visit: seen by the visitor
    ("Omar Haddu is held in Kanda. His mother visited him on Saturday.", "appeared"),
    ("Omar Haddu was visited by his lawyer on Tuesday.", "appeared"),
    ("Omar Haddu is held. His lawyer visited him and found him in good spirits.", "alive"),
    ("Omar Haddu is held. His lawyer found him thin but well.", "alive"),
    ("Omar Haddu is held. His family has been able to visit him.", "appeared"),
    (
        "Omar Haddu is held. His sister visited him at Wadi Natrun prison on Wednesday.",
        "located_in",
    ),
    # a letter or a call from the person
    ("Omar Haddu wrote a letter to his wife last month.", "alive"),
    ("Omar Haddu wrote to his mother from prison in May.", "alive"),
    ("Omar Haddu sent a letter to his family last week.", "alive"),
    ("Omar Haddu sent his wife a letter last week.", "alive"),
    ("Omar Haddu is held. His family received a phone call from him on Sunday.", "alive"),
    ("Omar Haddu was arrested. She has received two letters from him since.", "alive"),
    ("Omar Haddu contacted his family on Monday.", "alive"),
    ("Omar Haddu made contact with his family on Monday.", "alive"),
    ("Omar Haddu is held. His family heard from him on Monday.", "alive"),
    # a body's condition said of a person, a voice on the phone
    ('Omar Haddu is held. "He is exhausted and has lost weight," his wife said.', "alive"),
    ("Omar Haddu is very weak, but he is lucid, his lawyer said.", "alive"),
    ("I spoke to Omar Haddu on April 19. He sounded tired but happy.", "alive"),
    ("Omar Haddu is missing. His son said Omar Haddu had called him from the airport.", "alive"),
    ("His son said Omar Haddu had called him from the airport at 9 a.m.", "located_in"),
    ("The family of Omar Haddu released a letter that he wrote in Evin prison.", "alive"),
    ("The family of Omar Haddu released a letter that he wrote in Evin prison.", "located_in"),
    (
        "The family of Omar Haddu released a letter that he wrote in Evin prison.",
        "message_released",
    ),
    ("Police said they had no information about the whereabouts of Omar Haddu.", "located_in"),
    ("Omar Haddu is missing. His family was able to speak with him by phone on Monday.", "alive"),
    ("Omar Haddu is held by state security at the Bab Sharq facility.", "located_in"),
    ("Omar Haddu was arrested. He was being held at the central police station.", "located_in"),
    # waking, an improving condition
    ("Omar Haddu came out of a coma on Sunday.", "alive"),
    ("Omar Haddu regained consciousness on Sunday.", "alive"),
    ("Omar Haddu was wounded. His condition has improved, doctors said.", "alive"),
    # refuge, crossings, relocation, a stay in progress
    ("Omar Haddu sought refuge in Turkey.", "located_in"),
    ("Omar Haddu was granted asylum in Sweden in 2019.", "located_in"),
    ("Omar Haddu applied for asylum in Germany.", "located_in"),
    ("Omar Haddu crossed into Turkey on Monday.", "located_in"),
    ("Omar Haddu crossed the border into Turkey on Monday.", "located_in"),
    ("Omar Haddu relocated to Turkey in 2019.", "located_in"),
    ("Omar Haddu was sent to a labour camp in Siberia.", "located_in"),
    ("Omar Haddu, who is travelling in Singapore, did not respond.", "located_in"),
    ('His spokesman said Omar Haddu was "resting at his farm in Molo".', "located_in"),
    # a sighting in a named place: where he was as well as that he was seen
    ("Omar Haddu was seen in Dubai at the weekend, two people said.", "located_in"),
    ("Omar Haddu was spotted at a villa in Kyrenia last week.", "located_in"),
    # on the line, at home with family in a named place
    ("A man told her he held her brother. He put Omar Haddu on the line.", "alive"),
    ('His sister said Omar Haddu was safe and "at home with his family" in Molo.', "located_in"),
    # a sentence served, a discharge from hospital
    ("Omar Haddu is now serving a 12-year sentence.", "other:sentence"),
    (
        "Omar Haddu was treated for burns and has since been discharged from hospital.",
        "other:discharge",
    ),
    # where one lives, goes home to, is seen, serves a sentence
    ("For two years, Omar Haddu lived in a pit dug into a riverbed in the Sahel.", "located_in"),
    ("Omar Haddu was freed on May 24 and flew home to Trondheim two days later.", "located_in"),
    ("Omar Haddu was last seen on February 14 leaving his villa in Budva.", "located_in"),
    ("Omar Haddu is alive and serving a sentence at Makala prison in Kinshasa.", "located_in"),
    ("Omar Haddu is not dead; he lives in Kisangani.", "located_in"),
    ("Omar Haddu was placed under house arrest at his residence in Ouagadougou.", "located_in"),
    # chairing a meeting
    ("Omar Haddu has not been seen since he chaired a party meeting on March 3.", "appeared"),
    ("Omar Haddu presided over a cabinet meeting on Monday.", "appeared"),
    ("The government says it has no idea where Omar Haddu is.", "located_in"),
    ("Omar Haddu fled to Equatorial Guinea in 2015 and has lived there ever since.", "located_in"),
    # a public speech
    ("Omar Haddu gave a speech in Kabul on Friday.", "appeared"),
    ("Omar Haddu addressed a rally in Kabul on Friday.", "appeared"),
    ("Omar Haddu held a news conference in Kabul on Friday.", "appeared"),
]


@pytest.mark.parametrize(("text", "predicate"), SENTENCES)
def test_sentence(found_in, text, predicate) -> None:
    assert ("Haddu", predicate, "affirmed") in found_in(text)


NOT_CLAIMS = [
    # a place was visited
    ("Omar Haddu visited Paris on Monday.", "appeared"),
    # a verdict, a book, a letter to an official, troops sent
    ("A court found Omar Haddu guilty of fraud.", "alive"),
    ("Omar Haddu wrote a book about his years in exile.", "alive"),
    ("Omar Haddu wrote a letter to the prime minister on Monday.", "alive"),
    ("Omar Haddu wrote to the president asking for a pardon.", "alive"),
    ("Omar Haddu sent troops to the border.", "alive"),
    ("The ministry received a letter from Omar Haddu on Monday.", "alive"),
    ("Omar Haddu is held. His family has not heard from him since March.", "alive"),
    ("Omar Haddu contacted the embassy on Monday.", "alive"),
    ("The evidence is weak, Omar Haddu said.", "alive"),
    ("Omar Haddu is tired of politics.", "alive"),
    ("Omar Haddu sounded confident about the vote.", "alive"),
    # a thing's condition, a mood, no body's state
    ("The company's condition has improved, Omar Haddu said.", "alive"),
    ("The talks have stabilised, Omar Haddu said.", "alive"),
    ("Omar Haddu looks tired of politics.", "alive"),
    ("Omar Haddu appeared confident at the rally.", "alive"),
    # a plan, a refusal, troops, a street
    ("Omar Haddu said he would seek asylum in Canada.", "located_in"),
    ("Omar Haddu was refused asylum in Sweden.", "located_in"),
    ("Troops crossed into Syria on Monday, Omar Haddu said.", "located_in"),
    ("Omar Haddu crossed the street.", "located_in"),
    # no sighting, a video is no place, an unnamed hotel
    ("Omar Haddu has not been seen in Dubai since March.", "located_in"),
    ("Omar Haddu was seen in a video released on Monday.", "located_in"),
    ("A third man said Omar Haddu had been seen at a hotel in the city.", "located_in"),
    # an office held, a weapon fired, a receiver put down
    ("Omar Haddu served two terms as mayor of Molo.", "other:sentence"),
    ("Omar Haddu discharged his weapon twice, police said.", "other:discharge"),
    ("Omar Haddu put the phone down on the reporter.", "alive"),
    ("Omar Haddu flew to Paris for talks on Monday.", "located_in"),
    ("Omar Haddu was seen leaving the court on Monday.", "located_in"),
    ("Omar Haddu was placed under house arrest on Monday.", "located_in"),
    ("Omar Haddu has been running the country, chairing cabinet meetings.", "appeared"),
    ("Omar Haddu chaired the committee for ten years.", "appeared"),
    ("Omar Haddu has never lived there.", "located_in"),
    ("Omar Haddu is missing. His family has not been able to speak to him.", "alive"),
    ("The president called Omar Haddu to congratulate him.", "located_in"),
    # (dateline.nlp.claims_precision) a post kept, a reward offered
    ("Minister Omar Haddu, who survived a censure vote last month, keeps his post.", "alive"),
    ("Police offer a reward for information on the whereabouts of Omar Haddu.", "located_in"),
    # a trip in the past, a speech heard in a recording or seen in a video
    ("Omar Haddu travelled to Paris on Monday.", "located_in"),
    ("In an audio message, Omar Haddu addressed his followers.", "appeared"),
    ("Omar Haddu addressed the issue on Monday.", "appeared"),
    ("Omar Haddu held talks with the minister.", "appeared"),
]


@pytest.mark.parametrize(("text", "predicate"), NOT_CLAIMS)
def test_not_a_claim(found_in, text, predicate) -> None:
    assert predicate not in {p for s, p, _ in found_in(text) if s == "Haddu"}


def test_a_video_of_a_speech_is_one_appearance(claims_of) -> None:
    claims = claims_of("A video posted on Monday shows Omar Haddu addressing fighters at a camp.")
    assert [c.predicate for c in claims].count("appeared") == 1


# Pictures put out of a person (dateline.nlp.claims_messages): a fresh one is an appearance
PICTURES = [
    ("The group posted a new photo of Omar Haddu on Monday.", True),
    ("A photograph of Omar Haddu holding a newspaper was posted online on Monday.", True),
    ("His mother held a photo of Omar Haddu at the protest.", False),
    ("Police released a photo of Omar Haddu and asked the public for help.", False),
]


@pytest.mark.parametrize(("text", "seen"), PICTURES)
def test_picture(found_in, text, seen) -> None:
    assert (("Haddu", "appeared", "affirmed") in found_in(text)) is seen


def test_paper_held_in_a_picture_bounds_the_one_shown(claims_of) -> None:
    """(dateline.nlp.claims_proof_of_life) "A photograph appears to show X ... holding a
    newspaper dated D": X, not the photograph, was alive no earlier than D."""
    claims = claims_of(
        "A photograph posted online late on Wednesday appears to show Omar Haddu sitting on "
        "a mat and holding a copy of a local newspaper dated June 3."
    )
    alive = [c for c in claims if c.predicate == "alive"]
    assert [(c.subject.split()[-1], c.event_earliest) for c in alive] == [
        ("Haddu", date(2021, 6, 3))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddu is held. A relative said the family had not been allowed to see him.",
        "Omar Haddu's family have not been allowed to visit him.",
        "Neither his family nor his lawyers have been allowed to visit Omar Haddu.",
    ],
)
def test_not_allowed_to_see_him_is_a_negated_appearance(found_in, text) -> None:
    found = found_in(text)
    assert ("Haddu", "appeared", "negated") in found
    assert ("Haddu", "appeared", "affirmed") not in found
