"""A real uvicorn server on 127.0.0.1 over a real DuckDB ledger built from records we write.

The ledger is filled through ``Ledger.add`` with hand-made ``Analysis`` records (fictional
people, our own sentences), so these tests do not depend on how well the NLP reads.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from dateline.ledger.store import Ledger
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
        text, published=published, outlet=outlet, title=title, url=url or f"https://{outlet.lower().replace(' ', '')}.example/{published}"
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
    'Zed said <script>window.__pwned=1;alert(1)</script> he was alive, '
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


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RunningServer:
    """A uvicorn server in a thread; ``url`` is its base URL."""

    def __init__(self, db_path: Path, **options: object) -> None:
        import uvicorn

        from dateline.server import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(db_path, **options),  # type: ignore[arg-type]
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            lifespan="on",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> RunningServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def build_ledger(path: Path, analyses: list[Analysis]) -> Path:
    with Ledger(path) as ledger:
        ledger.add(analyses)
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[RunningServer]:
    """A server over the sample ledger plus the hostile article."""
    path = tmp_path_factory.mktemp("server") / "ledger.duckdb"
    build_ledger(path, [*sample_analyses(), hostile_analysis()])
    with RunningServer(path) as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as c:
        yield c


@pytest.fixture
def start_server() -> Iterator[Callable[..., RunningServer]]:
    """Start extra servers inside a test; they are stopped at its end."""
    running: list[RunningServer] = []

    def start(db_path: Path, **options: object) -> RunningServer:
        s = RunningServer(db_path, **options).__enter__()
        running.append(s)
        return s

    yield start
    for s in running:
        s.__exit__()
