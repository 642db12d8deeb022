"""Hand-made ledger content for the server and export tests: fictional people, our sentences.

``Analysis`` records built directly (not by the NLP), so the tests check the interfaces, not
how well the pipeline reads.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.records import Analysis, Claim, Document, Entity, Speaker, Statement

PERSON = "Tamir Okonkwo-Reyes"


def _span(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def article(
    text: str,
    *,
    published: date,
    outlet: str,
    title: str,
    url: str | None = None,
    claims: list[dict] | None = None,
    people: list[tuple[str, tuple[str, ...]]] = ((PERSON, ("Okonkwo-Reyes",)),),  # type: ignore[assignment]
) -> Analysis:
    """An ``Analysis`` of ``text``; each claim dict names its evidence ``sentence``."""
    doc = Document.from_text(
        text,
        published=published,
        outlet=outlet,
        title=title,
        url=url or f"https://{outlet.lower().replace(' ', '')}.example/{published}",
    )
    entities = tuple(
        Entity(doc_id=doc.doc_id, entity_id=f"e{i}", name=name, kind="person", aliases=aliases)
        for i, (name, aliases) in enumerate(people)
    )
    statements: list[Statement] = []
    records: list[Claim] = []
    for i, spec in enumerate(claims or []):
        spec = dict(spec)
        sentence = spec.pop("sentence")
        start, end = _span(doc.text, sentence)
        statement_id = None
        if spec.get("claimant"):
            statement_id = f"s{i}"
            statements.append(
                Statement(
                    doc_id=doc.doc_id,
                    statement_id=statement_id,
                    start=start,
                    end=end,
                    text=sentence,
                    kind="indirect",
                    speaker=Speaker(
                        text=spec["claimant"], anonymous=spec.get("claimant_anonymous", False)
                    ),
                    cue="say",
                    certainty=spec.get("certainty", "reported"),
                )
            )
        records.append(
            Claim(
                doc_id=doc.doc_id,
                claim_id=f"c{i}",
                subject=spec.pop("subject", people[0][0]),
                subject_id=spec.pop("subject_id", "e0"),
                start=start,
                end=end,
                evidence=sentence,
                statement_id=statement_id,
                **spec,
            )
        )
    return Analysis(
        document=doc, claims=tuple(records), statements=tuple(statements), entities=entities
    )


KILLED_1 = (
    "The Interior Ministry said on Monday that Tamir Okonkwo-Reyes, the commander of the "
    "Lantern Brigade, was killed in an air strike near Vell Hollow on Saturday."
)
KILLED_2 = (
    "Two security officials, speaking on condition of anonymity, said Okonkwo-Reyes "
    "probably died in the strike on Saturday."
)
AUDIO = (
    "In the recording, Okonkwo-Reyes refers to the flooding of the Arn valley on November 20, "
    "so it was made after that date."
)
SEEN = "Residents said they saw Okonkwo-Reyes in the market town of Sarn Edge in March 2018."


def sample_analyses() -> list[Analysis]:
    """Four reports: two of one death claim, then a message and a sighting that contradict it."""
    return [
        article(
            f"{KILLED_1}\n\nThe ministry gave no evidence. The brigade did not comment.",
            published=date(2017, 10, 16),
            outlet="Meridian Courier",
            title="Ministry says brigade commander killed",
            claims=[
                dict(
                    sentence=KILLED_1,
                    predicate="killed",
                    event_time="2017-10-14",
                    event_earliest=date(2017, 10, 14),
                    event_latest=date(2017, 10, 14),
                    place="near Vell Hollow",
                    claimant="Interior Ministry",
                    certainty="reported",
                )
            ],
        ),
        article(
            f"Officials repeated the claim on Tuesday.\n\n{KILLED_2}",
            published=date(2017, 10, 17),
            outlet="Harbor Ledger",
            title="Officials repeat claim of commander's death",
            claims=[
                dict(
                    sentence=KILLED_2,
                    predicate="killed",
                    event_time="2017-10-14",
                    event_earliest=date(2017, 10, 14),
                    event_latest=date(2017, 10, 14),
                    claimant="two security officials",
                    claimant_anonymous=True,
                    certainty="hedged",
                )
            ],
        ),
        article(
            f"The Lantern Brigade released an audio message on Sunday.\n\n{AUDIO}",
            published=date(2017, 12, 3),
            outlet="Meridian Courier",
            title="Audio message attributed to commander surfaces",
            claims=[
                dict(
                    sentence=AUDIO,
                    predicate="message_released",
                    event_time="2017-11-20",
                    event_earliest=date(2017, 11, 20),
                    event_latest=date(2017, 11, 20),
                    certainty="reported",
                    basis="the message mentions the Arn valley flooding of 2017-11-20",
                )
            ],
        ),
        article(
            f"{SEEN}\n\nThe account could not be verified.",
            published=date(2018, 4, 2),
            outlet="Harbor Ledger",
            title="Commander seen in Sarn Edge, residents say",
            claims=[
                dict(
                    sentence=SEEN,
                    predicate="appeared",
                    event_time="2018-03",
                    event_earliest=date(2018, 3, 1),
                    event_latest=date(2018, 3, 31),
                    place="Sarn Edge",
                    claimant="residents",
                    claimant_anonymous=True,
                    certainty="hedged",
                )
            ],
        ),
    ]


HOSTILE_NAME = 'Zed <img src=x onerror="window.__pwned=1">'
HOSTILE_SENTENCE = (
    "Zed said <script>window.__pwned=1;alert(1)</script> he was alive, "
    'see <a href="javascript:alert(2)">this</a> and <img src=x onerror="alert(3)"> '
    "and \u201cquoted\u201d \uff1cscript\uff1e text."
)


def hostile_analysis() -> Analysis:
    """Article text, names and URL written to attack a page that renders them as HTML."""
    return article(
        f"{HOSTILE_SENTENCE}\n\n<style>body{{display:none}}</style> javascript:alert(4)",
        published=date(2018, 1, 5),
        outlet='Evil <b onmouseover="alert(5)">Outlet</b>',
        title="<script>alert(6)</script> headline",
        url="javascript:alert(7)",
        people=[(HOSTILE_NAME, ("Zed",))],
        claims=[
            dict(
                sentence=HOSTILE_SENTENCE,
                predicate="alive",
                event_time="2018-01-04",
                event_earliest=date(2018, 1, 4),
                event_latest=date(2018, 1, 4),
                claimant='<img src=y onerror="alert(8)">',
                certainty="asserted",
            )
        ],
    )


def assert_valid_timelinejs(data: dict) -> None:
    """The required parts of https://timeline.knightlab.com/docs/json-format.html."""
    assert isinstance(data["events"], list)
    ids = [e["unique_id"] for e in data["events"]]
    assert len(ids) == len(set(ids))
    for event in data["events"]:
        start = event["start_date"]
        assert re.fullmatch(r"-?\d{1,6}", start["year"])
        assert set(start) <= {"year", "month", "day", "hour", "minute", "second", "display_date"}
        if "month" in start:
            assert 1 <= int(start["month"]) <= 12
        if "day" in start:
            assert "month" in start and 1 <= int(start["day"]) <= 31
            date(int(start["year"]), int(start["month"]), int(start["day"]))
        if "end_date" in event:
            end = event["end_date"]
            assert (int(end["year"]), int(end.get("month", 1)), int(end.get("day", 1))) >= (
                int(start["year"]),
                int(start.get("month", 1)),
                int(start.get("day", 1)),
            )
        assert set(event["text"]) <= {"headline", "text"}
        assert re.fullmatch(r"[A-Za-z0-9_-]+", event["unique_id"])
    if "title" in data:
        assert "start_date" not in data["title"] or data["title"]["start_date"]["year"]
    assert data.get("scale", "human") in ("human", "cosmological")
