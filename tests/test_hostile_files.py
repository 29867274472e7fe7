"""Hostile article files: each loads or is skipped with a message naming the file and the reason;
nothing hangs, nothing crashes, offsets stay right (issue 8)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import big_article, long_line, many_names
from tests.hostile.checks import assert_no_terminal_controls, assert_spans_right
from tui.analysis.extract import analyse_corpus
from tui.corpus.loader import MAX_ARTICLE_BYTES, load_corpus
from tui.corpus.model import Corpus, Problem

GOOD = "Meta Buys Into Scale AI\n\nMeta invested $14.3B in Scale AI, according to Reuters.\n"


def corpus_of(tmp_path: Path, files: dict[str, bytes | str]) -> Corpus:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (tmp_path / name).write_bytes(data)
    return load_corpus(tmp_path)


def only_problem(corpus: Corpus, name: str) -> Problem:
    found = [p for p in corpus.problems if p.path.name == name]
    assert len(found) == 1, corpus.problems
    return found[0]


def loaded(corpus: Corpus, article_id: str):
    analysis = analyse_corpus(corpus)
    assert_spans_right(corpus, analysis)
    assert_no_terminal_controls(corpus)
    return corpus.article(article_id), analysis


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "the file is empty (0 bytes)"),
        ("blank.txt", b"  \n\n\t \r\n", "only white space"),
        ("unicode-blank.txt", "\u00a0\u3000\u2003\n".encode(), "only white space"),
        ("bom-only.txt", b"\xef\xbb\xbf", "only white space"),
        ("latin1.txt", "Caf\xe9 cr\xe8me".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3)"),
        ("cp1252.txt", "\u201cquoted\u201d".encode("cp1252"), "not UTF-8 (byte 0x93 at offset 0)"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image, not plain text"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document, not plain text"),
        ("word.md", b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive (a .docx"),
        ("blob.txt", b"\x00\x01\x7fELF\x02" * 200, "looks binary (it contains NUL bytes)"),
        ("utf16-nobom.txt", "Plain words here".encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    ],
    ids=lambda v: v if isinstance(v, str) and v.endswith((".txt", ".md")) else "",
)
def test_unusable_files_are_skipped_with_file_and_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    corpus = corpus_of(tmp_path, {name: content})
    assert [a.id for a in corpus.articles] == ["good"]  # the rest loads
    problem = only_problem(corpus, name)
    assert reason in problem.message and "skipped" in problem.message
    assert problem.severity == "error"
    assert str(problem).startswith(str(tmp_path / name))  # "path: error: reason"


def test_bom_and_crlf_load_with_offsets_right(tmp_path: Path) -> None:
    raw = "Title Line\r\n\r\nMeta paid “$14.3B” to Scale AI.\r\nWang said: “We are excited.”\r\n"
    corpus = corpus_of(tmp_path, {"crlf.txt": b"\xef\xbb\xbf" + raw.encode()})
    article, analysis = loaded(corpus, "crlf")
    assert article.text == raw.replace("\r\n", "\n")
    assert article.meta.title == "Title Line"
    assert any(q.text == "We are excited." for q in analysis.quotes)


def test_lone_cr_line_ends_become_lf(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {"mac.txt": b"Old Mac Text\r\rIt said $5B.\r"})
    article, _ = loaded(corpus, "mac")
    assert article.text == "Old Mac Text\n\nIt said $5B.\n"


def test_utf16_with_bom_is_accepted(tmp_path: Path) -> None:
    text = "Notepad Unicode\n\nMeta paid $14.3B for 49% of Scale AI.\n"
    corpus = corpus_of(tmp_path, {"le.txt": b"\xff\xfe" + text.encode("utf-16-le")})
    article, _ = loaded(corpus, "le")
    assert article.text == text


def test_control_sequences_become_visible_one_for_one(tmp_path: Path) -> None:
    hostile = (
        "Hostile Controls\n\n"
        "OSC52 \x1b]52;c;ZWNobyBwd25lZA==\x07 title \x1b]0;pwned\x07 \x1b]2;pwned\x1b\\ "
        "CSI \x1b[2J\x1b[31m red, C1 CSI \u009b2J, backspace ab\x08\x08XY, NUL late \x00, DEL \x7f, "
        "NEL \u0085, RTL \u202eevil\u202c.\n"
    )
    corpus = corpus_of(tmp_path, {"ctl.txt": hostile})
    article, _ = loaded(corpus, "ctl")
    assert len(article.text) == len(hostile)
    assert "␛]52;c;ZWNobyBwd25lZA==␇" in article.text
    assert "␛]0;pwned␇" in article.text and "␛]2;pwned␛\\" in article.text
    assert "ab␈␈XY" in article.text and "NUL late ␀" in article.text and "DEL ␡" in article.text
    assert "C1 CSI \ufffd2J" in article.text and "NEL \ufffd" in article.text
    assert "RTL \ufffdevil\ufffd." in article.text


def test_control_sequences_in_metadata_are_made_visible(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text(
        'name: "Story \\e]0;pwned\\a"\n'
        "articles:\n"
        "  good.txt:\n"
        '    title: "Title \\e[2J\\x9b\\u202e"\n'
        '    outlet: "Out\\nlet"\n'
        '    author: "\\e]52;c;aGk=\\a"\n'
        '    also_published: ["\\e[31mred"]\n',
        encoding="utf-8",
    )
    corpus = corpus_of(tmp_path, {})
    assert corpus.problems == []
    assert_no_terminal_controls(corpus)
    meta = corpus.article("good").meta
    assert corpus.name == "Story ␛]0;pwned␇"
    assert meta.title == "Title ␛[2J\ufffd\ufffd"
    assert meta.outlet == "Out let"  # one line: a title or outlet never breaks a row
    assert meta.author == "␛]52;c;aGk=␇"
    assert meta.also_published == ("␛[31mred",)


def test_file_names_with_controls_and_bad_bytes_are_safe(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "esc\x1b]0;x\x07.txt").write_text("Escaped Name\n\nText $1B.\n", encoding="utf-8")
    with open(os.fsencode(tmp_path) + b"/bad\xff\xfe.txt", "wb") as handle:
        handle.write(b"Bad Bytes Name\n\nText $2B.\n")
    corpus = load_corpus(tmp_path)
    assert len(corpus.articles) == 3
    assert_no_terminal_controls(corpus)
    assert {a.id for a in corpus.articles} == {"good", "esc␛]0;x␇", "bad\ufffd\ufffd"}
    assert_spans_right(corpus, analyse_corpus(corpus))


def test_unicode_text_is_kept_exactly(tmp_path: Path) -> None:
    text = (
        "Ünïcödé Cövërage\n\n"
        "José Martínez (decomposed: Jose\u0301) met 王小明 and ｆｕｌｌｗｉｄｔｈ Meta in 東京. "
        "The family emoji 👨‍👩‍👧‍👦 and the flag 🏳️‍🌈 joined; skin tone 👍🏽. "
        "Arabic: قالت شركة ميتا إنها استثمرت 14 مليار دولار. Hebrew: מטא השקיעה. "
        "Zero\u200bwidth and soft\u00adhyphen. Mixed: Scale\u00a0AI paid $14.3B.\n"
    )
    corpus = corpus_of(tmp_path, {"uni.txt": text})
    article, analysis = loaded(corpus, "uni")
    assert article.text == text
    assert analysis.articles["uni"].sentences


def test_unclosed_quotation_does_not_swallow_the_article(tmp_path: Path) -> None:
    text = (
        "Unclosed Quote\n\n"
        "Wang said: “This is the start of a quote that never closes.\n\n"
        + "Meta paid $14.3B for a 49% stake, according to Reuters. " * 50
        + "\n\nAnother paragraph with “a closed quote” here.\n"
    )
    corpus = corpus_of(tmp_path, {"open.txt": text})
    _, analysis = loaded(corpus, "open")
    for quote in analysis.quotes:
        assert "\n\n" not in quote.text, quote.text[:80]
    assert any(q.text == "a closed quote" for q in analysis.quotes)


def test_two_megabyte_single_line_loads_and_is_analysed(tmp_path: Path) -> None:
    """The whole 2 MB line loads with offsets right; the extractor runs on its first 50,000
    characters here (the full line is timed by `python -m bench.hostile`, not in a test)."""
    line = long_line(2_000_000)
    corpus = corpus_of(tmp_path, {"line.txt": line})
    article = corpus.article("line")
    assert len(article.text) == 2_000_000 and article.text == line
    head = replace(article, text=article.text[:50_000])
    corpus.articles[:] = [head]
    analysis = analyse_corpus(corpus)
    assert_spans_right(corpus, analysis)
    assert analysis.articles["line"].figures  # sensible output, not nothing


def test_twenty_megabyte_article_is_skipped_with_the_reason(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {"big.txt": big_article(20_000_000)})
    problem = only_problem(corpus, "big.txt")
    assert problem.message.startswith(f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB (20.")
    assert "MB); skipped" in problem.message
    assert "split the file into articles" in problem.message
    assert [a.id for a in corpus.articles] == ["good"]


def test_article_just_under_the_limit_loads_with_offsets_right(tmp_path: Path) -> None:
    text = big_article(int(MAX_ARTICLE_BYTES * 0.95))  # characters; a few are 3 bytes in UTF-8
    corpus = corpus_of(tmp_path, {"big.txt": text})
    article = corpus.article("big")
    assert len(article.text) > MAX_ARTICLE_BYTES * 0.85
    assert article.text == text[: len(article.text)]  # nothing shifted: offsets equal the file's


def test_article_over_the_size_limit_is_skipped_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: no disk used, and never read
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    corpus = corpus_of(tmp_path, {})
    problem = only_problem(corpus, "huge.txt")
    assert f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB" in problem.message
    assert [a.id for a in corpus.articles] == ["good"]


def test_thousands_of_capitalized_names(tmp_path: Path) -> None:
    """1,500 distinct names in one article (20,000 are timed by the benchmark, not here)."""
    corpus = corpus_of(tmp_path, {"names.txt": many_names(1_500)})
    _, analysis = loaded(corpus, "names")
    names = {e.name for e in analysis.entities}
    assert len(names) >= 1_000  # the names are found, not dropped
    assert all(len(e.name) < 200 for e in analysis.entities)  # no run-on "entity"


def test_missing_folder_file_instead_of_folder_and_empty_folder(tmp_path: Path) -> None:
    missing = load_corpus(tmp_path / "nope")
    assert not missing.usable and "no such corpus folder" in missing.problems[0].message
    afile = tmp_path / "a.txt"
    afile.write_text("x", encoding="utf-8")
    as_file = load_corpus(afile)
    assert not as_file.usable and "is a file, not a corpus folder" in as_file.problems[0].message
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = load_corpus(empty)
    assert not nothing.usable and "no article files" in nothing.problems[0].message


def test_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    if os.geteuid() != 0:
        folder.chmod(0)
    else:  # root reads anything: make listing fail the way chmod 000 would
        real = Path.iterdir

        def denied(self: Path):
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "iterdir", denied)
    try:
        corpus = load_corpus(folder)
    finally:
        folder.chmod(0o755)
    assert not corpus.usable
    assert corpus.problems[0].message == "cannot list the folder: Permission denied"


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:
        real = Path.read_bytes

        def denied(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", denied)
    corpus = corpus_of(tmp_path, {})
    locked.chmod(0o644)
    assert only_problem(corpus, "locked.txt").message == "cannot read: Permission denied"
    assert [a.id for a in corpus.articles] == ["good"]


def test_fifo_folder_and_symlink_loop_named_like_articles_do_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    corpus = corpus_of(tmp_path, {})
    assert [a.id for a in corpus.articles] == ["good"]
    assert only_problem(corpus, "pipe.txt").message == "not a regular file; skipped"
    assert only_problem(corpus, "folder.txt").message == "not a regular file; skipped"
    assert "cannot read" in only_problem(corpus, "loop.txt").message
    assert "cannot read" in only_problem(corpus, "dangling.md").message


def test_two_files_with_one_id_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("articles:\n  other.md:\n    id: good\n", encoding="utf-8")
    corpus = corpus_of(tmp_path, {"other.md": "Another One\n\nText.\n"})
    assert [a.path.name for a in corpus.articles] == ["good.txt"]
    assert "used twice" in only_problem(corpus, "other.md").message


def test_furniture_heuristic_never_eats_the_whole_article(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {"furn.txt": "\n\n\n\nComments\nSubscribe\nRead more\n"})
    article = corpus.article("furn")
    assert article.text.strip() and "Comments" in article.text
