"""The Compare screen: one column per article, one row per aspect (issue 4).

Each cell holds the article's sentence for the aspect with a mark (agree ✓, differ ≠, both tell it ≈,
only here ◆, missing —) and the differing figure or title highlighted. Above the grid, each
article's frame profile as bars, its tone and its source mix; below it, why the selected cell has
its mark. Article text is data: it only ever reaches the screen inside rich `Text` objects.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from time import monotonic
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, SelectionList, Static
from textual.widgets.selection_list import Selection
from textual.worker import get_current_worker

from tui.analysis.compare import STAGES, CompareDataError, Progress, compare, default_articles, default_note
from tui.analysis.compare.model import MARKS, ArticleProfile, Aspect, Cell, Comparison, shown_verdict
from tui.analysis.compare.names import outlet_names, with_names
from tui.analysis.compare.variants import shown_changes
from tui.analysis.copies import independent_articles, link_label, wire_groups
from tui.app.commands import bindings_for
from tui.app.kept_screen import RestyledOnChange
from tui.app.keyhint import UnboundKeyHint
from tui.app.refs import ItemRef
from tui.app.screens.provenance import ProvenanceScope
from tui.app.widgets.footer import KeyFooter
from tui.app.widgets.table import CachedTable, LazyCell
from tui.corpus.model import Corpus
from tui.corpus.text import safe_for_terminal
from tui.userdata.compare_state import CompareState

if TYPE_CHECKING:
    from tui.analysis.timeline import FactProvenance

MARK_STYLE = {
    "agree": "bold green",
    "differ": "bold red",
    "both": "bold blue",
    "only": "bold yellow",
    "missing": "dim",
}
FRAME_SHORT = {
    "conflict": "Con",
    "human_interest": "Hum",
    "economic": "Eco",
    "morality": "Mor",
    "responsibility": "Res",
}
BLOCKS = " ▏▎▍▌▋▊▉█"


def bar(value: float, width: int = 4) -> str:
    """A horizontal bar of `width` cells for a value in 0..1, with eighth-block resolution."""
    eighths = round(max(0.0, min(1.0, value)) * width * 8)
    full, part = divmod(eighths, 8)
    return ("█" * full + (BLOCKS[part] if part else "")).ljust(width)


def _cut_name(name: str, width: int) -> str:
    """An article's name cut to `width`, keeping the number that tells a second article of one outlet
    ("Bloomberg Businessweek 2" -> "Bloomberg Busin 2"), so two of them never read alike."""
    if len(name) <= width:
        return name
    base, _, number = name.rpartition(" ")
    if base and number.isdigit():
        return f"{base[: max(1, width - len(number) - 1)].rstrip()} {number}"
    return name[:width]


def score_text(value: float) -> str:
    """A 0..1 score in three cells: ".62", "1.0"."""
    return "1.0" if value >= 0.995 else f"{max(0.0, value):.2f}"[1:]


def wrap_in_place(text: str, width: int, lines: int) -> str:
    """Break `text` into at most `lines` lines of `width` by turning spaces into newlines, so that
    offsets into it stay valid; what does not fit is cut with an ellipsis."""
    chars = list(text.replace("\n", " "))
    start, count = 0, 1
    while len(chars) - start > width:
        cut = "".join(chars[start : start + width + 1]).rfind(" ")
        if cut <= 0:
            cut = width
            if count == lines:
                return "".join(chars[: start + width - 1]) + "…"
            chars.insert(start + cut, "\n")
            start += cut + 1
        else:
            if count == lines:
                return "".join(chars[: start + min(cut, width - 1)]) + "…"
            chars[start + cut] = "\n"
            start += cut + 1
        count += 1
    return "".join(chars)


def cell_text(cell: Cell, width: int, lines: int) -> Text:
    """The cell as Text: mark, value, sentence; the value highlighted where it sits in the sentence."""
    mark = MARKS[cell.mark]
    if not cell.present or cell.main is None:
        return Text(f"{mark} not told", style="dim")
    # a figure told for a place or a unit reads "part: ...", a share over its base "6% of 58,000"
    value = f"{cell.shown} · " if cell.slot is not None or cell.part else ""
    prefix = f"{mark} {value}"
    sentence = cell.main.text.replace("\n", " ").replace("\t", " ")  # same length: offsets hold
    shift = 0
    has_slot = cell.slot is not None and cell.main.span.contains(cell.slot.span)
    if has_slot:  # a long sentence is shown from shortly before the value, so the value stays visible
        at = cell.slot.span.start - cell.main.span.start  # type: ignore[union-attr]
        room = width * lines - len(prefix)
        if at + (cell.slot.span.end - cell.slot.span.start) > room - 4:  # type: ignore[union-attr]
            cut = sentence.rfind(" ", 0, max(0, at - width // 2))
            if cut > 0:
                shift = cut + 1 - 1  # keep one character for the ellipsis
                sentence = "…" + sentence[cut + 1 :]
    wrapped = wrap_in_place(prefix + sentence, width, lines)
    text = Text(wrapped)
    text.stylize(MARK_STYLE[cell.mark], 0, 1)
    if value:
        text.stylize("bold reverse red" if cell.mark == "differ" else "bold", 2, 2 + len(value) - 3)
    if has_slot:
        a = len(prefix) + cell.slot.span.start - cell.main.span.start - shift  # type: ignore[union-attr]
        b = len(prefix) + cell.slot.span.end - cell.main.span.start - shift  # type: ignore[union-attr]
        style = "bold reverse red" if cell.mark == "differ" else "bold underline"
        if a < len(wrapped):
            text.stylize(style, a, min(b, len(wrapped)))
    return text


def initial_articles(corpus: Corpus, state: CompareState) -> tuple[list[str], list[str]]:
    """The articles the Compare screen opens with: the saved choice, without the articles no
    longer in the corpus, else the default; and the saved ids that are gone."""
    saved = state.articles or ()
    known = {a.id for a in corpus.articles} if saved else set()
    kept = [aid for aid in saved if aid in known]
    gone = [aid for aid in saved if aid not in known]
    return (kept or default_articles(corpus)), gone


class ArticlePicker(UnboundKeyHint, ModalScreen[list[str] | None]):
    """Tick the articles to compare (space), Enter to compare, Escape to keep the current ones."""

    SCOPE = "compare.picker"
    BINDINGS = bindings_for("compare.picker")  # priority: Enter confirms (space ticks)
    DEFAULT_CSS = """
    ArticlePicker { align: center middle; }
    ArticlePicker > Vertical { width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    ArticlePicker SelectionList { height: auto; max-height: 20; }
    """

    #: Ticked articles beyond this many are not compared ahead (`prepare`): a list ticked whole would
    #: read every article of the corpus in the background, most of them before they are compared.
    PREPARE_LIMIT: ClassVar[int] = 40

    def __init__(
        self,
        articles: list[tuple[str, str, str]],
        chosen: list[str],
        prepare: Callable[[list[str] | None], object] | None = None,
    ) -> None:
        """`articles`: (id, outlet or id, title) in corpus order; `chosen`: the ids ticked.
        `prepare`, when given, is told the articles ticked (in corpus order) whenever the ticks change,
        None when they are more than PREPARE_LIMIT, so that the comparison of the ticked is made while
        the user is still choosing (the app waits for the ticks to stand still: compare_ahead_of)."""
        super().__init__()
        self.articles = articles
        self.chosen = chosen
        self.prepare = prepare

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Articles to compare: space ticks, Enter compares, Escape cancels", markup=False)
            yield SelectionList[str](
                *[
                    Selection(Content(f"{name}: {title}"), aid, aid in self.chosen)
                    for aid, name, title in self.articles
                ]
            )
            # what is ticked, in words: a tick is told by colour alone, which a monochrome terminal
            # (or NO_COLOR) does not show
            yield Static(self.ticked_text(), id="picker-ticked", markup=False)

    def ticked_text(self) -> str:
        """ "Ticked 6 of 8: Zawya, alekbo.com, ..." for the ticks as they stand."""
        try:
            picked = set(self.query_one(SelectionList).selected)
        except NoMatches:  # before the list is mounted: the choice it opens with
            picked = set(self.chosen)
        seen: dict[str, int] = {}
        names = []
        for aid, name, _ in self.articles:
            seen[name] = seen.get(name, 0) + 1  # a second page of one outlet is "Zawya 2", as in the grid
            if aid in picked:
                names.append(name if seen[name] == 1 else f"{name} {seen[name]}")
        return f"Ticked {len(names)} of {len(self.articles)}: " + (", ".join(names) or "none")

    def on_selection_list_selected_changed(self) -> None:
        self.query_one("#picker-ticked", Static).update(self.ticked_text())
        if self.prepare is None:
            return
        picked = set(self.query_one(SelectionList).selected)
        if len(picked) > self.PREPARE_LIMIT:
            self.prepare(None)
            return
        self.prepare([aid for aid, _, _ in self.articles if aid in picked])

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_confirm(self) -> None:
        picked = list(self.query_one(SelectionList).selected)
        if not picked:
            self.notify("Tick at least one article.", severity="warning", markup=False)
            return
        order = [aid for aid, _, _ in self.articles]
        self.dismiss(sorted(picked, key=order.index))

    def action_cancel(self) -> None:
        self.dismiss(None)


def profile_text(result: Comparison, article_id: str) -> Text:
    """Everything the comparison knows about one article, as Text (article words stay data)."""
    p = result.profiles[article_id]
    out = Text()
    out.append(f"{p.outlet or article_id}: ", style="bold")
    out.append(p.title)
    out.append(
        f"\n{p.words} words · primary frame: {p.primary_frame or 'none'} (the largest share of sentences)\n"
    )
    for f in p.frames:
        applicable = sum(1 for i in f.items if i.applicable)
        yes = sum(1 for i in f.items if i.applicable and i.yes)
        out.append(f"\n{f.label}  ", style="bold")
        out.append(bar(f.salience, 8), style="cyan")
        out.append(
            f" share of sentences {f.salience:.2f} (the bar) · score {f.score:.2f}: {yes} of {applicable}"
            " questions yes\n"
        )
        for item in f.items:
            mark = "n/a" if not item.applicable else ("yes" if item.yes else "no ")
            out.append(f"  {item.id} {mark}  ", style="bold" if item.yes else "dim")
            out.append(item.question + "\n", style="" if item.yes else "dim")
            for ev in item.evidence[:2]:
                out.append("      “")
                out.append(" ".join(ev.text.split()))
                out.append("”\n", style="")
            if len(item.evidence) > 2:
                out.append(f"      (+{len(item.evidence) - 2} more sentences)\n", style="dim")
    if p.tone:
        quoted = "n/a" if p.tone.quoted is None else f"{p.tone.quoted:+.2f}"
        out.append("\nTone  ", style="bold")
        out.append(f"{p.tone.label}: own words {p.tone.narrator:+.2f}, quoted words {quoted} (VADER)\n")
        for ev in p.tone.most_negative[:2]:
            out.append("  most negative: “")
            out.append(" ".join(ev.text.split()))
            out.append("”\n")
    out.append("\nLoaded language  ", style="bold")
    out.append(f"{p.loaded_per_1000:.1f} per 1,000 words, plus {p.intensifiers} intensifiers\n")
    for h in p.loaded[:40]:
        out.append(f"  {h.category:<11} ", style="dim")
        out.append(h.phrase)
        out.append(" (quoted)\n" if h.quoted else "\n", style="dim")
    s = p.sourcing
    out.append("\nSources  ", style="bold")
    out.append(
        ", ".join(f"{k} {v}" for k, v in sorted(s.kinds.items(), key=lambda kv: -kv[1]))
        + f"; named {s.named}, unnamed {s.unnamed}; hedged {s.hedged} of {s.statements}\n"
    )
    for name, kind, n in s.sources:
        out.append(f"  {n}× ")
        out.append(name)
        out.append(f" ({kind})\n", style="dim")
    labels = {a.id: a.label for a in result.aspects}
    out.append("\nShare of text per aspect\n", style="bold")
    for aid, share in sorted(p.aspect_share.items(), key=lambda kv: -kv[1]):
        out.append(f"  {share:>4.0%}  ")
        out.append(labels.get(aid, aid) + "\n")
    variants = [v for v in result.variants if any(c.article_id == article_id for c in v.carriers)]
    if variants:
        names = outlet_names(result)
        out.append("\nQuote variants", style="bold")
        out.append(
            " (one statement as each article gives it; its word changes against the first)\n", style="dim"
        )
        for v in variants:
            for n, c in enumerate(v.carriers):
                who = names.get(c.article_id, c.article_id)
                out.append(f"  {who}: “", style="bold" if c.article_id == article_id else "")
                out.append(c.text)
                out.append(f"” ({c.speaker or 'unattributed'})\n", style="dim")
                if n and n - 1 < len(v.changes):
                    out.append_text(word_changes(v.changes[n - 1], c.article_id in v.truncated))
            if v.truncated:
                cut = ", ".join(names.get(a, a) for a in v.truncated)
                out.append(f"  truncated in: {cut}\n", style="yellow")
    return out


def word_changes(changes: list[tuple[str, str, str]], part: bool = False) -> Text:
    """One version's word changes against a variant's first version, on one indented line
    (variants.shown_changes): `was → now` for a replaced stretch, `−cut` and `+added` (red and
    green), "same words" when there is none; a part of the first says how many words it leaves
    out."""
    edits, more, left_out = shown_changes(changes, part)
    line = Text("      ")
    if not edits:
        line.append(f"(a part: {left_out} words left out)" if part else "same words", style="dim")
        return line.append("\n")
    line.append("changes: ", style="dim")
    for k, (op, a, b) in enumerate(edits):
        if k:
            line.append(" · ", style="dim")
        if op in ("replace", "delete"):
            line.append(("−" if op == "delete" else "") + a, style="red strike" if op == "delete" else "red")
        if op == "replace":
            line.append(" → ", style="dim")
        if op in ("replace", "insert"):
            line.append(("+" if op == "insert" else "") + b, style="green")
    if more:
        line.append(f" · … {more} more", style="dim")
    if part and left_out:
        line.append(f" (a part: {left_out} words left out)", style="dim")
    return line.append("\n")


class ProfileScreen(UnboundKeyHint, ModalScreen[None]):
    """One article's profile, scrollable; Escape goes back. The app's article keys act on the
    profile's article: `o` / `y` open / copy its web address, `p` shows where its facts come from."""

    SCOPE = "compare.profile"
    BINDINGS = bindings_for("compare.profile")
    DEFAULT_CSS = """
    ProfileScreen { align: center middle; }
    ProfileScreen > VerticalScroll { width: 95%; height: 95%; border: round $accent; background: $surface;
        padding: 0 1; }
    """

    NO_ARTICLE = "The profile has no article: close it (Esc) and move to an article's column."

    def __init__(self, text: Text, article_id: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.article_id = article_id

    def article_in_view(self) -> str | None:
        """The article `o` and `y` act on: the profile's."""
        return self.article_id

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text, markup=False)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)


class ComparingTitle:
    """A comparison's progress (`Progress`) as the screen's title while it runs: "Comparing 40
    articles: aligning the aspects 12 of 57 (step 2 of 4)…", passed to `show` when the words change,
    at most every PROGRESS_EVERY seconds within a stage (a stage's start and end always), and
    nothing before `after` seconds from its making (the title says "Comparing…" until then)."""

    PROGRESS_EVERY = 0.1

    def __init__(self, count: int, show: Callable[[str], None], after: float = 0.0) -> None:
        self.count = count
        self.show = show
        self._last = ""
        self._at = 0.0
        self._from = monotonic() + after

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = monotonic()
        if now < self._from:
            return
        title = progress_title(self.count, stage, done, total)
        if title == self._last or (0 < done < total and now - self._at < self.PROGRESS_EVERY):
            return
        self._last, self._at = title, now
        self.show(title)


def progress_title(count: int, stage: str, done: int, total: int) -> str:
    """The title while `count` articles are compared and the comparison is at `stage`."""
    step = STAGES.index(stage) + 1 if stage in STAGES else 0
    where = f" {done} of {total}" if total > 1 else ""
    steps = f" (step {step} of {len(STAGES)})" if step else ""
    return f"Comparing {count} articles: {stage}{where}{steps}…"


def other_candidates(cell: Cell, limit: int = 2) -> str:
    """The values the extractor weighed for the cell's fact and did not choose, with why ("not
    “$19 billion”: a past deal, 2014"), the first `limit` of them; "" when there is none."""
    others = [(stated, why) for stated, _of, why in cell.candidates if why is not None]
    words = "; ".join(f"not “{stated}”: {why}" for stated, why in others[:limit])
    return words + (f"; {len(others) - limit} more" if len(others) > limit else "")


def articles_shown(top: int, rows: int, lines: int) -> int:
    """How many articles of `lines` lines each have a line among the `rows` rows from row `top` on
    (every one down to the one the last row cuts, none below it). The frames and tone of those are
    found before the comparison is shown; one more below the view cost a new comparison of 20 an
    article's frames and tone (VADER and the frame cues: about 7 ms) for a line no one sees."""
    return (top + max(1, rows) - 1) // lines + 1


def _default_choice_note(corpus: Corpus, ids: list[str]) -> str:
    """The title's note while the articles shown are the default choice of a larger corpus (the first
    six), however they came to be shown (the default, restored after a restart, chosen again)."""
    if default_note(corpus) and list(ids) == default_articles(corpus):
        return f"the first {len(ids)} of {len(corpus.articles)} articles: a chooses"
    return ""


class CompareScreen(RestyledOnChange, UnboundKeyHint, Screen[ItemRef | None]):
    """Side by side: aspects in rows, articles in columns."""

    SCOPE = "compare"
    AUTO_FOCUS = "#compare-grid"  # focused once, at once: every change of focus rebuilds the footer
    BINDINGS = bindings_for("compare")
    DEFAULT_CSS = """
    CompareScreen #compare-title { height: 1; background: $panel; color: $text; padding: 0 1; }
    CompareScreen #compare-profiles { height: auto; max-height: 35%; padding: 0 1; }
    CompareScreen #compare-grid { height: 1fr; }
    CompareScreen #compare-detail { height: auto; max-height: 7; padding: 0 1; background: $boost; }
    CompareScreen.-compact #compare-detail { max-height: 3; }
    """

    #: The title's words while the grid shows the previous comparison and the new one is being made.
    PREVIOUS = "(showing the previous comparison)"
    #: Seconds a comparison runs before its title shows how far it is (ComparingTitle); "Comparing…"
    #: says at once that it runs. One of 20 articles at 1,000 takes a tenth of a second of CPU (half a
    #: second of wall time on a busy machine), and each of its seven titles was a round trip from the
    #: worker to the UI thread and a redraw: progress is for the waits of a second and more.
    PROGRESS_AFTER: ClassVar[float] = 1.0

    def __init__(self, article_ids: list[str] | None = None) -> None:
        super().__init__()
        self.article_ids = article_ids
        self.result: Comparison | None = None
        self.differences_only = False
        self.rows: list[Aspect] = []
        #: Where the cursor goes once the grid is filled: (aspect id, article id), from the saved
        #: state on opening, else where it was before the grid was rebuilt.
        self._place: tuple[str | None, str | None] = (None, None)
        self._last_state: CompareState | None = None
        #: (width, height) the grid was last drawn for (on_resize draws again only for another).
        self._drawn_for: tuple[int, int] | None = None
        #: What the default choice left out, shown in the title until the user picks articles.
        self._note = ""
        #: What the grid was drawn from (`_drawing`): a screen opened again with the same draws nothing.
        self._drawn: tuple[object, ...] | None = None
        #: Whether the provenance of the corpus's facts is being found for the detail pane (the app
        #: keeps it once found: ExplorerApp.corpus_story).
        self._finding_provenance = False
        #: Built by the app off screen after loading (ExplorerApp._prebuild_screens) and not shown
        #: yet: it remembers nothing as the user's and tells nothing until it is opened.
        self.prebuilt = False
        #: Whether the grid shows the previous comparison, dimmed under the title's notice, while the
        #: one of `article_ids` is being made (`_keep_previous`): `_show` of the new one replaces it.
        self._previous = False
        #: What the detail pane was last described from (`_describe`), None when it shows another text.
        self._described: tuple[tuple[object, ...], tuple[object, ...]] | None = None

    def compose(self) -> ComposeResult:
        yield Static("Comparing…", id="compare-title", markup=False)
        with VerticalScroll(id="compare-profiles"):
            yield Static("", id="compare-profile-text", markup=False)
        table: DataTable = CachedTable(
            id="compare-grid", cursor_type="cell", zebra_stripes=True, fixed_columns=1
        )
        yield table
        yield Static("", id="compare-detail", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.app.is_running:  # the app closed while building it off screen: children are gone
            return
        self._open()
        profiles = self.query_one("#compare-profiles", VerticalScroll)
        self.watch(profiles, "scroll_y", lambda _y: self._profiles_scrolled(), init=False)
        if hasattr(type(self.app), "data_ready"):  # a corpus loaded again while shown (an import)
            self.watch(self.app, "data_ready", self._data_ready, init=False)

    def _data_ready(self, ready: bool) -> None:
        if ready:
            self.reopen()  # the new corpus, as a new screen shows it
            return
        # loading again: nothing of the corpus being replaced stays on screen
        self.result, self._drawn, self.rows = None, None, []
        self._set_previous(False)
        self.query_one("#compare-title", Static).update("Loading the corpus…", layout=False)
        self.query_one("#compare-profile-text", Static).update("")
        self.query_one("#compare-grid", DataTable).clear(columns=True)
        self.query_one("#compare-detail", Static).update("")
        self._described = None

    def reopen(self) -> None:
        """Opened again (`m`, or Esc from the Reader): the app keeps one Compare screen per analysis
        (ExplorerApp.action_open_screen), so that opening it again mounts, styles and renders
        nothing that has not changed. It shows what a new screen would show (the saved articles,
        toggle and cursor place, else the default choice and its note) and draws again only what
        differs from what it shows."""
        self.article_ids = None
        self.differences_only = False
        self._place = (None, None)
        self._note = ""
        self._last_state = None
        self.query_one("#compare-profiles", VerticalScroll).scroll_home(animate=False, immediate=True)
        self._open(reopened=True)

    def _open(self, reopened: bool = False) -> None:
        corpus = getattr(self.app, "corpus", None)
        if corpus is None or getattr(self.app, "analysis", None) is None:
            self._failed("the corpus is still loading; press m again in a moment")
            return
        if self.article_ids is None:
            self.article_ids = self._restore(corpus)
        if self.article_ids is None:
            self.article_ids = default_articles(corpus)
        self._note = _default_choice_note(corpus, self.article_ids)
        known = getattr(self.app, "known_comparison", None)
        ready = known(list(self.article_ids)) if callable(known) else None
        if ready is not None and reopened and self._drawn == self._drawing(ready):
            self._place_cursor()  # the grid shows this comparison already: only the cursor may move
            self._remember(save=False)  # as a new screen's first highlight does
            return
        if ready is not None:  # computed in the background after loading, or on an earlier visit
            if reopened:  # drawn again from the saved place, as a new screen is
                self.rows = []
                self._set_previous(False)
            self._show(ready)
        else:
            if reopened and not self._keep_previous():  # nothing drawn: as a new screen shows it
                self.rows = []
                self.query_one("#compare-title", Static).update("Comparing…", layout=False)
            self.run_comparison(list(self.article_ids), self._profiles_in_view())

    def _keep_previous(self) -> bool:
        """A new comparison is being made: the grid, the profiles and the detail drawn for the previous
        one stay on screen, dimmed, under the title "Comparing… (showing the previous comparison)"
        until `_show` draws the new one (emptying them, their scroll bars gone and back, cost two
        layouts of the screen for a grid replaced moments later). False when none is drawn."""
        if self.result is None:
            return False
        self._set_previous(True)
        self._drawn = None  # the screen does not show the comparison of `article_ids`
        self.query_one("#compare-title", Static).update(f"Comparing… {self.PREVIOUS}", layout=False)
        return True

    def _set_previous(self, previous: bool) -> None:
        """Dim the profiles, the grid and the detail, or show them plain again. Their own style, not a
        class of the screen: a class restyles every widget of the screen (about 10 ms at 20 articles)."""
        if previous == self._previous:
            return
        self._previous = previous
        for widget in self.query("#compare-profiles, #compare-grid, #compare-detail"):
            widget.styles.text_opacity = 0.5 if previous else None

    # ------------------------------------------------------------------ state (kept by the app)

    def _restore(self, corpus: Corpus) -> list[str] | None:
        """The saved choice of articles (None: the default), the toggle and the cursor's place.
        Saved articles no longer in the corpus are dropped, with a notice."""
        get = getattr(self.app, "compare_state", None)
        if not callable(get):
            return None
        state = get(corpus.root)
        self.differences_only = state.differences_only
        self._place = (state.aspect, state.column)
        if not state.articles:
            return None
        ids, gone = initial_articles(corpus, state)
        kept = [aid for aid in state.articles if aid not in gone]
        if gone and not self.prebuilt:  # said when the user opens the screen (reopen)
            shown = ", ".join(gone[:5]) + (f" and {len(gone) - 5} more" if len(gone) > 5 else "")
            self.notify(
                safe_for_terminal(
                    f"{len(gone)} article(s) chosen earlier are no longer in this corpus and were "
                    f"dropped from the comparison: {shown}"
                    + ("" if kept else "; comparing the default choice instead")
                ),
                severity="warning",
                markup=False,
            )
        return ids if kept else None

    def _state(self) -> CompareState:
        aspect, column = self._place
        if self.result is not None and self.rows and not self._previous:  # the previous grid's is not
            coord = self.query_one("#compare-grid", DataTable).cursor_coordinate
            if 0 <= coord.row < len(self.rows):
                aspect = self.rows[coord.row].id
                ids = self.result.article_ids
                column = ids[coord.column - 1] if 0 < coord.column <= len(ids) else None
        return CompareState(
            articles=tuple(self.article_ids) if self.article_ids else None,
            aspect=aspect,
            column=column,
            differences_only=self.differences_only,
        )

    def _remember(self, save: bool, state: CompareState | None = None) -> None:
        """Hand the state to the app (its one owner); `save` writes it to disk too."""
        corpus = getattr(self.app, "corpus", None)
        remember = getattr(self.app, "remember_compare", None)
        if corpus is None or not callable(remember) or self.article_ids is None or self.prebuilt:
            return
        self._last_state = state or self._state()
        remember(corpus.root, self._last_state, save=save)

    def on_unmount(self) -> None:  # the app quits: what the screen showed last is saved
        if self._last_state is not None:
            self._remember(save=True, state=self._last_state)

    def on_screen_suspend(self) -> None:  # closed (the app keeps the screen) or covered by a dialog
        if self._last_state is not None:
            self._remember(save=True, state=self._last_state)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False, description="comparing articles")
    def run_comparison(self, ids: list[str], in_view: int = 0) -> None:
        """Compare `ids`, and find the frames and tone of the first `in_view` articles (the profile
        lines in view) here rather than on the UI thread; the others are found when scrolled to."""
        try:
            result = self._compare(ids, ComparingTitle(len(ids), self._show_progress, self.PROGRESS_AFTER))
        except (CompareDataError, KeyError, ValueError) as err:
            self.app.call_from_thread(self._failed, str(err))
            return
        for aid in result.article_ids[:in_view]:
            result.profiles[aid].parts()
        if get_current_worker().is_cancelled:  # another choice was drawn meanwhile
            return
        self.app.call_from_thread(self._show_if_chosen, ids, result)

    def _show_if_chosen(self, ids: list[str], result: Comparison) -> None:
        """UI thread: draw `result`, the comparison of `ids`, unless the articles chosen changed after its
        worker's last look at its cancellation (a choice whose comparison was made ahead is drawn at once by
        `chosen`, which cancels this worker; a draw already on its way must not cover it)."""
        if list(self.article_ids or ()) == ids:
            self._show(result)

    def _compare(self, ids: list[str], progress: Progress | None = None) -> Comparison:
        """The app's comparison of `ids` (each computed once); an app without one compares here."""
        kept = getattr(self.app, "compare_articles", None)
        if callable(kept):
            return kept(ids, progress)  # type: ignore[no-any-return]
        return compare(self.app.corpus, self.app.analysis, ids, progress=progress)  # type: ignore[attr-defined]

    def _show_progress(self, title: str) -> None:
        """From the comparing thread: the title says how far the comparison is while it runs (the
        grid shows the last comparison, if any, until `_show` draws the new one)."""
        self.app.call_from_thread(self._progress_title, title)

    def _progress_title(self, title: str) -> None:
        if self._previous:  # the notice after the progress, or first where both do not fit (80 columns)
            room = self._drawing_size()[0] - 2
            title = (
                f"{title} {self.PREVIOUS}"
                if len(title) + len(self.PREVIOUS) < room
                else f"{self.PREVIOUS} {title}"
            )
        self.query_one("#compare-title", Static).update(title, layout=False)

    def _failed(self, message: str) -> None:
        self._drawn = None
        shown = f" {self.PREVIOUS}" if self._previous else ""
        self.query_one("#compare-title", Static).update(Text(f"Cannot compare: {message}{shown}"))
        self.notify(f"Cannot compare: {message}", severity="error", markup=False)

    # ------------------------------------------------------------------ drawing

    def _drawing_size(self) -> tuple[int, int]:
        """The size the grid is drawn for: the screen's, or the app's before the first layout."""
        return (self.size.width or self.app.size.width or 80, self.size.height or self.app.size.height or 24)

    def _drawing(self, result: Comparison) -> tuple[object, ...]:
        """What the screen's drawing of `result` depends on, besides the cursor."""
        return (result, self.differences_only, self._note, self._drawing_size())

    def _show(self, result: Comparison, previous: bool = False) -> None:
        """Draw `result`: the comparison made, which replaces the previous one if shown; with
        `previous`, the previous one drawn again (a new size, the toggle), still dimmed under the
        notice while the new one is being made."""
        self.result = result
        self._drawn_for = self._drawing_size()
        self._drawn = self._drawing(result)
        self.set_class(self._drawn_for[1] < 32, "-compact")
        named = outlet_names(result)
        names = [
            f"{named[a]} ({label})" if (label := result.profiles[a].link_label) else named[a]
            for a in result.article_ids
        ]
        title = Text("Compare")
        if self.differences_only:  # up front: a long list of names must not hide it
            title.append(" [differences only]", style="bold")
        if self._note:
            title.append(f" ({self._note})", style="bold yellow")
        title.append(f": {' · '.join(names)}  ({len(result.aspects)} aspects)")
        if previous:
            title = Text(f"Comparing… {self.PREVIOUS}")
            self._drawn = None
        self.query_one("#compare-title", Static).update(title)
        profiles = self._profiles_text(result)
        self._scroll_bar_for(profiles)
        self.query_one("#compare-profile-text", Static).update(profiles)
        self._fill_table()
        self._set_previous(previous)
        self._profiles_scrolled()

    def _scroll_bar_for(self, profiles: Text) -> None:
        """The profiles pane's scroll bar set with its text, when the text's lines are more than the
        pane's largest height (35% of the screen): found by the layout instead, the bar came after a
        first layout and narrowed the text, which laid the screen out twice more (each drawing the grid
        again: about 15 ms each at 20 articles). The pane hides the bar again when the text fits."""
        room = (self._drawing_size()[1] * 35) // 100
        lines = profiles.plain.count("\n") + 1
        self.query_one("#compare-profiles", VerticalScroll).styles.overflow_y = (
            "scroll" if lines > room else "auto"
        )

    def _profiles_in_view(self) -> int:
        """How many articles' profile lines the profiles pane can show from its top down to its
        bottom as scrolled now (two lines an article, one when the screen is short; at least the
        pane's largest height, 35% of the screen: before the first layout, or while it shows a
        shorter comparison's)."""
        height = self._drawing_size()[1]
        pane = self.query_one("#compare-profiles", VerticalScroll)
        shown = max(pane.size.height, (height * 35 + 99) // 100)
        return articles_shown(int(pane.scroll_y), shown, 1 if height < 32 else 2)

    def _profiles_text(self, result: Comparison) -> Text:
        """Frame bars, tone and source mix per article; one line each when the screen is short.
        An article whose frames and tone were not found yet shows "…" for them: those in view are
        found by a worker (`_profiles_scrolled`), those below when scrolled into view, never on the
        UI thread and not for the opening (VADER and the frame cues: about 30 ms an article)."""
        compact = (self.size.height or self.app.size.height or 24) < 32
        wide = (self.size.width or self.app.size.width or 80) >= 100
        out = Text()
        # the grid's names: a second article of one outlet is "Zawya 2" here too, so each profile
        # line can be told from the other and matched with its column
        named = outlet_names(result)
        for n, aid in enumerate(result.article_ids):
            p = result.profiles[aid]
            if n:
                out.append("\n")
            out.append(f"{_cut_name(named.get(aid, p.outlet or aid), 16):<16} ", style="bold")
            if not p.parts_known:
                out.append("frames …", style="dim")
                if not compact:
                    out.append("\n" + " " * 17)
                    out.append("tone …", style="dim")
                    out.append(self._sources_text(p, "…"))
                continue
            # Each bar with its number (narrow: a one-cell bar) is the frame's salience, the measure
            # that picks the primary frame (bold): so the bold frame always has the longest bar. The
            # SV2000 score (share of the frame's questions answered yes) is in the profile (P).
            for f in p.frames:
                style = "bold" if f.frame == p.primary_frame else ""
                out.append(f"{FRAME_SHORT.get(f.frame, f.frame[:3])} ", style=style)
                out.append(bar(f.salience, 4 if wide else 1), style="cyan")
                out.append(
                    f" {score_text(f.salience)}  " if wide else f"{score_text(f.salience)} ", style=style
                )
            if compact:
                if p.tone:
                    out.append(f"tone {p.tone.narrator:+.2f}", style="italic")
                continue
            out.append("\n" + " " * 17)
            if p.tone:
                out.append(f"tone {p.tone.label} {p.tone.narrator:+.2f}", style="italic")
            out.append(self._sources_text(p, f"{p.loaded_per_1000:.0f}"))
        # the legend, short where the screen is narrow (`?` says the rest)
        out.append(
            "\nCon conflict · Hum human interest · Eco economic · Mor morality · Res responsibility:"
            " share of text 0-1, bold: primary"
            if wide
            else "\nCon conflict · Hum human · Eco economic · Mor morality · Res responsibility",
            style="dim",
        )
        return out

    @staticmethod
    def _sources_text(p: ArticleProfile, loaded: str) -> str:
        s = p.sourcing
        orgs = s.kinds.get("organization", 0)
        outlets = s.kinds.get("outlet", 0)
        people = s.kinds.get("person", 0)
        return (
            f" · sources: people {people}, orgs {orgs}, outlets {outlets}, unnamed {s.unnamed}"
            f" · hedged {s.hedged}/{s.statements} · loaded {loaded}/1k"
        )

    def _profiles_scrolled(self) -> None:
        """The profiles pane scrolled (or was laid out): find the frames and tone of the articles
        now in view that have none yet, in a worker, and show them."""
        result = self.result
        if result is None:
            return
        wanted = [
            aid
            for aid in result.article_ids[: self._profiles_in_view()]
            if not result.profiles[aid].parts_known
        ]
        if wanted:
            self.find_profiles(result, wanted)

    @work(thread=True, exclusive=True, group="compare-profiles", exit_on_error=False, description="framing")
    def find_profiles(self, result: Comparison, article_ids: list[str]) -> None:
        for aid in article_ids:
            result.profiles[aid].parts()
        self.app.call_from_thread(self._profiles_found, result)

    def _profiles_found(self, result: Comparison) -> None:
        if self.result is result:
            self.query_one("#compare-profile-text", Static).update(self._profiles_text(result))
            self._profiles_scrolled()  # scrolled on meanwhile

    def _col_width(self) -> int:
        n = max(1, len(self.result.article_ids) if self.result else 2)
        width = self.size.width or self.app.size.width or 80
        return max(26, min(100, (width - 24) // n - 3))

    def _fill_table(self) -> None:
        table = self.query_one("#compare-grid", DataTable)
        result = self.result
        if result is None:
            return
        if (
            self.rows and table.row_count and not self._previous
        ):  # rebuilt (resize, toggle): keep the cursor's place
            state = self._state()
            self._place = (state.aspect, state.column)
        table.clear(columns=True)
        width = self._col_width()
        lines = 3
        names = outlet_names(result)
        copies = any(result.profiles[aid].link_label for aid in result.article_ids)
        table.header_height = 2 if copies else 1  # "copy of <outlet>" / "same wire as …" on its own line
        table.add_column(Text("Aspect"), key="aspect", width=20)
        for aid in result.article_ids:
            header = Text(names[aid][:width], style="bold")
            if copied := result.profiles[aid].link_label:
                header.append("\n" + copied[:width], style="italic yellow")
            table.add_column(header, key=aid, width=width)
        self.rows = [
            a
            for a in result.aspects
            if not self.differences_only
            or a.verdict in ("differ", "only_in", "unjudged")
            or a.flags
            or (a.worst_pair is not None and a.worst_pair.verdict in ("precision", "different measure"))
        ]
        for aspect in self.rows:
            label = Text(wrap_in_place(aspect.label, 20, 2))
            worst = aspect.worst_pair
            # the row's label is the verdict its detail shows (precision, different measure, contradiction...)
            shown = (
                shown_verdict(worst.verdict)
                if worst is not None and aspect.verdict in ("agree", "differ", "unjudged")
                else aspect.verdict
            )
            verdict = Text(
                "\n" + shown.replace("_", " "),
                style=MARK_STYLE.get(
                    {"only_in": "only", "differ": "differ", "agree": "agree"}.get(aspect.verdict, "both"), ""
                ),
            )
            # each article's cell is made when it is drawn: a handful of the 71 x 20 are in view
            cells = [LazyCell.made(label + verdict, 20)] + [
                LazyCell(partial(cell_text, aspect.cells[aid], width, lines), width)
                for aid in result.article_ids
            ]
            table.add_row(*cells, height=lines, key=aspect.id)
        if not self.rows:
            self.query_one("#compare-detail", Static).update(
                Text("No aspect differs between these articles.")
            )
            self._described = None
        else:
            self._place_cursor()
        table.focus()

    def _place_cursor(self) -> None:
        """The cursor on the saved place (`_place`): its aspect's row and its article's column."""
        table = self.query_one("#compare-grid", DataTable)
        if self.result is not None and self.rows:
            wanted, column = self._place
            ids = [a.id for a in self.rows]
            row = ids.index(wanted) if wanted is not None and wanted in ids else 0
            article_ids = self.result.article_ids
            col = article_ids.index(column) + 1 if column in article_ids else 1
            table.move_cursor(row=row, column=col, animate=False)
            self._describe()
        table.focus()

    def on_resize(self) -> None:
        # the first Resize comes when the screen is shown, at the size it was drawn for: not again
        if self.result is not None and self._drawing_size() != self._drawn_for:
            self._show(self.result, previous=self._previous)

    # ------------------------------------------------------------------ cells

    def _current(self) -> tuple[Aspect, Cell | None] | None:
        if self.result is None or not self.rows:
            return None
        table = self.query_one("#compare-grid", DataTable)
        row, col = table.cursor_coordinate.row, table.cursor_coordinate.column
        if not 0 <= row < len(self.rows):
            return None
        aspect = self.rows[row]
        if col == 0:
            return aspect, None
        aid = self.result.article_ids[col - 1]
        return aspect, aspect.cells[aid]

    def _description_of(
        self, found: tuple[Aspect, Cell | None]
    ) -> tuple[tuple[object, ...], tuple[object, ...]]:
        """What `_describe` makes the detail pane's text from: the objects (told apart by identity, a
        comparison is not compared field by field) and the sizes and class it reads."""
        objects = (self.result, self.rows, *found, self._provenance())
        return objects, (self.has_class("-compact"), self.size.height, self._drawing_size())

    def _is_described(self, described: tuple[tuple[object, ...], tuple[object, ...]]) -> bool:
        """Whether the detail pane shows the text `_describe` would make from `described`."""
        last = self._described
        return (
            last is not None
            and len(last[0]) == len(described[0])
            and all(a is b for a, b in zip(last[0], described[0], strict=True))
            and last[1] == described[1]
        )

    def _describe(self) -> None:
        """The detail pane tells the cell (or row) under the cursor. Told again for the same cell of
        the same grid (the cursor placed on a new grid, then each highlight it causes), it makes and
        sets nothing: each text set anew laid the screen out again."""
        found = self._current()
        detail = self.query_one("#compare-detail", Static)
        if found is None:
            detail.update("")
            self._described = None
            return
        described = self._description_of(found)
        if self._is_described(described):
            return
        self._described = described
        aspect, cell = found
        names = outlet_names(self.result) if self.result is not None else {}
        out = Text(f"{aspect.label}: ", style="bold")
        out.append(with_names(aspect.summary, names))
        if cell is not None and cell.mark == "differ" and self.has_class("-compact"):
            # Three lines: the cell's own contradiction (whom it contradicts, both values and why)
            # first; the row's label and verdict stay in the grid's first column.
            out = Text()
        if cell is not None and cell.present and cell.main is not None:
            src = cell.main.source
            name = names.get(cell.article_id, cell.article_id)
            out.append(f"\n{name}: " if out.plain else f"{name}: ", style="bold")
            out.append(f"{MARKS[cell.mark]} {cell.mark}")
            if cell.note:
                out.append(f" · {with_names(cell.note, names)}")
            if cell.own:
                out.append(f" · {with_names(cell.own, names)}")
            if src is not None:
                kind = "" if src.kind == src.name else f" ({src.kind})"
                out.append(f" · source: {src.name}{kind}")
            hedges = sorted({h.text for h in cell.main.hedges if h.kind in ("epistemic", "allegation")})
            if hedges:
                out.append(f" · hedged: {', '.join(hedges)}")
            if len(cell.statements) > 1:
                out.append(f" · {len(cell.statements)} sentences on this aspect")
            if others := other_candidates(cell):
                out.append(f" · {others}")
        if cell is not None and self.result is not None and (self.size.height or 24) < 32:
            p = self.result.profiles[cell.article_id]
            s = p.sourcing
            out.append(
                f"\n{names.get(cell.article_id, cell.article_id)}: people {s.kinds.get('person', 0)}, orgs "
                f"{s.kinds.get('organization', 0)}, outlets {s.kinds.get('outlet', 0)}, unnamed {s.unnamed}; "
                f"hedged {s.hedged}/{s.statements}; loaded {p.loaded_per_1000:.0f}/1k",
                style="dim",
            )
        if cell is not None and cell.present and aspect.alignments:
            al = next((x for x in aspect.alignments if cell.main and cell.main.id in (x.a, x.b)), None)
            if al is not None:
                ents = "n/a" if al.entities is None else f"{al.entities:.2f}"
                out.append(
                    f"\naligned: score {al.score:.2f} from entities {ents}, wording {al.text:.2f}, "
                    f"value {al.slot:.2f} (0.4/0.3/0.3; {aspect.rule})",
                    style="dim",
                )
        for flag in aspect.flags[:2]:
            out.append(f"\n⚑ {with_names(flag, names)}", style="yellow")
        line = self._provenance_line(aspect, cell)
        if line is not None:
            # after the cell's line: on a short screen (3 lines) it takes the sourcing line's place
            at = out.plain.find("\n", out.plain.find("\n") + 1) if cell is not None else out.plain.find("\n")
            out = out[:at] + line + out[at:] if at >= 0 else out + line
        detail.update(out)

    def _provenance_line(self, aspect: Aspect, cell: Cell | None) -> Text | None:
        """ "provenance: $14B stated by 2 articles, resting on 2 independent origins · p: the chain"
        for the row's facts (the cell's article's, when on a cell); None when there are none or the
        provenance is still being found (it is found once, in the background)."""
        analysis = getattr(self.app, "analysis", None)
        if analysis is None:
            return None
        found = self._provenance()
        if found is None:
            self._find_provenance()
            return None
        from tui.analysis.timeline import aspect_fact_keys

        facts = [found[k] for k in aspect_fact_keys(analysis, aspect) if k in found]
        if cell is not None:
            facts = [f for f in facts if cell.article_id in f.articles]
        if not facts:
            return None
        line = Text("\nprovenance: ", style="dim")
        if self._drawing_size()[0] >= 100:
            line.append("; ".join(f"{' '.join(f.shown.split())} {f.summary}" for f in facts[:2]))
            line.append(" · p: the chain", style="dim")
        else:  # one line at 80 columns: the counts alone
            line.append(
                "; ".join(
                    f"{' '.join(f.shown.split())[:20]}: {len(f.articles)} article{'s' if len(f.articles) != 1 else ''}, "
                    f"{len(f.origins)} origin{'s' if len(f.origins) != 1 else ''}"
                    for f in facts[:2]
                )
            )
            line.append(" · p", style="dim")
        return line

    def _provenance(self) -> dict[Any, FactProvenance] | None:
        """The corpus's facts by key with their provenance, when the app has found them already."""
        known = getattr(self.app, "known_story", None)
        story = known() if callable(known) else None
        return story[1] if story is not None else None

    def _find_provenance(self) -> None:
        if self._finding_provenance or not callable(getattr(self.app, "corpus_story", None)):
            return  # being found, or an app that keeps none (a bare test app): no provenance line
        self._finding_provenance = True
        self._provenance_worker(self.app)

    @work(
        thread=True, exclusive=True, group="compare-provenance", exit_on_error=False, description="provenance"
    )
    def _provenance_worker(self, app: Any) -> None:
        # `app` is passed in: in a thread, the active app is not known
        app.corpus_story()  # found once per analysis and kept by the app (about 200 ms at 1,000 articles)
        app.call_from_thread(self._provenance_found)

    def settling(self) -> bool:
        """Whether the screen is still finding something it shows (the provenance of the corpus's
        facts, in the background): the app draws a screen built off screen once it has settled."""
        return self._finding_provenance and any(
            w.node is self and w.group == "compare-provenance" and not w.is_finished for w in self.app.workers
        )

    def _provenance_found(self) -> None:
        self._finding_provenance = False
        if self.result is not None and self.rows and self._provenance() is not None:
            self._describe()

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self._describe()
        self._remember(save=False)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.action_open_cell()

    def action_open_cell(self) -> None:
        found = self._current()
        if found is None or found[1] is None or found[1].main is None:
            self.notify("Nothing to open in this cell.", markup=False)
            return
        st = found[1].main
        # Esc in the Reader comes back here, to this row (the app keeps the state)
        if st.claim_id:
            self.dismiss(ItemRef("claim", st.claim_id, st.span, back="compare"))
        else:
            self.dismiss(ItemRef("span", st.id, st.span, back="compare"))

    def action_copy_cell(self) -> None:
        from tui.app.copying import copy_quote, span_passage

        found = self._current()
        cell = found[1] if found is not None else None
        if cell is None or cell.main is None:
            self.notify("Nothing to copy in this cell.", markup=False)
            return
        copy_quote(self.app, span_passage(self.app, cell.article_id, cell.main.span, "statement"))

    def action_toggle_differences(self) -> None:
        self.differences_only = not self.differences_only
        if self.result is not None:
            self._show(self.result, previous=self._previous)
        self._remember(save=True)
        self.notify("Differences only" if self.differences_only else "All aspects", markup=False)

    def action_pick_articles(self) -> None:
        corpus = self.app.corpus  # type: ignore[attr-defined]
        originals, by_id = independent_articles(corpus), corpus.by_id()
        wires = wire_groups(corpus, originals)
        articles = [
            (
                a.id,
                a.meta.outlet or a.id,
                f"({label}) {a.display_title}"
                if (label := link_label(a, originals, wires, by_id))
                else a.display_title,
            )
            for a in corpus.articles
        ]

        def chosen(ids: list[str] | None) -> None:
            if not ids:  # cancelled: the comparison made ahead of the ticked articles is not wanted
                self.app.compare_ahead_of(None)  # type: ignore[attr-defined]
                return
            if not self._previous:  # the cursor's place in the grid shown, for the new grid
                state = self._state()
                self._place = (state.aspect, state.column)
            self.article_ids = ids
            self._note = _default_choice_note(corpus, ids)
            self._remember(save=True)
            known = getattr(self.app, "known_comparison", None)
            ready = known(ids) if callable(known) else None
            if ready is not None:  # made while the ticks stood still (compare_ahead_of): drawn now
                self.workers.cancel_group(self, "compare")  # an earlier choice's lands no more
                self._show(ready)
                return
            if not self._keep_previous():
                self.query_one("#compare-title", Static).update(Text("Comparing…"))
            self.run_comparison(ids, self._profiles_in_view())

        self.app.push_screen(
            ArticlePicker(articles, list(self.article_ids or []), self._compare_ticked), chosen
        )

    def _compare_ticked(self, ticked: list[str] | None) -> None:
        """Ticked in the picker: the comparison of the `ticked` is made ahead by the app once the ticks
        stand still (compare_ahead_of, which gives up the one made for the articles ticked before; None:
        only that), the frames and tone of those whose profile lines the pane shows first included, so
        that Enter finds it made."""
        self.app.compare_ahead_of(ticked)  # type: ignore[attr-defined]

    def action_show_profile(self) -> None:
        if self.result is None:
            return
        found = self._current()
        aid = (
            found[1].article_id if found is not None and found[1] is not None else self.result.article_ids[0]
        )
        self.app.push_screen(ProfileScreen(profile_text(self.result, aid), aid))

    def provenance_scope(self) -> ProvenanceScope | None:
        """What `p` shows here: the facts of the aspect row under the cursor, the cell's article's
        statement first."""
        from tui.analysis.timeline import aspect_fact_keys

        found = self._current()
        analysis = getattr(self.app, "analysis", None)
        if found is None or analysis is None:
            return None
        aspect, cell = found
        keys = tuple(aspect_fact_keys(analysis, aspect))
        return ProvenanceScope(f"the row “{aspect.label}”", keys, cell.article_id if cell else None)

    NO_ARTICLE = "Move to an article's column: o and y act on the column's article."

    def article_in_view(self) -> str | None:
        """The article `o` and `y` act on: the column under the cursor (none on the Aspect column)."""
        found = self._current()
        return found[1].article_id if found is not None and found[1] is not None else None

    def action_export(self, fmt: str) -> None:
        """Export the comparison as `compare --format` prints it (md, json, html), with the timeline
        and the provenance of the compared articles, to a file the user names (atomic write)."""
        from pathlib import Path

        from tui.analysis.compare.report import FORMATS, render
        from tui.analysis.timeline_report import story
        from tui.app.screens.export_dialog import ask_export
        from tui.storage.atomic import atomic_write_text

        result = self.result
        corpus = getattr(self.app, "corpus", None)
        analysis = getattr(self.app, "analysis", None)
        if result is None or self._previous or corpus is None or analysis is None:
            self.notify(
                "Nothing to export yet: the comparison is not ready.", severity="warning", markup=False
            )
            return
        label = {"md": "Markdown", "json": "JSON", "html": "HTML"}[fmt]

        def write(target: Path) -> str:
            told = story(corpus, analysis, result.article_ids)  # the compared articles, as the CLI does
            atomic_write_text(target, render(result, corpus, told, fmt))
            return (
                f"Exported the comparison of {len(result.article_ids)} articles, with the timeline "
                f"and the provenance of {len(told.facts)} facts, as {label}"
            )

        ask_export(self, f"the comparison as {label}", f"comparison{FORMATS[fmt]}", "Compare", write)

    def action_explain(self) -> None:
        from tui.app.screens.compare_help import CompareHelpScreen

        self.app.push_screen(CompareHelpScreen())

    def action_close(self) -> None:
        self.dismiss(None)
