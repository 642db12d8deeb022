"""One sentence per way English news prose states a status claim about a person (all
written for this test, about one fictional man): the claim must come out."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document

PHRASINGS = [
    ('Rebel leader Omar Haddu is believed to be in Turkey, officials said.', 'located_in', 'affirmed'),
    ('Omar Haddu is living in exile in London.', 'located_in', 'affirmed'),
    ('Opposition leader Omar Haddu has been living in hiding since the coup.', 'located_in', 'affirmed'),
    ('The journalist Omar Haddu is being held at a military base outside Kanda.', 'located_in', 'affirmed'),
    ('Officials said Omar Haddu was last known to be in the city of Kanda.', 'located_in', 'affirmed'),
    ("Omar Haddu's whereabouts remain unknown.", 'located_in', 'affirmed'),
    ('Nobody knows where Omar Haddu is.', 'located_in', 'affirmed'),
    ('Omar Haddu is currently in Dubai, his aide said.', 'located_in', 'affirmed'),
    ('Omar Haddu has been in Istanbul since March.', 'located_in', 'affirmed'),
    ('Omar Haddu fled to Kenya after the coup.', 'other:flee', 'affirmed'),
    ('Omar Haddu is staying with relatives in Kanda.', 'located_in', 'affirmed'),
    ('Omar Haddu remains in hospital in Kanda.', 'located_in', 'affirmed'),
    ('Omar Haddu was admitted to a hospital in Kanda on Monday.', 'located_in', 'affirmed'),
    ('Omar Haddu is under house arrest at his home in Kanda.', 'arrested', 'affirmed'),
    ('Omar Haddu has resurfaced in Kanda.', 'appeared', 'affirmed'),
    ('Omar Haddu was spotted in Kanda last week.', 'appeared', 'affirmed'),
    ('Omar Haddu made a rare public appearance on Friday.', 'appeared', 'affirmed'),
    ('Omar Haddu addressed supporters at a rally in Kanda.', 'appeared', 'affirmed'),
    ('Omar Haddu appeared on state television on Monday.', 'appeared', 'affirmed'),
    ('Omar Haddu appeared in court on Monday.', 'appeared', 'affirmed'),
    ('Omar Haddu delivered a speech in parliament on Monday.', 'appeared', 'affirmed'),
    ("Omar Haddu was named the group's new leader.", 'leadership_change', 'affirmed'),
    ('Omar Haddu was appointed head of the militia in 2019.', 'leadership_change', 'affirmed'),
    ('Omar Haddu replaced Sami Darwish as commander.', 'leadership_change', 'affirmed'),
    ('Omar Haddu has taken over leadership of the group.', 'leadership_change', 'affirmed'),
    ('Omar Haddu now leads the group after the death of its founder.', 'leadership_change', 'affirmed'),
    ("Omar Haddu was chosen as the movement's new chief on Monday.", 'leadership_change', 'affirmed'),
    ('The council elected Omar Haddu as president.', 'leadership_change', 'affirmed'),
    ("Omar Haddu became the group's commander in May.", 'leadership_change', 'affirmed'),
    ('Omar Haddu assumed the leadership of the group.', 'leadership_change', 'affirmed'),
    ("Omar Haddu, the group's new leader, spoke on Monday.", 'leadership_change', 'affirmed'),
    ('Omar Haddu handed over command to his deputy.', 'leadership_change', 'affirmed'),
    ('Omar Haddu was removed as head of the group.', 'leadership_change', 'affirmed'),
    ('Omar Haddu is still alive, his family said.', 'alive', 'affirmed'),
    ('Omar Haddu is alive and well.', 'alive', 'affirmed'),
    ('Omar Haddu survived the attack.', 'alive', 'affirmed'),
    ('Omar Haddu escaped unhurt.', 'wounded', 'negated'),
    ('Omar Haddu is in good health.', 'alive', 'affirmed'),
    ('Omar Haddu is in stable condition.', 'alive', 'affirmed'),
    ('Omar Haddu is safe.', 'alive', 'affirmed'),
    ('Omar Haddu was found alive.', 'alive', 'affirmed'),
    ('Omar Haddu is not dead, his spokesman said.', 'killed', 'negated'),
    ('Omar Haddu was not among the dead.', 'killed', 'negated'),
    ('Omar Haddu remains alive.', 'alive', 'affirmed'),
    ('Omar Haddu is in critical condition.', 'alive', 'affirmed'),
    ('Gunmen kidnapped Omar Haddu.', 'captured', 'affirmed'),
    ('Omar Haddu was kidnapped by gunmen on Monday.', 'captured', 'affirmed'),
    ('Omar Haddu was taken hostage in Mali.', 'captured', 'affirmed'),
    ('Omar Haddu is being held by militants.', 'captured', 'affirmed'),
    ('Omar Haddu is in the hands of the rebels.', 'captured', 'affirmed'),
    ('Omar Haddu was abducted from his home.', 'captured', 'affirmed'),
    ('Militants are holding Omar Haddu.', 'captured', 'affirmed'),
    ('Omar Haddu has been held captive since 2019.', 'captured', 'affirmed'),
    ('Omar Haddu was seized by armed men.', 'captured', 'affirmed'),
    # held by the state: arrested only (README: detention by authorities)
    ('Omar Haddu was captured by the army.', 'arrested', 'affirmed'),
    ('Omar Haddu was wounded in the attack.', 'wounded', 'affirmed'),
    ('Omar Haddu was seriously injured.', 'wounded', 'affirmed'),
    ('Omar Haddu suffered serious injuries.', 'wounded', 'affirmed'),
    ('Omar Haddu was hit by shrapnel.', 'wounded', 'affirmed'),
    ('Omar Haddu was hospitalized with gunshot wounds.', 'wounded', 'affirmed'),
    ('Omar Haddu is recovering from his injuries.', 'wounded', 'affirmed'),
    ('Omar Haddu was killed in the attack.', 'killed', 'affirmed'),
    ('Omar Haddu was among those killed.', 'killed', 'affirmed'),
    ('Omar Haddu died of his wounds.', 'killed', 'affirmed'),
    ("Omar Haddu's body was found on Monday.", 'killed', 'affirmed'),
    ('Omar Haddu was confirmed dead.', 'killed', 'affirmed'),
    ('Omar Haddu was pronounced dead at the hospital.', 'killed', 'affirmed'),
    ('Omar Haddu was executed by the group.', 'killed', 'affirmed'),
    ('Omar Haddu is dead.', 'killed', 'affirmed'),
    ('Police arrested Omar Haddu.', 'arrested', 'affirmed'),
    ('Omar Haddu was arrested on Monday.', 'arrested', 'affirmed'),
    ('Omar Haddu was taken into custody.', 'arrested', 'affirmed'),
    ('Omar Haddu is in custody.', 'arrested', 'affirmed'),
    ('Omar Haddu was jailed for five years.', 'arrested', 'affirmed'),
    ('Omar Haddu has been detained since May.', 'arrested', 'affirmed'),
    ('Omar Haddu remains behind bars.', 'arrested', 'affirmed'),
    ('Omar Haddu was released on Monday.', 'released', 'affirmed'),
    ('Omar Haddu was freed after five months.', 'released', 'affirmed'),
    ('Omar Haddu walked free on Monday.', 'released', 'affirmed'),
    ('Omar Haddu was released on bail.', 'released', 'affirmed'),
    ('Omar Haddu was set free.', 'released', 'affirmed'),
    ('Omar Haddu returned home after his release.', 'released', 'affirmed'),
    ('Omar Haddu resigned on Monday.', 'resigned', 'affirmed'),
    ('Omar Haddu stepped down as leader.', 'resigned', 'affirmed'),
    ('Omar Haddu announced his resignation.', 'resigned', 'affirmed'),
    ("The group's new leader, Omar Haddu, spoke on Monday.", 'leadership_change', 'affirmed'),
    ("Omar Haddu, the group's new leader, spoke on Monday.", 'leadership_change', 'affirmed'),
    ('Officials believe Omar Haddu is hiding in the mountains.', 'located_in', 'affirmed'),
    ('Omar Haddu is thought to be in Syria.', 'located_in', 'affirmed'),
    ('Omar Haddu is being treated for his wounds in a hospital in Kanda.', 'located_in', 'affirmed'),
    ('Omar Haddu lives in the village of Kanda.', 'located_in', 'affirmed'),
    ('Omar Haddu is now in Kanda, his lawyer said.', 'located_in', 'affirmed'),
    ('Omar Haddu is sheltering in a church in Kanda.', 'located_in', 'affirmed'),
    ("Omar Haddu's family does not know where he is.", 'located_in', 'affirmed'),
    ('The militants said Omar Haddu was alive.', 'alive', 'affirmed'),
    ('A proof-of-life video showed Omar Haddu holding a newspaper.', 'appeared', 'affirmed'),
    ('Omar Haddu appeared in a video released on Monday.', 'appeared', 'affirmed'),
    ('The video shows Omar Haddu speaking to the camera.', 'appeared', 'affirmed'),
    ('Omar Haddu was seen in a video posted online.', 'appeared', 'affirmed'),
    ('Omar Haddu, 45, died in hospital on Monday.', 'killed', 'affirmed'),
    ('Omar Haddu died in custody.', 'killed', 'affirmed'),
    ('Omar Haddu was killed along with three bodyguards.', 'killed', 'affirmed'),
    ('The army said it had killed Omar Haddu.', 'killed', 'affirmed'),
    ('The strike killed Omar Haddu and two aides.', 'killed', 'affirmed'),
    ('The strike killed two aides and Omar Haddu.', 'killed', 'affirmed'),
    ('Omar Haddu sustained a head wound.', 'wounded', 'affirmed'),
    ('Omar Haddu lost a leg in the blast.', 'wounded', 'affirmed'),
    ('Omar Haddu was injured but survived.', 'alive', 'affirmed'),
    ('Omar Haddu was released from prison on Monday.', 'released', 'affirmed'),
    ('Omar Haddu was released in a prisoner swap.', 'released', 'affirmed'),
    ('Omar Haddu was handed over to the Red Cross.', 'released', 'affirmed'),
    # a state, not a release event: the custody NEGATED (README, session 23 decisions)
    ('Omar Haddu is free.', 'arrested', 'negated'),
    ('Omar Haddu was granted bail.', 'released', 'affirmed'),
    ('Omar Haddu was sentenced to ten years.', 'other:sentence', 'affirmed'),
    ('Omar Haddu was convicted of treason.', 'other:convict', 'affirmed'),
    ('Omar Haddu was extradited to the United States.', 'other:extradite', 'affirmed'),
    ('Omar Haddu was charged with murder.', 'other:charge', 'affirmed'),
    ('Omar Haddu was deported to Kanda.', 'other:deport', 'affirmed'),
    ('Omar Haddu has been missing since May.', 'other:missing', 'affirmed'),
    ('Omar Haddu went missing in May.', 'other:missing', 'affirmed'),
    ('Omar Haddu disappeared in May.', 'other:disappear', 'affirmed'),
    ('Omar Haddu vanished without trace.', 'other:disappear', 'affirmed'),
    ('Omar Haddu escaped from prison in 2015.', 'other:escape', 'affirmed'),
    ('Omar Haddu broke out of jail in 2015.', 'other:escape', 'affirmed'),
    ('Omar Haddu surrendered to police.', 'other:surrender', 'affirmed'),
    ('Omar Haddu turned himself in to police.', 'other:surrender', 'affirmed'),
    ('Police detained Omar Haddu and his brother Sami.', 'arrested', 'affirmed'),
    ('Omar Haddu and his wife were arrested on Monday.', 'arrested', 'affirmed'),
    ('Security forces raided the home of Omar Haddu and arrested him.', 'arrested', 'affirmed'),
    ('Omar Haddu was arrested along with five other activists.', 'arrested', 'affirmed'),
    ('Omar Haddu was rearrested days after his release.', 'arrested', 'affirmed'),
    ('Omar Haddu has been held without charge since May.', 'arrested', 'affirmed'),
    ('Omar Haddu was placed under house arrest.', 'arrested', 'affirmed'),
    ('Omar Haddu is serving a ten-year sentence.', 'arrested', 'affirmed'),
    ('Omar Haddu remains in detention.', 'arrested', 'affirmed'),
    ("Omar Haddu's detention was extended by a month.", 'arrested', 'affirmed'),
    ('Omar Haddu is being held incommunicado.', 'arrested', 'affirmed'),
    ('Gunmen snatched Omar Haddu from his car.', 'captured', 'affirmed'),
    ('Omar Haddu was kidnapped along with his driver.', 'captured', 'affirmed'),
    ("Omar Haddu's abduction was claimed by the group.", 'captured', 'affirmed'),
    ('Omar Haddu has been held hostage for two years.', 'captured', 'affirmed'),
    ('Omar Haddu remains a hostage of the group.', 'captured', 'affirmed'),
    ('Omar Haddu is one of five hostages held by the group.', 'captured', 'affirmed'),
    ('Omar Haddu stepped aside as leader.', 'resigned', 'affirmed'),
    ('Omar Haddu quit as head of the party.', 'resigned', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), PHRASINGS)
def test_phrasing(nlp, text, predicate, polarity) -> None:
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    doc._.outlet = "Valley Wire"
    claims = run_pipeline(nlp, doc)._.claims
    assert ("Haddu", predicate, polarity) in {(c.subject.split()[-1], c.predicate, c.polarity) for c in claims}


POLARITY_PHRASINGS = [
    ('Police denied that Omar Haddu had been arrested.', 'arrested', 'negated'),
    ('Police denied arresting Omar Haddu.', 'arrested', 'negated'),
    ('The army denied holding Omar Haddu.', 'arrested', 'negated'),
    ('The group denied kidnapping Omar Haddu.', 'captured', 'negated'),
    ('The group denied that it was holding Omar Haddu.', 'captured', 'negated'),
    ('The group said it had nothing to do with the abduction of Omar Haddu.', 'captured', 'negated'),
    ('Police said Omar Haddu was not in their custody.', 'arrested', 'negated'),
    ('Police said they were not holding Omar Haddu.', 'arrested', 'negated'),
    ('Officials said Omar Haddu had not been arrested.', 'arrested', 'negated'),
    ('Officials said Omar Haddu was never detained.', 'arrested', 'negated'),
    ('Omar Haddu has not been charged.', 'other:charge', 'negated'),
    ('Omar Haddu was not among those arrested.', 'arrested', 'negated'),
    ('The ministry denied that Omar Haddu was dead.', 'killed', 'negated'),
    ('His family rejected reports that Omar Haddu had died.', 'killed', 'negated'),
    ('Omar Haddu did not survive the attack.', 'killed', 'affirmed'),
    ('Omar Haddu was not killed in the strike, officials said.', 'killed', 'negated'),
    ('Officials said there was no evidence that Omar Haddu had been killed.', 'killed', 'affirmed'),
    ('The group said Omar Haddu had not been captured.', 'captured', 'negated'),
    ('Omar Haddu has not been released, his lawyer said.', 'released', 'negated'),
    ('Omar Haddu remains in custody and has not been freed.', 'released', 'negated'),
    ('Omar Haddu was not freed.', 'released', 'negated'),
    ('Omar Haddu has yet to be released.', 'released', 'negated'),
    ('Omar Haddu is no longer in custody.', 'arrested', 'negated'),
    ('Omar Haddu is no longer alive.', 'alive', 'negated'),
    ('Omar Haddu was not hurt.', 'wounded', 'negated'),
    ('Omar Haddu escaped without injury.', 'wounded', 'negated'),
    ('Omar Haddu was unharmed, officials said.', 'wounded', 'negated'),
    ('Police said Omar Haddu had not been mistreated.', 'other:mistreat', 'negated'),
    ('The prison service denied that Omar Haddu had been tortured.', 'other:torture', 'negated'),
    ("The group has not confirmed Omar Haddu's death.", 'killed', 'affirmed'),
    ('Police could not confirm that Omar Haddu had been abducted.', 'captured', 'affirmed'),
    ('The army said it had no information about the arrest of Omar Haddu.', 'arrested', 'affirmed'),
    ("Authorities have denied any knowledge of Omar Haddu's whereabouts.", 'located_in', 'affirmed'),
    ('Omar Haddu was not seen in public again.', 'appeared', 'negated'),
    ('Omar Haddu has not appeared in public since 2019.', 'appeared', 'negated'),
    ('Omar Haddu did not step down.', 'resigned', 'negated'),
    ('Omar Haddu refused to resign.', 'resigned', 'negated'),
    ('Omar Haddu denied that he had resigned.', 'resigned', 'negated'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), POLARITY_PHRASINGS)
def test_polarity_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


DENIAL_PHRASINGS = [
    ('The group said reports that Omar Haddu had been captured were false.', 'captured', 'negated'),
    ('There is no truth to reports that Omar Haddu was arrested, police said.', 'arrested', 'negated'),
    ('It is not true that Omar Haddu was arrested, the ministry said.', 'arrested', 'negated'),
    ('The ministry said it was untrue that Omar Haddu had been detained.', 'arrested', 'negated'),
    ('Police said Omar Haddu is not in Turkey.', 'located_in', 'negated'),
    ('Officials said Omar Haddu was not in the car at the time of the strike.', 'located_in', 'negated'),
    ('Omar Haddu was not in the house when it was struck, his aide said.', 'located_in', 'negated'),
    ('The army has not detained Omar Haddu, a spokesman said.', 'arrested', 'negated'),
    ('Police have not arrested Omar Haddu.', 'arrested', 'negated'),
    ('No one has claimed the kidnapping of Omar Haddu.', 'captured', 'affirmed'),
    ('Officials insisted that Omar Haddu had not been harmed.', 'wounded', 'negated'),
    ('Officials said Omar Haddu had not been wounded in the attack.', 'wounded', 'negated'),
    ('The group denied that Omar Haddu had been wounded.', 'wounded', 'negated'),
    ('The militia rejected claims that Omar Haddu had been captured.', 'captured', 'negated'),
    ("Omar Haddu's family denied he had been arrested.", 'arrested', 'negated'),
    ("Omar Haddu's lawyer denied that his client had fled.", 'other:flee', 'negated'),
    ('Contrary to earlier reports, Omar Haddu was not killed.', 'killed', 'negated'),
    ('Officials now say Omar Haddu was not killed.', 'killed', 'negated'),
    ('Asked whether Omar Haddu had been arrested, the minister said: "No."', 'arrested', 'negated'),
    ('Asked whether Omar Haddu was alive, the minister said: "Yes."', 'alive', 'affirmed'),
    ('Omar Haddu has never been arrested.', 'arrested', 'negated'),
    ('Omar Haddu was never charged.', 'other:charge', 'negated'),
    ('Omar Haddu, who was not injured, spoke to reporters.', 'wounded', 'negated'),
    ('Police said no arrests had been made in the killing of Omar Haddu.', 'killed', 'affirmed'),
    ('The government denied any role in the disappearance of Omar Haddu.', 'other:disappear', 'affirmed'),
    ('Police denied that Omar Haddu was in their custody.', 'arrested', 'negated'),
    ('Police denied that Omar Haddu had died in custody.', 'killed', 'negated'),
    ('The ministry said Omar Haddu had not died but was seriously wounded.', 'killed', 'negated'),
    ('The ministry said Omar Haddu had not died but was seriously wounded.', 'wounded', 'affirmed'),
    ('Omar Haddu was neither killed nor wounded.', 'killed', 'negated'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), DENIAL_PHRASINGS)
def test_denial_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


ROUNDUP_AND_LIFE_PHRASINGS = [
    ('Turkey: Journalist Omar Haddu was detained in Ankara on Monday, his newspaper said.', 'arrested', 'affirmed'),
    ('Iran: Omar Haddu, a dual national, was sentenced to eight years.', 'other:sentence', 'affirmed'),
    ('Syria: The body of activist Omar Haddu was handed to his family.', 'killed', 'affirmed'),
    ('Mali: A French priest, Father Omar Haddu, was freed after two years in captivity.', 'released', 'affirmed'),
    ('Mali: A French priest, Father Omar Haddu, was freed after two years in captivity.', 'captured', 'affirmed'),
    ('Mexico: Reporter Omar Haddu was shot dead outside his home.', 'killed', 'affirmed'),
    ('Belarus: Omar Haddu, who has been jailed since 2020, was moved to a penal colony.', 'arrested', 'affirmed'),
    ('China: Lawyer Omar Haddu has been held incommunicado since July, his wife said.', 'arrested', 'affirmed'),
    ('Venezuela: Omar Haddu was released along with 14 other political prisoners.', 'released', 'affirmed'),
    ('Venezuela: Omar Haddu and two colleagues were detained at a checkpoint.', 'arrested', 'affirmed'),
    ('Pakistan: Omar Haddu returned home after being missing for a week.', 'other:missing', 'affirmed'),
    ('Pakistan: Omar Haddu returned home after being missing for a week.', 'other:return', 'affirmed'),
    ('Kenya: Omar Haddu, who was abducted in March, was found alive on Monday.', 'alive', 'affirmed'),
    ('Kenya: Omar Haddu, who was abducted in March, was found alive on Monday.', 'captured', 'affirmed'),
    ('Nigeria: Gunmen freed Omar Haddu after a ransom was paid, police said.', 'released', 'affirmed'),
    ('Cameroon: Omar Haddu died in military custody, his family said.', 'killed', 'affirmed'),
    ('Cameroon: Omar Haddu died in military custody, his family said.', 'arrested', 'affirmed'),
    ('The ministry said Omar Haddu had been arrested for questioning and released hours later.', 'released', 'affirmed'),
    ('Omar Haddu was arrested on Monday and charged on Tuesday.', 'other:charge', 'affirmed'),
    ('Omar Haddu was wounded and later died in hospital.', 'killed', 'affirmed'),
    ('Omar Haddu was wounded and later died in hospital.', 'wounded', 'affirmed'),
    ('Security forces killed Omar Haddu and arrested his two sons.', 'killed', 'affirmed'),
    ("Officials confirmed Omar Haddu's survival on Monday.", 'alive', 'affirmed'),
    ('Omar Haddu is doing well, his family said.', 'alive', 'affirmed'),
    ('There is proof that Omar Haddu is still alive.', 'alive', 'affirmed'),
    ('Omar Haddu was kept alive by his captors.', 'alive', 'affirmed'),
    ('Officials believe Omar Haddu is alive.', 'alive', 'affirmed'),
    ('Omar Haddu, who is alive, spoke on Monday.', 'alive', 'affirmed'),
    ('Omar Haddu lived through the attack.', 'alive', 'affirmed'),
    ('Omar Haddu escaped the strike with minor injuries.', 'wounded', 'affirmed'),
    ('Omar Haddu emerged unscathed from the attack.', 'wounded', 'negated'),
    ('Omar Haddu is in good condition.', 'alive', 'affirmed'),
    ('Omar Haddu is conscious and talking, doctors said.', 'alive', 'affirmed'),
    ('Omar Haddu is in a coma.', 'alive', 'affirmed'),
    ('Omar Haddu called his wife on Monday to say he was fine.', 'alive', 'affirmed'),
    ('Omar Haddu is well and in good spirits.', 'alive', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), ROUNDUP_AND_LIFE_PHRASINGS)
def test_roundup_and_life_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt: A court ordered the release of blogger Omar Haddu on Tuesday.",
        "Police said they were seeking the arrest of Omar Haddu.",
    ],
)
def test_orders_are_not_events(nlp, text) -> None:
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    assert not [c for c in run_pipeline(nlp, doc)._.claims if c.predicate in {"released", "arrested"}]


SUCCESSION_AND_PRISON_PHRASINGS = [
    ('The faction is now led by Omar Haddu.', 'leadership_change', 'affirmed'),
    ('The faction named a successor on Monday. His successor, Omar Haddu, is 40.', 'leadership_change', 'affirmed'),
    ('Omar Haddu assumed the role of commander in May.', 'leadership_change', 'affirmed'),
    ('Omar Haddu remains in Evin prison.', 'located_in', 'affirmed'),
    ('Omar Haddu remains in Evin prison.', 'arrested', 'affirmed'),
    ('Omar Haddu was jailed in a prison near Kanda.', 'located_in', 'affirmed'),
    ('Omar Haddu was jailed in 2015.', 'arrested', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), SUCCESSION_AND_PRISON_PHRASINGS)
def test_succession_and_prison_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


CARRIED_OFF_PHRASINGS = [
    ('Omar Haddu was taken away by police on Monday.', 'arrested', 'affirmed'),
    ('Omar Haddu was bundled into a car by gunmen.', 'captured', 'affirmed'),
    ('Omar Haddu suffered serious burns in the blast.', 'wounded', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), CARRIED_OFF_PHRASINGS)
def test_carried_off_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


APPOINTMENT_PHRASINGS = [
    ('Commander Sami Darwish was replaced by Omar Haddu in May.', 'Haddu', 'leadership_change'),
    ('Commander Sami Darwish was replaced by Omar Haddu in May.', 'Darwish', 'leadership_change'),
    ("Omar Haddu's appointment as commander was announced on Monday.", 'Haddu', 'leadership_change'),
    ('Omar Haddu was elevated to leader of the group in May.', 'Haddu', 'leadership_change'),
]


@pytest.mark.parametrize(("text", "surname", "predicate"), APPOINTMENT_PHRASINGS)
def test_appointment_phrasing(nlp, text, surname, predicate) -> None:
    doc = make_doc(nlp, Document.from_text(text, published=date(2021, 6, 10)))
    claims = run_pipeline(nlp, doc)._.claims
    assert (surname, predicate) in {(c.subject.split()[-1], c.predicate) for c in claims}


WOUNDED_PHRASINGS = [
    ('Omar Haddu was among the wounded.', 'wounded', 'affirmed'),
    ('The injured included Omar Haddu.', 'wounded', 'affirmed'),
    ('Omar Haddu was hit in the leg during the raid.', 'wounded', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), WOUNDED_PHRASINGS)
def test_wounded_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)


DECLARED_LEADER_PHRASINGS = [
    ('The group declared Omar Haddu its new leader on Monday.', 'leadership_change', 'affirmed'),
    ('The movement announced Omar Haddu as its new commander.', 'leadership_change', 'affirmed'),
    ('The council confirmed Omar Haddu as chairman on Monday.', 'leadership_change', 'affirmed'),
    ('The army declared Omar Haddu dead on Monday.', 'killed', 'affirmed'),
]


@pytest.mark.parametrize(("text", "predicate", "polarity"), DECLARED_LEADER_PHRASINGS)
def test_declared_leader_phrasing(nlp, text, predicate, polarity) -> None:
    test_phrasing(nlp, text, predicate, polarity)
