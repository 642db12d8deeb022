"""Cheap language identification: writing system first, then function-word counts.

The NLP stages read English only, so the question that matters is "is this English?". Function
words (articles, pronouns, prepositions) make up about a third of any running text and differ
between languages, so counting the most frequent ones of each language is enough to tell them
apart on a paragraph or more, with no model to load.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _vocab("the of and to in is that for it was on with as he be at by this had are "
                    "but from or have an they which you were her his she their we there been "
                    "has would will its said who not"),
    "fr": _vocab("le la les de des du et est un une que qui dans pour pas sur au aux ce cette "
                    "il elle ont sont avec par plus ne se son sa ses été"),
    "de": _vocab("der die das und ist nicht ein eine zu den dem mit sich des auf für im von "
                    "auch es wird sie er wurde bei aus nach hat sind werden"),
    "es": _vocab("el la los las de del y en que un una es por con para no se su sus al lo "
                    "como más pero fue ha este esta"),
    "it": _vocab("il lo la gli le di del della e è un una che per non con si da al nel sono "
                    "come anche più ha dei delle questo"),
    "pt": _vocab("o a os as de do da dos das e em um uma que para com não por se no na ao "
                    "mais foi são como pelo pela"),
    "nl": _vocab("de het een en van in is dat op te zijn met voor niet die aan er ook als "
                    "bij wordt door maar werd naar"),
    "sv": _vocab("och att det som en på är av för med till den har inte om ett var jag de "
                    "sig men från"),
    "pl": _vocab("i w na z że się do nie jest to o od po jak za przez dla oraz ale czy"),
    "tr": _vocab("ve bir bu da de için ile olarak daha çok gibi en ama olan kadar"),
    "id": _vocab("yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke "
                    "karena ada"),
}
_SCRIPTS = {
    "CYRILLIC": "ru", "ARABIC": "ar", "GREEK": "el", "HEBREW": "he", "DEVANAGARI": "hi",
    "HANGUL": "ko", "HIRAGANA": "ja", "KATAKANA": "ja", "CJK": "zh", "THAI": "th",
    "BENGALI": "bn", "TAMIL": "ta", "GEORGIAN": "ka", "ARMENIAN": "hy", "ETHIOPIC": "am",
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_WORDS = 25
"""Below this many words the guess is too weak to refuse a document."""


def detect_language(text: str, *, sample: int = 6000) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell."""
    text = text[:sample]
    script = _dominant_script(text)
    if script is not None:
        return script
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 0.08 * len(words):
        return None
    return best


def _dominant_script(text: str) -> str | None:
    """The language of a non-Latin writing system when most letters are in it."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    scripts: Counter[str] = Counter()
    for ch in letters:
        if ch.isascii():
            scripts["LATIN"] += 1
            continue
        name = unicodedata.name(ch, "")
        first = name.split(" ", 1)[0]
        scripts["CJK" if first == "CJK" else first] += 1
    script, count = scripts.most_common(1)[0]
    if script in _SCRIPTS and count > 0.5 * len(letters):
        if script == "CJK" and (scripts["HIRAGANA"] + scripts["KATAKANA"]) > 0.05 * len(letters):
            return "ja"
        return _SCRIPTS[script]
    return None


def is_english(language: str | None) -> bool:
    """Undetermined counts as English: short texts are not refused on a weak guess."""
    return language in (None, "en")
