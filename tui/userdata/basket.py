"""The quote basket: quotes a reader collects, with their citation fields, span and a note.

Stored as JSON in the data directory (`basket.json`) and saved atomically after every change, so a
crash or a kill loses at most the change being made, never the basket. A file that cannot be read
is renamed to `basket.json.corrupt-<timestamp>` and reported; items that cannot be read are
reported and the original file is copied aside before anything is saved over it.

Two app windows share the file: every change is a read-merge-write under an exclusive lock
(`basket.json.lock`: fcntl.flock on POSIX, msvcrt.locking on Windows; waited for up to
LOCK_TIMEOUT seconds, then a BasketBusyError says which file is held). The change is applied to what is on disk at that moment
(by the quote's span, not by its place in a list this window read earlier), so neither window
loses the other's quotes, and a change is acknowledged only once it is on disk.

Export writes Markdown or JSON, atomically, to a file the user names; an existing file is replaced
only when the caller says so. No Textual here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from tui.analysis.citation import (
    Style,
    format_passage,
    format_reference,
    style_label,
    style_name,
    unique_keys,
)
from tui.analysis.md_text import md_escaped
from tui.analysis.voice import Passage, Voice
from tui.corpus.model import ArticleMeta, Span
from tui.corpus.text import safe_for_terminal
from tui.storage.atomic import atomic_write_text
from tui.storage.corrupt import remove_stale_temp_files, set_aside
from tui.storage.filelock import LockBusyError, locked
from tui.storage.locations import data_dir
from tui.userdata.limits import BASKET_MAX_BYTES, RefusedFile, read_capped

LOCK_TIMEOUT = 5.0
SCHEMA = "meta-scale-tui/basket/1"


class BasketBusyError(OSError):
    """Another window held the basket's lock longer than LOCK_TIMEOUT."""


EXPORT_SCHEMA = "meta-scale-tui/basket-export/1"
FORMATS = ("markdown", "json", "html")


def basket_path() -> Path:
    return data_dir() / "basket.json"


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class BasketItem:
    """One collected quote: the exact words, where they are, and what the citation needs."""

    words: str
    article_id: str
    start: int
    end: int
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None
    #: What was collected: "claim", "quote", "mention", "span"; and its id in the analysis.
    kind: str = "span"
    item_id: str | None = None
    note: str = ""
    added: str = ""
    #: Whose words they are (tui.analysis.voice.Voice as a dict: speaker, how, the article's
    #: attribution phrase, quoted...). None in baskets saved before it was recorded: the app fills
    #: it from the analysis when it can.
    voice: dict[str, Any] | None = None
    #: Proper nouns of the article (entity names): APA's sentence case and BibTeX's braces keep them.
    proper: list[str] = field(default_factory=list)

    @classmethod
    def from_passage(cls, passage: Passage) -> BasketItem:
        span = passage.span
        if span is None:
            raise ValueError("an article reference has no words to collect")
        item = cls.from_selection(passage.words, passage.meta, span, passage.kind, passage.item_id)
        item.voice = passage.voice.to_dict()
        item.proper = list(passage.proper)
        return item

    def voice_of(self) -> Voice:
        if self.voice is None:
            return Voice(known=False)
        try:
            return Voice.from_dict(self.voice)
        except ValueError:
            return Voice(known=False)

    @property
    def speaker_label(self) -> str:
        """ "Alexandr Wang (wrote in an op-ed)", "the article's own words", "speaker unknown"."""
        voice = self.voice_of()
        if not voice.known:
            return "speaker unknown (not recorded)"
        if voice.quoted:
            return f"{voice.speaker} ({voice.how})" if voice.speaker else "quoted, speaker not named"
        return "the article's own words"

    def passage(self) -> Passage:
        return Passage(
            self.words, self.meta(), self.voice_of(), self.span, self.kind, self.item_id, self.kind
        )

    @classmethod
    def from_selection(
        cls, words: str, meta: ArticleMeta, span: Span, kind: str = "span", item_id: str | None = None
    ) -> BasketItem:
        return cls(
            words=words,
            article_id=span.article_id,
            start=span.start,
            end=span.end,
            title=meta.title,
            outlet=meta.outlet,
            author=meta.author,
            date=meta.date.isoformat() if meta.date else None,
            url=meta.url,
            kind=kind,
            item_id=item_id,
            added=_now(),
        )

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.article_id, self.start, self.end)

    @property
    def span(self) -> Span:
        return Span(self.article_id, self.start, self.end)

    def meta(self) -> ArticleMeta:
        date = None
        if self.date:
            try:
                date = dt.date.fromisoformat(self.date)
            except ValueError:
                date = None
        return ArticleMeta(title=self.title, outlet=self.outlet, author=self.author, date=date, url=self.url)

    def citation(self, style: Style) -> str:
        return format_passage(self.passage(), style)


_REQUIRED = {"words": str, "article_id": str, "start": int, "end": int}
_OPTIONAL_TEXT = ("title", "outlet", "author", "date", "url", "item_id")


def _item_from(data: Any) -> BasketItem:
    """Validate one stored item; ValueError says what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    for key, kind in _REQUIRED.items():
        value = data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise ValueError(f"'{key}' missing or not {kind.__name__}")
    if not 0 <= data["start"] <= data["end"]:
        raise ValueError(f"bad span {data['start']}:{data['end']}")
    known = {f.name for f in fields(BasketItem)}
    values = {k: v for k, v in data.items() if k in known}
    for key in _OPTIONAL_TEXT:
        if values.get(key) is not None and not isinstance(values[key], str):
            raise ValueError(f"'{key}' is not text")
    for key in ("kind", "note", "added"):
        if key in values and not isinstance(values[key], str):
            raise ValueError(f"'{key}' is not text")
    proper = values.pop("proper", [])
    if not isinstance(proper, list) or not all(isinstance(p, str) for p in proper):
        raise ValueError("'proper' is not a list of names")
    voice = values.pop("voice", None)
    if voice is not None:
        voice = Voice.from_dict(voice).to_dict()  # ValueError when it is not one
    # A basket file is data like an article: controls in it (hand-edited, or from another tool)
    # are made visible, so they reach neither the terminal nor an export.
    for key, value in values.items():
        if isinstance(value, str):
            values[key] = safe_for_terminal(value)
    if voice is not None:
        voice = {k: safe_for_terminal(v) if isinstance(v, str) else v for k, v in voice.items()}
        voice["quoting"] = [safe_for_terminal(q) for q in voice["quoting"]]
    return BasketItem(**values, voice=voice, proper=[safe_for_terminal(p) for p in proper])


class Basket:
    """The collected quotes, in the user's order. Every change is saved at once."""

    def __init__(self, path: Path | None = None, items: list[BasketItem] | None = None) -> None:
        self.path = path or basket_path()
        self.items: list[BasketItem] = list(items or [])
        #: Why saving is refused (a damaged file that could not be set aside), else None.
        self.blocked: str | None = None
        #: (inode, mtime_ns, size) of the file as last read or written: another window's change shows.
        self._stamp: tuple[int, int, int] | None = None
        #: Messages from a reload the caller has not reported yet (see `reload_if_changed`).
        self.pending_messages: list[str] = []

    # --- loading and saving -------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> tuple[Basket, list[str]]:
        """Read the basket; return it with messages for the user (empty when all is well)."""
        path = path or basket_path()
        remove_stale_temp_files(path)
        try:
            raw = read_capped(path, BASKET_MAX_BYTES, "a basket").decode("utf-8")
        except FileNotFoundError:
            return cls(path), []
        except RefusedFile as err:
            if err.may_set_aside:
                return _damaged(cls(path), err.reason)
            basket = cls(path)
            basket.blocked = f"{path}: {err.reason}; not saving over it"
            return basket, [f"{basket.blocked}: changes to the basket will not be kept"]
        except UnicodeDecodeError:
            return _damaged(cls(path), "is not UTF-8 text")
        except OSError as err:  # unreadable, not damaged: leave it alone and do not save over it
            basket = cls(path)
            basket.blocked = f"{path} cannot be read ({err.strerror or err}); not saving over it"
            return basket, [f"{basket.blocked}: changes to the basket will not be kept"]
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as err:
            return _damaged(cls(path), f"is not valid JSON (line {err.lineno}: {err.msg})")
        except RecursionError:  # "[[[[..." 100,000 deep: json's decoder recurses
            return _damaged(cls(path), "is nested too deeply to be a basket")
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            return _damaged(cls(path), "does not hold a basket (no 'items' list)")
        items: list[BasketItem] = []
        bad: list[str] = []
        for n, entry in enumerate(data["items"], 1):
            try:
                items.append(_item_from(entry))
            except (ValueError, TypeError) as err:
                bad.append(f"item {n}: {err}")
        messages: list[str] = []
        if bad:
            backup = path.with_name(f"{path.name}.corrupt-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}")
            try:
                shutil.copy2(path, backup)
                kept = f"the original is kept as {backup.name}"
            except OSError as err:
                kept = f"could not keep a copy ({err})"
            messages.append(f"{path}: skipped {len(bad)} unreadable item(s) ({'; '.join(bad[:3])}); {kept}")
        basket = cls(path, items)
        basket._stamp = basket._disk_stamp()
        return basket, messages

    def _disk_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def reload_if_changed(self) -> bool:
        """Take in what another window saved since we last read or wrote the file.

        Returns True when the items were re-read; problems go to `pending_messages`.
        """
        if self.blocked or self._disk_stamp() == self._stamp:
            return False
        self._read_afresh()
        return True

    def _read_afresh(self) -> None:
        """Take the items, the block and the stamp from the file as it is now (its problems go to
        `pending_messages`)."""
        fresh, messages = Basket.load(self.path)
        self.items, self.blocked, self._stamp = fresh.items, fresh.blocked, fresh._stamp
        self.pending_messages += messages

    @contextlib.contextmanager
    def _locked(self, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Hold the basket's lock file for a read-merge-write (tui.storage.filelock)."""
        try:
            with locked(self.path, timeout):
                yield
        except LockBusyError as err:
            raise BasketBusyError(f"the basket is busy: {err}") from None

    def _write(self) -> None:
        if self.blocked:
            raise PermissionError(self.blocked)
        data = {"schema": SCHEMA, "items": [asdict(item) for item in self.items]}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        self._stamp = self._disk_stamp()

    def _change(self, apply: Callable[[list[BasketItem]], bool]) -> None:
        """Read what is on disk, apply the change to it, write it (all under the lock).

        `apply` changes the list in place and returns False when there is nothing to write.
        """
        if self.blocked:
            raise PermissionError(self.blocked)
        with self._locked():
            # Always read afresh under the lock: a stamp can repeat (inode reused, same size and
            # mtime tick), a re-read cannot miss another window's change.
            self._read_afresh()
            if apply(self.items):
                self._write()

    def save(self) -> None:
        """Write the basket as this window holds it, atomically, under the lock (merging is the
        changes' job: add, remove, move, set_note). Raises OSError when it cannot be written."""
        with self._locked():
            self._write()

    # --- changes (each saved at once) ---------------------------------------------------------

    def __len__(self) -> int:
        return len(self.items)

    def index_of(self, key: tuple[str, int, int]) -> int | None:
        for i, item in enumerate(self.items):
            if item.key == key:
                return i
        return None

    def add(self, item: BasketItem) -> bool:
        """Append `item`; False (and nothing saved) when the same span is already in the basket.

        What another window added meanwhile is read first, under the lock, so neither window's
        quotes are lost. True means it is on disk.
        """
        added = False

        def apply(items: list[BasketItem]) -> bool:
            nonlocal added
            if any(i.key == item.key for i in items):
                return False
            if not item.added:
                item.added = _now()
            items.append(item)
            added = True
            return True

        self._change(apply)
        return added

    def insert(self, index: int, item: BasketItem) -> None:
        """Put `item` back at `index` (undo of a removal), unless it is there already."""

        def apply(items: list[BasketItem]) -> bool:
            if any(i.key == item.key for i in items):
                return False
            items.insert(max(0, min(index, len(items))), item)
            return True

        self._change(apply)

    def remove(self, index: int) -> BasketItem:
        """Remove the item this window shows at `index` (found on disk by its span)."""
        item = self.items[index]

        def apply(items: list[BasketItem]) -> bool:
            at = next((n for n, i in enumerate(items) if i.key == item.key), None)
            if at is None:
                return False  # another window removed it already
            items.pop(at)
            return True

        self._change(apply)
        return item

    def move(self, index: int, delta: int) -> int:
        """Move the item this window shows at `index` by `delta` places (clamped); its new index."""
        if not self.items:
            return 0
        key = self.items[index].key
        new = index

        def apply(items: list[BasketItem]) -> bool:
            nonlocal new
            at = next((n for n, i in enumerate(items) if i.key == key), None)
            if at is None:
                new = max(0, min(len(items) - 1, index))
                return False
            new = max(0, min(len(items) - 1, at + delta))
            if new == at:
                return False
            items.insert(new, items.pop(at))
            return True

        self._change(apply)
        return new

    def set_note(self, index: int, note: str) -> None:
        key = self.items[index].key

        def apply(items: list[BasketItem]) -> bool:
            for i in items:
                if i.key == key:
                    i.note = note.strip()
                    return True
            return False

        self._change(apply)

    def set_voices(self, voices: dict[tuple[str, int, int], tuple[dict[str, Any], list[str]]]) -> None:
        """Fill the voice and proper nouns of items saved without them (by span)."""

        def apply(items: list[BasketItem]) -> bool:
            changed = False
            for i in items:
                if i.key in voices:
                    voice, proper = voices[i.key]
                    if i.voice is None:
                        i.voice, changed = voice, True
                    if not i.proper and proper:
                        i.proper, changed = proper, True
            return changed

        self._change(apply)

    # --- export -------------------------------------------------------------------------------

    def to_markdown(self, style: Style = "plain") -> str:
        """Each quote with whose words it is, then the references: each article once."""
        lines = [
            "# Quote basket",
            "",
            f"{len(self.items)} quote(s), exported {_now()} from meta-scale-tui. "
            f"Citation style: {style_label(style)}.",
        ]
        keys = unique_keys([(i.article_id, i.meta()) for i in self.items])
        for n, item in enumerate(self.items, 1):
            passage = item.passage()
            lines += ["", f"## {n}. {md_escaped(_heading(item))}", "", format_passage(passage, "markdown")]
            if style == "bibtex":
                lines += ["", f"BibTeX key: `{keys[item.article_id]}`"]
            elif style not in ("plain", "markdown"):
                cite = format_passage(passage, style, markup="markdown").split("\n\n")[0]
                lines += ["", f"{style_label(style)}: {cite}"]
            if item.note:
                lines += ["", "Note: " + item.note.replace("\n", " ")]
            lines += ["", f"Source: article `{item.article_id}`, characters {item.start}–{item.end}."]
        lines += ["", "## References", ""]
        lines += self.bibliography(style, markup="markdown", keys=keys)
        return "\n".join(lines) + "\n"

    def bibliography(
        self, style: Style = "plain", markup: str = "text", keys: dict[str, str] | None = None
    ) -> list[str]:
        """The reference of each article the basket quotes, once, in first-quoted order."""
        keys = keys or unique_keys([(i.article_id, i.meta()) for i in self.items])
        seen: dict[str, BasketItem] = {}
        for item in self.items:
            seen.setdefault(item.article_id, item)
        refs = [
            format_reference(
                i.meta(), style, tuple(i.proper), markup, key=keys[i.article_id], bibliography=True
            )
            for i in seen.values()
        ]
        if style == "bibtex":
            return ["```bibtex", "\n\n".join(refs), "```"]
        return [f"- {ref}" for ref in refs]

    def to_json(self, style: Style = "plain") -> str:
        data = {
            "schema": EXPORT_SCHEMA,
            "exported": _now(),
            "citation_style": style_name(style),
            "items": [
                {
                    **asdict(item),
                    "citation": item.citation(style),
                    "reference": format_reference(item.meta(), style, tuple(item.proper)),
                }
                for item in self.items
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_html(self, style: Style = "plain") -> str:
        """A standalone page: each quote with whose words they are and its citation, then the
        references (each article once). Everything from the articles is escaped."""
        import html

        def esc(text: str) -> str:
            return html.escape(text, quote=True)

        def cited(passage: Passage) -> str:
            # The hand-written styles and CSL render their own italics as <i>, escaping the rest;
            # plain, Markdown and BibTeX are text, escaped whole.
            if style_name(style) in ("plain", "markdown", "bibtex"):
                return esc(format_passage(passage, style))
            return format_passage(passage, style, markup="html")

        keys = unique_keys([(i.article_id, i.meta()) for i in self.items])
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            "<title>Quote basket</title>",
            "<style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
            "blockquote{margin:0 0 .5em 0;padding-left:1em;border-left:3px solid #888}"
            ".cite{white-space:pre-wrap;font-size:.95em}.meta{color:#555;font-size:.9em}</style>",
            "</head><body>",
            "<h1>Quote basket</h1>",
            f'<p class="meta">{len(self.items)} quote(s), exported {esc(_now())} from meta-scale-tui.'
            f" Citation style: {esc(style_label(style))}.</p>",
        ]
        for n, item in enumerate(self.items, 1):
            passage = item.passage()
            who = passage.voice.speaker if passage.voice.quoted else None
            parts += [
                f"<h2>{n}. {esc(_heading(item))}</h2>",
                f"<blockquote>{esc(item.words)}</blockquote>",
                f'<p class="meta">{esc(who + " (quoted)" if who else "the article" + chr(39) + "s own words")}</p>',
                f'<p class="cite">{cited(passage)}</p>',
            ]
            if item.note:
                parts.append(f"<p><b>Note:</b> {esc(item.note)}</p>")
        refs = self.bibliography(style, markup="html", keys=keys)
        if style_name(style) == "bibtex":
            body = esc("\n".join(r for r in refs if not r.startswith("```")))
            parts += ["<h2>References</h2>", f"<pre>{body}</pre>"]
        else:
            # Every style's reference comes escaped in HTML markup, except Markdown's (text).
            markdown = style_name(style) == "markdown"
            items = "".join(f"<li>{esc(r[2:]) if markdown else r[2:]}</li>" for r in refs)
            parts += ["<h2>References</h2>", f"<ul>{items}</ul>"]
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"

    def render(self, fmt: str, style: Style = "plain") -> str:
        """The basket as text in `fmt` ("markdown", "json" or "html"): what `export` writes and the
        `basket` command prints. ValueError for an unknown format."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
        return {"json": self.to_json, "html": self.to_html, "markdown": self.to_markdown}[fmt](style)

    def export(self, target: Path, fmt: str, style: Style = "plain") -> Path:
        """Write the basket as `fmt` ("markdown", "json" or "html") to `target`, atomically, replacing
        a file there: whether it may be replaced is asked before, by the one who asks for the file (the
        export dialog's second Enter, the command line's --force). ValueError for an unknown format
        (nothing is written), OSError when it cannot be written (IsADirectoryError for a folder)."""
        atomic_write_text(target, self.render(fmt, style))
        return target


def _heading(item: BasketItem) -> str:
    parts = [p for p in (item.outlet, item.author, item.date) if p]
    return ", ".join(parts) if parts else (item.title or item.article_id)


def _damaged(basket: Basket, reason: str) -> tuple[Basket, list[str]]:
    """Set a damaged basket file aside; if that fails, refuse to save over it."""
    path = basket.path
    try:
        backup = set_aside(path)
    except OSError as err:
        basket.blocked = f"{path} is damaged and could not be set aside ({err}); not saving over it"
        return basket, [f"{path} {reason}; could not set it aside ({err}); the basket will not be saved"]
    return basket, [f"{path} {reason}; kept it as {backup.name} and started an empty basket"]
