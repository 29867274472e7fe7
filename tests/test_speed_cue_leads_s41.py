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

from tests.factories import all_cue_lists
from tui.analysis.compare.data import Cues, _grouped, _led_alternation, cue_pattern
from tui.analysis.leads import lead

ROOT = Path(__file__).resolve().parent.parent


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
    return all_cue_lists()


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
    led_all = cue_pattern(["re:(?<!debt\\s)\\bcrisis\\b", "re:\\bfamil(?:y|ies)\\b"])
    assert led_all is not None and led_all._raw is not None
    # every cue led: the alternation behind the look-ahead of all their first characters too
    assert led_all._raw.pattern.startswith("(?=[cf])(?:(?=[c])")
    assert led_all.findall(text) == ["crisis", "Crisis", "families", "Family"]
    assert cues.findall(text) == ["crisis", "Crisis", "families", "Family", "Watergate"]


def test_the_look_ahead_told_from_the_groups_is_the_one_read_from_the_pattern(cue_lists: list[Cues]) -> None:
    lists = [list(c.written[0]) for c in cue_lists if c.written[0]]
    for words in (["war", "sue", "win*", "$", "€", "1 million", "'s", "#1"], ["*ware", "war"]):
        made = cue_pattern(words)
        assert made is not None
        lists.append(list(made.written[0]))
    for plain in lists:
        pattern, ahead = _grouped(plain)
        assert ahead is None or ahead == lead(pattern), plain[:3]
        assert _led_alternation(pattern, ahead) == _led_alternation(pattern), plain[:3]


def test_the_case_blind_whole_list_is_compiled_when_first_needed() -> None:
    cues = cue_pattern(["stake", "acquisition"])
    assert cues is not None and cues._slow_pattern is None
    assert cues.findall("A stake, an acquisition") == ["stake", "acquisition"]
    assert cues._slow_pattern is None  # lower case of the same length: the fast patterns
    assert cues.findall("İ stake") == ["stake"]  # "İ".lower() is two characters
    assert cues._slow_pattern is not None


def test_one_text_scanned_by_many_lists_is_lower_cased_once() -> None:
    from tui.analysis.compare import data

    text = "A Rival's WAR, then a Sister company and the Family."
    lists = [cue_pattern(["rival*", "war"]), cue_pattern(["re:\\bsisters?\\b", "family"])]
    found = [c.findall(text) for c in lists if c is not None]
    assert found == [["Rival", "WAR"], ["Sister", "Family"]]
    assert data._last_lower[0] is text and data._last_lower[1] == text.lower()
    other = "İstanbul's rival"  # another text: lower-cased afresh (its lower case is longer)
    assert data._lower(other) == other.lower() and data._last_lower[0] is other
