"""Letters that re.IGNORECASE folds to ASCII (dotless ı, long ſ, Kelvin K) must not crash the
figure normalizer, and the speed gates in front of the patterns must not hide such matches."""

from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.hedges import find_hedges


def test_dotless_i_scale_word_is_normalized_not_a_crash() -> None:
    figs = find_figures("It would cost 5 trillıon dollarſ over time.", "a")
    assert [(f.kind.value, f.value, f.unit) for f in figs] == [("money", 5e12, "USD")]


def test_scaled_count_with_long_s_and_dotless_i() -> None:
    figs = find_figures("Some 3 bıllion people use it.", "a")
    assert [(f.kind.value, f.value, f.unit) for f in figs] == [("count", 3e9, "people")]


def test_hedge_phrase_with_a_folded_letter_keeps_its_offsets() -> None:
    # "İ" lower-cases to two characters: the phrase after it must still land on the right span.
    text = "İn June the company was poised to close; it iſ said to be near."
    hedges = find_hedges(text, "a")
    assert [h.text for h in hedges] == [text[h.span.start : h.span.end] for h in hedges]
    assert [h.text.lower() for h in hedges] == ["poised to", "iſ said to"]
