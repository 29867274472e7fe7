"""A page of a dollar country writes its own dollar bare (issue 12): "$12.4 billion" on an Australian
page is Australian dollars. The extractor reads the page's dollar and gives the event fact that
currency (extract/page_dollar.py: FactValue.unit "AUD"); the comparison's cell must carry the fact's
currency, not the sentence figure's US dollar, else the price is weighed in the wrong money against
another page's US-dollar figure and reads as a contradiction. A figure marked "US$", or a page whose
rate line says what its "$" is, stays in US dollars.

Invented companies, pages and sentences; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.verdicts import CONTRADICTION
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus


def _compare(tmp_path: Path, pages: dict[str, tuple[str, str]]):  # noqa: ANN202
    lines = ["name: t", "articles:"]
    for name, (url, text) in pages.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        lines += [f"  {name}.txt:", "    headline_in_text: true", f"    url: {url}"]
    (tmp_path / "corpus.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    analysis = analyse(corpus, use_cache=False)
    return compare(corpus, analysis, list(pages)), analysis


AU = (
    "https://www.harbourpost.com.au/business/kestrel-deal",
    "Kestrel agrees to buy Marlin Ports\n\n"
    "Australian logistics group Kestrel has agreed to buy Marlin Ports for $12.4 billion, the companies "
    "said on Monday.\n\nThe deal needs the approval of the competition regulator.\n",
)
US = (
    "https://www.wirenews.com/markets/kestrel",
    "Kestrel to buy Marlin Ports\n\n"
    "Kestrel has agreed to acquire Marlin Ports for US$8.2 billion, the two companies said on Monday.\n\n"
    "Marlin shares rose 11%.\n",
)
CA = (
    "https://www.northernledger.ca/deals/ridgeline",
    "Ridgeline buys Tamarack\n\n"
    "Canadian pipeline operator Ridgeline will pay $3.1 billion for rival Tamarack Energy, the company "
    "said in a statement on Tuesday.\n\nTamarack's board backs the offer.\n",
)
NZ = (
    "https://www.kiwibusiness.co.nz/news/fernleaf",
    "Fernleaf acquires Tuatara Dairy\n\n"
    "Tuatara Dairy, one of New Zealand's oldest co-operatives, is being acquired by Fernleaf Foods in "
    "a deal worth $640 million, the two said.\n\nThe sale is due to close in March.\n",
)


def test_an_australian_pages_bare_dollar_stays_australian_in_its_cell(tmp_path: Path) -> None:
    result, analysis = _compare(tmp_path, {"au": AU, "us": US})
    assert analysis.articles["au"].facts.slots["amount"].unit == "AUD"  # the extractor's reading
    amount = result.aspect("amount")
    assert amount.cells["au"].slot.unit == "AUD" and amount.cells["us"].slot.unit == "USD"
    (pair,) = amount.pairs
    assert pair.verdict != CONTRADICTION  # A$12.4bn and US$8.2bn: two currencies, no rate stated


def test_a_canadian_pages_bare_dollar_stays_canadian_in_its_cell(tmp_path: Path) -> None:
    other = (
        "https://www.wirenews.com/markets/ridgeline",
        "Ridgeline to buy Tamarack\n\nRidgeline agreed to pay US$2.3 billion for Tamarack Energy, the "
        "company said on Tuesday.\n\nTamarack's board backs the offer.\n",
    )
    result, _ = _compare(tmp_path, {"ca": CA, "us": other})
    amount = result.aspect("amount")
    assert amount.cells["ca"].slot.unit == "CAD"
    assert all(p.verdict != CONTRADICTION for p in amount.pairs)


def test_a_new_zealand_pages_bare_dollar_stays_its_own_in_its_cell(tmp_path: Path) -> None:
    result, _ = _compare(tmp_path, {"nz": NZ, "au": AU})
    assert result.aspect("amount").cells["nz"].slot.unit == "NZD"


def test_near_miss_a_page_whose_rate_line_names_its_dollar_keeps_the_us_dollar(tmp_path: Path) -> None:
    # the same address and country, but the page says what its "$" is: the US dollar, judged as such
    url, text = AU
    text = text.replace(
        "the companies said on Monday.", "the companies said on Monday. ($1 = 1.52 Australian dollars)"
    )
    wire = (US[0], US[1].replace("US$8.2 billion", "US$9.5 billion"))
    result, _ = _compare(tmp_path, {"au": (url, text), "us": wire})
    amount = result.aspect("amount")
    assert amount.cells["au"].slot.unit == "USD"
    (pair,) = amount.pairs
    assert pair.verdict == CONTRADICTION  # $12.4 billion vs US$9.5 billion, both US dollars
