"""Who is to do what an object-control verb asks (issue 6).

In "The board has asked Jane Roe to lead the company on an interim basis" the one who will lead
is the object of "asked", not its subject; the parser gives the infinitive no subject, and the
subject rules climb to the board. English verbs of asking, entrusting and mandating pass their
object to the infinitive (object control): "asked / invited / entrusted / tasked / mandated X
to run the party", "asked X to serve as acting president". The gold README reads such an
arrangement as a leadership change ("the Bureau designated Y to lead the party on an interim
basis")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp.claims_grammar import has_neg

# Verbs whose object does what their infinitive says.
_OBJECT_CONTROL = frozenset(
    {"ask", "invite", "entrust", "task", "mandate", "authorize", "authorise", "charge", "request"}
)


def asked_to(verb: Token) -> Token | None:
    """The object of the verb of asking that ``verb``'s infinitive completes ("asked X to
    lead the company"), when it names a person or a role ("its deputy leader, X"); None
    for a negated or hypothetical asking ("did not ask", "would ask")."""
    if verb.dep_ not in {"xcomp", "ccomp"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    asking = verb.head
    if asking.lemma_.lower() not in _OBJECT_CONTROL or has_neg(asking):
        return None
    if any(c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may"} for c in asking.children):
        return None
    return next(
        (c for c in asking.children if c.dep_ == "dobj" and c.pos_ in {"PROPN", "NOUN"}), None
    )
