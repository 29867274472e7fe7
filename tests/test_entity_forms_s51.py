"""Entity forms on unseen text (stop 51, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import analyse_article, cpu_to_scan_a_long_line, plain_article, someone_among
from tests.factories import entity_types as names
from tui.analysis.extract import entities
from tui.corpus import furniture

ORG = "organization"
PERSON = "person"


def _forms_of(text: str, name: str) -> set[str]:
    """Every form under which the article names the entity called `name` (its name and aliases)."""
    for e in analyse_article(plain_article(text)).entities:
        if e.name == name or name in e.aliases:
            return {e.name, *e.aliases}
    return set()


# --- a name opened by a generic noun of its own language, and its short form -------------------------
# The FORM: a bank's or a group's own name often opens with the generic noun of its language ("Banco
# Lisaro", "Banc Lisaro", "Caixa Norte", "Grupo Ferrenti"), with or without a particle ("Banco De
# Lisaro"), and the page then calls it by the name alone ("Lisaro shares fell", "Lisaro's board"). All
# of these are one organization (never a person by its shape), with the others as aliases. NEAR
# MISSES: "Bank of Oslo" is not "Oslo" (its "of" is no particle); a group and its bank ("Grupo Ferrenti"
# and "Banco Ferrenti") are two bodies, so "Ferrenti" alone joins neither; a person named like the bank
# keeps the surname.


def test_a_bank_named_with_a_particle_its_plain_form_and_its_short_form_are_one() -> None:
    text = (
        "Bank bid\n\nMendel Bank launched a hostile bid for Banco De Lisaro on Thursday. Mendel is offering "
        "one share for every 4.2 Lisaro shares. Earlier, Lisaro's board rejected the approach. "
        "\"We offer Banco Lisaro's holders a fair price,\" Mendel's chair said."
    )
    forms = _forms_of(text, "Lisaro")
    assert {"Banco De Lisaro", "Banco Lisaro", "Lisaro"} <= forms, forms
    assert names(text).get("Banco De Lisaro") == ORG, names(text)


def test_a_regional_spelling_and_its_short_form_are_one_company() -> None:
    text = (
        "Lender slips\n\nHalvard shares fell 2% on Monday after Banc Halvard said profit slipped. "
        "Banc Halvard is the region's third lender."
    )
    assert _forms_of(text, "Banc Halvard") == {"Banc Halvard", "Halvard"}, names(text)
    assert names(text)["Banc Halvard"] == ORG


def test_a_short_form_before_the_full_name_joins_it() -> None:
    text = (
        "Savings bank says no\n\nCorvara's board turned down a share offer from bigger rival Mendel Bank on "
        "Tuesday. The board said the offer undervalued Caixa Corvara and its prospects. Mendel offered one "
        "share for every 3.1 Corvara shares."
    )
    assert _forms_of(text, "Caixa Corvara") == {"Caixa Corvara", "Corvara"}, names(text)
    assert names(text)["Caixa Corvara"] == ORG


def test_a_name_opened_by_a_generic_noun_is_no_person() -> None:
    got = names("Bank news\n\nBanca Ferrenti said on Monday its board would meet. Grupo Olmar cut 40 jobs.")
    assert got.get("Banca Ferrenti") == ORG and got.get("Grupo Olmar") == ORG, got


def test_near_miss_bank_of_a_place_a_group_and_its_bank_and_a_namesake_stay_apart() -> None:
    got = names("Bank news\n\nBank of Oslo opened a branch. Oslo is cold in May.")
    assert got.get("Oslo") == "place", got
    text = "Bank news\n\nGrupo Ferrenti owns Banco Ferrenti. Ferrenti shares rose 2%."
    assert "Ferrenti" not in _forms_of(text, "Grupo Ferrenti"), names(text)
    assert "Ferrenti" not in _forms_of(text, "Banco Ferrenti"), names(text)
    text = "Bank news\n\nBanco Ruiz opened 20 branches, said its chief Marta Ruiz. Ruiz said more would come."
    assert "Ruiz" not in _forms_of(text, "Banco Ruiz"), names(text)
    assert someone_among(names(text), "Marta Ruiz") == ["Marta Ruiz"]


# --- mines, share classes and depositary instruments ------------------------------------------------
# The FORM: (a) a mine, a quarry or a deposit told by its name ("the <Name> copper mine", "<Owner>'s
# <Name> (<XY>) mine", "the <Name> and <Name> mines", "two gold mines in <Country> - <Name> and <Name>")
# is a site, never a person or an organization, at every mention, its acronym too; (b) a class of shares
# ("Class A", "class B", "<Company> Class A common share") is no name, and the company before it stays
# the company; (c) a depositary instrument ("American Depositary Receipts", "Global Depositary
# Receipts") names no one. NEAR MISSES: a company that "mines" copper (a verb) stays a company, and a
# name with "Class" inside it but no letter after ("World Class Holdings") stays one.


def test_a_named_copper_mine_and_a_named_mine_are_sites_at_every_mention() -> None:
    got = names(
        "Miner sells\n\nRowan Metals owns the Pampa Alta mine and half of the Cerro Verdin copper mine in "
        "Peru. Output at Pampa Alta rose 4% while Cerro Verdin slipped."
    )
    assert got.get("Pampa Alta") == "place" and got.get("Cerro Verdin") == "place", got


def test_mines_listed_after_a_dash_are_sites_even_where_later_told_as_partners() -> None:
    got = names(
        "Gold deal\n\nThe firm runs two gold mines in Ghana - Obuasi Hill and Tarkwa Ridge. Partners in "
        "Tarkwa Ridge said nothing, and Obuasi Hill output fell."
    )
    assert not someone_among(got, "Obuasi Hill", "Tarkwa Ridge"), got


def test_a_mine_with_its_acronym_is_a_site_under_both_names() -> None:
    got = names(
        "Copper woes\n\nKestrel's Lomas Rojas (LR) mine has had cost overruns. Kestrel has been studying "
        "links between LR and Cumbre Blanca, and LR is a priority. Both firms own parts of the Lomas "
        "Rojas and Cumbre Blanca copper mines."
    )
    assert not someone_among(got, "LR", "Lomas Rojas", "Cumbre Blanca"), got
    assert got.get("Kestrel") == ORG, got


def test_share_classes_name_no_one_and_leave_the_company_before_them() -> None:
    got = names(
        "Share swap\n\nRowan Energy will give 1.2 new shares for every Kestrel Class A common share, and "
        "the same for each Class B share. Kestrel class A and class B holders must approve. Kestrel's Class B "
        "shares rose 4%."
    )
    assert not someone_among(got, "Class A", "Class B", "Kestrel Class A"), got
    assert got.get("Kestrel") == ORG, got


def test_a_class_of_stock_after_a_name_and_a_class_opening_a_clause_name_no_one() -> None:
    got = names(
        "Votes\n\nHolders of Orla Class C stock get no vote. Orla said Class II holders keep ten votes each."
    )
    assert not someone_among(got, "Class C", "Class II", "Orla Class C"), got


def test_depositary_instruments_name_no_one() -> None:
    got = names(
        "Listing plans\n\nThe group plans a New York listing via American Depository Receipts, and Orla's "
        "Global Depositary Receipts trade in London."
    )
    assert not someone_among(got, "American Depository Receipts", "Global Depositary Receipts"), got


def test_near_miss_a_company_that_mines_and_a_name_with_class_inside_stay_companies() -> None:
    got = names(
        "Miner deal\n\nDorran mines copper in Peru, and Vesta said the Dorran deal would close. World Class "
        "Holdings said on Monday it would bid too."
    )
    assert got.get("Dorran") == ORG and got.get("World Class Holdings") == ORG, got


def test_the_mine_and_share_class_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._MINE_AFTER, " Pampa Alta, Cerro and copper gold mine") < 20
    assert cpu_to_scan_a_long_line(entities._MINE_LIST_BEFORE, "mines in Chile - Pampa Alta, Cerro and ") < 20
    assert cpu_to_scan_a_long_line(entities._DETERMINER_BEFORE, "the Pampa Alta, Cerro and ") < 20
    assert cpu_to_scan_a_long_line(entities._SHARE_CLASS_MARK, "IV A ") < 20


# --- a caption's credit run into the caption's first name ---------------------------------------------
# The FORM: a caption label and its credit ("Photo: The Harbour Press", "Image: Harbour Wire Photos",
# "Credit: Ola Brandt") run straight into the caption's own words when a page drops the break, and those
# open with "The <Name>" ("... The Kestrel Energy plant is seen"). The credit is furniture, and the name
# after it is the caption's, never one organization glued to the credit. NEAR MISS: a label with no
# credit before the caption's "The" ("Photo: The Orla Bank tower stands in Oslo.") keeps the name.


def _caption_credits(text: str) -> list[str]:
    return [text[f.start : f.end] for f in furniture.find_furniture(text) if f.kind == furniture.CAPTION]


def test_a_credit_after_a_time_stamp_is_furniture_and_the_next_name_stands_alone() -> None:
    text = (
        " date 2031-03-02 Photo: The Harbour Press The Corvel Resources logo hangs over a stand in Lima, on "
        "May 2, 2030. Corvel Resources Ltd. has agreed to buy Dorran Mining plc.\n\nCorvel said the deal "
        "would close next year."
    )
    assert _caption_credits(text) == ["Photo: The Harbour Press"], _caption_credits(text)
    got = names(text)
    assert not [n for n in got if "Harbour Press" in n], got


def test_a_credit_opening_its_line_is_furniture() -> None:
    text = "Image: Harbour Wire Photos The Kestrel Energy plant is seen in Ohio. Kestrel Energy agreed to buy Vesta Oil plc."
    assert _caption_credits(text) == ["Image: Harbour Wire Photos"], _caption_credits(text)
    assert not [n for n in names(text) if "Photos" in n], names(text)


def test_a_photographers_credit_inside_a_paragraph_is_furniture() -> None:
    text = (
        "Bank deal\n\nOrla Bank will buy Halden Finans AS for $2 billion. Credit: Ola Brandt The Orla Bank "
        "tower stands in Oslo, where the deal was signed on Monday by both chief executives."
    )
    assert "Credit: Ola Brandt" in _caption_credits(text), _caption_credits(text)
    assert not [n for n in names(text) if "Brandt The" in n], names(text)


def test_near_miss_a_label_with_no_credit_keeps_the_caption_name() -> None:
    text = "Bank deal\n\nPhoto: The Orla Bank tower stands in Oslo. Orla Bank will buy Halden Finans AS."
    assert _caption_credits(text) == [], _caption_credits(text)
    assert names(text).get("Orla Bank") == ORG, names(text)


def test_the_label_credit_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(furniture._INLINE_LABEL_THE_CREDIT, "Photo: The Harbour Press ") < 20


# --- firms named in a ranking, a comparison or a list ---------------------------------------------------
# The FORM: a firm named only as the one a ranked firm trails ("the country's second-largest bank behind
# <X>", "the third biggest steelmaker in Asia, behind <X>"), as the one it is "second only to" (with its
# rival's noun, or the firms of the ranking after it: "among Nordic banks"), as "its rival <X>", or in a
# list opened by a plural noun of bodies ("smaller entities like <X> or <Y>", "institutions such as
# <X>") is an organization. NEAR MISS: a ranking of persons ("the second-richest woman behind <X>",
# "second only to <X> in Spain") types no firm.


def test_a_firm_a_ranked_bank_trails_is_an_organization() -> None:
    got = names(
        "Bank deal\n\nThe deal would make Mendel Bank the country's second-largest bank behind Corvanta "
        "and widen its lead over Lisarobank."
    )
    assert got.get("Corvanta") == ORG, got


def test_a_firm_second_only_to_and_its_rival_are_organizations() -> None:
    got = names(
        "Bank deal\n\nMendel Bank has more than 90 million customers, second only to its rival Corvanta "
        "among Nordic banks."
    )
    assert got.get("Corvanta") == ORG, got
    got = names(
        "Steel deal\n\nHarbin Steel is now the third biggest steelmaker in Asia, behind Tosaki, while its "
        "rival Pelmore lost ground."
    )
    assert got.get("Tosaki") == ORG and got.get("Pelmore") == ORG, got


def test_firms_listed_after_entities_or_institutions_are_organizations() -> None:
    got = names(
        "Bank deal\n\nAnalysts say Mendel may turn to smaller entities like Feldbank or Ostrava instead, "
        "or to institutions such as Corbin Trust."
    )
    assert [got.get(n) for n in ("Feldbank", "Ostrava", "Corbin Trust")] == [ORG, ORG, ORG], got


def test_near_miss_a_ranking_of_persons_names_no_firm() -> None:
    got = names(
        "Rich list\n\nAna Ruiz is the second-richest woman behind Marta Quell, and second only to Ivo Stark in Spain."
    )
    assert got.get("Marta Quell") == PERSON and got.get("Ivo Stark") == PERSON, got


def test_the_ranking_patterns_are_linear() -> None:
    assert (
        cpu_to_scan_a_long_line(entities._RANKED_BEFORE, "second-largest bank in the behind its rival ") < 20
    )
    assert cpu_to_scan_a_long_line(entities._AMONG_FIRMS_AFTER, " among the Nordic banks") < 20


# --- an acronym after a described body, a place's government, a regional demonym ------------------------
# The FORM: (a) an acronym in brackets right after a body described in lower case ("the Swedish market
# regulator (SFM)", "the competition watchdog (KFA)", "the central bank (BNO)") is that body, an
# organization; (b) "the government of <Place>" ("the regional government of <Region>") is an
# organization named as written without "the"; (c) a regional or national demonym alone before its noun
# ("the Catalan bank", "Basque savings group", "a Flemish insurer") names no one. NEAR MISSES: an
# acronym after a noun that names no body ("its office (HQ)"), "the government of the day" and a
# government "of" a company name no place's government.


def test_an_acronym_after_a_described_regulator_is_the_body() -> None:
    got = names(
        "Bank deal\n\nHalden told the Swedish market regulator (SFM) the same on Monday, in a statement."
    )
    assert got.get("SFM") == ORG, got


def test_acronyms_after_a_watchdog_and_a_central_bank_are_bodies() -> None:
    got = names(
        "Bank deal\n\nOrla filed the papers with the country's competition watchdog (KFA), and the central "
        "bank (BNO) said it would look."
    )
    assert got.get("KFA") == ORG and got.get("BNO") == ORG, got


def test_a_places_government_is_an_organization_named_as_written() -> None:
    got = names(
        "Bank deal\n\nThe government of Oslo has responded coldly. Orla also met the regional government "
        "of Bavaria and the government of Peru."
    )
    assert [got.get(f"government of {p}") for p in ("Oslo", "Bavaria", "Peru")] == [ORG, ORG, ORG], got


def test_a_regional_demonym_before_its_noun_names_no_one() -> None:
    got = names(
        "Bank deal\n\nCatalan lenders were quiet, and the Catalan bank said nothing. The Basque savings "
        "group and a Flemish insurer disagreed."
    )
    assert not someone_among(got, "Catalan", "Basque", "Flemish"), got


def test_near_miss_no_body_before_the_bracket_and_no_place_after_government_of() -> None:
    got = names("Bank deal\n\nOrla sold its office (HQ) stake, and Tallow Bank paid in cash.")
    assert "HQ" not in got, got
    got = names(
        "Bank deal\n\nOrla said the government of the day would decide, and the government of Tallow Bank sold shares."
    )
    assert not [n for n in got if n.startswith("government of")], got


def test_the_described_body_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._DESCRIBED_BODY_PAREN, "market regulator (") < 20
    assert cpu_to_scan_a_long_line(entities._GOVERNMENT_OF, "the regional government of Oslo Bay ") < 20


# --- a common word printed in capitals, and a surname the opening phrase calls "his" -----------------
# The FORM: (a) a page that prints a common word in capitals (its first words, a kicker: "A PROPOSED
# merger between ...", "SHARES in <X> fell", "The BOARD of <X> met") names no one when it also writes
# the word in lower case; (b) a lone name right after a sentence's opening phrase of time or
# circumstance that calls it "his" or "her" ("In his conversations with <X>, <Surname> made it clear",
# "During her visit to <Place>, <Surname> said") is a person, the head of government a page names by
# surname alone included. NEAR MISSES: an acronym opening its sentence ("NASA said") stays a name;
# "In its talks with <X>, <Y> said" is a company's phrase, and an organization's name after a "his"
# phrase ("After his exit, Tallow Bank hired") keeps its type.


def test_a_shouted_first_word_after_a_time_stamp_names_no_one() -> None:
    text = (
        " date 2031-05-07 A PROPOSED tie-up of Banco Lisaro with Mendel Bank was turned down on Tuesday by "
        "the Lisaro directors, who called the price too low.\n\nThe proposed deal came to light in March."
    )
    assert "PROPOSED" not in names(text), names(text)


def test_shouted_common_words_opening_sentences_name_no_one() -> None:
    got = names("Orla deal\n\nSHARES in Orla Bank fell 4% on Monday. Investors sold shares of Mendel too.")
    assert "SHARES" not in got and got.get("Orla Bank") == ORG, got
    got = names(
        "Orla deal\n\nThe BOARD of Tallow Group met on Friday, and the board said it would weigh the bid."
    )
    assert "BOARD" not in got and got.get("Tallow Group") == ORG, got


def test_near_miss_an_acronym_opening_its_sentence_stays_a_name() -> None:
    got = names("Space deal\n\nNASA said it would buy rockets, and the space agency NASA has a budget.")
    assert got.get("NASA") == ORG, got


def test_a_surname_after_an_opening_phrase_with_his_is_a_person() -> None:
    got = names(
        "Orla deal\n\nOrla Bank and Mendel agreed to merge last week. In his conversations with Mendel, "
        "Quarrie made it clear that the head office must stay, the report added."
    )
    assert got.get("Quarrie") == PERSON, got


def test_surnames_after_opening_phrases_with_her_and_his_are_persons() -> None:
    got = names(
        "Orla deal\n\nDuring her visit to Oslo last week, Lindqvist said the plan was sound. Speaking at "
        "his office on Monday, Brannock has warned of job cuts."
    )
    assert got.get("Lindqvist") == PERSON and got.get("Brannock") == PERSON, got


def test_near_miss_an_its_phrase_and_a_company_after_a_his_phrase_stay_organizations() -> None:
    got = names(
        "Orla deal\n\nIn its talks with Orla, Mendel said the price was fair. After his exit, Tallow Bank "
        "hired a new chief."
    )
    assert got.get("Mendel") == ORG and got.get("Tallow Bank") == ORG, got


def test_the_shouted_word_and_his_opener_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._LOWER_WORD_NEXT, " merger") < 20
    assert cpu_to_scan_a_long_line(entities._HIS_OPENER, "In his talks with Orla, ") < 20


# --- a surname after a sentence-opening adverb with no comma ---------------------------------------------
# The FORM: a head of government (or any person) named in full, then by surname alone right after a
# sentence-opening adverb of time written without a comma ("Afterwards <Surname> demanded",
# "Subsequently <Surname> said", "Thereafter <Surname> told") is that person: the adverb is no part of
# the name. NEAR MISS: a name that opens with such a word's letters but is a name ("Afterglow Labs")
# stays whole.


def test_a_surname_after_afterwards_joins_the_prime_minister() -> None:
    got = _forms_of(
        "Orla deal\n\nOrla Bank and Mendel will merge. Canada's prime minister, Mark Quarrie, met Orla. "
        "Afterwards Quarrie demanded that Orla stay in Toronto.",
        "Mark Quarrie",
    )
    assert got == {"Mark Quarrie", "Quarrie"}, got


def test_a_surname_after_subsequently_and_thereafter_is_the_person() -> None:
    text = "Orla deal\n\nFinance chief Ana Lindqvist met Orla's board. Subsequently Lindqvist said the deal would need approval."
    assert _forms_of(text, "Ana Lindqvist") == {"Ana Lindqvist", "Lindqvist"}, names(text)
    text = "Orla deal\n\nPresident Ivo Stark flew in on Monday. Thereafter Stark told Orla to keep its jobs."
    assert _forms_of(text, "Ivo Stark") == {"Ivo Stark", "Stark"}, names(text)


def test_near_miss_a_name_that_opens_like_an_adverb_stays_whole() -> None:
    got = names("Lab deal\n\nAfterglow Labs said on Monday it would buy Orla Bank.")
    assert got.get("Afterglow Labs") == ORG, got
