"""A word-for-word copy rests on the writers' own words, not on quotations (issue 12, docs/copies.md).

Two reports of one statement can each carry five of its sentences word for word -- as quotations,
the speaker's words, which any report may carry -- with nothing of their own between them. Aligned,
they look like a copy cut at another point (five sentences from the lead, mean likeness above 90, no
gap), but nothing of either writer's prose is shared: no copy. Two edits of one wire story that also
share the wire's own sentences stay same wire, and a copy that keeps the original's narration word
for word stays a copy. Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

QUOTED_A = """Corvane chief steps down after nine years

Corvane said on Tuesday that its chief executive Ilse Marov would leave at the end of the month.
“Leading Corvane for nine years has been the privilege of my working life,” Marov said in the statement.
“I am proud of the team we built and of the customers who trusted us through two hard winters,” she said.
“The board and I agree that now is the right moment to hand over to a new generation,” Marov said.
“I will stay on as an adviser until the summer to make sure the change is a smooth one,” she added.
“Our plan for the next three years stays as it is, and so does our dividend,” Marov said.
Corvane shares closed 3% lower in Oslo after the announcement.
Analysts at a Nordic bank wrote that the timing surprised investors who had expected a longer search.
"""

QUOTED_B = """Marov to leave Corvane at month end

Corvane chief executive Ilse Marov will step down at the end of the month, the company said.
“Leading Corvane for nine years has been the privilege of my working life,” Marov said in the statement.
“I am proud of the team we built and of the customers who trusted us through two hard winters,” she said.
“The board and I agree that now is the right moment to hand over to a new generation,” Marov said.
“I will stay on as an adviser until the summer to make sure the change is a smooth one,” she added.
“Our plan for the next three years stays as it is, and so does our dividend,” Marov said.
The board named finance head Petter Lund to run the company while it looks for a successor.
Lund joined the company from a shipping group in 2019 and has led two acquisitions since.
"""

NARRATED_A = """Corvane chief steps down after nine years

Corvane said on Tuesday that its chief executive Ilse Marov would leave at the end of the month.
The company did not give a reason for the departure and said a search for a successor had begun.
Marov took over in 2015 and doubled sales by moving the group into refrigerated freight.
Under her the group bought two rivals in Sweden and opened a depot near the port of Gdansk.
Corvane shares closed 3% lower in Oslo after the announcement on Tuesday afternoon.
Analysts at a Nordic bank wrote that the timing surprised investors who had expected a longer search.
"""

NARRATED_COPY = """Corvane boss to go

Corvane said on Tuesday that its chief executive Ilse Marov would leave at the end of the month.
The company did not give a reason for the departure and said a search for a successor had begun.
Marov took over in 2015 and doubled sales by moving the group into refrigerated freight.
Under her the group bought two rivals in Sweden and opened a depot near the port of Gdansk.
Corvane shares closed 3% lower in Oslo after the announcement on Tuesday afternoon.
"""


def test_reports_sharing_only_a_statements_quotations_are_no_copy() -> None:
    al = align(sentences_of(QUOTED_A), sentences_of(QUOTED_B))
    # what made it look like a copy: five aligned from the lead, word for word, no gap ...
    assert al.aligned >= 5 and al.lead and al.mean_ratio >= 90 and al.gaps <= 1
    # ... but every one of them is a quotation: nothing of the writers' own prose is shared
    assert al.verbatim == 0
    assert not is_rewrite(al)
    assert not is_same_wire(al)


def test_a_copy_of_the_narration_word_for_word_is_still_a_copy() -> None:
    al = align(sentences_of(NARRATED_COPY), sentences_of(NARRATED_A))
    assert al.verbatim >= 3
    assert is_rewrite(al)
