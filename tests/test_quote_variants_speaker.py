"""Quote variants: one statement reworded across articles, linked by speaker + fuzzy wording (issue 12)."""

from __future__ import annotations

from pathlib import Path

from tests.factories import compare_texts
from tui.analysis.compare import compare
from tui.analysis.compare.variants import reworded, shared_run
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

A = (
    "Acme wins the award\n\nAcme won the national design award on Monday, the company said in a statement.\n\n"
    "\"We praised the team's hard work,\" said Jane Roe, Acme's chief executive.\n\n"
    '"We will open a second factory in Ohio next spring," Roe said.\n'
)
B = (
    "Award for Acme\n\nThe national design award went to Acme this week, according to the company.\n\n"
    '"We commended the team\'s hard efforts," Jane Roe, the chief executive, told reporters.\n\n'
    '"Prices will not rise before the summer," Roe added.\n'
)


def _result(tmp_path: Path, a: str, b: str):  # noqa: ANN202
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n  a.txt:\n    id: a\n    headline_in_text: true\n"
        "  b.txt:\n    id: b\n    headline_in_text: true\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    return compare(corpus, analyse(corpus), ["a", "b"])


def test_one_speakers_reworded_statement_is_a_variant_with_its_word_changes(tmp_path: Path) -> None:
    result = _result(tmp_path, A, B)
    assert len(result.variants) == 1  # her other two quotes are different statements
    variant = result.variants[0]
    assert variant.rule == "quote.speaker-fuzzy"
    assert [c.article_id for c in variant.carriers] == ["a", "b"]
    changes = [op for ch in variant.changes for op in ch if op[0] != "equal"]
    assert changes == [("replace", "praised", "commended"), ("replace", "work", "efforts")]


def test_the_same_words_from_another_speaker_are_no_variant(tmp_path: Path) -> None:
    other = B.replace("Jane Roe, the chief executive,", "John Poe, a rival's founder,").replace(
        "Roe added", "Poe added"
    )
    assert _result(tmp_path, A, other).variants == []


def test_reworded_needs_a_shared_content_word() -> None:
    assert reworded("We praised the team's hard work", "We commended the team's hard efforts") >= 60
    assert reworded("We will open a second factory", "Prices will not rise before the summer") == 0.0


def test_a_quote_that_runs_on_into_its_attribution_is_the_same_statement(tmp_path: Path) -> None:
    """A page lost the closing mark, so one article's quote (a part of the other's longer one) runs
    on into "said ..., the chair, who ...": neither contains the other, but the words they share
    word for word make them one statement."""
    a = (
        "Board thanks the founder\n\nThe board of Acme thanked its founder on Monday.\n\n"
        '"Speaking for all of the board I want to thank Jane for thirty years of service to this company and '
        "its people. As a leader, Jane built the company from a garage into a national brand while never "
        'losing sight of the customers who trusted it," said Max Doe, the chair.\n'
    )
    b = (
        "Acme founder steps down\n\nAcme's founder stepped down after thirty years.\n\n"
        '"As a leader, Jane built the company from a garage into a national brand while never losing '
        "sight of the customers who trusted it, said Max Doe, the board's chair, who will lead the "
        "search for a successor during the months ahead and report to shareholders in the spring.\n"
    )
    result = _result(tmp_path, a, b)
    assert len(result.variants) == 1
    variant = result.variants[0]
    assert [c.article_id for c in variant.carriers] == ["a", "b"]
    assert variant.rule == "quote.shared-run"


def test_shared_run_counts_words_in_a_row() -> None:
    assert shared_run("we will open a plant in ohio next year", "they said we will open a plant in ohio") == 7
    assert shared_run("prices will rise", "prices did not rise") == 1


def test_a_statement_cut_and_retold_by_one_speaker_is_a_variant(tmp_path: Path) -> None:
    """A rewrite keeps the chair's key words but cuts the statement elsewhere and rewords the rest:
    the whole-text ratio is low (one version is half as long), the content words are restated."""
    a = (
        "Board thanks the founder\n\nThe board of Acme thanked its founder on Monday.\n\n"
        '"Speaking for all of the board, I want to thank Jane for her long service. Jane learned the trade at '
        "Acme as a young engineer and came back to run it when sales were falling in 2019. She rebuilt "
        'our factories by putting money into new machinery," said Max Doe, the chair.\n\n'
        '"We will name a successor before the summer," Doe said.\n'
    )
    b = (
        "Acme founder retires\n\nAcme's founder is retiring, the company said.\n\n"
        '"Jane learned her trade at Acme, and her comeback in 2019, with sales falling, saved the '
        'company. She rebuilt the factories with money for machinery," said Max Doe, the chair.\n'
    )
    result = _result(tmp_path, a, b)
    assert len(result.variants) == 1  # the successor line is another statement
    variant = result.variants[0]
    assert variant.rule == "quote.speaker-fuzzy"
    assert {c.article_id for c in variant.carriers} == {"a", "b"}


def test_restated_needs_the_same_content_words_not_the_same_topic() -> None:
    from tui.analysis.compare.variants import RESTATED_THRESHOLD, restated

    assert (
        restated(
            "Jane learned the trade at Acme as a young engineer and came back to run it when sales were falling in 2019",
            "Jane learned her trade at Acme, and her comeback in 2019, with sales falling, saved the company",
        )
        >= RESTATED_THRESHOLD
    )
    assert (
        restated(
            "Speaking for all of the board, I want to thank Jane for her long service to Acme",
            "Acme has made progress in its factories, and we know that Acme has much more work to do",
        )
        < RESTATED_THRESHOLD
    )


def test_a_quote_over_two_statements_is_shown_first_and_each_part_against_it(tmp_path: Path) -> None:
    """One article quotes two sentences as one quote, another the first, a third the second: the
    group is joined through the long quote, so the long quote comes first and each part's word
    changes are taken against it (never one part against the other)."""
    first = "We will keep every plant open and every worker employed through the end of next year"
    second = "Our customers in the north will get their orders faster from the new depot in Leeds"
    texts = {
        "a": f'Acme plans\n\nAcme set out its plans.\n\n"{first}," said Jane Roe, the chief executive.\n',
        "b": f'Acme depot\n\nAcme opened a depot.\n\n"{second}," said Jane Roe, the chief executive.\n',
        "c": f'Acme on jobs\n\nAcme spoke on jobs.\n\n"{first}. {second}," said Jane Roe, the chief executive.\n',
    }
    for aid, text in texts.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n"
        + "".join(f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n" for aid in texts),
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    result = compare(corpus, analyse(corpus), ["a", "b", "c"])
    assert len(result.variants) == 1
    carriers = [c.article_id for c in result.variants[0].carriers]
    assert carriers[0] == "c" and sorted(carriers) == ["a", "b", "c"]


def test_the_profile_shows_each_versions_word_changes(tmp_path: Path) -> None:
    """The profile (P) gives, under each version after the first, its word changes against the
    first: `was → now` for a reworded stretch; a verbatim copy says "same words"."""
    from tui.app.screens.compare import profile_text, word_changes

    result = _result(tmp_path, A, B)
    text = profile_text(result, "b").plain
    assert "Quote variants" in text
    assert "changes: praised → commended · work → efforts" in text
    assert word_changes([("equal", "a b", "a b")]).plain.strip() == "same words"
    cut = word_changes([("equal", "a b", "a b"), ("delete", "c d e", "")], part=True).plain.strip()
    assert cut == "(a part: 3 words left out)"
    many = [("replace", f"w{n}", f"v{n}") for n in range(9)]
    assert word_changes(many).plain.strip().endswith("… 3 more")


def test_the_html_report_shows_each_versions_word_changes(tmp_path: Path) -> None:
    """`compare --format html`, a report a reader can send, gives the same word changes: the cut
    words struck through, the new ones underlined."""
    from tui.analysis.compare.report import to_html

    result = _result(tmp_path, A, B)
    page = to_html(result, load_corpus(tmp_path))
    section = page.split("<h2>Quote variants</h2>", 1)[1].split("<h2>", 1)[0]
    assert "<del>praised</del> → <ins>commended</ins> · <del>work</del> → <ins>efforts</ins>" in section


def test_quotes_share_a_run_of_ten_words_exactly_when_their_runs_meet() -> None:
    from tui.analysis.compare.variants import MIN_SHARED_RUN, _fold, _runs

    line = "we will keep building the best models in the world for everyone who uses them"
    words = line.split(" ")
    cases = [
        (" ".join(words[:n]), "as he put it, " + " ".join(words[:n]) + " again")
        for n in (MIN_SHARED_RUN - 1, MIN_SHARED_RUN, MIN_SHARED_RUN + 1)
    ]
    cases += [
        (" ".join(words), " ".join(reversed(words))),
        ("We’ll keep " + " ".join(words[2:12]), "we'll keep " + " ".join(words[2:12]) + "."),
        ("short quote here", "short quote here"),
    ]
    for a, b in cases:
        meet = not _runs(_fold(a)).isdisjoint(_runs(_fold(b)))
        assert meet == (shared_run(a, b) >= MIN_SHARED_RUN), (a, b)
    assert [not _runs(_fold(a)).isdisjoint(_runs(_fold(b))) for a, b in cases[:3]] == [False, True, True]


def test_restated_needs_most_of_the_shorter_quotes_words() -> None:
    from tui.analysis.compare.variants import RESTATED_THRESHOLD, restated

    # one company's long statement and a short phrase of another of its sentences meet on two
    # words of its vocabulary: two statements, not one restated
    long = (
        "Mr Stark has told the company today that he did not set out all his past dealings with "
        "suppliers and accepts that he should have disclosed each one in full"
    )
    assert restated(long, "about his dealings with suppliers of the company's plants") < RESTATED_THRESHOLD
    # the same statement cut shorter keeps most of its words
    assert restated(
        long, "he did not set out all his dealings with suppliers and should have disclosed them"
    ) >= (RESTATED_THRESHOLD)


def test_a_companys_two_statements_sharing_a_few_words_are_two_variants(tmp_path: Path) -> None:
    a = (
        "Tallow chief quits\n\nTallow Group said its chief Ivo Stark had quit.\n\n"
        '"Mr Stark has told the company today that he did not set out all his past dealings with '
        'suppliers and accepts that he should have disclosed each one in full," the company said.\n'
    )
    b = (
        "Tallow chief out\n\nTallow Group said its chief Ivo Stark had left.\n\n"
        'The board looked at claims about "his dealings with suppliers of the company\'s plants", '
        "Tallow Group said.\n"
    )
    assert _result(tmp_path, a, b).variants == []


def test_a_quote_over_two_statements_joins_the_two_already_linked_apart(tmp_path: Path) -> None:
    """Two articles quote two sentences apart, and each pair is linked first as a variant of its own;
    a third quotes both as one quote: it joins the two into one variant, first, with each part
    against it (never two variants, the long quote in one of them only)."""
    first = "We will keep every plant open and every worker employed through the end of next year"
    second = "Our customers in the north will get their orders faster from the new depot in Leeds"
    result = compare_texts(
        tmp_path,
        {
            "a": f'Acme set out its plans.\n\n"{first}," said Jane Roe.\n\n"{second}," Roe added.',
            "b": f'Acme opened a depot.\n\n"{first}," said Jane Roe.\n\n"{second}," Roe added.',
            "c": f'Acme spoke on jobs.\n\n"{first}. {second}," said Jane Roe, the chief executive.',
        },
    )
    assert len(result.variants) == 1
    carriers = [c.article_id for c in result.variants[0].carriers]
    assert carriers[0] == "c" and sorted(carriers) == ["a", "a", "b", "b", "c"]


def test_the_markdown_report_names_each_versions_word_changes(tmp_path: Path) -> None:
    """`compare --format md` gives, under each quote variant, one line per version after the first:
    whose version it is and its word changes against the first (as the profile and the HTML do), not
    a list of edit operations that names no article (stop 34: on a real story seven lines of
    "delete: … → “”" under one variant, none saying whose version it was)."""
    from tui.analysis.compare.report import to_markdown

    result = _result(tmp_path, A, B)
    text = to_markdown(result, load_corpus(tmp_path))
    section = text.split("## Quote variants", 1)[1].split("\n## ", 1)[0]
    assert "  - b: changes: praised → commended · work → efforts" in section
    assert "replace:" not in section and "delete:" not in section


def test_the_markdown_report_gives_a_parts_left_out_words_as_a_count(tmp_path: Path) -> None:
    """A version that is a part of the first says how many words it leaves out, not each cut."""
    from tui.analysis.compare.report import to_markdown

    first = "We will keep every plant open and every worker employed through the end of next year"
    second = "Our customers in the north will get their orders faster from the new depot in Leeds"
    texts = {
        "a": f'Acme plans\n\nAcme set out its plans.\n\n"{first}," said Jane Roe, the chief executive.\n',
        "c": f'Acme on jobs\n\nAcme spoke on jobs.\n\n"{first}. {second}," said Jane Roe, the chief executive.\n',
    }
    for aid, text in texts.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n"
        + "".join(f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n" for aid in texts),
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    section = to_markdown(compare(corpus, analyse(corpus), ["a", "c"]), corpus).split("## Quote variants", 1)[
        1
    ]
    assert "  - a: a part: 16 words left out" in section.split("\n## ", 1)[0]
