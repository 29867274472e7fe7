from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.corpus.loader import load_corpus, seed_corpus_path


def test_seed_corpus_loads_with_metadata() -> None:
    corpus = load_corpus(seed_corpus_path())
    assert corpus.problems == []
    assert [a.id for a in corpus.articles] == ["winbuzzer", "techrepublic"]
    win, tech = corpus.articles
    assert win.meta.outlet == "Winbuzzer"
    assert win.meta.author == "Markus Kasanmascheff"
    assert win.meta.date == dt.date(2025, 6, 13)
    assert tech.meta.author is None and tech.meta.url is None
    assert tech.meta.standfirst_in_text


def test_furniture_is_cut_from_the_winbuzzer_text() -> None:
    win = load_corpus(seed_corpus_path()).article("winbuzzer")
    assert win.text.rstrip().endswith("new force in the global tech landscape.")
    assert "Recent News" not in win.text and "Recent News" in win.furniture
    assert "Notify of" not in win.text


def test_furniture_heuristic_without_marker(tmp_path: Path) -> None:
    src = (seed_corpus_path() / "000_7e0c72b512ef79a9.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(src, encoding="utf-8")
    article = load_corpus(tmp_path).articles[0]
    assert article.text.rstrip().endswith("global tech landscape.")
    assert article.meta.title and article.meta.title.startswith("Meta Invests $14B")


def test_bad_files_are_reported_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Meta invests in Scale AI.\n\nIt paid $14B.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "corpus.yaml").write_text("articles:\n  good.txt:\n    date: not-a-date\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["good"]
    messages = {p.path.name: p.message for p in corpus.problems}
    assert "empty" in messages["empty.txt"]
    assert "not UTF-8" in messages["latin1.txt"]
    assert "binary" in messages["binary.txt"]
    assert "not a date" in messages["corpus.yaml"]


def test_control_characters_become_visible_and_offsets_hold(tmp_path: Path) -> None:
    raw = "Title\r\n\r\nBad \x1b]52;c;aGk=\x07 text\x1b[2J here.\r\n"
    (tmp_path / "x.txt").write_bytes(("\ufeff" + raw).encode("utf-8"))
    article = load_corpus(tmp_path).articles[0]
    assert "\x1b" not in article.text and "\x07" not in article.text and "\r" not in article.text
    assert "␛]52;c;aGk=␇ text␛[2J here." in article.text


def test_missing_folder_and_file_as_folder(tmp_path: Path) -> None:
    assert "no such corpus folder" in load_corpus(tmp_path / "nope").problems[0].message
    f = tmp_path / "f.txt"
    f.write_text("x", encoding="utf-8")
    assert "is a file" in load_corpus(f).problems[0].message


def test_python_yaml_tag_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Some article text here.", encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: !!python/object/apply:os.system ['echo hi']\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    assert corpus.articles
    assert any("corpus.yaml" in str(p) and p.line == 1 for p in corpus.problems)


def test_a_file_of_byte_order_marks_only_is_refused_and_leading_ones_are_stripped(tmp_path: Path) -> None:
    (tmp_path / "boms.txt").write_bytes(("\ufeff" * 3).encode("utf-8"))
    (tmp_path / "twice.txt").write_bytes(("\ufeff\ufeffMeta paid $14B.").encode("utf-8"))
    corpus = load_corpus(tmp_path)
    assert [a.text.strip() for a in corpus.articles] == ["Meta paid $14B."]
    assert any(p.path.name == "boms.txt" and p.message.endswith("skipped") for p in corpus.problems)
