"""When something was said, written between its speaker's name and the verb: "X on Friday said", "X
late on Monday announced", "X in September said", "X last week told", "X on Oct. 23 said" (a day, a
month, a year, a week; never a place: "X in Paris said"). One home for the words, read by the cited
sources (attribution.py) and by the evidence that a name names someone (org_evidence.py); its days also by
the words between a deal's subject and its verb (deal_parties.py)."""

from __future__ import annotations

#: The days of the week, lower case (the patterns read them case-insensitively).
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: A day between a name and its verb: "Tallow Inc on Monday said", "Harbour late on Friday announced".
ON_DAY = r"(?:late\s+|early\s+)?on\s+(?i:" + WEEKDAYS + r")"
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\."
)
#: When it was said, between the subject and its verb: "X in September said", "X last year announced",
#: "X on Oct. 23 said", "X in 2022 said" (a month, a year, a week; never a place: "X in Paris said").
WHEN = (
    r"(?:in\s+(?:early\s+|late\s+|mid-)?(?i:" + MONTHS + r")(?:\s+\d{4})?|in\s+(?:19|20)\d\d|"
    r"(?i:last|this|earlier\s+this)\s+(?i:week|month|year|quarter|" + MONTHS + "|" + WEEKDAYS + r")|"
    r"on\s+(?i:" + MONTHS + r")\s+\d{1,2}(?:,\s+\d{4})?)"
)
