"""Who said a quotation, and when the extractor must say it does not know (issue 11, stop 25).

A copied quote that carries the wrong speaker is worse than none: these rules either find the
speaker the text names or leave the quotation without one. Every text here is invented; each test
names the form of text the rule is for and fails without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def run(text: str):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Per speech quotation: its first three words and the name of its speaker (None: unattributed)."""
    result = run(text)
    names = {s.id: s.name for s in result.sources}
    out = []
    for q in result.analysis.quotes:
        if q.kind != "speech":
            continue
        ids = q.source_ids or ((q.source_id,) if q.source_id else ())
        who = " and ".join(sorted(names.get(i, i) for i in ids)) or None
        out.append((" ".join(q.text.split()[:3]), who))
    return out


def source_names(text: str) -> set[str]:
    return {s.name for s in run(text).sources}


HEAD = "Tallow names a new chief\n\nTallow Group named Ivo Stark its chief executive on Monday.\n\n"


# --- a quotation cut off by the end of the excerpt --------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "“Tallow has always been a company that",  # curly
        '"Tallow has always been a company that',  # straight
    ],
)
def test_a_cut_off_quotation_carries_the_speaker_of_the_paragraph_right_before(tail: str) -> None:
    text = HEAD + "“We are glad to have him back,” said chair Lena Vey.\n\n" + tail
    assert speakers(text)[-1] == ("Tallow has always", "Lena Vey")


@pytest.mark.parametrize(
    "between",
    [
        "Shares of Tallow rose 4% on the news.\n\n",
        "The company makes sensors for farm machines. It employs 900 people.\n\n",
    ],
)
def test_a_cut_off_quotation_after_other_text_gets_no_speaker(between: str) -> None:
    # Its own cue ('..., X said.') was lost with the rest of the text: a speaker cited before the
    # narrative paragraph would be a guess.
    text = (
        HEAD
        + "“We are glad to have him back,” said chair Lena Vey.\n\n"
        + between
        + "“Tallow has always been a"
    )
    assert speakers(text)[-1] == ("Tallow has always", None)


def test_a_complete_quotation_paragraph_still_carries_over() -> None:
    text = (
        HEAD + "“We are glad to have him back,” said chair Lena Vey.\n\n"
        "Shares of Tallow rose 4% on the news.\n\n“He knows every shop we run.”\n"
    )
    assert speakers(text)[-1] == ("He knows every", "Lena Vey")


# --- a cue that ends the sentence before the quotation ---------------------------------------------

PELL = "“He is the right choice,” said Omar Pell, an analyst at Crane Partners.\n\n"


@pytest.mark.parametrize(
    "lead",
    [
        "In a note on Friday, Harbour Bank analyst Rita Moss agreed. ",
        "Rita Moss, who covers the firm for Harbour Bank, disagreed. ",
        "Harbour Bank analyst Rita Moss concurred. ",
    ],
)
def test_a_cue_ending_the_sentence_before_names_the_speaker(lead: str) -> None:
    # Without the rule the quotation went to the analyst quoted a paragraph earlier.
    text = HEAD + PELL + lead + "“The return of a veteran brings back what was missing.”\n"
    assert speakers(text)[-1] == ("The return of", "Rita Moss")


def test_a_colon_and_a_new_paragraph_after_the_cue() -> None:
    text = (
        HEAD + PELL + "Harbour Bank analyst Rita Moss said:\n\n“The return of a veteran brings back a lot.”\n"
    )
    assert speakers(text)[-1] == ("The return of", "Rita Moss")


def test_agreed_to_is_no_cue() -> None:
    text = "Tallow buys Harbour\n\nHarbour Labs agreed to a $2 billion offer from Tallow Group on Monday.\n"
    assert "Harbour Labs" not in source_names(text)


def test_an_outlet_ending_the_sentence_before_is_not_the_speaker() -> None:
    # "..., Bloomberg reported." then a bare quotation: the outlet relays someone it does not name here.
    text = HEAD + "Stark will start in May, Bloomberg reported. “We need a reset at the top of the group.”\n"
    assert speakers(text)[-1] == ("We need a", None)


# --- continuing a speaker past another person ----------------------------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "Harbour Bank analyst Rita Moss was less sure about the timing. ",
        "Rita Moss, who covers the firm for Harbour Bank, has doubts.\n\n",
    ],
)
def test_another_person_named_between_stops_the_carried_speaker(middle: str) -> None:
    text = HEAD + PELL + middle + "“The board waited far too long to act on this.”\n"
    assert speakers(text)[-1] == ("The board waited", None)


def test_a_person_named_in_the_quotations_own_sentence_does_not_stop_it() -> None:
    # "Schultz had “criticized ...”": the words are still the cited outlet's, about the person.
    text = (
        HEAD + "Stark was “the first outsider to run the group,” per the Daily Ledger. However, Lena Vey "
        "had “openly doubted how Stark and his team ran the shops,” it added.\n"
    )
    assert speakers(text)[0] == ("the first outsider", "Daily Ledger")


# --- "he said", "she added" ------------------------------------------------------------------------

PRONOUN = (
    "Tallow invests in Harbour\n\nTallow Group will invest $2 billion in Harbour Labs, chairman Ivo Stark "
    "said on Monday.\n\n“We are glad to welcome Tallow as an investor,” Stark said.\n\n"
)


def test_a_name_inside_a_quotation_is_never_the_pronouns_person() -> None:
    text = PRONOUN + "“Orbis has paid $700 million. We have a strong Balance Sheet for growth,” he said.\n"
    assert speakers(text)[-1] == ("Orbis has paid", "Ivo Stark")


@pytest.mark.parametrize("name", ["Rights Issue", "Bridge Loan"])
def test_a_capitalized_pair_typed_a_person_by_its_shape_alone_is_not_the_pronouns_person(name: str) -> None:
    # The nearest "person" is a title-case term in a list of figures: "he" is the person who spoke
    # last (the chairman), never that term.
    text = (
        PRONOUN + f"This includes a $1 billion {name} and money from other investors.\n\n"
        "“It puts us far ahead of our goal,” he said.\n"
    )
    assert speakers(text)[-1] == ("It puts us", "Ivo Stark")


@pytest.mark.parametrize(
    "lead",
    [
        # nobody has spoken before
        "Tallow invests in Harbour\n\nTallow Group will invest $2 billion in Harbour Labs on Monday.\n\n",
        # the last speaker is a woman the text calls Ms.
        "Tallow invests in Harbour\n\nTallow Group will invest $2 billion in Harbour Labs, chair Ms. Lena Vey "
        "said on Monday.\n\n",
    ],
)
def test_a_capitalized_pair_with_no_agreeing_speaker_gives_no_speaker(lead: str) -> None:
    text = (
        lead
        + "This includes a $1 billion Rights Issue and money from other investors.\n\n“It puts us ahead,” he said.\n"
    )
    assert speakers(text)[-1] == ("It puts us", None)


def test_a_person_known_only_by_the_shape_of_the_name_is_taken_once_cited() -> None:
    text = (
        "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs for $2 billion.\n\n"
        "“It is a lot of money,” said Tomas Ekberg, a former Harbour engineer. Harbour shares rose 9%.\n\n"
        "“The contracts were up for renewal anyway,” he said.\n"
    )
    assert speakers(text)[-1] == ("The contracts were", "Tomas Ekberg")


@pytest.mark.parametrize(
    "voice, pronoun",
    [
        ("a spokeswoman for Tallow said", "she added"),
        ("a Tallow spokesman said", "he added"),
        ("a spokesperson at Tallow said", "she said"),
    ],
)
def test_a_pronoun_after_a_company_voice_is_the_company(voice: str, pronoun: str) -> None:
    text = (
        "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs from founder Omar Pell for $2 billion, "
        f"{voice}. “We expect the deal to close next year,” {pronoun}.\n"
    )
    assert speakers(text) == [("We expect the", "Tallow Group")]


def test_a_person_named_after_the_company_voice_is_the_pronouns() -> None:
    text = (
        "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs for $2 billion, a spokeswoman for Tallow "
        "said. Finance chief Lena Vey will run the merger. “We will keep every shop open,” she said.\n"
    )
    assert speakers(text)[-1] == ("We will keep", "Lena Vey")


# --- a document's words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"Harbour shareholders will receive $12 in cash for each share," the filing reads.',
    ],
)
def test_a_quotation_a_document_reads_is_the_documents(sentence: str) -> None:
    text = "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs for $2 billion.\n\n" + sentence + "\n"
    got = speakers(text)
    assert len(got) == 1 and got[0][0] == "Harbour shareholders will" and got[0][1] is not None
    assert got[0][1].startswith(("a ", "the ")) or "(" in got[0][1]  # a document, no company guessed


def test_a_quotation_the_statement_reads_is_the_head_companys() -> None:
    # stop 54 (the tables' reading): "the statement" no one was told to make is the statement of the company
    # the page's head names first
    text = (
        "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs for $2 billion.\n\n"
        "“Harbour shareholders will receive $12 in cash for each share,” the statement read.\n"
    )
    assert speakers(text) == [("Harbour shareholders will", "Tallow Group")]


def test_only_a_document_reads() -> None:
    text = (
        "Tallow buys Harbour\n\nTallow Group will buy Harbour Labs. “We will keep the name,” Harbour read.\n"
    )
    assert speakers(text)[-1][1] is None


# --- the two companies ---------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["said in July", "had said", "wrote in a joint release"])
def test_the_two_companies_are_the_pair_the_sentence_joins_with_and(verb: str) -> None:
    # The article names Orbis and Tallow most; the sentence's own "A and B" are the two companies.
    text = (
        "Orbis backs Tallow\n\nOrbis Holdings said Tallow Group will get $2 billion from Orbis. Orbis and "
        "Tallow Group signed on Monday.\n\n"
        f"Tallow Group and Harbour Labs will also build a phone, “a cheap handset for first-time buyers”, the two companies {verb}.\n"
    )
    assert speakers(text) == [("a cheap handset", "Harbour Labs and Tallow Group")]


def test_a_pair_not_joined_by_and_leaves_the_story_parties() -> None:
    text = (
        "Tallow backs Harbour\n\nTallow Group will invest $2 billion in Harbour Labs. Tallow Group and Harbour "
        "Labs signed on Monday.\n\nHarbour Labs will use Orbis Cloud for its servers, “the best we could find”, "
        "the two companies said.\n"
    )
    assert speakers(text) == [("the best we", "Harbour Labs and Tallow Group")]


# --- a joint statement: its parties speak, never "a statement" (stop 26) ----------------------------

JOINT_LEADS = [
    # the parties in the sentence, the document after them (any verb of the deal, any release noun)
    "Tallow Group will acquire Brindle Systems for $40 a share, according to a joint release on Tuesday.",
    "Tallow Group agreed to buy Brindle Systems for $3 billion in cash, according to a joint statement.",
    "Brindle Systems is merging with Tallow Group, the two said in a joint statement on Monday.",
    # the parties as the subject: "A and B said in a joint statement"
    "Tallow Group and Brindle Systems said in a joint statement that the units would merge.",
    "On Monday, Tallow Group and Brindle Systems announced in a joint release that the units would merge.",
]


@pytest.mark.parametrize("lead", JOINT_LEADS)
@pytest.mark.parametrize(
    "back",
    [
        "“Together we will serve ten thousand hospitals,” the statement said.",
        "“Together we will serve ten thousand hospitals,” the release said.",
        "According to the joint statement, “together we will serve ten thousand hospitals.”",
    ],
)
def test_a_joint_statement_is_its_parties_words(lead: str, back: str) -> None:
    text = "Tallow to buy Brindle\n\n" + lead + "\n\n" + back + "\n"
    assert speakers(text) == [(speakers(text)[0][0], "Brindle Systems and Tallow Group")]
    assert not any(n.startswith("a ") for n in source_names(text)), source_names(text)


def test_a_quotation_carried_after_a_joint_statement_stays_the_parties() -> None:
    text = (
        "Tallow to buy Brindle\n\nTallow Group will acquire Brindle Systems for $40 a share, according to a "
        "joint statement.\n\n“Together we will serve ten thousand hospitals,” the statement said.\n\n"
        "“The deal should add to earnings in its second year,” it added.\n"
    )
    assert [who for _, who in speakers(text)] == ["Brindle Systems and Tallow Group"] * 2


def test_a_joint_statement_with_no_clear_parties_stays_a_document() -> None:
    # three companies named once each: no two parties to give it to, so no guess
    text = (
        "Deal talk\n\nTallow Group, Brindle Systems and Orbis Holdings were all named in the filing, "
        "according to a joint statement.\n\n“We will say more in June,” the statement said.\n"
    )
    assert speakers(text) == [("We will say", "a statement")]


def test_a_statement_from_one_company_is_that_companys_later() -> None:
    text = (
        "Tallow buys Brindle\n\nTallow Group is buying Brindle Systems for $2 billion, according to a "
        "statement from Tallow Group.\n\n“The purchase brings our tools to every store,” the statement said.\n"
    )
    # the body itself since stop 38 (the tables' convention: what a body issues about itself is its
    # own voice, never a document "Tallow Group (statement)")
    assert speakers(text) == [("The purchase brings", "Tallow Group")]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Ivo Stark and Lena Vey wrote that “the plan took two years to make.”", "Ivo Stark and Lena Vey"),
        (
            "On Friday, Tallow Group and Brindle Systems said “the plan took two years.”",
            "Brindle Systems and Tallow Group",
        ),
        # the second name opens another clause: it speaks alone
        (
            "Tallow Group bought Orbis Holdings and Brindle Systems said “the plan took two years.”",
            "Brindle Systems",
        ),
        (
            "Tallow Group merged with Orbis Holdings and Brindle Systems said “the plan took two years.”",
            "Brindle Systems",
        ),
    ],
)
def test_two_names_joined_by_and_as_the_subject_speak_together(sentence: str, who: str) -> None:
    text = "Tallow to buy Brindle\n\n" + sentence + "\n"
    assert speakers(text)[0][1] == who


# --- "the CEO" for a person further back (stop 26) ---------------------------------------------------

TWO_CEOS = (
    "Tallow to buy Brindle\n\nTallow Group will buy Brindle Systems for $3 billion. Tallow CEO Ivo Stark "
    "called the price fair.\n\nBrindle Systems chief executive Lena Vey will stay on to run the unit.\n\n"
    "Shares of Brindle rose 12% on Monday and analysts expect the deal to close in June.\n\n"
)


@pytest.mark.parametrize("anaphor", ["the CEO said", "the chief executive said", "the CEO added"])
def test_the_ceo_of_two_ceos_named_further_back_gets_no_speaker(anaphor: str) -> None:
    text = TWO_CEOS + f"“This is the start of a long road,” {anaphor}.\n"
    # no name: none, or the unnamed "the chief executive" as written
    assert speakers(text)[0][1] in (None, "the chief executive")


@pytest.mark.parametrize("anaphor", ["the CEO said", "the chief executive said", "the CEO added"])
def test_the_ceo_the_article_titles_once_is_that_person(anaphor: str) -> None:
    text = TWO_CEOS.replace("Brindle Systems chief executive Lena Vey", "Brindle Systems founder Lena Vey")
    assert speakers(text + f"“This is the start of a long road,” {anaphor}.\n") == [
        ("This is the", "Ivo Stark")
    ]


def test_the_ceo_right_after_the_sentence_naming_one_of_two_is_that_one() -> None:
    text = TWO_CEOS.split("Shares of")[0].rstrip() + " “This is the start of a long road,” the CEO said.\n"
    assert speakers(text) == [("This is the", "Lena Vey")]


@pytest.mark.parametrize(
    "cue",
    [
        "the report by Tallow Group and Brindle Systems read",
        "a statement from Tallow Group and Brindle Systems said",
        "the joint release by Tallow Group and Brindle Systems said",
    ],
)
def test_a_document_of_two_companies_is_both_of_theirs(cue: str) -> None:
    text = (
        "Tallow to buy Brindle\n\nTallow Group is buying Brindle Systems for $2 billion.\n\n"
        f"“Brindle holders will get $26 and a Tallow share for each share,” {cue}.\n"
    )
    assert speakers(text) == [("Brindle holders will", "Brindle Systems and Tallow Group")]


def test_a_document_of_one_company_reads_as_that_companys() -> None:
    text = (
        "Tallow to buy Brindle\n\nTallow Group is buying Brindle Systems for $2 billion.\n\n"
        "“Brindle holders will get $26 for each share,” the filing by Tallow Group reads.\n"
    )
    assert speakers(text) == [("Brindle holders will", "Tallow Group (filing)")]
