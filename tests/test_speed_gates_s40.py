"""Stop 40, speed: a gate in front of the search for an outlet's credit line (issue 11).

`entities._outlet_credits` tried, for every short line of every page, whether the line is an outlet's
name alone or an outlet with its writer or its date ("Reuters", "A. Writer | Bloomberg"): up to six
look-ups in the gazetteer a line (the outlet one to three words long, at the line's head or at its
end). An outlet's credit has the outlet at the head or at the end, so a line whose first word opens no
outlet's name and whose last word ends none is now passed over before those look-ups
(`Tables.outlet_first` / `outlet_last`). These tests hold the gated function to the function as it
stood at the start of the stop (`_reference`) on invented lines: credits with the outlet at the head,
at the end, alone, after "From" or "The", after a page's date stamp, and lines that are no credit."""

from __future__ import annotations

import random

import pytest

from tui.analysis.extract.entities import _credit_line, _known_type, _outlet_credits
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.tokens import Token, tokenize_marked
from tui.analysis.model import EntityType
from tui.corpus.furniture import stamp_length
from tui.corpus.text import line_spans


def _reference(
    sentence_tokens: list[tuple[tuple[int, int], list[Token]]], text: str
) -> frozenset[tuple[int, int]]:
    """`_outlet_credits` as it stood before the gate: every short line looked up."""
    tab = tables()
    out = set()
    for sent, toks in sentence_tokens:
        skip = stamp_length(text, sent[0], sent[1]) if toks and toks[0].text.lower() == "date" else 0
        if skip:
            toks = [t for t in toks if t.start >= sent[0] + skip]
        words = [t for t in toks if t.is_word]
        if 1 <= len(words) <= 6 and words[0].text in ("The", "From", "By"):
            words = words[1:]
        if not words or len(words) > 10 or any(not t.is_word and t.text not in ":.-–—|," for t in toks):
            continue
        if (len(words) <= 5 and _known_type(tab, words) == EntityType.OUTLET) or _credit_line(words, tab):
            out.add(sent)
    return frozenset(out)


def _lines(text: str) -> list[tuple[tuple[int, int], list[Token]]]:
    """Each line of `text` as one sentence with its tokens."""
    return [((s, e), tokenize_marked(text, s, e)[0]) for s, e in line_spans(text) if e > s]


def _credits(text: str) -> tuple[list[str], list[str]]:
    """The lines taken as credits by the gated function and by the reference."""
    lines = _lines(text)
    gated = _outlet_credits(lines, tables(), text)
    return [text[s:e] for s, e in sorted(gated)], [text[s:e] for s, e in sorted(_reference(lines, text))]


# Credit lines of invented pages: the outlet alone, at the head, at the end, after "From"/"The".
CREDITS = [
    "Reuters",
    "The Associated Press",
    "From Bloomberg News:",
    "Mara Quillon | Fortune",
    "Ilse Varga | Axios",
    "Axios Nov 29 | Updated on November 29, 2021",
    "Politico - Updated on March 3, 2024",
]

# Lines that are no credit: the outlet in the middle, an outlet no one knows, a sentence.
NOT_CREDITS = [
    "Mara Quillon for Reuters in Oslo",
    "Mara Quillon | Harbour Dispatch Weekly Review",
    "Reuters reported the sale on Monday, citing two people.",
    "Shares of Tillbrook Grain rose 4% in early trading.",
    "Updated on November 29, 2021",
]


@pytest.mark.parametrize("line", CREDITS)
def test_a_credit_line_is_still_found(line: str) -> None:
    text = f"Tillbrook Grain to sell its mills\n{line}\nTillbrook Grain agreed on Monday to sell its mills."
    gated, reference = _credits(text)
    assert gated == [line]
    assert reference == [line]


def test_an_outlet_only_at_the_end_of_the_line_is_found() -> None:
    # the head word ("Mara") opens no outlet's name: only the end's test finds this credit
    line = "Mara Quillon | Fortune"
    tab = tables()
    assert "Mara" not in tab.outlet_first and "Fortune" in tab.outlet_last
    assert _credits(f"{line}\n")[0] == [line]


def test_a_credit_after_the_pages_date_stamp_is_found_as_before() -> None:
    text = " date 2023-09-12 From Reuters:\nThe mill's owner said on Monday it would sell.\n"
    gated, reference = _credits(text)
    assert gated == reference


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_a_line_that_is_no_credit_is_not_found(line: str) -> None:
    assert _credits(f"{line}\n") == ([], [])


def test_random_short_lines_answer_as_before() -> None:
    # words that open or end outlets' names, writers' names, a date's words, punctuation allowed on
    # a credit line and not: the gated function gives what the full look-up gives on every line
    vocabulary = [
        "Reuters", "Bloomberg", "News", "The", "From", "By", "Associated", "Press", "Fortune", "Axios",
        "Wall", "Street", "Journal", "Financial", "Times", "Mara", "Quillon", "Ilse", "Varga", "Updated",
        "on", "November", "29", "2021", "|", "-", ":", ",", "(", "said", "Tillbrook", "Grain", "AP", "FT",
    ]  # fmt: skip
    rng = random.Random(40)
    lines = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    text = "\n".join(lines) + "\n"
    sentence_tokens = _lines(text)
    gated = _outlet_credits(sentence_tokens, tables(), text)
    reference = _reference(sentence_tokens, text)
    assert gated == reference
    assert len(reference) > 100  # the set holds credits, not only lines that are none


# --- a capitalized phrase of a company's functions only: each distinct form tested once --------------


def test_each_form_is_tested_once_for_functions_only_and_the_field_still_goes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_without_business_functions` asked whether each candidate (each time a name is written) is a
    phrase of a company's functions only, up to four times a candidate; it now asks once a distinct
    form. The answers are the function's own, so the field of a title still names no one."""
    from tests.factories import entity_types
    from tui.analysis.extract import entities

    asked: list[tuple[str, ...]] = []
    real = entities._functions_only

    def counting(form: tuple[str, ...], tab: object) -> bool:
        asked.append(form)
        return real(form, tab)  # type: ignore[arg-type]

    monkeypatch.setattr(entities, "_functions_only", counting)
    text = (
        "Harbour Bank named Ilse Varga, its senior vice president of Strategy and Investor Relations, "
        "finance chief on Monday. Varga joined Harbour Bank in 2015. Harbour Bank said Varga would keep "
        "Investor Relations until March. Harbour Bank declined to comment further."
    )
    got = entity_types(text)
    assert got.get("Ilse Varga") == "person", got
    assert got.get("Harbour Bank") == "organization", got
    assert not {"Strategy", "Investor Relations", "Relations"} & set(got), got
    assert asked and len(asked) == len(set(asked))  # no form asked twice
