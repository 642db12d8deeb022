"""Dating from what a text mentions: undated documents and messages (proof of life)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dateline.ledger.dating import (
    date_message,
    estimate_publication,
    estimate_text_date,
    find_references,
    proof_of_life_claims,
)
from dateline.records import Analysis, Claim, Document

UNDATED = (
    "The council last met in March 2015, when it approved the bridge.\n\n"
    "Work stopped in November 2016 after the contractor went bankrupt.\n\n"
    "On May 3 the mayor said the bridge would open by the end of the year.\n\n"
    "Residents protested outside the town hall on Tuesday."
)


def test_references_are_classified() -> None:
    kinds = {r.text: r.kind for r in find_references(UNDATED)}
    assert kinds["March 2015"] == "explicit"
    assert kinds["November 2016"] == "explicit"
    assert kinds["May 3"] == "yearless"


def test_undated_document_estimated_from_latest_references_and_style() -> None:
    estimate = estimate_text_date(UNDATED)
    assert estimate.earliest == date(2017, 5, 3)
    assert estimate.latest is None  # the year could be later than the first one possible
    assert any("news style" in reason for reason in estimate.reasons)


def test_wire_dateline_gives_the_day() -> None:
    text = (
        "PORT AMAL, Feb. 18 (Coastal Press Agency) - The strike in 2016 was the last one.\n\n"
        "Officials said in early November that the convoy was hit on Nov. 3."
    )
    estimate = estimate_text_date(text)
    assert estimate.earliest == date(2018, 2, 18)  # Nov. 3 of 2017 at the earliest, then Feb 18
    assert any("dateline" in reason for reason in estimate.reasons)


def test_narrative_yearless_dates_are_not_publication_year() -> None:
    text = (
        "The army said in June 2014 that the commander had died. At the time, officials said "
        "the strike took place on May 28.\n\nThe group published a new statement in 2016."
    )
    estimate = estimate_text_date(text)
    assert estimate.earliest == date(2016, 1, 1)
    assert estimate.latest is None  # no deictic yearless date: no upper bound


def test_future_references_bound_from_above() -> None:
    estimate = estimate_text_date(
        "The talks began in January 2020. The vote will take place in March 2021."
    )
    assert estimate.earliest == date(2020, 1, 1)
    assert estimate.latest == date(2021, 3, 31)


def test_text_without_dates() -> None:
    estimate = estimate_text_date("Nothing here can be dated.")
    assert estimate.earliest is None and estimate.summary == "undatable from its text"


def test_message_dated_by_what_it_mentions() -> None:
    text = (
        "The group released an audio message on Friday that it said was from its commander, "
        "Yusuf Karam.\n\nThe speaker refers to the floods that hit the coast on March 2, and "
        "calls on followers to keep fighting."
    )
    doc = Document.from_text(text, published=date(2019, 3, 30))
    start = text.index("The group")
    message = Claim(
        doc_id=doc.doc_id,
        claim_id="c1",
        subject="Yusuf Karam",
        predicate="message_released",
        event_time="2019-03-29",
        event_earliest=date(2019, 3, 29),
        event_latest=date(2019, 3, 29),
        claimant="the group",
        certainty="unconfirmed",
        start=start,
        end=start + 40,
        evidence=text[start : start + 40],
    )
    analysis = Analysis(document=doc, claims=(message,))
    assert date_message(analysis, message).earliest == date(2019, 3, 2)
    # released on 2019-03-29, but it proves life only when it was made: on or after 2019-03-02
    assert [c.event_earliest for c in proof_of_life_claims(analysis)] == [date(2019, 3, 2)]
    undated_release = message.model_copy(
        update={"event_time": None, "event_earliest": None, "event_latest": None}
    )
    inferred = proof_of_life_claims(analysis.model_copy(update={"claims": (undated_release,)}))
    assert len(inferred) == 1
    alive = inferred[0]
    assert alive.predicate == "alive" and alive.event_earliest == date(2019, 3, 2)
    assert alive.certainty == "unconfirmed"
    assert "if the message is genuine" in (alive.basis or "")


def test_estimate_publication_reads_the_analysis() -> None:
    analysis = Analysis(document=Document.from_text(UNDATED))
    assert estimate_publication(analysis).earliest == date(2017, 5, 3)


def test_seed_without_date_is_august_2018_or_later(seed_text: str) -> None:
    estimate = estimate_text_date(seed_text)
    assert estimate.earliest is not None and estimate.earliest >= date(2018, 8, 1)
    assert estimate.latest is None or estimate.latest >= date(2018, 8, 23)
    assert estimate.earliest <= date(2018, 8, 23)


def test_undated_document_stored_with_estimate(memory_ledger) -> None:
    from dateline.records import Analysis as A

    memory_ledger.add([A(document=Document.from_text(UNDATED, outlet="Town Crier"))])
    row = memory_ledger.query(
        "SELECT published, published_source, published_latest FROM documents"
    )[0]
    assert row == {
        "published": date(2017, 5, 3),
        "published_source": "estimated",
        "published_latest": None,
    }


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("Fighting resumed on Sept. 14, 2015, officials said.", date(2015, 9, 14)),
        ("The ceasefire signed on 2 February 2019 collapsed.", date(2019, 2, 2)),
        ("Prices have risen since 2012.", date(2012, 1, 1)),
    ],
)
def test_explicit_formats(text: str, earliest: date) -> None:
    assert estimate_text_date(text).earliest == earliest


def test_message_dated_by_an_event_another_document_dates(memory_ledger, worlds) -> None:
    memory_ledger.add(worlds.cross_dated())
    status = memory_ledger.status("Yusuf Karam")
    assert status.proof_of_life == date(2019, 3, 4)  # Monday before the March 4 report
    assert "Coastal Post" in (status.proof_of_life_basis or "")
    assert status.condition == "if the message is genuine"


def test_cross_document_dating_in_either_order(memory_ledger, worlds) -> None:
    report, message = worlds.cross_dated()
    memory_ledger.add([message])
    assert memory_ledger.status("Yusuf Karam").proof_of_life is None
    memory_ledger.add([report])  # the dating report arrives later
    assert memory_ledger.status("Yusuf Karam").proof_of_life == date(2019, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "timex", "cap"),
    [
        (
            "The army claimed in March that it had killed the commander.",
            "in March",
            date(2018, 3, 31),
        ),
        ("The commander was killed after the March talks collapsed, rebels said.", "March", None),
    ],
)
def test_undated_claim_capped_by_its_sentence_date(sentence: str, timex: str, cap) -> None:
    from dateline.ledger.dating import bound_undated_claims
    from dateline.records import TimeExpression

    doc = Document.from_text(sentence, published=date(2018, 6, 1))
    start = sentence.index(timex)
    t = TimeExpression(
        doc_id=doc.doc_id,
        tid="t1",
        start=start,
        end=start + len(timex),
        text=timex,
        type="DATE",
        value="2018-03",
        earliest=date(2018, 3, 1),
        latest=date(2018, 3, 31),
    )
    at = sentence.index("killed")
    claim = Claim(
        doc_id=doc.doc_id,
        claim_id="c1",
        subject="the commander",
        predicate="killed",
        start=at,
        end=at + 6,
        evidence=sentence,
    )
    analysis = Analysis(document=doc, timexes=(t,), claims=(claim,))
    assert bound_undated_claims(analysis)[0].event_latest == cap


# -- cross-document dating over stored text facts ---------------------------------------------
def test_the_end_pass_reads_no_text(memory_ledger, worlds, monkeypatch) -> None:
    from dateline.ledger import dating, places, textfacts

    memory_ledger._write_batch(worlds.cross_dated(), "api", None)

    def refuse(*args: object, **kwargs: object):
        raise AssertionError("the end-of-ingest pass read a text")

    for module, name in (
        (textfacts, "find_references"), (textfacts, "sentences"), (textfacts, "facts_from_text"),
        (textfacts, "message_content_sentences"), (dating, "find_references"),
        (places, "facts_from_text"),
    ):  # fmt: skip
        monkeypatch.setattr(module, name, refuse)
    memory_ledger.rebuild()
    assert memory_ledger.status("Yusuf Karam").proof_of_life == date(2019, 3, 4)


def _fact_tables(ledger) -> dict[str, list[tuple[object, ...]]]:
    tables = ("doc_words", "dated_sentences", "place_facts", "place_index")
    found = {t: ledger.conn.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    found["claims"] = ledger.conn.execute(
        "SELECT doc_id, claim_id, event_earliest, basis FROM claims ORDER BY ALL"
    ).fetchall()
    return found


def test_facts_from_a_worker_are_the_facts_the_writer_computes(worlds) -> None:
    from dateline.ledger.store import Ledger
    from dateline.ledger.textfacts import with_text_facts

    analyses = worlds.cross_dated() + worlds.killed_three_times()
    with Ledger(":memory:") as writer, Ledger(":memory:") as worker:
        writer.add(analyses)
        worker.add([with_text_facts(a) for a in analyses])
        assert _fact_tables(writer) == _fact_tables(worker)
        assert _fact_tables(writer)["dated_sentences"]


def test_documents_stored_without_facts_get_them_at_the_next_pass(worlds) -> None:
    from dateline.ledger.store import Ledger

    analyses = worlds.cross_dated() + worlds.killed_three_times()
    with Ledger(":memory:") as ledger:
        ledger.add(analyses)
        before = _fact_tables(ledger)
        # as a ledger from before schema v11: no stored facts, no dating pass yet
        for table in ("doc_words", "dated_sentences", "place_facts"):
            ledger.conn.execute(f"DELETE FROM {table}")
        ledger.conn.execute("DELETE FROM claims WHERE claim_id LIKE '%:made-after-event'")
        ledger.conn.execute("DELETE FROM meta WHERE key = 'crossdate_at'")
        ledger.rebuild(full=True)
        assert _fact_tables(ledger) == before


def _reference_matches(docs, messages, *, cap: int, days: int):
    """The per-message search as it ran before the sweep: candidates by one query each (the
    ``cap`` latest other documents of the last ``days`` days), document frequencies over them,
    then every candidate's sentences in turn."""
    import math

    from dateline.ledger import crossdate
    from dateline.ledger.textfacts import starts

    found = []
    for m in messages:
        p = m["doc_published"]
        candidates = sorted(
            (d for d in docs if d[0] != m["doc_id"] and p - timedelta(days=days) <= d[2] <= p),
            key=lambda d: (-d[2].toordinal(), d[0]),
        )[:cap]
        best = None
        content = [set(c) for c in m["doc_content"] or ()]
        if candidates and content:
            df = {w: sum(w in d[3].words for d in candidates) for w in set().union(*content)}
            limit = max(1, int(crossdate.RARE_SHARE * len(candidates)))
            for sentence in content:
                mine = {w for w in sentence if df[w] <= limit} - crossdate.words(m["subject"])
                if len(mine) < crossdate.MIN_SHARED:
                    continue
                for doc_id, _, published, facts in candidates:
                    local = None
                    for s in facts.dated_sentences:
                        shared = mine & set(s.words)
                        dated = [d for d in starts(s, published) if d <= p]
                        if len(shared) < crossdate.MIN_SHARED or not dated:
                            continue
                        score = math.fsum(math.log(len(candidates) / df[w]) + 1 for w in shared)
                        if local is None or (score, max(dated)) > local[:2]:
                            local = (score, max(dated), doc_id, s.text)
                    if local and (best is None or local[0] > best[0]):
                        best = local
        found.append(None if best is None else (best[2], best[1], best[3]))
    return found


def _undated_messages(conn) -> list[dict]:
    """Every message claim the pass would date, by key."""
    from dateline.ledger import crossdate

    sql = crossdate._messages_sql("doc_id IS NOT NULL")
    cursor = conn.execute(f"{sql} ORDER BY c.doc_id, c.claim_id")
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _match_events(conn, messages: list[dict], *, page: int) -> list:
    """The sweep's match for each message with content (None for the others), asked in the
    pass's order: by the message's day."""
    from dateline.ledger import crossdate

    found: list = [None] * len(messages)
    todo = sorted(
        (i for i, m in enumerate(messages) if m.get("doc_content")),
        key=lambda i: (messages[i]["doc_published"], i),
    )
    sweep = crossdate._Sweep(conn, sorted({messages[i]["doc_published"] for i in todo}), page=page)
    for i in todo:
        found[i] = sweep.match(messages[i])
    return found


def test_the_sweep_finds_what_one_search_per_message_found(
    memory_ledger, worlds, monkeypatch
) -> None:
    import random

    from dateline.ledger import crossdate
    from dateline.ledger.textfacts import text_facts

    monkeypatch.setattr(crossdate, "MAX_CANDIDATES", 6)
    monkeypatch.setattr(crossdate, "WINDOW_DAYS", 12)
    make_analysis, C = worlds.make_analysis, worlds.C
    rng = random.Random(7)
    things = [
        a + b for a in ("bar", "del", "mor", "tav", "zen", "kol") for b in ("ana", "ito", "usk")
    ]
    analyses, told = [], []
    for n in range(60):
        day = date(2021, 3, 1) + timedelta(days=n // 2 + rng.randrange(3))
        if n % 3 or not told:
            picked = rng.sample(things, 4)
            told.append(picked)
            text = (
                f"The council on {rng.choice(['Monday', 'Friday'])} closed the {picked[0]} and "
                f"the {picked[1]} near the {picked[2]} {picked[3]}. Nobody else spoke."
            )
            analyses.append(make_analysis(text, day, f"Outlet {n % 4}"))
        else:  # a message mentioning three things of a recent report, and one more
            picked = rng.sample(rng.choice(told[-6:]), 3) + rng.sample(things, 1)
            message = f"The group said it had released recording {n} of Idris Halabi."
            content = (
                f"In it, the speaker mentions the closed {picked[0]}, the {picked[1]} and the "
                f"{picked[2]} {picked[3]}."
            )
            analyses.append(
                make_analysis(
                    message + "\n\n" + content, day, f"Outlet {n % 4}",
                    claims=(C(message, "Idris Halabi", "message_released", "the group"),),
                )
            )  # fmt: skip
    memory_ledger.add(analyses)
    conn = memory_ledger.conn
    messages = _undated_messages(conn)
    assert len(messages) > 10
    docs = [
        (a.document.doc_id, a.document.outlet, a.document.published, text_facts(a))
        for a in analyses
    ]
    expected = _reference_matches(docs, messages, cap=6, days=12)
    got = [
        None if e is None else (e.doc_id, e.when, e.sentence)
        for e in _match_events(conn, messages, page=3)
    ]
    assert got == expected
    assert sum(e is not None for e in expected) >= 3
    # the pass dates messages a page at a time (only a page held in Python) and stores the
    # inferred claims in the order of their messages' keys; pages of one or of four messages
    # store the same rows in the same order
    inferred = "SELECT doc_id, claim_id, * FROM claims WHERE claim_id LIKE '%' || ? ORDER BY rowid"
    stored = conn.execute(inferred, [crossdate.SUFFIX]).fetchall()
    assert len({r[0] for r in stored}) >= 3
    assert [r[:2] for r in stored] == sorted(r[:2] for r in stored)
    for page in (1, 4):
        conn.execute("DELETE FROM claims WHERE claim_id LIKE '%' || ?", [crossdate.SUFFIX])
        assert crossdate._date_messages(conn, "doc_id IS NOT NULL", {}, page=page) == len(stored)
        assert conn.execute(inferred, [crossdate.SUFFIX]).fetchall() == stored
