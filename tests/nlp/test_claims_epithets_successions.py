"""People told by a role word or an epithet, and changes of leader (issue
6): the held-out "fewer" and "subject" misses whose statement calls its person "the
suspect", "the detainee", "the hostage", "the 52-year-old", "the Briton", "the former
minister", a group named only later ("Three soldiers were killed ... They were named as ..."),
and successions told with such words ("The minister was replaced by X"). Short stories
written for this test about fictional people: text -> the number of claims (last word of the
subject, predicate, polarity) the pipeline must find (a count of 0: must not find)."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"
K, W, R, C, F, L, P, LC, AP = (
    "killed",
    "wounded",
    "arrested",
    "captured",
    "released",
    "alive",
    "located_in",
    "leadership_change",
    "appeared",
)

COUNTS = [
    # --- a custody noun taking up the one person a verb of custody was done to ---
    (
        "Police arrested Tomas Berger, 41, in Linz on Monday. The suspect was freed on Wednesday.",
        {("Berger", R, A): 1, ("Berger", F, A): 1},
    ),
    (
        "Police arrested Karim Nasser on Monday. On Wednesday the suspect appeared in court in Haifa.",
        {("Nasser", R, A): 1, ("Nasser", AP, A): 1},
    ),
    (
        "Lena Vos, who was detained in Riga last week, has been released. The detainee was freed "
        "without charge, her lawyer said.",
        {("Vos", R, A): 1, ("Vos", F, A): 2},
    ),
    (
        "Police charged Maria Lopes with fraud on Monday. The accused was remanded in custody.",
        {("Lopes", R, A): 1},
    ),
    (
        "Armed men kidnapped the engineer Paul Ochieng in Juba on Friday. The hostage was freed on Sunday.",
        {("Ochieng", C, A): 1, ("Ochieng", F, A): 1},
    ),
    # two people held: no telling which is "the suspect"
    (
        "Police arrested Amir Sadeh and Yossi Katz on Monday. The suspect was released on Tuesday.",
        {("Sadeh", F, A): 0, ("Katz", F, A): 0},
    ),
    # an unnamed suspect brought in: "the suspect" is that one
    (
        "Police are hunting a suspect after Omar Lutz was stabbed in Graz. Officers arrested Ben "
        "Kurz nearby. The suspect was released later.",
        {("Kurz", F, A): 0, ("Lutz", F, A): 0},
    ),
    # --- epithets the entity stage already read (inventory) ---
    (
        "Marek Novak was detained at the border on Friday. The detainee was moved to a prison in "
        "Brno on Sunday, officials said.",
        {("Novak", R, A): 1, ("Novak", P, A): 1},
    ),
    (
        "A court in Tarsa jailed the businessman Kenan Aydin on Tuesday. The 52-year-old was taken "
        "to Silivri prison after the hearing.",
        {("Aydin", R, A): 1, ("Aydin", P, A): 1},
    ),
    (
        "Gunmen seized the ship's captain, Piotr Lasko, off the coast on Monday. The captain was "
        "freed on Friday after a ransom was paid, the owners said.",
        {("Lasko", C, A): 1, ("Lasko", F, A): 1},
    ),
    (
        "The aid worker Helen Marsh was kidnapped in Gao in March. The hostage appeared in a video "
        "released on Sunday.",
        {("Marsh", C, A): 1, ("Marsh", AP, A): 1},
    ),
    (
        "The opposition leader Ivan Petrov was detained on Thursday. Hours later the opposition "
        "leader was released without charge.",
        {("Petrov", R, A): 1, ("Petrov", F, A): 1},
    ),
    (
        "The former interior minister Andrei Volkov was arrested on Monday on corruption charges. "
        "The former minister was placed under house arrest on Tuesday.",
        {("Volkov", R, A): 2},
    ),
    (
        "A British tourist, James Holloway, was arrested in Dubai on Sunday. The Briton was "
        "released on Tuesday after the charges were dropped.",
        {("Holloway", R, A): 1, ("Holloway", F, A): 1},
    ),
    (
        "The journalist Sara Lindgren was detained in Minsk on Friday. The journalist was freed on "
        "Monday, her newspaper said.",
        {("Lindgren", R, A): 1, ("Lindgren", F, A): 1},
    ),
    (
        "Colonel Ahmed Rashid was wounded in a bombing in Mosul. The colonel was flown to Baghdad "
        "for treatment.",
        {("Rashid", W, A): 1, ("Rashid", P, A): 1},
    ),
    (
        "The hostage, Daniel Price, was released on Friday. The 34-year-old engineer was flown to "
        "Nairobi on Saturday.",
        {("Price", F, A): 1, ("Price", P, A): 1},
    ),
    (
        "Protesters said the student activist Li Wen had been detained. The activist was later "
        "released, a friend said.",
        {("Wen", R, A): 1, ("Wen", F, A): 1},
    ),
    (
        "The rebel leader Abu Hamza was reported killed in a drone strike last week. But the "
        "militant chief appeared in a video on Sunday.",
        {("Hamza", K, A): 1, ("Hamza", AP, A): 1},
    ),
    (
        "Fatima Bello, a nurse, was abducted from a clinic in Kaduna on Monday. The nurse was "
        "rescued by soldiers on Thursday.",
        {("Bello", C, A): 1, ("Bello", F, A): 1},
    ),
    (
        "The mayor of Nasir, Peter Deng, was shot and wounded on Monday. The mayor is in a stable "
        "condition in hospital, his office said.",
        {("Deng", L, A): 1},
    ),
    (
        "The miners' union chief, Thabo Nkosi, was arrested on Monday. The union boss was freed on "
        "bail on Tuesday.",
        {("Nkosi", R, A): 1, ("Nkosi", F, A): 1},
    ),
    (
        "Security forces detained the cleric Sheikh Abdullah Yusuf on Monday. The preacher was "
        "released two days later, his followers said.",
        {("Yusuf", R, A): 1, ("Yusuf", F, A): 1},
    ),
    # --- "the kidnapped woman", "the injured man": the one it was done to ---
    (
        "Gunmen kidnapped Sara Haile in Addis Ababa. The kidnapped woman was released on Friday.",
        {("Haile", F, A): 1},
    ),
    (
        "Gunmen kidnapped Sara Haile and her husband Tesfaye Bekele in Addis Ababa. The kidnapped "
        "woman was released on Friday.",
        {("Haile", F, A): 1, ("Bekele", F, A): 0},
    ),
    (
        "Ali Noor was shot in the chest during the protest. The injured man was taken to hospital in Kano.",
        {("Noor", P, A): 1},
    ),
    (
        "Police arrested Tom Reed, 30, on Monday. The arrested man's brother, Sam Reed, was freed.",
        {("Reed", F, A): 1},
    ),
    (
        "A court jailed Pavel Orlov for six years in March. The prisoner was moved to a penal "
        "colony in Perm on Monday.",
        {("Orlov", P, A): 1},
    ),
    pytest.param(
        "Mehmet Kaya, 62, went missing on a hike on Friday. The missing man was found alive on Sunday.",
        {("Kaya", L, A): 1},
        marks=pytest.mark.xfail(
            reason="'the missing man' does not take up the one who went missing", strict=True
        ),
    ),
    # --- a group counted first and named in the next sentence ---
    (
        "Three soldiers were killed in an ambush near Gao on Monday. They were named as Private "
        "Luc Martin, Corporal Yann Dubois and Sergeant Eric Petit.",
        {("Martin", K, A): 1, ("Dubois", K, A): 1, ("Petit", K, A): 1},
    ),
    (
        "Three soldiers were killed in an ambush near Gao on Monday. They were identified as Luc "
        "Martin, 24, Yann Dubois, 31, and Eric Petit, 22.",
        {("Martin", K, A): 1, ("Dubois", K, A): 1, ("Petit", K, A): 1},
    ),
    (
        "Two policemen were wounded in the attack. They were named as Sergeant Ali Omar and "
        "Constable Musa Idris.",
        {("Omar", W, A): 1, ("Idris", W, A): 1},
    ),
    (
        "Four men were arrested in dawn raids on Tuesday. Police named them as Tom Reed, 30, Sam "
        "Cole, 28, Ben Hart, 35, and Joe Lane, 41.",
        {("Reed", R, A): 1, ("Lane", R, A): 1},
    ),
    (
        "Two climbers were killed in an avalanche on Mont Blanc. The victims were named as Pierre "
        "Roux and Marc Blanc.",
        {("Roux", K, A): 1, ("Blanc", K, A): 1},
    ),
    (
        "Two journalists were detained in Yangon on Friday. The pair, Kyaw Min and Aung Htet, "
        "work for the Irrawaddy Times.",
        {("Min", R, A): 1, ("Htet", R, A): 1},
    ),
    # --- changes of leader told with an office word ---
    (
        "The president fired the interior minister, Samuel Ade, on Friday. The minister was "
        "replaced by Grace Obi.",
        {("Obi", LC, A): 1, ("Ade", LC, A): 2},
    ),
    (
        "The president fired the interior minister, Samuel Ade, on Friday. The former minister was "
        "replaced by his deputy, Grace Obi.",
        {("Obi", LC, A): 1, ("Ade", LC, A): 2},
    ),
    (
        "The rebels' commander, Abu Yasin, was wounded in March. The commander was later replaced "
        "by Abu Khalid.",
        {("Khalid", LC, A): 1, ("Yasin", LC, A): 1},
    ),
    (
        "The factory's old machine was replaced by a new one, the manager, Ivo Hrib, said.",
        {("Hrib", LC, A): 0},
    ),
    (
        "Karl Weber was named chief executive of the bank on Monday, replacing Hans Vogel.",
        {("Weber", LC, A): 1, ("Vogel", LC, A): 1},
    ),
    (
        "Hans Vogel stepped down as chief executive on Monday. He was succeeded by Karl Weber.",
        {("Vogel", "resigned", A): 1, ("Vogel", LC, A): 1, ("Weber", LC, A): 1},
    ),
    (
        "The rebels said Abu Khalid had taken over as commander after the death of Abu Yasin.",
        {("Khalid", LC, A): 1},
    ),
    (
        "Abu Yasin was killed in March. His successor, Abu Khalid, vowed revenge.",
        {("Khalid", LC, A): 1},
    ),
    (
        "The militia's founder, Tomas Ruiz, died last year. His deputy, Pedro Alvarez, now leads the group.",
        {("Alvarez", LC, A): 1},
    ),
    (
        "General Omar Fadl was sacked as army chief on Tuesday. The president chose General Idris "
        "Bello to replace him.",
        {("Fadl", LC, A): 1, ("Bello", LC, A): 1},
    ),
    (
        "Paul Otieno was sworn in as police chief on Monday. The new chief vowed to fight crime.",
        {("Otieno", LC, A): 1},
    ),
    (
        "The group announced that its leader, Abu Bakr, had been replaced by Abu Ibrahim.",
        {("Bakr", LC, A): 1, ("Ibrahim", LC, A): 1},
    ),
    (
        "Colonel Ivan Sokol will serve as acting commander until a replacement is found.",
        {("Sokol", LC, A): 1},
    ),
    (
        "The junta installed General Moussa Traore as interim president on Wednesday.",
        {("Traore", LC, A): 1},
    ),
    (
        "Jorge Mendez was removed from his post as governor on Monday.",
        {("Mendez", LC, A): 1},
    ),
    (
        "Viktor Lang has been appointed head of the intelligence service, the ministry said. Lang "
        "replaces Otto Brenner, who retired in May.",
        {("Lang", LC, A): 2, ("Brenner", LC, A): 1},
    ),
    (
        "Tensions rose after the mayor, John Harte, resigned. His deputy, Sarah Lowe, was named "
        "acting mayor.",
        {("Harte", "resigned", A): 1, ("Lowe", LC, A): 1},
    ),
    (
        "Members voted to make Alice Nkemelu their chairwoman.",
        {("Nkemelu", LC, A): 1},
    ),
    (
        "Prime Minister Leo Varga resigned on Monday. The ruling party picked Finance Minister Nora "
        "Kis to succeed him.",
        {("Varga", "resigned", A): 1, ("Kis", LC, A): 1},
    ),
    # --- a take-over told by a role noun named in apposition, and arranged changes ---
    (
        "Army chief General Samir Haddad was relieved of his command on Tuesday. His deputy, "
        "General Nabil Aoun, took over.",
        {("Haddad", LC, A): 1, ("Aoun", LC, A): 1},
    ),
    (
        "The club announced on Friday that its coach, Ivo Raditz, had been dismissed. Assistant "
        "coach Filip Horvat will take charge of the team.",
        {("Raditz", LC, A): 1, ("Horvat", LC, A): 1},
    ),
    (
        "The board said the former finance chief, Lars Moen, would replace Anna Holm as chief executive.",
        {("Moen", LC, A): 1, ("Holm", LC, A): 1},
    ),
    (
        "Lars Moen will replace Anna Holm as chief executive, the board said.",
        {("Moen", LC, A): 1, ("Holm", LC, A): 1},
    ),
    (
        "The rebels took over after the army withdrew, said a resident, Omar Said.",
        {("Said", LC, A): 0},
    ),
    (
        "Filip Horvat will take charge of the investigation, police said.",
        {("Horvat", LC, A): 0},
    ),
    (
        "The group's commander, Ahmed Warsame, was killed in an airstrike in June. The group later "
        "named Ali Dheere as its new commander.",
        {("Warsame", K, A): 1, ("Dheere", LC, A): 1},
    ),
    (
        "The party's leader, Oskar Lind, resigned on Monday. His deputy, Karin Berg, will lead the "
        "party until a congress in May.",
        {("Lind", "resigned", A): 1, ("Berg", LC, A): 1},
    ),
    (
        "The bank's chief executive, Mia Holt, was ousted by the board on Monday. Chairman Erik "
        "Dahl will run the bank in the interim.",
        {("Holt", LC, A): 1, ("Dahl", LC, A): 1},
    ),
    (
        "Lieutenant Colonel Ibrahim Traore took power in a coup on Friday, ousting Colonel Paul Damiba.",
        {("Traore", LC, A): 1, ("Damiba", LC, A): 1},
    ),
    (
        "Mahmoud Karimi, the militia's longtime leader, was killed on Tuesday. His son, Reza "
        "Karimi, has taken over as head of the militia, a spokesman said.",
        {("Karimi", LC, A): 1},
    ),
    # --- more people told by a role word (inventory) ---
    (
        "Nadia Karam was arrested in Beirut on Monday. Her lawyer, Fadi Aoun, said his client had "
        "been beaten in custody and was being held at a military base.",
        {("Karam", R, A): 3, ("Karam", P, A): 1},
    ),
    (
        "Rebels abducted Father Paolo Conti in March. The priest was released in August, the diocese said.",
        {("Conti", C, A): 1, ("Conti", F, A): 1},
    ),
    (
        "The opposition leader, Grace Banda, 54, was arrested on Monday. The 54-year-old was "
        "released on bail on Wednesday.",
        {("Banda", R, A): 1, ("Banda", F, A): 1},
    ),
    (
        "The victim, Simon Okoro, was stabbed outside a bar in Lagos. His attacker, Peter Eze, 22, "
        "was arrested the next day. The 22-year-old appeared in court on Friday.",
        {("Okoro", W, A): 1, ("Eze", R, A): 1, ("Eze", AP, A): 1, ("Okoro", AP, A): 0},
    ),
    (
        "Two journalists, Ana Ruiz and Eva Solis, were detained on Monday. Both women were "
        "released a day later.",
        {("Ruiz", F, A): 1, ("Solis", F, A): 1},
    ),
    (
        "Two men were arrested after the robbery. The men, Adam Nowak and Piotr Zielinski, were "
        "released on bail on Friday.",
        {("Nowak", R, A): 1, ("Zielinski", R, A): 1, ("Nowak", F, A): 1},
    ),
    (
        "Three hikers were rescued from the mountain on Sunday. The three, Ana Gil, Rui Sa and "
        "Luis Paz, were taken to hospital in Braga.",
        {("Gil", "other:rescue", A): 1, ("Paz", "other:rescue", A): 1, ("Sa", P, A): 1},
    ),
    (
        "Two soldiers were wounded in the blast. The soldiers, whose names were not released, were "
        "flown to Kabul. A medic, Jon Ek, treated them.",
        {("Ek", W, A): 0},
    ),
    # --- an epithet among several people: the one the text introduced by it ---
    (
        "The journalist Omar Farouk and his driver, Sami Nader, were abducted near Idlib. The "
        "journalist was freed on Friday, his employer said. The driver is still missing.",
        {("Farouk", F, A): 1, ("Nader", F, A): 0, ("Nader", "other:missing", A): 1},
    ),
    (
        "Gunmen seized the Norwegian engineer Lars Dahl and his Kenyan colleague Peter Mwangi. The "
        "Norwegian was released on Sunday. The Kenyan remains in captivity.",
        {("Dahl", F, A): 1, ("Dahl", C, A): 1, ("Mwangi", C, A): 2},
    ),
    (
        "Two aid workers, Eva Lund, a Swedish nurse, and Paul Okoth, a Kenyan driver, were "
        "kidnapped in Mandera. The Swede was freed on Monday.",
        {("Lund", F, A): 1, ("Okoth", F, A): 0},
    ),
    (
        "Police arrested Marta Kos, 34, and her brother Ivan Kos, 41, in Split on Monday. The "
        "41-year-old was released on Tuesday.",
        {("Kos", F, A): 1},
    ),
    (
        "Colonel Adam Rees and Major Tom Hill were captured by the rebels. The colonel was freed "
        "in a prisoner exchange on Monday.",
        {("Rees", F, A): 1, ("Hill", F, A): 0},
    ),
    (
        "Abu Musab was killed in March. The group named Abu Talha as his successor in April. The "
        "new emir appeared in a video on Sunday.",
        {("Talha", LC, A): 1, ("Talha", AP, A): 1, ("Musab", AP, A): 0},
    ),
    pytest.param(
        "Anna Weiss, the mother of the kidnapped girl, said her daughter was alive. The 8-year-old "
        "was seized from a school bus in May.",
        {("Weiss", C, A): 0},
        marks=pytest.mark.xfail(
            reason="an age epithet falls back on the main person though an unnamed child of that age was told of",
            strict=True,
        ),
    ),
    (
        "Two Italian engineers, Marco Bellini and Luca Ferri, were kidnapped in Niger in May. The "
        "Italians were freed on Sunday, the foreign ministry said.",
        {("Bellini", F, A): 1, ("Ferri", F, A): 1},
    ),
    pytest.param(
        "Two British tourists, Ann Ray and Joe Ray, were arrested in Bali. The Britons were "
        "released on bail on Friday.",
        {("Ray", F, A): 2},
        marks=pytest.mark.xfail(
            reason="'the Britons' is read as the singular epithet 'the Briton' (one person)",
            strict=True,
        ),
    ),
    # --- a removal in the active voice ---
    (
        "The board removed Ivan Horak as chairman on Thursday.",
        {("Horak", LC, A): 1},
    ),
    (
        "The president dismissed the army chief, General Omar Fadl, from his post on Monday.",
        {("Fadl", LC, A): 1},
    ),
    (
        "The court dismissed the case against Ivan Horak, his lawyer said.",
        {("Horak", LC, A): 0},
    ),
    (
        "Soldiers fired at Ivan Horak as he fled.",
        {("Horak", LC, A): 0},
    ),
    (
        "The committee voted to remove Ivan Horak as chairman on Thursday.",
        {("Horak", LC, A): 1},
    ),
    pytest.param(
        "The shura council voted to appoint Abu Dujana as emir.",
        {("Dujana", LC, A): 1},
        marks=pytest.mark.xfail(
            reason="an appointment by vote ('voted to appoint X as emir') is read as not yet done",
            strict=True,
        ),
    ),
    pytest.param(
        "The council elected Hana Ito as mayor on Monday. Her election was confirmed by the "
        "electoral board on Wednesday.",
        {("Ito", LC, A): 2},
        marks=pytest.mark.xfail(
            reason="'her election' with no office after it restates no change", strict=True
        ),
    ),
    pytest.param(
        "The faction chose a new leader, Hamid Karimi, on Friday.",
        {("Karimi", LC, A): 1},
        marks=pytest.mark.xfail(
            reason="the choice and its apposition's 'new leader' counted twice", strict=True
        ),
    ),
    (
        "The opposition named Ruth Kamau as its candidate for president.",
        {("Kamau", LC, A): 0},
    ),
    (
        "The opposition named Ruth Kamau as its candidate. She succeeds Daniel Moi as party leader.",
        {("Kamau", LC, A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), COUNTS)
def test_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found
