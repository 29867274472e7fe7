"""Entity forms on unseen text (issue 11, stop 41, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import plain_article
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
