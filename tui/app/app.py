"""The Textual app: the one owner of a session's state, the loading worker, and `show_item`.

App state (screens read it with `app = getters.app(ExplorerApp)` and keep no copy):
- `corpus` (tui.corpus.model.Corpus | None) and `analysis` (CorpusAnalysis | None): None while
  loading; set together, on the UI thread, once the worker has finished.
- `data_ready` (reactive bool): False while loading, True once `corpus` and `analysis` are set.
  A screen can `self.watch(self.app, "data_ready", callback)`.
- `load_progress` (reactive (done, total, stage)): what the loading worker is doing.
- `load_error` (str | None): why loading failed, if it did.
- `reload(corpus_path=None)`: load the corpus (or another folder) again, e.g. after an import;
  `open_corpus(path)` opens another folder (None: the seeds), `corpus_folder_label()` names it.
- `index` (ExploreIndex | None): the explorer's precomputed lists.
- `search_index` (SearchIndex | None): built in a worker once the data has arrived
  (`ensure_search_index()` builds it on demand, from any thread).
- `selection` (tui.app.refs.Selection | None): what the user has selected (what `c` copies); the
  explorer reports it with `select(...)`, the search screen its query with `remember_search(...)`.
- `overview_frames_for(analysis)`: the primary frames the Overview screen found for this analysis.
- `compare_articles(ids)` / `known_comparison(ids)`: comparisons, each computed once per analysis
  (and each article's own frames, tone and loaded words once, whatever it is compared with); the
  one `m` opens with is computed in the background after loading.
- `corpus_story()` / `known_story()`: the timeline and the provenance of every fact of the corpus
  (tui.analysis.timeline_report.Story), found once per analysis, for Compare's detail pane and `p`.
- `corpus_timeline()` / `known_timeline()`: what the Timeline screen shows (its rows and drifts,
  tui.analysis.timeline_view), made from that story once per analysis, after loading.
- `settings`, `citation_style`, `basket`: the user's own data (tui/app/app_base.py).
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import Worker, WorkerState, get_current_worker

from tui.analysis.collector import collector_paused
from tui.app.app_base import AppBase
from tui.app.commands import bindings_for
from tui.app.keyhint import UnboundKeyHint
from tui.app.palette import ActionsProvider, ItemsProvider
from tui.app.refs import ItemRef, Selection
from tui.app.screens import SCREENS
from tui.app.widgets.footer import KeyFooter
from tui.corpus.text import safe_for_terminal

if TYPE_CHECKING:  # imported when the data arrives, not before the first paint
    from tui.analysis.compare import ArticleParts, Comparison
    from tui.analysis.compare import Progress as CompareProgress
    from tui.analysis.model import CorpusAnalysis
    from tui.analysis.overview import Overview
    from tui.analysis.search import SearchIndex
    from tui.analysis.search.store import IndexChild
    from tui.analysis.timeline import FactKey, FactProvenance
    from tui.analysis.timeline_report import Story
    from tui.analysis.timeline_view import TimelineView
    from tui.app.explore_index import ExploreIndex
    from tui.corpus.model import Corpus


#: The loading worker's progress messages: at most one every PROGRESS_EVERY seconds, and only when
#: the bar has moved by a step of PROGRESS_STEP percent (the last one always). Each message redraws
#: the status line on the UI thread, about 2 ms of its CPU: a cold load sent one a percent (100,
#: 0.3 s of the UI's CPU) however long it ran; twice a second at most, by 2 %, is 12 in a 6 s load
#: and at most 50 in a long one, and the bar (40 cells, half a cell its finest step) still moves.
PROGRESS_EVERY = 0.5
PROGRESS_STEP = 2


def progress_step(done: int, total: int) -> int:
    """The step of the bar (PROGRESS_STEP percent each) that `done` of `total` reaches."""
    return done * 100 // (total * PROGRESS_STEP) if total > 0 else 0


def progress_due(done: int, total: int, now: float, last: float, shown: int) -> bool:
    """Whether the loading worker tells its progress at `done` of `total` (at time `now`; the last
    message at `last`, showing step `shown`): always at the end, else PROGRESS_EVERY seconds after
    the last message and once the bar has moved a step."""
    return done >= total or (now - last >= PROGRESS_EVERY and progress_step(done, total) != shown)


def _close_index(index: object) -> None:
    """Close a search index's file, when it has one (a StoredIndex; one built in memory has none)."""
    close = getattr(index, "close", None)
    if callable(close):
        close()


def display_path(path: Path) -> str:
    """A folder as a person writes it: ~/stories/acme for one under the home folder."""
    try:
        resolved = path.expanduser().resolve()
        home = Path.home().resolve()
        return "~/" + str(resolved.relative_to(home)) if resolved != home else "~"
    except (OSError, ValueError, RuntimeError):
        return str(path)


class _Superseded(Exception):
    """A comparison made ahead of `m` given up: the chosen articles changed meanwhile."""


class ExplorerApp(AppBase):
    TITLE = "meta-scale-tui"
    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses elsewhere find it too
    SCOPE: ClassVar[str] = "global"
    BINDINGS = bindings_for("global")
    COMMANDS = App.COMMANDS | {ActionsProvider, ItemsProvider}

    data_ready: var[bool] = var(False)
    load_progress: var[tuple[int, int, str]] = var((0, 0, "Loading the corpus…"))

    class Loaded(Message):
        def __init__(
            self, corpus: Corpus, analysis: CorpusAnalysis, index: ExploreIndex, generation: int
        ) -> None:
            super().__init__()
            self.corpus, self.analysis, self.index = corpus, analysis, index
            self.generation = generation

    class Progress(Message):
        def __init__(self, done: int, total: int, stage: str) -> None:
            super().__init__()
            self.done, self.total, self.stage = done, total, stage

    def __init__(self, corpus_path: Path | None = None, theme_name: str | None = None) -> None:
        self.theme_problems: list[str] = []
        self._file_themes_registered = False
        # --theme (an unknown name is a notification listing the themes; the app still opens),
        # else the saved theme. The bundled and user YAML themes are read now only when the theme
        # to apply is one of them; otherwise right after the first paint (on_ready).
        super().__init__(theme_name, register_themes=self.register_file_themes)
        self.corpus_path = corpus_path
        self._generation = 0  # which load is current: a superseded worker's result is dropped
        self.corpus: Corpus | None = None
        self.analysis: CorpusAnalysis | None = None
        self.index: ExploreIndex | None = None
        self.search_index: SearchIndex | None = None
        self._search_for: CorpusAnalysis | None = None  # the analysis search_index was built from
        self._search_lock = threading.Lock()
        #: (the load's generation, the child process building its search index, started as the load's
        #: analysis was merged): ensure_search_index waits for it rather than starting one
        self._index_child: tuple[int, IndexChild] | None = None
        self._quitting = False  # set when the app unmounts: an index built after that is closed
        self.load_error: str | None = None
        self.selection: Selection | None = None
        #: (screen name, the selection shown): where Esc in the Reader goes back to (show_item).
        self._reader_back: tuple[str, Selection | None] | None = None
        self.last_search_query = ""  # offered again when the search screen reopens
        #: The overview's primary frames (article id -> frame) and the analysis they were found for.
        self._overview_frames: tuple[CorpusAnalysis, dict[str, str | None]] | None = None
        self._overview_data: tuple[CorpusAnalysis, Overview] | None = None
        #: Comparisons by their article ids (the most recent last), with the per-article parts
        #: they share, for one analysis (tui.analysis.compare.ArticleParts).
        self._comparisons: tuple[CorpusAnalysis, ArticleParts, dict[tuple[str, ...], Comparison]] | None = (
            None
        )
        self._compare_lock = threading.Lock()
        #: The comparisons being computed (by analysis and article ids), each with the event set when
        #: it ends: a second asker waits for the first rather than computing it twice.
        self._comparing: dict[tuple[int, tuple[str, ...]], threading.Event] = {}
        #: The pause after a change of the chosen articles before their comparison is made ahead.
        self._compare_ahead_timer: Timer | None = None
        #: The articles whose comparison the last compare-ahead worker was started for (it may have
        #: ended since: compare_ahead_of then finds the comparison made).
        self._ahead_ids: tuple[str, ...] | None = None
        #: The timeline and provenance of the whole corpus (corpus_story), the analysis it was found
        #: for, and its facts by key.
        self._story: tuple[CorpusAnalysis, Story, dict[FactKey, FactProvenance]] | None = None
        self._story_lock = threading.Lock()
        #: The Timeline screen's rows and drifts (corpus_timeline) and the analysis they were made for.
        self._timeline: tuple[CorpusAnalysis, TimelineView] | None = None
        #: The Compare, search and Overview screens, kept once opened or built (`_kept_screen`,
        #: `_prebuild_screens`), by name; whether they are being built.
        self._kept_screens: dict[str, Screen] = {}
        self._prebuilding = False
        if corpus_path is None and not os.environ.get("META_SCALE_TUI_CORPUS"):
            self.corpus_path = self.last_corpus()  # None: the bundled seed corpus

    def register_file_themes(self) -> None:
        """Register the bundled and user YAML themes (once); their problems are notified."""
        if self._file_themes_registered:
            return
        self._file_themes_registered = True
        from tui.app.themes import register_themes

        self.theme_problems = [str(p) for p in register_themes(self) or []]
        if self.theme_problems and self.is_running:
            self._notify_theme_problems()

    def _notify_theme_problems(self) -> None:
        self.notify(
            safe_for_terminal("\n".join(self.theme_problems)),
            title="Theme problems",
            severity="warning",
            markup=False,
        )

    def get_default_screen(self) -> Screen:
        from tui.app.screens.explore import ExploreScreen

        return ExploreScreen()

    def on_mount(self) -> None:
        if self.theme_problems:  # read before the first paint: the theme to apply was a YAML one
            self._notify_theme_problems()
        self.call_after_refresh(self.load)  # first paint before the loading worker takes the GIL

    def on_key(self, event: events.Key) -> None:
        # A key that reaches the app has passed the focused widget and the screen; the app runs its
        # binding right after this, with the focus the keys before it left (tui/app/keyhint.py).
        if isinstance(self.screen, UnboundKeyHint):
            self.screen.hint_if_unbound(event)

    def on_ready(self) -> None:
        self.register_file_themes()  # after the first paint: the palette lists them from now on

    # -- loading -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load", description="Loading the corpus")
    def load(self) -> None:
        """Load and analyse the corpus off the UI thread; post progress and the result."""
        from tui.analysis.pipeline import analyse, readying_pool
        from tui.app.explore_index import ExploreIndex
        from tui.corpus.snapshot import load_corpus_kept

        generation = self._generation
        self.post_message(self.Progress(0, 0, "Loading the corpus…"))
        last = 0.0
        shown = -1

        def progress(done: int, total: int) -> None:
            # Each message redraws the status line, the UI thread's work while a cold load runs:
            # only as often as the bar visibly moves (progress_due).
            nonlocal last, shown
            now = time.monotonic()
            if progress_due(done, total, now, last, shown):
                last, shown = now, progress_step(done, total)
                self.post_message(self.Progress(done, total, f"Analysing {done}/{total} articles…"))

        child: list[IndexChild] = []

        def merging() -> None:
            # The pool's processes are done and the merge runs on one core: a large corpus's
            # search-index process starts on the other meanwhile (ensure_search_index, which would
            # start it only once the data has reached the screen, waits for this one).
            from tui.analysis.search.store import CHILD_MIN_ARTICLES, ready_index_child

            if total >= CHILD_MIN_ARTICLES and not child:
                child.extend(filter(None, [ready_index_child()]))

        # A cold analysis's processes get ready on the other core while the corpus is read.
        try:
            with readying_pool(self.corpus_path):
                corpus = load_corpus_kept(self.corpus_path)  # read back whole while no file has changed
                total = len(corpus.articles)
                self.post_message(self.Progress(0, total, f"Analysing {total} articles…"))
                analysis = analyse(corpus, progress, merging=merging)
        except BaseException:
            for started in child:
                started.close()
            raise
        if child:
            child[0].build(corpus.root)  # the analysis is stored: the child indexes it from the cache
            self._hand_index_child(generation, child[0])
        self.post_message(self.Progress(total, total, "Indexing…"))
        # Building the index makes many small objects; a pause of the cyclic GC over the large,
        # long-lived analysis makes this 3x quicker at 50,000 claims (bench.panes).
        # the index lives as long as the analysis: out of the collector's sight too (frozen before
        # the collector is on again: after, its first pass walked the whole index first)
        with collector_paused(freeze=True):
            index = ExploreIndex(corpus, analysis)
        self.post_message(self.Loaded(corpus, analysis, index, generation))

    def reload(self, corpus_path: Path | None = None) -> None:
        """Load a corpus again (after an import, or another folder): the panes refill when done."""
        if corpus_path is not None:
            self.corpus_path = corpus_path
        self.selection = None
        self.load_error = None
        self.load_progress = (0, 0, "Loading the corpus…")
        self.data_ready = False
        self.corpus = self.analysis = self.index = None
        self._close_search_index()
        self._overview_frames = self._overview_data = None
        self._comparisons = None
        self._story = None
        self._timeline = None
        self._drop_kept_screens()
        self._generation += 1
        self.load()

    def open_corpus(self, path: Path | None) -> None:
        """Open another corpus folder (None: the bundled seed corpus) in place of this one; it is
        remembered among the recent corpora once it has loaded."""
        from tui.corpus.loader import seed_corpus_path

        self.reload(path if path is not None else seed_corpus_path())

    def corpus_folder_label(self) -> str:
        """Which folder is open, for the header: "seed corpus", or the folder with ~ for home."""
        from tui.corpus.loader import is_seed_corpus

        corpus = self.corpus
        if corpus is None:
            return ""
        try:
            if is_seed_corpus(corpus.root):
                return "seed corpus"
        except OSError:
            pass
        return display_path(corpus.root)

    def on_explorer_app_progress(self, message: Progress) -> None:
        if not self.data_ready:
            self.load_progress = (message.done, message.total, message.stage)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search-index", description="Indexing")
    def prepare_search(self, compare_ids: list[str] | None = None) -> None:
        """Build the search index once the data has arrived, so the first `/` opens at once; then
        the overview's table, with the primary frames when an earlier run stored them, so `v` too;
        then the comparison of `compare_ids` (the articles `m` opens with), so `m` too. (The
        timeline and the provenance `T` shows are found once its screen is built off screen.)

        The index is found in a thread of its own while the overview and the comparison are made:
        on a first start a large corpus is indexed by a child process (ensure_search_index), on the
        other core, and this worker does not end before the index is there."""
        failed: list[BaseException] = []

        def index() -> None:
            try:
                self.ensure_search_index()
            except BaseException as err:  # raised in this worker below, as before
                failed.append(err)

        indexing = threading.Thread(target=index, name="search-index", daemon=True)
        indexing.start()
        self.prepare_overview()
        if compare_ids:
            self.prepare_comparison(compare_ids)
        indexing.join()
        # What was built here lives until the next load, like the analysis (tui/analysis/pipeline.py,
        # "Garbage collection"): left in sight, every full collection scanned it again, a pause of
        # 30-190 ms at 1,000 articles in the middle of whatever key was being pressed.
        gc.freeze()
        if failed:
            raise failed[0]

    def prepare_overview(self) -> None:
        from tui.analysis.frames_store import load_frames
        from tui.analysis.overview import overview

        corpus, analysis = self.corpus, self.analysis
        if corpus is None or analysis is None:
            return
        frames = self.overview_frames_for(analysis) or load_frames(corpus.root)
        if frames is not None and not all(a.id in frames for a in corpus.articles):
            frames = None
        data = overview(corpus, analysis, frames)
        if self.analysis is analysis and frames is not None:  # not superseded by a reload meanwhile
            self.remember_overview_frames(analysis, frames)
            self.remember_overview(analysis, data)

    def prepare_comparison(self, ids: list[str], cancelled: Callable[[], bool] | None = None) -> None:
        """Compare `ids` ahead of `m`, so that the Compare screen only has to draw it, with the frames and
        tone of those whose profile lines `m` shows first (PROFILES_AHEAD), from any thread (prepare_search's
        worker, compare_ahead); given up between two of its steps once `cancelled` says so. A comparison
        that fails is left for the Compare screen to say why."""
        from tui.analysis.compare import CompareDataError

        def given_up(stage: str, done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise _Superseded

        with contextlib.suppress(_Superseded, CompareDataError, KeyError, ValueError):  # `m` says why
            result = self.compare_articles(ids, given_up if cancelled is not None else None)
            for aid in result.article_ids[: self.PROFILES_AHEAD]:
                if cancelled is not None and cancelled():
                    return
                result.profiles[aid].parts()

    #: Seconds without another change of the chosen or ticked articles before their comparison is made
    #: ahead of `m` (compare_ahead_of): choices changed in a row are compared once, for the last.
    COMPARE_AHEAD_AFTER: ClassVar[float] = 0.3

    def compare_choice_changed(self, root: Path) -> None:
        """The articles `m` opens with changed (remember_compare, UI thread): their comparison is made
        ahead of `m` once the choice has stood still COMPARE_AHEAD_AFTER seconds (compare_ahead_of)."""
        corpus = self.corpus
        if corpus is None or not self.data_ready or self._corpus_key(corpus.root) != self._corpus_key(root):
            return
        self.compare_ahead_of(self.compare_ids())

    def compare_ahead_of(self, ids: list[str] | None, at_once: bool = False) -> None:
        """Make the comparison of `ids` in the background (UI thread) once no other call came for
        COMPARE_AHEAD_AFTER seconds, or `at_once`: for a choice changed (compare_choice_changed) or the
        articles ticked in the Compare screen's picker. (The comparison of the choice found after loading
        is made by prepare_search.) A comparison being made ahead for other articles is cancelled (it
        gives up between two of its steps); one already made or being made for `ids` is left as it is.
        None: only cancel. What the Compare screen shows is still the comparison of its own articles,
        found by their ids."""
        if self._compare_ahead_timer is not None:
            self._compare_ahead_timer.stop()
            self._compare_ahead_timer = None
        wanted = tuple(ids) if ids else None
        if self._ahead_ids != wanted:
            self.workers.cancel_group(self, "compare-ahead")
            self._ahead_ids = None
        if wanted is None or self.analysis is None or self._compared_or_comparing(list(wanted)):
            return
        if not at_once:
            self._compare_ahead_timer = self.set_timer(
                self.COMPARE_AHEAD_AFTER, lambda: self.compare_ahead_of(list(wanted), at_once=True)
            )
        else:
            self._ahead_ids = wanted
            self.compare_ahead(list(wanted))

    def _compared_or_comparing(self, ids: list[str]) -> bool:
        analysis = self.analysis
        if analysis is None or self.known_comparison(ids) is not None:
            return True
        with self._compare_lock:
            return (id(analysis), tuple(ids)) in self._comparing

    @work(
        thread=True, exclusive=True, group="compare-ahead", exit_on_error=False, description="comparing ahead"
    )
    def compare_ahead(self, ids: list[str]) -> None:
        """The comparison of `ids` (the chosen articles) made ahead of `m`, and the frames and tone of
        those whose profile lines `m` shows first; given up between two of its steps once cancelled
        (the choice changed again: compare_ahead_of)."""
        worker = get_current_worker()
        self.prepare_comparison(ids, lambda: worker.is_cancelled)

    def compare_ids(self) -> list[str]:
        """The articles `m` opens with in the loaded corpus: the saved choice, else the default."""
        from tui.app.screens.compare import initial_articles

        corpus = self.corpus
        if corpus is None or not corpus.articles:
            return []
        return initial_articles(corpus, self.compare_state(corpus.root))[0]

    #: The articles whose frames and tone are found with a comparison made ahead of `m`: as many
    #: as the Compare screen's profiles pane shows at 120x40 or 80x24 (7, 8); the rest when scrolled to.
    PROFILES_AHEAD: ClassVar[int] = 8

    #: Comparisons kept per analysis (the least recently used is dropped first).
    KEPT_COMPARISONS: ClassVar[int] = 8

    def _comparisons_of(
        self, analysis: CorpusAnalysis
    ) -> tuple[ArticleParts, dict[tuple[str, ...], Comparison]]:
        from tui.analysis.compare import ArticleParts

        with self._compare_lock:
            kept = self._comparisons
            if kept is None or kept[0] is not analysis:
                kept = (analysis, ArticleParts(analysis), {})
                if self.analysis is analysis:  # not superseded by a reload meanwhile
                    self._comparisons = kept
            return kept[1], kept[2]

    def known_comparison(self, ids: list[str]) -> Comparison | None:
        """The comparison of `ids` when it was computed already for the loaded analysis."""
        analysis = self.analysis
        if analysis is None:
            return None
        _parts, done = self._comparisons_of(analysis)
        with self._compare_lock:
            return done.get(tuple(ids))

    def compare_articles(self, ids: list[str], progress: CompareProgress | None = None) -> Comparison:
        """The comparison of `ids` over the loaded analysis, computed once (from any thread; a
        worker's), telling `progress` how far it is when it computes. Raises CompareDataError or
        KeyError as `compare` does, ValueError while loading."""
        from tui.analysis.compare import compare

        corpus, analysis = self.corpus, self.analysis
        if corpus is None or analysis is None:
            raise ValueError("the corpus is still loading")
        parts, done = self._comparisons_of(analysis)
        key = tuple(ids)
        running = (id(analysis), key)
        with self._compare_lock:
            found = done.pop(key, None)
            if found is not None:
                done[key] = found  # the most recently used last
                return found
            other = self._comparing.get(running)
            if other is None:
                ending = self._comparing[running] = threading.Event()
        if other is not None:  # being computed (ahead of `m`): its result, or computed here if given up
            other.wait()
            return self.compare_articles(ids, progress)
        try:
            result = compare(corpus, analysis, list(ids), parts, progress)
            with self._compare_lock:
                done[key] = result
                while len(done) > self.KEPT_COMPARISONS:
                    del done[next(iter(done))]
        finally:
            with self._compare_lock:
                del self._comparing[running]
            ending.set()
        return result

    def known_story(self) -> tuple[Story, dict[FactKey, FactProvenance]] | None:
        """The corpus's timeline and provenance (and its facts by key) when found already for the
        loaded analysis; None until then (corpus_story finds them)."""
        kept, analysis = self._story, self.analysis
        if kept is None or analysis is None or kept[0] is not analysis:
            return None
        return kept[1], kept[2]

    def corpus_story(self) -> tuple[Story, dict[FactKey, FactProvenance]] | None:
        """The timeline and the provenance of every fact of the loaded corpus, and its facts by key:
        found once per analysis (from any thread: a worker's; about 200 ms at 1,000 articles) and kept
        until the corpus is loaded again, so Compare's detail pane and `p` never find them twice.
        None while no corpus is loaded."""
        corpus, analysis = self.corpus, self.analysis
        if corpus is None or analysis is None:
            return None
        with self._story_lock:  # one finds them, a second caller waits for it
            kept = self._story
            if kept is not None and kept[0] is analysis:
                return kept[1], kept[2]
            from tui.analysis.timeline_report import story

            found = story(corpus, analysis)
            by_key = {f.key: f for f in found.facts}
            if self.analysis is analysis:  # not superseded by a reload meanwhile
                self._story = (analysis, found, by_key)
                # it lives as long as the analysis: out of the cyclic collector's sight like it (at
                # 5,000 articles a full collection scanning it took 270-340 ms in the middle of a key)
                gc.freeze()
            return found, by_key

    def known_timeline(self) -> tuple[TimelineView, dict[FactKey, FactProvenance]] | None:
        """The Timeline screen's rows and drifts, and the facts by key, when made already for the
        loaded analysis; None until then (corpus_timeline makes them)."""
        kept, story = self._timeline, self.known_story()
        if kept is None or story is None or kept[0] is not self.analysis:
            return None
        return kept[1], story[1]

    def corpus_timeline(self) -> tuple[TimelineView, dict[FactKey, FactProvenance]] | None:
        """What the Timeline screen shows (tui.analysis.timeline_view) and the facts by key with their
        provenance: made from corpus_story once per analysis (from any thread; after loading) and kept
        until the corpus is loaded again. None while no corpus is loaded."""
        analysis = self.analysis
        found = self.corpus_story()
        if found is None or analysis is None:
            return None
        with self._story_lock:
            kept = self._timeline
            if kept is not None and kept[0] is analysis:
                return kept[1], found[1]
            from tui.analysis.timeline_view import timeline_view

            view = timeline_view(found[0].line)
            if self.analysis is analysis:  # not superseded by a reload meanwhile
                self._timeline = (analysis, view)
                gc.freeze()  # it lives as long as the analysis: out of the cyclic collector's sight
            return view, found[1]

    def ensure_search_index(self) -> SearchIndex | None:
        """The search index of the current corpus and analysis, built once (from any thread);
        None while no corpus is loaded."""
        corpus, analysis = self.corpus, self.analysis
        if corpus is None or analysis is None:
            return None
        with self._search_lock:
            index = self.search_index
            if index is not None and self._search_for is analysis:
                return index
            from tui.analysis.search.store import load_or_build

            # Stored beside the analysis cache once built; a large corpus's index is built by a
            # child process (the app's memory never holds it whole, the screen keeps its core),
            # the one the load started if it did.
            child, self._index_child = self._index_child, None
            if child is not None and child[0] != self._generation:
                child[1].close()  # another load's
                child = None
            index = load_or_build(corpus, analysis, in_child=True, child=child[1] if child else None)
            if self.analysis is analysis and not self._quitting:  # not superseded meanwhile
                self.search_index, self._search_for = index, analysis
            else:  # a reload or quit came first: nobody keeps it, its file is closed now
                _close_index(index)
            return index

    def _hand_index_child(self, generation: int, child: IndexChild) -> None:
        """Keep the child the load started for ensure_search_index (the load's worker thread)."""
        with self._search_lock:
            earlier, self._index_child = self._index_child, (generation, child)
        if earlier is not None:
            earlier[1].close()

    def _close_search_index(self) -> None:
        """Drop the search index (a reload, a failed load, quitting) and close its file: a stored
        index holds an open sqlite connection until closed (a search still running in a worker
        finishes first; a later one finds nothing). A child the load started is let go."""
        index, self.search_index, self._search_for = self.search_index, None, None
        child, self._index_child = self._index_child, None
        if child is not None:
            child[1].close()
        _close_index(index)

    def on_unmount(self) -> None:  # the app quits
        self._quitting = True
        self._close_search_index()

    def overview_frames_for(self, analysis: CorpusAnalysis) -> dict[str, str | None] | None:
        """The primary frames the overview found for `analysis`, or None when not found yet."""
        kept = self._overview_frames
        return kept[1] if kept is not None and kept[0] is analysis else None

    def remember_overview_frames(self, analysis: CorpusAnalysis, frames: dict[str, str | None]) -> None:
        self._overview_frames = (analysis, frames)

    def overview_for(self, analysis: CorpusAnalysis) -> Overview | None:
        """The overview (rows and charts, frames known) of `analysis`, when computed already."""
        kept = self._overview_data
        return kept[1] if kept is not None and kept[0] is analysis else None

    def remember_overview(self, analysis: CorpusAnalysis, data: Overview) -> None:
        """Keep an overview whose frames are known (it is not changed afterwards)."""
        self._overview_data = (analysis, data)

    def on_explorer_app_loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return  # a load that reload() superseded
        self.corpus, self.analysis, self.index = message.corpus, message.analysis, message.index
        corpus, analysis = message.corpus, message.analysis
        folder = self.corpus_folder_label()  # which corpus is open: an imported one looks alike
        named = corpus.name != safe_for_terminal(corpus.root.name)  # a name from corpus.yaml
        self.title = safe_for_terminal(
            f"{corpus.name} [{folder}]" if named and folder else folder or corpus.name
        )
        copies = message.index.copies if message.index is not None else 0
        copy_note = f" ({copies} cop{'ies' if copies != 1 else 'y'})" if copies else ""
        self.sub_title = (
            f"{len(corpus.articles)} articles{copy_note} · "
            f"{len(analysis.sources)} sources · "
            f"{len(analysis.entities)} entities · {len(analysis.claims)} claims · {len(analysis.quotes)} quotes"
        )
        if not corpus.articles:
            self.load_error = f"No usable article in {corpus.root}."
        self.data_ready = True
        if corpus.articles:
            self.remember_corpus(self.corpus_path)
            self.prepare_search(self.compare_ids())
        if corpus.problems:
            lines = [str(p) for p in corpus.problems[:8]]
            if len(corpus.problems) > 8:
                lines.append(f"… and {len(corpus.problems) - 8} more (meta-scale-tui check lists them all)")
            # Errors about the folder itself (missing, empty) are not skipped files.
            skipped = sum(1 for p in corpus.problems if p.severity == "error" and p.path != corpus.root)
            self.notify(
                safe_for_terminal("\n".join(lines)),
                title=f"Corpus problems: {skipped} file(s) skipped" if skipped else "Corpus problems",
                severity="warning",
                timeout=12,
                markup=False,
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "load" and event.state == WorkerState.ERROR:
            error = event.worker.error
            self.load_error = f"Could not load the corpus: {error}"
            self.notify(safe_for_terminal(self.load_error), severity="error", markup=False)
            self.corpus = self.analysis = self.index = None
            self._close_search_index()
            self.data_ready = True
        elif (
            event.worker.group == "search-index"
            and event.worker.node is self
            and event.state == WorkerState.SUCCESS
        ):  # the data `m`, `/`, `v` and `T` show is all made
            generation = self._generation
            self._prebuilding = True
            self._next_turn(lambda: self._prebuild_screens(generation))

    #: Seconds after the data is ready (search index, overview, comparison) before the kept screens
    #: are built off screen, one at a time (`_prebuild_screens`).
    PREBUILD_AFTER: ClassVar[float] = 0.1

    def _next_turn(self, callback: Callable[[], object]) -> None:
        """Run `callback` PREBUILD_AFTER seconds from now (a timer of 0 s would divide by 0 in
        Textual when it fires late)."""
        self.set_timer(max(self.PREBUILD_AFTER, 0.001), callback)

    def _prebuild_screens(self, generation: int, names: tuple[str, ...] | None = None) -> None:
        """Build the screens `m`, `/`, `v` and `T` open (compose, style, fill), off screen, once the data
        they show is ready, one per turn of the event loop so that a key pressed meanwhile waits for
        one screen at most: the first `m` then shows a screen ready to draw, as a second one does
        (at 1,000 articles the first `m` built its screen in 300-400 ms of CPU, the next in 30)."""
        if generation != self._generation or self.analysis is None or self._exit or not self.is_running:
            self._prebuilding = False
            return  # another corpus is loading, or the app is closing
        left = list(self.KEPT_SCREENS if names is None else names)
        while left:
            name = left.pop(0)
            if name in self._kept_screens:
                continue
            module_name, _, class_name = SCREENS[name].partition(":")
            screen = getattr(import_module(module_name), class_name)()
            screen.prebuilt = True  # not seen yet: it remembers nothing the user did not do
            self.install_screen(screen, f"{name}-{id(screen)}")
            self._kept_screens[name] = screen
            self._load_screen_css(screen)
            self._get_screen(screen)  # mounted (composed and filled), not shown
            break
        if left:
            self._next_turn(lambda: self._prebuild_screens(generation, tuple(left)))
        else:
            steps = [
                (step, name)
                for name in self._kept_screens
                for step in ("layout", "footer", "layout", "styles", "layout", "render", "layout")
            ]
            self._next_turn(lambda: self._paint_off_screen(generation, steps))

    def _paint_off_screen(self, generation: int, steps: list[tuple[str, str]]) -> None:
        """Lay out and draw the screens built off screen once, as their first showing would, one
        step per turn of the event loop: the widgets keep what they drew (CachedTable keeps its
        cells), so the first `m` shows a grid drawn already, as a second `m` does (at 1,000
        articles the first drawing of the grid was about half of the first `m`'s CPU). The focus
        goes where the screen's own would put it first: a table draws its cells for its focus."""
        if generation != self._generation or self.analysis is None or self._exit or not self.is_running:
            self._prebuilding = False
            return
        while steps:
            step, name = steps[0]
            screen = self._kept_screens.get(name)
            if screen is None or not screen.is_attached or screen in self.screen_stack:
                steps.pop(0)  # gone, or opened meanwhile: its own showing draws it
                continue
            settling = getattr(screen, "settling", None)
            if not screen.is_mounted or (callable(settling) and settling()):
                break  # still being built, or filling itself in (Compare's provenance): the next turn
            steps.pop(0)
            if step == "footer":  # its keys as the screen's first showing would make them
                for footer in screen.query(KeyFooter):
                    footer.call_later(footer.compose_off_screen)
            elif step == "styles":  # as its showing does (ScreenResume): the scroll bars laid out since
                self.update_styles(screen, animate=False)
            elif step == "render":
                screen._compositor.render_update(full=True)  # drawn, not displayed
                screen._dirty_widgets.clear()  # as a shown screen's update does once drawn
            elif screen._layout_required or screen.size != self.size or screen.focused is None:
                # as a shown screen's update does; a second turn lays out what the widgets changed
                # once they had their sizes (the grid's columns, the wrapped titles)
                screen._update_auto_focus()
                screen._refresh_layout(self.size)
                screen._layout_required = False
            break
        if steps:
            self._next_turn(lambda: self._paint_off_screen(generation, steps))
            return
        self._prebuilding = False
        # the screens live as long as the analysis: out of the cyclic collector's sight like it
        # (a full collection otherwise scans them again in the middle of a key)
        self.call_after_refresh(gc.freeze)

    def screens_built(self) -> bool:
        """Whether the screens built off screen after loading are all there (bench.keys waits for it)."""
        return not self._prebuilding and all(s.is_mounted for s in self._kept_screens.values())

    # -- the state screens report to the app (the one owner; screens never assign it) -----------

    def select(self, selection: Selection | None) -> None:
        """The explorer's selection changed: what `c`, `b` and the palette act on from now."""
        self.selection = selection

    def remember_search(self, query: str) -> None:
        """The search typed last, offered again when the search screen reopens."""
        self.last_search_query = query

    # -- acting on the selection ----------------------------------------------------------------

    def current_selection(self) -> Selection | None:
        """The item under the cursor now: the screen reads it when the key is handled, not later."""
        sync = getattr(self.screen, "sync_selection", None)
        if callable(sync):
            # the explorer's selection, or what another screen is on (the Timeline: its fact)
            selection: Selection | None = sync()
            return selection
        return self.selection

    def action_copy_selection(self) -> None:
        """`c`: the selection's words with their citation (speaker first), in the chosen style."""
        from tui.app.copying import copy_quote

        copy_quote(self, self.current_selection())

    def action_open_article_url(self) -> None:
        """`o`: the article in view, in the browser (tui/app/article_url.py)."""
        from tui.app.article_url import open_article_url

        open_article_url(self)

    def action_copy_article_url(self) -> None:
        """`y`: copy the web address of the article in view."""
        from tui.app.article_url import copy_article_url

        copy_article_url(self)

    def action_show_provenance(self) -> None:
        """`p`: where the facts in view come from (tui/app/screens/provenance.py)."""
        from tui.app.screens.provenance import open_provenance

        open_provenance(self)

    def action_basket_add(self) -> None:
        """`b`: add the selection's exact words (with whose they are and where) to the quote basket."""
        from tui.app.copying import selection_passage

        passage = selection_passage(self, self.current_selection())
        if passage is None or passage.kind == "article":
            self.notify(
                "Nothing to add to the basket here: select a claim, a quote, an entity mention or a source.",
                severity="warning",
                markup=False,
            )
            return
        self.basket_add(passage)

    # -- screens and items -----------------------------------------------------------------------

    def action_open_screen(self, name: str) -> None:
        target = SCREENS.get(name)
        if target is None:
            return
        module_name, _, class_name = target.partition(":")
        screen_class = getattr(import_module(module_name), class_name)
        if name not in ("help", "corpora") and not self.data_ready:
            self.notify("Still loading the corpus: try again in a moment.", markup=False)
            return
        if isinstance(self.screen, screen_class):
            return
        if name in self.KEPT_SCREENS:
            self.push_screen(self._kept_screen(name, screen_class), self._dismissed)
            return
        self.push_screen(screen_class(), self._dismissed)

    #: The screens kept once opened: each has `reopen()`, which shows what a new screen would.
    KEPT_SCREENS: ClassVar[tuple[str, ...]] = ("compare", "search", "overview", "timeline")

    def _kept_screen(self, name: str, screen_class: type[Screen]) -> Screen:
        """The screen `name` opens (m, /, v, T): one, kept (installed) while the corpus stays loaded, so
        that opening it again does not compose, style and render a new screen, its footer and its
        table or grid each time (2/3 of the time of `m` at 1,000 articles, half of `v`'s, and the
        garbage of a screen each time it closed). `reopen()` brings it up to date: what a new screen
        would show (Compare, search), or as the user left it (Overview), with the loaded corpus."""
        kept = self._kept_screens.get(name)
        if kept is not None and kept.is_attached:
            built = kept.is_mounted  # a screen being built off screen (_prebuild_screens) fills itself
            kept.prebuilt = False  # type: ignore[attr-defined]
            if built:
                kept.reopen()  # type: ignore[attr-defined]
            return kept
        screen = screen_class()
        if self.analysis is not None:
            self.install_screen(screen, f"{name}-{id(screen)}")
            self._kept_screens[name] = screen
        return screen

    def _drop_kept_screens(self) -> None:
        """Another corpus is being loaded: the kept screens are removed, and with them what they hold
        of the corpus being replaced. One shown now (under the import dialog) stays: it is emptied
        while the corpus loads and filled from the new one once loaded (its `data_ready` watch), or
        when it is opened again (`reopen`)."""
        for name, screen in list(self._kept_screens.items()):
            if any(screen in stack for stack in self._screen_stacks.values()):
                continue
            del self._kept_screens[name]
            self.uninstall_screen(screen)
            if screen.is_attached:
                screen.remove()

    def back_from_reader(self) -> bool:
        """Esc in the Reader: back to the screen the item was opened from (Compare), if the Reader
        still shows that item; False when there is no such screen (the Reader goes back to its pane)."""
        back, self._reader_back = self._reader_back, None
        if back is None or back[1] != self.selection:
            return False
        self.action_open_screen(back[0])
        return True

    def _dismissed(self, result: object) -> None:
        if isinstance(result, ItemRef):
            self.show_item(result)

    def show_item(self, ref: ItemRef) -> bool:
        """Select `ref` in its pane (clearing filters that hide it) and highlight it in the Reader."""
        from tui.app.screens.explore import ExploreScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, ExploreScreen):
                explore = screen
                while self.screen is not explore:
                    self.pop_screen()
                if explore.show_ref(ref):
                    self._reader_back = None
                    if ref.back:  # Esc in the Reader goes back there while it shows this item
                        explore.set_focus(explore.reader)
                        self._reader_back = (ref.back, self.selection)
                    return True
                self.notify(
                    f"Not found in this corpus: {ref.kind} {ref.id}", severity="warning", markup=False
                )
                return False
        return False
