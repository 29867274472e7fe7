"""Which comparison aspect holds which table slot, and whether a contradiction flag is true.

A fact table lists *representative* discrepancy pairs: "a08's $18B vs a01's $24B" stands for every
pair of articles that state those two values. The rule (docs/coverage-bench.md, "Contradiction
flags"): a flag on (aspect, a, b) is TRUE when

both articles' cells hold the values the table gives them for that slot (`fact_right`: a flag drawn
between a wrong value and a right one shows the reader a conflict that is not there, even on a pair
the table lists), and

1. the table lists a contradiction for that aspect's slot between a and b ("listed"), or
2. it is implied by the table: the table lists a contradiction for that slot between two articles
   x, y whose table values are a's and b's ("implied by x~y"). Two articles' table values are the same
   when they match as `fact_right` matches (money within 0.5% in one currency, titles by canonical
   form) with the same hedge, or the listed article's hedged figure stated bare (a point inside the
   hedged range contradicts whatever the range contradicts); an article that is a copy_of /
   same_wire_as of the listed one needs the same value only (its hedge may differ).

A "stage change" verdict (a figure reported in talks against the figure agreed or closed,
compare/verdicts.py) is no flag. It is judged by `stage_pair`: the table's own status facts put the
two articles at two stages of the deal (talks or rumoured; agreed, announced or closed; collapsed or
denied, the talks' or the deal's end). On such a
pair it is the right kind for a table discrepancy of kind contradiction or precision (tables written
before the verdict existed mark a talks figure against the final one either way: "around $13
billion" vs "$14 billion" a contradiction, "$6.5 billion" vs "$6.6 billion" a precision difference),
and it catches a contradiction the table implies.

Anything else is FALSE, and says why: "wrong value for a09: tool $4B, table $2.75B" (the tool's cell
holds a value the table does not give that article: a wrong fact chosen, even where the two values
do conflict), or "not in table" (both values right, but the table marks no contradiction between
such values), or "no table slot" (an aspect no table slot maps to: past deals, themes).

Pure functions over a FactTable and the values the comparison's cells hold; bench/coverage.py
gathers those values from a run. Nothing here knows the analysis model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from bench.coverage_facts import Fact, FactTable, TableArticle
from bench.coverage_match import (
    MONEY_SLOTS,
    Assigned,
    canonical_title,
    fact_right,
    fold,
    fold_name,
    money_matches,
    number_matches,
    pair_key,
)

#: The comparison's aspect class that holds each slot's value today.
ASPECT_OF_SLOT = {
    "amount": "amount",
    "total": "total",
    "valuation": "valuation",
    "pre_money": "pre_money",  # the valuation before the new money (the comparison's aspect "Pre-money valuation")
    "stake": "stake",
    "count": "count",  # a layoff's jobs cut (the comparison's aspect "Jobs cut")
    "share": "share",  # a layoff's share of the workforce
    "new_title": "leadership",
    "modifier": "leadership",
    "interim": "leadership",  # discrepancies only: the interim holder's title
    # an appointment's days (stop 35): the day the change takes effect, and the announcement's date,
    # which the comparison shows in the Effective row when the extractor gives one day for both
    # (aspects.yaml `fact_restated`); a day is no figure, so their flags are judged by listing only
    "effective": "effective",
    "date": "date",
    # a payment owed when the deal ends, and the buyer's reverse fee (stop 63): the comparison's rows "Break-up fee"
    # and "Reverse break-up fee"; each article's value is its table `compared:` figure (no key fact)
    "breakup_fee": "breakup_fee",
    "reverse_fee": "reverse_fee",
}
#: Slots whose comparison row may be another slot's: an appointment's date restated as the day it
#: takes effect is in the Effective row (aspects.yaml `fact_restated`).
RESTATED_IN = {"date": "effective"}
#: Slots the comparison's cells cannot be read back for (a day, not a figure or a title).
DAY_SLOTS = frozenset({"effective", "date"})
#: The table slot a numeric aspect holds (the inverse of ASPECT_OF_SLOT without the titles).
SLOT_OF_ASPECT = {cls: slot for slot, cls in ASPECT_OF_SLOT.items() if cls != "leadership"}
_TITLE_MODIFIERS = ("interim", "acting", "co")


def surname_key(name: str) -> str:
    """What the comparison keys a person's aspects by: the folded surname ("leadership:niccol")."""
    words = fold(name).split()
    return words[-1] if words else ""


def holders(table: FactTable, article_id: str, slot: str) -> list[str]:
    """Whose title a slot is: the appointed person(s) for new_title and modifier (two for a shared
    post), the interim holder for interim; [] for a slot that is nobody's title."""
    if ASPECT_OF_SLOT.get(slot) != "leadership":
        return []
    fact = table.article(article_id).facts.get("interim" if slot == "interim" else "person")
    if fact is None:
        return []
    names = fact.value if isinstance(fact.value, tuple) else (fact.value,)
    return [n for n in names if isinstance(n, str) and n.strip()]


def aspect_ids_of(table: FactTable, slot: str, articles: Iterable[str]) -> set[str]:
    """The comparison aspects that hold `slot` for these articles: "amount" for a deal's amount,
    "leadership:<surname>" for the title of the person the table names (new_title and modifier:
    the appointed person; interim: the interim holder). Empty: the comparison has none."""
    cls = ASPECT_OF_SLOT.get(slot)
    if cls is None:
        return set()
    if cls != "leadership":
        return {cls} | ({RESTATED_IN[slot]} if slot in RESTATED_IN else set())
    return {f"leadership:{surname_key(p)}" for aid in articles for p in holders(table, aid, slot) if p}


def listed_contradictions(
    table: FactTable, analysed: Iterable[str] | None = None
) -> set[tuple[str, str, str]]:
    """(aspect id, article, article) of every contradiction the table lists (each pair of a
    discrepancy naming more than two articles), restricted to `analysed` articles when given."""
    keep = set(analysed) if analysed is not None else None
    out = set()
    for d in table.discrepancies:
        if d.kind != "contradiction":
            continue
        for a, b in combinations(d.articles, 2):
            if keep is not None and (a not in keep or b not in keep):
                continue
            out |= {(asp, *pair_key(a, b)) for asp in aspect_ids_of(table, d.slot, (a, b))}
    return out


#: The stage each table status tells: before a price is fixed, and after (compare/verdicts.py STAGES).
TABLE_STAGES = {
    "rumored": "talks",
    "talks": "talks",
    "agreed": "settled",
    "announced": "settled",
    "closed": "settled",
    "collapsed": "ended",
    "denied": "denied",
    "rejected": "talks",  # an offer turned down: its price is still a proposal's
    "withdrawn": "ended",  # the bidder walked away
}
#: The comparison's verdict for a figure that moved with the deal's stage.
STAGE_CHANGE = "stage change"


def table_stage(table: FactTable, article_id: str) -> str | None:
    """The stage of the deal the table gives one article ("talks", "settled", "ended", "denied"), None
    when it gives none."""
    try:
        fact = table.article(article_id).facts.get("status")
    except KeyError:
        return None
    return TABLE_STAGES.get(str(fact.value)) if fact is not None and fact.value is not None else None


def stage_pair(table: FactTable, a: str, b: str) -> bool:
    """Does the table put the two articles at two stages of the deal (talks, settled, or the talks'
    or the deal's end: collapsed, denied)?"""
    sa, sb = table_stage(table, a), table_stage(table, b)
    return sa is not None and sb is not None and sa != sb


def stage_kind_right(table: FactTable, kind: str, verdict: str | None, a: str, b: str) -> bool:
    """Is the comparison's "stage change" the right kind for a table discrepancy of `kind` between a
    and b? Yes for a contradiction or a precision difference between two articles the table puts at
    two stages (module docstring)."""
    return verdict == STAGE_CHANGE and kind in ("contradiction", "precision") and stage_pair(table, a, b)


# --- the table's value of an aspect for one article ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableValue:
    """What the table gives one article for one aspect: a slot's fact, or a person's title."""

    slot: str  # amount | total | valuation | stake | new_title (the appointed person) | interim
    fact: Fact | None = None  # the slot's fact (new_title for a person)
    modifiers: frozenset[str] = frozenset()  # a title's modifiers (interim, acting, co)


def table_value(table: FactTable, aspect_id: str, article_id: str) -> TableValue | None:
    """The table's value of `aspect_id` for one article, or None when the table gives none."""
    try:
        art = table.article(article_id)
    except KeyError:
        return None
    if aspect_id in SLOT_OF_ASPECT:
        slot = SLOT_OF_ASPECT[aspect_id]
        fact = art.facts.get(slot) or art.compared.get(slot)
        return None if fact is None or fact.value is None else TableValue(slot, fact)
    if not aspect_id.startswith("leadership:"):
        return None
    key = aspect_id.split(":", 1)[1]
    if any(surname_key(p) == key for p in holders(table, article_id, "new_title")):
        title = art.facts.get("new_title")
        return TableValue("new_title", title, _modifiers(art))
    if any(surname_key(p) == key for p in holders(table, article_id, "interim")):
        return TableValue("interim", None, frozenset({"interim"}))
    return None


def _modifiers(art: TableArticle) -> frozenset[str]:
    fact = art.facts.get("modifier")
    if fact is None or fact.value is None:
        return frozenset()
    values = fact.value if isinstance(fact.value, tuple) else (fact.value,)
    return frozenset(v for v in values if v in _TITLE_MODIFIERS)


def cell_holds(want: TableValue, got: Assigned | None) -> bool:
    """Does the tool's cell hold the value the table gives? Titles: canonical title and the set of
    modifiers; an interim holder: "interim" or "acting" among the modifiers (the table names the
    holder, not the post)."""
    if got is None or got.value is None:
        return False
    if want.slot == "interim":
        return bool({"interim", "acting"} & set(got.modifiers))
    if want.slot == "new_title":
        title_right = want.fact is None or want.fact.value is None or fact_right("new_title", want.fact, got)
        mods = {m for m in got.modifiers if m in _TITLE_MODIFIERS}
        return title_right and mods == set(want.modifiers)
    assert want.fact is not None
    return fact_right(want.slot, want.fact, got)


def same_table_value(x: TableValue, y: TableValue, *, ignore_hedge: bool = False) -> bool:
    """Do two articles carry the same value in the table (hedge included unless told)?"""
    if x.slot != y.slot or x.modifiers != y.modifiers:
        return False
    if x.fact is None or y.fact is None:
        return x.fact is None and y.fact is None
    fx, fy = x.fact, y.fact
    if not ignore_hedge and fx.hedge != fy.hedge:
        return False
    if x.slot in MONEY_SLOTS:
        return isinstance(fy.value, (int, float)) and money_matches(
            float(fx.value), fx.unit, fy.value, fy.unit
        )
    if isinstance(fx.value, (int, float)) and isinstance(fy.value, (int, float)):
        return number_matches(float(fx.value), float(fy.value))
    if x.slot == "new_title":
        return canonical_title(str(fx.value)) == canonical_title(str(fy.value))
    return fold_name(str(fx.value)) == fold_name(str(fy.value))


def _related(table: FactTable, a: str, b: str) -> bool:
    """Is one article a copy_of or same_wire_as the other (either way)?"""
    try:
        x, y = table.article(a), table.article(b)
    except KeyError:
        return False
    return x.copy_of == b or y.copy_of == a or b in x.same_wire_as or a in y.same_wire_as


def _stands_for(table: FactTable, aspect_id: str, article: str, listed: str) -> bool:
    """Does `article` carry the listed article's value (the same article, the same table value
    with its hedge, or a copy / same-wire edit of it with the same value)?"""
    if article == listed:
        return True
    mine, theirs = table_value(table, aspect_id, article), table_value(table, aspect_id, listed)
    if mine is None or theirs is None:
        return False
    if same_table_value(mine, theirs):
        return True
    if not same_table_value(mine, theirs, ignore_hedge=True):
        return False
    # The listed value's figure stated bare: a point inside the hedged range ("18,000" in "just over
    # 18,000"), so whatever the range contradicts, the point contradicts too. Not the other way: a
    # hedge added to a listed bare figure may reach the other value ("about $24B" vs "$23B").
    bare = mine.fact is not None and mine.fact.hedge is None
    return bare or _related(table, article, listed)


def implying_pair(
    table: FactTable, aspect_id: str, a: str, b: str, listed: Iterable[tuple[str, str, str]]
) -> tuple[str, str] | None:
    """The listed contradiction (x, y) on this aspect whose table values a and b carry, if any."""
    for asp, x, y in sorted(listed):
        if asp != aspect_id:
            continue
        if (_stands_for(table, asp, a, x) and _stands_for(table, asp, b, y)) or (
            _stands_for(table, asp, a, y) and _stands_for(table, asp, b, x)
        ):
            return x, y
    return None


def judge_flag(
    table: FactTable,
    aspect_id: str,
    a: str,
    b: str,
    got: Mapping[str, Assigned | None],
    listed: set[tuple[str, str, str]] | None = None,
) -> tuple[bool, str]:
    """Is the comparison's contradiction flag on (aspect, a, b) true, and why (module docstring).
    `got`: what the tool's cell holds for a and for b."""
    listed = listed_contradictions(table) if listed is None else listed
    if aspect_id not in SLOT_OF_ASPECT and not aspect_id.startswith("leadership:"):
        return False, f"no table slot for aspect {aspect_id}"
    wrong = []
    for art in (a, b):
        want = table_value(table, aspect_id, art)
        cell = got.get(art)
        if want is None:
            wrong.append(f"wrong value for {art}: tool {show_assigned(cell)}, table gives none")
        elif not cell_holds(want, cell):
            wrong.append(f"wrong value for {art}: tool {show_assigned(cell)}, table {show_table(want)}")
    if wrong:
        return False, "; ".join(wrong)
    if (aspect_id, *pair_key(a, b)) in listed:
        return True, "listed"
    pair = implying_pair(table, aspect_id, a, b, listed)
    if pair is None:
        return False, "not in table"
    return True, f"implied by {pair[0]}~{pair[1]}"


# --- showing values ------------------------------------------------------------------------------------------

_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£"}
_HEDGE_WORDS = {
    "about": "about ",
    "more_than": "more than ",
    "less_than": "less than ",
    "up_to": "up to ",
    "nearly": "nearly ",
    "at_least": "at least ",
    "range": "range ",
}


def show_money(value: float, unit: str | None) -> str:
    """$4B, $2.75B, €300M, INR 1200M."""
    sign = _CURRENCY.get((unit or "").upper())
    for size, letter in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            number = f"{value / size:.3f}".rstrip("0").rstrip(".") + letter
            break
    else:
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{sign}{number}" if sign else f"{unit or '?'} {number}"


def show_value(slot: str, value: Any, unit: str | None, hedge: str | None = None) -> str:
    if value is None:
        return "none"
    prefix = _HEDGE_WORDS.get(hedge or "", "")
    if slot in MONEY_SLOTS and isinstance(value, (int, float)):
        return prefix + show_money(float(value), unit)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, tuple):
        return prefix + " / ".join(str(v) for v in value)
    return prefix + (f"{value}%" if unit == "%" or slot == "stake" and isinstance(value, int) else str(value))


def show_table(want: TableValue) -> str:
    mods = " ".join(m for m in ("interim", "acting", "co") if m in want.modifiers)
    if want.slot == "interim":
        return "interim holder"
    if want.slot == "new_title":
        title = canonical_title(str(want.fact.value)) if want.fact is not None and want.fact.value else "?"
        return f"{mods} {title}".strip()
    assert want.fact is not None
    return show_value(want.slot, want.fact.value, want.fact.unit, want.fact.hedge)


def show_assigned(got: Assigned | None, slot: str | None = None) -> str:
    if got is None or got.value is None:
        return "none"
    if got.modifiers or slot in ("new_title", "former_title"):
        mods = " ".join(m for m in ("interim", "acting", "co") if m in got.modifiers)
        return f"{mods} {canonical_title(str(got.value))}".strip()
    if isinstance(got.value, (int, float)) and (got.unit or "").upper() in (*_CURRENCY, "INR", "CNY", "JPY"):
        return show_money(float(got.value), got.unit)
    if isinstance(got.value, (int, float)) and (got.unit == "%" or slot == "stake"):
        return f"{got.value:g}%"
    return str(got.value)
