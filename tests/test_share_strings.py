"""share_strings (tui/analysis/cache.py): after it, each string value of the results it walked is one
object, wherever it stands (a span's article id, a field, a list, a dict's value, a tuple of strings),
and no value changes. Its walk takes shortcuts (a span read in one step, empty lists not visited):
these tests walk every string themselves (a tuple of strings as a dataclass field, as share_strings
reads tuples), so a shortcut that skipped one would fail them."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from tests.factories import make_corpus
from tui.analysis import pipeline
from tui.analysis.cache import dumps, loads, share_strings
from tui.analysis.extract import analyse_article
from tui.analysis.model import Claim, Entity, EntityType, Hedge, Mention
from tui.corpus.loader import load_corpus
from tui.corpus.model import Article, ArticleMeta, Span


def fresh(text: str) -> str:
    return "".join(list(text))  # an equal string that is another object


def strings_in(value: Any) -> list[str]:
    """Every string reachable from `value` (dataclass fields, lists, dict keys and values, tuples)."""
    out: list[str] = []
    stack = [value]
    seen: set[int] = set()
    while stack:
        obj = stack.pop()
        if type(obj) is str:
            out.append(obj)
            continue
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, list | tuple):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.values())
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            stack.extend(getattr(obj, f.name) for f in dataclasses.fields(obj))
    return out


def one_object_per_value(strings: list[str]) -> bool:
    objects: dict[str, set[int]] = {}
    for s in strings:
        objects.setdefault(s, set()).add(id(s))
    return all(len(ids) == 1 for ids in objects.values())


#: Invented wording: a deal told with a figure, a quotation and a hedge, so that the result holds
#: spans in every kind of place (sentences, mentions, claims, figures, quotes, citations, facts).
_TEXT = (
    "Orbitex agrees to buy Halden Freight for $2.1 billion\n\n"
    "Orbitex Holdings said on Monday it would buy Halden Freight, the Oslo shipping group, for "
    "about $2.1 billion in cash. “We are buying a network, not just ships,” chief executive Mara "
    "Lind said in a statement. Analysts at Peakline Research said the price may be high.\n\n"
    "Halden Freight employs 4,200 people, according to its annual report."
)


def _result_from_another_process(article_id: str) -> Any:
    """The analysis of _TEXT under `article_id`, pickled and read back as a pool's result is: its
    strings are new objects, equal to those of any other such result."""
    article = Article(
        article_id, Path("orbitex.txt"), _TEXT, ArticleMeta(title="Orbitex agrees to buy Halden Freight")
    )
    return loads(dumps(analyse_article(article)), {})


def test_two_results_hold_each_string_once_and_the_same_values() -> None:
    first = _result_from_another_process(fresh("orbitex-deal"))
    second = _result_from_another_process(fresh("orbitex-deal"))
    before = (repr(first), repr(second))
    assert not one_object_per_value(strings_in([first, second]))  # the case at hand: equal, apart
    table: dict[str, str] = {}
    share_strings(first, table)
    share_strings(second, table)
    assert (repr(first), repr(second)) == before
    assert one_object_per_value(strings_in([first, second]))
    # the spans too: every span of both results names the article with one string object
    sentences = first.analysis.sentences + second.analysis.sentences
    assert len(sentences) > 4 and len({id(s.article_id) for s in sentences}) == 1


def test_a_span_met_twice_an_empty_list_and_a_span_in_an_optional_field() -> None:
    shared_span = Span(fresh("art"), 3, 9)
    claim = Claim(
        fresh("art:c0"),
        Span(fresh("art"), 0, 20),
        fresh("Orbitex bought it"),
        [],  # an empty list before a full one
        [Hedge(fresh("about"), fresh("approximator"), Span(fresh("art"), 0, 5))],
        attribution=Span(fresh("art"), 21, 30),
        entity_ids=[fresh("orbitex"), fresh("orbitex")],
    )
    entity = Entity(
        fresh("orbitex"),
        fresh("Orbitex"),
        EntityType.ORG,
        (fresh("Orbitex Holdings"), fresh("Orbitex")),  # a tuple of strings in a field
        [Mention(shared_span, fresh("Orbitex")), Mention(shared_span, fresh("Orbitex"))],
    )
    value = {
        "entity": entity,
        "spans": [shared_span, Span(fresh("art"), 10, 12)],
        "empty": [],
        "claim": claim,
    }
    before = repr(value)
    share_strings(value, {})
    assert repr(value) == before
    assert one_object_per_value(strings_in(value))
    assert claim.attribution is not None
    assert claim.attribution.article_id is shared_span.article_id is claim.hedges[0].span.article_id


def test_the_merged_entities_and_sources_hold_each_string_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold analysis stores its merged analysis after sharing the strings of its entities and
    sources with those of the results (the merge's mentions are the results' own, walked once)."""
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    held: list[Any] = []
    real_merge = pipeline.merge

    def merge(corpus: Any, results: Any) -> Any:
        held.extend(results)
        return real_merge(corpus, results)

    monkeypatch.setattr(pipeline, "merge", merge)
    corpus = load_corpus(make_corpus(12, tmp_path / "story", seed=5))
    analysis = pipeline.analyse(corpus)
    merged = strings_in([analysis.entities, analysis.sources])
    assert len(merged) > 1000 and one_object_per_value(merged)
    # the same objects as in the results: "Meta" of the merged entity is "Meta" of each article's
    names = {e.name: e.name for r in held for e in r.entities}
    assert all(e.name is names[e.name] for e in analysis.entities if e.name in names)
    assert all(m.text is names.get(m.text, m.text) for e in analysis.entities for m in e.mentions)
