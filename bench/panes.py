"""The explorer's panes at scale: 50,000 claims (1,000 articles), against an OptionList baseline.

    python -m bench.panes [--articles 1000] [--claims-per-article 50]

Builds a synthetic analysis directly (no extractor, so only the UI is measured), then prints:
1. ExploreIndex: build time, and the time of each filter (none, article, source, entity);
2. the explorer (headless, 120x40): filling the panes, a cursor move (j), Enter on an entity
   (narrowing claims), Escape (widening), switching to quotes;
3. the baseline in the same run: an OptionList filled with the same 50,000 claim rows.
Figures are medians of a few runs, wall-clock, on this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import time
from pathlib import Path

from tui.analysis.model import (
    ArticleAnalysis,
    Citation,
    Claim,
    CorpusAnalysis,
    Entity,
    EntityType,
    Figure,
    FigureKind,
    Mention,
    Quote,
    Source,
    SourceKind,
)
from tui.corpus.model import Article, ArticleMeta, Corpus, Span

ORGS = ["Meta", "Scale AI", "OpenAI", "Google", "Microsoft", "Anthropic", "Amazon", "Nvidia"]


def synthetic(articles: int, per_article: int) -> tuple[Corpus, CorpusAnalysis]:
    corpus = Corpus("synthetic", Path("."))
    analysis = CorpusAnalysis()
    entities = {name: Entity(name.lower().replace(" ", "-"), name, EntityType.ORG) for name in ORGS}
    for n in range(300):
        name = f"Person {n:03d}"
        entities[name] = Entity(f"person-{n}", name, EntityType.PERSON)
    sources = {f"Outlet {n}": Source(f"outlet-{n}", f"Outlet {n}", SourceKind.OUTLET) for n in range(200)}
    for a in range(articles):
        aid = f"a{a:04d}"
        parts, claims, quotes = [], [], []
        offset = 0
        for c in range(per_article):
            org = ORGS[(a + c) % len(ORGS)]
            person = f"Person {(a * 7 + c) % 300:03d}"
            outlet = f"Outlet {(a + c) % 200}"
            sentence = f"According to {outlet}, {org} paid ${c + 1} billion, said {person}: “a deal {c}”."
            span = Span(aid, offset, offset + len(sentence))
            money = sentence.index("$")
            fig = Figure(
                FigureKind.MONEY,
                f"${c + 1} billion",
                Span(aid, offset + money, offset + money + len(f"${c + 1} billion")),
                (c + 1) * 1e9,
                "USD",
            )
            phrase = Span(aid, offset, offset + len(f"According to {outlet}"))
            src = sources[outlet]
            src.citations.append(Citation(src.id, aid, phrase, "according to", span, "bench"))
            claims.append(
                Claim(
                    f"{aid}:c{c}", span, sentence, [fig], source_id=src.id, attribution=phrase, rule="bench"
                )
            )
            q0 = offset + sentence.index("“") + 1
            quotes.append(Quote(f"{aid}:q{c}", Span(aid, q0, q0 + len(f"a deal {c}")), f"a deal {c}", person))
            for name in (org, person):
                at = offset + sentence.index(name)
                entities[name].mentions.append(Mention(Span(aid, at, at + len(name)), name, "bench"))
            parts.append(sentence)
            offset += len(sentence) + 1
        text = "\n".join(parts)
        meta = ArticleMeta(title=f"Article {a}", outlet=f"Outlet {a % 200}")
        corpus.articles.append(Article(aid, Path(f"{aid}.txt"), text, meta))
        sentences = [c.span for c in claims]
        analysis.articles[aid] = ArticleAnalysis(aid, sentences=sentences, claims=claims, quotes=quotes)
    analysis.entities = sorted(entities.values(), key=lambda e: -len(e.mentions))
    analysis.sources = list(sources.values())
    return corpus, analysis


def timed(fn, runs: int = 3) -> tuple[float, object]:  # noqa: ANN001
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


async def bench_app(corpus: Corpus, analysis: CorpusAnalysis, index: object) -> None:
    from tui.app.app import ExplorerApp

    class Bench(ExplorerApp):
        def load(self) -> None:  # type: ignore[override]  # no worker: the data is given
            return None

    app = Bench()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        t0 = time.perf_counter()
        app.corpus, app.analysis, app.index = corpus, analysis, index
        app.data_ready = True
        await pilot.pause()
        print(f"   fill every pane (50k claims) and paint : {ms(time.perf_counter() - t0)}")
        screen = app.screen
        await pilot.press("3")
        moves = []
        for _ in range(10):
            t0 = time.perf_counter()
            await pilot.press("j")
            moves.append(time.perf_counter() - t0)
        print(f"   cursor move j in Claims (median of 10)  : {ms(statistics.median(moves))}")
        await pilot.press("2")
        t0 = time.perf_counter()
        await pilot.press("enter")
        await pilot.pause()
        narrowed = len(screen.claims.claims)  # type: ignore[attr-defined]
        print(f"   Enter on an entity (-> {narrowed} claims)   : {ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        await pilot.press("escape")
        await pilot.pause()
        print(
            f"   Escape (back to {len(screen.claims.claims)} claims)       : {ms(time.perf_counter() - t0)}"
        )  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        await pilot.press("3", "t")
        await pilot.pause()
        print(
            f"   t: switch to {len(screen.claims.quotes)} quotes           : {ms(time.perf_counter() - t0)}"
        )  # type: ignore[attr-defined]


async def bench_optionlist(claims: list[Claim]) -> None:
    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import OptionList

    class Baseline(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(id="ol")

    app = Baseline()
    async with app.run_test(size=(120, 40)) as pilot:
        t0 = time.perf_counter()
        app.query_one(OptionList).add_options([Content(c.text) for c in claims])
        await pilot.pause()
        print(f"   OptionList.add_options(50k) and paint   : {ms(time.perf_counter() - t0)}")
        t0 = time.perf_counter()
        await pilot.press("tab", "down")
        print(f"   cursor move in the OptionList            : {ms(time.perf_counter() - t0)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.panes", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--claims-per-article", type=int, default=50)
    args = parser.parse_args(argv)
    from tui.app.explore_index import ExploreIndex, FilterStep

    t0 = time.perf_counter()
    corpus, analysis = synthetic(args.articles, args.claims_per_article)
    claims = analysis.claims
    print(
        f"Synthetic analysis: {len(corpus.articles)} articles, {len(claims)} claims, "
        f"{len(analysis.quotes)} quotes, {len(analysis.entities)} entities, {len(analysis.sources)} sources "
        f"(built in {time.perf_counter() - t0:.1f} s)"
    )
    print("\n1. ExploreIndex (pure Python, runs in the loading worker)")
    build, index = timed(lambda: ExploreIndex(corpus, analysis), runs=1)
    print(f"   build                                    : {ms(build)}")
    gc.disable()
    build_nogc, index = timed(lambda: ExploreIndex(corpus, analysis), runs=1)
    gc.enable()
    print(f"   build with the GC paused (as the app does): {ms(build_nogc)}")
    for label, steps in (
        ("no filter", []),
        ("article", [FilterStep("article", "a0500", "a0500")]),
        ("source in an article", [FilterStep("source", "outlet-3", "a0003")]),
        ("entity (Meta)", [FilterStep("entity", "meta")]),
        ("article + entity", [FilterStep("article", "a0500", "a0500"), FilterStep("entity", "meta")]),
    ):
        took, view = timed(lambda steps=steps: index.view(steps))  # type: ignore[attr-defined]
        print(f"   view: {label:<34}: {ms(took)}  ({len(view.claims)} claims, {len(view.entities)} entities)")
    print("\n2. The explorer, headless 120x40 (VirtualList panes)")
    asyncio.run(bench_app(corpus, analysis, index))
    print("\n3. Baseline in the same run: Textual's OptionList with the same claim rows")
    asyncio.run(bench_optionlist(claims))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
