"""The break-up fee gets its own Compare row, fed by the extractor's figure role only (stop 63, "fee63", issue 12).

The extractor read a payment owed when a deal ends as the figure role `breakup_fee` (stop 62), and the comparison put
that role in no row: two pages telling the fee as $400 million and $450 million raised nothing, and pages that agree on
it were never lined up. Now:

1. (extractor) a fee told as a REVERSE one ("a reverse termination fee", "a reverse break-up fee") is its own role,
   `reverse_fee`: the buyer's payment, another fact than the target's break-up fee;
2. (extractor) a fee's noun right after the figure ("would pay a $N breakup fee") says what the figure is, as an
   `after` cue does: it beats the deal word "pay" before it (`noun_after` in figure_roles.yaml);
3. (comparison) each role has a row of its own ("Break-up fee", "Reverse break-up fee"), judged as an event fact's
   figures are (aspects.yaml `one_fact`): pages that agree within the money tolerance agree (a hedge, a written form,
   another currency through a page's own conversion), a real difference is a contradiction, a silent page is left out,
   and a reverse fee is never set against a fee;
4. (bench) a table gives a page's fee under `compared:` and codes a disagreement on it with the slot `breakup_fee`.

Each form is written first as a general shape, then tested with three invented wordings and a near miss. Every company,
person and figure is invented; no sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from bench.coverage import Assigned
from bench.coverage_facts import load_table
from bench.coverage_flags import aspect_ids_of, judge_flag
from tests.factories import amount_role_of, compare_texts, facts_of, slot_value
from tests.pilot import until_loaded
from tui.analysis.compare.aspects import role_classes
from tui.analysis.compare.model import Aspect
from tui.analysis.pipeline import analyse
from tui.app.app_base import AppBase
from tui.app.screens.compare import CompareScreen
from tui.corpus.loader import load_corpus


def _rows(folder: Path, texts: dict[str, str]) -> dict[str, Aspect]:
    return {a.cls: a for a in compare_texts(folder, texts).aspects}


def _cells(aspect: Aspect) -> dict[str, str]:
    """Each page's cell in the row, as written; a page the row leaves out is absent."""
    return {aid: c.slot.text for aid, c in aspect.cells.items() if c.present and c.slot is not None}


def _verdicts(aspect: Aspect) -> dict[tuple[str, str], str]:
    return {(p.a, p.b): p.verdict for p in aspect.pairs}


# --- form 1: a reverse fee is the buyer's, its own role ---------------------------------------------------------------
# The shape: a payment owed when the deal ends, named as a reverse one ("reverse termination fee", "reverse break-up
# fee", "reverse breakup fee", "reverse termination payment"), its words before or after the figure -> role
# `reverse_fee`, never the deal's amount. Near miss: a plain termination fee (no "reverse") stays `breakup_fee`.


def test_a_reverse_termination_fee_after_the_figure_is_the_reverse_fee() -> None:
    facts = facts_of(
        "Tamsin Rail to buy Oxley Freight\n\nTamsin Rail agreed to buy Oxley Freight for $11 billion. Tamsin would "
        "pay a $700 million reverse termination fee if antitrust officials stop the purchase.\n"
    )
    assert amount_role_of(facts, "$700 million") == "reverse_fee"
    assert slot_value(facts, "amount") == 11e9


def test_a_reverse_break_up_fee_before_the_figure_is_the_reverse_fee() -> None:
    facts = facts_of(
        "Pellam buys Cordwain\n\nPellam Biotech will acquire Cordwain Therapeutics for $2.4 billion in cash. The "
        "merger agreement sets a reverse break-up fee of $120 million payable to Cordwain.\n"
    )
    assert amount_role_of(facts, "$120 million") == "reverse_fee"
    assert slot_value(facts, "amount") == 2.4e9


def test_a_reverse_termination_payment_owed_on_the_end_is_the_reverse_fee() -> None:
    facts = facts_of(
        "Yarrow Networks to acquire Brisk Cloud\n\nYarrow Networks is buying Brisk Cloud for $5.5 billion; Yarrow "
        "would owe Brisk $260 million in a reverse termination payment should the transaction collapse.\n"
    )
    assert amount_role_of(facts, "$260 million") == "reverse_fee"
    assert slot_value(facts, "amount") == 5.5e9


def test_near_miss_a_plain_termination_fee_stays_the_break_up_fee() -> None:
    facts = facts_of(
        "Tamsin Rail to buy Oxley Freight\n\nTamsin Rail agreed to buy Oxley Freight for $11 billion. Oxley would "
        "owe a termination fee of $350 million if it took a rival bid.\n"
    )
    assert amount_role_of(facts, "$350 million") == "breakup_fee"


# --- form 2: a fee's noun right after the figure beats the deal's "pay" ----------------------------------------------
# The shape: "<X> would pay/owes/faces a $N breakup fee | break fee | termination fee": the noun right after the figure
# says what it is -> `breakup_fee`, though the deal word "pay" stands nearer before it; the deal's price stays the
# amount. Near miss: "pay $N for <Y>" with a fee told elsewhere in the sentence is the price.


def test_would_pay_a_breakup_fee_is_the_fee_not_the_price() -> None:
    facts = facts_of(
        "Lorne Energy to buy Vesta Grid\n\nLorne Energy will buy Vesta Grid for $9 billion. Vesta would pay a "
        "$300 million breakup fee if its holders vote the merger down.\n"
    )
    assert amount_role_of(facts, "$300 million") == "breakup_fee"
    assert slot_value(facts, "amount") == 9e9


def test_has_to_pay_a_break_fee_is_the_fee() -> None:
    facts = facts_of(
        "Ormond Foods buys Tilly Snacks\n\nOrmond Foods agreed to acquire Tilly Snacks for $1.9 billion on Monday. "
        "Tilly Snacks has to pay an $80 million break fee should it accept another offer.\n"
    )
    assert amount_role_of(facts, "$80 million") == "breakup_fee"
    assert slot_value(facts, "amount") == 1.9e9


def test_agreed_to_pay_a_termination_fee_is_the_fee() -> None:
    facts = facts_of(
        "Halbrook to buy Sennet\n\nHalbrook Media is acquiring Sennet Studios for $4 billion. Sennet agreed to pay a "
        "$150 million termination fee in some cases.\n"
    )
    assert amount_role_of(facts, "$150 million") == "breakup_fee"


def test_near_miss_pay_a_sum_for_the_company_is_the_price() -> None:
    facts = facts_of(
        "Lorne Energy to buy Vesta Grid\n\nLorne Energy will pay $9 billion for Vesta Grid, and the agreement "
        "includes a breakup fee.\n"
    )
    assert amount_role_of(facts, "$9 billion") == "deal"
    assert slot_value(facts, "amount") == 9e9


# --- form 3: the Compare rows ----------------------------------------------------------------------------------------
# The shape: every page's figure read as `breakup_fee` is a cell of the row "Break-up fee" (as `reverse_fee`, of the
# row "Reverse break-up fee"): one fact of the event, judged. Near miss: a fee paid to advisers (no end of the deal) is
# in no fee row.

_DEAL = "Quillon Systems agreed to buy Derwent Labs for $8 billion on Monday."


def test_pages_that_agree_on_the_fee_within_the_tolerance_agree(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Derwent would owe Quillon a break-up fee of about $400 million if it backed out.",
            "p2": "Quillon Systems is buying Derwent Labs for $8 billion, with a $400m termination fee payable by "
            "Derwent.",
            "p3": "Derwent Labs will be acquired by Quillon Systems for $8 billion. Derwent faces a breakup fee of "
            "$400 million should it walk away.",
        },
    )
    fee = rows["breakup_fee"]
    assert fee.label == "Break-up fee"
    assert fee.checkable
    assert set(_cells(fee)) == {"p1", "p2", "p3"}
    assert fee.verdict == "agree"
    assert "contradiction" not in _verdicts(fee).values()
    assert "amount" in rows and "$400" not in _cells(rows["amount"]).get("p2", "")


def test_pages_that_tell_two_fees_contradict(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Derwent would owe a termination fee of $400 million if it accepted a rival offer.",
            "p2": f"{_DEAL} The agreement includes a $450 million breakup fee payable by Derwent.",
        },
    )
    fee = rows["breakup_fee"]
    assert _cells(fee) == {"p1": "$400 million", "p2": "$450 million"}
    assert fee.verdict == "differ"
    assert _verdicts(fee) == {("p1", "p2"): "contradiction"}
    assert all(p.verdict != "contradiction" for p in rows["amount"].pairs)


def test_a_page_silent_on_the_fee_is_left_out_of_the_row(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Derwent would owe a termination fee of $400 million if it accepted a rival offer.",
            "p2": f"{_DEAL} The companies expect the purchase to close next year.",
            "p3": f"{_DEAL} Derwent agreed to a breakup fee of $400 million.",
        },
    )
    fee = rows["breakup_fee"]
    assert set(_cells(fee)) == {"p1", "p3"}
    assert not fee.cells["p2"].present
    assert all("p2" not in (p.a, p.b) for p in fee.pairs)
    assert _verdicts(fee) == {("p1", "p3"): "same"}


def test_a_reverse_fee_beside_a_fee_is_never_set_against_it(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Derwent would owe a termination fee of $400 million if it accepted a rival offer.",
            "p2": f"{_DEAL} Quillon would pay a $900 million reverse termination fee if regulators block the deal.",
            "p3": f"{_DEAL} The deal carries a reverse break-up fee of $900 million, and Derwent faces a $400 million "
            "breakup fee.",
        },
    )
    fee, reverse = rows["breakup_fee"], rows["reverse_fee"]
    assert _cells(fee) == {"p1": "$400 million", "p3": "$400 million"}
    assert _cells(reverse) == {"p2": "$900 million", "p3": "$900 million"}
    assert reverse.label == "Reverse break-up fee"
    assert "contradiction" not in _verdicts(fee).values()
    assert "contradiction" not in _verdicts(reverse).values()


def test_two_fees_a_page_tells_unmarked_are_two_payments_not_a_contradiction(tmp_path: Path) -> None:
    # a second fee told without "reverse" and without its payer: the extractor reads both as break-up fees; a compared
    # page giving both sums says they are two payments, so two pages giving one each are shown apart, never flagged
    # (stop 63, "deals2": a fee the buyer is told to owe on a condition is the reverse fee, tests/test_deals_s63b.py)
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Derwent would owe a termination fee of $480 million if it took a rival bid. Derwent "
            "would receive a $900 million breakup fee if antitrust officials stop the deal.",
            "p2": f"{_DEAL} A $900 million breakup fee is due if the purchase is blocked.",
            "p3": f"{_DEAL} Derwent agreed to a $480 million termination fee.",
        },
    )
    fee = rows["breakup_fee"]
    assert set(_cells(fee)) == {"p1", "p2", "p3"}
    assert "contradiction" not in _verdicts(fee).values()
    assert _verdicts(fee)[("p2", "p3")] == "differ"


def test_a_fee_in_another_currency_through_the_pages_own_conversion_agrees(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": "Quillon Systems agreed to buy Derwent Labs for €7.4 billion ($8 billion). Derwent agreed to a "
            "termination fee of €370 million ($400 million).",
            "p2": f"{_DEAL} Derwent would owe Quillon a break-up fee of $400 million if it backed out.",
        },
    )
    fee = rows["breakup_fee"]
    assert set(_cells(fee)) == {"p1", "p2"}
    assert _verdicts(fee)[("p1", "p2")] == "variation"


def test_near_miss_fees_to_advisers_are_in_no_fee_row(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        {
            "p1": f"{_DEAL} Quillon expects to pay about $60 million in fees to its advisers on the purchase.",
            "p2": f"{_DEAL} Quillon will pay some $75 million in fees to bankers and lawyers.",
        },
    )
    assert "breakup_fee" not in rows and "reverse_fee" not in rows


def test_each_fee_role_goes_to_its_own_row() -> None:
    assert role_classes()["breakup_fee"]["money"] == "breakup_fee"
    assert role_classes()["reverse_fee"]["money"] == "reverse_fee"


# --- form 4: the bench scores a fee disagreement where the table codes it --------------------------------------------
# The shape: a table gives a page's fee under `compared: {breakup_fee: ...}` (no key fact) and codes a disagreement on
# it as slot `breakup_fee`: the row's flag is true on the listed pair and on a pair carrying its values, false on a
# cell the table does not give. Near miss: a `terms` discrepancy stays unscored.

_TABLE = """\
story: fees
event: deal
articles:
  - {id: f1, facts: {amount: {stated: "$8bn", value: 8.0e9, unit: USD}},
     compared: {breakup_fee: {stated: "a $400 million fee", value: 4.0e8, unit: USD}}}
  - {id: f2, facts: {amount: {stated: "$8bn", value: 8.0e9, unit: USD}},
     compared: {breakup_fee: {stated: "a $450 million fee", value: 4.5e8, unit: USD}}}
  - {id: f3, facts: {amount: {stated: "$8bn", value: 8.0e9, unit: USD}},
     compared: {breakup_fee: {stated: "$400m fee", value: 4.0e8, unit: USD}}}
  - {id: f4, facts: {amount: {stated: "$8bn", value: 8.0e9, unit: USD}}}
discrepancies:
  - {slot: breakup_fee, articles: [f2, f1], kind: contradiction}
  - {slot: terms, articles: [f1, f4], kind: variation}
"""


def test_a_fee_disagreement_the_table_codes_is_scored_and_judged(tmp_path: Path) -> None:
    (tmp_path / "fees").mkdir()
    (tmp_path / "fees" / "facts.yaml").write_text(_TABLE, encoding="utf-8")
    table = load_table(tmp_path / "fees" / "facts.yaml")
    assert aspect_ids_of(table, "breakup_fee", ("f1", "f2")) == {"breakup_fee"}
    assert aspect_ids_of(table, "terms", ("f1", "f4")) == set()
    usd = {"f1": Assigned(4.0e8, "USD"), "f2": Assigned(4.5e8, "USD"), "f3": Assigned(4.0e8, "USD")}
    assert judge_flag(table, "breakup_fee", "f1", "f2", usd) == (True, "listed")
    assert judge_flag(table, "breakup_fee", "f2", "f3", usd) == (True, "implied by f1~f2")
    ok, why = judge_flag(table, "breakup_fee", "f2", "f4", {**usd, "f4": Assigned(4.0e8, "USD")})
    assert not ok and "wrong value for f4" in why
    # the fee is no key fact: the articles' facts hold the amount only
    assert set(table.article("f1").facts) == {"amount"}


# --- the Compare screen shows the row ---------------------------------------------------------------------------------

_PAGES = {
    "ledger": "Quillon to buy Derwent\n\nQuillon Systems agreed to buy Derwent Labs for $8 billion on Monday. Derwent "
    "would owe a termination fee of $400 million if it accepted a rival offer.\n",
    "wire": "Derwent sold to Quillon\n\nDerwent Labs will be acquired by Quillon Systems for $8 billion. The agreement "
    "includes a $450 million breakup fee payable by Derwent.\n",
}


class _CompareApp(AppBase):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.corpus = load_corpus(root)
        self.analysis = analyse(self.corpus, use_cache=False)

    def on_mount(self) -> None:
        self.push_screen(CompareScreen())


async def test_the_compare_screen_shows_the_break_up_fee_row_and_its_contradiction(tmp_path: Path) -> None:
    yaml = "name: Fees\narticles:\n"
    for aid, text in _PAGES.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
        yaml += f"  {aid}.txt:\n    outlet: {aid.title()} (fictional)\n    headline_in_text: true\n"
    (tmp_path / "corpus.yaml").write_text(yaml, encoding="utf-8")
    app = _CompareApp(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        rows = [" ".join(cell.plain for cell in table.get_row_at(n)) for n in range(table.row_count)]
        fee = [r for r in rows if r.startswith("Break-up fee")]
        assert len(fee) == 1, rows
        assert "$400 million" in fee[0] and "$450 million" in fee[0]
        assert "contradiction" in fee[0]  # the row's label tells the verdict of its two pages
