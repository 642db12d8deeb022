"""Events told not in a finite clause of their own but in a phrase: a
gerund clause under a preposition of time ("after being freed"), a participle or noun packed
into a noun phrase. Sentences written for this test about fictional people: text → (last
word of the subject, predicate, polarity) of a claim that must be found, or one that must
not."""

from __future__ import annotations

from claims_rows import row_tests
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.nlp.claims_complements import described_before

A, N = "affirmed", "negated"

FOUND = [
    # a gerund clause under a preposition of time takes the subject of the clause it modifies
    (
        "After being freed in March, the nurse Marta Lindqvist flew home to Oslo.",
        ("Lindqvist", "released", A),
    ),
    (
        "The blogger Lina Barakat has lost twelve kilos since being detained, her sister said.",
        ("Barakat", "arrested", A),
    ),
    (
        "Upon being released, the cameraman Tomas Fiala thanked the Czech embassy.",
        ("Fiala", "released", A),
    ),
    (
        "The pilot Rafael Duarte gave his first interview on Sunday, a week after being"
        " rescued by fishermen.",
        # (a rescue from danger, in a story of no captivity, is other:rescue: gold g200, g309)
        ("Duarte", "other:rescue", A),
    ),
    (
        "Since resigning as mayor in 2019, Anton Keller has run a vineyard near Krems.",
        ("Keller", "resigned", A),
    ),
    (
        "The striker Yaw Boateng told the court he had lost the use of his arm after being"
        " beaten by guards.",
        ("Boateng", "other:beat", A),
    ),
    # a perfect participle clause ("having been ...") takes the main clause's subject too
    (
        "Having been released on bail in April, the lawyer Grace Muthoni returned to court on"
        " Monday.",
        ("Muthoni", "released", A),
    ),
    (
        "Having been abducted twice before, the priest Tomas Arriola travels with guards.",
        ("Arriola", "captured", A),
    ),
    # "before" / "until" when the event ends the custody the main clause tells
    (
        "The lawyer Grace Muthoni was held for six days at a police post before being"
        " released without charge.",
        ("Muthoni", "released", A),
    ),
    (
        "Ivo Brandt was kept in a cellar for a month until being freed in a police raid.",
        ("Brandt", "released", A),
    ),
    # a reduced relative on a description the parser hung on another head than the name
    # right before it: the description, and so the event, is that person's
    (
        "The colleagues of Ruth Achieng, the Kisumu nurse killed in the ambush on Sunday, say"
        " she had asked for a transfer.",
        ("Achieng", "killed", A),
    ),
    (
        "The son of Pablo Serrano, the Cali judge murdered in May, says the police have no"
        " suspects.",
        ("Serrano", "killed", A),
    ),
    # "freed" before a noun: the parser reads it as an adjective on the role noun
    (
        "Freed hostage Marta Lindqvist thanked the Omani mediators on Sunday.",
        ("Lindqvist", "released", A),
    ),
    (
        "The freed aid worker Tomas Fiala said he had been kept in a cave.",
        ("Fiala", "released", A),
    ),
    # the nominalisation of "free" with the person as its "of" object
    (
        "The freeing of Marta Lindqvist took eleven months of talks, the ministry said.",
        ("Lindqvist", "released", A),
    ),
    # a relative clause on the description: "among those killed" is the named person's death
    (
        "Friends and pupils gathered outside the library on Tuesday to remember Amina Yusuf,"
        " the deputy principal who was among those killed when gunmen opened fire on a"
        " minibus near Wajir on Saturday.",
        ("Yusuf", "killed", A),
    ),
    # a companion named in apposition to the noun of a "with" phrase shares the event
    (
        "The geologist Erik Lund was abducted in May 2023 with a Kenyan colleague, Joseph"
        " Otieno, near Gao.",
        ("Otieno", "captured", A),
    ),
    (
        "Omar Kassem was arrested at the airport with his lawyer, Bilal Haddad, on Monday.",
        ("Haddad", "arrested", A),
    ),
]

NOT_FOUND = [
    # "before" a release that never came: death or flight ends the story first
    (
        "The reporter Sami Haddad died in the camp before being freed, his family said.",
        ("Haddad", "released", A),
    ),
    (
        "The banker Oleg Petrenko fled to Dubai before being arrested, prosecutors said.",
        ("Petrenko", "arrested", A),
    ),
    # a gerund under "without" says the event did not happen
    (
        "The activist Nadia Salem was held for a week without being charged.",
        ("Salem", "other:charge", A),
    ),
    # an active gerund with an object of its own: the object undergoes it, not the subject
    (
        "After freeing the hostages on Friday, the mediator Paul Renard flew to Niamey.",
        ("Renard", "released", A),
    ),
    # the gerund's event is as unrealised as its clause, and taken for granted by a denial
    (
        "The blogger Omar Kassem will be deported after being released, officials said.",
        ("Kassem", "released", A),
    ),
    (
        "Officials denied that the blogger Omar Kassem was beaten after being detained.",
        ("Kassem", "arrested", N),
    ),
    # a condition is no event
    (
        "If arrested, the blogger Omar Kassem would face ten years in prison.",
        ("Kassem", "arrested", A),
    ),
    # a freeing ordered is not one done
    (
        "The court ordered the freeing of the blogger Omar Kassem on Tuesday.",
        ("Kassem", "released", A),
    ),
    # a thing in the "with" phrase is no companion
    (
        "The courier Ali Musa was arrested with a pistol from the Tarek Arms factory.",
        ("Arms", "arrested", A),
    ),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)


def test_description_in_speakers_subject_is_narration(claims_of) -> None:
    # "The family of X, the blogger jailed in 2019, says ...": the participle is the
    # narration's description of whom the speaker speaks for, not the speaker's claim
    claims = claims_of(
        "The family of Omar Kassem, the Homs blogger jailed in 2019, says he has lost weight."
    )
    jailed = [c for c in claims if c.predicate == "arrested" and c.subject.endswith("Kassem")]
    assert jailed, claims
    assert all(c.claimant == "Valley Wire" for c in jailed), jailed
    assert all(c.event_time == "2019" for c in jailed), jailed


def _parsed(words: list[str], pos: list[str], deps: list[str], heads: list[int]) -> Doc:
    """A parse given by hand, so the rule is tested on the parser's mistake itself."""
    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads)


def test_description_hung_on_another_head_is_the_name_before_it() -> None:
    # "Friends gathered to remember X Y, the teacher who was among those killed": the parser
    # makes "teacher" an adverbial noun of "gathered"; the description is Y's
    doc = _parsed(
        [
            "Friends",
            "gathered",
            "to",
            "remember",
            "Ada",
            "Ochieng",
            ",",
            "the",
            "teacher",
            "who",
            "was",
            "among",
            "those",
            "killed",
        ],
        ["NOUN", "VERB", "PART", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON"]
        + ["AUX", "ADP", "PRON", "VERB"],
        ["nsubj", "ROOT", "aux", "advcl", "compound", "dobj", "punct", "det", "npadvmod"]
        + ["nsubj", "relcl", "prep", "pobj", "acl"],
        [1, 1, 3, 1, 5, 3, 1, 8, 1, 10, 8, 10, 11, 12],
    )
    assert described_before(doc[8]).text == "Ochieng"


def test_description_of_its_own_head_stays() -> None:
    # "X Y, the reporter detained last month": already the name's own apposition
    doc = _parsed(
        ["Ada", "Ochieng", ",", "the", "reporter", "detained"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
        ["compound", "ROOT", "punct", "det", "appos", "acl"],
        [1, 1, 1, 4, 1, 4],
    )
    assert described_before(doc[4]).i == 4
