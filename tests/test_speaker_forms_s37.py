"""Who said it, in forms the stop-37 folded pair (a carmaker's European job cut, a chair named at a
charitable trust) showed and that news writes in every industry (issue 11): a person named with a
post and a body after the name ("X, chair, Y Trust, said", "X, managing director of Y commented:"),
an outlet's report that then names the speaker ("The Gazette reports, X ... commented:"), a unit
before a title before a name ("Y Europe vice president X"), a quotation whose closing mark never
comes, a body that put out a statement ("the statement said" later is the body's).
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, sources_of
from tests.factories import quote_speakers as speakers

# --- a person named with a post and a body after the name -------------------------------------------


def test_a_post_and_a_body_after_the_name_leave_the_person_the_speaker():
    # "<Person>, <post>, <Body>, said" / "<Person>, <post> of <Body> commented": the body only says
    # where the person holds the post; the words are the person's, never the body's
    cases = (
        (
            "Chair named\n\n“I am honoured to take up this post and to serve every member,” Maria Lund, "
            "chair, Hollin Farms Trust, said in a statement.\n",
            "Maria Lund",
        ),
        (
            "Clinics to open\n\n“We will open four clinics in the valley next year,” Omar Haddad, chief "
            "executive, Brightwell Health Ltd, said on Monday.\n",
            "Omar Haddad",
        ),
        (
            "Mill closes\n\nHarrow Paper will shut its mill in Leeds.\n\nTom Reade, regional organiser "
            "of the Paper Workers Union commented: “This is a hard day for every family in the town.”\n",
            "Tom Reade",
        ),
        (
            "Port levy\n\nThe new levy starts in May.\n\nRuth Ames, managing director at Harbour Board "
            "Services said: “The levy keeps the port open for the next decade.”\n",
            "Ruth Ames",
        ),
        (
            "Dairy sold\n\nTern Foods sold its dairy.\n\nRhys Morgan, head of Tern Foods in Wales said: "
            "“The farmers who supply us will be paid the same price as before.”\n",
            "Rhys Morgan",
        ),
    )
    for text, person in cases:
        assert [s for _, s in speakers(text)] == [person], text
        found = sources_of(text)
        assert (person, "person") in found, (text, found)
        assert all(kind == "person" for _, kind in found), (text, found)


def test_a_body_that_speaks_after_a_person_s_appositive_stays_the_body():
    # near misses: a body that is the subject of its own clause after a comma ("..., the union said")
    # and a company anaphor after a person's post are not the person's
    cases = (
        (
            "Strike vote\n\nCopperline Rail plc hired Sam Okafor, a former depot manager, in March. "
            "The Rail Staff Union said members would vote on a strike.\n",
            "Rail Staff Union",
        ),
        (
            "Clinics to open\n\nBrightwell Health Ltd named Omar Haddad, chief executive of Tallow Care, "
            "as its new chair, the company said on Monday.\n",
            "Brightwell Health Ltd",
        ),
    )
    for text, body in cases:
        found = sources_of(text)
        assert (body, "organization") in found, (text, found)
        assert not any(kind == "person" for _, kind in found), (text, found)


# --- an outlet's report that then names the speaker ---------------------------------------------------


def test_an_outlet_s_report_that_names_the_speaker_gives_the_words_to_the_speaker():
    # "The Gazette reports, X, <post> commented:", "According to the Ledger, X, <post> said:", "As the
    # Evening Star reported, X said:": the outlet is a source of the report, never the quotation's speaker
    cases = (
        (
            "Mill closes\n\nHarrow Paper will shut its mill in Leeds, cutting 300 jobs.\n\nThe Gazette "
            "reports, Tom Reade, regional organiser of the Paper Workers Union commented: ‘This is a hard "
            "day for every family in the town.\n\n‘We will fight for every one of these jobs.’\n",
            "Tom Reade",
            "Gazette",
        ),
        (
            "Bank trims branches\n\nCastle Mutual will shut 40 branches next year.\n\nAccording to the "
            "Financial Ledger, Priya Nair, the bank's retail director said: “Visits to these branches "
            "have halved since 2019.”\n",
            "Priya Nair",
            "Financial Ledger",
        ),
        (
            "Routes dropped\n\nKestrel Air will drop six routes in spring.\n\nThe Morning Post reported "
            "that Dana Whitfield, head of network planning, said: “We could not fill the seats on these "
            "flights at any fare.”\n",
            "Dana Whitfield",
            "Morning Post",
        ),
        (
            "Quarry sale\n\nGranby Stone will sell two quarries.\n\nThe Evening Star reports Anika "
            "Sorensen commented: “We were never asked what the village wanted.”\n",
            "Anika Sorensen",
            "Evening Star",
        ),
    )
    for text, person, outlet in cases:
        said = [s for _, s in speakers(text)]
        assert said and all(s == person for s in said), (text, said)
        names = {name for name, _ in sources_of(text)}
        assert {person, outlet} <= names, (text, names)


# --- a unit before a title before a name --------------------------------------------------------------


def test_a_unit_before_a_post_before_a_name_is_no_speaker():
    # "<Company> Europe vice president X said ...", "<Company> Asia's chief X": the person is the
    # subject; "He added ... but said “...”" in the next paragraph takes up the person, not the unit
    cases = (
        (
            "Brewer cuts jobs\n\nTallow Brewing will cut 200 jobs.\n\nTallow Europe vice president Kenji "
            "Mori said the brewer faces weaker sales of lager than it had planned for.\n\nHe added that "
            "the plants would stay open, but said “we cannot rule out more cuts” next year.\n",
            "Kenji Mori",
        ),
        (
            "Tyre plant\n\nGranby Tyres will close a line in Lodz.\n\nGranby Poland managing director "
            "Agata Nowak said demand for winter tyres had collapsed.\n\nShe added that “nobody will be "
            "forced out of the company” this year.\n",
            "Agata Nowak",
        ),
        (
            "Chip plant\n\nOrbitex will slow work on its plant.\n\nOrbitex Americas senior vice "
            "president Luis Ortega said the plant would open a year late.\n\nHe said “the customers "
            "have already been told” of the delay.\n",
            "Luis Ortega",
        ),
    )
    for text, person in cases:
        assert [s for _, s in speakers(text)] == [person], text
        assert {n for n, k in sources_of(text) if k == "person"} == {person}, text


def test_two_people_named_one_after_the_other_keep_the_subject():
    # near miss: a person the subject speaks of after a verb is no title ("Mori praised Ana Ruiz")
    text = (
        "Brewer cuts jobs\n\nTallow Brewing will cut 200 jobs.\n\nKenji Mori praised Ana Ruiz for her "
        "work on the plan.\n\nHe said “the plants will stay open” next year.\n"
    )
    assert [s for _, s in speakers(text)] == ["Kenji Mori"]


# --- a quotation whose closing mark never comes -----------------------------------------------------


def test_a_quotation_never_closed_runs_to_the_end_of_its_paragraph():
    # the opening mark, then no closing one before the paragraph ends and the next paragraph does not
    # open again: the words up to the paragraph's end are the quotation (the coverage tables' rule)
    cases = (
        (
            "Ovens shut\n\nCorbel Bakeries will close two ovens.\n\nOperations director Liam Hart said "
            "the firm faces “higher flour costs than we had planned for and energy bills that keep "
            "rising, so we must act now.\n\nHe added that staff would be offered other sites.\n",
            "higher flour costs",
            "Liam Hart",
        ),
        (
            "Ferry fares\n\nNorthsea Ferries will raise fares.\n\nChief executive Ines Vidal said: "
            "“Fuel has gone up by a third since the spring and we cannot carry that cost alone.\n\n"
            "The new fares start in June.\n",
            "Fuel has gone",
            "Ines Vidal",
        ),
        (
            "Vineyard sold\n\nClos Amiel sold its vineyard to Tern Wines.\n\nThe seller's founder Paul "
            'Amiel said the deal "gives the vines a future my children could not give them.\n\n'
            "Tern Wines will keep the label.\n",
            "gives the vines",
            "Paul Amiel",
        ),
    )
    for text, first, person in cases:
        said = speakers(text)
        assert (first, person) in said, (text, said)


def test_an_apostrophe_or_a_mark_closed_later_is_no_runaway_quotation():
    # near misses: a word's apostrophe ("the '90s") opens nothing, and a quotation closed in the same
    # paragraph stays as long as it is
    text = (
        "Ovens shut\n\nCorbel Bakeries, founded in the '90s, will close two ovens.\n\n"
        "Operations director Liam Hart said the firm faces “higher flour costs,” not lower sales.\n"
    )
    assert speakers(text) == [("higher flour costs", "Liam Hart")]


def test_a_mark_left_open_before_the_page_s_own_reporting_clause_runs_on_no_further():
    # near miss: an opening mark whose paragraph goes on to a reporting clause of the page ('...,
    # the statement said.') lost its closing mark early: the words are no quotation of that length
    text = (
        "Plant head named\n\nOrbitex named Marc Delon to run its plants.\n\nDelon, who joined in 1990, "
        "“ran well: the plant in Lyon through two recessions, the statement said.\n\nHe starts in May.\n"
    )
    assert speakers(text) == []


# --- a body that put out a statement ------------------------------------------------------------------


def test_a_statement_a_body_put_out_is_that_body_s_voice():
    # "<Body> has put out / issued / released a statement ...", then "the statement said", "the release
    # said", "according to the announcement": the body speaks, not a document of nobody's
    cases = (
        (
            "Chair named\n\nHollin Farms Trust has issued a formal statement naming Maria Lund as its new "
            "chair. Lund takes up the post at once, the statement said.\n",
            "Hollin Farms Trust",
        ),
        (
            "Port levy\n\nThe Harbour Board released a statement on Monday on the new levy. The levy of "
            "£4 a tonne will start in May, the release said.\n",
            "Harbour Board",
        ),
        (
            "Bakery cuts\n\nCorbel Bakeries put out a press release on Friday about its two ovens. About "
            "120 staff will be offered other roles, according to the release.\n",
            "Corbel Bakeries",
        ),
    )
    for text, body in cases:
        found = sources_of(text)
        # (the body's name, whatever type the entity finder gives a "... Trust": the entities' part)
        assert body in {name for name, _ in found}, (text, found)
        assert not any(kind == "document" for _, kind in found), (text, found)


def test_a_statement_no_body_put_out_stays_a_document():
    # near miss: a statement with no maker told, after a person was cited, is still a document
    text = "Quarry\n\nRhys Morgan said the pit would close. A statement said 40 jobs would go.\n"
    assert sources_of(text) == {("Rhys Morgan", "person"), ("a statement", "document")}


def test_the_new_patterns_are_linear():
    from tui.analysis.extract import attribution, quotes

    pairs = (
        (attribution._APPOSITIVE_POST, ", chair "),
        (attribution._APPOSITIVE_POST, ", a b, "),
        (attribution._PUT_OUT_DOC, "put out a "),
        (attribution._PUT_OUT_DOC, "has put out "),
        (attribution._POST_TAIL, " of the "),
        (attribution._POST_HEAD, "officer "),
        (quotes._ENDS_SENTENCE, ". "),
        (quotes._PAGE_CUE, ", the a b c "),
        (attribution._MANAGEMENT_END, "the management "),
        (attribution._STOP_THEN_QUOTE, ". "),
        (attribution._AS_PUT_IT, "as a b "),
        (attribution._AS_PUT_IT, "as a would put it "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- "It said" after a sentence a company anaphor opened; "complained" -------------------------------


def test_it_after_a_sentence_a_company_anaphor_opened_is_that_company():
    # "The company said ... . It said the plan aims to “...”": the sentence before opens with a
    # description of the company that cited it, so "it" is that company, and so are its words
    cases = (
        (
            "Ovens shut\n\nCorbel Foods is to close two ovens.\n\nThe company said the closures would save "
            "£3m a year.\n\nIt said the plan aims to “protect the rest of the business for years to "
            "come” in the region.\n",
            "Corbel Foods",
        ),
        (
            "Ferry routes\n\nNorthsea Shipping will drop two routes.\n\nThe operator said fuel costs had "
            "doubled. It said the change was needed to “keep the other crossings running all winter”.\n",
            "Northsea Shipping",
        ),
        (
            "Mine closes\n\nGranby Mining plc will close its last pit.\n\nThe group said 300 staff would "
            "be moved. It said the pit had become “too deep to work at a profit in any market”.\n",
            "Granby Mining",
        ),
    )
    for text, company in cases:
        assert [s for _, s in speakers(text)] == [company], (text, speakers(text))


def test_it_after_a_sentence_a_person_opened_is_no_company():
    # near miss: "It" after a sentence a person opened names no company by this rule
    text = (
        "Ovens shut\n\nCorbel Foods is to close two ovens.\n\nLiam Hart said the closures would save £3m. "
        "It said to staff that “nothing is settled” yet.\n"
    )
    assert "Corbel Foods" not in [s for _, s in speakers(text)]


def test_complained_is_a_verb_of_saying():
    # "Management complained that ... “...”", "The union complained that ...": a complaint is said
    cases = (
        (
            "Ovens shut\n\nCorbel Foods is to close two ovens.\n\nManagement complained that the council "
            "had failed to offer “any real help with business rates this year.”\n",
            "Corbel Foods",
        ),
        (
            "Depots close\n\nCopperline Rail plc will close two depots.\n\nThe Rail Staff Union "
            "complained that the plan was “drawn up without a single driver in the room.”\n",
            "Rail Staff Union",
        ),
        (
            "Fares rise\n\nKestrel Air raised its fares.\n\nAnika Sorensen complained that the airport "
            "had put up its charges “three times in two years without warning.”\n",
            "Anika Sorensen",
        ),
    )
    for text, who in cases:
        assert [s for _, s in speakers(text)] == [who], (text, speakers(text))


# --- thanks or praise, then the words in the next sentence -----------------------------------------


def test_thanks_or_praise_then_a_quotation_with_no_cue_is_the_thanker_s():
    # "X thanked the trustees. “I am deeply honoured ...”": the quotation that follows in the same
    # paragraph with no reporting clause of its own is the words of the one who thanked or praised
    cases = (
        (
            "Chair named\n\nHollin Farms named Maria Lund its chair.\n\nAfter the vote, Maria Lund thanked "
            "the members. “I am grateful for the trust you have shown in me today.”\n",
            "Maria Lund",
        ),
        (
            "Clinic opens\n\nBrightwell Health Ltd opened a clinic in Kent.\n\nOmar Haddad hailed the "
            "opening as a turning point. “Nobody here will travel two hours to see a nurse again.”\n",
            "Omar Haddad",
        ),
        (
            "Ferry record\n\nNorthsea Shipping carried a record number of cars.\n\nIts chief executive, "
            "Ines Vidal, credited the crews. “They kept every crossing running through the storms.”\n",
            "Ines Vidal",
        ),
    )
    for text, person in cases:
        assert [s for _, s in speakers(text)] == [person], (text, speakers(text))


def test_thanks_with_no_quotation_after_cite_no_one():
    # near misses: thanks with no quotation after them, or a quotation in the next paragraph, are no cue
    cases = (
        "Chair named\n\nMaria Lund thanked the members. The trust's shares rose.\n",
        "Chair named\n\nMaria Lund thanked the members.\n\n“A new era starts,” the chairman of Tern Foods said.\n",
    )
    assert sources_of(cases[0]) == set()
    assert "Maria Lund" not in {n for n, _ in sources_of(cases[1])}


# --- "as X would put it" -------------------------------------------------------------------------------


def test_as_someone_put_it_cites_them():
    # "..., as insiders would put it", "as one analyst put it", "as the company puts it": the words are
    # the one named there, a source (unnamed, a person, the company)
    cases = (
        (
            "Chair named\n\nThe handover was quiet, as insiders would put it, with Maria Lund taking the "
            "chair on Monday.\n",
            ("insiders", "unnamed"),
        ),
        (
            "Port deal\n\nHarbour Marine Ltd bought the quay for £9m, a bargain, as chief executive Rhys "
            "Morgan put it.\n",
            ("Rhys Morgan", "person"),
        ),
        (
            "Mine closes\n\nGranby Mining plc will close its last pit. The pit is, as the company puts it, "
            "too deep to work at a profit.\n",
            ("Granby Mining", "organization"),
        ),
    )
    for text, source in cases:
        found = sources_of(text)
        assert source in found, (text, found)


def test_putting_a_thing_somewhere_is_no_cue():
    # near miss: "put it" as an act ("as the crew put it back on the quay") cites no one
    text = "Port deal\n\nThe crane fell. It was repaired by noon, as the crew put it back on the quay.\n"
    assert sources_of(text) == set()


# --- single marks reopened over paragraph breaks ----------------------------------------------------


def test_a_quotation_in_single_marks_reopened_over_a_paragraph_break_stays_the_speaker_s():
    # British style: ‘...<break>‘...’ -- one speaker's quotation over two paragraphs, each piece hers
    cases = (
        (
            "Depot cuts\n\nCopperline Rail plc will close two depots.\n\nIts chief executive, Ines Vidal, "
            "said: ‘Nobody takes this step lightly.\n\n‘We will offer every driver a job at another "
            "depot.’\n",
            "Ines Vidal",
        ),
        (
            "Dairy sold\n\nTern Foods sold its dairy.\n\nRhys Morgan, head of Tern Foods in Wales, said: "
            "‘The farmers will be paid as before.\n\n‘Their contracts run until 2030 and they will be "
            "honoured.’\n",
            "Rhys Morgan",
        ),
        (
            "Ferry fares\n\nNorthsea Shipping will raise fares.\n\nThe rise was explained by finance "
            "director Omar Haddad, who said: ‘Fuel has gone up by a third.\n\n‘We cannot carry that cost "
            "alone any longer.’\n",
            "Omar Haddad",
        ),
    )
    for text, person in cases:
        said = speakers(text)
        assert len(said) == 2 and all(s == person for _, s in said), (text, said)


# --- experts in the plural who forecast, project, see or believed --------------------------------------


def test_experts_in_the_plural_who_forecast_or_see_are_a_group_source():
    # "analysts had forecast", "what economists had projected", "industry observers see the move as",
    # "experts believed that": the plural experts are one cited group (the tables' convention a)
    cases = (
        (
            "Quarterly results\n\nTallow Foods earned $1.20 a share, while analysts had forecast $1.05.\n",
            "analysts",
        ),
        (
            "Port traffic\n\nHarbour Marine Ltd handled 4% more boxes, above what economists had "
            "projected for the quarter.\n",
            "economists",
        ),
        (
            "Chip plant\n\nOrbitex will get $2bn from the state. Industry observers see the grant as a "
            "lifeline for the plant.\n",
            "observers",
        ),
        (
            "Car sales\n\nKestrel Motors sold fewer cars as experts believed that demand would shrink "
            "for the year.\n",
            "experts",
        ),
    )
    for text, head in cases:
        found = sources_of(text)
        assert any(kind == "group" and name.endswith(head) for name, kind in found), (text, found)


def test_a_company_that_forecasts_or_a_person_who_sees_is_no_new_source():
    # near misses: "forecast", "projected" and "see" cue nobody but plural experts
    cases = (
        "Quarterly results\n\nTallow Foods forecast revenue of $4bn for the year.\n",
        "Port traffic\n\nHarbour Marine Ltd projected a rise in traffic. Rhys Morgan will see the new quay "
        "in May.\n",
        "Board vote\n\nHis plan was doubted by staff and investors who believed that it cost too much.\n",
    )
    for text in cases:
        assert sources_of(text) == set(), (text, sources_of(text))
