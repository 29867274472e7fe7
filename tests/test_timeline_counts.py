"""A count in the timeline and the provenance line reads as the articles write it (stop 36).

The form: a layoff's count, a plain number of people ("55,000 jobs"), shown by its raw value
("up to 55000"), and a count told as a range shown as "range 55000" (its top with the hedge's name).
Now a count of a thousand or more has its thousands separated, and a range shows both its ends.
Hand-written values from invented stories (a telecom, a bank, a grocer).
"""

from __future__ import annotations

from tui.analysis.model import FactValue
from tui.analysis.timeline import fact_key, show_fact
from tui.corpus.model import Span


def _count(value: float, hedge: str | None = None, low: float | None = None) -> FactValue:
    high = value if low is not None else None
    return FactValue("count", value, None, "as written", Span("a", 0, 1), hedge=hedge, low=low, high=high)


def test_counts_read_as_written() -> None:
    assert show_fact(_count(55000, "up_to")) == "up to 55,000"  # a telecom's ceiling
    assert show_fact(_count(3400)) == "3,400"  # a bank's bare count
    assert show_fact(_count(12000, "at_least")) == "at least 12,000"


def test_a_range_shows_both_ends() -> None:
    assert show_fact(_count(55000, "range", 40000)) == "40,000 to 55,000"
    assert show_fact(_count(900, "range", 700)) == "700 to 900"  # a grocer's positions


def test_near_miss_small_counts_and_the_key_are_unchanged() -> None:
    assert show_fact(_count(900)) == "900"
    # the key that groups one figure however hedged does not change with the display
    assert fact_key(_count(55000, "range", 40000)) == fact_key(_count(55000, "up_to"))
