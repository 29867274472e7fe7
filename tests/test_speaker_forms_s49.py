"""Who said it and who is cited, in forms the stop-48 unseen pair (a merger dropped under a regulator's
threat, a state selling part of its holding back to a bank) showed (issue 11, stop 49). Every text here
is invented; each form is written down as a general shape, with three wordings that differ from the
pages that showed it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, entity_types, extract_pattern, source_result, sources_of
from tests.factories import quote_speakers as speakers

_HEAD = "Tallow and Brenvik end their deal\n\nTallow and Brenvik agreed on Monday to end their merger.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


_BOTH = ("Tallow", "Brenvik")


def _voices(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Per speech quotation: its first three words and the names of all who speak it, in order."""
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), tuple(names[k] for k in (q.source_ids or (q.source_id,)) if k))
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


# --- a document's cue with no party as its subject -------------------------------------------------------------
# The FORM: "<quotation>, the (joint) statement reads", "<clause>, the statement continues, <clause>
# “<quotation>”": the statement speaks, so its makers do (a joint statement's: all of them, the first
# named first), also when one of them spoke alone in between ("Brenvik also said ..."). A statement of
# another maker told last, without "joint", is that maker's; a person who reads a statement aloud is
# no cue.

_JOINT = "Tallow and Brenvik said in a joint statement that they had agreed to part ways."


def test_the_joint_statement_reads_after_a_quotation_is_its_makers() -> None:
    text = _story(_JOINT, 'The merger "could never have won approval in Norway," the joint statement reads.')
    assert _voices(text) == [("could never have", _BOTH)]


def test_the_joint_statement_read_after_one_party_spoke_alone_is_still_both() -> None:
    text = _story(
        _JOINT,
        "Brenvik also announced that it would close two of its plants. Brenvik said 400 jobs would go.",
        "“We tried every remedy the watchdog asked for,” the joint statement read.",
    )
    assert _voices(text) == [("We tried every", _BOTH)]


def test_the_statement_continues_as_an_aside_before_a_quotation_is_its_makers() -> None:
    text = _story(
        _JOINT,
        "Brenvik also announced it would cut 300 jobs.",
        "The merger ended in a “hostile climate for deals,” the joint statement reads. The pact, the "
        "statement continues, would have let Tallow “build a new plant and keep prices low for buyers.”",
    )
    assert _voices(text) == [("hostile climate for", _BOTH), ("build a new", _BOTH)]


def test_a_release_goes_on_as_an_aside_after_one_maker() -> None:
    text = _story(
        "Orvex said in a statement that it would appeal the ruling.",
        "The ruling, the statement continues, is “a blow to every small maker of ovens in the country.”",
    )
    assert speakers(text) == [("a blow to", "Orvex")]


def test_near_miss_another_makers_statement_told_last_is_that_makers() -> None:
    text = _story(
        _JOINT,
        "The Harbour Competition Authority said in a statement on Friday that it had closed its probe.",
        "“No remedy offered would have eased our concerns,” the statement reads.",
    )
    assert speakers(text) == [("No remedy offered", "Harbour Competition Authority")]


def test_near_miss_a_person_reading_a_statement_aloud_is_no_cue() -> None:
    text = _story("A Tallow spokesman read the statement aloud to reporters outside the plant.")
    assert sources_of(text) == set()


def test_near_miss_an_aside_with_no_quotation_is_no_cue() -> None:
    text = _story("The plant, the report continues, will close in May.")
    assert _names(text) == set()


# --- a garbled "said by" after a quotation ------------------------------------------------------------------
# The FORM: "“...,” said by <Post> of <Org>, <Name>, ...", "“...,” said by <Name>, <post>": a rewrite's
# passive "said", its speaker after "by" (a post written as a title with no article, then the name after
# a comma, is the person). A passive "is said by many to be" with no quotation before it is no cue.


def test_said_by_a_post_then_a_name_after_a_quotation_is_the_person() -> None:
    text = _story(
        "“Tallow is a pioneer with a clear plan for home robots,” said by Founder of Tallow, Ivo Stark, "
        "“and we will keep building them.”"
    )
    assert speakers(text) == [("Tallow is a", "Ivo Stark"), ("and we will", "Ivo Stark")]
    assert ("Ivo Stark", "person") in sources_of(text)


def test_said_by_a_name_then_a_post_is_the_person() -> None:
    text = _story(
        "“The split was the only sensible choice left to us,” said by Lena Holt, the chair of Brenvik."
    )
    assert speakers(text) == [("The split was", "Lena Holt")]


def test_said_a_capitalised_post_with_no_article_then_the_name_is_the_person() -> None:
    text = _story(
        "“Nobody at the plant will lose a day's pay over this,” said Chief Executive of Brenvik, Ola Brandt."
    )
    assert speakers(text) == [("Nobody at the", "Ola Brandt")]


def test_near_miss_a_passive_said_by_many_is_no_cue() -> None:
    text = _story("The merger is said by many to be the largest in Norway this year.")
    assert sources_of(text) == set()


# --- a body's or a group's told stance, with a verb outside the plain cues -----------------------------------
# The FORM: "<body> signaled / signalled that ...", "the commission had already warned that ..." (a bare,
# lower-case "the commission" where the page names no commission: the body as written), "Regulators in
# <place> expressed concern that ..." (the group, its place told between it and the verb), "<body> has
# heralded <thing> as “...”" (a stance given in quoted words, however short). Not a sign that is no one's
# ("shares signalled a recovery"), nor "the commission" earned on a sale, nor a place that says nothing
# ("Prices in Norway rose"), nor "heralded a new era" with no words of the body's.


def test_signaled_that_cites_the_body() -> None:
    text = _story("The Harbour Competition Authority signaled that even remedies would not ease its worries.")
    assert ("Harbour Competition Authority", "organization") in sources_of(text)


def test_signalled_that_with_a_british_spelling_cites_the_ministry() -> None:
    text = _story("Late on Friday the Norwegian Trade Ministry signalled that it would not block the sale.")
    assert "Norwegian Trade Ministry" in _names(text)


def test_a_bare_lower_case_commission_that_warned_is_cited_as_written() -> None:
    text = _story(
        "European rules on ovens are strict. The commission had already warned that Tallow could favour "
        "its own ovens in its shops."
    )
    assert ("the commission", "organization") in sources_of(text)


def test_the_commission_after_a_named_commission_is_that_one() -> None:
    text = _story(
        "The Harbour Trade Commission opened a probe in May.",
        "The commission had earlier warned that the merger would raise prices.",
    )
    assert "Harbour Trade Commission" in _names(text)
    assert "the commission" not in _names(text)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Regulators in Norway expressed concern that the merger would harm rivals.", "regulators"),
        ("Analysts in Oslo said the price was too low for a firm of its size.", "analysts"),
        ("Lawmakers in Denmark warned that the deal would shut out small rivals.", "lawmakers"),
    ],
)
def test_a_group_with_its_place_between_it_and_its_verb_is_cited(sentence: str, group: str) -> None:
    assert (group, "group") in sources_of(_story(sentence))


def test_heralded_as_a_short_quotation_cites_the_body() -> None:
    text = _story(
        "The Government has heralded the cut in its holding from 61.2 per cent to 55.4 per cent as an "
        "“important step”."
    )
    assert "the government" in _names(text)
    assert speakers(text) == [("important step", "the government")]


def test_hailed_as_a_quoted_phrase_cites_the_union() -> None:
    text = _story("The Harbour Dockers Union hailed the ruling as “a win for every worker”.")
    assert "Harbour Dockers Union" in _names(text)


def test_heralded_with_a_long_quotation_cites_the_chair() -> None:
    text = _story("Brenvik chair Lena Holt heralded the sale as “the start of a far better decade for us”.")
    assert ("Lena Holt", "person") in sources_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shares signalled that a rebound was near.",
        "The commission on each sale rose to 3% last year.",
        "Prices in Norway rose sharply that week.",
        "The Government heralded a new era for the bank.",
        "The forecast warned that storms would hit the plant.",
    ],
)
def test_near_miss_no_one_speaks(sentence: str) -> None:
    assert sources_of(_story(sentence)) == set()


# --- a stance told with "critical of" ------------------------------------------------------------------------
# The FORM: "<holder> have / has been critical of ...", "<body> is sharply critical of ...", "<person>
# was openly critical of ...": a stance told, its holder cited (a group, a body, a person). "critical
# to" (a thing that matters) and a thing that cannot hold a view cite no one.


def test_a_group_that_has_been_critical_of_is_cited() -> None:
    assert ("analysts", "group") in sources_of(
        _story("Analysts have also been critical of the pace of the turnaround.")
    )


def test_a_body_sharply_critical_of_is_cited() -> None:
    text = _story("The Harbour Dockers Union is sharply critical of the plan to shut the yard.")
    assert "Harbour Dockers Union" in _names(text)


def test_a_person_openly_critical_of_is_cited() -> None:
    text = _story("Lena Holt, a Brenvik investor, was openly critical of the price.")
    assert ("Lena Holt", "person") in sources_of(text)


@pytest.mark.parametrize(
    "sentence", ["Speed is critical to the plan.", "The deal remains critical of nothing at all."]
)
def test_near_miss_critical_to_or_no_holder_cites_no_one(sentence: str) -> None:
    assert sources_of(_story(sentence)) == set()


# --- a company cited for an act, not a statement ----------------------------------------------------------------
# The FORM: "<Co> called off its purchase of <Co>" (a deal ended: an act), "months after <Co> first
# announced its plans for the purchase" (the deal's history told in a time clause, an announcement of
# the past): no source. Still a source: "<Co> called the offer “...”", "After <Co> announced that it
# would sell, ..." (a clause: what it said), "<Co> announced the deal on Monday" (the main clause).


def test_called_off_a_past_deal_is_an_act() -> None:
    text = _story("Last year, Orvex called off its $3 billion purchase of Delmont because of a probe.")
    assert "Orvex" not in _names(text)


def test_called_it_quits_is_an_act() -> None:
    text = _story("Orvex called it quits on the Delmont bid after a long fight with its own investors.")
    assert "Orvex" not in _names(text)


def test_a_plan_announced_in_a_time_clause_is_history() -> None:
    text = _story("The end comes two years after Tallow first announced its plans for the purchase.")
    assert "Tallow" not in _names(text)


def test_a_deal_announced_in_a_since_clause_is_history() -> None:
    text = _story("Since Orvex announced the deal in May, its shares have fallen by a third.")
    assert "Orvex" not in _names(text)


def test_near_miss_called_with_quoted_words_is_a_statement() -> None:
    text = _story("Orvex called the offer “far too low for a firm like ours”.")
    assert speakers(text) == [("far too low", "Orvex")]


def test_near_miss_announced_that_in_a_time_clause_is_a_statement() -> None:
    text = _story("After Orvex announced that it would sell the unit, its shares rose.")
    assert "Orvex" in _names(text)


def test_near_miss_a_deal_announced_in_the_main_clause_is_a_source() -> None:
    text = _story("Orvex announced the deal on Monday.")
    assert "Orvex" in _names(text)


# --- a plea to a charge is an act ------------------------------------------------------------------------------
# The FORM: "<party> admitted to <doing ...>", "admitted to a (criminal) charge", "admitted to
# wrongdoing": a plea told, what the party did in a case, not words the page cites it for. "<party>
# admitted to “...”" (its own words, quoted) stays a statement.


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Bank, the lender, sold shares. The lender admitted to allowing a client to launder money for years.",
        "Harbour Bank admitted to a criminal charge of fraud in May.",
        "Orvex admitted to wrongdoing in a settlement with the watchdog.",
    ],
)
def test_a_plea_to_a_charge_cites_no_one(sentence: str) -> None:
    assert sources_of(_story(sentence)) == set()


def test_near_miss_admitting_to_quoted_words_is_a_statement() -> None:
    text = _story("Lena Holt admitted to “a few mistakes along the way”.")
    assert speakers(text) == [("a few mistakes", "Lena Holt")]


# --- a cause named in the speaker's words, as a participle ----------------------------------------------------
# The FORM: "<Co> dropped the plan, blaming “...”", "with the <descriptor> blaming “...”": the subject
# (or the descriptor's company) speaks, the quotation is its. "blaming the weather", no quotation: no cue.


def test_blaming_a_quotation_after_a_comma_is_the_subjects() -> None:
    text = _story("Orvex dropped the plan, blaming “costs that kept climbing all year”.")
    assert speakers(text) == [("costs that kept", "Orvex")]


def test_blaming_a_quotation_with_a_descriptor_is_the_companys() -> None:
    text = _story(
        "Orvex, the carmaker, had bid too.",
        "Orvex has pulled out of the race, with the carmaker blaming “a hostile market for big mergers”.",
    )
    assert speakers(text) == [("a hostile market", "Orvex")]


def test_with_a_named_company_blaming_a_quotation_is_the_companys() -> None:
    text = _story("The mill closed on Friday, with Brenvik blaming “years of rising power bills” for it.")
    assert speakers(text) == [("years of rising", "Brenvik")]


def test_near_miss_blaming_a_thing_with_no_quotation_is_no_cue() -> None:
    text = _story("Orvex dropped the plan, blaming the weather.")
    assert sources_of(text) == set()


# --- a cut quotation that names its would-be speaker -------------------------------------------------------------
# The FORM (convention o): a quotation the excerpt's end cuts, opening its paragraph after a paragraph
# that only reports a source's words, whose first words name that very source in the third person
# ("<Co> said most notices go out in May." then "“<Co> expects to record ..." and the page stops):
# words about the source, their cue lost with the cut: no one's. A cut quotation that does not open
# with that name (another company, or none) still continues the source before; so does a whole one.


def test_a_cut_quotation_naming_the_company_cited_before_is_no_ones() -> None:
    text = _story("Brenvik said most notices would go out by May.", "“Brenvik expects to record charges of")
    assert speakers(text) == [("Brenvik expects to", None)]


def test_a_cut_quotation_naming_the_person_cited_before_is_no_ones() -> None:
    text = _story(
        "Ivo Stark told staff on Friday that the plant would close in June.", "“Stark has asked the board to"
    )
    assert speakers(text) == [("Stark has asked", None)]


def test_a_cut_quotation_naming_the_company_after_its_announcement_is_no_ones() -> None:
    text = _story(
        "Separately, Orvex announced that it would shut two plants this year.",
        "“Orvex will take a charge of about",
    )
    assert speakers(text) == [("Orvex will take", None)]


def test_near_miss_a_cut_quotation_naming_no_one_continues_the_person_before() -> None:
    text = _story(
        "Ivo Stark told reporters on Tuesday that the plant would stay open.",
        "“It is a pact that will be signed",
    )
    assert speakers(text) == [("It is a", "Ivo Stark")]


def test_near_miss_a_cut_quotation_naming_another_company_continues_the_person_before() -> None:
    text = _story(
        "Brenvik chief Lena Holt believes the merger is the best the trade has seen.",
        "“Tallow started the whole market, and two decades on we are still",
    )
    assert speakers(text) == [("Tallow started the", "Lena Holt")]


def test_near_miss_a_whole_quotation_naming_the_company_still_carries() -> None:
    text = _story(
        "Brenvik said most notices would go out by May.",
        "“Brenvik expects to record charges of about $40 million in the first quarter.”",
    )
    assert speakers(text) == [("Brenvik expects to", "Brenvik")]


# --- one of a firm's own people, told in an appositive ----------------------------------------------------------
# The FORM: "<Name>, a <Org> insider / employee / staffer <more words naming a unit>": a person, whatever
# organization noun ("unit", "division", "arm") the rest of the appositive holds. A firm described as a
# "<Org> unit" or "<Org> supplier" stays an organization.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "His successor, Ivo Stark, a Tallow insider currently leading its retail unit, takes over in May.",
            "Ivo Stark",
        ),
        (
            "Ola Brandt, a longtime Brenvik employee who runs its mill division, will lead the plant.",
            "Ola Brandt",
        ),
        ("Lena Holt, a Brenvik staffer in charge of its export arm, will sign the papers.", "Lena Holt"),
    ],
)
def test_a_firms_insider_in_an_appositive_is_a_person(sentence: str, name: str) -> None:
    assert entity_types(_story(sentence)).get(name) == "person"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Orvex, a Tallow unit that makes ovens, will lead the plant.", "Orvex"),
        (
            "Kestrel Mills, a Brenvik supplier in charge of its export arm, will sign the papers.",
            "Kestrel Mills",
        ),
    ],
)
def test_near_miss_a_firm_described_by_its_parent_stays_an_organization(sentence: str, name: str) -> None:
    assert entity_types(_story(sentence)).get(name) == "organization"


# --- linear scans ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_ASIDE_CUE_BEFORE", ", the statement "),
        ("_ASIDE_CUE_AFTER", " , "),
        ("_SAID_BY", " by "),
        ("_IN_PLACE_END", " in the Harbour "),
        ("_CALLED_OFF", " it "),
        ("_ANNOUNCED_PLAN", " its original "),
        ("_TIME_CLAUSE_SUBJECT", "after Tallow Brenvik first had "),
        ("_HAILED_AS_QUOTED", "6.5 as an as "),
        ("_TITLE_THEN_NAME", "Founder of Tallow "),
        ("_CRITICAL_OF", " been very critical "),
        ("_ADMITS_TO_CHARGE", " to the criminal "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20
