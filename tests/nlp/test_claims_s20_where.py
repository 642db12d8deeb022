"""Whereabouts beside another claim, and whereabouts wordings not read before: a probe
inventory (session 20, WHERE, issue 6).

Sentences and short stories written for this test about fictional people, in several news
styles (wire, police brief, court report, live blog, feature, Q&A). The conventions are those of
tests/fixtures/claims/README.md: custody or captivity as a state in a place ("is being held at",
"spent N years in X prison") gives ``located_in`` beside ``arrested`` / ``captured``; a move to a
place (taken, moved, flown, sent, extradited, released and flown to X) gives ``located_in`` at
the move's time, an extradition keeping ``other:extradite`` beside; a sighting or appearance in
a named place gives ``appeared`` and ``located_in``; being treated, living, staying, hiding or
sheltering somewhere gives ``located_in``; an arrest or release *at* a place is the event only;
"at home" names no place. text -> (last word of the subject, predicate, polarity) that must be
found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
L, R, C, F, AL, AP = "located_in", "arrested", "captured", "released", "alive", "appeared"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")


def gap(text: str, expected: tuple[str, str, str]):
    return pytest.param(text, expected, marks=KNOWN_GAP)


FOUND = [
    # -- custody beside the arrest ------------------------------------------------------------
    (
        "Tomas Varga was detained in Tbilisi in May and extradited to Budapest.",
        ("Varga", "other:extradite", A),
    ),
    ("Tomas Varga was detained in Tbilisi in May and extradited to Budapest.", ("Varga", L, A)),
    (
        "The activist Lena Moroz has been held in solitary confinement at Vorsk prison since March, the group said.",
        ("Moroz", L, A),
    ),
    (
        "The activist Lena Moroz has been held in solitary confinement at Vorsk prison since March, the group said.",
        ("Moroz", R, A),
    ),
    (
        "Police said Dario Fenu was arrested on Friday and is being held at the central police station in Sassari.",
        ("Fenu", L, A),
    ),
    (
        "Rafael Ibarra, who was arrested in April, remains in a jail in Tijuana, his lawyer said.",
        ("Ibarra", L, A),
    ),
    ("Rafael Ibarra is now serving his sentence at a prison outside Monterrey.", ("Ibarra", L, A)),
    (
        "The banker Piet Hoogland was arrested at Schiphol airport on Monday and is being held in Amsterdam.",
        ("Hoogland", L, A),
    ),
    (
        "Kofi Mensah spent three years behind bars in Accra before he was pardoned.",
        ("Mensah", L, A),
    ),
    (
        "The former minister Ali Rezai is under house arrest at his villa in Shiraz, his son said.",
        ("Rezai", L, A),
    ),
    (
        "Officials said the detained reporter, Nadia Kerim, had been transferred to a prison in Blida.",
        ("Kerim", L, A),
    ),
    ("Milan Horak was remanded in custody in Brno on Tuesday.", ("Horak", L, A)),
    # -- alive beside a place -----------------------------------------------------------------
    (
        "Her brother said on Monday that Amina Sow was alive and recovering in a hospital in Thies.",
        ("Sow", L, A),
    ),
    (
        "Her brother said on Monday that Amina Sow was alive and recovering in a hospital in Thies.",
        ("Sow", AL, A),
    ),
    (
        "Carlos Mejia survived the crash and is being treated at a clinic in Tegucigalpa.",
        ("Mejia", L, A),
    ),
    (
        "Carlos Mejia survived the crash and is being treated at a clinic in Tegucigalpa.",
        ("Mejia", AL, A),
    ),
    (
        "The pilot, Jonas Berg, is in stable condition at a hospital in Tromso, officials said.",
        ("Berg", L, A),
    ),
    (
        "Rescuers found the fisherman Kwabena Osei alive on a sandbank near Keta on Sunday.",
        ("Osei", L, A),
    ),
    (
        "The missing hiker Laura Pinto was found safe in a mountain hut above Bormio.",
        ("Pinto", L, A),
    ),
    ("Omar Jibril is alive and well and living in Nairobi, his cousin said.", ("Jibril", L, A)),
    ("Omar Jibril is alive and well and living in Nairobi, his cousin said.", ("Jibril", AL, A)),
    (
        "The fighter, Saleh Duri, was wounded and is recovering in a field hospital near Raqqa.",
        ("Duri", L, A),
    ),
    # -- release into a place ------------------------------------------------------------------
    ("The aid worker Claire Dubois was freed on Sunday and flown to Niamey.", ("Dubois", L, A)),
    ("The aid worker Claire Dubois was freed on Sunday and flown to Niamey.", ("Dubois", F, A)),
    (
        "Hassan Nouri was released from Evin prison and returned to his family in Tabriz.",
        ("Nouri", L, A),
    ),
    (
        "The hostages, including the engineer Ravi Menon, were released and handed over to officials in Bamako.",
        ("Menon", L, A),
    ),
    (
        "After his release, Yuri Pavlenko was driven to the border and crossed into Latvia.",
        ("Pavlenko", L, A),
    ),
    gap(
        "The dissident Zhang Wei was released early and put on a plane to Frankfurt.", ("Wei", L, A)
    ),
    # -- appearances in a place ----------------------------------------------------------------
    (
        "The commander Abu Bakr al-Tikriti appeared at a mosque in Mosul on Friday, witnesses said.",
        ("al-Tikriti", L, A),
    ),
    (
        "The commander Abu Bakr al-Tikriti appeared at a mosque in Mosul on Friday, witnesses said.",
        ("al-Tikriti", AP, A),
    ),
    (
        "Witnesses said Ivo Kranjc was seen at a petrol station in Split on Saturday.",
        ("Kranjc", AP, A),
    ),
    (
        "Witnesses said Ivo Kranjc was seen at a petrol station in Split on Saturday.",
        ("Kranjc", L, A),
    ),
    ("Teodor Lupu was spotted in a market in Chisinau last week.", ("Lupu", L, A)),
    ("Teodor Lupu was spotted in a market in Chisinau last week.", ("Lupu", AP, A)),
    ("The fugitive Anton Reyes was last seen in Cebu in March.", ("Reyes", L, A)),
    (
        "The general made a brief appearance in Goma on Tuesday, his first since the coup. General Paul Kabeya waved to a crowd.",
        ("Kabeya", AP, A),
    ),
    ("Samuel Otieno appeared in a video recorded in a forest near Kismayo.", ("Otieno", L, A)),
    ("Samuel Otieno addressed supporters in Kisumu on Sunday.", ("Otieno", AP, A)),
    ("Samuel Otieno addressed supporters in Kisumu on Sunday.", ("Otieno", L, A)),
    # -- messages from a place -------------------------------------------------------------------
    (
        "In a video message recorded in Istanbul, the exiled editor Kerem Arslan said he was safe.",
        ("Arslan", L, A),
    ),
    (
        "The opposition leader Viktor Melnyk spoke to reporters by phone from Warsaw.",
        ("Melnyk", L, A),
    ),
    ("Speaking from Kyiv, Viktor Melnyk said he would return.", ("Melnyk", L, A)),
    ("The singer Fatou Ndiaye posted a photo from a beach in Dakar on Sunday.", ("Ndiaye", L, A)),
    # -- living, staying, based, believed to be ----------------------------------------------------
    ("The businessman Pavel Orlov lives in London, where he moved in 2019.", ("Orlov", L, A)),
    ("The cleric Ahmad Yasin is based in Doha, his aides said.", ("Yasin", L, A)),
    (
        "Intelligence officials believe Ahmad Yasin is in the tribal areas near the border.",
        ("Yasin", L, A),
    ),
    ("Ahmad Yasin is believed to be in southern Libya, officials said.", ("Yasin", L, A)),
    ("Ahmad Yasin is thought to be hiding in the hills above Derna.", ("Yasin", L, A)),
    ("The warlord Jean Mapenzi remains in Kigali, according to his lawyers.", ("Mapenzi", L, A)),
    (
        "The warlord Jean Mapenzi has been holed up in a compound outside Bunia since June.",
        ("Mapenzi", L, A),
    ),
    ("The ousted president, Alpha Konate, is in exile in Dakar.", ("Konate", L, A)),
    (
        "The ousted president, Alpha Konate, has lived in exile in Dakar since 2021.",
        ("Konate", L, A),
    ),
    ("The writer Ines Batista is staying with relatives in Porto.", ("Batista", L, A)),
    ("Ines Batista is now in Lisbon, her publisher said.", ("Batista", L, A)),
    ("Ines Batista is back in Lisbon after a month abroad.", ("Batista", L, A)),
    ("Pedro Salas and his family are sheltering at a school in Cucuta.", ("Salas", L, A)),
    ("Pedro Salas has been stranded in Lima since the border closed.", ("Salas", L, A)),
    ("Pedro Salas has taken refuge in the Mexican embassy in Quito.", ("Salas", L, A)),
    ("Pedro Salas is living in Madrid, where he sought asylum last year.", ("Salas", L, A)),
    # -- arriving, fleeing, crossing -----------------------------------------------------------
    ("Bilal Hamid fled to Turkey in 2015.", ("Hamid", L, A)),
    ("Bilal Hamid fled to Turkey in 2015.", ("Hamid", "other:flee", A)),
    ("Bilal Hamid crossed into Jordan on Saturday with his family.", ("Hamid", L, A)),
    ("Bilal Hamid arrived in Amman on Monday.", ("Hamid", L, A)),
    gap("Bilal Hamid reached Amman on Monday after a week on the road.", ("Hamid", L, A)),
    ("Bilal Hamid made his way to Amman, where he now lives.", ("Hamid", L, A)),
    ("The activist Sara Mahmoud escaped to Cairo in 2020.", ("Mahmoud", L, A)),
    ("The colonel, Ibrahim Sall, slipped across the border into Guinea.", ("Sall", L, A)),
    ("Ibrahim Sall was moved to a military base in Thies on Tuesday.", ("Sall", L, A)),
    ("Ibrahim Sall was flown to Dakar for treatment.", ("Sall", L, A)),
    ("Ibrahim Sall was transferred to a hospital in Dakar, where he died.", ("Sall", L, A)),
    ("The general, Ibrahim Sall, was sent to Paris as military attache.", ("Sall", L, A)),
    # -- stories ----------------------------------------------------------------------------
    (
        "Two engineers kidnapped in March, Luca Bruni and Marco Riva, are being held in the "
        "mountains near Kidal, a negotiator said.\n\nBruni appeared in a video on Sunday.",
        ("Riva", L, A),
    ),
    (
        "The journalist Farida Osman was arrested on Monday.\n\nOn Wednesday her lawyer said "
        "she was being held at a police station in Omdurman and had been beaten.",
        ("Osman", L, A),
    ),
    (
        "Anwar Saidi, the group's former spokesman, left Syria in 2019.\n\nHe now lives in Berlin "
        "and works as a translator.",
        ("Saidi", L, A),
    ),
    (
        "The cartel boss Hector Lozano escaped from a prison in Sinaloa in 2021.\n\nU.S. "
        "officials believe he is hiding in the mountains of Durango.",
        ("Lozano", L, A),
    ),
    (
        "Police in Leeds are searching for Megan Hale, 16, who has not been seen since Friday.\n\n"
        "Officers said Megan may have travelled to Manchester, where she has friends.",
        ("Hale", L, A),
    ),
    # -- second round: extraditions, custody, appearances, messages, moves (fictional) ----------
    (
        "The drug lord Ramon Quintero was extradited from Colombia to the United States in 2019.",
        ("Quintero", L, A),
    ),
    (
        "Ramon Quintero, who was extradited to the United States in 2019, is serving a life sentence.",
        ("Quintero", L, A),
    ),
    (
        "Since his extradition to the United States in 2019, Ramon Quintero has been held in Colorado.",
        ("Quintero", L, A),
    ),
    (
        "Ramon Quintero was extradited on Friday to Texas, where he faces drug charges.",
        ("Quintero", L, A),
    ),
    (
        "Ramon Quintero was arrested in Bogota in 2017 and extradited to Miami two years later.",
        ("Quintero", L, A),
    ),
    gap(
        "Ramon Quintero was extradited to face trafficking charges in New York.", ("Quintero", L, A)
    ),
    ("Colombia extradited Ramon Quintero to the United States on Thursday.", ("Quintero", L, A)),
    (
        "Colombia extradited Ramon Quintero to the United States on Thursday.",
        ("Quintero", "other:extradite", A),
    ),
    (
        "Spanish police handed Ramon Quintero over to U.S. marshals in Madrid, and he was flown to Miami.",
        ("Quintero", L, A),
    ),
    (
        "The cartel's accountant, Luis Ortega, was deported from Spain to Mexico on Monday.",
        ("Ortega", L, A),
    ),
    (
        "Luis Ortega was captured in Honduras and extradited to the United States, where he pleaded guilty.",
        ("Ortega", L, A),
    ),
    (
        "Luis Ortega was captured in Honduras and extradited to the United States, where he pleaded guilty.",
        ("Ortega", "other:extradite", A),
    ),
    ("Luis Ortega, 51, was extradited Tuesday to Houston.", ("Ortega", L, A)),
    (
        "He was extradited to the United States. Luis Ortega is now held in a federal jail in Houston.",
        ("Ortega", L, A),
    ),
    (
        "Border guards detained the journalist Pavel Kruk, who is being held in Minsk.",
        ("Kruk", L, A),
    ),
    ("Pavel Kruk has been in custody in Minsk since his arrest in May.", ("Kruk", L, A)),
    ("Pavel Kruk, who is jailed in Minsk, went on hunger strike.", ("Kruk", L, A)),
    ("Pavel Kruk is in pre-trial detention in Minsk.", ("Kruk", L, A)),
    ("Pavel Kruk was detained and taken to a police station in Gomel.", ("Kruk", L, A)),
    ("Pavel Kruk was arrested on Monday and later transferred to Minsk.", ("Kruk", L, A)),
    ("Pavel Kruk is detained in Minsk's Okrestina jail, his wife said.", ("Kruk", L, A)),
    ("Pavel Kruk, detained in Minsk since May, has lost weight, his wife said.", ("Kruk", L, A)),
    ("Pavel Kruk was arrested in Minsk and is being held there.", ("Kruk", L, A)),
    ("Pavel Kruk is serving a ten-year sentence in a penal colony in Mogilev.", ("Kruk", L, A)),
    ("The jailed blogger Pavel Kruk, held in Mogilev, wrote to his wife.", ("Kruk", L, A)),
    ("Pavel Kruk remains behind bars in Mogilev.", ("Kruk", L, A)),
    ("Hamza Idris appeared in court in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris appeared before magistrates in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris made his first public appearance in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris was seen in Kano on Monday, residents said.", ("Idris", L, A)),
    ("Residents said they saw Hamza Idris in Kano on Monday.", ("Idris", L, A)),
    ("Residents said they saw Hamza Idris in Kano on Monday.", ("Idris", AP, A)),
    ("Hamza Idris showed up at a wedding in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris turned up in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris resurfaced in Kano on Monday after weeks of silence.", ("Idris", L, A)),
    ("Hamza Idris was photographed in a cafe in Kano last week.", ("Idris", L, A)),
    ("Hamza Idris was filmed at a checkpoint near Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris attended a funeral in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris attended a funeral in Kano on Monday.", ("Idris", AP, A)),
    ("Hamza Idris spoke at a rally in Kano on Monday.", ("Idris", L, A)),
    gap("Hamza Idris visited troops in Kano on Monday.", ("Idris", L, A)),
    gap("Hamza Idris visited troops in Kano on Monday.", ("Idris", AP, A)),
    ("Hamza Idris greeted supporters in Kano on Monday.", ("Idris", L, A)),
    ("Hamza Idris was pictured in Kano on Monday.", ("Idris", L, A)),
    ("Rescuers said Ana Ruiz was alive and in a hospital in Cusco.", ("Ruiz", L, A)),
    ("Ana Ruiz is alive and being held in Cusco, her brother said.", ("Ruiz", L, A)),
    ("Ana Ruiz survived and is in hospital in Cusco.", ("Ruiz", L, A)),
    ("Ana Ruiz was rescued alive from the rubble in Cusco and taken to hospital.", ("Ruiz", L, A)),
    gap("Ana Ruiz is in good health and living in Cusco, her brother said.", ("Ruiz", L, A)),
    ("Ana Ruiz was found alive in Cusco.", ("Ruiz", L, A)),
    ("Ana Ruiz, who was found alive in a cave near Cusco, is recovering.", ("Ruiz", L, A)),
    gap("Ana Ruiz is safe and with her family in Cusco.", ("Ruiz", L, A)),
    ("Ana Ruiz is recovering at home in Cusco.", ("Ruiz", L, A)),
    ("Ana Ruiz was injured and is in intensive care at Cusco Regional Hospital.", ("Ruiz", L, A)),
    ("Ana Ruiz is in critical condition at Cusco Regional Hospital.", ("Ruiz", L, A)),
    ("Ana Ruiz was freed and is now in Lima.", ("Ruiz", L, A)),
    ("Ana Ruiz was released on Friday and arrived in Lima on Saturday.", ("Ruiz", L, A)),
    ("Ana Ruiz was freed and taken to the French embassy in Bamako.", ("Ruiz", L, A)),
    ("Ana Ruiz was released into the custody of Red Cross officials in Juba.", ("Ruiz", L, A)),
    ("Ana Ruiz was freed and is back home in Lyon.", ("Ruiz", L, A)),
    ("Ana Ruiz was released on bail and returned to Lima.", ("Ruiz", L, A)),
    ("Mustafa Kaya released a video from a hideout in the mountains near Idlib.", ("Kaya", L, A)),
    ("In an audio message from Idlib, Mustafa Kaya denied he was dead.", ("Kaya", L, A)),
    ("Mustafa Kaya spoke by telephone from Idlib.", ("Kaya", L, A)),
    ("Mustafa Kaya, speaking by phone from Idlib, said he was fine.", ("Kaya", L, A)),
    ("Mustafa Kaya posted a video from Idlib on Sunday.", ("Kaya", L, A)),
    ("Mustafa Kaya wrote from his cell in Silivri prison that he was well.", ("Kaya", L, A)),
    ("A letter Mustafa Kaya wrote in Silivri prison was released by his family.", ("Kaya", L, A)),
    ("Mustafa Kaya called his wife from a police station in Izmir.", ("Kaya", L, A)),
    (
        "Mustafa Kaya told Reuters in an interview in Istanbul that he would not resign.",
        ("Kaya", L, A),
    ),
    ("Mustafa Kaya is believed to be somewhere in northern Syria.", ("Kaya", L, A)),
    ("Mustafa Kaya was last known to be in Idlib.", ("Kaya", L, A)),
    ("Mustafa Kaya has been living in Germany since 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya has lived in Germany since 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya, who lives in Germany, was not available for comment.", ("Kaya", L, A)),
    gap("Mustafa Kaya, a Berlin-based dissident, was not available for comment.", ("Kaya", L, A)),
    ("Mustafa Kaya settled in Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya moved to Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya relocated to Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya left Turkey for Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya was evacuated to Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya was smuggled into Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya sought refuge in Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya was granted asylum in Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya remains in Germany.", ("Kaya", L, A)),
    ("Mustafa Kaya stayed in Germany.", ("Kaya", L, A)),
    ("Mustafa Kaya is still in Germany.", ("Kaya", L, A)),
    ("Mustafa Kaya has spent the last year in Germany.", ("Kaya", L, A)),
    ("Mustafa Kaya was in Berlin when the coup began.", ("Kaya", L, A)),
    ("Mustafa Kaya was at the hotel in Berlin when the attack began.", ("Kaya", L, A)),
    gap("Mustafa Kaya is at the presidential palace, an aide said.", ("Kaya", L, A)),
    gap(
        "Mustafa Kaya was evacuated from the hotel and is at the presidential palace.",
        ("Kaya", L, A),
    ),
    ("Mustafa Kaya was hiding in a flat in Izmir when he was arrested.", ("Kaya", L, A)),
    ("Police arrested Mustafa Kaya at a flat in Izmir where he had been hiding.", ("Kaya", L, A)),
    gap("Mustafa Kaya was on board the ferry to Izmir.", ("Kaya", L, A)),
    ("Mustafa Kaya is on a ventilator at a hospital in Izmir.", ("Kaya", L, A)),
    ("Mustafa Kaya was trapped in Aleppo for a month.", ("Kaya", L, A)),
    ("Mustafa Kaya is hiding out in the hills near Aleppo.", ("Kaya", L, A)),
    ("Mustafa Kaya is holed up in Aleppo.", ("Kaya", L, A)),
    ("Mustafa Kaya is living in hiding in Aleppo.", ("Kaya", L, A)),
    ("Mustafa Kaya lives in exile in London.", ("Kaya", L, A)),
    ("The exiled opposition leader Mustafa Kaya, who lives in London, denied it.", ("Kaya", L, A)),
    ("Mustafa Kaya, now in London, denied it.", ("Kaya", L, A)),
    ("Mustafa Kaya, who is in London, denied it.", ("Kaya", L, A)),
    gap("Mustafa Kaya, in London since 2016, denied it.", ("Kaya", L, A)),
    ("From London, Mustafa Kaya denied it.", ("Kaya", L, A)),
    # a guessed journey of a missing person puts them at its end
    ("Police said Megan Hale may have travelled to Leeds.", ("Hale", L, A)),
    ("The boy, Tariq Amin, is believed to have gone to Calais.", ("Amin", L, A)),
    ("Relatives fear Tariq Amin might have crossed into Libya.", ("Amin", L, A)),
    ("Tariq Amin left Sudan for Egypt in 2019.", ("Amin", L, A)),
    # -- third round: custody, care, moves, sightings, messages in stories (fictional) -------
    (
        "Police placed Joseph Mensa under house arrest at his home in Tema on Monday.",
        ("Mensa", L, A),
    ),
    (
        "Joseph Mensa was placed under house arrest at his home in Tema, and he remains there.",
        ("Mensa", L, A),
    ),
    ("Joseph Mensa has been under house arrest in Tema since 2023.", ("Mensa", L, A)),
    (
        "Joseph Mensa was found in good health at a rented flat in Kumasi on Wednesday.",
        ("Mensa", L, A),
    ),
    (
        "Joseph Mensa was being treated at a clinic across the border in Togo, his cousin said.",
        ("Mensa", L, A),
    ),
    ("His lawyer says Joseph Mensa has arrived at a prison colony in Kharp.", ("Mensa", L, A)),
    (
        "Joseph Mensa was taken to Kumasi, where he is being held by the secret police.",
        ("Mensa", L, A),
    ),
    ("Held in Nsawam prison since May, Joseph Mensa has lost weight.", ("Mensa", L, A)),
    ("Joseph Mensa, who is being held in Nsawam prison, has lost weight.", ("Mensa", L, A)),
    ("Joseph Mensa, who is hiding in Togo, denied the charges.", ("Mensa", L, A)),
    ("Joseph Mensa, who fled to Togo in 2020, denied the charges.", ("Mensa", L, A)),
    ("Joseph Mensa is thought to be in Togo.", ("Mensa", L, A)),
    ("Officials say Joseph Mensa is in Togo.", ("Mensa", L, A)),
    ("Officials say Joseph Mensa is somewhere in northern Togo.", ("Mensa", L, A)),
    ("Joseph Mensa has been in Togo since March.", ("Mensa", L, A)),
    ("Joseph Mensa spent two weeks in a military camp in Tamale.", ("Mensa", L, A)),
    ("Joseph Mensa spent the night in a police cell in Tamale.", ("Mensa", L, A)),
    ("Joseph Mensa is being kept at a safe house near Tamale.", ("Mensa", L, A)),
    ("Gunmen are holding Joseph Mensa in a forest near Tamale.", ("Mensa", L, A)),
    ("The kidnappers are keeping Joseph Mensa in a village near Tamale.", ("Mensa", L, A)),
    ("Joseph Mensa is in the custody of the army in Tamale.", ("Mensa", L, A)),
    ("Joseph Mensa is in a police cell in Tamale.", ("Mensa", L, A)),
    ("Joseph Mensa is in hospital in Tamale with a gunshot wound.", ("Mensa", L, A)),
    ("Joseph Mensa was airlifted to a hospital in Accra.", ("Mensa", L, A)),
    ("Joseph Mensa was rushed to Korle Bu hospital in Accra.", ("Mensa", L, A)),
    ("Joseph Mensa was admitted to a hospital in Accra on Sunday.", ("Mensa", L, A)),
    ("Joseph Mensa is receiving treatment in Accra.", ("Mensa", L, A)),
    ("Joseph Mensa underwent surgery at a hospital in Accra.", ("Mensa", L, A)),
    ("Joseph Mensa was evacuated to South Africa for treatment.", ("Mensa", L, A)),
    ("Joseph Mensa was repatriated to Ghana on Friday.", ("Mensa", L, A)),
    gap("Joseph Mensa was handed over to Ghanaian police at the border.", ("Mensa", L, A)),
    ("Togo handed Joseph Mensa over to Ghana on Friday.", ("Mensa", L, A)),
    ("Joseph Mensa was sent back to Ghana on Friday.", ("Mensa", L, A)),
    ("Joseph Mensa was flown home to Accra.", ("Mensa", L, A)),
    ("Joseph Mensa landed in Accra on Friday.", ("Mensa", L, A)),
    ("Joseph Mensa was smuggled across the border into Togo.", ("Mensa", L, A)),
    ("Joseph Mensa escaped to Togo.", ("Mensa", L, A)),
    ("Joseph Mensa sought refuge at the Dutch embassy in Accra.", ("Mensa", L, A)),
    ("Joseph Mensa is staying at a hotel in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is staying with friends in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa now lives with his sister in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa resides in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is a resident of Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is hiding out in Lome.", ("Mensa", L, A)),
    gap("Joseph Mensa went underground in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa surfaced in Lome last week.", ("Mensa", L, A)),
    ("Joseph Mensa was spotted at a market in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa was sighted in Lome.", ("Mensa", L, A)),
    ("A witness saw Joseph Mensa at a checkpoint near Lome.", ("Mensa", L, A)),
    gap("Joseph Mensa was caught on camera at Lome airport.", ("Mensa", L, A)),
    ("Joseph Mensa remains in a coma at a hospital in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa remains in detention in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa remains in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa remained in Lome after the coup.", ("Mensa", L, A)),
    ("Joseph Mensa is still being held in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa has not left Lome since March.", ("Mensa", L, A)),
    ("Joseph Mensa is stuck in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is stranded in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is trapped in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is sheltering in a church in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa took shelter in a church in Lome.", ("Mensa", L, A)),
    gap("Joseph Mensa is camped outside the parliament in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa was at his home in Lome when police arrived.", ("Mensa", L, A)),
    ("Joseph Mensa was in Lome at the time of the attack.", ("Mensa", L, A)),
    ("At the time, Joseph Mensa was living in Lome.", ("Mensa", L, A)),
    ("Joseph Mensa was living in Lome when he was arrested.", ("Mensa", L, A)),
    ("Joseph Mensa had been living in Lome for a year.", ("Mensa", L, A)),
    ("Joseph Mensa was based in Lome.", ("Mensa", L, A)),
    gap("Joseph Mensa operates from a base in northern Togo.", ("Mensa", L, A)),
    ("Joseph Mensa directs the group from Lome.", ("Mensa", L, A)),
    ("Joseph Mensa commands his fighters from a camp near Lome.", ("Mensa", L, A)),
    ("Joseph Mensa is now in Turkey, his lawyer said.", ("Mensa", L, A)),
    ("Joseph Mensa is believed to have fled to Turkey.", ("Mensa", L, A)),
    gap("Joseph Mensa was last heard from in Turkey.", ("Mensa", L, A)),
    gap("Joseph Mensa's last known location was Izmir.", ("Mensa", L, A)),
    ("Joseph Mensa's whereabouts are unknown.", ("Mensa", L, A)),
    ("Nobody knows where Joseph Mensa is.", ("Mensa", L, A)),
    gap("The location of Joseph Mensa is not known.", ("Mensa", L, A)),
    ("It is not clear where Joseph Mensa is being held.", ("Mensa", L, A)),
    ("Joseph Mensa is being held at an undisclosed location.", ("Mensa", L, A)),
    ("Joseph Mensa, 45, is being held in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday. He is being held in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday. He is now in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday. His family says he is in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday. The activist is being held in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday and is in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was detained on Monday and is now in jail in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was arrested and jailed in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was jailed in Kumasi for six years.", ("Mensa", L, A)),
    ("Joseph Mensa was imprisoned in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa was sentenced to six years and is serving his term in Kumasi.", ("Mensa", L, A)),
    ("Joseph Mensa, who is serving a life sentence in Kumasi, appealed.", ("Mensa", L, A)),
    ("Joseph Mensa appeared via video link from Nsawam prison.", ("Mensa", L, A)),
    ("Joseph Mensa appeared by video link from prison in Nsawam.", ("Mensa", L, A)),
    (
        "Joseph Mensa told the court by video from Nsawam prison that he was innocent.",
        ("Mensa", L, A),
    ),
    (
        "The opposition leader Kofi Darko was arrested on Monday. Police said he was being held at the central police station in Tamale.",
        ("Darko", L, A),
    ),
    gap(
        "The opposition leader Kofi Darko was arrested on Monday. His lawyer said the politician was being held in Tamale.",
        ("Darko", L, A),
    ),
    (
        'Kofi Darko was arrested on Monday. "He is in a cell in Tamale and he is fine," his wife said.',
        ("Darko", L, A),
    ),
    (
        "Kofi Darko was arrested on Monday. His wife said she had visited him in the Tamale central prison on Wednesday.",
        ("Darko", L, A),
    ),
    (
        "Kofi Darko was arrested on Monday. His wife said she had visited him in the Tamale central prison on Wednesday.",
        ("Darko", AP, A),
    ),
    (
        "Kofi Darko, the mayor of Tamale, was detained on Monday and flown to Accra, where he was questioned.",
        ("Darko", L, A),
    ),
    ("Kofi Darko was arrested in Tamale and transferred to Accra the next day.", ("Darko", L, A)),
    (
        "Kofi Darko was extradited from Togo on Friday and is now in custody in Accra.",
        ("Darko", L, A),
    ),
    ("After his extradition to Ghana, Kofi Darko was held at Nsawam prison.", ("Darko", L, A)),
    ("Kofi Darko, who was extradited to Ghana last year, is on trial in Accra.", ("Darko", L, A)),
    ("Kofi Darko was extradited to Ghana last year and is on trial in Accra.", ("Darko", L, A)),
    ("Ghanaian police said Kofi Darko had been extradited to Accra on Thursday.", ("Darko", L, A)),
    (
        "Kofi Darko was handed over to the United States and flown to New York on Friday.",
        ("Darko", L, A),
    ),
    ("Kofi Darko appeared in a Tamale court on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko appeared at the Tamale High Court on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko appeared before the high court in Tamale on Tuesday.", ("Darko", L, A)),
    (
        "Kofi Darko appeared in public for the first time since the coup on Tuesday, at a rally in Tamale.",
        ("Darko", L, A),
    ),
    ("Kofi Darko made a surprise appearance at a rally in Tamale on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko made a surprise appearance at a rally in Tamale on Tuesday.", ("Darko", AP, A)),
    ("Kofi Darko was seen on Tuesday at a rally in Tamale.", ("Darko", L, A)),
    ("Witnesses said Kofi Darko had been at a rally in Tamale on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko was among the mourners at a funeral in Tamale on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko was among the mourners at a funeral in Tamale on Tuesday.", ("Darko", AP, A)),
    ("Kofi Darko was in attendance at a funeral in Tamale on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko led Friday prayers at the central mosque in Tamale.", ("Darko", L, A)),
    ("Kofi Darko took part in a march in Tamale on Tuesday.", ("Darko", L, A)),
    ("Kofi Darko took part in a march in Tamale on Tuesday.", ("Darko", AP, A)),
    ("Kofi Darko was filmed greeting supporters in Tamale on Tuesday.", ("Darko", L, A)),
    ("A video shows Kofi Darko greeting supporters in Tamale.", ("Darko", L, A)),
    ("Kofi Darko is alive and in Tamale, his brother said.", ("Darko", L, A)),
    ("Kofi Darko is alive and well in Tamale, his brother said.", ("Darko", L, A)),
    ("His brother said Kofi Darko was alive and hiding in Tamale.", ("Darko", L, A)),
    ("His brother said Kofi Darko was alive and being held in Tamale.", ("Darko", L, A)),
    ("Kofi Darko survived the attack and was recovering in Tamale.", ("Darko", L, A)),
    ("Kofi Darko, who survived the attack, is recovering in Tamale.", ("Darko", L, A)),
    ("Kofi Darko was wounded and is being treated in Tamale.", ("Darko", L, A)),
    (
        "Kofi Darko was wounded in the attack and taken to Tamale Teaching Hospital.",
        ("Darko", L, A),
    ),
    (
        "Kofi Darko was released on Friday. He is now at home with his family in Tamale.",
        ("Darko", L, A),
    ),
    ("Kofi Darko was released on Friday and reunited with his family in Tamale.", ("Darko", L, A)),
    ("Kofi Darko was released on Friday and is back in Tamale.", ("Darko", L, A)),
    ("Kofi Darko was released on Friday and arrived in Tamale on Saturday.", ("Darko", L, A)),
    ("Kofi Darko was freed in Niger and flown to Accra.", ("Darko", L, A)),
    ("Kofi Darko was freed and driven to the Ghanaian embassy in Niamey.", ("Darko", L, A)),
    ("Kofi Darko walked free from Nsawam prison on Friday.", ("Darko", F, A)),
    ("Kofi Darko was released into the care of his family in Tamale.", ("Darko", L, A)),
    ("Kofi Darko was released to his family in Tamale.", ("Darko", L, A)),
    ("Kofi Darko sent a video message from Tamale.", ("Darko", L, A)),
    ("In a video from Tamale, Kofi Darko said he was safe.", ("Darko", L, A)),
    ("Kofi Darko released an audio message recorded in Tamale.", ("Darko", L, A)),
    ("Kofi Darko appeared in a video filmed in Tamale.", ("Darko", L, A)),
    ("Kofi Darko phoned his wife from Tamale on Sunday.", ("Darko", L, A)),
    ("Kofi Darko wrote to his wife from Nsawam prison.", ("Darko", L, A)),
    ("In a letter from Nsawam prison, Kofi Darko said he was well.", ("Darko", L, A)),
    ("Kofi Darko posted on Facebook from Tamale on Sunday.", ("Darko", L, A)),
]

NOT_FOUND = [
    # a trip told as fact is a visit, no whereabouts (test_claims_states_contact: "travelled
    # to Paris on Monday")
    ("After she was freed, Ana Ruiz flew to Lima.", ("Ruiz", L, A)),
    ("Ana Ruiz was released and left for Lima the next day.", ("Ruiz", L, A)),
    ("Mustafa Kaya went to Germany in 2016.", ("Kaya", L, A)),
    ("Mustafa Kaya travelled to Germany in 2016.", ("Kaya", L, A)),
    # an arrest or release at a place is the event only
    ("Police arrested Dario Fenu in Sassari on Friday.", ("Fenu", L, A)),
    ("The aid worker Claire Dubois was released in northern Niger on Sunday.", ("Dubois", L, A)),
    # "at home" names no place; a reputation in a place is no whereabouts
    gap("Pavel Orlov is at home with his family, his lawyer said.", ("Orlov", L, A)),
    ("Pavel Orlov is popular in Moscow.", ("Orlov", L, A)),
    # disappearing in a place is no whereabouts (the gold's g35, g10)
    (
        "The blogger Ahmed Sabry, who disappeared in Cairo in January, has not been heard from.",
        ("Sabry", L, A),
    ),
    # a purpose, an expectation
    ("Pedro Salas is expected to arrive in Madrid on Friday.", ("Salas", L, A)),
    ("Pedro Salas plans to move to Madrid.", ("Salas", L, A)),
    # a birthplace or a past study is no present whereabouts
    ("Pedro Salas, who was born in Madrid, was arrested on Friday.", ("Salas", L, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
