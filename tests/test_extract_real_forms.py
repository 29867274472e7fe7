"""The forms real coverage uses (issue 11): furniture, attribution, quotes, entities.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.attribution import _patterns
from tui.analysis.extract.quotes import find_quotes
from tui.analysis.extract.sentences import segment
from tui.analysis.model import SourceKind
from tui.corpus.furniture import DATELINE, PROMO, body_without_furniture, byline_author, find_furniture
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def sources(text: str) -> dict[str, str]:
    """Source name -> kind, for one invented article."""
    return {s.name: str(s.kind) for s in analyse_article(art(text)).sources}


def quotes(text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker, q.cut_off) for q in analyse_article(art(text)).analysis.quotes]


# --- page furniture ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "names"),
    [
        ("By Jane Roe, Daily Ledger", "byline", ("Jane Roe",)),
        ("By Jane Roe | Wirewire", "byline", ("Jane Roe",)),
        ("By Jane Roe and Tom K. Quill", "byline", ("Jane Roe", "Tom K. Quill")),
        ("Ola Brandt | 3 May 2024 | 5 min read", "byline", ("Ola Brandt",)),
        (
            "(Reporting by Jane Roe in Oslo and Tom Quill in Lima; Editing by Ann Vey)",
            "credit",
            ("Jane Roe", "Tom Quill", "Ann Vey"),
        ),
        # the wire's credit without its "by" (stop 28)
        ("(Reporting Jane Roe in Oslo and Tom Quill in Lima; Ann Vey)", "credit", ()),
        ("(Photo: A crane over the harbour at dusk)", "caption", ()),
        ("Image credit: Harbour Press", "caption", ()),
        ("[Photo: Trucks at a depot. Credit: Depot Co / handout]", "caption", ()),
        ("File photo of the old plant.", "caption", ()),
        ("Read more: Why ports are getting bigger", "promo", ()),
        ("Sign up for our morning shipping letter.", "promo", ()),
        ("Subscribe to get the daily briefing", "promo", ()),
        ("By continuing, you agree to the house rules of Harbour Daily.", "promo", ()),
        # a wire photo's caption: its date, then the wire in brackets (stop 28)
        ("Cranes are seen at the Harbour Group yard in Oslo, Norway March 3, 2021. (Wire)", "caption", ()),
    ],
)
def test_furniture_lines_are_recognised(line: str, kind: str, names: tuple[str, ...]) -> None:
    text = f"Ports grow\n\n{line}\n\nThe port of Tallow handled more ships this year.\n"
    (f,) = find_furniture(text)
    assert (text[f.start : f.end], f.kind, f.names) == (line, kind, names)


@pytest.mark.parametrize(
    "head",
    [
        "NEW YORK, June 13 (Wire) - ",
        "(Wire) - ",
        "OSLO - ",
        "LIMA, 4 March (Newsdesk) — ",
        # the dash glued to the story's first word after a wire's name (stop 28)
        "OSLO (Wire) -",
        "(Wire) -",
        "TALLINN, Estonia (Wire) -",
    ],
)
def test_datelines_are_recognised_at_the_head_of_a_paragraph(head: str) -> None:
    text = f"{head}Harbour Group said it will buy two cranes.\n"
    (f,) = find_furniture(text)
    assert (f.kind, text[f.start : f.end]) == ("dateline", head)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the year the port will have two new cranes.",
        "Related companies said the deal was fair.",
        "Image recognition is what the startup sells.",
        "AI is changing ports - slowly.",
        "By Friday, Harbour Group had agreed.",
        "OSLO -Harbour Group is a port.",
    ],
)
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert find_furniture(f"Ports grow\n\n{line}\n") == []


def test_body_without_furniture_and_the_byline_author() -> None:
    text = (
        "Ports grow\n\nBy Jane Roe, Daily Ledger\n\nOSLO (Wire) - Harbour Group will buy two cranes.\n\n"
        "(Photo: A crane)\n\nRead more: Cranes explained\n\nThe cranes cost $4 million.\n"
    )
    assert body_without_furniture(text) == (
        "Ports grow\n\n\nHarbour Group will buy two cranes.\n\n\n\nThe cranes cost $4 million.\n"
    )
    assert byline_author(text) == "Jane Roe"


def test_furniture_gives_no_entities_claims_or_sources() -> None:
    text = (
        "Ports grow\n\nBy Jane Roe | Daily Ledger\n\n"
        "[Photo: Trucks at a depot. Credit: Ivo Stark / Depot Pictures]\n\n"
        "Sign up for Harbour Notes, our free letter.\n\n"
        "OSLO, June 3 (Wire) - Harbour Group will buy two cranes for $4 million, the company said.\n"
    )
    result = analyse_article(art(text))
    names = {e.name: str(e.type) for e in result.entities}
    # The byline's writer is the article's author (metadata), not someone the article names.
    assert {"Jane Roe", "Ivo Stark", "Depot Pictures", "Harbour Notes", "Daily Ledger"}.isdisjoint(names)
    assert names["Harbour Group"] == "organization"
    (claim,) = [c for c in result.analysis.claims if "cranes" in c.text]
    assert claim.text.startswith("Harbour Group will buy")
    assert {s.name for s in result.sources} == {"Harbour Group"}
    assert len(result.analysis.furniture) == 4


def test_a_byline_fills_an_unknown_author(tmp_path: Path) -> None:
    from tui.corpus.loader import load_loose_files

    (tmp_path / "a.txt").write_text("Ports grow\n\nBy Jane Roe, Daily Ledger\n\nThe port grew.\n")
    (article,) = load_loose_files([tmp_path / "a.txt"]).articles
    assert article.meta.author == "Jane Roe"


# --- attribution ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Harbour Group will buy two cranes, said the company.", "Harbour Group", "organization"),
        ("Harbour Group will buy two cranes, reported The Daily Ledger.", "The Daily Ledger", "outlet"),
        (
            "Tallow Port will sell its cranes to Harbour Group, the shipping startup said on Monday.",
            "Harbour Group",
            "organization",
        ),
        (
            "Harbour Group will buy two cranes. A Harbour Group spokesperson said the price was fair.",
            "Harbour Group",
            "organization",
        ),
        (
            "Harbour Group will buy two cranes. Harbour Group executives said the price was fair.",
            "Harbour Group",
            "organization",
        ),
        (
            "Harbour Group will buy two cranes. A company spokeswoman said the price was fair.",
            "Harbour Group",
            "organization",
        ),
        ("Harbour Group will buy two cranes. Analysts said the price was fair.", "analysts", "group"),
        (
            "Harbour Group will buy two cranes. Some competitors said the price was high.",
            "competitors",
            "group",
        ),
        ("Harbour Group will buy two cranes. Labour groups warned of job cuts.", "labour groups", "group"),
    ],
)
def test_attribution_forms(text: str, name: str, kind: str) -> None:
    assert sources(text).get(name) == kind, sources(text)


def test_a_spokesperson_is_the_company_not_an_unnamed_source() -> None:
    got = sources("Harbour Group will buy two cranes. “We are pleased,” a Harbour Group spokesperson said.")
    assert got == {"Harbour Group": "organization"}
    assert SourceKind.GROUP == "group"


def test_the_company_is_the_organisation_before_it_or_nobody() -> None:
    # Resolved to the organisation named before, never to a person.
    assert sources("Ivo Stark founded it. Harbour Group grew fast, said the company.") == {
        "Harbour Group": "organization"
    }
    # Nothing to resolve to: no source at all rather than a wrong one.
    assert sources("Ivo Stark said nothing. The cranes are late, said the company.") == {
        "Ivo Stark": "person"
    }


def test_inverted_verb_needs_the_source_to_end_the_clause() -> None:
    # "called" does not invert: "Harbour Group, for its part, called Tallow a partner" cites Harbour Group.
    got = sources("Harbour Group, for its part, called Tallow Port a partner.")
    assert "Tallow Port" not in got


def test_in_a_statement_and_in_a_blog_post() -> None:
    result = analyse_article(art("Harbour Group said in a statement that it will buy two cranes."))
    (src,) = result.sources
    assert (src.name, src.citations[0].verb) == ("Harbour Group", "said (statement)")
    result = analyse_article(art("Harbour Group wrote in a blog post that the cranes are late."))
    assert result.sources[0].citations[0].verb == "wrote (blog post)"


# --- quotes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quoted",
    [
        "“We are pleased with the price,”",
        '"We are pleased with the price,”',
        '“We are pleased with the price,"',
        "‘We are pleased with the price,’",
        "'We are pleased with the price,'",
        "‘We are pleased with the price,'",
    ],
)
def test_any_pairing_of_quote_marks(quoted: str) -> None:
    got = quotes(f"{quoted} said Ivo Stark, who runs Harbour Group.")
    assert got == [("We are pleased with the price", "Ivo Stark", False)]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Ivo Stark said the port's cranes can't wait, and the workers' union agreed."
    assert quotes(text) == []


def test_quote_across_paragraphs_newspaper_style() -> None:
    text = (
        "“The cranes are late,” said Ivo Stark, who runs Harbour Group. “We will catch up by spring.\n\n"
        "“Nobody will lose a job.”\n"
    )
    assert quotes(text) == [
        ("The cranes are late", "Ivo Stark", False),
        ("We will catch up by spring.", "Ivo Stark", False),
        ("Nobody will lose a job.", "Ivo Stark", False),
    ]


def test_a_quote_cut_off_at_the_end_of_an_excerpt_is_flagged() -> None:
    text = "Harbour Group will buy cranes.\n\nIvo Stark said: “The cranes are late and the port"
    assert quotes(text) == [("The cranes are late and the port", "Ivo Stark", True)]


def test_a_label_glued_before_an_opening_mark_is_furniture() -> None:
    """A forum copy puts "Quote" before each post's paragraphs, glued to the text: the straight mark
    right after that first word opens the quotation (nothing but the label stands before it)."""
    text = (
        "Harbour Group will buy cranes.\n\n"
        'Quote"We are pleased with the price of the cranes," said Ivo Stark, who runs Harbour Group.\n'
    )
    assert quotes(text) == [("We are pleased with the price of the cranes", "Ivo Stark", False)]


@pytest.mark.parametrize(
    "text",
    [
        'Harbour Group said the deal"s terms were final.',  # a typo, not a label: not the first word
        'Harbour said"We are pleased with the price," and left.',  # two words before the mark
        'quote"we are pleased with the price," said Ivo Stark.',  # lower case: no label
    ],
)
def test_only_a_lone_capitalised_first_word_is_a_label(text: str) -> None:
    assert not any(q.casefold().startswith(("we are pleased", "s terms")) for q, _, _ in quotes(text))


def test_an_unclosed_mark_in_the_middle_runs_to_its_paragraph_s_end() -> None:
    # (until stop 37 no quotation at all; the coverage tables' rule since stop 36: a quotation that
    # opens and never closes runs to the end of its paragraph, never into the next)
    text = "Ivo Stark said: “The cranes are late.\n\nHarbour Group will buy cranes.\n"
    assert quotes(text) == [("The cranes are late.", "Ivo Stark", False)]


def test_an_opening_mark_that_ends_the_paragraph_closes_the_quote() -> None:
    """A closing mark typed the wrong way round (“...“) at the end of the paragraph, after a first
    quotation closed right: the second quotation is kept, with the speaker of the first."""
    text = (
        "Harbour Group named a new chief.\n\n"
        "“The board looked at many people,” Ivo Stark said in a note to staff. “Mira is a patient "
        "leader who knows every crane in the port. “\n"
    )
    assert quotes(text) == [
        ("The board looked at many people", "Ivo Stark", False),
        ("Mira is a patient leader who knows every crane in the port.", "Ivo Stark", False),
    ]


def test_an_opening_mark_that_ends_the_paragraph_opens_nothing() -> None:
    """With no quotation open, a lone opening mark at the paragraph's end is no quote at all."""
    assert quotes("Ivo Stark runs the port. “\n\nHarbour Group will buy cranes.\n") == []


def test_the_byline_author_is_never_the_speaker() -> None:
    text = "Cranes\n\nBy Jane Roe, Daily Ledger\n\n“We are pleased,” a Harbour Group spokesperson said.\n"
    ((_, speaker, _),) = quotes(text)
    assert speaker == "Harbour Group spokesperson"
    (q,) = analyse_article(art(text)).analysis.quotes
    assert q.source_id == "harbour-group"


# --- every new pattern is linear: 2 MB of its own characters (no timing asserted) --------------

TWO_MB = 2_000_000


def _line(unit: str) -> str:
    return (unit * (TWO_MB // len(unit) + 1))[:TWO_MB]


@pytest.mark.parametrize(
    "unit",
    [
        "By A ",
        "A | ",
        "(Photo: ",
        "NEW YORK, ",
        "(Wire) ",
        "Read more ",
        "Image credit: ",
        "[Photo: x ",
        "(Reporting by A B in C and ",
        "A - ",
    ],
)
def test_furniture_patterns_are_linear(unit: str) -> None:
    line = _line(unit)
    find_furniture(line)
    body_without_furniture(line)
    lines = "\n".join(line[i : i + 250] for i in range(0, TWO_MB, 250))
    find_furniture(lines)


@pytest.mark.parametrize("unit", ["“", "‘a ", "'a ", '"a ', "a’ ", "'", "’s "])
def test_quote_scan_is_linear(unit: str) -> None:
    text = _line(unit)
    find_quotes(text, segment(text).paragraphs)


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        ("group", "some analysts "),
        ("group", "labour "),
        ("passive", "it was reported "),
        ("passive", "is said to "),
        ("anaphor", "the big "),
        ("anaphor_at", "the company "),
    ],
)
def test_attribution_patterns_are_linear(pattern: str, unit: str) -> None:
    _patterns()[pattern].search(_line(unit))


# --- more forms (second round) ----------------------------------------------------------------


def test_the_companies_are_the_two_parties_of_the_story() -> None:
    text = (
        "Harbour Group will buy Tallow Shipping. Harbour Group has bid before for Tallow Shipping. "
        "The cranes come from Crane Works. Tallow Shipping and Harbour Group signed on Monday. "
        "The deal closes in May, the companies said."
    )
    assert sources(text) == {"Harbour Group": "organization", "Tallow Shipping": "organization"}


def test_reported_revenue_is_not_a_source() -> None:
    assert sources("Harbour Group reported revenue of $4 million in the quarter.") == {}


def test_which_called_cites_the_noun_before() -> None:
    got = sources("Ivo Stark sued Harbour Group, which called the claims baseless.")
    assert got == {"Harbour Group": "organization"}


def test_a_quote_run_is_attributed_where_it_ends() -> None:
    text = "Harbour Group will buy cranes.\n\n“The cranes are late.\n\n“We will catch up,” said Ivo Stark.\n"
    assert quotes(text) == [
        ("The cranes are late.", "Ivo Stark", False),
        ("We will catch up", "Ivo Stark", False),
    ]


def test_a_cue_later_in_the_sentence_attributes_the_quote() -> None:
    text = "He is still “a few cranes and a crew” short, one investor involved in the deal said."
    ((_, speaker, _),) = quotes(text)
    assert speaker == "one investor involved in the deal"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Harbour Group hired an Israeli crew for Tallow Port.", "Israeli"),
        ("Harbour Group will pay $2 Bln for Tallow Port.", "Bln"),
        ("Harbour Group closed a Series B round.", "Series B"),
        ("May brought rain. Harbour Group bought Tallow Port in May.", "May"),
        ("Everyone at Harbour Group agreed. Harbour Group bought Tallow Port.", "Everyone"),
        ("Sceptics doubt it. Harbour Group bought Tallow Port.", "Sceptics"),
        ("Labour groups warned Harbour Group.", "Labour"),
    ],
)
def test_words_that_are_not_names(text: str, absent: str) -> None:
    names = {e.name for e in analyse_article(art(text)).entities}
    assert absent not in names and "Harbour Group" in names, names


def test_a_person_stays_a_person_when_the_surname_starts_sentences() -> None:
    text = "Ivo Stark founded Harbour Group. Stark is raising money. Stark said little."
    types = {e.name: str(e.type) for e in analyse_article(art(text)).entities}
    assert types["Ivo Stark"] == "person"


def test_a_known_company_name_with_a_word_after_it_is_no_person() -> None:
    types = {
        e.name: str(e.type) for e in analyse_article(art("It runs on Microsoft Harbourcloud now.")).entities
    }
    assert types.get("Microsoft Harbourcloud") != "person"


def test_a_caption_ending_in_a_credit_is_furniture() -> None:
    text = "Cranes\n\nA crane at the port of Tallow. (Ivo Stark / Harbour Pictures)\n\nHarbour Group grew.\n"
    (f,) = find_furniture(text)
    assert f.kind == "caption" and text[f.start : f.end].startswith("A crane")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("The cranes run on Harbourcloud H200 chips.", "Harbourcloud H200", "product"),
        # An industry's label names no one: no entity at all (the coverage tables list none).
        ("Regulators say Big Tech is watching Harbour Group.", "Big Tech", None),
        ("Traders on Wall Street liked Harbour Group.", "Wall Street", "place"),
        ("It runs on Microsoft Harbourcloud now.", "Microsoft Harbourcloud", "product"),
        ("Shares of Tallow Holding rose.", "Tallow Holding", "organization"),
    ],
)
def test_products_places_and_common_words_are_no_persons(text: str, name: str, etype: str | None) -> None:
    types = {e.name: str(e.type) for e in analyse_article(art(text)).entities}
    assert types.get(name) == etype, types


def test_contractions_are_no_names() -> None:
    text = "“We’re ready,” said Ivo Stark. “I’ve seen worse.” Harbour Group agreed."
    names = {e.name for e in analyse_article(art(text)).entities}
    assert not {n for n in names if "’" in n}, names


def test_the_startup_is_the_one_the_text_calls_a_startup() -> None:
    text = (
        "Harbour Group will invest in shipping startup Tallow Shipping. Harbour Group is large. "
        "Harbour Group will pay $4 million for a stake in Tallow Shipping, the startup said."
    )
    assert sources(text) == {"Tallow Shipping": "organization"}


def test_a_quoted_nickname_stays_inside_the_name() -> None:
    text = "The board named Ivona “Ivy” Stark Hallberg chief executive of Harbour Group."
    names = {e.name: str(e.type) for e in analyse_article(art(text)).entities}
    assert names.get("Ivona Stark Hallberg") == "person", names


def test_a_participle_before_by_is_no_name() -> None:
    text = "Founded by Ivo Stark in 1990, Harbour Group grew. Hired by Harbour Group, Ana Vey left."
    names = {e.name for e in analyse_article(art(text)).entities}
    assert "Founded" not in names and "Hired" not in names, names


def test_to_lead_is_a_verb_not_a_title() -> None:
    text = "Ivo Stark left in 2009 to lead Tallowsoft. He came back in 2021."
    types = {e.name: str(e.type) for e in analyse_article(art(text)).entities}
    assert types.get("Tallowsoft") != "person", types


def test_the_company_is_the_subject_when_nothing_else_decides() -> None:
    assert sources("Harbour Group will buy Tallow Shipping for $4 million, the company said.") == {
        "Harbour Group": "organization"
    }


PAGE = """<!DOCTYPE html><html><head><title>Harbour Group buys Tallow Shipping</title>
<meta property="og:site_name" content="Daily Ledger"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/x">Markets</a></nav>
<article><h1>Harbour Group buys Tallow Shipping</h1>
<p>By Jane Roe</p>
<p>Harbour Group will buy Tallow Shipping for $4 million, the company said on Monday, in a deal
that ends a long search for a buyer.</p>
<p>“We are pleased with the price,” said Ivo Stark, who runs Harbour Group. Analysts said the price
was fair for a firm of its size.</p></article>
<footer>Subscribe now for more</footer></body></html>
"""


def test_extract_reads_a_web_page_as_import_does(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli.main import main

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["extract", str(page), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "<p>" not in out and "Home" not in out and "Subscribe" not in out
    assert "Ivo Stark" in out and "We are pleased with the price" in out
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><p>hi</p></body></html>", encoding="utf-8")
    assert main(["extract", str(empty)]) == 1
    assert "empty.html" in capsys.readouterr().err


# --- spelling variants of one name ------------------------------------------------------------


def _merged(*texts: str) -> dict[str, object]:
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Corpus

    corpus = Corpus("c", Path("."), [art(t, f"a{i}") for i, t in enumerate(texts)])
    return {e.name: e for e in analyse_corpus(corpus).entities}


def test_spelling_variants_merge_when_the_role_agrees() -> None:
    got = _merged(
        "Harbour Group named Ivo Brandt chief executive on Monday.",
        "Harbour Group chief executive Ivo Bradnt said the cranes are late.",
    )
    names = [n for n in got if n.startswith("Ivo")]
    assert len(names) == 1, names
    (reason,) = [r for r in got[names[0]].merged_by if r.startswith("merge.variant")]  # type: ignore[attr-defined]
    assert "Ivo Brandt" in reason and "Ivo Bradnt" in reason and "same" in reason


def test_spelling_variants_stay_apart_without_context() -> None:
    got = _merged(
        "Ivo Brandt sells cranes in Oslo.",
        "Ivo Bradnt paints boats in Lima.",
    )
    assert {"Ivo Brandt", "Ivo Bradnt"} <= set(got)


def test_why_window_shows_the_merge() -> None:
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex
    from tui.app.refs import Selection
    from tui.app.widgets.explain import explain
    from tui.corpus.model import Corpus

    corpus = Corpus("c", Path("."), [art("Ivo Stark runs Harbour Group.", "a0"), art("Stark said no.", "a1")])
    analysis = analyse_corpus(corpus)
    (person,) = [e for e in analysis.entities if e.name == "Ivo Stark"]
    assert any(r.startswith("merge.surname: Stark = Ivo Stark") for r in person.merged_by)
    _, body = explain(ExploreIndex(corpus, analysis), Selection("entity", person.id, "a1", None))
    assert "Merged by rule: merge.surname: Stark = Ivo Stark" in body.plain


def test_a_given_name_alone_is_the_one_person_who_has_it() -> None:
    text = (
        "Harbour Group named Brian Stelmach chief executive. “Brian is the leader we need,” the chair said."
    )
    names = {e.name for e in analyse_article(art(text)).entities}
    assert "Brian" not in names and "Brian Stelmach" in names, names


def test_the_object_of_ran_or_joined_is_an_organisation() -> None:
    types = {
        e.name: str(e.type) for e in analyse_article(art("Ivo Stark, who ran Taco Harbour, left.")).entities
    }
    assert types.get("Taco Harbour") == "organization", types


def test_the_wire_in_a_dateline_is_no_entity_but_the_place_is_kept() -> None:
    text = "OSLO, June 3 (Newswire) - Harbour Group will buy two cranes.\n"
    result = analyse_article(art(text))
    assert "Newswire" not in {e.name for e in result.entities}
    assert any(f.kind == "date" for f in result.analysis.figures)


@pytest.mark.parametrize(
    "line",
    [
        "(Subscribe to our Harbour Letter for more.)",
        "Ivo Stark at the port of Tallow in 2023. (Photo: Ana Vey / Harbour Pictures)",
    ],
)
def test_bracketed_promo_and_captions_with_a_photo_credit(line: str) -> None:
    text = f"Cranes\n\n{line}\n\nHarbour Group grew.\n"
    (f,) = find_furniture(text)
    assert text[f.start : f.end] == line


def test_a_report_no_one_is_named_for_is_no_source() -> None:
    # since stop 36 (docs/coverage-bench.md, convention b): "reportedly", "it was reported", "is said
    # to" with no one named cite no one, wherever the cue stands
    for sentence in (
        "Investors had pushed Harbour Group for change, it was reported.",
        "Harbour Group reportedly paid $4 million.",
        "It was reported that Harbour Group paid $4 million.",
        "Harbour Group is said to be the buyer.",
        "Harbour Group is reported to be the buyer.",
    ):
        assert sources(sentence) == {}, sentence


def test_analysts_at_a_firm_welcomed_calling() -> None:
    text = "Analysts at Tallow Research welcomed the choice, calling Ivo Stark “one of the best operators”."
    ((_, speaker, _),) = quotes(text)
    assert speaker == "Tallow Research"


def test_it_was_reported_after_an_outlets_report_is_that_report() -> None:
    text = (
        "Harbour Group is in talks to buy Tallow Shipping, The Daily Ledger reported on Monday. "
        "The deal would value Tallow Shipping at $4 million, it was reported."
    )
    assert sources(text) == {"The Daily Ledger": "outlet"}


def test_a_date_and_a_wire_with_no_place_is_a_dateline() -> None:
    text = "Harbour buys Tallow\n\nDec 1 (Wirewire) - Harbour Tools said on Tuesday it would buy Tallow.\n"
    got = [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]
    assert (DATELINE, "Dec 1 (Wirewire) - ") in got, got


def test_a_copyright_line_opening_with_a_trademark_sign_is_furniture() -> None:
    line = "™ & © 2024 Harbour News Network, Inc., a Tallow Media Company. All rights reserved."
    text = "Harbour said it would cut jobs.\n\n" + line + "\n"
    got = [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]
    assert (PROMO, line) in got, got


def test_a_page_stamp_run_into_a_dateline_is_furniture_with_it() -> None:
    for stamp in ("date 2022-07 ", "date 2022-07-22 "):
        text = f"{stamp}OSLO (AP) — Harbour Group said it will buy two cranes.\n"
        (f,) = find_furniture(text)
        assert (f.kind, text[f.start : f.end]) == ("dateline", f"{stamp}OSLO (AP) — ")
    got = {
        e.name
        for e in analyse_article(art("date 2022-07 OSLO (AP) — Harbour Group will buy cranes.")).entities
    }
    assert "Associated Press" not in got and "Harbour Group" in got, got


def test_a_stamp_before_a_headline_is_left_to_the_headline() -> None:
    assert find_furniture("date 2022-07-22 Harbour names a new chief\n\nHarbour Group said so.\n") == []


def test_a_wire_credit_at_the_end_of_a_paragraph_names_no_one_in_the_story() -> None:
    text = (
        "Ports grow\n\nHarbour Group will buy two cranes for $4 million, the company said. "
        "($1 = 10.2 crowns) (Reporting by Ola Brandt, editing by Ivo Stark)\n"
    )
    got = {e.name for e in analyse_article(art(text)).entities}
    assert "Harbour Group" in got and not {"Ola Brandt", "Ivo Stark"} & got, got
    assert not {"Ola Brandt", "Ivo Stark"} & {s.name for s in analyse_article(art(text)).sources}
