"""Whose word an article relies on, in forms the stop-33 folded pair showed first and other outlets
write too (issues 11 and 12): a reporting clause inside a quotation, a post's verb followed by where
it was posted, a company's stated mission, a chain that announced, an announcement of a day.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations."""

from __future__ import annotations

from pathlib import Path

from tests.factories import cpu_to_scan_a_long_line, source_result, sources_of
from tests.factories import quote_speakers as speakers


def test_a_reporting_clause_inside_a_quotation_cites_no_one():
    # '"The board believes ...," Stark said': the board is in Stark's words; it is no source of the
    # article, and "He added" after it is Stark going on, never the board's voice
    text = (
        "Tallow replaces its chief\n\n"
        "Tallow removed its chief executive, Ana Ruiz, on Friday.\n\n"
        "Ivo Stark, the chairman of Tallow, said in a note sent out late Friday that “the board believes "
        "fresh hands should now steer the chain.” He added that Mr. Lind’s “deep knowledge of our "
        "stores” would help steer the company.\n"
    )
    assert speakers(text) == [("the board believes", "Ivo Stark"), ("deep knowledge of", "Ivo Stark")]
    assert sources_of(text) == {("Ivo Stark", "person")}


def test_a_reporting_clause_opening_a_quotation_cites_no_one():
    text = (
        "Tallow replaces its chief\n\n"
        "Tallow removed its chief executive, Ana Ruiz, on Friday.\n\n"
        "“The board believes new hands should take the wheel now,” Ivo Stark, Tallow's chairman, said.\n"
    )
    assert speakers(text) == [("The board believes", "Ivo Stark")]
    assert sources_of(text) == {("Ivo Stark", "person")}


def test_a_post_told_with_where_it_was_posted():
    # '"...," Ruiz posted on LinkedIn.': the one who posted, not the company cited before
    for where in ("on LinkedIn", "on X on Friday", "on social media", "in a post"):
        text = (
            "Tallow chief steps down\n\n"
            "Tallow chief executive Ana Ruiz has stepped down, the retailer announced on Friday.\n\n"
            "“It has been an honour to lead this company, and I know the team will go on growing,” "
            f"Ruiz posted {where}.\n"
        )
        assert speakers(text) == [("It has been", "Ana Ruiz")], where


def test_a_post_verb_with_no_quotation_is_no_cue():
    text = (
        "Tallow results\n\n"
        "Tallow posted on its website a loss of $2 billion for the quarter.\n\n"
        "Ana Ruiz posted in a hurry.\n"
    )
    assert sources_of(text) == set()


def test_a_stated_mission_is_the_owners_words():
    # 'X has a stated mission of "..."': the owner's words, as "X's mission is "..."" is
    for has in ("has a stated mission of", "has the stated goal of", "had an avowed goal of"):
        text = (
            "Quarry raises money\n\n"
            "Quarry, founded in 2023 by three researchers, raised $2 billion on Monday.\n\n"
            f"Harbour-backed Quarry {has} “making machine learning open to every small business”, "
            "and it is valued at $14 billion.\n"
        )
        assert speakers(text) == [("making machine learning", "Quarry")], has


def test_the_chain_announced_that_a_person_did_is_the_chains_account():
    # 'The national chain announced that Ruiz "stepped down ...,"': the chain's words about her
    text = (
        "Tallow replaces its chief\n\n"
        "Tallow’s shake-up has reached the top, with the pharmacy group moving to replace its chief.\n\n"
        "The national chain announced that Ana Ruiz “stepped down from the top post as agreed "
        "with the company’s directors,” giving way to Ivo Stark.\n"
    )
    assert speakers(text) == [("stepped down from", "Tallow")]
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_person_and_a_quoted_verb_with_no_reporting_clause_stays_unattributed():
    # 'Ruiz "has decided to step down ..."' with no reporting clause: words about Ruiz, no speaker
    text = (
        "Tallow replaces its chief\n\n"
        "Tallow named a new chief on Friday.\n\n"
        "Ana Ruiz “has decided to give up the top job and her seat on the board.”\n"
    )
    assert speakers(text) == [("has decided to", None)]


def test_an_announcement_of_a_day_is_the_companys():
    # "according to a Tuesday announcement", "according to a Friday release": no owner written, the
    # company the story is about (the one the article names most), not the nearest name (Quarry,
    # named twice before it) and never no one
    for doc in ("a Tuesday announcement", "a Friday release", "Monday's announcement"):
        text = (
            "Tallow names a new chief\n\n"
            "Tallow named Ivo Stark, who has led Quarry since 2018 and doubled Quarry's sales, as its new "
            f"chief executive. Stark will replace Ana Ruiz, who is stepping down after 16 months, "
            f"according to {doc}.\n\n"
            "Tallow shares rose 20% on the news, and Tallow's rivals fell.\n"
        )
        assert sources_of(text) == {("Tallow", "organization")}, doc


_CHIEF = (
    "Tallow names a new chief\n\n"
    "Tallow, the Oslo shipping group, named Ana Ruiz as its chief executive on Monday.\n\n"
)
_WORDS = "The company is in a strong position and we will keep growing in every market we serve"


def test_a_verb_of_manner_after_the_quotation_and_its_subject():
    # '“...,” Ruiz vowed.', '“...,” Ruiz pointed out.', '“...,” Ruiz assured investors.'
    for tail in (
        "vowed",
        "promised",
        "declared",
        "observed",
        "joked",
        "reflected",
        "elaborated",
        "pointed out",
        "summed up",
        "assured investors",
        "reassured staff",
        "declared on Monday",
    ):
        text = _CHIEF + f"“{_WORDS},” Ruiz {tail}.\n"
        assert speakers(text) == [("The company is", "Ana Ruiz")], tail


def test_a_verb_of_manner_with_no_quotation_cites_no_one():
    text = (
        "Tallow results\n\n"
        "Tallow declared a dividend of $2 a share and promised a review of its fleet.\n\n"
        "Ana Ruiz vowed to stay, and the board observed a minute's silence.\n"
    )
    assert sources_of(text) == set()


def test_quoted_as_saying_is_the_subjects_words():
    for sentence in (
        f"Ruiz was quoted as saying: “{_WORDS}.”",
        f"“{_WORDS},” Ruiz was quoted as saying.",
        f"Ruiz was later quoted by the Ledger as saying that “{_WORDS}.”",
    ):
        assert speakers(_CHIEF + sentence + "\n") == [("The company is", "Ana Ruiz")], sentence


def test_an_owners_statement_said_is_the_owners_voice():
    # "Tallow's statement said: “...”" is the company; "Ruiz's memo read: “...”" is Ruiz
    assert speakers(_CHIEF + f"Tallow’s statement said: “{_WORDS}.”\n") == [("The company is", "Tallow")]
    assert speakers(_CHIEF + f"Ruiz’s memo read: “{_WORDS}.”\n") == [("The company is", "Ana Ruiz")]


def test_a_sentence_a_person_opens_ending_in_a_colon_gives_the_quotation():
    for lead in (
        "Ruiz was blunt",
        "Tallow chairman Ivo Stark paid tribute to Ruiz",
        "Former chief executive Ivo Stark, who left in 2020, had one warning for her",
    ):
        text = _CHIEF + f"{lead}: “{_WORDS}.”\n"
        want = "Ana Ruiz" if lead.startswith("Ruiz") else "Ivo Stark"
        assert speakers(text) == [("The company is", want)], lead


def test_a_colon_subject_is_not_the_speaker_quoted_before():
    # the quotation with no cue of its own does not go on with the company quoted a paragraph before
    text = (
        "Tallow ousts Ruiz\n\n"
        "The national chain announced that Ruiz “stepped down from the top post as agreed with the "
        "directors,” giving way to Omar Lind.\n\n"
        "Analyst Vera Holm was blunt: “The board waited too long, and investors paid for it.”\n"
    )
    assert speakers(text)[-1] == ("The board waited", "Vera Holm")


def test_a_colon_after_a_sentence_no_person_opens_gives_no_speaker():
    for lead in ("The message for Ruiz was plain", "Analysts were blunt"):
        text = _CHIEF + f"{lead}: “{_WORDS}.”\n"
        assert speakers(text) == [("The company is", None)], lead


def test_a_pronoun_after_a_sentence_naming_two_people_none_its_subject_is_no_guess():
    # "Tallow named Ruiz, replacing Stark. “...,” she said.": without the sex of either told, the
    # nearest name (Stark, the one replaced) would be a guess, and a wrong one; no speaker says so
    text = (
        "Tallow names a new chief\n\n"
        "Tallow, the Oslo shipping group, named Ana Ruiz as its chief executive on Monday, replacing "
        f"Ivo Stark.\n\nShe said: “{_WORDS}.”\n"
    )
    assert speakers(text) == [("The company is", None)]
    # told by an honorific, the pronoun agrees with one of them only: that one
    told = text.replace("replacing Ivo Stark", "replacing Mr. Ivo Stark")
    assert speakers(told) == [("The company is", "Ana Ruiz")]
    # one person in the sentence before: that one
    alone = text.replace(", replacing Ivo Stark", "")
    assert speakers(alone) == [("The company is", "Ana Ruiz")]


_DEAL = (
    "Tallow buys Quarry\n\n"
    "Tallow agreed to buy Quarry for $2 billion on Monday.\n\n"
    "Tallow chief executive Ana Ruiz, 54, called the deal a milestone, and Quarry founder Ivo Stark, 61, "
    "will join Tallow's board. "
)


def test_a_person_told_by_age_or_by_post_and_company():
    # '“...,” the 54-year-old said', '“...,” the Tallow boss said': the one the text told so
    for told, who in (
        ("the 54-year-old", "Ana Ruiz"),
        ("the 61-year-old", "Ivo Stark"),
        ("the Tallow boss", "Ana Ruiz"),
        ("the Tallow chief executive", "Ana Ruiz"),
    ):
        assert speakers(_DEAL + f"“{_WORDS},” {told} said.\n") == [("The company is", who)], told


def test_a_person_told_by_what_fits_no_one_or_two_is_no_guess():
    for told in ("the 40-year-old", "the Brindle boss"):
        assert speakers(_DEAL + f"“{_WORDS},” {told} said.\n") == [("The company is", None)], told
    both = _DEAL.replace("61,", "54,")  # two people of 54
    assert speakers(both + f"“{_WORDS},” the 54-year-old said.\n") == [("The company is", None)]


def test_an_outlet_quoted_a_person_as_saying():
    # "the Ledger quoted Stark as saying": Stark's words, relayed by the paper
    for sentence in (
        f"“{_WORDS},” the Ledger quoted Ruiz as saying.",
        f"The Ledger quoted Ruiz as saying: “{_WORDS}.”",
    ):
        assert speakers(_DEAL + sentence + "\n") == [("The company is", "Ana Ruiz")], sentence


def test_a_paragraph_break_inside_a_quotation_the_next_paragraph_closes():
    # '“Mr.' / 'Lind’s exit follows a review ...,” the company said': a break a page put inside the
    # quotation (the mark not repeated); one quotation, the company's
    text = (
        "Tallow fires its chief\n\n"
        "Tallow fired its chief executive, Omar Lind, on Friday. The company said in a statement: “Mr.\n\n"
        "Lind’s exit follows a review by the board, which found he was not candid with it,” the company "
        "said. Ana Ruiz will lead Tallow for now.\n"
    )
    assert speakers(text) == [("Mr. Lind’s exit", "Tallow")]
    straight = (
        "Tallow cuts its debt\n\n"
        'Tallow said its debt was gone, its chief Ana Ruiz said. "We are now free of debt, two years '
        'early.\n\nWe have a strong balance sheet for our three businesses." Tallow also sold a plant.\n'
    )
    assert speakers(straight) == [("We are now", "Ana Ruiz")]
    assert "three businesses" in source_result(straight).analysis.quotes[0].text


def test_a_quotation_left_open_with_no_close_in_the_next_paragraph_ends_with_its_paragraph():
    # (no quotation until stop 37; the coverage tables' rule since stop 36: the words run to the end
    # of their paragraph, never into the next one, which stays the page's)
    text = (
        "Tallow cuts its debt\n\n"
        "Tallow said its debt was gone, its chief Ana Ruiz said. “We are now free of debt, two years early."
        "\n\nTallow also sold a plant in Oslo, and Ruiz’s team will move to Bergen.\n"
    )
    assert speakers(text) == [("We are now", "Ana Ruiz")]
    assert "Oslo" not in source_result(text).analysis.quotes[0].text


def test_the_spokesperson_takes_up_the_company_voice_cited_before():
    text = (
        "Harbor cuts jobs\n\n"
        "Harbor Systems will cut 8,000 jobs this year.\n\n"
        "A Harbor spokeswoman confirmed the cuts. “We are making these changes to align our costs with "
        "demand,” the spokeswoman said.\n"
    )
    assert sources_of(text) == {("Harbor Systems", "organization")}
    # no company voice cited before: "the spokeswoman" of nobody named stays unnamed, never a guess
    alone = text.replace("A Harbor spokeswoman confirmed the cuts. ", "")
    assert ("the spokeswoman", "unnamed") in sources_of(alone)


def _quote_rules(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (" ".join(q.text.split()[:3]), q.speaker, q.rule)
        for q in source_result(text).analysis.quotes
        if q.kind == "speech"
    ]


def test_a_pronoun_the_text_used_for_one_sex_does_not_name_that_person_with_the_other():
    # "She said" named Ruiz; a "He said:" after it is not Ruiz, and the words after it carry no one over
    text = (
        "Tallow names a new chief\n\n"
        "Tallow named Ana Ruiz as its chief executive on Monday, replacing Ivo Stark.\n\n"
        f"She said: “{_WORDS}.”\n\nHe said:\n\n“We grew every year I was there and I am proud of it.”\n"
    )
    assert _quote_rules(text) == [
        ("The company is", "Ana Ruiz", "quote.cue-before"),
        ("We grew every", None, "quote.unresolved-cue"),
    ]


def test_a_quotation_with_an_ambiguous_pronoun_says_why_it_has_no_speaker():
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex
    from tui.app.refs import Selection
    from tui.app.widgets.explain import explain
    from tui.corpus.model import Article, ArticleMeta, Corpus

    text = (
        "Tallow names a new chief\n\n"
        "Tallow, the Oslo shipping group, named Ana Ruiz as its chief executive on Monday, replacing "
        f"John Ward.\n\nShe said: “{_WORDS}.”\n"
    )
    assert _quote_rules(text) == [("The company is", None, "quote.ambiguous-speaker")]
    corpus = Corpus("c", Path("."), [Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True))])
    analysis = analyse_corpus(corpus)
    (quote,) = analysis.articles["a"].quotes
    _, body = explain(ExploreIndex(corpus, analysis), Selection("quote", quote.id, "a", quote.span))
    assert "Speaker: not sure: the pronoun that cues it could name more than one person" in body.plain


def test_the_new_patterns_are_linear_on_a_two_megabyte_line():
    # each new pattern on a line of its own characters
    from tui.analysis.extract import attribution, quote_speakers

    doc = attribution._patterns()
    pairs = (
        (attribution._VERB_TAIL_END, " out investors on "),
        (attribution._OWN_WORDS, " has a stated mission of "),
        (attribution._QUOTED_AS_END, " was quoted "),
        (attribution._QUOTED_WHO_AS, "quoted Stark "),
        (attribution._THE_SPOKESPERSON, "the company's spokes"),
        (attribution._PERSON_TOLD_END, "The Tallow "),
        (attribution._PERSON_TOLD_END, "the 54-year-old "),
        (attribution._AGE_AFTER, ", 54"),
        (attribution._AGE_BEFORE, "54-year-old "),
        (doc["doc_np"], "a Tuesday "),
        (doc["possessive_doc_end"], "’s statement "),
        (quote_speakers._COLON_BEFORE_QUOTE, ": “"),
        (quote_speakers._TITLED_LEAD, "Chief "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20  # a quadratic scan of 2 MB would take hours
