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
from tui.analysis.extract.tokens import forget_sentences, lower_words
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
