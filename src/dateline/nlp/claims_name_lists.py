"""Lists of people's names read from the words, not the parse (issue 6, subjects).

News lists the people an event befell as names set off by commas and closed by "and":
"Police arrested A, B and C", "A, B, 34, and C were killed". The parser often hangs the
middle names on the wrong word ("B" a modifier of "C", "C" an apposition of "A"), so the
coordination the claim rules follow skips one of them. :func:`listed_names` reads the list
from its first name rightwards over the words themselves.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp.attribution_index import DocIndex

# Words after a list's last name that make it part of something else ("C's lawyer").
_NOT_A_LIST_END = frozenset({"'s", "’s", "of"})


def _person_run(doc: Doc, tables: DocIndex, start: int) -> int | None:
    """The end (exclusive) of a run of proper nouns from ``start`` that the model tagged as
    a person's name, None when ``start`` begins none."""
    end = start
    while end < len(doc) and tables.pos[end] == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    return end if end > start else None


def _after_age(doc: Doc, tables: DocIndex, i: int) -> int:
    """Past an age set off by commas after a name ("B, 34, and C"): the index of the comma
    or "and" after the age, else ``i`` unchanged."""
    lower, n = tables.lower, len(tables.lower)
    if i + 2 < n and lower[i] == "," and tables.tag[i + 1] == "CD" and lower[i + 2] in {",", "and"}:
        i += 2
    # a home town after the age in a casualty list ("B, 41, of Brenna, C, 29"): one place name
    if i + 3 < n and lower[i] == "," and lower[i + 1] == "of" and tables.pos[i + 2] == "PROPN":
        j = i + 2
        while j < n and tables.pos[j] == "PROPN" and doc[j].ent_type_ != "PERSON":
            j += 1
        if j > i + 2 and j < n and lower[j] in {",", "and"}:
            return j
    return i


def listed_names(doc: Doc, tables: DocIndex, t: int) -> list[int]:
    """The other names of a list "A, B and C" (each optionally with an age) whose first name
    ends at ``t``: the last word of each name, when the list is closed by "and"; [] when
    ``t`` opens no such list."""
    if tables.pos[t] != "PROPN" or doc[t].ent_type_ != "PERSON":
        return []
    lower, n = tables.lower, len(tables.lower)
    i = t + 1
    if i < n and tables.pos[i] == "PROPN":
        return []  # ``t`` is not the last word of its name
    if (semi := _semicolon_list(doc, tables, t)) is not None:
        return semi
    names: list[int] = []
    while True:
        i = _after_age(doc, tables, i)
        if i + 1 < n and lower[i] == "," and lower[i + 1] == "and":
            i += 1  # the serial comma: "A, B, and C"
        closing = i < n and lower[i] == "and"
        if i + 1 >= n or lower[i] not in {",", "and"}:
            return []
        first = i + 1
        # a kin noun before the name ("and her son Emil", "and his wife Maria")
        if first + 1 < n and tables.tag[first] == "PRP$" and tables.pos[first + 1] == "NOUN":
            first += 2
        end = _person_run(doc, tables, first)
        if end is None:
            return []
        names.append(end - 1)
        i = end
        if closing:
            if i < n and lower[i] in _NOT_A_LIST_END:
                return []
            # a pair "A and B" the parser reads well; the words matter from three names on
            return names if len(names) >= 2 else []


def _semicolon_list(doc: Doc, tables: DocIndex, t: int) -> list[int] | None:
    """ "Those held: A, 34; B, 29, a driver; and C, 41.": a list whose items, each a name
    and what sets it off (an age, a trade, a home town), are parted by semicolons up to the
    sentence's end (the parser hangs the third item on the second as an apposition); the
    last word of each other name, or None when ``t`` opens no such list (no semicolon, a
    verb in an item, an item that does not open with a person's name)."""
    lower, end = tables.lower, doc[t].sent.end
    names: list[int] = []
    i = t + 1
    while True:
        while i < end and lower[i] != ";":
            if tables.pos[i] in {"VERB", "AUX"}:
                return None  # "A, 34; B was released": a clause, no item
            i += 1
        if i >= end:
            return names or None
        first = i + 1
        if first < end and lower[first] == "and":
            first += 1
        run_end = _person_run(doc, tables, first) if first < end else None
        if run_end is None:
            return None
        names.append(run_end - 1)
        i = run_end


def name_before_and(doc: Doc, tables: DocIndex, t: int) -> list[int]:
    """ "X, 33, and her sister Y were detained", "X, a farmer, and his nephew Y were shot":
    the parser hangs the first name off the clause (the root, with the verb its conjunct; or
    the subject of a reporting verb before it, "Police said X, 24, and his cousin Y were
    held"), so the verb's subject ``t`` ("sister") is the list's second member only; the name
    right before "and" (with its age or description) is the first. [] when the parse shows
    no such stray name."""
    dep, head, lower = tables.dep, tables.head, tables.lower
    verb = head[t]
    if dep[t] not in {"nsubj", "nsubjpass"}:
        return []
    name = head[verb]
    if dep[verb] == "conj" and dep[name] == "ROOT":
        pass  # "X, 33, and her sister Y were detained": the name the root
    elif dep[verb] == "ccomp":
        # "Police said X, 24, and ...": the name taken for the subject of "said", after it
        name = next((c for c in tables.children[name] if dep[c] == "nsubj" and c > name), -1)
        if name < 0:
            return []
    else:
        return []
    if tables.pos[name] != "PROPN" or doc[name].ent_type_ != "PERSON":
        return []
    j = doc[t].left_edge.i - 1
    if j < 1 or lower[j] != "and":
        return []
    j -= 1
    if lower[j] == ",":
        j -= 1
    if j == name or j > name and all(_set_off(tables, k, name) for k in range(name + 1, j + 1)):
        return [name]  # (only the name's age or description between it and "and")
    return []


def _set_off(tables: DocIndex, k: int, name: int) -> bool:
    """Token ``k`` belongs to what is set off after the name (an age, "a farmer"): it hangs
    on the name through nominal relations only."""
    for _ in range(6):
        if tables.pos[k] in {"VERB", "AUX"}:
            return False
        if tables.head[k] == name:
            return tables.dep[k] in {"appos", "punct", "amod"}
        if tables.head[k] == k:
            return False
        k = tables.head[k]
    return False
