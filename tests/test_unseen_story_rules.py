"""General rules found by the first run of two stories no rule had seen (a layoff and a CEO change,
docs/coverage-bench.md "Two more unseen stories"). Every text here is invented; each test states
the class of text the rule is for, and would fail without it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import EntityType
from tui.corpus.model import Article, ArticleMeta


def run(text: str, headline: bool = True):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=headline)))


def entities(text: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in run(text).entities}


def sources(text: str) -> dict[str, str]:
    return {s.name: str(s.kind) for s in run(text).sources}


def slots(text: str, headline: bool = True) -> dict[str, object]:
    facts = run(text, headline).analysis.facts
    assert facts is not None
    return {k: v.value for k, v in facts.slots.items()} | {"event": facts.event}


# --- figures ------------------------------------------------------------------------------------------


def counts(text: str) -> list[float | None]:
    return [f.value for f in find_figures(text, "a") if f.kind == "count"]


def test_a_thousands_comma_with_a_stray_space_is_one_count() -> None:
    assert counts("The mill will shed 12, 500 workers by spring.") == [12500.0]


def test_a_comma_thousands_count_is_never_a_year() -> None:
    # "2,000 jobs" was dropped as the year 2000
    assert counts("Ferrow will cut 2,000 jobs and hire 1,990 engineers.") == [2000.0, 1990.0]
    assert counts("Its 2019 payroll grew.") == []


def test_numbers_in_a_list_are_not_joined() -> None:
    assert counts("Sizes 4, 5, 120 units were sold.") == [120.0]


# --- layoffs ------------------------------------------------------------------------------------------

LAYOFF = """Ferrow cuts staff

Ferrow will axe 3,000 jobs, the company said on Tuesday.

The grocer, which has a workforce of over 90,000 people, blamed weak demand. The cuts are about 7% of its corporate staff and roughly 3.3% of its 90,000 workers in all.

Rival Dunmore said last week it would cut 12% of its staff, and Dunmore announced 4,500 job cuts in May.
"""


def test_axe_is_a_layoff_word() -> None:
    got = slots(
        "Ferrow news\n\nFerrow will axe 3,000 jobs, the company said on Tuesday. It gave no reason.\n"
    )
    assert got["event"] == "layoff" and got["count"] == 3000.0


def test_the_layoffs_figures_in_a_story_with_other_figures() -> None:
    got = slots(LAYOFF)
    assert got["event"] == "layoff"
    assert got["organization"] == "Ferrow"
    assert got["count"] == 3000.0


def test_the_share_of_the_whole_workforce_wins_over_a_part_of_it() -> None:
    assert slots(LAYOFF)["share"] == pytest.approx(3.3)


def test_a_share_of_a_part_of_the_staff_is_never_the_workforces_share() -> None:
    text = "Ferrow cuts staff\n\nFerrow will lay off 3,000 people. That is about 6 per cent of its corporate employees.\n"
    assert "share" not in slots(text)


def test_the_share_word_may_stand_a_long_noun_phrase_after_the_percent() -> None:
    text = "Ferrow cuts staff\n\nFerrow will lay off 3,000 people, about 2.4% of the 125,000 full- and part-time workers it had.\n"
    assert slots(text)["share"] == pytest.approx(2.4)


def test_another_companys_cuts_are_not_this_layoffs_figures() -> None:
    text = (
        "Ferrow cuts staff\n\nFerrow will lay off staff across its stores, the company said.\n\n"
        "Dunmore this week said it would cut 12% of its staff. Dunmore announced 4,500 job cuts.\n"
    )
    got = slots(text)
    assert "share" not in got and "count" not in got


def test_the_companys_size_is_not_the_count_cut() -> None:
    text = (
        "Ferrow cuts staff\n\nFerrow, which employs about 90,000 people, will cut jobs in its stores.\n\n"
        "The grocer has a workforce of 90,000 workers and will cut 3,000 roles.\n"
    )
    assert slots(text)["count"] == 3000.0


def test_a_short_opening_sentence_is_the_lead() -> None:
    # no headline given: the first one-line paragraph is a sentence, not a title
    text = "Ferrow will axe 3,000 jobs.\n\nThe grocer did not say which stores would close first.\n"
    got = slots(text, headline=False)
    assert got["event"] == "layoff" and got["count"] == 3000.0


def test_a_place_and_colon_opening_the_story_is_a_dateline() -> None:
    text = (
        "Ferrow to cut jobs\n\nHarlow Creek: Ferrow will lay off 3,000 employees across its stores, "
        "the grocer said on Tuesday.\n"
    )
    got = slots(text)
    assert got["organization"] == "Ferrow" and got["count"] == 3000.0
    assert "Harlow Creek" not in entities(text)


def test_a_title_with_a_colon_keeps_its_first_word() -> None:
    from tui.corpus.furniture import find_furniture

    text = "Ferrow: the grocer that grew too fast\n\nFerrow will lay off 3,000 employees, it said.\n"
    assert [f.kind for f in find_furniture(text)] == []


def test_a_dateline_alone_on_an_indented_line() -> None:
    from tui.corpus.furniture import find_furniture

    text = "Ferrow names chief\n\n    HARLOW CREEK, Ore. -\n\n    Ferrow named a chief executive.\n"
    assert [text[f.start : f.end] for f in find_furniture(text)] == ["HARLOW CREEK, Ore. -"]


def test_a_bare_photo_credit_line_makes_the_short_paragraph_before_it_a_caption() -> None:
    from tui.corpus.furniture import find_furniture

    text = (
        "Ferrow to cut 3,000 jobs\n\nFerrow will cut 2,000 staff, a newspaper said. A clerk stacks crates at a "
        "Ferrow depot in Harlow Creek.\n\n Dana Price/Harbor Images\n\nFerrow says it will cut 3,000 jobs.\n\n"
        '"We will manage," the chief said at a depot.\nIvo Stark/Harbor Images, File\n'
    )
    got = [(f.kind, text[f.start : f.end][:12]) for f in find_furniture(text)]
    # the quotation before the second credit is no caption: only the credit goes
    assert got == [("caption", "Ferrow will "), ("caption", "Dana Price/H"), ("caption", "Ivo Stark/Ha")]
    assert slots(text)["count"] == 3000.0


# --- entities -----------------------------------------------------------------------------------------


def test_a_legal_form_after_a_comma_belongs_to_the_name() -> None:
    got = entities(
        "Quarry buys a stake\n\nThe board of Halvard, Inc. (NYSE:HLV) met. Brook Signal Network, Inc., a unit of Quarry, agreed."
    )
    assert got.get("Halvard") == EntityType.ORG
    assert got.get("Brook Signal Network") == EntityType.ORG
    assert "Inc." not in got and "Inc" not in got


def test_a_name_followed_by_who_is_a_person() -> None:
    got = entities(
        "Halvard changes chief\n\nHalvard said Orrin would leave. Orrin, who joined the board in 2012, agreed."
    )
    assert got.get("Orrin") == EntityType.PERSON


def test_a_given_name_alone_is_the_one_person_who_has_it() -> None:
    text = "Halvard names chief\n\nHalvard named Teodor Ambry chief executive. “Given his record, Teodor’s patience will serve us,” the chair said."
    res = run(text)
    person = next(e for e in res.entities if e.name == "Teodor Ambry")
    assert "Teodor" in [m.text for m in person.mentions]
    assert all(e.name != "Teodor" for e in res.entities)


def test_sentence_opening_common_words_are_no_names() -> None:
    got = entities(
        "Halvard names chief\n\nHalvard named a chief. Back in March the firm hired. Thousands of staff left. "
        "Multiple outlets said so. Given the mood, Halvard waited."
    )
    for word in ("Back", "Thousands", "Multiple", "Given"):
        assert word not in got


def test_places_the_gazetteer_knows_and_a_town_before_one() -> None:
    got = entities(
        "Halvard moves\n\nHalvard moved staff from Harlow Creek, Oregon, to New Delhi and across North America."
    )
    assert got.get("Oregon") == EntityType.PLACE
    assert got.get("New Delhi") == EntityType.PLACE
    assert got.get("North America") == EntityType.PLACE
    assert got.get("Harlow Creek") == EntityType.PLACE
    assert "North" not in got


def test_a_place_after_of_ends_an_organizations_name() -> None:
    got = entities(
        "Halvard hires\n\nHalvard hired two people from the University of Toronto and Bank of America."
    )
    assert got.get("University of Toronto") == EntityType.ORG
    assert got.get("Bank of America") == EntityType.ORG


def test_a_reporting_clause_after_a_name_is_no_appositive() -> None:
    # "..., the company said" says who speaks, not what the name is
    got = entities(
        "Halvard names chief\n\nThe post goes to former Halvard executive Orrin Tulle, the company said."
    )
    assert got.get("Orrin Tulle") == EntityType.PERSON


def test_a_gerund_opening_the_sentence_is_no_part_of_the_name() -> None:
    got = entities(
        "Halvard changes chief\n\nReplacing Mara Quent at the helm will be Orrin Tulle, the company said."
    )
    assert "Mara Quent" in got and "Replacing Mara Quent" not in got


def test_an_inverted_replacement_names_the_successor_after_will_be() -> None:
    text = (
        "Halvard changes chief\n\nHalvard said on Monday that its chief executive, Mara Quent, will step down in May. "
        "Replacing Quent at the helm will be former Halvard executive Orrin Tulle.\n"
    )
    got = slots(text)
    assert got["person"] == "Orrin Tulle" and got["predecessor"] == "Mara Quent" and got["new_title"] == "ceo"


def test_a_lead_that_opens_with_a_hook_lets_the_next_sentences_vote() -> None:
    text = (
        "Halvard has had three chiefs in fifty years. Orrin Tulle will soon be the fourth one to sit in the "
        "corner office on its top floor.\n\nTulle was announced on Monday as the successor of Mara Quent, who "
        "has retired.\n"
    )
    got = slots(text, headline=False)
    assert got["event"] == "appointment" and got["predecessor"] == "Mara Quent"


def test_a_seat_taken_also_is_not_the_post() -> None:
    text = (
        "Halvard names chief\n\nOrrin Tulle will also become a director of the Halvard board, the company "
        "said. Tulle will return as chief executive of Halvard in May, replacing Mara Quent.\n"
    )
    got = slots(text)
    assert got["person"] == "Orrin Tulle" and got["new_title"] == "ceo"


def test_a_lone_surname_the_text_says_is_someone_is_a_person() -> None:
    text = (
        "Halvard changes chief\n\nHalvard confirmed that Quent will retire in May. Quent, who joined the board "
        "in 2012, took over in 2019. Under Quent, Halvard struggled. Quent’s plan to grow online sales stalled. "
        "Investors wanted Quent to act.\n"
    )
    assert entities(text).get("Quent") == EntityType.PERSON


# --- sources ------------------------------------------------------------------------------------------


def test_a_bare_title_before_the_name_after_a_verb_is_the_persons_voice() -> None:
    text = "Ferrow cuts staff\n\nFerrow will cut 3,000 jobs.\n\n“We hired too fast,” said CEO Idris Vell in a note to staff.\n"
    res = run(text)
    quote = res.analysis.quotes[0]
    assert quote.speaker == "Idris Vell"


def test_a_lower_case_title_of_several_words_before_the_name() -> None:
    # a modifier of an unnamed source is never a preposition: "a memo from chief executive" is no one
    got = sources(
        "Ferrow cuts staff\n\nThe cuts follow a review, according to a memo from chief executive Idris Vell."
    )
    assert got == {"Idris Vell": "person"}
    quotes = run(
        'Ferrow cuts staff\n\n"We hired too fast," said chief financial officer Idris Vell.'
    ).analysis.quotes
    assert quotes[0].speaker == "Idris Vell"


def test_a_memo_from_a_person_is_the_persons_words() -> None:
    got = sources("Ferrow cuts staff\n\nThe cuts follow a review, according to a memo from CEO Idris Vell.")
    assert got.get("Idris Vell") == "person"


def test_a_name_with_its_legal_form_before_the_verb_speaks() -> None:
    got = sources("Halvard names chief\n\nHalvard, Inc. said on Thursday that Orrin Tulle will lead it.")
    assert got.get("Halvard") == "organization"


def test_a_quote_running_over_a_paragraph_takes_the_speaker_named_after_its_end() -> None:
    text = (
        "Halvard names chief\n\nHalvard named Orrin Tulle chief executive.\n\n"
        '"The board looked far and wide, and nobody knows our customers better,\n\n'
        '"He has done every job here," board chair Mara Quent said in a statement.\n'
    )
    quotes = run(text).analysis.quotes
    assert [q.speaker for q in quotes] == ["Mara Quent", "Mara Quent"]


def test_a_place_is_never_the_speaker() -> None:
    got = sources(
        "Ferrow cuts staff\n\nThe grocer based in Harlow Creek, Oregon, announced the plan on Monday."
    )
    assert "Oregon" not in got and "Harlow Creek" not in got


# --- bad input ----------------------------------------------------------------------------------------


def _patterns():
    from tui.analysis.extract import attribution, entities, figures, layoff_facts
    from tui.corpus import furniture

    return {
        "count": (figures._COUNT, "1, 000 "),
        "town-before-place": (entities._COMMA_CAPS, ", Oregon"),
        "who-after": (entities._WHO_AFTER, ", who "),
        "title-before-name": (attribution._TITLE_BEFORE_NAME, "chief executive "),
        "title-gap": (attribution._TITLE_GAP, "chief executive officer "),
        "headcount": (layoff_facts._HEADCOUNT_BEFORE, "workforce of "),
        "colon-dateline": (furniture._COLON_DATELINE, "Aa "),
        "bare-credit": (furniture._BARE_CREDIT, "Aa/Bb "),
    }


@pytest.mark.parametrize(
    "name",
    [
        "count",
        "town-before-place",
        "who-after",
        "title-before-name",
        "title-gap",
        "headcount",
        "colon-dateline",
        "bare-credit",
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(name: str) -> None:
    pattern, unit = _patterns()[name]
    line = unit * (2_000_000 // len(unit))
    start = time.process_time()
    for pos in range(0, len(line), len(line) // 50):  # matched and searched from many places
        pattern.match(line, pos, pos + 400)
    list(pattern.finditer(line))
    assert time.process_time() - start < 20


def test_the_count_pattern_on_a_long_line_of_spaced_thousands() -> None:
    start = time.process_time()
    got = counts("12, 500 staff " * 150_000)
    assert len(got) == 150_000 and time.process_time() - start < 20


# --- comparison ---------------------------------------------------------------------------------------


def test_layoff_counts_in_jobs_roles_and_employees_are_one_measure(tmp_path: Path) -> None:
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    (tmp_path / "c.txt").write_text(
        "Ferrow cuts staff\n\nFerrow will cut just over 3,000 roles across its stores, the grocer said on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "d.txt").write_text(
        "Ferrow layoffs\n\nFerrow will lay off 2,500 employees across its stores, a newspaper reported on Tuesday.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    result = compare(corpus, analyse(corpus), ["c", "d"])
    count = next(a for a in result.aspects if a.id == "count")
    assert set(count.cells) == {"c", "d"}
    assert [p.verdict for p in count.pairs] == ["contradiction"]
