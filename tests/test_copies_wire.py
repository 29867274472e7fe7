"""Copies and "same wire" found from the text at import, on invented articles (a fictional deal)
written to keep the forms the real cases have:

- a spun rewrite: synonyms for most words, one sentence split in two, every sentence retold in the
  original's order (a rewrite that also reorders the words inside most sentences is not found:
  docs/copies.md);
- a copy that keeps the original's first paragraphs word for word and then goes on with material
  the original does not have (each cut at another point);
- two edits of one wire story: the same sentences word for word, in the same order, but each
  outlet cut some and added its own (same wire, not a copy);
- two reports quoting the same press-release statement word for word, otherwise in their own
  words: neither a copy nor the same wire (a quotation is the speaker's words, which any report
  may carry).
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.copies import independent_articles, wire_groups
from tui.corpus.importer import ADDED, ADDED_COPY, ImportOptions, import_paths
from tui.corpus.loader import load_corpus
from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

ORIGINAL = """Larkspur Foods to buy Meadowgate Dairy for $1.8 billion

Larkspur Foods said on Monday it would buy the family-owned Meadowgate Dairy for $1.8 billion in cash and stock.
The purchase adds eleven processing plants in the Midwest and a cheese brand sold in forty states.
Meadowgate was founded in 1952 and has been run by the Okonkwo family for three generations.
Larkspur plans to fold its own yogurt business into Meadowgate and keep the Meadowgate name on every product.
Farmers who supply Meadowgate will keep their contracts at current prices for at least two years.
Chief executive Rosa Lindgren said the company expected the deal to add to earnings in its first full year.
The transaction is expected to close in the spring, subject to approval by antitrust regulators.
Larkspur tried to buy a smaller rival, Birchfield Creamery, three years ago but walked away over price.
"""

SPUN = """Larkspur Foods to acquire Meadowgate Dairy in $1.8 billion deal

Larkspur Foods announced on Monday that it will purchase the family-run Meadowgate Dairy for $1.8 billion in stock and cash.
The acquisition brings eleven processing plants in the Midwest and a cheese label sold in forty states.
Meadowgate was established in 1952 and has been led by the Okonkwo family for three generations.
Larkspur intends to merge its own yogurt unit into Meadowgate. It will keep the Meadowgate name on all products.
Farmers who supply Meadowgate are to keep their contracts at today's prices for two years at least.
CEO Rosa Lindgren said the firm expects the purchase to add to earnings in its first full year.
The deal should close in the spring, subject to the approval of antitrust regulators.
Larkspur attempted to acquire a smaller competitor, Birchfield Creamery, three years ago but pulled out over the price.
"""

CUT_ELSEWHERE = """Larkspur Foods to buy Meadowgate Dairy for $1.8 billion

Larkspur Foods said on Monday it would buy the family-owned Meadowgate Dairy for $1.8 billion in cash and stock.
The purchase adds eleven processing plants in the Midwest and a cheese brand sold in forty states.
Meadowgate was founded in 1952 and has been run by the Okonkwo family for three generations.
Larkspur plans to fold its own yogurt business into Meadowgate and keep the Meadowgate name on every product.
Farmers who supply Meadowgate will keep their contracts at current prices for at least two years.
Rosa Lindgren joined Larkspur as chief financial officer in 2016 after a decade at a grain trader.
She became chief executive in 2021 and has since sold the company's frozen pizza business.
Under her, Larkspur has opened two plants in Mexico and closed an older one in Ohio.
Lindgren studied agricultural economics and grew up on a dairy farm in Wisconsin.
"""

WIRE_EDIT_A = """Larkspur agrees Meadowgate deal

Larkspur Foods agreed on Monday to buy Meadowgate Dairy for $1.8 billion, betting that cheese and yogurt will keep selling when shoppers cut back.
The deal brings eleven processing plants in the Midwest and a cheese brand sold in forty states under one roof.
Local officials in Meadowgate's home county welcomed the news after months of rumours about a sale to a foreign buyer.
Meadowgate was founded in 1952 and has been run by the Okonkwo family for three generations.
Farmers who supply the dairy will keep their contracts at current prices for at least two years, the companies said.
Larkspur shares rose three percent in morning trading while the wider market was flat.
The transaction is expected to close in the spring, subject to approval by antitrust regulators.
Larkspur tried to buy a smaller rival three years ago but walked away over price.
"""

WIRE_EDIT_B = """Meadowgate Dairy sold to Larkspur

Larkspur Foods agreed on Monday to buy Meadowgate Dairy for $1.8 billion, betting that cheese and yogurt will keep selling when shoppers cut back.
The deal brings eleven processing plants in the Midwest and a cheese brand sold in forty states under one roof.
Meadowgate was founded in 1952 and has been run by the Okonkwo family for three generations.
The family will keep two seats on the board of the combined dairy business for five years.
Farmers who supply the dairy will keep their contracts at current prices for at least two years, the companies said.
A farmers' union in the state said it would ask for the price guarantee to be extended to five years.
Analysts said Larkspur was paying about fourteen times Meadowgate's annual operating profit.
The transaction is expected to close in the spring, subject to approval by antitrust regulators.
"""

STATEMENT = (
    '"We have admired Meadowgate for decades and we are proud to carry its name forward." '
    '"Our farmers are the heart of this business and their contracts are safe with us." '
    '"Together we will invest in every one of the eleven plants over the next five years." '
    '"This is a great day for the dairy towns of the Midwest and for our customers."'
)

QUOTING_A = f"""What Larkspur's dairy purchase means for the Midwest

Dairy towns across the Midwest are weighing what a change of owner means for their biggest employer.
Larkspur Foods will pay $1.8 billion for Meadowgate Dairy, a price some bankers called generous.
Rosa Lindgren, the chief executive of Larkspur, said in a statement:
{STATEMENT}
Union officials in two plant towns said they had not yet been told what the purchase means for shifts.
A retired plant manager said the last owner change, in the 1980s, had cost three hundred jobs.
"""

QUOTING_B = f"""Investors cheer Larkspur's $1.8 billion bet on cheese

Investors pushed Larkspur's shares up on Monday after the food maker unveiled its largest purchase ever.
The company will pay $1.8 billion for Meadowgate, whose cheese sells in forty states.
Chief executive Rosa Lindgren struck an upbeat tone in the company's announcement.
{STATEMENT}
Analysts at two brokerages raised their price targets, citing savings in transport and packaging.
One fund manager warned that dairy margins had been squeezed by feed prices for two years.
"""


def _import(tmp_path: Path, texts: dict[str, str]) -> tuple[list, dict[str, str]]:
    """Import the texts one by one (outlet = the key); the outcomes and id -> outlet."""
    src = tmp_path / "src"
    src.mkdir()
    target = tmp_path / "corpus"
    outcomes = []
    for name, text in texts.items():
        path = src / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        outcomes.extend(import_paths([path], target, ImportOptions(outlet=name)).outcomes)
    corpus = load_corpus(target)
    return outcomes, {a.id: a.meta.outlet or "" for a in corpus.articles}


def _originals(tmp_path: Path) -> dict[str, str]:
    corpus = load_corpus(tmp_path / "corpus")
    outlet = {a.id: a.meta.outlet for a in corpus.articles}
    return {outlet[a]: outlet[o] for a, o in independent_articles(corpus).items()}


def test_a_spun_rewrite_with_reordered_words_is_a_copy(tmp_path: Path) -> None:
    outcomes, _ = _import(tmp_path, {"original": ORIGINAL, "spun": SPUN})
    assert [o.status for o in outcomes] == [ADDED, ADDED_COPY]
    assert _originals(tmp_path) == {"original": "original", "spun": "original"}


def test_a_copy_that_goes_on_elsewhere_is_a_copy(tmp_path: Path) -> None:
    outcomes, _ = _import(tmp_path, {"original": ORIGINAL, "cut": CUT_ELSEWHERE})
    assert [o.status for o in outcomes] == [ADDED, ADDED_COPY]
    assert _originals(tmp_path)["cut"] == "original"


def test_two_edits_of_one_wire_story_are_same_wire_not_copies(tmp_path: Path) -> None:
    outcomes, outlet = _import(tmp_path, {"edit a": WIRE_EDIT_A, "edit b": WIRE_EDIT_B})
    assert [o.status for o in outcomes] == [ADDED, ADDED]
    assert outcomes[1].copy_of is None
    corpus = load_corpus(tmp_path / "corpus")
    by_outlet = {a.meta.outlet: a for a in corpus.articles}
    first = by_outlet["edit a"].id
    assert by_outlet["edit b"].meta.same_wire_as == (first,)
    assert by_outlet["edit b"].meta.copy_of is None
    assert set(wire_groups(corpus)) == {first, by_outlet["edit b"].id}
    report = import_paths([], tmp_path / "corpus")  # nothing new: nothing said about wires
    assert not any("same wire" in line for line in report.summary_lines())


def test_the_import_summary_says_same_wire(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(WIRE_EDIT_A, encoding="utf-8")
    (src / "b.txt").write_text(WIRE_EDIT_B, encoding="utf-8")
    target = tmp_path / "corpus"
    import_paths([src / "a.txt"], target)
    lines = import_paths([src / "b.txt"], target).summary_lines()
    assert any("same wire as" in line and "not a copy" in line for line in lines), lines


def test_a_shared_press_statement_makes_neither_copy_nor_same_wire(tmp_path: Path) -> None:
    outcomes, _ = _import(tmp_path, {"a": QUOTING_A, "b": QUOTING_B})
    assert [o.status for o in outcomes] == [ADDED, ADDED]
    assert [o.same_wire_as for o in outcomes] == [[], []]


def test_the_alignment_measures_on_the_invented_texts() -> None:
    spun = align(sentences_of(ORIGINAL), sentences_of(SPUN))
    assert spun.lead and spun.coverage >= 0.8 and spun.span >= 0.75 and is_rewrite(spun)
    wire = align(sentences_of(WIRE_EDIT_A), sentences_of(WIRE_EDIT_B))
    assert wire.verbatim >= 3 and wire.coverage < 0.8 and not is_rewrite(wire) and is_same_wire(wire)
    quoted = align(sentences_of(QUOTING_A), sentences_of(QUOTING_B))
    assert quoted.verbatim == 0 and not is_same_wire(quoted) and not is_rewrite(quoted)
    assert align(sentences_of(""), sentences_of(ORIGINAL)).aligned == 0


def test_a_rewrite_is_reported_as_one_with_its_real_likeness(tmp_path: Path) -> None:
    outcomes, _ = _import(tmp_path, {"original": ORIGINAL, "spun": SPUN})
    copy = outcomes[1]
    assert copy.rewrite and copy.similarity is not None and copy.similarity < 85  # not a made-up 85%
    assert copy.reason.endswith("a rewrite: retold sentence by sentence")


def test_figure_changes_compare_values_not_forms() -> None:
    from tui.corpus.importer import FigureChange, figure_changes, figure_key

    assert figure_key("$6 billion") == figure_key("$6bn") == figure_key("6 billion")
    assert figure_key("40 percent") == figure_key("40%") == figure_key("40 per cent")
    assert figure_key("40 percent") != figure_key("40 million")
    head = "Larkspur buys Meadowgate for $1.8 billion in its largest deal so far\n"
    original = (
        head
        + head
        + "Larkspur will pay $1.8 billion, a premium of 40 percent, and take on debt of $200 million "
        "that Meadowgate owes to its banks and suppliers.\n"
    )
    same = "Larkspur will pay $1.8bn, a premium of 40%, and take on debt of $200 million owed by the dairy to banks.\n"
    assert figure_changes(original, head + same) == []  # the headline shown twice counts once
    changed = same.replace("$1.8bn", "$1.9bn")
    assert figure_changes(original, head + changed) == [FigureChange("$1.8 billion", "$1.9bn")]
    assert figure_changes(original, head + same.replace(", and take on debt of $200 million", "")) == [
        FigureChange("$200 million", None)
    ]


def test_a_line_without_full_stops_is_compared_by_its_start_only() -> None:
    from tui.corpus.shared_text import MAX_SENTENCE_CHARS

    line = "word " * 400_000  # 2 MB without a full stop: one "sentence"
    (text,) = sentences_of(line).texts
    assert len(text) <= MAX_SENTENCE_CHARS
    assert align(sentences_of(line), sentences_of(line)).aligned == 1


def test_only_the_first_sentences_are_aligned() -> None:
    from tui.corpus.shared_text import MAX_SENTENCES

    body = " ".join(f"Sentence number {n} of a very long page goes here." for n in range(MAX_SENTENCES * 3))
    assert len(sentences_of(body).texts) == MAX_SENTENCES


# Two outlets' edits of one wire story, each rewording most sentences: few sentences stay alike
# enough to be "near-verbatim", but stretches of the wire's own wording survive in both, in order.
RETOLD_A = """Harbor Freightways buys Tallis Rail in $2.4 billion deal

Harbor Freightways will buy the regional carrier Tallis Rail for $2.4 billion, the two companies said on Tuesday.
The purchase gives Harbor a network of short lines that reach grain elevators and ports along the Gulf coast.
Harbor needs the extra track to move the heavier loads its farm customers ship in the autumn and to cut waiting times at the ports.
Tallis has struggled since a derailment two years ago, and its owners had looked for a buyer since the spring.
Regulators at the surface transport board must approve the purchase, which Harbor expects to close next year.
Harbor's chief executive said the companies would keep every Tallis depot open through the end of the decade.
"""

RETOLD_B = """Tallis Rail sold to Harbor for $2.4bn

Harbor Freightways agreed to acquire the regional carrier Tallis Rail for $2.4 billion, the companies announced on Tuesday.
The deal hands Harbor a network of short lines that reach grain elevators and ports along the Gulf coast, analysts said.
Harbor wants the track to move the heavier loads its farm customers ship in the autumn, according to its filing.
Tallis has been struggling since a derailment two years ago, and its owners had been seeking a buyer.
The surface transport board must approve the deal, which Harbor expects to complete next year.
Shares of Harbor rose two percent in early trading in New York on the news.
"""

# Two reports written apart: the same facts in the same order, one stock phrase in common.
APART_A = """Harbor Freightways nears Tallis Rail purchase

Harbor Freightways is close to a deal to buy Tallis Rail, according to people briefed on the matter who asked not to be identified.
A purchase would give the freight group more reach in the farm belt, where it has lost business to trucks.
Tallis, which runs short lines in three states, has been for sale since the spring.
An announcement could come as soon as next week, the people said, though talks could still fall apart.
"""

APART_B = """Harbor in talks for Tallis Rail

Harbor Freightways is in advanced talks to acquire the regional carrier Tallis Rail, people briefed on the matter who asked not to be identified said.
Buying Tallis would extend Harbor's lines into grain country and help it win back farm customers.
The smaller railroad, owned by a group of investors, put itself up for sale this year.
A deal may be announced within days, although the terms are not final, the people added.
"""


def test_two_retold_edits_of_one_wire_story_are_same_wire() -> None:
    from tui.corpus.shared_text import shared_runs

    a, b = sentences_of(RETOLD_A), sentences_of(RETOLD_B)
    retold = align(a, b)
    assert retold.verbatim < 3  # the word-for-word rule alone does not see it
    assert shared_runs(a, b) >= 3
    assert not is_rewrite(retold) and is_same_wire(retold)


def test_reports_written_apart_sharing_one_stock_phrase_are_not_same_wire() -> None:
    from tui.corpus.shared_text import shared_runs

    a, b = sentences_of(APART_A), sentences_of(APART_B)
    assert shared_runs(a, b) == 1  # "people briefed on the matter who asked not to be identified"
    apart = align(a, b)
    assert not is_same_wire(apart) and not is_rewrite(apart)


def test_quoted_words_are_no_shared_run() -> None:
    from tui.corpus.shared_text import shared_runs

    assert shared_runs(sentences_of(QUOTING_A), sentences_of(QUOTING_B)) == 0
    head, _, body = RETOLD_B.partition("\n\n")
    reordered = head + "\n\n" + "\n".join(reversed(body.strip().split("\n")))
    a = sentences_of(RETOLD_A)
    assert shared_runs(a, sentences_of(reordered)) < shared_runs(a, sentences_of(RETOLD_B))


def test_the_import_links_retold_edits_as_same_wire(tmp_path: Path) -> None:
    outcomes, _ = _import(
        tmp_path, {"edit a": RETOLD_A, "edit b": RETOLD_B, "apart a": APART_A, "apart b": APART_B}
    )
    assert [o.status for o in outcomes] == [ADDED] * 4
    assert outcomes[1].same_wire_as and outcomes[1].copy_of is None
    assert outcomes[2].same_wire_as == [] and outcomes[3].same_wire_as == []


# An edit cut short after its first paragraphs (a brief, a page that stops mid-story), and the
# other edit, which goes on with eight sentences of its own: the shared stretch is most of the
# short one and a small part of the long one. Its currency is in another house style.
CUT_SHORT = """Harbor Freightways buys Tallis Rail

Harbor Freightways will buy the regional carrier Tallis Rail for US$2.4 billion, the two companies said on Tuesday.
The purchase gives Harbor a network of short lines that reach grain elevators and ports along the Gulf coast.
Harbor needs the extra track to move the heavier loads its farm customers ship in the autumn.
Tallis has struggled since a derailment two years ago, and its owners had looked for a buyer.
"""

GOES_ON = (
    RETOLD_B.rstrip()
    + "\n"
    + "\n".join(
        f"Paragraph {word} of the longer edit says something of its own about the freight market."
        for word in ("one", "two", "three", "four", "five", "six", "seven", "eight")
    )
    + "\n"
)


def test_an_edit_cut_short_is_same_wire_with_one_that_goes_on() -> None:
    """The retold rule's span is the shared stretch's share of the shorter edit: a longer edit's
    own tail says nothing against the two sharing one source."""
    a, b = sentences_of(CUT_SHORT), sentences_of(GOES_ON)
    cut = align(a, b)
    assert cut.span < 0.5 <= cut.short_span  # half of the short edit, not of the long one
    assert cut.shared_runs >= 3
    assert not is_rewrite(cut) and is_same_wire(cut)


def test_a_currency_written_in_another_house_style_keeps_the_run() -> None:
    from tui.corpus.shared_text import shared_runs

    plain = sentences_of(
        "Harbor Freightways will buy the regional carrier Tallis Rail for $2.4 billion, the two companies said."
    )
    for styled in (
        "Harbor Freightways will buy the regional carrier Tallis Rail for US$2.4 billion, the two companies said.",
        "Harbor Freightways will buy the regional carrier Tallis Rail for $2.4 billion US, the two companies said.",
    ):
        assert sentences_of(styled).texts == plain.texts
    assert (
        shared_runs(
            plain, sentences_of("Analysts said the US market for rail freight grew by a tenth last year.")
        )
        == 0
    )
