"""An interim post against a post whose permanence one article does not state (issue 12): "CEO"
and "interim CEO" are no contradiction when the first article never says whether the post is for
good -- it is the less precise of the two. "interim" against a post the text calls permanent
("named permanent chief executive", "... chief executive permanently") is one. The extractor marks
a stated permanence on the modifier fact's rule (model.PERMANENCE_STATED); without it "permanent" is
its default. Invented companies, people and sentences; hand-written expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.model import Slot
from tui.analysis.compare.verdicts import CONTRADICTION, PRECISION, VARIATION, title_verdict
from tui.analysis.extract import analyse_article
from tui.analysis.model import PERMANENCE_STATED
from tui.analysis.pipeline import analyse
from tui.corpus.model import Article, ArticleMeta, Span

INTERIM = (
    "Quillon Freight turns to its finance chief\n\n"
    "Dara Menon, the finance chief of Quillon Freight, will serve as interim chief executive after "
    "Paul Strand stepped down, the company said on Monday.\n\n"
    "The board has hired a search firm, the company said.\n"
)
UNSTATED = (
    "Dara Menon to run Quillon Freight\n\n"
    "Quillon Freight said on Monday that Dara Menon has been named chief executive after Paul Strand "
    "stepped down.\n\n"
    "Shares of the carrier rose 2% in early trading.\n"
)
PERMANENT_BEFORE = (
    "Quillon Freight settles on Dara Menon\n\n"
    "Quillon Freight said on Monday that Dara Menon has been named permanent chief executive after "
    "Paul Strand stepped down.\n\n"
    "Shares of the carrier rose 2% in early trading.\n"
)
PERMANENT_AFTER = (
    "Quillon Freight settles on Dara Menon\n\n"
    "The board of Quillon Freight on Monday named Dara Menon chief executive permanently, after Paul "
    "Strand stepped down.\n\n"
    "Shares of the carrier rose 2% in early trading.\n"
)


def _modifier(text: str) -> tuple[str, str]:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 5, 5)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "appointment"
    assert facts.slots["person"].value == "Dara Menon" and facts.slots["new_title"].value == "ceo"
    mod = facts.slots["modifier"]
    return str(mod.value), mod.rule


def test_the_extractor_marks_a_permanence_the_text_states() -> None:
    value, rule = _modifier(UNSTATED)
    assert value == "permanent" and not rule.endswith(PERMANENCE_STATED)  # the default: nothing said
    for text in (PERMANENT_BEFORE, PERMANENT_AFTER):
        value, rule = _modifier(text)
        assert value == "permanent" and rule.endswith(PERMANENCE_STATED), text
    value, rule = _modifier(INTERIM)
    assert value == "interim" and not rule.endswith(PERMANENCE_STATED)


def test_a_permanent_successor_sought_is_not_this_post() -> None:
    # "a permanent successor" after an unqualified title is the board's search, not how Menon holds it
    text = UNSTATED.replace("stepped down.", "stepped down, while a permanent successor is sought.")
    value, rule = _modifier(text)
    assert value == "permanent" and not rule.endswith(PERMANENCE_STATED)


def _title(text: str, *mods: str) -> Slot:
    return Slot("role", text, Span("t", 0, 3), normalized="ceo", modifiers=tuple(sorted(mods)))


def test_title_verdicts_on_permanence() -> None:
    interim, bare, permanent = _title("interim CEO", "interim"), _title("CEO"), _title("CEO", "permanent")
    v = title_verdict(bare, interim)
    assert (v.kind, v.reason) == (PRECISION, "permanence-unstated")
    assert "does not say" in v.why and "“interim CEO”" in v.why
    assert title_verdict(interim, permanent).kind == CONTRADICTION
    assert title_verdict(_title("acting CEO", "acting"), permanent).kind == CONTRADICTION
    assert title_verdict(bare, permanent).kind == PRECISION
    assert title_verdict(permanent, permanent).kind not in (CONTRADICTION, PRECISION)
    # a co-CEO is another post than a CEO whatever its permanence
    assert title_verdict(_title("co-CEO", "co"), bare).kind == CONTRADICTION
    assert title_verdict(_title("acting CEO", "acting"), interim).kind == VARIATION


def _leadership(tmp_path: Path, texts: dict[str, str]):  # noqa: ANN202
    corpus = _corpus(tmp_path, texts)
    comparison = compare(corpus, analyse(corpus), list(texts))
    return next(a for a in comparison.aspects if a.id == "leadership:menon")


def test_interim_against_an_unstated_post_is_precision_not_a_contradiction(tmp_path: Path) -> None:
    row = _leadership(tmp_path, {"interim": INTERIM, "named": UNSTATED})
    assert row.cells["interim"].slot.modifiers == ("interim",)
    assert row.cells["named"].slot.modifiers == ()
    (pair,) = row.pairs
    assert (pair.verdict, pair.reason) == (PRECISION, "permanence-unstated")
    assert row.verdict != "conflict" and {c.mark for c in row.cells.values()} == {"agree"}


def test_interim_against_a_stated_permanent_post_is_a_contradiction(tmp_path: Path) -> None:
    row = _leadership(tmp_path, {"interim": INTERIM, "before": PERMANENT_BEFORE, "after": PERMANENT_AFTER})
    assert row.cells["before"].slot.modifiers == ("permanent",)
    verdicts = {(p.a, p.b): p.verdict for p in row.pairs}
    assert verdicts[("interim", "before")] == CONTRADICTION
    assert verdicts[("interim", "after")] == CONTRADICTION
    assert verdicts[("before", "after")] not in (CONTRADICTION, PRECISION)
