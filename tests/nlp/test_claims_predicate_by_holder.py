"""Which predicate a custody, an appearance or a death takes, by the agent and the English
construction rather than the verb alone (issue 6): who holds the person
(police, soldiers, "men in plain clothes", immigration officers -> arrested; gunmen, rebels,
an armed group, a gang, "a rival faction" -> captured), the holder named in another clause,
an appearance that shows a body (a death, not an appearance). Sentences written for this
test about fictional people: text -> (last word of the subject, predicate, polarity) of a
claim that must be found, or one that must not. Rows marked xfail are constructions this
session's rules do not reach (the reason names the stage); strict, so a fix shows up."""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"

FOUND = [
    # A. custody by the state: arrested, not captured
    (
        "Police detained the activist Rania Haddad at her home in Sfax on Monday.",
        ("Haddad", "arrested", A),
    ),
    (
        "Security forces seized the blogger Omar Fares at a checkpoint on Tuesday, his lawyer said.",
        ("Fares", "arrested", A),
    ),
    (
        "The reporter Lena Brandt was taken into custody by immigration officers at the airport on Friday.",
        ("Brandt", "arrested", A),
    ),
    (
        # men in plain clothes not named as police are unknown captors (fixtures README, session 19:
        # "bundled into a van by men in plain clothes" is captured, "by plainclothes police" arrested)
        "Unknown men in plain clothes picked up the lawyer Samir Aziz outside the courthouse on Friday, colleagues said.",
        ("Aziz", "captured", A),
    ),
    (
        "The Interior Ministry said it had detained Jamal Idris, a former army officer, on suspicion of plotting a coup.",
        ("Idris", "arrested", A),
    ),
    (
        "Police said they had detained the businessman Viktor Orlov on Sunday.",
        ("Orlov", "arrested", A),
    ),
    (
        "Hamid Zaki has been held by the authorities since March, his family said.",
        ("Zaki", "arrested", A),
    ),
    (
        "Authorities in the capital arrested the union organiser Luis Pena on Wednesday.",
        ("Pena", "arrested", A),
    ),
    (
        "The cameraman Ahmed Saleh was detained by Turkish border guards while crossing into Syria, his employer said.",
        ("Saleh", "arrested", A),
    ),
    (
        "Officers seized the cartel accountant Ramon Vega at a ranch near Culiacan, prosecutors said.",
        ("Vega", "arrested", A),
    ),
    (
        "Plainclothes agents grabbed the student Kemal Arslan as he left a lecture hall, witnesses said.",
        ("Arslan", "arrested", A),
    ),
    (
        "The state security service is holding the poet Yara Khoury, a rights group said.",
        ("Khoury", "arrested", A),
    ),
    (
        "Police raided the flat at dawn. They detained the rapper Dani Cruz and two of his friends.",
        ("Cruz", "arrested", A),
    ),
    pytest.param(
        "The 34-year-old, identified by prosecutors as Bruno Lenz, was picked up by detectives at a motorway service station.",
        ("Lenz", "arrested", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="entities: the epithet 'The 34-year-old' is parsed as a DATE and never resolved to the name",
        ),
    ),
    (
        "The customs agency confirmed that officers had held the singer Ana Morales for six hours at the port.",
        ("Morales", "arrested", A),
    ),
    (
        "Gendarmes took the mayor, Pierre Lamy, into custody on Thursday.",
        ("Lamy", "arrested", A),
    ),
    (
        "The junta's soldiers seized the prime minister, Ousmane Diallo, at his residence before dawn.",
        ("Diallo", "arrested", A),
    ),
    (
        "Zimbabwean police have held the opposition MP Tendai Moyo since Friday, his party said.",
        ("Moyo", "arrested", A),
    ),
    (
        "Iran has detained the French tourist Luc Girard, the foreign ministry in Paris said.",
        ("Girard", "arrested", A),
    ),
    (
        "The dissident Li Ming was taken away by state security officers on Tuesday night, his wife said.",
        ("Ming", "arrested", A),
    ),
    # B. non-state holders: captured, not arrested
    (
        "Gunmen seized the engineer Paolo Ricci from his car near Kaduna on Tuesday.",
        ("Ricci", "captured", A),
    ),
    (
        "The aid worker Claire Dubois was detained by rebels at a roadblock, the charity said.",
        ("Dubois", "captured", A),
    ),
    (
        "Rebels have held the surgeon Amir Khan since June, his employer said.",
        ("Khan", "captured", A),
    ),
    (
        "Militiamen picked up the teacher Yusuf Bello at the market on Saturday, residents said.",
        ("Bello", "captured", A),
    ),
    (
        "Kidnappers took the businessman Chen Wei from his home in Lagos on Sunday night.",
        ("Wei", "captured", A),
    ),
    (
        "The Northern Lions group said it was holding the pilot Erik Holm.",
        ("Holm", "captured", A),
    ),
    (
        "An armed group detained the priest Joseph Okoro on Monday, the diocese said.",
        ("Okoro", "captured", A),
    ),
    (
        "The trader Ali Musa was grabbed by unidentified gunmen near the market.",
        ("Musa", "captured", A),
    ),
    (
        "Fighters from a rival faction arrested the commander Idris Garba on Friday, a spokesman said.",
        ("Garba", "captured", A),
    ),
    (
        "Armed men stormed the guesthouse on Monday night. They seized the aid worker Tomas Berg and drove off.",
        ("Berg", "captured", A),
    ),
    (
        "Pirates boarded the tanker on Sunday and took its captain, Nikos Pappas, ashore.",
        ("Pappas", "captured", A),
    ),
    (
        "The missionary Ruth Olsen, 61, is being held by a jihadist group in the Sahel, her church said.",
        ("Olsen", "captured", A),
    ),
    pytest.param(
        "Al-Shabaab militants detained the driver Abdi Warsame at a roadblock outside Baidoa.",
        ("Warsame", "captured", A),
        marks=pytest.mark.xfail(
            strict=True, reason="parser: the name is hung as a ccomp of 'detained', not its object"
        ),
    ),
    (
        "Members of the Red Hand militia seized the journalist Mona Saad in Sirte, her newspaper said. The militia has held her since.",
        ("Saad", "captured", A),
    ),
    (
        "Tribesmen held the Norwegian hiker Ola Dahl for three days before releasing him unharmed.",
        ("Dahl", "captured", A),
    ),
    (
        "Tribesmen held the Norwegian hiker Ola Dahl for three days before releasing him unharmed.",
        ("Dahl", "released", A),
    ),
    (
        "Smugglers are holding the migrant Samuel Tesfaye in a warehouse in Libya, his brother said.",
        ("Tesfaye", "captured", A),
    ),
    (
        "Insurgents captured the police chief Rahim Noori after a two-hour battle, officials said.",
        ("Noori", "captured", A),
    ),
    (
        "A gang seized the cattle trader Bala Usman on Wednesday and has demanded a ransom.",
        ("Usman", "captured", A),
    ),
    # C. appearance vs state
    (
        "The jailed activist Nadia Rahman appeared in court in Cairo on Monday.",
        ("Rahman", "appeared", A),
    ),
    (
        "The jailed activist Nadia Rahman appeared in court in Cairo on Monday.",
        ("Rahman", "arrested", A),
    ),
    (
        "The kidnapped engineer Paul Dunn appeared in a video on Tuesday, pleading for his release.",
        ("Dunn", "appeared", A),
    ),
    (
        "The kidnapped engineer Paul Dunn appeared in a video on Tuesday, pleading for his release.",
        ("Dunn", "captured", A),
    ),
    pytest.param(
        "In the video, Ibrahim Musa appears tired but says he is being treated well.",
        ("Musa", "alive", A),
        marks=pytest.mark.xfail(
            strict=True, reason="claims_states: 'appears tired' in a video gives only 'appeared'"
        ),
    ),
    (
        "A video posted by the group on Sunday shows the body of the pilot Karl Weiss.",
        ("Weiss", "killed", A),
    ),
    (
        "Khalid Nour, the militia leader reported killed last month, appeared on state television on Sunday to deny his death.",
        ("Nour", "appeared", A),
    ),
    (
        "The missing climber Jonas Berg called his sister from a mountain hut on Friday, the family said.",
        ("Berg", "alive", A),
    ),
    (
        "The opposition leader Tariq Mansour appeared at a rally in Benghazi on Saturday.",
        ("Mansour", "appeared", A),
    ),
    (
        "The hostage Marco Bianchi appeared thin but alive in a video released on Monday.",
        ("Bianchi", "alive", A),
    ),
    (
        "Rebels released a photograph showing the captured colonel Abel Dia holding a dated newspaper.",
        ("Dia", "captured", A),
    ),
    (
        "The detained tycoon Victor Ma made his first public appearance since his arrest at a hearing on Thursday.",
        ("Ma", "appeared", A),
    ),
    (
        "The general, Salim Boutros, has not appeared in public since January, fuelling rumours of his death.",
        ("Boutros", "appeared", N),
    ),
    # D. death vs capture; leadership vs death
    # (superseded by the README's session-18 convention: a militant captured in the state's raid,
    # no captor named, is arrested; read since session 20, claims_seizures.quarry_captured)
    pytest.param(
        "The rebel commander Bashir Adam was captured, not killed, in the raid, the army said.",
        ("Adam", "captured", A),
        marks=pytest.mark.xfail(strict=True, reason="superseded: session-18 convention"),
    ),
    (
        "The rebel commander Bashir Adam was captured, not killed, in the raid, the army said.",
        ("Adam", "arrested", A),
    ),
    (
        "Gunmen killed the village chief Musa Gana and abducted his son, Ibrahim Gana.",
        ("Gana", "killed", A),
    ),
    (
        "Gunmen killed the village chief Musa Gana and abducted his son, Ibrahim Gana.",
        ("Gana", "captured", A),
    ),
    (
        "The group named Abu Yahya as its new leader after the death of Abu Hamza.",
        ("Yahya", "leadership_change", A),
    ),
    (
        "The group named Abu Yahya as its new leader after the death of Abu Hamza.",
        ("Hamza", "killed", A),
    ),
    (
        "Abu Hamza was replaced as leader after he was arrested in June.",
        ("Hamza", "leadership_change", A),
    ),
    (
        "Abu Hamza was replaced as leader after he was arrested in June.",
        ("Hamza", "arrested", A),
    ),
    (
        "Soldiers killed two gunmen and captured a third, Musa Tanko, in the forest.",
        ("Tanko", "arrested", A),  # soldiers hold for the state
    ),
    pytest.param(
        "The kidnappers of the engineer Hans Vogel have killed him, his company said.",
        ("Vogel", "killed", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="parser: 'Vogel' is made the subject of 'killed' and 'him' its object",
        ),
    ),
    (
        "Hassan Darwish, who took over the group after his brother's death, was arrested by police in Amman on Tuesday.",
        ("Darwish", "arrested", A),
    ),
    (
        "The brigade's former chief, Omar Tell, was ousted last year and later captured by a rival faction.",
        ("Tell", "captured", A),
    ),
    # E. release by whom
    (
        "The kidnappers freed the nurse Grace Obi on Sunday after her family paid a ransom.",
        ("Obi", "released", A),
    ),
    (
        "Police released the student Kareem Aziz without charge on Tuesday evening.",
        ("Aziz", "released", A),
    ),
    (
        "The aid worker Jan Novak, who was abducted in March, was freed by his captors on Friday.",
        ("Novak", "released", A),
    ),
    (
        "The aid worker Jan Novak, who was abducted in March, was freed by his captors on Friday.",
        ("Novak", "captured", A),
    ),
    (
        "The authorities released the opposition leader Ama Owusu on bail on Monday.",
        ("Owusu", "released", A),
    ),
    # F. mixed: two people, epithets, pronouns
    (
        "Police arrested the suspected ringleader, Dimitri Volkov, on Monday. His associate, Ivan Petrov, was kidnapped by a rival gang the same night.",
        ("Volkov", "arrested", A),
    ),
    (
        "Police arrested the suspected ringleader, Dimitri Volkov, on Monday. His associate, Ivan Petrov, was kidnapped by a rival gang the same night.",
        ("Petrov", "captured", A),
    ),
    (
        "The 52-year-old, Farid Amini, was seized by armed men outside his shop. Police later detained two suspects.",
        ("Amini", "captured", A),
    ),
    (
        "Rebels freed the soldier Kwame Asante on Tuesday. He was later detained by military police for desertion.",
        ("Asante", "released", A),
    ),
    (
        "Rebels freed the soldier Kwame Asante on Tuesday. He was later detained by military police for desertion.",
        ("Asante", "arrested", A),
    ),
    (
        "Security forces have detained Walid Jumaa, the militia leader accused of holding the journalist Sara Haddad for two months.",
        ("Jumaa", "arrested", A),
    ),
    # G. agent in another clause or sentence
    (
        "Police said on Monday that they had detained the blogger Sami Nasser over a post on Facebook.",
        ("Nasser", "arrested", A),
    ),
    (
        "The Crimson Brigade said it had detained the contractor Ivo Kral, accusing him of spying.",
        ("Kral", "captured", A),
    ),
    (
        "Rebels stopped the convoy near Bunia and detained the nurse Esther Mbeki, the charity said.",
        ("Mbeki", "captured", A),
    ),
    pytest.param(
        "Gunmen stormed the hotel on Friday and took the consultant Peter Haas hostage.",
        ("Haas", "captured", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="claims_verbs: the active 'took X hostage' (object complement) is not read",
        ),
    ),
    (
        "Soldiers surrounded the house and detained the opposition MP Grace Akinyi.",
        ("Akinyi", "arrested", A),
    ),
    (
        "The rebel group has been holding the journalist Omar Diaz since April, according to his editor.",
        ("Diaz", "captured", A),
    ),
    (
        "A criminal gang detained the shopkeeper Rajesh Kumar for four days until his family paid.",
        ("Kumar", "captured", A),
    ),
    (
        "Masked men detained the activist Leila Karimi outside her office, her colleagues said.",
        ("Karimi", "captured", A),
    ),
    (
        "Armed men detained the geologist Henrik Sand at a roadblock near the mine.",
        ("Sand", "captured", A),
    ),
    (
        "Members of the Blue Hand militia detained the reporter Femi Adeyemi in Tripoli on Sunday.",
        ("Adeyemi", "captured", A),
    ),
    (
        "The veterinarian Carlos Mena was detained by members of a drug gang, his wife said.",
        ("Mena", "captured", A),
    ),
    (
        "Traffickers are holding the teenager Aisha Bello in a house near the border, police believe.",
        ("Bello", "captured", A),
    ),
    # H. appeared vs located_in / alive / killed
    (
        "The fugitive banker Otto Kern was seen in Dubai last week, investigators said.",
        ("Kern", "appeared", A),
    ),
    (
        "The fugitive banker Otto Kern was seen in Dubai last week, investigators said.",
        ("Kern", "located_in", A),
    ),
    (
        "The missing hiker Anna Roth was found alive in a ravine on Sunday.",
        ("Roth", "alive", A),
    ),
    (
        "The missing hiker Anna Roth was found alive in a ravine on Sunday.",
        ("Roth", "located_in", A),
    ),
    pytest.param(
        "The body of the missing fisherman Juma Ali was found on a beach on Monday, police said.",
        ("Ali", "killed", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="claims_states: 'the body of X was found' gives located_in, not the death",
        ),
    ),
    (
        "The abducted nun Maria Teresa Luz appeared in a video released by her captors on Friday.",
        ("Luz", "appeared", A),
    ),
    (
        "The abducted nun Maria Teresa Luz appeared in a video released by her captors on Friday.",
        ("Luz", "captured", A),
    ),
    (
        "The new leader of the movement, Abu Karim, has succeeded Abu Said, who was killed in an air strike in May.",
        ("Karim", "leadership_change", A),
    ),
    (
        "The new leader of the movement, Abu Karim, has succeeded Abu Said, who was killed in an air strike in May.",
        ("Said", "killed", A),
    ),
    # I. a capture the state made, though the verb names no captor
    (
        "Federal police announced the capture of the cartel boss Ramon Tello on Monday.",
        ("Tello", "arrested", A),
    ),
    (
        "The financier Paulo Neves was captured alive and was being questioned in the capital, the army said.",
        ("Neves", "arrested", A),
    ),
    (
        "Tomas Leal was captured in the raid and sentenced to life in 2009.",
        ("Leal", "arrested", A),
    ),
    (
        "The smuggler Badr Hilal was captured near the border and charged with trafficking, prosecutors said.",
        ("Hilal", "arrested", A),
    ),
    (
        "Kidnappers captured the banker Yves Roux and questioned him for hours about his accounts.",
        ("Roux", "captured", A),
    ),
    (
        "Rebels captured the pilot Ivan Sokol in March, and a rebel court sentenced him to death in May.",
        ("Sokol", "captured", A),
    ),
    (
        "The engineer Lars Holt was captured by gunmen in 2019. He was never charged with anything.",
        ("Holt", "captured", A),
    ),
    (
        "The rebels announced the capture of the army major Felix Ondo.",
        ("Ondo", "captured", A),
    ),
    # J. death vs survival, a body shown
    (
        "The commander Musa Hilal survived an air strike that killed two of his bodyguards.",
        ("Hilal", "alive", A),
    ),
    pytest.param(
        "Ali Hamdan escaped the ambush unhurt, but his driver was killed, the governor's office said.",
        ("Hamdan", "alive", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="claims_states: 'escaped the ambush unhurt' gives wounded (negated), not the health state 'alive' that a bare 'was unhurt' gives",
        ),
    ),
    (
        "State television showed the body of the rebel leader Saleh Idris on Monday evening.",
        ("Idris", "killed", A),
    ),
    # K. leadership vs death
    (
        "Abu Bakr Hassan was named leader of the group on Friday, two weeks after his predecessor, Abu Musa, was killed in a drone strike.",
        ("Hassan", "leadership_change", A),
    ),
    (
        "Abu Bakr Hassan was named leader of the group on Friday, two weeks after his predecessor, Abu Musa, was killed in a drone strike.",
        ("Musa", "killed", A),
    ),
    (
        "Following the death of its leader, Abu Anas, the group pledged allegiance to its new emir, Abu Talha.",
        ("Talha", "leadership_change", A),
    ),
    (
        "Following the death of its leader, Abu Anas, the group pledged allegiance to its new emir, Abu Talha.",
        ("Anas", "killed", A),
    ),
    (
        "General Tomas Vieira was removed as army chief on Monday, a week after he was wounded in an attack.",
        ("Vieira", "leadership_change", A),
    ),
    (
        "General Tomas Vieira was removed as army chief on Monday, a week after he was wounded in an attack.",
        ("Vieira", "wounded", A),
    ),
    (
        "The rebels' commander, Ibrahim Lado, was killed on Sunday. His deputy, Sani Garba, has taken over, the group said.",
        ("Lado", "killed", A),
    ),
    (
        "The rebels' commander, Ibrahim Lado, was killed on Sunday. His deputy, Sani Garba, has taken over, the group said.",
        ("Garba", "leadership_change", A),
    ),
    (
        "Colonel Musa Dankwa, who led the coup, was sworn in as interim president on Friday.",
        ("Dankwa", "leadership_change", A),
    ),
    # L. more custody wordings
    (
        "The ousted president, Alfa Kone, is being held by the junta at a military camp outside the capital.",
        ("Kone", "arrested", A),
    ),
    (
        "The engineer Pavel Sorin is in the hands of a criminal gang, police said.",
        ("Sorin", "captured", A),
    ),
    (
        "Security agents bundled the student leader Mehdi Amini into an unmarked car on Monday night.",
        ("Amini", "arrested", A),
    ),
    (
        "Three masked men bundled the businessman Joao Silva into a car outside his office.",
        ("Silva", "captured", A),
    ),
    (
        "The aid worker Hana Ito, who was abducted in May, is being held by a splinter faction, officials believe.",
        ("Ito", "captured", A),
    ),
    (
        "Militants loyal to the group seized the district governor, Haji Rahim, and two of his aides.",
        ("Rahim", "captured", A),
    ),
    (
        "Forces loyal to the general detained the prime minister, Adam Salih, at his home before dawn.",
        ("Salih", "arrested", A),
    ),
    (
        "Fighters of a rival clan detained the elder Mohamed Abdi near Beledweyne on Tuesday.",
        ("Abdi", "captured", A),
    ),
    (
        "The cleric Yahya Noor has been held by the intelligence service since his arrest in May.",
        ("Noor", "arrested", A),
    ),
    (
        "Customs officers detained the footballer Rui Lopes for questioning at the airport on Sunday.",
        ("Lopes", "arrested", A),
    ),
    # M. no sighting: a judgment ("see X as"), a habit ("rarely appears")
    (
        "Witnesses saw the fugitive, Karl Dorn, in a cafe in Split on Monday.",
        ("Dorn", "appeared", A),
    ),
    (
        "Omar Sadiq appeared in public on Friday for the first time since the strike.",
        ("Sadiq", "appeared", A),
    ),
    (
        "The banker Tom Hale was seen in Monaco last month, a former associate said.",
        ("Hale", "appeared", A),
    ),
    (
        "The banker Tom Hale was seen in Monaco last month, a former associate said.",
        ("Hale", "located_in", A),
    ),
    # N. "I am free": a denial of custody, not a release
    (
        'The prime minister, Rui Vaz, was reported arrested at dawn. Hours later he posted a video. "I am free and I am at my desk," he said.',
        ("Vaz", "arrested", N),
    ),
    (
        'The kidnapped nurse Pia Lund was freed on Monday. "I am free," she told reporters at the airport.',
        ("Lund", "released", A),
    ),
    (
        '"I am free at last," said the aid worker Jon Ek after 200 days in captivity.',
        ("Ek", "released", A),
    ),
    (
        'The journalist Mira Sand, who was freed last week, said: "I was free, but I could not believe it."',
        ("Sand", "released", A),
    ),
    # O. survival vs death, a death shown in pictures
    (
        "The militia said its commander, Yusuf Barre, was not among those killed in the strike.",
        ("Barre", "killed", N),
    ),
    (
        "Contrary to earlier reports, the reporter Lina Park was not killed in the shelling. She was wounded in the arm.",
        ("Park", "killed", N),
    ),
    (
        "Contrary to earlier reports, the reporter Lina Park was not killed in the shelling. She was wounded in the arm.",
        ("Park", "wounded", A),
    ),
    (
        "The hostage Peter Voss is alive, according to a video in which he mentions the killing of a fellow captive.",
        ("Voss", "alive", A),
    ),
    (
        "Khalid Sharif, the brother-in-law of the slain commander Hassan Omar, said he would avenge him.",
        ("Omar", "killed", A),
    ),
    (
        "The widow of the murdered journalist Tomas Berg, Anna Lind, called for an inquiry on Monday.",
        ("Berg", "killed", A),
    ),
    (
        "Reports on social media that the singer Ama Boateng had died were false, her manager said.",
        ("Boateng", "killed", N),
    ),
    (
        "The commander Idris Musa, who was wounded in the attack that killed his deputy, Sani Bala, is recovering in hospital.",
        ("Musa", "wounded", A),
    ),
    (
        "The commander Idris Musa, who was wounded in the attack that killed his deputy, Sani Bala, is recovering in hospital.",
        ("Bala", "killed", A),
    ),
    (
        "The group released a video showing the execution of the pilot Tariq Aziz.",
        ("Aziz", "killed", A),
    ),
    (
        "Images of the slain cleric Umar Faruq circulated on Sunday.",
        ("Faruq", "killed", A),
    ),
    (
        "The governor, Ali Bako, survived the blast that killed three of his guards, officials said.",
        ("Bako", "alive", A),
    ),
    # P. custody in other registers: police brief, live blog, transcript, court report
    (
        "POLICE BRIEF: Officers detained a 41-year-old man, Gary Holt, on Elm Street at 2 a.m. on suspicion of burglary.",
        ("Holt", "arrested", A),
    ),
    (
        "14:05 - Our correspondent says soldiers have taken the deputy speaker, Amina Sow, from her home. Her whereabouts are unknown.",
        ("Sow", "arrested", A),
    ),
    (
        "The magistrate remanded the teacher Ruth Adeyemi in custody until her trial next month.",
        ("Adeyemi", "arrested", A),
    ),
    (
        "The engineer Omar Faris was abducted by gunmen on Monday. They are holding him in the hills near Dera, police said.",
        ("Faris", "captured", A),
    ),
    (
        "The cartel enforcer Luis Cano was handed over to federal prosecutors on Tuesday after his arrest in Texas.",
        ("Cano", "arrested", A),
    ),
    (
        "Border police detained the photographer Selin Oz for nine hours at the airport and confiscated her cameras.",
        ("Oz", "arrested", A),
    ),
    (
        "A rebel faction has held the UN consultant Marc Dupont since January, the organisation said on Thursday.",
        ("Dupont", "captured", A),
    ),
    (
        "The blogger Ilya Sorokin remains in detention at a police station in Tver, his lawyer said.",
        ("Sorokin", "arrested", A),
    ),
    pytest.param(
        "Islamist fighters stopped the bus near Gao and detained a passenger, the trader Amadou Sy, witnesses said.",
        ("Sy", "captured", A),
        marks=pytest.mark.xfail(
            strict=True,
            reason="entities: in 'a passenger, the trader X' the name is tagged ORG and the claim stays on 'passenger'",
        ),
    ),
    (
        "Army units detained the former minister Paulo Neto at a checkpoint, a government spokesman said.",
        ("Neto", "arrested", A),
    ),
    (
        "The rights lawyer Chen Jie has been held incommunicado by state security since August.",
        ("Jie", "arrested", A),
    ),
    # Q. a named holder: a state agency or an armed group, told by its name's head word
    (
        "The researcher Anna Kovac is being held by the State Security Service in the capital, her employer said.",
        ("Kovac", "arrested", A),
    ),
    (
        "The businessman Reza Tehrani has been held by the Revolutionary Guards since May.",
        ("Tehrani", "arrested", A),
    ),
    (
        "The engineer Adil Rana is being held by the Interior Ministry's anti-terrorism directorate, his wife said.",
        ("Rana", "arrested", A),
    ),
    (
        "The nurse Mary Achieng is being held by the Liberation Front in the north, the charity said.",
        ("Achieng", "captured", A),
    ),
    (
        "The pilot Sven Berg has been held by the Black Flag Brigade since his plane came down in June.",
        ("Berg", "captured", A),
    ),
    (
        "The Federal Investigation Bureau is holding the banker Yusuf Demir for questioning.",
        ("Demir", "arrested", A),
    ),
    # R. attending a funeral is an appearance of the mourner, none of the dead
    (
        "The opposition leader Sami Adel attended the funeral of the slain activist Noor Jaber on Monday.",
        ("Adel", "appeared", A),
    ),
    (
        "The opposition leader Sami Adel attended the funeral of the slain activist Noor Jaber on Monday.",
        ("Jaber", "killed", A),
    ),
]

NOT_FOUND = [
    # A. custody by the state: arrested, not captured
    (
        "Police detained the activist Rania Haddad at her home in Sfax on Monday.",
        ("Haddad", "captured", A),
    ),
    (
        "Security forces seized the blogger Omar Fares at a checkpoint on Tuesday, his lawyer said.",
        ("Fares", "captured", A),
    ),
    (
        "The reporter Lena Brandt was taken into custody by immigration officers at the airport on Friday.",
        ("Brandt", "captured", A),
    ),
    (
        "Unknown men in plain clothes picked up the lawyer Samir Aziz outside the courthouse on Friday, colleagues said.",
        ("Aziz", "arrested", A),
    ),
    (
        "The Interior Ministry said it had detained Jamal Idris, a former army officer, on suspicion of plotting a coup.",
        ("Idris", "captured", A),
    ),
    (
        "Police said they had detained the businessman Viktor Orlov on Sunday.",
        ("Orlov", "captured", A),
    ),
    (
        "Hamid Zaki has been held by the authorities since March, his family said.",
        ("Zaki", "captured", A),
    ),
    (
        "Authorities in the capital arrested the union organiser Luis Pena on Wednesday.",
        ("Pena", "captured", A),
    ),
    (
        "The cameraman Ahmed Saleh was detained by Turkish border guards while crossing into Syria, his employer said.",
        ("Saleh", "captured", A),
    ),
    (
        "Officers seized the cartel accountant Ramon Vega at a ranch near Culiacan, prosecutors said.",
        ("Vega", "captured", A),
    ),
    (
        "Plainclothes agents grabbed the student Kemal Arslan as he left a lecture hall, witnesses said.",
        ("Arslan", "captured", A),
    ),
    (
        "The state security service is holding the poet Yara Khoury, a rights group said.",
        ("Khoury", "captured", A),
    ),
    (
        "Police raided the flat at dawn. They detained the rapper Dani Cruz and two of his friends.",
        ("Cruz", "captured", A),
    ),
    (
        "The 34-year-old, identified by prosecutors as Bruno Lenz, was picked up by detectives at a motorway service station.",
        ("Lenz", "captured", A),
    ),
    (
        "The customs agency confirmed that officers had held the singer Ana Morales for six hours at the port.",
        ("Morales", "captured", A),
    ),
    (
        "Gendarmes took the mayor, Pierre Lamy, into custody on Thursday.",
        ("Lamy", "captured", A),
    ),
    (
        "Zimbabwean police have held the opposition MP Tendai Moyo since Friday, his party said.",
        ("Moyo", "captured", A),
    ),
    (
        "Iran has detained the French tourist Luc Girard, the foreign ministry in Paris said.",
        ("Girard", "captured", A),
    ),
    (
        "The dissident Li Ming was taken away by state security officers on Tuesday night, his wife said.",
        ("Ming", "captured", A),
    ),
    # B. non-state holders: captured, not arrested
    (
        "Gunmen seized the engineer Paolo Ricci from his car near Kaduna on Tuesday.",
        ("Ricci", "arrested", A),
    ),
    (
        "The aid worker Claire Dubois was detained by rebels at a roadblock, the charity said.",
        ("Dubois", "arrested", A),
    ),
    (
        "Rebels have held the surgeon Amir Khan since June, his employer said.",
        ("Khan", "arrested", A),
    ),
    (
        "Militiamen picked up the teacher Yusuf Bello at the market on Saturday, residents said.",
        ("Bello", "arrested", A),
    ),
    (
        "Kidnappers took the businessman Chen Wei from his home in Lagos on Sunday night.",
        ("Wei", "arrested", A),
    ),
    (
        "The Northern Lions group said it was holding the pilot Erik Holm.",
        ("Holm", "arrested", A),
    ),
    (
        "An armed group detained the priest Joseph Okoro on Monday, the diocese said.",
        ("Okoro", "arrested", A),
    ),
    (
        "The trader Ali Musa was grabbed by unidentified gunmen near the market.",
        ("Musa", "arrested", A),
    ),
    (
        "Fighters from a rival faction arrested the commander Idris Garba on Friday, a spokesman said.",
        ("Garba", "arrested", A),
    ),
    (
        "Armed men stormed the guesthouse on Monday night. They seized the aid worker Tomas Berg and drove off.",
        ("Berg", "arrested", A),
    ),
    (
        "Pirates boarded the tanker on Sunday and took its captain, Nikos Pappas, ashore.",
        ("Pappas", "arrested", A),
    ),
    (
        "The missionary Ruth Olsen, 61, is being held by a jihadist group in the Sahel, her church said.",
        ("Olsen", "arrested", A),
    ),
    (
        "Al-Shabaab militants detained the driver Abdi Warsame at a roadblock outside Baidoa.",
        ("Warsame", "arrested", A),
    ),
    (
        "Members of the Red Hand militia seized the journalist Mona Saad in Sirte, her newspaper said. The militia has held her since.",
        ("Saad", "arrested", A),
    ),
    (
        "Tribesmen held the Norwegian hiker Ola Dahl for three days before releasing him unharmed.",
        ("Dahl", "arrested", A),
    ),
    (
        "Smugglers are holding the migrant Samuel Tesfaye in a warehouse in Libya, his brother said.",
        ("Tesfaye", "arrested", A),
    ),
    (
        "Insurgents captured the police chief Rahim Noori after a two-hour battle, officials said.",
        ("Noori", "arrested", A),
    ),
    (
        "A gang seized the cattle trader Bala Usman on Wednesday and has demanded a ransom.",
        ("Usman", "arrested", A),
    ),
    # C. appearance vs state
    (
        "A video posted by the group on Sunday shows the body of the pilot Karl Weiss.",
        ("Weiss", "appeared", A),
    ),
    (
        "A video posted by the group on Sunday shows the body of the pilot Karl Weiss.",
        ("Weiss", "alive", A),
    ),
    (
        "The missing climber Jonas Berg called his sister from a mountain hut on Friday, the family said.",
        ("Berg", "killed", A),
    ),
    (
        "The opposition leader Tariq Mansour appeared at a rally in Benghazi on Saturday.",
        ("Mansour", "arrested", A),
    ),
    (
        "The hostage Marco Bianchi appeared thin but alive in a video released on Monday.",
        ("Bianchi", "killed", A),
    ),
    (
        "Rebels released a photograph showing the captured colonel Abel Dia holding a dated newspaper.",
        ("Dia", "killed", A),
    ),
    (
        "The general, Salim Boutros, has not appeared in public since January, fuelling rumours of his death.",
        ("Boutros", "appeared", A),
    ),
    # D. death vs capture; leadership vs death
    (
        "The rebel commander Bashir Adam was captured, not killed, in the raid, the army said.",
        ("Adam", "killed", A),
    ),
    (
        "The group named Abu Yahya as its new leader after the death of Abu Hamza.",
        ("Yahya", "killed", A),
    ),
    (
        "Abu Hamza was replaced as leader after he was arrested in June.",
        ("Hamza", "killed", A),
    ),
    (
        "Soldiers killed two gunmen and captured a third, Musa Tanko, in the forest.",
        ("Tanko", "killed", A),
    ),
    (
        "Hassan Darwish, who took over the group after his brother's death, was arrested by police in Amman on Tuesday.",
        ("Darwish", "captured", A),
    ),
    (
        "The brigade's former chief, Omar Tell, was ousted last year and later captured by a rival faction.",
        ("Tell", "arrested", A),
    ),
    # E. release by whom
    (
        "The kidnappers freed the nurse Grace Obi on Sunday after her family paid a ransom.",
        ("Obi", "arrested", A),
    ),
    (
        "Police released the student Kareem Aziz without charge on Tuesday evening.",
        ("Aziz", "captured", A),
    ),
    (
        "The aid worker Jan Novak, who was abducted in March, was freed by his captors on Friday.",
        ("Novak", "arrested", A),
    ),
    (
        "The authorities released the opposition leader Ama Owusu on bail on Monday.",
        ("Owusu", "captured", A),
    ),
    # F. mixed: two people, epithets, pronouns
    (
        "Police arrested the suspected ringleader, Dimitri Volkov, on Monday. His associate, Ivan Petrov, was kidnapped by a rival gang the same night.",
        ("Volkov", "captured", A),
    ),
    (
        "Police arrested the suspected ringleader, Dimitri Volkov, on Monday. His associate, Ivan Petrov, was kidnapped by a rival gang the same night.",
        ("Petrov", "arrested", A),
    ),
    (
        "The 52-year-old, Farid Amini, was seized by armed men outside his shop. Police later detained two suspects.",
        ("Amini", "arrested", A),
    ),
    (
        "Security forces have detained Walid Jumaa, the militia leader accused of holding the journalist Sara Haddad for two months.",
        ("Jumaa", "captured", A),
    ),
    # G. agent in another clause or sentence
    (
        "Police said on Monday that they had detained the blogger Sami Nasser over a post on Facebook.",
        ("Nasser", "captured", A),
    ),
    (
        "The Crimson Brigade said it had detained the contractor Ivo Kral, accusing him of spying.",
        ("Kral", "arrested", A),
    ),
    (
        "Rebels stopped the convoy near Bunia and detained the nurse Esther Mbeki, the charity said.",
        ("Mbeki", "arrested", A),
    ),
    (
        "Gunmen stormed the hotel on Friday and took the consultant Peter Haas hostage.",
        ("Haas", "arrested", A),
    ),
    (
        "Soldiers surrounded the house and detained the opposition MP Grace Akinyi.",
        ("Akinyi", "captured", A),
    ),
    (
        "The rebel group has been holding the journalist Omar Diaz since April, according to his editor.",
        ("Diaz", "arrested", A),
    ),
    (
        "A criminal gang detained the shopkeeper Rajesh Kumar for four days until his family paid.",
        ("Kumar", "arrested", A),
    ),
    (
        "Armed men detained the geologist Henrik Sand at a roadblock near the mine.",
        ("Sand", "arrested", A),
    ),
    (
        "Members of the Blue Hand militia detained the reporter Femi Adeyemi in Tripoli on Sunday.",
        ("Adeyemi", "arrested", A),
    ),
    (
        "The veterinarian Carlos Mena was detained by members of a drug gang, his wife said.",
        ("Mena", "arrested", A),
    ),
    (
        "Traffickers are holding the teenager Aisha Bello in a house near the border, police believe.",
        ("Bello", "arrested", A),
    ),
    # H. appeared vs located_in / alive / killed
    (
        "The missing hiker Anna Roth was found alive in a ravine on Sunday.",
        ("Roth", "killed", A),
    ),
    (
        "The body of the missing fisherman Juma Ali was found on a beach on Monday, police said.",
        ("Ali", "alive", A),
    ),
    (
        "The body of the missing fisherman Juma Ali was found on a beach on Monday, police said.",
        ("Ali", "appeared", A),
    ),
    (
        "The abducted nun Maria Teresa Luz appeared in a video released by her captors on Friday.",
        ("Luz", "arrested", A),
    ),
    (
        "The new leader of the movement, Abu Karim, has succeeded Abu Said, who was killed in an air strike in May.",
        ("Karim", "killed", A),
    ),
    # I. a capture the state made, though the verb names no captor
    (
        "Federal police announced the capture of the cartel boss Ramon Tello on Monday.",
        ("Tello", "captured", A),
    ),
    (
        "The financier Paulo Neves was captured alive and was being questioned in the capital, the army said.",
        ("Neves", "captured", A),
    ),
    (
        "Tomas Leal was captured in the raid and sentenced to life in 2009.",
        ("Leal", "captured", A),
    ),
    (
        "The smuggler Badr Hilal was captured near the border and charged with trafficking, prosecutors said.",
        ("Hilal", "captured", A),
    ),
    (
        "Kidnappers captured the banker Yves Roux and questioned him for hours about his accounts.",
        ("Roux", "arrested", A),
    ),
    (
        "Rebels captured the pilot Ivan Sokol in March, and a rebel court sentenced him to death in May.",
        ("Sokol", "arrested", A),
    ),
    (
        "The engineer Lars Holt was captured by gunmen in 2019. He was never charged with anything.",
        ("Holt", "arrested", A),
    ),
    (
        "The rebels announced the capture of the army major Felix Ondo.",
        ("Ondo", "arrested", A),
    ),
    # J. death vs survival, a body shown
    (
        "The commander Musa Hilal survived an air strike that killed two of his bodyguards.",
        ("Hilal", "killed", A),
    ),
    (
        "Ali Hamdan escaped the ambush unhurt, but his driver was killed, the governor's office said.",
        ("Hamdan", "killed", A),
    ),
    (
        "State television showed the body of the rebel leader Saleh Idris on Monday evening.",
        ("Idris", "appeared", A),
    ),
    (
        "Footage broadcast on Sunday appears to show the body of the militia chief Hamid Rasul.",
        ("Rasul", "appeared", A),
    ),
    (
        "Footage broadcast on Sunday appears to show the body of the militia chief Hamid Rasul.",
        ("Rasul", "alive", A),
    ),
    (
        "Photographs of the corpse of the smuggler Beni Castro were posted online by the army.",
        ("Castro", "appeared", A),
    ),
    # K. leadership vs death
    (
        "Abu Bakr Hassan was named leader of the group on Friday, two weeks after his predecessor, Abu Musa, was killed in a drone strike.",
        ("Hassan", "killed", A),
    ),
    (
        "Following the death of its leader, Abu Anas, the group pledged allegiance to its new emir, Abu Talha.",
        ("Talha", "killed", A),
    ),
    (
        "General Tomas Vieira was removed as army chief on Monday, a week after he was wounded in an attack.",
        ("Vieira", "killed", A),
    ),
    (
        "The rebels' commander, Ibrahim Lado, was killed on Sunday. His deputy, Sani Garba, has taken over, the group said.",
        ("Garba", "killed", A),
    ),
    # L. more custody wordings
    (
        "The ousted president, Alfa Kone, is being held by the junta at a military camp outside the capital.",
        ("Kone", "captured", A),
    ),
    (
        "The engineer Pavel Sorin is in the hands of a criminal gang, police said.",
        ("Sorin", "arrested", A),
    ),
    (
        "Security agents bundled the student leader Mehdi Amini into an unmarked car on Monday night.",
        ("Amini", "captured", A),
    ),
    (
        "Three masked men bundled the businessman Joao Silva into a car outside his office.",
        ("Silva", "arrested", A),
    ),
    (
        "The aid worker Hana Ito, who was abducted in May, is being held by a splinter faction, officials believe.",
        ("Ito", "arrested", A),
    ),
    (
        "Militants loyal to the group seized the district governor, Haji Rahim, and two of his aides.",
        ("Rahim", "arrested", A),
    ),
    (
        "Forces loyal to the general detained the prime minister, Adam Salih, at his home before dawn.",
        ("Salih", "captured", A),
    ),
    (
        "Fighters of a rival clan detained the elder Mohamed Abdi near Beledweyne on Tuesday.",
        ("Abdi", "arrested", A),
    ),
    (
        "The cleric Yahya Noor has been held by the intelligence service since his arrest in May.",
        ("Noor", "captured", A),
    ),
    (
        "Customs officers detained the footballer Rui Lopes for questioning at the airport on Sunday.",
        ("Lopes", "captured", A),
    ),
    # M. no sighting: a judgment ("see X as"), a habit ("rarely appears")
    (
        "Analysts see the deputy, Omar Sadiq, as the group's most likely next leader.",
        ("Sadiq", "appeared", A),
    ),
    (
        "Sadiq is widely seen as a moderate within the movement, diplomats say.",
        ("Sadiq", "appeared", A),
    ),
    (
        "The reclusive founder, Lars Ek, rarely appears in public.",
        ("Ek", "appeared", A),
    ),
    (
        "The minister, Eva Roos, seldom speaks in public about her brother.",
        ("Roos", "appeared", A),
    ),
    # N. "I am free": a denial of custody, not a release
    (
        'The prime minister, Rui Vaz, was reported arrested at dawn. Hours later he posted a video. "I am free and I am at my desk," he said.',
        ("Vaz", "released", A),
    ),
    (
        'Rebel factions said their commander, Abu Salim, had been placed under guard. "I am free, and nobody is guarding me," he said in a video.',
        ("Salim", "released", A),
    ),
    (
        '"I am still free," the opposition leader Dara Bek told supporters by phone, denying police reports of his arrest.',
        ("Bek", "released", A),
    ),
    # ('Pia Lund was freed on Monday. "I am free,"' gives captured NEGATED now: the README's
    # session-23 decision, a real release too; tests/nlp/test_claims_leaving_free_beaten.py)
    # O. survival vs death, a death shown in pictures
    (
        "The militia said its commander, Yusuf Barre, was not among those killed in the strike.",
        ("Barre", "killed", A),
    ),
    (
        "Contrary to earlier reports, the reporter Lina Park was not killed in the shelling. She was wounded in the arm.",
        ("Park", "killed", A),
    ),
    (
        "The hostage Peter Voss is alive, according to a video in which he mentions the killing of a fellow captive.",
        ("Voss", "killed", A),
    ),
    (
        "Khalid Sharif, the brother-in-law of the slain commander Hassan Omar, said he would avenge him.",
        ("Sharif", "killed", A),
    ),
    (
        "The widow of the murdered journalist Tomas Berg, Anna Lind, called for an inquiry on Monday.",
        ("Lind", "killed", A),
    ),
    (
        "The commander Idris Musa, who was wounded in the attack that killed his deputy, Sani Bala, is recovering in hospital.",
        ("Musa", "killed", A),
    ),
    (
        "The group released a video showing the execution of the pilot Tariq Aziz.",
        ("Aziz", "appeared", A),
    ),
    (
        "Footage of the funeral of the commander Ali Raza was posted online on Friday.",
        ("Raza", "appeared", A),
    ),
    (
        "The photograph shows the dead militant, Ahmed Salah, lying beside his rifle.",
        ("Salah", "appeared", A),
    ),
    (
        "The photograph shows the dead militant, Ahmed Salah, lying beside his rifle.",
        ("Salah", "alive", A),
    ),
    (
        "Images of the slain cleric Umar Faruq circulated on Sunday.",
        ("Faruq", "appeared", A),
    ),
    (
        "The governor, Ali Bako, survived the blast that killed three of his guards, officials said.",
        ("Bako", "killed", A),
    ),
    # P. custody in other registers: police brief, live blog, transcript, court report
    (
        "POLICE BRIEF: Officers detained a 41-year-old man, Gary Holt, on Elm Street at 2 a.m. on suspicion of burglary.",
        ("Holt", "captured", A),
    ),
    (
        "14:05 - Our correspondent says soldiers have taken the deputy speaker, Amina Sow, from her home. Her whereabouts are unknown.",
        ("Sow", "captured", A),
    ),
    (
        "The magistrate remanded the teacher Ruth Adeyemi in custody until her trial next month.",
        ("Adeyemi", "captured", A),
    ),
    (
        "HOST: Where is your brother now? GUEST: Bandits took him from the farm in March. They are still holding him somewhere in the forest.",
        ("him", "arrested", A),
    ),
    (
        "The engineer Omar Faris was abducted by gunmen on Monday. They are holding him in the hills near Dera, police said.",
        ("Faris", "arrested", A),
    ),
    (
        "The cartel enforcer Luis Cano was handed over to federal prosecutors on Tuesday after his arrest in Texas.",
        ("Cano", "captured", A),
    ),
    (
        "Border police detained the photographer Selin Oz for nine hours at the airport and confiscated her cameras.",
        ("Oz", "captured", A),
    ),
    (
        "A rebel faction has held the UN consultant Marc Dupont since January, the organisation said on Thursday.",
        ("Dupont", "arrested", A),
    ),
    (
        "The blogger Ilya Sorokin remains in detention at a police station in Tver, his lawyer said.",
        ("Sorokin", "captured", A),
    ),
    (
        "Islamist fighters stopped the bus near Gao and detained a passenger, the trader Amadou Sy, witnesses said.",
        ("Sy", "arrested", A),
    ),
    (
        "Army units detained the former minister Paulo Neto at a checkpoint, a government spokesman said.",
        ("Neto", "captured", A),
    ),
    (
        "The rights lawyer Chen Jie has been held incommunicado by state security since August.",
        ("Jie", "captured", A),
    ),
    # Q. a named holder: a state agency or an armed group, told by its name's head word
    (
        "The researcher Anna Kovac is being held by the State Security Service in the capital, her employer said.",
        ("Kovac", "captured", A),
    ),
    (
        "The businessman Reza Tehrani has been held by the Revolutionary Guards since May.",
        ("Tehrani", "captured", A),
    ),
    (
        "The engineer Adil Rana is being held by the Interior Ministry's anti-terrorism directorate, his wife said.",
        ("Rana", "captured", A),
    ),
    (
        "The nurse Mary Achieng is being held by the Liberation Front in the north, the charity said.",
        ("Achieng", "arrested", A),
    ),
    (
        "The pilot Sven Berg has been held by the Black Flag Brigade since his plane came down in June.",
        ("Berg", "arrested", A),
    ),
    (
        "The Federal Investigation Bureau is holding the banker Yusuf Demir for questioning.",
        ("Demir", "captured", A),
    ),
    # R. attending a funeral is an appearance of the mourner, none of the dead
    (
        "The opposition leader Sami Adel attended the funeral of the slain activist Noor Jaber on Monday.",
        ("Jaber", "appeared", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
