"""The tool's words in plain language, for a journalist or a teacher meeting them the first time.

`GLOSSARY` is what `?` lists under "The words on the screen"; `terms_for(...)` picks the entries
a `w` (why?) window needs, so a hedged claim's window explains "hedged". The frame codes (C1…R5)
are read from the frame codebook (tui/analysis/compare/frames.yaml), never repeated here.
"""

from __future__ import annotations

from collections.abc import Iterable

#: term -> one plain explanation. Order: what the explorer shows first, then Compare and Overview.
GLOSSARY: dict[str, str] = {
    "claim": (
        "A sentence that states something checkable: a figure, a date, who did what. Picked by its "
        "form, not judged true or false; Enter reads it in the article, w says which rule found it."
    ),
    "source": (
        "Whoever an article says the information comes from (said, told, according to). The "
        "Sources pane lists them under each article, with how often (×n) the article leans on each."
    ),
    "narrator": (
        "The article's own voice: the sentence names no one as its source. Not an accusation, just "
        "that the reader has only the outlet's word for it."
    ),
    "source kinds": (
        "person: a named person · org: a company's or body's statement · outlet: another news "
        "outlet · unnamed: people not named (one analyst, sources familiar with the matter, "
        "reportedly) · group: a group speaking as one (analysts) · doc: a report, filing or op-ed."
    ),
    "hedged": (
        "The claim is softened: reportedly, about, may, allegedly. A plan word (plans to, expected "
        "to, would) is no hedge: it states a plan firmly. Hedged is not wrong, only less firm."
    ),
    "figure": "A number in a claim: money, a percentage, a count, a date, a share (11 of the 14).",
    "attribution": "The words that name the source of a claim: “said Scale AI”, “according to Forbes”.",
    "quote": (
        "Words between quotation marks, with the speaker when the article names one; “term in "
        "quotation marks” is a word set in quotes (a scare quote), not anybody's speech."
    ),
    "entity": (
        "A person, organization, outlet, product, place or programme the articles name; the number "
        "is how many times (mentions). Spellings of one name are merged: w shows which."
    ),
    "narrow / widen": (
        "Enter on a source or entity narrows the other panes to it (the filter bar shows the "
        "steps); Esc widens one step, 0 clears them all."
    ),
    "copy of": (
        "An article whose text largely repeats another's (syndicated or rewritten): it is not an "
        "independent confirmation of what the other says."
    ),
    "same wire as": (
        "Another outlet's edit of the same agency story or press release: neither copies the other, "
        "but what they share comes from one origin, so it is not two independent confirmations."
    ),
    "rule": "The name of the pattern that found an item; w shows the rule and the words it matched.",
    "curated": "Set by hand in the corpus's overlay file rather than found by a rule.",
    # Compare and Overview
    "verdicts": (
        "How two articles' values for one fact relate. same · variation: other words ($14B, $14 "
        "billion) · precision: rounder or hedged · different measure: one price told two ways · stage "
        "change: the figure moved with the deal (talks → closed) · contradiction: cannot both be true "
        "· only in: one leaves it out · differ: shown, not judged."
    ),
    "frame": (
        "The angle a story is told from (Semetko & Valkenburg 2000): conflict, human interest, "
        "economic consequences, morality, responsibility. Each frame is a few yes/no questions, "
        "coded C1…R5 (listed below); the score (0 to 1) is the share answered yes."
    ),
    "salience": (
        "How much of the article a frame fills: the share of its sentences that answer any of the "
        "frame's questions, headline and lead counted more. The primary frame is the most salient."
    ),
    "loaded n/1k": (
        "Loaded or metaphorical words (colossal, slammed, talent war) per 1,000 words of the "
        "article; intensifiers (very, hugely) are counted apart."
    ),
    "tone": (
        "A sentiment score from -1 (negative) to +1 (positive) by the VADER word list, for the "
        "article's own words and for the words it quotes, apart."
    ),
}


def frame_codes() -> list[tuple[str, str]]:
    """(code, question) for every frame item of the codebook: ("C1", "Does the story reflect…")."""
    from tui.analysis.compare.frames import codebook

    frames, _ = codebook()
    return [(item.id, f"{frame.label}: {item.question}") for frame in frames for item in frame.items]


def terms_for(words: Iterable[str]) -> list[tuple[str, str]]:
    """The glossary entries for `words` (terms of GLOSSARY, in GLOSSARY's order, each once)."""
    wanted = set(words)
    return [(term, text) for term, text in GLOSSARY.items() if term in wanted]
