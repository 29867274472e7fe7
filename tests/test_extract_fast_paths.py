"""Fast paths in the extractor give exactly what the plain pattern gives (invented strings)."""

from __future__ import annotations

import random
import re

from tui.analysis.extract import entities as en
from tui.analysis.extract.attribution import _runs_of


def test_runs_of_is_finditer_filtered() -> None:
    rng = random.Random(11)
    alphabet = ["said", "says", "aid", "sai", "d", " ", "-", "é", "x", "S", "told", "\n", "'", "1"]
    wanted = frozenset({"said", "says", "told", "aid"})
    for _ in range(3000):
        low = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        want = [(m.start(), m.end(), m.group()) for m in re.finditer("[a-z]+", low) if m.group() in wanted]
        assert _runs_of(low, wanted) == want, low


def test_role_cues_on_lower_case_text() -> None:
    for text in [
        "Acme Named Jane Roe As Its New Chief Executive, and she Took Over As CEO",
        "He WILL BECOME the chair; she steps in AS interim head INTO the role",
        "Asked about it, Nassim said nothing",
    ]:
        want = [m.span() for m in en._ROLE_CUE.finditer(text)]
        assert want or text.startswith("Asked")
        assert [m.span() for m in en._ROLE_CUE_LOW.finditer(text.lower())] == want, text
