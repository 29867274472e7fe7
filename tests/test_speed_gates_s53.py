"""Stop 53, throughput: whole-page and per-sentence searches asked only where a match can stand (issue 15).

Four searches of the extractor ran over every page (or every sentence of its body) although a match
needs a word most pages never hold:

- `entities._with_offices_of_the`: "the Office of the Comptroller ..." needs one of its heads
  ("Office", "Bureau", "Department", "Ministry", case-sensitive);
- `entities._with_regional_arms`: "Halvard of Europe" needs a continent's name, case-sensitive;
- `entities._with_hyphen_pairs`: "the Orvane-Halvard merger" needs a hyphen in its sentence;
- `fact_measures._told_paid_in_stock`: "an all-share deal", "stock-for-stock", "paid wholly in
  stock" (case-blind) need "all-s"/"all s", "stock-for"/"stock for" or the adverb.

Each gate is a necessary condition of its pattern, so the output is the same. These tests hold each
pattern to its needles: every match of the pattern, on invented sentences that hold one (three wordings
each) and on random texts made of the patterns' own words, holds one of the needles; and a text without
them gives what the ungated search gives (nothing).

Four patterns opened with an assertion `re` tries at every position of the page (a look-behind, or
`\\b` before a word): `entities._GIVEN_POSSESSIVE_NAME` ("Ana's Kitchen"), `_DESCRIBED_BODY` ("the
Norlandian government"), `_DESCRIBED_BODIES` ("the Danish and Brisian regulators") and
`work_titles._PROJECTS`. Each now asks the assertion after its first character, so that it opens with a
class or a literal `re` skips ahead to; `work_titles._MAKER_NOUN` is gated on its five nouns, and
`entities._LINK_SEAM` (a page that lost the spaces around a link) on the glue it needs in a sentence. The tests
hold each rewritten pattern to the pattern as it stood (the same spans and groups) on invented
sentences, near misses and random texts of their words. Every sentence is invented.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.extract import entities, fact_measures, work_titles
from tui.analysis.extract.tokens import forget_sentences, needle_within

# --- the office of a post: "the Office of the X", "Bureau of the X" -------------------------------

OFFICES = [
    "The Office of the Harbour Ombudsman opened a review of the Tallow bid on Monday.",
    "Staff at the U.S. Bureau of the Public Ledger said the filing arrived late.",
    "A letter from the Ministry of the Coastal Economy for the Northern Isles was cited.",
]
OFFICE_NEAR_MISSES = [
    # "of the" after a capitalized word that is no head: the gate is shut, and the search finds none
    "The Council of the Harbour Region met the Tallow board on Friday.",
    # a head in lower case is no head of a name
    "The office of the chairman declined to comment on the bid.",
]


@pytest.mark.parametrize("text", OFFICES)
def test_an_office_of_the_holds_its_head(text: str) -> None:
    matches = list(entities._OFFICE_OF_THE.finditer(text))
    assert matches, text
    assert all(any(h in m.group() for h in entities._OFFICE_OF_THE_HEADS) for m in matches)


@pytest.mark.parametrize("text", OFFICE_NEAR_MISSES)
def test_no_office_head_no_office(text: str) -> None:
    assert not any(map(text.__contains__, entities._OFFICE_OF_THE_HEADS))
    assert list(entities._OFFICE_OF_THE.finditer(text)) == []


# --- a company's regional arm: "X of Europe" -------------------------------------------------------

ARMS = [
    "Sales at Halvard of Europe rose 4% while Halvard itself stood still.",
    "Brisa Foods of Latin America named a new head; Brisa Foods said little else.",
    "The deal leaves Corwin of North America with 900 staff, Corwin said.",
]
ARM_NEAR_MISSES = [
    "Tallow of Lisbon bought the plant from Halvard.",  # a city, no continent: the gate is shut
    "Shipments to europe fell, Halvard said.",  # a continent in lower case matches no arm
]


@pytest.mark.parametrize("text", ARMS)
def test_a_regional_arm_holds_its_continent(text: str) -> None:
    matches = list(entities._REGIONAL_ARM.finditer(text))
    assert matches, text
    assert all(any(c in m.group() for c in entities._ARM_CONTINENTS) for m in matches)


@pytest.mark.parametrize("text", ARM_NEAR_MISSES)
def test_no_continent_no_arm(text: str) -> None:
    assert not any(map(text.__contains__, entities._ARM_CONTINENTS))
    assert list(entities._REGIONAL_ARM.finditer(text)) == []


# --- two parties joined by a hyphen before a deal's noun ------------------------------------------

PAIRS = [
    "The Orvane-Halvard merger was cleared by the regulator in March.",
    "Analysts doubted the proposed Brisa-Dunmore store tie-up would close.",
    "Investors cheered the Tallow-Corwin shipping deal on Tuesday.",
]
PAIR_NEAR_MISSES = [
    "The Orvane and Halvard merger was cleared in March.",  # no hyphen in the sentence
    "Orvane – Halvard: the deal was cleared.",  # a dash with spaces, no hyphen
]


@pytest.mark.parametrize("text", PAIRS)
def test_a_hyphen_pair_holds_a_hyphen(text: str) -> None:
    matches = list(entities._HYPHEN_PAIR_DEAL.finditer(text))
    assert matches and all("-" in m.group() for m in matches)


@pytest.mark.parametrize("text", PAIR_NEAR_MISSES)
def test_no_hyphen_no_pair(text: str) -> None:
    assert text.find("-") < 0
    assert list(entities._HYPHEN_PAIR_DEAL.finditer(text)) == []


# --- a deal paid all in shares ---------------------------------------------------------------------

ALL_STOCK = [
    "Corwin agreed an ALL-STOCK purchase of Tallow valued at $4.1 billion.",
    "The two lenders will combine in a Stock For Stock swap, they said.",
    "Halvard will pay for Brisa wholly in shares, the filing showed.",
]
ALL_STOCK_NEAR_MISSES = [
    "Corwin will pay $12 a share in cash for all of Tallow.",  # "all" and "share", apart
    "Its stock fell 4% for the week.",  # "stock" then "fell", never "stock for"
]


@pytest.mark.parametrize("text", ALL_STOCK)
def test_a_deal_in_shares_holds_a_needle(text: str) -> None:
    forget_sentences()
    assert list(fact_measures._ALL_STOCK.finditer(text))
    assert needle_within(text, fact_measures._ALL_STOCK_NEEDLES, 0, len(text))


@pytest.mark.parametrize("text", ALL_STOCK_NEAR_MISSES)
def test_no_needle_no_deal_in_shares(text: str) -> None:
    forget_sentences()
    assert not needle_within(text, fact_measures._ALL_STOCK_NEEDLES, 0, len(text))
    assert list(fact_measures._ALL_STOCK.finditer(text)) == []


def test_a_letter_folding_to_ascii_is_never_gated() -> None:
    # "ſ" (long s) matches "s" under IGNORECASE: the gate stays open on such a page
    text = "an all-ſtock deal"
    forget_sentences()
    assert list(fact_measures._ALL_STOCK.finditer(text))
    assert needle_within(text, fact_measures._ALL_STOCK_NEEDLES, 0, len(text))


# --- random texts of the patterns' own words: every match holds a needle --------------------------

_WORDS = [
    "Office", "office", "Bureau", "Department", "Ministry", "Council", "of", "the", "for", "Harbour",
    "Tallow", "Corwin", "Halvard", "America", "Europe", "Asia", "Africa", "Oceania", "North", "Latin",
    "Lisbon", "all", "All", "stock", "Stock", "share", "shares", "entirely", "wholly", "solely", "in",
    "-", "merger", "deal", "U.S.", "US", "said", ",", ".",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(3, 30)):
        word = rng.choice(_WORDS)
        out.append(word)
        out.append(rng.choice([" ", " ", " ", "-", "  "]))
    return "".join(out)


def test_random_texts_every_match_holds_a_needle() -> None:
    rng = random.Random(53)
    seen = 0
    for _ in range(4000):
        text = _random_text(rng)
        forget_sentences()
        for _m in entities._OFFICE_OF_THE.finditer(text):
            seen += 1
            assert any(map(text.__contains__, entities._OFFICE_OF_THE_HEADS)), text
        for _m in entities._REGIONAL_ARM.finditer(text):
            seen += 1
            assert any(map(text.__contains__, entities._ARM_CONTINENTS)), text
        for _m in entities._HYPHEN_PAIR_DEAL.finditer(text):
            seen += 1
            assert "-" in text, text
        for _m in fact_measures._ALL_STOCK.finditer(text):
            seen += 1
            assert needle_within(text, fact_measures._ALL_STOCK_NEEDLES, 0, len(text)), text
    assert seen > 100  # the random texts do hold matches


def test_the_gated_patterns_stay_linear() -> None:
    # the patterns' text is unchanged (only their word lists are named); each is still linear
    assert cpu_to_scan_a_long_line(entities._OFFICE_OF_THE, "Office of the Harbour Ledger of ") < 20
    assert cpu_to_scan_a_long_line(entities._REGIONAL_ARM, "Halvard Foods of North ") < 20
    assert cpu_to_scan_a_long_line(fact_measures._ALL_STOCK, "all stock for entirely in ") < 20


# --- patterns that opened with an assertion, rewritten to open with what they match ----------------
# A pattern opening with a look-behind or a word boundary is tried at every position; opening with a
# class or a literal, `re` skips ahead to where it can start. The rewrites find the same matches:
# held here to the pattern as it stood (the reference), on invented sentences and random texts.

_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z]+)[’']s\s(?P<rest>[A-Z][a-z]+)\b(?![’'-])")
_PROJECTS_BEFORE = re.compile(r"\bprojects\b")

STORE_NAMES = [
    "Ana's Kitchen opened a second branch in Porto last spring.",
    "Shares of the chain that owns Ivo’s Club rose after the report.",
    "Lis's Garage, a repair shop, was sold to Halvard.",
]
STORE_NEAR_MISSES = [
    "O'Ana's Kitchen opened late.",  # an apostrophe before the capital: no given name alone
    "Tallow-Ana's Club was renamed.",  # a hyphen before it
    "the deal's Terms were kept secret.",  # no capital opening the possessive
]
PROJECTS = [
    "Its projects, including Harbour Quest and Night Tide, were shelved.",
    "Projects aside, the studio's projects were cut.",
    "The firm listed three projects: Corwin Rising and Ember Road.",
]
PROJECTS_NEAR_MISSES = [
    "Its subprojects were merged.",  # inside a word
    "The projectsmith tool shipped.",  # a longer word
    "Lisbon_projects were named.",  # "_" is a word character
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", STORE_NAMES + STORE_NEAR_MISSES)
def test_the_given_possessive_name_matches_as_before(text: str) -> None:
    assert _spans(entities._GIVEN_POSSESSIVE_NAME, text) == _spans(_GIVEN_BEFORE, text)


def test_store_names_found_and_near_misses_not() -> None:
    assert all(entities._GIVEN_POSSESSIVE_NAME.search(t) for t in STORE_NAMES)
    assert not any(entities._GIVEN_POSSESSIVE_NAME.search(t) for t in STORE_NEAR_MISSES)


@pytest.mark.parametrize("text", PROJECTS + PROJECTS_NEAR_MISSES)
def test_projects_matches_as_before(text: str) -> None:
    assert _spans(work_titles._PROJECTS, text) == _spans(_PROJECTS_BEFORE, text)
    assert bool(work_titles._PROJECTS.search(text)) == (text in PROJECTS)


def test_a_maker_noun_holds_its_word() -> None:
    for text in (
        "the Harbour Quest developer said",
        "the publisher of Night Tide",
        "Ember Road creator",
    ):
        matches = list(work_titles._MAKER_NOUN.finditer(text))
        assert matches and all(any(w in m.group() for w in work_titles._MAKER_WORDS) for m in matches)
    assert not any(map("the studios' games".__contains__, ("developer", "publisher", "maker", "creator")))


_REWRITE_WORDS = [
    "Ana", "Ivo", "O", "Tallow", "Kitchen", "Club", "projects", "Projects", "sub", "the", "developer",
    "maker", "studio", "'s", "’s", "'", "’", "-", ".", "_", "x", "9",
]  # fmt: skip


def test_random_texts_match_as_before() -> None:
    rng = random.Random(530)
    seen = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(_REWRITE_WORDS) + rng.choice(["", " ", " ", "  ", "\n"])
            for _ in range(rng.randint(2, 16))
        )
        got = _spans(entities._GIVEN_POSSESSIVE_NAME, text)
        assert got == _spans(_GIVEN_BEFORE, text), text
        assert _spans(work_titles._PROJECTS, text) == _spans(_PROJECTS_BEFORE, text), text
        seen += len(got)
        # the maker gate: a match holds one of its words
        if work_titles._MAKER_NOUN.search(text):
            assert any(map(text.__contains__, work_titles._MAKER_WORDS))
    assert seen > 20  # the random texts do hold matches (27 with this seed)


# A described body: "\\b(?:[Tt]he|[Aa]n?)" before it as the pattern stood, the boundary now asked after
# the determiner's first letter.
_DET_BEFORE = r"\b(?:[Tt]he|[Aa]n?)\s+"
_DET_NOW = r"[TtAa](?<!\w[TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)\s+"
_BODY_BEFORE = re.compile(entities._DESCRIBED_BODY.pattern.replace(_DET_NOW, _DET_BEFORE, 1))
_BODIES_BEFORE = re.compile(
    entities._DESCRIBED_BODIES.pattern.replace(r"[Tt](?<!\w[Tt])he\s+", r"\b[Tt]he\s+", 1)
)

BODIES = [
    "The Norlandian government said it would review the Tallow sale.",
    "A new Harbour regulator was named on Friday, the ministry said.",
    "Talks stalled after the Danish and Brisian regulators asked for more time.",
]
BODY_NEAR_MISSES = [
    "Bathe Norlandian government said so.",  # "the" inside a word: no determiner
    "Ana Norlandian government officials met.",  # "an" inside a name
    "They met the Norlandian government bonds desk.",  # the body's noun names no body here
]


def test_the_described_body_patterns_were_rewritten() -> None:
    assert _BODY_BEFORE.pattern != entities._DESCRIBED_BODY.pattern
    assert _BODIES_BEFORE.pattern != entities._DESCRIBED_BODIES.pattern


@pytest.mark.parametrize("text", BODIES + BODY_NEAR_MISSES)
def test_a_described_body_matches_as_before(text: str) -> None:
    assert _spans(entities._DESCRIBED_BODY, text) == _spans(_BODY_BEFORE, text)
    assert _spans(entities._DESCRIBED_BODIES, text) == _spans(_BODIES_BEFORE, text)


def test_described_bodies_found_and_near_misses_not() -> None:
    assert entities._DESCRIBED_BODY.search(BODIES[0]) and entities._DESCRIBED_BODY.search(BODIES[1])
    assert entities._DESCRIBED_BODIES.search(BODIES[2])
    assert not any(entities._DESCRIBED_BODY.search(t) for t in BODY_NEAR_MISSES)


_BODY_WORDS = [
    "the", "The", "a", "A", "an", "An", "Bathe", "Ana", "new", "former", "Norlandian", "Brisian", "US",
    "UK", "government", "regulators", "governments", "and", ",", "bonds", "-", "x", "_",
]  # fmt: skip


def test_random_texts_find_the_bodies_as_before() -> None:
    rng = random.Random(5353)
    seen = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(_BODY_WORDS) + rng.choice(["", " ", " ", " ", "  ", "\n"])
            for _ in range(rng.randint(2, 14))
        )
        got = _spans(entities._DESCRIBED_BODY, text)
        assert got == _spans(_BODY_BEFORE, text), text
        assert _spans(entities._DESCRIBED_BODIES, text) == _spans(_BODIES_BEFORE, text), text
        seen += len(got)
    assert seen > 20  # the random texts do hold matches


# --- a page that lost the spaces around a link: "its rivalOrvex", "Orvexfor", "Orvex.with" ----------
# `_LINK_SEAM` is searched only in a sentence with a lower-case letter before a capital or one of its
# three words glued after a lower-case letter or a stop.

SEAMS = [
    "Tallow lost ground to its rivalHalvard last year.",  # a word glued before a name
    "The deal was agreed by Corwinfor the second time.",  # a name glued before "for"
    "Shares rose at Brisa.with the bid still open.",  # a stop, then "with"
]
SEAM_NEAR_MISSES = [
    "Tallow agreed the deal with Halvard for cash from its reserves.",  # the words stand alone
    "Profits rose therefore at Corwin.",  # "for" glued, not at the word's end
]


def _seam_gate(text: str, lo: int, hi: int) -> bool:
    return bool(entities._LOWER_UPPER.search(text, lo, hi) or entities._SEAM_WORD_GLUED.search(text, lo, hi))


@pytest.mark.parametrize("text", SEAMS)
def test_a_link_seam_opens_the_gate(text: str) -> None:
    assert entities._LINK_SEAM.search(text)
    assert _seam_gate(text, 0, len(text))


@pytest.mark.parametrize("text", SEAM_NEAR_MISSES)
def test_no_glued_word_no_seam(text: str) -> None:
    assert not _seam_gate(text, 0, len(text))
    assert entities._LINK_SEAM.search(text) is None


_SEAM_WORDS = [
    "Tallow", "rival", "for", "from", "with", "there", "Corwin", "the", "a", ".", ",", "X", "ab", "Q", "-",
]  # fmt: skip


def test_random_windows_every_seam_opens_the_gate() -> None:
    rng = random.Random(5354)
    seen = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(_SEAM_WORDS) + rng.choice(["", "", " ", " "]) for _ in range(rng.randint(2, 14))
        )
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        if entities._LINK_SEAM.search(text, lo, hi):
            seen += 1
            assert _seam_gate(text, lo, hi), (text, lo, hi)
    assert seen > 100


def test_the_rewritten_patterns_stay_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._SEAM_WORD_GLUED, "rivalfor Corwin.with therefrom ") < 20
    assert cpu_to_scan_a_long_line(entities._DESCRIBED_BODY, "the new Norlandian government a ") < 20
    assert cpu_to_scan_a_long_line(entities._DESCRIBED_BODIES, "the US, UK and Brisian regulators ") < 20
    assert cpu_to_scan_a_long_line(entities._GIVEN_POSSESSIVE_NAME, "Ana's Kitchen Ivo’s ") < 20
    assert cpu_to_scan_a_long_line(work_titles._PROJECTS, "projects subprojects ") < 20
