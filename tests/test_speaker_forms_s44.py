"""Who said it and who is cited, in forms the stop-43 unseen pair (a search group hiring a coding
start-up's leaders, a console maker's takeover of a game publisher before a judge and a regulator)
showed (issue 11, stop 44).
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import source_result, sources_of
from tui.analysis.extract.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    """The words of each quotation of a text whose paragraphs are split by blank lines."""
    paragraphs, p0 = [], 0
    for para in text.split("\n\n"):
        paragraphs.append((p0, p0 + len(para)))
        p0 += len(para) + 2
    return [text[q.start : q.end] for q in find_quotes(text, paragraphs)]


# --- a closing mark typed as an opening one, inside its paragraph -----------------------------------------
# The FORM: '“...,“ a spokesperson told the Ledger.': the quotation's closing mark is a turned opening
# mark glued to its last word or comma and followed by a space; it opens nothing, so it closes the
# quotation before the reporting clause (it was only read so at a paragraph's end).


def test_a_turned_opening_mark_before_its_cue_closes_the_quotation() -> None:
    text = (
        "Tallow hires Brenvik team\n\n"
        "“We are glad to bring the Brenvik engineers into our lab,“ a Tallow spokesperson told the Ledger. "
        "The start-up will keep its licence.\n"
    )
    assert speakers(text) == [("We are glad", "Tallow")]
    # near miss: an opening mark before its words still opens, and a real pair closes as before
    assert _quoted("He said “we will stay” and left.") == ["we will stay"]


# --- a quotation that holds a quotation in the same marks ---------------------------------------------------
# The FORM: a straight-quoted passage quoting a ruling or a rule in straight marks of its own
# ('"Because the order "ends the case at once," the suit is CLOSED."'): the inner quotation closes and
# the outer one goes on to its own closing mark; the words quoted are the outer passage, the inner one
# within it. When the outer never closes, the inner quotation stands alone as before.


def test_a_quotation_inside_a_straight_quoted_passage_keeps_the_passage() -> None:
    text = (
        "Judge ends the Harbour suit\n\n"
        "Judge Ola Brandt also wrote:\n\n"
        '"As the order on the bank\'s motion "ends the case at once and is a last order," this suit is '
        'CLOSED."\n'
    )
    quoted = _quoted(text)
    assert any(q.startswith("As the order on the bank's") and q.endswith("CLOSED.") for q in quoted), quoted
    assert ("As the order", "Ola Brandt") in speakers(text)
    # near miss: an opening whose quotation never closes leaves the next pair a quotation of its own
    assert _quoted('He said "we will go. Then she said "no" and left.') == ["no"]
    assert _quoted('The bid "would not survive" a review, "in the view" of the board.') == [
        "would not survive",
        "in the view",
    ]


# --- two speakers named after the verb ---------------------------------------------------------------------
# The FORM: '“...,” said Lund and Stark in a statement to the Ledger.': the verb follows the quotation and
# names two people joined by "and"; both speak as one, the second is a source too and the quotation is
# theirs together.


def test_two_people_after_a_verb_that_follows_a_quotation_both_speak() -> None:
    text = (
        "Brenvik founders join Tallow\n\n"
        "Tallow has hired Brenvik chief executive Ana Lund and co-founder Ivo Stark. "
        "“We are proud to take the Brenvik work into a bigger lab,” said Lund and Stark in a statement "
        "to the Ledger.\n"
    )
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    assert {"Ana Lund", "Ivo Stark"} <= set(names.values()), names
    (quote,) = [q for q in result.analysis.quotes if q.kind == "speech"]
    assert {names[i] for i in quote.source_ids} == {"Ana Lund", "Ivo Stark"}, quote
    # near miss: a person and a company of another kind joined after the verb: the person alone
    text2 = (
        "Brenvik founders join Tallow\n\n"
        "Tallow hired Ana Lund. “We are proud of the work,” said Lund and Tallow in a joint note.\n"
    )
    assert speakers(text2) == [("We are proud", "Ana Lund")]


# --- an analyst's view in his own words after a verb of view ----------------------------------------------
# The FORM: "X has weighed in on the deal, calling/seen as “...”" (the phrasal verb of giving a view,
# a quotation of three words or more later in its sentence) and "X expects ... although he sees “...”" (a
# verb of view, elsewhere a source only for experts in the plural, right before a quotation of three
# words or more): the viewer's words; a quotation alone in its next paragraph goes on in his voice.


def test_an_analyst_who_weighs_in_or_sees_gives_the_quotation() -> None:
    text = (
        "Tallow buys Brenvik\n\n"
        "Harbour Bank analyst Rita Moss has weighed in warmly on the Brenvik deal, seen as “a bold move "
        "that brings the mills and the ports under one roof.”\n\n"
        "Moss expects the deal to pass the review although she sees “a few hard weeks in Oslo and Bergen "
        "for a deal of this size.”\n\n"
        "“Buying Brenvik will help Tallow start its shipping arm at last,” the note went on.\n"
    )
    assert speakers(text) == [
        ("a bold move", "Rita Moss"),
        ("a few hard", "Rita Moss"),
        ("Buying Brenvik will", "Rita Moss"),
    ]
    # near misses: a weight on the shares is no view; a person who "sees" growth quotes no one
    assert speakers(
        "Tallow shares fall\n\nCosts weighed on Tallow shares, which fell after the “slow and costly winter season” ended.\n"
    ) == [("slow and costly", None)]
    assert ("Tallow", "organization") not in {
        (s.name, s.kind.value)
        for s in source_result("Tallow plans\n\nTallow sees growth of 4% in 2031.\n").sources
    }


# --- the company's name as written for its spokesperson ---------------------------------------------------
# The FORM: a wire's opening words shout the company's name ("TALLOW hired ...") and the page then
# writes "a Tallow spokesperson": the quotation's speaker is written as the page writes it there.


def test_a_spokesperson_of_a_company_first_named_in_capitals_is_written_as_here() -> None:
    text = (
        "Coding team moves to a search group\n\n"
        "Late on Friday, TALLOW hired the Brenvik chief executive, a Tallow spokesperson said.\n\n"
        "“We are glad to bring the Brenvik engineers into our lab,” a Tallow spokesperson told the Ledger.\n"
    )
    result = source_result(text)
    (quote,) = [q for q in result.analysis.quotes if q.kind == "speech"]
    assert quote.speaker == "Tallow spokesperson", quote


# --- a statement with its day, then its maker ---------------------------------------------------------------
# The FORM: '“...,” said a statement Friday from Ana Lund, head of Tallow's games arm.': the day between
# the document and "from" (or "by") keeps the maker the speaker; before, the statement was the company's.


def test_a_statement_with_its_day_before_its_maker_is_the_makers() -> None:
    text = (
        "Tallow closes Brenvik deal\n\n"
        "Tallow closed its purchase of Brenvik Games on Thursday.\n\n"
        "“Players come first in all we make, and that will not change,” said a statement Friday from "
        "Ana Lund, head of Tallow's games arm.\n"
    )
    assert speakers(text) == [("Players come first", "Ana Lund")]
    # near miss: a statement with no maker named after it stays the company's voice
    text2 = (
        "Tallow closes Brenvik deal\n\n"
        "Tallow closed its purchase of Brenvik Games on Thursday.\n\n"
        "“Players come first in all we make,” Tallow said in a statement Friday.\n"
    )
    assert speakers(text2) == [("Players come first", "Tallow")]


# --- a work's name in quotation marks -------------------------------------------------------------------------
# The FORM: "the maker of ‘Harbour of Kings’ and ‘Salt Run’, the companies said", 'top titles include
# "Lords of the Fjord"': a name of three to six words in title case, no cue leading into it and none right
# after it, is a term in marks (a scare quote), never the words of the sentence's source.


def test_a_title_in_marks_is_no_statement() -> None:
    text = (
        "Tallow buys a game maker\n\n"
        "Tallow is buying Brenvik Games, the maker of ‘Harbour of Kings’ and ‘Salt Run’, in a deal worth "
        "$6 billion, the companies announced on Tuesday.\n"
    )
    assert speakers(text) == []
    # near miss: a title-case quotation right before its cue is still a statement
    text2 = "Tallow buys a game maker\n\n“Game On For All,” said Ana Lund, the head of Tallow.\n"
    assert speakers(text2) == [("Game On For", "Ana Lund")]


# --- "the regulator" after the page named it ------------------------------------------------------------------
# The FORM: "the Harbour Markets Authority (HMA) blocked the deal ... The regulator said on May 2 that ...":
# "the regulator" / "the watchdog" is the regulator the page named last (a name headed Authority,
# Commission, ..., or a short name in brackets after such a long one); with none named it stays one
# unnamed source, never a guess.


def test_the_regulator_is_the_one_named_before() -> None:
    text = (
        "Deal blocked\n\n"
        "The Nordic Harbour Markets Authority (HMA) has blocked Tallow's purchase of Brenvik.\n\n"
        "The regulator said on May 2 that Tallow's offer to sell two mills had not met its concerns.\n"
    )
    got = sources_of(text)
    assert ("HMA", "organization") in got or ("Nordic Harbour Markets Authority", "organization") in got, got
    assert not any(kind == "unnamed" for _, kind in got), got
    # near miss: no regulator named, "the regulator" stays an unnamed source
    got2 = sources_of(
        "Deal blocked\n\nTallow's purchase of Brenvik was blocked.\n\n"
        "The regulator said on May 2 that Tallow's offer had not met its concerns.\n"
    )
    assert ("the regulator", "unnamed") in got2, got2


# --- views in the passive, a firm's count -----------------------------------------------------------------------
# The FORM: "the ruling was interpreted by insiders as a sign of ..." / "is viewed by analysts as": the
# holders of the view after "by" are cited (insiders one unnamed source, the tables' (ad)); "the largest
# deal, as tracked by Harbour Data": the firm whose count is cited.


def test_a_view_in_the_passive_and_a_firms_count_cite_their_holders() -> None:
    got = sources_of(
        "Deal blocked\n\nThe port sale was stopped on Friday, a ruling read by many in the trade as a "
        "warning, and it was interpreted by insiders as a sign of a tougher line on big groups.\n"
    )
    assert ("insiders", "unnamed") in got, got
    got = sources_of(
        "Deal agreed\n\nIt is the largest deal in the trade, as tracked by Harbour Data since 1990.\n"
    )
    assert ("Harbour Data", "organization") in got, got
    # near miss: "tracked" alone is no cue
    assert sources_of("Deal agreed\n\nTallow tracked the shipments of Brenvik for a year.\n") == set()


# --- a worry told with its words --------------------------------------------------------------------------------
# The FORM: "it came down to the regulator being concerned that the deal would “hurt new and small
# rivals”": the one concerned (before "being", "is") gives the quoted words of three words or more; a worry
# with no quotation cites no one.


def test_a_worry_with_its_quoted_words_is_the_worried_ones() -> None:
    text = (
        "Deal blocked\n\n"
        "It came down to the Harbour Authority being concerned that the deal would “hurt new and small "
        "rivals” in the trade.\n"
    )
    assert speakers(text) == [("hurt new and", "Harbour Authority")]
    assert sources_of("Rates\n\nTallow is concerned that rates will rise in 2031.\n") == set()


# --- a company's counsel --------------------------------------------------------------------------------------
# The FORM: "Tallow legal counsel said that ...", "Tallow lawyers said": who speaks for the company in court,
# with no article before the name, is the company (like "Tallow officials said", the tables' (z)).


def test_a_companys_counsel_speaks_for_it() -> None:
    base = "Court hearing\n\nTallow agreed to buy Brenvik for $5 billion on Monday.\n\n"
    got = sources_of(base + "In the hearing, Tallow legal counsel said that the deal would fail.\n")
    assert ("Tallow", "organization") in got, got
    got = sources_of(base + "Tallow lawyers said the deal would fail.\n")
    assert ("Tallow", "organization") in got and not any(k == "group" for _, k in got), got
    # near miss: lawyers for a group named after them are not the company
    got = sources_of(base + "Lawyers for the dock workers said the deal would fail.\n")
    assert ("Tallow", "organization") not in got, got


# --- a report named inside a quotation the excerpt cuts off ------------------------------------------------
# The FORM: 'Analysts at Harbour Bank said “the news is a surprise.”' then a paragraph opening with a
# quotation the page's excerpt cuts off ('“A Ledger report from March said the chief would stay for ...'
# and the text stops): the report is the analysts' citation, not the page's (as inside a closed quotation).


def test_a_report_named_inside_a_cut_off_quotation_is_no_source_of_the_page() -> None:
    text = (
        "Chief to retire\n\n"
        "Tallow said on Friday its chief Ola Brandt will retire in March.\n\n"
        "Analysts at Harbour Bank said “the news is a surprise to many.”\n\n"
        "“A Harbour Ledger report from March said Brandt would stay for ‘at least three more years,’ which fits the"
    )
    got = sources_of(text)
    assert ("Harbour Bank", "organization") in got, got
    assert not any(name.endswith("Ledger") for name, _ in got), got
    # near miss: the page's own sentence naming the report still cites it
    got = sources_of(
        "Chief to retire\n\nTallow said on Friday its chief Ola Brandt will retire.\n\n"
        "A Harbour Ledger report from March said Brandt would stay for three more years."
    )
    assert any(name.endswith("Ledger") for name, _ in got), got


# --- a profile site as where a fact was read ----------------------------------------------------------------
# The FORM: "According to LinkedIn, he has led ...", "according to his LinkedIn": the profile page on the
# site is a document (the tables' kind), wherever the sentence places it; "LinkedIn said" stays the company.


def test_according_to_a_profile_site_is_a_document() -> None:
    base = "Tallow hires\n\nTallow hired Ola Brandt on Monday.\n\n"
    assert ("LinkedIn", "document") in sources_of(base + "According to LinkedIn, he has led teams in Oslo.\n")
    assert ("LinkedIn", "document") in sources_of(
        base + "He has led teams in Oslo, according to his LinkedIn.\n"
    )
    got = sources_of(base + "He has led teams in Oslo, Tallow said, citing LinkedIn Corp data.\n")
    assert ("LinkedIn", "document") not in got, got


# --- "the companies" again ------------------------------------------------------------------------------------
# The FORM: "The companies announced the deal ... [other bodies named] ... The companies say that ... ‘...’":
# a later "the companies" is the parties the page took the first one for, when the names between leave
# no clear pair (before: no one, and the quotation it leads into had no speaker).


def test_the_companies_again_are_the_parties_taken_before() -> None:
    text = (
        "Harbour mill deal\n\n"
        "Tallow Corp. is being bought by Brenvik Steel, the largest steelmaker in Norway.\n\n"
        "The companies announced the deal on Monday and say it will be paid in cash.\n\n"
        "Tallow will keep its name, and its pacts with the Dockers Union and the Fjord Guild will stand.\n\n"
        "The companies say that Brenvik buying Tallow will join 'the best mills and ships of the north' "
        "for their customers.\n"
    )
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    (quote,) = [q for q in result.analysis.quotes if q.kind == "speech"]
    assert {names[i] for i in quote.source_ids} == {"Tallow Corp.", "Brenvik Steel"}, quote


# --- a stance told: "made it clear", "expressed gratitude" ----------------------------------------------------
# The FORM: "X has made it clear it does not want ...", "X expressed gratitude for ...", "X expressed his
# confidence in Y": what X said, told by its stance (the tables count them); "made" alone, "expressed
# interest", a reaction ("expressed shock") and a stance inside what another's closing clause reports
# ("X had made it clear ..., analyst Y said") cite no one more.


def test_a_stance_told_cites_its_holder() -> None:
    base = "Tallow deal\n\nTallow agreed to buy Brenvik for $5 billion on Monday.\n\n"
    assert sources_of(base + "But Brenvik has made it clear it does not want to depend on one buyer.\n") == {
        ("Brenvik", "organization")
    }
    got = sources_of(
        base + "Reflecting on his tenure, Ola Brandt expressed gratitude for the chance to serve.\n"
    )
    assert ("Ola Brandt", "person") in got, got
    got = sources_of(base + "Ola Brandt expressed his confidence in Ana Lund as “a true mill person”.\n")
    assert ("Ola Brandt", "person") in got, got
    # near misses
    assert sources_of(base + "Brenvik made a bid for Tallow's port.\n") == sources_of(base)
    assert ("Ola Brandt", "person") not in sources_of(base + "Ola Brandt expressed shock at the price.\n")
    got = sources_of(
        base + "Ola Brandt had made it clear he would stay for years, Harbour Bank analyst Ivo Stark said.\n"
    )
    assert ("Ola Brandt", "person") not in got and ("Ivo Stark", "person") in got, got


# --- a spokeswoman with no company named, her words naming it ------------------------------------------------
# The FORM: '“Tallow is working on measures to speed its plan,” a spokeswoman said by e-mail.': a bare
# spokesperson whose sentence (her own words included) names one organization, the one the page names
# most, speaks for it; two bodies named, or none, leave her an unnamed source (never a guess).


def test_a_bare_spokeswoman_speaks_for_the_one_company_her_sentence_names() -> None:
    base = "Tallow cuts\n\nTallow will cut 900 jobs, Tallow said on Monday.\n\n"
    assert speakers(
        base + "“Tallow is working on measures to speed its plan,” a spokeswoman said by e-mail.\n"
    ) == [("Tallow is working", "Tallow")]
    got = sources_of(base + "“Brenvik and Tallow are working on it,” a spokeswoman said.\n")
    assert ("a spokeswoman", "unnamed") in got, got
    got = sources_of(base + "“We are working on it,” a spokeswoman said.\n")
    assert ("a spokeswoman", "unnamed") in got, got


# --- the ones addressed before the quotation ------------------------------------------------------------------
# The FORM: 'he promised shareholders “tough cutbacks”': a verb that cues only next to a quotation (promised,
# assured, vowed ...) with the ones addressed between it and the quotation; "promised shareholders a
# dividend" stays no cue.


def test_a_promise_to_shareholders_in_marks_cites_the_promiser() -> None:
    base = "Tallow cuts\n\nTallow will cut 900 jobs.\n\n"
    got = sources_of(
        base + "Chief executive Ola Brandt flagged a big overhaul in May when he promised shareholders "
        "“tough cutbacks” at the mill.\n"
    )
    assert ("Ola Brandt", "person") in got, got
    assert sources_of(base + "Tallow promised shareholders a dividend.\n") == set()


# --- an outlet whose name holds its capital "The", and its head alone after it --------------------------------
# The FORM: "two people close to the board told The Harbour Times" (the outlet's name opens with
# a capital "The": still the outlet told, the tables' (n)); "a letter obtained by the Times" after it: the
# one outlet the page named with that head, not a "Times" of its own.


def test_told_the_outlet_with_its_capital_the_and_its_head_alone_after() -> None:
    base = "Tallow chief quits\n\nTallow chief Ola Brandt quit on Tuesday.\n\n"
    got = sources_of(
        base + "It was handed to him in Oslo, two people close to the board told The Harbour Times.\n"
    )
    assert ("The Harbour Times", "outlet") in got, got
    got = sources_of(
        base
        + "Brandt tells The Harbour Times that he has quit. A letter obtained by the Times asked him to go.\n"
    )
    assert {name for name, kind in got if kind == "outlet"} == {"The Harbour Times"}, got
    # near miss: a person told, never an outlet
    assert ("Ivo Stark", "outlet") not in sources_of(
        base + "Brandt told Ivo Stark on Monday that he would go.\n"
    )


# --- the subject's second verb: "was reached by phone and said" -----------------------------------------------
# The FORM: "A spokesperson for Tallow was reached by phone and said the firm had “no more to say.”": a
# saying verb after "and", no source right before it, is the sentence's subject's; other verbs there
# ("has resigned and admitted he misled the board") stay what the subject did.


def test_a_subjects_second_verb_of_saying_cites_it() -> None:
    base = "Tallow cuts\n\nTallow will cut 900 jobs at Brenvik.\n\n"
    text = (
        base
        + "A spokesperson for Brenvik was reached by phone and said the firm had “no more to say on it.”\n"
    )
    assert speakers(text) == [("no more to", "Brenvik")]
    got = sources_of(
        base + "Brenvik chief Ola Brandt has quit and admitted he misled the board about “a few old loans.”\n"
    )
    assert ("Brenvik", "organization") not in got, got


# --- "announced by the companies" -----------------------------------------------------------------------------
# The FORM: "The extra money, announced by the companies on Friday, comes after ...": the parties, as "according
# to the companies" names them.


def test_announced_by_the_companies_cites_both_parties() -> None:
    got = sources_of(
        "Tallow invests in Brenvik\n\nTallow will put $4 billion more into Brenvik Labs.\n\n"
        "The extra money, announced by the companies on Friday, comes after a $4 billion stake taken in May.\n"
    )
    assert {("Tallow", "organization"), ("Brenvik Labs", "organization")} <= got, got
