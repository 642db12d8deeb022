"""Multi-document fixtures written for the ledger tests: analyses built by hand, no NLP.

Three small worlds:
- a militant leader, Abu Tariq al-Nasiri, reported killed three times and then seen alive;
- one agency story about a port official carried by five outlets, plus one independent report;
- two men called Nasiri: the leader, and Samir Nasiri, a provincial governor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

import pytest

from dateline.records import Analysis, Claim, Document, Entity, Mention


@dataclass
class C:
    """A claim to put in a document: the sentence it comes from and what it says."""

    sentence: str
    subject: str
    predicate: str
    claimant: str | None = None
    when: tuple[date, date] | None = None
    polarity: str = "affirmed"
    certainty: str = "reported"
    place: str | None = None
    anonymous: bool = False


def make_analysis(
    text: str,
    published: date | None,
    outlet: str,
    *,
    claims: tuple[C, ...] = (),
    entities: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (),
) -> Analysis:
    """An Analysis whose claims and entities point into ``text`` (sentences must occur in it)."""
    body = text + "\n\n" + "\n\n".join(c.sentence for c in claims if c.sentence not in text)
    doc = Document.from_text(body, published=published, outlet=outlet, title=outlet + " report")
    ents = []
    for i, (name, kind, aliases, roles) in enumerate(entities):
        start = doc.text.find(name)
        mentions = (Mention(start=start, end=start + len(name), text=name),) if start >= 0 else ()
        ents.append(
            Entity(
                doc_id=doc.doc_id,
                entity_id=f"e{i}",
                name=name,
                kind=kind,  # type: ignore[arg-type]
                aliases=aliases,
                roles=roles,
                mentions=mentions,
            )
        )
    local = {e.name: e.entity_id for e in ents}
    for e in ents:
        for a in e.aliases:
            local.setdefault(a, e.entity_id)
    built = []
    for i, c in enumerate(claims):
        start = doc.text.find(c.sentence)
        assert start >= 0
        built.append(
            Claim(
                doc_id=doc.doc_id,
                claim_id=f"c{i}",
                subject=c.subject,
                subject_id=local.get(c.subject),
                predicate=c.predicate,
                polarity=c.polarity,  # type: ignore[arg-type]
                event_time=c.when[0].isoformat() if c.when else None,
                event_earliest=c.when[0] if c.when else None,
                event_latest=c.when[1] if c.when else None,
                place=c.place,
                claimant=c.claimant,
                claimant_id=local.get(c.claimant or ""),
                claimant_anonymous=c.anonymous,
                certainty=c.certainty,  # type: ignore[arg-type]
                start=start,
                end=start + len(c.sentence),
                evidence=c.sentence,
            )
        )
    return Analysis(document=doc, claims=tuple(built), entities=tuple(ents))


D = date
NASIRI = ("Abu Tariq al-Nasiri", "person", ("al-Nasiri", "Nasiri"), ("leader of the Dawn Brigade",))
BRIGADE = ("Dawn Brigade", "org", (), ())


def killed_three_times() -> list[Analysis]:
    """Reported killed in March 2016, January 2017 and May 2017; audio in May 2016, video in
    September 2017; the group denied the first report."""
    return [
        make_analysis(
            "The Interior Ministry said on Thursday that Abu Tariq al-Nasiri, leader of the Dawn "
            "Brigade, died when jets struck a house outside Kafr Selim on Tuesday night.",
            D(2016, 3, 10),
            "Northern Courier",
            claims=(
                C(
                    "The Interior Ministry said on Thursday that Abu Tariq al-Nasiri, leader of "
                    "the Dawn Brigade, died when jets struck a house outside Kafr Selim on "
                    "Tuesday night.",
                    "Abu Tariq al-Nasiri",
                    "killed",
                    "Interior Ministry",
                    (D(2016, 3, 8), D(2016, 3, 8)),
                    place="Kafr Selim",
                ),
            ),
            entities=(NASIRI, BRIGADE, ("Interior Ministry", "org", (), ())),
        ),
        make_analysis(
            "A statement posted by the Dawn Brigade called the report of its leader's death a lie "
            "and said Nasiri was safe.",
            D(2016, 3, 12),
            "Valley Times",
            claims=(
                C(
                    "A statement posted by the Dawn Brigade called the report of its leader's "
                    "death a lie and said Nasiri was safe.",
                    "Abu Tariq al-Nasiri",
                    "killed",
                    "Dawn Brigade",
                    polarity="negated",
                    certainty="asserted",
                ),
            ),
            entities=(("Abu Tariq al-Nasiri", "person", ("Nasiri",), ("its leader",)), BRIGADE),
        ),
        make_analysis(
            "The Dawn Brigade released an audio recording on Sunday that it said was made by "
            "Abu Tareq al-Nasiri. The voice on the tape refers to the flooding in the capital on "
            "April 20, 2016.",
            D(2016, 5, 2),
            "Northern Courier",
            claims=(
                C(
                    "The Dawn Brigade released an audio recording on Sunday that it said was "
                    "made by Abu Tareq al-Nasiri.",
                    "Abu Tareq al-Nasiri",
                    "message_released",
                    "Dawn Brigade",
                    (D(2016, 5, 1), D(2016, 5, 1)),
                    certainty="unconfirmed",
                ),
            ),
            entities=(("Abu Tareq al-Nasiri", "person", ("Nasiri",), ()), BRIGADE),
        ),
        make_analysis(
            "The Defence Ministry said Nasiri was killed in a raid near Umm Raqa on Wednesday.",
            D(2017, 1, 20),
            "Valley Times",
            claims=(
                C(
                    "The Defence Ministry said Nasiri was killed in a raid near Umm Raqa on "
                    "Wednesday.",
                    "Abu Tariq al-Nasiri",
                    "killed",
                    "Defence Ministry",
                    (D(2017, 1, 18), D(2017, 1, 18)),
                    place="Umm Raqa",
                ),
            ),
            entities=(
                ("Abu Tariq al-Nasiri", "person", ("Nasiri",), ("Brigade leader",)),
                ("Defence Ministry", "org", (), ()),
            ),
        ),
        make_analysis(
            "Officials who asked not to be named said the Brigade leader Abu Tariq al-Nasiri was "
            "killed in May.",
            D(2017, 6, 1),
            "Harbour Daily",
            claims=(
                C(
                    "Officials who asked not to be named said the Brigade leader Abu Tariq "
                    "al-Nasiri was killed in May.",
                    "Abu Tariq al-Nasiri",
                    "killed",
                    "officials who asked not to be named",
                    (D(2017, 5, 1), D(2017, 5, 31)),
                    anonymous=True,
                ),
            ),
            entities=(NASIRI,),
        ),
        make_analysis(
            "A video released by the Dawn Brigade shows Abu Tariq al-Nasiri addressing fighters; "
            "it could not be verified.",
            D(2017, 9, 15),
            "Northern Courier",
            claims=(
                C(
                    "A video released by the Dawn Brigade shows Abu Tariq al-Nasiri addressing "
                    "fighters; it could not be verified.",
                    "Abu Tariq al-Nasiri",
                    "appeared",
                    "Dawn Brigade",
                    (D(2017, 9, 14), D(2017, 9, 14)),
                    certainty="unconfirmed",
                ),
            ),
            entities=(NASIRI, BRIGADE),
        ),
    ]


WIRE = (
    "HARBOUR CITY (Coastal Press Agency) - Port authority director Lena Marsh was arrested at "
    "her home early on Monday on suspicion of taking bribes from shipping firms, prosecutors "
    "said. Marsh, who has run the port since 2012, was taken to the central police station "
    "and questioned for several hours, a spokesman for the prosecutor's office said. He "
    "declined to name the firms involved or say how much money was alleged to have changed "
    "hands. Marsh's lawyer said his client denied any wrongdoing and would cooperate fully "
    "with the investigation. The arrest follows months of complaints by dock workers about "
    "delays in loading cargo that some blamed on favouritism in assigning berths."
)
OUTLETS = ("Coastal Post", "Bay Herald", "Evening Star", "River Gazette", "KBTX 7 News")
MARSH = ("Lena Marsh", "person", ("Marsh",), ("port authority director",))


def wire_copies() -> list[Analysis]:
    """One agency story in five outlets (trimmed or retitled), and one outlet's own report."""
    sentence = (
        "HARBOUR CITY (Coastal Press Agency) - Port authority director Lena Marsh was arrested "
        "at her home early on Monday on suspicion of taking bribes from shipping firms, "
        "prosecutors said."
    )
    found = []
    for i, outlet in enumerate(OUTLETS):
        text = WIRE if i % 2 == 0 else WIRE.rsplit(". ", 1)[0] + "."
        text = f"{outlet} staff contributed to this report.\n\n{text}" if i == 4 else text
        found.append(
            make_analysis(
                text,
                D(2019, 3, 4 + (i % 2)),
                outlet,
                claims=(
                    C(
                        sentence,
                        "Lena Marsh",
                        "arrested",
                        "prosecutors",
                        (D(2019, 3, 4), D(2019, 3, 4)),
                    ),
                ),
                entities=(MARSH,),
            )
        )
    own = (
        "Our reporter saw police lead Lena Marsh from her house in Harbour City on Monday morning."
    )
    found.append(
        make_analysis(
            own,
            D(2019, 3, 4),
            "Harbour Daily",
            claims=(
                C(
                    own,
                    "Lena Marsh",
                    "arrested",
                    None,
                    (D(2019, 3, 4), D(2019, 3, 4)),
                    certainty="asserted",
                ),
            ),
            entities=(MARSH,),
        )
    )
    return found


def same_surname() -> list[Analysis]:
    """Samir Nasiri, a governor, killed in 2018; a bare 'Nasiri' as governor; a bare 'Nasiri'."""
    return [
        make_analysis(
            "Samir Nasiri, governor of the eastern province, was killed by a car bomb in Deir "
            "Tal on Saturday, the provincial council said.",
            D(2018, 3, 12),
            "Valley Times",
            claims=(
                C(
                    "Samir Nasiri, governor of the eastern province, was killed by a car bomb "
                    "in Deir Tal on Saturday, the provincial council said.",
                    "Samir Nasiri",
                    "killed",
                    "provincial council",
                    (D(2018, 3, 10), D(2018, 3, 10)),
                    place="Deir Tal",
                ),
            ),
            entities=(
                (
                    "Samir Nasiri",
                    "person",
                    ("Nasiri", "Gov. Samir Nasiri"),
                    ("governor of the eastern province",),
                ),
            ),
        ),
        make_analysis(
            "Mourners gathered in Deir Tal for the funeral of the governor, Nasiri, on Sunday.",
            D(2018, 3, 13),
            "Harbour Daily",
            entities=(("Nasiri", "person", (), ("the governor",)),),
        ),
        make_analysis(
            "Nasiri was mentioned in a radio broadcast on Friday.",
            D(2018, 3, 20),
            "Harbour Daily",
            entities=(("Nasiri", "person", (), ()),),
        ),
    ]


def cross_dated() -> list[Analysis]:
    """A recording whose content names an event that only an earlier report dates."""
    report = (
        "PORT AMAL, March 4 (Coastal Press Agency) - The regional assembly on Monday voted to "
        "ban fishing trawlers from the northern lagoon and fined three harbour cooperatives."
    )
    message = (
        "The group said on Sunday that it had released a recording of its commander, Yusuf Karam."
    )
    content = (
        "In the recording, the speaker refers to the assembly vote that banned trawlers from "
        "the lagoon and fined the cooperatives."
    )
    return [
        make_analysis(report, D(2019, 3, 4), "Coastal Post"),
        make_analysis(
            message + "\n\n" + content,
            D(2019, 4, 2),
            "Valley Times",
            claims=(
                C(message, "Yusuf Karam", "message_released", "the group", certainty="unconfirmed"),
            ),
            entities=(("Yusuf Karam", "person", (), ()),),
        ),
    ]


@pytest.fixture
def worlds() -> SimpleNamespace:
    return SimpleNamespace(
        killed_three_times=killed_three_times,
        wire_copies=wire_copies,
        same_surname=same_surname,
        cross_dated=cross_dated,
        make_analysis=make_analysis,
        C=C,
    )


@pytest.fixture
def memory_ledger():
    from dateline.ledger.store import Ledger

    ledger = Ledger(":memory:")
    yield ledger
    ledger.close()


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory):
    """A DuckDB file of 300,000 rows (three row groups): keys k0-k999 in runs of 250, then 50
    rows of keys k0-k49 scattered over a tail, as an ingest appends them after the claims were
    rewritten in subject order (the row look-up tests of lookup.rows_by_key)."""
    import duckdb

    conn = duckdb.connect(str(tmp_path_factory.mktemp("lookup") / "k.duckdb"))
    conn.execute(
        "CREATE TABLE t AS SELECT 'k' || (i // 250) AS key, i AS n, 'row ' || i AS text"
        " FROM range(250000) r(i)"
    )
    conn.execute(
        "INSERT INTO t SELECT CASE WHEN i % 1000 = 0 THEN 'k' || (i // 1000) ELSE 'tail' END,"
        " 250000 + i, 'tail ' || i FROM range(50000) r(i)"
    )
    conn.execute("CREATE INDEX t_key ON t (key)")
    conn.execute("CHECKPOINT")
    yield conn
    conn.close()
