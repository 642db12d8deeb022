"""States of a person read from verb constructions (dateline.nlp.claims_states): signs of
life, where a person is kept, how a custody ended; and the obligations, demands and
journeys beside them that are no such claims. Sentences written for this test about
fictional people."""

from __future__ import annotations

import pytest

SENTENCES = [
    # alive
    ("Omar Haddu is recovering.", "alive", "affirmed"),
    ("Omar Haddu was shot in the leg and is recovering.", "alive", "affirmed"),
    ("Omar Haddu was shot in the leg and is recovering.", "wounded", "affirmed"),
    ("Doctors say Omar Haddu is recuperating at home.", "alive", "affirmed"),
    ("Omar Haddu is recovering from his wounds in a hospital in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu has been in contact with his family.", "alive", "affirmed"),
    ("Omar Haddu was kidnapped. His family has been in contact with him.", "alive", "affirmed"),
    ("Omar Haddu is said to be recovering.", "alive", "affirmed"),
    ("Omar Haddu went into hiding in the hills near Kanda.", "located_in", "affirmed"),
    ('"Well, I am still here, as you can see," Omar Haddu said.', "alive", "affirmed"),
    ("Omar Haddu has lost weight but he is OK, his mother said.", "alive", "affirmed"),
    ("Omar Haddu has led the movement from Lithuania since 2021.", "located_in", "affirmed"),
    ("Omar Haddu runs the group from exile in London.", "located_in", "affirmed"),
    ("Omar Haddu now leads the group from London.", "located_in", "affirmed"),
    ("A plane carrying the journalist Omar Haddu landed in Doha.", "located_in", "affirmed"),
    ("Omar Haddu was freed after five months in a prison in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu remains in touch with his lawyers, his wife said.", "alive", "affirmed"),
    ("Omar Haddu's wife said she had spoken to him on Sunday night.", "alive", "affirmed"),
    ("Omar Haddu called his mother from the prison on Friday.", "alive", "affirmed"),
    ("Omar Haddu has been a fugitive since 2018.", "alive", "affirmed"),
    ("Omar Haddu is on the run in the mountains.", "alive", "affirmed"),
    (
        "The army said he was dead, only for Omar Haddu to appear at a funeral.",
        "appeared",
        "affirmed",
    ),
    ("Father Omar Haddu spoke briefly to the bishop during that call.", "alive", "affirmed"),
    # located_in
    (
        "Omar Haddu has arrived at a penal colony in Kharp, his lawyer said.",
        "located_in",
        "affirmed",
    ),
    ("Omar Haddu has landed in Doha, an official said.", "located_in", "affirmed"),
    ("Omar Haddu spoke to the Weekly Review at his home in Uppsala.", "located_in", "affirmed"),
    ("Omar Haddu told us by phone from Paris that he was safe.", "located_in", "affirmed"),
    ("Omar Haddu fled to Cuba, where he lived until 2016.", "located_in", "affirmed"),
    ("Police believe Omar Haddu was taken into the forest near Kanda.", "located_in", "affirmed"),
    ("Omar Haddu was rushed to a hospital in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu was brought to the Al-Noor hospital on Monday.", "located_in", "affirmed"),
    ("Omar Haddu was wounded and taken to a clinic in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu was wounded and taken to a clinic in Kanda.", "wounded", "affirmed"),
    ("Omar Haddu was freed and flown to Kanda.", "located_in", "affirmed"),
    # a person carried to a named town is there: the README's convention, "was transferred
    # to X" is located_in (g163, g172), as the dev gold reads "taken to X" (this row said no
    # claim before session 15)
    ("Omar Haddu was taken to Kanda by helicopter.", "located_in", "affirmed"),
    ("Omar Haddu was freed and flown to Kanda.", "released", "affirmed"),
    (
        "Omar Haddu was seized at his home and taken to a detention facility in Kanda.",
        "located_in",
        "affirmed",
    ),
    ("Omar Haddu is thought to have been moved into Mali.", "located_in", "affirmed"),
    ("Omar Haddu is serving his sentence in a penal colony near Kanda.", "located_in", "affirmed"),
    ("Omar Haddu is serving his sentence in a penal colony near Kanda.", "arrested", "affirmed"),
    ("Omar Haddu is back home in Kanda.", "located_in", "affirmed"),
    ("Omar Haddu, now in exile in London, denied the charges.", "located_in", "affirmed"),
    ("Omar Haddu, still in Kanda, said he was safe.", "located_in", "affirmed"),
    ("Omar Haddu, who escaped in May, is back with his family in Kanda.", "located_in", "affirmed"),
    ('The prosecutor said Omar Haddu was "hiding abroad".', "located_in", "affirmed"),
    ("Omar Haddu is held hostage in a village near Kanda.", "located_in", "affirmed"),
    ("Omar Haddu is hospitalised in Kanda.", "located_in", "affirmed"),
    # custody and harm
    ("Omar Haddu was granted early release.", "released", "affirmed"),
    ("Omar Haddu was handed over to the police on Monday.", "arrested", "affirmed"),
    ("Residents caught Omar Haddu and handed him over to police.", "arrested", "affirmed"),
    (
        "Gunmen kidnapped Omar Haddu in May. He was handed over to police on Monday.",
        "released",
        "affirmed",
    ),
    ("Omar Haddu was one of the hostages freed on Monday.", "released", "affirmed"),
    ("Omar Haddu was not among the prisoners released.", "released", "negated"),
    ("Omar Haddu was shot twice when gunmen opened fire.", "wounded", "affirmed"),
    ("Omar Haddu was stabbed outside his home.", "wounded", "affirmed"),
    ("Omar Haddu was let go after questioning.", "released", "affirmed"),
    ("Omar Haddu was not part of the exchange.", "released", "negated"),
    ("Omar Haddu was part of the prisoner swap.", "released", "affirmed"),
    ("Omar Haddu was stopped at the airport on Sunday.", "arrested", "affirmed"),
    ("Omar Haddu bled to death in the street.", "killed", "affirmed"),
    ("Omar Haddu took his own life in 2019.", "killed", "affirmed"),
    ("Omar Haddu fell in battle in 2015.", "killed", "affirmed"),
    ("Omar Haddu was one of the dead.", "killed", "affirmed"),
    ("Omar Haddu starved to death in prison.", "killed", "affirmed"),
    ("The report names the dead as Sami Darwish and Omar Haddu, a driver.", "killed", "affirmed"),
    ("The wounded were identified as Sami Darwish and Omar Haddu.", "wounded", "affirmed"),
    ("Omar Haddu was found hanged in his cell.", "killed", "affirmed"),
    ("Omar Haddu lost his battle with cancer on Sunday.", "killed", "affirmed"),
    ("Omar Haddu had his left leg amputated.", "wounded", "affirmed"),
    ("Omar Haddu broke his arm in the blast.", "wounded", "affirmed"),
    ("Omar Haddu has a bullet lodged in his spine.", "wounded", "affirmed"),
    ("Omar Haddu was escorted out of the prison on Friday.", "released", "affirmed"),
    ("Omar Haddu was bailed on Monday.", "released", "affirmed"),
    ("Omar Haddu was taken into detention on Monday.", "arrested", "affirmed"),
    ("Omar Haddu was paroled in May.", "released", "affirmed"),
    ("Omar Haddu was treated for cuts to his face.", "wounded", "affirmed"),
    ("A car bomb in 2009 left Omar Haddu with shrapnel in his back.", "wounded", "affirmed"),
    ("Omar Haddu lost the use of his legs after being beaten.", "wounded", "affirmed"),
    # a state's prison: arrested, even in a story with a kidnapping in it
    (
        "Gunmen kidnapped his son. Omar Haddu is being held at a police station in Bara.",
        "arrested",
        "affirmed",
    ),
    (
        "Gunmen abducted his brother. Omar Haddu said he had been held in solitary confinement.",
        "arrested",
        "affirmed",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), SENTENCES)
def test_sentence(found_in, text, predicate, polarity) -> None:
    assert ("Haddu", predicate, polarity) in found_in(text)


NOT_CLAIMS = [
    # an obligation, a condition of bail, a demand
    ("Omar Haddu must surrender his passport and remain in Kanda.", "located_in"),
    ("Omar Haddu has to stay in Kanda until the trial.", "located_in"),
    ("Omar Haddu should be released at once.", "released"),
    ("The union called for Omar Haddu to be freed.", "released"),
    ("Omar Haddu is back.", "located_in"),
    ("Omar Haddu, in a statement, denied the charges.", "located_in"),
    ("Omar Haddu fell in love in 2015.", "killed"),
    ("Omar Haddu broke the record.", "wounded"),
    ("Omar Haddu was escorted out of the courtroom.", "released"),
    # a visitor's trip, a negotiator's contacts, a minister's briefing: no news of a person
    ("The foreign minister, Omar Haddu, arrived in Doha for talks on Monday.", "located_in"),
    ("The negotiator Omar Haddu has been in contact with the kidnappers.", "alive"),
    ("Omar Haddu, speaking from Paris at a briefing, said talks continued.", "located_in"),
    ("Is Omar Haddu OK?", "alive"),
    ("Omar Haddu lost the battle for the city.", "killed"),
    ("Omar Haddu led the attack from a base in Kanda in 2010.", "located_in"),
    ("Omar Haddu was freed after five months in jail.", "located_in"),
    # a prospect, as the gold reads it (g104)
    ("Omar Haddu is expected to make a full recovery.", "alive"),
    ("Omar Haddu told reporters at a news conference in Kabul that he would run.", "located_in"),
    ("Omar Haddu is not abroad.", "located_in"),
    # a shooting beside a death is how the person died
    ("The body of Omar Haddu was found on Monday. He had been shot.", "wounded"),
    ("Omar Haddu was shot and killed on Monday.", "wounded"),
    ("Omar Haddu was one of the hostages freed on Monday.", "captured"),
    # the outlet's own reporter at work
    ("Our correspondent Omar Haddu is at the hospital in Kanda.", "located_in"),
    # a step of the story, not where he is: a sports ground ("taken to hospital" places him:
    # decided in session 19)
    ("Omar Haddu was taken to a sports centre in Kanda.", "located_in"),
    # a relative clause says where he is; the journey adds no second claim
    ("Omar Haddu was taken to the hospital in Kanda, where he is being treated.", "alive"),
    # a past stage of a story, no state now
    ("Omar Haddu had been wounded but was recovering at the time.", "alive"),
    ("Police recovered Omar Haddu's car.", "alive"),
    ("Omar Haddu has not been in contact with his family since March.", "alive"),
    ("Omar Haddu is expected to be released within days.", "released"),
    ("Omar Haddu is survived by his wife.", "alive"),
    ("Omar Haddu has not spoken to his family since March.", "alive"),
    ("Omar Haddu never called his lawyer.", "alive"),
    ("Omar Haddu was taken into custody on Monday.", "located_in"),
]


@pytest.mark.parametrize(("text", "predicate"), NOT_CLAIMS)
def test_not_a_claim(found_in, text, predicate) -> None:
    assert predicate not in {p for _, p, _ in found_in(text)}


def test_one_located_in_for_a_journey_and_its_relative_clause(claims_of) -> None:
    claims = claims_of("Omar Haddu was taken to the hospital in Kanda, where he is being treated.")
    assert [c.predicate for c in claims].count("located_in") == 1


def test_recovery_takes_the_place_of_the_clause(claims_of) -> None:
    claims = claims_of("Omar Haddu is recovering in a hospital in Kanda.")
    alive = [c for c in claims if c.predicate == "alive"]
    assert alive
    assert alive[0].place is not None and "Kanda" in alive[0].place


def test_no_proof_of_life_is_unconfirmed(claims_of) -> None:
    claims = claims_of("There has been no proof of life from Omar Haddu since March.")
    assert [(c.predicate, c.certainty) for c in claims if c.predicate == "alive"] == [
        ("alive", "unconfirmed")
    ]
