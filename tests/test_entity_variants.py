"""Name variants and false names on real coverage (issue 11, stop 28): one general rule per class.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import entity_types as names
from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article
from tui.analysis.extract.merge import legal_core, merge_results
from tui.analysis.model import Entity
from tui.corpus.model import Corpus


def corpus_entities(*texts: str) -> list[Entity]:
    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles]).entities


def orgs(ents: list[Entity]) -> list[Entity]:
    return [e for e in ents if str(e.type) == "organization"]


# --- legal forms ---------------------------------------------------------------------------------


def test_legal_core_drops_legal_forms_and_group_at_the_end_only() -> None:
    assert legal_core(("Harbour", "Motoren", "AG")) == ("Harbour", "Motoren")
    assert legal_core(("Harbour", "Group")) == ("Harbour",)
    assert legal_core(("Tallow", "Co.", "Ltd.")) == ("Tallow",)
    assert legal_core(("Brava", "N.V.")) == ("Brava",)
    assert legal_core(("Group",)) == ("Group",)  # never empty
    assert legal_core(("Harbour", "Software", "Group")) == ("Harbour", "Software")


def test_a_name_with_several_legal_forms_across_articles_is_one_company_by_its_bare_name() -> None:
    ents = corpus_entities(
        "Harbour Motoren AG said on Friday its chief executive would leave.",
        "The board of Harbour Motoren Group met on Friday, a spokesman for Harbour Motoren Group said.",
        "Harbour Motoren will name a new chief, the carmaker said.",
    )
    harbour = [e for e in orgs(ents) if e.name.startswith("Harbour")]
    assert len(harbour) == 1, [(e.name, e.aliases) for e in orgs(ents)]
    assert harbour[0].name == "Harbour Motoren"
    assert harbour[0].article_ids == ["a0", "a1", "a2"]
    assert any(m.startswith("merge.legal-form") for m in harbour[0].merged_by)


def test_legal_forms_join_only_names_that_are_the_same_without_them() -> None:
    ents = corpus_entities(
        "Harbour Motoren AG said sales rose, and a spokesman for Harbour Marine Group said it would grow.",
        "Harbour Marine said on Monday it had hired bankers, and Harbour Motoren AG confirmed a date.",
    )
    got = sorted(e.name for e in orgs(ents))
    assert got == ["Harbour Marine", "Harbour Motoren AG"], [(e.name, e.aliases) for e in ents]


# --- a registered name that opens with a place ------------------------------------------------------


def test_a_registered_name_after_a_province_is_the_company_of_its_short_name() -> None:
    ents = corpus_entities(
        "Brava will buy a fifth of Jiangsu Tallow Robotics, the two said. Tallow makes arms for car plants.",
        "Tallow shares rose 12% after Brava said it would buy a stake.",
    )
    tallow = [e for e in orgs(ents) if "Tallow" in e.name]
    assert len(tallow) == 1, [(e.name, e.aliases) for e in orgs(ents)]
    assert tallow[0].name == "Tallow"
    assert "Jiangsu Tallow Robotics" in tallow[0].aliases
    assert tallow[0].article_ids == ["a0", "a1"]


def test_a_place_before_a_head_word_alone_is_no_short_name() -> None:
    ents = corpus_entities(
        "Kestrel Bank lent the money, Hangzhou Bank said on Monday.",
        "Hangzhou Bank declined to comment.",
    )
    got = {e.name for e in orgs(ents)}
    assert "Hangzhou Bank" in got and "Kestrel Bank" in got, got


# --- common nouns, tickers, places typed as names ----------------------------------------------------


def test_an_acronym_of_a_common_noun_is_no_name() -> None:
    text = (
        "Brava is buying a stake in Chinese electric vehicle (EV) maker Tallow Motors. "
        "The EV market in Europe is crowded, and the JV will sell cars abroad. R&D stays in China."
    )
    got = names(text)
    assert "Tallow Motors" in got and "Brava" in got, got
    assert not {"EV", "JV", "R&D"} & set(got), got


def test_a_wire_code_after_a_name_is_no_part_of_it() -> None:
    text = "Shares of Kestrel Motor K.N rose 2%, while Brava BRV_p.DE and Tallow TLW_UN.TO fell."
    got = names(text)
    assert "Kestrel Motor" in got, got
    assert not any(n.endswith((".N", ".DE", ".TO")) for n in got), got


def test_seas_oceans_and_regions_are_places() -> None:
    got = names(
        "Brava drills in the North Sea and ships across the Pacific Ocean. It sells little outside "
        "Greater China, Brava said, and its plant in Lower Saxony is idle."
    )
    for place in ("North Sea", "Pacific Ocean", "Greater China", "Lower Saxony"):
        assert got.get(place) == "place", got


def test_a_plural_of_a_name_or_a_noun_starting_a_sentence_is_no_name() -> None:
    text = (
        "Brava sells the Marlin abroad. Marlins made in Spain cost less, Brava said. "
        "Considerations of price weigh on the plan. Skirmishes between the owners went on."
    )
    got = names(text)
    assert "Marlin" in got, got
    assert not {"Marlins", "Considerations", "Skirmishes"} & set(got), got


# --- a company's letters -------------------------------------------------------------------------


def test_capitals_that_abbreviate_one_long_word_join_the_company_that_writes_them() -> None:
    ents = corpus_entities(
        "Halvorsen said profit rose. Shares of HV fell 3% in Oslo after the report.",
        "HV will cut 400 jobs, a spokesman for HV said on Monday.",
    )
    hv = [e for e in orgs(ents) if "HV" in e.aliases]
    assert len(hv) == 1 and hv[0].name == "Halvorsen", [(e.name, e.aliases) for e in orgs(ents)]
    assert hv[0].article_ids == ["a0", "a1"]


def test_capitals_two_companies_could_abbreviate_join_neither() -> None:
    ents = corpus_entities(
        "Halvorsen and Hovmarken said profit rose. Shares of HV fell 3% in Oslo after the report.",
    )
    assert all("HV" not in e.aliases for e in orgs(ents) if e.name != "HV"), [
        (e.name, e.aliases) for e in ents
    ]


def test_capitals_never_written_with_the_company_stay_apart() -> None:
    ents = corpus_entities(
        "Halvorsen said profit rose in the quarter.",
        "Shares of HV fell 3% in Oslo after the report, a spokesman for HV said.",
    )
    assert all("HV" not in e.aliases for e in orgs(ents) if e.name != "HV"), [
        (e.name, e.aliases) for e in ents
    ]


def test_motor_ends_a_company_name() -> None:
    got = names("Brava and Kestrel Motor will share a plant, the two carmakers said.")
    assert got.get("Kestrel Motor") == "organization", got


# --- phrases and sentence starters that name no one ------------------------------------------------


def test_a_word_before_of_and_a_determiner_starting_a_sentence_is_a_noun() -> None:
    got = names("Details of the sale were not given. Terms of a second deal are open, Harbour Group said.")
    assert "Harbour Group" in got and not {"Details", "Terms"} & set(got), got


def test_a_capitalised_name_before_of_the_keeps_its_name_elsewhere() -> None:
    got = names(
        "Tallow said on Monday it would sell. Tallow of the old port guild agreed, Harbour Group said."
    )
    assert "Tallow" in got, got


def test_policies_written_in_capitals_name_no_one() -> None:
    got = names(
        "A review found no breach of the Code of Conduct at Harbour Group. Besides its port, Harbour Group "
        "owns a bank; its Privacy Policy and Terms of Service changed in May."
    )
    assert set(got) == {"Harbour Group"}, got


def test_a_hyphenated_pair_of_the_article_s_names_is_each_name() -> None:
    got = names(
        "Kestrel said sales rose. The Google-Kestrel deal helps both, Brava said. Hewlett-Packard said no."
    )
    assert {"Kestrel", "Google", "Hewlett-Packard"} <= set(got) and "Google-Kestrel" not in got, got


def test_names_in_a_list_of_brands_are_brands_and_investors_may_be_persons() -> None:
    # stop 35: a brand named as a brand is no organization (docs/coverage-bench.md, the brands
    # convention); a list opened by companies' noun still names companies
    got = names(
        "Brava owns brands including Quenta, Marlow and Alto Verde, it said. Carmakers such as Dovan "
        "Motor and Harwick followed. Investors including Ivo Stark and Ola Brandt agreed."
    )
    assert got.get("Alto Verde") not in ("organization", "person"), got
    assert got.get("Quenta") not in ("organization", "person"), got
    assert got.get("Dovan Motor") == "organization" and got.get("Harwick") == "organization", got
    assert got.get("Ivo Stark") == "person" and got.get("Ola Brandt") == "person", got


def test_a_name_spelled_with_and_without_a_space_is_one_company() -> None:
    ents = corpus_entities(
        "Shares of Tallow Works rose after startup Open Harbour said it would raise money.",
        "The chief executive of OpenHarbour, Ivo Stark, said the round closed.",
    )
    harbour = [e for e in orgs(ents) if "Harbour" in e.name]
    assert len(harbour) == 1 and {"Open Harbour", "OpenHarbour"} <= set(harbour[0].aliases), [
        (e.name, e.aliases) for e in ents
    ]
    assert harbour[0].article_ids == ["a0", "a1"]
