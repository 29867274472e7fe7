"""The cheap tests that skip a regex search where it cannot match must never skip a match.

Each gate is checked against the pattern it guards on windows built from the pattern's own words,
in upper and lower case, with trailing white space and newlines, and with the four non-ASCII letters
that re.IGNORECASE matches to an ASCII letter (İ ı ſ K). Every sentence here is invented.
"""

from __future__ import annotations

import itertools
import random

from tui.analysis.extract import attribution as at
from tui.analysis.extract.hedges import find_hedges
from tui.analysis.extract.tokens import CASE_FOLDS, forget_sentences, lower_words
from tui.corpus import furniture as fu

_TAILS = [
    "the company",
    "the Company ",
    "the COMPANY\n",
    "the chipmaker  ",
    "AI startup ",
    "the e-tailer ",
    "rivals such as ",
    "rivals like\t",
    "competitors including ",
    "rival ",
    "its competitor ",
    "compan ",
    "the firm",
    "Firm\n ",
    "the GROUP ",
    "some analysts",
    "many Analysts\n",
    "industry experts ",
    "labour groups",
    "the companY ",
    "the \u212aompany ",  # Kelvin sign for K: matched by re.IGNORECASE
    "the startup\u017f ",
    "R\u0130VALS ",
    "r\u0131vals ",
    "rıval ",
    "",
    " ",
    "\n",
    "has ",
    "Reuters (AP) ",
    "Reuters also ",
    "Reuters has also\n",
    "the analyst reportedly ",
    "bank",
    "a bank ",
]


def _windows() -> list[str]:
    rng = random.Random(3)
    out = [a + b for a, b in itertools.product(["", "x ", "The ", "said ", "Acme, "], _TAILS)]
    for _ in range(400):
        out.append("".join(rng.choice(_TAILS) for _ in range(rng.randint(1, 3))))
    return out


def test_end_gates_never_skip_a_match() -> None:
    checked = 0
    for text in _windows():
        n = len(text)
        for lo in range(0, min(n, 6) + 1):
            for pattern, endings, space in (
                (at._DESCRIBED_BEFORE, at._ORG_ANAPHOR_ENDINGS, True),
                (at._RIVAL_BEFORE, at._RIVAL_ENDINGS, True),
                (at._patterns()["group"], at._GROUP_ENDINGS, False),
            ):
                if pattern.search(text, lo, n):
                    checked += 1
                    assert at._may_end_with(text, lo, n, endings, space), (pattern.pattern[:40], text, lo)
    assert checked > 200  # the windows do hold matches: the test can fail


def test_gate_skips_what_cannot_match() -> None:
    text = "Revenue rose at Acme "
    assert not at._may_end_with(text, 0, len(text), at._ORG_ANAPHOR_ENDINGS, True)
    assert not at._may_end_with("the company", 0, 11, at._ORG_ANAPHOR_ENDINGS, True)  # no space after
    assert at._may_end_with("the company ", 0, 12, at._ORG_ANAPHOR_ENDINGS, True)


def test_adverb_end_shortcut_agrees_with_the_pattern() -> None:
    for before in _windows():
        stripped = before.rstrip()
        last = stripped.rsplit(None, 1)[-1] if stripped else ""
        m = at._ADVERBS_END.search(before)
        assert m is not None
        if not (last in at._ADVERB_SET or stripped.endswith(")")):
            assert m.start() == len(stripped), before


def test_caption_tail_gate_agrees_with_the_pattern() -> None:
    lines = [
        "Workers at a plant in Ohio. (File photo)",
        "Workers at a plant in Ohio. File Photo.",
        "Workers at a plant in Ohio. FILE PHOTO ",
        "A view of the campus. Photo credit: A. Person",
        "A view of the campus. PHOTO CRED\u0130T: A. Person",
        "Photos courtesy of the company",
        "Photos COURTE\u017fY of the company",
        "(A. Writer / Agency)",
        "(A. Writer / Agency)  \n",
        "The deal closed on Friday.",
        "The deal closed on Friday (people said).",
        "A photo of the deal",
        "an image credit",
        "",
    ]
    for line in lines + _windows():
        want = fu._CAPTION_TAIL.search(line)
        got = fu._caption_tail(line)
        assert (want and want.span()) == (got and got.span()), line


def test_lower_words_are_per_article_and_the_same_as_findall() -> None:
    forget_sentences()
    low = "analysts said the deal was reportedly worth $2bn"
    assert lower_words(low) == ["analysts", "said", "the", "deal", "was", "reportedly", "worth", "bn"]
    assert lower_words(low) is lower_words(low)
    forget_sentences()
    assert lower_words("x") == ["x"]
    assert [h.text for h in find_hedges("The deal was reportedly worth about $2bn.", "a", 0)] == [
        "reportedly",
        "about",
    ]


def test_lower_case_figure_patterns_find_what_the_case_blind_ones_find() -> None:
    from tui.analysis.extract import figures as fi

    sentences = [
        "Eleven OF THE Fourteen board members backed the 20-YEAR plan, the Second-Largest ever.",
        "Nearly 49 Percent of staff, about 2.5 Billion users and 3 per cent of 1bn Users agreed.",
        "Its 3RD Round came two years after a Five-Year-Old unit won 12 of its 15 bids.",
        "A 10-Month review found 4 out of 5 staff and a 1ST-TIME buyer.",
        "The T\u0130TLE says one of the TWO and a 2-DAY trip",  # a fold letter: the case-blind patterns run
    ]
    for s in sentences:
        for blind, low in (
            (fi._RATIO, fi._RATIO_LOW),
            (fi._DURATION, fi._DURATION_LOW),
            (fi._ORDINAL, fi._ORDINAL_LOW),
            (fi._PERCENT, fi._PERCENT_LOW),
            (fi._SCALED_COUNT, fi._SCALED_COUNT_LOW),
        ):
            if any(c in s for c in CASE_FOLDS):
                continue
            assert [m.span() for m in blind.finditer(s)] == [m.span() for m in low.finditer(s.lower())], s
    kinds = {f.kind for s in sentences[:4] for f in fi.find_figures(s, "a")}
    assert {"ratio", "duration", "ordinal", "percent", "count"} <= {str(k) for k in kinds}


def test_source_window_gates_never_skip_a_match() -> None:
    p = at._patterns()
    windows = [
        "the deal, according to people familiar with the matter",
        "Sources speaking with Reuters",
        "two PEOPLE BRIEFED ON THE TALKS",
        "one person with direct knowledge of the deal",
        "officials who have spoken to the Journal",
        "a former employee",
        "Two Senior Analysts",
        "Meta's head of global energy",
        "its chief of staff",
        "the company's \u212aey staffer",  # a fold letter: the pattern runs
        "the rival said",
        "",
    ]
    matched = 0
    for text in windows + _windows():
        n = len(text)
        for name, needs in (("anonymous", at._anonymous_needs()), ("unnamed", at._unnamed_needs())):
            m = p[name].search(text, 0, n)
            if m:
                matched += 1
                assert at._window_has(text, 0, n, needs), (name, text)
    assert matched >= 8


def test_intro_on_lower_case_text_matches_the_case_blind_pattern() -> None:
    p = at._patterns()
    for text in [
        "According to Reuters, the deal closed. As Reported By the Journal, it did.",
        "PER a filing, Citing sources, and (per Bloomberg) the talks ended",
        "The bid, reported  by analysts at Acme, was per share",
        "Acme said per cent",
    ]:
        got = [(m.span(), m.group("intro").lower()) for m in p["intro_low"].finditer(text.lower())]
        want = [(m.span(), m.group("intro").lower()) for m in p["intro"].finditer(text)]
        assert got == want and want, text


def test_date_and_year_gates_never_skip_a_match() -> None:
    from tui.analysis.extract import figures as fi

    pieces = ["On ", "Sept. 9, 2024", "in March", "Q3 2024", "FY24", "H1 25", "next week", "this quarter",
              "late June", "May 22", "may rise", "1999", "2049", "2051", "$14.3 billion", "49%", "the deal"]  # fmt: skip
    rng = random.Random(5)
    seen = 0
    for _ in range(3000):
        s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        digits = fi._DIGIT.search(s) is not None
        if fi._DATE.search(s):
            seen += 1
            assert fi._may_hold_date(s, digits), s
        if fi._YEAR.search(s):
            assert digits and ("19" in s or "20" in s), s
    assert seen > 500
