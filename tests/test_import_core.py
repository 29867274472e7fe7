"""Importing articles: duplicates skipped, copies linked, web-page metadata, corpus.yaml kept."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tui.corpus.importer import (
    ADDED,
    ADDED_COPY,
    DUPLICATE,
    ERROR,
    ImportOptions,
    figure_changes,
    import_paths,
    normalize_url,
    similarity,
    start_from_copy,
)
from tui.corpus.loader import load_corpus, seed_corpus_path

SEEDS = seed_corpus_path()
WINBUZZER = SEEDS / "000_7e0c72b512ef79a9.txt"
TECHREPUBLIC = SEEDS / "003_e8265f7e24b04829.txt"

PAGE = """<!doctype html><html><head>
<title>Meta takes 49% of Scale AI | Example News</title>
<meta property="og:title" content="Meta takes 49% of Scale AI">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-06-14T08:00:00Z">
<link rel="canonical" href="https://www.example-news.test/tech/meta-scale-ai/">
</head><body>
<nav><a href="/">Home</a> | <a href="/tech">Tech</a> | Subscribe now</nav>
<article><h1>Meta takes 49% of Scale AI</h1>
<p>Meta Platforms agreed to invest about $14.3 billion in Scale AI for a 49% stake, the companies said on Friday, in one of the largest deals of its kind.</p>
<p>Scale AI founder Alexandr Wang will join Meta to lead a new superintelligence group, according to a memo seen by Example News. [bold]not markup[/]</p>
<p>Jason Droege, the company's chief strategy officer, becomes interim chief executive of Scale AI, which said its customers' data stays protected.</p>
</article>
<footer>Copyright 2025 Example News. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)


def _incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def test_new_corpus_gets_text_files_with_metadata_from_the_options(tmp_path: Path) -> None:
    src = _incoming(tmp_path)
    shutil.copy(TECHREPUBLIC, src / "techrepublic.txt")
    target = tmp_path / "story"
    options = ImportOptions(outlet="TechRepublic", date=dt.date(2025, 6, 13))
    report = import_paths([src], target, options)
    assert report.created and report.added == 1 and report.errors == 0
    corpus = load_corpus(target)
    assert corpus.problems == []
    [article] = corpus.articles
    assert article.id == "techrepublic"
    assert article.meta.outlet == "TechRepublic"
    assert article.meta.date == dt.date(2025, 6, 13)
    assert article.meta.author is None and article.meta.url is None  # unknown, not invented
    assert article.text.lstrip().startswith("Meta commits $14 billion to Scale AI")


def test_same_text_or_same_url_is_reported_not_added(tmp_path: Path) -> None:
    src = _incoming(tmp_path)
    shutil.copy(WINBUZZER, src / "a.txt")
    # The same words with other spacing, case and line ends are the same text.
    text = WINBUZZER.read_text(encoding="utf-8")
    (src / "b.txt").write_text(text.upper().replace("\n", "  \r\n"), encoding="utf-8")
    target = tmp_path / "story"
    report = import_paths([src], target)
    assert [o.status for o in report.outcomes] == [ADDED, DUPLICATE]
    dup = report.with_status(DUPLICATE)[0]
    assert dup.duplicate_of == "a" and "same text" in dup.reason
    assert sorted(p.name for p in target.glob("*.txt")) == ["a.txt"]

    # Same URL (any scheme, www, query or trailing slash): skipped even though the text differs.
    other = tmp_path / "other.txt"
    other.write_text("A different account of the deal, long enough to be an article.\n", encoding="utf-8")
    import_paths([other], target, ImportOptions(url="https://example.test/story/1?utm=x"))
    again = tmp_path / "again.txt"
    again.write_text("Yet another text, which happens to sit at the same address.\n", encoding="utf-8")
    report = import_paths([again], target, ImportOptions(url="http://www.example.test/story/1/"))
    assert report.outcomes[0].status == DUPLICATE and "same URL" in report.outcomes[0].reason


def test_a_reworded_copy_is_added_and_linked_with_its_changed_figure(tmp_path: Path) -> None:
    target = tmp_path / "story"
    import_paths([TECHREPUBLIC], target)
    text = TECHREPUBLIC.read_text(encoding="utf-8")
    copy = text.replace("$14 billion", "$15 billion").replace("boldest", "biggest")
    copy += "\nThis article first appeared on a partner site.\n"
    (tmp_path / "syndicated.txt").write_text(copy, encoding="utf-8")
    report = import_paths([tmp_path / "syndicated.txt"], target)
    [outcome] = report.outcomes
    assert outcome.status == ADDED_COPY
    assert outcome.copy_of == "003_e8265f7e24b04829"
    assert outcome.similarity is not None and 85 <= outcome.similarity < 100
    assert [(c.original, c.copy) for c in outcome.figure_changes] == [("$14 billion", "$15 billion")]
    assert any("boldest" in before and "biggest" in after for before, after in outcome.sentence_changes)
    corpus = load_corpus(target)
    copied = corpus.article("syndicated")
    assert copied.meta.copy_of == "003_e8265f7e24b04829"
    assert corpus.article("003_e8265f7e24b04829").meta.copy_of is None
    summary = "\n".join(report.summary_lines())
    assert "1 added (1 of them copies" in summary
    assert "figure differs: $14 billion -> $15 billion" in summary


def test_different_articles_on_the_same_story_are_not_copies(tmp_path: Path) -> None:
    report = import_paths([WINBUZZER, TECHREPUBLIC], tmp_path / "story")
    assert [o.status for o in report.outcomes] == [ADDED, ADDED]
    assert similarity("meta invests in scale ai", "scale ai gets money from meta") < 85


def test_a_copy_of_a_copy_links_to_the_first_original(tmp_path: Path) -> None:
    target = tmp_path / "story"
    text = WINBUZZER.read_text(encoding="utf-8")
    (tmp_path / "one.txt").write_text(text.replace("colossal", "huge"), encoding="utf-8")
    (tmp_path / "two.txt").write_text(
        text.replace("colossal", "huge").replace("giant", "leader"), encoding="utf-8"
    )
    import_paths([WINBUZZER], target)
    report = import_paths([tmp_path / "one.txt", tmp_path / "two.txt"], target)
    assert [o.copy_of for o in report.outcomes] == ["000_7e0c72b512ef79a9", "000_7e0c72b512ef79a9"]


def test_web_page_text_and_metadata_come_from_the_page(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    report = import_paths([page], tmp_path / "story", ImportOptions(outlet="Ignored", author="Ignored"))
    [outcome] = report.outcomes
    assert outcome.status == ADDED
    article = load_corpus(tmp_path / "story").article(outcome.article_id or "")
    meta = article.meta
    assert meta.title == "Meta takes 49% of Scale AI"
    assert meta.outlet == "Example News"  # the page says so: it wins over the option
    assert meta.author == "Jane Roe"
    assert meta.date == dt.date(2025, 6, 14)
    assert meta.url == "https://www.example-news.test/tech/meta-scale-ai/"
    assert meta.headline_in_text
    assert "Subscribe now" not in article.text and "Copyright" not in article.text
    assert "about $14.3 billion in Scale AI for a 49% stake" in article.text
    assert "[bold]not markup[/]" in article.text  # kept literally
    assert "\n\nScale AI founder Alexandr Wang" in article.text  # one paragraph per block


def test_options_fill_what_a_web_page_does_not_say(tmp_path: Path) -> None:
    bare = "<html><body><article>" + "".join(
        f"<p>Paragraph {n} says that Meta put money into Scale AI and that the deal was large.</p>"
        for n in range(6)
    )
    page = tmp_path / "bare.htm"
    page.write_text(bare + "</article></body></html>", encoding="utf-8")
    report = import_paths([page], tmp_path / "story", ImportOptions(outlet="Local Paper"))
    article = load_corpus(tmp_path / "story").article(report.outcomes[0].article_id or "")
    assert article.meta.outlet == "Local Paper"
    assert article.meta.author is None and article.meta.date is None


def test_unreadable_inputs_are_reported_with_a_reason(tmp_path: Path) -> None:
    src = _incoming(tmp_path)
    (src / "empty.txt").write_bytes(b"")
    (src / "latin1.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (src / "nothing.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (src / "notes.pdf").write_bytes(b"%PDF")
    (src / ".hidden.txt").write_text("hidden", encoding="utf-8")
    report = import_paths([src, tmp_path / "missing.txt", src / "notes.pdf"], tmp_path / "story")
    reasons = {o.path.name: o.reason for o in report.outcomes}
    assert all(o.status == ERROR for o in report.outcomes)
    assert "no such file" in reasons["missing.txt"]
    assert "not an article file" in reasons["notes.pdf"]
    assert "empty" in reasons["empty.txt"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "no article text" in reasons["nothing.html"]
    assert ".hidden.txt" not in reasons


def test_target_that_is_a_file_is_refused(tmp_path: Path) -> None:
    from tui.corpus.importer import ImportRefused

    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ImportRefused, match="is a file"):
        import_paths([WINBUZZER], tmp_path / "file")


def test_corpus_yaml_keeps_its_comments_and_entries(tmp_path: Path) -> None:
    target = tmp_path / "meta-scale"
    start_from_copy(SEEDS, target)
    report = import_paths([_page(tmp_path)], target)
    assert report.added == 1
    text = (target / "corpus.yaml").read_text(encoding="utf-8")
    assert "# The text names no headline" in text  # the seed file's comments survive
    corpus = load_corpus(target)
    assert corpus.problems == []
    assert [a.id for a in corpus.articles][:2] == ["winbuzzer", "techrepublic"]
    assert corpus.article("winbuzzer").meta.author == "Markus Kasanmascheff"
    assert len(corpus.articles) == 3
    # Importing the seed files again finds them already there.
    report = import_paths([SEEDS], target)
    assert {o.status for o in report.outcomes} == {DUPLICATE}


def test_names_never_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "story"
    target.mkdir()
    (target / "a.txt").write_text("Something already here about another story entirely.\n", encoding="utf-8")
    src = _incoming(tmp_path)
    (src / "a.txt").write_text(
        "A new article about Meta and Scale AI with its own words.\n", encoding="utf-8"
    )
    report = import_paths([src / "a.txt"], target)
    assert report.outcomes[0].file_name == "a-2.txt"
    assert "already here" in (target / "a.txt").read_text(encoding="utf-8")


def test_bad_copy_of_in_corpus_yaml_is_a_warning(tmp_path: Path) -> None:
    shutil.copy(WINBUZZER, tmp_path / "a.txt")
    (tmp_path / "corpus.yaml").write_text("articles:\n  a.txt:\n    copy_of: nowhere\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[0].meta.copy_of is None
    [problem] = corpus.problems
    assert problem.severity == "warning" and "copy_of 'nowhere'" in problem.message and problem.line == 2


def test_figure_changes_and_urls() -> None:
    assert [(c.original, c.copy) for c in figure_changes("paid $14B for 49%", "paid $14B for 51%")] == [
        ("49%", "51%")
    ]
    assert figure_changes("no figures", "none here") == []
    assert normalize_url("HTTPS://www.Example.test/a/?x=1#top") == "example.test/a"
    assert normalize_url(None) is None


def _page(tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    return page


def test_a_broken_corpus_yaml_stops_the_import_before_anything_is_written(tmp_path: Path) -> None:
    from tui.corpus.importer import ImportRefused

    target = tmp_path / "story"
    target.mkdir()
    (target / "corpus.yaml").write_text("articles:\n  a.txt: [unclosed\n", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"corpus.yaml:\d+: invalid YAML.*nothing was imported"):
        import_paths([WINBUZZER], target)
    assert list(target.glob("*.txt")) == []
