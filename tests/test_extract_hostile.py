"""Bad input (issue 3): no crash, no hang, sensible output, offsets right with any Unicode."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_extract_spans import check_spans
from tui.analysis.extract import analyse_article
from tui.corpus.loader import load_loose_files
from tui.corpus.model import Article, ArticleMeta
from tui.corpus.text import normalise

SEED = (
    Path(__file__).resolve().parent.parent / "seeds" / "meta-scale" / "003_e8265f7e24b04829.txt"
).read_text(encoding="utf-8")


def _article(text: str) -> Article:
    return Article("t", Path("t.txt"), text, ArticleMeta())


CASES = {
    "empty": "",
    "only space": " \n\n\t \n",
    "no sentences": "meta scale wang zuckerberg 14 49 billion",
    "punctuation": "...!!!???“”\"\"''—–-()[]{}$$$%%%",
    "unclosed quotes": 'Meta said “this never closes. And "neither does this. Wang said ‘nor this',
    "zero-width": "Me\u200bta invested \u200d$14B in Sca\u2060le AI, said Alex\ufeffandr Wang.",
    "rtl": "ميتا تستثمر 14 مليار دولار في Scale AI، وفق The New York Times. אמר וואנג: “שלום”.",
    "mixed scripts": "Мета вложила $14 млрд в Scale AI. メタは49%を取得。According to Forbes, 王 said “好”.",
    "emoji": "🚀 Meta 🚀 invests $14B 💰 in Scale AI 🤖, said Alexandr Wang 👍. “🔥🔥🔥,” one analyst said.",
    "combining": "Joe\u0308lle Pineau said “cafe\u0301”. Mark Zuckerberg agreed.",
    "long word": "A" * 100_000,
    "no space 2 MB": "x" * 2_000_000,
    "many quotes": "“" * 50_000 + '"' * 50_001 + "'" * 50_000,
    "dense one line": SEED.replace("\n", " ") * 40,
    "caps storm": "Alpha Beta Gamma Delta " * 5000,
    "reporting verbs": "according to said reported as reported by, arguing " * 800,
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_text_gives_sane_output(name: str) -> None:
    text = CASES[name]
    result = analyse_article(_article(text))
    check_spans(_article(text), result)
    if not text.strip() or name in ("punctuation", "no space 2 MB", "long word", "many quotes"):
        assert not result.entities and not result.analysis.claims and not result.analysis.quotes


def test_unclosed_quotes_are_not_quotes() -> None:
    result = analyse_article(_article(CASES["unclosed quotes"]))
    assert result.analysis.quotes == []


def test_zero_width_and_combining_characters_keep_offsets() -> None:
    for name in ("zero-width", "combining", "emoji", "rtl", "mixed scripts"):
        article = _article(CASES[name])
        result = analyse_article(article)
        check_spans(article, result)
    result = analyse_article(_article(CASES["emoji"]))
    assert "Scale AI" in {e.name for e in result.entities}
    assert [f.text for f in result.analysis.figures if f.kind == "money"] == ["$14B"]
    assert any(q.text == "🔥🔥🔥" for q in result.analysis.quotes)


def test_crlf_and_bom_files_analyse_like_plain_ones(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    crlf = tmp_path / "crlf.txt"
    plain.write_text(SEED, encoding="utf-8")
    crlf.write_bytes(b"\xef\xbb\xbf" + SEED.replace("\n", "\r\n").encode("utf-8"))
    a, b = load_loose_files([plain, crlf]).articles
    ra, rb = analyse_article(a), analyse_article(b)
    assert a.text == b.text
    assert [e.name for e in ra.entities] == [e.name for e in rb.entities]
    assert [(q.span.start, q.span.end) for q in ra.analysis.quotes] == [
        (q.span.start, q.span.end) for q in rb.analysis.quotes
    ]


def test_quote_length_is_capped() -> None:
    text = "He said “" + "word " * 2000 + "” and left."
    result = analyse_article(_article(text))
    assert all(len(q.text) <= 2000 for q in result.analysis.quotes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_keeps_every_span_right(text: str) -> None:
    article = _article(normalise(text))
    check_spans(article, analyse_article(article))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Meta",
                "Scale AI",
                "said",
                "“",
                "”",
                '"',
                "'",
                "$14B",
                "49%",
                "according to",
                "The",
                "New York Times",
                ",",
                ".",
                " ",
                "\n",
                "CEO",
                "Jason Droege",
                "(FAIR)",
                "one analyst",
                "reported",
                "-based",
                "Inc.",
                "U.S.",
                "roughly",
                "over",
                "11 of the 14",
                "’s",
            ]
        ),
        max_size=80,
    )
)
def test_news_shaped_noise_keeps_every_span_right(parts: list[str]) -> None:
    article = _article(" ".join(parts))
    check_spans(article, analyse_article(article))
