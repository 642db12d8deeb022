"""Wire copies and near-duplicates: one agency report carried by many outlets.

Each document gets a MinHash signature of its word 5-shingles (Broder 1997); locality-
sensitive hashing over bands of the signature proposes candidate pairs, and a pair whose
estimated Jaccard similarity reaches ``THRESHOLD`` is one report. Groups are the connected
components of those pairs, named by their smallest ``doc_id``, so the grouping depends only
on the set of stored documents, never on the order they arrived in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.45
"""Estimated Jaccard of 5-shingles above which two texts are copies of one report.

Copies of one agency story that outlets trimmed, retitled or topped with a local line stay
well above 0.5; two outlets' own articles on the same event share few 5-word runs (< 0.1).
"""

_PRIME = np.uint64(4294967311)  # smallest prime above 2**32
_rng = np.random.default_rng(20170616)
_A = _rng.integers(1, 2**31, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**31, size=PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_EMPTY = tuple([int(_PRIME)] * PERMUTATIONS)


def shingles(text: str, *, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the case-folded text (the whole text if it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """MinHash signature: for each of ``PERMUTATIONS`` hash functions, the minimum over shingles."""
    found = shingles(text)
    if not found:
        return _EMPTY
    hashes = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little")
            for s in found
        ),
        dtype=np.uint64,
        count=len(found),
    )
    permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return tuple(int(v) for v in permuted.min(axis=0))


def band_keys(sig: Iterable[int]) -> list[str]:
    """LSH band keys: documents sharing any key are candidate copies."""
    values = list(sig)
    return [
        f"{b}:"
        + hashlib.blake2b(
            repr(values[b * ROWS : (b + 1) * ROWS]).encode(), digest_size=8
        ).hexdigest()
        for b in range(BANDS)
    ]


def similarity(a: Iterable[int], b: Iterable[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    pairs = list(zip(a, b, strict=True))
    return sum(x == y for x, y in pairs) / len(pairs) if pairs else 0.0


def group_copies(
    signatures: dict[str, tuple[int, ...]], candidates: Iterable[tuple[str, str]]
) -> dict[str, str]:
    """``doc_id → group id`` (smallest doc_id of its component) for verified candidate pairs."""
    parent = {d: d for d in signatures}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in candidates:
        if a == b or a not in signatures or b not in signatures:
            continue
        if signatures[a] == _EMPTY or signatures[b] == _EMPTY:
            continue
        if similarity(signatures[a], signatures[b]) >= THRESHOLD:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {d: find(d) for d in signatures}
