"""Whereabouts and appearances: a paraphrase inventory (issue 6).

Sentences written for this test about fictional people, varied over the words news prose uses
for where someone is (held at, moved to, lives in exile in, fled to, took refuge in, is hiding
in, is believed to be in, was last seen in, arrived in, returned to, is staying with relatives
in, is in hospital in, was extradited to, is based in, remains in, is stuck in, crossed into)
and for being seen (appeared in court / on television / in a video / at a rally, addressed
supporters, showed up, was seen at, gave a speech, attended, spoke at a news conference), and
over the grammar (passive, relative clause, apposition, participle, pronoun in the next
sentence, hedges, negation, future). Conventions of tests/fixtures/claims/README.md: custody in
a named place is ``located_in`` as well as ``arrested``; "was transferred / flown / taken to X"
is ``located_in``; "fled to X" is ``located_in``; "was last seen / was seen in X" is
``appeared`` and ``located_in``; "at home" names no place; expectations and purposes are no
claim. text -> (last word of the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
L, P, R, C = "located_in", "appeared", "arrested", "captured"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")
# (session 19: towns the small model tags ORG / NORP, "Lyon", "Aleppo", are read through the
# gazetteer of places_known; the two rows once marked for it miss for other reasons)
# A bare "deported / extradited to X": the dev gold gives other:deport / other:extradite only
# (g34, g145); the README does not say whether it also gives located_in, like "transferred to".

FOUND = [
    # custody in a named place: located_in as well as arrested (README, "held in a prison")
    (
        "Rafael Quintero is being held at Belmarsh prison in south London, his lawyer said.",
        ("Quintero", L, A),
    ),
    (
        "Rafael Quintero is being held at Belmarsh prison in south London, his lawyer said.",
        ("Quintero", R, A),
    ),
    ("The journalist Amina Toure is being held in a detention centre in Bamako.", ("Toure", L, A)),
    ("Dmitri Garanin was moved to a high-security prison near Omsk last week.", ("Garanin", L, A)),
    (
        "Prison officials said Ruslan Ayvazov had been transferred to a penal colony in Mordovia.",
        ("Ayvazov", L, A),
    ),
    (
        "The opposition leader, Kemal Arslan, was taken to Silivri prison outside Istanbul.",
        ("Arslan", L, A),
    ),
    ("Chen Ming is being held in a police station in Guangzhou, his wife said.", ("Ming", L, A)),
    ("Tariq Khan is under house arrest at his home in Lahore.", ("Khan", L, A)),
    ("Ali Tehrani was detained at Evin prison in Tehran in May.", ("Tehrani", L, A)),
    ("Ali Tehrani spent five years in Evin prison.", ("Tehrani", L, A)),
    ("Sergei Volodin remains in a pre-trial detention centre in Rostov.", ("Volodin", L, A)),
    (
        "Sergei Volodin, who is jailed in Rostov, went on hunger strike on Monday.",
        ("Volodin", L, A),
    ),
    (
        "Sergei Volodin is serving a nine-year sentence in a penal colony in Perm.",
        ("Volodin", L, A),
    ),
    # held by captors in a named place: located_in as well as captured (g141)
    ("Mark Ellis is being held by gunmen in the Niger Delta, police believe.", ("Ellis", L, A)),
    ("The hostage, Anna Berg, was held in a cave near Kidal for four months.", ("Berg", L, A)),
    ("Anna Berg was kept in a basement in Gao for six months.", ("Berg", L, A)),
    ("Kidnappers are holding Mark Ellis somewhere in the Niger Delta.", ("Ellis", L, A)),
    # extradited, deported, moved: where the person now is
    # (decided in session 19: a move to a named place gives located_in beside its own act)
    ("Nikolai Brandt was extradited to Germany on Friday.", ("Brandt", L, A)),
    (
        "Felipe Cardenas was extradited from Colombia to the United States last year.",
        ("Cardenas", L, A),
    ),
    ("Nour Khalil was deported to Egypt last month.", ("Khalil", L, A)),
    ("Laila Hussein has been relocated to a safe house in Amman.", ("Hussein", L, A)),
    ("Laila Hussein was evacuated to Amman on Monday.", ("Hussein", L, A)),
    ("Sipho Ndlovu was airlifted to a hospital in Durban.", ("Ndlovu", L, A)),
    ("Victor Mensah was rushed to Korle Bu hospital in Accra.", ("Mensah", L, A)),
    # exile, flight, refuge, hiding
    ("Former president Joao Mabota lives in exile in Lisbon.", ("Mabota", L, A)),
    ("Joao Mabota has lived in exile in Portugal since the 2014 coup.", ("Mabota", L, A)),
    (
        "The exiled cleric, Yusuf Adebayo, who lives in London, denied the charges.",
        ("Adebayo", L, A),
    ),
    ("Lena Hartwig fled to Austria after the verdict.", ("Hartwig", L, A)),
    (
        "General Omar Deby fled across the border into Chad on Sunday, officials said.",
        ("Deby", L, A),
    ),
    ("Tomas Kral took refuge in the Czech embassy in Minsk.", ("Kral", L, A)),
    ("Tomas Kral has taken refuge at a monastery near Ohrid.", ("Kral", L, A)),
    ("Idris Mahdi sought refuge in Sweden in 2019.", ("Mahdi", L, A)),
    ("Police believe Karim Haddad is hiding in the mountains near Tripoli.", ("Haddad", L, A)),
    ("Karim Haddad is believed to be hiding in Libya.", ("Haddad", L, A)),
    ("Pedro Alves went into hiding in Manaus after the threats.", ("Alves", L, A)),
    ("Pedro Alves is in hiding in Brazil, his lawyer said.", ("Alves", L, A)),
    ("Lucas Ferreira escaped to Paraguay, investigators say.", ("Ferreira", L, A)),
    ("Lucas Ferreira is thought to have fled to Paraguay.", ("Ferreira", L, A)),
    ("Lucas Ferreira is thought to have fled to Bolivia.", ("Ferreira", L, A)),
    ("Youssef Amrani crossed into Algeria on foot.", ("Amrani", L, A)),
    ("The rebel leader, Samuel Deng, slipped across the border into Uganda.", ("Deng", L, A)),
    # believed to be, thought to be, somewhere in
    ("Aziz Rahmani is believed to be in Pakistan, according to US officials.", ("Rahmani", L, A)),
    ("Rahmani is thought to be in northern Syria.", ("Rahmani", L, A)),
    ("Officials say Aziz Rahmani is somewhere in the tribal areas.", ("Rahmani", L, A)),
    ("Aziz Rahmani is understood to be in Qatar.", ("Rahmani", L, A)),
    # last seen, spotted, turned up: appeared and located_in (README, "was seen in Dubai")
    ("Beatrice Okoro was last seen at a petrol station in Enugu on Friday.", ("Okoro", P, A)),
    ("Beatrice Okoro was last seen at a petrol station in Enugu on Friday.", ("Okoro", L, A)),
    ("Beatrice Okoro was last seen in Enugu on Friday.", ("Okoro", L, A)),
    ("Sandro Bellini was spotted in Marbella last month.", ("Bellini", P, A)),
    ("Sandro Bellini was spotted in Marbella last month.", ("Bellini", L, A)),
    ("The fugitive banker, Roman Kask, surfaced in Dubai last week.", ("Kask", L, A)),
    ("Roman Kask turned up in Dubai in May.", ("Kask", P, A)),
    ("Roman Kask was photographed in Dubai in May.", ("Kask", L, A)),
    # arrived, returned, reached, landed, back in
    ("Pablo Ruiz arrived in Madrid on Sunday after three years in captivity.", ("Ruiz", L, A)),
    ("Freed aid worker Johan Lund has arrived in Oslo.", ("Lund", L, A)),
    # "returned to X" is other:return (README: "went back to Asmara" like "returned to")
    ("Henrik Lund returned to Norway on Thursday.", ("Lund", "other:return", A)),
    ("Marie Coulibaly has returned to Abidjan, her family said.", ("Coulibaly", "other:return", A)),
    ("Yara Salem is back in Beirut after a month in Europe.", ("Salem", L, A)),
    ("Yara Salem made it to Beirut on Tuesday.", ("Salem", L, A)),
    ("Yara Salem reached Beirut on Tuesday.", ("Salem", L, A)),
    ("Yara Salem landed in Beirut on Tuesday.", ("Salem", L, A)),
    ("Yara Salem landed in Lyon on Tuesday.", ("Salem", L, A)),
    ("Yara Salem moved to Beirut in 2015.", ("Salem", L, A)),
    # staying, living, based, residing
    (
        "The missing teenager, Chloe Barnes, is staying with relatives in Leeds, police said.",
        ("Barnes", L, A),
    ),
    ("Chloe Barnes is safe and staying with her grandmother in Hull.", ("Barnes", L, A)),
    ("Samuel Deng is now living in Kampala under a false name.", ("Deng", L, A)),
    ("Pierre Lambert has been living in Dakar for two years.", ("Lambert", L, A)),
    ("Pierre Lambert now lives in Dakar.", ("Lambert", L, A)),
    ("Mehmet Yilmaz resides in Berlin.", ("Yilmaz", L, A)),
    (
        "Mehmet Yilmaz, who is based in Berlin, told the paper he had done nothing wrong.",
        ("Yilmaz", L, A),
    ),
    ("Mehmet Yilmaz, a Berlin-based activist, is now based in Vienna.", ("Yilmaz", L, A)),
    # in hospital, remains, stuck, stranded, still in
    ("Faisal Mahmood is in hospital in Karachi with a head injury.", ("Mahmood", L, A)),
    ("Faisal Mahmood remains in a hospital in Karachi, doctors said.", ("Mahmood", L, A)),
    ("Olga Petrenko is recovering in a hospital in Kyiv.", ("Petrenko", L, A)),
    ("Victor Mensah is receiving treatment at a clinic in Accra.", ("Mensah", L, A)),
    ("The ousted prime minister, Daniel Mwangi, remains in Nairobi.", ("Mwangi", L, A)),
    ("Daniel Mwangi is still in Kenya, his spokesman said.", ("Mwangi", L, A)),
    ("Jana Novak is stuck in Kabul, unable to get a flight out.", ("Novak", L, A)),
    ("Jana Novak has been stranded in Kabul since the airport closed.", ("Novak", L, A)),
    ("Ivan Petrov is in Moscow, the Kremlin said.", ("Petrov", L, A)),
    ("Ivan Petrov was at his dacha outside Moscow when the news broke.", ("Petrov", L, A)),
    (
        "Foreign minister Lars Eklund spoke on Monday. He is currently in Geneva for talks.",
        ("Eklund", L, A),
    ),
    # whereabouts unknown: located_in, unconfirmed (README, g175)
    ("The whereabouts of Hamza Qureshi are unknown.", ("Qureshi", L, A)),
    ("Hamza Qureshi's whereabouts remain a mystery.", ("Qureshi", L, A)),
    ("Officials say they do not know where Hamza Qureshi is.", ("Qureshi", L, A)),
    # round two: participles, nominal and remote-talk whereabouts, custody moves
    ("Hassan Nouri, now living in exile in Paris, denied the charges.", ("Nouri", L, A)),
    ("Hassan Nouri, exiled in Paris since 2015, denied the charges.", ("Nouri", L, A)),
    ("Hassan Nouri told the BBC from Paris that he would not return.", ("Nouri", L, A)),
    ("In a phone interview from Istanbul, Hassan Nouri said he was safe.", ("Nouri", L, A)),
    ('"I am in Paris and I am safe," Hassan Nouri said.', ("Nouri", L, A)),
    ('"We are hiding in the forest near Kidal," said Hassan Nouri.', ("Nouri", L, A)),
    ("Hassan Nouri is alive and well in Paris, his brother said.", ("Nouri", L, A)),
    ("Hassan Nouri is safe in Paris, his brother said.", ("Nouri", L, A)),
    ("Hassan Nouri survived the attack and is now in Paris.", ("Nouri", L, A)),
    ("Hassan Nouri was arrested and taken to a police station in Marseille.", ("Nouri", L, A)),
    ("Hassan Nouri was placed in pre-trial detention in Marseille.", ("Nouri", L, A)),
    ("Hassan Nouri is being held in Tehran's Evin prison.", ("Nouri", L, A)),
    ("Hassan Nouri was remanded to Fleury-Merogis prison.", ("Nouri", L, A)),
    ("Hassan Nouri was put in solitary confinement at Evin prison.", ("Nouri", L, A)),
    (
        "Hassan Nouri appeared in Tehran on Friday for the first time since the strike.",
        ("Nouri", P, A),
    ),
    (
        "Hassan Nouri appeared in Tehran on Friday for the first time since the strike.",
        ("Nouri", L, A),
    ),
    ("Hassan Nouri appeared in public in Tehran on Friday.", ("Nouri", L, A)),
    ("Hassan Nouri has been sheltering at a friend's house in Kabul.", ("Nouri", L, A)),
    ("Hassan Nouri is holed up in a compound near Kandahar.", ("Nouri", L, A)),
    ("Hassan Nouri, who is believed to be in Yemen, did not respond.", ("Nouri", L, A)),
    ("Hassan Nouri is believed to have crossed into Iran.", ("Nouri", L, A)),
    ("Hassan Nouri was tracked down to a village near Kandahar.", ("Nouri", L, A)),
    ("Hassan Nouri remains at large, possibly in Pakistan.", ("Nouri", L, A)),
    ("Hassan Nouri is on the run in Pakistan.", ("Nouri", L, A)),
    ("Hassan Nouri was granted asylum in Germany.", ("Nouri", L, A)),
    ("Hassan Nouri was freed and is now in Doha.", ("Nouri", L, A)),
    ("Hassan Nouri is in Doha for talks.", ("Nouri", L, A)),
    ("Hassan Nouri is in intensive care at a hospital in Kabul.", ("Nouri", L, A)),
    ("Hassan Nouri was admitted to a hospital in Kabul.", ("Nouri", L, A)),
    ("Hassan Nouri was sighted in Kabul on Friday.", ("Nouri", L, A)),
    ("Residents said they had seen Hassan Nouri in Kabul.", ("Nouri", L, A)),
    ("Witnesses reported seeing Hassan Nouri in Kabul on Friday.", ("Nouri", P, A)),
    ("Hassan Nouri's location is unknown.", ("Nouri", L, A)),
    ("It is not clear where Hassan Nouri is being held.", ("Nouri", L, A)),
    ("Hassan Nouri's exile in Paris began in 2015.", ("Nouri", L, A)),
    ("Hassan Nouri kept a low profile after his arrival in Paris.", ("Nouri", L, A)),
    ("Hassan Nouri fled in 2015. His exile in Paris has lasted a decade.", ("Nouri", L, A)),
    ("Ali Demir's presence in Ankara was confirmed by officials.", ("Demir", L, A)),
    (
        "Since his arrival in Paris last year, Hassan Nouri has kept a low profile.",
        ("Nouri", L, A),
    ),
    pytest.param(
        "Hassan Nouri was arrested and taken to a police station in Lyon.",
        ("Nouri", L, A),
        marks=KNOWN_GAP,
    ),
    pytest.param(
        "Hassan Nouri was last heard from in Kabul in May.", ("Nouri", L, A), marks=KNOWN_GAP
    ),
    # round four: pronouns, epithets, lists, hedges, denials, residence, confinement
    (
        "Police named the suspect as Dario Conte. He is believed to be hiding in Sicily.",
        ("Conte", L, A),
    ),
    (
        "The 52-year-old fugitive, Dario Conte, is thought to be living in Venezuela.",
        ("Conte", L, A),
    ),
    ("Dario Conte and Luca Rossi were moved to a prison in Milan.", ("Rossi", L, A)),
    (
        "Among those held at the Opera prison in Milan are Dario Conte and Luca Rossi.",
        ("Rossi", L, A),
    ),
    ("Dario Conte is not in Italy, his lawyer said.", ("Conte", L, N)),
    ("Dario Conte denied that he was hiding in Venezuela.", ("Conte", L, N)),
    ("Investigators do not believe Dario Conte is in Venezuela.", ("Conte", L, N)),
    ("Dario Conte may be in Venezuela, police said.", ("Conte", L, A)),
    ("Dario Conte is rumoured to be in Caracas.", ("Conte", L, A)),
    ("Dario Conte has been spotted several times in Caracas.", ("Conte", L, A)),
    ("Dario Conte was living in Caracas when he was arrested.", ("Conte", L, A)),
    (
        "Dario Conte was extradited to Italy, where he is being held at Rebibbia prison.",
        ("Conte", L, A),
    ),
    ("Dario Conte spent three years in hiding in Venezuela.", ("Conte", L, A)),
    ("Dario Conte was found hiding in a flat in Caracas.", ("Conte", L, A)),
    ("Dario Conte is under police guard in a hospital in Rome.", ("Conte", L, A)),
    ("Dario Conte emigrated to Venezuela in 2019.", ("Conte", L, A)),
    ("Dario Conte is a resident of Caracas.", ("Conte", L, A)),
    ("Dario Conte has made his home in Caracas.", ("Conte", L, A)),
    ("Dario Conte is confined to his home in Rome.", ("Conte", L, A)),
    ("Dario Conte was confined to a cell in Rebibbia prison.", ("Conte", L, A)),
    pytest.param(
        "Dario Conte, a Caracas resident, declined to comment.", ("Conte", L, A), marks=KNOWN_GAP
    ),
    pytest.param(
        "Police raided Dario Conte's hideout in Caracas on Friday.",
        ("Conte", L, A),
        marks=KNOWN_GAP,
    ),
    # round five: well and there, sending from a place, reached by the press
    ("Omar Yusuf called his mother from a prison in Cairo last week.", ("Yusuf", L, A)),
    ("Omar Yusuf wrote to his family from a camp near Idlib.", ("Yusuf", L, A)),
    (
        "Omar Yusuf is alive and being held in a prison near Cairo, his family said.",
        ("Yusuf", L, A),
    ),
    ("Omar Yusuf is safe and sound in Istanbul.", ("Yusuf", L, A)),
    ("Omar Yusuf is doing well in Istanbul, his sister said.", ("Yusuf", L, A)),
    ("Omar Yusuf is well and back in Istanbul.", ("Yusuf", L, A)),
    ("Omar Yusuf sent a message to his family from Istanbul.", ("Yusuf", L, A)),
    ("Omar Yusuf posted a video from Istanbul on Sunday.", ("Yusuf", L, A)),
    ("Omar Yusuf, reached in Istanbul, said he was fine.", ("Yusuf", L, A)),
    ("Omar Yusuf gave an interview from his home in Istanbul.", ("Yusuf", L, A)),
    pytest.param(
        "Omar Yusuf was rescued from a cave near Chiang Rai.", ("Yusuf", L, A), marks=KNOWN_GAP
    ),
    # round six: custody told beside an arrest (held there, sent to a prison in X, languishing)
    ("Ali Demir was arrested in Ankara and is being held there.", ("Demir", L, A)),
    ("Ali Demir was sentenced to ten years and sent to a prison in Ankara.", ("Demir", L, A)),
    ("Ali Demir is languishing in an Ankara jail.", ("Demir", L, A)),
    ("Ali Demir was interned in a camp in Xinjiang.", ("Demir", L, A)),
    ("Ali Demir has been detained in Ankara since May.", ("Demir", L, A)),
    ("Authorities are holding Ali Demir in Ankara.", ("Demir", L, A)),
    ("Ali Demir was returned to his cell in Ankara prison.", ("Demir", L, A)),
    ("Ali Demir remains in detention in Ankara.", ("Demir", L, A)),
    ("Ali Demir is in police custody in Ankara.", ("Demir", L, A)),
    ("Ali Demir, jailed in Ankara since 2020, is on hunger strike.", ("Demir", L, A)),
    ("Ali Demir is being held in solitary confinement in Ankara.", ("Demir", L, A)),
    ("Ali Demir is languishing in an Izmir jail.", ("Demir", L, A)),
    ("The detention of Ali Demir in an Ankara prison has drawn protests.", ("Demir", L, A)),
    (
        "Hassan Nouri was arrested in May. His detention in Evin prison has drawn protests.",
        ("Nouri", L, A),
    ),
    # round eight: alive and somewhere (the held-out's located_in told as alive only)
    ("Nadia Karim is alive and living with her aunt in Aleppo, the family said.", ("Karim", L, A)),
    (
        "Nadia Karim survived the bombing and is now sheltering in a school in Aleppo.",
        ("Karim", L, A),
    ),
    ("Nadia Karim is in good health and is staying in Aleppo.", ("Karim", L, A)),
    ("Nadia Karim is in critical condition at a hospital in Aleppo.", ("Karim", L, A)),
    ("Nadia Karim managed to escape to Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim escaped and made her way to Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim found her way to a refugee camp near Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim was evacuated from Aleppo to Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim is now in the care of the Red Cross in Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim is under the protection of the army in Gaziantep.", ("Karim", L, A)),
    ("Nadia Karim is now safe in Turkey.", ("Karim", L, A)),
    ("Nadia Karim is being cared for by nuns in Gaziantep.", ("Karim", L, A)),
    pytest.param(
        "Nadia Karim is alive and is being looked after by relatives in Aleppo.",
        ("Karim", L, A),
        marks=KNOWN_GAP,
    ),
    ("Nadia Karim is in a stable condition in Aleppo.", ("Karim", L, A)),
    ("Nadia Karim is fine and is in Aleppo with her children.", ("Karim", L, A)),
    pytest.param(
        "Nadia Karim walked for three days to reach Gaziantep.", ("Karim", L, A), marks=KNOWN_GAP
    ),
    # appearances: court, television, video, rally, speeches, attendance
    ("Rafael Quintero appeared in court in Madrid on Monday.", ("Quintero", P, A)),
    ("Rafael Quintero appeared before magistrates in Westminster on Friday.", ("Quintero", P, A)),
    ("Commander Abu Salim appeared in a video released on Sunday.", ("Salim", P, A)),
    ("Abu Salim appeared on state television on Tuesday evening.", ("Salim", P, A)),
    ("Abu Salim made his first public appearance since the coup on Friday.", ("Salim", P, A)),
    ("Abu Salim made a rare public appearance at a rally in Kano.", ("Salim", P, A)),
    ("Abu Salim addressed supporters in the capital on Friday.", ("Salim", P, A)),
    ("Abu Salim addressed a rally of thousands in Kano.", ("Salim", P, A)),
    ("Abu Salim gave a speech in Kano on Friday.", ("Salim", P, A)),
    ("Abu Salim delivered a sermon at the Grand Mosque on Friday.", ("Salim", P, A)),
    ("Abu Salim spoke at a news conference in Kano on Friday.", ("Salim", P, A)),
    ("Abu Salim attended the funeral of his brother on Friday.", ("Salim", P, A)),
    ("Abu Salim attended a cabinet meeting on Monday, state media reported.", ("Salim", P, A)),
    ("Abu Salim showed up at the hearing on Monday.", ("Salim", P, A)),
    ("Abu Salim was seen at a mosque in Kano on Friday.", ("Salim", P, A)),
    ("Abu Salim was pictured at a military parade in Kano on Friday.", ("Salim", P, A)),
    ("Abu Salim was filmed greeting fighters in a desert camp.", ("Salim", P, A)),
    ("Abu Salim was shown on state television meeting tribal elders.", ("Salim", P, A)),
    ("Abu Salim led Friday prayers in Kano.", ("Salim", P, A)),
    ("Abu Salim took part in a televised debate on Thursday.", ("Salim", P, A)),
    ("Abu Salim was among the mourners at the funeral.", ("Salim", P, A)),
    ("Abu Salim emerged from hiding on Monday to address a rally.", ("Salim", P, A)),
    ("Abu Salim was present at the ceremony, witnesses said.", ("Salim", P, A)),
    ("Abu Salim appeared alongside the president at the summit.", ("Salim", P, A)),
    ("Abu Salim was brought before a judge in Kano.", ("Salim", P, A)),
    ("A new video shows Abu Salim sitting in a garden.", ("Salim", P, A)),
    ("Abu Salim, who appeared in a video last week, is said to be ill.", ("Salim", P, A)),
    ("Abu Salim has not been seen in public since March.", ("Salim", P, N)),
    ("Abu Salim has not appeared in public since March.", ("Salim", P, N)),
    ("Abu Salim was not seen at the ceremony.", ("Salim", P, N)),
    # round seven: videos, last sightings, attendance
    (
        "A video released on Sunday shows Farid Haddad sitting in front of a black flag.",
        ("Haddad", P, A),
    ),
    ("In the video, Farid Haddad is seen addressing his fighters.", ("Haddad", P, A)),
    ("Farid Haddad's last public appearance was in March.", ("Haddad", P, A)),
    ("Farid Haddad has not made a public appearance since March.", ("Haddad", P, N)),
    ("The last time Farid Haddad was seen in public was in March.", ("Haddad", P, A)),
    ("Farid Haddad was last seen on March 3 at a checkpoint outside Homs.", ("Haddad", L, A)),
    ("Farid Haddad, last seen in Homs in March, is feared dead.", ("Haddad", L, A)),
    ("Farid Haddad was reportedly seen in Homs last week.", ("Haddad", L, A)),
    ("Several witnesses say they saw Farid Haddad at a mosque in Homs.", ("Haddad", P, A)),
    ("Farid Haddad has reappeared in Homs after months out of sight.", ("Haddad", L, A)),
    ("Farid Haddad made a surprise appearance at a rally in Homs on Friday.", ("Haddad", P, A)),
    ("Farid Haddad put in an appearance at the summit.", ("Haddad", P, A)),
    ("Farid Haddad was in attendance at the funeral.", ("Haddad", P, A)),
    ("Farid Haddad appeared, looking frail, at a ceremony in Damascus.", ("Haddad", P, A)),
    ("Farid Haddad appeared via video link from prison.", ("Haddad", P, A)),
    pytest.param(
        "Footage broadcast on Sunday showed Farid Haddad inspecting troops.",
        ("Haddad", P, A),
        marks=pytest.mark.xfail(strict=True, reason="the parser splits the clause in two"),
    ),
    pytest.param(
        "Farid Haddad was not in attendance at the funeral.", ("Haddad", P, N), marks=KNOWN_GAP
    ),
    # round three: shown and greeting in public, sightings by others
    ("Karim Bensaid was presented to the press in Algiers on Monday.", ("Bensaid", P, A)),
    ("Karim Bensaid was paraded before reporters in Algiers.", ("Bensaid", P, A)),
    ("Karim Bensaid greeted supporters outside the court in Algiers.", ("Bensaid", P, A)),
    ("Karim Bensaid waved to crowds from the balcony of the palace.", ("Bensaid", P, A)),
    ("Karim Bensaid was filmed by supporters at a wedding in Oran.", ("Bensaid", P, A)),
    ("Karim Bensaid was seen alive by a fellow prisoner in March.", ("Bensaid", P, A)),
    ("Karim Bensaid's first public appearance since the attack was on Friday.", ("Bensaid", P, A)),
    (
        "Karim Bensaid, making his first appearance since the coup, thanked the army.",
        ("Bensaid", P, A),
    ),
    ("Karim Bensaid resurfaced on Monday after weeks out of sight.", ("Bensaid", P, A)),
    ("Karim Bensaid did not appear in court on Monday.", ("Bensaid", P, N)),
    ("No one has seen Karim Bensaid since March.", ("Bensaid", P, N)),
    ("Karim Bensaid, who has not been seen since March, is presumed dead.", ("Bensaid", P, N)),
    ("Karim Bensaid's lawyer visited him in Evin prison on Monday.", ("Bensaid", P, A)),
    ("Karim Bensaid's lawyer visited him in Evin prison on Monday.", ("Bensaid", L, A)),
    pytest.param(
        "Karim Bensaid was seen by a neighbour in Algiers on Monday.",
        ("Bensaid", L, A),
        marks=KNOWN_GAP,
    ),
    ("Karim Bensaid was visible in the footage, waving to supporters.", ("Bensaid", P, A)),
]

NOT_FOUND = [
    # born, expected, planned, wanted: no whereabouts
    ("Yara Salem was born in Beirut.", ("Salem", L, A)),
    ("Yara Salem is expected to arrive in Beirut on Friday.", ("Salem", L, A)),
    ("Yara Salem will travel to Beirut next week.", ("Salem", L, A)),
    ("Yara Salem plans to return to Beirut.", ("Salem", L, A)),
    ("Yara Salem wants to live in Beirut.", ("Salem", L, A)),
    ("Ivan Petrov is popular in Moscow.", ("Petrov", L, A)),
    ("Chloe Barnes was found safe at home.", ("Barnes", L, A)),
    ("Abu Salim was detained in 2019 after leading a march in Kano.", ("Salim", P, A)),
    # a future or scheduled appearance, a look: no appearance
    ("Rafael Quintero will appear in court on Monday.", ("Quintero", P, A)),
    ("Abu Salim is due to appear in court on Friday.", ("Salim", P, A)),
    ("Abu Salim appeared to be in good health.", ("Salim", P, A)),
    ("Abu Salim appeared confident.", ("Salim", P, A)),
    ("Abu Salim has not been seen in public since March.", ("Salim", P, A)),
    ("Dario Conte was confined to bed for a week.", ("Conte", L, A)),
    ("Ali Demir was detained in Ankara on Monday.", ("Demir", L, A)),
    (
        "Rights groups called for the detention of Ali Demir in an Ankara prison to end.",
        ("Demir", L, A),
    ),
    ("Police searched Ali Demir's residence in Ankara.", ("Demir", L, A)),
    ("Ali Demir had been detained in Ankara.", ("Demir", L, A)),
    ("Ali Demir has been detained in Paris, police said.", ("Demir", L, A)),
    ("The group posted a video from Idlib on Sunday. Omar Yusuf was in it.", ("Yusuf", L, A)),
    ("Dario Conte was arrested at his home in Caracas on Friday.", ("Conte", L, A)),
    ("Nadia Karim made her way to the front of the crowd.", ("Karim", L, A)),
    ("Nadia Karim was moved from the front to a rear position.", ("Karim", L, A)),
    ("Omar Saleh escaped to safety.", ("Saleh", L, A)),
    ("Omar Saleh defected to the Taliban.", ("Saleh", L, A)),
    # a visitor's errand, a prospect, a wish: no whereabouts
    ("The foreign minister, Omar Haddu, arrived in Doha for talks on Monday.", ("Haddu", L, A)),
    ("Omar Haddu arrived in Paris to attend the summit.", ("Haddu", L, A)),
    ("Security was tight ahead of Hassan Nouri's arrival in Paris.", ("Nouri", L, A)),
    ("Hassan Nouri's expected arrival in Paris was delayed.", ("Nouri", L, A)),
    ("Hassan Nouri's planned stay in Paris was cancelled.", ("Nouri", L, A)),
    ("Hassan Nouri's detention in Paris would be illegal, his lawyer said.", ("Nouri", L, A)),
    # testifying is no appearance in the gold (g169, g181)
    ("Farid Haddad testified in court on Monday.", ("Haddad", P, A)),
    # a name on a list, a photo or an article, a judgement, a habit: no sighting
    (
        "Karim Bensaid's name appeared on a list of detainees released by the ministry.",
        ("Bensaid", P, A),
    ),
    ("Karim Bensaid appeared on a list of wanted men published on Monday.", ("Bensaid", P, A)),
    ("An article by Karim Bensaid appeared in Le Monde on Monday.", ("Bensaid", P, A)),
    ("Karim Bensaid appeared to confirm the report.", ("Bensaid", P, A)),
    ("Karim Bensaid appeared as a witness for the prosecution.", ("Bensaid", P, A)),
    ("Karim Bensaid was seen as a likely successor.", ("Bensaid", P, A)),
    ("Karim Bensaid was seen by many as a moderate.", ("Bensaid", P, A)),
    ("Karim Bensaid appeared regularly on state television before the war.", ("Bensaid", P, A)),
    ("Karim Bensaid often appears at rallies.", ("Bensaid", P, A)),
    ("Karim Bensaid is scheduled to appear in court next week.", ("Bensaid", P, A)),
    ("Karim Bensaid was ordered to appear in court.", ("Bensaid", P, A)),
    ("Karim Bensaid greeted the news with relief.", ("Bensaid", P, A)),
    # a court, a judge, a rally in a town: the appearance only (g24, g47); superseded by the
    # README's session-19 convention (an appearance in a named place also gives located_in,
    # as g24 and g47 now have it), read since session 20 (claims_where_beside)
    pytest.param(
        "Hassan Nouri appeared in court in Tehran on Friday.",
        ("Nouri", L, A),
        marks=pytest.mark.xfail(strict=True, reason="superseded: session-19 convention"),
    ),
    ("Hassan Nouri appeared on television in Tehran on Friday.", ("Nouri", L, A)),
    ("Hassan Nouri appeared in good health.", ("Nouri", L, A)),
    ("Hassan Nouri appeared in good health.", ("Nouri", P, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
