"""The coverage bench (bench/coverage.py): its fact tables, its matching helpers and its floors.

The scores on the committed own-words articles may not fall below the floors recorded here from
the baseline run (docs/coverage-bench.md). Targets (issue 11): entity F1 >= 0.92, source F1 >= 0.90,
key-fact accuracy >= 0.95, quote recall >= 0.97, speaker accuracy >= 0.95, discrepancy recall
>= 0.85, false-contradiction share <= 0.05. Floors only go up: raise a story's floor when a change
raises its score; a story added without floors is only checked to run.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.coverage import TABLES, Assigned, fact_right, load_tables, miss_lines, run_bench, surname_key
from bench.coverage_facts import Fact, TableError, load_table, table_paths
from bench.coverage_match import (
    canonical_title,
    fold,
    fold_name,
    match_maximum,
    match_one_to_one,
    money_matches,
    name_forms,
    names_match,
    prf,
    quote_starts_with,
)

#: Raised to the own-words run of 2026-12-02 08:49 UTC (main at 6675b90), per story. "Higher is better"
#: except false_contradictions, which is a ceiling.
FLOORS = {
    # The two stories of stop 21 (own words written before any run; floors at the run of 13:36 UTC).
    "amazon-layoffs-2023": {
        "entity_f1": 1.0,
        "source_f1": 0.85,
        "key_fact": 1.0,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.0,
    },
    "nike-ceo-2024": {
        "entity_f1": 1.0,
        "source_f1": 1.0,
        "key_fact": 0.6,  # raised 2026-12-02 17:00 UTC (appoint): former titles with their unit, dates
        "quote_recall": 1.0,
        "speaker": 1.0,
    },
    # stop 21's hold-out appointment story, fitted since; floors at 2026-12-02 17:00 UTC (appoint:
    # returning executive, departure convention, "effective immediately")
    "disney-ceo-2022": {
        "entity_f1": 0.92,
        "source_f1": 0.83,
        "key_fact": 0.92,
        "quote_recall": 1.0,
        "speaker": 1.0,
    },
    "amazon-anthropic-2024": {
        "entity_f1": 1.0,
        "source_f1": 1.0,
        "key_fact": 1.0,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 0.83,
        "false_contradictions": 0.0,
        "copies_linked": 1.0,
    },
    "amazon-anthropic-mar-2024": {
        "entity_f1": 1.0,
        "source_f1": 1.0,
        "key_fact": 1.0,  # raised 2026-12-02 11:33 UTC (main da4422a): deal parties and totals
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.5,
        "copies_linked": 1.0,
    },
    "broadcom-vmware-2022": {
        "entity_f1": 0.96,
        "source_f1": 0.9,
        "key_fact": 1.0,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "false_contradictions": 1.0,
    },
    "google-wiz-2025": {
        "entity_f1": 0.98,
        "source_f1": 1.0,
        "key_fact": 0.91,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.34,
        "copies_linked": 1.0,
    },
    "intel-ceo-2024": {
        # lowered 2026-12-05 (stop 44, tables): convention (ae) makes the unit o01 and o03 name in lower
        # case ("the client computing group") an org entity, which the analysis does not find
        "entity_f1": 0.96,
        "source_f1": 1.0,
        "key_fact": 0.9,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.0,
        "copies_linked": 1.0,
    },
    "microsoft-openai-2023": {
        "entity_f1": 1.0,
        "source_f1": 1.0,
        "key_fact": 1.0,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.34,
        "copies_linked": 1.0,
    },
    "starbucks-ceo-2024": {
        "entity_f1": 0.96,
        "source_f1": 1.0,
        "key_fact": 0.91,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 0.66,
        "false_contradictions": 0.0,
        "copies_linked": 1.0,
    },
    "xai-funding-2024": {
        "entity_f1": 1.0,
        "source_f1": 0.9,
        "key_fact": 1.0,
        "quote_recall": 1.0,
        "speaker": 1.0,
        "discrepancy_recall": 1.0,
        "false_contradictions": 0.0,
    },
}
CEILINGS = ("false_contradictions",)


# --- the tables ----------------------------------------------------------------------------------------


def test_every_committed_table_validates() -> None:
    paths = table_paths(TABLES)
    assert len(paths) >= 4
    for path in paths:
        table = load_table(path)
        assert table.articles, path


def _broken(tmp_path: Path, old: str, new: str, story: str = "xai-funding-2024", own: bool = False) -> Path:
    src = TABLES / story / ("own/facts.yaml" if own else "facts.yaml")
    text = src.read_text(encoding="utf-8")
    assert old in text
    folder = tmp_path / story / ("own" if own else "")
    folder.mkdir(parents=True)
    (folder / "facts.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder / "facts.yaml"


def _line_of(path: Path, needle: str) -> int:
    return next(
        i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line
    )


def test_a_wrong_field_names_the_file_and_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "    outlet: Neowin", "    outlt: Neowin")
    with pytest.raises(TableError) as err:
        load_table(path)
    assert str(err.value).startswith(f"{path}:{_line_of(path, 'outlt:')}: ")
    assert "unknown field 'outlt'" in str(err.value)


def test_a_bad_value_names_the_file_line_and_reason(tmp_path: Path) -> None:
    path = _broken(tmp_path, "value: talks}", "value: chatting}")
    with pytest.raises(TableError) as err:
        load_table(path)
    assert f"{path}:{_line_of(path, 'chatting')}:" in str(err.value)
    assert "'chatting' is not one of" in str(err.value)


@pytest.mark.parametrize("status", ["rejected", "withdrawn"])
def test_a_rejected_or_withdrawn_proposal_is_a_status_a_table_may_give(tmp_path: Path, status: str) -> None:
    path = _broken(tmp_path, "value: talks}", f"value: {status}}}")
    table = load_table(path)
    assert status in [a.facts["status"].value for a in table.articles if "status" in a.facts]


def test_a_rejected_proposal_is_before_a_price_is_settled_and_a_withdrawn_one_ends_the_deal() -> None:
    from bench.coverage_flags import TABLE_STAGES

    assert TABLE_STAGES["rejected"] == TABLE_STAGES["talks"]
    assert TABLE_STAGES["withdrawn"] == TABLE_STAGES["collapsed"]


def test_money_without_a_currency_is_refused(tmp_path: Path) -> None:
    path = _broken(tmp_path, "value: 6.0e9, unit: USD, hedge: null}", "value: 6.0e9, hedge: null}")
    with pytest.raises(TableError, match="currency"):
        load_table(path)


def test_a_real_table_may_not_hold_quote_text(tmp_path: Path) -> None:
    path = _broken(
        tmp_path, '{start: "There will be more to", words: 10,', '{text: "There will be more to announce",'
    )
    with pytest.raises(TableError, match="may not be committed"):
        load_table(path)


def test_broken_yaml_and_unknown_ids_are_reported_with_a_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "summary: xAI", "summary: [xAI")
    with pytest.raises(TableError, match=r"facts\.yaml:\d+: not valid YAML"):
        load_table(path)
    path2 = _broken(
        tmp_path / "b", "articles: [a05, a02], kind: precision", "articles: [a05, a99], kind: precision"
    )
    with pytest.raises(TableError, match="'a99' is not an article of this table"):
        load_table(path2)


def test_the_scorer_reports_a_broken_table_and_scores_the_rest(tmp_path: Path) -> None:
    _broken(tmp_path, "    outlet: Neowin", "    outlt: Neowin")
    tables, errors = load_tables(tmp_path)
    assert tables == [] and len(errors) == 1 and "outlt" in errors[0]


def test_misses_lists_sources_missed_extra_and_wrong_speakers(tmp_path: Path) -> None:
    """`--misses` lists, after the key facts, each table source no predicted source matched, each
    predicted source no table source matched, and each found quotation given to the wrong speaker."""
    story = TABLES / "xai-funding-2024" / "own"
    text = (story / "facts.yaml").read_text(encoding="utf-8")
    for old, new in (
        (
            '{name: Elon Musk, kind: person, how: "Musk wrote on X"}',
            '{name: Ivo Stark, kind: person, how: "x"}',
        ),
        ('next few weeks.", speaker: Elon Musk}', 'next few weeks.", speaker: Ivo Stark}'),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    folder = tmp_path / "xai-funding-2024" / "own"
    folder.mkdir(parents=True)
    (folder / "facts.yaml").write_text(text, encoding="utf-8")
    for txt in story.glob("*.txt"):
        (folder / txt.name).write_text(txt.read_text(encoding="utf-8"), encoding="utf-8")
    lines = miss_lines(run_bench([load_table(folder / "facts.yaml")], real=None))
    assert "SOURCE xai-funding-2024 own o01 missed: table Ivo Stark [person] | tool -" in lines
    assert "SOURCE xai-funding-2024 own o01 extra: table - | tool Elon Musk [person]" in lines
    assert (
        "SOURCE xai-funding-2024 own o01 speaker: table “There is a lot more…”: Ivo Stark"
        " | tool Elon Musk [person]"
    ) in lines


# --- the floors ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def own_results() -> dict[str, dict[str, float | None]]:
    tables, errors = load_tables(TABLES)
    assert errors == []
    return {r.story: r.counts.measures() for r in run_bench([t for t in tables if t.own], real=None)}


def test_every_own_story_is_scored(own_results: dict[str, dict[str, float | None]]) -> None:
    stories = {p.parent.parent.name for p in TABLES.glob("*/own/facts.yaml")}
    assert stories <= set(own_results)


@pytest.mark.parametrize("story", sorted(FLOORS))
def test_scores_hold_their_floor(story: str, own_results: dict[str, dict[str, float | None]]) -> None:
    got = own_results[story]
    for measure, floor in FLOORS[story].items():
        value = got[measure]
        if measure in CEILINGS and value is None:
            continue  # no contradiction flagged at all: no false share, within any ceiling
        assert value is not None, (story, measure)
        if measure in CEILINGS:
            assert value <= floor + 1e-9, f"{story}: {measure} {value:.3f} above its ceiling {floor}"
        else:
            assert value >= floor - 1e-9, f"{story}: {measure} {value:.3f} below its floor {floor}"


# --- the matching helpers (hand-written expectations) ---------------------------------------------------


def test_fold_drops_case_diacritics_possessives_and_punctuation() -> None:
    assert fold("Nadella’s") == "nadella"
    assert fold("Société Générale") == "societe generale"
    assert fold("DALL-E") == "dall e"
    assert fold("Fidelity Management & Research") == "fidelity management & research"


def test_fold_name_drops_corporate_suffixes_and_labels() -> None:
    assert fold_name("Microsoft Corp.") == "microsoft"
    assert fold_name("Amazon.com Inc.") == "amazon com"
    assert fold_name("The Information") == "information"
    assert fold_name("Scale AI (announcement)") == "scale ai"
    assert fold_name("Co") == "co"


def test_names_match_by_alias_and_by_surname_for_persons_only() -> None:
    assert names_match({"microsoft"}, name_forms("Microsoft", ["Microsoft Corp."]))
    assert names_match({"nadella"}, name_forms("Satya Nadella"), person=True)
    assert not names_match({"nadella"}, name_forms("Satya Nadella"))
    assert not names_match({"musk foundation"}, name_forms("Elon Musk"), person=True)


def test_a_quoted_nickname_in_a_table_name_stands_for_both_names() -> None:
    forms = name_forms("Ivy Hallberg", ["Ivona “Ivy” Hallberg"])
    assert {"ivy hallberg", "ivona hallberg"} <= forms
    assert "hallberg" not in forms  # the surname alone still goes through names_match's person test
    assert name_forms("Ivo Stark", ['Ivo "Tug" Stark']) >= {"ivo stark", "tug stark"}
    assert name_forms("Ana Vey") == {"ana vey"}
    assert names_match({"elon musk"}, {"musk"}, person=True)


def test_prf() -> None:
    assert prf(8, 2, 0) == (0.8, 1.0, pytest.approx(0.8888888))
    assert prf(0, 0, 0) == (None, None, None)
    assert prf(0, 3, 2) == (0.0, 0.0, 0.0)


def test_money_matches_within_half_a_percent_in_the_same_currency() -> None:
    assert money_matches(1.0e10, "USD", 1.004e10, "USD")
    assert not money_matches(1.0e10, "USD", 1.01e10, "USD")
    assert not money_matches(1.0e10, "USD", 1.0e10, "EUR")
    assert not money_matches(1.0e10, "USD", None, "USD")
    assert money_matches(6.0e9, "usd", 6.0e9, "USD")


def test_canonical_title() -> None:
    assert canonical_title("Chief Executive Officer") == "ceo"
    assert canonical_title("interim chief executive") == "ceo"
    assert canonical_title("CEO") == "ceo"
    assert canonical_title("Chief Financial Officer") == "cfo"
    assert canonical_title("co-founder") == "founder"
    assert canonical_title("Chairman") == "chair"


def test_quote_starts_with() -> None:
    start = ("We", "built", "our", "alliance", "with")
    assert quote_starts_with(start, "We built our alliance with Tallow on one common goal")
    assert quote_starts_with(start, "“We built our alliance with Tallow”")
    assert quote_starts_with(start, "and we built our alliance with them")  # one lead-in word kept
    assert not quote_starts_with(start, "Tallow on one common goal")
    assert quote_starts_with(start, "We built our")  # cut short, three opening words
    assert not quote_starts_with(start, "We built")


def test_match_one_to_one_is_greedy_and_uses_each_prediction_once() -> None:
    pairs = match_one_to_one(["a", "a", "b"], ["a", "b"], lambda t, p: t == p)
    assert pairs == [(0, 0), (2, 1)]


def test_match_maximum_moves_an_earlier_pair_to_free_a_prediction() -> None:
    # "Tallow" fits both the company and the person; the greedy matching gives it to the company
    # first and leaves the person unmatched although "Anna Tallow" could only be the person.
    table = ["tallow group", "anna tallow"]
    predicted = ["tallow", "tallow group"]

    def fits(t: str, p: str) -> bool:
        return p == t or p == t.split()[-1] or p == t.split()[0]

    assert match_one_to_one(table, predicted, fits) == [(0, 0)]
    assert match_maximum(table, predicted, fits) == [(0, 1), (1, 0)]


def test_match_maximum_keeps_the_greedy_pairs_when_nothing_can_move() -> None:
    same = lambda t, p: t == p  # noqa: E731
    assert match_maximum(["a", "a", "b"], ["a", "b"], same) == [(0, 0), (2, 1)]
    assert match_maximum([], ["a"], same) == []
    assert match_maximum(["a"], [], same) == []


def test_fact_right_reads_money_titles_modifiers_and_nulls() -> None:
    money = Fact("amount", "$6bn", 6.0e9, "USD")
    assert fact_right("amount", money, Assigned(6.01e9, "USD"))
    assert not fact_right("amount", money, Assigned(6.1e9, "USD"))
    assert not fact_right("amount", money, None)
    assert fact_right("amount", Fact("amount", "multibillion", None), None)
    assert not fact_right("amount", Fact("amount", "multibillion", None), Assigned(1e9, "USD"))
    assert fact_right(
        "new_title", Fact("new_title", "chief executive", "ceo"), Assigned("Chief Executive Officer")
    )
    both = Fact("modifier", "interim co-", ("interim", "co"))
    assert fact_right("modifier", both, Assigned("ceo", modifiers=("co", "interim")))
    assert not fact_right("modifier", both, Assigned("ceo", modifiers=("interim",)))
    permanent = Fact("modifier", "new chief executive", "permanent")
    assert fact_right("modifier", permanent, Assigned("ceo", modifiers=("former",)))
    assert not fact_right("modifier", permanent, Assigned("ceo", modifiers=("acting",)))


def test_surname_key() -> None:
    assert surname_key("Brian Niccol") == "niccol"
    assert surname_key("Michelle Johnston Holthaus") == "holthaus"
    assert surname_key("Narasimhan’s") == "narasimhan"
    assert surname_key("") == ""


_TINY = """\
story: tiny
event: deal
articles:
  - {id: x1, facts: {amount: {stated: "$1bn", value: 1.0e9, unit: USD}}}
  - {id: x2, facts: {amount: {stated: "$2bn", value: 2.0e9, unit: USD}}}
  - {id: x3, facts: {amount: {stated: "about $1bn", value: 1.0e9, unit: USD, hedge: about}}}
discrepancies:
  - {slot: amount, articles: [x1, x2], kind: contradiction}
  - {slot: amount, articles: [x1, x3], kind: precision}
  - {slot: valuation, articles: [x2, x3], kind: variation}
  - {slot: status, articles: [x1, x2], kind: variation}
"""


def test_discrepancies_and_false_contradictions_are_counted_per_aspect_and_pair(tmp_path: Path) -> None:
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_comparison

    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "facts.yaml").write_text(_TINY, encoding="utf-8")
    table = load_table(tmp_path / "tiny" / "facts.yaml")

    def pair(a: str, b: str, verdict: str) -> NS:
        return NS(a=a, b=b, verdict=verdict)

    def usd(value: float, text: str) -> NS:
        return NS(slot=NS(kind="money", value=value, unit="USD", text=text, normalized=None, modifiers=()))

    aspects = [
        NS(
            id="amount",
            cls="amount",
            key=None,
            # the cells the flags rest on: each article's own figure (a listed flag is true on them only)
            cells={"x1": usd(1.0e9, "$1bn"), "x2": usd(2.0e9, "$2bn"), "x3": usd(1.0e9, "about $1bn")},
            pairs=[
                pair("x2", "x1", "contradiction"),
                pair("x1", "x3", "same"),
                pair("x2", "x3", "contradiction"),
            ],
        ),
        NS(id="valuation", cls="valuation", key=None, pairs=[]),
        NS(id="past_deals", cls="past_deals", key=None, pairs=[pair("x1", "x2", "contradiction")]),
    ]
    run = Run(None, None, NS(aspects=aspects), ["x1", "x2", "x3"], {}, [])
    c = Counts()
    _score_comparison(table, run, c)
    # status has no aspect: not scored; x1-x2 found with its kind; x1-x3 and x2-x3 (valuation) missed
    assert (c.disc_total, c.disc_found, c.disc_kind_right) == (3, 1, 1)
    # amount x2-x3 and past_deals x1-x2 are contradictions the table does not mark
    assert (c.conflicts_total, c.conflicts_false) == (3, 2)


_FORMS = """\
story: forms
event: deal
articles:
  - {id: f1, facts: {amount: {stated: "$14B", value: 1.4e10, unit: USD}}}
  - {id: f2, facts: {amount: {stated: "$14 billion", value: 1.4e10, unit: USD}}}
  - {id: f3, facts: {amount: {stated: "$14 billion", value: 1.4e10, unit: USD}}}
discrepancies:
  - {slot: amount, articles: [f1, f2], kind: variation}
  - {slot: amount, articles: [f1, f3], kind: variation}
"""


def test_a_written_form_told_as_the_same_value_is_the_tables_variation(tmp_path: Path) -> None:
    """ "$14B" / "$14 billion": the comparison calls the pair the same value, written otherwise (reason
    written-form); a table written before lists it as a variation, and the bench counts that variation
    told. A plain "same" (another reason) tells nothing and stays missed."""
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_comparison

    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "facts.yaml").write_text(_FORMS, encoding="utf-8")
    table = load_table(tmp_path / "forms" / "facts.yaml")
    pairs = [
        NS(a="f1", b="f2", verdict="same", reason="written-form"),
        NS(a="f1", b="f3", verdict="same", reason="equal"),
    ]
    run = Run(
        None,
        None,
        NS(aspects=[NS(id="amount", cls="amount", key=None, pairs=pairs)]),
        ["f1", "f2", "f3"],
        {},
        [],
    )
    c = Counts()
    _score_comparison(table, run, c)
    assert (c.disc_total, c.disc_found, c.disc_kind_right) == (2, 1, 1)
    assert c.conflicts_total == 0


_STAGES = """\
story: stages
event: deal
articles:
  - {id: s1, facts: {amount: {stated: "around $13bn", value: 1.3e10, unit: USD, hedge: about}, status: {stated: "in talks", value: talks}}}
  - {id: s2, facts: {amount: {stated: "$14bn", value: 1.4e10, unit: USD}, status: {stated: "agreed", value: agreed}}}
  - {id: s3, facts: {amount: {stated: "$6.5bn", value: 6.5e9, unit: USD}, status: {stated: "in talks", value: talks}}}
  - {id: s4, facts: {amount: {stated: "$6.6bn", value: 6.6e9, unit: USD}, status: {stated: "has raised", value: closed}}}
  - {id: s5, facts: {amount: {stated: "$15bn", value: 1.5e10, unit: USD}, status: {stated: "agreed", value: agreed}}}
  - {id: s6, facts: {amount: {stated: "around $13bn", value: 1.3e10, unit: USD, hedge: about}, status: {stated: "in talks", value: talks}}}
discrepancies:
  - {slot: amount, articles: [s1, s2], kind: contradiction}
  - {slot: amount, articles: [s3, s4], kind: precision}
  - {slot: amount, articles: [s2, s5], kind: contradiction}
"""


def test_a_stage_change_is_judged_by_the_tables_statuses(tmp_path: Path) -> None:
    """A talks figure against the figure agreed or closed, shown as a stage change: found, of the right
    kind where the table puts the two articles at two stages (listed as a contradiction or a precision
    difference), never a flag, and it catches a contradiction the table implies between two stages. Two
    figures of one stage (agreed, agreed) called a stage change are of the wrong kind."""
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_comparison
    from bench.coverage_flags import stage_kind_right, stage_pair

    (tmp_path / "stages").mkdir()
    (tmp_path / "stages" / "facts.yaml").write_text(_STAGES, encoding="utf-8")
    table = load_table(tmp_path / "stages" / "facts.yaml")
    assert stage_pair(table, "s1", "s2") and stage_pair(table, "s4", "s3")
    assert not stage_pair(table, "s2", "s5") and not stage_pair(table, "s1", "s6")
    assert stage_kind_right(table, "precision", "stage change", "s3", "s4")
    assert not stage_kind_right(table, "variation", "stage change", "s3", "s4")
    assert not stage_kind_right(table, "contradiction", "contradiction", "s1", "s2")

    def pair(a: str, b: str, verdict: str) -> NS:
        return NS(a=a, b=b, verdict=verdict)

    amount = NS(
        id="amount",
        cls="amount",
        key=None,
        pairs=[
            pair("s1", "s2", "stage change"),
            pair("s3", "s4", "stage change"),
            pair("s2", "s5", "stage change"),
            pair("s6", "s2", "stage change"),  # s6 carries s1's value: the table implies s2~s6
        ],
    )
    run = Run(None, None, NS(aspects=[amount]), ["s1", "s2", "s3", "s4", "s5", "s6"], {}, [])
    c = Counts()
    _score_comparison(table, run, c)
    assert (c.disc_total, c.disc_found, c.disc_kind_right) == (3, 3, 2)
    assert (c.conflicts_total, c.conflicts_false) == (0, 0)
    assert (c.implied_total, c.implied_found) == (1, 1)


# --- contradiction flags: listed, implied by the table, or false (bench/coverage_flags.py) --------------

_FLAGS = """\
story: flags
event: deal
articles:
  - {id: f1, facts: {valuation: {stated: "$24bn", value: 2.4e10, unit: USD}}}
  - {id: f2, facts: {valuation: {stated: "$24 billion", value: 2.4e10, unit: USD}}}
  - {id: f3, facts: {valuation: {stated: "$18 billion", value: 1.8e10, unit: USD}}}
  - {id: f4, copy_of: f1, facts: {valuation: {stated: "about $24bn", value: 2.4e10, unit: USD, hedge: about}}}
  - {id: f5, facts: {valuation: {stated: "about $24bn", value: 2.4e10, unit: USD, hedge: about}}}
  - {id: f6, facts: {amount: {stated: "$6bn", value: 6.0e9, unit: USD}}}
discrepancies:
  - {slot: valuation, articles: [f1, f3], kind: contradiction}
"""


def _flags_table(tmp_path: Path, text: str = _FLAGS) -> object:
    (tmp_path / "flags").mkdir()
    (tmp_path / "flags" / "facts.yaml").write_text(text, encoding="utf-8")
    return load_table(tmp_path / "flags" / "facts.yaml")


def _usd(x: float) -> Assigned:
    return Assigned(x, "USD")


def test_a_listed_contradiction_is_true_only_on_the_cells_the_table_gives(tmp_path: Path) -> None:
    """A listed pair whose flag rests on a wrong cell shows the reader a conflict that is not
    there: false, like any flag on a wrong value."""
    from bench.coverage_flags import judge_flag

    table = _flags_table(tmp_path)
    right = {"f1": _usd(2.4e10), "f3": _usd(1.8e10)}
    assert judge_flag(table, "valuation", "f3", "f1", right) == (True, "listed")
    wrong_f3 = {"f1": _usd(2.4e10), "f3": _usd(2.0e8)}  # another figure of the page taken for f3's
    ok, why = judge_flag(table, "valuation", "f3", "f1", wrong_f3)
    assert not ok and why.startswith("wrong value for f3: tool $200M")
    ok, why = judge_flag(table, "valuation", "f3", "f1", {"f1": None, "f3": None})
    assert not ok and "wrong value for f3" in why and "wrong value for f1" in why


def test_a_pair_with_the_listed_values_is_implied(tmp_path: Path) -> None:
    from bench.coverage_flags import judge_flag

    table = _flags_table(tmp_path)
    # f2 states $24B as f1 does: f2 vs f3 is the listed contradiction's values
    assert judge_flag(table, "valuation", "f2", "f3", {"f2": _usd(2.4e10), "f3": _usd(1.8e10)}) == (
        True,
        "implied by f1~f3",
    )
    # f4 is a copy of f1 with a hedge added: it still carries f1's value
    assert judge_flag(table, "valuation", "f3", "f4", {"f3": _usd(1.8e10), "f4": _usd(2.4e10)})[0] is True


def test_a_hedged_value_of_an_unrelated_article_is_not_the_listed_value(tmp_path: Path) -> None:
    from bench.coverage_flags import judge_flag

    table = _flags_table(tmp_path)
    assert judge_flag(table, "valuation", "f3", "f5", {"f3": _usd(1.8e10), "f5": _usd(2.4e10)}) == (
        False,
        "not in table",
    )


_HEDGED_LISTED = """\
story: flags
event: layoff
articles:
  - {id: h1, facts: {count: {stated: "just over 4,000 posts", value: 4000, hedge: more_than}}}
  - {id: h2, facts: {count: {stated: "3,500 posts", value: 3500}}}
  - {id: h3, facts: {count: {stated: "4,000 staff", value: 4000}}}
  - {id: h4, facts: {count: {stated: "about 3,500", value: 3500, hedge: about}}}
discrepancies:
  - {slot: count, articles: [h2, h1], kind: contradiction}
  - {slot: count, articles: [h3, h1], kind: precision}
"""


def test_a_hedged_listed_figure_stated_bare_carries_the_contradiction(tmp_path: Path) -> None:
    from bench.coverage_flags import judge_flag

    table = _flags_table(tmp_path, _HEDGED_LISTED)
    got = {"h2": Assigned(3500.0), "h3": Assigned(4000.0), "h4": Assigned(3500.0)}
    # 3,500 contradicts "just over 4,000": it contradicts the bare 4,000 inside that range too
    assert judge_flag(table, "count", "h2", "h3", got) == (True, "implied by h1~h2")
    # the other way a hedge is added to the listed bare 3,500: "about 3,500" may reach further
    assert judge_flag(table, "count", "h4", "h3", got) == (False, "not in table")


def test_a_name_fact_is_right_by_an_alias_the_table_gives_it(tmp_path: Path) -> None:
    (tmp_path / "al").mkdir()
    (tmp_path / "al" / "facts.yaml").write_text(
        """\
story: al
event: deal
articles:
  - id: b1
    facts: {buyer: {stated: "Ferrow", value: Ferrow}}
    entities: [{name: Ferrow, type: org, aliases: ["Ferrow Holdings"]}]
  - id: b2
    facts: {buyer: {stated: "Ferrow Holdings Inc.", value: Ferrow}}
""",
        encoding="utf-8",
    )
    table = load_table(tmp_path / "al" / "facts.yaml")
    fact = table.article("b2").facts["buyer"]
    aliases = table.aliases_of(["Ferrow"], lambda a, b: a.lower() == b.lower())
    assert aliases == ("Ferrow Holdings",)
    # an alias written in one article names the party in every article of the table
    assert fact_right("buyer", fact, Assigned("Ferrow Holdings Inc."), aliases)
    assert not fact_right("buyer", fact, Assigned("Ferrow Holdings Inc."))
    assert not fact_right("buyer", fact, Assigned("Dunmore"), aliases)


def test_a_flag_on_a_wrong_cell_is_false_even_when_the_values_conflict(tmp_path: Path) -> None:
    from bench.coverage_flags import judge_flag

    table = _flags_table(tmp_path)
    # the tool gives f2 $18B (the table: $24B): it chose the wrong figure, so its flag is false
    assert judge_flag(table, "valuation", "f2", "f1", {"f1": _usd(2.4e10), "f2": _usd(1.8e10)}) == (
        False,
        "wrong value for f2: tool $18B, table $24B",
    )
    # f6 has no valuation in the table
    ok, why = judge_flag(table, "valuation", "f6", "f3", {"f6": _usd(2.4e10), "f3": _usd(1.8e10)})
    assert not ok and why == "wrong value for f6: tool $24B, table gives none"
    # an aspect that is no table slot
    assert judge_flag(table, "past_deals", "f1", "f3", {"f1": None, "f3": None}) == (
        False,
        "no table slot for aspect past_deals",
    )


_TITLES = """\
story: flags
event: appointment
articles:
  - {id: t1, facts: {person: {stated: "A Bee", value: A Bee}, new_title: {stated: "CEO", value: ceo}, modifier: {stated: "interim", value: interim}}}
  - {id: t2, facts: {person: {stated: "A Bee", value: A Bee}, new_title: {stated: "chief executive", value: ceo}}}
  - {id: t3, facts: {person: {stated: "A Bee", value: A Bee}, new_title: {stated: "Chief Executive", value: ceo}}}
  - {id: t4, facts: {person: {stated: "A Bee", value: A Bee}, new_title: {stated: "interim CEO", value: ceo}, modifier: {stated: "interim", value: interim}}}
discrepancies:
  - {slot: modifier, articles: [t1, t2], kind: contradiction}
"""


def test_titles_are_implied_by_canonical_title_and_modifiers(tmp_path: Path) -> None:
    from bench.coverage_flags import judge_flag, listed_contradictions

    table = _flags_table(tmp_path, _TITLES)
    assert listed_contradictions(table) == {("leadership:bee", "t1", "t2")}
    interim, plain = Assigned("ceo", None, ("interim",)), Assigned("ceo")
    assert judge_flag(table, "leadership:bee", "t3", "t4", {"t3": plain, "t4": interim}) == (
        True,
        "implied by t1~t2",
    )
    # the tool dropped t4's "interim": its flag against t3 would be no contradiction at all
    ok, why = judge_flag(table, "leadership:bee", "t4", "t1", {"t4": plain, "t1": interim})
    assert not ok and why == "wrong value for t4: tool ceo, table interim ceo"


def test_the_false_share_counts_implied_flags_as_true(tmp_path: Path) -> None:
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_comparison

    table = _flags_table(tmp_path)

    def cell(x: float) -> NS:
        return NS(slot=NS(kind="money", value=x, unit="USD", text=f"${x / 1e9:g}bn"))

    aspect = NS(
        id="valuation",
        cls="valuation",
        key=None,
        cells={"f1": cell(2.4e10), "f2": cell(2.4e10), "f3": cell(1.8e10), "f5": cell(1.8e10)},
        pairs=[
            NS(a="f1", b="f3", verdict="contradiction"),  # listed
            NS(a="f2", b="f3", verdict="contradiction"),  # implied
            NS(a="f2", b="f5", verdict="contradiction"),  # f5's cell is wrong ($18B; table: about $24B)
        ],
    )
    run = Run(None, None, NS(aspects=[aspect]), ["f1", "f2", "f3", "f5"], {}, [])
    c = Counts()
    flags, _ = _score_comparison(table, run, c)
    assert [(f.a, f.b, f.true) for f in flags] == [
        ("f1", "f3", True),
        ("f2", "f3", True),
        ("f2", "f5", False),
    ]
    assert (c.conflicts_total, c.conflicts_false) == (3, 1)
    # implied and not listed among f1, f2, f3, f5: f2~f3 only (f5's "about" differs and it is no copy)
    assert (c.implied_total, c.implied_found) == (1, 1)


def test_a_listed_pair_implies_even_when_its_texts_are_not_at_hand(tmp_path: Path) -> None:
    """The listed contradiction f1~f3 implies f2~f3 (f2 states f1's value) in a run that has f2 and
    f3 but not f1's text (a refill that did not find a page): the flag's truth rests on the table's
    values, not on which listed article is at hand."""
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_comparison

    table = _flags_table(tmp_path)

    def cell(x: float) -> NS:
        return NS(slot=NS(kind="money", value=x, unit="USD", text=f"${x / 1e9:g}bn"))

    aspect = NS(
        id="valuation",
        cls="valuation",
        key=None,
        cells={"f2": cell(2.4e10), "f3": cell(1.8e10), "f5": cell(2.4e10)},
        pairs=[
            NS(a="f2", b="f3", verdict="contradiction"),  # implied by f1~f3, f1 not analysed
            NS(a="f5", b="f3", verdict="contradiction"),  # f5's "about $24bn" is no copy of f1: not implied
        ],
    )
    run = Run(None, None, NS(aspects=[aspect]), ["f2", "f3", "f5"], {}, [])
    c = Counts()
    flags, _ = _score_comparison(table, run, c)
    assert [(f.a, f.b, f.true, f.why) for f in flags] == [
        ("f2", "f3", True, "implied by f1~f3"),
        ("f5", "f3", False, "not in table"),
    ]
    assert (c.implied_total, c.implied_found) == (1, 1)


def test_the_flag_miss_and_discrepancy_listings_say_why() -> None:
    from bench.coverage import Checked, Counts, Flag, Miss, Result, discrepancy_lines, flag_lines, miss_lines

    flag = Flag(
        "amount",
        "a01",
        "a09",
        "contradiction",
        "",
        ("$2.75 billion", "$4 billion"),
        False,
        "wrong value for a09: tool $4B, table $2.75B",
    )
    miss = Miss(
        "a09",
        "amount",
        None,
        "$2.75B (the second tranche)",
        "$4B ($4 billion)",
        "role.cue(deal)",
        ("$4 billion [deal]: chosen",),
    )
    checked = Checked(
        "amount", "a05", "a01", "contradiction", "total given as the new money", ("none",), False, False
    )
    r = Result("s", "real", Counts(), [flag], [miss], [checked])
    assert flag_lines([r]) == [
        'FALSE s real amount a01~a09 contradiction: a01 "$2.75 billion" vs a09 "$4 billion"'
        " | wrong value for a09: tool $4B, table $2.75B",
        "1 contradiction flags, 1 false",
    ]
    assert miss_lines([r])[:3] == [
        "MISS s real a09 amount: table $2.75B (the second tranche) | tool $4B ($4 billion)",
        "     rule: role.cue(deal)",
        "     candidate: $4 billion [deal]: chosen",
    ]
    assert discrepancy_lines([r])[0] == (
        "MISSED s real amount a05~a01 table contradiction: tool none | total given as the new money"
    )


# --- copies and same wire (docs/coverage-bench.md, docs/copies.md) -------------------------------------

_WIRES = """\
story: flags
event: deal
articles:
  - {id: w1, same_wire_as: [w3, w7], facts: {}}
  - {id: w2, copy_of: w1, facts: {}}
  - {id: w3, same_wire_as: [w1], facts: {}}
  - {id: w4, same_wire_as: [w5], facts: {}}
  - {id: w5, facts: {}}
  - {id: w6, facts: {}}
  - {id: w7, same_wire_as: [w1], facts: {}}
"""


def test_copies_and_same_wire_are_scored_against_the_table(tmp_path: Path) -> None:
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_copies

    table = _flags_table(tmp_path, _WIRES)
    wired = {"w3": ("w1",), "w6": ("w4",)}  # what the import recorded: w3~w1 right, w6~w4 wrong
    articles = [NS(id=f"w{n}", meta=NS(same_wire_as=wired.get(f"w{n}", ()))) for n in range(1, 8)]
    ids = [a.id for a in articles]
    # w2 linked as w1's copy (right); w7 linked as a copy of w1, which the table makes same wire
    run = Run(NS(articles=articles), None, None, ids, {"w2": "w1", "w7": "w1"}, [])
    c = Counts()
    _score_copies(table, run, c)
    assert (c.copies_linked, c.copies_total, c.copies_false) == (1, 1, 0)
    # table pairs of originals: w1~w3, w1~w7, w3~w7, w4~w5; linked as same wire: w1~w3 and w3~w7
    # (w7 counts under w1); w1~w7 is linked as a copy (wrong kind); w6~w4 is no pair of the table
    assert (c.wire_linked, c.wire_total, c.wire_as_copy, c.wire_false) == (2, 4, 1, 1)


def test_links_lists_each_pair_and_each_false_link(tmp_path: Path) -> None:
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Result, Run, _score_copies, link_lines

    table = _flags_table(tmp_path, _WIRES)
    articles = [NS(id=f"w{n}", meta=NS(same_wire_as=("w4",) if n == 6 else ())) for n in range(1, 8)]
    run = Run(NS(articles=articles), None, None, [a.id for a in articles], {}, [])
    c = Counts()
    _score_copies(table, run, c)
    lines = link_lines([Result("flags", "real", c)])
    assert "MISSED flags real copy w2 -> w1" in lines
    assert "MISSED flags real same wire w1 ~ w3" in lines
    assert "FALSE flags real same wire w4 ~ w6" in lines
    assert lines[-1] == "0 pairs linked, 1 false links"


# --- quote variants (docs/coverage-bench.md) --------------------------------------------------------

_VARIANTS = """\
story: flags
event: deal
articles:
  - id: v1
    facts: {}
    quotes:
      - {start: "We are proud of the", words: 12, speaker: Ivo Stark}
      - {start: "Nobody will lose a job", words: 6, speaker: Ivo Stark, variant: jobs}
  - id: v2
    facts: {}
    quotes:
      - {start: "We are proud of the", words: 9, speaker: ivo stark}
      - {start: "Not one worker will be", words: 8, speaker: Ivo Stark, variant: jobs}
      - {start: "We are proud of the", words: 7, speaker: Rosa Lind}
  - id: v3
    facts: {}
    quotes:
      - {start: "We are proud", words: 3, speaker: Ivo Stark}
"""


def test_quote_variants_are_scored_against_the_table(tmp_path: Path) -> None:
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_variants, variant_pairs

    table = _flags_table(tmp_path, _VARIANTS)
    pairs = {
        (a, qa.start[0], b, qb.start[0]) for (a, qa), (b, qb) in variant_pairs(table, ["v1", "v2", "v3"])
    }
    # same speaker and first words (case aside); the same label; a shorter start that opens the
    # other counts from three words on; another speaker's same words and one article's own quotes
    # never pair
    assert pairs == {
        ("v1", "We", "v2", "We"),
        ("v1", "Nobody", "v2", "Not"),
        ("v1", "We", "v3", "We"),
        ("v2", "We", "v3", "We"),
    }

    def carrier(aid: str, text: str) -> NS:
        return NS(article_id=aid, text=text)

    comparison = NS(
        variants=[
            NS(
                carriers=[
                    carrier("v1", "We are proud of the team"),
                    carrier("v2", "We are proud of the crew"),
                ]
            ),
            NS(carriers=[carrier("v1", "Nobody will lose a job"), carrier("v3", "Nobody will lose a job")]),
        ]
    )
    run = Run(None, None, comparison, ["v1", "v2", "v3"], {}, [])
    c = Counts()
    _score_variants(table, run, c)
    assert (c.variants_linked, c.variants_total) == (1, 4)  # only v1~v2's "We are proud" is one variant
    assert Counts(variants_linked=1, variants_total=4).measures()["quote_variants_linked"] == 0.25


def test_a_quote_variant_label_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    for bad in ("variant: []}", "variant: {a: b}}", "variant: [jobs, [x]]}"):
        path.write_text(_VARIANTS.replace("variant: jobs}", bad, 1), encoding="utf-8")
        with pytest.raises(TableError, match="variant"):
            load_table(path)


def test_a_quote_over_two_statements_carries_both_labels(tmp_path: Path) -> None:
    from bench.coverage import variant_pairs

    text = _VARIANTS.replace("variant: jobs}", "variant: [jobs, pay]}", 1).replace(
        "words: 7, speaker: Rosa Lind}", "words: 7, speaker: Rosa Lind, variant: pay}"
    )
    table = _flags_table(tmp_path, text)
    pairs = {(a, qa.start[0], b, qb.start[0]) for (a, qa), (b, qb) in variant_pairs(table, ["v1", "v2"])}
    # v1's quote runs over both statements: it pairs with each; v2's two quotes are one article's
    assert ("v1", "Nobody", "v2", "Not") in pairs and ("v1", "Nobody", "v2", "We") in pairs


def test_the_pairs_a_variant_shows_are_judged_against_the_table(tmp_path: Path) -> None:
    """Precision: each version a variant shows against its first, when both are table quotes of
    two articles, is right only when the table makes them one statement."""
    from types import SimpleNamespace as NS

    from bench.coverage import Counts, Run, _score_variants, variant_lines

    table = _flags_table(tmp_path, _VARIANTS)

    def carrier(aid: str, text: str) -> NS:
        return NS(article_id=aid, text=text)

    comparison = NS(
        variants=[
            NS(  # one statement: right
                carriers=[
                    carrier("v1", "Nobody will lose a job here"),
                    carrier("v2", "Not one worker will be laid off"),
                ]
            ),
            NS(  # Ivo Stark's pride and Rosa Lind's: two statements shown as one
                carriers=[
                    carrier("v1", "We are proud of the team"),
                    carrier("v2", "We are proud of the plant"),  # Ivo Stark's in v2 (the longer start wins)
                    carrier("v3", "We are proud, he said"),
                    carrier("v1", "We are proud of the team too"),  # the same article: not a pair shown
                    carrier("v2", "something not in the table"),
                ]
            ),
        ]
    )
    c = Counts()
    _score_variants(table, Run(None, None, comparison, ["v1", "v2", "v3"], {}, []), c)
    assert (c.variants_shown, c.variants_false) == (3, 0)
    comparison.variants[0].carriers.append(carrier("v3", "We are proud"))  # Ivo's pride shown as a jobs line
    c = Counts()
    _score_variants(table, Run(None, None, comparison, ["v1", "v2", "v3"], {}, []), c)
    assert (c.variants_shown, c.variants_false) == (4, 1)
    assert c.measures()["quote_variants_precision"] == 0.75
    result = NS(story="flags", set="own", counts=c)
    lines = variant_lines([result])
    assert "FALSE flags own v1 'Nobody will lose a job' ~ v3 'We are proud'" in lines
    assert lines[-1].endswith("1 false of 4 pairs shown")


_LAYOFF = """\
story: flags
event: layoff
articles:
  - {id: l1, facts: {count: {stated: "some 4,000 jobs", value: 4000, hedge: about}, share: {stated: "3%", value: 3}}}
  - {id: l2, facts: {count: {stated: "3,000 roles", value: 3000}, share: {stated: "3 percent", value: 3}}}
  - {id: l3, facts: {count: {stated: "about 4,000 staff", value: 4000, hedge: about}}}
discrepancies:
  - {slot: count, articles: [l1, l2], kind: contradiction}
"""


def test_a_layoffs_count_and_share_are_scored_aspects(tmp_path: Path) -> None:
    """A layoff's jobs cut and share of the workforce are the comparison's count and share aspects:
    their flags are judged against the table like an amount's, not dismissed as slot-less."""
    from bench.coverage_flags import aspect_ids_of, judge_flag

    table = _flags_table(tmp_path, _LAYOFF)
    assert aspect_ids_of(table, "count", ("l1", "l2")) == {"count"}
    assert aspect_ids_of(table, "share", ("l1", "l2")) == {"share"}
    assert judge_flag(
        table, "count", "l2", "l1", {"l1": Assigned(4000.0, None), "l2": Assigned(3000.0, None)}
    ) == (
        True,
        "listed",
    )
    # l3 states l1's count with l1's hedge: its flag against l2 is implied by the listed pair
    assert judge_flag(
        table, "count", "l3", "l2", {"l2": Assigned(3000.0, None), "l3": Assigned(4000.0, None)}
    ) == (
        True,
        "implied by l1~l2",
    )
    # the same share in both articles is no contradiction, and a wrong cell makes a flag false
    assert judge_flag(table, "share", "l1", "l2", {"l1": Assigned(3.0, "%"), "l2": Assigned(3.0, "%")}) == (
        False,
        "not in table",
    )
    ok, why = judge_flag(table, "share", "l1", "l2", {"l1": Assigned(10.0, "%"), "l2": Assigned(3.0, "%")})
    assert ok is False and why.startswith("wrong value for l1")


_NOBODY = """\
story: nobody
event: appointment
articles:
  - id: n1
    facts:
      person:      {stated: null, value: null}
      new_title:   {stated: null, value: null}
      predecessor: {stated: "Ona Brisk", value: Ona Brisk}
  - id: n2
    facts:
      person:    {stated: "Teo Vantel", value: Teo Vantel}
      new_title: {stated: "chief executive", value: ceo}
"""


def test_a_null_title_on_a_page_that_appoints_nobody_is_right_when_none_is_given(tmp_path: Path) -> None:
    """A report that the chief is expected to step down names no successor: the table's null title
    is met by no title, and a title the analysis gives there is an invented appointee."""
    from types import SimpleNamespace as NS

    from bench.coverage import Run, judge_fact

    (tmp_path / "nobody").mkdir()
    (tmp_path / "nobody" / "facts.yaml").write_text(_NOBODY, encoding="utf-8")
    table = load_table(tmp_path / "nobody" / "facts.yaml")

    def run(**slots: str) -> Run:
        facts = {k: NS(value=v, unit=None, stated=v) for k, v in slots.items()}
        article = NS(facts=NS(get=facts.get))
        return Run(None, NS(articles={"n1": article, "n2": article}), None, ["n1", "n2"], {}, [])

    nobody, titled = table.article("n1").facts["new_title"], table.article("n2").facts["new_title"]
    assert judge_fact(table, run(), "n1", "new_title", nobody)[0]
    assert judge_fact(table, run(predecessor="Ona Brisk"), "n1", "new_title", nobody)[0]
    # an appointee the page does not name, with a title: wrong
    right, got = judge_fact(table, run(person="Ona Brisk", new_title="ceo"), "n1", "new_title", nobody)
    assert not right and got[0][1] is not None and got[0][1].value == "ceo"
    # a page that appoints someone still needs the title
    assert judge_fact(table, run(person="Teo Vantel", new_title="ceo"), "n2", "new_title", titled)[0]
    assert not judge_fact(table, run(person="Teo Vantel"), "n2", "new_title", titled)[0]


_DAYS = """\
story: flags
event: appointment
articles:
  - {id: d1, facts: {person: {stated: "Ann Lee", value: Ann Lee}, effective: {stated: "on March 3", value: 2031-03-03}}}
  - {id: d2, facts: {person: {stated: "Ann Lee", value: Ann Lee}, effective: {stated: "early next month", value: null}}}
  - {id: d3, facts: {person: {stated: "Ann Lee", value: Ann Lee}, date: {stated: "on Monday", value: 2031-03-03}}}
discrepancies:
  - {slot: effective, articles: [d2, d1], kind: precision}
  - {slot: date, articles: [d3, d1], kind: variation}
"""


def test_an_appointments_days_are_scored_aspects(tmp_path: Path) -> None:
    """The day a change takes effect is the comparison's Effective row, and an appointment's date
    is its Date row or, told as one day with the effective day, the Effective row (stop 35: the
    tables' effective-day discrepancies went unscored)."""
    from bench.coverage_flags import aspect_ids_of

    table = _flags_table(tmp_path, _DAYS)
    assert aspect_ids_of(table, "effective", ("d1", "d2")) == {"effective"}
    assert aspect_ids_of(table, "date", ("d1", "d3")) == {"date", "effective"}
    # a slot the comparison has no row for stays unscored
    assert aspect_ids_of(table, "departure", ("d1", "d2")) == set()


_YEARLESS = """\
story: flags
event: appointment
articles:
  - {id: y1, facts: {person: {stated: "Ann Lee", value: Ann Lee}, effective: {stated: "effective May 4", value: --05-04}}}
  - {id: y2, facts: {person: {stated: "Ann Lee", value: Ann Lee}, effective: {stated: "on May 4, 2031", value: 2031-05-04}}}
  - {id: y3, facts: {person: {stated: "Ann Lee", value: Ann Lee}, date: {stated: "on Feb. 29", value: --02-29}}}
"""


def test_a_day_told_without_a_year_is_tabled_and_matched_as_yearless(tmp_path: Path) -> None:
    """A page with no date of its own that gives a month and day without a year is tabled so
    ("--05-04", the form the extractor writes): it is right for the same yearless day only, not for
    another day and not for a dated day (which tells a year the page does not give); a dated table
    day is not right for the yearless form either (stop 42, the lead's table decision 1)."""
    table = _flags_table(tmp_path, _YEARLESS)
    yearless = table.article("y1").facts["effective"]
    dated = table.article("y2").facts["effective"]
    assert yearless.value == "--05-04"
    assert fact_right("effective", yearless, Assigned("--05-04"))
    assert not fact_right("effective", yearless, Assigned("--05-14"))
    assert not fact_right("effective", yearless, Assigned("--04-05"))
    assert not fact_right("effective", yearless, Assigned("2031-05-04"))
    assert not fact_right("effective", yearless, None)
    assert fact_right("effective", dated, Assigned("2031-05-04"))
    assert not fact_right("effective", dated, Assigned("--05-04"))
    assert not fact_right("effective", dated, Assigned("2030-05-04"))
    # February 29 is a day without a year (some year has it)
    assert fact_right("date", table.article("y3").facts["date"], Assigned("--02-29"))


@pytest.mark.parametrize("bad", ["--13-01", "--02-30", "May 4", "05-04", "2031-05", "Monday"])
def test_a_day_slot_that_is_no_day_is_refused(tmp_path: Path, bad: str) -> None:
    text = _YEARLESS.replace("value: --05-04}", f'value: "{bad}"}}', 1)
    assert bad in text
    with pytest.raises(TableError, match="is not a day"):
        _flags_table(tmp_path, text)
