"""Entity repairs and coreference rules of English news prose (issue 6, session 4).

Every sentence here is written for the test; none names a real person. Most rules are tables
of (text, expectation) rows; the fixture `entities_of` (tests/nlp/conftest.py) runs the
pipeline once per text. Names here are matched exactly.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

_HYPHENATED = "Marie-Claude Fournel was kidnapped in Kayes. Fournel, 61, was released in June."
_THE_COMPANY = (
    "Shares in Pelham Freight fell after the shipper said its founder, Anton Pryce, had been "
    "detained. The company said Pryce was cooperating. It did not say where he was held."
)
_A_PLATFORM = (
    "The Northern Hawks said in a post on their Telegram channel that Idris Fana had been "
    "wounded. The group said he was recovering."
)
_HUMAN_PASSIVE = (
    "The Eastern Falcons said in a statement that Haddadi had been wounded. The group said he "
    "died later."
)

# --- kinds and spans: (text, exact entity name, kind) -----------------------------------

KINDS = [
    # an age apposition makes a person
    pytest.param(
        "Ferrante, 45, was shot dead outside his shop on Tuesday.",
        "Ferrante",
        "person",
        id="age_apposition",
    ),
    # a who-clause makes a person
    pytest.param(
        "The reporter was freed on Sunday. Olga Vinter, who writes for a weekly, had been held "
        "for a month.",
        "Olga Vinter",
        "person",
        id="who_clause",
    ),
    # kin of a name makes a person
    pytest.param(
        "Quiroga said he was innocent. Quiroga's wife said the charges were invented.",
        "Quiroga",
        "person",
        id="kin_of_a_name",
    ),
    # a hyphenated given name is a person everywhere
    pytest.param(_HYPHENATED, "Marie-Claude Fournel", "person", id="hyphenated_given_name"),
    # a relative named after a kin noun
    pytest.param(
        "Sheikh Rami al-Hakimi was killed along with his brother Nabil in a strike on a farm on "
        "Tuesday.",
        "Nabil",
        "person",
        id="relative_named_after_a_kin_noun",
    ),
    # the passive of a human verb makes a person
    pytest.param(_HUMAN_PASSIVE, "Haddadi", "person", id="passive_of_a_human_verb"),
    # an untagged name as the subject of a human passive
    pytest.param(
        "Amadou Keita was arrested by French forces in March and is being held in Kidal.",
        "Amadou Keita",
        "person",
        id="untagged_name_subject_of_a_human_passive",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS)
def test_kind(entities_of, text: str, name: str, kind: str) -> None:
    assert entities_of(text).named(name).kind == kind


NOT_PEOPLE = [
    # the owner of a government is a country
    pytest.param(
        "Chad's government spokesman, Idris Koumba, confirmed the release on the radio.",
        "Chad",
        id="owner_of_a_government",
    ),
    # a broadcaster spoken to is no person
    pytest.param(
        "Mansour told Al Qamar that he was alive and well.", "Al Qamar", id="broadcaster_told"
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_not_a_person(entities_of, text: str, name: str) -> None:
    assert all(e.kind != "person" for e in entities_of(text) if e.name == name)


def test_office_before_a_name_is_a_title_not_part_of_the_name(entities_of) -> None:
    text = (
        "The premier named Deputy Trade Minister Kari Sundby as acting minister. "
        "Sundby, 51, will hold the post until an election."
    )
    ents = entities_of(text)
    assert ents.named("Kari Sundby").kind == "person"
    assert "Sundby" in ents.mentions("Kari Sundby", exact=True)
    assert not any(e.name == "Trade" for e in ents)


def test_full_stop_before_a_name_is_not_a_title(entities_of) -> None:
    ents = entities_of(
        "The 29-year-old was freed on Monday, said Tomas Brenner's lawyer. Brenner had been "
        "held for a month."
    )
    assert ents.named("Tomas Brenner").roles == ()
    assert "Brenner's lawyer" not in ents.mentions("Tomas Brenner", exact=True)


def test_dateline_place_and_outlet_are_not_people(entities_of) -> None:
    text = (
        "TEL SARRA, Syria, May 2 (Orient Courier) - A militia commander was killed on Tuesday, "
        "officials said.\n\nA fighter told Orient Courier that the commander died near Tel Sarra."
    )
    ents = entities_of(text)
    assert all(e.kind != "person" for e in ents if "Sarra" in e.name or "SARRA" in e.name or "Courier" in e.name)


# --- mentions: (text, mention, exact entity name) ---------------------------------------

MENTIONED = [
    pytest.param(_HYPHENATED, "Fournel", "Marie-Claude Fournel", id="hyphenated_given_name"),
    # an official commenting on someone else still points away
    pytest.param(
        "Omar Haddu was wounded in May. Col. Rafael Ortiz said he was alive and in hiding.",
        "he",
        "Omar Haddu",
        id="official_commenting_on_someone_else",
    ),
    # "the company" is the latest company named, and so is "It"
    pytest.param(_THE_COMPANY, "The company", "Pelham Freight", id="the_company"),
    pytest.param(_THE_COMPANY, "It", "Pelham Freight", id="the_company_it"),
    # a platform is not the group
    pytest.param(_A_PLATFORM, "The group", "Northern Hawks", id="platform_is_not_the_group"),
    # a kin noun with the same owner is the named relative
    pytest.param(
        "Tarek Aoun and his brother, Fuad Aoun, were detained on Sunday. Tarek was released on "
        "Monday, but his brother remains in custody.",
        "his brother",
        "Fuad Aoun",
        id="kin_noun_with_the_same_owner",
    ),
    # an unnamed speaker named in the next sentence
    pytest.param(
        "The rebels were pushed back on Friday, an army spokesman said. The spokesman, Malik "
        "Dawood, said the commander had been captured.",
        "an army spokesman",
        "Malik Dawood",
        id="unnamed_speaker_named_next",
    ),
    pytest.param(_HUMAN_PASSIVE, "he", "Haddadi", id="passive_of_a_human_verb"),
    # a definite lede is the person named next
    pytest.param(
        "The photographer was freed on Sunday. Lena Marsh, who works for a weekly, had been "
        "held for a month.",
        "The photographer",
        "Lena Marsh",
        id="definite_lede_named_next",
    ),
]

NOT_MENTIONED = [
    # cataphora skips a proxy speaker
    pytest.param(
        "Karim Nassif was arrested in May. When he was released, his lawyer, Adel Fakhri, said "
        "he had been beaten.",
        "he",
        "Adel Fakhri",
        id="cataphora_skips_a_proxy_speaker",
    ),
    # "the ministry" needs a ministry
    pytest.param(
        "Delta Mining said on Monday that the ministry had seized its offices. The ministry "
        "declined to comment.",
        "The ministry",
        "Delta Mining",
        id="the_ministry_needs_a_ministry",
    ),
    pytest.param(_A_PLATFORM, "The group", "Telegram", id="platform_is_not_the_group"),
    # a definite lede is not the speaker named next
    pytest.param(
        "The soldier was killed on Monday. Omar Rashid, an army spokesman, said the attack came "
        "at dawn.",
        "The soldier",
        "Omar Rashid",
        id="definite_lede_not_the_speaker",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name"), MENTIONED)
def test_mention_is_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention in entities_of(text).mentions(name, exact=True)


@pytest.mark.parametrize(("text", "mention", "name"), NOT_MENTIONED)
def test_mention_is_not_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention not in entities_of(text).mentions(name, exact=True)


# --- how often one entity is mentioned so: (text, mention, exact entity name, count) ----

_REPAIRED_SURNAME = (
    "(Valley Herald) — The new emir of the Sons of the Dunes, Hamid Qarawi, appeared in a "
    "video on Saturday. Western officials have said little about Qarawi. One official said "
    "he is thought to be living in the south."
)

COUNTS = [
    # a titled surname alone gathers its later mentions
    pytest.param(
        "Mrs. Adeyinka, a nurse, was kidnapped on her way to the clinic. Adeyinka was freed "
        "after a week.",
        "Adeyinka",
        "Adeyinka",
        2,
        id="titled_surname_alone",
    ),
    # cataphora in a fronted clause
    pytest.param(
        "When he was released on Friday, Stefan Varga said he had been kept in a cellar.",
        "he",
        "Stefan Varga",
        2,
        id="cataphora_in_a_fronted_clause",
    ),
    # an acronym defined in parentheses
    pytest.param(
        "The Centre for Press Liberty (CPL) said on Monday that blogger Rafik Bensaid had been "
        "detained. CPL said he was held at a barracks.",
        "CPL",
        "Centre for Press Liberty",
        2,
        id="acronym_defined_in_parentheses",
    ),
    # a former office is not the present holder
    pytest.param(
        "The former governor, Paul Kimani, was detained on Monday. Kimani's successor, Governor "
        "Ruth Wanjiru, said the arrest was lawful. The former governor denies the charges.",
        "The former governor",
        "Paul Kimani",
        2,
        id="former_office_not_the_present_holder",
    ),
    # the surname of a name repaired to a person joins it once
    pytest.param(_REPAIRED_SURNAME, "Qarawi", "Hamid Qarawi", 1, id="surname_of_a_repaired_name"),
]


@pytest.mark.parametrize(("text", "mention", "name", "count"), COUNTS)
def test_mention_count(entities_of, text: str, mention: str, name: str, count: int) -> None:
    assert entities_of(text).mentions(name, exact=True).count(mention) == count


def test_surname_of_a_name_repaired_to_a_person(entities_of) -> None:
    ents = entities_of(_REPAIRED_SURNAME)
    assert ents.named("Hamid Qarawi").kind == "person"
    assert "he" in ents.mentions("Hamid Qarawi", exact=True)
    assert all(e.kind != "org" for e in ents if e.name == "Qarawi")


# --- grouping ---------------------------------------------------------------------------


def test_given_name_alone_is_the_one_person_with_that_name(entities_of) -> None:
    text = (
        "Aid worker Helena Marsh was kidnapped in May. The foreign minister, Paul Grady, "
        'wrote on Friday: "Helena is safe and on her way home."'
    )
    ents = entities_of(text)
    assert "Helena" in ents.mentions("Helena Marsh", exact=True)
    assert "Helena" not in ents.named("Helena Marsh").aliases  # a mention, never a ledger alias


def test_given_name_two_people_share_stays_unresolved(entities_of) -> None:
    text = "Helena Marsh and Helena Dore were detained. Helena was released on Monday."
    ents = entities_of(text)
    assert "Helena" not in ents.mentions("Helena Marsh", exact=True) + ents.mentions(
        "Helena Dore", exact=True
    )


# --- pronouns and references beyond names -----------------------------------------------


def test_official_who_acted_earlier_is_the_subject_of_his_own_statement(entities_of) -> None:
    text = (
        "Interior Minister Jonas Falk resigned on Monday. The premier named Deputy Interior "
        "Minister Ole Strand as acting minister. Falk, who denies wrongdoing, said that he was "
        "stepping down to let the inquiry proceed. He has not been charged."
    )
    ents = entities_of(text)
    falk = ents.mentions("Jonas Falk", exact=True)
    assert falk.count("he") + falk.count("He") == 2
    assert "he" not in ents.mentions("Ole Strand", exact=True)


def test_entity_of_token_reads_resolved_mentions(nlp) -> None:
    from dateline.nlp.entities import entity_of_token

    doc = make_doc(nlp, Document.from_text("Nora Lind was arrested. She was freed on Monday.", published=date(2022, 3, 4)))
    doc = run_pipeline(nlp, doc)
    she = next(t for t in doc if t.text == "She")
    found = entity_of_token(doc, she)
    assert found is not None and found.name == "Nora Lind"
    assert entity_of_token(doc, next(t for t in doc if t.text == "Monday")) is None


def test_the_group_is_never_the_dateline_outlet(entities_of) -> None:
    text = (
        "(Sahel Courier) — A militia leader appeared in a video released by the group on "
        "Saturday, the first since his reported death."
    )
    ents = entities_of(text)
    assert "the group" not in [m.text for e in ents if "Courier" in e.name for m in e.mentions]
