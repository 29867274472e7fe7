"""The extractor's rules, one behaviour each, with expectations written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article, analyse_corpus
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.hedges import find_hedges
from tui.analysis.extract.merge import merge_results
from tui.analysis.extract.sentences import segment
from tui.analysis.model import EntityType
from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Article, ArticleMeta, Corpus

ROOT = Path(__file__).resolve().parent.parent


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit", "approx"),
    [
        ("$14B", "money", 14e9, "USD", None),
        ("$14 billion", "money", 14e9, "USD", None),
        ("$14.3B", "money", 14.3e9, "USD", None),
        ("$15bn", "money", 15e9, "USD", None),
        ("US$14.8 billion", "money", 14.8e9, "USD", None),
        ("€2.5 million", "money", 2.5e6, "EUR", None),
        ("over $29 billion", "money", 29e9, "USD", "lower"),
        ("more than $28B", "money", 28e9, "USD", "lower"),
        ("up to $1 billion", "money", 1e9, "USD", "upper"),
        ("14 billion dollars", "money", 14e9, "USD", None),
        ("49%", "percent", 49, "%", None),
        ("49 %", "percent", 49, "%", None),
        ("roughly 10%", "percent", 10, "%", "about"),
        ("49 per cent", "percent", 49, "%", None),
        ("11 of the 14", "ratio", 11, "of 14", None),
        ("three of the five", "ratio", 3, "of 5", None),
        ("20-year", "duration", 20, "year", None),
        ("28-year-old", "duration", 28, "years old", None),
        ("2-trillion parameter", "count", 2e12, "parameter", None),
        ("second-largest", "ordinal", 2, "largest", None),
        ("2024", "year", 2024, None, None),
        ("June 13, 2025", "date", 2025, None, None),
    ],
)
def test_figures_are_normalized(
    text: str, kind: str, value: float, unit: str | None, approx: str | None
) -> None:
    (fig,) = find_figures(f"It was {text} then.", "a", 0)
    assert (fig.text, str(fig.kind), fig.value, fig.unit, fig.approx) == (text, kind, value, unit, approx)


def test_vague_money_is_a_range_and_llama_4_is_no_figure() -> None:
    figs = find_figures("The multibillion-dollar deal and the multi-billion-dollar outlay.", "a", 0)
    assert [(f.value, f.low, f.high) for f in figs] == [(None, 2e9, 1e12)] * 2
    result = analyse_article(art("Meta delayed Llama 4 models. Meta is big."))
    assert result.analysis.figures == []


def test_hedges_by_kind() -> None:
    text = "It is reported to be $14 billion, could reach roughly 10%, was allegedly low and was confirmed; about Meta."
    got = [(h.text, h.kind) for h in find_hedges(text, "a")]
    assert got == [
        ("is reported to", "epistemic"),
        ("could", "epistemic"),
        ("roughly", "approximator"),
        ("allegedly", "allegation"),
        ("confirmed", "booster"),
    ]


def test_sentences_keep_abbreviations_and_decimals_together() -> None:
    text = "Meta paid $14.3 billion to Scale AI Inc. last week. According to Inc. Magazine, the U.S. military agreed. Mr. Wang left."
    spans = segment(text).sentences
    assert [text[s:e] for s, e in spans] == [
        "Meta paid $14.3 billion to Scale AI Inc. last week.",
        "According to Inc. Magazine, the U.S. military agreed.",
        "Mr. Wang left.",
    ]


def test_a_soft_abbreviation_ends_a_sentence_only_before_a_capital_starter() -> None:
    # Canadian wire style writes the currency after the figure: "$40 U.S. a share" is one sentence;
    # "in the U.S. The deal" is two; "Corvane Inc. the maker" (a lower-case starter) is one.
    text = (
        "Halvorsen is buying Corvane for $40 U.S. a share in cash. It sold most in the U.S. The deal"
        " closes soon. Corvane Inc. the maker of sensors, agreed."
    )
    assert [text[s:e] for s, e in segment(text).sentences] == [
        "Halvorsen is buying Corvane for $40 U.S. a share in cash.",
        "It sold most in the U.S.",
        "The deal closes soon.",
        "Corvane Inc. the maker of sensors, agreed.",
    ]


def test_no_sentence_initial_words_headings_or_generic_caps_as_entities() -> None:
    text = (
        "A House on Fire: The Crisis Forcing Meta’s Hand\n\n"
        "Rivals are moving in. Building superintelligence takes power. The AI race is on, says the CEO.\n"
        "Meta’s decision was made. Scale later denied it, and Scale’s founder left."
    )
    names = {e.name for e in analyse_article(art(text)).entities}
    assert names == {"Meta", "Scale"}


def test_meta_and_meta_ai_stay_apart_but_scale_joins_scale_ai() -> None:
    result = analyse_article(
        art("Meta launched Meta AI. Meta Platforms owns it. Scale AI grew, and Scale hired.")
    )
    by_name = {e.name: e for e in result.entities}
    assert set(by_name) == {"Meta", "Meta AI", "Scale AI"}
    assert set(by_name["Meta"].aliases) == {"Meta", "Meta Platforms"}
    assert by_name["Meta AI"].type == EntityType.PRODUCT


def test_aliases_merge_across_articles_and_surnames_find_their_person() -> None:
    a = art("Scale AI founder Alexandr Wang joins Meta. CEO Mark Zuckerberg agreed.", "one")
    b = art("Zuckerberg hired Wang, and Scale said nothing.", "two")
    corpus = Corpus("c", ROOT, [a, b])
    analysis = merge_results(corpus, [analyse_article(a), analyse_article(b)])
    by_name = {e.name: e for e in analysis.entities}
    assert set(by_name["Alexandr Wang"].aliases) == {"Alexandr Wang", "Wang"}
    assert by_name["Alexandr Wang"].article_ids == ["one", "two"]
    assert set(by_name["Mark Zuckerberg"].aliases) == {"Mark Zuckerberg", "Zuckerberg"}
    assert by_name["Scale AI"].article_ids == ["one", "two"]


def test_roles_keep_their_modifiers() -> None:
    analysis = analyse_corpus(load_corpus(seed_corpus_path()))
    droege = analysis.entity("jason-droege")
    roles = {(r.span.article_id, r.normalized, r.modifiers) for r in droege.roles}
    assert ("winbuzzer", "ceo", ()) in roles
    assert ("techrepublic", "ceo", ("interim",)) in roles
    assert ("techrepublic", "chief strategy officer", ("former",)) in roles
    foody = analysis.entity("brendan-foody")
    assert [(r.title, r.organization) for r in foody.roles] == [("CEO", "Mercor")]


def test_sources_of_the_seeds() -> None:
    analysis = analyse_corpus(load_corpus(seed_corpus_path()))
    counts = {
        (s.name, str(s.kind)): (s.count_in("winbuzzer"), s.count_in("techrepublic")) for s in analysis.sources
    }
    assert counts[("The New York Times", "outlet")] == (0, 2)
    assert counts[("Scale AI", "organization")] == (1, 2)
    assert counts[("Futurism", "outlet")] == (1, 0)
    assert counts[("ARK Invest (analysis)", "document")] == (1, 0)
    assert counts[("one former Scale employee", "unnamed")] == (0, 1)
    assert counts[("Brendan Foody", "person")] == (0, 1)


def test_claims_carry_their_source_figures_and_hedges() -> None:
    analysis = analyse_corpus(load_corpus(seed_corpus_path()))
    by_start = {c.text[:40]: c for c in analysis.claims}
    futurism = next(c for c in analysis.claims if "low-wage overseas labor" in c.text)
    inc = next(c for c in analysis.claims if "systemic wage theft" in c.text)
    assert (futurism.source_id, inc.source_id) == ("futurism", "inc-magazine")
    assert [h.kind for h in inc.hedges] == ["allegation"]
    stake = next(c for c in analysis.claims if c.text.startswith("In its most aggressive move"))
    assert [f.text for f in stake.figures] == ["$14 billion", "49%"]
    assert [h.text for h in stake.hedges] == ["reported to be"]
    assert stake.predicate == "stake" and stake.source_id is None
    nyt = next(c for c in analysis.claims if c.text.startswith("According to The New York Times"))
    assert nyt.source_ids == ["the-new-york-times", "scale-ai"]
    assert by_start


def test_quotes_speech_scare_and_speakers() -> None:
    analysis = analyse_corpus(load_corpus(seed_corpus_path()))
    quotes = {(q.text, q.kind, q.speaker) for q in analysis.quotes}
    assert ("superintelligence", "scare", None) in quotes
    assert ("Behemoth", "scare", None) in quotes
    assert ("black eye", "speech", "one analyst") in quotes
    assert ("patriotic duty", "speech", "Alexandr Wang") in quotes


def test_the_overlay_is_applied_and_marked_curated() -> None:
    corpus = load_corpus(seed_corpus_path())
    curated = analyse_corpus(corpus)
    behemoth = curated.entity("llama-4-behemoth")
    assert behemoth.curated and behemoth.type == EntityType.PRODUCT
    plain = merge_results(corpus, [analyse_article(a) for a in corpus.articles], overlay=False)
    assert not any(e.curated for e in plain.entities)
    assert "Behemoth" in {e.name for e in plain.entities}


def test_a_malformed_overlay_is_ignored_not_fatal() -> None:
    corpus = load_corpus(seed_corpus_path())
    corpus.overlay = {
        "entities": [{"name": 3}, "junk", {"name": "Meta", "type": "nonsense"}],
        "drop_entities": "x",
    }
    analysis = analyse_corpus(corpus)
    meta = analysis.entity("meta")
    assert meta.curated and meta.type == EntityType.ORG


def test_extract_command_json_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "tests" / "articles" / "wire.txt"
    assert main(["extract", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "meta-scale-tui/export/1"
    assert {"Meta", "Scale AI", "Dana Whitfield"} <= {e["name"] for e in data["entities"]}
    for quote in data["quotes"]:
        assert quote["span"]["text"] and quote["rule"].startswith("quote.")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "people familiar with the matter [unnamed]" in out and "interim CEO" in out


def test_extract_command_refuses_missing_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("sentence", "name", "etype"),
    [
        # a company's noun in the possessive is not the appositive's head: a person's title is
        (
            "Nora Vale, the company's finance chief, was named acting chief executive on Monday.",
            "Nora Vale",
            EntityType.PERSON,
        ),
        (
            "Odile Brandt, the startup’s research lead, declined to comment.",
            "Odile Brandt",
            EntityType.PERSON,
        ),
        # the noun heads the appositive: an organization
        ("Kestrel Works, a chip company based in Oslo, raised money.", "Kestrel Works", EntityType.ORG),
    ],
)
def test_an_appositive_is_typed_by_its_head_noun(sentence: str, name: str, etype: EntityType) -> None:
    result = analyse_article(art("Some headline\n\n" + sentence))
    types = {e.name: e.type for e in result.entities}
    assert types.get(name) == etype, types


@pytest.mark.parametrize(
    ("sentence", "name", "etype"),
    [
        ("Private equity firm Tern Lake bought a stake.", "Tern Lake", EntityType.ORG),
        ("The two founders met at Tern Lake in 2019.", "Tern Lake", EntityType.PLACE),
        ("Theodora May said the talks went well.", "Theodora May", EntityType.PERSON),
    ],
)
def test_place_heads_yield_to_an_organization_noun_before(
    sentence: str, name: str, etype: EntityType
) -> None:
    result = analyse_article(art("Some headline\n\n" + sentence))
    assert {e.name: e.type for e in result.entities}.get(name) == etype


def test_may_and_a_day_number_is_a_date_not_a_name() -> None:
    result = analyse_article(art("Some headline\n\nKestrel Works said on May 22 that it agreed."))
    names = {e.name for e in result.entities}
    assert "Kestrel Works" in names
    assert not any(n.startswith("May") for n in names), names
