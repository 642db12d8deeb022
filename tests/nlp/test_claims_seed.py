"""The seed article: every row of EXPECTED.md's claims table and its entity paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.entities import match_key
from dateline.nlp.pipeline import make_doc, run_pipeline
from dateline.records import Document


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    document = Document.from_text(seed_text, published=date(2018, 8, 23))
    return run_pipeline(nlp, make_doc(nlp, document))


def _about(doc, predicate):
    return [
        c for c in doc._.claims
        if match_key(c.subject) == "abu bakr baghdadi" and c.predicate == predicate
    ]


def test_leader_is_one_entity_with_all_variants(seed_doc):
    leader = next(e for e in seed_doc._.entities if e.name == "Abu Bakr al-Baghdadi")
    assert leader.kind == "person"
    texts = {m.text for m in leader.mentions}
    assert {"Abu Bakr al-Baghdadi", "al-Baghdadi", "Baghdadi", "the ISIS leader"} <= texts
    assert "leader of ISIS" in leader.roles


def test_spokesperson_and_related_sources(seed_doc):
    by_name = {e.name: e for e in seed_doc._.entities}
    urban = by_name["William Urban"]
    assert "Urban" in {m.text for m in urban.mentions}
    assert "Capt. William Urban" in urban.aliases
    assert urban.roles == ("spokesperson for US Central Command",)
    isis, furqan = by_name["ISIS"], by_name["al-Furqan"]
    assert furqan.parent == isis.entity_id
    russia = by_name["Russia"]
    ministry = next(e for e in seed_doc._.entities if "Defense Ministry" in e.name)
    military = by_name["Russian military"]
    assert ministry.parent == russia.entity_id and military.parent == russia.entity_id
    assert len({russia.entity_id, ministry.entity_id, military.entity_id}) == 3


def test_appearance_in_july_2014(seed_doc):
    (appeared,) = _about(seed_doc, "appeared")
    assert appeared.event_time == "2014-07"
    assert "al-Nuri Mosque" in appeared.place and appeared.certainty == "asserted"
    assert appeared.claimant == "CNN"


def test_wounded_and_killed_claims_of_2017(seed_doc):
    wounded = _about(seed_doc, "wounded")
    assert any(c.event_time == "2017-05" and c.claimant_anonymous and c.certainty == "reported" for c in wounded)
    killed = _about(seed_doc, "killed")
    ministry = [c for c in killed if c.claimant and "Defense Ministry" in c.claimant]
    assert ministry and ministry[0].event_time == "2017-05-28" and ministry[0].certainty == "unconfirmed"
    assert any(c.claimant == "Russian military" and c.certainty == "reported" for c in killed)
    assert any(c.claimant == "Russia" for c in killed)


def test_messages_released(seed_doc):
    times = {c.event_time for c in _about(seed_doc, "message_released")}
    assert {"2018-08-22", "2017-09"} <= times


def test_alive_per_urban_and_never_claimed_dead(seed_doc):
    alive = [c for c in _about(seed_doc, "alive") if c.claimant == "William Urban"]
    assert alive and alive[0].certainty == "asserted" and alive[0].polarity == "affirmed"
    denied = [c for c in _about(seed_doc, "killed") if c.polarity == "negated"]
    assert denied and denied[0].claimant == "William Urban" and denied[0].certainty == "denied"
    whereabouts = _about(seed_doc, "located_in")
    assert whereabouts and whereabouts[0].certainty == "unconfirmed"


def test_proof_of_life_from_the_sanctions_of_august_1(seed_doc):
    bounds = [c for c in _about(seed_doc, "alive") if c.basis]
    assert any(c.event_earliest == date(2018, 8, 1) and "sanctions" in c.basis for c in bounds)
    assert all(c.certainty in {"reported", "hedged"} for c in bounds)


def test_seed_without_publication_date(nlp, seed_text):
    doc = run_pipeline(nlp, make_doc(nlp, Document.from_text(seed_text)))
    claims = {(c.predicate, c.event_time) for c in doc._.claims if match_key(c.subject) == "abu bakr baghdadi"}
    assert ("appeared", "2014-07") in claims and ("message_released", "2017-09") in claims
    assert any(p == "wounded" and t == "2017-05" for p, t in claims)
