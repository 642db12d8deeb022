""" "Comandante Y", the Spanish rank English news keeps before a guerrilla commander's nom de
guerre, is a title like "Commander": "X, known to his men as Comandante Y" makes a later bare
"Y" the same man, not the namesake the story named last. A text written for this test about
fictional people."""

from __future__ import annotations


def test_comandante_is_a_title_of_the_nom_de_guerre(claims_of) -> None:
    # "Comandante Y" after "known to his men as": Y alone later is the same man
    text = (
        "Hugo Ramos, known to his men as Comandante Tigre, was captured by soldiers in 2004."
        " His cousin, Rafael Ramos, died in 2006. In 2010 Tigre escaped from prison."
    )
    found = {(c.subject, c.predicate) for c in claims_of(text)}
    assert ("Hugo Ramos", "other:escape") in found, found
    assert ("Rafael Ramos", "other:escape") not in found, found
