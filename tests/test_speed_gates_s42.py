"""Stop 42, speed: stop 41's rules asked before their cheap tests (issue 15).

Two of the rules added at stop 41 ran on every sentence or every pair of name runs, where almost none
can hold them:

- `entities._join_and_heads` asked three joins of two capitalized runs ("its Devices and Services
  group", "Bureau of Industry and Security", "Harbour Management and Research Company") of every pair
  of runs in a sentence, and the last one built a set per pair, before asking whether the two runs
  stand on either side of " and " at all. The gap is asked first now (every test of the chain is pure:
  the answer is the same in any order).
- `team_hires.team_deals` and `team_hire_at` (a licence-and-hire deal) ran the patterns of a hire, a
  join and a cheque over every sentence of a deal's lead; a pattern now runs only where one of the
  words it cannot match without starts in the sentence (`needle_within`).

These tests hold the joins to the order they were asked in before (`_reference_join`) on runs of
invented sentences, and each gated pattern to its needles: every match holds one, in the verb forms
below and in random texts made of them. Every sentence is invented.
"""

from __future__ import annotations

import random
import re

import pytest

from tui.analysis.extract import entities, former_title, team_hires
from tui.analysis.extract.entities import (
    _AND_HEADS,
    _TRADE_PEOPLE_PLURAL,
    _gaz_match,
    _office_of_pair,
    _post_field_pair,
    _trades_company,
    _unit_pair,
)
from tui.analysis.extract.gazetteer import Tables, tables
from tui.analysis.extract.tokens import Token, tokenize_marked

Runs = list[tuple[list[Token], bool, str | None]]


def _reference_join(text: str, runs: Runs, tab: Tables) -> Runs:
    """`_join_and_heads` with the joins asked before the gap, as at stop 42's start (every join since kept in)."""
    out: Runs = []
    for run, initial, tail in runs:
        if out:
            prev, prev_initial, prev_tail = out[-1]
            if (
                prev_tail is None
                and (
                    run[-1].bare in _AND_HEADS
                    and (
                        len(run) == 2
                        or (len(run) == 3 and _TRADE_PEOPLE_PLURAL.match(run[1].bare) is not None)
                    )
                    or _unit_pair(text, prev, run, tab)
                    or _office_of_pair(prev, run, tab)
                    or _trades_company(prev, run, tab)
                    or _post_field_pair(text, prev, run, tab)
                )
                and len(prev) <= 3
                and text[prev[-1].end : run[0].start] == " and "
                and not prev[-1].possessive
                and _gaz_match(tab, prev, 0, len(prev)) != len(prev)
            ):
                conj = Token(prev[-1].end + 1, run[0].start - 1, "and")
                out[-1] = (prev + [conj] + run, prev_initial, tail)
                continue
        out.append((run, initial, tail))
    return out


def _shown(runs: Runs) -> list[tuple[list[tuple[int, int, str]], bool, str | None]]:
    return [([(t.start, t.end, t.text) for t in run], initial, tail) for run, initial, tail in runs]


def _joined_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """The runs of `text` joined by `_join_and_heads` and by the reference, from the same unjoined runs."""
    tab = tables()
    toks, marks, _ = tokenize_marked(text)
    unjoined: list[Runs] = []

    def keep(text: str, runs: Runs, tab: Tables) -> Runs:
        unjoined.append(runs)
        return runs

    with monkeypatch.context() as m:
        m.setattr(entities, "_join_and_heads", keep)
        entities._runs(text, toks, tab, marks)
    (runs,) = unjoined
    gated = entities._join_and_heads(text, list(runs), tab)
    return _shown(gated), _shown(_reference_join(text, list(runs), tab))


#: Pairs of runs each join reads as one name, and pairs it leaves two (invented sentences).
JOINS = [
    "A memo from the Sales and Marketing Group of Tarrow Foods reported a loss.",
    "Tarrow said its Devices and Services group would shrink next year.",
    "A letter from the Bureau of Industry and Security reached Tarrow Foods.",
    "On Monday the Office of Trade and Industry said nothing.",
    "Harbour Management and Research Company bought the Kestle Mill site.",
    "The Department of Justice and Tarrow Foods settled the case.",
    "Tarrow Foods and Kestle Mills agreed to merge in March.",
    "Ana Ruiz and Tomas Grell of Tarrow Foods and Kestle Mills spoke at the Bellway Forum and Expo.",
    "Tarrow's Retail and Kestle's Wholesale units were sold to Orvane Capital and Bellway Partners.",
    "Research and Development at Tarrow and Sales and Marketing Group staff met Kestle Engineers.",
]


@pytest.mark.parametrize("text", JOINS)
def test_the_joins_of_two_runs_are_those_of_the_start(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated, reference = _joined_both_ways(text, monkeypatch)
    assert gated == reference


def test_each_join_still_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three joins and the unit heads' each make one run of the two (hand-written expectations)."""
    names = {
        text: [" ".join(t[2] for t in run) for run, _i, _t in _joined_both_ways(text, monkeypatch)[0]]
        for text in JOINS[:5]
    }
    assert "Sales and Marketing Group" in names[JOINS[0]]
    assert "Devices and Services" in names[JOINS[1]]
    assert "Bureau of Industry and Security" in names[JOINS[2]]
    assert "Office of Trade and Industry" in names[JOINS[3]]
    assert "Harbour Management and Research Company" in names[JOINS[4]]


def test_random_pairs_of_runs_join_as_at_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    words = [
        "Sales", "Marketing", "Group", "Research", "Company", "Corporation", "Management", "Bureau", "Office",
        "of", "and", "and", "the", "its", "Devices", "Services", "group", "Industry", "Tarrow", "Kestle",
        "Engineers", "Partners", "Holdings", "unit", "Harbour", "Trade", "said", "Retail", "’s",
    ]  # fmt: skip
    rng = random.Random(42)
    for _ in range(400):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14))).replace(" ’s", "’s") + "."
        gated, reference = _joined_both_ways(text, monkeypatch)
        assert gated == reference, text


# --- the licence-and-hire patterns and their needles ---------------------------------------------------

#: Each gated pattern, its needles, and verb forms it matches (lower case, invented).
GATED = [
    (
        team_hires._HIRE,
        team_hires._HIRE_NEEDLES,
        ["hires ", "hired ", "hire ", "hiring ", "rehired ", "re-hired ", "hired back ", "is rehiring "],
    ),
    (
        team_hires._JOIN,
        team_hires._JOIN_NEEDLES,
        ["joins ", "joined ", "joining ", "join ", "rejoin ", "returning to ", "returned to ", "returns to "],
    ),
    (team_hires._WROTE, team_hires._WROTE_NEEDLES, ["wrote ", "writes ", "writing ", "written "]),
    (
        former_title._SERVED_AS,
        former_title._SERVED_AS_NEEDLES,
        ["served as ", "serves as ", "serving as ", "worked as ", "works as ", "working as "],
    ),
    (
        former_title._HELD_THE,
        former_title._HELD_THE_NEEDLES,
        ["held the ", "holds a ", "holding the post of ", "held its "],
    ),
    (
        former_title._CURRENT_ROLE,
        former_title._CURRENT_ROLE_NEEDLES,
        ["his current role as ", "her present position as the ", "their existing job as "],
    ),
    (
        former_title._KEEPS_AS,
        former_title._KEEPS_AS_NEEDLES,
        ["and remain as ", "and will stay on as the ", "and continues as ", "and to remain as a "],
    ),
    (
        former_title._HOLDS_NOW,
        former_title._HOLDS_NOW_NEEDLES,
        ["is currently chief of ", "is now head at ", "remains still the chair of "],
    ),
    (
        former_title._HAD_BEEN_AS,
        former_title._HAD_BEEN_AS_NEEDLES,
        ["had been a deputy as ", "had been as ", "moved into the role of ", "moved to the post of "],
    ),
    (
        former_title._ALREADY_HELD,
        former_title._ALREADY_HELD_NEEDLES,
        ["already ", "already serving as ", "joined as a ", "joined the board as "],
    ),
    (
        former_title._STINT,
        former_title._STINT_NEEDLES,
        ["his first stint as ", "her tenure as ", "’s last term as ", "'s spell as the "],
    ),
]


def _every_match_holds_a_needle(pattern: re.Pattern[str], needles: tuple[str, ...], text: str) -> bool:
    return all(any(n in m.group() for n in needles) for m in pattern.finditer(text))


@pytest.mark.parametrize(("pattern", "needles", "forms"), GATED)
def test_each_verb_form_matches_and_holds_a_needle(
    pattern: re.Pattern[str], needles: tuple[str, ...], forms: list[str]
) -> None:
    for form in forms:
        text = f"the lab {form}the quillon team"
        assert pattern.search(text) is not None, form
        assert _every_match_holds_a_needle(pattern, needles, text), form


@pytest.mark.parametrize(("pattern", "needles", "forms"), GATED)
def test_random_texts_match_only_where_a_needle_stands(
    pattern: re.Pattern[str], needles: tuple[str, ...], forms: list[str]
) -> None:
    pieces = [*forms, "the ", "staff ", "back ", "to ", "re", "-", "a check ", "quillon ", "’s ", "s "]
    rng = random.Random(7)
    matched = 0
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        matched += pattern.search(text) is not None
        assert _every_match_holds_a_needle(pattern, needles, text), text
    assert matched > 500  # the texts do hold the verbs


def test_a_needle_left_out_is_caught() -> None:
    """The check above fails for a list without one of its needles ("returning to" holds no "join")."""
    assert not _every_match_holds_a_needle(team_hires._JOIN, ("join",), "the team is returning to the lab")
