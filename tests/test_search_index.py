"""The search index on small hand-made items: folding, figures, ranking classes, filters, positions."""

from __future__ import annotations

import pytest

from tui.analysis.search import Field, SearchIndex, SearchItem, parse_query
from tui.analysis.search.fold import figures, fold, words
from tui.corpus.model import Span


def _item(
    kind: str,
    id_: str,
    *texts: str,
    type_: str | None = None,
    article: str = "a1",
    weight: float = 0.0,
    roles=None,
):
    roles = roles or (
        ["name"] + ["alias"] * (len(texts) - 1) if kind in ("entity", "source") else ["text"] * len(texts)
    )
    return SearchItem(
        kind,
        id_,
        tuple(Field(r, t) for r, t in zip(roles, texts, strict=True)),
        span=Span(article, 0, 1),
        article_ids=frozenset({article}),
        type=type_,
        weight=weight,
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    items = [
        _item("entity", "mark-zuckerberg", "Mark Zuckerberg", "Zuckerberg", "Zuck", type_="person", weight=5),
        _item("entity", "markus", "Markus Kasanmascheff", type_="person", article="a2"),
        _item("entity", "meta", "Meta", "Meta Platforms", type_="organization", weight=20),
        _item("entity", "metadata", "Metadata Inc", type_="organization", weight=30),
        _item("entity", "joelle", "Joëlle Pineau", type_="person"),
        _item("source", "nyt", "The New York Times", type_="outlet"),
        _item("claim", "c1", "Meta pays $14.3B for a 49% stake in Scale AI.", article="a1"),
        _item("claim", "c2", "The deal is worth $14,300 million, sources said.", article="a2"),
        _item("claim", "c3", "Meta spent 14 billion dollars on 2 trillion tokens.", article="a2"),
        _item("quote", "q1", "sweat shop labor", article="a1"),
        _item("quote", "q2", "[bold]not markup[/] $var", article="a2"),
    ]
    labels = {"a1": "a1 winbuzzer Winbuzzer", "a2": "a2 techrepublic TechRepublic"}
    return SearchIndex(items, {k: v for k, v in labels.items()})


def _ids(results, kind: str) -> list[str]:
    group = results.group(kind)
    return [h.id for h in group.hits] if group else []


def test_fold_keeps_length_and_strips_accents_and_case() -> None:
    for text in ("Joëlle Pineau", "Scale’s “superintelligence” — lab", "İstanbul ß", "ASCII text"):
        assert len(fold(text)) == len(text)
    assert fold("Joëlle’s") == "joelle's"


def test_fold_of_mixed_text_is_each_character_folded_in_place() -> None:
    # the table str.translate reads (filled on first use) gives what folding each character gives
    text = "Ödön’s “İkea” deal—¾ of ﬁrms\tß \u00a0x`"
    assert fold(text) == "odon's \"ikea\" deal-¾ of ﬁrms s  x'"
    assert len(fold(text)) == len(text)
    assert fold(text) == fold(text)  # a second time, from the filled table
    assert fold("Straße Ärger") == "strase arger"


def test_words_normalize_possessives_and_thousands() -> None:
    assert [w for w, _, _ in words(fold("Scale’s $14,300 million 14.3B"))] == [
        "scale",
        "14300",
        "million",
        "14.3",
        "b",
    ]


def test_figures_normalize_to_one_key() -> None:
    keys = {
        k
        for text in ("$14.3B", "14.3 billion", "$14,300 million", "US$14.3bn")
        for k, _, _ in figures(fold(text))
    }
    assert keys == {"#1.43e+10"}
    assert [k for k, _, _ in figures("a 49% stake, 49 percent")] == ["%49", "%49"]
    assert list(figures("in 2014, 11 of the 14")) == []


def test_query_parses_filters_phrases_and_figures() -> None:
    q = parse_query('kind:ent type:person source:"new york" "Interim CEO" zuck 14.3 bil')
    assert q.kinds == {"entity"} and q.types == {"person"} and q.sources == ["new york"]
    assert q.phrases == ["interim ceo"] and q.words == ["zuck"] and q.figures == ["#1.43e+10"]
    assert parse_query("kind:banana").problems and parse_query("http://x y").words == ["http", "x", "y"]
    assert parse_query("kind:").empty  # typed half-way: no filter yet, no error


def test_typo_finds_the_name(index: SearchIndex) -> None:
    assert _ids(index.search("zuckerbrg"), "entity")[0] == "mark-zuckerberg"


def test_alias_matches_its_entity(index: SearchIndex) -> None:
    hit = index.search("zuck").group("entity").hits[0]
    assert hit.id == "mark-zuckerberg"
    assert hit.role == "alias" and hit.match == "exact"


def test_word_order_and_partial_words(index: SearchIndex) -> None:
    assert _ids(index.search("zuckerberg mark"), "entity")[0] == "mark-zuckerberg"
    assert _ids(index.search("zuckerb ma"), "entity")[0] == "mark-zuckerberg"


def test_exact_and_prefix_rank_above_fuzzy_and_weight(index: SearchIndex) -> None:
    # "meta" is exactly Meta; Metadata (heavier) only starts with it
    assert _ids(index.search("meta"), "entity")[:2] == ["meta", "metadata"]
    # "mark" is a word of Mark Zuckerberg, a prefix of Markus
    assert _ids(index.search("mark"), "entity")[:2] == ["mark-zuckerberg", "markus"]
    matches = [h.match for h in index.search("meta").group("entity").hits]
    assert matches[0] == "exact"


def test_accents_are_forgiven(index: SearchIndex) -> None:
    assert _ids(index.search("joelle"), "entity") == ["joelle"]


@pytest.mark.parametrize("query", ["14.3 billion", "$14.3B", "14.3b", "$14,300 million", "14300 million"])
def test_figures_match_their_value(index: SearchIndex, query: str) -> None:
    assert set(_ids(index.search(query), "claim")) >= {"c1", "c2"}


def test_figure_highlight_covers_the_figure(index: SearchIndex) -> None:
    hit = next(h for h in index.search("14.3 billion").hits() if h.id == "c2")
    assert "".join(hit.text[p] for p in hit.positions) == "$14,300 million"


def test_figures_do_not_match_other_values(index: SearchIndex) -> None:
    assert _ids(index.search("14b"), "claim") == ["c3"]
    assert _ids(index.search("49%"), "claim") == ["c1"]
    assert _ids(index.search("2 trillion"), "claim") == ["c3"]


def test_phrase_must_be_exact(index: SearchIndex) -> None:
    assert _ids(index.search('"sweat shop"'), "quote") == ["q1"]
    assert index.search('"shop sweat"').total == 0


def test_kind_type_and_source_filters(index: SearchIndex) -> None:
    r = index.search("kind:source york")
    assert [g.kind for g in r.groups] == ["source"]
    r = index.search("type:org meta")
    assert [g.kind for g in r.groups] == ["entity"] and set(_ids(r, "entity")) == {"meta", "metadata"}
    r = index.search("source:techrepublic meta")
    assert _ids(r, "claim") == ["c3"] and not r.group("entity")
    assert index.search("source:nowhere meta").problems


def test_filters_alone_list_items(index: SearchIndex) -> None:
    r = index.search("kind:quote")
    assert set(_ids(r, "quote")) == {"q1", "q2"}


def test_positions_point_at_matched_characters(index: SearchIndex) -> None:
    hit = index.search("zuckerbrg").group("entity").hits[0]
    shown = "".join(hit.text[p] for p in hit.positions).lower()
    assert shown and set(shown) <= set("zuckerbrg")


def test_a_word_matching_nothing_does_not_empty_the_list(index: SearchIndex) -> None:
    hit = index.search("sweat shop qqqqqq").hits()[0]
    assert hit.id == "q1" and hit.match == "partial"


def test_markup_in_text_is_just_text(index: SearchIndex) -> None:
    assert _ids(index.search("[bold]"), "quote") == ["q2"]
    assert _ids(index.search("$var"), "quote") == ["q2"]


def test_limit_keeps_counts() -> None:
    items = [_item("claim", f"c{n}", f"claim number {n} about scale") for n in range(200)]
    r = SearchIndex(items).search("scale", limit=5)
    assert r.group("claim").count == 200 and len(r.group("claim").hits) == 5


def test_run_together_words_find_their_halves(index: SearchIndex) -> None:
    hit = index.search("sweatshop").group("quote").hits[0]
    assert hit.id == "q1"
    assert "".join(hit.text[p] for p in hit.positions) == "sweatshop"


def test_phrases_and_figures_are_never_dropped_to_find_something(index: SearchIndex) -> None:
    assert index.search('"sweat shop" qqqqqq').total == 1  # the word may go, the phrase stays
    assert index.search('"sweat shop" 14.3 billion').total == 0
    assert index.search('"shop sweat" labor').total == 0


def test_a_pasted_paragraph_is_cut_and_said(index: SearchIndex) -> None:
    results = index.search(" ".join(f"word{n}" for n in range(100)) + " meta")
    assert any("first 24 words" in p for p in results.problems)


def test_words_side_by_side_are_found_past_many_items_with_the_words_apart() -> None:
    items = [
        _item("claim", f"c{n}", f"Mark met people; later Zuckerberg spoke, item {n}") for n in range(300)
    ]
    items.append(_item("claim", "late", "At the end, Mark Zuckerberg spoke."))
    for n, item in enumerate(items):
        item.order = n  # reading order: the side-by-side claim comes last
    results = SearchIndex(items).search("mark zuckerberg", limit=5)
    assert results.group("claim").hits[0].id == "late"


def test_a_source_cited_everywhere_keeps_a_one_line_detail() -> None:
    from tui.analysis.search.items import _some

    assert _some(["Winbuzzer", "TechRepublic"], 2) == "Winbuzzer, TechRepublic"
    many = _some(["A", "B", "A", "C", "D"] * 40, 200)
    assert many == "200 articles (A, B, C…)"
