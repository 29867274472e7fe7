"""The comparison on the seed corpus, against expectations checked by hand in the two texts."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare
from tui.analysis.compare.model import Comparison
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(seed_corpus_path())


@pytest.fixture(scope="module")
def result(corpus: Corpus) -> Comparison:
    return compare(corpus, analyse(corpus), ["winbuzzer", "techrepublic"])


def test_droege_title_differs_by_a_modifier(result: Comparison) -> None:
    aspect = result.aspect("leadership:droege")
    # Winbuzzer's "into the CEO role" does not say whether the post is for good: TechRepublic's
    # "interim CEO" is the more precise of the two, no contradiction
    (pair,) = aspect.pairs
    assert (pair.verdict, pair.reason) == ("precision", "permanence-unstated")
    assert aspect.verdict != "conflict"
    assert "“CEO”" in pair.detail and "“interim CEO”" in pair.detail
    assert aspect.cells["winbuzzer"].slot.text == "CEO"
    assert aspect.cells["techrepublic"].slot.text == "interim CEO"
    assert aspect.cells["techrepublic"].slot.modifiers == ("interim",)
    # the highlighted words are the title in the article text
    tr = aspect.cells["techrepublic"]
    assert (
        tr.main.text[tr.slot.span.start - tr.main.span.start : tr.slot.span.end - tr.main.span.start]
        == "interim CEO"
    )


def test_stake_and_valuation_only_in_winbuzzer(result: Comparison) -> None:
    stake = result.aspect("stake")
    # the 49% is only in Winbuzzer; TechRepublic says "a minority stake", which 49% is
    assert stake.cells["winbuzzer"].slot.value == 49
    assert stake.cells["techrepublic"].slot.value is None
    assert stake.cells["techrepublic"].slot.text == "minority stake"
    assert [p.verdict for p in stake.pairs] == ["precision"]
    valuation = result.aspect("valuation")
    assert valuation.verdict == "only_in" and valuation.present_in == ["winbuzzer"]
    slot = valuation.cells["winbuzzer"].slot
    assert slot.value == 29e9 and slot.approx == "lower"  # "over $29 billion"
    assert valuation.cells["techrepublic"].mark == "missing"


def test_revenue_share_whatsapp_and_clients_only_in_techrepublic(result: Comparison) -> None:
    revenue = result.aspect("revenue_share")
    assert revenue.present_in == ["techrepublic"] and revenue.cells["techrepublic"].slot.value == 10
    assert revenue.cells["techrepublic"].slot.approx == "about"  # "roughly 10%"
    past = result.aspect("past_deals")
    assert past.present_in == ["techrepublic"]
    assert "WhatsApp" in past.cells["techrepublic"].main.text
    assert past.cells["techrepublic"].slot.value == 19e9
    clients = result.aspect("clients")
    assert clients.verdict == "only_in" and clients.present_in == ["techrepublic"]
    assert any(
        "unease among Scale’s existing clients" in st.text for st in clients.cells["techrepublic"].statements
    )


def test_amount_agrees(result: Comparison) -> None:
    amount = result.aspect("amount")
    # "$14B" and "$14 billion": the same value written otherwise is the same value, no variation
    assert amount.verdict == "agree" and amount.numeric == "same"
    assert all(p.verdict == "same" and p.reason == "written-form" for p in amount.pairs)
    assert {c.slot.value for c in amount.cells.values()} == {14e9}
    assert all(c.mark == "agree" for c in amount.cells.values())


def test_frames_conflict_morality_economic(result: Comparison) -> None:
    wb, tr = result.profiles["winbuzzer"], result.profiles["techrepublic"]
    # Winbuzzer carries the conflict frame in more of its text (both answer three of the four
    # items: Winbuzzer by reproach, TechRepublic by two sides cited against each other)
    assert wb.frame("conflict").score >= tr.frame("conflict").score
    assert wb.frame("conflict").salience > tr.frame("conflict").salience
    assert wb.frame("morality").score > tr.frame("morality").score
    assert tr.frame("economic").score > wb.frame("economic").score
    # the reproach item (C2) is what sets Winbuzzer apart on conflict: "accused", "alleging"
    c2 = next(i for i in wb.frame("conflict").items if i.id == "C2")
    assert any("accused" in e.text or "alleging" in e.text for e in c2.evidence)
    # TechRepublic's E1: a percent figure with revenue
    e1 = next(i for i in tr.frame("economic").items if i.id == "E1")
    assert any("10% of Meta’s projected 2024 revenue" in e.text for e in e1.evidence)


def test_every_frame_score_lists_its_evidence(result: Comparison, corpus: Corpus) -> None:
    for profile in result.profiles.values():
        assert len(profile.frames) == 5
        assert sum(len(f.items) for f in profile.frames) == 20
        for frame in profile.frames:
            yes = [i for i in frame.items if i.applicable and i.yes]
            applicable = [i for i in frame.items if i.applicable]
            assert frame.score == pytest.approx(len(yes) / len(applicable), abs=1e-3)
            for item in yes:
                assert item.evidence
                for ev in item.evidence:  # evidence is the article's own sentence, anchored
                    assert ev.text == corpus.article(profile.article_id).slice(ev.span)
            if frame.score > 0:
                assert frame.evidence
        h5 = next(i for f in profile.frames for i in f.items if i.id == "H5")
        assert not h5.applicable


def test_loaded_phrases_with_quoted_marks(result: Comparison) -> None:
    wb = result.profiles["winbuzzer"]
    phrases = {h.phrase.lower(): h for h in wb.loaded}
    assert "house on fire" in phrases and not phrases["house on fire"].quoted
    assert phrases["black eye"].quoted  # the analyst's words
    assert phrases["sweat shop"].quoted  # the tech critic's words
    assert wb.loaded_per_1000 > result.profiles["techrepublic"].loaded_per_1000


def test_sourcing_profiles(result: Comparison) -> None:
    tr = result.profiles["techrepublic"].sourcing
    names = {n for n, _, _ in tr.sources}
    assert any("Forbes" in n for n in names)
    assert any("New York Times" in n for n in names)
    assert tr.unnamed >= 1  # "One former Scale employee said"
    wb = result.profiles["winbuzzer"].sourcing
    assert wb.unnamed >= 1  # "one analyst", "one tech critic"
    assert wb.kinds.get("narrator", 0) > 0


def test_share_of_text_per_aspect(result: Comparison) -> None:
    wb = result.profiles["winbuzzer"]
    assert 0 < wb.aspect_share["military"] < 1
    assert "military" not in result.profiles["techrepublic"].aspect_share
    assert "clients" in result.profiles["techrepublic"].aspect_share


def test_tone_separates_own_and_quoted_words(result: Comparison) -> None:
    wb = result.profiles["winbuzzer"].tone
    assert wb is not None and wb.label in {"negative", "neutral", "positive"}
    assert -1 <= wb.narrator <= 1
    assert wb.quoted is not None  # Winbuzzer quotes Wang and a critic
