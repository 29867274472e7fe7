"""A fact resting on a photo caption is no statement of the page's own (issue 12, stop 42;
compare/aspects.py `fact_memberships`, `_told_in_text`).

The form: a page opens on a picture whose caption tells the scene of an earlier signing ("X and Y
signed the papers for the Z purchase in 2019. (Photo: ...)"); the extractor read the caption's verb
as the deal's status, and Compare showed the caption's sentence as the page's status, agreeing or
not with the others. A caption is page furniture (tui/corpus/furniture.py): a fact resting on it is
shown from the page's own text when the same words are there, else the page does not tell it.

Invented texts written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_flag_why import TALKS, _compared

SIGNED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor chief Ana Lind and Lumen's Per Moe signed the papers for the Crestline purchase in 2019. "
    "(Photo: Ola Brandt/Tidewire)\n\n"
    "Harbor Foods will acquire Lumen Dairy for $14 billion, the two companies said on Tuesday.\n\n"
    "It is the largest purchase Harbor has made so far.\n"
)


def test_no_cell_rests_on_a_photo_caption(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"signed": SIGNED, "talks": TALKS})
    for aspect in result.aspects:
        cell = aspect.cells.get("signed")
        if cell is not None and cell.main is not None:
            assert not cell.main.furniture, (aspect.id, cell.main.text)
            assert "Crestline" not in cell.main.text or aspect.cls == "past_deals"
    status = next((a for a in result.aspects if a.cls == "status"), None)
    if status is not None:
        cell = status.cells.get("signed")
        assert cell is None or cell.slot is None or "signed" not in cell.shown
    # the page's own statement of the deal is still shown
    amount = result.aspect("amount")
    assert amount.cells["signed"].slot is not None and amount.cells["signed"].slot.text == "$14 billion"
