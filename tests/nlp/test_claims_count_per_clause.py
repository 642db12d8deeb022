"""How many claims a text tells (issue 6): one claim per clause that tells a
subject's status or event, no more, no fewer. The gold counts the same fact again when another
clause tells it: a second source, a later paragraph, a quotation restating the narration, the
event and the state it leaves ("was arrested in March and remains in custody"); it does not
count a headline, a noun restating a verb of its own clause ("who was wounded ... died of his
injuries"), or a death noun whose relative clause tells the death ("condemned the killing of X,
who was shot dead", "Inquest into the death of X, who died in custody": one claim, at the
clause's time, as the gold README settled in session 17). Snippets written for this test about fictional people: text -> the
number of claims (last word of the subject, predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

COUNTS = [
    # --- K1 a death noun in a clause of its own, with a relative clause telling the death: one
    (
        "The journalists' union condemned the killing of the reporter Tomas Brezina, who was "
        "shot dead outside his flat on Tuesday.",
        {("Brezina", "killed", A): 1},
    ),
    (
        "Police said they had detained a man over the death of a pensioner, Greta Lindahl, "
        "81, whose body was found in a ditch on Sunday.",
        {("Lindahl", "killed", A): 1},
    ),
    (
        "The team named an interim manager following the death of Paulo Arantes, who died in "
        "a road accident on Saturday.",
        {("Arantes", "killed", A): 1},
    ),
    (
        "MOSUL - Residents mourned the assassination of the judge Farouk Jabbar, who was "
        "gunned down at a checkpoint on Friday, the city council said.",
        {("Jabbar", "killed", A): 1},
    ),
    (
        "Officers are investigating the death of Kerry Doyle, 45, whose body was pulled from "
        "the river on Monday, a police spokeswoman said.",
        {("Doyle", "killed", A): 1},
    ),
    (
        "The mayor's office mourned the killing of councillor Rui Tavares, who was stabbed "
        "to death near the market, and promised a full inquiry.",
        {("Tavares", "killed", A): 1},
    ),
    # --- K2 a verbless heading or list entry: the noun and its relative clause are one clause
    (
        "Thursday: Inquest into the death of Darius Kell, 23, who died in police custody on May 4.",
        {("Kell", "killed", A): 1},
    ),
    (
        "Friday: Hearing in the case of the death of Nadia Rusu, who died at a detention "
        "centre in March.",
        {("Rusu", "killed", A): 1},
    ),
    # --- K3 a restatement inside one clause: injuries after the wounding, one claim each
    (
        "Officials said on Monday that the commander Rahim Saberi, who was wounded in an air "
        "strike in April, had died of his injuries.",
        {("Saberi", "wounded", A): 1, ("Saberi", "killed", A): 1},
    ),
    (
        "Rescuers said the climber Jonas Eklund, who was hurt in a fall on Saturday, had "
        "succumbed to his injuries in hospital.",
        {("Eklund", "killed", A): 1},
    ),
    # --- R1 one event, two sources, separate sentences: two
    (
        "The army said the rebel commander Idris Mahdi was killed in a raid on Monday.\n\nThe "
        "rebels' own radio station also confirmed that Mahdi had died.",
        {("Mahdi", "killed", A): 2},
    ),
    (
        "Karl Weiss, a German aid worker, was kidnapped in northern Mali on Friday, the "
        "foreign ministry said. A local official told reporters that Weiss had been abducted "
        "by gunmen near Gao.",
        {("Weiss", "captured", A): 2},
    ),
    (
        "The opposition leader Lina Morozova was detained at the airport on Sunday, her "
        "lawyer said. Police later confirmed that Morozova had been arrested.",
        {("Morozova", "arrested", A): 2},
    ),
    # --- R2 one event, two sources in one sentence: two
    (
        "Both the army and the militia said the commander Yusuf Darraj was killed in the strike.",
        {("Darraj", "killed", A): 1},
    ),
    (
        "The general Omar Tahir was killed in the ambush, the army said; the militia also "
        "confirmed his death.",
        {("Tahir", "killed", A): 2},
    ),
    # --- R3 a headline is no claim; the lede and its source restatement are
    (
        "Rebel commander killed in air strike\n\nThe rebel commander Salah Ghanem was killed "
        "in an air strike near Idlib on Tuesday, the defence ministry said.",
        {("Ghanem", "killed", A): 1},
    ),
    (
        "Missing hiker found alive\n\nThe hiker Maria Lund, 27, who went missing on Saturday, "
        "was found alive on Tuesday, police said. Lund is in good health, a police spokesman "
        "added.",
        {("Lund", "alive", A): 2},
    ),
    # --- R4 an event and the state it leaves, in coordinated clauses: two
    (
        "The activist Kamal Rashidov was arrested in March and remains in custody, his "
        "lawyer said.",
        {("Rashidov", "arrested", A): 2},
    ),
    (
        "Her deputy, Sara Lind, was detained on Friday and is still being held at a police "
        "station in the capital.",
        {("Lind", "arrested", A): 2},
    ),
    (
        "The engineer Piotr Nowak was abducted in June and is still being held by the "
        "gunmen, his employer said.",
        {("Nowak", "captured", A): 2},
    ),
    # --- R5 an arrest and how long it lasted, one event: one
    (
        "Rashidov was previously detained in 2019 and held for six weeks without charge.",
        {("Rashidov", "arrested", A): 1},
    ),
    (
        "The blogger Sami Haddad was detained in 2015 and held for three months before being "
        "released.",
        {("Haddad", "arrested", A): 1},
    ),
    # --- R6 dates listed for one kind of report: one claim each
    (
        "The militant leader Abu Karim had been reported killed twice before, in 2016 and in 2019.",
        {("Karim", "killed", A): 2},
    ),
    (
        "The commander Ilyas Batov has been declared dead three times, in 2014, 2017 and 2020.",
        {("Batov", "killed", A): 3},
    ),
    (
        "The warlord Jean Mbeki held the town between 2012 and 2015 and was killed in 2016.",
        {("Mbeki", "killed", A): 1},
    ),
    # --- R7 a claim and its denial: one each
    (
        "A pro-government channel said the commander Farid Osmani had been killed. His "
        "brother denied that he was dead.",
        {("Osmani", "killed", A): 1, ("Osmani", "killed", N): 1},
    ),
    (
        "The interior ministry denied that the journalist Eva Novak had been arrested.",
        {("Novak", "arrested", N): 1},
    ),
    # --- R8 a quotation restating the narration: two
    (
        'The kidnapped priest Luca Rossi is alive, his bishop said on Sunday. "He is alive '
        'and he is being treated well," Bishop Marco Conti told reporters.',
        {("Rossi", "alive", A): 2},
    ),
    (
        'The missing student Ana Pereira has been found, her father said. "We have found '
        'her, she is alive," said the father, Jorge Pereira.',
        {("Pereira", "alive", A): 1},
    ),
    # --- R9 two events of one person in one sentence: one each
    (
        "The commander Ahmad Zaher was wounded in May and killed in an ambush in June, the "
        "group said.",
        {("Zaher", "wounded", A): 1, ("Zaher", "killed", A): 1},
    ),
    (
        "The businessman Viktor Lenz was kidnapped in 2018 and released in 2019 after a "
        "ransom was paid.",
        {("Lenz", "captured", A): 1, ("Lenz", "released", A): 1},
    ),
    # --- R10 the same event, restated by a later paragraph's narration: two
    (
        "The former minister Daniel Okoro was arrested on Monday, police said.\n\nOkoro's "
        "arrest came a week after his party lost the election.",
        {("Okoro", "arrested", A): 2},
    ),
    # --- R11 a noun restating a verb in one clause: one
    (
        "The rebel leader Kofi Mensah died on Friday, and his death was announced by his "
        "family on Saturday.",
        {("Mensah", "killed", A): 2},
    ),
    (
        "Kofi Addo, who was arrested in May, remains in prison five years after his arrest.",
        {("Addo", "arrested", A): 2},
    ),
    # --- R12 a denial of the death, with "his death" in the denial: no second affirmed claim
    (
        "The family of the singer Rosa Mamani denied on Tuesday that she had died, hours "
        "after a website announced her death.",
        {("Mamani", "killed", N): 1, ("Mamani", "killed", A): 1},
    ),
    # --- R13 "X was found dead" plus "the body was identified" later: two
    (
        "The reporter Lucas Ferreira was found dead in his car on Sunday, police said. His "
        "body was identified by his brother on Monday.",
        {("Ferreira", "killed", A): 2},
    ),
    # --- R14 one clause, two words for one state: one
    (
        "The aid worker Clara Hinds is alive and well, her employer said on Friday.",
        {("Hinds", "alive", A): 1},
    ),
    (
        "A spokesman said the governor Hodan Ali had survived the blast unhurt.",
        {("Ali", "alive", A): 1},
    ),
    # --- R15 a relative clause of release after "welcomes the release": one (the gold's convention)
    (
        "The committee welcomes the release of the lawyer Salma Yusuf, who was freed from "
        "prison on Saturday.",
        {("Yusuf", "released", A): 1},
    ),
    (
        "Reporters Watch is alarmed by the abduction of the photographer Omar Diab, who was "
        "seized by armed men on Sunday night.",
        {("Diab", "captured", A): 1},
    ),
    # --- R16 a state restated by a later sentence of another source: two
    (
        "The activist Marta Sobczak is being held in a prison in Minsk, her husband said. "
        "The prison service confirmed that Sobczak was in its custody.",
        {("Sobczak", "arrested", A): 2},
    ),
    (
        "The opposition politician Eric Ndayishimiye has been released on bail, his lawyer "
        "said. The court confirmed his release on Thursday.",
        {("Ndayishimiye", "released", A): 2},
    ),
    # --- R17 a pronoun and an epithet restating across sentences
    (
        "The militant commander Bashir Qadri was killed in a drone strike on Sunday, US "
        "officials said. The 48-year-old had been wounded twice before. Local officials also "
        "said he was dead.",
        {("Qadri", "killed", A): 2},
    ),
    (
        "The trade unionist Emma Roth was arrested on Tuesday. The 52-year-old was detained "
        "at her home in Graz, police said.",
        {("Roth", "arrested", A): 2},
    ),
    # --- R18 two people in one sentence, one event each
    (
        "The journalists Marek Dvorak and Jana Kral were detained on Monday, their editor said.",
        {("Dvorak", "arrested", A): 1, ("Kral", "arrested", A): 1},
    ),
    (
        "Gunmen kidnapped the engineer Paul Otieno and his driver, Moses Kamau, on Friday. "
        "The two were freed on Sunday.",
        {
            ("Otieno", "captured", A): 1,
            ("Kamau", "captured", A): 1,
            ("Otieno", "released", A): 1,
            ("Kamau", "released", A): 1,
        },
    ),
    # --- R19 live blog: two entries, the same state: two
    (
        "09:10 - Police say the missing climber Petra Holm has been found alive.\n\n11:45 - "
        "Holm's mother tells local radio her daughter is alive and resting in hospital.",
        {("Holm", "alive", A): 2},
    ),
    # --- R20 a ranking sentence at the end sums the killing up: no second claim
    (
        "The militia leader Hassan Dirie was killed in an ambush on Monday, the army "
        "said.\n\nDirie is the third militia commander killed in the region this year.",
        {("Dirie", "killed", A): 1},
    ),
    # --- R21 a death told by a body noun + the verb in one clause: one
    (
        "The body of the fisherman Ali Juma, who drowned on Saturday, was recovered on Monday.",
        {("Juma", "killed", A): 2},
    ),
    # --- R22 a killing noun as a subject of a verbless clause of purpose: none extra
    (
        "The police offered a reward for information leading to the arrest of the killers of "
        "Sean Brody, who was shot dead in March.",
        {("Brody", "killed", A): 1},
    ),
    # --- K1 variants with whereabouts and the one who was last seen (two)
    (
        "The group said it could not establish the whereabouts of the activist Idrissa Kone, "
        "who was last seen at a checkpoint near Segou on May 2.",
        {("Kone", "located_in", A): 2},
    ),
    # --- R23 an event noun after "since"/"after" is its own earlier claim
    (
        "The poet Lin Wei has been in prison since his arrest in 2019.",
        {("Wei", "arrested", A): 2},
    ),
    (
        "The blogger Ana Lupu has been in detention since her arrest in June.",
        {("Lupu", "arrested", A): 2},
    ),
    (
        "The blogger Aziz Karimov was released on Monday, three months after his arrest.",
        {("Karimov", "arrested", A): 1, ("Karimov", "released", A): 1},
    ),
    # --- R24 a conjunct without a time of its own goes on telling the first verb's event: one
    (
        "The lawyer Omar Said was detained in 2018, held for five months in a military "
        "prison and then released without charge.",
        {("Said", "arrested", A): 1, ("Said", "released", A): 1},
    ),
    (
        "The nurse Ines Koller was abducted by gunmen in 2016 and held for two years in a "
        "forest camp.",
        {("Koller", "captured", A): 1},
    ),
    (
        "The reporter, Dawit Alemu, was arrested by soldiers in 2020, held for six weeks at "
        "a barracks and then expelled, his editor said.",
        {("Alemu", "arrested", A): 1},
    ),
    # (a present or perfect state after it is a claim of its own: two)
    (
        "The cleric Yahya Nasser was arrested in 2017 and has been held without trial ever since.",
        {("Nasser", "arrested", A): 2},
    ),
    # --- R25 a word that names the subject by the state its clause tells: one
    (
        "A third detainee, the student Leyla Mammadova, was not among those freed and "
        "remains in prison.",
        {("Mammadova", "arrested", A): 1},
    ),
    (
        "The jailed activist Nargiz Aliyeva remains in prison in Baku, her lawyer said.",
        {("Aliyeva", "arrested", A): 1},
    ),
    (
        "The kidnapped engineer, Stefan Marek, is still being held by the gunmen, his "
        "company said.",
        {("Marek", "captured", A): 1},
    ),
    # (the describing word alone, with another predicate in the clause, is a claim: one each)
    (
        "The jailed activist Nargiz Aliyeva was moved to a hospital on Monday, her lawyer said.",
        {("Aliyeva", "arrested", A): 1},
    ),
    (
        "The detained opposition leader Ali Karimi appeared in court on Monday.",
        {("Karimi", "arrested", A): 1, ("Karimi", "appeared", A): 1},
    ),
    # === second batch: registers (transcript, brief, wire, live blog, feature, Q&A)
    # --- transcript: an anchor's narration and a correspondent's restatement
    (
        "ANCHOR: Officials in Kabul say the Taliban commander Mullah Rasul Akhund was killed "
        "in a drone strike overnight.\n\nCORRESPONDENT: That's right. Two provincial officials "
        "told me Akhund died at his compound near Kandahar.",
        {("Akhund", "killed", A): 2},
    ),
    # --- police brief: an arrest, then the charge paragraph restating the custody
    (
        "Police arrested a 34-year-old man, Darren Holt, on Saturday after a stabbing in "
        "Leeds. Holt remains in custody and will appear before magistrates on Monday.",
        {("Holt", "arrested", A): 2},
    ),
    # --- wire: lede, source quote, a later paragraph by another source
    (
        "The kidnapped aid worker Hanna Berg has been freed in northern Mali, the Swedish "
        'foreign ministry said on Friday.\n\n"She is safe and in good health," a ministry '
        "spokesman said.\n\nA Malian security official confirmed the release.",
        {("Berg", "released", A): 2, ("Berg", "alive", A): 1},
    ),
    # --- live blog, correction entry: the earlier report and its denial
    (
        "14:05 - Local media report that the mayor, Tomas Rehak, has been arrested.\n\n14:40 - "
        "Correction: police say Rehak has not been arrested; he is at home.",
        {("Rehak", "arrested", A): 1, ("Rehak", "arrested", N): 1},
    ),
    # --- feature: a flashback and a present state, the epithet
    (
        "Nour Haddad spent four years in a Syrian prison. The 41-year-old was arrested at a "
        "checkpoint in 2013 and released in 2017. Today she lives in Berlin.",
        {("Haddad", "arrested", A): 2, ("Haddad", "released", A): 1},
    ),
    # --- two people, one sentence each, a pronoun for each
    (
        "The rebel commander Ali Mahdi and his deputy, Karim Issa, were killed in the "
        "strike, the army said. Mahdi had led the group since 2015. Issa was wounded in a "
        "similar raid last year.",
        {("Mahdi", "killed", A): 1, ("Issa", "killed", A): 1, ("Issa", "wounded", A): 1},
    ),
    # --- a ranking sentence sums up an arrest told before: no second claim (g254's convention)
    (
        "The opposition politician Irina Volkova was detained in Moscow on Tuesday, her "
        "party said. She is the third party official detained this month.",
        {("Volkova", "arrested", A): 1},
    ),
    # (a ranking that tells the event first is its claim)
    (
        "Ruth Amadi is the second journalist kidnapped in the state this year. Gunmen seized "
        "her on Sunday outside her office in Owerri, police said.",
        {("Amadi", "captured", A): 2},
    ),
    # --- a denial followed by the claim denied, same sentence
    (
        "The army denied reports that the general Sami Farouk had been killed.",
        {("Farouk", "killed", N): 1, ("Farouk", "killed", A): 1},
    ),
    # --- "X died" and "his death" announced by another clause of the same source
    (
        "The veteran guerrilla leader Manuel Ortega died on Sunday, his family said, and the "
        "government later confirmed his death.",
        {("Ortega", "killed", A): 2},
    ),
    # --- "his body" and "he died" in separate sentences
    (
        "The climber Erik Dahl died on the descent from K2, his expedition said. His body "
        "was recovered by a Pakistani army helicopter on Wednesday.",
        {("Dahl", "killed", A): 2},
    ),
    # --- two restatements in one quote by the same speaker
    (
        '"My son is alive. He called me last night," said Amina Yusuf, the mother of the '
        "missing fisherman Abdi Yusuf.",
        {("Yusuf", "alive", A): 2},
    ),
    # --- a state told twice in one sentence by two verbs of one clause? "is alive and well"
    (
        "Her brother, Tarek Salem, is alive and well and living in Cairo, the family said.",
        {("Salem", "alive", A): 1},
    ),
    # --- "was shot and killed": one death, one wounding? the gold's wire style: one killed
    (
        "The journalist Pedro Alvarez was shot and killed outside his home on Monday, police said.",
        {("Alvarez", "killed", A): 1},
    ),
    # --- "was kidnapped ... his kidnapping" next sentence by another source
    (
        "The priest Joseph Okeke was kidnapped on Sunday, the diocese said. Police confirmed "
        "his kidnapping on Monday.",
        {("Okeke", "captured", A): 2},
    ),
    # --- an appositive epithet restating in a relative clause
    (
        "Colonel Hamid Rostami, who was arrested in January, remains in a military prison, "
        "his lawyer said. The 58-year-old has not been charged.",
        {("Rostami", "arrested", A): 2},
    ),
    # --- a resignation and its announcement
    (
        "The chief executive of Nordbank, Lars Eide, resigned on Tuesday. The bank announced "
        "his resignation in a statement.",
        {("Eide", "resigned", A): 2},
    ),
    # --- a whereabouts restated by the same source in the next sentence
    (
        "The fugitive businessman Viktor Kral is hiding in Dubai, prosecutors said. They "
        "said he had been living there since March.",
        {("Kral", "located_in", A): 2},
    ),
    # --- killed and buried: the burial adds no death
    (
        "The tribal elder Sheikh Hamad Al-Sayed was killed in a clash on Friday. He was "
        "buried in his village on Saturday.",
        {("Al-Sayed", "killed", A): 1},
    ),
    # --- two wounded people, one sentence
    (
        "Two reporters, Ana Silva and Joao Costa, were wounded by shrapnel, their newspaper said.",
        {("Silva", "wounded", A): 1, ("Costa", "wounded", A): 1},
    ),
    # --- a succession: the new leader's appointment told twice
    (
        "The group named Abu Bakr al-Masri as its new leader on Thursday. Al-Masri succeeds "
        "Abu Hamza, who was killed last month.",
        {("al-Masri", "leadership_change", A): 2, ("Hamza", "killed", A): 1},
    ),
    # --- R26 a noun after "after"/"since" restating a past verb of the sentence: one event
    (
        "The engineer Tomasz Wrobel, who was kidnapped in May, was freed on Monday, four "
        "months after his kidnapping.",
        {("Wrobel", "captured", A): 1, ("Wrobel", "released", A): 1},
    ),
    (
        "Police arrested the singer Dana Moga in March; she has been in jail since her arrest.",
        {("Moga", "arrested", A): 2},
    ),
    # (with no verb of the event, the noun is its own claim)
    (
        "The engineer Tomasz Wrobel was freed on Monday, four months after his kidnapping.",
        {("Wrobel", "captured", A): 1, ("Wrobel", "released", A): 1},
    ),
    # --- R27 a past event and the present or perfect state after it, coordinated: two
    (
        "The aide Radu Ionescu was detained by prosecutors on Monday and has been placed "
        "under house arrest for 30 days.",
        {("Ionescu", "arrested", A): 2},
    ),
    (
        "The former general Omar Beshir fled to Qatar in 2019 and has lived there ever since.",
        {("Beshir", "located_in", A): 2},
    ),
    # (two present states of one person are one claim)
    (
        "The mediator said the hostage Lucas Brandt is alive but is in poor health.",
        {("Brandt", "alive", A): 1},
    ),
]

# What the rules of this session do not reach yet: the count the gold conventions give, failing.
_TODO = {
    # "His brother denied that he was dead": the denial is not found
    "A pro-government channel said the commander Farid Osmani",
    # "kidnapped X and his driver, Y": the driver's capture
    "Gunmen kidnapped the engineer Paul Otieno",
    # "since his arrest": "his" is not resolved to the poet Lin Wei (the entity stage)
    "The poet Lin Wei has been in prison",
    # "X is the second journalist kidnapped": the ranked noun is not resolved to X
    "Ruth Amadi is the second journalist kidnapped",
    # "The chief executive of Nordbank, Lars Eide, resigned": no claim about Eide
    "The chief executive of Nordbank, Lars Eide",
}


def _row(text: str, counts: dict) -> object:
    todo = any(text.startswith(t) for t in _TODO)
    marks = [pytest.mark.xfail(strict=True, reason="not reached yet")] if todo else []
    return pytest.param(text, counts, marks=marks, id=text[:40])


@pytest.mark.parametrize(("text", "counts"), [_row(t, c) for t, c in COUNTS])
def test_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
