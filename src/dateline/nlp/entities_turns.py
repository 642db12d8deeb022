"""Speaker turns of a transcript or a Q&A: who a third-person pronoun can mean there.

A broadcast transcript or an interview marks each turn with the speaker's label at the
start of a line (``PRESENTER: ...``, ``KEITA: ...``, ``Q: ...``). Two rules of English follow:

* the speaker of a turn is "I" in it, never "he" or "she": the label's person is no
  antecedent of a third-person pronoun (``ADEBAYO: We believe he has been taken ...``);
* a pronoun that opens a turn, with nobody named before it in that turn, takes up the
  person the previous turn was about, the one the story has named most, not merely the last
  man the previous speaker happened to name (``PRESENTER: But the army said he had been
  killed``: the group's founder the whole exchange is about, not the deputy named last).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp.entities_doc import full_text

TURNS_KEY = "dateline.entities.turns"

# "PRESENTER:", "KEITA:", "DR SIBANDA:", "Q:" at the start of a line
_LABEL_RE = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}):(?=[ \t])")

Turn = tuple[int, int, int]  # (start of the label, end of the label, end of the turn)


def speaker_turns(doc: Doc) -> list[Turn]:
    """The turns of a transcript, in order; empty when the text has fewer than two labels
    (a single "NOTE:" line makes no transcript)."""
    cached = doc.user_data.get(TURNS_KEY)
    if cached is not None:
        return list(cached)
    text = full_text(doc)
    labels = [m.span() for m in _LABEL_RE.finditer(text)]
    turns: list[Turn] = []
    if len(labels) >= 2:
        for n, (a, b) in enumerate(labels):
            end = labels[n + 1][0] if n + 1 < len(labels) else len(text)
            turns.append((a, b, end))
    doc.user_data[TURNS_KEY] = turns
    return turns


def in_label(turns: list[Turn], at: int) -> bool:
    """The character ``at`` lies in a turn's speaker label."""
    return any(a <= at < b for a, b, _ in turns)


def turn_of(turns: list[Turn], at: int) -> int | None:
    """The number of the turn holding character ``at``, if any."""
    for n, (a, _, end) in enumerate(turns):
        if a <= at < end:
            return n
    return None
