"""Entity rules for transcripts, relational mentions, appositive names, speakers' pronouns,
clients and honorifics (issue 6, s6).

Every text here is invented for the test. Most rules are tables of (text, expectation) rows;
the fixture `entities_of` (tests/nlp/conftest.py) runs the pipeline once per text."""

from __future__ import annotations

import pytest


def _marked(text: str) -> tuple[str, int]:
    """`text` without the brackets around one word, and where that word starts: a row names
    the one pronoun of several that it is about."""
    start = text.index("[")
    return text.replace("[", "", 1).replace("]", "", 1), start


# Transcript turns ---------------------------------------------------------------------

_TRANSCRIPT = (
    "Transcript: City Radio, Monday\n\n"
    "HOST: Police say the missing pastor, Daniel Oyelaran, was taken from his car on Friday. "
    "Our reporter Musa Balogun is in Ibadan. Musa, what do we know?\n\n"
    "BALOGUN: The kidnappers called his church on Sunday. An officer, Yusuf Adamu, told me "
    "the call lasted two minutes.\n\n"
    "HOST: Do the police know where he is?\n\n"
    "BALOGUN: They believe he has been moved to a farm outside the city."
)


def test_a_turns_speaker_is_no_antecedent_of_he_in_his_own_turn(entities_of) -> None:
    ents = entities_of(_TRANSCRIPT)
    last_he = _TRANSCRIPT.rindex(" he ") + 1
    assert last_he in ents.starts("Oyelaran")
    assert last_he not in ents.starts("Balogun")


def test_a_pronoun_opening_a_turn_means_whom_the_story_is_about(entities_of) -> None:
    ents = entities_of(_TRANSCRIPT)
    host_he = _TRANSCRIPT.index("know where he") + len("know where ")
    assert host_he in ents.starts("Oyelaran")  # not Yusuf Adamu, the last man Balogun named
    assert host_he not in ents.starts("Adamu")


# Texts that several rows below assert on ----------------------------------------------

_OPPOSITION_LEADER = (
    "The party has chosen Rosa Mendes as its new chief. The leader of the opposition "
    "Democratic Alliance, Tendai Moyo, is in intensive care tonight."
)
_SON_SPEAKS = (
    "Hassan Warfa, the former governor, has died in exile. His son, Abdullahi Warfa, said "
    "his father died on Saturday after a long illness."
)
_BROTHER_SPEAKS = (
    "Shipping magnate Goran Petrovic has not been seen since March. His brother, Luka "
    "Petrovic, spoke to reporters on Tuesday. Luka said he did not know where his brother was."
)
_ROLE_AFTER_AS = (
    "An article said that Didier Mwamba died in 2021. A caption described Prosper Ilunga "
    "as the late founder of the party."
)
_KIN_NAMED_AFTER = (
    "Father Emeka Obi vanished on the Kaduna road in May. Then, on June 2, his sister "
    "Adaeze's phone rang. A man told her that her brother was alive."
)
_LEDE_NAMED_BY_SPOKESMAN = (
    "A senior militant commander may have been killed in a raid on Sunday, the army said.\n\n"
    "Yusuf Garba, an army spokesman, said a man believed to be Abu Bakr Kaloma blew himself "
    "up as troops surrounded a house."
)
_CLUB_APPOSITION = (
    "Former national goalkeeper Tomasz Wrona has been detained in Dubai, his wife said. "
    '"He is exhausted," Agnieszka Wrona told reporters in Krakow. His former club, Vistula '
    "Krakow, said in a statement that it stood by him."
)
_QUOTED_NICKNAME = (
    'Former champion boxer Dwayne "Hammer" Cole was shot dead on Sunday. Cole, 36, was hit '
    "twice. His brother, Marcus Cole, said the family was devastated."
)

# (with the pronoun a row below is about in brackets)
_TERRORISTS = (
    "The ministry said the terrorist Rachid Benamar was neutralised on Sunday. "
    "The ministry says the terrorist Omar Selmi remains at large.\n\n"
    "(Benamar's family said they had not been told of [his] death.)"
)
_PASSENGER = (
    "Franco Zanetti, 66, was killed when his car left the road. A passenger, [his] "
    "brother-in-law Mario Dal Pra, was taken to hospital with a broken leg."
)

# Mentions: (text, mention, entity whose name ends so) ----------------------------------

MENTIONED = [
    pytest.param(
        "NOTE: This story was updated. Ruth Mensah said she had not been charged.",
        "she",
        "Mensah",
        id="one_label_makes_no_transcript",
    ),
    # a role with an "of" phrase is the name set off after it
    pytest.param(_OPPOSITION_LEADER, "The leader", "Tendai Moyo", id="role_with_of_phrase"),
    # a son's "his father" is the person whose son speaks
    pytest.param(_SON_SPEAKS, "his father", "Hassan Warfa", id="sons_his_father"),
    # a family statement's "our son" is the person the family belongs to
    pytest.param(
        "We, the family of the reporter Tarek Haddad, announce that our son has returned home "
        "after 30 days in custody.",
        "our son",
        "Tarek Haddad",
        id="family_statement_our_son",
    ),
    # a relative's own brother is the person he is brother of
    pytest.param(_BROTHER_SPEAKS, "his brother", "Goran Petrovic", id="relatives_own_brother"),
    # the same relative's brother again is the named brother
    pytest.param(
        "Goran Petrovic has not been seen since March. His brother, Luka Petrovic, spoke on "
        "Tuesday. Goran had called his brother on Monday.",
        "his brother",
        "Luka Petrovic",
        id="same_relatives_brother_again",
    ),
    # a role after "as" is said of the verb's object
    pytest.param(_ROLE_AFTER_AS, "the late founder", "Prosper Ilunga", id="role_after_as"),
    # "the priest" is the person titled Father
    pytest.param(
        "Father Emeka Obi was seized on the Kaduna road in May. In June a vigilante leader "
        "claimed the priest had died in the forest.",
        "the priest",
        "Emeka Obi",
        id="the_priest_is_father_x",
    ),
    # a subject named through a relative's apposition
    pytest.param(
        _marked(_PASSENGER)[0],
        "A passenger",
        "Mario Dal Pra",
        id="subject_named_through_relatives_apposition",
    ),
    # a given name after a kin noun; "her brother" is the first man named
    pytest.param(_KIN_NAMED_AFTER, "her brother", "Emeka Obi", id="given_name_after_kin_noun"),
    # the lede person is the one the spokesman names
    pytest.param(
        _LEDE_NAMED_BY_SPOKESMAN,
        "A senior militant commander",
        "Kaloma",
        id="lede_person_named_by_spokesman",
    ),
    # a quoted nickname stays inside the name and the surname joins it
    pytest.param(_QUOTED_NICKNAME, "Cole", 'Dwayne "Hammer" Cole', id="quoted_nickname"),
]

NOT_MENTIONED = [
    pytest.param(_OPPOSITION_LEADER, "The leader", "Rosa Mendes", id="role_with_of_phrase"),
    # a role with an "of" phrase and an organisation in apposition takes no person
    pytest.param(
        "Rosa Mendes leads the council. The head of the militia, the Northern Brigade, was "
        "killed on Monday.",
        "The head",
        "Rosa Mendes",
        id="role_with_of_phrase_and_organisation",
    ),
    pytest.param(_SON_SPEAKS, "his father", "Abdullahi Warfa", id="sons_his_father"),
    # converse kin needs the speaking relative's pronoun: a son speaks of "her father", not
    # the son's father
    pytest.param(
        "Hassan Warfa has died in exile. His son, Abdullahi Warfa, said her father died on "
        "Saturday.",
        "her father",
        "Hassan Warfa",
        id="converse_kin_needs_the_relatives_pronoun",
    ),
    # "our son" named on the spot is not the family member
    pytest.param(
        "We, the family of the reporter Tarek Haddad, thank all who helped. Our son, Sami, "
        "was also questioned.",
        "Our son",
        "Tarek Haddad",
        id="our_son_named_on_the_spot",
    ),
    # "his lawyer" is not a lawyer named only later
    pytest.param(
        "Ekow Mensa was sentenced to life. A co-defendant, Kofi Badu, was freed on Monday, his "
        "lawyer said. Mensa's lawyer, Ama Owusu, said he would appeal.",
        "his lawyer",
        "Ama Owusu",
        id="his_lawyer_named_only_later",
    ),
    pytest.param(_BROTHER_SPEAKS, "his brother", "Luka Petrovic", id="relatives_own_brother"),
    pytest.param(_ROLE_AFTER_AS, "the late founder", "Mwamba", id="role_after_as"),
    # a subject with an organisation's role in apposition is left alone
    pytest.param(
        "Police detained Jean-Pierre Habimana at a farm. A fourth man, the militia's treasurer "
        "Pascal Uwimana, was shot dead.",
        "A fourth man",
        "Pascal Uwimana",
        id="subject_with_organisations_role_apposition",
    ),
    pytest.param(
        _LEDE_NAMED_BY_SPOKESMAN,
        "A senior militant commander",
        "Yusuf Garba",
        id="lede_person_named_by_spokesman",
    ),
    # the wife's surname is not hers
    pytest.param(_CLUB_APPOSITION, "Wrona", "Agnieszka Wrona", id="club_in_apposition"),
    pytest.param(_QUOTED_NICKNAME, "Cole", "Marcus Cole", id="quoted_nickname"),
]


# rules added for claims: speakers' pronouns, clients, honorifics, appositions
_MINISTER_SPEAKS = (
    "Minister Dana Roth said experts had identified the body of Omar Haddu on Sunday. "
    '"The most wanted man in the south is dead," she told reporters.'
)
_PROXY_SPEAKS = (
    "Police said Omar Haddu was in custody. His lawyer, Marc Delorme, said he had not been charged."
)
_REPORTER_EPITHETS = (
    "Swedish journalist Sofia Lindqvist was abducted in April. Her brother, Erik Lindqvist, spoke on Monday.\n\n"
    "The reporter is being held in a village, sources said. The 34-year-old was last seen in Saraqib."
)
_SPEAKER_ONLY_SENTENCE = (
    "Activist Karim Haddad was sentenced on Monday.\n\n"
    "Lawyer Mona Farouk said the court had ignored the evidence.\n\n"
    "He was taken back to Tora prison after the hearing."
)
_SPOKESPERSON = (
    "Engineer Omar Haddu was freed on Monday.\n\nNurse Lena Hart said she had been held in a basement.\n\n"
    "Omar Haddu was abducted in May. Col. Ingrid Solberg, a spokeswoman for the coalition, said he was alive."
)

# (text, mention, entity whose name ends so)
RESOLUTION_MENTIONED = [
    # a speaking pronoun takes up the last speaker
    pytest.param(_MINISTER_SPEAKS, "she", "Roth", id="speaking_pronoun_takes_the_last_speaker"),
    # a client is the person the lawyer acts for
    pytest.param(
        "Viktor Halloran's lawyer, Marc Delorme, said his client was not in hiding.",
        "his client",
        "Halloran",
        id="client_of_the_lawyer",
    ),
    # a role in apposition becomes an epithet
    pytest.param(
        "Gunmen abducted a Dutch oil engineer, Pieter Janssen, on Monday. "
        "A militia leader said the engineer was being held in the creeks.",
        "the engineer",
        "Janssen",
        id="role_in_apposition_becomes_an_epithet",
    ),
    # a pronoun in what a proxy says is the person spoken for
    pytest.param(_PROXY_SPEAKS, "he", "Haddu", id="proxys_pronoun_is_the_person_spoken_for"),
    # synonymous role and age epithets
    pytest.param(_REPORTER_EPITHETS, "The reporter", "Sofia Lindqvist", id="synonymous_role"),
    pytest.param(_REPORTER_EPITHETS, "The 34-year-old", "Sofia Lindqvist", id="age_epithet"),
    # a speaker-only sentence does not take the next pronoun
    pytest.param(_SPEAKER_ONLY_SENTENCE, "He", "Haddad", id="speaker_only_sentence"),
    # a pronoun after a spokesperson is the person discussed
    pytest.param(_SPOKESPERSON, "she", "Hart", id="spokesperson_own_she"),
    pytest.param(_SPOKESPERSON, "he", "Haddu", id="spokesperson_he_is_the_person_discussed"),
    # a rank as an epithet
    pytest.param(
        "Former army chief Gen. Osei Danquah is alive, his family said.\n\n"
        "Rumours of the general's death spread on Tuesday.",
        "the general",
        "Danquah",
        id="rank_as_epithet",
    ),
]

RESOLUTION_NOT_MENTIONED = [
    pytest.param(_MINISTER_SPEAKS, "she", "Haddu", id="speaking_pronoun_takes_the_last_speaker"),
    pytest.param(_PROXY_SPEAKS, "he", "Delorme", id="proxys_pronoun_is_the_person_spoken_for"),
    pytest.param(_SPEAKER_ONLY_SENTENCE, "He", "Farouk", id="speaker_only_sentence"),
    pytest.param(_SPOKESPERSON, "he", "Solberg", id="spokesperson_he_is_the_person_discussed"),
]


@pytest.mark.parametrize(("text", "mention", "name"), MENTIONED + RESOLUTION_MENTIONED)
def test_mention_is_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention in entities_of(text).mentions(name)


@pytest.mark.parametrize(("text", "mention", "name"), NOT_MENTIONED + RESOLUTION_NOT_MENTIONED)
def test_mention_is_not_of(entities_of, text: str, mention: str, name: str) -> None:
    assert mention not in entities_of(text).mentions(name)


# Kinds: (text, exact entity name, kind) ------------------------------------------------

KINDS = [
    # "opposition" modifies a body's name
    pytest.param(_OPPOSITION_LEADER, "Democratic Alliance", "org", id="opposition_party"),
    pytest.param(
        "The warlord controlled the Somali port of Kismayo for a decade.",
        "Kismayo",
        "gpe",
        id="port_of_x",
    ),
    # a name in apposition to "one of them" is a person
    pytest.param(
        "Two co-defendants were acquitted. One of them, Ngum Fomba, a former nurse, walked out "
        "of prison on Monday.",
        "Ngum Fomba",
        "person",
        id="one_of_them_apposition",
    ),
    # "the terrorist X" is a person
    pytest.param(_marked(_TERRORISTS)[0], "Rachid Benamar", "person", id="the_terrorist_x"),
    # a hometown after an age is a place
    pytest.param(
        "A second walker, Emma Doyle, 34, from Glasgow, who was reported missing on Saturday, "
        "was found safe.",
        "Glasgow",
        "gpe",
        id="hometown_after_age",
    ),
    pytest.param(_KIN_NAMED_AFTER, "Adaeze", "person", id="given_name_after_kin_noun"),
    # a club in apposition is an organisation, the city a place
    pytest.param(_CLUB_APPOSITION, "Tomasz Wrona", "person", id="club_apposition_person"),
    pytest.param(_CLUB_APPOSITION, "Vistula Krakow", "org", id="club_apposition_club"),
    pytest.param(_CLUB_APPOSITION, "Krakow", "gpe", id="club_apposition_city"),
    # a one-word name after "in" stays a person when it is a surname
    pytest.param(
        "Police arrested Maria Lopez on Monday. Investigators said they trusted in Lopez.",
        "Maria Lopez",
        "person",
        id="one_word_name_after_in",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS)
def test_kind(entities_of, text: str, name: str, kind: str) -> None:
    assert entities_of(text).kind(name) == kind


NAMED = [
    # an untagged given name before a lone surname joins the name
    pytest.param(
        "An article on April 9 about the trial of former militia leaders in Bunia said that "
        "Didier Kasongo died in custody in 2021.",
        "Didier Kasongo",
        id="untagged_given_name_joins_the_surname",
    ),
    # upper-case words before a dash inside a name stay when there is no dateline
    pytest.param("Jean-Paul Mbeki was wounded on Sunday.", "Jean-Paul Mbeki", id="hyphenated"),
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_named(entities_of, text: str, name: str) -> None:
    assert name in entities_of(text).names()


# Pronouns: (text with the pronoun in brackets, whose it is, whose it is not) -------------

PRONOUNS = [
    # a pronoun after a name in its own transcript turn takes that name
    pytest.param(
        "Transcript: City Radio, Monday\n\n"
        "HOST: Police say the missing pastor, Daniel Oyelaran, was taken on Friday.\n\n"
        "BALOGUN: An officer, Yusuf Adamu, said [he] was leading the search.",
        "Adamu",
        None,
        id="pronoun_after_a_name_in_its_own_turn",
    ),
    # "the terrorist X": his death is his, not the other terrorist's
    pytest.param(
        _TERRORISTS,
        "Rachid Benamar",
        "Omar Selmi",
        id="the_terrorist_x_his_death",
    ),
    # "his" in the apposition is not the passenger's
    pytest.param(
        _PASSENGER,
        "Franco Zanetti",
        None,
        id="his_in_a_relatives_apposition",
    ),
    # "he" in a where-clause under the sayer's own "he" is someone else
    pytest.param(
        "The ousted president, Mahamadou Tall, is being held at a camp. Colonel Idrissa Sow "
        "said Tall was in good health, but he did not say where [he] was.",
        "Mahamadou Tall",
        "Idrissa Sow",
        id="he_in_where_clause_under_the_sayers_he",
    ),
    # "He said he was tired": the second "he" stays the speaker
    pytest.param(
        "Colonel Idrissa Sow met the envoy on Monday. He said [he] was tired.",
        "Idrissa Sow",
        None,
        id="he_said_he_was_tired",
    ),
    # an object pronoun is never its own verb's subject
    pytest.param(
        "Colonel Amadou Diallo was sworn in on Tuesday. In 2021 President Joseph Camara "
        "appointed [him] head of the special forces.",
        "Amadou Diallo",
        "Joseph Camara",
        id="object_pronoun_not_its_verbs_subject",
    ),
    # a speaker of known gender does not take the "he" of whom he spoke
    pytest.param(
        "The group's spokesman, Ali Warsame, said on Thursday that Diriye died in early June. "
        "[He] had not been seen in public since 2021.",
        "Diriye",
        "Ali Warsame",
        id="speaker_does_not_take_the_he_spoken_of",
    ),
]


@pytest.mark.parametrize(("text", "of", "not_of"), PRONOUNS)
def test_pronoun(entities_of, text: str, of: str, not_of: str | None) -> None:
    text, start = _marked(text)
    ents = entities_of(text)
    assert start in ents.starts(of)
    if not_of is not None:
        assert start not in ents.starts(not_of)


# Rules with their own assertions --------------------------------------------------------


def test_one_of_them_needs_people_for_its_apposition(nlp) -> None:
    from dateline.nlp.entities_spans import _one_of_people

    ships = nlp("Two ships were seized. One of them, Blue Harbour, a cargo vessel, was released.")
    people = nlp("Two men were freed. One of them, Ngum Fomba, a former nurse, was released.")
    hostages = nlp("One of the hostages, Ngum Fomba, was released.")
    assert not _one_of_people(next(t for t in ships if t.text == "One"))
    assert _one_of_people(next(t for t in people if t.text == "One"))
    assert _one_of_people(next(t for t in hostages if t.text == "One"))


def test_match_key_drops_a_quoted_nickname() -> None:
    from dateline.nlp.entities_lexicon import match_key

    assert match_key('Rogelio "El Sombra" Beltran') == match_key("Rogelio Beltran")
    assert match_key("Rogelio Beltran") != match_key("Isidro Beltran")


def test_town_after_from_on_a_persons_apposition_is_a_place(entities_of) -> None:
    text = "Fingerprints showed he was Hector Ruiz, a 44-year-old mechanic from Navolato, who was released."
    assert entities_of(text).kind("Navolato") != "person"


def test_dateline_before_a_titled_name_is_not_part_of_it_and_regnal_name_short_form(
    entities_of,
) -> None:
    text = (
        "DAMASCUS - Patriarch Athanasios II, who led the Orthodox community of Homs for 30 years, "
        "died on Friday at a hospital, the church said.\n\n"
        "The synod chose Bishop Karim Nassar as locum tenens.\n\n"
        "Athanasios had not appeared in public since Easter."
    )
    ents = entities_of(text)
    assert not any("DAMASCUS" in e.name for e in ents if e.kind == "person")
    assert "Athanasios" in ents.mentions("Athanasios II")


# People: (text, name of a person entity) ----------------------------------------------

PEOPLE = [
    # a name beside a person noun is a person
    pytest.param(
        "Janssen's colleague, Femi Adeyemi, spent four months in captivity.",
        "Femi Adeyemi",
        id="name_beside_a_person_noun",
    ),
    # a name after a role noun, despite the model's label
    pytest.param(
        "A court in Halmar sentenced blogger Yusuf Darwish to five years in prison.",
        "Yusuf Darwish",
        id="name_after_a_role_noun",
    ),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_is_a_person(entities_of, text: str, name: str) -> None:
    assert any(e.kind == "person" and e.name == name for e in entities_of(text))
