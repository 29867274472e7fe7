"""Small pure helpers of the coverage bench: folding names, matching values, precision and recall.

Each is a plain function with hand-written tests (tests/test_coverage_bench.py); bench/coverage.py
combines them. Nothing here knows the analysis model.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

A = TypeVar("A")
B = TypeVar("B")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?=\s|$)")
_NON_WORD = re.compile(r"[^\w&]+")
_CORPORATE = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "lp", "nv", "se"}
_PAREN = re.compile(r"\([^)]*\)")


def fold(text: str) -> str:
    """Lower case, no diacritics, no possessive 's, punctuation as spaces: "Nadella’s" -> "nadella"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _POSSESSIVE.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def fold_name(name: str) -> str:
    """A name folded for matching: also without "(announcement)", a leading "the" and a trailing
    corporate suffix: "The Microsoft Corp." -> "microsoft", "Scale AI (announcement)" -> "scale ai"."""
    words = fold(_PAREN.sub(" ", name)).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _CORPORATE:
        words = words[:-1]
    return " ".join(words)


#: A nickname in quote marks between a given name and a surname: "Robert “Kelly” Ortberg".
_NICKNAME = re.compile(r"^(?P<given>.+?)\s+[\"“‘'](?P<nick>[^\"”’']+)[\"”’']\s+(?P<surname>.+)$")


def nickname_names(name: str) -> tuple[str, ...]:
    """The two names a name with a quoted nickname stands for (convention, docs/coverage-bench.md):
    "Robert “Kelly” Ortberg" -> ("Robert Ortberg", "Kelly Ortberg"); () for any other name."""
    m = _NICKNAME.match(name.strip())
    if m is None:
        return ()
    return (f"{m['given']} {m['surname']}", f"{m['nick']} {m['surname']}")


def name_forms(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """Every folded form of a name and its aliases (empty forms dropped); a name written with a
    quoted nickname also gives the name without it and the nickname with the surname."""
    names = [name, *aliases]
    names += [n for full in names for n in nickname_names(full)]
    return {f for f in (fold_name(n) for n in names) if f}


def names_match(predicted: set[str], table: set[str], *, person: bool = False) -> bool:
    """True when a predicted form is a table form; for a person, a lone surname matches the full
    name either way ("Nadella" ~ "Satya Nadella")."""
    if predicted & table:
        return True
    if not person:
        return False
    surnames = {t.split()[-1] for t in table if t}
    pred_surnames = {p.split()[-1] for p in predicted if p}
    return any(" " not in p and p in surnames for p in predicted) or any(
        " " not in t and t in pred_surnames for t in table
    )


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    """(precision, recall, F1); None where the denominator is 0."""
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f = (
        2 * p * r / (p + r)
        if p is not None and r is not None and p + r
        else (0.0 if p == 0 or r == 0 else None)
    )
    return p, r, f


def ratio(right: int, total: int) -> float | None:
    return right / total if total else None


def money_matches(
    table_value: float,
    table_unit: str | None,
    value: float | None,
    unit: str | None,
    tolerance: float = 0.005,
) -> bool:
    """Same currency and within `tolerance` (0.5%) of the table's value."""
    if value is None or (table_unit or "").upper() != (unit or "").upper():
        return False
    return abs(value - table_value) <= tolerance * abs(table_value)


def number_matches(table_value: float, value: float | None, tolerance: float = 0.005) -> bool:
    """A percent or a count, within `tolerance` of the table's value."""
    if value is None:
        return False
    return abs(value - table_value) <= tolerance * max(abs(table_value), 1e-9)


_TITLE_WORDS = [
    (re.compile(r"\bchief executive officer\b|\bchief executive\b"), "ceo"),
    (re.compile(r"\bchief financial officer\b"), "cfo"),
    (re.compile(r"\bchief operating officer\b"), "coo"),
    (re.compile(r"\bchief technology officer\b"), "cto"),
    (re.compile(r"\bchief strategy officer\b"), "cso"),
    (re.compile(r"\bchair(?:man|woman|person)?\b"), "chair"),
]
_TITLE_DROP = {
    "interim",
    "acting",
    "co",
    "former",
    "new",
    "the",
    "permanent",
    "incoming",
    "outgoing",
    "its",
    "as",
}


def canonical_title(title: str) -> str:
    """A title without case, modifiers or spelling variants: "Interim Chief Executive" -> "ceo"."""
    text = fold(title.replace("-", " "))
    for pattern, short in _TITLE_WORDS:
        text = pattern.sub(short, text)
    return " ".join(w for w in text.split() if w not in _TITLE_DROP)


def quote_words(text: str) -> list[str]:
    """The folded words of a quote, punctuation dropped: '"We formed our' -> ['we', 'formed', 'our']."""
    return fold(text).split()


def quote_starts_with(start: Sequence[str], text: str, slack: int = 2) -> bool:
    """True when the quote `text` opens with the table's `start` words (at most `slack` words in:
    an extractor may keep a word of the lead-in inside the marks)."""
    want = quote_words(" ".join(start))
    if not want:
        return False
    got = quote_words(text)
    for i in range(0, min(slack, len(got)) + 1):
        if got[i : i + len(want)] == want:
            return True
    # A quote cut short by the extractor still counts when it holds at least three opening words.
    return len(got) >= 3 and want[: len(got)] == got


def match_one_to_one(
    table: Sequence[A], predicted: Sequence[B], same: Callable[[A, B], bool]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (table index, predicted index), in table order."""
    used: set[int] = set()
    pairs = []
    for i, t in enumerate(table):
        for j, p in enumerate(predicted):
            if j not in used and same(t, p):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def match_maximum(
    table: Sequence[A], predicted: Sequence[B], same: Callable[[A, B], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (table index, predicted index), sorted by table index.

    Each table item takes the first free prediction it matches, as the greedy matching does; only
    when none is free does it look for an augmenting path (a prediction held by an earlier item that
    can move to another one it matches). So a prediction that fits two table items ("Tallow" beside
    "Tallow Group" and "Anna Tallow") no longer leaves the second unmatched when another
    prediction could have taken the first. Small inputs (one article's entities): the search is
    quadratic in the matches, which is nothing here."""
    fits = [[j for j, p in enumerate(predicted) if same(t, p)] for t in table]
    owner: dict[int, int] = {}  # predicted index -> table index

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(table)):
        free = next((j for j in fits[i] if j not in owner), None)
        if free is not None:
            owner[free] = i
        else:
            augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def pair_key(a: str, b: str) -> tuple[str, str]:
    """An unordered article pair."""
    return (a, b) if a <= b else (b, a)


#: Figures a Compare row holds that are no key facts (the extractor gives them no event slot, only a
#: figure role): a deal's payment owed when it ends, and the buyer's reverse fee (stop 63). An article
#: gives its own under `compared:` (coverage_facts: a money fact; never scored as a key fact: it tells what
#: that row's cell should hold, to judge the row's contradiction flags); a discrepancy may name them as its slot.
COMPARED_SLOTS = ("breakup_fee", "reverse_fee")
#: The slots that hold money: the key facts' and COMPARED_SLOTS.
MONEY_SLOTS = ("amount", "total", "valuation", "pre_money", *COMPARED_SLOTS)
#: The slots that hold a day: an appointment's effective day and an event's date.
DATE_SLOTS = ("date", "effective")
_ISO_DAY = re.compile(r"(?P<year>\d{4}|-)-(?P<month>\d\d)-(?P<day>\d\d)\Z")  # 2031-10-17 | --10-17


def day_text(value: Any) -> str | None:
    """A day slot's value as ISO 8601 writes it: "2031-10-17" for a dated day (a date or its text),
    "--10-17" for a month and day told without a year (a page with no date of its own, docs/
    coverage-bench.md); None for anything else (a weekday, a month alone, a day no year has)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    m = _ISO_DAY.match(value.strip()) if isinstance(value, str) else None
    if m is None:
        return None
    year = 2000 if m["year"] == "-" else int(m["year"])  # 2000, a leap year: Feb. 29 is a day
    try:
        dt.date(year, int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return m.group(0)


def day_matches(table_value: Any, value: Any) -> bool:
    """Is the assigned day the table's? A dated table day is right for the same day only; a yearless
    one ("--10-17") for the same month and day without a year only: not another day, and not a dated
    day, which tells a year the page does not give."""
    want = day_text(table_value)
    return want is not None and day_text(value) == want


@dataclass(frozen=True, slots=True)
class Assigned:
    """The value the analysis gives a slot for one article (None: it gives none)."""

    value: Any
    unit: str | None = None
    modifiers: tuple[str, ...] = ()
    text: str = ""


def fact_right(slot: str, fact: Any, got: Assigned | None, aliases: Iterable[str] = ()) -> bool:
    """Is the assigned value the table's (money within 0.5% in the same currency, titles by their
    canonical form, a day as ISO 8601 writes it (yearless "--10-17" only for itself), names folded, a name also by the `aliases` the table gives it: "Cisco Systems
    Inc." is right for "Cisco" when the table lists "Cisco Systems" as Cisco's alias)? A fact the
    table gives as null is right when none is assigned."""
    if fact.value is None:
        return got is None or got.value is None
    if got is None or got.value is None:
        return False
    if slot in MONEY_SLOTS:
        return money_matches(float(fact.value), fact.unit, got.value, got.unit)
    if slot in ("stake", "share", "count") and isinstance(fact.value, (int, float)):
        return isinstance(got.value, (int, float)) and number_matches(float(fact.value), got.value)
    if slot in DATE_SLOTS:
        return day_matches(fact.value, got.value)
    if slot in ("new_title", "former_title"):
        return canonical_title(str(fact.value)) == canonical_title(str(got.value))
    if slot == "modifier":
        mods = {m for m in got.modifiers if m in ("interim", "acting", "co")}
        want = set(fact.value) if isinstance(fact.value, tuple) else {fact.value}
        return mods == want - {"permanent"}
    forms = name_forms("", aliases)
    if isinstance(fact.value, tuple):  # two people named together: the one the analysis names counts
        forms |= {fold_name(str(v)) for v in fact.value}
    else:
        forms.add(fold_name(str(fact.value)))
    return fold_name(str(got.value)) in forms
