"""Hostile YAML in corpus.yaml and overlay.yaml: refused with file and line, nothing executed,
no memory blow-up, wrong types named (issue 8)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from tui.corpus.loader import load_corpus
from tui.corpus.model import Corpus, Problem
from tui.corpus.yamlfile import MAX_YAML_BYTES, YamlError, expanded_size, load_yaml_text

ARTICLE = "Meta Buys Into Scale AI\n\nMeta invested $14.3B in Scale AI.\n"


def corpus_with_yaml(tmp_path: Path, yaml_text: str, name: str = "corpus.yaml") -> Corpus:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / name).write_text(yaml_text, encoding="utf-8")
    return load_corpus(tmp_path)


def yaml_problems(corpus: Corpus, name: str = "corpus.yaml") -> list[Problem]:
    return [p for p in corpus.problems if p.path.name == name]


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_malformed_yaml_names_file_and_line_and_the_articles_still_load(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "name: ok\narticles:\n  a.txt:\n    title: [unclosed\n")
    (problem,) = yaml_problems(corpus)
    assert problem.line in (4, 5) and "invalid YAML" in problem.message
    assert str(problem).startswith(f"{tmp_path / 'corpus.yaml'}:{problem.line}: error: invalid YAML")
    assert [a.id for a in corpus.articles] == ["a"]


def test_tab_indentation_points_at_its_line(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "name: ok\narticles:\n\ta.txt: {}\n")
    (problem,) = yaml_problems(corpus)
    assert problem.line == 3


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!!python/object/new:pathlib.Path ['{marker}']",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
    ],
)
def test_python_tags_are_refused_and_nothing_runs(tmp_path: Path, payload: str) -> None:
    marker = tmp_path / "pwned"
    corpus = corpus_with_yaml(
        tmp_path, f"name: ok\narticles:\n  a.txt:\n    title: {payload.format(marker=marker)}\n"
    )
    assert not marker.exists()
    (problem,) = yaml_problems(corpus)
    assert problem.line == 4
    assert "refused" in problem.message and "nothing was run" in problem.message
    assert [a.id for a in corpus.articles] == ["a"]


def test_python_tag_in_overlay_is_refused_and_the_overlay_ignored(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    corpus = corpus_with_yaml(
        tmp_path, f"aliases: !!python/object/apply:os.system ['touch {marker}']\n", "overlay.yaml"
    )
    assert not marker.exists()
    (problem,) = yaml_problems(corpus, "overlay.yaml")
    assert "overlay ignored" in problem.message and problem.line == 1
    assert corpus.overlay == {}


def test_alias_bomb_is_refused_without_memory_blow_up(tmp_path: Path) -> None:
    tracemalloc.start()
    try:
        corpus = corpus_with_yaml(tmp_path, billion_laughs(9), "overlay.yaml")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (problem,) = yaml_problems(corpus, "overlay.yaml")
    assert "possible alias bomb" in problem.message
    assert corpus.overlay == {}
    assert peak < 20_000_000  # 9**9 = 387 million strings if expanded; we stay under 20 MB


def test_alias_bomb_in_corpus_yaml_keeps_articles(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, billion_laughs(9).replace("a: &a", "name: ok\na: &a", 1))
    (problem,) = yaml_problems(corpus)
    assert "alias bomb" in problem.message
    assert [a.id for a in corpus.articles] == ["a"]


def test_small_legitimate_aliases_are_fine() -> None:
    data = load_yaml_text("base: &b {outlet: Reuters}\nx: *b\ny: *b\n", Path("c.yaml"))
    assert data["x"] == {"outlet": "Reuters"}
    assert expanded_size(data) == 13  # root, 3 keys, 3 x (mapping, key, value)


@pytest.mark.parametrize("text", ["a: &a [*a]\n", "a: &a {b: *a}\n", "a: &a [1, [2, *a]]\n"])
def test_self_referring_documents_are_refused(text: str) -> None:
    with pytest.raises(YamlError, match="refers to itself"):
        load_yaml_text(text, Path("c.yaml"))


def test_deep_nesting_is_refused_not_a_recursion_crash() -> None:
    with pytest.raises(YamlError, match="invalid YAML"):
        load_yaml_text("x: " + "[" * 100_000 + "]" * 100_000, Path("c.yaml"))


def test_oversized_yaml_is_refused_before_parsing(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "name: x\n" + "# padding\n" * (MAX_YAML_BYTES // 10 + 1))
    (problem,) = yaml_problems(corpus)
    assert f"larger than {MAX_YAML_BYTES // 1_000_000} MB" in problem.message


def test_impossible_date_costs_that_field_only(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "articles:\n  a.txt:\n    outlet: X\n    date: 2025-13-45\n")
    (problem,) = yaml_problems(corpus)
    assert problem.line == 2 and problem.severity == "warning"
    assert problem.message == "a.txt: field 'date' is not a date (YYYY-MM-DD): '2025-13-45'"
    meta = corpus.article("a").meta
    assert meta.outlet == "X" and meta.date is None


def test_huge_integer_is_kept_as_text_not_a_crash(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "articles:\n  a.txt:\n    title: " + "9" * 6000 + "\n")
    assert yaml_problems(corpus) == []
    assert corpus.article("a").meta.title == "9" * 6000


def test_raw_control_characters_in_yaml_are_reported(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "name: ok\narticles:\n  a.txt:\n    title: bad \x1b[2J\n")
    (problem,) = yaml_problems(corpus)
    assert problem.line == 4 and "character #x001b is not allowed" in problem.message
    assert "\x1b" not in problem.message


def test_non_utf8_yaml_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_bytes("name: Caf\xe9\n".encode("latin-1"))
    corpus = load_corpus(tmp_path)
    (problem,) = yaml_problems(corpus)
    assert "not UTF-8 (byte 0xe9 at offset 9)" in problem.message
    assert corpus.articles


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("title: 42", "field 'title' should be text, not int"),
        ("title: [a, b]", "field 'title' should be text, not list"),
        ("outlet: {x: 1}", "field 'outlet' should be text, not dict"),
        ("date: 13 June", "field 'date' is not a date (YYYY-MM-DD): '13 June'"),
        ("date: 2025", "field 'date' should be str or date, not int"),
        ("headline_in_text: maybe", "field 'headline_in_text' should be true or false, not str"),
        ("also_published: TechRepublic", "field 'also_published' should be a list, not str"),
        ("id: [x]", "field 'id' should be text, not list"),
        ("colour: red", "unknown field 'colour' ignored"),
    ],
)
def test_wrong_field_types_are_named(tmp_path: Path, entry: str, expected: str) -> None:
    corpus = corpus_with_yaml(tmp_path, f"name: ok\narticles:\n  a.txt:\n    {entry}\n")
    (problem,) = yaml_problems(corpus)
    assert problem.severity == "warning" and problem.line == 3
    assert problem.message == f"a.txt: {expected}"
    assert [a.id for a in corpus.articles] == ["a"]  # loads without the bad field


@pytest.mark.parametrize(
    ("text", "expected", "line"),
    [
        ("- a\n- b\n", "should be a mapping with 'name' and 'articles'", 1),
        ("name: ok\narticles: [a.txt]\n", "'articles' should map file names to metadata", 2),
        ("name: ok\narticles:\n  a.txt: just a string\n", "metadata of 'a.txt' should be a mapping", 3),
        (
            "name: ok\nartciles:\n  a.txt: {}\n",
            "unknown key 'artciles' ignored (expected: articles, name)",
            2,
        ),
        ("name: [1, 2]\n", "'name' should be text", None),
    ],
)
def test_wrong_shapes_of_corpus_yaml_are_named(
    tmp_path: Path, text: str, expected: str, line: int | None
) -> None:
    corpus = corpus_with_yaml(tmp_path, text)
    (problem,) = yaml_problems(corpus)
    assert problem.message == expected and problem.line == line
    assert [a.id for a in corpus.articles] == ["a"]


def test_quoted_file_names_get_their_line(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, 'name: ok\narticles:\n  "a.txt":\n    title: 5\n')
    (problem,) = yaml_problems(corpus)
    assert problem.line == 3


def test_overlay_of_the_wrong_shape_is_ignored_with_a_message(tmp_path: Path) -> None:
    corpus = corpus_with_yaml(tmp_path, "- just\n- a list\n", "overlay.yaml")
    (problem,) = yaml_problems(corpus, "overlay.yaml")
    assert problem.message == "should be a mapping; overlay ignored"
    assert corpus.overlay == {} and corpus.articles
