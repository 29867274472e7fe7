"""Who said it and who is cited, in forms the stop-42 unseen pair (a Japanese group's money in an AI
lab, a steelmaker's takeover of a rival) and the lead's stop-43 decisions showed (issue 11): the page's
record names the wire it runs in a note ("Daily Post (Reuters)", "site.com (Bloomberg copy)"), so the
wire is the page's own outlet, the narrator (the tables' convention (l)); a page that does not run the
wire cites it when it names it ("told Reuters"); an unnamed source who told an outlet cites the outlet
too (convention (n)).
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def _sources_on(text: str, outlet: str | None) -> set[tuple[str, str]]:
    """The (name, kind) of each source of one article whose recorded outlet is `outlet`."""
    art = Article("a", Path("a.txt"), text, ArticleMeta(outlet=outlet, headline_in_text=True))
    return {(s.name, s.kind.value) for s in analyse_article(art).sources}


# --- the wire a page runs, by its record's note (convention (l)) ------------------------------------

_WIRE_TOLD = (
    "Tallow to cut 900 jobs\n\n"
    "Tallow Foods will cut 900 jobs in its dairy unit, {who} told {wire} on Tuesday, as the group "
    "seeks to save $300 million a year.\n\n"
    "Tallow Foods said in a statement it would close two plants by March.\n"
)


@pytest.mark.parametrize(
    "outlet, wire",
    [
        ("Daily Post (Reuters)", "Reuters"),
        ("dailypost.example (Reuters copy)", "Reuters"),
        ("Daily Post (Bloomberg wire)", "Bloomberg"),
        ("Mint (livemint.com; Wall Street Journal copy)", "The Wall Street Journal"),
        ("Daily Post (machine-translated copy of CNBC)", "CNBC"),
        ("Daily Post (Reuters, translated)", "Reuters"),
        ("Daily Post (spun copy of CNBC)", "CNBC"),
        ("KESQ (AP)", "AP"),
        ("The Sun (Brindle edition), via a print reader (Bloomberg)", "Bloomberg"),
    ],
)
def test_a_wire_the_record_says_the_page_runs_is_the_narrator(outlet, wire):
    # before: the note in brackets was dropped ("EconoTimes (Reuters rewrite)" was EconoTimes alone),
    # so "told Reuters" on the wire's copy was cited unless the text had a dateline or credit line
    text = _WIRE_TOLD.format(who="a person familiar with the plan", wire=wire)
    got = _sources_on(text, outlet)
    assert not any(kind == "outlet" for _, kind in got), got
    assert ("a person familiar with the plan", "unnamed") in got
    assert ("Tallow Foods", "organization") in got


@pytest.mark.parametrize(
    "outlet, wire",
    [
        ("dailypost.example (Bloomberg copy)", "Bloomberg"),
        ("Daily Post (CNBC)", "CNBC"),
        ("Mint (livemint.com; Wall Street Journal copy)", "The Wall Street Journal"),
        ("Daily Post (Sky News copy)", "Sky News"),
        ("Daily Post (Reuters, AFP)", "Reuters"),  # two wires' text: both the page's own
    ],
)
def test_a_noted_wire_the_page_goes_by_is_the_narrator(outlet, wire):
    # before: "according to Bloomberg" on a Bloomberg copy with no dateline was a cited source
    text = (
        "Tallow to cut 900 jobs\n\nTallow Foods will cut 900 jobs in its dairy unit, according to {wire}.\n"
    )
    got = _sources_on(text.format(wire=wire), outlet)
    assert not any(kind == "outlet" for _, kind in got), got
    assert any(kind == "outlet" for _, kind in _sources_on(text.format(wire=wire), "Daily Post"))


@pytest.mark.parametrize(
    "outlet",
    [
        "Daily Post",  # no note: the page is its own outlet
        None,  # no outlet recorded
        "Daily Post (blog)",  # a description, no wire
        "Daily Post (after Reuters)",  # the page cites another's report
        "Daily Post (Reuters rewrite)",  # a retelling: the page's own text (the lead's decision, 17:33)
        "Daily Post (Reuters-based)",
        "Daily Post (Reuters summary)",
        "Daily Post (bullets on Reuters's report)",
        "Daily Post (CNBC copy)",  # another wire's copy
        "Daily Post (AFP, Reuters photo)",  # the wire is AFP; Reuters only gave a picture
    ],
)
def test_a_wire_named_on_a_page_that_does_not_run_it_is_cited(outlet):
    # near misses: the wire the page names is not the one its record says it runs: a cited source
    text = _WIRE_TOLD.format(who="a person familiar with the plan", wire="Reuters")
    assert ("Reuters", "outlet") in _sources_on(text, outlet)


def test_a_named_person_who_told_the_wire_on_its_copy_is_the_only_source():
    text = _WIRE_TOLD.format(who="chief executive Ivo Stark", wire="Bloomberg")
    assert ("Ivo Stark", "person") in _sources_on(text, "site.example (Bloomberg copy)")
    assert ("Bloomberg", "outlet") not in _sources_on(text, "site.example (Bloomberg copy)")
    assert ("Bloomberg", "outlet") in _sources_on(text, "site.example (Reuters copy)")


def test_the_times_is_not_the_new_york_times_of_a_note():
    # near miss: a note's wire is matched by its whole name, not by a word inside it
    text = (
        "Tallow to cut 900 jobs\n\n"
        "Tallow Foods will cut 900 jobs, The Times reported on Tuesday, citing people close to it.\n"
    )
    assert ("The Times", "outlet") in _sources_on(text, "Digest (New York Times DealBook excerpt)")


def test_an_earlier_report_of_the_noted_wire_is_the_narrator():
    # the tables' convention (i) 2 with the note: "Bloomberg reported in May" on a Bloomberg copy
    text = (
        "Tallow names new finance chief\n\n"
        "Tallow Foods named Vera Lund finance chief on Tuesday. Bloomberg News reported in May that "
        "the group was looking for a successor.\n"
    )
    assert ("Bloomberg News", "outlet") not in _sources_on(text, "news.example (Bloomberg copy)")
    assert any(kind == "outlet" for _, kind in _sources_on(text, "news.example (CNBC copy)"))


# --- a list of bodies as the subject ------------------------------------------------------------------

_HEAD = "Tallow to buy Brindle\n\nTallow Group agreed to buy Brindle Steel for $5 billion on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Group, Quill Labs and Brindle Steel announced Tuesday that they would build a plant.\n",
        "Tallow Group, Quill Labs, and Brindle Steel have announced a plant they will build together.\n",
    ],
)
def test_each_body_of_a_listed_subject_is_cited(sentence):
    # before: only the last one ("Brindle Steel"), the list's first names left out
    got = sources_of(_HEAD + sentence)
    assert {
        ("Tallow Group", "organization"),
        ("Quill Labs", "organization"),
        ("Brindle Steel", "organization"),
    } <= got


def test_a_list_that_is_an_object_is_not_the_subject():
    # near miss: "Tallow Group bought Quill Labs, Orrin Foods and Brindle Steel said ...": only the last speaks
    got = sources_of(
        _HEAD + "Tallow Group bought Quill Labs, Orrin Foods and Brindle Steel said it would sell a plant.\n"
    )
    assert ("Brindle Steel", "organization") in got
    assert ("Quill Labs", "organization") not in got


def test_the_companies_after_a_venture_s_list_of_owners_are_all_of_them():
    # "X, a venture of A, B and the chip company C, ..., the companies have said": before, the two
    # bodies the page named most, not the third owner
    text = (
        _HEAD
        + "Lakeside, a venture of Tallow Group, Quill Labs and the chip company Orrin Foods, could bring "
        "$50 billion of investment, the companies have said.\n"
    )
    got = sources_of(text)
    assert {
        ("Tallow Group", "organization"),
        ("Quill Labs", "organization"),
        ("Orrin Foods", "organization"),
    } <= got


# --- a verb that opens its sentence before the speaker ------------------------------------------------


def test_a_verb_opening_the_sentence_then_the_speaker_then_the_quotation():
    # 'Added <post> <name>, “...”': before, the words went on to the speaker before (Ivo Stark)
    text = (
        "Tallow and Quill join forces\n\n"
        "“We will be each other's customers,” Tallow chief executive Ivo Stark said in a video. "
        "“We will sell together.” Added Quill chief executive Lena Vey, “We are glad to get more "
        "capacity for our models.”\n"
    )
    assert speakers(text) == [
        ("We will be", "Ivo Stark"),
        ("We will sell", "Ivo Stark"),
        ("We are glad", "Lena Vey"),
    ]


def test_a_capitalised_verb_with_no_speaker_after_it_is_no_cue():
    # near miss: "Added to the index, ..." names no one after the verb
    text = (
        "Tallow joins index\n\n"
        "“We are proud,” Tallow chief executive Ivo Stark said. Added to the index on Monday, the "
        "shares rose 4%.\n"
    )
    assert sources_of(text) == {("Ivo Stark", "person")}


# --- a reported thought ---------------------------------------------------------------------------


def test_a_reported_thought_told_by_a_speech_is_the_thinker_s():
    # '“...,” he thought, according to a talk he once gave': before, no speaker for either quotation
    text = (
        "Tallow chief looks back\n\n"
        "In his office in Oslo, Tallow chief executive Ivo Stark was restless. After years of deals, the "
        "chief executive officer of Tallow Group had missed the boom.\n\n"
        "“I have done nothing of note,” he thought, according to remarks he made to a meeting of staff last "
        "year. “Is this all there is?”\n"
    )
    assert speakers(text) == [("I have done", "Ivo Stark"), ("Is this all", "Ivo Stark")]


def test_an_opinion_with_no_quotation_is_no_cue():
    # near miss: "he thought the price fair" is his view told by the writer, no citation
    text = "Tallow chief looks back\n\nTallow chief executive Ivo Stark thought the price was fair at the time.\n"
    assert ("Ivo Stark", "person") not in sources_of(text)


# --- a programme's name in quotation marks between two quotations ------------------------------------


def test_a_quotation_after_a_programme_named_in_quotation_marks_goes_on_with_the_speaker():
    # '“...,” X told the “Morning Desk” on Kesta TV. “...”': before, the show's name broke the run
    text = (
        "Tallow deal gets a nod\n\n"
        "“It is a security pact to be signed with the state,” Senator Ivo Stark told the “Morning Desk” "
        "on Kesta TV. “There will be a part of it kept by the board.”\n"
    )
    assert speakers(text) == [("It is a", "Ivo Stark"), ("There will be", "Ivo Stark")]


# --- a union named with its noun after the name; "the union representing ..." -------------------------


def test_the_union_representing_workers_is_the_union_the_page_named_with_its_noun():
    # "The X union called ...", then "the union representing steel staff said, that ..." and a
    # quotation opening the next paragraph: before, no source and no speaker
    text = (
        _HEAD + "The Brindle Staff Association union called the deal “shortsighted” on Monday.\n"
        "But the union representing steel staff said, that it does not want the company sold to a rival.\n\n"
        "“Throughout this process, we stayed open to any deal that keeps the plants open.”\n"
    )
    assert ("Brindle Staff Association", "organization") in sources_of(text)
    assert speakers(text)[-1] == ("Throughout this process,", "Brindle Staff Association")


def test_a_union_named_without_its_noun_is_not_taken_up_by_the_union():
    # near miss: the page never calls the association a union: "the union" stays an unnamed group
    text = (
        _HEAD + "The Brindle Staff Association called the deal a mistake on Monday.\n"
        "But the union representing steel staff said, that it does not want the company sold to a rival.\n"
    )
    assert ("union", "group") in sources_of(text)


# --- a passive outlet agent with the report's time between -------------------------------------------


@pytest.mark.parametrize("adverb", ["earlier", "first", "previously"])
def test_an_outlet_that_reported_earlier_is_cited(adverb):
    text = _HEAD + f"The talks were reported {adverb} by the Financial Times.\n"
    assert ("Financial Times", "outlet") in sources_of(text)


# --- the new patterns stay linear on a long line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("attribution", "_OPENS_SENTENCE", "“a "),
        ("attribution", "_QUOTE_AFTER_SOURCE", " , "),
        ("attribution", "_BODY_END", "the union representing a "),
        ("attribution", "_NOUN_AFTER_NAME", " \t"),
        ("attribution", "_LIST_LAST", ", and the a "),
        ("attribution", "_LIST_JOINED", " (A) , "),
        ("attribution", "_VERB_TAIL_END", " on a, according to a b "),
        ("attribution", "_LONG_APPOSITIVE_END", "a, a b "),
        ("attribution", "_CALL_LETTERS", "KGWA"),
        ("attribution", "_TOLD_ENDS", " \t"),
        ("attribution", "_PER_PRICE", "'s last last "),
        ("attribution", "_SOURCES_IN_SHORT", "unnamed "),
        ("gazetteer", "HONORIFIC_AT", "Mr \t"),
        ("attribution", "_KIND_BEFORE_NAME", "the big "),
        ("attribution", "_LEAD_PHRASE", " \t• "),
        ("attribution", "_THAN_BEFORE", "a than "),
        ("attribution", "_KIND_AFTER_PLACE", " big "),
        ("attribution", "_ANNOUNCED_INCLUDING", "companies that announced a "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- one unnamed group, taken up by "the person" --------------------------------------------------------


def test_the_person_after_sources_is_one_of_them():
    # "sources told X ... the person said": before, two unnamed sources ("sources" and "the person")
    text = (
        "Tallow in talks\n\n"
        "Tallow is in talks to lead a $4 billion round in Quill, sources told the Courier.\n\n"
        "The round could close by March, the sources added.\n\n"
        "Tallow may put in more later, the person said.\n"
    )
    got = sources_of(text)
    assert [s for s in got if s[1] == "unnamed"] == [("sources", "unnamed")], got


def test_the_sources_after_one_source_are_not_taken_up():
    # near miss: a plural back-reference to one source introduced stays apart (unchanged)
    text = (
        "Tallow in talks\n\n"
        "Tallow is in talks to lead a round in Quill, a source told the Courier.\n\n"
        "The round could close by March, the sources said.\n"
    )
    assert ("a source", "unnamed") in sources_of(text)


# --- a company's "announced X" in more forms (the tables' convention (e')) ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Labs concurrently announced a tie-up with Quill.\n",
        "Tallow Labs, a two-year-old robot maker that has no product yet but wants robots in every home and "
        "office, announced yesterday that it raised $600 million.\n",
        "In a bold move, Tallow Labs has embarked on its biggest venture yet, announcing a $2 billion stake "
        "in Quill.\n",
    ],
)
def test_a_company_announcing_news_is_cited(sentence):
    # before: an adverb before the verb, a long description between the name and its verb, and the
    # participle "announcing" left the company uncited
    assert ("Tallow Labs", "organization") in sources_of(
        "Tallow news\n\nTallow Labs makes robots.\n\n" + sentence
    )


def test_a_long_description_of_an_object_gives_no_subject():
    # near miss: the name before the description does not open the sentence
    text = (
        "Tallow news\n\nTallow Labs makes robots.\n\n"
        "Buyers in talks with Tallow Labs, a two-year-old robot maker that has no product yet but wants robots "
        "in every home, announced yesterday that they had agreed terms.\n"
    )
    assert ("Tallow Labs", "organization") not in sources_of(text)


# --- a broadcaster's call letters as the one told -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, station",
    [
        ("“It is a good day for the brand,” Ivo Stark told KGW.\n", "KGW"),
        ("“It is a good day for the brand,” Ivo Stark told WXYZ-TV on Monday.\n", "WXYZ-TV"),
    ],
)
def test_call_letters_told_at_the_clause_s_end_are_an_outlet(sentence, station):
    # the tables' convention (i) 3: the station told is cited; before, its call letters were no outlet
    assert (station, "outlet") in sources_of("Tallow news\n\nTallow Labs makes robots.\n\n" + sentence)


def test_call_letters_told_a_clause_are_no_outlet():
    # near miss: "told KPMG that ...": a body told something, no interview
    text = "Tallow news\n\nTallow Labs makes robots.\n\nIvo Stark told KPMG that the books were in order.\n"
    assert not any(kind == "outlet" for _, kind in sources_of(text))


# --- the page's own outlet, named as a body ----------------------------------------------------------


def test_the_outlet_the_page_is_recorded_as_is_the_narrator_whatever_its_type():
    # "Sifted confirmed the news with three sources" on Sifted's own page: its own reporting; before,
    # a cited organization (the name was no outlet the gazetteer knows)
    text = (
        "Tallow to lead Quill round\n\n"
        "Tallow is set to lead Quill's next round, according to the Courier.\n"
        "Kestrel confirmed the news with three sources with direct knowledge of the talks.\n"
    )
    got = _sources_on(text, "Kestrel")
    assert not any(name == "Kestrel" for name, _ in got), got
    assert any(name == "Kestrel" for name, _ in _sources_on(text, "Daily Ledger"))


# --- "as per X's last close" ---------------------------------------------------------------------------


def test_a_price_taken_per_a_company_s_close_cites_no_one():
    text = (
        "Tallow to buy Brindle\n\n"
        "Tallow will pay $60 a share for Brindle. The price implies a 7% premium as per Brindle's last close.\n"
    )
    assert ("Brindle", "organization") not in sources_of(text)


def test_per_a_company_s_statement_still_cites_it():
    # near miss: "per Brindle's statement" is the company's word (a document or the company)
    text = "Tallow to buy Brindle\n\nThe deal will close in May, per Brindle's statement on Monday.\n"
    assert any(name.startswith("Brindle") for name, _ in sources_of(text))


# --- "The bank stressed" after the bank's own quotation ---------------------------------------------


def test_a_body_s_noun_after_its_own_quotation_is_that_body():
    # '“...,” Tallow said in a release. “...” The bank stressed that ...': before, a bank named earlier
    # only in passing (the one whose stake is sought), a misattribution
    text = (
        "Tallow raises Brindle stake\n\n"
        "Tallow said on Wednesday it had raised its stake in Brindle to 28%.\n"
        "Tallow has asked the Nordic Central Bank to let it hold as much as 24.9% of the Danish bank’s stock, "
        "as its chief also seeks a stake in Orrin Bank.\n"
        "“The move shows our view that Brindle holds great value,” Tallow said in a release. “It is a "
        "strong commitment to the region.”\n"
        "The bank stressed that its position remains that of an investor.\n"
    )
    got = sources_of(text)
    assert ("Orrin Bank", "organization") not in got, got
    assert ("Nordic Central Bank", "organization") not in got, got
    assert ("Tallow", "organization") in got


def test_a_body_s_noun_after_another_body_is_named_is_that_body():
    # near miss: a bank named outside quotations in the sentence before is the one "the bank" takes up
    text = (
        "Tallow raises Brindle stake\n\n"
        "“The move shows our view that Brindle holds great value,” Tallow said in a release.\n"
        "Shares of Brindle Bank rose 3% on the news.\n"
        "The bank stressed that it had not been told of the move.\n"
    )
    assert ("Brindle Bank", "organization") in sources_of(text)


# --- "sources" told in short after "people familiar with the matter" ----------------------------------


def test_sources_in_short_after_people_familiar_are_the_same_source():
    # "citing people familiar with the matter ... , sources have said": before, two unnamed sources
    text = (
        "Tallow weighs new chief\n\n"
        "Tallow is weighing a new chief, the Courier reported, citing people familiar with the matter.\n\n"
        "The talks with Brindle ended this month, sources have said.\n"
    )
    got = sources_of(text)
    assert [s for s in got if s[1] == "unnamed"] == [("people familiar with the matter", "unnamed")], got


def test_officials_in_short_stay_apart():
    # near miss: "officials said" are not the people familiar with the matter
    text = (
        "Tallow weighs new chief\n\n"
        "Tallow is weighing a new chief, the Courier reported, citing people familiar with the matter.\n\n"
        "The talks with Brindle ended this month, officials said.\n"
    )
    assert len([s for s in sources_of(text) if s[1] in ("unnamed", "group", "official")]) == 2


# --- "he said" after a sentence opened by "Mr. <Name>" ------------------------------------------------


def test_he_after_a_sentence_opened_by_a_courtesy_title_is_that_person():
    # before: "Mr. Stark, who ..., spent ..." as the sentence before gave "he said" no speaker
    text = (
        "Tallow chief to go\n\n"
        "Tallow chief executive Lena Vey is stepping down after weak results.\n"
        "In a statement on Tuesday, Tallow Corp said Ivo Stark, at present chief planning officer, will take over from "
        "Ms Vey on April 1.\n"
        "Mr. Stark, who joined Tallow in 2003, spent most of his time in Oslo, where he ran planning.\n"
        "“I believe that Tallow can do far more than it does,” he said at a news conference.\n"
    )
    assert speakers(text) == [("I believe that", "Ivo Stark")]


# --- "It said" after a sentence opened by a body's kind and name, or by a bullet ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "The defense startup Tallow raised $1.5 billion in a round. It said it would use the money to "
        "“build the plants of tomorrow.”\n",
        "  • Tallow Labs raised $1.5 billion in a round.\n\n  • It said it would use the money to “build "
        "the plants of tomorrow.”\n",
    ],
)
def test_it_said_after_a_body_named_with_its_kind_or_in_a_bullet_is_that_body(body):
    # before: no source, and the quoted purpose had no speaker
    text = "Tallow raises cash\n\n" + body
    got = sources_of(text)
    assert any(name.startswith("Tallow") for name, _ in got), got
    assert speakers(text)[0][1] is not None and speakers(text)[0][1].startswith("Tallow")


def test_it_said_after_a_kind_that_is_an_object_s_is_no_one():
    # near miss: "Investors in the startup Tallow ..." opens with the investors, not Tallow
    text = (
        "Tallow raises cash\n\n"
        "Investors in the startup Tallow put in $1.5 billion. It said it planned to use the money to build plants.\n"
    )
    assert not any(name.startswith("Tallow") for name, _ in sources_of(text))


# --- experts after a comparison; "it said" after a body's country and kind ---------------------------


@pytest.mark.parametrize("verb", ["expected", "forecast"])
def test_analysts_after_a_comparison_are_the_group_analysts(verb):
    # "weaker than analysts had expected": before, no source for "expected", and "weaker than analysts"
    # as the group's name for "forecast"
    text = f"Tallow cuts jobs\n\nTallow said profit was weaker than analysts had {verb}.\n"
    assert ("analysts", "group") in sources_of(text)


def test_expected_with_no_experts_cites_no_one():
    # near miss: "is expected", "Tallow expected": no group of experts, no citation
    text = "Tallow cuts jobs\n\nThe deal is expected to close in May. Tallow expected a slow year.\n"
    assert sources_of(text) == set()


def test_it_said_after_a_body_s_country_and_kind_is_that_body():
    # "US parcel delivery giant UPS plans to cut jobs, it said": before, "US" (a place) opened the
    # sentence and "it" named no one
    text = "Tallow cuts jobs\n\nUS robot maker Tallow plans to cut 900 jobs worldwide, it said on Tuesday.\n"
    assert ("Tallow", "organization") in sources_of(text)


def test_it_said_after_a_country_s_figure_is_no_one():
    # near miss: "US sales at Tallow fell": the place opens a noun phrase that is no body's kind
    text = "Tallow cuts jobs\n\nUS sales at Tallow fell 9% in the year, it said on Tuesday.\n"
    assert ("Tallow", "organization") not in sources_of(text)


# --- a body's kind with a term in quotation marks ------------------------------------------------------


def test_the_company_with_a_quoted_term_before_its_noun_is_the_company():
    # 'The “buy now, pay later” company said': before, the quotation marks hid the back-reference
    text = (
        "Tallow raises cash\n\nTallow Labs cut its valuation by 85% on Monday.\n"
        "The “buy now, pay later” lender told investors it had taken in $500 million.\n"
    )
    assert ("Tallow Labs", "organization") in sources_of(text)
    assert speakers(text) == [("buy now, pay", None)]  # the term is no one's words


# --- the bodies listed after "companies that have announced ..." --------------------------------------


def test_each_body_listed_after_companies_that_announced_is_cited():
    # the tables' convention (e'): "joined several companies that have announced layoffs this year,
    # including A, B and C" tells each one's announcement; before, none was cited
    text = (
        "Tallow cuts jobs\n\nTallow Labs will cut 900 jobs.\n\n"
        "With the news, Tallow Labs joined a number of companies that have announced job cuts in the new "
        "year, including Quill Foods, Brindle Steel and Orrin Bank.\n"
    )
    got = sources_of(text)
    assert {
        ("Quill Foods", "organization"),
        ("Brindle Steel", "organization"),
        ("Orrin Bank", "organization"),
    } <= got


def test_bodies_listed_as_customers_are_not_cited():
    # near miss: a list after "companies" with no announcement is no citation
    text = "Tallow cuts jobs\n\nTallow Labs sells to several companies, including Quill Foods and Brindle Steel.\n"
    assert sources_of(text) == set()


# --- what the user copies: `c` on a quotation ---------------------------------------------------------


def test_copied_quotations_carry_the_speakers_of_this_stop_s_forms(tmp_path) -> None:  # noqa: ANN001
    # `c` on a quotation (docs/daily-use.md): the speaker a verb opening its sentence names, the thinker
    # of a reported thought, and the union a quotation opening its paragraph continues; before, the first
    # was copied with the speaker before it and the other two with no speaker
    from tui.analysis.citation import format_passage
    from tui.analysis.pipeline import analyse
    from tui.analysis.voice import passage_for
    from tui.corpus.loader import load_loose_files

    page = tmp_path / "forms.txt"
    page.write_text(
        "Tallow and Quill join forces\n\n"
        "“We will be each other's customers,” Tallow chief executive Ivo Stark said in a video. "
        "Added Quill chief executive Lena Vey, “We are glad to get more capacity for our models.”\n\n"
        "The Brindle Staff Association union called the deal “shortsighted” on Monday.\n"
        "But the union representing steel staff said, that it does not want the company sold to a rival.\n\n"
        "“Throughout this process, we stayed open to any deal that keeps the plants open.”\n",
        encoding="utf-8",
    )
    corpus = load_loose_files([page])
    analysis = analyse(corpus, use_cache=False)
    article = corpus.articles[0]
    copied = {
        q.text[:12]: format_passage(passage_for(analysis, article, q.span, "quote", q.id), "plain")
        for q in analysis.quotes
    }
    assert "Ivo Stark" in copied["We will be e"], copied
    assert "Lena Vey" in copied["We are glad "] and "Ivo Stark" not in copied["We are glad "], copied
    assert "Brindle Staff Association" in copied["Throughout t"], copied
