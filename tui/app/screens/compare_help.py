"""`?` in Compare: the words and numbers of the comparison in plain words.

Every verdict word a row can show, every cell mark, the profile's figures (narrator, hedged,
loaded n/1k, tone, sources), the frame bars and the alignment score. The wording follows
docs/compare.md; the numbers it quotes (the alignment weights and threshold) are the ones the
analysis uses.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.analysis.compare.aspects import THRESHOLD
from tui.analysis.compare.model import MARKS
from tui.app.commands import bindings_for

#: (word as the screen shows it, what it means). The row's verdict word sits under its aspect.
VERDICTS: tuple[tuple[str, str], ...] = (
    ("same", 'the articles give the same value, however written: "$14B" and "$14 billion".'),
    (
        "variation",
        'the same meaning in other words: "minority stake" and "minority investor", a title in another '
        'case or word order, "founder" and "co-founder", "former CEO" and "CEO", a name with and '
        'without a middle initial ("Karen Lynch" and "Karen S. Lynch"), one price whose measure only '
        'one article names ("an enterprise value of $12 billion" and "$12 billion").',
    ),
    (
        "precision",
        'values that can both be true, one said less exactly: rounding ("$14B" covers 13.5 to 14.5 '
        'billion, so it fits "$14.3B"), a hedge ("about"), a bound ("more than $28B" fits "$29B").',
    ),
    (
        "different measure",
        'one price told two ways, both right: with the debt the buyer takes on and without it ("$69bn '
        'including debt" and "$61bn in cash and stock", the equity value), a valuation before and after '
        "the new money (pre-money, post-money), this payment and the total to date; a stake as the share "
        "bought and as the holding after the deal; a layoff's share of two staff counts, the whole and the "
        'staff left after a unit goes ("6% of 58,000" and "8%" of one cut). Read from the articles\' '
        "own words; each cell says which measure its value is. Never a contradiction.",
    ),
    (
        "stage change",
        "a figure that moved with the deal's stage: reported while the parties were in talks, then "
        'agreed or closed at another value ("$6.5 billion" in talks, "$6.6 billion" closed: "talks → '
        'closed"), or against the figure of talks that ended or a party denied ("talks → collapsed"), or '
        'of a bid: a proposal the target rejected, a raised one, the bidder walking away ("rejected → '
        'withdrawn"; two proposals, each rejected, at two prices), or two statuses of the deal ("in talks" on Monday, "agreed" on Tuesday), or a holding built in steps '
        'that an article tells as a change ("raised its stake to 31%, up from 24%": 24% and 31% are one '
        "stake at two moments). Each is right at its article's date: never a contradiction. Two figures of one stage that cannot both be "
        "true stay a contradiction; a talks figure whose rounding holds the final one stays precision.",
    ),
    (
        "contradiction",
        "values that cannot both be true once units, rounding and hedges are allowed for, or titles "
        'that mean different things ("permanent CEO" and "interim CEO"; a "CEO" whose article does not say '
        "whether the post is for good is only less precise). Only for facts that are one thing in "
        "every article; figures of different things are shown, not judged.",
    ),
    (
        "only in",
        "only the articles named tell this; the others say nothing about it (an omission, not a "
        "contradiction).",
    ),
    (
        "not judged",
        "two values shown side by side and not judged: figures of different things (a theme row), or "
        "values of one fact the comparison cannot weigh -- other currencies, a figure that lost its "
        "scale word, two parties or two titles, a figure one article gives as another party's, or two "
        "prices where one article names its measure and the other does not (the detail says which "
        'is missing), a bare "$" beside the same digits in "A$" or "C$" (which dollar is not said), a '
        "layoff's share of other staff than the cut (staff stood down; the detail shows the sums), a "
        "sum told as added on top of an earlier one beside a larger figure that may be the total, or "
        "a doubtful lone value: one article's figure no other gives while its own text gives the "
        "others' figure too (only that cell is marked ≈ with its doubt; the others keep their ✓). "
        "Never a contradiction; the row never reads same while a pair differs.",
    ),
    ("both", "the articles have a sentence on this aspect, with no value that can be checked."),
    (
        "theme",
        "the sentences only loosely share a subject: a theme the articles have in common, not an "
        "agreement on a fact.",
    ),
    ("agree / differ", "the same as same / contradiction, for a row without a value to weigh."),
)

#: (mark, word) for the cells.
CELL_MARKS: tuple[tuple[str, str], ...] = (
    ("agree", "this article agrees with every other (same, variation, precision or different measure)"),
    ("differ", "this article's value contradicts another article's"),
    (
        "both",
        "the article tells the aspect; nothing to check, or a value shown beside another, not judged "
        "(or told at another stage of the deal)",
    ),
    ("only", "only this article (or these) tell it"),
    ("missing", "not told in this article"),
)

#: (term as the screen shows it, what it means).
TERMS: tuple[tuple[str, str], ...] = (
    (
        "narrator",
        'the article\'s own voice: a sentence nobody is quoted or cited for. "source: narrator" '
        "means the article says it on its own authority.",
    ),
    (
        "hedged n/m",
        "of the article's m statements, n carry a word that makes them less than certain "
        '("reportedly", "may", "according to people familiar with..."). A plan word ("plans to", '
        '"expected to", "would") is no hedge: it states a plan, not a doubt.',
    ),
    (
        "loaded n/1k",
        'loaded or metaphorical phrases ("talent grab", "poach", "spree") per 1,000 words of the article; '
        "intensifiers are counted apart. P (the profile) lists them, marking those inside quotes.",
    ),
    (
        "tone",
        "how negative or positive the article's own words sound, from -1 to +1 (VADER; finance "
        'words such as "stake" and "deal" count as neutral). Quoted words are scored apart (P, the profile).',
    ),
    (
        "sources",
        "how many statements rest on people, organizations, other outlets, and unnamed sources "
        '("people familiar with the matter"). A spokesperson counts as the company.',
    ),
    (
        "Con Hum Eco Mor Res",
        "the five news frames: conflict, human interest, economic consequences, morality, "
        "responsibility. The bar and its number are the frame's share of the article's sentences, "
        "from 0 to 1: how much of the article carries the frame, a sentence in the headline counting "
        "three times and one in the lead twice (salience). The primary frame, in bold, is the one "
        "with the largest share, so it always has the longest bar. P shows beside it the frame's "
        "score: how many of its yes/no questions the article answers yes (Semetko and Valkenburg), "
        "and each question with the sentences that answered it; an article can answer every "
        "question of a frame in one sentence, so a high score can go with a short bar.",
    ),
    (
        "aligned: score",
        "how sure the comparison is that two sentences tell the same thing, from 0 to 1: 0.4 x the "
        "names they share + 0.3 x how alike their wording is (numbers left out) + 0.3 x whether their "
        "values fit together. Sentences that fit no aspect are paired when the score is above "
        f"{THRESHOLD:.2f}.",
    ),
    (
        "flag",
        "a difference in how the articles back the same fact: one rests on a company statement and "
        "another on unnamed sources, or one hedges a value another asserts.",
    ),
    (
        "copy of <outlet> / same wire",
        "an article marked at import as a syndicated copy or a rewrite of another; a figure a copy "
        "changed is shown. Same wire as <outlet>: another outlet's edit of the same agency story or "
        "press release (no copy: each cut and added its own; found at import from the sentences they "
        "share word for word).",
    ),
)


def explanation() -> Text:
    """The whole explanation as Text (no markup: every word is data)."""
    out = Text()
    out.append("Verdicts (under each aspect's name)\n", style="bold underline")
    for word, meaning in VERDICTS:
        out.append(f"{word}: ", style="bold")
        out.append(meaning + "\n")
    out.append("\nMarks in the cells\n", style="bold underline")
    for mark, meaning in CELL_MARKS:
        out.append(f"{MARKS[mark]} {mark}: ", style="bold")
        out.append(meaning + "\n")
    out.append("\nFigures\n", style="bold underline")
    for term, meaning in TERMS:
        out.append(f"{term}: ", style="bold")
        out.append(meaning + "\n")
    out.append(
        "\nKeys: arrows move, Enter opens the sentence in the Reader (Esc comes back here), c copies it "
        "with its citation, d differences only, a chooses the articles, P the article's profile, p where "
        "the row's facts come from (provenance), o / y open / copy the article's web address, "
        "e / E / H export the comparison with its timeline and provenance (Markdown / JSON / HTML).",
        style="dim",
    )
    return out


class CompareHelpScreen(ModalScreen[None]):
    """`?` in Compare: what its words and numbers mean. Escape, q or ? close it."""

    SCOPE = "compare.help"
    BINDINGS = bindings_for("compare.help")
    DEFAULT_CSS = """
    CompareHelpScreen { align: center middle; }
    CompareHelpScreen > VerticalScroll { width: 95%; max-width: 110; height: 90%; border: round $accent;
        background: $surface; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as box:
            box.border_title = Content("The comparison in plain words")
            box.border_subtitle = Content("Esc close · ↑↓ scroll")
            yield Static(explanation(), markup=False, id="compare-help-body")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
