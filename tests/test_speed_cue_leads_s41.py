"""The comparison's cue lists, grouped by first character and led (compare/data.py `Cues`), find
what the lists as written find: every span, in every text, for every list of aspects.yaml,
frames.yaml and language.yaml.

Plain cues of one first character stand behind it once, in their order (`\\bw(?:ar\\b|in\\w*)`), the
whole list behind a look-ahead of its first characters; each "re:" cue behind a look-ahead of its
own (a cue opening with look-behinds ran them at every position). The texts are the repository's
own-words and seed articles and texts made of the cues themselves; the lists below are invented.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from tui.analysis.compare.aspects import classes
from tui.analysis.compare.data import Cues, cue_pattern
from tui.analysis.compare.frames import codebook
from tui.analysis.compare.tone import _loaded_patterns
from tui.analysis.leads import lead

ROOT = Path(__file__).resolve().parent.parent


def _all_cue_lists() -> list[Cues]:
    found: list[Cues] = []
    for cls in classes()[0]:
        found += [c for c in (cls.near, cls.any, cls.none, *cls.all) if c is not None]
    for frame in codebook()[0]:
        for item in frame.items:
            for rule in (item, *item.alternatives):
                found += [c for c in (rule.cues, rule.names, rule.also) if c is not None]
    found += [c for _, c in _loaded_patterns()]
    return found


def _as_written(cues: Cues) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    plain, raw = cues.written
    return (
        re.compile("|".join(plain)) if plain else None,
        re.compile("|".join(raw), re.IGNORECASE) if raw else None,
    )


def _words_of(cues: Cues) -> list[str]:
    """Words and phrases a list's plain cues stand for, as text (a star read as a word's ending)."""
    out = []
    for cue in cues.written[0]:
        text = re.sub(r"\\s\+", " ", cue).replace("\\b", "").replace("\\w*", "ing")
        out.append(re.sub(r"\\(.)", r"\1", text))
    return out


def _texts(lists: list[Cues]) -> list[str]:
    files = sorted(ROOT.glob("tests/coverage/*/own/*.txt")) + sorted((ROOT / "seeds").rglob("*.txt"))
    files += sorted((ROOT / "tests" / "articles").glob("*.*"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    rng = random.Random(41)
    words = sorted({w for cues in lists for w in _words_of(cues)})
    glue = [" ", ", ", ". ", "\n", "-", "'s ", " (", ") ", "x", ""]
    for _ in range(60):  # cues side by side, inside words, capitalised, run together
        picked = rng.sample(words, 40)
        parts = []
        for w in picked:
            w = w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.3 else w
            parts.append(w + rng.choice(glue))
        texts.append("".join(parts))
    texts += [
        "A crisis of confidence, the financial crisis and a crisis: three in one line.",
        "Families of the workers; the family of products; her sister company and her sisters.",
        "They cut 1,200 jobs, then cut about 300 roles; the 40-year-old founder grew up nearby.",
        "Fair play is unfair to no one; FAIR, Fair and fair.",
    ]
    return texts


@pytest.fixture(scope="module")
def cue_lists() -> list[Cues]:
    return _all_cue_lists()


def test_every_cue_list_finds_the_spans_of_the_list_as_written(cue_lists: list[Cues]) -> None:
    texts = _texts(cue_lists)
    found = 0
    for cues in cue_lists:
        plain, raw = _as_written(cues)
        for text in texts:
            low = text.lower()
            if plain is not None:
                assert cues._plain is not None
                want = [m.span() for m in plain.finditer(low)]
                assert [m.span() for m in cues._plain.finditer(low)] == want, cues.written[0][:3]
                found += len(want)
            if raw is not None:
                assert cues._raw is not None
                want = [m.span() for m in raw.finditer(text)]
                assert [m.span() for m in cues._raw.finditer(text)] == want, cues.written[1][:2]
                found += len(want)
    assert found > 5000


def test_the_cues_keep_their_order_when_grouped() -> None:
    # at one position the first cue of the list that matches is the match, as written
    short_first = cue_pattern(["new", "new york", "nearby"])
    long_first = cue_pattern(["new york", "new", "nearby"])
    assert short_first is not None and long_first is not None
    assert short_first.findall("New York, nearby") == ["New", "nearby"]
    assert long_first.findall("New York, nearby") == ["New York", "nearby"]
    stars = cue_pattern(["war*", "war", "warn"])
    assert stars is not None and stars.findall("warning of war") == ["warning", "war"]


def test_plain_cues_are_grouped_by_first_character_behind_one_lead() -> None:
    cues = cue_pattern(["war", "sue", "win*", "$", "€"])
    assert cues is not None and cues._plain is not None
    assert cues._plain.pattern == r"(?=[\$sw€])(?:\bw(?:ar\b|in\w*)|\bsue\b|\$|€)"
    assert cues.findall("We win; they sue for war, winning $ and € alike") == [
        "win",
        "sue",
        "war",
        "winning",
        "$",
        "€",
    ]


def test_a_cue_not_opening_with_a_character_keeps_the_list_as_written() -> None:
    cues = cue_pattern(["*ware", "war"])
    assert cues is not None and cues._plain is not None
    assert cues._plain.pattern == r"\w*ware\b|\bwar\b"
    assert cues.findall("software and war") == ["software", "war"]


def test_each_re_cue_stands_behind_its_own_lead() -> None:
    cues = cue_pattern(
        ["re:(?<!financial\\s)(?<!debt\\s)\\bcrisis\\b", "re:\\bfamil(?:y|ies)\\b", "re:\\w+gate"]
    )
    assert cues is not None and cues._raw is not None
    branches = cues._raw.pattern.split("|(?")
    assert branches[0].startswith("(?=[c])") and branches[1].startswith("=[f])")
    assert lead("(?:\\w+gate)", re.IGNORECASE) is None  # `\w`: cannot be told, the cue as written
    assert cues._raw.pattern.endswith("|(?:\\w+gate)")
    text = "The debt crisis, a crisis and Crisis; families, a Family; Watergate"
    assert cues.findall(text) == ["crisis", "Crisis", "families", "Family", "Watergate"]
