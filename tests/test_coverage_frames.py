"""The coverage bench's dominant-frame measure: the tables' hand-coded `frame`, its validation, and
the comparison's primary frame scored against it (bench/coverage.py, docs/coverage-bench.md)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace as NS

import pytest

from bench.coverage import TABLES, Counts, FrameCheck, Result, Run, frame_checks, frame_lines, row
from bench.coverage_facts import FRAMES, TableError, load_table, table_paths
from tui.analysis.compare.frames import codebook

_TABLE = """\
story: tiny
event: deal
articles:
  - id: x1
    frame: economic
    frames_present: [economic, conflict]
    facts: {amount: {stated: "$1bn", value: 1.0e9, unit: USD}}
  - id: x2
    frame: conflict
    facts: {amount: {stated: "$2bn", value: 2.0e9, unit: USD}}
  - id: x3
    facts: {amount: {stated: "$3bn", value: 3.0e9, unit: USD}}
"""


def _table(tmp_path: Path, text: str = _TABLE) -> Path:
    (tmp_path / "tiny").mkdir(exist_ok=True)
    path = tmp_path / "tiny" / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_frame_labels_are_the_codebooks() -> None:
    frames, _ = codebook()
    assert set(FRAMES) == {f.id for f in frames}


def test_every_committed_article_has_a_frame_judgement() -> None:
    for path in table_paths(TABLES):
        for art in load_table(path).articles:
            assert art.frame in FRAMES, f"{path}: article {art.id} has no frame judgement"
            assert art.frames_present and art.frames_present[0] == art.frame, (path, art.id)


def test_a_frame_is_read_with_its_frames_present(tmp_path: Path) -> None:
    table = load_table(_table(tmp_path))
    x1, x2, x3 = table.articles
    assert (x1.frame, x1.frames_present) == ("economic", ("economic", "conflict"))
    assert (x2.frame, x2.frames_present) == ("conflict", ())
    assert x3.frame is None


def test_an_unknown_frame_names_the_file_line_and_the_labels(tmp_path: Path) -> None:
    path = _table(tmp_path, _TABLE.replace("frame: conflict", "frame: econ"))
    with pytest.raises(TableError) as err:
        load_table(path)
    assert str(err.value).startswith(f"{path}:9: article x2.frame: ")
    assert "'econ' is not one of: conflict, human_interest, economic, morality, responsibility" in str(
        err.value
    )


def test_frames_present_must_hold_the_primary_frame(tmp_path: Path) -> None:
    path = _table(tmp_path, _TABLE.replace("[economic, conflict]", "[conflict]"))
    with pytest.raises(TableError, match="frames_present: should include the frame 'economic'"):
        load_table(path)


def _run(primary: dict[str, str | None]) -> Run:
    profiles = {
        aid: NS(primary_frame=p, frames=[NS(frame=p, salience=0.4), NS(frame="morality", salience=0.0)])
        for aid, p in primary.items()
    }
    return Run(None, None, NS(aspects=[], profiles=profiles), list(primary), {}, [])


def test_frame_checks_score_the_coded_articles_only(tmp_path: Path) -> None:
    table = load_table(_table(tmp_path))
    checks = frame_checks(table, _run({"x1": "economic", "x2": "economic", "x3": "conflict"}))
    # x3 carries no judgement: not scored; x1 agrees, x2 does not
    assert [(c.article, c.table, c.tool, c.right) for c in checks] == [
        ("x1", "economic", "economic", True),
        ("x2", "conflict", "economic", False),
    ]


def test_an_article_without_a_frame_found_disagrees(tmp_path: Path) -> None:
    table = load_table(_table(tmp_path))
    checks = frame_checks(table, _run({"x1": None}))
    assert [(c.article, c.tool, c.right) for c in checks] == [("x1", None, False)]


def test_the_listing_and_the_row_show_agreement_as_n_of_n() -> None:
    checks = [
        FrameCheck("a01", "economic", "economic", {"economic": 0.6, "conflict": 0.2, "morality": 0.0}),
        FrameCheck("a02", "responsibility", None, {}),
    ]
    r = Result("s", "real", Counts(articles=2, frames_right=1, frames_total=2), frames=checks)
    assert frame_lines([r]) == [
        "RIGHT s real a01: table economic | tool economic | economic 0.60, conflict 0.20",
        "WRONG s real a02: table responsibility | tool none | no frame carried",
        "1 of 2 primary frames agree with the tables",
    ]
    assert row("s", "real", r.counts).endswith("|  0.50 1/2")
    assert row("s", "real", Counts()).endswith("|   --")


# --- the frame hold-out (bench/frames.py, tests/frames) ----------------------------------------------


def test_every_hold_out_table_validates() -> None:
    from bench.frames import TABLES as HOLD_OUT
    from bench.frames import load_frames_table

    paths = sorted(HOLD_OUT.glob("*/frames.yaml"))
    assert len(paths) >= 3
    for path in paths:
        table = load_frames_table(path)
        assert table.articles and all(a.frame in FRAMES and a.url for a in table.articles), path


def test_a_hold_out_table_names_the_file_and_line_of_a_bad_frame(tmp_path: Path) -> None:
    from bench.frames import load_frames_table

    (tmp_path / "story").mkdir()
    path = tmp_path / "story" / "frames.yaml"
    path.write_text(
        "story: story\narticles:\n  - {id: h01, url: 'https://example.org/a', frame: economic}\n"
        "  - {id: h02, frame: drama}\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError) as err:
        load_frames_table(path)
    assert str(err.value).startswith(f"{path}:4: article h02.frame: 'drama' is not one of")
    path.write_text("story: other\narticles: []\n", encoding="utf-8")
    with pytest.raises(TableError, match="should be the folder name 'story'"):
        load_frames_table(path)
