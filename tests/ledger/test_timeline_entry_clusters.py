"""A timeline entry's event (cluster) is the event of its own claim.

A wire copy, or a second claim of one article about the same event, is not a report head of
its cluster; its entry must still carry the cluster its own claim was grouped into, never the
cluster of another claim that the same copy group happens to carry.
"""

from __future__ import annotations

from datetime import date

D = date
STORY = (
    "DOCKSIDE (Harbour Wire) - Customs officer Ivo Brandt was arrested on Monday, prosecutors "
    "said. Brandt was later taken to hospital in Dockside with a broken arm, his lawyer said."
)
ARREST = "DOCKSIDE (Harbour Wire) - Customs officer Ivo Brandt was arrested on Monday, prosecutors said."
HOSPITAL = "Brandt was later taken to hospital in Dockside with a broken arm, his lawyer said."
BRANDT = ("Ivo Brandt", "person", ("Brandt",), ("customs officer",))


def _copies(worlds) -> list:
    C, make_analysis = worlds.C, worlds.make_analysis
    found = []
    for day, outlet in enumerate(("Harbour Post", "Quay Times", "Pier Herald")):
        found.append(
            make_analysis(
                STORY if day == 0 else f"{outlet} staff contributed to this report.\n\n{STORY}",
                D(2021, 6, 8 + day),
                outlet,
                claims=(
                    C(ARREST, "Ivo Brandt", "arrested", "prosecutors", (D(2021, 6, 7), D(2021, 6, 7))),
                    C(HOSPITAL, "Ivo Brandt", "wounded", "his lawyer"),
                    C(HOSPITAL, "Ivo Brandt", "located_in", "his lawyer", place="Dockside"),
                ),
                entities=(BRANDT,),
            )
        )
    return found


def test_a_wire_copys_entries_take_the_cluster_of_their_own_claim(memory_ledger, worlds) -> None:
    memory_ledger.add(_copies(worlds))
    entries = memory_ledger.timeline("Ivo Brandt")
    assert len(entries) == 9 and all(e.cluster_id for e in entries)
    by_predicate: dict[str, set[str]] = {}
    for e in entries:
        by_predicate.setdefault(e.claim.predicate, set()).add(e.cluster_id)
    # one event per predicate, carried by all three outlets
    assert all(len(ids) == 1 for ids in by_predicate.values()), by_predicate
    assert len({next(iter(ids)) for ids in by_predicate.values()}) == 3
    clusters = {c.cluster_id: c for c in memory_ledger.clusters("Ivo Brandt")}
    for e in entries:
        assert clusters[e.cluster_id].predicate == e.claim.predicate
