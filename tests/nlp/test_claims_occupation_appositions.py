"""A name the model tags as a place, a building or a group, in apposition to a noun of a trade or a
condition that only people have ("the trader X", "the pensioner X", "a migrant, X,"), is a person
and the subject of the clause's claim (session 18, lead; issue 6). Sentences written for this
test about fictional people: text -> (last word of the subject, predicate, polarity)."""

from __future__ import annotations

from claims_rows import row_tests

A = "affirmed"

FOUND = [
    ("Gunmen shot dead the trader Sani Garba in Kano on Monday.", ("Garba", "killed", A)),
    ("The trader Thabo Nkosi was rescued on Wednesday.", ("Nkosi", "other:rescue", A)),
    ("Police detained the shopkeeper Musa Danjuma after the riot.", ("Danjuma", "arrested", A)),
    ("The pensioner Kwaku Boateng died in the fire, neighbours said.", ("Boateng", "killed", A)),
    ("Pirates released the sailor Tunde Bakare on Friday.", ("Bakare", "released", A)),
    ("The herder Ousmane Sow was wounded when gunmen opened fire.", ("Sow", "wounded", A)),
]

NOT_FOUND = [
    # the trade noun makes the name a person, not a claim about him
    ("The trader Sani Garba said the market in Kano was closed.", ("Garba", "killed", A)),
]

test_found, test_not_found = row_tests(FOUND, NOT_FOUND)
