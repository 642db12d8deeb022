"""Name normalisation shared by the nlp stage (within a document) and the ledger (across them).

A key is what two spellings of one name have in common: case, titles and honorifics,
the Arabic article's spellings ("al-", "al ", "el-", "Al-") and punctuation removed.
"""

from __future__ import annotations

import re
import unicodedata

TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady capt captain col colonel lt lieutenant gen general
    maj major sgt sergeant adm admiral cmdr commander gov governor sen senator rep president
    minister pm prime secretary rev reverend sheikh shaikh imam emir king queen prince princess
    brig brigadier cpl corporal pvt private spokesman spokeswoman spokesperson mayor judge
    justice ambassador chancellor""".split()  # noqa: SIM905 - a word list reads best as prose
)
ARTICLE = re.compile(r"\b(?:al|el|ul|ad|ar|as|ash|at|az|an)[-\s‐‑’']+(?=\w)", re.IGNORECASE)


def fold(text: str) -> str:
    """Lowercase ASCII fold: 'Ḥasan' and 'Hasan' meet."""
    if text.isascii():  # NFKD leaves ASCII as it is and none of it is combining
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    """The name's tokens without titles, the Arabic article or punctuation."""
    text = ARTICLE.sub("", fold(name))
    tokens = re.findall(r"[a-z0-9]+", text)
    while tokens and tokens[0].rstrip(".") in TITLES:
        tokens.pop(0)
    return tokens


def entity_key(name: str) -> str:
    """Normalised key of a full name; equal keys mean 'same spelling of the same name'."""
    return " ".join(name_tokens(name)) or fold(name).strip()
