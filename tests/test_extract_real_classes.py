"""Classes of errors the real-coverage bench showed (issue 11), one general rule each.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.gazetteer import tables
from tui.corpus.furniture import find_furniture
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def entities(text: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in analyse_article(art(text)).entities}


# --- furniture -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Wirewire Photo/Ola Brandt, File", "caption"),
        ("(Ola Brandt / Harbour Pictures)", "caption"),
        ("Copyright © 2031 by Harbour Wire. All Rights Reserved.", "promo"),
        ("© 2031 Harbour Wire", "promo"),
        ("You May Also Like", "promo"),
        ("Our editor Ivo Stark picks the best port stories in this weekly newsletter.", "promo"),
        ("Unlock the Harbour Digest for free", "promo"),
        ("Deal Brief:", "label"),
        ("Article by Ola Brandt.", "byline"),
        ("By Wirewire", "byline"),
    ],
)
def test_more_furniture_lines(line: str, kind: str) -> None:
    text = f"Ports grow\n\n{line}\n\nThe port of Tallow handled more ships this year.\n"
    (f,) = find_furniture(text)
    assert (text[f.start : f.end], f.kind) == (line, kind)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour board said so in a newsletter.",
        "Analysts: the port is too small.",
        "Bylaws changed in May.",
        "By then the cranes had arrived.",
    ],
)
def test_prose_is_not_taken_for_furniture(line: str) -> None:
    text = f"Ports grow\n\n{line}\n"
    assert find_furniture(text) == []


def test_a_caption_keeps_its_names_but_not_its_credit() -> None:
    text = (
        "Ports grow\n\n"
        "Ivo Stark, head of Harbour Group, speaks in Tallow on May 2. (Wirewire Photo/Ola Brandt, File)\n\n"
        "Harbour Group will buy two cranes.\n"
    )
    names = entities(text)
    assert "Ola Brandt" not in names
    assert names["Harbour Group"] == "organization"


def test_a_byline_naming_only_an_outlet_gives_no_entity() -> None:
    text = "Ports grow\n\nBy Financial Times\n\nHarbour Group will buy two cranes, Ivo Stark said.\n"
    assert "Financial Times" not in entities(text)


# --- gazetteer -----------------------------------------------------------------------------------


def test_no_gazetteer_form_is_a_bare_company_suffix() -> None:
    tab = tables()
    bare = [
        form
        for form in tab.known
        if all(w.rstrip(".") in {"Inc", "Corp", "Ltd", "Co", "LLC", ","} or w == "." for w in form)
    ]
    assert bare == []


def test_a_company_suffix_is_never_another_company() -> None:
    names = entities(
        "Ports grow\n\nHarbour Tools Inc. will buy two cranes from Tallow Cranes Inc., it said.\n"
    )
    assert "Meta" not in names


def test_a_known_name_with_its_legal_form_is_the_known_entity() -> None:
    result = analyse_article(
        art(
            "Intel Corporation said it will buy Harbour Tools Inc. for cash. Intel Corp. confirmed the price."
        )
    )
    by_name = {e.name: e for e in result.entities}
    assert set(by_name["Intel"].aliases) == {"Intel Corporation", "Intel Corp."}
    assert "Intel Corporation" not in by_name
    assert str(by_name["Harbour Tools Inc."].type) == "organization"


def test_a_ticker_after_the_legal_form_belongs_to_the_company() -> None:
    result = analyse_article(
        art("Ports grow\n\nAmazon.com Inc. AMZN has announced a new crane depot in Tallow.\n")
    )
    assert {e.name for e in result.entities} >= {"Amazon"}
    assert "AMZN" not in {e.name for e in result.entities}
    assert {s.name for s in result.sources} == {"Amazon"}


# --- entities ------------------------------------------------------------------------------------


def test_a_unit_named_with_and_is_one_organization() -> None:
    names = entities(
        "Ports grow\n\nIvo Stark runs the Cargo and Ferry Group at Harbour Tools, and the Ports and "
        "Harbours Authority approved the plan.\n"
    )
    assert names["Cargo and Ferry Group"] == "organization"
    assert names["Ports and Harbours Authority"] == "organization"
    assert {"Cargo", "Ferry Group", "Harbours Authority"}.isdisjoint(names)


def test_and_between_two_names_still_makes_two() -> None:
    names = entities(
        "Ports grow\n\nHarbour Tools and Tallow Cranes Group signed the deal. Microsoft and Ferry Group "
        "signed another.\n"
    )
    assert names["Tallow Cranes Group"] == "organization"  # three words after "and": a name of its own
    assert names["Ferry Group"] == "organization"  # a known name before "and"
    assert names["Microsoft"] == "organization"


def test_a_compound_of_two_known_names_is_a_mention_of_each() -> None:
    result = analyse_article(
        art("Ports grow\n\nThe Microsoft-OpenAI pact shaped the Google-Wiz talks, she said.\n")
    )
    names = {e.name for e in result.entities}
    assert {"Microsoft", "OpenAI"} <= names
    assert "Microsoft-OpenAI" not in names
    (ms,) = [e for e in result.entities if e.name == "Microsoft"]
    assert [m.text for m in ms.mentions] == ["Microsoft"]


def test_known_products_are_products() -> None:
    names = entities(
        "Ports grow\n\nThe port runs its cranes on Azure and draws them with DALL-E, Ivo Stark said.\n"
    )
    assert names.get("Azure") == "product"
    assert names.get("DALL-E") == "product"


# --- attribution and speakers ---------------------------------------------------------------------


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text[:12], q.speaker) for q in analyse_article(art(text)).analysis.quotes]


def test_verb_first_with_an_honorific_names_the_speaker() -> None:
    text = (
        "Ports grow\n\nHarbour Tools will buy two cranes.\n\n"
        "“We have wanted these cranes for years and now we can have them,” said Dr. Ivo Stark, head of "
        "cranes at Harbour Tools.\n"
    )
    assert speakers(text) == [("We have want", "Ivo Stark")]


@pytest.mark.parametrize("verb", ["commented", "adds", "tells the Ledger", "remarked"])
def test_more_reporting_verbs_after_a_quote(verb: str) -> None:
    text = f"Ports grow\n\n“The cranes arrive in May and we are ready for them,” Ivo Stark {verb}.\n"
    assert speakers(text) == [("The cranes a", "Ivo Stark")]


def test_a_quote_only_verb_cues_only_next_to_a_quotation() -> None:
    text = (
        "Ports grow\n\nHarbour Tools continued to grow in May.\n\n"
        "Ivo Stark continued, “The cranes arrive in May and we are ready for them.”\n"
    )
    result = analyse_article(art(text))
    assert [(q.speaker) for q in result.analysis.quotes] == ["Ivo Stark"]
    assert {s.name for s in result.sources} == {"Ivo Stark"}


def test_tells_you_is_no_source() -> None:
    text = (
        "Ports grow\n\nSplitting the job between two chiefs tells you the board wants calm, Ivo Stark said.\n"
    )
    assert {s.name for s in analyse_article(art(text)).sources} == {"Ivo Stark"}


def test_a_participle_after_a_lead_phrase_takes_the_subject() -> None:
    text = (
        "Ports grow\n\nIvo Stark is the new chair of Harbour Tools.\n\n"
        "In a statement, Stark highlighted the old board's work, stating, “The cranes were their idea and a good one.”\n"
    )
    assert speakers(text) == [("The cranes w", "Ivo Stark")]


def test_he_takes_up_the_subject_not_the_object() -> None:
    text = (
        "Ports grow\n\nOla Brandt runs Harbour Tools.\n\n"
        "Though Ivo Stark did not name Brandt in the letter, he wrote that the port was “run into the ground.”\n"
    )
    assert speakers(text) == [("run into the", "Ivo Stark")]


def test_a_company_spokesperson_speaks_for_the_article_s_company() -> None:
    text = (
        "Ports grow\n\nHarbour Group named Ivo Stark chief executive. Harbour Group said the cranes come next. "
        "Harbour Group shares rose.\n\n"
        "The Tallow Cranes Inc. alum has “a long record with the board,” a company spokesperson said.\n"
    )
    assert speakers(text) == [("a long recor", "Harbour Group spokesperson")]


def test_the_company_without_a_subject_here_takes_the_last_sentence_s_subject() -> None:
    text = (
        "Ports grow\n\nToday, Harbour Tools, the crane company started by a former Tallow Cranes engineer, "
        "raised $6 million.\n\nIn a blog post, the company stated that buyers included “three large ports.”\n"
    )
    assert speakers(text) == [("three large ", "Harbour Tools")]


def test_a_second_quote_in_the_paragraph_keeps_the_speaker_across_a_long_aside() -> None:
    text = (
        "Ports grow\n\n“The cranes came on time and under budget,” noted Ivo Stark, for whom the old yard was "
        "a second home and who spent twenty years there building ships for the navy and for the "
        "fishing fleets. “We will keep that promise for the next ten years,” he went on.\n"
    )
    assert [s for _, s in speakers(text)] == ["Ivo Stark", "Ivo Stark"]


def test_unnamed_sources_in_paraphrase() -> None:
    text = (
        "Ports grow\n\nThe yard wants $6 million, people acquainted with the negotiations say. "
        "An investor involved within the round said the yard is “a few million short.”\n"
    )
    result = analyse_article(art(text))
    kinds = {s.name: str(s.kind) for s in result.sources}
    assert kinds.get("people acquainted with the negotiations") == "unnamed"
    assert kinds.get("an investor involved within the round") == "unnamed"
    assert speakers(text) == [("a few millio", "an investor involved within the round")]


def test_a_stray_space_after_an_opening_mark_still_opens_the_quote() -> None:
    text = 'Ports grow\n\nIvo Stark said, " We will keep the cranes running through the winter."\n'
    assert speakers(text) == [("We will keep", "Ivo Stark")]


def test_a_quote_missing_its_closing_mark_takes_the_cue_inside() -> None:
    text = (
        'Ports grow\n\n"The yard was built by people who loved ships, and the cranes show it, said Ivo '
        "Stark, chair of Harbour Group, who will lead the yard for now.\n\n"
        '"We will keep the cranes running through the winter and the spring."\n'
    )
    assert [s for _, s in speakers(text)] == ["Ivo Stark", "Ivo Stark"]


def test_per_before_a_unit_is_a_rate_not_a_source() -> None:
    text = "Ports grow\n\nHarbour Group pays $14 per Tallow share, per The Daily Ledger.\n"
    assert {s.name for s in analyse_article(art(text)).sources} == {"The Daily Ledger"}


def test_a_descriptive_noun_before_a_company_is_no_part_of_its_name() -> None:
    names = entities("Ports grow\n\nChipmaker Harbour Tools Inc. agreed to buy Tallow Cranes on Monday.\n")
    assert "Harbour Tools Inc." in names
    assert "Chipmaker Harbour Tools Inc." not in names


def test_an_ad_slot_between_paragraphs_does_not_end_the_article() -> None:
    from tui.corpus.text import split_furniture

    long = "The port of Tallow handled more ships this year than in any year before, " * 6
    last = "The port of Tallow handled more ships this year than in any year before, and more again "
    text = f"Ports grow\n\n{long.strip()}.\n\nAdvertisement\n\n{last * 2}.\n\nShare this article\n"
    assert text.index("Advertisement") > len(text) * 2 // 3  # where a closing furniture line is looked for
    body, rest = split_furniture(text)
    assert body.count("The port of Tallow") == 8
    assert rest.strip() == "Share this article"


def test_an_ad_slot_before_a_paragraph_the_excerpt_cuts_off_does_not_end_the_article() -> None:
    # an excerpt that stops mid-quotation right after an ad slot: the last paragraph is the article's
    # (a quotation left open), not a furniture block after it
    from tui.corpus.text import split_furniture

    long = "The port of Tallow handled more ships this year than in any year before, " * 6
    last = "“I returned to the harbour board in 2023 since I felt there was more I owed the town and its crews, and I take"
    text = f"Ports grow\n\n{long.strip()}.\n\nAdvertisement - story continues below\nAdvertisement\n\n{last}"
    body, rest = split_furniture(text)
    assert body.rstrip().endswith("and I take")
    assert rest == ""


def test_an_ad_slot_before_short_links_still_ends_the_article() -> None:
    from tui.corpus.text import split_furniture

    long = "The port of Tallow handled more ships this year than in any year before, " * 6
    text = f"Ports grow\n\n{long.strip()}.\n\nAdvertisement\n\nMore from Tallow\nPorts in winter\n"
    body, rest = split_furniture(text)
    assert "Advertisement" not in body and body.count("The port of Tallow") == 6
    assert rest.lstrip().startswith("Advertisement") and "Ports in winter" in rest


def source_names(text: str) -> dict[str, str]:
    return {s.name: str(s.kind) for s in analyse_article(art(text)).sources}


def test_an_outlet_s_report_is_the_outlet() -> None:
    text = (
        "Ports grow\n\nHarbour Group will buy Tallow Cranes, according to a report from Semafor. "
        "Harbour Group will reportedly pay $4 million. The report said the deal closes in May.\n"
    )
    assert source_names(text) == {"Semafor": "outlet"}


def test_reportedly_before_any_outlet_cites_no_one() -> None:
    # since stop 36 a report no one is named for is no source (docs/coverage-bench.md, convention b)
    text = "Ports grow\n\nHarbour Group will reportedly pay $4 million for Tallow Cranes.\n"
    assert source_names(text) == {}


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Harbour Group will maintain a minority stake in Tallow Cranes.", set()),
        ("Ivo Stark expressed shock at the price of the cranes.", set()),
        ("Harbour Group maintained that the price was fair.", {"Harbour Group"}),
        ("Analysts believe the yard overpaid for the cranes.", {"analysts"}),
        ("The shares fell as investors believe the yard overpaid.", {"investors"}),
    ],
)
def test_clause_only_verbs_and_beliefs(sentence: str, sources: set[str]) -> None:
    assert set(source_names(f"Ports grow\n\n{sentence}\n")) == sources


def test_a_participle_after_an_adverb_is_a_cue() -> None:
    text = (
        "Ports grow\n\nHarbour Group closed the deal on Monday, explicitly stating that the cranes would "
        "stay in Tallow.\n"
    )
    result = analyse_article(art(text))
    (src,) = result.sources
    assert src.name == "Harbour Group"
    assert [c.verb for c in src.citations] == ["stating"]


@pytest.mark.parametrize("verb", ["turning around", "led", "oversaw"])
def test_the_object_of_a_running_verb_is_an_organization(verb: str) -> None:
    names = entities(f"Ports grow\n\nIvo Stark, who is credited with {verb} Tallow Bell, joins the yard.\n")
    assert names.get("Tallow Bell") == "organization"


def test_a_name_before_a_title_is_an_organization_even_when_person_shaped() -> None:
    names = entities("Ports grow\n\nThe former Tallow Bell CEO is the whole package, the board said.\n")
    assert names.get("Tallow Bell") == "organization"


def test_a_group_after_a_preposition_is_an_object_not_a_source() -> None:
    text = "Ports grow\n\nTerm sheets shown to prospective investors indicated that the yard would close in May.\n"
    assert source_names(text) == {}
    assert source_names("Ports grow\n\nProspective investors indicated that the yard would close.\n") == {
        "prospective investors": "group"
    }


def test_a_product_adds_features_and_says_nothing() -> None:
    text = "Ports grow\n\nHarbour Group released the latest version, Harbourcloud-2V, which added maps to the cranes.\n"
    assert "Harbourcloud-2V" not in source_names(text)


def test_what_analysts_describe_as_is_the_analysts() -> None:
    text = "Ports grow\n\nThe deal consolidates what analysts describe as the best yard in Tallow.\n"
    assert source_names(text) == {"analysts": "group"}


def test_with_a_group_and_a_participle_the_group_speaks() -> None:
    text = "Ports grow\n\nThe deal drew criticism, with one port critic calling it “a crane too far.”\n"
    assert speakers(text) == [("a crane too ", "one port critic")]
