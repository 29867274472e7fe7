"""Entity forms on unseen text (stop 51, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import analyse_article, plain_article, someone_among
from tests.factories import entity_types as names

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
