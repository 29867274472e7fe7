"""The fingerprint of what the analysis stores, against the version it is stored under.

Every stored part carries an explicit version, bumped by hand when its output changes (an edit that
changes nothing, a comment or a faster loop, keeps the users' caches):

- the analysis cache (each article's result and the merged analysis): `EXTRACTOR_VERSION` in
  tui/analysis/versions.py;
- the stored search index (its items and their words): `INDEX_VERSION` in tui/analysis/search/store.py;
- the overview's stored primary frames: `FRAMES_VERSION` in tui/analysis/frames_store.py.

tests/analysis_fingerprint.json holds the three versions and, per committed own-words corpus (the
seeds, tests/corpora/four, tests/coverage/*/own), a digest of each part's output and one of the
corpus's input texts; tests/test_cache_versions.py fails when a corpus's digest changes and the
version of that part does not. A corpus added later, or one whose texts were edited (an own-words
article reworded), only needs the file written again (no version to bump: the same code gives the
same output for the same texts, and the corpora whose texts did not change still check the code).
After bumping the version, write the file again:

    PYTHONPATH=. python tests/analysis_fingerprint.py --write
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FILE = Path(__file__).with_suffix(".json")


def corpora() -> list[Path]:
    return [
        ROOT / "seeds" / "meta-scale",
        ROOT / "tests" / "corpora" / "four",
        *sorted((ROOT / "tests" / "coverage").glob("*/own")),
    ]


def canonical(value: Any) -> Any:
    """A form of `value` whose repr is the same on every run: dataclasses as (class, fields), sets
    sorted, paths by name (a checkout's folder is no output), lists and dicts in their own order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            tuple((f.name, canonical(getattr(value, f.name))) for f in dataclasses.fields(value)),
        )
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, dict):
        return ("dict", tuple((canonical(k), canonical(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(canonical(v) for v in value)
    if isinstance(value, set | frozenset):
        return ("set", tuple(sorted((canonical(v) for v in value), key=repr)))
    if isinstance(value, Path):
        return ("path", value.name)
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "tolist"):  # array('i')
        return tuple(value.tolist())
    return value


def texts_digest(articles: Any) -> str:
    """The digest of a corpus's input as loaded (each article's id, file name, text, metadata and
    dropped furniture), taken before any analysis runs."""
    return _digest([(a.id, a.path, a.text, a.meta, a.furniture) for a in articles])


def _digest(parts: list[Any]) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(repr(canonical(part)).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()[:24]


#: Which digest each version answers for.
VERSIONS = {"analysis": "EXTRACTOR_VERSION", "search index": "INDEX_VERSION", "frames": "FRAMES_VERSION"}


def fingerprint() -> dict[str, Any]:
    """The three versions, and per committed corpus the digest of each part's output: a corpus
    added later gets digests of its own and changes none of the others' (no version to bump)."""
    from tui.analysis import extract
    from tui.analysis.frames_store import FRAMES_VERSION
    from tui.analysis.overview import primary_frames
    from tui.analysis.pipeline import merge
    from tui.analysis.search.index import build_index
    from tui.analysis.search.store import INDEX_VERSION
    from tui.analysis.versions import EXTRACTOR_VERSION
    from tui.corpus.loader import load_corpus

    digests: dict[str, dict[str, str]] = {}
    for folder in corpora():
        corpus = load_corpus(folder)
        texts = texts_digest(corpus.articles)
        results = [extract.analyse_article(a) for a in corpus.articles]
        analysis = merge(corpus, results)
        index = build_index(corpus, analysis)
        digests[folder.relative_to(ROOT).as_posix()] = {
            "analysis": _digest([results, analysis]),
            "search index": _digest(
                [
                    list(index.items),
                    list(index.folded),
                    sorted((token, ids) for token, ids in index.postings.items()),
                    list(index.names),
                    index.kind_ranges,
                ]
            ),
            "frames": _digest([list(primary_frames(corpus, analysis))]),
            "texts": texts,
        }
    return {
        "EXTRACTOR_VERSION": EXTRACTOR_VERSION,
        "INDEX_VERSION": INDEX_VERSION,
        "FRAMES_VERSION": FRAMES_VERSION,
        "corpora": digests,
    }


def problems(stored: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """What is wrong between the fingerprint written and the one found now (empty: nothing)."""
    found: list[str] = []
    known = stored.get("corpora", {})
    for name, parts in now["corpora"].items():
        if name not in known:
            found.append(f"{name}: a corpus the fingerprint does not know yet (no version to bump)")
            continue
        if "texts" in known[name] and parts.get("texts") != known[name]["texts"]:
            # Other input, so other output is no evidence of other code: the corpora whose texts
            # are the same still hold each version to its output.
            found.append(f"{name}: its texts changed: write the fingerprint again (no version to bump)")
            continue
        for part, version in VERSIONS.items():
            if parts[part] != known[name].get(part) and now[version] == stored.get(version):
                found.append(
                    f"{name}: the output of {part!r} changed but {version} is still {now[version]}: bump it"
                )
    for version in VERSIONS.values():
        if now[version] != stored.get(version) and not found:
            found.append(
                f"{version} is now {now[version]}, the fingerprint was written for {stored.get(version)}"
            )
    if not found and now != stored:
        found.append("corpora removed or renamed (or a digest added) since the fingerprint was written")
    return found


def stored() -> dict[str, Any]:
    return json.loads(FILE.read_text(encoding="utf-8"))


if __name__ == "__main__":
    now = fingerprint()
    if "--write" in sys.argv:
        FILE.write_text(json.dumps(now, indent=2) + "\n", encoding="utf-8")
        print(f"written {FILE}")
    print(json.dumps(now, indent=2))
