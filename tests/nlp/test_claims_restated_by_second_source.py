"""Every statement of a claim (issue 6): a second source restating a claim
already told makes one more claim, its own ("the arrest was confirmed by his lawyer", "a
claim the police denied"), while one source repeating itself does not. Snippets written for
this test about fictional people: text -> the number of claims (last word of the subject,
predicate, polarity) the pipeline must find."""

from __future__ import annotations

from collections import Counter

import pytest

A, N = "affirmed", "negated"

COUNTS = [
    # --- a trailing ", a claim X denied" the parser hangs on the speaker or the reporting verb
    (
        "Two people said the tycoon Dragan Vukic was believed to be in Dubai. A third said he "
        "had been detained in Serbia in connection with a smuggling inquiry, a claim Serbian "
        "police denied on Wednesday.",
        {("Vukic", "arrested", A): 1, ("Vukic", "arrested", N): 1},
    ),
    (
        "The case had also become political. Last week a Telegram channel close to the "
        "opposition claimed that Levan Kipiani had been detained by the State Security Service "
        "over his business dealings, a claim the service denied at the time.",
        {("Kipiani", "arrested", A): 1, ("Kipiani", "arrested", N): 1},
    ),
    (
        "A blogger said the activist Omar Tahir had been detained by military intelligence, a "
        "claim the army denied on Monday.",
        {("Tahir", "arrested", A): 1, ("Tahir", "arrested", N): 1},
    ),
    (
        "A newspaper reported that the singer Rosa Mendes had died, an account her family "
        "denied.",
        {("Mendes", "killed", N): 1},
    ),
    (
        "Activists said the blogger Sami Nour had been arrested in Cairo, which the interior "
        "ministry denied.",
        {("Nour", "arrested", A): 1, ("Nour", "arrested", N): 1},
    ),
    (
        "Activists said the blogger Sami Nour had been arrested in Cairo, something the "
        "interior ministry denies.",
        {("Nour", "arrested", A): 1, ("Nour", "arrested", N): 1},
    ),
    # --- ", but Y denied it": the denial takes up the claim of its own sentence's first clause
    (
        "The army claimed on Monday that it had killed the rebel leader Paul Deng, but the "
        "rebels denied it.",
        {("Deng", "killed", A): 1, ("Deng", "killed", N): 1},
    ),
    (
        "The rebels said the commander Paul Deng was alive. The army claimed on Monday that it "
        "had killed Deng, but the rebels denied it.",
        {("Deng", "killed", A): 1, ("Deng", "killed", N): 1, ("Deng", "alive", N): 0},
    ),
    (
        "Police said the mayor, Juan Ortiz, had been arrested for taking bribes, but his lawyer "
        "denied the report.",
        {("Ortiz", "arrested", A): 1, ("Ortiz", "arrested", N): 1},
    ),
    (
        "Police said the mayor, Juan Ortiz, had been arrested, and his lawyer confirmed it.",
        {("Ortiz", "arrested", A): 2},
    ),
    (
        "The rebels said the commander Paul Deng was alive. The army said on Monday that it "
        "had killed Deng, and a local official confirmed it.",
        {("Deng", "killed", A): 2, ("Deng", "alive", A): 1},
    ),
    # --- "denied a report by Z <phrase> that P": the parser hangs the clause on the denial verb
    (
        "The president's office said the president, Salim Harthi, was in good health. It "
        "denied a report by a Gulf newspaper last week that he had died.",
        {("Harthi", "killed", N): 1, ("Harthi", "killed", A): 1},
    ),
    (
        "Church officials denied rumours in January that the patriarch, Elias Haddad, had died.",
        {("Haddad", "killed", N): 1, ("Haddad", "killed", A): 1},
    ),
    (
        "The ministry on Monday rejected reports on social media over the weekend that the "
        "general Anton Rusu had been arrested.",
        {("Rusu", "arrested", N): 1, ("Rusu", "arrested", A): 1},
    ),
    (
        "The group denied on Friday that its leader, Omar Jibril, had been wounded.",
        {("Jibril", "wounded", N): 1, ("Jibril", "wounded", A): 0},
    ),
    # --- a definite event noun taken up in the passive, by its own source
    (
        "The police said the activist Omar Tahir was arrested on Monday. The arrest was "
        "confirmed by his lawyer, Ali Dabo.",
        {("Tahir", "arrested", A): 2},
    ),
    (
        "The army said it had killed the militia chief Karim Doud on Sunday. The killing was "
        "also confirmed by a local official, Ali Sabo.",
        {("Doud", "killed", A): 2},
    ),
    (
        "Gunmen seized the aid worker Lena Vogt near Gao on Friday, her charity said. The "
        "kidnapping was confirmed by the foreign ministry on Saturday.",
        {("Vogt", "captured", A): 2},
    ),
    (
        "The opposition leader Marta Ilic was detained at her home on Tuesday, her party said. "
        "The detention was denied by the police.",
        {("Ilic", "arrested", A): 1, ("Ilic", "arrested", N): 1},
    ),
    (
        "The journalist Tariq Amin was released on Sunday, his newspaper said. The release was "
        "welcomed by the union.",
        {("Amin", "released", A): 2},
    ),
    # --- "confirmed it / this": a second source takes up the claim just told by a pronoun
    (
        "The army said the commander Musa Keita had been killed. The group confirmed it on "
        "Tuesday.",
        {("Keita", "killed", A): 2},
    ),
    (
        "Police said on Monday that the activist Rami Saad had been detained. His lawyer "
        "confirmed this.",
        {("Saad", "arrested", A): 2},
    ),
    (
        "Police said the activist Rami Saad had been detained. His lawyer declined to confirm "
        "it.",
        {("Saad", "arrested", A): 1},
    ),
    # --- a saying by ellipsis: "So did X", "X said the same", "said so too", ", as did X"
    (
        "The army said the commander Musa Keita had been killed. So did his brother.",
        {("Keita", "killed", A): 2},
    ),
    (
        "The commander Musa Keita was killed in the raid, the army said, as did a local "
        "official.",
        {("Keita", "killed", A): 2},
    ),
    (
        "The army said the commander Musa Keita had been killed. A local official, Ali Sabo, "
        "said the same.",
        {("Keita", "killed", A): 2},
    ),
    (
        "Police said on Monday that the activist Rami Saad had been detained. His lawyer said "
        "so too.",
        {("Saad", "arrested", A): 2},
    ),
    (
        "The rebels said the pilot, Ivan Kolev, was alive and well. So did the Red Cross.",
        {("Kolev", "alive", A): 2},
    ),
    (
        "The army denied that the commander Musa Keita had been captured. So did his family.",
        {("Keita", "captured", N): 2},
    ),
    # (an act echoed, not a saying; the same said of someone else)
    (
        "Police arrested the activist Rami Saad on Monday. So did the army, which detained his "
        "brother.",
        {("Saad", "arrested", A): 1},
    ),
    (
        "Police said the activist Rami Saad had been detained. His lawyer said the same about "
        "his cousin.",
        {("Saad", "arrested", A): 1},
    ),
    # --- "X is lying": the speaker denies X's latest claim
    (
        "The army said on Tuesday that it had killed the rebel commander Idris Mallo. \"Our "
        "commander is alive. The army is lying,\" the group's spokesman, Hamid Bilal, said.",
        {("Mallo", "killed", A): 1, ("Mallo", "killed", N): 1, ("Mallo", "alive", A): 1},
    ),
    (
        "The army said on Tuesday that it had killed the rebel commander Idris Mallo. The army "
        "is lying, his brother told reporters.",
        {("Mallo", "killed", A): 1, ("Mallo", "killed", N): 1},
    ),
    # (a denial called a lie, and "lying in hospital", deny nothing)
    (
        "The army says the opposition leader Sam Otti is not in its custody. The army is lying, "
        "his wife said.",
        {("Otti", "arrested", A): 0},
    ),
    (
        "Police said the journalist Omar Said was lying in hospital with a broken leg.",
        {("Said", "wounded", N): 0, ("Said", "killed", N): 0},
    ),
    # --- a yes to a claim the interviewer put: the interviewee's claim too
    (
        "Q&A: the rebel commander Saw Lin\n\nThe Frontier Review spoke to Saw Lin, commander "
        "of the Hill People's Army.\n\nQ: The army says it captured your intelligence chief, "
        "Saw Moo, in May.\nA: That is correct. He was a brave man.\n\nQ: Will "
        "you negotiate?\nA: Not while they hold our men.",
        {("Moo", "arrested", A): 2},
    ),
    (
        "Q&A: the rebel commander Saw Lin\n\nThe Frontier Review spoke to Saw Lin, commander "
        "of the Hill People's Army.\n\nQ: The army says its informant, Tun Aung, was killed by "
        "your men in March.\nA: Yes, that is right.\n\nQ: Will you negotiate?\nA: No.",
        {("Aung", "killed", A): 2},
    ),
    # (a yes to the saying, not the claim: "Yes, they announced it")
    (
        "Q&A: the rebel commander Saw Lin\n\nThe Frontier Review spoke to Saw Lin, commander "
        "of the Hill People's Army.\n\nQ: The army says its informant, Tun Aung, was killed by "
        "your men in March.\nA: Yes, they announced it on the radio. But he is alive.\n\nQ: "
        "Will you negotiate?\nA: No.",
        {("Aung", "killed", A): 1},
    ),
    # --- already told before this session: a possessed noun, an active take-up, a second saying
    (
        "The army said the commander Musa Keita had been killed. His death was later confirmed "
        "by the group.",
        {("Keita", "killed", A): 2},
    ),
    (
        "Police arrested the journalist Nora Salim on Monday. Her lawyer confirmed the arrest "
        "on Tuesday.",
        {("Salim", "arrested", A): 2},
    ),
    (
        "The kidnapped engineer Paolo Ricci is alive, his employer said. The foreign ministry "
        "also said he was alive.",
        {("Ricci", "alive", A): 2},
    ),
    (
        "The army said it had killed the rebel commander Idris Mallo on Sunday. The group "
        "rejected the claim within hours.",
        {("Mallo", "killed", A): 1, ("Mallo", "killed", N): 1},
    ),
    # --- one source telling it once: no second claim
    (
        "The arrest of the activist Omar Tahir on Monday drew protests, the police said.",
        {("Tahir", "arrested", A): 1},
    ),
    (
        "The army said on Monday that it had killed the rebel leader Idris Mallo in an air "
        "strike near Gao.",
        {("Mallo", "killed", A): 1},
    ),
]


@pytest.mark.parametrize(("text", "counts"), [pytest.param(t, c, id=t[:40]) for t, c in COUNTS])
def test_count(claims_of, text: str, counts: dict) -> None:
    found = Counter((c.subject.split()[-1], c.predicate, c.polarity) for c in claims_of(text))
    assert {k: found.get(k, 0) for k in counts} == counts, found


CLAIMANTS = [
    # the speaker of "A third said P, a claim X denied" is the third, not the claim
    (
        "Two people said the tycoon Dragan Vukic was believed to be in Dubai. A third said he "
        "had been detained in Serbia in connection with a smuggling inquiry, a claim Serbian "
        "police denied on Wednesday.",
        ("Vukic", "arrested", A),
        "third",
    ),
    (
        "The journalist Tariq Amin was released on Sunday, his newspaper said. The release was "
        "welcomed by the union.",
        ("Amin", "released", A),
        "union",
    ),
    # the elliptical saying is its own speaker's
    (
        "The army said the commander Musa Keita had been killed. So did his brother.",
        ("Keita", "killed", A),
        "brother",
    ),
    (
        "The army said the commander Musa Keita had been killed. The group confirmed it on "
        "Tuesday.",
        ("Keita", "killed", A),
        "group",
    ),
    # "a report by a Gulf newspaper": the newspaper's claim
    (
        "The office denied a report by a Gulf newspaper that the president, Salim Harthi, had "
        "died.",
        ("Harthi", "killed", A),
        "newspaper",
    ),
]


@pytest.mark.parametrize(("text", "triple", "word"), CLAIMANTS)
def test_claimant(claims_of, text: str, triple: tuple, word: str) -> None:
    claimants = [
        (c.claimant or "").lower()
        for c in claims_of(text)
        if (c.subject.split()[-1], c.predicate, c.polarity) == triple
    ]
    assert any(word in c for c in claimants), claimants
