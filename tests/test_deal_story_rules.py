"""General rules for deal stories told in the words real coverage uses (issue 11/12, stop 22).
Every text here is invented; each test names the class of text the rule is for and fails without it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import EntityType
from tui.corpus.model import Article, ArticleMeta


def run(text: str, headline: bool = True):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=headline)))


def roles_of(text: str, name: str) -> list[tuple[str, tuple[str, ...]]]:
    for e in run(text).entities:
        if e.name == name and e.type == EntityType.PERSON:
            return [(r.normalized, r.modifiers) for r in e.roles]
    raise AssertionError(f"no person {name!r}")


# --- titles -------------------------------------------------------------------------------------------


def test_a_title_modifier_is_never_the_tail_of_another_word() -> None:
    # "co" ends "Marco" and "Tesco": the title is "boss"/"CEO" alone, never a co-holder's post.
    text = "Ferrow buys Lumen\n\nThe unit will report to Tesco boss Dana Whitlow, the buyer said.\n"
    assert roles_of(text, "Dana Whitlow") == [("ceo", ())]
    text = "Ferrow buys Lumen\n\nThe unit will report to Marco CEO Dana Whitlow, the buyer said.\n"
    assert all("co" not in mods for _, mods in roles_of(text, "Dana Whitlow"))


def test_a_written_co_title_still_is_a_shared_post() -> None:
    text = "Ferrow news\n\nThe deal was signed by Ferrow co-CEO Dana Whitlow on Monday.\n"
    assert roles_of(text, "Dana Whitlow") == [("ceo", ("co",))]


def slots(text: str, headline: bool = True) -> dict[str, object]:
    facts = run(text, headline).analysis.facts
    assert facts is not None
    return {k: v.value for k, v in facts.slots.items()} | {"event": facts.event}


def entities(text: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in run(text).entities}


# --- deals told in loose words ------------------------------------------------------------------------


def test_money_dropped_on_a_company_is_the_price_and_names_both_parties() -> None:
    got = slots(
        "Ferrow goes shopping\n\nFerrow, the grocer of the north, has chosen to drop an eye-watering "
        "3 billion dollars on little Lumen. Nobody saw it coming.\n"
    )
    assert (got["buyer"], got["target"], got["amount"]) == ("Ferrow", "Lumen", 3e9)


def test_shell_out_plunk_down_and_pay_for_are_deal_verbs() -> None:
    for verb in (
        "will shell out $4.5bn for",
        "will plunk down $4.5 billion for",
        "agreed to pay about $4.5B for",
    ):
        got = slots(f"Ferrow news\n\nFerrow {verb} Lumen, a maker of pumps. Shares rose.\n")
        assert (got["buyer"], got["target"], got["amount"]) == ("Ferrow", "Lumen", 4.5e9), verb


def test_a_spend_verb_with_money_spent_on_something_else_gives_no_target() -> None:
    got = slots(
        "Ferrow news\n\nFerrow will spend $4.5 billion on new stores, it said. Lumen was not involved.\n"
    )
    assert got.get("target") != "Lumen" or got.get("buyer") != "Ferrow"


def test_a_noun_or_adjective_is_no_raise_verb() -> None:
    # "landmark" and "security" once read as "land*" and "secur*": the buyer became the target
    got = slots(
        "Ferrow news\n\nFerrow, known for landmark security work, will acquire Lumen for $2 billion.\n"
    )
    assert (got["buyer"], got["target"]) == ("Ferrow", "Lumen")
    got = slots("Lumen news\n\nLumen has secured $300 million from Ferrow in a new round.\n")
    assert (got["buyer"], got["target"]) == ("Ferrow", "Lumen")


def test_a_question_opened_by_an_auxiliary_names_no_one() -> None:
    got = entities(
        "Ferrow to buy Lumen\n\nFerrow will buy Lumen for $2 billion.\n\n"
        '"Is Lumen\'s old platform fit for the cloud? I doubt it," says Ada Brink, an analyst at Corvel.\n'
    )
    assert "Is Lumen" not in got and got.get("Lumen") == EntityType.ORG


def test_a_number_word_opening_a_sentence_is_no_name() -> None:
    got = entities(
        "Ferrow news\n\nFerrow bought Lumen. Twenty-two billion dollars is a lot, a critic said.\n"
    )
    assert "Twenty" not in got


# --- page furniture -----------------------------------------------------------------------------------


def test_a_bullet_ending_in_a_footnote_number_is_a_sentence_and_its_figure_counts() -> None:
    text = (
        "Ferrow Buys Lumen\n\nKey points\n\n"
        "  • Ferrow agreed to pay about $2.5B for Lumen, a pump maker.1\n"
        "  • Lumen's shares rose 9%.2\n\nSources: 1Wire One, 2Daily Ledger.\n\n"
        "The purchase needs approval from regulators, the companies said.\n"
    )
    got = slots(text)
    assert (got["buyer"], got["target"], got["amount"]) == ("Ferrow", "Lumen", 2.5e9)


def test_a_footnote_number_is_never_taken_from_a_decimal() -> None:
    from tui.analysis.extract.sentences import segment

    text = "It raised $2.5 Billion in May. The unit grew 3.5 Percent.\n"
    got = [text[a:b] for a, b in segment(text).sentences]
    assert got == ["It raised $2.5 Billion in May.", "The unit grew 3.5 Percent."]


def test_a_teaser_cut_off_with_an_ellipsis_is_not_the_lead() -> None:
    text = (
        "Op-ed: what Ferrow gets\n\n  • Quick gains for the buyer but...\n\n  • Lumen's old stack is a worry and...\n\n"
        "Ferrow has agreed to buy Lumen, a pump maker, for $2 billion, it said on Monday.\n\n"
        "Regulators must still approve the purchase.\n"
    )
    assert slots(text)["status"] == "agreed"


# --- bad input ----------------------------------------------------------------------------------------


def test_the_spend_pattern_is_linear_on_a_two_megabyte_line() -> None:
    from tui.analysis.extract import fact_tables

    pattern = fact_tables._tables().spend_re
    assert pattern is not None
    for unit in ("drop a big ", "drop 12 billion ", "spend $1 "):
        line = unit * (2_000_000 // len(unit))
        start = time.process_time()
        list(pattern.finditer(line))
        assert time.process_time() - start < 20, unit


# --- sources and speakers -----------------------------------------------------------------------------


def sources(text: str) -> dict[str, str]:
    return {s.name: str(s.kind) for s in run(text).sources}


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in run(text).analysis.quotes]


def test_an_outlet_after_a_quote_relays_the_speaker_named_before_it() -> None:
    text = (
        "Ferrow news\n\nDana Whitlow, the chair of Ferrow, said in a note on Monday night, "
        '"We owe the old team a great deal for steering us through the storm," Reuters reported.\n\n'
        '"The board has found the right person for the next chapter of the firm."\n'
    )
    assert speakers(text) == ["Dana Whitlow", "Dana Whitlow"]
    assert sources(text) == {"Dana Whitlow": "person", "Reuters": "outlet"}


def test_an_outlet_after_a_quote_with_no_speaker_before_it_stays_the_speaker() -> None:
    text = 'Ferrow news\n\n"Ferrow will close two plants before the end of the year," Reuters reported.\n'
    assert speakers(text) == ["Reuters"]


def test_she_is_never_a_man_the_text_calls_mr() -> None:
    text = (
        "Ferrow news\n\n"
        '"We thank Ivo Stark for his years of service to the firm," Dana Whitlow, the chair, said on Monday.\n\n'
        '"Mr. Stark has the trust of the whole staff and will help with the handover," she said.\n'
    )
    assert speakers(text) == ["Dana Whitlow", "Dana Whitlow"]


def test_a_pronoun_with_no_agreeing_person_gives_no_speaker() -> None:
    text = (
        "Ferrow news\n\nMr. Ivo Stark left the board on Monday after ten years.\n\n"
        '"The firm is in good hands and the plants will stay open," she said.\n'
    )
    assert speakers(text) == [None]


def test_a_pronoun_opening_a_sentence_takes_up_the_subject_before_not_a_name_in_an_aside() -> None:
    text = (
        "Ferrow news\n\nChief executive Ada Brink wrote in a memo to staff that the cuts would come.\n\n"
        "The CEO - who replaced the founder Ivo Stark - explained that a leak forced the timing.\n\n"
        'She said: "We would have waited to tell you until we could speak to everyone affected."\n'
    )
    assert speakers(text) == ["Ada Brink"]


def test_according_to_the_companies_names_both_parties() -> None:
    text = (
        "Ferrow to buy Lumen\n\nFerrow will buy Lumen, a maker of pumps, for $2 billion. Ferrow expects "
        "the deal to close next year.\n\nIf Ferrow walks away, it will owe Lumen a fee of $90 million, "
        "according to the companies.\n"
    )
    assert sources(text) == {"Ferrow": "organization", "Lumen": "organization"}


def test_a_footnoted_source_list_names_each_outlet() -> None:
    text = (
        "Ferrow Buys Lumen\n\n  • Ferrow agreed to buy Lumen, a pump maker, for $2 billion.1\n\n"
        "Sources: 1Wire One, 2Daily Ledger, company filings and 3Reuters.\n\n"
        "  • Narrative A, as provided by Pump Weekly. The price is fair, some say.\n"
    )
    got = sources(text)
    for name in ("Wire One", "Daily Ledger", "Reuters", "Pump Weekly"):
        assert name in got, name
    assert not any("filings" in n.lower() for n in got)


def test_thanks_with_a_quotation_later_in_the_sentence_is_a_speech_act() -> None:
    text = (
        "Ferrow news\n\nChair Dana Whitlow thanked Ivo Stark for his service, above all during "
        '"the hardest two years the firm has known." Stark left on Monday.\n'
    )
    assert speakers(text) == ["Dana Whitlow"]
    assert "Ivo Stark" not in sources(
        "Ferrow news\n\nIvo Stark thanked the fans after the match and left the stadium early.\n"
    )


def test_a_system_is_an_organizations_name() -> None:
    assert (
        entities("Ferrow news\n\nHarbor Health System's clinics will join Ferrow, the buyer said.\n").get(
            "Harbor Health System"
        )
        == EntityType.ORG
    )


@pytest.mark.parametrize(
    ("name", "unit"),
    [("list-item", "1Aa Bb, "), ("quote-later", "thanked a "), ("honorific", "Mr. Mr. ")],
)
def test_the_source_patterns_are_linear_on_a_two_megabyte_line(name: str, unit: str) -> None:
    from tui.analysis.extract import attribution
    from tui.analysis.extract.gazetteer import HONORIFIC_END

    pattern = {
        "list-item": attribution._LIST_ITEM,
        "quote-later": attribution._QUOTE_LATER,
        "honorific": HONORIFIC_END,
    }[name]
    line = unit * (2_000_000 // len(unit))
    start = time.process_time()
    for pos in range(0, len(line), len(line) // 50):
        pattern.match(line, pos, pos + 400)
    if name == "quote-later":  # used anchored only, right after its verb: a match from every verb
        for pos in range(0, len(line), len(unit) * 7):
            pattern.match(line, pos)
    else:
        list(pattern.finditer(line))
    assert time.process_time() - start < 20


def test_a_clause_only_verb_with_its_document_before_the_quotation_is_a_cue() -> None:
    text = (
        "Ferrow news\n\nDana Whitlow, Ferrow's CEO, expressed in a statement, "
        '"Joining forces will make both firms stronger and faster than before." The deal closes next year.\n'
    )
    assert speakers(text) == ["Dana Whitlow"]
    assert (
        sources("Ferrow news\n\nDana Whitlow expressed shock in a statement about the closures on Monday.\n")
        == {}
    )


def test_the_executive_after_a_titled_person_is_that_person() -> None:
    text = (
        "Ferrow news\n\nJoining Ferrow opens a new chapter for Lumen, said president and CEO Ada Brink. "
        '"Together we will build the largest pump maker in the north," the executive added.\n'
    )
    assert speakers(text) == ["Ada Brink"]
    text = (
        "Ferrow news\n\nAda Brink chairs Lumen. A senior executive at Lumen was less sure of the plan. "
        '"It will take years to join the two plants," the executive added.\n'
    )
    assert speakers(text) != ["Ada Brink"]
