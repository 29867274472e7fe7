"""Who said it and who is cited, in forms the stop-41 unseen pair (a big company's money in an AI
startup, a bank's change of chief executive) showed and that news writes in every trade (issue 11):
an analyst's firm named before the post in an after-quote attribution ("said Quarry Z analyst X"),
then a second quotation that goes on; a lead whose subject is the company and whose purpose is quoted
("X named Y ... to drive “...”"); passive agents ("made by a spokesperson for X", "confirmed ... by
other media, such as A, B or C"); "X was among the first to report"; a document on a platform
("according to X's LinkedIn profile") or lodged with a regulator ("an Oct. 18 SEC filing", "filings
with the ..."); "X had detailed that" with ", quoted by <wire>," set between; "X, which a month ago
announced", "X shared its plans to"; "according to a statement Tuesday" with the owner left implied;
a statement's words about a person in the third person ('X said in a statement. Y “has ...').
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers

# --- an analyst's firm before the post, after the quotation ------------------------------------------

_ANALYST = (
    "Harbor shares rise on cloud deal\n\n"
    "Harbor Cloud said on Tuesday it would invest $2 billion in Quill, a young lab.\n\n"
    "“Cloud AI is a big engine that could lift growth at the unit,” said {firm} analyst Mara Tilden. "
    "“We see large deals struck this quarter, as the key to that growth next year.”\n"
)


@pytest.mark.parametrize("firm", ["Talon Z", "Orrin Q Funds", "Brisk", "Wexley Partners"])
def test_an_analyst_whose_firm_stands_before_the_post_speaks_both_quotations(firm):
    # before: a firm no pass took for a name ("Talon Z") left the person after the post unread, and both
    # quotations had no speaker
    assert speakers(_ANALYST.format(firm=firm)) == [
        ("Cloud AI is", "Mara Tilden"),
        ("We see large", "Mara Tilden"),
    ]
    assert ("Mara Tilden", "person") in sources_of(_ANALYST.format(firm=firm))


def test_an_analyst_named_after_the_post_alone_is_unchanged():
    # near miss: the post with no firm before it was read already, and still is
    text = _ANALYST.replace("{firm} analyst", "senior analyst")
    assert speakers(text) == [("Cloud AI is", "Mara Tilden"), ("We see large", "Mara Tilden")]


def test_a_day_before_the_post_is_no_firm():
    # near miss: "said Tuesday analyst" (a day, not a firm) names the analyst by the title rule, or not
    # at all; never a firm called "Tuesday"
    text = (
        "Harbor shares rise\n\n"
        "“Cloud AI is a big engine,” said Tuesday analyst Mara Tilden of the Orrin desk.\n"
    )
    assert all(name != "Tuesday" for name, _ in sources_of(text))


# --- the company's purpose, quoted in a lead with no verb of saying -----------------------------------


def test_a_company_that_names_a_chief_to_do_what_it_quotes_is_the_speaker():
    text = (
        "Tallow names new chief\n\n"
        "Tallow Bank on Wednesday named finance chief Ivo Stark its new leader to steer "
        "“a fresh stage of growth and renewal.”\n\n"
        "Stark joined the bank in 2005.\n"
    )
    assert speakers(text) == [("a fresh stage", "Tallow Bank")]


def test_a_relative_clause_of_the_person_keeps_the_words_from_the_company():
    # near miss: "..., who vowed to drive “...”": the person's clause; the company is not the speaker
    text = (
        "Tallow names new chief\n\n"
        "Tallow Bank on Wednesday named finance chief Ivo Stark, who vowed to drive “the next stage of growth "
        "and renewal.”\n"
    )
    assert speakers(text) != [("the next stage", "Tallow Bank")]


# --- passive agents -------------------------------------------------------------------------------------


def test_an_announcement_made_by_a_spokesperson_cites_the_company():
    text = (
        "Harbor to back Quill\n\n"
        "Harbor has agreed to invest up to $2 billion in Quill, a young lab. The news of the fresh funding has "
        "been made public; the announcement about it was made by a spokesperson for Quill, Reuters reported.\n"
    )
    assert {("Quill", "organization"), ("Reuters", "outlet")} <= sources_of(text)


def test_other_media_such_as_a_list_cites_every_outlet_of_it():
    text = (
        "Harbor to back Quill\n\n"
        "What now? Harbor will put $2 billion in Quill. The news was first reported by The Wall Street "
        "Journal on Sunday and has been confirmed since Monday by other media, such as CNBC, the Reuters "
        "agency or Bloomberg, though two of them say nothing is signed.\n"
    )
    assert {
        ("The Wall Street Journal", "outlet"),
        ("Bloomberg", "outlet"),
        ("Reuters", "outlet"),
        ("CNBC", "outlet"),
    } <= sources_of(text)


def test_backers_such_as_a_list_cite_no_one():
    # near miss: a list after a noun that is no medium ("backed by other investors, such as ..."): no cue
    text = (
        "Harbor to back Quill\n\n"
        "Quill has been backed over the years by other investors, such as Brindle Capital and Kestrel "
        "Ventures, which put in $300 million.\n"
    )
    assert sources_of(text) == set()


def test_an_outlet_among_the_first_to_report_is_cited():
    for form in ("was among the first to report", "was one of the first outlets to report"):
        text = f"Harbor to back Quill\n\nHarbor will put $2 billion in Quill. The Wall Street Journal {form} the plan.\n"
        assert ("The Wall Street Journal", "outlet") in sources_of(text), form


# --- documents ------------------------------------------------------------------------------------------


def test_a_profile_on_a_platform_is_a_document():
    text = (
        "Quill hires\n\n"
        "Its deals were led by Ivo Stark, its head of finance, who joined in May, according to Quill's "
        "LinkedIn profile.\n"
    )
    assert {kind for _, kind in sources_of(text)} == {"document"}


def test_a_company_s_profile_stays_a_document_when_the_company_speaks_too():
    # before: the profile was merged into the company's own voice cited in the sentence before
    text = (
        "Quill hires\n\n"
        "A Quill spokesperson confirmed the hire. Ivo Stark, its head of finance, joined in May, according "
        "to Quill's LinkedIn profile.\n"
    )
    assert {kind for _, kind in sources_of(text)} == {"organization", "document"}


def test_the_sources_take_up_unnamed_sources_cited_before():
    # "citing unnamed sources ... The sources told X": one unnamed source, not two
    text = (
        "Tallow may soon name chief\n\n"
        "--Tallow Bank could soon say who will run the lender after Ivo Stark retires, Bloomberg reported, "
        "citing unnamed sources close to the search.\n\n"
        "--The sources told Bloomberg a successor could be named before the results in July.\n"
    )
    assert [kind for _, kind in sorted(sources_of(text))].count("unnamed") == 1


def test_a_dated_filing_and_filings_with_a_regulator_are_documents():
    for phrase in (
        "according to an Oct. 18 SEC filing",
        "according to filings with the Kesta Markets Board",
    ):
        text = f"Quill pay\n\nIvo Stark was paid $2 million last year, {phrase}.\n"
        assert {kind for _, kind in sources_of(text)} == {"document"}, phrase


def test_an_outlet_s_initials_before_report_stay_the_outlet():
    # near miss: "according to the WSJ report" is the outlet's report: the outlet, never a document
    text = (
        "Harbor bid\n\n"
        "The Wall Street Journal (WSJ) first reported the talks. Harbor's chief had no part in them, "
        "according to the WSJ report late Thursday.\n"
    )
    assert {kind for _, kind in sources_of(text)} == {"outlet"}


def test_a_report_from_a_known_outlet_s_desk_is_that_outlet_once():
    # "according to a report from Bloomberg Law ... Bloomberg Law reports": one outlet, not the outlet and
    # a document of it
    text = (
        "Regulator looks at Quill deal\n\n"
        "The regulator has opened a probe into Harbor's deal with Quill, according to a report from "
        "Bloomberg Law.\n\n"
        "Citing unnamed sources, Bloomberg Law reports that officials are weighing the deal's terms.\n"
    )
    found = sources_of(text)
    assert [name for name, _ in found if "Bloomberg" in name] == ["Bloomberg Law"], found


def test_a_statement_on_a_day_with_no_owner_is_the_company_s():
    text = (
        "Tallow chief to step down\n\n"
        "Tallow Bank's chief executive Ivo Stark is stepping down, the bank said on Tuesday.\n\n"
        "The board has begun a search for a successor and will weigh inside and outside names, according to "
        "a statement Tuesday. Stark will stay during the search, it said.\n"
    )
    assert sources_of(text) == {("Tallow Bank", "organization")}


# --- a company's plans and filings ----------------------------------------------------------------------


def test_a_filing_quoted_by_a_wire_cites_the_filer_and_the_wire():
    text = (
        "Harbor to back Quill\n\n"
        "Earlier, Tallow pledged as much as $3 billion for Quill. In a quarterly filing with the "
        "regulator this week, quoted by Reuters, Tallow had detailed that it had put $1 billion in the lab.\n"
    )
    assert {("Tallow", "organization"), ("Reuters", "outlet")} <= sources_of(text)


def test_a_detailed_plan_is_no_cue():
    # near miss: "detailed" as an adjective, or with an object and no clause: no source
    text = "Harbor plan\n\nTallow gave a detailed plan for its labs. Tallow detailed its costs in May.\n"
    assert sources_of(text) == set()


def test_plans_shared_and_an_intention_announced_a_month_ago_cite_the_company():
    text = (
        "Harbor to back Quill\n\n"
        "Quill is a rival of Orbit. Tallow, which only two months ago announced its intention to back it "
        "with $3 billion, is its other investor.\n\n"
        "Harbor comes after another big group, Kestrel, shared its plans to put as much as $5 billion "
        "into the lab.\n"
    )
    assert {("Tallow", "organization"), ("Kestrel", "organization")} <= sources_of(text)


def test_a_shared_prize_is_no_cue():
    text = "Harbor prize\n\nKestrel shared the prize with Tallow in May.\n"
    assert sources_of(text) == set()


# --- a statement's words about a person -----------------------------------------------------------------


def test_words_about_a_person_after_a_company_s_account_are_the_company_s():
    text = (
        "Tallow names new chief\n\n"
        "Tallow said on Tuesday that Lena Vey would take over next month. It added that she joins at a "
        "“pivotal time” for the group.\n\n"
        "Vey – who “brings nearly three decades of food industry experience” – will join on May 1.\n"
    )
    assert speakers(text) == [("pivotal time", "Tallow"), ("brings nearly three", "Tallow")]


def test_words_about_a_person_after_another_person_spoke_stay_unsure():
    # near miss: the last one cited before is a person: the words about Vey are not given to the company
    text = (
        "Tallow names new chief\n\n"
        "Tallow said on Tuesday that Lena Vey would take over next month.\n\n"
        "“She is the right choice,” chairman Ivo Stark said.\n\n"
        "Vey – who “brings nearly three decades of food industry experience” – will join on May 1.\n"
    )
    assert ("brings nearly three", "Tallow") not in speakers(text)


# --- a subject set off from its verb, a pronoun of a clause of time, a body named only as an object -------


def test_a_subject_described_between_commas_announces():
    # "Stark, with a career of over 30 years, has announced his departure": a person's announcement of
    # news cites the person (the tables' convention (i) 5), the description between commas no matter
    text = (
        "Tallow chief retires\n\n"
        "Tallow CEO Ivo Stark has retired. Stark, with a career of over 30 years, has announced his "
        "departure from Tallow and has left the board.\n"
    )
    assert ("Ivo Stark", "person") in sources_of(text)


def test_a_pronoun_after_a_conjunction_of_time_names_no_one_of_two():
    # "Vey is replacing Ruiz a month after she announced her exit": Vey or Ruiz; before, the subject Vey
    # was cited for Ruiz's announcement
    text = (
        "Brindle names chief\n\n"
        "Lena Vey is replacing Ana Ruiz some five weeks after she announced her sudden exit from "
        "Brindle.\n"
    )
    assert ("Lena Vey", "person") not in sources_of(text)


def test_a_pronoun_after_a_conjunction_with_one_person_is_that_person():
    # near miss: one person named before "after she": hers
    text = "Brindle names chief\n\nAna Ruiz left Brindle a month after she announced her exit.\n"
    assert ("Ana Ruiz", "person") in sources_of(text)


def test_a_body_named_only_as_the_object_of_a_preposition_does_not_go_on():
    # "Tallow has applied to the Central Bank ... The bank stressed": Tallow, not the bank applied to;
    # before, the central bank was cited and given the quotation
    text = (
        "Tallow raises Brindle stake\n\n"
        "Tallow Bank has applied to the European Central Bank to buy up to 29.9% of the lender's shares.\n\n"
        "The bank stressed that its stake remains a “pure investment” for now.\n"
    )
    assert speakers(text) == [("pure investment", "Tallow Bank")]
    assert ("European Central Bank", "organization") not in sources_of(text)


def test_the_agent_of_a_passive_is_not_taken_for_an_object():
    # near miss: "was bought by Tallow" is no object of a preposition ("by" is left out): unchanged, the
    # subject goes on
    text = (
        "Tallow buys Quarry\n\n"
        "Quarry Labs was bought by Tallow Group on Monday. The company said it would keep the brand.\n"
    )
    assert sources_of(text) == {("Quarry Labs", "organization")}


def test_a_trade_noun_with_its_kind_is_never_a_maker_of_another_kind():
    # "the EV maker" after "video camera maker Orrin Vision" named in passing: the carmaker the page is
    # about, not the camera maker (before: the camera maker, a wrong source)
    text = (
        "Tallow buys into Quill Motors\n\n"
        "Quill Motors said on Friday that Tallow would buy a fifth of it. Its founder will keep his shares "
        "for ten years, the EV maker said.\n\n"
        "Ivo Stark, who chairs video camera maker Orrin Vision, sat on Quill Motors' board until 2021, "
        "according to the EV maker's listing papers.\n"
    )
    names = {name for name, _ in sources_of(text)}
    assert "Orrin Vision" not in names and "Quill Motors" in names, names


def test_a_maker_of_the_same_kind_is_still_the_maker():
    # near miss: the page called it "EV maker Quill Motors": it answers to "the EV maker"
    text = (
        "Tallow buys into Quill Motors\n\n"
        "Tallow will buy a fifth of EV maker Quill Motors, which makes small city cars. Its founder will "
        "keep his shares for ten years, the EV maker said.\n"
    )
    assert ("Quill Motors", "organization") in sources_of(text)


def test_two_analysts_who_share_a_post_before_their_names_both_speak():
    # "Quarry Research analysts Ivo Stark and Lena Vey suggest that ...": both (before: neither by the
    # verb, "suggest" was no cue; one by a participle after)
    text = (
        "Tallow names finance chief\n\n"
        "Quarry Research analysts Ivo Stark and Lena Vey suggest that the change will be smooth, calling it "
        "a “normal step.”\n"
    )
    assert {("Ivo Stark", "person"), ("Lena Vey", "person")} <= sources_of(text)


def test_figures_that_suggest_cite_no_one():
    # near miss: "suggest" after a subject that is no one
    text = "Tallow slows\n\nThe latest figures suggest that Tallow's sales slowed in May.\n"
    assert sources_of(text) == set()


def test_sources_who_spoke_to_an_outlet_cite_the_outlet_too():
    # "according to sources who spoke to CNBC": one unnamed source and CNBC (the tables' convention (i) 3)
    text = (
        "Tallow chief to go\n\nTallow's chief is set to step down, according to sources who spoke to CNBC.\n"
    )
    assert sources_of(text) == {("sources who spoke to CNBC", "unnamed"), ("CNBC", "outlet")}


def test_a_wire_told_by_unnamed_people_is_cited_on_a_page_that_is_not_its_copy():
    # "told Reuters" was the wire's own on every page until stop 43 (the lead's decision, the tables'
    # conventions (l) and (n)): this page has no outlet recorded, so the wire is cited with the person
    text = (
        "Tallow chief to go\n\nTallow's chief is set to step down, a person familiar with it told Reuters.\n"
    )
    assert ("Reuters", "outlet") in sources_of(text)


# --- reports none of whose outlets is named (the tables' convention (i) 4 since stop 42) -------------------


@pytest.mark.parametrize(
    "body",
    [
        "According to reports, Quillsoft has paused hiring until the spring.",
        "Quillsoft has paused hiring, according to a report.",
        "Multiple outlets reported in May that Quillsoft would pause hiring.",
        "Quillsoft has paused hiring, according to several US media outlets.",
    ],
)
def test_reports_and_outlets_none_named_cite_no_one(body):
    assert sources_of(f"News in brief\n\n{body}\n") == set()


def test_a_named_outlet_s_report_and_a_described_report_still_cite():
    # near misses: the report's outlet is named; a report described by the page ("a recent, but so far
    # unconfirmed, report claims") stays a document
    assert ("Evening Post", "outlet") in sources_of(
        "News in brief\n\nQuillsoft is weighing a sale, according to a report from the Evening Post.\n"
    ) or ("Evening Post", "organization") in sources_of(
        "News in brief\n\nQuillsoft is weighing a sale, according to a report from the Evening Post.\n"
    )
    text = "News in brief\n\nA recent, though still unverified, report claims Quillsoft is for sale.\n"
    assert {kind for _, kind in sources_of(text)} == {"document"}


# --- the new patterns stay linear on a long line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("attribution", "_MADE_BY", "the statement was on "),
        ("attribution", "_MEDIA_BY", "confirmed over the a b "),
        ("attribution", "_FIRM_THEN_POST", "Tallow analyst "),
        ("attribution", "_WHICH_END", ", which barely a "),
        ("attribution", "_FIRST_TO_REPORT", " was among the first "),
        ("attribution", "_FILINGS_WITH", "regulatory filings with "),
        ("quote_speakers", "_APPOINTS_TO", " named Ivo to lead "),
        ("quote_speakers", "_NAME_TO_QUOTE", " , who "),
        ("attribution", "_SUBORDINATE_BEFORE", "a month after "),
        ("attribution", "_PREPOSITION_BEFORE", "applied to the "),
        ("attribution", "_UNNAMED_OUTLETS", "several US media "),
        ("attribution", "_PLURAL_POST_END", "Quarry Research analysts "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- what the user copies: `c` on a quotation ---------------------------------------------------------


def test_copied_quotations_carry_the_analyst_and_the_company_never_no_one(tmp_path) -> None:  # noqa: ANN001
    # `c` on a quotation (docs/daily-use.md): the analyst whose firm stood before the post, for both of her
    # quotations, and the company whose appointment lead quotes its purpose; before, all three were
    # copied with no speaker
    from tui.analysis.citation import format_passage
    from tui.analysis.pipeline import analyse
    from tui.analysis.voice import passage_for
    from tui.corpus.loader import load_loose_files

    page = tmp_path / "cloud.txt"
    page.write_text(
        _ANALYST.format(firm="Talon Z")
        + "\nTallow Bank on Wednesday named finance chief Ivo Stark its new leader to steer “a fresh stage of "
        "growth and renewal.”\n",
        encoding="utf-8",
    )
    corpus = load_loose_files([page])
    analysis = analyse(corpus, use_cache=False)
    article = corpus.articles[0]
    copied = [
        format_passage(passage_for(analysis, article, q.span, "quote", q.id), "plain")
        for q in analysis.quotes
    ]
    assert len(copied) == 3, copied
    assert copied[0].startswith(
        "“Cloud AI is a big engine that could lift growth at the unit,” Mara Tilden said"
    ), copied[0]
    assert "Mara Tilden" in copied[1], copied[1]
    assert "Tallow Bank" in copied[2], copied[2]
