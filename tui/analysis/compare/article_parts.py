"""The parts of a comparison that belong to one article alone, kept between comparisons.

An article's statements (its sentences with what the extractor found in them), their aspect
classes (`aspects.memberships`), its frame profile, tone and loaded language are read from the
article and the analysis only, so they are the same in every comparison of it over one analysis:
`ArticleParts` computes them once per article and hands the same (read-only) results to each later
comparison. (The first 20-article comparison after the default six built the six's statements and
classes again: a third of its sentences.) One instance belongs to one
analysis (`parts_for` refuses another: a reload makes a new analysis, and its caller a new
instance). Whoever runs comparisons owns the instance (the app keeps one per loaded analysis); the
CLI, which compares once, passes none. No Textual here.
"""

from __future__ import annotations

import threading

from tui.analysis.compare.aspects import Membership, People, figure_roles_of, memberships
from tui.analysis.compare.frames import profile as frame_profile
from tui.analysis.compare.model import OwnParts, Statement
from tui.analysis.compare.statements import MentionsByArticle, article_indexes, build_statements
from tui.analysis.compare.tone import loaded, tone
from tui.analysis.model import CorpusAnalysis
from tui.corpus.model import Article


def own_parts(statements: list[Statement]) -> OwnParts:
    frames, primary = frame_profile(statements)
    return OwnParts(frames, primary, tone(statements), loaded(statements))


class ArticleParts:
    """Per-article `OwnParts` of one analysis, computed on first use (safe from several threads:
    two threads may compute one article at once, and both get equal results)."""

    def __init__(self, analysis: CorpusAnalysis) -> None:
        self.analysis = analysis
        self._parts: dict[str, OwnParts] = {}
        self._statements: dict[str, list[Statement]] = {}
        self._memberships: dict[str, list[Membership]] = {}
        self._lock = threading.Lock()
        self._people: People | None = None
        self._mentions: MentionsByArticle | None = None

    def __len__(self) -> int:
        return len(self._parts)

    def known(self, article_id: str) -> OwnParts | None:
        """The article's parts when found already, else None (nothing is computed)."""
        with self._lock:
            return self._parts.get(article_id)

    def people(self) -> People:
        """The analysis's persons and their titles by article (compare.aspects.People), made once:
        every comparison read every entity of the corpus for them (45 ms at 1,000 articles)."""
        with self._lock:
            found = self._people
        if found is None:
            found = People(self.analysis)
            with self._lock:
                if self._people is None:
                    self._people = found
                found = self._people
        return found

    def mentions(self) -> MentionsByArticle:
        """The analysis's mentions and citations by article (statements.MentionsByArticle), made once:
        every comparison passed over every mention of the corpus for its new articles' statements and
        again for its quote variants (about 5 ms of the first comparison of 20 at 1,000 articles)."""
        with self._lock:
            found = self._mentions
        if found is None:
            found = MentionsByArticle(self.analysis)
            with self._lock:
                if self._mentions is None:
                    self._mentions = found
                found = self._mentions
        return found

    def statements(
        self, analysis: CorpusAnalysis, articles: dict[str, Article]
    ) -> dict[str, list[Statement]]:
        """Each article's statements (`build_statements`), in the order of `articles`: those built
        before as they were, the others built now (their mention indexes in one pass, as
        `compare` builds them)."""
        if analysis is not self.analysis:
            raise ValueError("these article parts belong to another analysis")
        with self._lock:
            found = {aid: sts for aid in articles if (sts := self._statements.get(aid)) is not None}
        new = [aid for aid in articles if aid not in found]
        if new:
            indexes = article_indexes(analysis, new, self.mentions())
            made = {aid: build_statements(articles[aid], analysis, indexes[aid]) for aid in new}
            with self._lock:
                for aid, sts in made.items():
                    found[aid] = self._statements.setdefault(aid, sts)
        return {aid: found[aid] for aid in articles}

    def memberships(self, article: Article, statements: list[Statement]) -> list[Membership]:
        """The aspect classes of the article's sentences (`aspects.memberships`), found once: the
        `statements` are the ones `statements()` hands out for it. Read-only for the caller."""
        with self._lock:
            found = self._memberships.get(article.id)
        if found is None:
            result = self.analysis.articles.get(article.id)
            roles = figure_roles_of(result.facts if result is not None else None)
            found = memberships(statements, article, self.people(), roles)
            with self._lock:
                found = self._memberships.setdefault(article.id, found)
        return found

    def parts_for(self, analysis: CorpusAnalysis, article_id: str, statements: list[Statement]) -> OwnParts:
        """The article's parts, from the cache when this analysis computed them before."""
        if analysis is not self.analysis:
            raise ValueError("these article parts belong to another analysis")
        with self._lock:
            found = self._parts.get(article_id)
        if found is None:
            found = own_parts(statements)
            with self._lock:
                found = self._parts.setdefault(article_id, found)
        return found
