"""The ledger across documents: timelines, clusters, contradictions, status, track records."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def killed_ledger(memory_ledger, worlds):
    memory_ledger.add(worlds.killed_three_times())
    return memory_ledger


def test_one_person_under_all_names(killed_ledger) -> None:
    assert killed_ledger.resolve("Abu Tareq al-Nasiri")[0][0] == "abu tariq nasiri"
    why = killed_ledger.explain("Nasiri")
    assert why.claims == 7  # six reported, one inferred from what the audio mentions
    assert {a.alias for a in why.aliases} >= {"Abu Tariq al-Nasiri", "Abu Tareq al-Nasiri"}


def test_timeline_orders_events_and_marks_contradicted_claims(killed_ledger) -> None:
    entries = killed_ledger.timeline("Nasiri")
    predicates = [e.claim.predicate for e in entries]
    # the audio released on 2016-05-01 mentions the flood of 2016-04-20: alive ≥ 2016-04-20
    assert predicates[:6] == ["killed", "alive", "message_released", "killed", "killed", "appeared"]
    contradicted = [e for e in entries if e.contradicted_by]
    assert len([e for e in contradicted if e.claim.polarity == "affirmed"]) == 3
    assert all(e.cluster_id for e in entries)


def test_every_death_claim_contradicted_by_later_life(killed_ledger) -> None:
    found = killed_ledger.contradictions("Nasiri")
    deaths = [c for c in found if c.kind == "death_vs_life"]
    assert [c.claim.claim.claimant for c in deaths] == [
        "Interior Ministry",
        "Defence Ministry",
        "officials who asked not to be named",
    ]
    first = deaths[0]
    assert first.contradicted_by.claim.predicate == "alive"
    assert "April 20, 2016" in (first.contradicted_by.claim.basis or "")
    assert first.claim.claim.evidence and first.contradicted_by.claim.evidence
    denied = [c for c in found if c.kind == "asserted_vs_denied"]
    assert len(denied) == 1 and denied[0].contradicted_by.claim.claimant == "Dawn Brigade"


def test_status_with_bounds_and_strongest_evidence(killed_ledger) -> None:
    report = killed_ledger.status("Abu Tariq al-Nasiri")
    assert report.status == "alive"
    assert report.proof_of_life == date(2017, 9, 14)
    assert report.condition == "if the appearance is genuine"
    assert report.contradicted_death_claims == 3
    assert report.strongest_against is not None
    assert report.strongest_for is not None
    assert "≥ 2017-09-14" in report.summary


def test_as_of_answers_from_what_was_published_then(killed_ledger) -> None:
    then = killed_ledger.status("Nasiri", as_of="2017-02-01")
    assert then.status == "reported_killed"
    assert then.latest_death_claim == date(2017, 1, 18)
    assert then.proof_of_life == date(2016, 4, 20)  # when the audio was made, not released
    assert len(killed_ledger.timeline("Nasiri", as_of=date(2016, 3, 11))) == 1
    early = killed_ledger.contradictions(as_of="2016-03-11")
    assert early == []


def test_source_track_records(killed_ledger) -> None:
    records = {r.source: r for r in killed_ledger.sources()}
    assert records["Interior Ministry"].contradicted == 1
    assert records["Dawn Brigade"].confirmed == 1  # its denial, borne out by the audio
    outlets = {r.source: r for r in killed_ledger.sources(by="outlet")}
    assert sum(r.claims for r in outlets.values()) == 6


def test_wire_copies_are_one_report_with_many_carriers(memory_ledger, worlds) -> None:
    memory_ledger.add(worlds.wire_copies())
    clusters = memory_ledger.clusters("Lena Marsh")
    assert len(clusters) == 1
    reports = clusters[0].reports
    assert len(reports) == 2  # the agency story and one outlet's own reporter
    wire = max(reports, key=lambda r: len(r.carriers))
    assert len(wire.carriers) == 5
    prosecutors = next(r for r in memory_ledger.sources() if r.source == "prosecutors")
    assert prosecutors.claims == 1 and prosecutors.confirmed == 1


def test_same_surname_people_stay_apart(memory_ledger, worlds) -> None:
    memory_ledger.add(worlds.killed_three_times() + worlds.same_surname())
    leader = memory_ledger.status("Abu Tariq al-Nasiri")
    governor = memory_ledger.status("Samir Nasiri")
    assert leader.status == "alive"
    assert governor.status == "reported_killed"
    why = memory_ledger.explain("Samir Nasiri")
    assert why.documents == 2  # the funeral report naming only 'the governor, Nasiri'
    assert memory_ledger.contradictions("Samir Nasiri") == []


def test_corrections_survive_reingest(memory_ledger, worlds) -> None:
    analyses = worlds.killed_three_times()
    memory_ledger.add(analyses)
    memory_ledger.split("Abu Tariq al-Nasiri", "Abu Tareq al-Nasiri")
    assert len(memory_ledger.resolve("Abu Tareq al-Nasiri")) == 1
    assert memory_ledger.resolve("Abu Tareq al-Nasiri")[0][0] == "abu tareq nasiri"
    memory_ledger.add(analyses)  # re-ingest
    assert memory_ledger.resolve("Abu Tareq al-Nasiri")[0][0] == "abu tareq nasiri"
    memory_ledger.merge("Abu Tariq al-Nasiri", "Abu Tareq al-Nasiri")
    assert memory_ledger.resolve("Abu Tareq al-Nasiri")[0][0] == "abu tariq nasiri"


def test_alias_file(memory_ledger, worlds, tmp_path) -> None:
    memory_ledger.add(worlds.killed_three_times())
    path = tmp_path / "aliases.txt"
    path.write_text("# corrections\nAbu Tariq al-Nasiri != Abu Tareq al-Nasiri\n", encoding="utf-8")
    assert memory_ledger.load_aliases(path) == 1
    assert memory_ledger.resolve("Abu Tareq al-Nasiri")[0][0] == "abu tareq nasiri"


def test_incompatible_places(memory_ledger, worlds) -> None:
    C, make = worlds.C, worlds.make_analysis
    day = (date(2019, 1, 5), date(2019, 1, 5))
    a = "Witnesses said Omar Haddad addressed a rally in Kafr Selim on Saturday."
    b = "Police said Omar Haddad was detained in Port Amal on Saturday."
    person = (("Omar Haddad", "person", (), ()),)
    memory_ledger.add(
        [
            make(
                a,
                date(2019, 1, 6),
                "Valley Times",
                claims=(C(a, "Omar Haddad", "located_in", "witnesses", day, place="Kafr Selim"),),
                entities=person,
            ),
            make(
                b,
                date(2019, 1, 6),
                "Harbour Daily",
                claims=(C(b, "Omar Haddad", "arrested", "police", day, place="Port Amal"),),
                entities=person,
            ),
        ]
    )
    found = memory_ledger.contradictions("Omar Haddad")
    assert [c.kind for c in found] == ["incompatible_places"]
    assert {found[0].claim.claim.place, found[0].contradicted_by.claim.place} == {
        "Kafr Selim",
        "Port Amal",
    }


def test_contradictions_as_of_computed_live(killed_ledger) -> None:
    then = killed_ledger.contradictions(as_of="2017-06-30")
    assert [c.kind for c in then] == ["asserted_vs_denied", "death_vs_life"]
    assert then == killed_ledger.contradictions("Nasiri", as_of="2017-06-30")
    now = killed_ledger.contradictions()
    assert [c.model_dump() for c in now] == [
        c.model_dump() for c in killed_ledger.contradictions(as_of="2100-01-01")
    ]
