"""Who speaks, in forms the stop-55 bench showed (speakers55). Every text here is invented; each form is
written down as a general shape, with three wordings that differ from the pages that showed it and from
each other, and near misses that must not be read so. The last test copies the quotations as a user's
`c` does and pins the speaker the citation names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import quote_speakers as speakers
from tests.factories import sources_of

_HEAD = "Tallow bids for Brenvik\n\nTallow offered on Monday to buy Brenvik for $90 million.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (1) "<words>, said <Org>. “...,” it said" --------------------------------------------------------------
# The FORM: a sentence ends with an organization cited after the words it stands for ("..., said Nordvik
# Capital, which owns 6% of Brenvik", "..., Nordvik Capital said"); the next sentence's quotation is told
# with "it said". The opening of the sentence before ("Tallow's bid should ...") is part of the cited
# words, so "it" is the organization cited there, never that opening's company (a fund's words were given
# to the buyer). Near misses: a person cited there is no "it"; a sentence between breaks the run.


@pytest.mark.parametrize(
    ("paragraphs", "start", "speaker"),
    [
        (
            (
                "Tallow's bid should reflect the worth of the mines, said Nordvik Capital, which owns 6% of Brenvik.",
                "“This calls for a real rise in the price,” it said.",
            ),
            "This calls for",
            "Nordvik Capital",
        ),
        (
            (
                "The offer undervalues the plants badly, said Ostrava Holdings, the largest holder of Brenvik "
                "shares. “We will not sell at this level,” it said.",
            ),
            "We will not",
            "Ostrava Holdings",
        ),
        (
            (
                "Brenvik's board has left too much risk with small holders, Kestrel Partners warned on Tuesday. "
                "“The risks sit with the minority and no one else,” it added.",
            ),
            "The risks sit",
            "Kestrel Partners",
        ),
    ],
)
def test_it_after_an_organization_cited_after_its_words_is_that_organization(
    paragraphs: tuple[str, ...], start: str, speaker: str
) -> None:
    assert speakers(_story(*paragraphs)) == [(start, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a person is cited after the words: "it" is not the person's firm
        "Tallow's bid should reflect the worth of the mines, said Ana Ruiz, a fund manager at Nordvik "
        "Capital. “This calls for a real rise in the price,” it said.",
        # a sentence between: the cited words are no longer the sentence before
        "Tallow's bid should reflect the worth of the mines, said Nordvik Capital. Brenvik shares rose 4% on "
        "the news. “This calls for a real rise in the price,” it said.",
    ],
)
def test_near_miss_it_is_not_the_organization_cited_after_its_words(paragraph: str) -> None:
    got = speakers(_story(paragraph))
    assert len(got) == 1 and got[0][0] == "This calls for"
    assert got[0][1] != "Nordvik Capital"


# --- (2) "<clause with no body as subject>, it said" goes on in the cited body's voice ----------------------
# The FORM: a sentence cites an organization ("Tallow said in a statement that ...", "In a release, Quill
# Capital said ..."); the next one tells more with ", it said" after a clause whose subject is no body
# ("Final terms will be agreed later, it said, adding that <another body> ..."), and a quotation follows
# with "it said". The middle "it" is the organization cited just before (bodies named only after the cue
# do not stand in its way), so the quotation after it is that organization's too. Near miss: a clause
# that names a body before ", it said" ("Sales at Harbour Mining fell, it said") is no continuation.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Tallow said in a statement that it would close the plant in Lyon. Final terms will be agreed "
            "later, it said, adding that Harbour Mining has agreed to buy the site. “We expect to finish by "
            "June,” it said.",
            "We expect to",
            "Tallow",
        ),
        (
            "In a release, Quill Capital said it would buy the stake in two steps. The price will be set by "
            "an outside adviser, it said, noting that Brenvik backs the plan. “Quill wants this done within "
            "the year,” it added.",
            "Quill wants this",
            "Quill Capital",
        ),
        (
            "Harbour Mining said on Friday it had dropped its bid. No new offer is planned, it said, after "
            "Tallow raised its price for Brenvik. “We will not chase this deal,” it said.",
            "We will not",
            "Harbour Mining",
        ),
    ],
)
def test_it_after_a_clause_with_no_body_goes_on_in_the_cited_voice(
    paragraph: str, start: str, speaker: str
) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


def test_near_miss_a_clause_that_names_a_body_is_no_continuation() -> None:
    text = _story(
        "In a release, Quill Capital said it would buy the stake in two steps. Sales at Harbour Mining fell "
        "5% last year, it said. “Quill wants this done within the year,” it added."
    )
    assert speakers(text) == [("Quill wants this", None)]


# --- (3) a wire's brand with "News" is the wire ------------------------------------------------------------
# The FORM: "AP News" is how the Associated Press brands its site, as "Bloomberg News" and "BBC News" are
# their outlets' (the gazetteer's aliases); a report by it, "according to" it or "it reported" cites the
# outlet. Near miss: "AP" inside another word or a reader of its newsletter cites no one.


@pytest.mark.parametrize(
    "sentence",
    [
        "A report by AP News suggests that Tallow's chief will step aside in May.",
        "Tallow's chief will step aside in May, AP News reported on Sunday.",
        "According to AP News, the chief of Tallow plans to leave in the spring.",
    ],
)
def test_ap_news_is_the_associated_press(sentence: str) -> None:
    assert ("Associated Press", "outlet") in sources_of(_story(sentence))


def test_near_miss_an_ap_newsletter_reader_is_no_outlet() -> None:
    got = sources_of(_story("An APNews newsletter reader wrote that Tallow will go."))
    assert not any(kind == "outlet" for _name, kind in got)


# --- (4) a two-word nationality and "Tonight" before the body that opens the sentence ------------------------
# The FORM: the sentence before opens with its body after its kind, the kind after a nationality of two
# words ("South Korean chip maker Quill", "North American rail operator Kiora"), perhaps after "Tonight"
# as after "Today"; an "It" opening the next sentence ("It’s acquiring <X>’s “...”", "“...,” it said") is
# that body, as it is after a one-word nationality ("Korean chip maker Quill"). Near miss: a person after
# the kind ("chip maker head <Name>") gives no body, so the "it" stays unresolved.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Tonight South Korean chip maker Quill announced a deal with Brenvik. It’s acquiring Brenvik’s "
            "“memory unit and its two plants in Dalian.”",
            "memory unit and",
            "Quill",
        ),
        (
            "North American rail operator Kiora said on Monday it would buy the line. “This gives us a route "
            "to the coast,” it said.",
            "This gives us",
            "Kiora",
        ),
        (
            "Tonight, South African chip maker Kestrel raised its offer for the estates. “We will pay what it "
            "takes,” it said.",
            "We will pay",
            "Kestrel",
        ),
    ],
)
def test_it_after_a_body_told_with_its_nationality_and_kind(paragraph: str, start: str, speaker: str) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


def test_near_miss_a_person_after_the_kind_gives_no_body() -> None:
    text = _story(
        "South Korean chip maker head Ivo Stark said on Monday he would buy the line. “This gives us a route "
        "to the coast,” it said."
    )
    assert speakers(text) == [("This gives us", None)]


# --- (5) "<Name> assured <audience> of / that ..." ----------------------------------------------------------
# The FORM: a verb of assuring or promising whose object is an announcement's audience (investors, staff,
# shareholders), then "of" or "that" with what was assured ("had assured investors of deep cost cuts",
# "reassured staff that ..."): words told to them, so the subject is cited, as "told investors" is.
# Near misses: a promise of a thing with no audience ("promised a review") and an audience with nothing
# assured after it cite no one.


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Tallow chief executive Ivo Stark had assured investors of deep cost cuts at the annual meeting.",
            "Ivo Stark",
        ),
        (
            "At a town hall, Tallow finance chief Lena Vey reassured staff that no plant would close.",
            "Lena Vey",
        ),
        ("Tallow chief Ana Ruiz promised shareholders that the dividend would rise next year.", "Ana Ruiz"),
    ],
)
def test_assuring_an_audience_cites_the_subject(sentence: str, source: str) -> None:
    assert (source, "person") in sources_of(_story(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow chief Ana Ruiz promised a review of the plants.",
        "Tallow chief Ana Ruiz assured investors at the meeting.",
    ],
)
def test_near_miss_a_promise_with_no_audience_told_cites_no_one(sentence: str) -> None:
    assert ("Ana Ruiz", "person") not in sources_of(_story(sentence))


# --- the copy a user takes: `c` on each quotation names its speaker ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "words", "cited"),
    [
        (
            (
                "Tallow's bid should reflect the worth of the mines, said Nordvik Capital, which owns 6% of Brenvik.",
                "“This calls for a real rise in the price,” it said.",
            ),
            "This calls for a real rise in the price",
            "price,” Nordvik Capital said",
        ),
        (
            (
                "In a release, Quill Capital said it would buy the stake in two steps. The price will be set by "
                "an outside adviser, it said, noting that Brenvik backs the plan.",
                "“Quill wants this done within the year,” it added.",
            ),
            "Quill wants this done within the year",
            "year,” Quill Capital said",
        ),
    ],
)
def test_copying_the_quotation_names_its_speaker(
    tmp_path: Path, paragraphs: tuple[str, ...], words: str, cited: str
) -> None:
    from tui.analysis.citation import format_passage
    from tui.analysis.pipeline import analyse
    from tui.analysis.voice import passage_for
    from tui.corpus.loader import load_loose_files

    page = tmp_path / "forms.txt"
    page.write_text(_story(*paragraphs), encoding="utf-8")
    corpus = load_loose_files([page])
    analysis = analyse(corpus, use_cache=False)
    article = corpus.articles[0]
    copied = [
        format_passage(passage_for(analysis, article, q.span, "quote", q.id), "plain")
        for q in analysis.quotes
        if q.text.startswith(words)
    ]
    assert len(copied) == 1 and cited in copied[0], copied
