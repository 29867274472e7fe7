"""Entity forms on unseen text (issue 11, stop 41, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import named_someone, plain_article
from tui.analysis.extract import analyse_article
from tui.corpus.furniture import CREDIT, find_furniture


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- a company's web name and its first word -----------------------------------------------------------
# The FORM: a company named by its web address ("Quill.AI", "Harbour.com", "Loom.io") that the page
# then writes by the word before the domain ("Quill's staff", "Quill said"). One company, named as its
# web name gives it ("Quill.AI"; a ".com" name keeps the older rule: "Harbour").


def test_a_web_name_and_its_first_word_are_one_company() -> None:
    got = _aliases(
        "Quill.AI, the chatbot maker, agreed to license its models to Tallow Group. "
        "Most of Quill's staff will stay, and Quill said its app would remain free."
    )
    assert "Quill" not in got, got
    assert {"Quill.AI", "Quill"} <= got["Quill.AI"], got
    loom = _aliases("Loom.io raised $40 million on Monday. Loom said it would hire 30 engineers.")
    assert "Loom" not in loom and {"Loom.io", "Loom"} <= loom["Loom.io"], loom


def test_a_web_name_alone_keeps_its_domain() -> None:
    got = names("Quill.AI raised $40 million from Tallow Ventures, the startup said on Monday.")
    assert got.get("Quill.AI") == "organization", got
    assert "Quill" not in got, got


# --- a surname that opens with a particle, written alone -------------------------------------------------
# The FORM: "Ana De Souza" once, then "De Souza" (or "Van der Berg" after "Piet Van der Berg"): the
# surname with its particle is the one person named in full who has it, not a second person.


def test_a_particle_surname_alone_is_the_person_named_in_full() -> None:
    got = _aliases(
        "Founders Rui Costa and Ana De Souza will join Tallow Group. "
        "Costa and De Souza both worked at Tallow before."
    )
    assert "De Souza" not in got, got
    assert "De Souza" in got["Ana De Souza"], got
    got = _aliases("Piet Van Dam runs the lab. Last year Van Dam sold his stake.")
    assert "Van Dam" not in got and "Van Dam" in got["Piet Van Dam"], got


def test_a_particle_surname_shared_by_two_persons_stays_apart() -> None:
    got = _aliases("Ana De Souza and Rui De Souza founded the firm. De Souza declined to comment.")
    assert "Ana De Souza" in got and "Rui De Souza" in got, got
    assert not ({"De Souza"} <= got["Ana De Souza"] and {"De Souza"} <= got["Rui De Souza"]), got


# --- a contributor's line ---------------------------------------------------------------------------------
# The FORM: the line closing a story that credits who helped report it ("— Harbour Times' Ola Brandt
# contributed to this report."): page furniture, no entity and no source.


def test_a_contributor_line_is_furniture() -> None:
    body = "Tallow Group bought a stake in Brava Bank on Monday, the bank said.\n\n"
    for line in (
        "— Harbour Times’ Ola Brandt contributed to this report.",
        "Ana Ruiz and Ola Brandt contributed reporting from Oslo.",
        "Staff writer Ola Brandt contributed to this report.",
        "The Wire Service contributed to this story.",
    ):
        found = find_furniture(body + line)
        assert [f.kind for f in found] == [CREDIT], (line, found)
        got = names(body + line)
        assert "Ola Brandt" not in got and "Harbour Times" not in got, (line, got)
    # near misses: a company that contributed money, a report the firm contributed to
    for line in (
        "Tallow Ventures contributed about $40 million through its fund.",
        "Brava Bank contributed to this report of losses.",
    ):
        assert find_furniture(body + line) == [], line


# --- a nationality before a company's own name ---------------------------------------------------------------
# The FORM: "its stake in German Tallbank" where the page also writes "Tallbank" alone: the nationality
# describes the company, it is no part of its name. A name whose last word is no name alone ("Brazilian
# Steel") keeps its nationality.


def test_a_nationality_before_a_name_written_alone_too_is_no_part_of_it() -> None:
    got = _aliases(
        "Tallow Group raised its stake in German Tallbank to 21 percent. Analysts said Tallbank was surprised."
    )
    assert "German Tallbank" not in got, got
    assert got.get("Tallbank") == {"Tallbank"}, got
    kept = names("Brazilian Steel said it would cut 300 jobs at its plant.")
    assert kept.get("Brazilian Steel") == "organization", kept


# --- a broadcaster's channel ----------------------------------------------------------------------------------
# The FORM: an outlet's name closed by a broadcaster's word ("Harbour TV", "Ola Radio", and a known
# outlet's channel, "Bloomberg TV"): the channel is an outlet of its own; the gazetteer no longer folds it
# into its parent. A company's "Tallow TV" (a known company, not an outlet) is left as it was.


def test_a_channel_named_by_a_broadcasters_word_is_an_outlet() -> None:
    got = names(
        "Ana Lund told the news channel Harbour TV on Monday that a bid was possible. "
        "She repeated it in a Bloomberg TV interview, and Bloomberg reported it first."
    )
    assert got.get("Harbour TV") == "outlet", got
    assert got.get("Bloomberg TV") == "outlet", got
    assert got.get("Bloomberg") == "outlet", got  # the parent, where the page names it alone


# --- a country's short name before its government's body -----------------------------------------------------
# The FORM: "the US Justice Department", "The U.S. Justice Department is probing": the country's short
# name is part of how the page names the body; it is the body the gazetteer knows (one entity with "the
# DOJ"), and a capital "The" before it is no part of a name.


def test_a_country_before_a_known_body_is_the_body() -> None:
    got = _aliases(
        "A filing reviewed by The U.S. Justice Department shows the talks. Later the US Justice "
        "Department said the DOJ would look again."
    )
    assert "The U.S. Justice Department" not in got, got
    assert {"U.S. Justice Department", "DOJ"} <= got["Department of Justice"], got
    assert len([n for n in got if "Justice" in n]) == 1, got


# --- an outlet's account of itself ----------------------------------------------------------------------------------
# The FORM: the box a page running a wire's story closes with, under the outlet's name: "Harbour Wire, the
# news division of Harbour Group, is the world's largest news provider ..." (or "About Harbour Wire: ...").
# Furniture: no entity. The same words inside a story, with no heading, stay the story's.


def test_an_outlets_account_of_itself_under_its_heading_is_furniture() -> None:
    body = "Tallow Group bought a stake in Brava Bank on Monday, the bank said.\n\n"
    box = (
        "Harbour Wire\n\nHarbour Wire, the news and media division of Harbour Group, is the world’s largest "
        "multimedia news provider, reaching readers through Harbour Group desktops and via Harbour Radio."
    )
    assert [f.kind for f in find_furniture(body + box)] == ["promo", "promo"]
    got = names(body + box)
    assert "Harbour Group" not in got and "Harbour Radio" not in got, got
    about = "About the Wire: The Wire Service is an independent global news organization founded in 1901."
    assert [f.kind for f in find_furniture(body + about)] == ["promo"]
    inside = "Brava is a leading news provider in Norway, analysts said."
    assert find_furniture(body + inside) == []


def test_the_new_furniture_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.corpus.furniture import _ABOUT_OUTLET, _CONTRIBUTED

    for pattern, unit in (
        (_CONTRIBUTED, "Aa Bb, "),
        (_CONTRIBUTED, "Aa’s Bb and "),
        (_ABOUT_OUTLET, "Aa Bb, the aa "),
        (_ABOUT_OUTLET, "Aa is a leading aa "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a product's short name spelt out in brackets ------------------------------------------------------------
# The FORM: "Tallow's KiRA (Knowledge Retrieval Assistant)" or "the language model PaMDO (Pattern
# Model for Document Outlines)": a short name that mixes cases, its capitals the long name's initials, is
# one name with it; a long name headed by a product's word ("Model", "Chip", "App") or a product's noun
# before the pair ("the language model X") makes it a product, no organization, and the long name's
# last words ("Document Outlines") are no organization of their own.


def test_a_mixed_case_short_name_in_brackets_is_the_long_name() -> None:
    got = names(
        "Ana Lund led the team that built the language model PaMDO (Pattern Model for Document "
        "Outlines) used in writing tools. She left Tallow Group in 2021."
    )
    assert got.get("PaMDO") == "product", got
    assert "Document Outlines" not in got, got
    got = names("Ana Lund built Tallow’s RoMA (Router Model for Assistants), a model for chat tools.")
    assert got.get("RoMA") == "product", got
    assert "Assistants" not in got, got


def test_a_mixed_case_short_name_of_a_body_stays_an_organization() -> None:
    got = names(
        "The deal needs the approval of the Harbour Office for Rail Transport (HaORT), Ana Lund said."
    )
    assert (
        got.get("Harbour Office for Rail Transport") == "organization" or got.get("HaORT") == "organization"
    ), got


# --- a subsidiary's legal name ----------------------------------------------------------------------------------
# The FORM (the lead's decision, stop 41): a company's legal name made of its short name, a company's
# words and a legal form ("Tallow Bank AB", "Tallow Holdings Inc.") is the company's alias, even when the
# page names the short name first and the added word is a unit's ("Bank"), and even when the gazetteer
# knows the short name. A name without a legal form ("Tallow Bank", "Meta AI") keeps the older rules.


def test_a_legal_name_of_the_short_name_is_the_company() -> None:
    got = _aliases(
        "Tallow Bank AB on Tuesday won new funding of $300 million. Its chief said “the cut in Tallow’s "
        "valuation is in line with peers,” the lender said."
    )
    assert len(got) == 1 and {"Tallow Bank AB", "Tallow"} <= next(iter(got.values())), got
    known = _aliases("Google Holdings LLC will invest $20 million in the venture, Google said on Monday.")
    assert "Google Holdings LLC" not in known and "Google Holdings LLC" in known["Google"], known
    apart = _aliases("Meta AI answered the questions. Meta said the assistant would improve.")
    assert "Meta" in apart and "Meta AI" in apart, apart


# --- a company's tool glued to its name ----------------------------------------------------------------------------
# The FORM: "a Google-translated statement", "Tallow-generated images": the name glued to a participle of
# its tool's use names the tool, not the company; an owner's or backer's participle ("Google-backed",
# "Tallow-owned") still names the company.


def test_a_name_glued_to_its_tools_participle_is_no_mention() -> None:
    got = names("The regulator said so in a Google-translated statement on Friday.")
    assert "Google" not in got, got
    got = names("The regulator fined a Google-backed startup on Friday.")
    assert got.get("Google") == "organization", got


# --- a body named "Confederation of ...", and words that name no one ------------------------------------------
# The FORM: "the Confederation of Harbour Industry" is one body, like "Federation of ..." (its head and
# "of"); "Covid", "NFT" are common words of the news, no one's name; "Medicare" is a programme.


def test_a_confederation_of_is_one_body_and_common_words_name_no_one() -> None:
    got = names("Ana Lund, the director-general of the Confederation of Harbour Industry, spoke on Monday.")
    assert got.get("Confederation of Harbour Industry") == "organization", got
    assert "Harbour Industry" not in got, got
    got = names("At the height of Covid, sales of NFT art rose, and the head of Medicare said costs grew.")
    assert named_someone(got) == set(), got


def test_common_words_opening_a_sentence_and_a_district_name_no_one() -> None:
    # "Whoever ..." (a pronoun), "Media reports ..." (a common noun), "Megadeal ..." (a noun of the trade
    # press) open sentences; "Hollywood" is a place however it is used
    got = names(
        "Media reports circulated on Monday. Whoever owns the port sets the price. Megadeal brings "
        "savings, Tallow Group said. The brand was founded by Hollywood actor Ana Lund."
    )
    assert named_someone(got) == {"Tallow Group", "Ana Lund"}, got


# --- a paragraph cut off inside its last word --------------------------------------------------------------------
# The FORM: a page excerpt that ends inside a word ("Ana Lund, chair of the board at Tallow, w"): the
# line is a paragraph of the story, not a heading (a heading is only read for names already known), so
# the person it names is found. A heading ending in "a" or a capital letter ("Plan B") stays a heading.


def test_a_line_cut_off_inside_a_word_is_no_heading() -> None:
    from tui.analysis.extract.sentences import is_heading_line

    assert not is_heading_line("Ana Lund, chair of the board at Tallow, w")
    assert not is_heading_line("Tallow chief executive Ivo Stark s")
    assert is_heading_line("Why Tallow is a")
    assert is_heading_line("Tallow bets on Plan B")
    got = names("Tallow names a new chair\n\nIvo Stark, chair of the board at Tallow, w")
    assert got.get("Ivo Stark") == "person", got


# --- two trades of a company joined by "and" before its "Company" ---------------------------------------------
# The FORM: "Harbour Management and Research Company": a company's two trades joined by "and" before
# "Company" (or "Corporation") are one name, not two organizations. "Tallow and Kestrel Company" (a name
# with no trade's word before "and") stays two.


def test_two_trades_joined_by_and_before_company_are_one_name() -> None:
    got = names("Investors include Harbour Management and Research Company, the fund said.")
    assert got.get("Harbour Management and Research Company") == "organization", got
    assert "Harbour Management" not in got and "Research Company" not in got, got
    apart = names("Tallow and Kestrel Company agreed to merge, the two firms said.")
    assert "Tallow" in apart and "Kestrel Company" in apart, apart


# --- a prefix of time glued to a name -----------------------------------------------------------------------------
# The FORM: "in the post-Ana Lund era", "Then-Harbour Tools Co. bought ...", "an ex-Kestrel engineer": the
# prefix (then-, ex-, post-, pre-, former-) is no part of the name, and the name is found.


def test_a_time_prefix_glued_to_a_name_is_no_part_of_it() -> None:
    got = names(
        "The chief ran the finances in the post-Ana Lund era. Then-Harbour Tools Co. bought the maker "
        "in 2010, an ex-Kestrel Group engineer said."
    )
    assert got.get("Ana Lund") == "person", got
    assert got.get("Harbour Tools Co.") == "organization", got
    assert got.get("Kestrel Group") == "organization", got
    assert not [n for n in got if "-" in n], got


def test_the_time_prefix_pattern_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _TIME_PREFIX

    for unit in ("post-A", "then-then-", "x-A-"):
        assert cpu_to_scan_a_long_line(_TIME_PREFIX, unit) < 20, unit


# --- an appositive between dashes, and an outlet described by its kind -----------------------------------------
# The FORM: "Harbourwatch—a US news portal dedicated to cars—reported", "According to Harbourwatch, a US news
# portal, ...": an appositive set off by dashes describes the name as one set off by commas does, and a
# portal, an outlet, a publication, a tabloid or a magazine is an organization's noun.


def test_a_name_described_between_dashes_or_as_a_portal_is_an_organization() -> None:
    for text in (
        "Tallow Group will cut 10 percent of its staff, Harbourwatch—a US news portal dedicated to cars—reported.",
        "According to Harbourwatch, a US news portal, Tallow Group will cut staff.",
        "Tallow Group will cut staff, Harbourwatch – the trade publication – said.",
    ):
        got = names(text)
        assert got.get("Harbourwatch") == "organization", (text, got)
    got = names("Tallow Group hired Ana Lund – the former chief of Kestrel – on Monday.")
    assert got.get("Ana Lund") == "person", got
