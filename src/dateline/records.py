"""The record types every layer shares: ingest, nlp, ledger, CLI, HTTP and exports.

Records are frozen pydantic v2 models. Every record that points into a document carries
``doc_id`` and character offsets (``start``, ``end``) into ``Document.text``, so any answer
can show the exact words it came from.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PublishedSource = Literal["given", "html", "url", "text", "estimated"]
MetadataSource = Literal["given", "html", "url", "text"]
"""Where a document's canonical URL or modified date came from: the user or the input's own
fields (``given``), the page's markup (``html``), its URL (``url``) or its text (``text``)."""
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
StatementKind = Literal["direct", "indirect", "mixed", "answer", "unattributed"]
Certainty = Literal["asserted", "reported", "hedged", "unconfirmed", "denied"]
Polarity = Literal["affirmed", "negated"]
EntityKind = Literal["person", "org", "gpe", "outlet", "other"]

CERTAINTY_ORDER: tuple[Certainty, ...] = ("asserted", "reported", "hedged", "unconfirmed", "denied")
"""From most to least committed; used to pick the weaker of two gradings."""

STATUS_PREDICATES = (
    "killed",
    "wounded",
    "alive",
    "captured",
    "arrested",
    "released",
    "message_released",
    "appeared",
    "located_in",
    "leadership_change",
    "resigned",
)
"""The closed part of the claim vocabulary; other predicates are ``other:<lemma>``."""


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def normalise_text(text: str) -> str:
    """Unicode NFC, unified newlines, trailing spaces removed: the text that gets hashed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def make_doc_id(text: str) -> str:
    """Content address of a document: sha256 of its whitespace-collapsed text.

    Collapsing whitespace makes the same article stored from HTML and from text (or with
    different line wrapping) one document.
    """
    collapsed = re.sub(r"\s+", " ", normalise_text(text))
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()


class Document(Record):
    """One news article after ingest: clean main text plus metadata, never page chrome."""

    doc_id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    byline: tuple[str, ...] = ()
    published: date | None = None
    published_source: PublishedSource | None = None
    language: str | None = None
    source: str | None = Field(default=None, description="file path or URL the document came from")
    paragraphs: tuple[tuple[int, int], ...] = ()
    canonical_url: str | None = Field(
        default=None, description="the article's one address (link rel=canonical, og:url ...)"
    )
    canonical_url_source: MetadataSource | None = None
    modified: date | None = Field(default=None, description="when the article was last updated")
    modified_source: MetadataSource | None = None
    published_time: datetime | None = Field(
        default=None,
        description="publication date and time when the source gives a clock (JSON-LD datePublished, "
        "a TimeML DCT), with its UTC offset when known; the tagger uses it to place clock times",
    )

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: date | None = None,
        published_source: PublishedSource | None = None,
        **metadata: object,
    ) -> Document:
        """Build a document from clean text, computing its id and paragraph offsets."""
        text = normalise_text(text)
        if published is not None and published_source is None:
            published_source = "given"
        return cls(
            doc_id=make_doc_id(text),
            text=text,
            published=published,
            published_source=published_source,
            paragraphs=paragraph_offsets(text),
            **metadata,  # type: ignore[arg-type]
        )


def paragraph_offsets(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the blank-line separated paragraphs of ``text``."""
    return tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text))


class TimeExpression(Record):
    """A TIMEX3: span, type, normalised value and the interval the value denotes."""

    doc_id: str
    tid: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None = Field(description="TIMEX3 value: 2017-05-28, 2017-06, P5M, PAST_REF ...")
    mod: str | None = None
    anchor: str = Field(
        default="absolute",
        description="what the value was resolved against: dct | narrative | absolute | duration | <tid>",
    )
    earliest: date | None = None
    latest: date | None = None


class Speaker(Record):
    """Who a statement is attributed to, as the text names them."""

    text: str = Field(description="the mention as written: 'Urban', 'several US officials'")
    name: str | None = Field(default=None, description="resolved canonical name, if any")
    entity_id: str | None = None
    anonymous: bool = False
    start: int | None = None
    end: int | None = None


class Statement(Record):
    """An attributed statement: content span, speaker, cue, kind and certainty."""

    doc_id: str
    statement_id: str
    start: int
    end: int
    text: str
    kind: StatementKind
    speaker: Speaker | None = None
    cue: str | None = Field(default=None, description="lemma of the reporting verb or phrase")
    said_at: str | None = Field(default=None, description="TIMEX3 value of the utterance time")
    certainty: Certainty = "reported"


class Claim(Record):
    """A claim about an entity's status or an event, on someone's word."""

    doc_id: str
    claim_id: str
    subject: str = Field(description="canonical name of the subject entity")
    subject_id: str | None = None
    predicate: str
    polarity: Polarity = "affirmed"
    event_time: str | None = None
    event_earliest: date | None = None
    event_latest: date | None = None
    place: str | None = None
    claimant: str | None = None
    claimant_id: str | None = None
    claimant_anonymous: bool = False
    certainty: Certainty = "asserted"
    statement_id: str | None = None
    start: int
    end: int
    evidence: str = Field(description="the sentence the claim was read from")
    basis: str | None = Field(
        default=None, description="why an inferred claim holds (e.g. proof of life)"
    )


class Mention(Record):
    start: int
    end: int
    text: str


class Entity(Record):
    """An entity within one document, with all the ways the text names it."""

    doc_id: str
    entity_id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    parent: str | None = Field(default=None, description="entity_id this one is part of")


class DatedSentence(Record):
    """A sentence with datable past references: its words and the references, unresolved
    (``(kind, text, earliest, latest)``; yearless ones are resolved against the publication
    date when the document is stored)."""

    text: str
    words: tuple[str, ...] = ()
    references: tuple[tuple[str, str, date | None, date | None], ...] = ()


class TextFacts(Record):
    """What the ledger's cross-document passes need from a document's text, computed once
    where the document is analysed, so that the end-of-ingest pass never reads texts again.

    ``place_facts``: ``(place, relation, other, weight)`` from the text and the claims' place
    phrases; ``words``: the distinct content words of the text; ``dated_sentences``: its
    sentences with datable past references; ``message_content``: the words of each sentence
    that describes what a message mentions (only for a document with message claims)."""

    place_facts: tuple[tuple[str, str, str, int], ...] = ()
    words: tuple[str, ...] = ()
    dated_sentences: tuple[DatedSentence, ...] = ()
    message_content: tuple[tuple[str, ...], ...] = ()


class Analysis(Record):
    """Everything dateline read in one document."""

    document: Document
    timexes: tuple[TimeExpression, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = ()
    text_facts: TextFacts | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="filled by the ingest workers (dateline.ledger.textfacts); None: the "
        "writer computes it",
    )


class TimelineEntry(Record):
    """One claim on an entity's timeline, with the document it came from."""

    claim: Claim
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    contradicted_by: tuple[str, ...] = Field(default=(), description="claim_ids that contradict it")
    cluster_id: str | None = Field(
        default=None, description="the event (claim cluster) this report belongs to"
    )
    carriers: tuple[str, ...] = Field(
        default=(), description="outlets that carried the same wire copy of this report"
    )


class StatusReport(Record):
    """An entity's status as the stored evidence has it, with its bounds."""

    entity_id: str
    name: str
    status: str = Field(
        description="alive | reported_killed | contested | unknown, or another predicate"
    )
    as_of: date | None = None
    summary: str
    proof_of_life: date | None = Field(
        default=None, description="latest date the entity is evidenced alive (no earlier than)"
    )
    proof_of_life_basis: str | None = None
    latest_death_claim: date | None = None
    evidence_for: tuple[TimelineEntry, ...] = ()
    evidence_against: tuple[TimelineEntry, ...] = ()
    strongest_for: TimelineEntry | None = None
    strongest_against: TimelineEntry | None = None
    condition: str | None = Field(
        default=None, description="what the status depends on: 'if the audio message is genuine'"
    )
    contradicted_death_claims: int = 0


class IngestReport(Record):
    """What one ``Ledger.ingest`` call did."""

    run_id: str
    added: int = 0
    skipped: int = 0
    failed: int = 0
    errors: tuple[str, ...] = ()
    reanalysed: int = Field(
        default=0,
        description="stored documents analysed again because an older pipeline made their "
        "analysis (its stamp differs from ``pipeline_stamp()``), or all of them when asked",
    )
