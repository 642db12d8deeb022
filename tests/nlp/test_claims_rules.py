"""Claim rules as (sentence, expected) tables: one table per construction of news prose.

Every sentence is written for these tests. ``expected`` lists (subject surname, predicate,
polarity) that must be found; attribute tables check claimant, certainty and event time.
"""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

PUBLISHED = date(2021, 6, 10)  # a Thursday


def claims_of(nlp, text: str, *, outlet: str | None = None):
    document = Document.from_text(text, published=PUBLISHED)
    doc = make_doc(nlp, document)
    doc._.outlet = outlet
    return run_pipeline(nlp, doc)._.claims


def triples(claims):
    return {(c.subject.split()[-1], c.predicate, c.polarity) for c in claims}


PREDICATES = [
    # killed: passive, active object, intransitive, adjective, noun, body found
    ("Rebel leader Omar Haddu was killed in an airstrike near Kidal on Monday.", ("Haddu", "killed", "affirmed")),
    ("Soldiers killed the militant commander Ali Darwish in a raid.", ("Darwish", "killed", "affirmed")),
    ("Businessman Petr Novak died in hospital on Tuesday.", ("Novak", "killed", "affirmed")),
    ("Police said the missing hiker Anna Berg was dead.", ("Berg", "killed", "affirmed")),
    ("The army confirmed the death of commander Yusuf Garad.", ("Garad", "killed", "affirmed")),
    ("Divers recovered the body of journalist Tom Reeve from the river.", ("Reeve", "killed", "affirmed")),
    ("Officials said militant leader Abu Salim blew himself up during the raid.", ("Salim", "killed", "affirmed")),
    ("The government declared rebel chief Mario Lenz dead in 2019.", ("Lenz", "killed", "affirmed")),
    ("Opposition figure Karl Weiss was reported killed in the fighting.", ("Weiss", "killed", "affirmed")),
    ("Journalist Amal Idris was among those killed in the blast.", ("Idris", "killed", "affirmed")),
    ("Police say businessman Victor Lane was shot dead outside his home.", ("Lane", "killed", "affirmed")),
    ("Commander Sayed Ali, whose death was announced in 2020, spoke on Monday.", ("Ali", "killed", "affirmed")),
    # wounded
    ("Militia chief Samir Aziz was wounded in a drone strike last week.", ("Aziz", "wounded", "affirmed")),
    ("Officials said Governor Ruth Ola was injured when her convoy was attacked.", ("Ola", "wounded", "affirmed")),
    # alive
    ("Commander Idris Bako is alive, his spokesman said.", ("Bako", "alive", "affirmed")),
    ("The fugitive banker Leo Marsh remains at large.", ("Marsh", "alive", "affirmed")),
    ("Aid worker Jane Cole survived the attack on the convoy.", ("Cole", "alive", "affirmed")),
    ("Activist Nora Vance is in good health, her lawyer said.", ("Vance", "alive", "affirmed")),
    # captured / arrested / released
    ("Gunmen kidnapped engineer Paul Dorn near Gao on Saturday.", ("Dorn", "captured", "affirmed")),
    ("Reporter Lina Haas was abducted at a checkpoint.", ("Haas", "captured", "affirmed")),
    ("Police arrested blogger Omar Tariq at his home in Giza.", ("Tariq", "arrested", "affirmed")),
    ("Activist Sara Lund was detained during a protest on June 2.", ("Lund", "arrested", "affirmed")),
    ("Politician Ivan Petrov has been in custody since March.", ("Petrov", "arrested", "affirmed")),
    ("Journalist Mark Udo is being held in Evin prison.", ("Udo", "arrested", "affirmed")),
    ("Hostage Eva Stern was freed by French troops on Sunday.", ("Stern", "released", "affirmed")),
    ("Authorities released lawyer Hana Kim on bail.", ("Kim", "released", "affirmed")),
    ("Ex-president Carlos Mena was arrested in Lima and later released on bail.", ("Mena", "released", "affirmed")),
    ("Journalist Mark Udo was taken into custody at the airport.", ("Udo", "arrested", "affirmed")),
    ("Hostage Eva Stern is being held in a village near the border.", ("Stern", "located_in", "affirmed")),
    # messages, appearances, location
    ("Militant leader Abu Salim appeared in a video released on Tuesday.", ("Salim", "appeared", "affirmed")),
    ("Cleric Yahya Ansar was last seen in Aleppo in May.", ("Ansar", "appeared", "affirmed")),
    ("The kidnappers released a video of hostage Peter Moss on Friday.", ("Moss", "appeared", "affirmed")),
    ("Insurgent leader Hakim Said is thought to be hiding in the mountains.", ("Said", "located_in", "affirmed")),
    ("The group released a new audio message from its founder Karim Jabal.", ("Jabal", "message_released", "affirmed")),
    ("Officials believe warlord Simon Deng is hiding in the hills near Bor.", ("Deng", "located_in", "affirmed")),
    # leadership, resignation, other
    ("Deputy commander Hassan Rafi took over as leader of the group.", ("Rafi", "leadership_change", "affirmed")),
    ("Army chief Carlos Mendes resigned on Friday.", ("Mendes", "resigned", "affirmed")),
    ("Party chairman Viktor Holm stepped down after the vote.", ("Holm", "resigned", "affirmed")),
    ("General Ahmed Salah took over command of the army last year.", ("Salah", "leadership_change", "affirmed")),
    ("Rising Dawn has named Hassan Rafi as its new leader.", ("Rafi", "leadership_change", "affirmed")),
    ("Hassan Rafi was named as the group's new leader.", ("Rafi", "leadership_change", "affirmed")),
    ("Zubair Khan became the group's leader in May.", ("Khan", "leadership_change", "affirmed")),
    ("A court sentenced dissident Lara Moss to six years in prison.", ("Moss", "other:sentence", "affirmed")),
    ("Reporter Dan Ochoa has gone missing in Sonora.", ("Ochoa", "other:missing", "affirmed")),
    ("Drug lord Felix Ramos escaped from prison in 2015.", ("Ramos", "other:escape", "affirmed")),
    ("Activist Karim Nasser left prison on Tuesday.", ("Nasser", "other:leave", "affirmed")),
    ("The rebels said they had freed two hostages, including teacher Mark Ellis.", ("Ellis", "released", "affirmed")),
    ("Witnesses said they saw rebel leader Thomas Kuol at the funeral.", ("Kuol", "appeared", "affirmed")),
    ("Nobody has seen journalist Lena Park since May.", ("Park", "appeared", "negated")),
]


@pytest.mark.parametrize(("text", "expected"), PREDICATES)
def test_predicates(nlp, text, expected):
    assert expected in triples(claims_of(nlp, text))


NOT_CLAIMS = [
    # purposes, demands, futures, copular "appear", messages released
    ("The campaign called for the release of activist Nora Vance.", ("Vance", "released")),
    ("He travelled to the capital to free his brother Tomas Berg.", ("Berg", "released")),
    ("Officials said commander Idris Bako would soon appear in a video.", ("Bako", "appeared")),
    ("His family said Omar Tariq appeared exhausted after the hearing.", ("Tariq", "appeared")),
    ("The group released a video of leader Karim Jabal on Monday.", ("Jabal", "released")),
    ("Prosecutors will charge businessman Petr Novak next week.", ("Novak", "other:charge")),
    ("The suspect, Ali Hamdan, was handed over to police on Sunday.", ("Hamdan", "leadership_change")),
    ("A court sentenced blogger Omar Tariq to six years in prison.", ("Tariq", "arrested")),
    ("The video shows lawyer Hana Kim asking officials to help free her brother.", ("Kim", "released")),
    ("Police say businessman Victor Lane was shot dead.", ("Lane", "other:shoot")),
]


@pytest.mark.parametrize(("text", "absent"), NOT_CLAIMS)
def test_not_claims(nlp, text, absent):
    assert absent not in {(s, p) for s, p, _ in triples(claims_of(nlp, text))}


POLARITY = [
    ("Police said activist Sara Lund was not injured.", ("Lund", "wounded", "negated", "asserted")),
    ("The hostage, Eva Stern, was unharmed, officials said.", ("Stern", "wounded", "negated", "reported")),
    ("The group denied that commander Yusuf Garad had been killed.", ("Garad", "killed", "negated", "denied")),
    ("No official has claimed that Idris Bako is dead.", ("Bako", "killed", "negated", "denied")),
    ("The ministry dismissed reports that activist Ivan Petrov had been arrested.", ("Petrov", "arrested", "negated", "denied")),
    ("The army could not confirm that Ali Darwish was killed.", ("Darwish", "killed", "affirmed", "unconfirmed")),
    ("Officials are investigating whether Samir Aziz died in the raid.", ("Aziz", "killed", "affirmed", "unconfirmed")),
    ("Warlord Simon Deng may have been killed in the strike.", ("Deng", "killed", "affirmed", "hedged")),
    ("It is believed that Mario Lenz was wounded.", ("Lenz", "wounded", "affirmed", "hedged")),
    ("The rebels claimed they had captured pilot John Reyes.", ("Reyes", "captured", "affirmed", "reported")),
    ("Rebel leader Omar Haddu was killed, according to local officials.", ("Haddu", "killed", "affirmed", "reported")),
    ("Two officials said banker Leo Marsh was arrested.", ("Marsh", "arrested", "affirmed", "reported")),
    ("Interior Minister Ana Ruiz said Paul Dorn was released.", ("Dorn", "released", "affirmed", "asserted")),
    ("The family said they still hoped pilot Kevin Moore was alive.", ("Moore", "alive", "affirmed", "hedged")),
    ("Officials said they had no evidence of Omar Haddu's death.", ("Haddu", "killed", "affirmed", "unconfirmed")),
    ('"We have no reason to believe Omar Haddu is dead," the spokesman said.', ("Haddu", "killed", "negated", "denied")),
    ("The group has not confirmed the death of its founder Omar Haddu.", ("Haddu", "killed", "affirmed", "unconfirmed")),
    ("We can confirm that commander Abu Talha is dead, the army said.", ("Talha", "killed", "affirmed", "asserted")),
    ("Reports that leader Anton Bely had been killed were false, the rebels said.", ("Bely", "killed", "negated", "denied")),
    ("The ministry said it had no knowledge of the arrest of blogger Yusuf Kaya.", ("Kaya", "arrested", "affirmed", "unconfirmed")),
]


@pytest.mark.parametrize(("text", "expected"), POLARITY)
def test_polarity_and_certainty(nlp, text, expected):
    found = {(c.subject.split()[-1], c.predicate, c.polarity, c.certainty) for c in claims_of(nlp, text)}
    assert expected in found


def test_anaphoric_denial(nlp):
    text = (
        "The army said rebel commander Peter Lam was killed on Monday.\n\n"
        "The rebel movement denied the report."
    )
    claims = claims_of(nlp, text)
    denial = [c for c in claims if c.polarity == "negated"]
    assert denial and denial[0].predicate == "killed" and denial[0].certainty == "denied"
    assert "movement" in denial[0].claimant


CLAIMANTS = [
    ("Militia chief Samir Aziz was wounded, the army said.", "the army"),
    ("Army spokesman Col. Philip Ade said Samir Aziz was wounded.", "Philip Ade"),
    ("A spokesman, Asad Rana, said commander Tariq Khan was alive.", "Asad Rana"),
    ("Several US officials said commander Tariq Khan was wounded.", "Several US officials"),
    ('"Tariq Khan is alive," said Brig. Gen. Saad Omar.', "Saad Omar"),
    ("Tariq Khan was arrested in Lahore on Monday, his lawyer said.", "his lawyer"),
    ("The death of commander Samir Aziz was confirmed by the army.", "the army"),
    ("Tariq Khan was freed on Monday, according to his lawyer.", "his lawyer"),
    ("Rebels say commander Samir Aziz is alive despite reports of his death.", "Rebels"),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMANTS)
def test_claimants(nlp, text, claimant):
    claims = [c for c in claims_of(nlp, text) if c.subject.split()[-1] in {"Aziz", "Khan"}]
    assert claims and claims[0].claimant == claimant


def test_narration_claimant_is_the_outlet(nlp):
    claims = claims_of(nlp, "Police arrested blogger Omar Tariq on Monday.", outlet="Nile Monitor")
    assert claims[0].claimant == "Nile Monitor" and claims[0].certainty == "asserted"


def test_dateline_names_the_outlet(nlp):
    claims = claims_of(nlp, "CAIRO (Nile Monitor) — Police arrested blogger Omar Tariq on Monday.")
    assert claims[0].claimant == "Nile Monitor"


EVENT_TIMES = [
    ("Rebel leader Omar Haddu was killed on Monday.", "2021-06-07"),
    ("Aid worker Jane Cole was kidnapped in May 2019.", "2019-05"),
    ("Militia chief Samir Aziz was wounded in an airstrike on March 3, 2020.", "2020-03-03"),
    ("Commander Idris Bako is alive, his spokesman said.", "2021-06-10"),
    ("In March, officials said Samir Aziz had been wounded.", None),
    ("The video emerged after Petr Novak was arrested in 2018 and freed in 2020.", "2018"),
]


@pytest.mark.parametrize(("text", "value"), EVENT_TIMES)
def test_event_time(nlp, text, value):
    claims = claims_of(nlp, text)
    assert claims and claims[0].event_time == value


def test_time_of_first_conjunct_carries_over(nlp):
    text = "Officials said Samir Aziz was wounded in May 2017 and had to relinquish command of his militia."
    change = [c for c in claims_of(nlp, text) if c.predicate == "leadership_change"]
    assert change and change[0].event_time == "2017-05"


def test_place(nlp):
    (claim,) = claims_of(nlp, "Rebel leader Omar Haddu was killed on the outskirts of Kidal.")
    assert claim.place == "on the outskirts of Kidal"


def test_proof_of_life_from_a_message(nlp):
    text = (
        "The group released an audio message from its leader Karim Jabal on Tuesday.\n\n"
        "In the recording, the speaker refers to the election held in Iraq on May 12."
    )
    bounds = [c for c in claims_of(nlp, text) if c.predicate == "alive" and c.basis]
    assert bounds and bounds[0].event_earliest == date(2021, 5, 12)
    assert bounds[0].event_latest == PUBLISHED and bounds[0].certainty == "reported"
    assert bounds[0].basis.startswith("message mentions the election")


def test_contested_reports_keep_their_own_claimant(nlp):
    claims = claims_of(nlp, "Rebels say commander Adam Doko is alive despite reports of his death.")
    killed = [c for c in claims if c.predicate == "killed"]
    assert killed and killed[0].claimant == "reports" and killed[0].claimant_anonymous


def test_month_without_year_does_not_postdate_the_report(nlp):
    claims = claims_of(nlp, "Reporter Lena Park was kidnapped in July.")
    assert claims and claims[0].event_time == "2020-07"


def test_anonymous_description_keeps_its_modifiers(nlp):
    claims = claims_of(nlp, "The Saudi-led coalition said pilot Fahd Otaibi had been captured.")
    assert claims and claims[0].claimant == "The Saudi-led coalition"


def test_negated_verb_beside_a_since_clause_is_no_denial(nlp):
    text = "The family said they had not heard from blogger Ana Moreno since she was detained on May 3."
    arrested = [c for c in claims_of(nlp, text) if c.predicate == "arrested"]
    assert arrested and arrested[0].polarity == "affirmed"


def test_the_claim_was_false(nlp):
    text = (
        "The group said hostage Daniel Hart had died on January 2.\n\n"
        "A security official said the claim was probably false."
    )
    negated = [c for c in claims_of(nlp, text) if c.polarity == "negated"]
    assert negated and negated[0].predicate == "killed" and negated[0].certainty == "hedged"


# A wire dateline ("CITY, Date (Outlet) -") is never a speaker or a subject.
DATELINE_CLAIMANTS = [
    ("KANDA, Dec. 3 (Tigris Wire) - The Northern Brigade said it had captured pilot John Reyes.", "Reyes", "captured", "Northern Brigade"),
    ("KANDA, June 3 (Tigris Wire) - Rebel leader Omar Haddu was killed in an airstrike, the army said.", "Haddu", "killed", "the army"),
    ("KANDA, June 3 (Tigris Wire) - Police arrested blogger Omar Tariq on Monday.", "Tariq", "arrested", "Tigris Wire"),
    ("KANDA (Tigris Wire) - The Northern Brigade released a recording that it said was a speech by its leader "
     "Omar Haddu, whom officials had declared dead in May.", "Haddu", "message_released", "Northern Brigade"),
    # "declared him dead": the subject of the trigger's own reporting verb makes the claim.
    ("KANDA (Tigris Wire) - The Northern Brigade released a recording that it said was a speech by its leader "
     "Omar Haddu, whom officials had declared dead in May.", "Haddu", "killed", "officials"),
]


@pytest.mark.parametrize(("text", "surname", "predicate", "claimant"), DATELINE_CLAIMANTS)
def test_dateline_is_no_claimant(nlp, text, surname, predicate, claimant):
    claims = claims_of(nlp, text)
    assert all(c.claimant != "KANDA" and c.subject != "KANDA" for c in claims)
    found = {c.claimant for c in claims if c.subject.split()[-1] == surname and c.predicate == predicate}
    assert found == {claimant}


def test_find_dateline_spans_place_date_and_outlet():
    from dateline.nlp.attribution_quotes import find_dateline

    text = "Headline\n\nKANDA, Dec. 3 (Tigris Wire) - The army said."
    dateline = find_dateline(text)
    assert dateline is not None and dateline.outlet == "Tigris Wire"
    assert text[dateline.start : dateline.end].startswith("KANDA") and text[dateline.end :].startswith("The army")
    assert find_dateline("The army (the ministry said) - no.") is None


# "not in a position to confirm / unable to verify that P": P is left open, neither asserted nor denied.
UNABLE_TO_CONFIRM = [
    ('"We are not in a position to confirm that Omar Haddu is dead," the spokeswoman said.', "unconfirmed"),
    ("The army said it was not in a position to confirm that Omar Haddu was killed.", "unconfirmed"),
    ("The army was unable to confirm that Omar Haddu was killed.", "unconfirmed"),
    ("The army said it had no way to verify that Omar Haddu was killed.", "unconfirmed"),
    ("The army failed to confirm that Omar Haddu was killed.", "unconfirmed"),
    ("The army said it was able to confirm that Omar Haddu was killed.", "asserted"),
    ("The army did not hesitate to confirm that Omar Haddu was killed.", "asserted"),
]


@pytest.mark.parametrize(("text", "certainty"), UNABLE_TO_CONFIRM)
def test_unable_to_confirm(nlp, text, certainty):
    found = {(c.polarity, c.certainty) for c in claims_of(nlp, text) if c.predicate == "killed"}
    assert found == {("affirmed", certainty)}


def test_pronoun_object_is_the_person_named_in_the_last_sentence(nlp):
    text = (
        "Officials said rebel leader Omar Haddu survived. The army said its deputy, Samir Aziz, was in the house.\n\n"
        "The coalition said on June 5 that it had killed him."
    )
    killed = [c for c in claims_of(nlp, text) if c.predicate == "killed"]
    assert [c.subject for c in killed] == ["Samir Aziz"]


def test_pronoun_speaker_is_not_the_person_the_quote_is_about(nlp):
    text = (
        "Col. Ingrid Berg, a spokeswoman for the coalition, said Samir Aziz was killed. "
        '"We are confident that Samir Aziz was killed in the strike," she said.'
    )
    assert {c.claimant for c in claims_of(nlp, text) if c.predicate == "killed"} == {"Ingrid Berg"}


STRANDED_SUBJECTS = [
    # The parser hangs the subject on something before the verb group; the verb is subjectless.
    (
        "The Delta Front named Saul Okafor as its new chief, a week after his predecessor, Ben Adeyemi, "
        "was killed in an ambush, the group said.",
        ("Adeyemi", "killed", "affirmed"),
    ),
    (
        "A second activist detained at the same rally, Tomas Lindgren, was released on Friday, his lawyer said.",
        ("Lindgren", "released", "affirmed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRANDED_SUBJECTS)
def test_stranded_subject(nlp, text, expected):
    assert expected in triples(claims_of(nlp, text))


def test_stranded_subject_is_not_taken_across_and(nlp):
    # "was arrested and was charged": both verbs share the subject; nothing is re-hung.
    claims = claims_of(nlp, "Police said the reporter Dana Kell was arrested on Monday and was charged on Tuesday.")
    assert {c.subject for c in claims} <= {"Dana Kell"}


def test_loose_apposition_names_the_person_noun(nlp):
    # The parser hangs the name on the verb; the comma after "hostage" still sets it in apposition.
    claims = claims_of(nlp, "Lund said she had last seen her fellow captive, French engineer Paul Mercier, in March.")
    assert ("Mercier", "appeared", "affirmed") in triples(claims)


def test_correction_notice_reports_and_withdraws_the_earlier_claim(nlp):
    text = (
        "Correction: A previous version of this story said that farmer Ruth Okoye was killed in the flood. "
        "She was injured."
    )
    claims = claims_of(nlp, text, outlet="River Post")
    killed = {(c.polarity, c.certainty, c.claimant) for c in claims if c.predicate == "killed"}
    assert ("negated", "denied", "River Post") in killed
    assert any(pol == "affirmed" and cert == "reported" for pol, cert, _ in killed)


CLAIMANT_REPAIRS = [
    # "the company he works for said": the parser makes "said" the object of "for".
    ("Gunmen abducted an engineer, Jan Visser, near the port on Sunday, the company he works for said.", "company"),
    # "the group" / "a ministry statement" take up the proper name given before.
    (
        "The Sons of the Valley militia has chosen Joseph Mensah to replace its commander, Peter Asante, "
        "who was killed last week, a statement from the group said.",
        "Sons of the Valley",
    ),
    (
        'The Interior Ministry rejected the report. "Tom Ash is in good health," a ministry statement said.',
        "Interior Ministry",
    ),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMANT_REPAIRS)
def test_claimant_repairs(nlp, text, claimant):
    claims = claims_of(nlp, text, outlet="Test Wire")
    assert claims
    assert all(claimant in (c.claimant or "") for c in claims)


def test_epithet_takes_up_the_person_of_the_last_claim(nlp):
    text = (
        "Army officials said rebel chief Dario Vance was killed in a raid on Friday. "
        '"The most feared man in the valley is dead," the defense minister, Lucia Moreno, said.'
    )
    claims = claims_of(nlp, text)
    assert sum(1 for c in claims if c.subject == "Dario Vance" and c.predicate == "killed") == 2
    assert not any(c.subject == "Lucia Moreno" for c in claims)


def test_group_leader_epithet(nlp):
    text = (
        "The ministry said militant leader Ravi Sethi was wounded in a strike on a camp. "
        "It said the group's leader may have been among the dead."
    )
    assert ("Sethi", "killed", "affirmed") in triples(claims_of(nlp, text))


def test_cannot_confirm_that_leaves_the_last_claim_open(nlp):
    text = (
        "Officials said rebel leader Tom Ash was killed in a raid on May 30. "
        '"We can\'t confirm that," said Maj. Ann Reilly, an army spokeswoman.'
    )
    claims = claims_of(nlp, text)
    reilly = [c for c in claims if c.claimant == "Ann Reilly"]
    assert [(c.subject, c.predicate, c.polarity, c.certainty) for c in reilly] == [("Tom Ash", "killed", "affirmed", "unconfirmed")]


def test_confirmed_that_is_no_unconfirmed_claim(nlp):
    text = 'Officials said rebel leader Tom Ash was killed in a raid. "We can confirm that," said Maj. Ann Reilly.'
    assert not any(c.certainty == "unconfirmed" for c in claims_of(nlp, text))


def test_but_after_a_relayed_rumour_is_the_writers(nlp):
    text = "Rebel chief Dario Vance was rumoured to have been killed in May, but he appeared at a rally in June."
    appeared = [c for c in claims_of(nlp, text) if c.predicate == "appeared"]
    assert [(c.subject, c.certainty) for c in appeared] == [("Dario Vance", "asserted")]


def test_place_on_the_state_noun_and_a_bare_named_relative(nlp):
    text = "Farmer Lek Suwan was shot in the arm and is in stable condition in a hospital in Korat, his daughter Mali said."
    claims = claims_of(nlp, text)
    assert ("Suwan", "located_in", "affirmed") in triples(claims)
    assert {c.claimant for c in claims} == {"Mali"}


def test_we_outside_quotes_is_the_outlet(nlp):
    claims = claims_of(nlp, "Update: we reported earlier that aid worker Jon Berg was freed on Monday.", outlet="Live Desk")
    assert [c.claimant for c in claims if c.predicate == "released"] == ["Live Desk"]


def test_handed_his_forces_is_a_change_of_leader(nlp):
    text = "Militia commander Abel Toure stepped down and handed his fighters to his deputy, Ismail Kone, the group said."
    assert ("Toure", "leadership_change", "affirmed") in triples(claims_of(nlp, text))


def test_title_run_stops_at_the_end_of_the_name(nlp):
    # "minister" is a title word; the name run after it must not reach the next paragraph's label.
    text = (
        "Chile: Teacher Ana Rojas was released on Tuesday, Peru's foreign minister said.\n\n"
        "Bolivia: Activist Luis Paz was detained on Monday, a monitoring group reported."
    )
    rojas = [c for c in claims_of(nlp, text) if c.subject == "Ana Rojas"]
    assert rojas and all("Bolivia" not in (c.claimant or "") for c in rojas)



@pytest.mark.parametrize(
    "text",
    [
        "Norway's Foreign Ministry said it was following the case. It declined to say whether Ola Berg had been kidnapped.",
        "The Foreign Ministry would not say whether Ola Berg had been kidnapped.",
    ],
)
def test_withheld_answer_leaves_the_claim_unconfirmed(nlp, text):
    captured = [c for c in claims_of(nlp, text) if c.predicate == "captured"]
    assert captured and all(c.certainty == "unconfirmed" and "Ministry" in (c.claimant or "") for c in captured)


def test_left_a_place_named_right_after_the_verb(nlp):
    text = "A local official said rebel chief Dario Vance had left Deir ez-Zor weeks before the raid."
    assert ("Vance", "other:leave", "affirmed") in triples(claims_of(nlp, text))


def test_unnamed_relative_takes_the_name_given_elsewhere(nlp):
    text = (
        "Jailed blogger Nadia Orlova has been moved to a prison in the north, her husband said on Monday.\n\n"
        "Her husband, Pavel Orlov, said he learned of the transfer from a letter."
    )
    moved = [c for c in claims_of(nlp, text) if c.subject == "Nadia Orlova"]
    assert moved and "Pavel Orlov" in {c.claimant for c in moved}
