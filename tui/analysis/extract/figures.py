"""Figures in text, normalized: money, percents, ratios, durations, counts, years, dates, ordinals.

Each pattern is linear (no nested quantifiers). Where patterns overlap, the earlier kind in
`_PRIORITY` wins ("$19 billion" is money, not a count; "2014" inside a date is not also a year).
An approximator before the number ("roughly", "over", "up to") is part of the figure and sets
`approx`: "about", "lower" (over, more than, exceed) or "upper" (up to, less than).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right

from tui.analysis.extract.leads import led
from tui.analysis.extract.tokens import CASE_FOLDS, fewest_needles, lower_words
from tui.analysis.model import Figure, FigureKind
from tui.corpus.model import Span

_APPROX_WORDS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "about",
    "more than": "lower",
    "over": "lower",
    "at least": "lower",
    "upwards of": "lower",
    "exceed": "lower",
    "exceeds": "lower",
    "exceeding": "lower",
    "above": "lower",
    "north of": "lower",
    "up to": "upper",
    "as much as": "upper",
    "a maximum of": "upper",
    "approx.": "about",
    "approx": "about",
    "~": "about",
    "at most": "upper",
    "less than": "upper",
    "under": "upper",
    "below": "upper",
    "as many as": "upper",
}
#: The rounding words of a figure as an optional group closing the text right before it (lower case): an
#: approximator above that is a word ("about ", "more than ", "close to ", "up to "), led or not by "just", "a little"
#: or "slightly" ("just under ", "a little over "), or one of those alone ("just "). The one list the rules that read
#: the words before a figure take ("worth about ", "valued at roughly ", "represent just ").
ROUNDING_BEFORE = (
    r"(?:(?:just|a\s+little|slightly)\s+)?(?:(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(_APPROX_WORDS, key=len, reverse=True)
        if re.fullmatch(r"[a-z]+(?: [a-z]+)*", w)
    )
    + r")\s+)?"
)
# The approximator is looked up behind a match (_approx_at): a pattern that starts with optional
# words cannot use the regex engine's fast scan for its first character.
_APPROX = r"(?P<approx>)"
_APPROX_BEFORE = re.compile(
    r"\b(?P<word>an estimated|a maximum of|more than|as much as|as many as|less than|at least|at most|upwards of|"
    r"north of|close to|approx\.?|"
    r"up to|about|around|roughly|approximately|nearly|almost|some|estimated|over|exceed(?:s|ing)?|above|"
    r"under|below)\s+$",
    re.IGNORECASE,
)
#: An adverb approximator before an article ("at around a $29 billion valuation", "nearly a $1bn
#: deal"), and "close to" / "nearly" before a verb of reaching ("close to reaching $6 billion"). Not
#: "about a" nor "over a": there the word is mostly a preposition ("news about a $5bn deal").
_APPROX_LONG = re.compile(
    r"\b(?P<word>around|roughly|approximately|nearly|almost|close to)\s+an?\s+$"
    r"|\b(?P<word2>close to|nearly|almost)\s+(?:reaching|hitting|topping|crossing|surpassing)\s+$",
    re.IGNORECASE,
)
#: A dollar figure followed by its currency code ("$32 billion US in", "$5 million USD."): the code
#: is part of the figure, unless it starts a name or a compound ("$5bn US-based", "$2bn US Steel").
_CODE_AFTER = re.compile(r"\s(?:US|USD)(?=[.,;:)]|\s+[a-z]|\s*$)")
#: A number: Indian digit grouping first ("2,12,809", "1,20,000": the last three digits, then pairs;
#: one to five pairs, so "12,345" stays the western form and a long run of pairs costs a bounded
#: backtrack), then western grouping, then plain digits.
_NUM = r"(?P<num>\d{1,2}(?:,\d{2}){1,5},\d{3}(?:\.\d+)?(?!,?\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "mio": 1e6,
    "mm": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "cr": 1e7,
    "billion": 1e9,
    # a scale word missing one "l" is still the scale: the figure's unit is never lost
    "bilion": 1e9,
    "milion": 1e6,
    "trilion": 1e12,
    "bn": 1e9,
    "bln": 1e9,
    "bil": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "lakh crore": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
}
_CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    # "$US27.7 billion", "$A37.6 billion": the currency's code after the dollar sign (Australian and
    # New Zealand usage, where a bare "$" is the local dollar)
    "$us": "USD",
    "$a": "AUD",
    "$au": "AUD",
    "$nz": "NZD",
    "$c": "CAD",
    "$ca": "CAD",
    "$hk": "HKD",
    "$s": "SGD",
    "hk$": "HKD",
    "s$": "SGD",
    "chf": "CHF",
    # ISO codes before the number, written in capitals ("SEK 2.1bn", "NOK 1.5 billion"; stop 36)
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "aud": "AUD",
    "cad": "CAD",
    "nzd": "NZD",
    "hkd": "HKD",
    "sgd": "SGD",
    "krw": "KRW",
    "brl": "BRL",
    "mxn": "MXN",
    "pln": "PLN",
    "zar": "ZAR",
    "aed": "AED",
    "sar": "SAR",
    "cny": "CNY",
    "rmb": "CNY",
    "r": "ZAR",
    # a currency's short form before the number (stop 48): "SFr3bn", "SFr 3 billion" (the Swiss franc), "Dkr
    # 1.2bn", "Nkr 40m", "Skr 5bn" (the Danish, Norwegian and Swedish crowns)
    "sfr": "CHF",
    "sfr.": "CHF",
    "dkr": "DKK",
    "dkr.": "DKK",
    "nkr": "NOK",
    "nkr.": "NOK",
    "skr": "SEK",
    "skr.": "SEK",
}
#: The currency words told after a figure, each with the currency it names alone ("dollars" -> USD), or None for a
#: word that names no currency without its country ("kroner": Danish or Norwegian; "won"). The one table the
#: currency word pattern, its gate's needles and the words alone are made from.
_CURRENCY_WORD_TABLE: dict[str, str | None] = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "yuan": "CNY",
    "francs": "CHF",
    "franc": "CHF",
    "kronor": "SEK",
    "krona": "SEK",
    "rand": "ZAR",
    "renminbi": "CNY",
    "reais": "BRL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "kroner": None,
    "krone": None,
    "won": None,
}
#: The currency words that name their currency alone.
_CURRENCY_WORDS = {word: code for word, code in _CURRENCY_WORD_TABLE.items() if code is not None}
#: A currency named in words after the figure with its country (stop 48): "3 billion Swiss francs", "2.5 million
#: Norwegian kroner", "1.5 billion Australian dollars", "40 billion Japanese yen". The country decides the currency
#: where one word names several ("kroner": Danish or Norwegian; "dollars"); a word no pair names keeps its own
#: currency, and a word that names none alone ("kroner", "won") is money only with its country.
_COUNTRY_CURRENCY = {
    ("us", "dollar"): "USD",
    ("u.s.", "dollar"): "USD",
    ("u.s", "dollar"): "USD",
    ("swiss", "franc"): "CHF",
    ("british", "pound"): "GBP",
    ("japanese", "yen"): "JPY",
    ("chinese", "yuan"): "CNY",
    ("chinese", "renminbi"): "CNY",
    ("indian", "rupee"): "INR",
    ("australian", "dollar"): "AUD",
    ("canadian", "dollar"): "CAD",
    ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD",
    ("new zealand", "dollar"): "NZD",
    ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK",
    ("swedish", "krona"): "SEK",
    ("south african", "rand"): "ZAR",
    ("south korean", "won"): "KRW",
    ("korean", "won"): "KRW",
    ("brazilian", "real"): "BRL",
    ("polish", "zloty"): "PLN",
}
#: A currency word's singular, as `_COUNTRY_CURRENCY` keys it.
_CURRENCY_SINGULAR = {"kroner": "krone", "kronor": "krona", "reais": "real", "zlotys": "zloty"}
#: Between the figure and its currency word: the country that names it ("Swiss", "U.S.", "Hong Kong").
_COUNTRY_BEFORE_CURRENCY = (
    r"(?:(?P<country>U\.?S\.?|Swiss|British|Japanese|Chinese|Indian|Australian|Canadian|Hong\sKong|Singapore|New\sZealand|"
    r"Norwegian|Danish|Swedish|South\sAfrican|South\sKorean|Korean|Brazilian|Polish)\s)?"
)
#: The currency word after a figure (and its country). Each word is whole (`\b` after it), so the order of
#: the alternatives changes no match.
_CURRENCY_WORD_RE = r"(?P<curword>" + "|".join(sorted(_CURRENCY_WORD_TABLE, key=len, reverse=True)) + r")\b"
#: A money-words gate's needles: a currency word matched holds one of them.
_CURRENCY_WORD_STEMS = fewest_needles(tuple(_CURRENCY_WORD_TABLE))


def _named_currency(word: str, country: str | None) -> str | None:
    """The currency of a currency word and the country before it ("Swiss", "francs" -> CHF; "Norwegian",
    "kroner" -> NOK; "dollars" alone -> USD); None for a word that names no currency alone ("kroner", "won")."""
    word = _fold(word)
    if country:
        single = _CURRENCY_SINGULAR.get(word, word.removesuffix("s"))
        named = _COUNTRY_CURRENCY.get((" ".join(_fold(country).split()), single))
        if named:
            return named
    return _CURRENCY_WORDS.get(word)


#: A scale word or unit after a number: "$2.7 Bln" is 2.7 billion, never 2.70 dollars. Longest first.
_SCALE_RE = (
    r"(?P<scale>trillion|billion|million|thousand|lakhs?[\s-]+crores?|crores?|lakhs?|trilion|bilion|milion|"
    r"bln|bil|mln|mil|mio|bn|tn|trn|mn|mm|cr|"
    r"[kKmMbBtT])(?![\w])"
)
#: "$10–12 billion", "$10 to $12bn": the high end of a range, before the scale.
_RANGE = r"(?:\s?(?:[-–—]|to)\s?(?:US\$|\$|€|£|₹)?(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?"

#: A symbol glued inside a figure, between its number and its scale word (stop 46): an emoji or a pictograph, a
#: footnote mark, a spam glyph of a scraped page ("$24 🐓billion", "€850† million", "£1.9 📈bn"). The scale is read
#: through it. Never a letter, a digit, a dash, a quotation mark or a bracket.
_GLUED = (
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u2020\u2021\u00A7\u00B6*\u00B9\u00B2\u00B3"
    r"\u2070-\u2079\u3000-\u303F\u3400-\u9FFF]+\s?)?"
)

_MONEY = re.compile(
    r"(?<![\w$])"
    + _APPROX
    + r"(?P<cur>US\$|CA\$|AU\$|NZ\$|HK\$|[CAS]\$|\$(?:US|AU?|NZ|CA?|HK|S)(?=\s?\d)|\$|€|£|¥|₹|Rs\.?|INR|USD|EUR|GBP|JPY|CHF|CNY|RMB|"
    r"(?-i:SEK|NOK|DKK|AUD|CAD|NZD|HKD|SGD|KRW|BRL|MXN|PLN|ZAR|AED|SAR)(?=\s?\d)|"
    r"(?-i:S[Ff]r|[DNS][Kk]r)\.?(?=\s?\d)|R(?=\d))\s?"
    + _NUM
    + _RANGE
    + r"(?:(?:\s?|-)"
    + _GLUED
    + _SCALE_RE
    + r")?(?P<plus>-?plus\b|\+)?",
    re.IGNORECASE,
)
#: "1.3 billion euros", "1.5 billion US dollars", and the adjectival forms: "a 10-billion-euro valuation", "an 11.7 billion-euro
#: round", "a 1.3bn-euro cheque", "a 2 billion dollar deal" (the currency word in the singular).
_MONEY_WORDS = re.compile(
    r"(?<![\w$])"
    + _APPROX
    + _NUM
    + r"(?:[\s-](?P<scale>trillion|billion|million|thousand|lakhs?[\s-]+crores?|crores?|lakhs?)|"
    r"(?P<short>bn|mn|tn))[\s-]"
    + _COUNTRY_BEFORE_CURRENCY  # "1.5 billion US dollars", "3 billion Swiss francs": named with its country
    + _CURRENCY_WORD_RE,
    re.IGNORECASE,
)
#: "half a billion dollars", "half a billion in": a half of a scale word, as money.
_MONEY_HALF = re.compile(
    r"\bhalf\s+an?\s+(?P<scale>trillion|billion|million)(?:\s+(?P<curword>dollars|euros|pounds|yen|rupees|yuan))?"
    r"(?=(?P<next>\s+[a-z]+|[^\w]|$))",
    re.IGNORECASE,
)
_HALF_NEXT_OK = frozenset(
    ["in", "into", "for", "from", "of", "to", "at", "on", "and", "or", "as", "with", "over"]
)
#: "nearly half", "a third of", "two-thirds of the company": fractions as percents.
_FRACTIONS = {
    "half": 50.0,
    "a half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "one-third": 100 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "one-quarter": 25.0,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "three quarters": 75.0,
    "three-quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "one-fifth": 20.0,
}
_FRACTION = re.compile(
    r"(?<![\w-])(?P<frac>(?:a|one|two|three)[- ](?:half|third|quarter|fifth|thirds|quarters)|half)"
    r"(?=\s+(?P<after>of|stake|ownership|share|interest|its|their|the)\b)",
    re.IGNORECASE,
)
#: A fraction as the size of a cut, right after "by" (stop 44): "slashing headcount by more than a fifth", "cut the
#: workforce by a fifth" (the approximator between is read as the figure's).
_FRACTION_BY = re.compile(
    r"\bby\s+(?:(?:more\s+than|about|around|roughly|nearly|almost|over|some|up\s+to|at\s+least)\s+)?"
    r"(?P<frac>(?:a|one|two|three)[- ](?:half|third|quarter|fifth|thirds|quarters))\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: "one in six full-time positions", "one in five of its workforce": one of every N, a share of the staff (stop 44).
_ONE_IN = re.compile(
    r"(?<![\w-])one\s+(?:in|out\s+of)\s+(?P<den>three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b"
    r"(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:positions|jobs|roles|employees|workers|staff|workforce|headcount|"
    r"people|posts)\b)",
    re.IGNORECASE,
)
_DENOMINATORS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twelve": 12, "twenty": 20}  # fmt: skip
_R_CURRENCY = re.compile(r"(?<![\w$])R\d")
_CURRENCY_CODES = ("usd", "eur", "gbp", "jpy", "inr", "rs", "chf", "cny", "rmb", "sfr", "kr")
#: "multibillion-dollar", "a multi-billion-euro deal", "billions of dollars"; and a scale word with no
#: number before it used as an adjective: "a billion-euro round", "billion-dollar" (at least that much).
_MONEY_VAGUE = re.compile(
    r"\b(?P<what>multi-?billion|multi-?million|billions|millions|hundreds of millions|"
    r"tens of billions|hundreds of billions|trillions|(?<![\d.,]\s)(?<![\d.,-])(?:billion|million)(?=-))"
    r"(?P<dollar>[- ](?:dollars?|euros?|pounds?))?\b",
    re.IGNORECASE,
)
_VAGUE_RANGES = {
    "multibillion": (2e9, 1e12),
    "multi-billion": (2e9, 1e12),
    "billions": (2e9, 1e12),
    "multimillion": (2e6, 1e9),
    "multi-million": (2e6, 1e9),
    "millions": (2e6, 1e9),
    "hundreds of millions": (1e8, 1e9),
    "tens of billions": (1e10, 1e11),
    "hundreds of billions": (1e11, 1e12),
    "trillions": (2e12, 1e15),
    "billion": (1e9, 1e10),
    "million": (1e6, 1e7),
}
#: "pc" right after the digits is the percent sign of British house styles ("10pc of its workforce";
#: "40pcs" is no percent); "-per-cent" the hyphened adjective of Canadian ones ("a 55-per-cent stake"; stop 59).
_PERCENT = re.compile(
    r"(?<![\w.])" + _APPROX + _NUM + r"(?P<sign>\s?%|\s?percent\b|\s?per cent\b|-percent\b|-per-cent\b|pc\b)",
    re.IGNORECASE,
)
#: A percent spelled out in words: "four percent", "a nine per cent stake", "twenty-five percent" (one to
#: ninety-nine; run on the lower-cased text).
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED_NUMBER = {
    **{w: float(k + 1) for k, w in enumerate(_UNITS)},
    **{w: float(k + 10) for k, w in enumerate(_TEENS)},
    **{w: float(10 * (k + 2)) for k, w in enumerate(_TENS)},
}
_PERCENT_SPELLED = re.compile(
    r"(?<![\w-])(?P<num>(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(_UNITS)
    + r"))?|"
    + "|".join(_TEENS + _UNITS)
    + r")(?P<sign>\s+percent\b|\s+per\s+cent\b|-percent\b|-per-cent\b)"
)


#: A symbolic price: "a symbolic 1 euro", "a nominal price of one pound", "for a token $1" is told with a word of its
#: own and a currency word after a number with no scale (stop 58); elsewhere "1 euro" or "20 pounds" (a weight) is no
#: money. The price is the figure, from its number on (group `num`).
_MONEY_TOKEN = re.compile(
    r"\b(?:symbolic|nominal|token)\s+(?:(?:price|sum|amount|fee|payment|consideration)\s+(?:of\s+)?)?"
    r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?|one)\s+" + _CURRENCY_WORD_RE,
    re.IGNORECASE,
)


#: Money told with a number word, a scale word and a currency word (stop 40): "a one billion US dollar deal",
#: "values it at one billion US dollars", "two million euros". The number is one word ("one" .. "ninety").
_MONEY_SPELLED = re.compile(
    r"(?<![\w-])(?P<num>"
    + "|".join(_TENS + _TEENS + _UNITS)
    + r")[\s-](?P<scale>trillion|billion|million)[\s-]"
    + _COUNTRY_BEFORE_CURRENCY
    + _CURRENCY_WORD_RE,
    re.IGNORECASE,
)


def _spelled_value(words: str) -> float:
    """ "twenty-five" -> 25.0, "four" -> 4.0 (the words `_PERCENT_SPELLED` matched)."""
    return sum(_SPELLED_NUMBER[w] for w in words.replace("-", " ").split())


#: The number words a ratio or a duration may be told in ("two of its five", "a twelve-year lease").
_NUMWORD_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "twenty", "thirty", "forty", "fifty",
)  # fmt: skip
_NUMWORD = r"(?:\d+(?:\.\d+)?|" + "|".join(_NUMWORD_WORDS) + ")"
_RATIO = re.compile(
    r"\b(?P<a>"
    + _NUMWORD
    + r")\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?P<b>"
    + _NUMWORD
    + r")\b(?!\s*(?:%|percent|billion|million))",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?P<n>" + _NUMWORD + r")[- ](?P<unit>year|month|week|day|hour|minute|decade)s?(?P<old>[- ]old)?\b",
    re.IGNORECASE,
)
_SCALED_COUNT = re.compile(
    r"(?<![\w$€£.,])"
    + _APPROX
    + _NUM
    + r"(?:[- ](?P<scale>trillion|billion|million|thousand)|(?P<short>bn|mn|m|k)(?=\s+[a-z]))"
    r"(?:[- ](?P<noun>[a-z]+))?\b",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINAL = re.compile(
    r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?:-| )(?P<what>largest|biggest|highest|most|fastest|best|ever|major|time|quarter|round|place)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
_DATE = re.compile(
    r"\b(?P<month>" + _MONTHS + r")\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year1>(?:19|20)\d\d))?|"
    r"(?P<year2>(?:19|20)\d\d))\b"
    r"|\b(?P<q>Q[1-4]|H[12]|FY)\s?(?P<qyear>(?:19|20)?\d\d)\b"
    r"|\b(?P<rel>(?:last|this|next|earlier this|later this)\s+(?:week|month|year|quarter))\b"
    r"|\b(?:in|since|by|until|from|early|late|mid|last|next|this) (?P<bare>January|February|March|April|"
    r"June|July|August|September|October|November|December)\b"
)
_YEAR = re.compile(r"(?<![\w$€£.,-])(?P<year>(?:19[5-9]\d|20[0-4]\d))(?![\w%,.]\d|\d|%)")
#: A count of things: "18,000 jobs", "17, 000 employees" (a thousands comma with a stray space after it), the upper
#: end of a hyphenated range of thousands ("9,000-10,000 positions": 10,000, stop 47; its lower end is read by the
#: range's reader).
_COUNT = re.compile(
    r"(?:(?<![\w$€£.,-])|(?<=\d,\d{3}[-–]))(?P<n>\d{1,3}(?:,\d{3})+|(?<!, )\d{1,3}, \d{3}(?![\d,])|\d+)\s(?P<noun>(?:[a-z]+-)?[a-z]{3,})\b"
)
_COUNT_STOP = frozenset(
    [
        "of",
        "percent",
        "per",
        "am",
        "pm",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "for",
        "by",
        "with",
        "than",
        "is",
        "are",
        "was",
        "were",
    ]
)
_DIGIT = re.compile(r"\d")
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "decade")
_ORDINAL_WHAT = (
    "largest", "biggest", "highest", "most", "fastest", "best", "ever", "major", "time", "quarter", "round",
    "place",
)  # fmt: skip
#: What each branch of _DATE cannot match without (it is case-sensitive): the first three letters of
#: a month ("Jan", "Sept."), a period noun ("next week"), a period code ("Q3 2024", "FY24").
_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PERIOD_NOUNS = ("week", "month", "year", "quarter")
_PERIOD_CODE = re.compile(r"Q[1-4]|H[12]|FY")


def _may_hold_date(text: str, digits: bool) -> bool:
    """False only where _DATE cannot match (a necessary condition, not a test of its own)."""
    return (
        any(map(text.__contains__, _MONTH_HEADS))
        or any(map(text.__contains__, _PERIOD_NOUNS))
        or (digits and _PERIOD_CODE.search(text) is not None)
    )


_NUMWORD_RE = re.compile(r"\b(?:" + "|".join(_NUMWORD_WORDS) + r")\b")
#: Word gates read on the sentence's runs of a-z (`lower_words`): a match of _NUMWORD_RE, of
#: _DURATION_LOW's unit or of _ORDINAL_LOW's words is such a run whole (a word boundary or a hyphen
#: or space stands on each side), so a pattern runs only where its word is one of the runs.
_NUMWORD_SET = frozenset(_NUMWORD_WORDS)
_DURATION_WORDS = frozenset(_DURATION_UNITS) | {u + "s" for u in _DURATION_UNITS}
_ORDINAL_WHAT_SET = frozenset(_ORDINAL_WHAT)
#: What _SCALED_COUNT_LOW cannot match without: a digit, then a scale word or the letter of a short one.
_SCALE_AFTER_DIGIT = re.compile(r"\d(?:[- ](?:trillion|billion|million|thousand)|[bmk])")
#: The same patterns without re.IGNORECASE, for the lower-cased sentence (2-3 times faster). Their
#: letters are all lower case and the groups they give are read case-blind; used only where none of
#: the four letters re.IGNORECASE folds to ASCII stands (`CASE_FOLDS`: then lower() keeps every
#: offset and every ASCII letter, so a match on the lower-cased text is the match on the text).
_RATIO_LOW, _DURATION_LOW, _ORDINAL_LOW, _PERCENT_LOW, _SCALED_COUNT_LOW = (
    re.compile(p.pattern, p.flags & ~re.IGNORECASE)
    for p in (_RATIO, _DURATION, _ORDINAL, _PERCENT, _SCALED_COUNT)
)
# Each pattern run on every sentence (or every sentence with a digit) led by the characters its match
# starts with (extract/leads.py: the same matches; a digit or a few letters skip most positions).
# _DATE is not led: it starts with twenty letters, and a lead costs it more than it saves.
(
    _MONEY, _MONEY_HALF, _FRACTION, _MONEY_WORDS, _MONEY_VAGUE, _PERCENT, _PERCENT_LOW, _PERCENT_SPELLED,
    _RATIO, _RATIO_LOW, _DURATION, _DURATION_LOW, _SCALED_COUNT, _SCALED_COUNT_LOW, _ORDINAL, _ORDINAL_LOW,
    _COUNT, _YEAR,
) = (
    led(p)
    for p in (
        _MONEY, _MONEY_HALF, _FRACTION, _MONEY_WORDS, _MONEY_VAGUE, _PERCENT, _PERCENT_LOW, _PERCENT_SPELLED,
        _RATIO, _RATIO_LOW, _DURATION, _DURATION_LOW, _SCALED_COUNT, _SCALED_COUNT_LOW, _ORDINAL, _ORDINAL_LOW,
        _COUNT, _YEAR,
    )
)  # fmt: skip
_PRIORITY = [
    FigureKind.MONEY,
    FigureKind.PERCENT,
    FigureKind.RATIO,
    FigureKind.DURATION,
    FigureKind.DATE,
    FigureKind.ORDINAL,
    FigureKind.COUNT,
    FigureKind.YEAR,
]

_RANK = {k: i for i, k in enumerate(_PRIORITY)}


_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _fold(word: str) -> str:
    """Lower case as re.IGNORECASE matched it: "trillıon" (dotless i) is "trillion", not a KeyError."""
    return word.lower().translate(_FOLD)


def _scale_word(word: str) -> str:
    """A scale as `_SCALES` spells it: "Lakh-Crores" -> "lakh crore", "crores" -> "crore"."""
    words = _fold(word).replace("-", " ").split()
    return " ".join(w[:-1] if w in ("crores", "lakhs") else w for w in words)


def _number(text: str) -> float:
    return float(text.replace(",", "").replace(" ", ""))


_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def word_number(text: str) -> float | None:
    """A number told in one word, spelled out (one to ninety: "twelve" -> 12.0) or in digits ("40" ->
    40.0, "1.5" -> 1.5); None for any other word ("several", "dozens", a superscript "²") and for digits
    too many for a float (they would be infinite)."""
    low = text.lower()
    if low in _SPELLED_NUMBER:
        return _SPELLED_NUMBER[low]
    value = float(low) if _DECIMAL.fullmatch(low) else None
    return value if value is not None and math.isfinite(value) else None


def _approx_at(text: str, start: int) -> tuple[str | None, int]:
    """The approximator right before `start` ("roughly ", "more than ", "~"): (approx, new start)."""
    if start > 0 and text[start - 1] == "~":
        return "about", start - 1
    if start == 0 or text[start - 1] != " ":
        return None, start
    m = _APPROX_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        m = _APPROX_LONG.search(text, max(0, start - 30), start)
    if m is None or (m.start() > 0 and text[m.start() - 1].isalnum()):
        return None, start
    word = m.groupdict().get("word") or m.groupdict().get("word2") or ""
    return _APPROX_WORDS.get(" ".join(word.lower().split())), m.start()


def _possessive_glued_to_dollar(text: str, m: re.Match[str]) -> int:
    """1 when the money match's "s$" is a possessive's "s" glued to a bare dollar sign (a spinner's "Acme’s$ 3
    billion deal", "the firm's$40 million round", "Acme Co.’s$ 2 billion": a letter or an abbreviation's stop and an
    apostrophe before a lower-case "s"), so the figure is dollars from the sign on, never Singapore dollars ("S$" is
    written upper-case, after a space); else 0."""
    s = m.start("cur")
    if (
        text[s : s + 2] != "s$"
        or s < 2
        or text[s - 1] not in "’'"
        or not (text[s - 2].isalpha() or text[s - 2] == ".")
    ):
        return 0
    return 1


def find_figures(text: str, article_id: str, offset: int = 0) -> list[Figure]:
    """Every figure in `text` (a sentence or a paragraph); spans are shifted by `offset`."""
    found: list[tuple[int, int, FigureKind, Figure]] = []

    def add(kind: FigureKind, m: re.Match[str], value: float | None, unit: str | None, rule: str,
            approx: str | None = None, low: float | None = None, high: float | None = None,
            start: int | None = None, end: int | None = None) -> None:  # fmt: skip
        s = m.start() if start is None else start
        e = m.end() if end is None else end
        while e > s and text[e - 1] in " -":
            e -= 1
        span = Span(article_id, offset + s, offset + e)
        fig = Figure(kind, text[s:e], span, value, unit, approx, low, high, rule)
        found.append((s, e, kind, fig))

    digits = _DIGIT.search(text) is not None
    lower = text.lower()
    words = lower_words(lower)
    numwords = digits or (not _NUMWORD_SET.isdisjoint(words) and _NUMWORD_RE.search(lower) is not None)
    # Cheap substring gates: a pattern runs only where the words it needs are present. Under
    # re.IGNORECASE a few non-ASCII letters match ASCII ones ("ſ" for "s"); with any of them the
    # gates are off, so the answers stay those of the patterns alone.
    ungated = any(map(text.__contains__, CASE_FOLDS))
    money_gate = digits and (
        ungated
        or any(map(text.__contains__, "$€£¥₹"))
        or any(map(lower.__contains__, _CURRENCY_CODES))
        or _R_CURRENCY.search(text) is not None
    )
    fraction_gate = ungated or any(map(lower.__contains__, ("half", "third", "quarter", "fifth")))
    money_words_gate = digits and (
        ungated
        or (
            any(map(lower.__contains__, ("illion", "thousand", "crore", "lakh", "bn", "mn", "tn")))
            and any(map(lower.__contains__, _CURRENCY_WORD_STEMS))
        )
    )
    percent_gate = digits and (ungated or "%" in text or "per" in lower or "pc" in lower)
    spelled_gate = not ungated and ("percent" in lower or "per cent" in lower or "per-cent" in lower)
    ratio_gate = numwords and (ungated or "of" in lower)
    duration_gate = numwords and (ungated or not _DURATION_WORDS.isdisjoint(words))
    for m in _MONEY.finditer(text) if money_gate else ():
        scale_word = _scale_word(m.group("scale") or "")
        cur_text = m.group("cur").strip().lower()
        if cur_text == "r" and not scale_word:
            continue  # "R2" alone is no money; "R442 billion" (rand) is
        if cur_text.startswith("rs") and not m.group("cur").startswith(("Rs", "RS")):
            continue  # "rs 5" in lower case is no rupee
        scale = _SCALES.get(scale_word, 1.0)
        value = _number(m.group("num")) * scale
        glued = _possessive_glued_to_dollar(text, m)
        cur = "USD" if glued else _CURRENCY.get(cur_text, "USD")
        approx, begin = _approx_at(text, m.start() + glued)
        approx = approx or ("lower" if m.group("plus") else None)
        low = high = None
        if m.group("num2"):
            high = _number(m.group("num2")) * scale
            if high > value:
                low = value
            else:
                high = None
        code = _CODE_AFTER.match(text, m.end()) if cur_text == "$" else None
        add(FigureKind.MONEY, m, value, cur, "figure.money-range" if low else "figure.money", approx, low, high,
            start=begin, end=code.end() if code else None)  # fmt: skip
    for m in _MONEY_HALF.finditer(text) if "half" in lower else ():
        nxt = (m.group("next") or "").strip().lower()
        if not m.group("curword") and nxt.isalpha() and nxt not in _HALF_NEXT_OK:
            continue  # "half a million people" is a count, not money
        value = 0.5 * _SCALES[_fold(m.group("scale"))]
        currency = _CURRENCY_WORDS.get(_fold(m.group("curword") or ""), "USD")
        approx, begin = _approx_at(text, m.start())
        add(FigureKind.MONEY, m, value, currency, "figure.money-half", approx, start=begin)
    for m in _FRACTION.finditer(text) if fraction_gate else ():
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"(?:\bthe|first|second|third|fourth|last|latter|\d(?:st|nd|rd|th))\s+$", before):
            continue  # "the second half of the year", "the first quarter"
        frac = " ".join(m.group("frac").lower().replace("-", " ").split())
        share = _FRACTIONS.get(frac, _FRACTIONS.get(m.group("frac").lower()))
        if share is None:
            continue
        approx, begin = _approx_at(text, m.start())
        if approx is None and m.group("after").lower() in ("its", "their", "the"):
            continue  # "half its staff" counts only with an approximator; "half of" always
        add(FigureKind.PERCENT, m, share, "%", "figure.fraction", approx, start=begin)
    for m in _FRACTION_BY.finditer(text) if fraction_gate and "by" in lower else ():
        frac = " ".join(m.group("frac").lower().replace("-", " ").split())
        share = _FRACTIONS.get(frac)
        if share is None:
            continue
        approx, begin = _approx_at(text, m.start("frac"))
        add(FigureKind.PERCENT, m, share, "%", "figure.fraction-by", approx, start=begin)
    for m in _ONE_IN.finditer(text) if " in " in lower or "out of" in lower else ():
        approx, begin = _approx_at(text, m.start())
        add(FigureKind.PERCENT, m, 100 / _DENOMINATORS[m.group("den").lower()], "%", "figure.one-in", approx,
            start=begin)  # fmt: skip
    for m in _MONEY_WORDS.finditer(text) if money_words_gate else ():
        value = _number(m.group("num")) * _SCALES[_scale_word(m.group("scale") or m.group("short"))]
        approx, begin = _approx_at(text, m.start())
        named = _named_currency(m.group("curword"), m.group("country"))
        if named is None:
            continue  # "2 billion kroner" with no country: Danish or Norwegian, no money of one currency
        add(FigureKind.MONEY, m, value, named, "figure.money-words", approx, start=begin)
    token_gate = ungated or any(map(lower.__contains__, ("symbolic", "nominal", "token")))
    for m in _MONEY_TOKEN.finditer(text) if token_gate else ():
        named = _named_currency(m.group("curword"), None)
        if named is None:
            continue
        num = m.group("num")
        value = 1.0 if num.lower() == "one" else _number(num.replace(",", "."))
        add(FigureKind.MONEY, m, value, named, "figure.money-token", start=m.start("num"))
    spelled_money_gate = "illion" in lower and any(map(lower.__contains__, _CURRENCY_WORD_STEMS))
    for m in _MONEY_SPELLED.finditer(text) if spelled_money_gate else ():
        value = _SPELLED_NUMBER[m.group("num").lower()] * _SCALES[_scale_word(m.group("scale"))]
        approx, begin = _approx_at(text, m.start())
        named = _named_currency(m.group("curword"), m.group("country"))
        if named is None:
            continue
        add(FigureKind.MONEY, m, value, named, "figure.money-spelled", approx, start=begin)
    for m in _MONEY_VAGUE.finditer(text) if "illion" in lower else ():
        what = m.group("what").lower()
        key = what if what in _VAGUE_RANGES else what.replace("-", "")
        low, high = _VAGUE_RANGES.get(key, _VAGUE_RANGES.get(what, (None, None)))
        if what in ("billion", "million") and not m.group("dollar"):
            continue  # "a billion-strong audience": an adjective of money only with its currency
        # "billions" alone is money only near a money word; "multibillion" always is.
        if what in ("billions", "millions", "trillions") and not m.group("dollar"):
            after = text[m.end() : m.end() + 40].lower()
            before = text[max(0, m.start() - 40) : m.start()].lower()
            if not re.search(
                r"\b(into|in|of dollars|invest|poured|spent|spend|raised|paid|pay|cost|worth)\b",
                before + " " + after,
            ):
                continue
        word = (m.group("dollar") or "").strip(" -").lower()
        currency = _CURRENCY_WORDS.get(word, "USD")
        add(FigureKind.MONEY, m, None, currency, "figure.money-vague", None, low, high)
    # Patterns whose groups are read case-blind run on the lower-cased text (same offsets, see above).
    src = text if ungated else lower
    for m in (_PERCENT if ungated else _PERCENT_LOW).finditer(src) if percent_gate else ():
        approx, begin = _approx_at(text, m.start())
        add(FigureKind.PERCENT, m, _number(m.group("num")), "%", "figure.percent", approx, start=begin)
    for m in _PERCENT_SPELLED.finditer(lower) if spelled_gate else ():
        approx, begin = _approx_at(text, m.start())
        add(
            FigureKind.PERCENT,
            m,
            _spelled_value(m.group("num")),
            "%",
            "figure.percent-words",
            approx,
            start=begin,
        )
    for m in (_RATIO if ungated else _RATIO_LOW).finditer(src) if ratio_gate else ():
        a, b = word_number(m.group("a")), word_number(m.group("b"))
        if a is None or b is None or a > b:
            continue
        add(FigureKind.RATIO, m, a, f"of {b:g}", "figure.ratio", high=b)
    for m in (_DURATION if ungated else _DURATION_LOW).finditer(src) if duration_gate else ():
        n = word_number(m.group("n"))
        unit = m.group("unit").lower() + ("s old" if m.group("old") else "")
        add(FigureKind.DURATION, m, n, unit, "figure.duration")
    scaled_gate = digits and (ungated or _SCALE_AFTER_DIGIT.search(lower) is not None)
    for m in (_SCALED_COUNT if ungated else _SCALED_COUNT_LOW).finditer(src) if scaled_gate else ():
        noun = (m.group("noun") or "").lower()
        if noun in _CURRENCY_WORD_TABLE:
            continue  # a currency word: money or nothing, never a count ("2 billion kroner")
        value = _number(m.group("num")) * _SCALES[_fold(m.group("scale") or m.group("short"))]
        approx, begin = _approx_at(text, m.start())
        add(FigureKind.COUNT, m, value, noun or None, "figure.scaled-count", approx, start=begin)
    # (under re.IGNORECASE, with a fold letter, the substring gate stays: a folded word is no run)
    ordinal_gate = (
        digits
        or (any(map(lower.__contains__, _ORDINALS)) if ungated else not _ORDINALS.keys().isdisjoint(words))
    ) and (ungated or not _ORDINAL_WHAT_SET.isdisjoint(words))
    # _DATE (case-sensitive) needs a month's first three letters, a period noun, or Q1-Q4/H1/H2/FY
    # before digits; _YEAR needs "19" or "20".
    date_gate = _may_hold_date(text, digits)
    for m in (_ORDINAL if ungated else _ORDINAL_LOW).finditer(src) if ordinal_gate else ():
        word = m.group("ord").lower()
        rank = _ORDINALS.get(word)
        if rank is None:
            number = re.match(r"\d+", word)
            rank = int(number.group()) if number else None
        add(FigureKind.ORDINAL, m, float(rank) if rank else None, m.group("what").lower(), "figure.ordinal")
    for m in _DATE.finditer(text) if date_gate else ():
        year = m.group("year1") or m.group("year2") or m.group("qyear")
        add(
            FigureKind.DATE,
            m,
            float(year) if year and len(year) == 4 else None,
            None,
            "figure.date",
            start=m.start("bare") if m.group("bare") else None,
        )
    for m in _COUNT.finditer(text) if digits else ():
        noun = m.group("noun")
        written = m.group("n")
        if noun in _COUNT_STOP or ("," not in written and 1950 <= int(written) <= 2049):
            continue  # "2019 revenue" is a year; "2,000 jobs" never is
        add(FigureKind.COUNT, m, _number(m.group("n")), noun, "figure.count")
    for m in _YEAR.finditer(text) if digits and ("19" in text or "20" in text) else ():
        add(FigureKind.YEAR, m, float(m.group("year")), None, "figure.year")

    found.sort(key=lambda t: (_RANK[t[2]], t[0]))
    # Kept spans are disjoint: a sorted list of their starts and ends finds an overlap by bisection
    # (a scan of every kept span made a text of many figures quadratic).
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Figure] = []
    for s, e, _kind, fig in found:
        k = bisect_right(starts, s)
        if (k > 0 and ends[k - 1] > s) or (k < len(starts) and starts[k] < e):
            continue
        starts.insert(k, s)
        ends.insert(k, e)
        kept.append(fig)
    kept.sort(key=lambda f: f.span.start)
    return _ranges(text, kept, offset)


_RANGE_SEP = re.compile(r"\s?(?:[-–—]|to|and)\s?$")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
#: "by" right before the first of two money figures joined by "to" (stop 63): "cut the price by $50 million to $650
#: million" tells a change and the sum it comes to when the second is many times the first; "by $250 million to $350
#: million" stays a range of the change.
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
#: How many times the first figure after "by" the second must be to be the sum a change comes to, not a range's bound.
_CHANGE_TO_SUM = 4.0


def _restated_in_brackets(text: str, first: Figure, second: Figure, offset: int) -> bool:
    """Is `second` the money `first` is restated in, in brackets right after it ("$750m (£542m)")?"""
    return (
        first.kind == second.kind == FigureKind.MONEY
        and first.unit != second.unit
        and text[first.span.end - offset : second.span.start - offset] in (" (", "(")
        and text[second.span.end - offset : second.span.end - offset + 1] == ")"
    )


def _ranges(text: str, figures: list[Figure], offset: int) -> list[Figure]:
    """Two money figures joined as a range are one: "$10 billion to $12 billion", "between $10bn and
    $12bn" -> low and high ("and" only after "between"; "from $1bn to $2bn" is a change, not a range)."""
    out: list[Figure] = []
    for fig in figures:
        prev = out[-1] if out else None
        inner = None
        if prev is not None and len(out) > 1 and _restated_in_brackets(text, out[-2], prev, offset):
            # "between $750m (£542m) and $1bn": the low bound's restatement in brackets stands between the bounds; the
            # range joins the two bounds in the first currency and drops the restatement inside it (stop 56)
            inner, prev = prev, out[-2]
        if (
            prev is not None
            and prev.kind == fig.kind == FigureKind.MONEY
            and prev.unit == fig.unit
            and prev.value is not None
            and fig.value is not None
            and prev.low is None
            and fig.value > prev.value
            and 0 < fig.span.start - (inner or prev).span.end <= 5 + (1 if inner else 0)
        ):
            gap = text[(inner or prev).span.end - offset : fig.span.start - offset]
            if inner is not None:
                gap = gap[1:] if gap.startswith(")") else "!"
            sep = _RANGE_SEP.match(gap)
            head = text[max(0, prev.span.start - offset - 10) : prev.span.start - offset]
            joined = _BETWEEN.search(head) if "and" in gap else not _FROM.search(head)
            if joined and "and" not in gap and _BY.search(head) and fig.value >= _CHANGE_TO_SUM * prev.value:
                # "lowered by $50 million to $650 million": the change, then the sum it comes to
                joined = False
            if sep and sep.end() == len(gap) and joined:
                span = Span(prev.span.article_id, prev.span.start, fig.span.end)
                if inner is not None:
                    out.pop()
                out[-1] = Figure(
                    FigureKind.MONEY,
                    text[prev.span.start - offset : fig.span.end - offset],
                    span,
                    prev.value,
                    prev.unit,
                    prev.approx,
                    prev.value,
                    fig.value,
                    "figure.money-range",
                )
                continue
        out.append(fig)
    return out
