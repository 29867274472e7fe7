"""Loading a corpus folder: article files plus `corpus.yaml` metadata and an optional overlay.

A corpus folder looks like this (docs/corpus-format.md):

    my-story/
      corpus.yaml        # name, and per-file metadata (all optional)
      overlay.yaml       # optional curated aliases, types, corrections
      some-article.txt   # one article per .txt or .md file, UTF-8

A file that cannot be used is reported as a `Problem` (path, line, reason) and skipped; the rest
loads. Nothing here raises for a user's mistake.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.corpus.furniture import byline_author, headline_text, join_drop_capitals
from tui.corpus.links import links_allowed, outside_target, refusal
from tui.corpus.model import Article, ArticleMeta, Corpus, Problem
from tui.corpus.text import UnreadableText, decode, normalise, safe_for_terminal, split_furniture
from tui.storage.locations import bundled

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")
METADATA_FILE = "corpus.yaml"
#: Left by an import that was killed before it wrote corpus.yaml (tui/corpus/importer.py).
JOURNAL_FILE = ".import-journal.jsonl"
OVERLAY_FILE = "overlay.yaml"
#: The top-level keys of corpus.yaml; any other is reported (a typo would silently drop metadata).
_CORPUS_KEYS = frozenset({"name", "articles"})
#: Article files larger than this are refused (docs/input-policy.md): a news
#: article is rarely over 200 kB, and the whole corpus waits for the analysis of its largest file.
MAX_ARTICLE_BYTES = 5_000_000

_META_FIELDS: dict[str, type | tuple[type, ...]] = {
    "title": str,
    "outlet": str,
    "author": str,
    "date": (str, dt.date),
    "url": str,
    "fetched_from": str,
    "language": str,
    "also_published": list,
    "headline_in_text": bool,
    "standfirst_in_text": bool,
    "furniture_starts_at": str,
    "id": str,
    "copy_of": str,
    "same_wire_as": (list, str),
}


def seed_corpus_path() -> Path:
    """The bundled seed corpus (Meta / Scale AI, June 2025)."""
    return bundled("seeds") / "meta-scale"


def is_seed_corpus(folder: Path) -> bool:
    """Is `folder` the bundled seed corpus ("~" expanded, links resolved)?"""
    return folder.expanduser().resolve() == seed_corpus_path().resolve()


def corpus_folder(root: Path | str | None) -> Path:
    """The corpus folder `root` names ("~" expanded), or the default one when it is None
    (`$META_SCALE_TUI_CORPUS`, else the seed corpus): the one place every reader of a corpus asks."""
    if root is not None:
        return Path(root).expanduser()
    env = os.environ.get("META_SCALE_TUI_CORPUS")
    return Path(env).expanduser() if env else seed_corpus_path()


def date_and_time(value: Any) -> tuple[dt.date, dt.time | None]:
    """The date and, when given, the time: "2025-03-01", "2025-03-01T09:15", "2025-03-01 09:15:30+02:00"
    (a YAML timestamp too). With an offset both are converted to UTC; without one the time is kept as
    written. A time of exactly midnight with no offset is kept: it was written."""
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        return value, None
    else:
        text = str(value).strip()
        if len(text) <= 10:
            return dt.date.fromisoformat(text), None
        when = dt.datetime.fromisoformat(text)
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.date(), when.time()


def _meta_from(entry: dict[str, Any]) -> tuple[ArticleMeta, str | None, list[str]]:
    """Validate one metadata entry; return the meta, the furniture marker and the complaints."""
    complaints: list[str] = []
    values: dict[str, Any] = {}
    for key, value in entry.items():
        expected = _META_FIELDS.get(key)
        if expected is None:
            complaints.append(f"unknown field '{key}' ignored")
            continue
        if value is None:
            continue
        if not isinstance(value, expected):
            complaints.append(f"field '{key}' should be {_type_name(expected)}, not {type(value).__name__}")
            continue
        values[key] = value
    date = time = None
    if "date" in values:
        try:
            date, time = date_and_time(values["date"])
        except (ValueError, OverflowError):
            complaints.append(f"field 'date' is not a date (YYYY-MM-DD): {values['date']!r}")
    also = tuple(c for c in (_clean(v) for v in values.get("also_published", ())) if c)
    meta = ArticleMeta(
        title=_clean(values.get("title")),
        outlet=_clean(values.get("outlet")),
        author=_clean(values.get("author")),
        date=date,
        time=time,
        url=_clean(values.get("url")),
        fetched_from=_clean(values.get("fetched_from")),
        language=_clean(values.get("language")),
        also_published=also,
        headline_in_text=bool(values.get("headline_in_text", False)),
        standfirst_in_text=bool(values.get("standfirst_in_text", False)),
        copy_of=_clean(values.get("copy_of")),
        same_wire_as=_id_list(values.get("same_wire_as")),
    )
    return meta, values.get("furniture_starts_at"), complaints


def _id_list(value: Any) -> tuple[str, ...]:
    """Article ids from a list (or one id as text), cleaned, each once, in order."""
    items = [value] if isinstance(value, str) else list(value or ())
    out: list[str] = []
    for item in items:
        cleaned = _clean(item) if isinstance(item, str) else None
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return tuple(out)


def _type_name(expected: type | tuple[type, ...]) -> str:
    if isinstance(expected, tuple):
        return " or ".join(t.__name__ for t in expected)
    return {"str": "text", "list": "a list", "bool": "true or false"}.get(
        expected.__name__, expected.__name__
    )


def _clean(value: Any) -> str | None:
    """A one-line metadata value: controls made visible, runs of white space (newlines) made one space."""
    if value is None:
        return None
    text = " ".join(safe_for_terminal(str(value)).split())
    return text or None


class _KeyLines:
    """The line of each key of corpus.yaml, found only when a message needs one.

    Finding them composes the YAML a second time: at 1,000 entries that costs more than the rest
    of the loading, and a corpus without problems never needs it.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lines: dict[tuple[str, ...], int] | None = None

    def get(self, key: tuple[str, ...], default: int | None = None) -> int | None:
        if self._lines is None:
            try:
                from tui.corpus.yamlfile import key_lines

                self._lines = key_lines(self._path.read_text(encoding="utf-8-sig", errors="replace"))
            except OSError:
                self._lines = {}
        return self._lines.get(key, default)


class _EntryLines:
    """The line of each file name under `articles:` (a view of _KeyLines)."""

    def __init__(self, key_line: _KeyLines | None = None) -> None:
        self._key_line = key_line

    def get(self, file_name: str, default: int | None = None) -> int | None:
        if self._key_line is None:
            return default
        return self._key_line.get(("articles", str(file_name)), default)


def read_metadata(
    root: Path, follow: bool = False
) -> tuple[str | None, dict[str, dict[str, Any]], _EntryLines, list[Problem]]:
    """Read corpus.yaml: (corpus name, entries by file name, line of each entry, problems)."""
    path = root / METADATA_FILE
    if not path.exists():
        return None, {}, _EntryLines(), []
    target = None if follow else outside_target(path, root)
    if target is not None:
        return None, {}, _EntryLines(), [Problem(path, refusal(target))]
    from tui.corpus.yamlfile import YamlError, load_yaml_file  # PyYAML: only when there is YAML

    try:
        data = load_yaml_file(path)
    except YamlError as err:
        return None, {}, _EntryLines(), [Problem(path, err.message, err.line)]
    if data is None:
        return None, {}, _EntryLines(), []
    if not isinstance(data, dict):
        return None, {}, _EntryLines(), [Problem(path, "should be a mapping with 'name' and 'articles'", 1)]
    problems: list[Problem] = []
    key_line = _KeyLines(path)
    lines = _EntryLines(key_line)
    for key in data:
        if key not in _CORPUS_KEYS:
            problems.append(
                Problem(
                    path,
                    f"unknown key '{key}' ignored (expected: {', '.join(sorted(_CORPUS_KEYS))})",
                    key_line.get((str(key),)),
                    "warning",
                )
            )
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        problems.append(Problem(path, "'name' should be text", None, "warning"))
        name = None
    articles = data.get("articles") or {}
    if not isinstance(articles, dict):
        line = key_line.get(("articles",))
        problems.append(Problem(path, "'articles' should map file names to metadata", line))
        return name, {}, lines, problems
    entries: dict[str, dict[str, Any]] = {}
    for file_name, entry in articles.items():
        if not isinstance(entry, dict):
            line = lines.get(str(file_name))
            problems.append(Problem(path, f"metadata of '{file_name}' should be a mapping", line))
            continue
        entries[str(file_name)] = entry
    return name, entries, lines, problems


def load_article(
    path: Path,
    entry: dict[str, Any] | None = None,
    entry_line: int | None = None,
    meta_path: Path | None = None,
) -> tuple[Article | None, list[Problem]]:
    """Load one article file; (None, problems) when it cannot be used."""
    problems: list[Problem] = []
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, a FIFO or a device would hang or fail
            return None, [Problem(path, "not a regular file; skipped")]
        size = info.st_size
        if size > MAX_ARTICLE_BYTES:
            return None, [
                Problem(
                    path,
                    f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB ({size / 1e6:.1f} MB); skipped "
                    "(an article is rarely over 200 kB: split the file into articles)",
                )
            ]
        data = path.read_bytes()
    except OSError as err:
        return None, [Problem(path, f"cannot read: {err.strerror or err}")]
    try:
        text = join_drop_capitals(normalise(decode(data)))
    except UnreadableText as err:
        return None, [Problem(path, f"{err}; skipped")]
    if not text.strip():
        return None, [Problem(path, "the file has only white space; skipped")]
    meta, marker, complaints = _meta_from(entry or {})
    for complaint in complaints:
        problems.append(Problem(meta_path or path, f"{path.name}: {complaint}", entry_line, "warning"))
    body, furniture = split_furniture(text, marker)
    if marker and not furniture:
        problems.append(
            Problem(
                meta_path or path,
                f"{path.name}: furniture_starts_at not found in the text",
                entry_line,
                "warning",
            )
        )
    if meta.title is None:
        meta = _title_from_text(meta, body)
    if meta.author is None:
        author = byline_author(body)  # "By A. Writer, Outlet" in the text: stated, not invented
        if author:
            meta = replace(meta, author=safe_for_terminal(author))
    given_id = (entry or {}).get("id")
    article_id = (_clean(given_id) if isinstance(given_id, str) else None) or _clean(path.stem) or "article"
    return Article(id=article_id, path=path, text=body, meta=meta, furniture=furniture), problems


def _title_from_text(meta: ArticleMeta, body: str) -> ArticleMeta:
    """Where no title is given, the headline line is taken as the title: the first line after any page
    furniture the text starts with ("Advertisement", "Skip to content"...), when it is short and not
    a sentence (`furniture.headline_text`); never a standfirst."""
    if meta.standfirst_in_text:
        return meta
    title = headline_text(body)
    if title is None:
        return meta
    return replace(meta, title=title, headline_in_text=True)


def article_files(root: Path) -> list[Path]:
    return sorted(
        p for p in root.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )


def load_corpus(root: Path | str | None = None) -> Corpus:
    """Load a corpus folder. Always returns a Corpus; what went wrong is in `corpus.problems`."""
    root = corpus_folder(root)
    corpus = Corpus(name=safe_for_terminal(root.name) or str(root), root=root)
    if not root.exists():
        corpus.problems.append(Problem(root, "no such corpus folder"))
        return corpus
    if not root.is_dir():
        corpus.problems.append(Problem(root, "is a file, not a corpus folder"))
        return corpus
    try:
        files = article_files(root)
    except OSError as err:
        corpus.problems.append(Problem(root, f"cannot list the folder: {err.strerror or err}"))
        return corpus
    follow = links_allowed()
    name, entries, lines, problems = read_metadata(root, follow)
    corpus.problems.extend(problems)
    if name:
        corpus.name = safe_for_terminal(name)
    meta_path = root / METADATA_FILE
    seen: set[str] = set()
    for path in files:
        target = None if follow else outside_target(path, root)
        if target is not None:
            corpus.problems.append(Problem(path, refusal(target)))
            continue
        article, article_problems = load_article(path, entries.get(path.name), None, meta_path)
        if any(p.path == meta_path and p.line is None for p in article_problems):
            line = lines.get(path.name)  # looked up only when a message needs it
            article_problems = [
                replace(p, line=line) if p.path == meta_path and p.line is None else p
                for p in article_problems
            ]
        corpus.problems.extend(article_problems)
        if article is None:
            continue
        if article.id in seen:
            corpus.problems.append(Problem(path, f"article id '{article.id}' is used twice; skipped"))
            continue
        seen.add(article.id)
        corpus.articles.append(article)
    for file_name in sorted(set(entries) - {p.name for p in files}):
        corpus.problems.append(
            Problem(
                meta_path,
                f"metadata for '{file_name}', but no such article file",
                lines.get(file_name),
                "warning",
            )
        )
    if (root / JOURNAL_FILE).exists():
        corpus.problems.append(
            Problem(
                root / JOURNAL_FILE,
                "an interrupted import left this journal: run the import again to finish it "
                "(until then some of its files lack their metadata)",
                None,
                "warning",
            )
        )
    _check_copies(corpus, meta_path, lines)
    corpus.overlay = _load_overlay(root, corpus.problems, follow)
    if not files:
        corpus.problems.append(
            Problem(root, f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
        )
    return corpus


def _check_copies(corpus: Corpus, meta_path: Path, lines: _EntryLines) -> None:
    """`copy_of` and each `same_wire_as` id must name another article of the corpus; otherwise they
    are dropped with a warning."""
    ids = {a.id for a in corpus.articles}
    for i, article in enumerate(corpus.articles):
        original = article.meta.copy_of
        if original is None or (original in ids and original != article.id):
            continue
        corpus.problems.append(
            Problem(
                meta_path,
                f"{article.path.name}: copy_of '{original}' is not another article of the corpus; ignored",
                lines.get(article.path.name),
                "warning",
            )
        )
        corpus.articles[i] = replace(article, meta=replace(article.meta, copy_of=None))
    for i, article in enumerate(corpus.articles):
        wire = article.meta.same_wire_as
        wrong = [w for w in wire if w not in ids or w == article.id]
        if not wrong:
            continue
        corpus.problems.append(
            Problem(
                meta_path,
                f"{article.path.name}: same_wire_as {', '.join(repr(w) for w in wrong)}: not another article "
                "of the corpus; ignored",
                lines.get(article.path.name),
                "warning",
            )
        )
        kept = tuple(w for w in wire if w not in wrong)
        corpus.articles[i] = replace(article, meta=replace(article.meta, same_wire_as=kept))


def _load_overlay(root: Path, problems: list[Problem], follow: bool = False) -> dict[str, Any]:
    path = root / OVERLAY_FILE
    if not path.exists():
        return {}
    target = None if follow else outside_target(path, root)
    if target is not None:
        problems.append(Problem(path, refusal(target)))
        return {}
    from tui.corpus.yamlfile import YamlError, load_yaml_file  # PyYAML: only when there is YAML

    try:
        data = load_yaml_file(path)
    except YamlError as err:
        problems.append(Problem(path, f"{err.message}; overlay ignored", err.line))
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(path, "should be a mapping; overlay ignored", 1))
        return {}
    return data


def load_loose_files(paths: Iterable[Path]) -> Corpus:
    """Articles given one by one (the `extract` command): no corpus.yaml, titles from first lines."""
    corpus = Corpus(name="loose files", root=Path.cwd())
    for path in paths:
        if path.is_dir():
            corpus.problems.append(Problem(path, "is a folder; use --corpus for a corpus folder"))
            continue
        article, problems = load_article(path)
        corpus.problems.extend(problems)
        if article is not None:
            corpus.articles.append(article)
    return corpus
