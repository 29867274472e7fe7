"""Who said it, third round (stop 57, "speakers57"). Every text here is invented (other names, trades, figures and
sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings and
a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speakers, sources_of

# --- 1. a company's top post told by its owner, its holder never named ----------------------------------------------
# The FORM: "<Co>'s chief executive said", "The <trade> maker's CEO (in May) had said", "The CEO of another <trade>
# firm, <Co> (<ticker>), told <outlet>": one person, the holder of that post, whom the page never names. The source
# is that person (kind person), named by the company and the post ("<Co> CEO") or, with no company named, by the
# words as written; never an anonymous source, never the company itself and never nobody. NEAR MISS: the page
# names the holder of that company's post before ("<Co> CEO <Name>"): the words take that person up; an
# indefinite "a <Co> executive" stays an unnamed source.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Orbitex cuts 900 jobs\n\nOrbitex will cut 900 jobs across its plants. Brenvik's chief executive said "
            "on Monday that demand for trailers had slowed.\n",
            ("Brenvik chief executive", "person"),
        ),
        (
            "Orbitex cuts 900 jobs\n\nOrbitex will cut 900 jobs. Rivals feel the slowdown as well. The truck "
            "maker's CEO in March had said that tariffs should not change its plans.\n",
            ("the truck maker's CEO", "person"),
        ),
        (
            "Harbour Cloud trims staff\n\nHarbour Cloud is cutting 4% of its staff. The CEO of another software "
            "firm, Tallow Systems Inc (TLW.N), told Reuters this week that clients were trimming budgets.\n",
            ("Tallow Systems CEO", "person"),
        ),
    ],
)
def test_an_owned_post_with_no_name_is_its_holder(text: str, source: tuple[str, str]) -> None:
    assert source in sources_of(text)
    assert not any(kind == "unnamed" for _, kind in sources_of(text))


def test_an_owned_post_with_no_name_speaks_a_quotation() -> None:
    text = (
        "Mast sheds staff\n\nMast will close two depots. “Orders have not come back,” Kestrel Freight's chief "
        "executive said on Tuesday.\n"
    )
    assert quote_speakers(text) == [("Orders have not", "Kestrel Freight chief executive")]


def test_near_miss_the_named_holder_is_taken_up() -> None:
    text = (
        "Orbitex cuts 900 jobs\n\nBrenvik CEO Ana Ruiz spoke at a fair in May. Orbitex will cut 900 jobs. "
        "Brenvik's chief executive said on Monday that demand for trailers had slowed.\n"
    )
    named = {name for name, kind in sources_of(text) if kind == "person"}
    assert named == {"Ana Ruiz"}


# NEAR MISS (after review): the person titled so earlier on the page heads another company whose name opens on the same
# word ("Harbour Bank" / "Harbour Trust"). The words take up the holder of that company's post only when the whole
# company's name is the owner's: here no one is taken up, and the source is the unnamed holder ("<Co> CEO").
@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        (
            "Harbour Trust sells loan book\n\nHarbour Bank chief executive Ana Ruiz spoke at a banking fair in May. "
            "Harbour Trust, a separate lender, will sell its loan book. Harbour Trust's chief executive said on "
            "Monday that the sale would close by June.\n",
            "Harbour Trust chief executive",
            "Ana Ruiz",
        ),
        (
            "Kestrel Air adds routes\n\nKestrel Rail CEO Tomas Berg opened a new station in April. Kestrel "
            "Air will fly to six new cities. “Demand for summer flights is the highest we have seen,” Kestrel Air's "
            "CEO said on Wednesday.\n",
            "Kestrel Air CEO",
            "Tomas Berg",
        ),
        (
            "Nordvik Paper to shut mill\n\nNordvik Energy's chief executive, Lena Holm, opened a wind farm last "
            "week. Nordvik Paper will shut its mill in Umea. Pulp prices have fallen too far, Nordvik Paper's CEO "
            "told reporters.\n",
            "Nordvik Paper CEO",
            "Lena Holm",
        ),
    ],
)
def test_near_miss_a_holder_at_a_company_of_the_same_first_word_is_not_taken_up(
    text: str, holder: str, other: str
) -> None:
    assert (holder, "person") in sources_of(text)
    assert other not in {name for name, _ in sources_of(text)}
    assert all(name != other for _, name in quote_speakers(text))


def test_near_miss_an_indefinite_executive_stays_unnamed() -> None:
    text = "Orbitex cuts 900 jobs\n\nOrbitex will cut 900 jobs. A Brenvik executive said demand had slowed.\n"
    assert not any(kind == "person" for _, kind in sources_of(text))


# --- 2. a source named only by its role towards a matter ------------------------------------------------------------
# The FORM: "<people|sources|a person> <familiar with|close to|involved in|briefed on> the <matter>" cites an
# anonymous source whatever the matter's noun is (a case, a project, a negotiation, an effort, a lawsuit, not only
# "the matter" or "the talks"), before or after the verb and after "according to". NEAR MISS: the same words with
# no reporting cue ("Customers familiar with the case were upset") cite no one.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Tallow deal\n\nTallow is set to close its purchase of Mast at $40 a share, said sources familiar with "
            "the case.\n",
            "sources familiar with the case",
        ),
        (
            "Harbour bid\n\nTwo people close to the negotiation said on Friday that Harbour would bid again for "
            "Kestrel.\n",
            "two people close to the negotiation",
        ),
        (
            "Orla hiring\n\nAccording to a person involved in the project, Orla will hire 300 engineers in Lyon.\n",
            "a person involved in the project",
        ),
    ],
)
def test_a_role_towards_any_matter_is_an_anonymous_source(text: str, source: str) -> None:
    assert (source, "unnamed") in sources_of(text)


def test_near_miss_role_words_with_no_cue_cite_no_one() -> None:
    text = "Tallow deal\n\nCustomers familiar with the case were upset about the delay at Tallow.\n"
    assert sources_of(text) == set()
