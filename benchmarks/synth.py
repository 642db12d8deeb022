"""A synthetic news corpus from the team's own templates, for benchmarks and test fixtures.

Every article is fictional: invented people, groups, towns and outlets combined into the
constructions news prose uses for status claims (reported deaths, denials, proof-of-life
messages, captures), with dated and undated time expressions and attributed quotes. The
generator is deterministic for a given seed and streams, so a corpus of any size costs
no memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

FIRST = ("Tarek", "Salim", "Idris", "Maren", "Oskar", "Lidia", "Hadi", "Nuri", "Ilse", "Farid")
LAST = ("Vantoro", "Qeshani", "Brannock", "Eldvik", "Sarrouf", "Mokhtar", "Delacroy", "Haskel")
GROUPS = ("the Northern Front", "the Crescent Brigades", "the Valley Movement", "Ashar Council")
TOWNS = ("Kafr Dala", "Tel Besra", "Marun", "Ostrava Nova", "Jisr Halim", "Port Aldine")
OUTLETS = ("Harbour Ledger", "Coastline Daily", "Meridian Post", "Inland Courier")
OFFICIALS = (
    "a defence ministry spokesman",
    "two regional officials",
    "a senior security official",
    "several local residents",
    "the group's media office",
)
CUES = ("said", "told reporters", "said in a statement", "claimed", "insisted")
HEDGES = ("", "", "reportedly ", "may have ", "is believed to have ")


@dataclass(frozen=True)
class SynthArticle:
    title: str
    text: str
    published: date
    outlet: str
    byline: str

    def as_html(self) -> str:
        paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in self.text.split("\n\n"))
        return (
            "<!doctype html><html><head>"
            f"<title>{escape(self.title)} | {escape(self.outlet)}</title>"
            f'<meta property="article:published_time" content="{self.published.isoformat()}">'
            f'<meta name="author" content="{escape(self.byline)}">'
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{escape(self.title)}</h1><p class='byline'>By {escape(self.byline)}</p>"
            f"{paragraphs}</article><footer>© {escape(self.outlet)}</footer></body></html>"
        )

    def as_text(self) -> str:
        return (
            f"---\ntitle: {self.title}\npublished: {self.published.isoformat()}\n"
            f"outlet: {self.outlet}\nbyline: {self.byline}\n---\n\n{self.text}\n"
        )


def article(
    index: int, *, seed: int = 7, paragraphs: int = 5, per_day: float | None = None
) -> SynthArticle:
    """The ``index``-th article of the corpus with this ``seed``: same inputs, same article.

    ``per_day`` spreads the corpus over time like a real archive, about that many articles a
    day in index order (so a larger corpus covers a longer period at the same density, and
    windows of "nearby" documents hold as many documents whatever the corpus size); ``None``
    scatters the articles over eight years whatever their number."""
    rng = random.Random(seed * 1_000_003 + index)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    surname = person.split()[1]
    group, town, outlet = rng.choice(GROUPS), rng.choice(TOWNS), rng.choice(OUTLETS)
    day = rng.randrange(0, 3000) if per_day is None else int(index / per_day) + rng.randrange(3)
    published = date(2015, 1, 1) + timedelta(days=day)
    event = published - timedelta(days=rng.randrange(1, 40))
    builders = [_death_claim, _denial, _message, _capture, _background, _quote]
    body = [_lead(rng, person, group, town, event, index)]
    body += [
        rng.choice(builders)(rng, person, surname, group, town, event)
        for _ in range(paragraphs - 1)
    ]
    title = f"{surname} {rng.choice(('reported killed', 'alive, group says', 'in new video', 'captured'))} near {town}"
    byline = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return SynthArticle(title, "\n\n".join(body), published, outlet, byline)


def articles(
    count: int, *, seed: int = 7, paragraphs: int = 5, per_day: float | None = None
) -> Iterator[SynthArticle]:
    for index in range(count):
        yield article(index, seed=seed, paragraphs=paragraphs, per_day=per_day)


def _day(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def _lead(rng: random.Random, person: str, group: str, town: str, event: date, index: int) -> str:
    who = rng.choice(OFFICIALS)
    return (
        f"{person}, a commander of {group}, {rng.choice(HEDGES)}died in an air strike near {town} "
        f"on {_day(event)}, {who} {rng.choice(CUES)} on {event + timedelta(days=1):%A}. "
        f"The strike hit a convoy of {3 + index % 9} vehicles."
    )


def _death_claim(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    return (
        f'"We are confident that {surname} was killed," {rng.choice(OFFICIALS)} {rng.choice(CUES)}, '
        f"adding that DNA tests would take about {rng.randrange(2, 9)} days. "
        f"The claim could not be independently verified."
    )


def _denial(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    return (
        f"{group} denied the report on {_day(event + timedelta(days=3))}, saying {surname} was "
        f'alive and well. "These are lies," a spokesman for the group said.'
    )


def _message(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    later = event + timedelta(days=rng.randrange(10, 90))
    return (
        f"An audio message attributed to {surname} was released in {later:%B}. In it, the "
        f"speaker refers to the flooding in {town} on {_day(later - timedelta(days=5))}, "
        f"which would mean it was recorded after that date."
    )


def _capture(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    return (
        f"Police in {rng.choice(TOWNS)} said they had arrested two men suspected of sheltering "
        f"{surname} last month, according to {rng.choice(OUTLETS)}."
    )


def _background(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    return (
        f"{surname} has been reported dead at least {rng.randrange(2, 6)} times since "
        f"{event.year - rng.randrange(1, 5)}, and each time resurfaced weeks later. He took "
        f"over {group} in {event.year - rng.randrange(1, 4)}."
    )


def _quote(
    rng: random.Random, person: str, surname: str, group: str, town: str, event: date
) -> str:
    return (
        f'"It is too early to say whether he was among the dead," the governor of {town} told '
        f"reporters on {event + timedelta(days=2):%A}, adding that the search of the site would "
        f"continue until the end of the week."
    )


def write_corpus(
    folder: Path,
    count: int,
    *,
    kind: str = "html",
    seed: int = 7,
    paragraphs: int = 5,
    per_day: float | None = None,
    shard: int = 1000,
) -> list[Path]:
    """Write ``count`` articles as ``.html`` or ``.txt`` files into ``folder`` (in subfolders
    of ``shard`` files when there are more, as archives are laid out)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, art in enumerate(articles(count, seed=seed, paragraphs=paragraphs, per_day=per_day)):
        where = folder if count <= shard else folder / f"{i // shard:04d}"
        where.mkdir(exist_ok=True)
        path = where / f"{i:07d}.{'html' if kind == 'html' else 'txt'}"
        path.write_text(art.as_html() if kind == "html" else art.as_text(), encoding="utf-8")
        paths.append(path)
    return paths


def word_count(count: int, *, seed: int = 7, paragraphs: int = 5) -> int:
    return sum(len(a.text.split()) for a in articles(count, seed=seed, paragraphs=paragraphs))
