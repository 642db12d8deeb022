"""Custody and courts: who holds the person (captured vs arrested) in constructions the earlier
tables did not try, and the legal family (convicted, sentenced, acquitted, charged, escaped,
rescued, expelled): a probe inventory (session 20, CUSTODY, issue 6).

Sentences and short stories written for this test about fictional people, in several news
styles. The conventions are those of tests/fixtures/claims/README.md: capture by a state's
forces is ``arrested`` however it is worded; ``captured`` needs a non-state or unknown captor; a
seizure takes the captor its own clause names, and a later clause placing the person in state
custody is its own ``arrested``; an army's prisoner is ``arrested``, a militia's ``captured``;
"rescued" from captors is ``released``, from a disaster ``other:rescue``; a court's verdicts
and penalties are ``other:<lemma>`` (convict, sentence, acquit, charge, expel, deport, escape).
text -> (last word of the subject, predicate, polarity) that must be found, or must not.
"""

from __future__ import annotations

import pytest
from claims_rows import row_tests

A, N = "affirmed", "negated"
R, C, F = "arrested", "captured", "released"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason="a wording the rules do not reach yet")


def gap(text: str, expected: tuple[str, str, str]):
    return pytest.param(text, expected, marks=KNOWN_GAP)


FOUND = [
    # -- the state's forces, however the capture is worded ---------------------------------------
    (
        "Lucas Ferrand was captured by security forces near the border on Tuesday.",
        ("Ferrand", R, A),
    ),
    ("Security forces captured Lucas Ferrand near the border on Tuesday.", ("Ferrand", R, A)),
    (
        "Government troops seized the rebel spokesman Idris Kamara at a checkpoint.",
        ("Kamara", R, A),
    ),
    (
        "The rebel spokesman Idris Kamara was seized by government troops at a checkpoint.",
        ("Kamara", R, A),
    ),
    (
        "Soldiers stormed the compound at dawn. Idris Kamara was captured in the raid.",
        ("Kamara", R, A),
    ),
    (
        "The army launched an operation in the hills last week. Its commander said the militant leader Sadiq Owusu had been captured alive.",
        ("Owusu", R, A),
    ),
    ("Sadiq Owusu was taken into custody by the army on Monday.", ("Owusu", R, A)),
    ("Sadiq Owusu is in the custody of the army, a military spokesman said.", ("Owusu", R, A)),
    ("Sadiq Owusu is being held by military intelligence in the capital.", ("Owusu", R, A)),
    ("Mira Dragan was detained by Serbia's intelligence service at the airport.", ("Dragan", R, A)),
    ("Commandos captured the cartel boss Efrain Luna in a dawn raid.", ("Luna", R, A)),
    (
        "The captured cartel boss Efrain Luna was flown to the capital under heavy guard.",
        ("Luna", R, A),
    ),
    ("Marines captured Efrain Luna in a hideout in the mountains on Sunday.", ("Luna", R, A)),
    ("Efrain Luna was recaptured by police two days after he escaped.", ("Luna", R, A)),
    ("Police recaptured Efrain Luna on Friday.", ("Luna", R, A)),
    ("Efrain Luna was handed over to the police by the villagers who caught him.", ("Luna", R, A)),
    ("Border guards caught Efrain Luna as he tried to cross the river.", ("Luna", R, A)),
    ("Efrain Luna was caught by border guards as he tried to cross the river.", ("Luna", R, A)),
    ("Efrain Luna was nabbed by detectives at a hotel in the capital.", ("Luna", R, A)),
    ("Officers from the gendarmerie picked up Efrain Luna outside his home.", ("Luna", R, A)),
    # -- non-state or unknown captors -----------------------------------------------------------
    (
        "Gunmen seized the engineer Piet Akkerman from his car on the road to Kano.",
        ("Akkerman", C, A),
    ),
    ("The engineer Piet Akkerman was seized by gunmen on the road to Kano.", ("Akkerman", C, A)),
    ("Unidentified men bundled Piet Akkerman into a car outside his office.", ("Akkerman", C, A)),
    ("Piet Akkerman was bundled into a van by masked men outside his office.", ("Akkerman", C, A)),
    ("Militiamen detained the journalist Anna Sobczak at a roadblock.", ("Sobczak", C, A)),
    ("The journalist Anna Sobczak was detained by militiamen at a roadblock.", ("Sobczak", C, A)),
    (
        "Anna Sobczak was arrested by fighters of a rival faction in the old town.",
        ("Sobczak", C, A),
    ),
    ("The group holding Anna Sobczak released a video of her on Sunday.", ("Sobczak", C, A)),
    (
        "Anna Sobczak is being held by the militia in a village east of the river.",
        ("Sobczak", C, A),
    ),
    ("Anna Sobczak has been in the hands of the rebels since March.", ("Sobczak", C, A)),
    ("Pirates captured the ship's captain, Olaf Berg, off the coast on Monday.", ("Berg", C, A)),
    ("The kidnapping of Olaf Berg in March shocked the town.", ("Berg", C, A)),
    ("Olaf Berg's abductors demanded a ransom of $2 million.", ("Berg", C, A)),
    ("Olaf Berg was taken hostage by rebels in 2019.", ("Berg", C, A)),
    ("Rebels took Olaf Berg prisoner in 2019.", ("Berg", C, A)),
    ("Olaf Berg was taken captive by bandits on his farm.", ("Berg", C, A)),
    (
        "Olaf Berg, who was captured by the Crimson Brigade in 2019, was freed on Friday.",
        ("Berg", C, A),
    ),
    # -- the captor named several sentences before -----------------------------------------------
    (
        "Armed men attacked a bus on the Gao road on Tuesday. They took two passengers, Ali Toure and Binta Sow, into the forest.",
        ("Toure", C, A),
    ),
    (
        "Police raided a flat in the north of the city on Friday. Officers detained Rhys Morgan and seized two laptops.",
        ("Morgan", R, A),
    ),
    ("Rebel commander Hamza Diallo was captured on Sunday, the governor said.", ("Diallo", R, A)),
    (
        "Hamza Diallo, a senior militant commander, was captured in the north last month.",
        ("Diallo", R, A),
    ),
    (
        "The fugitive drug lord Ramon Ortega was recaptured in a village in Sinaloa.",
        ("Ortega", R, A),
    ),
    ("Gang leader Ramon Ortega was captured after a week on the run.", ("Ortega", R, A)),
    ("Ramon Ortega was caught by police at a hotel in the capital.", ("Ortega", R, A)),
    ("Plainclothes officers caught Ramon Ortega at the bus station.", ("Ortega", R, A)),
    ("Ramon Ortega was caught by gunmen as he left the mosque.", ("Ortega", C, A)),
    ("Ramon Ortega was forced into a car by armed men outside his home.", ("Ortega", C, A)),
    (
        "Ramon Ortega was bundled into a car by plainclothes police outside his home.",
        ("Ortega", R, A),
    ),
    (
        "Masked men stopped the minibus near Kidal. They marched the driver, Moussa Ag Sidi, into the desert.",
        ("Sidi", C, A),
    ),
    # -- a rescue from a disaster in a story that also tells of arrests or kidnappings ---------
    (
        "Police arrested two men for looting after the flood. Rescuers saved Amina Bello, 9, who was rescued from the roof of her house on Tuesday.",
        ("Bello", "other:rescue", A),
    ),
    (
        "Gunmen kidnapped three farmers last month. Separately, the flash flood swept away homes, and Amina Bello was rescued by a navy helicopter.",
        ("Bello", "other:rescue", A),
    ),
    (
        "A fisherman, Joao Pinto, was rescued from the water after the boat capsized, police said. Two crew members were arrested.",
        ("Pinto", "other:rescue", A),
    ),
    (
        "Pirates seized a tanker in the gulf on Monday. On Tuesday a lifeboat rescued the yachtsman Joao Pinto from the sea further north.",
        ("Pinto", "other:rescue", A),
    ),
    (
        "Kidnappers held Joao Pinto for a month. Soldiers rescued him from a hut in the forest on Friday.",
        ("Pinto", F, A),
    ),
    ("Amina Bello was rescued from her kidnappers by police on Friday.", ("Bello", F, A)),
    # -- expulsions, sentences and acquittals in other words -----------------------------------
    (
        "The government declared Olaf Berg persona non grata and gave him 48 hours to leave.",
        ("Berg", "other:expel", A),
    ),
    (
        "Olaf Berg, a second secretary at the embassy, was declared persona non grata on Monday.",
        ("Berg", "other:expel", A),
    ),
    ("Olaf Berg was kicked out of the country on Monday.", ("Berg", "other:expel", A)),
    ("Olaf Berg was expelled from the party on Monday.", ("Berg", "other:expel", A)),
    ("Olaf Berg was given 12 years for fraud on Monday.", ("Berg", "other:sentence", A)),
    ("Olaf Berg was cleared of all charges on Monday.", ("Berg", "other:acquit", A)),
    ("Olaf Berg handed himself in to police on Monday.", ("Berg", "other:surrender", A)),
    ("Olaf Berg handed himself in to police on Monday.", ("Berg", R, A)),
    gap(
        "The ministry ordered the expulsion of the diplomat Olaf Berg on Monday.",
        ("Berg", "other:expel", A),
    ),
    ("Olaf Berg's expulsion was announced on Monday.", ("Berg", "other:expel", A)),
    ("Olaf Berg left for Oslo after his acquittal in May.", ("Berg", "other:acquit", A)),
    (
        "Since his surrender in 2015, Olaf Berg has lived in the capital.",
        ("Berg", "other:surrender", A),
    ),
    (
        "Masked men stopped the minibus near Kidal. They marched the driver, Moussa Ag Sidi, into the desert, where he was held for a week.",
        ("Sidi", C, A),
    ),
    # -- takings the clause tells by an unknown taker, a home left, a handing-over -------------
    ("The villagers handed Olaf Berg over to the army on Monday.", ("Berg", R, A)),
    ("Olaf Berg was picked up by unidentified men in a white car.", ("Berg", C, A)),
    ("Olaf Berg was taken from his home by unknown assailants.", ("Berg", C, A)),
    ("Olaf Berg was taken by security forces from his home at dawn.", ("Berg", R, A)),
    ("Security forces took Olaf Berg from his home at dawn.", ("Berg", R, A)),
    ("Gunmen took Olaf Berg from his office on Friday.", ("Berg", C, A)),
    ("Olaf Berg is in the custody of the militia that seized the town.", ("Berg", C, A)),
    ("Olaf Berg has been held by Iranian intelligence since May.", ("Berg", R, A)),
    gap("The rebels handed Olaf Berg over to the Red Cross on Monday.", ("Berg", F, A)),
    ("Olaf Berg was detained by paramilitaries near the border.", ("Berg", C, A)),
    ("A pro-government militia detained Olaf Berg at a checkpoint.", ("Berg", C, A)),
    ("Olaf Berg was detained by paramilitary police at the border.", ("Berg", R, A)),
    ("Olaf Berg was captured by Russian forces near Kherson.", ("Berg", R, A)),
    ("Olaf Berg was taken prisoner by Ukrainian troops.", ("Berg", R, A)),
    ("Olaf Berg, a soldier, was captured by the enemy.", ("Berg", C, A)),
    (
        "Armed men ambushed the convoy near Gao on Tuesday. Two drivers, Ali Toure and Musa Sow, were taken.",
        ("Toure", C, A),
    ),
    (
        "Armed men ambushed the convoy near Gao on Tuesday. Two drivers, Ali Toure and Musa Sow, were taken.",
        ("Sow", C, A),
    ),
    (
        "Soldiers raided the village at dawn. Ines Lopes, a local councillor, was seized and driven away.",
        ("Lopes", R, A),
    ),
    (
        "Troops surrounded the hideout on Sunday. After a brief firefight, Paul Roy surrendered and was taken into custody.",
        ("Roy", R, A),
    ),
    # -- release, rescue -------------------------------------------------------------------------
    ("Olaf Berg was rescued by special forces from a camp in the desert.", ("Berg", F, A)),
    ("Troops rescued the kidnapped priest Olaf Berg in a raid on Sunday.", ("Berg", F, A)),
    ("Olaf Berg was freed in a military raid on the kidnappers' hideout.", ("Berg", F, A)),
    # (pulled out alive: alive, as g340 "was pulled from the snow alive")
    ("Olaf Berg was pulled alive from the rubble on Monday.", ("Berg", "alive", A)),
    ("Olaf Berg was rescued from the flooded mine after three days.", ("Berg", "other:rescue", A)),
    ("The coast guard rescued Olaf Berg after his boat sank.", ("Berg", "other:rescue", A)),
    ("Olaf Berg was released on bail on Thursday.", ("Berg", F, A)),
    ("The court granted bail to Olaf Berg on Thursday.", ("Berg", F, A)),
    ("Olaf Berg was denied bail on Thursday.", ("Berg", F, N)),
    ("Olaf Berg walked free from court after the charges were dropped.", ("Berg", F, A)),
    ("Olaf Berg was set free after 14 months in detention.", ("Berg", F, A)),
    ("Olaf Berg was let go without charge on Tuesday evening.", ("Berg", F, A)),
    # -- the legal family -------------------------------------------------------------------------
    ("Olaf Berg was convicted of fraud on Monday.", ("Berg", "other:convict", A)),
    ("A jury found Olaf Berg guilty of murder on Monday.", ("Berg", "other:convict", A)),
    ("Olaf Berg was found guilty of murder on Monday.", ("Berg", "other:convict", A)),
    ("The court found Olaf Berg not guilty.", ("Berg", "other:acquit", A)),
    (
        "Judges found Olaf Berg and his brother Karl Berg guilty of fraud.",
        ("Berg", "other:convict", A),
    ),
    (
        "A jury in Leeds found the teacher, Mary Lowe, guilty of theft.",
        ("Lowe", "other:convict", A),
    ),
    ("Olaf Berg was acquitted of all charges on Monday.", ("Berg", "other:acquit", A)),
    ("Olaf Berg was sentenced to ten years in prison on Monday.", ("Berg", "other:sentence", A)),
    ("A court in Riga sentenced Olaf Berg to ten years.", ("Berg", "other:sentence", A)),
    ("Olaf Berg was jailed for ten years for fraud on Monday.", ("Berg", R, A)),
    ("Olaf Berg was given a ten-year prison term on Monday.", ("Berg", "other:sentence", A)),
    ("Olaf Berg received a life sentence for the killings.", ("Berg", "other:sentence", A)),
    ("Olaf Berg is serving a life sentence in Vorsk prison.", ("Berg", "other:sentence", A)),
    ("Olaf Berg is serving a life sentence in Vorsk prison.", ("Berg", R, A)),
    ("Olaf Berg was sentenced in absentia to 15 years.", ("Berg", "other:sentence", A)),
    ("Olaf Berg was charged with murder on Monday.", ("Berg", "other:charge", A)),
    ("Prosecutors charged Olaf Berg with murder on Monday.", ("Berg", "other:charge", A)),
    ("Olaf Berg was indicted on fraud charges in New York.", ("Berg", "other:indict", A)),
    (
        "Olaf Berg has not been charged with any crime, his lawyer said.",
        ("Berg", "other:charge", N),
    ),
    ("Olaf Berg escaped from Vorsk prison on Sunday.", ("Berg", "other:escape", A)),
    ("Olaf Berg broke out of Vorsk prison on Sunday.", ("Berg", "other:escape", A)),
    (
        "Olaf Berg managed to escape from his captors after three weeks.",
        ("Berg", "other:escape", A),
    ),
    ("Olaf Berg fled his captors after three weeks.", ("Berg", "other:escape", A)),
    ("Olaf Berg fled from the prison camp with two other inmates.", ("Berg", "other:escape", A)),
    (
        "Olaf Berg slipped away from his guards during a hospital visit.",
        ("Berg", "other:escape", A),
    ),
    (
        "Olaf Berg was among six inmates who escaped from Vorsk prison on Sunday.",
        ("Berg", "other:escape", A),
    ),
    ("Olaf Berg was expelled from the country on Monday.", ("Berg", "other:expel", A)),
    ("The government expelled the diplomat Olaf Berg on Monday.", ("Berg", "other:expel", A)),
    ("Olaf Berg was deported to Norway on Monday.", ("Berg", "other:deport", A)),
    ("Olaf Berg was extradited to the United States on Monday.", ("Berg", "other:extradite", A)),
    ("Olaf Berg surrendered to police on Monday.", ("Berg", "other:surrender", A)),
    ("Olaf Berg turned himself in to police on Monday.", ("Berg", "other:surrender", A)),
    ("Olaf Berg was questioned by police for several hours.", ("Berg", "other:question", A)),
    ("Olaf Berg was pardoned by the president on Monday.", ("Berg", "other:pardon", A)),
]

NOT_FOUND = [
    (
        "Lucas Ferrand was captured by security forces near the border on Tuesday.",
        ("Ferrand", C, A),
    ),
    ("Security forces captured Lucas Ferrand near the border on Tuesday.", ("Ferrand", C, A)),
    (
        "The rebel spokesman Idris Kamara was seized by government troops at a checkpoint.",
        ("Kamara", C, A),
    ),
    ("Commandos captured the cartel boss Efrain Luna in a dawn raid.", ("Luna", C, A)),
    ("Efrain Luna was recaptured by police two days after he escaped.", ("Luna", C, A)),
    ("Border guards caught Efrain Luna as he tried to cross the river.", ("Luna", C, A)),
    ("The engineer Piet Akkerman was seized by gunmen on the road to Kano.", ("Akkerman", R, A)),
    ("The journalist Anna Sobczak was detained by militiamen at a roadblock.", ("Sobczak", R, A)),
    (
        "Anna Sobczak was arrested by fighters of a rival faction in the old town.",
        ("Sobczak", R, A),
    ),
    ("Olaf Berg was taken hostage by rebels in 2019.", ("Berg", R, A)),
    (
        "Olaf Berg was rescued by special forces from a camp in the desert.",
        ("Berg", "other:rescue", A),
    ),
    ("Olaf Berg was pulled alive from the rubble on Monday.", ("Berg", F, A)),
    ("Olaf Berg was airlifted to safety after the landslide.", ("Berg", F, A)),
    # (jailed for a term: arrested, as g60 "was jailed for two years in 2015")
    ("Olaf Berg was jailed for ten years for fraud on Monday.", ("Berg", C, A)),
    ("Border guards caught Efrain Luna as he tried to cross the river.", ("Luna", C, A)),
    ("Efrain Luna was caught in crossfire near the market.", ("Luna", R, A)),
    ("Efrain Luna was caught on camera leaving the bank.", ("Luna", R, A)),
    (
        "The militia captured two soldiers, Sergeant Amos Kiptoo and Private Ben Otieno, near the base.",
        ("Kiptoo", R, A),
    ),
    ("Sergeant Amos Kiptoo was captured during the ambush, the army said.", ("Kiptoo", R, A)),
    (
        "Gunmen attacked the convoy of the rebel commander Hamza Diallo. Diallo was captured and taken to their camp.",
        ("Diallo", R, A),
    ),
    (
        "The kidnapped militant commander Hamza Diallo was freed after a ransom was paid.",
        ("Diallo", R, A),
    ),
    ("Olaf Berg fled the country after the verdict.", ("Berg", "other:escape", A)),
    ("Olaf Berg fled his captors after three weeks.", ("Berg", "other:flee", A)),
    ("The coast guard rescued Olaf Berg after his boat sank.", ("Berg", F, A)),
    ("Olaf Berg was acquitted of all charges on Monday.", ("Berg", "other:convict", A)),
    ("The court found Olaf Berg not guilty.", ("Berg", "other:convict", A)),
    (
        "Prosecutors called for Olaf Berg to be sentenced to ten years.",
        ("Berg", "other:sentence", A),
    ),
    ("Olaf Berg faces up to ten years in prison if convicted.", ("Berg", "other:convict", A)),
    ("Olaf Berg faces up to ten years in prison if convicted.", ("Berg", "other:sentence", A)),
    (
        "A fisherman, Joao Pinto, was rescued from the water after the boat capsized, police said. Two crew members were arrested.",
        ("Pinto", F, A),
    ),
    (
        "Amina Bello was rescued from her kidnappers by police on Friday.",
        ("Bello", "other:rescue", A),
    ),
    ("Olaf Berg was expelled from the party on Monday.", ("Berg", "leadership_change", A)),
    (
        "Olaf Berg was given a warm welcome and two years to settle in.",
        ("Berg", "other:sentence", A),
    ),
    ("The court gave Olaf Berg the benefit of the doubt.", ("Berg", "other:sentence", A)),
    ("Olaf Berg took his son from school early.", ("son", R, A)),
    ("The rebels called for Olaf Berg's expulsion.", ("Berg", "other:expel", A)),
    (
        "Armed men ambushed the convoy near Gao on Tuesday. Two drivers, Ali Toure and Musa Sow, were taken.",
        ("Toure", R, A),
    ),
    ("Police demanded the surrender of Olaf Berg.", ("Berg", "other:surrender", A)),
    ("Olaf Berg was taken from his car by men in plain clothes.", ("Berg", R, A)),
    ("Security forces took Olaf Berg from his home at dawn.", ("Berg", C, A)),
    ("Olaf Berg was picked up by unidentified men in a white car.", ("Berg", R, A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
