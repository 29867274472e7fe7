"""Whose word an article relies on, in forms the stop-31 stories showed (issues 11 and 12): two posts one
person holds ("Chairman and CEO"), a thing "added" by a deal, the act done to a company as a subject,
when it was said between subject and verb, "the retailer" far from its name, a subject before a
relative clause that lists products, a heading between two sentences. Every text here is invented; each
test names the form of text the rule is for, with hand-written expectations."""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import source_result as analysed
from tests.factories import sources_of


def test_two_posts_joined_by_and_are_one_title_before_the_person():
    # '"...," said Tallow Chairman and CEO Ivo Stark.' is Stark, not Tallow, in either order of words
    for title in ("Chairman and CEO", "president and chief executive officer", "Chair & CEO"):
        text = (
            "Tallow buys Brindle\n\n"
            "Tallow will buy Brindle for $2 billion.\n\n"
            f"“This deal gives us the whole northern market,” said Tallow {title} Ivo Stark. “We have "
            "wanted it for years.”\n\n"
            f"Tallow {title} Ivo Stark said the plant would stay open.\n"
        )
        assert speakers(text) == [("This deal gives", "Ivo Stark"), ("We have wanted", "Ivo Stark")], title
        assert ("Tallow", "organization") not in sources_of(text), title


def test_two_people_joined_by_and_stay_two_people():
    # the "and" of two names is no title: "Tallow and Ivo Stark said" is not Stark alone titled by Tallow
    text = (
        "Tallow buys Brindle\n\n"
        "“The deal closes in May,” said Brindle founder Lena Vey and Ivo Stark of Tallow.\n"
    )
    assert speakers(text) == [("The deal closes", "Lena Vey")]


def test_a_thing_a_deal_adds_is_no_statement():
    # "the acquisition of X adds a major field", "X's assets add another ...", "will add the ... block"
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow said on Monday that the purchase of Brindle adds a large gas field in Norway.\n\n"
        "Brindle’s northern plants add another 400 jobs to Tallow’s payroll. The takeover of Brindle will "
        "add the Kvitfjell field to Tallow’s assets, and Brindle added 12 wells last year.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_added_with_a_clause_or_a_quotation_stays_a_cue():
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow will buy Brindle. Ivo Stark added that the plant would stay open.\n\n"
        "Lena Vey added a warning: “Prices will rise.”\n"
    )
    assert {"Ivo Stark", "Lena Vey"} <= {name for name, _ in sources_of(text)}
    assert speakers(text) == [("Prices will rise.", "Lena Vey")]


def test_the_act_done_to_a_company_is_the_subject_not_the_company():
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow will buy Brindle. The sale of Brindle said nothing about the jobs, analyst Rita Moss noted.\n"
    )
    assert sources_of(text) == {("Rita Moss", "person")}


def test_when_it_was_said_between_the_subject_and_its_verb():
    # "The Oslo-based company in September said", "Tallow last year announced", "X on Oct. 23 said"
    for when in ("in September", "last year", "on Oct. 23", "in 2022", "in early March"):
        text = (
            "Tallow names a new chief\n\n"
            "Tallow has named Ivo Stark its chief executive. Stark joins in July.\n\n"
            f"The Oslo-based company {when} said that its chief would retire.\n"
        )
        assert sources_of(text) == {("Tallow", "organization")}, when


def test_a_place_after_in_is_still_no_time():
    text = "Tallow names a new chief\n\nTallow has named Ivo Stark its chief. Rita Moss in Paris said he was right.\n"
    assert ("Paris", "organization") not in sources_of(text)


def test_the_retailer_far_from_its_name_is_the_one_the_text_calls_a_retailer():
    # no organization in this sentence or the one before: the one described so, not the nearest brand
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive.\n"
        "Stark will join Tallow, the Norwegian retailer which owns brands such as Fjord soap and "
        "Brisk cleaning sprays, on July 1. At that point Lena Vey will step down as chief executive.\n"
        "The Oslo-listed retailer had said in March that Vey planned to retire.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_company_is_never_a_brand_it_makes():
    # the nearest organization is a thing the company makes: the company named most is "the company"
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow makes soap.\n\n"
        "Stark will run Tallow, which makes Fjord soap and Brisk Sprays, from July. Lena Vey will step down.\n\n"
        "The company in March said Vey planned to retire.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_subject_before_a_relative_clause_with_a_list_speaks():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow moved its head office to Oslo.\n\n"
        "The company, which makes Fjord soap, Brisk sprays and Kelp-a-Soup, among other things, believes "
        "that one head office helps.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_heading_between_two_sentences_is_no_antecedent():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow became fully Norwegian in 2020. "
        "So now it has a Norwegian chief.\n\n"
        "Dividend tax\n\n"
        "The company believes that one head office helps. Dividend tax must be paid in Norway.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


# --- second piece: a post at a company, two parties after "by", "the note", a person's company -------


def test_a_post_at_a_company_is_an_unnamed_person_not_the_company():
    # "Fund manager at <holder> <Company> had called ...", "an analyst at X said", "one economist with X"
    for opening, name in (
        (
            "Fund manager at Tallow shareholder Nordvik Capital had called",
            "a fund manager at Nordvik Capital",
        ),
        ("An analyst at Nordvik Capital called", "an analyst at Nordvik Capital"),
        ("One economist with Nordvik Capital called", "one economist with Nordvik Capital"),
    ):
        text = (
            "Tallow names a new chief\n\n"
            "Tallow has named Ivo Stark its chief executive.\n\n"
            f"{opening} the last chief's tenure “a very mixed bag for owners” in March.\n"
        )
        assert speakers(text) == [("a very mixed", name)], opening
        assert ("Nordvik Capital", "organization") not in sources_of(text), opening


def test_a_named_person_with_a_post_at_a_company_stays_that_person():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark its chief executive.\n\n"
        "Rita Moss, an analyst at Nordvik Capital, called it “a very mixed bag for owners” on Monday.\n"
    )
    assert speakers(text) == [("a very mixed", "Rita Moss")]


def test_two_parties_after_by_speak_as_one():
    # "The deal, announced by A and B on Thursday, gives A “...”": both, never the nearer one alone
    text = (
        "Tallow and Brindle form a venture\n\n"
        "The deal, which was formally announced by Tallow and Brindle on Thursday, sets up a venture that "
        "gives Tallow “the sole right to sell Brindle cars outside Norway.”\n"
    )
    quotes = [q for q in analysed(text).analysis.quotes if q.kind == "speech"]
    assert [(q.speaker, len(q.source_ids)) for q in quotes] == [("Tallow and Brindle", 2)]


def test_the_note_after_a_companys_statement_is_the_companys():
    # "X said in a statement ... – the note explains – ... “...”": the statement's maker, in other words
    text = "Tallow names a new chief\n\nTallow said in a statement that Ivo Stark will step down.\n\n" + (
        "Lena Vey will keep her seat and – the note explains – will keep it “even after a listing of the "
        "unit next year”.\n"
    )
    assert speakers(text) == [("even after a", "Tallow")]


def test_an_analysts_note_stays_the_analysts():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow said in a statement that Ivo Stark will step down. Analyst Rita Moss wrote in a note that "
        "the move was late.\n\n"
        "The note added that the choice was “a safe one for the owners”.\n"
    )
    assert speakers(text) == [("a safe one", "Rita Moss")]


def test_the_group_is_not_a_company_that_only_titles_a_person_later_in_the_sentence():
    # "... will be replaced by Porsche brand manager X, the group said": the group the text is about
    text = (
        "Unrest at the top of a carmaker\n\n"
        "New trouble at the top of the Tallow group. Ivo Stark will step down and will be replaced by "
        "Brindle brand chief Lena Vey, the group said in a statement.\n"
    )
    assert ("Tallow", "organization") in sources_of(text)
    assert ("Brindle", "organization") not in sources_of(text)


# --- third: outlets not named, a reason in its own words, an outlet or provider told by what it is ---


def test_outlets_not_named_cite_no_one():
    # since stop 42 (the tables' convention (i) 4): outlets none of which is named cite no one (an
    # unnamed source until then)
    for sentence in (
        "Tallow will cut 900 jobs, according to multiple US media outlets.",
        "Several news outlets reported in the fall that Tallow would cut 900 jobs.",
    ):
        text = f"Tallow cuts jobs\n\n{sentence}\n"
        assert sources_of(text) == set(), sentence


def test_a_reason_cited_in_its_own_words_is_the_citers():
    text = (
        "Tallow halts trading\n\n"
        "Oslo Exchange suspended trading of Tallow on Monday. Oslo Exchange cited “news pending” as the "
        "reason for the pause.\n"
    )
    assert speakers(text) == [("news pending", "Oslo Exchange")]


def test_cited_without_a_quotation_is_no_cue():
    text = "Tallow halts trading\n\nOslo Exchange cited sources for its view of Tallow's halt.\n"
    assert sources_of(text) == set()


def test_an_outlet_told_by_its_head_noun_is_that_outlet():
    # "the state-run Kesta news agency reported", "reported by news agency Kesta"
    for sentence in (
        "Ivo Stark will join the Brindle board, the Norwegian state-run Kesta news agency reported.",
        "Ivo Stark will join the Brindle board, as reported by news agency Kesta.",
    ):
        text = f"Tallow invests in Brindle\n\nTallow will invest $1 billion in Brindle. {sentence}\n"
        assert ("Kesta", "outlet") in sources_of(text), sentence


def test_a_figure_estimated_by_a_data_provider_cites_the_provider():
    text = (
        "Tallow invests in Brindle\n\n"
        "Tallow will invest $1 billion in Brindle. Brindle’s stake in the app maker was estimated by the "
        "data provider Quarry at $100 million.\n"
    )
    assert "Quarry" in {name for name, _ in sources_of(text)}


def test_a_group_accusing_a_company_is_a_source():
    # "..., with Norwegian NGO Fair Watch accusing Tallow of ...": the group makes the accusation
    text = (
        "Tallow names a chief\n\n"
        "Tallow named Ivo Stark its chief.\n\n"
        "Tallow drew fire last year, with Norwegian NGO Fair Watch accusing Tallow of "
        "selling soap with high levels of lye in poor countries.\n"
    )
    assert "Fair Watch" in {name for name, _ in sources_of(text)}


def test_a_statement_from_the_companies_is_both_parties():
    text = (
        "Tallow to buy Brindle for $2 billion\n\n"
        "Tallow agreed to buy Brindle for $2 billion. Tallow will pay $17 a share, according to a statement "
        "from the companies on Friday.\n"
    )
    assert sources_of(text) == {("Tallow", "organization"), ("Brindle", "organization")}


# --- third: an account carried on into the next sentence ----------------------------------------------


def test_a_sentence_that_carries_an_account_on_is_its_sources():
    # "both firms said the purchase extends ... Furthermore, it will speed up X's plan to “...”"
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow will buy Brindle for $2 billion.\n\n"
        "In their joint note, both firms said the purchase extends Brindle's record with farms. "
        "Furthermore, it will speed up Tallow's plan to “bring every farm online within a decade.”\n"
    )
    quotes = [q for q in analysed(text).analysis.quotes if q.kind == "speech"]
    assert [q.speaker for q in quotes] == ["Tallow and Brindle"]


def test_no_account_is_carried_on_without_a_connective_or_from_a_closing_outlet():
    for second in (
        "The purchase will speed up Tallow's plan to “bring every farm online within a decade.”",
        "Furthermore, Tallow's plan is to “bring every farm online within a decade,” the Ledger reported.",
    ):
        text = (
            "Tallow buys Brindle\n\n"
            "Tallow will buy Brindle for $2 billion.\n\n"
            "Analysts at Quarry Bank said the purchase extends Brindle's record with farms. "
            f"{second}\n"
        )
        quotes = [q for q in analysed(text).analysis.quotes if q.kind == "speech"]
        assert all(q.speaker != "analysts at Quarry Bank" for q in quotes), second


def test_the_maker_who_makes_brands_is_the_company():
    # "The Norway-based carmaker who makes Fjord and Brisk models said": the company, not a model
    text = (
        "Tallow backs a startup\n\n"
        "Tallow is investing in a startup. The Norway-based carmaker who makes Fjord and Brisk models said "
        "it will put $900 million into the startup.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_result_reported_with_its_sum_is_no_citation():
    # "Tallow reported a $900-million quarterly loss", "Brindle reported a $2 billion profit"
    text = (
        "Tallow loses its chief\n\n"
        "Owners took fright when Tallow reported a $900-million quarterly loss at its cloud arm. "
        "Brindle reported a $2 billion profit.\n"
    )
    assert sources_of(text) == set()


def test_thanks_in_a_statement_cite_its_maker_without_a_quotation():
    # "A statement from X, the chair ..., thanked Y for his service": X; "Tallow thanked its fans": no one
    text = (
        "Tallow removes its chief\n\n"
        "Tallow removed Ivo Stark as chief executive on Monday.\n\n"
        "A statement from Lena Vey, the chair of the Tallow board, thanked Stark for his service during the "
        "pandemic.\n\n"
        "Tallow thanked its fans.\n"
    )
    assert sources_of(text) == {("Lena Vey", "person")}


def test_a_name_inside_the_quotation_is_never_the_company_that_says_it():
    # '“Margins will improve,” the company said': not "Margins", not the company named last in passing
    text = (
        "Tallow names Lena Vey its chief\n\n"
        "Tallow named Lena Vey its chief executive on Monday. Omar Pell chairs Brindle.\n\n"
        "“The plan is sound,” Vey said.\n\n"
        "“Margins will improve,” the company said in a filing with regulators.\n"
    )
    assert speakers(text) == [("The plan is", "Lena Vey"), ("Margins will improve", "Tallow")]


def test_the_firm_far_from_any_name_is_the_one_named_most():
    # no organization in this sentence or the one before: the article's company, not the last named
    text = (
        "Tallow names Lena Vey its chief\n\n"
        "Tallow named Lena Vey its chief executive. Vey began her career at Tallow and also worked for "
        "Brindle.\n\n"
        "She will take the top job in July.\n\n"
        "She will be paid about $1.7 million a year, the firm said in a statement.\n"
    )
    assert ("Tallow", "organization") in sources_of(text)
    assert ("Brindle", "organization") not in sources_of(text)


def test_a_participle_aside_between_the_subject_and_its_verb():
    # "Vey, speaking at a conference in Oslo, said: “...”", "Stark, talking to reporters on Monday, said"
    for aside in ("speaking at a conference in Oslo", "talking to reporters on Monday"):
        text = (
            "Tallow names Lena Vey its chief\n\n"
            "Tallow named Lena Vey its chief executive.\n\n"
            f"Vey, {aside}, said: “Our costs will fall.”\n"
        )
        assert speakers(text) == [("Our costs will", "Lena Vey")], aside
