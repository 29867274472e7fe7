"""Entity forms on unseen text (issue 11, stop 44, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names, codes and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import entity_types as names
from tests.factories import plain_article
from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.furniture import PROMO, find_furniture
from tui.corpus.model import Article, ArticleMeta


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- a listed company named by its ticker -------------------------------------------------------------
# The FORM: "Tallow (NASDAQ: TLWX) will buy ...", "TLWX said", "Orvane, Inc. ORVN shares fell",
# "Kestrel Corp.'s KSTL venture arm": the ticker is the company's short name, not a second company.
# It joins the name it follows (opening with the name's letter), or, written alone, the one company
# of the page whose name its letters spell in order. A name that holds the word ("CVS Caremark" for
# "CVS") is another body; a name before a comma is a list's item, not the ticker's owner.


def test_a_ticker_after_the_name_is_the_company() -> None:
    got = _aliases("Tallow (NASDAQ: TLWX) will buy Orvane for $2 billion. TLWX said the price was fair.")
    assert "TLWX" in got.get("Tallow", set()) and "TLWX" not in got, got
    got = _aliases("Orvane, Inc. ORVN shares fell 2% on Monday after Orvane cut its outlook.")
    assert "ORVN" in got.get("Orvane", set()) and "ORVN" not in got, got
    got = _aliases("Kestrel Corp.’s KSTL venture arm and Baltic Steel are investing $25 million.")
    assert any("KSTL" in forms for name, forms in got.items() if name.startswith("Kestrel")), got


def test_a_bare_ticker_spelling_the_one_company_joins_it() -> None:
    got = _aliases(
        "TLWK has agreed to buy the pump maker, people said. Tallow Works declined to comment. "
        "Analysts said TLWK paid too much."
    )
    assert "TLWK" in got.get("Tallow Works", set()) and "TLWK" not in got, got
    # a union's short form spelled by its name's letters
    got = _aliases("UKW President Ola Brandt said the United Kilnworkers would fight the plan.")
    assert "UKW" in got.get("United Kilnworkers", set()), got


def test_a_name_holding_the_word_or_a_list_item_is_no_tickers_owner() -> None:
    got = _aliases("It serves clients through Pellor, PLR Specialty and other units of PLR Health.")
    assert "PLR" not in got.get("Pellor", set()), got


# --- page furniture: a quote table, a promo's button, a trial offer -----------------------------------
# The FORM: a markets page's quote table flattened into one line ("Ticker Security Last Change
# Change % TLWX TALLOW WORKS INC. 31.20 +0.40 +1.30%"), a button alone on its line ("Trade Now!"),
# an offer to the reader ("Claim your 1-week free trial to <Service> here."): no names of the story.


def test_a_flattened_quote_table_and_promo_lines_are_furniture() -> None:
    text = (
        "Tallow Works will buy Orvane for $2 billion, the companies said.\n\n"
        "Ticker Security Last Change Change % TLWK TALLOW WORKS INC. 31.20 +0.40 +1.30% "
        "ORVN ORVANE CORP. 12.05 -0.10 -0.80%\n\n"
        "Trade Now!\n\n"
        "Market news first, before it reaches Harbour TV. Claim your 1-week free trial to Pellor Premium here.\n\n"
        "Orvane said the deal would close in May.\n"
    )
    promos = [text[f.start : f.end] for f in find_furniture(text) if f.kind == PROMO]
    assert any(p.startswith("Ticker Security") for p in promos), promos
    assert "Trade Now!" in promos, promos
    assert any("free trial" in p for p in promos), promos
    got = names(text)
    assert not any(n.startswith("Ticker") or n == "Trade Now" or n == "Harbour TV" for n in got), got
    assert got.get("Orvane") == "organization", got


def test_a_story_line_with_a_change_is_no_quote_table() -> None:
    text = "Ticker symbols changed on Monday, and Tallow shares rose 3%.\n"
    assert not any(f.kind == PROMO for f in find_furniture(text))


# --- a lead word printed in capitals ----------------------------------------------------------------
# The FORM: a page that prints its story's first word in capitals ("THE UK’s watchdog ...", "WHEN
# Tallow Works bought ..."): the function word is no part of the name after it.


def test_a_shouted_first_word_is_no_part_of_the_name() -> None:
    got = names("THE UK’s Competition and Markets Authority has blocked the sale of the mill to Tallow.")
    assert not any(n.startswith("THE") for n in got), got
    assert got.get("Competition and Markets Authority") == "organization", got
    got = names("WHEN Pellor Mining bought the mill, it paid $2 billion. Pellor Mining said it was fair.")
    assert "Pellor Mining" in got and not any(n.startswith("WHEN") for n in got), got


# --- a participle opening a quotation before a company's short name ----------------------------------
# The FORM: "“Acquiring Tallow will help ...”" on a page that names "Tallow Works": the participle is
# no part of the name, which is the company's short name.


def test_a_participle_before_a_short_name_of_a_longer_one() -> None:
    got = _aliases(
        "Pellor will buy Tallow Works for $2 billion. “Acquiring Tallow will help jump start our plan,” "
        "an analyst said."
    )
    assert not any(n.startswith("Acquiring") for n in got), got
    assert "Tallow" in got.get("Tallow Works", set()), got


# --- a breakup fee is no deal's price ----------------------------------------------------------------
# The FORM: "with a $1 billion breakup fee", "a termination fee of $400 million": what one side pays
# if the deal fails; never the deal's amount.


def _facts(text: str) -> EventFacts:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None
    return facts


def test_a_breakup_fee_is_not_the_deal_amount() -> None:
    text = """Tallow to buy Orvane

Tallow agreed to pay $40 per share in cash to acquire Orvane, the companies said on Monday.

Tallow expects to close the deal next year with a $1 billion breakup fee included in the agreement.
"""
    f = _facts(text)
    amount = f.slots.get("amount")
    assert amount is None or amount.value != 1e9, amount
    why = {c.fact.stated: c.of for c in f.why("amount")}
    assert why.get("$1 billion") == "breakup_fee", why


# --- a caption credit with its agency repeated (the lead's decision (b), stop 44) ---------------------
# The FORM: a wire picture's caption ending "WIRE/Ola Brandt (WIRE)": the whole line is furniture, its
# names no names of the story. Two rules leaned on the caption's words before, and now read the body:
# - the speaker: a person-shaped name the caption gave a title ("Tallow CEO Kazuro Vell") was no guess
#   only thanks to that title; the body saying of the surname alone that it is someone ("Vell, who
#   has a history of ...") is the person's evidence too, so "he mused" still finds him;
# - the frame: private life told by the person's home ("in his newly built house"), ageing ("get
#   old") and a record ("who has a history of") are the human-interest cues the body gives.

_PROFILE = (
    "Tallow’s Ana Lund and Orvane’s Kazuro Vell are shipping’s new pair\n\n"
    "Orvane CEO Kazuro Vell speaks at a forum in Oslo, Norway, May 2, 2031.  WIRE/Ola Brandt (WIRE)\n\n"
    "Summary\n\n"
    "The conglomerate is in talks to spend up to $9 billion on the maker.\n\n"
    "In his newly built house near Oslo, ringed by birch trees, Kazuro Vell was sulking. Having promised "
    "a shipping boom for a decade, the head of Orvane Group had been left behind by it.\n\n"
    '“Nothing I tried has worked," he mused, in remarks he made to Orvane shareholders in 2030. '
    '“Will I simply grow old this way?"\n\n'
    "In the end, what he lacked was a fresh protege. Now Vell, who has a history of betting on young "
    "founders, has one in Ana Lund.\n"
)


def test_a_caption_credit_with_its_agency_repeated_is_furniture() -> None:
    text = _PROFILE
    captions = [text[f.start : f.end] for f in find_furniture(text) if f.kind == "caption"]
    assert any(c.endswith("(WIRE)") for c in captions), captions
    got = names(text)
    assert "Ola Brandt" not in got and not any(n.upper() == "WIRE" for n in got), got


def test_the_speaker_of_a_profile_reads_the_body_not_the_caption() -> None:
    result = analyse_article(plain_article(_PROFILE))
    speakers = {q.text: q.speaker for q in result.analysis.quotes}
    assert speakers.get("Nothing I tried has worked") == "Kazuro Vell", speakers
    assert speakers.get("Will I simply grow old this way?") == "Kazuro Vell", speakers


def test_private_life_cues_of_a_profile_body() -> None:
    from tests.test_frames_rules import _items

    assert "H4" in _items(
        "In his newly built house near the fjord, the banker was brooding.", persons=1, actors=1
    )
    assert "H4" in _items("“Am I to get old in this job?” she asked.", persons=1, actors=1)
    assert "H1" in _items(
        "Vell, who has a history of betting on new ventures, signed on.", persons=1, actors=1
    )
    # near-misses: a company's record, the home market, a house's vote
    assert "H1" not in _items("Tallow, which has a history of buying rivals, bid again.", actors=1)
    assert "H4" not in _items("The bank's home market shrank as the house voted.", actors=1)


# --- games and franchises listed after their noun ----------------------------------------------------
# The FORM: "franchises such as A of B, C, and D of E", "blockbuster games like A, B and C": the
# names are the company's products, not companies (an item may hold "of").


def test_franchises_and_games_listed_after_their_noun_are_products() -> None:
    got = names("Tallow will own franchises such as Harbour of Kings, Skyreach, and World of Frost.")
    assert not {"Skyreach", "World", "Frost", "Kings"} & {n for n, t in got.items() if t == "organization"}, (
        got
    )
    got = names(
        "The studios behind blockbuster games like Harbour of Kings, Glimmer and Skyreach make money."
    )
    assert got.get("Glimmer") == "product" and got.get("Skyreach") == "product", got


# --- investors: a holder's noun is no person's title ----------------------------------------------------
# The FORM: "X, the lead investor in the round", "X, its largest shareholder": persons and firms both
# invest and hold, so the appositive types neither; a list of several investors that opens with a
# person-shaped name ("investors including Tessel Holt, Brenvik and Orla Capital") makes it a firm, as
# a name inside such a list already was.


def test_an_investor_appositive_is_no_persons_title() -> None:
    got = names(
        "Tessel Holt, the lead investor in the round, declined to comment. Tallow is backed by firms "
        "like Brenvik, Tessel Holt and Orla Capital."
    )
    assert got.get("Tessel Holt") == "organization", got
    got = names("Tallow is backed by investors including Tessel Holt, Brenvik, and Orla Capital.")
    assert got.get("Tessel Holt") == "organization", got
    # one name alone stays a guess of a person
    got = names("Tallow is backed by investors including Tessel Holt.")
    assert got.get("Tessel Holt") != "organization", got


# --- a song's or a musical's title -------------------------------------------------------------------
# The FORM: a title in quotation marks right after the noun of its work ("to the tune of “A, B C”",
# "the song “A”"), and a name closing "the A musical": titles of works, never a person or a company.


def test_a_song_and_a_musical_are_titles() -> None:
    got = names(
        'He posted a clip set to the tune of "Oh, What A Lovely Evenin\'" from the Harbour musical '
        '"Kestrel!" on Friday.'
    )
    assert not {n for n, t in got.items() if t in ("person", "organization") and n != "He"}, got


# --- one person by a short and a long given name -------------------------------------------------------
# The FORM: "co-founder Nik Storvik ... Born outside Oslo, Nikolay Storvik ...": a given name cut to
# its first letters (three or more) and the full one, with one surname, are one person, so the
# surname alone ("Storvik, who holds a stake") is his too.


def test_a_cut_given_name_and_the_full_one_are_one_person() -> None:
    got = _aliases(
        "Tallow co-founder Nik Storvik has said he admires the rival. Born outside Oslo, Nikolay Storvik "
        "swam as a child. Storvik, who holds a large stake, declined to comment."
    )
    owners = [name for name, forms in got.items() if "Nikolay Storvik" in forms or name == "Nikolay Storvik"]
    assert len(owners) == 1 and {"Nik Storvik", "Storvik"} <= got[owners[0]] | {owners[0]}, got


# --- a title's initials head an appositive ---------------------------------------------------------------
# The FORM: "Ana Vell, the combative CEO of ride-hailing company Tallow, resigned": the appositive is
# headed by a title written in capitals, so it describes a person (the company noun after "of" is
# the employer's), not an organisation.


def test_a_title_in_capitals_heads_a_persons_appositive() -> None:
    got = names(
        "OSLO (Wire) — Kazuro Vell, the combative CEO of ride-hailing company Tallow, resigned on Tuesday. "
        "It was unclear who would replace Vell."
    )
    assert got.get("Kazuro Vell") == "person" and got.get("Tallow") == "organization", got


# --- an outlet's name that holds a country ------------------------------------------------------------
# The FORM: "According to Analytics Nordic Magazine, ...", "Finance Norway Group said": a field's word
# opening a name closed by an outlet's or a company's head is part of the name (the field word is cut
# only before a person's name: "Vice President of Investor Relations Ana Ruiz").


def test_a_field_word_opening_an_outlets_name_is_kept() -> None:
    got = names("According to Analytics Norway Magazine, Tallow signed a $2 billion deal.")
    assert got.get("Analytics Norway Magazine") == "outlet" and "Norway Magazine" not in got, got


def test_a_participle_before_the_targets_short_name_keeps_the_deals_total_value() -> None:
    # the target's short name after "Counting" is now the target: the deal's total value told with
    # its verb ("comes to") stays the deal's size, no valuation of the target
    f = _facts(
        "Tallow to buy Orvane Mills\n\nTallow has agreed to buy Orvane Mills in a $3.5 billion deal, the companies "
        "said. Counting Orvane's borrowings, the purchase's total value comes to about $3.9 billion.\n"
    )
    assert f.slots.get("valuation") is None, f.slots.get("valuation")
